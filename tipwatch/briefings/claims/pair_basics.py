"""What the readings of pairs and lists share (`pairs`, `pair_asides`, `held_tiers`): the
kinds of claim that place countries, a negation, a claim of a tier, whether a claim is read
already, and the countries and tier a match names."""

from __future__ import annotations

import re

from .country_tokens import country_codes
from .found import Found
from .model import Claim, ClaimKind
from .tagger import Tagged

PLACED = (ClaimKind.TIER, ClaimKind.CHANGE)
END = r"(?=\s*(?:[.;:]|$))"
NEG = re.compile(r"\b(?:not|no|never|nor|neither|ni|nunca|tampoco)\b")


def tier_claim(countries: tuple[str, ...], tier: str, unchanged: bool = False) -> Claim:
    return Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier, unchanged=unchanged)


def already_read(found: Found, chosen: list[Found]) -> bool:
    """Whether every country of `found` already has a claim of that tier read."""
    claim = found.claim
    named = {
        code
        for item in chosen
        if item.claim.tier == claim.tier and not item.claim.negated
        for code in item.claim.countries
    }
    return set(claim.countries) <= named


def countries_of(tagged: Tagged, match: re.Match[str]) -> tuple[str, ...]:
    return country_codes(tagged.tokens_in(match.group("subj"), "C"))


def tier_of(tagged: Tagged, fragment: str) -> str:
    return tagged.tokens_in(fragment, "T")[0].value
