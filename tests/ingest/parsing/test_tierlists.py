"""The report's tier placement lists, and their cross-check with the narrative headers."""

from __future__ import annotations

from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report
from tipwatch.ingest.parsing.tierlists import read_tier_lists

MATCHER = CountryMatcher(
    [
        ("ARG", "Argentina", []),
        ("AUS", "Australia", []),
        ("AUT", "Austria", []),
        ("NZL", "New Zealand", []),
        ("NOR", "Norway", []),
        ("GBR", "United Kingdom", ["UK"]),
        ("PER", "Peru", []),
        ("BOL", "Bolivia", []),
        ("CHL", "Chile", []),
        ("CUB", "Cuba", []),
        ("IRN", "Iran", []),
        ("PRK", "North Korea", ["Korea, North"]),
        ("COD", "Democratic Republic of the Congo", ["DRC"]),
        ("COG", "Republic of the Congo", ["Congo", "Congo (ROC)"]),
        ("LBY", "Libya", []),
        ("YEM", "Yemen", []),
    ]
)
LISTS = """TIER PLACEMENTS
Tier 1
Argentina
Australia  Austria
New Zealand Norway
United Kingdom - UK
Tier 2
Peru
Bolivia
Netherlands Antilles
Chile
Tier 2 Watch List
Congo (DRC)
Congo (ROC)
Iran
Tier 3
Cuba
Korea, North
Iran
Special Cases
Libya
Yemen
Peru
Stopping Human Trafficking
"""


def _placements(text: str) -> list[tuple[str | None, str]]:
    return [(p.iso3, p.tier) for p in read_tier_lists(document_from_text(text), MATCHER)]


def test_lists_in_every_layout() -> None:
    assert _placements(LISTS) == [
        ("ARG", "1"),
        ("AUS", "1"),
        ("AUT", "1"),
        ("NZL", "1"),
        ("NOR", "1"),
        ("GBR", "1"),
        ("PER", "2"),
        ("BOL", "2"),
        (None, "2"),  # Netherlands Antilles: kept, unresolved, as known names follow
        ("CHL", "2"),
        ("COD", "2WL"),
        ("COG", "2WL"),
        ("IRN", "2WL"),
        ("CUB", "3"),
        ("PRK", "3"),
        ("IRN", "3"),
        ("LBY", "special_case"),
        ("YEM", "special_case"),
        ("PER", "special_case"),
    ]


def test_heading_with_its_definition_and_a_bare_tier_over_prose() -> None:
    text = (
        "Tier 1 - Countries whose governments fully meet the TVPA's minimum standards.\n"
        "Argentina\nAustralia\nAustria\n"
        "Trafficking in Persons Report 2014 - Peru\nTier 2\n"
        "Peru is a source, transit, and destination country for men, women, and children.\n"
    )
    assert _placements(text) == [("ARG", "1"), ("AUS", "1"), ("AUT", "1")]


def test_a_heading_definition_wrapped_over_lines_runs_on_to_its_full_stop() -> None:
    # A copy that wrapped gvnet's heading at 76 columns.
    text = (
        "Tier 1 - Countries whose governments fully meet the [Trafficking Victims\n"
        "Protection Act] TVPA's minimum standards for the elimination of\n"
        "trafficking.\n\nArgentina\nAustralia\nAustria\n"
    )
    assert _placements(text) == [("ARG", "1"), ("AUS", "1"), ("AUT", "1")]


def test_a_heading_definition_without_its_full_stop_does_not_swallow_names() -> None:
    text = (
        "Tier 1 - Countries whose governments fully meet the standards\n"
        "Argentina\nAustralia\nAustria\n"
    )
    assert _placements(text) == [("ARG", "1"), ("AUS", "1"), ("AUT", "1")]


def test_prose_under_a_definition_is_no_list() -> None:
    text = (
        "Tier 1 - Countries whose governments fully meet the standards\n"
        "This list is from the 2020 report and was copied by the site's editors.\n"
        "The site adds its own notes on every country it lists below the lists.\n"
        "Readers are asked to consult the report itself for the narratives.\n"
        "Nothing here is official, and the names are as the site spells them.\n"
        "The government did nothing.\nArgentina\nAustralia\nAustria\n"
    )
    assert _placements(text) == []


def test_fewer_than_three_known_names_is_no_list() -> None:
    assert _placements("Tier 3\nCuba\nThe government did nothing.\n") == []


def test_a_file_of_the_lists_alone_is_an_import() -> None:
    parsed = parse_report(document_from_text(LISTS), 2015, MATCHER)
    assert not parsed.fatal
    assert parsed.countries == []
    assert len(parsed.listed) == 19
    assert 'unknown country name "Netherlands Antilles" in the tier lists (page 1)' in (
        parsed.problems
    )
    assert parsed.to_json_dict()["listed"][0] == {
        "name": "Argentina",
        "iso3": "ARG",
        "tier": "1",
        "page": 1,
    }


def test_lists_are_cross_checked_with_the_narratives() -> None:
    text = (
        "Tier 2\nPeru\nBolivia\nChile\n"
        "Tier 3\nCuba\nIran\nKorea, North\n"
        "PERU: Tier 3\nThe Government of Peru does not fully meet the minimum standards.\n"
        "ARGENTINA: Tier 1\nThe Government of Argentina fully meets the minimum standards.\n"
        "CUBA: Tier 3\nThe Government of Cuba does not fully meet the minimum standards.\n"
    )
    parsed = parse_report(document_from_text(text), 2015, MATCHER)
    problems = [str(problem) for problem in parsed.problems]
    assert (
        '"PERU": the tier list says Tier 2 (page 1) but the narrative header says Tier 3 (page 1)'
        in problems
    )
    assert '"ARGENTINA" has a narrative (page 1) but is in none of the tier lists' in problems
    assert '"Bolivia" is listed on Tier 2 (page 1) but has no narrative' in problems
    assert not any("Cuba" in problem or "CUBA" in problem for problem in problems)
    assert not parsed.fatal


def test_lists_saved_as_one_line_are_cut_at_their_headings() -> None:
    text = (
        "Human Trafficking Part 6 of a 7 part series Tier Placements and Regional Maps "
        "TIER PLACEMENTS Tier 1 Argentina Australia New Zealand Austria "
        "Tier 2 Peru Bolivia Chile Tier 2 Watch List Norway United Kingdom Congo (ROC) "
        "Tier 3 Cuba Iran Korea, North\n"
    )
    assert _placements(text) == [
        ("ARG", "1"), ("AUS", "1"), ("NZL", "1"), ("AUT", "1"),
        ("PER", "2"), ("BOL", "2"), ("CHL", "2"),
        ("NOR", "2WL"), ("GBR", "2WL"), ("COG", "2WL"),
        ("CUB", "3"), ("IRN", "3"), ("PRK", "3"),
    ]  # fmt: skip


def test_a_one_line_heading_keeps_its_description_to_its_full_stop() -> None:
    text = (
        "Tier Placements Tier 1 - Countries whose governments fully meet the [Trafficking "
        "Victims Protection Act] TVPA's minimum standards for the elimination of trafficking. "
        "Argentina Australia Austria Norway Peru Chile Bolivia Cuba Iran New Zealand\n"
    )
    assert [tier for _, tier in _placements(text)] == ["1"] * 10


def test_a_long_line_of_prose_naming_tiers_is_no_list() -> None:
    text = (
        "The government demonstrated overall increasing efforts; therefore Peru remained on "
        "Tier 2. Bolivia and Chile were on Tier 2 Watch List last year, and Cuba, Iran and "
        "Libya on Tier 3 Argentina Australia, as observers noted in several long reports.\n"
    )
    assert _placements(text) == []


def test_a_two_megabyte_line_of_headings_is_no_list() -> None:
    # Two names after each heading, then words: no list (how fast it is read, against the same
    # words broken into lines, is measured by bench/ingest/bench_long_lines.py).
    line = ("Tier 2 Watch List Peru Chile Tier 3 Cuba and more " * 40_000) + "\n"
    assert read_tier_lists(document_from_text(line), MATCHER) == []


ONE_LINE_HEAD = (
    "Human Trafficking Part 6 of a 7 part series Tier Placements and Regional Maps "
    "TIER PLACEMENTS Tier 1 Argentina Australia New Zealand Austria Tier 2 Peru Bolivia Chile "
)


def test_a_one_line_list_keeps_its_last_names_run_into_the_page_s_next_words() -> None:
    text = ONE_LINE_HEAD + "Special Case Libya Yemen Cuba Stopping Human Trafficking MAP\n"
    placements = _placements(text)
    assert placements[-3:] == [(iso3, "special_case") for iso3 in ("LBY", "YEM", "CUB")]


def test_fewer_than_three_names_before_the_next_words_are_no_list() -> None:
    text = ONE_LINE_HEAD + "Special Case Libya Yemen Stopping Human Trafficking MAP\n"
    assert [tier for _, tier in _placements(text)] == ["1"] * 4 + ["2"] * 3


def test_names_run_into_words_on_a_line_of_their_own_are_no_list() -> None:
    text = "Tier 3\nCuba Iran Libya Stopping Human Trafficking\n"
    assert _placements(text) == []


def test_a_heading_run_into_its_first_name_opens_the_list() -> None:
    # A copy that lost the line break after the heading: the first name is on its line.
    for text in (
        "TIER 2 WATCH LIST Cuba\nIran\nLibya\n",
        "TIER 2 WATCH LIST: Cuba\nIran\nLibya\n",
        "Tier 2 Watch List \u2013 Cuba\nIran\nLibya\n",
    ):
        assert _placements(text) == [("CUB", "2WL"), ("IRN", "2WL"), ("LBY", "2WL")], text


def test_a_heading_and_its_names_on_one_line() -> None:
    for text in (
        "Tier 3 Cuba Iran Libya\n",
        "Tier 3: Cuba, Iran, Libya\n",
        "Tier 3 countries: Cuba, Iran, Libya\n",
    ):
        assert _placements(text) == [("CUB", "3"), ("IRN", "3"), ("LBY", "3")], text
    names = [
        p.name for p in read_tier_lists(document_from_text("Tier 3: Cuba, Iran, Libya"), MATCHER)
    ]
    assert names == ["Cuba", "Iran", "Libya"]


def test_a_lead_in_opens_a_list_with_or_without_a_colon() -> None:
    for text in (
        "The following countries are on Tier 3 Cuba\nIran\nLibya\n",
        "The following countries are on Tier 3: Cuba\nIran\nLibya\n",
        "The following countries are on Tier 3\nCuba\nIran\nLibya\n",
        "The following countries are on Tier 3:\nCuba\nIran\nLibya\n",
        "The following countries are on Tier 3 Cuba, Iran, Libya\n",
        "These nations were placed on the Tier 3 list: Cuba Iran Libya\n",
    ):
        assert _placements(text) == [("CUB", "3"), ("IRN", "3"), ("LBY", "3")], text


def test_prose_naming_a_tier_before_names_is_not_cut() -> None:
    for text in (
        # No lead-in: what comes before the tier does not say countries are listed.
        "Peru remained on Tier 2 Chile\nBolivia\nArgentina\nAustralia\n",
        "Trafficking in Persons Report 2014 - Peru Tier 2 Peru\nBolivia\nChile\nCuba\n",
        # A lead-in, but what follows the tier is no list of names.
        "The following countries are on Tier 3 because they did nothing\nCuba\nIran\n",
        "Tier 2 Peru is a source, transit, and destination country\nBolivia\nChile\nCuba\n",
    ):
        assert _placements(text) == [], text


def test_a_cut_short_name_in_a_row_keeps_the_names_around_it() -> None:
    # The 2009 list's four columns read row by row, "St Vincent & Gren" cut short by its
    # column; the matcher knows the name only as "Saint Vincent and the Grenadines".
    matcher = CountryMatcher(
        [
            ("ARG", "Argentina", []),
            ("DJI", "Djibouti", []),
            ("LBN", "Lebanon", []),
            ("VCT", "Saint Vincent and the Grenadines", []),
            ("AZE", "Azerbaijan", []),
            ("DOM", "Dominican Republic", []),
            ("LSO", "Lesotho", []),
            ("SEN", "Senegal", []),
        ]
    )
    text = (
        "Tier 2 Watch List\nArgentina Djibouti Lebanon St Vincent & Gren\n"
        "Azerbaijan Dominican Republic Lesotho Senegal\n"
    )
    placements = read_tier_lists(document_from_text(text), matcher)
    assert [(p.name, p.iso3, p.tier) for p in placements][2:5] == [
        ("Lebanon", "LBN", "2WL"),
        ("St Vincent & Gren", "VCT", "2WL"),
        ("Azerbaijan", "AZE", "2WL"),
    ]
    assert [p.iso3 for p in placements] == ["ARG", "DJI", "LBN", "VCT", "AZE", "DOM", "LSO", "SEN"]
