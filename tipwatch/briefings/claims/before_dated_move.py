"""A run or a tier that a move of the same sentence ended is dated by that move when the move
names its year: "Thailand was downgraded to Tier 3 in 2015 after two years on the Watch List"
puts the run in the 2014 report, not in the one before the text's."""

from __future__ import annotations

from dataclasses import replace

from .model import Claim, ClaimKind, YearSource


def dated_by_the_move(claims: list[Claim], before: set[int]) -> list[Claim]:
    """`claims` are one sentence's; `before` the indices of those read as the report before
    a move (a run it came "after", a tier it moved away from). Each of those whose country
    the sentence moves in one named year, to another tier, is dated the report before it."""
    result = list(claims)
    for index in before:
        claim = claims[index]
        years = {
            move.year
            for move in claims
            if move.kind is ClaimKind.CHANGE
            and not move.negated
            and move.year is not None
            and move.year_source is YearSource.SENTENCE
            and set(move.countries) & set(claim.countries)
            and (move.tier != claim.tier or move.from_tier == claim.tier)
        }
        if len(years) != 1:
            continue  # no dated move, or moves in several years: left as read
        year = years.pop() - 1
        result[index] = replace(claim, year=year, year_source=YearSource.SENTENCE, years_before=0)
    return result
