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


def _found(text: str, year: int = 2020) -> set[tuple[str, int, int]]:
    return {(s.metric, s.value, s.period_year) for s in extract_statistics(_narrative(text), year)}


def test_bodies_named_by_their_kind_after_the_national_count_are_shares() -> None:
    text = (
        "Law enforcement reported identifying 1,443 victims of trafficking, compared with "
        "2,953 victims in 2018. The Sea/Air Task Forces identified 2,500 potential trafficking "
        "victims through operations (820 in 2018). The BI Travel Control and Enforcement Unit "
        "(TCEU) identified and referred 337 potential victims. The DFA foreign missions, "
        "primarily in the Middle East and Asia, identified 6,772 potential victims (2,591 in "
        "the preceding period). The Commission on Filipinos Overseas (CFO) Actionline received "
        "3,377 calls, and it identified and assisted nine labor trafficking victims."
    )
    assert _found(text) == {("victims_identified", 1443, 2019), ("victims_identified", 2953, 2018)}


def test_an_office_and_one_kind_of_official_after_the_national_count_are_shares() -> None:
    prosecution = (
        "The Ministry of Security reported it cooperated in 3,254 preliminary trafficking "
        "investigations during the reporting period, compared to 3,310 trafficking "
        "investigations in the previous period. The anti-trafficking prosecutor's office "
        "(PROTEX) opened 332 preliminary investigations, compared with 237 investigations in "
        "2018."
    )
    assert _found(prosecution) == {("investigations", 3254, 2019), ("investigations", 3310, 2018)}
    protection = (
        "The government reported identifying 744 victims in 2019. Immigration officials "
        "implemented a formal screening protocol, and immigration officials identified 15 "
        "trafficking victims during the year."
    )
    assert _found(protection) == {("victims_identified", 744, 2019)}


def test_the_government_after_a_phrase_naming_a_body_is_the_government() -> None:
    text = (
        "The government identified 40 victims in 2019. Through the ATU's new screening "
        "procedures, the government identified 12 victims in 2019."
    )
    assert ("victims_identified", 12, 2019) in _found(text)
