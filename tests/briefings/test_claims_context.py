"""Counts, compared moves, countries meant by context, and honest coverage: pure Python, no
database (the cross-language readers of tipwatch/briefings/claims)."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import gazetteer_of
from tipwatch.briefings.claims import ClaimKind, Gazetteer, fold, read_text
from tipwatch.briefings.claims.comparisons import read_compared_moves
from tipwatch.briefings.claims.counts import read_counts
from tipwatch.briefings.claims.coverage import speaks_of_tiers
from tipwatch.briefings.claims.model import Comparator
from tipwatch.briefings.claims.tagger import Tagged, tag

COUNTRIES: dict[str, list[str]] = {
    "COL": ["Colombia", "gobierno colombiano", "Colombian government"],
    "DOM": ["Dominican Republic", "República Dominicana", "gobierno dominicano"],
    "THA": ["Thailand", "Tailandia", "Thai government"],
    "MDV": ["Maldives", "the Maldives"],
    "UKR": ["Ukraine", "Ucrania"],
    "BOL": ["Bolivia", "estado boliviano"],
    "CUB": ["Cuba"],
    "USA": ["United States", "Estados Unidos", "US", "U.S."],
}


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of(COUNTRIES)


def tagged(text: str, names: Gazetteer) -> Tagged:
    folded = fold(text)
    return tag(folded, text, names)


# --- counts of countries per tier -------------------------------------------------------------

COUNTS = [
    ("The number of Tier 3 countries rose to 23 from 19.", 23, "3", 19),
    ("El número de países en el Nivel 3 aumentó a 23.", 23, "3", None),
    ("Tier 3 now includes 23 countries.", 23, "3", None),
    ("La lista negra incluye este año a 22 países.", 22, "3", None),
    ("En el nivel 1 figuran 30 países.", 30, "1", None),
    ("The Tier 2 Watch List grew to 45 countries.", 45, "2WL", None),
    ("13 countries made it onto the Tier 3 black list.", 13, "3", None),
    ("El Departamento de Estado ubicó a 21 naciones en el nivel 3.", 21, "3", None),
]


@pytest.mark.parametrize(("text", "count", "tier", "previous"), COUNTS)
def test_counts_in_either_order(
    text: str, count: int, tier: str, previous: int | None, names: Gazetteer
) -> None:
    (read,) = read_counts(tagged(text, names))
    assert (read.count, read.tier, read.previous) == (count, tier, previous)


@pytest.mark.parametrize(
    "text",
    [
        "Tier 3 could include 25 countries next year.",  # a modal
        "If 20 countries fall to Tier 3, aid will suffer.",  # a condition
        "No 20 countries were ever on Tier 3.",  # a negation
        "Thailand joined 20 other nations on Tier 3.",  # "other": read with the country it joins
        "Colombia and 20 countries were on Tier 1.",  # one country and 20 more: the patterns'
        "Tier 1 holds Colombia and 20 countries.",
    ],
)
def test_what_is_not_read_as_a_count(text: str, names: Gazetteer) -> None:
    assert read_counts(tagged(text, names)) == []


def test_a_count_with_a_comparator(names: Gazetteer) -> None:
    (read,) = read_counts(tagged("More than 20 countries were placed on Tier 3.", names))
    assert (read.count, read.comparator) == (20, Comparator.MORE_THAN)


def test_a_count_last_year_and_its_change_are_about_the_reports_before(names: Gazetteer) -> None:
    reading = read_text("Last year, 13 countries made it onto the Tier 3 black list.", names)
    (count,) = [c for c in reading.claims if c.kind is ClaimKind.COUNT]
    assert (count.count, count.years_before) == (13, 1)
    claims = read_text("The number of Tier 3 countries rose to 23 from 19.", names).claims
    assert sorted((c.count, c.years_before) for c in claims) == [(19, 1), (23, 0)]


# --- moves stated as a comparison with an earlier report --------------------------------------


def test_a_move_compared_with_a_named_year(names: Gazetteer) -> None:
    text = (
        "Estados Unidos ubicó a la República Dominicana en el nivel 2. Esto representa un "
        "ascenso respecto a 2024, cuando el país fue ubicado en la lista de vigilancia."
    )
    changes = [c for c in read_text(text, names, "es").claims if c.kind is ClaimKind.CHANGE]
    assert [(c.countries, c.direction, c.year) for c in changes] == [(("DOM",), "up", 2025)]


@pytest.mark.parametrize(
    ("text", "direction", "year"),
    [
        ("It was a downgrade compared with 2019.", "down", 2020),
        ("Una mejora con respecto al informe de 2022.", "up", 2023),
    ],
)
def test_compared_moves(text: str, direction: str, year: int, names: Gazetteer) -> None:
    (move,) = read_compared_moves(tagged(text, names))
    assert (move.direction, move.year) == (direction, year)


def test_a_hypothetical_comparison_is_no_move(names: Gazetteer) -> None:
    assert read_compared_moves(tagged("It would be a downgrade compared with 2019.", names)) == []


# --- countries meant by context ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ukraine was on Tier 2. Therefore, this country has been moved to the watchlist.", "UKR"),
        ("Thailand was on Tier 3. The Southeast Asian nation was upgraded to Tier 2.", "THA"),
        ("Bolivia tuvo problemas. Dicho país fue degradado al Nivel 3.", "BOL"),
        # The report's author is not the country a later "el país" stands for.
        (
            "El estado boliviano no cumple, señala el informe del Departamento de Estado de "
            "Estados Unidos, por lo que bajó al país a la lista de vigilancia.",
            "BOL",
        ),
    ],
)
def test_words_for_the_country_named_before(text: str, code: str, names: Gazetteer) -> None:
    changes = [c for c in read_text(text, names).claims if c.kind is ClaimKind.CHANGE]
    assert [c.countries for c in changes] == [(code,)]


def test_the_state_department_is_no_country(names: Gazetteer) -> None:
    claims = read_text("Ukraine was on Tier 2. The State Department moved it to Tier 1.", names)
    assert all("USA" not in c.countries for c in claims.claims)


def test_an_armed_group_is_no_country(names: Gazetteer) -> None:
    text = "Ukraine was on Tier 2. The Islamic State was downgraded to Tier 3 by its rivals."
    assert all(c.countries != ("UKR",) or c.tier == "2" for c in read_text(text, names).claims)


def test_a_streak_is_not_the_report_authors(names: Gazetteer) -> None:
    text = (
        "The Maldives has appeared on the US State Department's Tier Two Watch List for the "
        "third year in a row."
    )
    (streak,) = read_text(text, names, "en").claims
    assert (streak.kind, streak.countries, streak.tier, streak.years) == (
        ClaimKind.STREAK,
        ("MDV",),
        "2WL",
        3,
    )


def test_a_countrys_people_stand_for_it_once_it_is_named(names: Gazetteer) -> None:
    text = "Colombia bajó. Los colombianos pasaron del primer grupo al segundo grupo."
    claims = read_text(text, names, "es").claims
    assert [(c.countries, c.tier, c.from_tier) for c in claims[-1:]] == [(("COL",), "2", "1")]
    # Not named: "los colombianos" are people, not a country.
    alone = read_text("Los colombianos pasaron del primer grupo al segundo grupo.", names, "es")
    assert alone.claims == []


def test_this_tier_is_not_a_tier_named_in_brackets(names: Gazetteer) -> None:
    text = (
        "The Tier 2 Watch List includes countries attempting to comply (as in Tier 2), but where "
        "trafficking is high. There are 45 countries in this tier."
    )
    counts = [c for c in read_text(text, names, "en").claims if c.kind is ClaimKind.COUNT]
    assert [(c.count, c.tier) for c in counts] == [(45, "2WL")]


def test_a_country_word_with_nothing_before_means_the_one_country_named_after(
    names: Gazetteer,
) -> None:
    text = (
        '"Es injusto haberle ubicado al país en la categoría tres", dijo el vicecanciller de '
        "Bolivia, al referirse al informe del Congreso de Estados Unidos."
    )
    (claim,) = read_text(text, names, "es").claims
    assert (claim.countries, claim.tier) == (("BOL",), "3")


def test_a_country_word_before_two_countries_is_ambiguous(names: Gazetteer) -> None:
    text = (
        '"Es injusto haberle ubicado al país en la categoría tres", dijeron los ministros de '
        "Bolivia y de Cuba."
    )
    assert read_text(text, names, "es").claims == []


def test_the_republic_is_the_country_named_before(names: Gazetteer) -> None:
    text = "Report criticised: Ukraine. This year the Republic was downgraded to Tier 3."
    changes = [c for c in read_text(text, names, "en").claims if c.kind is ClaimKind.CHANGE]
    assert [(c.countries, c.tier) for c in changes] == [(("UKR",), "3")]


def test_a_name_ending_in_republic_is_no_anaphor(names: Gazetteer) -> None:
    text = "Cuba was on Tier 3. Tier 2 includes Ukraine, the Dominican Republic and Colombia."
    claims = read_text(text, names, "en").claims
    assert [(c.countries, c.tier) for c in claims[-1:]] == [(("UKR", "DOM", "COL"), "2")]


def test_a_regained_tier_takes_the_subject_of_the_clause_before(names: Gazetteer) -> None:
    text = "Colombia bajó en 2022 al nivel 2, pero recuperó la máxima calificación en 2023."
    changes = [c for c in read_text(text, names, "es").claims if c.kind is ClaimKind.CHANGE]
    assert [(c.countries, c.tier, c.year) for c in changes] == [
        (("COL",), "2", 2022),
        (("COL",), "1", 2023),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cuba y Bolivia siguen en el nivel 3. Ambos países fueron degradados al nivel 3 en 2011.",
        "Cuba y Bolivia siguen en el nivel 3. En 2011 los dos países bajaron al nivel 3.",
        "Cuba and Bolivia stayed on Tier 3. In 2011 both countries were downgraded to Tier 3.",
    ],
)
def test_both_countries_are_the_two_named_before(text: str, names: Gazetteer) -> None:
    changes = [c for c in read_text(text, names).claims if c.kind is ClaimKind.CHANGE]
    assert [(c.countries, c.tier, c.year) for c in changes] == [(("CUB", "BOL"), "3", 2011)]


@pytest.mark.parametrize(
    "text",
    [
        # Three countries named before "ambos": which two is not said.
        "Cuba, Bolivia y Ucrania siguen en el nivel 3. Ambos países fueron degradados al nivel 3.",
        # No list of three before "los tres países".
        "Cuba sigue en el nivel 3. Los tres países bajaron al nivel 3.",
    ],
)
def test_a_plural_with_no_list_of_its_size_is_not_guessed(text: str, names: Gazetteer) -> None:
    changes = [c for c in read_text(text, names, "es").claims if c.kind is ClaimKind.CHANGE]
    assert changes == []


# --- tiers and years meant by context ----------------------------------------------------------


def test_the_list_is_the_list_named_before(names: Gazetteer) -> None:
    text = "Cuba y Bolivia permanecen en la lista negra. Tailandia entró en la lista este año."
    claims = read_text(text, names, "es").claims
    assert [(c.countries, c.tier) for c in claims[-1:]] == [(("THA",), "3")]


def test_the_list_after_two_lists_is_ambiguous(names: Gazetteer) -> None:
    text = (
        "Cuba stayed on the blacklist and Bolivia on the watch list. Thailand was placed on "
        "the list."
    )
    claims = read_text(text, names, "en").claims
    assert all("THA" not in c.countries for c in claims)


def test_countries_removed_from_a_list_are_no_count_of_it(names: Gazetteer) -> None:
    text = "Cuba sigue en la lista negra. Tres países fueron retirados de la lista."
    claims = read_text(text, names, "es").claims
    assert [c for c in claims if c.kind is ClaimKind.COUNT] == []


def test_an_ordinal_alone_after_the_tiers_were_described(names: Gazetteer) -> None:
    text = (
        "Washington usa tres categorías para evaluar a los países. La primera incluye a Colombia."
    )
    claims = read_text(text, names, "es").claims
    assert [(c.countries, c.tier) for c in claims] == [(("COL",), "1")]
    # With no tiers spoken of before, "la primera" is no tier.
    assert read_text("La primera incluye a Colombia.", names, "es").claims == []


def test_here_is_the_tier_the_sentence_before_described(names: Gazetteer) -> None:
    text = (
        "En el segundo nivel se ubican los que hacen esfuerzos. Aquí se encuentran Colombia y Cuba."
    )
    claims = read_text(text, names, "es").claims
    assert [(c.countries, c.tier) for c in claims] == [(("COL", "CUB"), "2")]
    # "Aquí" after a sentence on other matters stands for no tier.
    other = "El informe se publicó ayer. Aquí se encuentran Colombia y Cuba."
    assert read_text(other, names, "es").claims == []


def test_remained_there_the_next_year(names: Gazetteer) -> None:
    text = "Bolivia was upgraded to Tier 2 in 2018 and remained there the next year."
    claims = read_text(text, names, "en").claims
    assert [(c.kind, c.tier, c.year, c.unchanged) for c in claims[-1:]] == [
        (ClaimKind.TIER, "2", 2019, True)
    ]
    # "there" in a sentence that names no tier is a place, not a tier.
    text = "Bolivia was upgraded to Tier 2. Its minister remained there the next year."
    assert [c.year for c in read_text(text, names, "en").claims if c.unchanged] == []


def test_the_members_of_the_tier_a_sentence_is_about(names: Gazetteer) -> None:
    text = (
        'Estados Unidos mantuvo a Cuba en su "lista negra". La lista, de un total de 17 '
        "países, la completan: Bolivia, Tailandia y Ucrania."
    )
    claims = read_text(text, names, "es").claims[1:]
    assert sorted((c.kind, c.countries, c.tier, c.count) for c in claims) == sorted(
        [
            (ClaimKind.TIER, ("BOL", "THA", "UKR"), "3", None),
            (ClaimKind.COUNT, (), "3", 17),
        ]
    )
    # A bare "la lista" with no list named before is no tier, and nothing is read.
    alone = "La lista, de un total de 17 países, la completan: Bolivia, Tailandia y Ucrania."
    assert read_text(alone, names, "es").claims == []


# --- honest coverage ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A mi me parece injusto haberle ubicado al país en la categoría tres.",
        "En el primer escalón nos encontramos a los Estados Unidos.",
        "Estados Unidos degradó este lunes a Brasil y Sudáfrica.",
        "Only 33 complied fully with the laws, putting them at the top of the system.",
        "Washington agregó a Bolivia a su lista de países donde la trata es peor.",
    ],
)
def test_sentences_that_speak_of_rankings(text: str, names: Gazetteer) -> None:
    folded = fold(text)
    assert speaks_of_tiers(folded.text, tag(folded, text, names))


def test_looser_wording_counts_once_the_text_speaks_of_tiers(names: Gazetteer) -> None:
    sentence = "Tres países fueron retirados de la lista: Belice, Laos y Zimbabue."
    folded = fold(sentence)
    assert not speaks_of_tiers(folded.text, tag(folded, sentence, names))
    assert speaks_of_tiers(folded.text, tag(folded, sentence, names), on_topic=True)
    reading = read_text(f"Cuba sigue en el Nivel 3. {sentence}", names, "es")
    assert [s.text for s in reading.unchecked] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Even countries like Thailand and Ukraine are doing better than the Maldives.",
        "Bolivia está peor que Colombia.",
    ],
)
def test_countries_compared_are_listed_once_the_text_speaks_of_tiers(
    sentence: str, names: Gazetteer
) -> None:
    folded = fold(sentence)
    assert not speaks_of_tiers(folded.text, tag(folded, sentence, names))
    assert speaks_of_tiers(folded.text, tag(folded, sentence, names), on_topic=True)


@pytest.mark.parametrize(
    "sentence", ["También quitó a Bolivia.", "Ucrania comparte la misma nota que Colombia."]
)
def test_a_removal_or_a_shared_grade_after_tier_talk_is_listed(
    sentence: str, names: Gazetteer
) -> None:
    reading = read_text(f"Cuba sigue en el Nivel 3. {sentence}", names, "es")
    assert [s.text for s in reading.unchecked] == [sentence]


def test_a_sentence_on_other_matters_is_not_listed(names: Gazetteer) -> None:
    reading = read_text("Cuba sigue en el Nivel 3. El ministro viajó a Colombia el lunes.", names)
    assert reading.unchecked == []
