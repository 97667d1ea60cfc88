"""The rules a check applies once the data is read: no database here."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.utils import translation

from tipwatch.tip.models import Country
from tipwatch.tip.rules import Tier
from tipwatch.tip.services.reading import Comparison

from ..claims import Claim, Comparator, Relation
from ..names import UNNAMED_REGION_NAMES_ES
from .results import Verdict


def combine(verdicts: Iterable[Verdict]) -> Verdict:
    verdicts = list(verdicts)
    if Verdict.CONTRADICTED in verdicts:
        return Verdict.CONTRADICTED
    if Verdict.NOT_COVERED in verdicts:
        return Verdict.NOT_COVERED
    return Verdict.SUPPORTED


def rank_test(relation: Relation, tier: str) -> Callable[[str], bool]:
    reference = Tier(tier).rank
    if relation is Relation.AT or reference is None:
        return lambda other: other == tier
    assert reference is not None

    def test(other: str) -> bool:
        rank = Tier(other).rank
        if rank is None:
            return False
        return rank > reference if relation is Relation.BELOW else rank < reference

    return test


def moved_count(
    now: Comparison, before: Comparison, direction: str
) -> tuple[list[Country], list[Country]]:
    """Countries that moved `direction` between two reports, and those our data lacks in one
    of them while the other rates them (they may have moved too)."""
    moved, unknown = [], []
    lacking = {c.iso3 for c in now.missing_from_data} | {c.iso3 for c in before.missing_from_data}
    for country in now.scope.countries:
        new, old = now.placements.get(country.iso3), before.placements.get(country.iso3)
        if country.iso3 in lacking:
            if new is not None or old is not None:
                unknown.append(country)
            continue
        if new is None or old is None:
            continue
        new_rank, old_rank = Tier(new.tier).rank, Tier(old.tier).rank
        if new_rank is None or old_rank is None:
            continue
        if (new_rank < old_rank) if direction == "up" else (new_rank > old_rank):
            moved.append(country)
    return moved, unknown


def moved(claim: Claim, before: str | None, actual: str) -> bool:
    if before is None:
        # Not rated the year before: a first placement, not a move up or down.
        return claim.direction is None and claim.from_tier is None
    if claim.from_tier is not None and before != claim.from_tier:
        return False
    if claim.direction is None:
        return before != actual
    old, new = Tier(before).rank, Tier(actual).rank
    if old is None or new is None:
        return False
    return new < old if claim.direction == "up" else new > old


def compare_count(comparator: Comparator, value: int, claimed: int) -> bool:
    if comparator is Comparator.AT_LEAST:
        return value >= claimed
    if comparator is Comparator.MORE_THAN:
        return value > claimed
    if comparator is Comparator.FEWER_THAN:
        return value < claimed
    if comparator is Comparator.ABOUT:
        return abs(value - claimed) <= max(1, round(claimed * 0.1))
    return value == claimed


def count_verdict(comparator: Comparator, known: int, unknown: int, claimed: int) -> Verdict:
    """The verdict on a claimed count when `known` countries surely count and up to `unknown`
    more may (our data lacks them)."""
    possible = range(known, known + unknown + 1)
    holds = [compare_count(comparator, value, claimed) for value in possible]
    if all(holds):
        return Verdict.SUPPORTED
    if not any(holds):
        return Verdict.CONTRADICTED
    return Verdict.NOT_COVERED


def region_name(region: str | None) -> str | None:
    """A region with no group in the data, named in the active language."""
    if region is not None and (translation.get_language() or "").startswith("es"):
        return UNNAMED_REGION_NAMES_ES.get(region, region)
    return region
