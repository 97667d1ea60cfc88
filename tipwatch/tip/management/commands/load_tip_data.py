from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from tipwatch.core.commands import TipwatchCommand, UsageError
from tipwatch.tip.services.dataset_files import BUNDLED_DATA_DIR, DatasetError
from tipwatch.tip.services.dataset_loader import DatasetLoader


class Command(TipwatchCommand):
    help = (
        "Load the bundled TIP tier dataset (or another directory in the same format) in one "
        "transaction. Loading again updates changed rows and records why in their history."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--directory",
            type=Path,
            default=BUNDLED_DATA_DIR,
            help="A directory holding countries.csv, placements.csv and the other files.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when placements are already loaded (used by the quick start).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        loader = DatasetLoader(options["directory"], loaded_by="tipwatch load-data")
        try:
            summary = loader.load(only_if_empty=options["if_empty"])
        except DatasetError as error:
            raise UsageError(f"{error}; nothing was loaded") from error
        if summary.skipped:
            self.stdout.write("Tier data already loaded; nothing to do.")
            return
        self.stdout.write(
            f"Loaded {summary.countries} countries, {summary.reports} reports, "
            f"{summary.groups} groups; placements: {summary.placements_created} new, "
            f"{summary.placements_updated} updated, {summary.placements_unchanged} unchanged; "
            f"{summary.conflicts} source conflicts and {summary.gaps} coverage gaps recorded."
        )
