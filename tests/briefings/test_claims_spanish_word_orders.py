"""Spanish word orders the clause reader does not cover (clauses_es), the country a Spanish
noun stands for, the years of Spanish clauses and titles."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import es_change, es_count, es_streak, es_tier, only, read_es
from tipwatch.briefings.claims import ClaimKind, Gazetteer, fold, read_text
from tipwatch.briefings.claims.lexicon import report_years

# Spanish word orders the clause reader does not cover (clauses_es): the object after an active
# verb, the tier before its countries, a tier's members after it. Invented sentences, one per
# shape, and the cases where nothing may be read.
SPANISH_WORD_ORDERS = [
    # The object after the verb, before or after the tier.
    (
        "El informe mantuvo en la lista negra a Cuba, Irán y Birmania.",
        {es_tier(("CUB", "IRN", "MMR"), "3", unchanged=True)},
    ),
    (
        "Washington dejó «bajo observación» a Bolivia, Perú y Haití.",
        {es_tier(("BOL", "PER", "HTI"), "2WL")},
    ),
    (
        "El informe incluye en su sexta edición a Chile y Colombia en el Nivel 1.",
        {es_tier(("CHL", "COL"), "1")},
    ),
    ("Estados Unidos agregó a Belice a la lista negra.", {es_change(("BLZ",), "3")}),
    ("El informe sacó a Cuba de la lista negra.", {es_change(("CUB",), None, from_tier="3")}),
    (
        "Washington devolvió a Venezuela al grupo de 40 naciones en observación.",
        {es_change(("VEN",), "2WL"), es_count("2WL", 40)},
    ),
    (
        "Cuba está en la lista negra. Además, el informe decidió mantener en este apartado a "
        "Irán y Birmania.",
        {es_tier(("CUB",), "3"), es_tier(("IRN", "MMR"), "3", unchanged=True)},
    ),
    # The tier first, its countries after the verb.
    (
        "En el primer grupo se encuentran Chile y Colombia, mientras Perú se ubica en el segundo "
        "grupo.",
        {es_tier(("CHL", "COL"), "1"), es_tier(("PER",), "2")},
    ),
    (
        "En la lista negra aparecen tres países nuevos este año: Belice, Surinam y Birmania.",
        {es_count("3", 3), es_change(("BLZ", "SUR", "MMR"), "3")},
    ),
    (
        "Estados Unidos agregó a Belice a una lista negra de la que siguen formando parte Cuba e "
        "Irán.",
        {es_change(("BLZ",), "3"), es_tier(("CUB", "IRN"), "3", unchanged=True)},
    ),
    (
        "Cuba está en la lista negra. En esa lista ya se encontraban Irán y Birmania.",
        {es_tier(("CUB",), "3"), es_tier(("IRN", "MMR"), "3", unchanged=True)},
    ),
    ("La lista de vigilancia incluye a Bolivia y Haití.", {es_tier(("BOL", "HTI"), "2WL")}),
    ("El informe eleva a Colombia del nivel 2 al nivel 1.", {es_change(("COL",), "1", "up", "2")}),
    # A tier's members after it.
    (
        "Son 20 países que repiten este año en la peor categoría, entre ellos Cuba, Irán y "
        "Birmania.",
        {es_tier(("CUB", "IRN", "MMR"), "3", unchanged=True)},
    ),
    (
        "Venezuela está dentro del 'nivel tres', junto con países como Irán o Birmania.",
        {es_tier(("VEN",), "3"), es_tier(("IRN", "MMR"), "3")},
    ),
    (
        "Chile está en la máxima categoría. El país comparte esa clasificación en la región con "
        "Colombia.",
        {es_tier(("CHL",), "1"), es_tier(("CHL", "COL"), "1")},
    ),
    # The subject after the verb and its tier; an article inside a list.
    (
        "Permanecen en el nivel 3 Cuba, Venezuela y Birmania.",
        {es_tier(("CUB", "VEN", "MMR"), "3", unchanged=True)},
    ),
    ("Este año bajó al nivel 2 Colombia.", {es_change(("COL",), "2", "down")}),
    (
        "El informe mantiene a Cuba, la República Dominicana y los Estados Unidos en el nivel 2.",
        {es_tier(("CUB", "DOM", "USA"), "2", unchanged=True)},
    ),
    # Leaving one tier for another.
    (
        "Argentina salió de la lista de países en observación para colocarse en el nivel dos.",
        {es_change(("ARG",), "2", "up", "2WL")},
    ),
    (
        "Perú pasó del nivel 2 a la lista de vigilancia.",
        {es_change(("PER",), "2WL", from_tier="2")},
    ),
    # An active verb of movement with its object and no tier; passives of adding and removing;
    # a year between a move and its tiers; "al tres" after "del nivel dos".
    (
        "El informe degradó a Belice, Bolivia y Perú en la materia.",
        {es_change(("BLZ", "BOL", "PER"), None, "down")},
    ),
    ("Estados Unidos mejoró la posición de Cuba en su informe.", {es_change(("CUB",), None, "up")}),
    (
        "Perú, Cuba y Chile fueron añadidos a la lista negra.",
        {es_change(("PER", "CUB", "CHL"), "3")},
    ),
    ("Belice pasó a formar parte de la lista negra.", {es_change(("BLZ",), "3")}),
    (
        "Con Perú, han salido de la lista negra Bolivia y Haití.",
        {es_change(("BOL", "HTI"), None, from_tier="3")},
    ),
    ("Haití bajó del nivel dos al tres.", {es_change(("HTI",), "3", "down", "2")}),
    (
        "Colombia cayó una categoría en 2014, desde el Nivel 1 al Nivel 2.",
        {es_change(("COL",), "2", "down", "1")},
    ),
    # The press's lists of the worst; a heading; a compound ordinal; the tier's noun in apposition.
    (
        "Estados Unidos colocó en su lista de peores centros del tráfico humano a Venezuela y "
        "Birmania.",
        {es_tier(("VEN", "MMR"), "3")},
    ),
    (
        "Cuba permanece en la lista de los países con peor desempeño.",
        {es_tier(("CUB",), "3", unchanged=True)},
    ),
    ("CUBA (Segundo Nivel - Lista de Observación)", {es_tier(("CUB",), "2WL")}),
    (
        "Venezuela sigue en el nivel 3 por vigésimo primer año consecutivo.",
        {es_streak("VEN", "3", 21)},
    ),
    ("México mantiene su estatus de Nivel 2.", {es_tier(("MEX",), "2", unchanged=True)}),
    ("Chile quedó entre los 36 países con Nivel 1.", {es_tier(("CHL",), "1"), es_count("1", 36)}),
    # Joining the others on a tier, and the tier's size with them; a reflexive infinitive.
    (
        "Venezuela se une a Cuba, Irán y Birmania y otros 16 países en el peor renglón.",
        {es_tier(("VEN", "CUB", "IRN", "MMR"), "3"), es_count("3", 20)},
    ),
    ("Cuba se suma a Irán en la lista negra.", {es_tier(("CUB", "IRN"), "3")}),
    (
        "Haití, junto con otros 17 países, se ubicó en el tercer nivel.",
        {es_tier(("HTI",), "3"), es_count("3", 18)},
    ),
    ("Venezuela vuelve a ubicarse en el escalón 3.", {es_tier(("VEN",), "3")}),
    # A verb with no subject after "pero" takes the one before; not when its own comes after.
    (
        "Perú fue degradado, pero este año se mantiene en el nivel 2.",
        {es_change(("PER",), None, "down"), es_tier(("PER",), "2", unchanged=True)},
    ),
    (
        "Chile subió al nivel 1, pero bajó al nivel 2 Colombia.",
        {es_change(("CHL",), "1", "up"), es_change(("COL",), "2", "down")},
    ),
    # Not claims: a condition, a negation, a tier described rather than named, the placer.
    # The United States after "de" or "por" is the report's author, not the country moved.
    (
        "Bolivia estuvo en la lista de observación de Estados Unidos, pero en 2018 cayó al "
        "Nivel 3.",
        {
            # dated by the move: the 2017 report (test_claims_years_round_five)
            ("tier", ("BOL",), "2WL", None, None, False, False, None, 0),
            es_change(("BOL",), "3", "down"),
        },
    ),
    # "una mejor categoría" compares; it is not the best tier.
    ("Cuba fue trasladada a una mejor categoría.", set()),
    ("Cuba podría volver a la lista negra, donde están Irán y Birmania.", set()),
    (
        "El informe no mantuvo en la lista negra a Cuba ni a Irán.",
        {es_tier(("CUB", "IRN"), "3", negated=True)},
    ),
    ("Belice y Haití están en un tercer grupo de países que no cumplen las normas.", set()),
    # The Watch List by its other names, and the last tier by the press's.
    ("Washington colocó bajo vigilancia a Bolivia y Haití.", {es_tier(("BOL", "HTI"), "2WL")}),
    (
        "Perú había estado en un listado de observación durante tres años consecutivos.",
        {es_streak("PER", "2WL", 3, back=1)},
    ),
    # One tier, and no verb "bajó" with a subject of its own.
    ("Haití está en el nivel 2, bajo observación.", {es_tier(("HTI",), "2WL")}),
    (
        "El informe sacó a Cuba del peor de los apartados.",
        {es_change(("CUB",), None, from_tier="3")},
    ),
    (
        "Belice y Surinam han caído este año a este furgón de cola.",
        {es_change(("BLZ", "SUR"), "3")},
    ),
    # A companion of the object, and the tier's size before the tier.
    (
        "El informe incluyó a Venezuela junto con Cuba entre los 23 países con peor desempeño.",
        {es_tier(("VEN", "CUB"), "3"), es_count("3", 23)},
    ),
    # Countries named beside a claim later in its clause share its tier.
    (
        "Venezuela aparece en la lista negra del informe anual, junto a Irán y Birmania.",
        {es_tier(("VEN",), "3"), es_tier(("IRN", "MMR"), "3")},
    ),
    (
        "Belice fue añadido a la lista negra, como ocurre con Cuba e Irán.",
        {es_change(("BLZ",), "3"), es_tier(("CUB", "IRN"), "3")},
    ),
    (
        "Estados Unidos colocó a Haití en el nivel 3, colocándolo en la misma categoría de Cuba.",
        {es_tier(("HTI",), "3"), es_tier(("CUB",), "3")},
    ),
    (
        "Cuba sigue en el nivel 3 por décimo año consecutivo, junto con otros 20 países entre "
        "los que se incluyen Irán y Birmania.",
        {es_streak("CUB", "3", 10), es_count("3", 21), es_tier(("IRN", "MMR"), "3")},
    ),
    # ... but not across a negation, a condition, or another claim with its own tier.
    ("Venezuela está en el nivel 3, pero no junto a Cuba.", {es_tier(("VEN",), "3")}),
    (
        "Venezuela está en el nivel 3, y Perú podría estar junto a Bolivia en el nivel 2.",
        {es_tier(("VEN",), "3")},
    ),
    (
        "Perú está en el nivel 2, mientras que Chile está en el nivel 1 junto a Colombia.",
        {es_tier(("PER",), "2"), es_tier(("CHL",), "1"), es_tier(("COL",), "1")},
    ),
    # "al igual que el año pasado" makes a placement a stay, and does not date it.
    (
        "Perú volvió a ser clasificado en el nivel 1, el más alto, al igual que el año pasado.",
        {es_tier(("PER",), "1", unchanged=True)},
    ),
    (
        "Perú está en el nivel 2, como en el informe anterior.",
        {es_tier(("PER",), "2", unchanged=True)},
    ),
    # The tier's size with the verb before the others; the tier and who now gets it; a count
    # of a tier and its list after a colon (not when the clause denies it).
    (
        "Perú se ubica junto a otros 100 países, en el nivel 2.",
        {es_tier(("PER",), "2"), es_count("2", 101)},
    ),
    # Moves without a tier: in quotes, after what earned them, again, with a list in dashes.
    (
        "Perú y Chile han hecho avances y ascendieron a una mejor categoría, mientras que Cuba "
        "y Haití fueron 'degradadas'.",
        {es_change(("PER", "CHL"), None, "up"), es_change(("CUB", "HTI"), None, "down")},
    ),
    (
        "Cinco países del continente -Perú, Chile y Cuba- han mejorado este año de categoría.",
        {es_change(("PER", "CHL", "CUB"), None, "up")},
    ),
    ("Perú volvió a descender.", {es_change(("PER",), None, "down")}),
    # The object of the first of two coordinated verbs is on the tier the second names; "al
    # país", read as the country it stands for, is an object too. (Included beside countries
    # kept there, the second object is new to the tier: a move.)
    (
        "Estados Unidos mantuvo a Cuba e incluyó a República Dominicana en su lista negra.",
        {es_tier(("CUB",), "3", unchanged=True), es_change(("DOM",), "3")},
    ),
    (
        "El informe no mantuvo a Cuba e incluyó a Perú en su lista negra.",
        {es_tier(("PER",), "3")},
    ),
    ("El informe elogió a Chile y colocó a Perú en el nivel 2.", {es_tier(("PER",), "2")}),
    (
        "Perú presentó su informe. El texto destacó sus esfuerzos, posicionando al país en el "
        "Nivel 2.",
        {es_tier(("PER",), "2")},
    ),
    ("El informe coloca el caso de Perú en el nivel 2.", set()),
    # A pronoun object stands for the country named last before it, not for the verb's own
    # subject; a move with no tier is completed by the placement coordinated with it.
    (
        "Estados Unidos mejoró la posición de Cuba, y la retiró de la última posición, al tiempo "
        "que acusó a Venezuela de no hacer esfuerzos y la mantuvo en el escalón más bajo.",
        {
            es_change(("CUB",), None, "up"),
            es_change(("CUB",), None, from_tier="3"),
            es_tier(("VEN",), "3", unchanged=True),
        },
    ),
    (
        "Estados Unidos también mejoró la posición de Perú en el reporte y lo incluyó en la "
        "lista de vigilancia.",
        {es_change(("PER",), "2WL", "up"), es_tier(("PER",), "2WL")},
    ),
    ("Cuba presentó su informe. Estados Unidos la mantuvo en el Nivel 3.", set()),
    ("El informe criticó a Perú y no lo incluyó en la lista de vigilancia.", set()),
    # "antes" against "ahora": the tier of the report before, and the move between them.
    (
        "Según el reporte, Colombia ahora se encuentra en la categoría Tier 2, pese a que antes "
        "estaba en la Tier 1.",
        {
            es_tier(("COL",), "2"),
            ("tier", ("COL",), "1", None, None, False, False, None, 1),
            es_change(("COL",), "2", "down", "1"),
        },
    ),
    (
        "Colombia se encuentra en la categoría Tier 2, pese a que antes estaba en la Tier 1.",
        {es_tier(("COL",), "2")},
    ),
    # Both ends of a move after its object; an elided ordinal before "grupo"; "la misma".
    (
        "La decisión de elevar a Perú del nivel 3 al 2 fue criticada.",
        {es_change(("PER",), "2", "up", "3")},
    ),
    ("Chile pasó del primero al segundo grupo.", {es_change(("CHL",), "2", None, "1")}),
    (
        "Con Perú, han salido de la lista negra Chile y Bolivia, mientras que Cuba continúa en "
        "la misma, según la CNN.",
        {es_change(("CHL", "BOL"), None, from_tier="3"), es_tier(("CUB",), "3", unchanged=True)},
    ),
    ("Perú podría volver a descender.", set()),
    (
        "En el nivel dos, que ahora obtiene la República Dominicana, están los países que hacen "
        "esfuerzos.",
        {es_tier(("DOM",), "2")},
    ),
    (
        "En el informe hay 10 países en el grado tres: Cuba, Irán y Venezuela.",
        {es_count("3", 10), es_tier(("CUB", "IRN", "VEN"), "3")},
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
    assert read_es(text, gazetteer) == expected


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
    assert read_es(text, gazetteer) == {es_tier(("MEX",), "2", unchanged=True)}


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
    assert read_es(text, gazetteer) == {
        ("tier", ("BOL",), "2WL", None, None, False, False, None, 1),
        es_change(("BOL",), "2", "up"),
    }


def test_a_tier_before_and_another_now_is_a_move(gazetteer: Gazetteer) -> None:
    # Neither "stayed" on the new tier nor missing the move the two facts make.
    text = (
        "El informe coloca nuevamente a Perú en el Nivel 2, tras permanecer dos años "
        "consecutivos en la Lista de Vigilancia."
    )
    assert read_es(text, gazetteer) == {
        es_tier(("PER",), "2"),
        es_streak("PER", "2WL", 2, back=1),
        es_change(("PER",), "2", "up", "2WL"),
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
