from argparse import ArgumentParser
from typing import Any

from tipwatch.core.commands import TipwatchCommand, UsageError
from tipwatch.tip.formatting import json_text, table
from tipwatch.tip.models import TierChoice
from tipwatch.tip.services.comparison import Comparison, compare

from ._scope import add_scope, add_year, country_from, coverage_line, report_from, scope_from


class Command(TipwatchCommand):
    help = (
        "Compare a group or region in one report: counts per tier, who sits where, who is above "
        "and below a country, and what changed since the previous report."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        add_year(parser)
        add_scope(parser, required=True)
        parser.add_argument("--country", help="Show who ranks above and below this country.")
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        report = report_from(options)
        scope = scope_from(options, report.year)
        assert scope is not None
        focus = country_from(options["country"]) if options.get("country") else None
        if focus is not None and focus.iso3 not in {c.iso3 for c in scope.countries}:
            raise UsageError(f"{focus.name} is not a member of {scope.label}")
        comparison = compare(report, scope)
        if options["format"] == "json":
            self.stdout.write(json_text(comparison.as_dict(focus)))
        else:
            self._write_table(comparison, focus)

    def _write_table(self, comparison: Comparison, focus: Any) -> None:
        write = self.stdout.write
        coverage = coverage_line(comparison.report, comparison.scope, comparison.missing_from_data)
        write(f"{comparison.scope.label}, {coverage}")
        if comparison.scope.description:
            write(f"Definition: {comparison.scope.description}")
        rows = [
            (label, len(names), ", ".join(c.name for c in names))
            for label, names in (
                (choice.label, comparison.countries_at(choice.value)) for choice in TierChoice
            )
        ]
        write(table(["Tier", "Count", "Countries"], rows))
        if comparison.not_rated:
            write("Not rated: " + ", ".join(c.name for c in comparison.not_rated))
        if comparison.missing_from_data:
            write(
                "Missing from our data: " + ", ".join(c.name for c in comparison.missing_from_data)
            )
        if focus is not None:
            relative = comparison.relative_to(focus)
            tier = comparison.tier_of(focus)
            write(f"\n{focus.name}: {TierChoice(tier).label if tier else 'not rated'}")
            for key, label in (("above", "Above"), ("same", "Same tier"), ("below", "Below")):
                write(f"  {label}: {', '.join(c.name for c in relative[key]) or 'none'}")
        previous = comparison.previous_report
        if previous is not None:
            moves = comparison.moves()
            write(f"\nChanges since {previous.year}: {len(moves) or 'none'}")
            for move in moves:
                write(
                    f"  {move.country.name}: {move.from_label} -> {move.to_label} ({move.change})"
                )
