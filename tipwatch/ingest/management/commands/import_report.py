import sys
from argparse import ArgumentParser
from collections import Counter
from pathlib import Path
from typing import Any

from django.utils import timezone

from tipwatch.core.commands import TipwatchCommand, UsageError
from tipwatch.ingest.models import ImportRun
from tipwatch.ingest.services.apply import ApplyImport
from tipwatch.ingest.services.importer import (
    ImportFile,
    ImportRejectedError,
    ImportService,
    ReportParser,
    no_progress,
)
from tipwatch.tip.formatting import json_text


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
            help="The report file (PDF, HTML or text), or a folder or zip of saved pages.",
        )
        parser.add_argument(
            "--year", type=int, help="The report's year (default: the year the file states)."
        )
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--dry-run", action="store_true", help="Write nothing; show results.")
        mode.add_argument("--apply", action="store_true", help="Apply all proposed changes.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
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
            run = ImportService(progress).import_file(upload, year)
        except ImportRejectedError as error:
            self._clear_bar(progress)
            raise UsageError(f"{error}; nothing was written") from error
        self._clear_bar(progress)
        applied = None
        if options["apply"] and run.status == ImportRun.Status.READY:
            applied = ApplyImport(run).apply()
        self._write_run(run, options["format"], applied)

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
        counts = Counter((c.kind, c.action) for c in run.changes.all())
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
