"""General clause shapes of press English that place a country on a tier: the report's author
judging a country, appositions, relative clauses whose object is the country, and the words
that make such a clause someone else's opinion rather than the report's. Pure Python, no
database; every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import PERU_AND_NEIGHBOURS, english_claims, gazetteer_of, has
from tipwatch.briefings.claims import Claim, Gazetteer


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(PERU_AND_NEIGHBOURS)


def placed(found: list[Claim]) -> set[tuple[str, tuple[str, ...], str | None, bool]]:
    return {(str(c.kind), c.countries, c.tier, c.negated) for c in found}


# --- the report's author judging a country -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "tier"),
    [
        ("The State Department considers Peru a Tier 2 country.", "PER", "2"),
        ("Washington counts Chile among the Tier 1 countries.", "CHL", "1"),
        ("The United States regards Bolivia as a Tier 2 Watch List country.", "BOL", "2WL"),
        ("The US government views Peru as Tier 2.", "PER", "2"),
        ("The State Department deems Cuba a Tier 3 nation.", "CUB", "3"),
        ("The report has Cuba on Tier 3.", "CUB", "3"),
        ("The US has branded Cuba a Tier 3 country.", "CUB", "3"),
        ("The State Department identified Bolivia as a Tier 2 country.", "BOL", "2"),
        ("The US judged Peru to be Tier 2.", "PER", "2"),
        ("The report categorises Chile as Tier 1.", "CHL", "1"),
        ("The report describes Bolivia as a Tier 2 Watch List country.", "BOL", "2WL"),
    ],
)
def test_the_report_s_author_judging_a_country_places_it(
    text: str, country: str, tier: str, names: Gazetteer
) -> None:
    assert placed(english_claims(text, names)) == {("tier", (country,), tier, False)}


def test_the_author_who_continues_to_rank_a_country_is_not_ranked(names: Gazetteer) -> None:
    found = english_claims("The US continues to rank Peru on the Tier 2 Watch List.", names)
    assert placed(found) == {("tier", ("PER",), "2WL", False)}


@pytest.mark.parametrize(
    "text",
    [
        "Many consider Peru a Tier 3 country.",
        "Chile considers Peru a Tier 3 country.",
        "Critics regard Peru as a Tier 3 country.",
        "Critics describe Peru as a Tier 3 country.",
        "The US could consider Peru a Tier 3 country.",
        "The State Department does not consider Peru a Tier 3 country.",
        "The State Department no longer counts Peru among the Tier 3 countries.",
        "The US would never brand Peru a Tier 3 country.",
    ],
)
def test_a_judgement_that_is_not_the_report_s_places_nobody(text: str, names: Gazetteer) -> None:
    assert not has(
        english_claims(text, names), kind="tier", countries=["PER"], tier="3", negated=False
    )


# --- a tier said in an aside about the country ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "tier"),
    [
        ("A Tier 2 country, Peru has made modest progress.", "PER", "2"),
        ("Long a Tier 1 country, Chile has set the standard.", "CHL", "1"),
        ("Once again a Tier 3 country, Cuba dismissed the report.", "CUB", "3"),
        ("As a Tier 1 country, Chile is not subject to sanctions.", "CHL", "1"),
        ("Peru, currently a Tier 2 country, hosts many shelters.", "PER", "2"),
        ("Peru, now on Tier 2, has opened new shelters.", "PER", "2"),
        ("Bolivia, still on the Tier 2 Watch List, announced reforms.", "BOL", "2WL"),
        ("Chile (a Tier 1 country) gave the keynote.", "CHL", "1"),
        ("Peru, one of the Tier 2 countries, signed the protocol.", "PER", "2"),
        ("Bolivia, whose ranking is Tier 2 Watch List, is under pressure.", "BOL", "2WL"),
    ],
)
def test_an_aside_that_gives_the_country_s_tier_places_it(
    text: str, country: str, tier: str, names: Gazetteer
) -> None:
    assert placed(english_claims(text, names)) == {("tier", (country,), tier, False)}


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Once a Tier 3 country, Peru has made great progress.", "3"),
        ("Formerly a Tier 3 country, Peru has made great progress.", "3"),
        ("Peru, formerly a Tier 3 country, has made great progress.", "3"),
        ("Peru, on Tier 3 until 2015, has made great progress.", "3"),
        ("Peru, not a Tier 3 country, has made great progress.", "3"),
        ("A Tier 3 country, Peru would face sanctions.", "3"),
        ("Peru's neighbour, a Tier 3 country, has made no progress.", "3"),
    ],
)
def test_an_aside_of_another_time_or_thing_leaves_the_country_alone(
    text: str, tier: str, names: Gazetteer
) -> None:
    assert not has(
        english_claims(text, names), kind="tier", countries=["PER"], tier=tier, negated=False
    )


# --- a relative clause whose object is the country -----------------------------------------


def test_a_country_the_report_places_in_a_relative_clause_is_on_that_tier(
    names: Gazetteer,
) -> None:
    found = english_claims("Cuba, which the report places on Tier 3, denies the charges.", names)
    assert placed(found) == {("tier", ("CUB",), "3", False)}


def test_a_country_the_author_moved_in_a_relative_clause_moved(names: Gazetteer) -> None:
    text = "Peru, which the US downgraded to Tier 3 in 2014, has been lobbying hard."
    found = english_claims(text, names)
    assert placed(found) == {("change", ("PER",), "3", False)}
    assert found[0].year == 2014


@pytest.mark.parametrize(
    "text",
    [
        "Peru, which critics consider a Tier 3 country, has been lobbying hard.",
        "Peru, which the US does not place on Tier 3, has been lobbying hard.",
        "Peru, which the US could downgrade to Tier 3, has been lobbying hard.",
        "Peru, which the US threatened to downgrade to Tier 3, has been lobbying hard.",
    ],
)
def test_a_relative_clause_that_does_not_place_leaves_the_country_alone(
    text: str, names: Gazetteer
) -> None:
    found = english_claims(text, names)
    assert not [c for c in found if "PER" in c.countries and c.tier == "3" and not c.negated]
    assert not [c for c in found if "USA" in c.countries]


# --- what others believe, expect or want, and reports held false ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Many believe Peru is on Tier 3.",
        "Nobody thinks Peru is a Tier 3 country.",
        "Some suspect Peru is on Tier 3.",
        "Many expected Peru to be ranked Tier 3.",
        "Activists want Peru to be downgraded to Tier 3.",
        "Peru is widely believed to be on Tier 3.",
        "Reports that Peru fell to Tier 3 were false.",
        "Earlier reports that Peru had been placed on Tier 3 proved wrong.",
        "Rights groups say Peru deserved a Tier 3 ranking.",
        "Peru deserves to be on Tier 3.",
        "Peru merits a Tier 3 ranking, critics say.",
    ],
)
def test_what_others_believe_or_want_or_a_report_held_false_is_no_claim(
    text: str, names: Gazetteer
) -> None:
    found = english_claims(text, names)
    assert not [c for c in found if "PER" in c.countries and not c.negated], found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("As expected, Peru remained on Tier 3.", "tier"),
        ("As expected Peru remained on Tier 3.", "tier"),
        ("A think tank said Peru is on Tier 3.", "tier"),
        ("The State Department reports that Peru is on Tier 3.", "tier"),
        ("The report says that Peru fell to Tier 3.", "change"),
    ],
)
def test_a_fact_told_beside_such_words_is_still_read(
    text: str, kind: str, names: Gazetteer
) -> None:
    assert has(english_claims(text, names), kind=kind, countries=["PER"], tier="3", negated=False)


# --- a question without its mark -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Is Peru a Tier 2 country",
        "Has Peru been downgraded to Tier 3",
        "Was Peru on Tier 3 in 2015",
        "Did the US put Peru on Tier 3",
        "Had Peru been placed on Tier 3, aid would have been cut.",
    ],
)
def test_a_sentence_opening_with_its_verb_asks_and_claims_nothing(
    text: str, names: Gazetteer
) -> None:
    assert not english_claims(text, names)


@pytest.mark.parametrize(
    "text",
    ["Peru is a Tier 2 country", "It is Peru that is on Tier 2.", "Is it true? Peru is on Tier 2."],
)
def test_a_statement_beside_a_question_is_still_read(text: str, names: Gazetteer) -> None:
    assert has(english_claims(text, names), kind="tier", countries=["PER"], tier="2")


# --- a place on a tier taken by another ----------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Chile was replaced on Tier 1 by Peru.", "Peru replaced Chile on Tier 1."]
)
def test_the_one_who_took_the_place_is_on_the_tier_not_the_one_replaced(
    text: str, names: Gazetteer
) -> None:
    assert placed(english_claims(text, names)) == {("tier", ("PER",), "1", False)}


def test_a_country_placed_beside_another_is_still_placed(names: Gazetteer) -> None:
    found = english_claims("Chile was placed on Tier 1 by the State Department.", names)
    assert placed(found) == {("tier", ("CHL",), "1", False)}


# --- a tier owned by one country and spoken of by another ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru, whose Tier 2 ranking Chile criticised, responded angrily.",
        "Chile criticised Peru's Tier 2 ranking.",
    ],
)
def test_a_tier_owned_by_one_country_is_not_the_other_s(text: str, names: Gazetteer) -> None:
    assert placed(english_claims(text, names)) == {("tier", ("PER",), "2", False)}


def test_countries_that_share_a_ranking_are_still_read_together(names: Gazetteer) -> None:
    found = english_claims("Peru and Chile earned a Tier 2 ranking.", names)
    assert has(found, kind="tier", countries=["PER", "CHL"], tier="2")


# --- the report's verdict given as a name, in the passive ----------------------------------


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Peru was once more labelled Tier 3.", False),
        ("Peru was judged a Tier 3 country.", False),
        ("Peru was again branded a Tier 3 country.", False),
        ("Peru was deemed a Tier 3 nation.", False),
        ("Peru was not labelled a Tier 3 country.", True),
    ],
)
def test_a_country_labelled_or_judged_a_tier_is_placed_on_it(
    text: str, negated: bool, names: Gazetteer
) -> None:
    assert placed(english_claims(text, names)) == {("tier", ("PER",), "3", negated)}


@pytest.mark.parametrize(
    "text",
    [
        "Peru could be labelled Tier 3.",
        "Peru risks being branded a Tier 3 country.",
        "Peru is widely thought to be a Tier 3 country.",
    ],
)
def test_a_label_that_may_come_or_is_only_thought_places_nobody(
    text: str, names: Gazetteer
) -> None:
    assert not [c for c in english_claims(text, names) if not c.negated]


# --- a country's standing named with its tier ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Bolivia's position on the Tier 2 Watch List has not changed.", "2WL"),
        ("Chile's position at Tier 1 is secure.", "1"),
        ("Peru's place in Tier 2 was confirmed.", "2"),
        ("Peru's Tier 2 listing surprised nobody.", "2"),
    ],
)
def test_a_country_s_standing_on_a_tier_places_it(text: str, tier: str, names: Gazetteer) -> None:
    found = english_claims(text, names)
    assert len(found) == 1
    assert found[0].tier == tier
    assert not found[0].negated


@pytest.mark.parametrize(
    "text",
    [
        "Peru's position above Tier 3 is secure.",
        "Peru's bid for a place in Tier 1 failed.",
        "Peru's hopes of a place in Tier 1 were dashed.",
    ],
)
def test_a_standing_compared_or_sought_places_nobody(text: str, names: Gazetteer) -> None:
    found = english_claims(text, names)
    assert not [c for c in found if c.tier in ("1", "3") and not c.negated], found


# --- where a country stands ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Chile stands at Tier 1.", "1"),
        ("Bolivia rests on the Tier 2 Watch List.", "2WL"),
        ("Cuba ends up on Tier 3 again.", "3"),
        ("Peru counts among the Tier 2 countries.", "2"),
        ("Chile belongs to the Tier 1 group.", "1"),
        ("Peru, after years of reform, now stands firmly in Tier 2.", "2"),
    ],
)
def test_a_country_that_stands_on_a_tier_is_on_it(text: str, tier: str, names: Gazetteer) -> None:
    found = english_claims(text, names)
    assert len(found) == 1
    assert found[0].tier == tier
    assert not found[0].negated


@pytest.mark.parametrize(
    "text",
    [
        "Peru belongs on Tier 3.",
        "Peru could end up on Tier 3.",
        "Peru stood at Tier 3 until 2015.",
        "Peru does not stand on Tier 3.",
    ],
)
def test_a_stand_that_is_wished_may_come_or_is_over_places_nobody(
    text: str, names: Gazetteer
) -> None:
    assert not [c for c in english_claims(text, names) if c.tier == "3" and not c.negated]


# --- countries set before the subject that share its tier ----------------------------------


@pytest.mark.parametrize(
    ("text", "companion", "subject", "tier"),
    [
        ("Along with Bolivia, Peru is on the Tier 2 Watch List.", "BOL", "PER", "2WL"),
        ("Together with Cuba, Bolivia was placed on Tier 3.", "CUB", "BOL", "3"),
        ("Like Chile, Peru is on Tier 1.", "CHL", "PER", "1"),
    ],
)
def test_countries_set_before_the_subject_share_its_tier(
    text: str, companion: str, subject: str, tier: str, names: Gazetteer
) -> None:
    found = english_claims(text, names)
    assert has(found, kind="tier", countries=[companion], tier=tier, negated=False)
    assert has(found, kind="tier", countries=[subject], tier=tier, negated=False)


@pytest.mark.parametrize(
    "text",
    [
        "Unlike Chile, Peru is on Tier 2.",
        "Like Chile, Peru may fall to Tier 2.",
        "Like Chile, Peru is not on Tier 2.",
        "Like Chile, Peru has improved, and it is now on Tier 2.",
    ],
)
def test_a_country_set_apart_or_beside_no_placing_claim_is_left_alone(
    text: str, names: Gazetteer
) -> None:
    found = english_claims(text, names)
    assert not [c for c in found if "CHL" in c.countries and not c.negated], found


# --- a tier's members named after an aside -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tier 3 includes, among others, Cuba and Bolivia.",
        "Tier 3 countries include, for example, Cuba and Bolivia.",
    ],
)
def test_members_named_after_an_aside_are_on_the_tier(text: str, names: Gazetteer) -> None:
    assert has(english_claims(text, names), kind="tier", countries=["CUB", "BOL"], tier="3")


def test_members_named_after_another_aside_are_left_alone(names: Gazetteer) -> None:
    found = english_claims("Tier 3 includes, unlike last year, Cuba.", names)
    assert not [c for c in found if "CUB" in c.countries and not c.negated]
