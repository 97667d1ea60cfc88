"""What is done to a sentence's claims once they are read: a move implied by two tiers in a
row, a streak from "since 2014", and the group a claim is scoped to when it names none."""

from __future__ import annotations

from dataclasses import replace

from . import context
from .found import Found
from .gazetteer import AMBIGUOUS, Mention
from .model import Claim, ClaimKind
from .tagger import Tagged
from .tier_order import move_direction


def moved_in_the_first(claim: Claim) -> bool:
    return claim.kind is ClaimKind.CHANGE and not claim.negated and claim.tier is not None


def since_to_streak(claim: Claim, since: int | None, year: int | None) -> Claim:
    """ "Venezuela fue incluido en el nivel 3 desde 2014" in 2016: three years in a row."""
    if since is None or year is None or claim.kind is not ClaimKind.TIER or claim.negated:
        return claim
    run = year - since + 1
    if not 1 < run <= 30:
        return claim
    return replace(claim, kind=ClaimKind.STREAK, years=run, unchanged=False)


def _when(claim: Claim) -> tuple[int | None, int]:
    return claim.year, claim.years_before


def consistent(new: list[Claim]) -> list[Claim]:
    """One sentence's claims read together. A country said to have been on another tier in
    the report before did not "stay" on this one ("coloca nuevamente al país en el Nivel 2,
    tras permanecer dos años en la Lista de Vigilancia"); on one tier in the report before
    and another now, it moved ("China, que estuvo en el nivel 3 el año pasado, fue ubicada
    esta vez en el grupo en observación")."""

    def before(claim: Claim) -> tuple[int | None, int]:
        year, back = _when(claim)
        return (year - 1, back) if year is not None else (None, back + 1)

    def earlier_tier(claim: Claim, code: str) -> str | None:
        for other in new:
            if other is claim or other.negated or code not in other.countries:
                continue
            if other.kind in (ClaimKind.TIER, ClaimKind.STREAK) and _when(other) == before(claim):
                return other.tier
        return None

    result = [_completed_move(claim, new) for claim in new]
    for index, claim in enumerate(new):
        if claim.kind is not ClaimKind.TIER or claim.negated or not claim.tier:
            continue
        tiers = {earlier_tier(claim, code) for code in claim.countries}
        if len(tiers) != 1 or None in tiers or claim.tier in tiers:
            continue
        old = tiers.pop()
        result[index] = replace(claim, unchanged=False)
        moved = any(
            o.kind is ClaimKind.CHANGE and set(o.countries) & set(claim.countries) for o in new
        )
        direction = move_direction(old, claim.tier)
        if not moved and direction is not None:
            result.append(
                replace(
                    claim,
                    kind=ClaimKind.CHANGE,
                    from_tier=old,
                    direction=direction,
                    unchanged=False,
                )
            )
    return result


def _completed_move(claim: Claim, new: list[Claim]) -> Claim:
    """A move that does not say where it went, beside the tier the same sentence puts its
    countries on at the same time, went to that tier ("Peru, downgraded from Tier 1, is now in
    Tier 2"). Only when the tier agrees with the move's own direction and the tier it left."""
    if claim.kind is not ClaimKind.CHANGE or claim.negated or claim.tier is not None:
        return claim
    tiers = {
        other.tier
        for other in new
        if other.kind is ClaimKind.TIER
        and not other.negated
        # a stay ("keep Malaysia on Tier 3") is no tier a move went to
        and not other.unchanged
        and other.tier
        and _when(other) == _when(claim)
        and set(claim.countries) <= set(other.countries)
    }
    if len(tiers) != 1:
        return claim
    tier = tiers.pop()
    if tier == claim.from_tier:
        return claim
    direction = move_direction(claim.from_tier, tier) if claim.from_tier else None
    if claim.direction and direction and claim.direction != direction:
        return claim
    if (claim.direction, tier) in (("up", "3"), ("down", "1")):
        return claim  # no move up ends on the lowest tier, nor one down on the highest
    return replace(claim, tier=tier, direction=claim.direction or direction)


def in_unnamed_region(item: Found, tagged: Tagged, folded: str, regions: list[Mention]) -> Found:
    """A claim scoped to a region the data has no group for (see `context.unnamed_scope`)."""
    if not regions or item.claim.kind not in (ClaimKind.GROUP, ClaimKind.COUNT):
        return item
    span = tagged.folded_span(item.start, item.end)
    at = item.context_group_at
    group_at = tagged.folded_span(at, at + 1)[0] if at is not None else None
    code = context.unnamed_scope(item.claim, span, group_at, regions, folded)
    if code is None:
        return item
    return replace(item, claim=replace(item.claim, group=code), context_group_at=None)


def with_context_group(item: Found, last_group: str | None) -> Found:
    """A group claim that names no group takes the one an earlier sentence named ("In Latin
    America, ... . Chile alone was on Tier 1."); with none, its scope is ambiguous."""
    claim = item.claim
    if claim.kind is not ClaimKind.GROUP or claim.group is not None:
        return item
    return replace(item, claim=replace(claim, group=last_group or AMBIGUOUS))
