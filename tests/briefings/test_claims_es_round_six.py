"""Spanish readers of the sixth round: a rating said to be the same one a country had in an
earlier year ("La clasificación es la misma que recibió el país en 2009"), a report that places
a country again ("volvió a colocar a Cuba en el Nivel 3" is a stay), a tier named as a row
("la Fila Dos"), a verb with no subject after "pero" with countries set beside its tier, and the
only country of a group that stays on a tier ("el único país que permanece en ..."), and a
move told again for other countries with its tier left out ("También quitó a Malasia"), and a
tier shared with a number of other countries ("comparte el nivel 2 con otros 32 países"), and
"Además de Rusia, ..." before a claim that Russia shares, and "otros 12 países" on the tier the
sentence before named (its count), and an inclusion said to be new ("por primera vez", or after
countries kept there) as a move. Invented sentences; the text's report year is 2021."""

from __future__ import annotations

import pytest

from tipwatch.briefings.claims import Gazetteer, read_text

YEAR = 2021


def placings(
    text: str, gazetteer: Gazetteer
) -> set[tuple[str, tuple[str, ...], str | None, int, bool]]:
    """(kind, countries, tier, report year, stays) of each claim."""
    return {
        (
            str(c.kind),
            c.countries,
            c.tier,
            c.year if c.year is not None else YEAR - c.years_before,
            c.unchanged,
        )
        for c in read_text(text, gazetteer, "es", YEAR).claims
        if not c.negated
    }


MEXICO_ON_2 = "El informe coloca a México en la categoría 2."
ON_2_NOW = ("tier", ("MEX",), "2", YEAR, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{MEXICO_ON_2} La clasificación es la misma que recibió el país en el 2009.",
            {ON_2_NOW, ("tier", ("MEX",), "2", 2009, False)},
        ),
        (
            f"{MEXICO_ON_2} Es la misma categoría que obtuvo en 2009.",
            {ON_2_NOW, ("tier", ("MEX",), "2", 2009, False)},
        ),
        (
            f"{MEXICO_ON_2} México recibió la misma calificación en 2009.",
            {ON_2_NOW, ("tier", ("MEX",), "2", 2009, False)},
        ),
        (
            f"{MEXICO_ON_2} La clasificación de México es la misma que recibió en 2009.",
            {ON_2_NOW, ("tier", ("MEX",), "2", 2009, False)},
        ),
        (
            "El informe coloca a México en la categoría 2, la misma calificación que tuvo en 2009.",
            {ON_2_NOW, ("tier", ("MEX",), "2", 2009, False)},
        ),
        (
            "El informe coloca a México en la categoría 2, la misma que tuvo en 2008 y 2009.",
            {ON_2_NOW, ("tier", ("MEX",), "2", 2008, False), ("tier", ("MEX",), "2", 2009, False)},
        ),
        (
            "El informe coloca a México en la categoría 2, la misma que el año pasado.",
            {ON_2_NOW, ("tier", ("MEX",), "2", YEAR - 1, False)},
        ),
    ],
)
def test_the_same_rating_as_in_an_earlier_year(
    text: str, expected: set[tuple[object, ...]], gazetteer: Gazetteer
) -> None:
    assert placings(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another country's own rating then, or a denied or hypothetical sameness
        f"{MEXICO_ON_2} Chile recibió la misma calificación en 2009.",
        f"{MEXICO_ON_2} No es la misma categoría que obtuvo en 2009.",
        f"{MEXICO_ON_2} La clasificación podría ser la misma que recibió en 2009.",
        # the same rating as another country's, with no year
        f"{MEXICO_ON_2} Es la misma categoría que Chile.",
    ],
)
def test_what_the_same_rating_leaves_alone(text: str, gazetteer: Gazetteer) -> None:
    earlier = {c for c in placings(text, gazetteer) if c[3] != YEAR}
    assert not earlier, earlier


# --- a report that places a country again: a stay ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El Departamento de Estado volvió a colocar a Cuba en el Nivel 3.",
        "El informe vuelve a ubicar a Cuba en el Nivel 3.",
        "Cuba volvió a ser ubicada en el Nivel 3.",
        "El informe ubicó de nuevo a Cuba en el Nivel 3.",
        "El Departamento de Estado colocó otra vez a Cuba en el Nivel 3.",
        "Cuba fue una vez más clasificada en el Nivel 3.",
        "Una vez más, el informe situó a Cuba en el Nivel 3.",
    ],
)
def test_placed_again_is_a_stay(text: str, gazetteer: Gazetteer) -> None:
    assert placings(text, gazetteer) == {("tier", ("CUB",), "3", YEAR, True)}


@pytest.mark.parametrize(
    "text",
    [
        # included again may be a return to the tier; being there again, too
        "El informe volvió a incluir a Cuba en la lista negra.",
        "Cuba está de nuevo en el Nivel 3.",
        "De nuevo, Cuba está en el Nivel 3.",
        "Cuba volvió a quedar en el Nivel 3.",
    ],
)
def test_on_a_tier_again_is_no_stay(text: str, gazetteer: Gazetteer) -> None:
    assert placings(text, gazetteer) == {("tier", ("CUB",), "3", YEAR, False)}


# --- "la Fila Dos": a tier by another of its names ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El informe colocó a México en la Fila Dos.", {("tier", ("MEX",), "2", YEAR, False)}),
        ("México está en la fila 3 del informe.", {("tier", ("MEX",), "3", YEAR, False)}),
    ],
)
def test_a_row_is_a_tier(
    text: str, expected: set[tuple[object, ...]], gazetteer: Gazetteer
) -> None:
    assert placings(text, gazetteer) == expected


def test_a_row_without_its_number_is_none(gazetteer: Gazetteer) -> None:
    assert not placings(
        "México se sentó en primera fila en la presentación del informe.", gazetteer
    )


# --- a verb with no subject after "pero", and countries set beside its tier --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Perú no está en la lista negra pero se encuentra en el nivel 2 junto a países como "
            "México o Chile.",
            {("tier", ("PER",), "2", YEAR, False), ("tier", ("MEX", "CHL"), "2", YEAR, False)},
        ),
        (
            "Perú no está en la lista negra, pero figura en el nivel 2 al igual que México.",
            {("tier", ("PER",), "2", YEAR, False), ("tier", ("MEX",), "2", YEAR, False)},
        ),
    ],
)
def test_the_subject_before_pero_with_companions_after_the_tier(
    text: str, expected: set[tuple[object, ...]], gazetteer: Gazetteer
) -> None:
    assert placings(text, gazetteer) == expected


def test_a_subject_after_its_verb_is_still_the_subject(gazetteer: Gazetteer) -> None:
    found = placings("Perú no está en la lista negra, pero bajó al nivel 2 Colombia.", gazetteer)
    assert not any("PER" in claim[1] and claim[2] == "2" for claim in found), found


# --- the only country of a group that stays on a tier stays there itself ----------------------


@pytest.mark.parametrize(
    ("text", "countries", "tier"),
    [
        ("Cuba es el único país latinoamericano que permanece en el Nivel 3.", ("CUB",), "3"),
        ("Chile es el único país de la región que sigue en el Nivel 1.", ("CHL",), "1"),
        (
            "Cuba y Venezuela son los únicos países latinoamericanos que se mantienen en la "
            "lista negra.",
            ("CUB", "VEN"),
            "3",
        ),
    ],
)
def test_the_only_one_that_stays_stays(
    text: str, countries: tuple[str, ...], tier: str, gazetteer: Gazetteer
) -> None:
    assert ("tier", countries, tier, YEAR, True) in placings(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        # the only one there, or the only one that fell there: nothing of the year before
        "Cuba es el único país latinoamericano que está en el Nivel 3.",
        "Cuba es el único país latinoamericano que cayó al Nivel 3.",
        "Cuba no es el único país latinoamericano que permanece en el Nivel 3.",
    ],
)
def test_the_only_one_that_does_not_stay(text: str, gazetteer: Gazetteer) -> None:
    assert not any(claim[4] for claim in placings(text, gazetteer))


# --- a move told again for other countries, its tier left out ---------------------------------


def moves(
    text: str, gazetteer: Gazetteer
) -> set[tuple[tuple[str, ...], str | None, str | None, str | None]]:
    """(countries, tier, from tier, direction) of each move."""
    return {
        (c.countries, c.tier, c.from_tier, c.direction)
        for c in read_text(text, gazetteer, "es", YEAR).claims
        if str(c.kind) == "change"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Departamento de Estado sacó a Cuba de su lista negra. También quitó a Bolivia.",
            {(("CUB",), None, "3", None), (("BOL",), None, "3", None)},
        ),
        (
            "Estados Unidos subió a Perú al Nivel 2. Asimismo, elevó a Chile y Bolivia.",
            {(("PER",), "2", None, "up"), (("CHL", "BOL"), "2", None, "up")},
        ),
        (
            "Estados Unidos bajó a Perú al Nivel 3. Además, rebajó a Chile.",
            {(("PER",), "3", None, "down"), (("CHL",), "3", None, "down")},
        ),
    ],
)
def test_a_move_told_again_for_other_countries(
    text: str, expected: set[tuple[object, ...]], gazetteer: Gazetteer
) -> None:
    assert moves(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a move the other way, a clause that goes on, or no move before
        "Estados Unidos subió a Perú al Nivel 2. También bajó a Chile.",
        "El informe sacó a Cuba de su lista negra. También quitó a Bolivia la ayuda.",
        "El informe mantuvo a Cuba en el Nivel 3. También quitó a Bolivia.",
    ],
)
def test_what_a_move_told_again_leaves_alone(text: str, gazetteer: Gazetteer) -> None:
    assert not any(
        "BOL" in countries or ("CHL" in countries and tier)
        for countries, tier, _, _ in moves(text, gazetteer)
    )


# --- a tier shared with a number of other countries: its count, and the countries listed ------


def counted(text: str, gazetteer: Gazetteer) -> set[tuple[object, ...]]:
    """(kind, countries, tier, count) of each claim."""
    return {
        (str(c.kind), c.countries, c.tier, c.count)
        for c in read_text(text, gazetteer, "es", YEAR).claims
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Argentina comparte el nivel 2 con otros 32 países, entre los que se encuentran "
            "Colombia y México.",
            {
                ("tier", ("ARG",), "2", None),
                ("count", (), "2", 33),
                ("tier", ("COL", "MEX"), "2", None),
            },
        ),
        (
            "Argentina está en el nivel 2. Argentina comparte la misma nota que otros 32 países "
            "de todo el mundo, entre los que se encuentran Colombia y México.",
            {
                ("tier", ("ARG",), "2", None),
                ("count", (), "2", 33),
                ("tier", ("COL", "MEX"), "2", None),
            },
        ),
        (
            "Argentina comparte la lista de vigilancia con otros 20 países.",
            {("tier", ("ARG",), "2WL", None), ("count", (), "2WL", 21)},
        ),
    ],
)
def test_a_tier_shared_with_other_countries(
    text: str, expected: set[tuple[object, ...]], gazetteer: Gazetteer
) -> None:
    assert counted(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # working with other countries shares no tier with them; "esta nota" is the article
        "Argentina está en el nivel 2 y trabaja con otros 32 países.",
        "Argentina está en el nivel 2. Esta nota la comparten otros 32 países.",
    ],
)
def test_what_a_shared_tier_leaves_alone(text: str, gazetteer: Gazetteer) -> None:
    assert not any(kind == "count" for kind, *_ in counted(text, gazetteer))


# --- "Además de X," before a claim: X shares it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Además de Bolivia, el informe rebajó a Perú al Nivel 3.",
            {(("BOL",), "3", None, "down"), (("PER",), "3", None, "down")},
        ),
        (
            "Además de Bolivia, en su informe de este año el Departamento de Estado ha rebajado "
            "la posición de Perú.",
            {(("BOL",), None, None, "down"), (("PER",), None, None, "down")},
        ),
    ],
)
def test_besides_a_country_it_shares_the_move(
    text: str, expected: set[tuple[object, ...]], gazetteer: Gazetteer
) -> None:
    assert moves(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause between that is not the report's, or no country after "además de"
        "Además de Bolivia, el gobierno menciona a muchos países; Perú bajó al Nivel 3.",
        "Además de ser un país de origen, Bolivia está en el Nivel 2.",
    ],
)
def test_what_besides_leaves_alone(text: str, gazetteer: Gazetteer) -> None:
    found = read_text(text, gazetteer, "es", YEAR).claims
    assert not any(c.countries == ("BOL",) and str(c.kind) == "change" for c in found)


# --- "otros N países" on the tier the sentence before named: the tier's count ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cuba figura en el nivel 3. Este año, otros 12 países, entre ellos Venezuela e Irán, "
            "también fueron incluidos en esa categoría.",
            {
                ("tier", ("CUB",), "3", None),
                ("count", (), "3", 13),
                ("tier", ("VEN", "IRN"), "3", None),
            },
        ),
        (
            "Cuba y Venezuela siguen en el Nivel 3. Otros 20 países siguen en el Nivel 3.",
            {("tier", ("CUB", "VEN"), "3", None), ("count", (), "3", 22)},
        ),
    ],
)
def test_others_on_the_tier_before(
    text: str, expected: set[tuple[object, ...]], gazetteer: Gazetteer
) -> None:
    assert counted(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # others on another tier, or no countries placed before them
        "Cuba sigue en el Nivel 3. Otros 20 países están en el Nivel 2.",
        "Hay un informe nuevo. Otros 20 países están en el Nivel 2.",
    ],
)
def test_what_others_leave_alone(text: str, gazetteer: Gazetteer) -> None:
    assert not any(count == 21 for *_, count in counted(text, gazetteer))


# --- an inclusion said to be new is a move onto the tier --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El informe incluyó por primera vez a Bolivia en la lista negra.",
        "Bolivia fue incluida por primera vez en el Nivel 3.",
        "El informe incluyó a Bolivia en la lista negra por primera vez.",
        "Estados Unidos mantuvo a Cuba e incluyó a Bolivia en su lista negra.",
        "Estados Unidos mantiene a Cuba y Venezuela e incluye a Bolivia en el Nivel 3.",
    ],
)
def test_an_inclusion_said_to_be_new_is_a_move(text: str, gazetteer: Gazetteer) -> None:
    assert (("BOL",), "3", None, None) in moves(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        # an inclusion alone, again, kept on another tier, or a first time of something else
        "El informe incluyó a Bolivia en la lista negra.",
        "El informe incluyó a Bolivia en la lista negra por segunda vez.",
        "Estados Unidos mantuvo a Cuba en el Nivel 2 e incluyó a Bolivia en el Nivel 3.",
        "El informe incluyó a Bolivia en la lista negra, que se publicó por primera vez en 2001.",
    ],
)
def test_an_inclusion_not_said_to_be_new_is_a_placing(text: str, gazetteer: Gazetteer) -> None:
    assert not moves(text, gazetteer)
    assert ("tier", ("BOL",), "3", YEAR, False) in placings(text, gazetteer)
