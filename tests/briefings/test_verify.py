"""Checking claims against the real bundled dataset: every claim type, every verdict."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tipwatch.briefings.verify import CheckedClaim, ClaimChecker, Verdict

pytestmark = pytest.mark.usefixtures("tip_data")


def check(text: str, year: int = 2015, group: str | None = None) -> list[CheckedClaim]:
    return ClaimChecker(year, default_group=group).check_text(text).claims


def one(text: str, year: int = 2015, group: str | None = None) -> CheckedClaim:
    claims = check(text, year, group)
    assert len(claims) == 1, [c.as_dict() for c in claims]
    return claims[0]


def test_the_five_below_tier_2_claim_is_contradicted_by_cuba_and_haiti() -> None:
    checked = one(
        "Only Bolivia, Costa Rica and Venezuela are ranked below Tier 2 in Latin America."
    )

    assert checked.verdict is Verdict.CONTRADICTED
    named = {e.country for e in checked.evidence}
    assert {"Cuba", "Haiti"} <= named
    assert {e.iso3: e.tier for e in checked.evidence if e.iso3 in {"CUB", "HTI"}} == {
        "CUB": "2WL",
        "HTI": "2WL",
    }
    assert "Cuba and Haiti are also below Tier 2 in Latin America" in checked.explanation
    assert checked.group is not None
    assert checked.group.slug == "latin-america"
    assert checked.group.size == 20


def test_a_group_claim_names_the_definition_and_what_the_wider_one_changes() -> None:
    checked = one(
        "Only Bolivia, Costa Rica, Cuba, Haiti and Venezuela rank below Tier 2 in Latin America."
    )
    assert checked.verdict is Verdict.SUPPORTED
    assert checked.group is not None
    assert "Belize, Guyana and Suriname are NOT included" in checked.group.definition
    [wider] = checked.alternatives
    assert wider.group.slug == "latin-america-caribbean"
    assert wider.group.size == 33
    assert wider.verdict is Verdict.CONTRADICTED
    changed = {e.country for e in wider.changes}
    assert {"Belize", "Guyana", "Suriname"} <= changed
    assert "Belize (Tier 3)" in wider.note


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Only Chile in Latin America is Tier 1.", Verdict.SUPPORTED),
        ("Chile is the only Latin American country on Tier 1.", Verdict.SUPPORTED),
        ("Chile es el único país latinoamericano en el Nivel 1.", Verdict.SUPPORTED),
        ("Only Chile is on Tier 1 in Latin America and the Caribbean.", Verdict.CONTRADICTED),
        ("Only Venezuela is on Tier 3 in Latin America.", Verdict.SUPPORTED),
        ("Only Cuba is on Tier 3 in Latin America.", Verdict.CONTRADICTED),
        ("Only Belize is on Tier 3 in Latin America.", Verdict.CONTRADICTED),
        ("Solo Chile está por encima del Nivel 2 en América Latina.", Verdict.SUPPORTED),
    ],
)
def test_group_claims(text: str, verdict: Verdict) -> None:
    assert one(text).verdict is verdict


def test_the_bahamas_change_the_tier_1_answer_in_the_wider_group() -> None:
    checked = one("Only Chile in Latin America is Tier 1.")
    [wider] = checked.alternatives
    assert [e.country for e in wider.changes] == ["The Bahamas"]


def test_a_group_claim_without_a_group_uses_the_default_or_says_the_scope_is_ambiguous() -> None:
    ambiguous = one("Only Chile is on Tier 1.")
    assert ambiguous.verdict is Verdict.NOT_COVERED
    assert ambiguous.explanation.startswith("Ambiguous scope")
    checked = one("Only Chile is on Tier 1.", group="latin-america")
    assert checked.verdict is Verdict.SUPPORTED


def test_the_region_is_the_home_group_of_the_site_settings() -> None:
    from wagtail.models import Site

    from tipwatch.pages.models import SiteSettings
    from tipwatch.tip.models import Group

    claim = "Only Chile ranks above Tier 2 in the region."
    assert one(claim).group.slug == "all"  # type: ignore[union-attr]
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.home_group = Group.objects.get(slug="central-america")
    settings.save()

    assert one(claim).group.slug == "central-america"  # type: ignore[union-attr]


def test_a_group_claim_in_a_partial_year_is_not_covered(remove_from_data: Any) -> None:
    remove_from_data(("ARG", 2016), ("CHL", 2016))
    checked = one("In the 2016 report, only Colombia is on Tier 1 in Latin America.")
    assert checked.verdict is Verdict.NOT_COVERED
    assert checked.year == 2016
    assert "lacks Argentina" in checked.explanation
    gaps = [e for e in checked.evidence if e.tier is None]
    assert {e.iso3 for e in gaps} >= {"ARG", "CHL"}
    assert all("coverage gap" in e.source for e in gaps)


def test_a_group_claim_that_known_rows_contradict_in_a_partial_year() -> None:
    checked = one("In the 2016 report, only Venezuela is on Tier 3 in Latin America.")
    assert checked.verdict is Verdict.CONTRADICTED
    assert "Haiti" in checked.explanation


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Peru remains on Tier 2.", Verdict.SUPPORTED),
        ("Perú se mantiene en el Nivel 2.", Verdict.SUPPORTED),
        ("Peru is on Tier 1.", Verdict.CONTRADICTED),
        ("Peru is not on Tier 1.", Verdict.SUPPORTED),
        ("Peru is not on Tier 2.", Verdict.CONTRADICTED),
        ("Bolivia was placed on the Watch List.", Verdict.SUPPORTED),
        ("Bolivia y Haití siguen en la Lista de Vigilancia.", Verdict.SUPPORTED),
        ("Bolivia, Cuba and Venezuela are on the Watch List.", Verdict.CONTRADICTED),
        # Costa Rica is on the Watch List in 2015, but was on Tier 2 in 2014.
        ("Costa Rica remains on the Watch List.", Verdict.CONTRADICTED),
        ("Costa Rica is on the Watch List.", Verdict.SUPPORTED),
        ("The United States is on Tier 1.", Verdict.SUPPORTED),
    ],
)
def test_tier_claims_2015(text: str, verdict: Verdict) -> None:
    assert one(text).verdict is verdict


def test_tier_claims_in_a_partial_year(remove_from_data: Any) -> None:
    remove_from_data(("ARG", 2016))
    argentina = one("Argentina is on Tier 2 in the 2016 report.")
    assert argentina.verdict is Verdict.NOT_COVERED
    [gap] = argentina.evidence
    assert (gap.iso3, gap.report_year, gap.tier) == ("ARG", 2016, None)
    assert gap.source.startswith("missing from our data (coverage gap)")
    # Remaining across the gap cannot be checked either.
    assert one("Argentina remained on Tier 2 in the 2017 report.").verdict is Verdict.NOT_COVERED
    assert one("Peru remained on Tier 2 in the 2016 report.").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "year", "verdict"),
    [
        ("Haiti was downgraded to Tier 3.", 2016, Verdict.SUPPORTED),
        ("Haití bajó de la Lista de Vigilancia al Nivel 3.", 2016, Verdict.SUPPORTED),
        ("Haiti was upgraded to Tier 3.", 2016, Verdict.CONTRADICTED),
        ("Haiti was downgraded to Tier 3 from Tier 2.", 2016, Verdict.CONTRADICTED),
        ("Cuba was upgraded from the Watch List.", 2015, Verdict.CONTRADICTED),
        ("Cuba was upgraded from Tier 3 to the Watch List.", 2015, Verdict.SUPPORTED),
        ("Cuba subió del Nivel 3 a la Lista de Vigilancia.", 2015, Verdict.SUPPORTED),
        ("Costa Rica descendió a la Lista de Vigilancia.", 2015, Verdict.SUPPORTED),
        ("Peru was not downgraded.", 2015, Verdict.SUPPORTED),
        ("Peru was downgraded to the Watch List.", 2015, Verdict.CONTRADICTED),
        ("The report moved Colombia to Tier 1.", 2016, Verdict.SUPPORTED),
        # Bolivia was on the Watch List in 2016 too: no downgrade in 2017.
        ("Bolivia was downgraded to the Watch List.", 2017, Verdict.CONTRADICTED),
        ("Bolivia fell to Tier 3.", 2017, Verdict.CONTRADICTED),
    ],
)
def test_change_claims(text: str, year: int, verdict: Verdict) -> None:
    checked = one(text, year)
    assert checked.verdict is verdict, checked.explanation


def test_a_change_across_a_gap_cannot_be_checked(remove_from_data: Any) -> None:
    remove_from_data(("BOL", 2016))
    checked = one("Bolivia was downgraded to the Watch List.", 2017)
    assert checked.verdict is Verdict.NOT_COVERED, checked.explanation


def test_change_evidence_shows_both_years() -> None:
    checked = one("Haiti was downgraded to Tier 3.", 2016)
    assert [(e.report_year, e.tier) for e in checked.evidence] == [(2016, "3"), (2015, "2WL")]


@pytest.mark.parametrize(
    ("text", "year", "verdict"),
    [
        (
            "The 2015 report keeps Peru on Tier 2 for the ninth consecutive year.",
            2015,
            Verdict.SUPPORTED,
        ),
        ("Peru has been on Tier 2 for eight consecutive years.", 2015, Verdict.CONTRADICTED),
        ("Peru has been on Tier 2 for ten consecutive years.", 2015, Verdict.CONTRADICTED),
        ("Peru has been on Tier 2 for at least five consecutive years.", 2015, Verdict.SUPPORTED),
        ("Perú se mantiene en el Nivel 2 por noveno año consecutivo.", 2015, Verdict.SUPPORTED),
        ("This is Haiti's fourth consecutive year on the Watch List.", 2015, Verdict.SUPPORTED),
        ("This is Haiti's third consecutive year on the Watch List.", 2015, Verdict.CONTRADICTED),
        ("Bolivia remains on Tier 2 for a third straight year.", 2015, Verdict.CONTRADICTED),
    ],
)
def test_streak_claims(text: str, year: int, verdict: Verdict) -> None:
    checked = one(text, year)
    assert checked.verdict is verdict, checked.explanation


def test_a_run_of_one_report_is_worded_in_the_singular() -> None:
    # Malaysia went up from Tier 3 to the Watch List in 2015.
    checked = one("Malaysia has been on the Watch List for two consecutive years.", 2015)

    assert checked.verdict is Verdict.CONTRADICTED
    assert checked.explanation.startswith(
        "Malaysia has been on the Tier 2 Watch List for 1 report to 2015"
    ), checked.explanation


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Brazil: Tier 2 in 2017-2019, 2016 taken out: at least three years.
        ("Brazil has been on Tier 2 for three consecutive years.", Verdict.NOT_COVERED),
        ("Brazil has been on Tier 2 for at least three consecutive years.", Verdict.SUPPORTED),
        ("Brasil lleva cinco años consecutivos en el Nivel 2.", Verdict.NOT_COVERED),
        ("Brazil has been on Tier 2 for two consecutive years.", Verdict.CONTRADICTED),
    ],
)
def test_streak_claims_across_a_gap(remove_from_data: Any, text: str, verdict: Verdict) -> None:
    remove_from_data(("BRA", 2016))
    checked = one(text, 2019)
    assert checked.verdict is verdict, checked.explanation


def test_streak_evidence_is_the_run_and_what_ended_it() -> None:
    checked = one("This is Haiti's fourth consecutive year on the Watch List.")
    assert [(e.report_year, e.tier) for e in checked.evidence] == [
        (2012, "2WL"),
        (2013, "2WL"),
        (2014, "2WL"),
        (2015, "2WL"),
        (2011, "special_case"),
    ]


@pytest.mark.parametrize(
    ("text", "year", "verdict"),
    [
        ("Four Latin American countries are on the Watch List.", 2015, Verdict.SUPPORTED),
        ("Five Latin American countries are on the Watch List.", 2015, Verdict.CONTRADICTED),
        ("14 of the 20 Latin American countries are on Tier 2.", 2015, Verdict.SUPPORTED),
        ("Catorce de los 20 países latinoamericanos están en el Nivel 2.", 2015, Verdict.SUPPORTED),
        ("At least 20 countries are on Tier 3.", 2015, Verdict.SUPPORTED),
        ("Fewer than 10 countries are on Tier 3.", 2015, Verdict.CONTRADICTED),
        ("23 countries were placed on Tier 3.", 2015, Verdict.SUPPORTED),
        ("40 countries were placed on Tier 3.", 2015, Verdict.CONTRADICTED),
        ("Dos países latinoamericanos están en el Nivel 3.", 2020, Verdict.CONTRADICTED),
    ],
)
def test_count_claims(text: str, year: int, verdict: Verdict) -> None:
    checked = one(text, year)
    assert checked.verdict is verdict, checked.explanation


def test_a_count_with_a_country_missing_cannot_be_checked(remove_from_data: Any) -> None:
    # With the United States taken out, 2015 has 23 or 24 countries on Tier 3.
    remove_from_data(("USA", 2015), ("ARG", 2016))
    assert one("23 countries were placed on Tier 3.").verdict is Verdict.NOT_COVERED
    checked = one("Two Latin American countries were on Tier 3 in the 2016 report.", 2016)
    assert checked.verdict is Verdict.NOT_COVERED, checked.explanation


def test_a_world_count_in_a_complete_year() -> None:
    checked = one("The 2020 report placed 19 countries on Tier 3.")
    assert checked.verdict is Verdict.SUPPORTED, checked.explanation
    assert len(checked.evidence) == 19


def test_a_claim_about_a_year_without_a_report() -> None:
    checked = one("The 2030 report keeps Peru on Tier 2.")
    assert checked.verdict is Verdict.NOT_COVERED
    assert checked.explanation == "Our data has no 2030 report."


def test_the_text_year_wins_over_the_default() -> None:
    checked = one("In the 2016 report, Colombia is on Tier 1.", year=2015)
    assert (checked.year, checked.verdict) == (2016, Verdict.SUPPORTED)


def test_json_shape() -> None:
    result = ClaimChecker(2015).check_text("Peru remains on Tier 2. Only Chile is Tier 1.")
    data = result.as_dict()
    first = data["claims"][0]
    assert set(first) >= {"text", "span", "structured", "verdict", "evidence"}
    assert first["span"] == [0, 22]
    assert set(first["evidence"][0]) == {"iso3", "country", "report_year", "tier", "source"}
    assert data["summary"] == {"supported": 1, "contradicted": 0, "not_covered": 1}


@pytest.mark.parametrize(
    ("iso3", "year", "group", "lang"),
    [
        ("PER", 2015, "latin-america", "en"),
        ("PER", 2015, "latin-america", "es"),
        ("HTI", 2016, "latin-america", "en"),
        ("HTI", 2016, "latin-america", "es"),
        ("ARG", 2017, "latin-america-caribbean", "es"),
        ("CUB", 2019, "latin-america-caribbean", "es"),
        ("GUY", 2010, "south-america", "es"),
    ],
)
def test_a_briefing_passes_its_own_fact_check(iso3: str, year: int, group: str, lang: str) -> None:
    from tipwatch.briefings.composer import BriefingComposer
    from tipwatch.tip.models import Country, Group

    briefing = BriefingComposer().compose(
        Country.objects.get(iso3=iso3), year, Group.objects.get(slug=group), lang
    )
    result = ClaimChecker(year, default_group=group).check_text(briefing.text)
    assert len(result.claims) >= 5
    wrong = [
        (c.claim.text, c.explanation) for c in result.claims if c.verdict is Verdict.CONTRADICTED
    ]
    assert wrong == []


def test_an_elliptical_false_claim_is_caught() -> None:
    claims = check("Haiti was on the Tier 2 Watch List in the 2015 report, and Cuba on Tier 3.")
    cuba = next(c for c in claims if c.claim.countries == ("CUB",))
    assert cuba.verdict is Verdict.CONTRADICTED
    assert "Cuba is on the Tier 2 Watch List in the 2015 report" in cuba.explanation


def test_a_group_named_in_an_earlier_sentence_sets_the_scope() -> None:
    checked = check(
        "The 2015 Trafficking in Persons Report kept Peru on Tier 2, like most of Latin "
        "America. Chile alone was on Tier 1."
    )[-1]
    assert checked.verdict is Verdict.SUPPORTED
    assert checked.group is not None
    assert checked.group.slug == "latin-america"


def test_the_demo_article_is_not_contradicted() -> None:
    from tipwatch.pages.demo.content import NEWS

    article = NEWS[0]
    paragraphs = [str(article["title"]), str(article["summary"])]
    for kind, value in article["body"]:  # type: ignore[attr-defined]
        if kind in ("paragraph", "heading"):
            paragraphs.append(re.sub(r"<[^>]+>", "", str(value)))
    result = ClaimChecker(2015).check_text("\n\n".join(paragraphs), "en")
    assert result.claims
    assert not result.contradicted, [c.as_dict() for c in result.claims]


def test_a_claim_about_a_year_the_rule_cannot_decide_carries_the_unknown_flag(
    remove_from_data: Any,
) -> None:
    remove_from_data(("BOL", 2016))
    checked = one("Bolivia was downgraded to Tier 3 in the 2018 report.", year=2018)
    assert checked.verdict is Verdict.SUPPORTED
    assert checked.rule_notes
    assert "unknown: 2016 missing from our data" in checked.rule_notes[0]
    assert checked.as_dict()["rule_flags"] == checked.rule_notes


def test_pronouns_and_capitals_stand_for_the_country_named_before() -> None:
    claims = check(
        "Cuba was upgraded in the 2015 report. The island nation was placed on the Tier 2 "
        "Watch List. Meanwhile Manila was on Tier 2."
    )
    assert [(c.claim.countries, c.verdict) for c in claims] == [
        (("CUB",), Verdict.SUPPORTED),
        (("CUB",), Verdict.SUPPORTED),
        (("PHL",), Verdict.SUPPORTED),
    ]


def test_how_many_countries_moved_is_checked_against_the_two_reports(
    remove_from_data: Any,
) -> None:
    text = "The 2020 report graded 22 governments higher than the previous year but demoted 23."
    complete = check(text, year=2020)
    assert [(c.claim.direction, c.claim.count) for c in complete] == [("up", 22), ("down", 23)]
    assert [c.verdict for c in complete] == [Verdict.SUPPORTED, Verdict.SUPPORTED]

    # Argentina was on Tier 1 in both years; without its 2019 row either count could be one more.
    remove_from_data(("ARG", 2019))
    claims = check(text, year=2020)
    for checked in claims:
        assert checked.verdict is Verdict.NOT_COVERED
        assert "moved" in checked.explanation
        assert "between 22 and 23" in checked.explanation or "between 23 and 24" in (
            checked.explanation
        )
    [wrong] = check("In the 2020 report, 40 countries were upgraded.", year=2020)
    assert wrong.verdict is Verdict.CONTRADICTED


def test_the_history_the_country_page_and_the_api_render_says_unknown_for_bolivia_2018(
    remove_from_data: Any,
) -> None:
    from tipwatch.tip.models import Country
    from tipwatch.tip.services.history import country_history

    assert (
        not [  # with 2016 in our data, the rule decides 2018
            f
            for f in country_history(Country.objects.get(iso3="BOL")).as_dict()["rule_flags"]
            if f["code"] == "unknown_missing_years"
        ]
    )
    remove_from_data(("BOL", 2016))
    history = country_history(Country.objects.get(iso3="BOL"))
    flags = [f for f in history.as_dict()["rule_flags"] if f["report_year"] == 2018]
    assert [f["code"] for f in flags] == ["unknown_missing_years"]
    assert "unknown: 2016 missing from our data" in flags[0]["message"]


# Explanations in the language of the text ------------------------------------------------------


def check_es(text: str, year: int = 2015, group: str | None = None) -> CheckedClaim:
    result = ClaimChecker(year, default_group=group).check_text(text, "es")
    assert result.lang == "es"
    assert len(result.claims) == 1, [c.as_dict() for c in result.claims]
    return result.claims[0]


def test_a_supported_claim_is_explained_in_spanish() -> None:
    checked = check_es("Perú se mantiene en el Nivel 2.")
    assert checked.verdict is Verdict.SUPPORTED
    assert checked.explanation == "Perú está en el Nivel 2 en el informe de 2015, como en 2014."
    assert [(e.country, e.report_year, e.tier_label) for e in checked.evidence] == [
        ("Perú", 2015, "Nivel 2"),
        ("Perú", 2014, "Nivel 2"),
    ]


def test_a_contradicted_group_claim_is_explained_in_spanish() -> None:
    checked = check_es(
        "Solo Bolivia, Costa Rica y Venezuela están por debajo del Nivel 2 en América Latina."
    )
    assert checked.verdict is Verdict.CONTRADICTED
    assert checked.explanation == (
        "Cuba y Haití también están por debajo del Nivel 2 en América Latina."
    )
    assert checked.group is not None
    assert checked.group.name == "América Latina"
    assert checked.group.definition.startswith("Los 20 Estados soberanos")
    [wider] = checked.alternatives
    assert wider.note.startswith(
        "Con América Latina y el Caribe (33 miembros) en lugar de América Latina (20), cambian "
        "la respuesta: Antigua y Barbuda (Lista de Vigilancia del Nivel 2), Belice (Nivel 3),"
    )
    assert "La afirmación quedaría contradicha: " in wider.note


def test_a_claim_our_data_cannot_decide_is_explained_in_spanish(remove_from_data: Any) -> None:
    remove_from_data(("ARG", 2016))
    checked = check_es("Argentina se mantiene en el Nivel 2 en el informe de 2016.", 2016)
    assert checked.verdict is Verdict.NOT_COVERED
    assert checked.explanation == "Nuestros datos de 2016 no incluyen a Argentina."
    [gap] = checked.evidence
    assert (gap.tier_label, gap.source) == (
        "sin calificación",
        "ausente de nuestros datos (laguna de cobertura): removed by the test",
    )
    across = check_es("Argentina se mantuvo en el Nivel 2 en el informe de 2017.", 2017)
    assert across.verdict is Verdict.NOT_COVERED
    assert across.explanation == (
        "Argentina está en el Nivel 2 en 2017, pero nuestros datos de 2016 no incluyen ese país, "
        "así que no podemos decir que se haya mantenido allí."
    )


def test_the_rule_answering_unknown_across_missing_years_is_said_in_spanish(
    remove_from_data: Any,
) -> None:
    remove_from_data(("BOL", 2016))
    checked = check_es("Bolivia descendió al Nivel 3 en el informe de 2018.", 2018)
    assert checked.verdict is Verdict.SUPPORTED
    assert (
        checked.explanation == "Bolivia: Lista de Vigilancia del Nivel 2 en 2017, Nivel 3 en 2018."
    )
    [note] = checked.rule_notes
    assert note.startswith(
        "Regla de la Lista de Vigilancia para el informe de 2018: desconocido, faltan en nuestros "
        "datos 2016. Que Bolivia estuviera"
    )


def test_a_run_is_explained_in_spanish_and_one_cut_by_missing_years_says_so(
    remove_from_data: Any,
) -> None:
    streak = check_es("Brasil lleva cinco años consecutivos en el Nivel 2.", 2015)
    assert streak.verdict is Verdict.CONTRADICTED
    assert streak.explanation == "Brasil lleva 9 informes consecutivos en el Nivel 2 hasta 2015."
    remove_from_data(("BRA", 2016))
    checked = check_es("Brasil lleva cinco años consecutivos en el Nivel 2.", 2019)
    assert checked.verdict is Verdict.NOT_COVERED
    assert checked.explanation == (
        "Brasil lleva al menos 3 informes consecutivos en el Nivel 2 hasta 2019 (nuestros datos "
        "de 2016 no incluyen ese país, así que la racha puede ser más larga)."
    )


def test_counts_and_moves_are_explained_in_spanish(remove_from_data: Any) -> None:
    count = check_es("Catorce de los 20 países latinoamericanos están en el Nivel 2.")
    assert (
        count.explanation
        == "14 países están en el Nivel 2 en América Latina en el informe de 2015."
    )
    # The parser reads English moves; the explanation follows the language asked for.
    text = "The 2020 report graded 22 governments higher than the previous year but demoted 23."
    up, down = ClaimChecker(2020).check_text(text, "en", explain_in="es").claims
    assert up.explanation == "22 países subieron del informe de 2019 al de 2020."
    assert down.explanation == "23 países bajaron del informe de 2019 al de 2020."
    remove_from_data(("ARG", 2016))
    partial = check_es(
        "Dos países latinoamericanos están en el Nivel 3 en el informe de 2016.", 2016
    )
    assert partial.explanation == (
        "2 países están en el Nivel 3 en América Latina en el informe de 2016, y nuestros datos de "
        "2016 no incluyen 1 más (Argentina), así que la cifra real está entre 2 y 3."
    )


def test_english_and_spanish_explanations_come_from_the_same_notes() -> None:
    text = "Costa Rica remains on the Watch List."
    english = ClaimChecker(2015).check_text(text).claims[0]
    spanish = ClaimChecker(2015).check_text(text, explain_in="es").claims[0]
    assert english.notes == spanish.notes
    assert [note.code for note in english.notes] == ["did_not_remain"]
    assert english.explanation == (
        "Costa Rica is on the Tier 2 Watch List in 2015 but was on Tier 2 in 2014: it did not "
        "remain there."
    )
    assert spanish.explanation == (
        "Costa Rica está en la Lista de Vigilancia del Nivel 2 en 2015, pero estaba en el Nivel 2 "
        "en 2014: no se mantuvo allí."
    )


def test_sentences_not_checked_are_listed_in_the_language_of_the_text() -> None:
    spanish = ClaimChecker(2015).check_text(
        "Perú se mantiene en el Nivel 2. Los niveles se reorganizaron por completo este año."
    )
    assert spanish.lang == "es"
    assert spanish.not_checked_lines() == [
        "no comprobado: «Los niveles se reorganizaron por completo este año.»"
    ]
    english = ClaimChecker(2015).check_text("Peru stays on Tier 2. The tiers were reshuffled.")
    assert english.lang == "en"
    assert english.not_checked_lines() == ["not checked: \u201cThe tiers were reshuffled.\u201d"]


def test_the_explanations_of_a_spanish_briefing_are_spanish() -> None:
    from tipwatch.briefings.composer import BriefingComposer
    from tipwatch.tip.models import Country, Group

    briefing = BriefingComposer().compose(
        Country.objects.get(iso3="PER"), 2015, Group.objects.get(slug="latin-america"), "es"
    )
    result = ClaimChecker(2015, default_group="latin-america").check_text(briefing.text)
    assert result.lang == "es"
    assert "Perú está en el Nivel 2 en el informe de 2015, como en 2014." in [
        c.explanation for c in result.claims
    ]
    english_words = re.compile(r"\b(?:is|are|in the|report|data lacks|consecutive)\b")
    assert [c.explanation for c in result.claims if english_words.search(c.explanation)] == []


def test_an_unknown_language_for_the_explanations_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        ClaimChecker(2015).check_text("Peru stays on Tier 2.", explain_in="fr")


def test_a_group_is_named_as_running_text_inside_a_spanish_explanation() -> None:
    checked = check_es("Solo Haití está en la Lista de Vigilancia del Nivel 2.", group="caribbean")

    assert re.search(r"\b(?:en el|del) Caribe\b", checked.explanation), checked.explanation
    assert "El Caribe" not in checked.explanation


def test_every_country_is_named_as_running_text_inside_an_english_explanation() -> None:
    checked = one("Only Cuba is on Tier 3.", group="all")

    assert "in all countries" in checked.explanation, checked.explanation
