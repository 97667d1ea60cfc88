from django.apps import AppConfig


class TipConfig(AppConfig):
    name = "tipwatch.tip"
    label = "tip"
    verbose_name = "TIP Report data"
