from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "tipwatch.core"
    label = "core"
    verbose_name = "Core"
