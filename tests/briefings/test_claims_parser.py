"""Recognising tier claims in English and Spanish: pure Python, no database."""

from __future__ import annotations

from typing import Any

import pytest

from tipwatch.briefings.claims import (
    Claim,
    ClaimKind,
    Gazetteer,
    YearSource,
    detect_language,
    extract_claims,
    fold,
    read_text,
    split_sentences,
)
from tipwatch.briefings.claims.lexicon import report_years


def only(text: str, gazetteer: Gazetteer, lang: str | None = None) -> Claim:
    claims = extract_claims(text, gazetteer, lang)
    assert len(claims) == 1, [c.structured() for c in claims]
    return claims[0]


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


def test_spans_point_into_the_text(gazetteer: Gazetteer) -> None:
    text = "Intro line.\n\nIn Lima, officials said Perú se mantiene en el Nivel 2."
    claim = only(text, gazetteer)
    start, end = claim.span
    assert text[start:end] == claim.text == "Perú se mantiene en el Nivel 2"


def test_the_year_comes_from_the_sentence_then_the_paragraph_then_the_text(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The 2015 report keeps Peru on Tier 2. Chile is the only Latin American country on "
        "Tier 1.\n\nBolivia is on the Watch List. In the 2016 report Haiti fell to Tier 3."
    )
    claims = extract_claims(text, gazetteer)
    assert [(c.year, c.year_source) for c in claims] == [
        (2015, YearSource.SENTENCE),
        (2015, YearSource.PARAGRAPH),
        (2015, YearSource.DOCUMENT),
        (2016, YearSource.SENTENCE),
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The 2015 TIP Report keeps Peru on Tier 2.", 2015),
        ("In its 2016 report, the State Department kept Peru on Tier 2.", 2016),
        ("El informe de 2015 mantiene a Perú en el Nivel 2.", 2015),
        ("Según el Informe TIP 2016, Perú sigue en el Nivel 2.", 2016),
        ("Informe sobre la Trata de Personas 2017: Perú sigue en el Nivel 2.", 2017),
    ],
)
def test_report_years(gazetteer: Gazetteer, text: str, year: int) -> None:
    assert only(text, gazetteer).year == year


def test_names_need_a_capital_and_the_longest_name_wins(gazetteer: Gazetteer) -> None:
    claims = extract_claims(
        "The Dominican Republic is on Tier 2. Dominica is on Tier 1.", gazetteer
    )
    assert [c.countries for c in claims] == [("DOM",), ("DMA",)]
    assert extract_claims("peru is on tier 2.", gazetteer) == []


def test_sentences_respect_abbreviations() -> None:
    text = "The U.S. State Department published it. EE. UU. publicó el informe. Next one."
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. State Department published it.",
        "EE. UU. publicó el informe.",
        "Next one.",
    ]


def test_language_detection() -> None:
    assert detect_language("Perú se mantiene en el Nivel 2 por noveno año.") == "es"
    assert detect_language("Peru remains on Tier 2 for the ninth year.") == "en"


def test_an_unknown_language_is_refused(gazetteer: Gazetteer) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        extract_claims("Peru is on Tier 2.", gazetteer, "fr")


def test_the_claims_package_imports_no_django() -> None:
    import ast
    from pathlib import Path

    import tipwatch.briefings.claims as package

    for path in Path(package.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                assert not any(
                    n.startswith(("django", "wagtail", "tipwatch.tip")) for n in names
                ), path


def test_hard_wrapped_lines_are_read_whole(gazetteer: Gazetteer) -> None:
    text = "Only Bolivia, Costa Rica and\nVenezuela are ranked below Tier 2\nin Latin America."
    claim = only(text, gazetteer)
    assert claim.kind is ClaimKind.GROUP
    assert claim.countries == ("BOL", "CRI", "VEN")


def test_list_items_and_headings_are_sentences() -> None:
    text = "# Peru stays on Tier 2\nThe report came out.\n- Chile is on Tier 1\n- Cuba rose"
    assert [s.text for s in split_sentences(text)] == [
        "# Peru stays on Tier 2",
        "The report came out.",
        "- Chile is on Tier 1",
        "- Cuba rose",
    ]


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


@pytest.mark.parametrize(
    "text",
    [
        "Colombia is a Tier 1 country in later reports.",
        "Peru was on the Watch List until 2006.",
        "Bolivia was placed on Tier 3 the year before.",
        "Bolivia estuvo en el Nivel 3 en informes anteriores.",
    ],
)
def test_claims_about_another_time_are_left_alone(gazetteer: Gazetteer, text: str) -> None:
    assert extract_claims(text, gazetteer) == []


# --- wording from the second collection of published sentences --------------------------------


def _described(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[Any, ...]]:
    return [
        (str(c.kind), c.countries, c.tier, c.count, c.from_tier, c.direction, c.year)
        for c in extract_claims(text, gazetteer, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "along with N other countries such as ...": how many share the tier, and who.
        (
            "Cuba has remained a Tier Three country for the 21st consecutive year, along with "
            "23 other countries such as Iran and Burma.",
            "en",
            {("count", (), "3", 24), ("tier", ("IRN", "MMR"), "3", None)},
        ),
        # "... to join N other nations on Tier 3": the count, and where the movers went.
        (
            "Venezuela and Cuba dropped from the Tier 2 Watch List to join 20 other nations on "
            "Tier 3.",
            "en",
            {("count", (), "3", 22), ("change", ("VEN", "CUB"), "3", None)},
        ),
        # A count whose countries follow a colon.
        (
            'The report identified 3 "Tier 3" countries, all failing to comply: Cuba, Iran, '
            "and the Burma.",
            "en",
            {("count", (), "3", 3), ("tier", ("CUB", "IRN", "MMR"), "3", None)},
        ),
        (
            'Eighteen countries were deemed "Tier 1," or fully compliant.',
            "en",
            {("count", (), "1", 18)},
        ),
        ("Peru received a top-tier ranking.", "en", {("tier", ("PER",), "1", None)}),
        ("Chile was downgraded to the second level.", "en", {("change", ("CHL",), "2", None)}),
        (
            "Chile, recognized for its strides in the past year, advanced from Tier 3 into Tier 1.",
            "en",
            {("change", ("CHL",), "1", None)},
        ),
        (
            "Sanctions may follow for Cuba and Iran, whose rating in the annual report has been "
            "downgraded to Tier 3.",
            "en",
            {("change", ("CUB", "IRN"), "3", None)},
        ),
        (
            "Countries that upgraded from Tier 3 to Tier 2 Watch List include Cuba and Haiti.",
            "en",
            {("change", ("CUB", "HTI"), "2WL", None)},
        ),
        # Spanish: an article's "the highest category" that its own definition makes Tier 3.
        (
            "El Departamento de Estado incluyó este lunes a Cuba y Venezuela en la categoría más "
            'alta de su informe, reservada para países que "no cumplen con las normas mínimas y '
            'no están haciendo esfuerzos suficientes".',
            "es",
            # "incluyó a X en ..." says where X is, not that it moved there.
            {("tier", ("CUB", "VEN"), "3", None)},
        ),
        (
            "Este año, Bolivia pasó a Nivel 4 y con ello forma parte de los 22 países de la lista "
            "“negra”.",
            "es",
            {("tier", ("BOL",), "3", None), ("count", (), "3", 22)},
        ),
        (
            "El país comparte la categoría 2WL con 2 naciones: Argentina y Brasil.",
            "es",
            {("count", (), "2WL", 3), ("tier", ("ARG", "BRA"), "2WL", None)},
        ),
        (
            "La lista negra cuenta con un total de 23 países, entre ellos, Cuba e Irán.",
            "es",
            {("count", (), "3", 23), ("tier", ("CUB", "IRN"), "3", None)},
        ),
        (
            "Según el informe, estos tres países se encuentran en el Nivel 3, junto a naciones "
            "como "
            "Irán y Birmania.",
            "es",
            {("tier", ("IRN", "MMR"), "3", None)},
        ),
    ],
)
def test_second_collection_wording(
    gazetteer: Gazetteer, text: str, lang: str, expected: set[tuple[Any, ...]]
) -> None:
    found = {
        (kind, countries, tier, count if kind == "count" else None)
        for kind, countries, tier, count, *_ in _described(text, gazetteer, lang)
    }
    assert expected <= found, found


def test_a_tier_named_as_this_tier_is_the_one_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "México se mantiene en el nivel 2. La mayoría de naciones se encuentra en este nivel, "
        "incluyendo Bolivia, Perú y Chile."
    )
    claims = extract_claims(text, gazetteer, "es")
    assert any(c.countries == ("BOL", "PER", "CHL") and c.tier == "2" for c in claims), [
        c.structured() for c in claims
    ]


def test_a_when_clause_takes_the_year_it_follows(gazetteer: Gazetteer) -> None:
    text = (
        "El informe reconoce a la República Dominicana. Esto representa un ascenso respecto a "
        "2024, cuando el país fue ubicado en la lista de vigilancia nivel 2."
    )
    claims = [c for c in extract_claims(text, gazetteer, "es") if c.tier == "2WL"]
    assert [(c.countries, c.year) for c in claims] == [(("DOM",), 2024)]


def test_the_first_edition_year_is_history_not_the_report_year(gazetteer: Gazetteer) -> None:
    text = (
        "Chile was classified as a Tier Three country in the first edition of the report issued "
        "in 2001. Chile remained on Tier 1."
    )
    claims = extract_claims(text, gazetteer, "en")
    assert [c.year for c in claims if c.tier == "1"] == [None]


def test_the_state_department_is_not_a_subject_carried_on(gazetteer: Gazetteer) -> None:
    text = (
        "The U.S. State Department released its report. Korea, which had been on the first "
        "level, was downgraded to the second level."
    )
    assert [c.countries for c in extract_claims(text, gazetteer, "en")] == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The clause reader: a subject far from its verb.
        (
            "Peru, after a year of reforms under a new government, is again on Tier 2.",
            "en",
            {("tier", ("PER",), "2", None, None, None, None)},
        ),
        # Years that open each clause.
        (
            "From 2011 to 2012 Bolivia was placed on the Watch List, in 2014 and 2015 was on "
            "Tier 3, and in 2016 rose back to the Watch List.",
            "en",
            {
                ("tier", ("BOL",), "2WL", None, None, None, 2011),
                ("tier", ("BOL",), "2WL", None, None, None, 2012),
                ("tier", ("BOL",), "3", None, None, None, 2014),
                ("tier", ("BOL",), "3", None, None, None, 2015),
                ("change", ("BOL",), "2WL", None, None, "up", 2016),
            },
        ),
        # A prediction is a claim about the coming report.
        (
            "Peru will fall to Tier 3 in this year's report, the sources said.",
            "en",
            {("change", ("PER",), "3", None, None, "down", None)},
        ),
        # "incluyó a X en la lista negra" says where X is.
        (
            "Estados Unidos incluyó hoy a Bolivia en la lista negra.",
            "es",
            {("tier", ("BOL",), "3", None, None, None, None)},
        ),
        # Two claims that share only their tier.
        (
            "El Departamento de Estado mantuvo a Cuba fuera de la lista negra, en la que incluye "
            "a Belice, Haití y Venezuela.",
            "es",
            {
                ("tier", ("CUB",), "3", None, None, None, None),
                ("tier", ("BLZ", "HTI", "VEN"), "3", None, None, None, None),
            },
        ),
        # An ordinal whose tier noun is the next one's.
        (
            "Chile subió del segundo al primer nivel.",
            "es",
            {("change", ("CHL",), "1", None, "2", "up", None)},
        ),
        # Out of and into the one tier a sentence names.
        (
            "En la lista negra aparecen 22 países, con la salida de Bolivia y la entrada de Cuba.",
            "es",
            {
                ("count", (), "3", 22, None, None, None),
                ("change", ("BOL",), None, None, "3", None, None),
                ("change", ("CUB",), "3", None, None, None, None),
            },
        ),
    ],
)
def test_clause_level_reading(
    gazetteer: Gazetteer, text: str, lang: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected <= set(_described(text, gazetteer, lang))


def test_a_move_that_did_not_happen_is_no_claim(gazetteer: Gazetteer) -> None:
    text = (
        "Bolivia was granted a waiver from an otherwise required downgrade to Tier 3 and "
        "remained on the Watch List."
    )
    assert [c.kind for c in extract_claims(text, gazetteer, "en")] == [ClaimKind.TIER]


@pytest.mark.parametrize(
    ("text", "lang", "back"),
    [
        ("Last year, Peru was upgraded to Tier 2.", "en", 1),
        ("Two years ago, Peru was on Tier 1.", "en", 2),
        ("Hace dos años, Perú estaba en el nivel 1.", "es", 2),
        # Dated after the claim: read about the report before, not left alone.
        ("Perú estaba en la Lista de Vigilancia el año pasado.", "es", 1),
        ("Bolivia estuvo en la lista de vigilancia en el informe del año pasado.", "es", 1),
        # A tier the sentence says the country moved away from was its tier before.
        ("Bolivia, que estaba en la lista de vigilancia, ascendió al nivel 2.", "es", 1),
    ],
)
def test_claims_about_an_earlier_report_count_back(
    gazetteer: Gazetteer, text: str, lang: str, back: int
) -> None:
    assert extract_claims(text, gazetteer, lang)[0].years_before == back


def test_a_stay_on_the_tier_a_country_has_left_is_about_the_year_before(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Peru was upgraded to Tier 2 in the 2022 report.\n\n"
        "Peru has remained on the Watch List for the last three years."
    )
    streak = extract_claims(text, gazetteer, "en")[-1]
    assert (streak.kind, streak.tier, streak.years, streak.year) == (
        ClaimKind.STREAK,
        "2WL",
        3,
        2021,
    )


def test_since_a_year_is_a_streak_up_to_the_year_checked(gazetteer: Gazetteer) -> None:
    reading = read_text("Venezuela fue incluido en el nivel 3 desde 2014.", gazetteer, "es", 2016)
    claim = reading.claims[0]
    assert (claim.kind, claim.tier, claim.years) == (ClaimKind.STREAK, "3", 3)


def test_a_government_named_by_its_spanish_demonym() -> None:
    gazetteer = Gazetteer({"CRI": ["Costa Rica", "gobierno costarricense"]}, {})
    text = (
        "El gobierno costarricense incrementó sus esfuerzos, lo que le permitió mantener su "
        "posición en el nivel 2."
    )
    claim = only(text, gazetteer, "es")
    assert (claim.countries, claim.tier, claim.unchanged) == (("CRI",), "2", True)


# --- the English language of tier claims (issue 11, item 2), invented sentences ------------


def _read(text: str, gazetteer: Gazetteer) -> set[tuple[Any, ...]]:
    """(kind, countries, tier, count, from_tier, direction, years_before) of each claim."""
    return {
        (str(c.kind), c.countries, c.tier, c.count, c.from_tier, c.direction, c.years_before)
        for c in extract_claims(text, gazetteer, "en")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tiers by metaphor and their number together; the press's "warning list".
        (
            "From 2014 Peru was on the lowest Tier 3.",
            {("tier", ("PER",), "3", None, None, None, 0)},
        ),
        ("Haiti stayed on the warning list.", {("tier", ("HTI",), "2WL", None, None, None, 0)}),
        (
            "Cuba remains among the worst offenders.",
            {("tier", ("CUB",), "3", None, None, None, 0)},
        ),
        # A tier followed by its standing noun after "to a".
        (
            "Chile and Peru were downgraded to a Tier 2 ranking.",
            {("change", ("CHL", "PER"), "2", None, None, "down", 0)},
        ),
        # -ing forms of the verbs of movement, a gloss, "in its annual report" before the tiers.
        (
            "The State Department is upgrading Burma (a former British colony) in its annual "
            "trafficking report "
            "from Tier 3 to the Watch List.",
            {("change", ("MMR",), "2WL", None, "3", "up", 0)},
        ),
        (
            "The report boosted Haiti out of the bottom tier and into the Watch List.",
            {("change", ("HTI",), "2WL", None, "3", "up", 0)},
        ),
        (
            "The report upgraded the status of several nations with poor records, most notably "
            "Cuba and Belize.",
            {("change", ("CUB", "BLZ"), None, None, None, "up", 0)},
        ),
        (
            "The report lowered the ranking of neighbouring Bolivia.",
            {("change", ("BOL",), None, None, None, "down", 0)},
        ),
        ("Peru lost its Tier 1 status.", {("change", ("PER",), None, None, "1", "down", 0)}),
        ("Chile regained its top ranking.", {("change", ("CHL",), "1", None, None, "up", 0)}),
        ("Peru rose one tier to Tier 1.", {("change", ("PER",), "1", None, None, "up", 0)}),
        # Where the movers went, said by whom they joined.
        (
            "Cuba and Iran were downgraded to join the worst-performing countries in Tier 3.",
            {("change", ("CUB", "IRN"), "3", None, None, "down", 0)},
        ),
        # Coordination with the verb left out, after a comma or with a particle.
        (
            "Chile was upgraded to Tier 1, Peru to Tier 2 and Cuba to Tier 3.",
            {
                ("change", ("CHL",), "1", None, None, "up", 0),
                ("change", ("PER",), "2", None, None, None, 0),
                ("change", ("CUB",), "3", None, None, None, 0),
            },
        ),
        (
            "The report moved Chile up to Tier 1 and Peru down to Tier 2.",
            {
                ("change", ("CHL",), "1", None, None, "up", 0),
                ("change", ("PER",), "2", None, None, "down", 0),
            },
        ),
        # "respectively" pairs countries and tiers; lists of different lengths are not guessed.
        (
            "Peru and Chile were placed on Tier 2 and Tier 1 respectively.",
            {
                ("tier", ("PER",), "2", None, None, None, 0),
                ("tier", ("CHL",), "1", None, None, None, 0),
            },
        ),
        ("Peru, Chile and Cuba were placed on Tier 2 and Tier 1, respectively.", set()),
        # A list that closes an apposition is the subject ("Two other countries, X and Y, were").
        (
            "Two other countries, Cuba and Venezuela, were also downgraded to Tier 3.",
            {("change", ("CUB", "VEN"), "3", None, None, "down", 0)},
        ),
        # A tier and the list of its members; a heading and its count.
        (
            "Tier 2 includes Belize, Guyana and the Dominican Republic, which are making efforts.",
            {("tier", ("BLZ", "GUY", "DOM"), "2", None, None, None, 0)},
        ),
        (
            "Current Tier 2 Watch List nations in Latin America are Haiti and Bolivia.",
            {("tier", ("HTI", "BOL"), "2WL", None, None, None, 0)},
        ),
        (
            "The Watch List now includes Bolivia and Haiti.",
            {("tier", ("BOL", "HTI"), "2WL", None, None, None, 0)},
        ),
        ("Tier 1: 31 countries are listed.", {("count", (), "1", 31, None, None, 0)}),
        # A count and the one before it.
        (
            "The number of countries on Tier 3 rose from 19 to 21.",
            {("count", (), "3", 21, None, None, 0), ("count", (), "3", 19, None, None, 1)},
        ),
        (
            "There are 21 countries on Tier 3 this year, up from 19 last year.",
            {("count", (), "3", 21, None, None, 0), ("count", (), "3", 19, None, None, 1)},
        ),
        # A count with its members in brackets.
        (
            "The special cases included two countries that were not assigned a tier (Haiti and "
            "Cuba).",
            {
                ("count", (), "special_case", 2, None, None, 0),
                ("tier", ("HTI", "CUB"), "special_case", None, None, None, 0),
            },
        ),
        # Exclusivity in a scope the gazetteer does not know: the tier only.
        (
            "Chile and Peru were the only countries in the Andean region to be awarded Tier 1 "
            "status.",
            {("tier", ("CHL", "PER"), "1", None, None, None, 0)},
        ),
        (
            "Peru, Chile and Colombia are the only three countries in Latin America on Tier 1.",
            {("group", ("PER", "CHL", "COL"), "1", None, None, None, 0)},
        ),
        # A streak someone spent, even inside a prediction.
        (
            "Peru will fall to Tier 3 after spending three years on the Watch List.",
            {
                ("change", ("PER",), "3", None, None, "down", 0),
                ("streak", ("PER",), "2WL", None, None, None, 1),
            },
        ),
        # "on a new U.S. "watch list"", a verb whose subject is the country named before.
        (
            'Peru has many victims and is on a new U.S. "watch list".',
            {("tier", ("PER",), "2WL", None, None, None, 0)},
        ),
    ],
)
def test_the_english_language_of_tier_claims(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause carries its own claim, about the report its words date.
        (
            "The department put Peru, which was designated as a Tier 2 country in last year's "
            "report, on the newly created Watch List.",
            {
                ("tier", ("PER",), "2WL", None, None, None, 0),
                ("tier", ("PER",), "2", None, None, None, 1),
                # Read together, the two say Peru moved down from Tier 2.
                ("change", ("PER",), "2WL", None, "2", "down", 0),
            },
        ),
        (
            "Peru, which was on Tier 3 last year, is now on Tier 2.",
            {
                ("tier", ("PER",), "2", None, None, None, 0),
                ("tier", ("PER",), "3", None, None, None, 1),
                ("change", ("PER",), "2", None, "3", "up", 0),
            },
        ),
        (
            "Peru, Tier 2 last year, moved up to Tier 1.",
            {
                ("change", ("PER",), "1", None, None, "up", 0),
                ("tier", ("PER",), "2", None, None, None, 1),
            },
        ),
        (
            "In last year's report, Peru was on Tier 2.",
            {("tier", ("PER",), "2", None, None, None, 1)},
        ),
        # "last year" inside a clause of its own does not date the claim.
        (
            "Cuba also walked away from the bottom tier after it followed advice given to it last "
            "year.",
            {("change", ("CUB",), None, None, "3", "up", 0)},
        ),
    ],
)
def test_years_named_around_a_claim(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected


def test_plural_anaphora_take_the_list_of_that_many_countries(gazetteer: Gazetteer) -> None:
    closing = (
        "The State Department downgraded the four countries to Tier 3, the lowest ranking - "
        "Cuba, Iran, Burma and Venezuela."
    )
    assert _read(closing, gazetteer) == {
        ("change", ("CUB", "IRN", "MMR", "VEN"), "3", None, None, "down", 0)
    }
    earlier = "Cuba, Iran and Burma were named in the report. The three countries remain on Tier 3."
    assert ("tier", ("CUB", "IRN", "MMR"), "3", None, None, None, 0) in _read(earlier, gazetteer)
    # No list of that many countries: nothing is guessed.
    assert (
        _read("Cuba and Iran were named. The three countries remain on Tier 3.", gazetteer) == set()
    )
    # "the 19 countries on Tier 3" is a count.
    assert _read("The 19 countries on Tier 3 face sanctions.", gazetteer) == {
        ("count", (), "3", 19, None, None, 0)
    }


def test_initials_stand_for_a_country_the_text_has_named(gazetteer: Gazetteer) -> None:
    text = "Dominican Republic escapes a downgrade. The report ranked DR at Tier 2 Watch List."
    assert ("tier", ("DOM",), "2WL", None, None, None, 0) in _read(text, gazetteer)
    # Not named before: initials alone are not read.
    assert _read("The report ranked DR at Tier 2 Watch List.", gazetteer) == set()


def test_since_a_year_after_every_year_or_where_it_has_been(gazetteer: Gazetteer) -> None:
    for text in (
        "Cuba has been ranked Tier 3 every year since 2015.",
        "Cuba remains in Tier 3, where it has been since 2015.",
    ):
        claims = read_text(text, gazetteer, "en", default_year=2018).claims
        assert [(str(c.kind), c.years) for c in claims] == [("streak", 4)], text


# --- the Spanish of tier claims (issue 11, item 2): one invented sentence per shape -----------


def _read_es(text: str, gazetteer: Gazetteer, year: int = 2016) -> set[tuple[Any, ...]]:
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


def _tier(
    countries: tuple[str, ...], tier: str, unchanged: bool = False, negated: bool = False
) -> tuple[Any, ...]:
    return ("tier", countries, tier, None, None, negated, unchanged, None, 0)


def _change(
    countries: tuple[str, ...],
    tier: str | None,
    direction: str | None = None,
    from_tier: str | None = None,
    negated: bool = False,
) -> tuple[Any, ...]:
    return ("change", countries, tier, from_tier, direction, negated, False, None, 0)


def _streak(country: str, tier: str, years: int, back: int = 0) -> tuple[Any, ...]:
    return ("streak", (country,), tier, None, None, False, False, years, back)


def _count(tier: str, count: int) -> tuple[Any, ...]:
    return ("count", (), tier, None, None, False, False, count, 0)


SPANISH_SHAPES = [
    # Tiers named in words, figures and metaphors, with or without accents and capitals.
    ("Chile se ubica en el Escalón 1.", {_tier(("CHL",), "1")}),
    ("Venezuela esta en el nivel III.", {_tier(("VEN",), "3")}),
    ("Bolivia figura en la lista de advertencia.", {_tier(("BOL",), "2WL")}),
    ("Bolivia se encuentra en el nivel 2 con vigilancia.", {_tier(("BOL",), "2WL")}),
    ("El informe ubica a Venezuela en el último nivel.", {_tier(("VEN",), "3")}),
    ("Chile mantiene la máxima calificación.", {_tier(("CHL",), "1", unchanged=True)}),
    ("Chile se ubica en la categoría máxima.", {_tier(("CHL",), "1")}),
    ("PERU SIGUE EN EL NIVEL 2.", {_tier(("PER",), "2", unchanged=True)}),
    ("Colombia fue ubicada en la categoría Tier 2.", {_tier(("COL",), "2")}),
    # Verbs of staying and of membership.
    ("Perú conserva el Nivel 2.", {_tier(("PER",), "2", unchanged=True)}),
    ("Venezuela integra la lista negra.", {_tier(("VEN",), "3")}),
    ("Cuba y Venezuela conforman el nivel 3.", {_tier(("CUB", "VEN"), "3")}),
    ("Perú logró mantenerse en el nivel 2.", {_tier(("PER",), "2", unchanged=True)}),
    ("Perú fue calificado con el nivel 2.", {_tier(("PER",), "2")}),
    ("Perú está clasificado como país de nivel 2.", {_tier(("PER",), "2")}),
    (
        "Venezuela fue mantenida en el grupo de países bajo observación especial.",
        {_tier(("VEN",), "2WL", unchanged=True)},
    ),
    ("Colombia ya no se encuentra en la categoría Tier 1.", {_tier(("COL",), "1", negated=True)}),
    ("Colombia dejó de estar en el Nivel 1.", {_tier(("COL",), "1", negated=True)}),
    # Clitics: doubling, a fronted object, and a pronoun that makes the country the placer.
    ("A Perú lo ubicaron en el Nivel 2.", {_tier(("PER",), "2")}),
    ("En cuanto a Perú, el informe lo ubica en el nivel 2.", {_tier(("PER",), "2")}),
    ("Estados Unidos la mantuvo en el Nivel 3.", set()),
    # Verbs of movement, active and passive, and how far.
    ("Estados Unidos excluyó a Cuba de la lista negra.", {_change(("CUB",), None, from_tier="3")}),
    ("Cuba abandonó la lista negra.", {_change(("CUB",), None, from_tier="3")}),
    ("Colombia perdió la categoría 1.", {_change(("COL",), None, from_tier="1")}),
    ("Colombia recuperó el nivel 1.", {_change(("COL",), "1")}),
    ("Chile fue elevado por primera vez al Nivel 1.", {_change(("CHL",), "1", "up")}),
    ("Estados Unidos rebajó este año a Colombia al nivel 2.", {_change(("COL",), "2", "down")}),
    ("Estados Unidos ha degradado a Cuba al Nivel 3.", {_change(("CUB",), "3", "down")}),
    (
        "Colombia fue degradado de categoría de Tier 1, al Tier 2.",
        {_change(("COL",), "2", "down", "1")},
    ),
    ("Colombia pasó de la categoría 1 a la 2.", {_change(("COL",), "2", from_tier="1")}),
    ("Bolivia ascendió del Nivel “3.”", {_change(("BOL",), None, "up", "3")}),
    ("Haití cayó dos escalones, hasta el nivel 3.", {_change(("HTI",), "3", "down")}),
    ("Haití se desplomó al nivel 3.", {_change(("HTI",), "3", "down")}),
    ("Cuba y México entraron a la lista negra.", {_change(("CUB", "MEX"), "3")}),
    (
        "Ni Cuba ni Venezuela salieron del nivel 3.",
        {_change(("CUB", "VEN"), None, from_tier="3", negated=True)},
    ),
    # Streaks: ordinal years, "lleva", "desde", year ranges.
    ("Cuba lleva diez años en la lista negra.", {_streak("CUB", "3", 10)}),
    ("Bolivia suma tres años en la lista de vigilancia.", {_streak("BOL", "2WL", 3)}),
    ("Perú permanece en el nivel 2 por tercer año.", {_streak("PER", "2", 3)}),
    ("Desde 2012, Perú permanece en el Nivel 2.", {_streak("PER", "2", 5)}),
    ("Cuba llevaba desde 2010 dentro del 'nivel tres'.", {_streak("CUB", "3", 6, back=1)}),
    # Lists and coordination.
    (
        "Tanto Cuba como Venezuela permanecen en el nivel 3.",
        {_tier(("CUB", "VEN"), "3", unchanged=True)},
    ),
    (
        "Cuba y Venezuela, al igual que Haití, permanecen en el nivel 3.",
        {_tier(("CUB", "VEN", "HTI"), "3", unchanged=True)},
    ),
    ("Cuba y Haití, ambos en el nivel 3, rechazaron el informe.", {_tier(("CUB", "HTI"), "3")}),
    (
        "Chile, en el nivel 1; Perú, en el nivel 2; y Bolivia, en la lista de vigilancia.",
        {_tier(("CHL",), "1"), _tier(("PER",), "2"), _tier(("BOL",), "2WL")},
    ),
    # Agreement: a singular verb has one subject.
    ("Al excluir a Venezuela, Cuba queda en la lista negra.", {_tier(("CUB",), "3")}),
    # Counts.
    ("22 países integran la lista negra.", {_count("3", 22)}),
    ("El nivel 3 está integrado por 22 países.", {_count("3", 22)}),
    ("Son 22 los países en el nivel 3.", {_count("3", 22)}),
    ("El número de países en el nivel 3 pasó de 21 a 22.", {_count("3", 22)}),
    ("El Departamento de Estado calificó a 13 países como los peores.", {_count("3", 13)}),
    (
        "En 2024, asignamos la calificación más alta, Nivel 1, a solo 33 países.",
        {_count("1", 33)},
    ),
    (
        "Cuba es uno de los 13 países con la peor calificación.",
        {_tier(("CUB",), "3"), _count("3", 13)},
    ),
    (
        "Junto a Cuba y Venezuela, hay otros 19 países en la lista negra, como Irán y Birmania.",
        {_tier(("CUB", "VEN"), "3"), _count("3", 21), _tier(("IRN", "MMR"), "3")},
    ),
    (
        "Venezuela es uno de los 22 países incluidos en el nivel 3.",
        {_tier(("VEN",), "3"), _count("3", 22)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANISH_SHAPES)
def test_the_spanish_of_tier_claims(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read_es(text, gazetteer) == expected


# Spanish word orders the clause reader does not cover (clauses_es): the object after an active
# verb, the tier before its countries, a tier's members after it. Invented sentences, one per
# shape, and the cases where nothing may be read.
SPANISH_WORD_ORDERS = [
    # The object after the verb, before or after the tier.
    (
        "El informe mantuvo en la lista negra a Cuba, Irán y Birmania.",
        {_tier(("CUB", "IRN", "MMR"), "3", unchanged=True)},
    ),
    (
        "Washington dejó «bajo observación» a Bolivia, Perú y Haití.",
        {_tier(("BOL", "PER", "HTI"), "2WL")},
    ),
    (
        "El informe incluye en su sexta edición a Chile y Colombia en el Nivel 1.",
        {_tier(("CHL", "COL"), "1")},
    ),
    ("Estados Unidos agregó a Belice a la lista negra.", {_change(("BLZ",), "3")}),
    ("El informe sacó a Cuba de la lista negra.", {_change(("CUB",), None, from_tier="3")}),
    (
        "Washington devolvió a Venezuela al grupo de 40 naciones en observación.",
        {_change(("VEN",), "2WL"), _count("2WL", 40)},
    ),
    (
        "Cuba está en la lista negra. Además, el informe decidió mantener en este apartado a "
        "Irán y Birmania.",
        {_tier(("CUB",), "3"), _tier(("IRN", "MMR"), "3", unchanged=True)},
    ),
    # The tier first, its countries after the verb.
    (
        "En el primer grupo se encuentran Chile y Colombia, mientras Perú se ubica en el segundo "
        "grupo.",
        {_tier(("CHL", "COL"), "1"), _tier(("PER",), "2")},
    ),
    (
        "En la lista negra aparecen tres países nuevos este año: Belice, Surinam y Birmania.",
        {_count("3", 3), _change(("BLZ", "SUR", "MMR"), "3")},
    ),
    (
        "Estados Unidos agregó a Belice a una lista negra de la que siguen formando parte Cuba e "
        "Irán.",
        {_change(("BLZ",), "3"), _tier(("CUB", "IRN"), "3", unchanged=True)},
    ),
    (
        "Cuba está en la lista negra. En esa lista ya se encontraban Irán y Birmania.",
        {_tier(("CUB",), "3"), _tier(("IRN", "MMR"), "3", unchanged=True)},
    ),
    ("La lista de vigilancia incluye a Bolivia y Haití.", {_tier(("BOL", "HTI"), "2WL")}),
    ("El informe eleva a Colombia del nivel 2 al nivel 1.", {_change(("COL",), "1", "up", "2")}),
    # A tier's members after it.
    (
        "Son 20 países que repiten este año en la peor categoría, entre ellos Cuba, Irán y "
        "Birmania.",
        {_tier(("CUB", "IRN", "MMR"), "3", unchanged=True)},
    ),
    (
        "Venezuela está dentro del 'nivel tres', junto con países como Irán o Birmania.",
        {_tier(("VEN",), "3"), _tier(("IRN", "MMR"), "3")},
    ),
    (
        "Chile está en la máxima categoría. El país comparte esa clasificación en la región con "
        "Colombia.",
        {_tier(("CHL",), "1"), _tier(("CHL", "COL"), "1")},
    ),
    # The subject after the verb and its tier; an article inside a list.
    (
        "Permanecen en el nivel 3 Cuba, Venezuela y Birmania.",
        {_tier(("CUB", "VEN", "MMR"), "3", unchanged=True)},
    ),
    ("Este año bajó al nivel 2 Colombia.", {_change(("COL",), "2", "down")}),
    (
        "El informe mantiene a Cuba, la República Dominicana y los Estados Unidos en el nivel 2.",
        {_tier(("CUB", "DOM", "USA"), "2", unchanged=True)},
    ),
    # Leaving one tier for another.
    (
        "Argentina salió de la lista de países en observación para colocarse en el nivel dos.",
        {_change(("ARG",), "2", "up", "2WL")},
    ),
    ("Perú pasó del nivel 2 a la lista de vigilancia.", {_change(("PER",), "2WL", from_tier="2")}),
    # An active verb of movement with its object and no tier; passives of adding and removing;
    # a year between a move and its tiers; "al tres" after "del nivel dos".
    (
        "El informe degradó a Belice, Bolivia y Perú en la materia.",
        {_change(("BLZ", "BOL", "PER"), None, "down")},
    ),
    ("Estados Unidos mejoró la posición de Cuba en su informe.", {_change(("CUB",), None, "up")}),
    ("Perú, Cuba y Chile fueron añadidos a la lista negra.", {_change(("PER", "CUB", "CHL"), "3")}),
    ("Belice pasó a formar parte de la lista negra.", {_change(("BLZ",), "3")}),
    (
        "Con Perú, han salido de la lista negra Bolivia y Haití.",
        {_change(("BOL", "HTI"), None, from_tier="3")},
    ),
    ("Haití bajó del nivel dos al tres.", {_change(("HTI",), "3", "down", "2")}),
    (
        "Colombia cayó una categoría en 2014, desde el Nivel 1 al Nivel 2.",
        {_change(("COL",), "2", "down", "1")},
    ),
    # The press's lists of the worst; a heading; a compound ordinal; the tier's noun in apposition.
    (
        "Estados Unidos colocó en su lista de peores centros del tráfico humano a Venezuela y "
        "Birmania.",
        {_tier(("VEN", "MMR"), "3")},
    ),
    (
        "Cuba permanece en la lista de los países con peor desempeño.",
        {_tier(("CUB",), "3", unchanged=True)},
    ),
    ("CUBA (Segundo Nivel - Lista de Observación)", {_tier(("CUB",), "2WL")}),
    (
        "Venezuela sigue en el nivel 3 por vigésimo primer año consecutivo.",
        {_streak("VEN", "3", 21)},
    ),
    ("México mantiene su estatus de Nivel 2.", {_tier(("MEX",), "2", unchanged=True)}),
    ("Chile quedó entre los 36 países con Nivel 1.", {_tier(("CHL",), "1"), _count("1", 36)}),
    # Joining the others on a tier, and the tier's size with them; a reflexive infinitive.
    (
        "Venezuela se une a Cuba, Irán y Birmania y otros 16 países en el peor renglón.",
        {_tier(("VEN", "CUB", "IRN", "MMR"), "3"), _count("3", 20)},
    ),
    ("Cuba se suma a Irán en la lista negra.", {_tier(("CUB", "IRN"), "3")}),
    (
        "Haití, junto con otros 17 países, se ubicó en el tercer nivel.",
        {_tier(("HTI",), "3"), _count("3", 18)},
    ),
    ("Venezuela vuelve a ubicarse en el escalón 3.", {_tier(("VEN",), "3")}),
    # A verb with no subject after "pero" takes the one before; not when its own comes after.
    (
        "Perú fue degradado, pero este año se mantiene en el nivel 2.",
        {_change(("PER",), None, "down"), _tier(("PER",), "2", unchanged=True)},
    ),
    (
        "Chile subió al nivel 1, pero bajó al nivel 2 Colombia.",
        {_change(("CHL",), "1", "up"), _change(("COL",), "2", "down")},
    ),
    # Not claims: a condition, a negation, a tier described rather than named, the placer.
    # The United States after "de" or "por" is the report's author, not the country moved.
    (
        "Bolivia estuvo en la lista de observación de Estados Unidos, pero en 2018 cayó al "
        "Nivel 3.",
        {
            ("tier", ("BOL",), "2WL", None, None, False, False, None, 1),
            _change(("BOL",), "3", "down"),
        },
    ),
    # "una mejor categoría" compares; it is not the best tier.
    ("Cuba fue trasladada a una mejor categoría.", set()),
    ("Cuba podría volver a la lista negra, donde están Irán y Birmania.", set()),
    (
        "El informe no mantuvo en la lista negra a Cuba ni a Irán.",
        {_tier(("CUB", "IRN"), "3", negated=True)},
    ),
    ("Belice y Haití están en un tercer grupo de países que no cumplen las normas.", set()),
    # The Watch List by its other names, and the last tier by the press's.
    ("Washington colocó bajo vigilancia a Bolivia y Haití.", {_tier(("BOL", "HTI"), "2WL")}),
    (
        "Perú había estado en un listado de observación durante tres años consecutivos.",
        {_streak("PER", "2WL", 3, back=1)},
    ),
    # One tier, and no verb "bajó" with a subject of its own.
    ("Haití está en el nivel 2, bajo observación.", {_tier(("HTI",), "2WL")}),
    ("El informe sacó a Cuba del peor de los apartados.", {_change(("CUB",), None, from_tier="3")}),
    ("Belice y Surinam han caído este año a este furgón de cola.", {_change(("BLZ", "SUR"), "3")}),
    # A companion of the object, and the tier's size before the tier.
    (
        "El informe incluyó a Venezuela junto con Cuba entre los 23 países con peor desempeño.",
        {_tier(("VEN", "CUB"), "3"), _count("3", 23)},
    ),
    # Countries named beside a claim later in its clause share its tier.
    (
        "Venezuela aparece en la lista negra del informe anual, junto a Irán y Birmania.",
        {_tier(("VEN",), "3"), _tier(("IRN", "MMR"), "3")},
    ),
    (
        "Belice fue añadido a la lista negra, como ocurre con Cuba e Irán.",
        {_change(("BLZ",), "3"), _tier(("CUB", "IRN"), "3")},
    ),
    (
        "Estados Unidos colocó a Haití en el nivel 3, colocándolo en la misma categoría de Cuba.",
        {_tier(("HTI",), "3"), _tier(("CUB",), "3")},
    ),
    (
        "Cuba sigue en el nivel 3 por décimo año consecutivo, junto con otros 20 países entre "
        "los que se incluyen Irán y Birmania.",
        {_streak("CUB", "3", 10), _count("3", 21), _tier(("IRN", "MMR"), "3")},
    ),
    # ... but not across a negation, a condition, or another claim with its own tier.
    ("Venezuela está en el nivel 3, pero no junto a Cuba.", {_tier(("VEN",), "3")}),
    (
        "Venezuela está en el nivel 3, y Perú podría estar junto a Bolivia en el nivel 2.",
        {_tier(("VEN",), "3")},
    ),
    (
        "Perú está en el nivel 2, mientras que Chile está en el nivel 1 junto a Colombia.",
        {_tier(("PER",), "2"), _tier(("CHL",), "1"), _tier(("COL",), "1")},
    ),
    # "al igual que el año pasado" makes a placement a stay, and does not date it.
    (
        "Perú volvió a ser clasificado en el nivel 1, el más alto, al igual que el año pasado.",
        {_tier(("PER",), "1", unchanged=True)},
    ),
    (
        "Perú está en el nivel 2, como en el informe anterior.",
        {_tier(("PER",), "2", unchanged=True)},
    ),
    # The tier's size with the verb before the others; the tier and who now gets it; a count
    # of a tier and its list after a colon (not when the clause denies it).
    (
        "Perú se ubica junto a otros 100 países, en el nivel 2.",
        {_tier(("PER",), "2"), _count("2", 101)},
    ),
    # Moves without a tier: in quotes, after what earned them, again, with a list in dashes.
    (
        "Perú y Chile han hecho avances y ascendieron a una mejor categoría, mientras que Cuba "
        "y Haití fueron 'degradadas'.",
        {_change(("PER", "CHL"), None, "up"), _change(("CUB", "HTI"), None, "down")},
    ),
    (
        "Cinco países del continente -Perú, Chile y Cuba- han mejorado este año de categoría.",
        {_change(("PER", "CHL", "CUB"), None, "up")},
    ),
    ("Perú volvió a descender.", {_change(("PER",), None, "down")}),
    # The object of the first of two coordinated verbs is on the tier the second names; "al
    # país", read as the country it stands for, is an object too.
    (
        "Estados Unidos mantuvo a Cuba e incluyó a República Dominicana en su lista negra.",
        {_tier(("CUB",), "3", unchanged=True), _tier(("DOM",), "3")},
    ),
    (
        "El informe no mantuvo a Cuba e incluyó a Perú en su lista negra.",
        {_tier(("PER",), "3")},
    ),
    ("El informe elogió a Chile y colocó a Perú en el nivel 2.", {_tier(("PER",), "2")}),
    (
        "Perú presentó su informe. El texto destacó sus esfuerzos, posicionando al país en el "
        "Nivel 2.",
        {_tier(("PER",), "2")},
    ),
    ("El informe coloca el caso de Perú en el nivel 2.", set()),
    # A pronoun object stands for the country named last before it, not for the verb's own
    # subject; a move with no tier is completed by the placement coordinated with it.
    (
        "Estados Unidos mejoró la posición de Cuba, y la retiró de la última posición, al tiempo "
        "que acusó a Venezuela de no hacer esfuerzos y la mantuvo en el escalón más bajo.",
        {
            _change(("CUB",), None, "up"),
            _change(("CUB",), None, from_tier="3"),
            _tier(("VEN",), "3", unchanged=True),
        },
    ),
    (
        "Estados Unidos también mejoró la posición de Perú en el reporte y lo incluyó en la "
        "lista de vigilancia.",
        {_change(("PER",), "2WL", "up"), _tier(("PER",), "2WL")},
    ),
    ("Cuba presentó su informe. Estados Unidos la mantuvo en el Nivel 3.", set()),
    ("El informe criticó a Perú y no lo incluyó en la lista de vigilancia.", set()),
    # "antes" against "ahora": the tier of the report before, and the move between them.
    (
        "Según el reporte, Colombia ahora se encuentra en la categoría Tier 2, pese a que antes "
        "estaba en la Tier 1.",
        {
            _tier(("COL",), "2"),
            ("tier", ("COL",), "1", None, None, False, False, None, 1),
            _change(("COL",), "2", "down", "1"),
        },
    ),
    (
        "Colombia se encuentra en la categoría Tier 2, pese a que antes estaba en la Tier 1.",
        {_tier(("COL",), "2")},
    ),
    # Both ends of a move after its object; an elided ordinal before "grupo"; "la misma".
    (
        "La decisión de elevar a Perú del nivel 3 al 2 fue criticada.",
        {_change(("PER",), "2", "up", "3")},
    ),
    ("Chile pasó del primero al segundo grupo.", {_change(("CHL",), "2", None, "1")}),
    (
        "Con Perú, han salido de la lista negra Chile y Bolivia, mientras que Cuba continúa en "
        "la misma, según la CNN.",
        {_change(("CHL", "BOL"), None, from_tier="3"), _tier(("CUB",), "3", unchanged=True)},
    ),
    ("Perú podría volver a descender.", set()),
    (
        "En el nivel dos, que ahora obtiene la República Dominicana, están los países que hacen "
        "esfuerzos.",
        {_tier(("DOM",), "2")},
    ),
    (
        "En el informe hay 10 países en el grado tres: Cuba, Irán y Venezuela.",
        {_count("3", 10), _tier(("CUB", "IRN", "VEN"), "3")},
    ),
]


def test_a_move_between_two_named_years_gives_each_year_its_tier(gazetteer: Gazetteer) -> None:
    text = "Perú, que pasó del nivel 2 en 2023 a formar parte de la lista de vigilancia en 2024."
    claims = read_text(text, gazetteer, "es", 2024).claims
    assert {(str(c.kind), c.tier, c.from_tier, c.year) for c in claims} == {
        ("tier", "2", None, 2023),
        ("tier", "2WL", None, 2024),
        ("change", "2WL", "2", 2024),
    }


@pytest.mark.parametrize(("text", "expected"), SPANISH_WORD_ORDERS)
def test_spanish_word_orders(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read_es(text, gazetteer) == expected


def test_a_spanish_group_claim_with_no_country_noun(gazetteer: Gazetteer) -> None:
    claim = only("Chile es el único de la región en el nivel 1.", gazetteer, "es")
    assert (claim.kind, claim.countries, claim.tier, claim.group) == (
        ClaimKind.GROUP,
        ("CHL",),
        "1",
        "@region",
    )


def test_el_pais_stands_for_the_country_named_before(gazetteer: Gazetteer) -> None:
    text = "México presentó su informe. El país centroamericano se mantiene en el nivel 2."
    assert _read_es(text, gazetteer) == {_tier(("MEX",), "2", unchanged=True)}


def test_en_el_ano_dates_its_clause(gazetteer: Gazetteer) -> None:
    text = "En el año 2010 el país salió de la categoría 3 y este año subió al nivel 1."
    claims = read_text(f"Perú presentó su informe. {text}", gazetteer, "es", 2012).claims
    assert {(str(c.kind), c.countries, c.year) for c in claims} == {
        ("change", ("PER",), 2010),
        ("change", ("PER",), None),
    }


def test_the_year_named_before_is_that_year(gazetteer: Gazetteer) -> None:
    text = "En 2012 Perú subió al Nivel 2. En ese año, Cuba estaba en el Nivel 3."
    claims = read_text(text, gazetteer, "es", 2016).claims
    assert [(c.countries, c.year) for c in claims] == [(("PER",), 2012), (("CUB",), 2012)]


def test_last_year_then_this_year(gazetteer: Gazetteer) -> None:
    text = "Bolivia estaba en la lista de vigilancia el año pasado y este año subió al Nivel 2."
    assert _read_es(text, gazetteer) == {
        ("tier", ("BOL",), "2WL", None, None, False, False, None, 1),
        _change(("BOL",), "2", "up"),
    }


def test_a_tier_before_and_another_now_is_a_move(gazetteer: Gazetteer) -> None:
    # Neither "stayed" on the new tier nor missing the move the two facts make.
    text = (
        "El informe coloca nuevamente a Perú en el Nivel 2, tras permanecer dos años "
        "consecutivos en la Lista de Vigilancia."
    )
    assert _read_es(text, gazetteer) == {
        _tier(("PER",), "2"),
        _streak("PER", "2WL", 2, back=1),
        _change(("PER",), "2", "up", "2WL"),
    }


def test_a_streak_with_its_years_in_dashes(gazetteer: Gazetteer) -> None:
    text = (
        "Bolivia estuvo por cuatro años consecutivos —entre 2014 y 2017— en la lista de "
        "observación, sin embargo, en 2018 cayó al Nivel 3."
    )
    claims = read_text(text, gazetteer, "es", 2019).claims
    assert [(c.kind, c.countries, c.tier, c.year) for c in claims] == [
        (ClaimKind.STREAK, ("BOL",), "2WL", 2017),
        (ClaimKind.CHANGE, ("BOL",), "3", 2018),
    ]


def test_the_report_years_of_spanish_titles() -> None:
    assert report_years(fold("En el Informe sobre Tráfico de Personas 2011, ...").text) == [2011]
    assert report_years(fold("En el reporte 2022, Perú ...").text) == [2022]


# The English reading of last resort (`fallback_en`): a clause's countries, its verb and the
# preposition before its one tier, where no rule read the clause.
FALLBACK_EN = [
    (
        "The report pushed Peru to the Tier 2 Watch List in its ranking system.",
        {("change", ("PER",), "2WL", None, None, None, 0)},
    ),
    (
        'The department added Cuba and Iran to a "Tier 3" blacklist of nations that are not '
        "doing enough.",
        {("change", ("CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "Chile, Peru and Brazil were taken off a watch list.",
        {("change", ("CHL", "PER", "BRA"), None, None, "2WL", None, 0)},
    ),
    (
        "Haiti has now moved off the worst category, after passing a new law.",
        {("change", ("HTI",), None, None, "3", None, 0)},
    ),
    (
        "Also on Tier 2 is the Dominican Republic, and the report praises it.",
        {("tier", ("DOM",), "2", None, None, None, 0)},
    ),
    (
        "The other Andean country at the bottom of the list is Bolivia, where things are worse.",
        {("tier", ("BOL",), "3", None, None, None, 0)},
    ),
    (
        "Belize remained at the bottommost tier.",
        {("tier", ("BLZ",), "3", None, None, None, 0)},
    ),
    # The one who places is not placed; a possessive names someone else's clause.
    (
        "The United States on Monday kept allies Cuba and Iran on a blacklist of nations.",
        {("tier", ("CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "Mexico's neighbour Guyana is listed in \"Tier 1\" of this year's report.",
        {("tier", ("GUY",), "1", None, None, None, 0)},
    ),
    (
        'Cuba and Iran were blacklisted as "level 3."',
        {("tier", ("CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "The other Caribbean country at the bottom of the human trafficking list is Haiti.",
        {("tier", ("HTI",), "3", None, None, None, 0)},
    ),
    (
        'Two other countries were cited - Belize and Guyana (both on the Tier 2 "watch list").',
        {("tier", ("BLZ", "GUY"), "2WL", None, None, None, 0)},
    ),
    # A number that counts the very list it names is no count of the tier.
    (
        "Only two of the region's countries - Chile and Colombia - were designated Tier 1.",
        {("tier", ("CHL", "COL"), "1", None, None, None, 0)},
    ),
    (
        "Cuba - which two years ago was at rock bottom at Tier 3 - was upgraded this year.",
        # (the relative clause's own claim is dated by its own words)
        {
            ("change", ("CUB",), None, None, None, "up", 0),
            ("tier", ("CUB",), "3", None, None, None, 2),
        },
    ),
    # "the United States annual report" is the report's author, not a country climbing.
    (
        "Peru has upgraded its position in the United States annual Trafficking in Persons "
        "(TIP) report released last night, climbing out of the Tier 2 Watch List.",
        {("change", ("PER",), None, None, "2WL", "up", 0)},
    ),
    (
        "Peru went from Tier 2 to Tier 1.",
        {("change", ("PER",), "1", None, "2", None, 0)},
    ),
    (
        "Peru now shares Tier 3 with Cuba and Iran.",
        {("tier", ("PER", "CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "Peru was downgraded a notch to the Watch List.",
        {("change", ("PER",), "2WL", None, None, "down", 0)},
    ),
    (
        "Peru was one of 12 countries downgraded to Tier 3.",
        {
            ("change", ("PER",), "3", None, None, "down", 0),
            ("moves", (), None, 12, None, "down", 0),
        },
    ),
    # A list is no elided verb: "and Sudan to ..." belongs to "added Brunei and Sudan".
    (
        "The department added Belize and Suriname to its Tier 3 list of offenders.",
        {("change", ("BLZ", "SUR"), "3", None, None, None, 0)},
    ),
]


# Moves whose tier comes after other words, claims about countries named beside a claim,
# inverted and coordinated clauses, and the press's verbs of getting a tier.
MORE_ENGLISH = [
    (
        "The US government has downgraded Peru in its 2013 report to tier III, the worst ranking.",
        {("change", ("PER",), "3", None, None, "down", 0)},
    ),
    (
        "The report upgraded Peru's ranking to Tier Two this year.",
        {("change", ("PER",), "2", None, None, "up", 0)},
    ),
    (
        "The report downgraded Peru's ranking from Tier Two last year to Tier Two Watch List.",
        {("change", ("PER",), "2WL", None, "2", "down", 0)},
    ),
    (
        'Peru was moved from "tier 2" countries (not yet compliant) to "tier 1" countries.',
        {("change", ("PER",), "1", None, "2", None, 0)},
    ),
    (
        "Peru was demoted to the Tier 2 Watch List, on a par with states like Cuba and Haiti.",
        {
            ("change", ("PER",), "2WL", None, None, "down", 0),
            ("tier", ("CUB", "HTI"), "2WL", None, None, None, 0),
        },
    ),
    (
        "Peru and Chile appear on the Tier 2 Watch List along with - among others - Cuba.",
        {("tier", ("PER", "CHL", "CUB"), "2WL", None, None, None, 0)},
    ),
    (
        "Peru is listed in Tier 3 alongside Cuba and Iran.",
        {
            ("tier", ("PER",), "3", None, None, None, 0),
            ("tier", ("CUB", "IRN"), "3", None, None, None, 0),
        },
    ),
    (
        "Peru is now ranked alongside Cuba in Tier 3.",
        {("tier", ("PER", "CUB"), "3", None, None, None, 0)},
    ),
    (
        "Bolivia joins Cuba and Venezuela on Tier 3.",
        {
            ("tier", ("BOL",), "3", None, None, None, 0),
            ("tier", ("CUB", "VEN"), "3", None, None, None, 0),
        },
    ),
    (
        "Guyana is one of only two Caribbean countries listed in Tier 1, Chile being the other.",
        {
            ("tier", ("GUY",), "1", None, None, None, 0),
            ("tier", ("CHL",), "1", None, None, None, 0),
        },
    ),
    (
        "Peru was downgraded to Tier 3, as was Bolivia.",
        {
            ("change", ("PER",), "3", None, None, "down", 0),
            ("change", ("BOL",), "3", None, None, "down", 0),
        },
    ),
    (
        "Listed as Tier 2 on the list are Peru, Chile and Bolivia.",
        {("tier", ("PER", "CHL", "BOL"), "2", None, None, None, 0)},
    ),
    (
        "Downgraded to Tier 3 this year were Peru and Chile.",
        {("change", ("PER", "CHL"), "3", None, None, "down", 0)},
    ),
    (
        "Bolivia was taken off the watch list and placed on Tier 2.",
        {
            # the move, completed by where it was placed
            ("change", ("BOL",), "2", None, "2WL", None, 0),
            ("tier", ("BOL",), "2", None, None, None, 0),
        },
    ),
    (
        "Peru and Chile, both Tier 1 countries, signed the deal.",
        {("tier", ("PER", "CHL"), "1", None, None, None, 0)},
    ),
    (
        "Meanwhile, Peru, Chile and Brazil made Tier 1.",
        {("tier", ("PER", "CHL", "BRA"), "1", None, None, None, 0)},
    ),
    (
        "Belize is now placed on what is called a tier 3 list.",
        {("tier", ("BLZ",), "3", None, None, None, 0)},
    ),
    (
        "Haiti has also been forced to the bottom rung.",
        {("change", ("HTI",), "3", None, None, None, 0)},
    ),
    ("Peru held on to its Tier 1 ranking.", {("tier", ("PER",), "1", None, None, None, 0)}),
    ("Chile maintained its top-level status.", {("tier", ("CHL",), "1", None, None, None, 0)}),
    (
        "Peru's TIP ranking went from Tier 2 to Tier 1.",
        {("change", ("PER",), "1", None, "2", None, 0)},
    ),
    ("Unlike Chile, Peru remains on Tier 2.", {("tier", ("PER",), "2", None, None, None, 0)}),
    # "Tier 2 (Watch List)" is one tier, the Watch List.
    ("Peru is on the Tier 2 (Watch List).", {("tier", ("PER",), "2WL", None, None, None, 0)}),
    (
        "The report ranks Peru on Tier 2, Chile on Tier 1 and Bolivia on Tier 3.",
        {
            ("tier", ("PER",), "2", None, None, None, 0),
            ("tier", ("CHL",), "1", None, None, None, 0),
            ("tier", ("BOL",), "3", None, None, None, 0),
        },
    ),
]


def test_a_range_of_years_after_a_claim(gazetteer: Gazetteer) -> None:
    claims = extract_claims("Peru was previously ranked tier three from 2012-2014.", gazetteer)
    assert [(c.countries, c.tier, c.year) for c in claims] == [
        (("PER",), "3", year) for year in (2012, 2013, 2014)
    ]


@pytest.mark.parametrize(("text", "expected"), MORE_ENGLISH)
def test_english_moves_companions_and_inversions(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru was downgraded, and Chile rose to Tier 1.",
        "Officials agreed to downgrade Peru in April from Tier 2 to the Watch List.",
        "Victims of forced labour from Peru reached Tier 1 countries.",
        "Top-level officials from Peru met in Lima.",
        "Peru's neighbour, like Chile, remains on Tier 2.",
    ],
)
def test_english_moves_and_companions_keep_out_of_what_they_cannot_tell(
    gazetteer: Gazetteer, text: str
) -> None:
    assert not [c for c in extract_claims(text, gazetteer, "en") if "PER" in c.countries and c.tier]


@pytest.mark.parametrize(("text", "expected"), FALLBACK_EN)
def test_the_reading_of_last_resort(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unlike Chile, Peru was pushed to the Tier 2 Watch List.",
        "Peru could be pushed to the Tier 2 Watch List.",
        "Peru risks being taken off the watch list.",
        "Peru was never taken off the watch list.",
        "Victims from Peru were moved to shelters before the Tier 2 review.",
        "Three countries including Peru were pushed to the Tier 2 Watch List.",
        # A ranking against another country is no placement of that country.
        "Chile alone ranks above Peru, on Tier 1.",
    ],
)
def test_the_reading_of_last_resort_keeps_out_of_what_it_cannot_tell(
    gazetteer: Gazetteer, text: str
) -> None:
    assert not [c for c in extract_claims(text, gazetteer, "en") if "PER" in c.countries]


# The seventh collection's wording (invented sentences of the same shapes, and what each new
# reading must refuse).
SEVENTH_ENGLISH = [
    # Leaving a tier named as the verb's object, and where to.
    ("Peru escaped the Tier 2 Watch List.", {("change", ("PER",), None, None, "2WL", "up", 0)}),
    ("Peru left the Watch List.", {("change", ("PER",), None, None, "2WL", None, 0)}),
    (
        "Peru escaped the Tier 2 Watchlist to become a Tier 2 country.",
        {("change", ("PER",), "2", None, "2WL", "up", 0)},
    ),
    (
        "Peru and Chile were bumped up from tier 3, achieving tier 2 watch list status.",
        {("change", ("PER", "CHL"), "2WL", None, "3", "up", 0)},
    ),
    ("The report left Peru on Tier 2.", {("tier", ("PER",), "2", None, None, None, 0)}),
    # A list noun before the tier; the companions of "along such countries as".
    (
        "The United States has removed Peru from its human trafficking watchlist.",
        {("change", ("PER",), None, None, "2WL", None, 0)},
    ),
    (
        "The report placed Peru on its lowest ranking along such countries as Cuba and Iran.",
        {
            ("tier", ("PER",), "3", None, None, None, 0),
            ("tier", ("CUB", "IRN"), "3", None, None, None, 0),
        },
    ),
    # Countries described by their tier, then named; new ones are moves onto it.
    (
        "The only other countries ranked tier three in the report are Cuba and Iran.",
        {("tier", ("CUB", "IRN"), "3", None, None, None, 0)},
    ),
    (
        "The three new countries on the blacklist are Cuba, Iran and Burma.",
        {("change", ("CUB", "IRN", "MMR"), "3", None, None, None, 0)},
    ),
    ("Countries on Tier 3 are subject to sanctions, as Cuba knows.", set()),
    # Counts whose verb and noun are left out, and the count a year before.
    (
        "17 countries were listed as tier 3, 42 were on tier 2 watch list, and 93 on tier 2.",
        {
            ("count", (), "3", 17, None, None, 0),
            ("count", (), "2WL", 42, None, None, 0),
            ("count", (), "2", 93, None, None, 0),
        },
    ),
    (
        "Twenty three countries are listed as Tier 3, compared to 13 last year.",
        {("count", (), "3", 23, None, None, 0), ("count", (), "3", 13, None, None, 1)},
    ),
    (
        "Nearly 100 countries make up Tier 2, including other nations Peru and Chile.",
        {
            ("count", (), "2", 100, None, None, 0),
            ("tier", ("PER", "CHL"), "2", None, None, None, 0),
        },
    ),
    # A tier's heading, its definition and examples in brackets.
    (
        "Tier 1 \u2013 Countries whose governments fully comply with the standards. "
        "(examples: Peru, Chile)",
        {("tier", ("PER", "CHL"), "1", None, None, None, 0)},
    ),
    ("Peru is a source country (examples: forced labor, begging).", set()),
    # "But" before a verb with no subject of its own.
    (
        "Peru was upgraded to Tier 1, but Chile remains on Tier 2.",
        {
            ("change", ("PER",), "1", None, None, "up", 0),
            ("tier", ("CHL",), "2", None, None, None, 0),
        },
    ),
    (
        "Peru was downgraded, but this year remains on Tier 3.",
        {
            ("change", ("PER",), None, None, None, "down", 0),
            ("tier", ("PER",), "3", None, None, None, 0),
        },
    ),
    # Into a tier, by verbs of arriving; the tier as a heading; a negated list.
    ("Peru reached Tier 1 for the first time.", {("change", ("PER",), "1", None, None, None, 0)}),
    ("Peru made it back to Tier 1.", {("change", ("PER",), "1", None, None, None, 0)}),
    ("Peru regained Tier 1 status.", {("change", ("PER",), "1", None, None, "up", 0)}),
    ("Victims of forced labour from Peru reached Tier 1 countries.", set()),
    ("Peru got a Tier 2 rating.", {("tier", ("PER",), "2", None, None, None, 0)}),
    ("Peru falls under Tier 2.", {("tier", ("PER",), "2", None, None, None, 0)}),
    ("Tier 1: Chile, Peru.", {("tier", ("CHL", "PER"), "1", None, None, None, 0)}),
    ("Peru - Tier 2.", {("tier", ("PER",), "2", None, None, None, 0)}),
    (
        "Tier 3 nations such as Peru and Chile face sanctions.",
        {("tier", ("PER", "CHL"), "3", None, None, None, 0)},
    ),
    # Tiers counted from either end; a step and a comma before the tier moved to.
    ("Peru sits in the second-highest tier.", {("tier", ("PER",), "2", None, None, None, 0)}),
    (
        "Peru was placed in the second-lowest tier.",
        {("tier", ("PER",), "2WL", None, None, None, 0)},
    ),
    ("Peru has been assigned Tier 2 status.", {("tier", ("PER",), "2", None, None, None, 0)}),
    ("Peru dropped a tier, to Tier 2.", {("change", ("PER",), "2", None, None, "down", 0)}),
    # A list joined to a count of "other" countries: on the tier, and counted with them.
    (
        "Peru and 21 other countries are on Tier 3.",
        {("tier", ("PER",), "3", None, None, None, 0), ("count", (), "3", 22, None, None, 0)},
    ),
    # The subject carried to "before being upgraded", not to an opening "After being ...".
    (
        "Peru stayed on the Watch List before being upgraded to Tier 2.",
        {
            # (the stay came before the move: the report before)
            ("tier", ("PER",), "2WL", None, None, None, 1),
            ("change", ("PER",), "2", None, None, "up", 0),
        },
    ),
    (
        "After being placed on the Watch List, Peru was downgraded to Tier 3.",
        {("change", ("PER",), "3", None, None, "down", 0)},
    ),
    # An avoided move is none (though it says the country is not on that tier); "dropped off"
    # a list says no direction.
    (
        "Peru narrowly escaped a downgrade to Tier 3.",
        {("tier", ("PER",), "3", None, None, None, 0)},
    ),
    ("Peru dropped off the watch list.", {("change", ("PER",), None, None, "2WL", None, 0)}),
    ("Peru dropped to Tier 3.", {("change", ("PER",), "3", None, None, "down", 0)}),
    # The press's list of the worst performers is Tier 3.
    (
        "Peru remains on the list of worst-performing countries.",
        {("tier", ("PER",), "3", None, None, None, 0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEVENTH_ENGLISH)
def test_the_seventh_collections_wording(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read(text, gazetteer) == expected


def test_years_of_a_claim_after_a_quote_a_reference_mark_or_a_range(gazetteer: Gazetteer) -> None:
    def years(text: str) -> list[int]:
        return sorted(c.year or 0 for c in extract_claims(text, gazetteer, "en"))

    assert years('The office placed Peru in "Tier 2" in 2017 [3] and 2023. [4]') == [2017, 2023]
    assert years("Peru remained on the watch list in 2015 to 2017.") == [2015, 2016, 2017]
    # A claim's own year dates it; the time words of the next clause do not drop it (and that
    # clause is a claim of its own about the year after: claims/context.py).
    assert years("Peru was upgraded to Tier 2 in 2018 and remained there the next year.") == [
        2018,
        2019,
    ]
    assert years("Peru will be upgraded to Tier 2 next year.") == []
    assert years("Peru was on Tier 1 from 2010 until 2012.") == [2010, 2011, 2012]


def test_a_possessive_earlier_tier_with_its_year(gazetteer: Gazetteer) -> None:
    claims = extract_claims(
        "Peru has been classified in Tier 2 in 2007, an improvement over its Tier 2 Watch List "
        "position in 2006.",
        gazetteer,
        "en",
    )
    assert {(c.countries, c.tier, c.year) for c in claims if c.kind is ClaimKind.TIER} == {
        (("PER",), "2", 2007),
        (("PER",), "2WL", 2006),
    }
    # Two countries before "its": whose position is not said.
    claims = extract_claims(
        "Peru and Chile signed a deal, Chile noting its Tier 1 ranking in 2006.", gazetteer, "en"
    )
    assert not [c for c in claims if c.year == 2006]


def test_neither_nor_negates_the_whole_list(gazetteer: Gazetteer) -> None:
    claims = extract_claims("Neither Peru nor Chile is on Tier 3.", gazetteer, "en")
    assert [(c.countries, c.tier, c.negated) for c in claims] == [(("PER", "CHL"), "3", True)]


# The eighth collection's wording: a contracted "del" and any quotation marks before a tier, a
# kept standing named by its noun, a streak between the verb and its object, a tier described
# and then named, and counts that are not exact or not asserted.
EIGHTH_SPANISH = [
    ("Bolivia y Cuba forman parte del nivel 3.", {_tier(("BOL", "CUB"), "3")}),
    ("Cuba forma parte del llamado «nivel 3».", {_tier(("CUB",), "3")}),
    ("Chile mantuvo su ranking de la categoría 1.", {_tier(("CHL",), "1", unchanged=True)}),
    ("Chile conservó su estatus de Nivel 1.", {_tier(("CHL",), "1", unchanged=True)}),
    (
        "Estados Unidos mantuvo por tercer año consecutivo a Cuba en el Nivel 3.",
        {_streak("CUB", "3", 3)},
    ),
    (
        "Estados Unidos mantuvo a Cuba en el grupo de los países más rezagados, denominado "
        "Nivel 3.",
        {_tier(("CUB",), "3", unchanged=True)},
    ),
    (
        "Perú se ubica junto a otros 100 países en el nivel 2.",
        {_tier(("PER",), "2"), _count("2", 101)},
    ),
    # Refusals: a count under a negation, a move that did not happen.
    ("Perú no se ubica junto a otros 100 países en el nivel 2.", set()),
]


@pytest.mark.parametrize(("text", "expected"), EIGHTH_SPANISH)
def test_the_eighth_collections_spanish(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read_es(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Casi 100 países están en el nivel 2.", "es"),
        ("Unos 100 países están en el nivel 2.", "es"),
        ("Cerca de 100 países están en el nivel 2.", "es"),
        ("Alrededor de 100 países están en el nivel 2.", "es"),
        ("Nearly 100 countries are on Tier 2.", "en"),
        ("Some 100 countries are on Tier 2.", "en"),
        ("Almost 100 countries are on Tier 2.", "en"),
        ("About 100 countries are on Tier 2.", "en"),
    ],
)
def test_an_approximate_count_is_not_read_as_exact(
    gazetteer: Gazetteer, text: str, lang: str
) -> None:
    claim = only(text, gazetteer, lang)
    assert (claim.kind, claim.count, claim.tier, str(claim.comparator)) == (
        ClaimKind.COUNT,
        100,
        "2",
        "about",
    )


@pytest.mark.parametrize(
    ("text", "lang", "count", "tier"),
    [
        ("Solo 30 -incluidos Francia y Alemania- figuran en Nivel 1.", "es", 30, "1"),
        (
            "19 países - incluidos Cuba e Irán - han sido clasificados como de Nivel 3.",
            "es",
            19,
            "3",
        ),
        ("Nineteen countries — including Cuba and Iran — are on Tier 3.", "en", 19, "3"),
    ],
)
def test_a_count_with_some_of_its_countries_in_dashes(
    gazetteer: Gazetteer, text: str, lang: str, count: int, tier: str
) -> None:
    counts = [c for c in read_text(text, gazetteer, lang, 2020).claims if c.kind is ClaimKind.COUNT]
    assert [(c.count, c.tier) for c in counts] == [(count, tier)]


def test_no_count_is_read_from_a_definite_list_in_dashes(gazetteer: Gazetteer) -> None:
    text = "The three countries — including Cuba — are on Tier 3."
    assert not [
        c for c in read_text(text, gazetteer, "en", 2020).claims if c.kind is ClaimKind.COUNT
    ]


@pytest.mark.parametrize(
    ("text", "streak"),
    [
        ("Peru was downgraded to Tier 2 after three years on Tier 1.", ("PER", "1", 3)),
        ("Peru was downgraded to Tier 2 after three years ranked at Tier 1.", ("PER", "1", 3)),
    ],
)
def test_a_run_a_country_left_ends_with_the_report_before(
    gazetteer: Gazetteer, text: str, streak: tuple[str, str, int]
) -> None:
    claims = read_text(text, gazetteer, "en", 2021).claims
    runs = [
        (c.countries, c.tier, c.years, c.years_before) for c in claims if c.kind is ClaimKind.STREAK
    ]
    country, tier, years = streak
    assert runs == [((country,), tier, years, 1)]  # the report before this one


def test_after_three_years_of_reforms_is_no_run(gazetteer: Gazetteer) -> None:
    claims = read_text(
        "Peru moved up to Tier 2 after three years of reforms.", gazetteer, "en", 2021
    )
    assert [c.kind for c in claims.claims] == [ClaimKind.CHANGE]


# The ninth round's readings of sentences from which no claim was read: a tier given as a rating
# or named after its members ("con la calificación Nivel 1", "dentro de los países de «nivel
# 2»"), and the owner of the ranking between "the" and a tier word ("the report's lowest level").
NINTH_SPANISH = [
    (
        "El Departamento de Estado reconoció a Argentina con la calificación Nivel 1.",
        {_tier(("ARG",), "1")},
    ),
    ("El informe ubicó a Chile con la categoría Nivel 1.", {_tier(("CHL",), "1")}),
    ("Los expertos ubicaron a Perú dentro de los países de «nivel 2».", {_tier(("PER",), "2")}),
    ("El informe colocó a Cuba entre las naciones del nivel 3.", {_tier(("CUB",), "3")}),
    # Refusals: a negation, and "con" that is a companion rather than a rating.
    ("El informe no reconoció a Argentina con la calificación Nivel 1.", set()),
    ("El informe reconoció a Argentina con la ayuda de Chile.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NINTH_SPANISH)
def test_the_ninth_rounds_spanish(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _read_es(text, gazetteer) == expected


def _plain_en(text: str, gazetteer: Gazetteer) -> set[tuple[Any, ...]]:
    return {
        (str(c.kind), c.countries, c.tier, c.negated) for c in extract_claims(text, gazetteer, "en")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru was downgraded to the report's lowest level.", {("change", ("PER",), "3", False)}),
        (
            "Chile in 2022 was downgraded to the report\u2019s lowest level, Tier 3, citing it.",
            {("change", ("CHL",), "3", False)},
        ),
        ("Peru is on the annual report's Tier 2 Watch List.", {("tier", ("PER",), "2WL", False)}),
        ("Bolivia is not on the State Department's lowest tier.", {("tier", ("BOL",), "3", True)}),
        # Refusals: an owner with no tier after it, and a report's tier without a country.
        ("The report's authors praised Peru.", set()),
        ("The report's lowest tier is a warning.", set()),
    ],
)
def test_the_owner_of_a_ranking_before_its_tier(
    gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _plain_en(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Peru in 2022 was downgraded to Tier 3.", "en", {("change", ("PER",), "3", 2022)}),
        (
            "Peru and Chile in 2019 were placed on Tier 2.",
            "en",
            {("tier", ("PER", "CHL"), "2", 2019)},
        ),
        ("Cuba en 2015 fue ubicada en el nivel 3.", "es", {("tier", ("CUB",), "3", 2015)}),
        # Not between the subject and its verb: the year of another phrase is not taken.
        (
            "Peru, a country visited in 2019, was placed on Tier 2.",
            "en",
            {("tier", ("PER",), "2", None)},
        ),
    ],
)
def test_a_year_between_the_subject_and_its_verb(
    gazetteer: Gazetteer, text: str, lang: str, expected: set[tuple[Any, ...]]
) -> None:
    claims = read_text(text, gazetteer, lang, 2024).claims
    assert {(str(c.kind), c.countries, c.tier, c.year) for c in claims} == expected
