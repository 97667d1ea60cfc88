from django.apps import AppConfig


class TipConfig(AppConfig):
    name = "tipwatch.tip"
    label = "tip"
    verbose_name = "TIP Report data"

    def ready(self) -> None:
        from django.core.signals import setting_changed
        from django.utils.autoreload import file_changed

        from . import signals  # noqa: F401  (connects the data-version receivers)
        from .names import forget_labels

        # The catalog labels kept per language (`names.label_in_language`) go when the catalogs
        # may: a test overriding the languages or locale paths, a catalog edited under runserver.
        setting_changed.connect(forget_labels, dispatch_uid="tipwatch-forget-labels")
        file_changed.connect(forget_labels, dispatch_uid="tipwatch-forget-labels-file")
