"""Background work for imports. The backend is set by the TASKS setting."""

from django_tasks import task

from tipwatch.ingest.models import ImportRun
from tipwatch.ingest.services.importer import ImportService


@task()
def process_import(run_id: int) -> str:
    run = ImportService().process(ImportRun.objects.get(pk=run_id))
    return str(run.status)
