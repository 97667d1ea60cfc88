import sys
from argparse import ArgumentParser
from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.db import DatabaseError
from django.utils import timezone

from tipwatch.core.commands import TipwatchCommand, UsageError
from tipwatch.ingest.models import ImportRun
from tipwatch.ingest.services.apply import ApplyImport
from tipwatch.ingest.services.importer import (
    ImportBusyError,
    ImportFile,
    ImportRejectedError,
    ImportService,
    ReportParser,
    no_progress,
)
from tipwatch.tip.formatting import json_text

BUSY = 1  # the file is fine, but the run cannot be read now (exit 2 is for bad input)


class Command(TipwatchCommand):
    help = (
        "Read a TIP report (PDF, HTML or text, or a folder or zip of saved pages) into proposed "
        "changes for an editor to review in "
        "the admin. --dry-run only shows what was found; --apply also applies every new or "
        "changed fact at once."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "file",
            type=Path,
            nargs="?",
            help="The report file (PDF, HTML or text), or a folder or zip of saved pages.",
        )
        parser.add_argument(
            "--year", type=int, help="The report's year (default: the year the file states)."
        )
        parser.add_argument(
            "--retry",
            type=int,
            metavar="IMPORT",
            help="Instead of a file: read the failed or queued import with this number again, "
            "from the file stored with it.",
        )
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--dry-run", action="store_true", help="Write nothing; show results.")
        mode.add_argument("--apply", action="store_true", help="Apply all proposed changes.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["retry"] is not None:
            if options["file"] is not None or options["year"] is not None or options["dry_run"]:
                raise UsageError("--retry IMPORT takes no file, --year or --dry-run")
            return self._handle_retry(options)
        if options["file"] is None:
            raise UsageError("give a report file (or folder, or zip), or --retry IMPORT")
        year = options["year"]
        if year is not None and not 2001 <= year <= timezone.now().year + 1:
            raise UsageError(f"--year {year} is not a report year (2001 to next year)")
        progress = self._progress_bar() if sys.stderr.isatty() else no_progress
        try:
            upload = ImportFile.from_path(options["file"])
            if options["dry_run"]:
                parsed = ReportParser(progress).parse(upload, year)
                self._clear_bar(progress)
                if options["format"] == "json":
                    self.stdout.write(json_text(parsed.to_json_dict()))
                else:
                    self._write_parsed_text(parsed)
                return
            run = ImportService(progress, self._notice(progress)).import_file(upload, year)
        except Exception as error:
            self._refuse(error, progress)
            raise
        self._clear_bar(progress)
        self._finish(run, options)

    def _handle_retry(self, options: dict[str, Any]) -> None:
        progress = self._progress_bar() if sys.stderr.isatty() else no_progress
        try:
            run = ImportService(progress, self._notice(progress)).retry_here(options["retry"])
        except Exception as error:
            self._refuse(error, progress)
            raise
        self._clear_bar(progress)
        self._finish(run, options)

    def _refuse(self, error: Exception, progress: Any) -> None:
        """Raise the one-line error for what went wrong; database errors go on as they are."""
        if isinstance(error, DatabaseError):
            return  # the command line names the database's problem and its fix
        self._clear_bar(progress)
        if isinstance(error, ImportBusyError):
            raise CommandError(f"{error}; nothing was done", returncode=BUSY) from error
        if isinstance(error, ImportRejectedError):
            raise UsageError(f"{error}; nothing was written") from error
        raise CommandError(
            f"reading the import failed unexpectedly: {error!r}", returncode=BUSY
        ) from error

    def _finish(self, run: ImportRun, options: dict[str, Any]) -> None:
        if run.status not in (ImportRun.Status.READY, ImportRun.Status.APPLIED):
            # Taken by another process between our look and our claim: say so, never exit 0.
            raise CommandError(
                f"import #{run.pk} is {run.get_status_display().lower()} elsewhere: "
                "nothing was done here",
                returncode=BUSY,
            )
        applied = None
        if options["apply"] and run.status == ImportRun.Status.READY:
            applied = ApplyImport(run).apply()
        self._write_run(run, options["format"], applied)

    def _notice(self, progress: Any) -> Any:
        def notice(message: str) -> None:
            self._clear_bar(progress)
            sys.stderr.write(message + "\n")
            sys.stderr.flush()

        return notice

    def _write_parsed_text(self, parsed: Any) -> None:
        write = self.stdout.write
        write(f"{parsed.pages} pages, {len(parsed.countries)} country narratives")
        for country in parsed.countries:
            first, last = country.narrative.first_page, country.narrative.last_page
            write(
                f"  {country.iso3 or '???'}  {country.name:<32} {country.tier or '-':<13} "
                f"pages {first}-{last}, {len(country.statistics)} figures"
            )
        for problem in parsed.problems:
            write(f"Problem: {problem}")

    def _write_run(self, run: ImportRun, output: str, applied: Any) -> None:
        # Two columns, not the rows: each row's before and after would be decoded from JSON.
        counts = Counter(run.changes.values_list("kind", "action"))
        summary = {f"{kind} {action}": n for (kind, action), n in sorted(counts.items())}
        if output == "json":
            self.stdout.write(
                json_text(
                    {
                        "import_run": run.pk,
                        "status": run.status,
                        "report_year": run.report_year,
                        "pages": run.pages,
                        "changes": summary,
                        "applied": applied.total if applied else 0,
                        "problems": run.problems,
                    }
                )
            )
            return
        self.stdout.write(f"Import #{run.pk} of {run.original_name}: {run.get_status_display()}")
        for label, count in summary.items():
            self.stdout.write(f"  {label}: {count}")
        if applied is not None:
            self.stdout.write(
                f"Applied {applied.placements} placements, {applied.statistics} statistics and "
                f"{applied.narratives} narratives."
            )
        elif run.status == ImportRun.Status.READY:
            self.stdout.write("Review and apply it in the admin under Imports.")

    def _progress_bar(self) -> Any:
        def draw(done: int, total: int, label: str) -> None:
            width = 30
            filled = width * done // total if total else 0
            bar = "#" * filled + "-" * (width - filled)
            sys.stderr.write(f"\r[{bar}] {label[:60]:<60}")
            sys.stderr.flush()

        return draw

    def _clear_bar(self, progress: Any) -> None:
        if progress is not no_progress:
            sys.stderr.write("\r" + " " * 95 + "\r")
            sys.stderr.flush()
