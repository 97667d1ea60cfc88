"""What a placement row reads beside the placement, once per data version.

A placement row (`reading.PlacementRow`, the API list and every download) names its country in
English and Spanish, its report's year and whether that report is partial, and the country's
bureau in that year. Reading those with each page of placements built three model instances per
row (a country through modelcluster's constructor) and prefetched the bureau assignments through
modelcluster's related manager, which cost more CPU than the rest of the row. Countries, reports
and assignments are a few hundred rows, change only with the data (saving any of them bumps the
data version), and are kept in the cache under the version the request has already read
(`versioning.data_state_for`; the reports from `report_index`), and in this process too
(`core.process_copies`: unpickling the index's two hundred frozen records took more time than
a page of rows), so a page of rows is read as plain values in one query.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Country
from ..names import ENGLISH, SPANISH, country_name
from .report_index import kept_per_data_version, reports_by_year

if TYPE_CHECKING:
    from django.http import HttpRequest

# (first report year, last report year or None, bureau), in the assignments' own order
# (`Orderable.sort_order`), as `Country.bureau_for` reads them.
Span = tuple[int, int | None, str]


@dataclass(frozen=True, slots=True)
class CountryFacts:
    iso3: str
    name: str
    name_es: str
    bureaus: tuple[Span, ...]

    def bureau_for(self, year: int) -> str | None:
        """`Country.bureau_for(year)`."""
        for first, last, bureau in self.bureaus:
            if first <= year and (last is None or year <= last):
                return bureau
        return None


@dataclass(frozen=True, slots=True)
class RowIndex:
    countries: dict[int, CountryFacts]
    # report id: (year, partial)
    reports: dict[int, tuple[int, bool]]


def row_index(request: HttpRequest | None = None) -> RowIndex:
    return kept_per_data_version(request, "placement-row-index", lambda: _read_index(request))


@dataclass(frozen=True, slots=True)
class _Named:
    iso3: str
    name: str
    name_es: str


def _read_index(request: HttpRequest | None) -> RowIndex:
    """One query for the countries with their assignments; the reports from their own index."""
    rows = Country.objects.order_by(
        "pk", "bureau_assignments__sort_order", "bureau_assignments__pk"
    ).values_list(
        "pk",
        "iso3",
        "name",
        "name_es",
        "bureau_assignments__first_report_year",
        "bureau_assignments__last_report_year",
        "bureau_assignments__bureau",
    )
    names: dict[int, _Named] = {}
    spans: dict[int, list[Span]] = {}
    for pk, iso3, name, name_es, first, last, bureau in rows:
        names.setdefault(pk, _Named(iso3, name, name_es))
        country_spans = spans.setdefault(pk, [])
        if bureau is not None:
            country_spans.append((first, last, bureau))
    countries = {
        pk: CountryFacts(
            iso3=named.iso3,
            name=country_name(named, ENGLISH),
            name_es=country_name(named, SPANISH),
            bureaus=tuple(spans[pk]),
        )
        for pk, named in names.items()
    }
    reports = {
        report.pk: (report.year, report.is_partial) for report in reports_by_year(request).values()
    }
    return RowIndex(countries=countries, reports=reports)
