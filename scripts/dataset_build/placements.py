"""A placement (one country's tier in one report year, from one source), a recorded
disagreement between sources, and the order in which sources outrank each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from tipwatch.tip.services.report_wording import SOURCE_KIND_RANK

from .sources import Source


@dataclass
class Placement:
    iso3: str
    year: int
    tier: str
    source: Source
    quote: str = ""
    note: str = ""
    inferred: bool = False
    page: str = ""

    def row(self) -> list[str]:
        return [
            self.iso3,
            str(self.year),
            self.tier,
            self.source.kind,
            self.source.name,
            self.source.url,
            self.page,
            self.quote,
            self.note,
            "true" if self.inferred else "false",
        ]


@dataclass(frozen=True)
class Conflict:
    iso3: str
    year: int
    kept_tier: str
    kept_source: str
    other_tier: str
    other_source: str
    resolution: str

    def row(self) -> list[str]:
        return [
            self.iso3,
            str(self.year),
            self.kept_tier,
            self.kept_source,
            self.other_tier,
            self.other_source,
            self.resolution,
        ]


def rank(p: Placement) -> tuple[int, int]:
    """Lower is better: a row that quotes the year's own report first, then by kind."""
    return (0 if p.quote else 1, SOURCE_KIND_RANK[p.source.kind])
