from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "tipwatch.api"
    label = "tipwatch_api"
    verbose_name = "Public read-only API"
