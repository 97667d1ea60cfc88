from django.apps import AppConfig


class TipConfig(AppConfig):
    name = "tipwatch.tip"
    label = "tip"
    verbose_name = "TIP Report data"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the data-version receivers)
