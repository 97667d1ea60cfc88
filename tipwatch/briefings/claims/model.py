"""Structured tier claims found in text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ClaimKind(StrEnum):
    TIER = "tier"  # "Peru remains on Tier 2"
    CHANGE = "change"  # "Peru was downgraded to Tier 3"
    STREAK = "streak"  # "its third consecutive year on the Watch List"
    GROUP = "group"  # "only Chile in Latin America is Tier 1"
    COUNT = "count"  # "23 countries on Tier 3"
    MOVES = "moves"  # "22 countries were upgraded"


# The kinds of claim that put named countries on a tier (or move them, or keep them there):
# those whose countries the subject-fixing steps may hand to another country or take out.
PLACING_KINDS = frozenset({ClaimKind.TIER, ClaimKind.CHANGE, ClaimKind.STREAK})


class Relation(StrEnum):
    AT = "at"
    ABOVE = "above"
    BELOW = "below"


class Comparator(StrEnum):
    EXACTLY = "exactly"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    FEWER_THAN = "fewer_than"
    ABOUT = "about"


class YearSource(StrEnum):
    SENTENCE = "sentence"  # the sentence names the report year
    PARAGRAPH = "paragraph"  # an earlier sentence of the same paragraph did
    DOCUMENT = "document"  # an earlier paragraph or the headline did
    NONE = "none"  # the caller's default applies


@dataclass(frozen=True)
class Claim:
    """One checkable statement. Which fields matter depends on `kind`:

    * TIER: `countries` are on `tier` (`negated`: not on it; `unchanged`: "remains", so also
      on it in the previous report). With no `tier`, on the tier `tier_of` are on ("in the
      same category as North Korea and Iran"), which the check reads from the data.
    * CHANGE: each of `countries` moved (`direction` "up"/"down" or None) to `tier` and/or
      from `from_tier`; `negated` for "was not downgraded".
    * STREAK: each of `countries` is on `tier` (None: whatever its tier) for `years`
      consecutive reports ending with this one (`at_least` for "at least").
    * GROUP: in `group` (a slug, "@region", "@world", or None: the caller's default), exactly
      `countries`
      are at / above / below (`relation`) `tier`.
    * COUNT: `count` countries of `group` (None: all) are at / above / below `tier`,
      compared with `comparator`.
    * MOVES: `count` countries moved `direction` ("up"/"down") since the previous report,
      compared with `comparator`.
    """

    kind: ClaimKind
    text: str
    span: tuple[int, int]
    year: int | None = None
    year_source: YearSource = YearSource.NONE
    countries: tuple[str, ...] = ()
    tier: str | None = None
    from_tier: str | None = None
    direction: str | None = None
    negated: bool = False
    unchanged: bool = False
    years: int | None = None
    at_least: bool = False
    relation: Relation = Relation.AT
    group: str | None = None
    count: int | None = None
    comparator: Comparator = Comparator.EXACTLY
    # "last year", "two years ago" with no year known while reading: that many reports before
    # the caller's default year.
    years_before: int = 0
    tier_of: tuple[str, ...] = ()

    def structured(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": str(self.kind), "year": self.year}
        data["year_from"] = str(self.year_source)
        if self.kind in (ClaimKind.TIER, ClaimKind.CHANGE, ClaimKind.STREAK, ClaimKind.GROUP):
            data["countries"] = list(self.countries)
        data["tier"] = self.tier
        if self.kind is ClaimKind.TIER:
            data["negated"] = self.negated
            data["unchanged"] = self.unchanged
            if self.tier_of:
                data["tier_of"] = list(self.tier_of)
        elif self.kind is ClaimKind.CHANGE:
            data["from_tier"] = self.from_tier
            data["direction"] = self.direction
            data["negated"] = self.negated
        elif self.kind is ClaimKind.STREAK:
            data["years"] = self.years
            data["at_least"] = self.at_least
        elif self.kind is ClaimKind.GROUP:
            data["relation"] = str(self.relation)
            data["group"] = self.group
        elif self.kind is ClaimKind.MOVES:
            data["direction"] = self.direction
            data["count"] = self.count
            data["comparator"] = str(self.comparator)
        elif self.kind is ClaimKind.COUNT:
            data["relation"] = str(self.relation)
            data["group"] = self.group
            data["count"] = self.count
            data["comparator"] = str(self.comparator)
        return data
