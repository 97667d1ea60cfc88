"""The briefing composer on the real bundled dataset."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from tipwatch.briefings.briefing import Briefing, to_json, to_markdown
from tipwatch.briefings.composer import BriefingComposer, BriefingError
from tipwatch.briefings.sources import (
    Narrative,
    NarrativeQuote,
    NarrativeTag,
    Statistic,
)
from tipwatch.tip.models import Country, Group, Report
from tipwatch.tip.services.lookup import UnknownChoiceError

pytestmark = pytest.mark.usefixtures("tip_data")


def compose(
    iso3: str = "PER",
    year: int = 2015,
    group: str = "latin-america",
    lang: str = "en",
    composer: BriefingComposer | None = None,
) -> Briefing:
    return (composer or BriefingComposer()).compose(
        Country.objects.get(iso3=iso3), year, Group.objects.get(slug=group), lang
    )


def paragraph_with(briefing: Briefing, words: str) -> str:
    found = [p for p in briefing.paragraphs if words in p]
    assert found, f"no paragraph says {words!r}:\n" + "\n".join(briefing.paragraphs)
    return found[0]


def test_peru_2015_stays_on_tier_2() -> None:
    briefing = compose()

    assert briefing.headline == "Peru stays on Tier 2 in the 2015 TIP Report"
    assert (
        "The 2015 report keeps Peru on Tier 2 for the ninth consecutive year, unchanged from "
        "the 2014 report." in briefing.lead
    )
    assert briefing.facts["tier"] == "2"
    assert briefing.facts["change"] == "same"
    assert briefing.facts["years_at_tier"] == 9


def test_peru_2015_compared_with_latin_america() -> None:
    briefing = compose()
    group = paragraph_with(briefing, "Of the 20 members of Latin America")

    assert "14 on Tier 2" in group
    assert briefing.facts["counts"] == {"1": 1, "2": 14, "2WL": 4, "3": 1, "special_case": 0}
    assert "Chile alone ranks above Peru, on Tier 1." in group
    assert (
        "Five members rank below Peru: Bolivia, Costa Rica, Cuba and Haiti on the Tier 2 Watch "
        "List, and Venezuela on Tier 3." in group
    )
    # Never truncated: every one of the thirteen others is named.
    for name in ["Argentina", "Brazil", "Colombia", "Dominican Republic", "Ecuador",
                 "El Salvador", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama",
                 "Paraguay", "Uruguay"]:  # fmt: skip
        assert name in group
    assert "Group definition used (latin-america)" in group
    assert "Belize, Guyana and Suriname are NOT included" in group


def test_the_meaning_of_the_tier_is_one_plain_sentence() -> None:
    meaning = paragraph_with(compose(), "Trafficking Victims Protection Act")
    assert meaning.count(".") == 1
    assert "significant efforts" in meaning


def test_movers_and_watch_list_rule_consequences() -> None:
    briefing = compose()
    moves = paragraph_with(briefing, "Since the 2014 report")
    rules = paragraph_with(briefing, "Watch List rule")

    assert "Cuba rose from Tier 3 to the Tier 2 Watch List" in moves
    assert "Costa Rica fell from Tier 2 to the Tier 2 Watch List" in moves
    assert "Haiti stayed on the Watch List for a fourth consecutive year" in rules
    assert "waiver" in rules
    assert "Bolivia was on the Watch List for the second consecutive year" in rules


def test_the_partial_year_is_said(remove_from_data: Any) -> None:
    remove_from_data(("USA", 2015))
    coverage = paragraph_with(compose(), "Our data for 2015 is partial")
    assert "United States" in coverage
    assert "not a member of Latin America" in coverage


def test_a_partial_year_with_members_missing(remove_from_data: Any) -> None:
    missing = ["ARG", "BOL", "BRA", "CHL", "URY"]
    remove_from_data(*[(iso3, 2016) for iso3 in missing])
    briefing = compose(year=2016)
    coverage = paragraph_with(briefing, "Our data for 2016 is partial")

    assert "5 of the 20 members of Latin America" in coverage
    for name in ["Argentina", "Bolivia", "Brazil", "Chile", "Uruguay"]:
        assert name in coverage
    group = paragraph_with(briefing, "Of the 15 members of Latin America in our 2016 data")
    assert "Colombia alone ranks above Peru, on Tier 1." in group
    assert briefing.facts["missing_from_data"] == missing


def test_a_change_across_a_gap_in_our_data_says_so(remove_from_data: Any) -> None:
    remove_from_data(("ARG", 2016))
    briefing = compose("ARG", 2017)
    assert "as did the 2015 report (our data for 2016 lacks Argentina" in briefing.lead
    assert "Our 2016 data lacks" in paragraph_with(briefing, "so we cannot say whether")


def test_a_downgrade() -> None:
    briefing = compose("HTI", 2016)
    assert briefing.headline == "Haiti downgraded to Tier 3 in the 2016 TIP Report"
    assert "downgrades Haiti to Tier 3, from the Tier 2 Watch List in the 2015 report" in (
        briefing.lead
    )
    assert "the downgrade under 22 U.S.C. 7107(b)(2)(D)(i) was mandatory" in paragraph_with(
        briefing, "Watch List rule"
    )


def test_an_upgrade_in_spanish() -> None:
    briefing = compose("COL", 2016, lang="es")
    assert briefing.headline == "Informe TIP 2016: Colombia sube al Nivel 1"
    assert "sube a Colombia al Nivel 1, desde el Nivel 2 en el informe de 2015" in briefing.lead


def test_peru_2015_in_spanish() -> None:
    briefing = compose(lang="es")

    assert briefing.headline == "Informe TIP 2015: Perú se mantiene en el Nivel 2"
    assert "mantiene a Perú en el Nivel 2 por noveno año consecutivo" in briefing.lead
    group = paragraph_with(briefing, "De los 20 miembros de América Latina")
    assert "14 en el Nivel 2" in group
    assert "Solo Chile está por encima de Perú, en el Nivel 1." in group
    assert (
        "Bolivia, Costa Rica, Cuba y Haití en la Lista de Vigilancia del Nivel 2, y Venezuela "
        "en el Nivel 3" in group
    )
    assert "Brasil" in group
    assert "México" in group
    assert "Belice, Guyana y Surinam NO están incluidos" in group
    assert "Nuestros datos de 2015 son parciales" not in " ".join(briefing.paragraphs)
    rules = paragraph_with(briefing, "Lista de Vigilancia de la TVPA")
    assert "Haití siguió en la Lista de Vigilancia por cuarto año consecutivo" in rules


def test_a_country_on_the_watch_list_gets_its_own_rule_consequences() -> None:
    rules = paragraph_with(compose("HTI", 2015), "Watch List rule")
    assert rules.index("Haiti") < rules.index("Bolivia")
    assert "cannot stay on the Watch List in the 2016 report" in rules


def test_a_run_cut_by_a_gap_is_at_least(remove_from_data: Any) -> None:
    # Brazil 2019: Tier 2 since 2017 at least, and 2016 taken out of our data.
    remove_from_data(("BRA", 2016))
    briefing = compose("BRA", 2019)
    assert briefing.facts["years_at_tier_is_minimum"] is True
    assert "for at least the third consecutive year" in briefing.lead
    assert "our data for 2016 lacks Brazil, so the run may be longer" in briefing.lead


def test_without_statistics_or_narrative_those_sentences_are_left_out() -> None:
    text = " ".join(compose().paragraphs)
    assert "Law enforcement" not in text
    assert "convictions" not in text
    assert "In the report's words" not in text
    assert "narrative" not in text.lower()


class FakeStatistics:
    def statistics_for(self, country: Country, report: Report) -> Sequence[Statistic]:
        if country.iso3 != "PER" or report.year != 2015:
            return ()
        return [
            Statistic("convictions", 19, 2014, page=278, quote="convicted 19 traffickers"),
            Statistic("convictions", 41, 2013, page=278),
            Statistic("prosecutions", 152, 2014, page=278),
            Statistic("prosecutions", 101, 2013, page=279),
            Statistic("investigations", 226, 2014, page=278),
        ]


class FakeNarratives:
    def narrative_for(self, country: Country, report: Report) -> Narrative | None:
        return Narrative(
            first_page=277,
            url="https://example.org/2015/peru",
            tags=[
                NarrativeTag("form", "sex trafficking", 277),
                NarrativeTag("form", "forced labor", 277),
                NarrativeTag("sector", "illegal mining", 278),
                NarrativeTag("place", "Madre de Dios", 278),
            ],
            quotes=[
                NarrativeQuote("The government increased prosecutions.", 278),
                NarrativeQuote("Authorities identified fewer victims.", 279),
                NarrativeQuote("Corruption impeded law enforcement.", 279),
                NarrativeQuote("A fourth quote is never used.", 280),
            ],
        )


def test_law_enforcement_figures_with_pages() -> None:
    briefing = compose(composer=BriefingComposer(statistics=FakeStatistics()))
    sentence = paragraph_with(briefing, "Law enforcement, according to the 2015 report")

    assert "convictions fell to 19 in 2014 from 41 in 2013 (page 278)" in sentence
    assert "prosecutions rose to 152 in 2014 from 101 in 2013 (pages 278 and 279)" in sentence
    assert "investigations: 226 in 2014 (page 278)" in sentence
    assert sentence.index("investigations") < sentence.index("prosecutions")
    cited = [c for c in briefing.citations if "convictions" in c.text]
    assert {(c.text, c.page) for c in cited} == {
        ("Peru: 19 convictions in 2014", 278),
        ("Peru: 41 convictions in 2013", 278),
    }
    assert cited[0].quote == "convicted 19 traffickers"


def test_law_enforcement_in_spanish() -> None:
    briefing = compose(lang="es", composer=BriefingComposer(statistics=FakeStatistics()))
    sentence = paragraph_with(briefing, "Aplicación de la ley")
    assert "el número de condenas bajó a 19 en 2014, desde 41 en 2013 (pág. 278)" in sentence


def test_narrative_forms_places_quotes_and_source_line() -> None:
    briefing = compose(composer=BriefingComposer(narratives=FakeNarratives()))

    narrative = paragraph_with(briefing, "The report's narrative on Peru describes")
    assert "sex trafficking and forced labor (page 277)" in narrative
    assert "illegal mining (page 278)" in narrative
    assert "Madre de Dios" in narrative
    quotes = paragraph_with(briefing, "In the report's words")
    assert "\u201cCorruption impeded law enforcement.\u201d (page 279)" in quotes
    assert "fourth quote" not in quotes
    source = briefing.paragraphs[-1]
    assert source.startswith("Source: US Department of State, Trafficking in Persons Report 2015")
    assert "https://2009-2017.state.gov/j/tip/rls/tiprpt/2015/index.htm" in source
    assert "The Peru narrative begins on page 277." in source
    assert [c.page for c in briefing.citations if c.quote.startswith("Authorities")] == [279]


def test_narrative_in_spanish_translates_common_tags() -> None:
    briefing = compose(lang="es", composer=BriefingComposer(narratives=FakeNarratives()))
    narrative = paragraph_with(briefing, "El capítulo del informe sobre Perú")
    assert "trata con fines de explotación sexual y trabajo forzoso" in narrative
    assert "minería ilegal" in narrative
    assert "\u00abMadre de Dios\u00bb" in narrative
    assert "El capítulo sobre Perú empieza en la página 277." in briefing.paragraphs[-1]


def test_citations_and_renderings() -> None:
    briefing = compose()
    years = [c.report_year for c in briefing.citations]
    assert years[:2] == [2015, 2014]
    assert (
        briefing.citations[-1].text == "US Department of State, Trafficking in Persons Report 2015"
    )
    assert all(c.url for c in briefing.citations)

    markdown = to_markdown(briefing)
    assert markdown.startswith("# Peru stays on Tier 2 in the 2015 TIP Report\n\n")
    assert "## Sources" in markdown
    data = __import__("json").loads(to_json(briefing))
    assert data["headline"] == briefing.headline
    assert data["paragraphs"] == briefing.paragraphs
    assert set(data["citations"][0]) >= {"text", "report_year", "page", "url"}


def test_the_same_data_gives_the_same_text() -> None:
    assert compose().as_dict() == compose().as_dict()


@pytest.mark.parametrize(
    ("iso3", "year", "group", "message"),
    [
        ("ESP", 2015, "latin-america", "Spain is not a member of Latin America"),
        ("PER", 2003, "latin-america", "the 2003 report does not rate Peru"),
    ],
)
def test_what_cannot_be_briefed(iso3: str, year: int, group: str, message: str) -> None:
    with pytest.raises(BriefingError, match=message):
        compose(iso3, year, group)


def test_a_country_missing_from_the_year_cannot_be_briefed(remove_from_data: Any) -> None:
    remove_from_data(("ARG", 2016))
    with pytest.raises(BriefingError, match="holds no placement for Argentina"):
        compose("ARG", 2016)


def test_a_year_without_a_report() -> None:
    with pytest.raises(UnknownChoiceError, match="no report for 2030"):
        compose(year=2030)


def test_a_report_with_no_placements() -> None:
    Report.objects.create(year=2026, title="Trafficking in Persons Report 2026")
    with pytest.raises(BriefingError, match="no placements for the 2026 report"):
        compose(year=2026)


def test_an_unknown_language() -> None:
    with pytest.raises(BriefingError, match="unknown language"):
        compose(lang="fr")
