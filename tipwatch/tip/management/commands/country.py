from argparse import ArgumentParser
from typing import Any

from tipwatch.core.commands import TipwatchCommand
from tipwatch.tip.formatting import json_text, table
from tipwatch.tip.services.history import country_history

from ._scope import country_from


class Command(TipwatchCommand):
    help = "Show a country's tier in every report, with changes, sources and TVPA rule flags."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("country", help="An ISO3 code (PER) or a name, old names included.")
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        history = country_history(country_from(options["country"]))
        if options["format"] == "json":
            self.stdout.write(json_text(history.as_dict()))
            return
        country = history.country
        self.stdout.write(f"{country.name} ({country.iso3}), region {country.current_bureau}")
        rows = [
            (
                row.placement.report.year,
                row.placement.get_tier_display(),
                row.entry.change,
                f"{row.entry.years_at_tier}{'+' if row.entry.years_at_tier_is_minimum else ''}",
                row.placement.get_source_kind_display()
                + (" (inferred)" if row.placement.inferred else ""),
                "partial year" if row.partial_year else "",
            )
            for row in history.rows
        ]
        self.stdout.write(table(["Year", "Tier", "Change", "Years", "Source", "Note"], rows))
        if history.unknown_years:
            years = ", ".join(str(year) for year in history.unknown_years)
            self.stdout.write(f"\nNo data for {years}: the report rated it, our sources lack it.")
        for flag in history.flags:
            self.stdout.write(f"{flag.report_year}: {flag.render(country.name)}")
