from argparse import ArgumentParser
from typing import Any

from tipwatch.core.commands import TipwatchCommand
from tipwatch.tip.formatting import csv_text, json_text, table
from tipwatch.tip.models import Placement

from ._scope import add_scope, add_year, coverage_line, report_from, scope_from


class Command(TipwatchCommand):
    help = "List the tier of every rated country in one report, sorted by country name."

    def add_arguments(self, parser: ArgumentParser) -> None:
        add_year(parser)
        add_scope(parser, required=False)
        parser.add_argument("--format", choices=["table", "csv", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        report = report_from(options)
        scope = scope_from(options, report.year)
        placements = Placement.objects.filter(report=report).by_country_name()
        if scope is not None:
            placements = placements.filter(country__in=scope.countries)
        rows = [(p.country.iso3, p.country.name, p.tier) for p in placements]
        if options["format"] == "csv":
            self.stdout.write(csv_text(["iso3", "country", "tier"], rows))
        elif options["format"] == "json":
            self.stdout.write(
                json_text(
                    {
                        "report_year": report.year,
                        "partial_year": report.is_partial,
                        "coverage_note": report.coverage_note,
                        "group": scope.slug if scope else None,
                        "placements": [
                            {"iso3": iso3, "country": name, "tier": tier}
                            for iso3, name, tier in rows
                        ],
                    }
                )
            )
        else:
            self.stdout.write(table(["ISO3", "Country", "Tier"], rows))
            self.stdout.write(f"\n{len(rows)} countries. {coverage_line(report, scope)}")
