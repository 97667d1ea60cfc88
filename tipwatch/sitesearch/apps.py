from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    name = "tipwatch.sitesearch"
    label = "sitesearch"
    verbose_name = "Site search"
