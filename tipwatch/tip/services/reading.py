"""The read side of the TIP data: what every public reader (explorer, API, downloads,
briefings, the claim check) asks, answered once, in typed results.

* placements by filters, scope and year: `placement_rows` (flat rows with provenance, the
  columns of the API and the downloads), `latest_placements`, `tier_counts_by_year`;
* a country's history annotated by the rules engine: `country_history`, `country_histories`;
* coverage: `coverage_gaps_by_year` (gaps per report year within a scope);
* moves between two reports: `changes_between`, `MoveSplit`; the comparison of a scope in one
  report: `compare` (or, for many scopes in the same reports, `ReportRows` and
  `compare_rows`).

Each function runs a small, fixed number of queries, whatever the number of countries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from django.db.models import Count, Exists, OuterRef, Q, Subquery

from ..models import BureauAssignment, Country, CoverageGap, Placement, Report
from ..models.placement import PlacementQuerySet, is_secondary
from ..names import ENGLISH, SPANISH
from .comparison import TIER_ORDER, Comparison, ReportRows, compare, compare_rows
from .history import CountryHistory, HistoryRow, country_histories, country_history, tiers_of
from .moves import CHANGE_LABELS, ChangeSet, MoveSplit, TierMove, changes_between, tier_label
from .row_index import RowIndex, row_index
from .scope import ALL_COUNTRIES, Scope, ScopeKind

if TYPE_CHECKING:
    from django.http import HttpRequest


@dataclass(frozen=True, slots=True)
class PlacementRow:
    """One placement with its provenance: a row of the API list and of every download."""

    iso3: str
    country: str
    report_year: int
    tier: str
    tier_label: str
    region: str | None
    partial_year: bool
    source_kind: str
    source_name: str
    source_url: str | None
    page: int | None
    quote: str | None
    note: str | None
    inferred: bool
    secondary: bool
    # Labels in Spanish, as columns of their own: a file or an API answer has one shape whatever
    # language it is asked for in, and the English columns before them never change.
    country_es: str
    tier_label_es: str

    @classmethod
    def of(cls, values: tuple[Any, ...], index: RowIndex) -> PlacementRow:
        """The row of a placement read as `ROW_VALUES`."""
        (country_id, report_id, tier, source_kind, source_name) = values[:5]
        (source_url, page, quote, note, inferred) = values[5:]
        country = index.countries[country_id]
        year, partial = index.reports[report_id]
        return cls(
            iso3=country.iso3,
            country=country.name,
            report_year=year,
            tier=tier,
            tier_label=tier_label(tier, ENGLISH),
            region=country.bureau_for(year),
            partial_year=partial,
            source_kind=source_kind,
            source_name=source_name,
            source_url=source_url or None,
            page=page,
            quote=quote or None,
            note=note or None,
            inferred=inferred,
            secondary=is_secondary(source_kind, inferred),
            country_es=country.name_es,
            tier_label_es=tier_label(tier, SPANISH),
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# The columns of a placement row, in order: the API, the CSV/JSON/XLSX downloads and the data
# package schema all use exactly these.
PLACEMENT_COLUMNS: tuple[str, ...] = tuple(PlacementRow.__dataclass_fields__)


# What a row reads from the placement itself; the rest comes from `row_index`.
ROW_VALUES = (
    "country_id",
    "report_id",
    "tier",
    "source_kind",
    "source_name",
    "source_url",
    "page",
    "quote",
    "note",
    "inferred",
)


def placement_rows(
    placements: PlacementQuerySet, request: HttpRequest | None = None
) -> list[PlacementRow]:
    """Rows with provenance for these placements, in a stable order: one query, and what
    the rows share (countries, reports, bureaus) once per data version."""
    index = row_index(request)
    return [
        PlacementRow.of(values, index)
        for values in placements.with_provenance().values_list(*ROW_VALUES)
    ]


Row = TypeVar("Row")


class LazyRows(Generic[Row]):
    """A queryset read as typed rows, counted and sliced in the database (for a page)."""

    def __init__(self, queryset: Any, make: Callable[[Any], Row]) -> None:
        self.queryset = queryset
        self.make = make

    def __len__(self) -> int:
        return int(self.queryset.count())

    @overload
    def __getitem__(self, index: int) -> Row: ...
    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...
    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        if isinstance(index, slice):
            return [self.make(item) for item in self.queryset[index]]
        return self.make(self.queryset[index])

    def __iter__(self) -> Iterator[Row]:
        return (self.make(item) for item in self.queryset)


def placement_row_query(
    placements: PlacementQuerySet, request: HttpRequest | None = None
) -> LazyRows[PlacementRow]:
    index = row_index(request)
    return LazyRows(
        placements.with_provenance().values_list(*ROW_VALUES),
        lambda values: PlacementRow.of(values, index),
    )


@dataclass(frozen=True)
class CountryStanding:
    """A country with its latest placement (None: never rated)."""

    country: Country
    latest: Placement | None

    @property
    def iso3(self) -> str:
        return self.country.iso3

    @property
    def name(self) -> str:
        return self.country.name

    @property
    def name_es(self) -> str:
        return self.country.name_es

    @property
    def entity_type(self) -> str:
        return self.country.entity_type

    @property
    def bureau(self) -> str | None:
        return self.country.current_bureau

    @property
    def current_tier(self) -> str | None:
        return self.latest.tier if self.latest else None

    @property
    def current_tier_label(self) -> str:
        return tier_label(self.current_tier)

    @property
    def current_report_year(self) -> int | None:
        return self.latest.report.year if self.latest else None


def country_standings() -> list[CountryStanding]:
    """Every country by name with its latest placement and bureaus (three queries)."""
    latest = latest_placements()
    countries = Country.objects.order_by("name").prefetch_related("bureau_assignments")
    return [CountryStanding(country, latest.get(country.pk)) for country in countries]


def latest_placements() -> dict[int, Placement]:
    """Each country's most recent placement, by country id (one query)."""
    newest = (
        Placement.objects.filter(country=OuterRef("country"))
        .order_by("-report__year")
        .values("pk")[:1]
    )
    rows = Placement.objects.filter(pk=Subquery(newest)).select_related("report")
    return {placement.country_id: placement for placement in rows}


def tier_counts_by_year(
    placements: PlacementQuerySet, years: Iterable[int] | None = None
) -> dict[int, dict[str, int]]:
    """Counts per tier for every report year (all tiers present, zeros included). `years`, the
    report years when the caller has them already, saves reading them."""
    if years is None:
        years = Report.objects.order_by("year").values_list("year", flat=True)
    counts: dict[int, dict[str, int]] = {year: dict.fromkeys(TIER_ORDER, 0) for year in years}
    rows = (
        placements.order_by()
        .values("report__year", "tier")
        .annotate(n=Count("pk"))
        .values_list("report__year", "tier", "n")
    )
    for year, tier, n in rows:
        counts.setdefault(year, dict.fromkeys(TIER_ORDER, 0))[tier] = n
    return dict(sorted(counts.items()))


def scope_placements(scope: Scope) -> PlacementQuerySet:
    """Every placement of the scope's countries; a region's as its bureau stood each year."""
    if scope.kind == ScopeKind.REGION:
        return Placement.objects.in_region(scope.slug)
    if scope.is_all:
        return Placement.objects.all()
    return Placement.objects.filter(country__in=scope.countries)


def coverage_gaps_by_year(scope: Scope) -> dict[int, int]:
    """How many of the scope's countries are missing from our data, per report year (one
    query). A region counts the countries in its bureau as it stood in each year."""
    gaps = CoverageGap.objects.all()
    if scope.kind == ScopeKind.REGION:
        in_bureau = BureauAssignment.objects.filter(
            country=OuterRef("country"),
            bureau=scope.slug,
            first_report_year__lte=OuterRef("report__year"),
        ).filter(
            Q(last_report_year__isnull=True) | Q(last_report_year__gte=OuterRef("report__year"))
        )
        gaps = gaps.filter(Exists(in_bureau))
    elif not scope.is_all:
        gaps = gaps.filter(country__in=scope.countries)
    rows = gaps.order_by().values("report__year").annotate(n=Count("pk"))
    return {row["report__year"]: row["n"] for row in rows}


__all__ = [
    "ALL_COUNTRIES",
    "CHANGE_LABELS",
    "PLACEMENT_COLUMNS",
    "TIER_ORDER",
    "ChangeSet",
    "Comparison",
    "CountryHistory",
    "CountryStanding",
    "HistoryRow",
    "LazyRows",
    "MoveSplit",
    "PlacementRow",
    "ReportRows",
    "Scope",
    "ScopeKind",
    "TierMove",
    "changes_between",
    "compare",
    "compare_rows",
    "country_histories",
    "country_history",
    "country_standings",
    "coverage_gaps_by_year",
    "latest_placements",
    "placement_row_query",
    "placement_rows",
    "scope_placements",
    "tier_counts_by_year",
    "tier_label",
    "tiers_of",
]
