"""Each kind of tier claim in its plainest wording, English and Spanish: tier, change, streak,
group and count claims, sentences with no claim, and the group a count is about. Pure Python,
no database."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import only
from tipwatch.briefings.claims import Claim, ClaimKind, Gazetteer, extract_claims


def matches(claim: Claim, expected: dict[str, Any]) -> None:
    structured = claim.structured()
    for key, value in expected.items():
        assert structured[key] == value, (key, structured)


TIER_EN = [
    ("Peru remains on Tier 2.", ["PER"], "2", True, False),
    ("Peru remained on Tier 2 this year.", ["PER"], "2", True, False),
    ("Peru stays at Tier 2.", ["PER"], "2", True, False),
    ("Peru is still on Tier 2.", ["PER"], "2", True, False),
    ("Peru continues to be ranked Tier 2.", ["PER"], "2", True, False),
    ("Peru is a Tier 2 country.", ["PER"], "2", False, False),
    ("Peru was ranked Tier II.", ["PER"], "2", False, False),
    ("Bolivia was placed on the Watch List.", ["BOL"], "2WL", False, False),
    ("Bolivia is on the Tier 2 Watch List.", ["BOL"], "2WL", False, False),
    ("Bolivia sits on the Tier Two Watch List.", ["BOL"], "2WL", False, False),
    ("Venezuela is listed among Tier 3 countries.", ["VEN"], "3", False, False),
    ("Venezuela, which is on Tier 3, ...", ["VEN"], "3", False, False),
    ("Venezuela is on the lowest tier.", ["VEN"], "3", False, False),
    ("Chile (Tier 1) leads the region.", ["CHL"], "1", False, False),
    ("Peru's Tier 2 ranking is unchanged.", ["PER"], "2", False, False),
    ("Peru kept its Tier 2 ranking.", ["PER"], "2", True, False),
    ("The report keeps Peru on Tier 2.", ["PER"], "2", True, False),
    ("The report places Bolivia on the Watch List.", ["BOL"], "2WL", False, False),
    ("Peru is not on Tier 1.", ["PER"], "1", False, True),
    ("Peru isn't on Tier 1.", ["PER"], "1", False, True),
    ("Peru is no longer on the Watch List.", ["PER"], "2WL", False, True),
    ("Bolivia, Cuba and Haiti are on the Watch List.", ["BOL", "CUB", "HTI"], "2WL", False, False),
    ("Cuba and Haiti remain on the Watch List.", ["CUB", "HTI"], "2WL", True, False),
    ("Plurinational State of Bolivia is on the Watch List.", ["BOL"], "2WL", False, False),
    ("Burma was a special case.", ["MMR"], "special_case", False, False),
]


@pytest.mark.parametrize(("text", "countries", "tier", "unchanged", "negated"), TIER_EN)
def test_tier_claims_in_english(
    gazetteer: Gazetteer,
    text: str,
    countries: list[str],
    tier: str,
    unchanged: bool,
    negated: bool,
) -> None:
    claim = only(text, gazetteer, "en")
    assert claim.kind is ClaimKind.TIER
    matches(
        claim,
        {"countries": countries, "tier": tier, "unchanged": unchanged, "negated": negated},
    )


TIER_ES = [
    ("Perú se mantiene en el Nivel 2.", ["PER"], "2", True, False),
    ("El Perú sigue en el Nivel 2.", ["PER"], "2", True, False),
    ("Perú permanece en el nivel 2.", ["PER"], "2", True, False),
    ("Perú continúa en el Nivel 2.", ["PER"], "2", True, False),
    ("Perú está en el Nivel 2.", ["PER"], "2", False, False),
    ("Perú es un país de Nivel 2.", ["PER"], "2", False, False),
    ("Bolivia figura en la Lista de Vigilancia del Nivel 2.", ["BOL"], "2WL", False, False),
    ("Bolivia quedó en la lista de vigilancia.", ["BOL"], "2WL", False, False),
    ("Bolivia fue ubicada en la Lista de Vigilancia.", ["BOL"], "2WL", False, False),
    ("Venezuela se ubica en el Nivel 3.", ["VEN"], "3", False, False),
    ("El informe mantiene al Perú en el Nivel 2.", ["PER"], "2", True, False),
    ("El informe ubica a Bolivia en la Lista de Vigilancia.", ["BOL"], "2WL", False, False),
    ("Chile (Nivel 1) encabeza la región.", ["CHL"], "1", False, False),
    ("Perú conserva su Nivel 2.", ["PER"], "2", True, False),
    ("Perú no está en el Nivel 1.", ["PER"], "1", False, True),
    ("Cuba y Haití siguen en la Lista de Vigilancia.", ["CUB", "HTI"], "2WL", True, False),
    ("Haití e Irán están en el Nivel 3.", ["HTI", "IRN"], "3", False, False),
]


@pytest.mark.parametrize(("text", "countries", "tier", "unchanged", "negated"), TIER_ES)
def test_tier_claims_in_spanish(
    gazetteer: Gazetteer,
    text: str,
    countries: list[str],
    tier: str,
    unchanged: bool,
    negated: bool,
) -> None:
    claim = only(text, gazetteer, "es")
    assert claim.kind is ClaimKind.TIER
    matches(
        claim,
        {"countries": countries, "tier": tier, "unchanged": unchanged, "negated": negated},
    )


CHANGES = [
    ("Venezuela was downgraded to Tier 3.", "en", ["VEN"], "down", "3", None),
    ("Venezuela has been downgraded to Tier 3.", "en", ["VEN"], "down", "3", None),
    ("Venezuela fell to Tier 3.", "en", ["VEN"], "down", "3", None),
    ("Costa Rica slipped from Tier 2 to the Watch List.", "en", ["CRI"], "down", "2WL", "2"),
    ("Haiti dropped to Tier 3 from the Watch List.", "en", ["HTI"], "down", "3", "2WL"),
    ("Cuba was upgraded from the Watch List.", "en", ["CUB"], "up", None, "2WL"),
    ("Cuba was upgraded from Tier 3 to the Watch List.", "en", ["CUB"], "up", "2WL", "3"),
    ("Colombia rose to Tier 1.", "en", ["COL"], "up", "1", None),
    ("Colombia climbed to Tier 1.", "en", ["COL"], "up", "1", None),
    ("Colombia moved up a tier.", "en", ["COL"], "up", None, None),
    ("The report downgraded Haiti to Tier 3.", "en", ["HTI"], "down", "3", None),
    ("The 2016 report upgraded Colombia to Tier 1.", "en", ["COL"], "up", "1", None),
    ("The report moved Haiti to Tier 3.", "en", ["HTI"], None, "3", None),
    ("Haiti's downgrade to Tier 3 was expected.", "en", ["HTI"], "down", "3", None),
    ("the downgrade of Haiti to Tier 3", "en", ["HTI"], "down", "3", None),
    ("Peru was not downgraded.", "en", ["PER"], "down", None, None),
    ("Venezuela descendió al Nivel 3.", "es", ["VEN"], "down", "3", None),
    ("Venezuela bajó al Nivel 3.", "es", ["VEN"], "down", "3", None),
    ("Venezuela fue degradada al Nivel 3.", "es", ["VEN"], "down", "3", None),
    ("Haití cayó de la Lista de Vigilancia al Nivel 3.", "es", ["HTI"], "down", "3", "2WL"),
    ("Colombia subió al Nivel 1.", "es", ["COL"], "up", "1", None),
    ("Colombia ascendió del Nivel 2 al Nivel 1.", "es", ["COL"], "up", "1", "2"),
    ("Cuba salió de la Lista de Vigilancia.", "es", ["CUB"], None, None, "2WL"),
    ("Cuba pasó del Nivel 3 a la Lista de Vigilancia.", "es", ["CUB"], None, "2WL", "3"),
    ("El informe bajó a Haití al Nivel 3.", "es", ["HTI"], "down", "3", None),
    ("el descenso de Haití al Nivel 3", "es", ["HTI"], "down", "3", None),
]


@pytest.mark.parametrize(("text", "lang", "countries", "direction", "tier", "from_tier"), CHANGES)
def test_change_claims(
    gazetteer: Gazetteer,
    text: str,
    lang: str,
    countries: list[str],
    direction: str | None,
    tier: str | None,
    from_tier: str | None,
) -> None:
    claim = only(text, gazetteer, lang)
    assert claim.kind is ClaimKind.CHANGE
    matches(
        claim,
        {"countries": countries, "direction": direction, "tier": tier, "from_tier": from_tier},
    )


def test_a_negated_change(gazetteer: Gazetteer) -> None:
    assert only("Peru was not downgraded.", gazetteer, "en").negated
    assert only("Perú no bajó al Nivel 3.", gazetteer, "es").negated


STREAKS = [
    ("The 2015 report keeps Peru on Tier 2 for the ninth consecutive year.", "en", "PER", "2", 9),
    ("Peru has been on Tier 2 for nine consecutive years.", "en", "PER", "2", 9),
    ("Peru has been on Tier 2 for nine years in a row.", "en", "PER", "2", 9),
    ("This is Bolivia's third consecutive year on the Watch List.", "en", "BOL", "2WL", 3),
    ("Bolivia remains on the Watch List for a third straight year.", "en", "BOL", "2WL", 3),
    ("Haiti stayed on the Watch List for the 4th consecutive year.", "en", "HTI", "2WL", 4),
    ("Perú se mantiene en el Nivel 2 por noveno año consecutivo.", "es", "PER", "2", 9),
    ("Por noveno año consecutivo, Perú se mantiene en el Nivel 2.", "es", "PER", "2", 9),
    ("Perú lleva nueve años consecutivos en el Nivel 2.", "es", "PER", "2", 9),
    ("Bolivia sigue en la Lista de Vigilancia por tercer año seguido.", "es", "BOL", "2WL", 3),
    ("Bolivia sigue en la Lista de Vigilancia por tercera vez consecutiva.", "es", "BOL", "2WL", 3),
]


@pytest.mark.parametrize(("text", "lang", "country", "tier", "years"), STREAKS)
def test_streak_claims(
    gazetteer: Gazetteer, text: str, lang: str, country: str, tier: str, years: int
) -> None:
    claim = only(text, gazetteer, lang)
    assert claim.kind is ClaimKind.STREAK
    matches(claim, {"countries": [country], "tier": tier, "years": years, "at_least": False})


def test_at_least_streaks(gazetteer: Gazetteer) -> None:
    english = only("Peru has been on Tier 2 for at least nine consecutive years.", gazetteer)
    spanish = only("Perú está en el Nivel 2 por al menos noveno año consecutivo.", gazetteer)
    assert english.at_least
    assert english.years == 9
    assert spanish.at_least
    assert spanish.years == 9


GROUPS = [
    ("Only Chile in Latin America is Tier 1.", ["CHL"], "1", "at", "latin-america"),
    ("Only Chile is on Tier 1 in Latin America.", ["CHL"], "1", "at", "latin-america"),
    ("In Latin America, only Chile made it to Tier 1.", ["CHL"], "1", "at", "latin-america"),
    ("Chile is the only Latin American country on Tier 1.", ["CHL"], "1", "at", "latin-america"),
    (
        "Chile is the only country in Latin America ranked Tier 1.",
        ["CHL"],
        "1",
        "at",
        "latin-america",
    ),
    ("Chile is Latin America's only Tier 1 country.", ["CHL"], "1", "at", "latin-america"),
    ("Chile alone is on Tier 1 in South America.", ["CHL"], "1", "at", "south-america"),
    (
        "Only Bolivia, Costa Rica and Venezuela are ranked below Tier 2 in Latin America.",
        ["BOL", "CRI", "VEN"],
        "2",
        "below",
        "latin-america",
    ),
    (
        "only Bolivia, Costa Rica and Venezuela rank below Tier 2",
        ["BOL", "CRI", "VEN"],
        "2",
        "below",
        "@ambiguous",  # no group named anywhere: the checker says the scope is ambiguous
    ),
    ("Only Chile ranks above Tier 2 in the region.", ["CHL"], "2", "above", "@region"),
    ("Solo Chile está en el Nivel 1 en América Latina.", ["CHL"], "1", "at", "latin-america"),
    (
        "Chile es el único país latinoamericano en el Nivel 1.",
        ["CHL"],
        "1",
        "at",
        "latin-america",
    ),
    (
        "En América Latina, solo Bolivia, Costa Rica y Venezuela están por debajo del Nivel 2.",
        ["BOL", "CRI", "VEN"],
        "2",
        "below",
        "latin-america",
    ),
    (
        "Sólo Chile alcanza el Nivel 1 en América Latina y el Caribe.",
        ["CHL"],
        "1",
        "at",
        "latin-america-caribbean",
    ),
]


@pytest.mark.parametrize(("text", "countries", "tier", "relation", "group"), GROUPS)
def test_group_claims(
    gazetteer: Gazetteer,
    text: str,
    countries: list[str],
    tier: str,
    relation: str,
    group: str | None,
) -> None:
    claim = only(text, gazetteer)
    assert claim.kind is ClaimKind.GROUP
    matches(claim, {"countries": countries, "tier": tier, "relation": relation, "group": group})


COUNTS = [
    ("23 countries on Tier 3.", 23, "3", None, "exactly"),
    ("The 2015 report placed 23 countries on Tier 3.", 23, "3", None, "exactly"),
    ("Twenty-three countries were placed on Tier 3.", 23, "3", None, "exactly"),
    ("Tier 3 has 23 countries.", 23, "3", None, "exactly"),
    ("At least 20 countries are on Tier 3.", 20, "3", None, "at_least"),
    ("More than 40 countries are on the Watch List.", 40, "2WL", None, "more_than"),
    ("Four Latin American countries are on the Watch List.", 4, "2WL", "latin-america", "exactly"),
    ("four countries in Latin America are on the Watch List", 4, "2WL", "latin-america", "exactly"),
    ("14 of the 20 Latin American countries are on Tier 2.", 14, "2", "latin-america", "exactly"),
    ("23 países quedaron en el Nivel 3.", 23, "3", None, "exactly"),
    ("Veintitrés países están en el Nivel 3.", 23, "3", None, "exactly"),
    ("El informe sitúa a 23 países en el Nivel 3.", 23, "3", None, "exactly"),
    ("El Nivel 3 tiene 23 países.", 23, "3", None, "exactly"),
    (
        "Catorce de los 20 países latinoamericanos están en el Nivel 2.",
        14,
        "2",
        "latin-america",
        "exactly",
    ),
    ("Más de 40 países figuran en la Lista de Vigilancia.", 40, "2WL", None, "more_than"),
]


@pytest.mark.parametrize(("text", "count", "tier", "group", "comparator"), COUNTS)
def test_count_claims(
    gazetteer: Gazetteer, text: str, count: int, tier: str, group: str | None, comparator: str
) -> None:
    claim = only(text, gazetteer)
    assert claim.kind is ClaimKind.COUNT
    matches(claim, {"count": count, "tier": tier, "group": group, "comparator": comparator})


NOT_CLAIMS = [
    "If Peru is downgraded to Tier 3, aid could be cut.",
    "Could Peru fall to the Watch List?",
    "¿Bajará Perú al Nivel 3?",
    "Peru could be downgraded to Tier 3 next year.",
    "Peru may remain on Tier 2.",
    "Peru will be downgraded to Tier 3 unless it acts.",
    "Campaigners want Peru on Tier 3.",
    "Si Perú baja al Nivel 3, perdería ayuda.",
    "Perú podría bajar al Nivel 3.",
    "The special watch list includes Peru.",
    "Tier 2 means that the government makes significant efforts.",
    "Peru, Chile and Bolivia signed the agreement.",
    "The chad of the ballot was on Tier 3.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_no_claim(gazetteer: Gazetteer, text: str) -> None:
    assert [c.structured() for c in extract_claims(text, gazetteer)] == []


def test_not_only_is_not_a_group_claim(gazetteer: Gazetteer) -> None:
    claims = extract_claims("Not only Chile is on Tier 1.", gazetteer)
    assert [c.kind for c in claims] == [ClaimKind.TIER]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("23 countries were placed on Tier 3 worldwide.", "@world"),
        ("Four Latin American countries are on the Watch List.", "latin-america"),
        (
            "Catorce de los 20 países latinoamericanos están en el Nivel 2, y 23 países quedaron "
            "en el Nivel 3 en todo el mundo.",
            "@world",
        ),
        ("Four Latin American countries are on the Watch List, and 23 countries on Tier 3.", None),
    ],
)
def test_the_group_of_a_count_is_its_own(gazetteer: Gazetteer, text: str, group: str) -> None:
    claims = extract_claims(text, gazetteer)
    assert claims[-1].kind is ClaimKind.COUNT
    assert claims[-1].group == group
