"""Read a report file into an `ImportRun` of proposed changes, in one transaction.

The side effects are injected: `progress` receives (done, total, label) as the work goes on, so
the command line can draw a bar and the background task can save it for the admin page.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.db import DatabaseError, connections, transaction
from django.db.models import F
from django.utils import timezone

from tipwatch.ingest.limits import read_limits
from tipwatch.ingest.models import ImportRun, ProposedChange, lease_duration
from tipwatch.ingest.parsing import CountryMatcher, ParsedReport, ReportReadError, parse_report
from tipwatch.ingest.parsing.bundle import read_report, zip_folder
from tipwatch.ingest.parsing.reportyear import report_year_in
from tipwatch.tip.models import Country

from .proposals import ProposalBuilder

Progress = Callable[[int, int, str], None]
Notice = Callable[[str], None]
logger = logging.getLogger(__name__)


def no_progress(done: int, total: int, label: str) -> None:
    """The default progress sink: report nothing."""


def no_notice(message: str) -> None:
    """The default sink for notices to the person importing: say nothing."""


class ImportRejectedError(ValueError):
    """The file cannot be imported; the message says why in one line."""


@dataclass(frozen=True)
class ImportFile:
    name: str
    content: bytes

    @classmethod
    def from_path(cls, path: Path) -> ImportFile:
        try:
            if path.is_dir():  # saved pages, imported together as one zip
                content = zip_folder(path)
                read_limits().check_file_size(len(content))
                return cls(f"{path.name}.zip", content)
            read_limits().check_file_size(path.stat().st_size)
            return cls(path.name, path.read_bytes())
        except ReportReadError as error:
            raise ImportRejectedError(f"{path.name}: {error}") from None
        except FileNotFoundError:
            raise ImportRejectedError(f"no such file: {path}") from None
        except IsADirectoryError:
            raise ImportRejectedError(f"{path} is a directory, not a report file") from None
        except OSError as error:
            raise ImportRejectedError(f"cannot read {path}: {error.strerror}") from None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def matcher_from_database() -> CountryMatcher:
    countries = Country.objects.prefetch_related("aliases")
    return CountryMatcher((c.iso3, c.name, c.alias_names) for c in countries)


class ReportParser:
    """Turn file bytes into a `ParsedReport`; fatal problems become `ImportRejectedError`."""

    def __init__(self, progress: Progress = no_progress) -> None:
        self.progress = progress

    def parse(self, upload: ImportFile, year: int | None) -> ParsedReport:
        """``year`` None: the year the file states about itself."""
        if not upload.content:
            raise ImportRejectedError(f"{upload.name}: the file is empty")
        self.progress(0, 1, "Reading the file")

        def pages_read(done: int, total: int) -> None:
            # Reading is most of the work: it fills the bar to 90%; finding narratives the rest.
            if done == total or done % 10 == 0:
                self.progress(9 * done, 10 * total, f"Reading page {done} of {total}")

        try:
            document = read_report(upload.content, pages_read, read_limits())
        except ReportReadError as error:
            raise ImportRejectedError(f"{upload.name}: {error}") from error
        year = year or report_year_in(document)
        if year is None:
            raise ImportRejectedError(
                f"{upload.name}: the file does not say which year's report it is; give the year"
            )
        self.progress(9, 10, f"Finding country narratives in {len(document.pages)} pages")
        parsed = parse_report(document, year, matcher_from_database())
        self.progress(1, 1, f"Found {len(parsed.countries)} country narratives")
        if parsed.fatal:
            fatal = "; ".join(str(p) for p in parsed.problems if p.fatal)
            raise ImportRejectedError(f"{upload.name}: {fatal}")
        return parsed


class ImportBusyError(ImportRejectedError):
    """Another process is reading the same file for the same year right now."""


class LeaseLostError(RuntimeError):
    """The run was failed or taken over while this process read it: its results are dropped."""


class Submission(enum.Enum):
    """What submitting a file did, for the message to the person who submitted it."""

    NEW = "new"
    RETRY = "retry"  # the same file had failed: its run is read again
    IN_PROGRESS = "in progress"  # queued or being read now
    DONE_BEFORE = "done before"  # ready or applied: nothing changes


def _new_lease() -> str:
    return f"{socket.gethostname()[:60]} {os.getpid()} {uuid.uuid4().hex[:12]}"


class Heartbeat:
    """Renew a run's lease from a thread while this process works on it.

    A process that is killed stops renewing; `ImportRun.objects.fail_abandoned` then fails the
    run, and any process may do that, so no state lives in one process.
    """

    def __init__(self, run_pk: int, lease: str) -> None:
        self.run_pk = run_pk
        self.lease = lease
        self.interval = max(0.2, lease_duration().total_seconds() / 4)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"import-{run_pk}", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _beat(self) -> None:
        try:
            while not self._stop.wait(self.interval):
                try:
                    ImportRun.objects.filter(pk=self.run_pk, lease=self.lease).update(
                        heartbeat_at=timezone.now()
                    )
                except DatabaseError:
                    logger.warning("Could not renew the lease of import #%s", self.run_pk)
        finally:
            connections.close_all()


class ImportService:
    """Create import runs and fill them with proposed changes.

    Every run being read holds a lease that a `Heartbeat` renews; a run whose reader is gone is
    failed by whoever looks at it next, and can be retried. Bad input never creates a run from
    the command line; a run is created row first, so that a killed process leaves no file that
    no run names.
    """

    def __init__(self, progress: Progress = no_progress, notice: Notice = no_notice) -> None:
        self.progress = progress
        self.notice = notice

    def submit(
        self, upload: ImportFile, year: int | None, user: Any = None
    ) -> tuple[ImportRun, Submission]:
        """A queued run for the file: a new one, the failed one again, or the earlier one."""
        ImportRun.objects.fail_abandoned()
        existing = ImportRun.objects.same_file(upload.sha256, year).first()
        if existing is None:
            return self._create_run(upload, year, user, ImportRun.Status.QUEUED), Submission.NEW
        if existing.status == ImportRun.Status.FAILED:
            return self.retry(existing, upload), Submission.RETRY
        if existing.status in (ImportRun.Status.QUEUED, ImportRun.Status.RUNNING):
            return existing, Submission.IN_PROGRESS
        return existing, Submission.DONE_BEFORE

    def retry(self, run: ImportRun, upload: ImportFile | None = None) -> ImportRun:
        """Queue a failed run again; its file is written again if it is gone and we have it."""
        if not self._has_file(run):
            if upload is None:
                raise ImportRejectedError(
                    f"the stored file of import #{run.pk} is missing: import the file again"
                )
            self._write_file(run, upload)
        updated = ImportRun.objects.filter(pk=run.pk, status=ImportRun.Status.FAILED).update(
            status=ImportRun.Status.QUEUED,
            error="",
            lease="",
            progress_done=0,
            progress_total=0,
            progress_label="Queued again",
        )
        run.refresh_from_db()
        if not updated:
            raise ImportRejectedError(
                f"import #{run.pk} is {run.get_status_display().lower()}, not failed"
            )
        return run

    def import_file(self, upload: ImportFile, year: int | None, user: Any = None) -> ImportRun:
        """Read the file into a ready run here and now, or say why not.

        A new file is parsed before anything is written, so bad input writes nothing. A run of
        the same file that is queued or failed is taken over and read again; one that another
        process is reading raises `ImportBusyError`. ``year`` None: the year the file states
        about itself, which takes a parse to learn.
        """
        ImportRun.objects.fail_abandoned()
        parsed = None
        if year is None:
            parsed = ReportParser(self.progress).parse(upload, None)
            year = parsed.report_year
        existing = ImportRun.objects.same_file(upload.sha256, year).first()
        if existing is None:
            parsed = parsed or ReportParser(self.progress).parse(upload, year)
            run = self._create_run(upload, year, user, ImportRun.Status.RUNNING)
            with Heartbeat(run.pk, run.lease):
                self._fail_on_error(run, lambda: self._store(run, parsed), reraise=True)
            return run
        return self._read_again_here(existing, upload)

    def retry_here(self, pk: int) -> ImportRun:
        """Read a failed or queued run again in this process, from its stored file."""
        ImportRun.objects.fail_abandoned()
        run = ImportRun.objects.filter(pk=pk).first()
        if run is None:
            raise ImportRejectedError(f"there is no import #{pk}")
        return self._read_again_here(run, None)

    def _read_again_here(self, existing: ImportRun, upload: ImportFile | None) -> ImportRun:
        if existing.status in (ImportRun.Status.READY, ImportRun.Status.APPLIED):
            return existing
        if existing.status == ImportRun.Status.RUNNING:
            seen = existing.heartbeat_at or existing.created_at
            ago = max(0, round((timezone.now() - seen).total_seconds()))
            raise ImportBusyError(
                f"import #{existing.pk} of this file for {existing.report_year} is being read "
                f"by {existing.lease_holder} (last sign of life {ago} s ago): wait for it to "
                "finish"
            )
        if existing.status == ImportRun.Status.FAILED:
            self.notice(
                f"Import #{existing.pk} of this file had failed ({existing.error.rstrip('.')}): "
                "reading it again."
            )
        else:
            self.notice(
                f"Import #{existing.pk} of this file was waiting for a worker: reading it here."
            )
        if upload is not None and not self._has_file(existing):
            self._write_file(existing, upload)
        return self._process_claimed(existing, statuses=(existing.status,), reraise=True)

    def process(self, run: ImportRun) -> ImportRun:
        """The background task: read a queued run's file into proposals, or fail the run."""
        ImportRun.objects.fail_abandoned()
        return self._process_claimed(run, statuses=(ImportRun.Status.QUEUED,), reraise=False)

    def _process_claimed(
        self, run: ImportRun, statuses: tuple[str, ...], *, reraise: bool
    ) -> ImportRun:
        lease = _new_lease()
        claimed = ImportRun.objects.filter(pk=run.pk, status__in=statuses).update(
            status=ImportRun.Status.RUNNING,
            lease=lease,
            heartbeat_at=timezone.now(),
            attempts=F("attempts") + 1,
            error="",
        )
        run.refresh_from_db()
        if not claimed:  # another process took it, or it is no longer waiting
            return run

        def save_progress(done: int, total: int, label: str) -> None:
            ImportRun.objects.filter(pk=run.pk, lease=lease).update(
                progress_done=done,
                progress_total=total,
                progress_label=label,
                heartbeat_at=timezone.now(),
            )
            self.progress(done, total, label)

        def read_and_store() -> None:
            upload = self._stored_file(run)
            parsed = ReportParser(save_progress).parse(upload, run.report_year)
            self._store(run, parsed)

        with Heartbeat(run.pk, lease):
            self._fail_on_error(run, read_and_store, reraise=reraise)
        return run

    def _fail_on_error(self, run: ImportRun, work: Callable[[], None], *, reraise: bool) -> None:
        """Do the work; any error but a lost lease fails the run, with the message saved.

        With ``reraise`` the error goes on to the caller too (the command line exits non-zero).
        """
        try:
            work()
        except LeaseLostError:
            logger.warning("Import #%s was failed or taken over while being read", run.pk)
            run.refresh_from_db()
        except Exception as error:
            if isinstance(error, ImportRejectedError):
                message = str(error)
            else:
                logger.exception("Import #%s failed", run.pk)
                message = f"Reading the import failed unexpectedly: {error!r}"
            ImportRun.objects.filter(
                pk=run.pk, lease=run.lease, status=ImportRun.Status.RUNNING
            ).update(status=ImportRun.Status.FAILED, error=message[:2000], lease="")
            run.refresh_from_db()
            if reraise:
                raise

    def _create_run(
        self, upload: ImportFile, year: int | None, user: Any, status: ImportRun.Status
    ) -> ImportRun:
        running = status == ImportRun.Status.RUNNING
        run = ImportRun.objects.create(
            report_year=year,
            original_name=upload.name,
            sha256=upload.sha256,
            size=len(upload.content),
            status=status,
            lease=_new_lease() if running else "",
            heartbeat_at=timezone.now() if running else None,
            attempts=1 if running else 0,
            created_by=user if getattr(user, "is_authenticated", False) else None,
        )
        self._write_file(run, upload)
        return run

    def _write_file(self, run: ImportRun, upload: ImportFile) -> None:
        """Name the file on the run's row first, then write it: a kill between the two leaves a
        run whose file is missing (a retry with the file writes it), never an unnamed file."""
        field = run.file.field
        name = field.generate_filename(run, f"{run.pk}-{upload.name}")
        ImportRun.objects.filter(pk=run.pk).update(file=name)
        stored = field.storage.save(name, ContentFile(upload.content))
        if stored != name:
            ImportRun.objects.filter(pk=run.pk).update(file=stored)
        run.refresh_from_db()

    def _has_file(self, run: ImportRun) -> bool:
        return bool(run.file.name) and run.file.storage.exists(run.file.name)

    def _stored_file(self, run: ImportRun) -> ImportFile:
        if not self._has_file(run):
            raise ImportRejectedError(
                f"the stored file of import #{run.pk} is missing: import the file again"
            )
        with run.file.open("rb") as handle:
            return ImportFile(run.original_name, handle.read())

    def _store(self, run: ImportRun, parsed: ParsedReport) -> None:
        changes = ProposalBuilder(parsed).build()
        with transaction.atomic():
            held = (
                ImportRun.objects.select_for_update()
                .filter(pk=run.pk, lease=run.lease, status=ImportRun.Status.RUNNING)
                .exists()
            )
            if not held:
                raise LeaseLostError(run.pk)
            run.changes.all().delete()
            for change in changes:
                change.run = run
            ProposedChange.objects.bulk_create(changes, batch_size=500)
            run.pages = parsed.pages
            run.report_year = parsed.report_year  # the file's own, when none was given
            run.problems = [str(problem) for problem in parsed.problems]
            run.status = ImportRun.Status.READY
            run.lease = ""
            run.progress_done = run.progress_total = 1
            run.progress_label = f"Found {len(parsed.countries)} country narratives"
            run.save()
