"""What the claim reader's tests share: a gazetteer of the few countries a test names, whether
the claims read from a sentence include one with the given fields, the one claim of a sentence,
and the claims of an English or Spanish sentence as tuples of their fields (with the Spanish
tuples a test expects)."""

from __future__ import annotations

from typing import Any

from tipwatch.briefings.claims import Claim, ClaimKind, Gazetteer, extract_claims, read_text

# The few countries the English tests of invented sentences name.
PERU_AND_NEIGHBOURS: dict[str, list[str]] = {
    "PER": ["Peru"],
    "CHL": ["Chile"],
    "CUB": ["Cuba"],
    "BOL": ["Bolivia"],
    "USA": ["United States", "US", "U.S.", "Washington"],
}


def gazetteer_of(countries: dict[str, list[str]]) -> Gazetteer:
    """A gazetteer of these countries (code: names, the first its display name)."""
    return Gazetteer(countries, {}, {code: names[0] for code, names in countries.items()})


def fields(claim: Claim) -> dict[str, Any]:
    data = claim.structured()
    data["years_before"] = claim.years_before
    return data


def has(found: list[Claim], **expected: Any) -> bool:
    """Whether one claim has every expected field (countries compared as a set)."""
    for claim in found:
        data = fields(claim)
        if "countries" in expected and set(data.get("countries", ())) != set(expected["countries"]):
            continue
        if all(data.get(k) == v for k, v in expected.items() if k != "countries"):
            return True
    return False


def english_claims(text: str, gazetteer: Gazetteer, year: int = 2015) -> list[Claim]:
    """The claims of an English text, checked as of the `year` report."""
    return read_text(text, gazetteer, "en", default_year=year).claims


def only(text: str, gazetteer: Gazetteer, lang: str | None = None) -> Claim:
    claims = extract_claims(text, gazetteer, lang)
    assert len(claims) == 1, [c.structured() for c in claims]
    return claims[0]


def read_en(text: str, gazetteer: Gazetteer) -> set[tuple[Any, ...]]:
    """(kind, countries, tier, count, from_tier, direction, years_before) of each claim."""
    return {
        (str(c.kind), c.countries, c.tier, c.count, c.from_tier, c.direction, c.years_before)
        for c in extract_claims(text, gazetteer, "en")
    }


def read_es(text: str, gazetteer: Gazetteer, year: int = 2016) -> set[tuple[Any, ...]]:
    """(kind, countries, tier, from tier, direction, negated, unchanged, years or count, years
    before) of each claim, read with `year` as the caller's default."""
    return {
        (
            str(c.kind),
            c.countries,
            c.tier,
            c.from_tier,
            c.direction,
            c.negated,
            c.unchanged,
            c.count if c.kind in (ClaimKind.COUNT, ClaimKind.MOVES) else c.years,
            c.years_before,
        )
        for c in read_text(text, gazetteer, "es", year).claims
    }


def es_tier(
    countries: tuple[str, ...], tier: str, unchanged: bool = False, negated: bool = False
) -> tuple[Any, ...]:
    return ("tier", countries, tier, None, None, negated, unchanged, None, 0)


def es_change(
    countries: tuple[str, ...],
    tier: str | None,
    direction: str | None = None,
    from_tier: str | None = None,
    negated: bool = False,
) -> tuple[Any, ...]:
    return ("change", countries, tier, from_tier, direction, negated, False, None, 0)


def es_streak(country: str, tier: str, years: int, back: int = 0) -> tuple[Any, ...]:
    return ("streak", (country,), tier, None, None, False, False, years, back)


def es_count(tier: str, count: int) -> tuple[Any, ...]:
    return ("count", (), tier, None, None, False, False, count, 0)
