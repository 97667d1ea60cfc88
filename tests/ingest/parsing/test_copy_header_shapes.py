"""Header shapes the header battery (test_header_battery.py) found unread, each read by a
general rule: punctuation around the tier, the figure dash, blank lines and the tier over the
name, a bracketed qualifier or an inverted name in title case, "St." in the finding's name,
and a name the country list lacks that ends in a listed one ("Serbia and Montenegro")."""

from __future__ import annotations

import pytest

from tipwatch.ingest.parsing import (
    CountryMatcher,
    document_from_html,
    document_from_text,
    parse_report,
)
from tipwatch.ingest.parsing.headings import (
    bare_tier,
    joined_to_longer_name,
    named_by_last_words,
    parse_header,
)

MATCHER = CountryMatcher(
    [
        ("PER", "Peru", []),
        ("CHL", "Chile", []),
        ("LBY", "Libya", []),
        ("YEM", "Yemen", []),
        ("MNE", "Montenegro", []),
        ("SRB", "Serbia", []),
        ("CHN", "China", []),
        ("MKD", "North Macedonia", ["Macedonia"]),
        ("VCT", "Saint Vincent and the Grenadines", []),
        ("AFG", "Afghanistan", []),
        ("IRN", "Iran", []),
    ]
)

# No finding and no tier named: only the header tells country and tier.
SHORT = (
    "{name} is a country of origin for women trafficked to Europe for sexual exploitation. "
    "The government acknowledges the problem and has begun to work with NGOs on it.\n"
)


def _read(text: str) -> list[tuple[str | None, str | None]]:
    parsed = parse_report(document_from_text(text), 2011, MATCHER)
    assert not parsed.fatal, parsed.problems
    return [(country.iso3, country.tier) for country in parsed.countries]


@pytest.mark.parametrize(
    ("line", "name", "tier"),
    [
        ("PERU: (Tier 2)", "PERU", "2"),
        ("PERU: (Tier 2 Watch List)", "PERU", "2WL"),
        ("PERU: Tier 2.", "PERU", "2"),
        ("PERU (Tier 2):", "PERU", "2"),
        ("PERU: Tier 2 Watch List |", "PERU", "2WL"),
        ("PERU: Tier 2*.", "PERU", "2"),
        ("CHINA (INCLUDES TIBET, HONG KONG, AND MACAU)*: Tier 2", None, "2"),
    ],
)
def test_punctuation_around_the_tier(line: str, name: str | None, tier: str) -> None:
    match = parse_header(line)
    assert match is not None
    assert match.tier == tier
    assert not match.name.endswith("*")
    if name is not None:
        assert match.name == name


@pytest.mark.parametrize(
    "line",
    [
        "China (includes Tibet, Hong Kong, and Macau): Tier 2",
        "Macedonia, the former Yugoslav Republic of (Tier 2)",
    ],
)
def test_a_qualifier_or_an_inverted_name_in_title_case(line: str) -> None:
    match = parse_header(line, any_case=True)
    assert match is not None
    assert match.tier == "2"
    assert parse_header(line) is None  # in running text, only for a known country


def test_the_tier_alone_in_the_header_s_brackets() -> None:
    assert bare_tier("(Tier 2)") == "2"
    assert bare_tier("( Tier 2 Watch List )") == "2WL"
    assert bare_tier("(Special Case)") == "special_case"
    assert bare_tier("Tier 2.") is None  # a wrapped sentence's last words
    assert bare_tier("(Tier 2 and 3)") is None


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("PERU \u2012 Tier 2", ("PER", "2")),
        ("Peru\n(Tier 2 Watch List)", ("PER", "2WL")),
        ("Peru\n\n\nTier 2 Watch List", ("PER", "2WL")),
        ("Libya\n\n\nSpecial Case", ("LBY", "special_case")),
        ("Tier 2 Watch List\nPeru", ("PER", "2WL")),
        ("TIER 3\n\nLIBYA", ("LBY", "3")),
    ],
)
def test_header_shapes_of_copies(heading: str, expected: tuple[str, str]) -> None:
    assert _read(f"{heading}\n{SHORT.format(name='It')}") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a list's tier over its names, and the last name of a list far over the next tier
        "TIER 3\nLibya\nYemen\n",
        "Tier 2\n\nPeru\nChile\n",
        "Peru\n\n\nTier 2 Watch List\n\nAfghanistan\n",
    ],
)
def test_the_lists_stay_lists(text: str) -> None:
    assert parse_report(document_from_text(text), 2011, MATCHER).countries == []


def test_a_finding_of_a_saint_s_country_names_it_whole() -> None:
    text = (
        "The Government of St. Vincent and the Grenadines does not fully meet the minimum "
        "standards for the elimination of trafficking but is making significant efforts to do so.\n"
    )
    assert [iso3 for iso3, _ in _read(text)] == ["VCT"]


# --- a name the list lacks that ends in a listed one --------------------------------------

UNION = (
    "The Government of Serbia and Montenegro does not fully comply with the minimum standards "
    "for the elimination of trafficking; however, it is making significant efforts to do so.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "SERBIA AND MONTENEGRO (Tier 2)",
        "Serbia and Montenegro (Tier 2)",
        "Serbia and Montenegro - Tier 2",
        "Serbia and Montenegro\nTier 2",
        "Tier 2\nSerbia and Montenegro",
        "Trafficking in Persons Report 2005 - Serbia and Montenegro\nTier 2",
    ],
)
def test_a_union_the_list_lacks_is_neither_of_its_parts(heading: str) -> None:
    # Imported under its own name, for the review to name; never as Montenegro.
    assert _read(f"{heading}\n{UNION}") == [(None, "2")]


def test_a_union_run_into_its_narrative_is_not_its_last_part() -> None:
    text = f"Serbia and Montenegro (Tier 2) {UNION}"
    parsed = parse_report(document_from_text(text), 2011, MATCHER)
    assert all(country.iso3 != "MNE" for country in parsed.countries)


def test_a_title_case_header_no_country_s_over_other_prose_is_none() -> None:
    text = f"Prosecution (Tier 2)\n{SHORT.format(name='It')}"
    assert parse_report(document_from_text(text), 2011, MATCHER).countries == []


def test_names_joined_to_a_longer_one() -> None:
    assert named_by_last_words("Serbia and Montenegro", MATCHER) is None
    assert named_by_last_words("2019 Trafficking in Persons Report Libya", MATCHER) == "Libya"
    assert named_by_last_words("the Republic of Yemen", MATCHER) == "Yemen"
    assert joined_to_longer_name("SERBIA AND", "MONTENEGRO")
    # prose before a header's name in capitals does not join it
    assert not joined_to_longer_name("victims in Iran and", "AFGHANISTAN")


# --- a header run into its narrative ------------------------------------------------------

RUN_IN = CountryMatcher(
    [
        ("COD", "Democratic Republic of the Congo", ["Congo, Democratic Republic of the"]),
        ("COG", "Republic of the Congo", ["Congo"]),
        ("PRK", "North Korea", ["Korea, Democratic People's Republic of"]),
        ("FSM", "Micronesia", ["Micronesia (Federated States of)"]),
        ("SXM", "Sint Maarten", ["Sint Maarten (Dutch part)"]),
        ("CIV", "Cote d'Ivoire", []),
        ("BHS", "The Bahamas", ["Bahamas, The"]),
        ("ATG", "Antigua and Barbuda", []),
        ("CHN", "China", []),
    ]
)
FINDING = (
    "The Government of {name} does not fully meet the minimum standards for the elimination of "
    "trafficking but is making significant efforts to do so.\n"
)


@pytest.mark.parametrize(
    ("header", "name", "expected"),
    [
        # a name's small words between its capitalised ones: the Congo it names, not "Congo"
        ("Democratic Republic of the Congo (Tier 2 Watch List)", "the Congo", ("COD", "2WL")),
        ("Congo, Democratic Republic of the (Tier 3)", "the Congo", ("COD", "3")),
        ("Korea, Democratic People's Republic of (Tier 3)", "North Korea", ("PRK", "3")),
        ("Sint Maarten (Dutch part) (Tier 2 Watch List)", "Sint Maarten", ("SXM", "2WL")),
        ("Cote d'Ivoire (Tier 2)", "Cote d'Ivoire", ("CIV", "2")),
        ("Bahamas, The (Tier 2 Watch List)", "The Bahamas", ("BHS", "2WL")),
        # in capitals: a word that opens the name's bracket, and "&"
        ("MICRONESIA (FEDERATED STATES OF): Tier 2 Watch List", "Micronesia", ("FSM", "2WL")),
        ("ANTIGUA & BARBUDA: Tier 2", "Antigua and Barbuda", ("ATG", "2")),
    ],
)
def test_a_header_run_into_its_narrative(header: str, name: str, expected: tuple[str, str]) -> None:
    text = f"{header} {FINDING.format(name=name)}"
    parsed = parse_report(document_from_text(text), 2011, RUN_IN)
    assert [(country.iso3, country.tier) for country in parsed.countries] == [expected]


def test_watch_list_run_into_the_narrative_under_the_header() -> None:
    text = (
        "CHINA (INCLUDES TIBET, HONG KONG, AND MACAU): Tier 2\n"
        "Watch List The Government of China does not fully meet the minimum standards for the\n"
        "elimination of trafficking but is making significant efforts to do so.\n"
    )
    parsed = parse_report(document_from_text(text), 2014, RUN_IN)
    (china,) = parsed.countries
    assert (china.iso3, china.tier) == ("CHN", "2WL")
    assert china.narrative.sections[0].text.startswith("The Government of China")


RUN_IN_ENTRIES = [
    ("PER", "Peru", []),
    ("AFG", "Afghanistan", []),
    ("LCA", "Saint Lucia", ["St. Lucia"]),
    ("USA", "United States", ["U.S."]),
    ("SLE", "Sierra Leone", []),
]
RUN_IN_MORE = CountryMatcher(RUN_IN_ENTRIES)


def _read_more(text: str) -> list[tuple[str | None, str | None]]:
    parsed = parse_report(document_from_text(text), 2019, RUN_IN_MORE)
    return [(country.iso3, country.tier) for country in parsed.countries]


def test_a_newswire_header_run_into_its_narrative() -> None:
    assert _read_more(f"Peru - Tier 2 Watch List {FINDING.format(name='Peru')}") == [("PER", "2WL")]


def test_a_page_s_name_over_its_tier_saved_as_one_line() -> None:
    text = f"Share Afghanistan Tier 2 Watch List {FINDING.format(name='Afghanistan')}"
    assert _read_more(text) == [("AFG", "2WL")]
    # a tier after another name is not the page's
    text = f"Share Peru Tier 2 Watch List {FINDING.format(name='Afghanistan')}"
    assert _read_more(text) == [("AFG", None)]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # a copy that lowercased its header and lost its line breaks
        ("peru (tier 2)", ("PER", "2")),
        ("peru: tier 2 watch list", ("PER", "2WL")),
        ("Home > Reports > peru tier 2", ("PER", "2")),
        ("Peru (Tier 2 - Watch List)", ("PER", "2WL")),
        # another country's name and tier are not the page's
        ("afghanistan (tier 1)", ("PER", None)),
    ],
)
def test_a_lower_case_header_run_into_its_finding(
    before: str, expected: tuple[str, str | None]
) -> None:
    assert _read_more(f"{before} {FINDING.format(name='Peru')}") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercased header opening the line, run into an opening that is not the finding
        (
            "somalia (special case) Somalia remains a Special Case for the tenth year.",
            ("SOM", "special_case"),
        ),
        (
            "peru: tier 2 watch list Peru is a source country for men, women and children.",
            ("PER", "2WL"),
        ),
        ("saint lucia (tier 1) Saint Lucia is a destination country.", ("LCA", "1")),
        # ... and not in prose: a name that is not the whole of what stands before the tier,
        # or a tier not followed by a new sentence
        ("the report placed peru (tier 2) Peru is a source country.", None),
        ("peru (tier 2) and Somalia (special case) were assessed.", None),
        # a header in capitals with a credit after it is read by the inline reader, whole
        (
            "PERU (Tier 2 Watch List) \u2013 Extracted from the report Peru is a source.",
            ("PER", "2WL"),
        ),
    ],
)
def test_a_lower_case_header_run_into_another_opening(
    text: str, expected: tuple[str, str] | None
) -> None:
    matcher = CountryMatcher([*RUN_IN_ENTRIES, ("SOM", "Somalia", [])])
    parsed = parse_report(document_from_text(text), 2019, matcher)
    found = [(country.iso3, country.tier) for country in parsed.countries]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("name", "expected"), [("St. Lucia", "LCA"), ("the U.S.", "USA")])
def test_an_abbreviation_s_full_stop_ends_no_sentence_before_the_finding(
    name: str, expected: str
) -> None:
    text = f"Home Reports Tier 2 {FINDING.format(name=name)}"
    assert [iso3 for iso3, _ in _read_more(text)] == [expected]


def test_a_title_over_a_header_wrapped_in_two() -> None:
    # ecoi.net's page: the title a heading, the header's name and tier in paragraphs under it
    markup = (
        "<html><body><h1>Trafficking in Persons Report</h1><p><strong>SIERRA LEONE:</strong>"
        f"</p><p>Tier 2</p><p>{FINDING.format(name='Sierra Leone')}</p></body></html>"
    )
    parsed = parse_report(document_from_html(markup), 2019, RUN_IN_MORE)
    assert [(country.iso3, country.tier) for country in parsed.countries] == [("SLE", "2")]


def test_a_name_s_last_word_wrapped_onto_its_line_over_the_tier() -> None:
    matcher = CountryMatcher([("GIN", "Guinea", []), ("GNQ", "Equatorial Guinea", [])])
    text = (
        "Trafficking in Persons Report 2019 - Equatorial\nGuinea\nTier 3\n"
        f"{FINDING.format(name='Equatorial Guinea')}"
    )
    parsed = parse_report(document_from_text(text), 2019, matcher)
    assert [(country.iso3, country.tier) for country in parsed.countries] == [("GNQ", "3")]


def test_a_page_title_over_a_header_in_lower_case() -> None:
    markup = (
        "<html><body><h1>Trafficking in Persons Report - Peru</h1><p>peru: tier 2</p>"
        f"<p>{FINDING.format(name='Peru')}</p></body></html>"
    )
    parsed = parse_report(document_from_html(markup), 2019, RUN_IN_MORE)
    assert [(country.iso3, country.tier) for country in parsed.countries] == [("PER", "2")]


def test_a_state_gov_page_saved_as_one_line_with_its_banner() -> None:
    banner = (
        "An official website of the United States Government Here's how you know Official "
        "websites use .gov A .gov website belongs to an official government organization in the "
        "United States Secure .gov websites use HTTPS A lock or https means you have safely "
        "connected to the .gov website Share sensitive information only on official, secure "
        "websites Skip to content Share Print Home > Reports > 2019 Trafficking in Persons "
        "Report > Afghanistan 2019 Trafficking in Persons Report "
    )
    text = f"{banner}Afghanistan Tier 2 Watch List {FINDING.format(name='Afghanistan')}"
    assert _read_more(text) == [("AFG", "2WL")]
    # the tier of another name before the finding is not the page's
    text = f"{banner}Peru Tier 2 Watch List {FINDING.format(name='Afghanistan')}"
    assert ("AFG", "2WL") not in _read_more(text)


@pytest.mark.parametrize(
    "heading",
    [
        "PERU: Tier 2\n\nWatch List",
        "PERU: Tier 2\nWatch\nList",
        "Peru: Tier 2 \u2013\nWatch List",
        "Peru\nTier 2\nWatch List",
        "PERU:\nTier 2\nWatch List",
    ],
)
def test_watch_list_wrapped_apart_from_its_tier(heading: str) -> None:
    assert _read(f"{heading}\n{SHORT.format(name='It')}") == [("PER", "2WL")]


def test_a_tier_2_header_over_its_narrative_stays_tier_2() -> None:
    assert _read(f"PERU: Tier 2\n\n{SHORT.format(name='It')}") == [("PER", "2")]


def test_a_name_and_tier_with_only_a_blank_between_is_a_header_over_prose() -> None:
    text = f"PERU Tier 2 Watch List\n{FINDING.format(name='Peru')}"
    assert _read_more(text) == [("PER", "2WL")]


def test_the_last_row_of_a_table_of_tiers_is_no_header() -> None:
    # a table read row by row, then a narrative's finding: the rows are not its header
    text = "Afghanistan Tier 2\nSierra Leone Tier 1\nPeru Tier 3\n" + FINDING.format(name="Peru")
    assert _read_more(text) == [("PER", None)]
