from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "tipwatch.news"
    label = "news"
    verbose_name = "News"
