"""Moves whose tier is told apart from the verb of moving: in the tier the same sentence puts
the country on ("Peru, downgraded from Tier 1, is now in Tier 2"), after a comma ("moved down
a tier, from Tier 1 to Tier 2"), or in a second verb with no subject of its own ("... and now
sits on Tier 2"). Pure Python, no database; every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import (
    PERU_AND_NEIGHBOURS,
    english_claims,
    es_change,
    es_tier,
    gazetteer_of,
    has,
    read_es,
)
from tipwatch.briefings.claims import Gazetteer

SPANISH_NAMES = {"PER": ["Perú", "Peru"], "CHL": ["Chile"], "MYS": ["Malasia"]}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of({**PERU_AND_NEIGHBOURS, "MYS": ["Malaysia"]})


@pytest.fixture(scope="module")
def spanish_names() -> Gazetteer:
    return gazetteer_of(SPANISH_NAMES)


@pytest.mark.parametrize(
    ("text", "from_tier"),
    [
        ("Peru, downgraded from Tier 1, is now in Tier 2.", "1"),
        ("Peru was downgraded and is now on Tier 2.", None),
        ("Peru was downgraded this year and now sits on Tier 2.", None),
        ("Peru moved down a tier, from Tier 1 to Tier 2.", "1"),
        ("Peru was downgraded one notch, from Tier 1 to Tier 2, in this year's report.", "1"),
    ],
)
def test_a_move_takes_the_tier_the_sentence_gives_its_country(
    text: str, from_tier: str | None, names: Gazetteer
) -> None:
    found = english_claims(text, names, year=2018)
    assert has(found, kind="change", countries=["PER"], tier="2", direction="down"), found
    if from_tier:
        assert has(found, kind="change", countries=["PER"], from_tier=from_tier)


def test_a_stay_called_for_is_not_where_a_move_went(names: Gazetteer) -> None:
    # Calls to keep Malaysia on the worst tier do not say it moved up to it.
    found = english_claims(
        "The United States upgraded Malaysia on Monday, despite calls by lawmakers to keep "
        "the country on Tier 3.",
        names,
    )
    assert has(found, kind="change", countries=["MYS"], direction="up")
    assert not has(found, kind="change", countries=["MYS"], tier="3")


@pytest.mark.parametrize(
    "text",
    [
        # The tier another country is on is not where this one went.
        "Chile was upgraded and Peru now sits on Tier 2.",
        # A move up does not end on the lowest tier, whatever else the sentence says.
        "Peru was upgraded, though Peru is Tier 3 by most accounts.",
        # The tier it left is not the tier it went to.
        "Peru, downgraded from Tier 1, is now in Tier 1.",
    ],
)
def test_a_move_is_not_given_a_tier_that_does_not_fit(text: str, names: Gazetteer) -> None:
    found = english_claims(text, names, year=2018)
    moves = [c for c in found if str(c.kind) == "change"]
    assert moves, found
    if "Chile" in text:
        assert has(found, kind="change", countries=["CHL"], tier=None)
    else:
        assert all(c.tier is None for c in moves), moves


@pytest.mark.parametrize(
    "text",
    [
        "Perú fue rebajado y se encuentra en el Nivel 2.",
        "Perú fue rebajado y ahora se encuentra en el Nivel 2.",
        "Perú, degradado desde el Nivel 1, está ahora en el Nivel 2.",
    ],
)
def test_spanish_moves_take_the_tier_of_the_second_verb(
    text: str, spanish_names: Gazetteer
) -> None:
    found = read_es(text, spanish_names, 2018)
    assert es_tier(("PER",), "2") in found
    assert any(c[:3] == es_change(("PER",), "2")[:3] and c[4] == "down" for c in found), found


def test_a_second_verb_of_being_somewhere_keeps_its_own_subject(
    spanish_names: Gazetteer,
) -> None:
    found = read_es("Chile subió y Perú se encuentra en el Nivel 2.", spanish_names, 2018)
    assert es_tier(("PER",), "2") in found
    assert not any(c[0] == "tier" and c[1] == ("CHL",) for c in found), found


def test_a_tier_metaphor_takes_its_number_after_it(names: Gazetteer) -> None:
    # "the top-ranked Tier 1": one tier, not a tier and a count of one, so that the year
    # after it dates the move
    found = english_claims(
        "The 2024 report placed Peru in Tier 2, to which it had been downgraded from the"
        " top-ranked Tier 1 in 2020.",
        names,
        year=2024,
    )
    assert has(found, kind="change", countries=["PER"], from_tier="1", year=2020), found
    assert has(found, kind="tier", countries=["PER"], tier="2", year=2024), found
    found = english_claims("In 2014 and 2015 Peru was on the lowest Tier 3.", names, year=2018)
    assert has(found, kind="tier", countries=["PER"], tier="3", year=2014), found
    # a number that is not the metaphor's tier is left alone
    found = english_claims("Peru is on the lowest tier 2 years running.", names, year=2018)
    assert not has(found, kind="tier", countries=["PER"], tier="2"), found
