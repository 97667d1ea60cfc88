"""English sentences that set a trap for the claim reader: a country excepted or set apart,
a country that only qualifies the subject, a step sought or nearly taken, a tier denied, a
comparison with a tier, a time before the report's, and a move "from being" on one tier to
another. Each family has sentences that must now be read differently and sentences that must
keep their reading. Pure Python, no database; every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import PERU_AND_NEIGHBOURS, english_claims, gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer, read_text


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(PERU_AND_NEIGHBOURS)


claims = english_claims


def about(found: list[Claim], code: str) -> list[Claim]:
    return [c for c in found if code in c.countries]


# --- a country excepted, or set apart in an aside ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "All of Peru's neighbours except Chile are on Tier 2.",
        "Every country in the region except Chile is on Tier 2.",
        "Apart from Chile, the region's countries are on Tier 2.",
        "Countries other than Chile were placed on Tier 2.",
        "With the exception of Chile, all Andean nations are on Tier 2.",
        "Chile aside, the region sits on Tier 2.",
    ],
)
def test_a_country_excepted_is_not_on_the_others_tier(text: str, names: Gazetteer) -> None:
    reading = read_text(text, names, "en", default_year=2015)
    assert not about(reading.claims, "CHL"), reading.claims
    assert reading.unchecked


@pytest.mark.parametrize(
    ("text", "subject", "kind", "tier"),
    [
        ("Apart from Chile, Peru and Bolivia are on Tier 2.", ["PER", "BOL"], "tier", "2"),
        ("Excluding Chile, Peru and Bolivia are on Tier 2.", ["PER", "BOL"], "tier", "2"),
        ("Peru rather than Chile was placed on Tier 2.", ["PER"], "tier", "2"),
        ("Peru, rather than Chile, was placed on Tier 2.", ["PER"], "tier", "2"),
        ("Peru, not Chile, is on Tier 2.", ["PER"], "tier", "2"),
        ("Peru and Bolivia, but not Chile, are on Tier 2.", ["PER", "BOL"], "tier", "2"),
        ("Peru, but not Chile, was upgraded to Tier 1.", ["PER"], "change", "1"),
        ("Peru and not Chile was downgraded to Tier 3.", ["PER"], "change", "3"),
        ("Peru, which borders Chile, is on Tier 2.", ["PER"], "tier", "2"),
        ("Peru, a neighbour of Chile, is on Tier 2.", ["PER"], "tier", "2"),
        ("Peru, Chile's neighbour, is on Tier 2.", ["PER"], "tier", "2"),
        ("Peru, whose neighbour Chile is on Tier 1, remains on Tier 2.", ["PER"], "tier", "2"),
        ("Peru, which sends victims to Chile, was downgraded to Tier 3.", ["PER"], "change", "3"),
    ],
)
def test_the_claim_is_the_subject_s_not_the_country_set_apart(
    text: str, subject: list[str], kind: str, tier: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind=kind, countries=subject, tier=tier)
    assert not [c for c in about(found, "CHL") if c.tier == tier], found


def test_an_aside_keeps_the_claim_it_makes_of_its_own(names: Gazetteer) -> None:
    found = claims("Chile, whose neighbour Peru is on Tier 2, remains on Tier 1.", names)
    assert has(found, countries=["PER"], tier="2")
    assert has(found, countries=["CHL"], tier="1")
    assert not has(found, countries=["PER"], tier="1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "no", the country excepted is the one that has the tier
        ("No country in the region except Chile is on Tier 1.", [("CHL", "1")]),
        ("Instead of Chile, Peru was placed on Tier 1.", [("PER", "1")]),
        ("Peru was placed on Tier 2 instead of Tier 1.", [("PER", "2")]),
        ("Peru is on Tier 2, but not Chile.", [("PER", "2")]),
        ("Peru, like its neighbour Chile, is on Tier 1.", [("CHL", "1")]),
        ("Peru, along with Chile, is on Tier 2.", [("PER", "2"), ("CHL", "2")]),
        ("Peru, the United States and Chile are on Tier 1.", [("PER", "1"), ("CHL", "1")]),
        ("Peru, Chile and Bolivia are on Tier 2.", [("PER", "2"), ("CHL", "2")]),
        ("Peru is on Tier 1, as is Chile.", [("PER", "1"), ("CHL", "1")]),
    ],
)
def test_lists_companions_and_other_asides_keep_their_reading(
    text: str, expected: list[tuple[str, str]], names: Gazetteer
) -> None:
    found = claims(text, names)
    for code, tier in expected:
        assert [c for c in about(found, code) if c.tier == tier], found


# --- a country that only qualifies the subject --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru's neighbours are on Tier 2.",
        "Peru's southern neighbour is on Tier 1.",
        "Peru's trading partners are all on Tier 1.",
        "None of Peru's neighbours is on Tier 1.",
        "Countries bordering Peru are on Tier 2.",
        "No country bordering Peru is on Tier 1.",
        "None of the Andean countries, including Peru, is on Tier 1.",
        "No Andean country, Peru included, is on Tier 1.",
    ],
)
def test_a_country_that_only_qualifies_the_subject_is_not_placed(
    text: str, names: Gazetteer
) -> None:
    reading = read_text(text, names, "en", default_year=2015)
    assert not about(reading.claims, "PER"), reading.claims
    assert reading.unchecked


@pytest.mark.parametrize(
    ("text", "code", "tier"),
    [
        ("Peru's neighbour Chile is on Tier 1.", "CHL", "1"),
        ("Peru's neighbour, Chile, is on Tier 1.", "CHL", "1"),
        ("Peru's ranking is Tier 2.", "PER", "2"),
        ("Peru's Tier 2 ranking was confirmed.", "PER", "2"),
        ("Peru and its neighbours are on Tier 2.", "PER", "2"),
        ("Neither Peru nor Bolivia is on Tier 1.", "PER", "1"),
    ],
)
def test_an_owner_of_its_own_ranking_and_a_named_neighbour_keep_their_tier(
    text: str, code: str, tier: str, names: Gazetteer
) -> None:
    assert [c for c in about(claims(text, names), code) if c.tier == tier]


# --- a step sought, asked for, expected or nearly taken ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru is seeking an upgrade to Tier 1.",
        "Peru lobbied to be moved to Tier 1.",
        "NGOs called for Peru to be downgraded to Tier 3.",
        "Peru expects to be placed on Tier 1.",
        "Peru ought to be on Tier 3.",
        "Peru was nearly downgraded to Tier 3.",
        "Peru almost fell to Tier 3.",
        "Peru came close to being upgraded to Tier 1.",
        "Peru was spared a Tier 3 ranking.",
        "Peru used to be on Tier 3.",
    ],
)
def test_a_step_sought_or_nearly_taken_is_no_claim(text: str, names: Gazetteer) -> None:
    reading = read_text(text, names, "en", default_year=2015)
    assert not [c for c in reading.claims if not c.negated], reading.claims
    assert reading.unchecked


@pytest.mark.parametrize(
    ("text", "kind", "tier"),
    [
        ("Peru was downgraded to Tier 3.", "change", "3"),
        ("Peru fell to Tier 3.", "change", "3"),
        ("Peru was upgraded to Tier 1 after it sought help.", "change", "1"),
    ],
)
def test_a_step_taken_is_still_read(text: str, kind: str, tier: str, names: Gazetteer) -> None:
    assert has(claims(text, names), kind=kind, countries=["PER"], tier=tier)


def test_nearly_before_a_number_still_counts(names: Gazetteer) -> None:
    found = claims("Nearly 20 countries were placed on Tier 3.", names)
    assert has(found, kind="count", tier="3", count=20, comparator="about")


def test_a_step_escaped_is_not_on_the_tier(names: Gazetteer) -> None:
    found = claims("Peru avoided a downgrade to Tier 3.", names)
    assert has(found, countries=["PER"], tier="3", negated=True)


@pytest.mark.parametrize(
    "text",
    [
        "Peru is poised to move up to Tier 1.",
        "Peru is in line for an upgrade to Tier 1.",
        "Peru is headed for a downgrade to Tier 3.",
        "Peru is bracing for a downgrade to Tier 3.",
        "Peru fears a downgrade to Tier 3.",
        "Peru campaigned for an upgrade to Tier 1.",
        "Analysts recommended a Tier 3 ranking for Peru.",
        "The NGO recommended that Peru be downgraded to Tier 3.",
        "Peru was proposed for a downgrade to Tier 3.",
        "Peru was in danger of falling to Tier 3.",
        "Peru was on the verge of falling to Tier 3.",
        "Peru is close to falling to Tier 3.",
        "Peru moved closer to Tier 1.",
    ],
)
def test_a_step_in_prospect_feared_or_recommended_is_no_claim(text: str, names: Gazetteer) -> None:
    reading = read_text(text, names, "en", default_year=2015)
    assert not reading.claims, reading.claims
    assert reading.unchecked


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Despite fears of a downgrade, Peru stayed on Tier 2.", "2"),
        ("Peru, which had been headed for a downgrade, remained on Tier 2.", "2"),
        ("The report, which recommended new laws, kept Peru on Tier 2.", "2"),
        ("Peru moved up to Tier 1.", "1"),
    ],
)
def test_a_prospect_in_another_clause_leaves_the_claim(
    text: str, tier: str, names: Gazetteer
) -> None:
    assert has(claims(text, names), countries=["PER"], tier=tier)


@pytest.mark.parametrize(
    "text",
    [
        "Peru denies being on Tier 3.",
        "Peru denied it had been downgraded to Tier 3.",
        "It is false that Peru is on Tier 3.",
        "It is not true that Peru is on Tier 1.",
        "Peru is wrongly believed to be on Tier 3.",
    ],
)
def test_a_tier_denied_or_said_to_be_false_is_no_claim(text: str, names: Gazetteer) -> None:
    reading = read_text(text, names, "en", default_year=2015)
    assert not reading.claims, reading.claims
    assert reading.unchecked


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Peru, which denied the allegations, was downgraded to Tier 3.", "3"),
        ("The report denied Peru an upgrade and kept it on Tier 2.", "2"),
        ("Peru said it was wrongly put on Tier 3.", "3"),
    ],
)
def test_a_denial_of_something_else_leaves_the_claim(
    text: str, tier: str, names: Gazetteer
) -> None:
    assert has(claims(text, names), countries=["PER"], tier=tier)


# --- a comparison with a tier -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru is ranked above Tier 2.",
        "Peru is ranked below Tier 1.",
        "Peru sits just under Tier 1.",
    ],
)
def test_a_country_compared_with_a_tier_is_not_on_it(text: str, names: Gazetteer) -> None:
    found = claims(text, names)
    assert not [c for c in found if c.relation == "at" and c.tier in ("1", "2")], found


@pytest.mark.parametrize("text", ["Peru is ranked Tier 2.", "Peru sits on Tier 2."])
def test_a_tier_ranked_or_sat_on_is_still_read(text: str, names: Gazetteer) -> None:
    assert has(claims(text, names), kind="tier", countries=["PER"], tier="2")


# --- a time before the report's -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Back then, Peru was on Tier 3.",
        "At the time, Peru was on Tier 3.",
        "In the past, Peru was on Tier 3.",
        "Until 2012, Peru was on Tier 3.",
        "Before its upgrade, Peru was on Tier 3.",
        "Peru was previously on Tier 3.",
        "Peru was on Tier 1 before it was downgraded.",
    ],
)
def test_a_tier_held_at_a_time_before_the_report_is_not_its_tier_now(
    text: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert not [c for c in found if c.kind == "tier" and c.year is None and not c.years_before]


def test_a_tier_long_held_before_is_the_report_before(names: Gazetteer) -> None:
    found = claims("Peru had long been on Tier 3.", names)
    assert has(found, kind="tier", countries=["PER"], tier="3", years_before=1)
    assert not has(found, kind="tier", countries=["PER"], tier="3", years_before=0)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Peru, once on Tier 3, is now on Tier 2.", "2"),
        ("Peru, previously on the Watch List, is now on Tier 2.", "2"),
        ("Peru is once again on Tier 2.", "2"),
        ("Once a Tier 3 country, Peru is now on Tier 2.", "2"),
    ],
)
def test_the_time_of_an_aside_or_now_keeps_the_claim_at_the_report(
    text: str, tier: str, names: Gazetteer
) -> None:
    assert has(claims(text, names), kind="tier", countries=["PER"], tier=tier, years_before=0)


# --- a move "from being" on one tier to another ------------------------------------------


@pytest.mark.parametrize(
    ("text", "tier", "direction"),
    [
        ("Peru moved from being placed in Tier 2 to Tier 1.", "1", "up"),
        ("Peru went from being ranked on the Watch List to Tier 2.", "2", "up"),
        ("Peru fell from being ranked on Tier 1 to Tier 2.", "2", "down"),
    ],
)
def test_a_move_from_being_on_a_tier_is_read_to_the_tier_it_reached(
    text: str, tier: str, direction: str, names: Gazetteer
) -> None:
    found = claims(text, names)
    assert has(found, kind="change", countries=["PER"], tier=tier, direction=direction)
    assert not has(found, kind="tier", countries=["PER"])


def test_a_move_from_being_only_weighed_is_no_claim(names: Gazetteer) -> None:
    found = claims("Peru could move from being placed in Tier 2 to Tier 1.", names)
    assert not found


# --- a tier offered as one of two ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru is either on Tier 2 or on the Watch List.",
        "Peru is on Tier 2 or the Watch List, depending on the source.",
        "Peru was downgraded to Tier 2 or Tier 3.",
        "Twenty countries are on Tier 2 or Tier 3.",
        "Peru is on Tier 2 or higher.",
    ],
)
def test_a_tier_offered_as_one_of_two_is_no_claim(text: str, names: Gazetteer) -> None:
    reading = read_text(text, names, "en", default_year=2015)
    assert not reading.claims, reading.claims
    assert reading.unchecked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru is on Tier 2, or so the report says.", [("PER", "2")]),
        ("Peru is on Tier 2 and Chile on Tier 1.", [("PER", "2"), ("CHL", "1")]),
        ("Peru is on Tier 2 while Chile, on Tier 1 or above, leads.", [("PER", "2")]),
    ],
)
def test_a_tier_with_no_other_offered_keeps_its_claim(
    text: str, expected: list[tuple[str, str]], names: Gazetteer
) -> None:
    found = claims(text, names)
    for code, tier in expected:
        assert [c for c in about(found, code) if c.tier == tier], found
