from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "tipwatch.pages"
    label = "pages"
    verbose_name = "Site pages"

    def ready(self) -> None:
        from . import signals  # noqa: F401
