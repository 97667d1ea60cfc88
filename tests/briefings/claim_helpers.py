"""What the claim reader's tests share: a gazetteer of the few countries a test names, and
whether the claims read from a sentence include one with the given fields."""

from __future__ import annotations

from typing import Any

from tipwatch.briefings.claims import Claim, Gazetteer


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
