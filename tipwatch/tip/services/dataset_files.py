"""Reading and validating the bundled dataset files, before anything touches the database.

Every problem is reported with the file and line it comes from, so a bad edit to a CSV is easy
to find. Nothing here imports models: it turns files into plain records. It stays standard
library only, because the dataset build (`scripts/dataset_build/`) writes the files with the
columns and values defined here.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .report_wording import INFERRED, SOURCE_KIND_RANK, WORDING_KINDS, NameIndex, quote_problem

BUNDLED_DATA_DIR = Path(__file__).resolve().parent.parent / "data"

TIERS = ("1", "2", "2WL", "3", "special_case")
# The bundled files never hold `report_import`: that kind is written only by importing a report.
SOURCE_KINDS = tuple(SOURCE_KIND_RANK)
BUREAUS = ("AF", "EAP", "EUR", "NEA", "SCA", "WHA")
ENTITY_TYPES = ("state", "territory", "other")
GROUP_KINDS = ("region", "bureau", "custom")
COVERAGES = ("complete", "partial")
NOT_RATED = "not rated"
ISO3 = re.compile(r"^[A-Z]{3}$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

FILES = {
    "countries.csv": ("iso3", "name", "name_es", "entity_type", "aliases"),
    "bureaus.csv": ("iso3", "bureau", "first_report_year", "last_report_year", "basis"),
    "reports.csv": (
        "year",
        "title",
        "publication_date",
        "source_url",
        "countries_assessed",
        "coverage",
        "coverage_note",
    ),
    "placements.csv": (
        "iso3",
        "report_year",
        "tier",
        "source_kind",
        "source_name",
        "source_url",
        "page",
        "quote",
        "note",
        "inferred",
    ),
    "source_conflicts.csv": (
        "iso3",
        "report_year",
        "kept_tier",
        "kept_source",
        "other_tier",
        "other_source",
        "resolution",
    ),
    "coverage_gaps.csv": ("report_year", "iso3", "reason"),
    "groups.csv": ("slug", "name", "kind", "description", "members"),
}


class DatasetError(ValueError):
    """A problem in one of the dataset files, located by file and line."""

    def __init__(self, file: str, line: int | None, message: str) -> None:
        self.file = file
        self.line = line
        self.message = message
        where = f"{file}, line {line}" if line else file
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class CountryRecord:
    iso3: str
    name: str
    name_es: str
    entity_type: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class BureauRecord:
    iso3: str
    bureau: str
    first_report_year: int
    last_report_year: int | None
    basis: str


@dataclass(frozen=True)
class ReportRecord:
    year: int
    title: str
    publication_date: datetime.date | None
    source_url: str
    countries_assessed: int | None
    coverage: str
    coverage_note: str


@dataclass(frozen=True)
class PlacementRecord:
    iso3: str
    report_year: int
    tier: str
    source_kind: str
    source_name: str
    source_url: str
    page: int | None
    quote: str
    note: str
    inferred: bool


@dataclass(frozen=True)
class ConflictRecord:
    iso3: str
    report_year: int
    kept_tier: str
    kept_source: str
    other_tier: str
    other_source: str
    resolution: str


@dataclass(frozen=True)
class GapRecord:
    report_year: int
    iso3: str
    reason: str


@dataclass(frozen=True)
class GroupRecord:
    slug: str
    name: str
    kind: str
    description: str
    members: tuple[str, ...]


@dataclass
class Dataset:
    countries: list[CountryRecord] = field(default_factory=list)
    bureaus: list[BureauRecord] = field(default_factory=list)
    reports: list[ReportRecord] = field(default_factory=list)
    placements: list[PlacementRecord] = field(default_factory=list)
    conflicts: list[ConflictRecord] = field(default_factory=list)
    gaps: list[GapRecord] = field(default_factory=list)
    groups: list[GroupRecord] = field(default_factory=list)
    sha256: str = ""


class _Row:
    """One CSV row with typed accessors that raise `DatasetError` naming file, line and column."""

    def __init__(self, file: str, line: int, values: dict[str, str]) -> None:
        self.file = file
        self.line = line
        self.values = values

    def error(self, message: str) -> DatasetError:
        return DatasetError(self.file, self.line, message)

    def text(self, column: str, *, required: bool = True) -> str:
        value = self.values[column].strip()
        if required and not value:
            raise self.error(f"{column} is empty")
        return value

    def choice(self, column: str, choices: tuple[str, ...], *, required: bool = True) -> str:
        value = self.text(column, required=required)
        if value and value not in choices:
            raise self.error(f"{column} {value!r} is not one of {', '.join(choices)}")
        return value

    def iso3(self, column: str = "iso3") -> str:
        value = self.text(column)
        if not ISO3.match(value):
            raise self.error(f"{column} {value!r} is not a three-letter upper-case code")
        return value

    def integer(self, column: str, *, required: bool = True) -> int | None:
        value = self.text(column, required=required)
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            raise self.error(f"{column} {value!r} is not a whole number") from None

    def year(self, column: str, *, required: bool = True) -> int | None:
        value = self.integer(column, required=required)
        if value is not None and not 2001 <= value <= 2100:
            raise self.error(f"{column} {value} is not a report year (2001 or later)")
        return value

    def date(self, column: str) -> datetime.date | None:
        value = self.text(column, required=False)
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise self.error(f"{column} {value!r} is not a date (YYYY-MM-DD)") from None

    def boolean(self, column: str) -> bool:
        value = self.text(column).lower()
        if value not in ("true", "false"):
            raise self.error(f"{column} {value!r} must be true or false")
        return value == "true"

    def url(self, column: str) -> str:
        value = self.text(column, required=False)
        if value and not value.startswith(("http://", "https://")):
            raise self.error(f"{column} {value!r} is not an http(s) URL")
        return value

    def split(self, column: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.text(column, required=False).split("|") if part)


def _rows(directory: Path, name: str) -> Iterator[_Row]:
    path = directory / name
    if not path.exists():
        raise DatasetError(name, None, f"the file is missing from {directory}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise DatasetError(name, 1, "the file is empty") from None
        expected = FILES[name]
        if tuple(header) != expected:
            raise DatasetError(
                name, 1, f"the header is {','.join(header)!r}; expected {','.join(expected)!r}"
            )
        for values in reader:
            line = reader.line_num
            if not values:
                continue
            if len(values) != len(expected):
                raise DatasetError(
                    name, line, f"expected {len(expected)} columns, found {len(values)}"
                )
            yield _Row(name, line, dict(zip(expected, values, strict=True)))


def files_sha256(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in sorted(FILES):
        path = directory / name
        if path.exists():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def read_dataset(directory: Path = BUNDLED_DATA_DIR) -> Dataset:
    """Read and check every file; raise `DatasetError` at the first problem."""
    data = Dataset(sha256=files_sha256(directory))
    _read_countries(directory, data)
    known = {country.iso3 for country in data.countries}
    _read_bureaus(directory, data, known)
    _read_reports(directory, data)
    years = {report.year for report in data.reports}
    _read_placements(directory, data, known, years)
    _read_conflicts(directory, data, known, years)
    _read_gaps(directory, data, known, years)
    _read_groups(directory, data, known)
    return data


def _check_reference(row: _Row, iso3: str, known: set[str]) -> None:
    if iso3 not in known:
        raise row.error(f"country {iso3} is not in countries.csv")


def _check_year(row: _Row, year: int, years: set[int]) -> None:
    if year not in years:
        raise row.error(f"report year {year} is not in reports.csv")


def _read_countries(directory: Path, data: Dataset) -> None:
    seen_names: dict[str, str] = {}
    seen_codes: set[str] = set()
    for row in _rows(directory, "countries.csv"):
        record = CountryRecord(
            iso3=row.iso3(),
            name=row.text("name"),
            name_es=row.text("name_es", required=False),
            entity_type=row.choice("entity_type", ENTITY_TYPES),
            aliases=row.split("aliases"),
        )
        if record.iso3 in seen_codes:
            raise row.error(f"country {record.iso3} appears twice")
        seen_codes.add(record.iso3)
        for name in (record.name, *record.aliases):
            owner = seen_names.get(name.casefold())
            if owner is not None and owner != record.iso3:
                raise row.error(f"the name {name!r} is already used by {owner}")
            seen_names[name.casefold()] = record.iso3
        data.countries.append(record)


def _read_bureaus(directory: Path, data: Dataset, known: set[str]) -> None:
    for row in _rows(directory, "bureaus.csv"):
        first = row.year("first_report_year")
        assert first is not None
        last = row.year("last_report_year", required=False)
        if last is not None and last < first:
            raise row.error(f"last_report_year {last} is before first_report_year {first}")
        record = BureauRecord(
            iso3=row.iso3(),
            bureau=row.choice("bureau", BUREAUS),
            first_report_year=first,
            last_report_year=last,
            basis=row.text("basis", required=False),
        )
        _check_reference(row, record.iso3, known)
        data.bureaus.append(record)


def _read_reports(directory: Path, data: Dataset) -> None:
    seen: set[int] = set()
    for row in _rows(directory, "reports.csv"):
        year = row.year("year")
        assert year is not None
        if year in seen:
            raise row.error(f"report year {year} appears twice")
        seen.add(year)
        data.reports.append(
            ReportRecord(
                year=year,
                title=row.text("title"),
                publication_date=row.date("publication_date"),
                source_url=row.url("source_url"),
                countries_assessed=row.integer("countries_assessed", required=False),
                coverage=row.choice("coverage", COVERAGES),
                coverage_note=row.text("coverage_note", required=False),
            )
        )


def _read_placements(directory: Path, data: Dataset, known: set[str], years: set[int]) -> None:
    seen: set[tuple[str, int]] = set()
    names = {country.iso3: country.name for country in data.countries}
    index = NameIndex({c.iso3: (c.name, *c.aliases) for c in data.countries})
    for row in _rows(directory, "placements.csv"):
        year = row.year("report_year")
        assert year is not None
        record = PlacementRecord(
            iso3=row.iso3(),
            report_year=year,
            tier=row.choice("tier", TIERS),
            source_kind=row.choice("source_kind", SOURCE_KINDS),
            source_name=row.text("source_name"),
            source_url=row.url("source_url"),
            page=row.integer("page", required=False),
            quote=row.text("quote", required=False),
            note=row.text("note", required=False),
            inferred=row.boolean("inferred"),
        )
        _check_reference(row, record.iso3, known)
        _check_year(row, year, years)
        _check_provenance(row, record, index, names)
        key = (record.iso3, year)
        if key in seen:
            raise row.error(f"{record.iso3} already has a placement for {year}")
        seen.add(key)
        data.placements.append(record)


def _check_provenance(
    row: _Row, record: PlacementRecord, index: NameIndex, names: dict[str, str]
) -> None:
    if record.inferred != (record.source_kind == INFERRED):
        raise row.error(
            f"inferred is {str(record.inferred).lower()} but source_kind is "
            f"{record.source_kind!r}: a row is inferred exactly when its kind is {INFERRED!r}"
        )
    if not record.quote:
        return
    if record.source_kind not in WORDING_KINDS:
        raise row.error(
            f"a quote needs a source_kind of {' or '.join(WORDING_KINDS)}, "
            f"not {record.source_kind!r}"
        )
    problem = quote_problem(record.quote, record.iso3, record.tier, index, names[record.iso3])
    if problem:
        raise row.error(problem)


def _read_conflicts(directory: Path, data: Dataset, known: set[str], years: set[int]) -> None:
    for row in _rows(directory, "source_conflicts.csv"):
        year = row.year("report_year")
        assert year is not None
        record = ConflictRecord(
            iso3=row.iso3(),
            report_year=year,
            kept_tier=_tier_or_not_rated(row, "kept_tier"),
            kept_source=row.text("kept_source"),
            other_tier=_tier_or_not_rated(row, "other_tier"),
            other_source=row.text("other_source"),
            resolution=row.text("resolution"),
        )
        _check_reference(row, record.iso3, known)
        _check_year(row, year, years)
        data.conflicts.append(record)


def _tier_or_not_rated(row: _Row, column: str) -> str:
    """A tier, or "" where the source says the country was not in the report."""
    value = row.choice(column, (*TIERS, NOT_RATED))
    return "" if value == NOT_RATED else value


def _read_gaps(directory: Path, data: Dataset, known: set[str], years: set[int]) -> None:
    placed = {(p.iso3, p.report_year) for p in data.placements}
    for row in _rows(directory, "coverage_gaps.csv"):
        year = row.year("report_year")
        assert year is not None
        record = GapRecord(report_year=year, iso3=row.iso3(), reason=row.text("reason"))
        _check_reference(row, record.iso3, known)
        _check_year(row, year, years)
        if (record.iso3, year) in placed:
            raise row.error(f"{record.iso3} is listed as missing from {year} but has a placement")
        data.gaps.append(record)
    partial_years = {gap.report_year for gap in data.gaps}
    for report in data.reports:
        expected = "partial" if report.year in partial_years else "complete"
        if report.coverage != expected:
            raise DatasetError(
                "reports.csv",
                None,
                f"{report.year} is marked {report.coverage} but coverage_gaps.csv makes it "
                f"{expected}",
            )


def _read_groups(directory: Path, data: Dataset, known: set[str]) -> None:
    seen: set[str] = set()
    for row in _rows(directory, "groups.csv"):
        slug = row.text("slug")
        if not SLUG.match(slug):
            raise row.error(f"slug {slug!r} must be lower-case words joined by hyphens")
        if slug in seen:
            raise row.error(f"group {slug} appears twice")
        seen.add(slug)
        members = row.split("members")
        for iso3 in members:
            _check_reference(row, iso3, known)
        data.groups.append(
            GroupRecord(
                slug=slug,
                name=row.text("name"),
                kind=row.choice("kind", GROUP_KINDS),
                description=row.text("description", required=False),
                members=members,
            )
        )
