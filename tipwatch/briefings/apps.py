from django.apps import AppConfig


class BriefingsConfig(AppConfig):
    name = "tipwatch.briefings"
    label = "briefings"
    verbose_name = "Briefings"
