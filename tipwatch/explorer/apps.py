from django.apps import AppConfig


class ExplorerConfig(AppConfig):
    name = "tipwatch.explorer"
    label = "explorer"
    verbose_name = "Public data explorer"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the data-version receivers)
