"""Read a report file into an `ImportRun` of proposed changes, in one transaction.

The side effects are injected: `progress` receives (done, total, label) as the work goes on, so
the command line can draw a bar and the background task can save it for the admin page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction

from tipwatch.ingest.models import ImportRun, ProposedChange
from tipwatch.ingest.parsing import CountryMatcher, ParsedReport, ReportReadError, parse_report
from tipwatch.ingest.parsing.bundle import read_report, zip_folder
from tipwatch.ingest.parsing.reportyear import report_year_in
from tipwatch.tip.models import Country

from .proposals import ProposalBuilder

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """The default progress sink: report nothing."""


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
                return cls(f"{path.name}.zip", zip_folder(path))
            return cls(path.name, path.read_bytes())
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
            document = read_report(upload.content, pages_read)
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


class ImportService:
    """Create import runs and fill them with proposed changes."""

    def __init__(self, progress: Progress = no_progress) -> None:
        self.progress = progress

    def create_run(self, upload: ImportFile, year: int, user: Any = None) -> ImportRun:
        """A queued run for the file, or the earlier run of the same file for the same year."""
        existing = ImportRun.objects.same_file(upload.sha256, year).first()
        if existing is not None:
            return existing
        run = ImportRun(
            report_year=year,
            original_name=upload.name,
            sha256=upload.sha256,
            size=len(upload.content),
            created_by=user if getattr(user, "is_authenticated", False) else None,
        )
        run.file.save(upload.name, ContentFile(upload.content), save=False)
        run.save()
        return run

    def import_file(self, upload: ImportFile, year: int | None, user: Any = None) -> ImportRun:
        """Parse first, then create the run and its proposals together: bad input writes nothing.

        ``year`` None: the year the file states about itself."""
        parsed = None
        if year is None:
            parsed = ReportParser(self.progress).parse(upload, None)
            year = parsed.report_year
        existing = ImportRun.objects.same_file(upload.sha256, year).first()
        if existing is not None and existing.status != ImportRun.Status.QUEUED:
            return existing
        parsed = parsed or ReportParser(self.progress).parse(upload, year)
        with transaction.atomic():
            run = existing or self.create_run(upload, year, user)
            self._store(run, parsed)
        return run

    def process(self, run: ImportRun) -> ImportRun:
        """Parse the run's file and store its proposed changes; a failure is saved on the run."""
        run.status = ImportRun.Status.RUNNING
        run.save(update_fields=["status"])

        def save_progress(done: int, total: int, label: str) -> None:
            ImportRun.objects.filter(pk=run.pk).update(
                progress_done=done, progress_total=total, progress_label=label
            )
            self.progress(done, total, label)

        try:
            with run.file.open("rb") as handle:
                upload = ImportFile(run.original_name, handle.read())
            parsed = ReportParser(save_progress).parse(upload, run.report_year)
        except ImportRejectedError as error:
            run.status = ImportRun.Status.FAILED
            run.error = str(error)
            run.save(update_fields=["status", "error"])
            return run
        with transaction.atomic():
            self._store(run, parsed)
        return run

    def _store(self, run: ImportRun, parsed: ParsedReport) -> None:
        changes = ProposalBuilder(parsed).build()
        run.changes.all().delete()
        for change in changes:
            change.run = run
        ProposedChange.objects.bulk_create(changes, batch_size=500)
        run.pages = parsed.pages
        run.problems = [str(problem) for problem in parsed.problems]
        run.status = ImportRun.Status.READY
        run.progress_done = run.progress_total = 1
        run.progress_label = f"Found {len(parsed.countries)} country narratives"
        run.save()
