from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "tipwatch.ingest"
    label = "ingest"
    verbose_name = "Report imports"
