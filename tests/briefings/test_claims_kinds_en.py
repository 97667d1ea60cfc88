"""English claims read with the right kind, tier, year and every country: streaks that end
with a move, lists after a count or a colon, removals from "the list". Pure Python, no
database; each reading is tried on invented sentences, with sentences it must not read."""

from __future__ import annotations

from typing import Any

import pytest

from tipwatch.briefings.claims import Claim, ClaimKind, Gazetteer, read_text

COUNTRIES: dict[str, list[str]] = {
    "PER": ["Peru"],
    "CHL": ["Chile"],
    "BOL": ["Bolivia"],
    "CUB": ["Cuba"],
    "HTI": ["Haiti"],
    "VEN": ["Venezuela"],
    "COL": ["Colombia"],
    "ECU": ["Ecuador"],
    "MDV": ["Maldives", "the Maldives"],
    "CYP": ["Cyprus"],
    "OMN": ["Oman"],
    "QAT": ["Qatar"],
    "KWT": ["Kuwait"],
    "MYS": ["Malaysia"],
    "THA": ["Thailand"],
    "USA": ["United States", "US", "U.S."],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return Gazetteer(COUNTRIES, {}, {code: names[0] for code, names in COUNTRIES.items()})


def claims(text: str, names: Gazetteer, year: int = 2014) -> list[Claim]:
    return read_text(text, names, "en", default_year=year).claims


def summary(claim: Claim) -> dict[str, Any]:
    data = claim.structured()
    data["years_before"] = claim.years_before
    return data


def has(found: list[Claim], **expected: Any) -> bool:
    for claim in found:
        data = summary(claim)
        if "countries" in expected and set(data.get("countries", ())) != set(expected["countries"]):
            continue
        if all(data.get(k) == v for k, v in expected.items() if k != "countries"):
            return True
    return False


# --- streaks that end with a move --------------------------------------------------------------

AFTER_STAYING = [
    (
        "Maldives has moved to Tier 2 after remaining on the Tier 2 Watch List for the past four "
        "years.",
        ["MDV"],
        "2WL",
        4,
    ),
    (
        "Peru was upgraded to Tier 1 after staying on Tier 2 for three years.",
        ["PER"],
        "2",
        3,
    ),
    (
        "Cuba was finally moved up to the Watch List after being on Tier 3 for nine years.",
        ["CUB"],
        "3",
        9,
    ),
]


@pytest.mark.parametrize(("text", "countries", "tier", "years"), AFTER_STAYING)
def test_a_stay_that_ended_with_a_move_is_a_streak_to_the_report_before(
    text: str, countries: list[str], tier: str, years: int, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="streak", countries=countries, tier=tier, years=years, years_before=1)
    assert has(found, kind="change", countries=countries, years_before=0), [
        summary(c) for c in found
    ]


def test_the_move_before_an_after_clause_is_read_alone(names: Gazetteer) -> None:
    found = claims("Maldives has moved to Tier 2 after remaining on the Tier 2 Watch List.", names)
    assert has(found, kind="change", countries=["MDV"], tier="2")
    assert not has(found, kind="tier", tier="2WL", years_before=0)


def test_a_run_named_with_after_inside_a_long_clause(names: Gazetteer) -> None:
    found = claims(
        "An official said that after three years ranked at Tier 1, the report found Cyprus "
        "was not making progress compared to the previous year and downgraded Cyprus to Tier 2.",
        names,
        2021,
    )
    assert has(found, kind="streak", countries=["CYP"], tier="1", years=3, years_before=1)
    assert has(found, kind="change", countries=["CYP"], tier="2", years_before=0)


@pytest.mark.parametrize(
    "text",
    [
        # a condition or a prediction: no run is stated
        "Maldives could be upgraded to Tier 2 after remaining on the Watch List for four years.",
        "If Peru is upgraded after staying on Tier 2 for three years, it will be a first.",
        # a plain duration with nothing stayed on: not a run of reports
        "Peru was upgraded to Tier 1 after working for three years on new laws.",
    ],
)
def test_no_streak_without_a_stated_stay(text: str, names: Gazetteer) -> None:
    assert not any(c.kind is ClaimKind.STREAK for c in claims(text, names))


def test_a_comparison_with_the_previous_year_does_not_date_a_move(names: Gazetteer) -> None:
    found = claims(
        "Cyprus was downgraded from Tier 1 to Tier 2 as it made less progress compared to the "
        "previous year.",
        names,
        2021,
    )
    assert has(found, kind="change", countries=["CYP"], tier="2", years_before=0)
    found = claims("Cyprus was downgraded to Tier 2 last year.", names, 2021)
    assert has(found, kind="change", countries=["CYP"], tier="2", years_before=1)
