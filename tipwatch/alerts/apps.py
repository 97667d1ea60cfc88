from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "tipwatch.alerts"
    label = "alerts"
    verbose_name = "Alerts"

    def ready(self) -> None:
        from . import recording  # noqa: F401  (connects the placements_changed receiver)
