"""Load the bundled dataset into the database in one transaction.

The loader reads and checks every file first (see `dataset_files`), so a bad row names its file
and line and nothing is written. Loading again is safe: rows that match the files are left alone,
and each changed placement gets an entry in its history saying the dataset changed it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import connection, transaction
from wagtail.log_actions import log

from ..models import (
    BureauAssignment,
    Country,
    CountryAlias,
    CoverageGap,
    DatasetLoad,
    Group,
    Placement,
    Report,
    SourceConflict,
)
from .dataset_files import BUNDLED_DATA_DIR, Dataset, PlacementRecord, read_dataset
from .placement_events import PlacementWatch

PLACEMENT_FIELDS = (
    "tier",
    "source_kind",
    "source_name",
    "source_url",
    "page",
    "quote",
    "note",
    "inferred",
)


@dataclass
class LoadSummary:
    countries: int = 0
    reports: int = 0
    groups: int = 0
    placements_created: int = 0
    placements_updated: int = 0
    placements_unchanged: int = 0
    conflicts: int = 0
    gaps: int = 0
    skipped: bool = False
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "countries": self.countries,
            "reports": self.reports,
            "groups": self.groups,
            "placements_created": self.placements_created,
            "placements_updated": self.placements_updated,
            "placements_unchanged": self.placements_unchanged,
            "conflicts": self.conflicts,
            "coverage_gaps": self.gaps,
        }


class DatasetLoader:
    """Bring the database in line with the dataset files.

    `only_if_empty` lets the quick-start command run this on every start without touching data
    an editor may have changed since the first load.
    """

    def __init__(
        self,
        directory: Path = BUNDLED_DATA_DIR,
        *,
        loaded_by: str = "",
        progress: Callable[[str], None] = lambda message: None,
    ) -> None:
        self.directory = directory
        self.loaded_by = loaded_by
        self.progress = progress

    def load(self, *, only_if_empty: bool = False) -> LoadSummary:
        if only_if_empty and Placement.objects.exists():
            return LoadSummary(skipped=True)
        dataset = read_dataset(self.directory)
        self.progress(
            f"Read {len(dataset.countries)} countries, {len(dataset.reports)} reports and "
            f"{len(dataset.placements)} placements."
        )
        with transaction.atomic():
            summary = LoadSummary()
            self.watch = PlacementWatch("dataset", f"Bundled dataset {dataset.sha256[:12]}")
            countries = self._load_countries(dataset, summary)
            reports = self._load_reports(dataset, summary)
            self._load_placements(dataset, countries, reports, summary)
            self._load_conflicts_and_gaps(dataset, countries, reports, summary)
            self._load_groups(dataset, countries, summary)
            self.watch.send()
            DatasetLoad.objects.create(
                loaded_by=self.loaded_by, files_sha256=dataset.sha256, summary=summary.as_dict()
            )
        return summary

    def _load_countries(self, dataset: Dataset, summary: LoadSummary) -> dict[str, Country]:
        existing = {country.iso3: country for country in Country.objects.all()}
        created, updated = [], []
        for record in dataset.countries:
            country = existing.get(record.iso3)
            if country is None:
                country = existing[record.iso3] = Country(iso3=record.iso3)
                created.append(country)
            elif (country.name, country.name_es, country.entity_type) != (
                record.name,
                record.name_es,
                record.entity_type,
            ):
                updated.append(country)
            country.name = record.name
            country.name_es = record.name_es
            country.entity_type = record.entity_type
        # Plain bulk queries: ClusterableModel.save() would rewrite every child row per country.
        Country.objects.bulk_create(created)
        Country.objects.bulk_update(updated, ["name", "name_es", "entity_type"])
        if created and connection.features.can_return_rows_from_bulk_insert is False:
            existing = {country.iso3: country for country in Country.objects.all()}
        # Aliases and bureau history are replaced wholesale: they carry no identity of their own.
        CountryAlias.objects.filter(country__iso3__in=[c.iso3 for c in dataset.countries]).delete()
        CountryAlias.objects.bulk_create(
            CountryAlias(country=existing[record.iso3], name=alias, sort_order=index)
            for record in dataset.countries
            for index, alias in enumerate(record.aliases)
        )
        BureauAssignment.objects.filter(
            country__iso3__in=[c.iso3 for c in dataset.countries]
        ).delete()
        BureauAssignment.objects.bulk_create(
            BureauAssignment(
                country=existing[record.iso3],
                bureau=record.bureau,
                first_report_year=record.first_report_year,
                last_report_year=record.last_report_year,
                basis=record.basis,
            )
            for record in dataset.bureaus
        )
        summary.countries = len(dataset.countries)
        return existing

    def _load_reports(self, dataset: Dataset, summary: LoadSummary) -> dict[int, Report]:
        existing = {report.year: report for report in Report.objects.all()}
        for record in dataset.reports:
            report = existing.get(record.year) or Report(year=record.year)
            report.title = record.title
            report.publication_date = record.publication_date
            report.source_url = record.source_url
            report.countries_assessed = record.countries_assessed
            report.coverage = record.coverage
            report.coverage_note = record.coverage_note
            report.save()
            existing[record.year] = report
        summary.reports = len(dataset.reports)
        return existing

    def _load_placements(
        self,
        dataset: Dataset,
        countries: dict[str, Country],
        reports: dict[int, Report],
        summary: LoadSummary,
    ) -> None:
        existing = {
            (placement.country.iso3, placement.report.year): placement
            for placement in Placement.objects.select_related("country", "report")
        }
        first_load = not existing
        to_create: list[Placement] = []
        to_update: list[tuple[Placement, dict[str, tuple[Any, Any]]]] = []
        for record in dataset.placements:
            placement = existing.get((record.iso3, record.report_year))
            if placement is None:
                to_create.append(
                    Placement(
                        country=countries[record.iso3],
                        report=reports[record.report_year],
                        **_placement_values(record),
                    )
                )
                continue
            changes = {
                name: (getattr(placement, name), value)
                for name, value in _placement_values(record).items()
                if getattr(placement, name) != value
            }
            if changes:
                for name, (_, value) in changes.items():
                    setattr(placement, name, value)
                to_update.append((placement, changes))
            else:
                summary.placements_unchanged += 1
        if not first_load:
            # A first load is the data arriving, not news; later loads tell listeners which
            # tiers they moved (a corrected source or note alone is not watched).
            self.watch.watch(
                [(p.country.pk, p.report.year) for p in to_create]
                + [(p.country.pk, p.report.year) for p, changes in to_update if "tier" in changes]
            )
        created = Placement.objects.bulk_create(to_create, batch_size=500)
        for placement, _ in to_update:
            placement.save()
        summary.placements_created = len(created)
        summary.placements_updated = len(to_update)
        if not first_load:
            reason = f"Bundled dataset {dataset.sha256[:12]}"
            for placement in created:
                log(placement, "tipwatch.dataset", data={"reason": reason, "changes": {}})
            for placement, changes in to_update:
                log(
                    placement,
                    "tipwatch.dataset",
                    data={
                        "reason": reason,
                        "changes": {k: [_plain(a), _plain(b)] for k, (a, b) in changes.items()},
                    },
                )

    def _load_conflicts_and_gaps(
        self,
        dataset: Dataset,
        countries: dict[str, Country],
        reports: dict[int, Report],
        summary: LoadSummary,
    ) -> None:
        SourceConflict.objects.all().delete()
        SourceConflict.objects.bulk_create(
            SourceConflict(
                country=countries[record.iso3],
                report=reports[record.report_year],
                kept_tier=record.kept_tier,
                kept_source=record.kept_source,
                other_tier=record.other_tier,
                other_source=record.other_source,
                resolution=record.resolution,
            )
            for record in dataset.conflicts
        )
        CoverageGap.objects.all().delete()
        CoverageGap.objects.bulk_create(
            CoverageGap(
                report=reports[record.report_year],
                country=countries[record.iso3],
                reason=record.reason,
            )
            for record in dataset.gaps
        )
        summary.conflicts = len(dataset.conflicts)
        summary.gaps = len(dataset.gaps)

    def _load_groups(
        self, dataset: Dataset, countries: dict[str, Country], summary: LoadSummary
    ) -> None:
        existing = {group.slug: group for group in Group.objects.all()}
        for record in dataset.groups:
            group = existing.get(record.slug)
            if group is None:
                group = Group(slug=record.slug)
            group.name = record.name
            group.kind = record.kind
            group.description = record.description
            group.save()
            group.members.set([countries[iso3] for iso3 in record.members])
            group.save()
        summary.groups = len(dataset.groups)


def _placement_values(record: PlacementRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in PLACEMENT_FIELDS}


def _plain(value: Any) -> Any:
    return value if isinstance(value, str | int | bool) or value is None else str(value)
