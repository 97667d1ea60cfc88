"""Argument helpers shared by the commands that read tier data."""

from argparse import ArgumentParser
from collections.abc import Sequence
from typing import Any

from tipwatch.core.commands import UsageError
from tipwatch.tip.models import Country, CoverageGap, Report
from tipwatch.tip.services.comparison import Scope
from tipwatch.tip.services.lookup import (
    UnknownChoiceError,
    find_country,
    find_group,
    find_region,
    find_report,
)


def add_year(parser: ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True, help="Report (publication) year.")


def add_scope(parser: ArgumentParser, *, required: bool) -> None:
    scope = parser.add_mutually_exclusive_group(required=required)
    scope.add_argument("--group", help="A group slug such as latin-america.")
    scope.add_argument("--region", help="A State Department bureau: AF, EAP, EUR, NEA, SCA, WHA.")


def report_from(options: dict[str, Any]) -> Report:
    try:
        return find_report(options["year"])
    except UnknownChoiceError as error:
        raise UsageError(str(error)) from error


def country_from(text: str) -> Country:
    try:
        return find_country(text)
    except UnknownChoiceError as error:
        raise UsageError(str(error)) from error


def scope_from(options: dict[str, Any], year: int) -> Scope | None:
    try:
        if options.get("group"):
            return Scope.for_group(find_group(options["group"]))
        if options.get("region"):
            return Scope.for_region(find_region(options["region"]), year)
    except UnknownChoiceError as error:
        raise UsageError(str(error)) from error
    return None


def coverage_line(
    report: Report, scope: Scope | None = None, missing: Sequence[Country] | None = None
) -> str:
    """Say how complete the data is, for the whole year or for the countries shown.

    ``missing``: the countries of ``scope`` missing from the year's data, when the caller
    already knows them (a comparison does); otherwise they are looked up.
    """
    if not report.is_partial:
        return f"{report.year} report: complete coverage."
    if scope is None:
        return f"{report.year} report: PARTIAL coverage. {report.coverage_note}".strip()
    if missing is None:
        missing = [
            gap.country
            for gap in CoverageGap.objects.filter(
                report=report, country__in=scope.countries
            ).select_related("country")
        ]
    if not missing:
        return (
            f"{report.year} report: complete for {scope.label}, though the year's data is "
            f"partial ({report.coverage_note})."
        )
    names = ", ".join(sorted(country.name for country in missing))
    return f"{report.year} report: PARTIAL coverage; missing from our data: {names}."
