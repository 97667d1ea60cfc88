"""One agency's share of a national total stated earlier in the section is no figure of its
own (Ghana's protection sections in tests/ingest/corpus)."""

from __future__ import annotations

from tipwatch.ingest.parsing import Narrative, Section, extract_statistics


def _narrative(text: str) -> Narrative:
    section = Section(name="protection", text=text, first_page=1)
    return Narrative(
        name="Ghana",
        iso3="GHA",
        tier=None,
        header="",
        first_page=1,
        last_page=1,
        sections=[section],
    )


def test_agency_shares_after_the_national_total_are_dropped() -> None:
    text = (
        "The government reported identifying 348 potential victims of trafficking (252 "
        "children) compared to 579 potential victims identified during the previous year. Of "
        "the 348, the GPS identified 285 potential victims compared to 339 potential victims in "
        "2017; 242 were potential victims of labor trafficking. The GIS identified 55 potential "
        "trafficking victims compared with 215 in 2017; 39 were potential victims of labor "
        "trafficking."
    )
    found = {(s.metric, s.value, s.period_year) for s in extract_statistics(_narrative(text), 2019)}
    assert found == {("victims_identified", 348, 2018), ("victims_identified", 579, 2017)}


def test_an_agency_stating_the_first_figure_of_its_kind_is_kept() -> None:
    text = (
        "The NPWC conducted 313 investigations under the HTTCA during the Nepali fiscal year, "
        "compared with 227 cases in the previous fiscal year."
    )
    found = {(s.metric, s.value, s.period_year) for s in extract_statistics(_narrative(text), 2019)}
    assert ("investigations", 313, 2018) in found


def test_a_unit_whose_name_is_hyphenated_is_one_agency() -> None:
    text = (
        "Police investigated 45 cases in 2019. The Anti-Trafficking Unit investigated 20 "
        "cases, compared with 15 in 2018."
    )
    found = {(s.metric, s.value, s.period_year) for s in extract_statistics(_narrative(text), 2020)}
    assert found == {("investigations", 45, 2019)}
