"""The build's state: the placements, conflicts, gaps and bureau rows gathered so far, with the
rules every step follows to add to them. The steps themselves are in research_sources,
report_wording_ranking, coverage_gaps and bureaus.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tipwatch.tip.services.dataset_files import NOT_RATED, TIERS
from tipwatch.tip.services.report_wording import NameIndex

from .errors import fail
from .name_matching import Names
from .placements import Conflict, Placement
from .sources import Source


@dataclass
class Build:
    source_dir: Path
    names: Names = field(default_factory=Names)
    placements: dict[tuple[str, int], Placement] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    info: list[str] = field(default_factory=list)
    bureau_rows: list[list[str]] = field(default_factory=list)
    gaps: list[tuple[int, str, str]] = field(default_factory=list)
    # Country-years only the report wording places.
    wording_filled: set[tuple[str, int]] = field(default_factory=set)
    # Country-years searched for in copies of the report without success, and how.
    searched: dict[tuple[str, int], str] = field(default_factory=dict)

    def path(self, rel: str) -> Path:
        return self.source_dir / rel

    def put(self, p: Placement) -> None:
        if p.tier not in TIERS:
            fail(f"bad tier {p.tier!r} for {p.iso3} {p.year}")
        key = (p.iso3, p.year)
        if key in self.placements:
            fail(f"duplicate placement for {key}")
        self.placements[key] = p

    def conflict(
        self,
        iso3: str,
        year: int,
        kept: Placement | None,
        other_tier: str | None,
        other: Source | str,
        resolution: str,
    ) -> None:
        other_label = other.label() if isinstance(other, Source) else other
        self.conflicts.append(
            Conflict(
                iso3,
                year,
                kept.tier if kept else NOT_RATED,
                kept.source.label() if kept else "",
                other_tier or NOT_RATED,
                other_label,
                resolution,
            )
        )

    def name_index(self) -> NameIndex:
        by_country: dict[str, list[str]] = defaultdict(list)
        for key, iso3 in self.names.index.items():
            by_country[iso3].append(key)
        return NameIndex(by_country)

    def current_bureau(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.bureau_rows if r[3] == ""}
