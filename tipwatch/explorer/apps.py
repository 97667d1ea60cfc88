from django.apps import AppConfig


class ExplorerConfig(AppConfig):
    name = "tipwatch.explorer"
    label = "explorer"
    verbose_name = "Public data explorer"
