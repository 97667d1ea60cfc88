"""Narrative headers as copies of the report set them, each under a short narrative with no
finding and no tier statement (an early report's two sentences, a Special Case's page), so
that the header alone must open the narrative; and the lines that must stay no header."""

from __future__ import annotations

import pytest

from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report
from tipwatch.ingest.parsing.headings import parse_header

MATCHER = CountryMatcher(
    [
        ("PER", "Peru", []),
        ("LBY", "Libya", []),
        ("YEM", "Yemen", []),
        ("AFG", "Afghanistan", []),
        ("ALB", "Albania", []),
        ("KOR", "South Korea", ["Korea, South"]),
    ]
)

# Two sentences, as the early reports and the Special Cases print them: no finding on the
# minimum standards and no tier named, so nothing but the header tells country and tier.
SHORT = (
    "{name} is a country of origin for women trafficked to Europe for sexual exploitation. "
    "The government acknowledges the problem and has begun to work with NGOs on it.\n"
)


def _read(text: str) -> list[tuple[str | None, str | None]]:
    parsed = parse_report(document_from_text(text), 2011, MATCHER)
    assert not parsed.fatal, parsed.problems
    return [(country.iso3, country.tier) for country in parsed.countries]


@pytest.mark.parametrize(
    ("header", "name", "expected"),
    [
        # A Special Case named after its tier, as copies set it.
        ("Special Case (Libya)", "Libya", ("LBY", "special_case")),
        ("SPECIAL CASE (YEMEN)", "Yemen", ("YEM", "special_case")),
        ("Special Case - Libya", "Libya", ("LBY", "special_case")),
        ("SPECIAL CASE \u2013 YEMEN", "Yemen", ("YEM", "special_case")),
        ("Special Case | Yemen", "Yemen", ("YEM", "special_case")),
        # The tier after a comma.
        ("Peru, Tier 2 Watch List", "Peru", ("PER", "2WL")),
        ("Libya, Special Case", "Libya", ("LBY", "special_case")),
        ("KOREA, SOUTH, Tier 2 Watch List", "South Korea", ("KOR", "2WL")),
        # The tier's words joined by a hyphen or a slash.
        ("PERU: Tier-2 Watch List", "Peru", ("PER", "2WL")),
        ("PERU: Tier 2/Watch List", "Peru", ("PER", "2WL")),
        # A footnote's mark or number after the tier.
        ("PERU: Tier 2 Watch List\u2020", "Peru", ("PER", "2WL")),
        ("PERU: Tier 2 Watch List1", "Peru", ("PER", "2WL")),
        ("LIBYA (Special Case)2", "Libya", ("LBY", "special_case")),
        # The page's title or site after the header.
        (
            "Peru (Tier 2 Watch List) - 2009 Trafficking in Persons Report",
            "Peru",
            ("PER", "2WL"),
        ),
        ("Libya (Special Case) | U.S. Department of State", "Libya", ("LBY", "special_case")),
        (
            "YEMEN: Special Case \u2013 Trafficking in Persons Report",
            "Yemen",
            ("YEM", "special_case"),
        ),
        # The tier in square brackets.
        ("PERU [Tier 2 Watch List]", "Peru", ("PER", "2WL")),
        ("Libya [Special Case]", "Libya", ("LBY", "special_case")),
    ],
)
def test_header_shapes_over_a_short_narrative(
    header: str, name: str, expected: tuple[str, str]
) -> None:
    assert _read(f"{header}\n{SHORT.format(name=name)}") == [expected]


@pytest.mark.parametrize(
    "line",
    [
        # A tier's number before two names is a line of the tier lists, not a header (before
        # one known name over prose it is a copy's header: test_tier_first_and_split_headers).
        "Tier 2 Watch List: Afghanistan, Albania",
        # A Special Case before a name no country's.
        "Special Case (Watch List)",
        "Special Case: see below",
        # A bracket that holds more than the tier, or the tier in brackets alone.
        "Peru [Tier 2 Watch List countries]",
        "[Tier 2 Watch List]",
        # The tier's figure run into a number is no tier.
        "PERU: Tier 21",
        # Prose with a comma before a tier.
        "In addition, Tier 2 Watch List countries received more attention.",
        "Meanwhile, Special Case",
    ],
)
def test_lines_that_stay_no_header(line: str) -> None:
    text = f"{line}\n{SHORT.format(name='Peru')}"
    parsed = parse_report(document_from_text(text), 2011, MATCHER)
    assert parsed.countries == []


def test_a_tier_list_of_one_name_a_line_stays_a_list() -> None:
    text = (
        "TIER PLACEMENTS\nTIER 2 WATCH LIST\nAfghanistan\nAlbania\nTIER 3\nLibya\n"
        "SPECIAL CASES\nYemen\n"
    )
    parsed = parse_report(document_from_text(text), 2011, MATCHER)
    assert parsed.countries == []


def test_the_header_s_words_keep_their_tier() -> None:
    assert parse_header("PERU: Tier 2", any_case=True) is not None
    for line, tier in [
        ("PERU: Tier-2", "2"),
        ("PERU (Tier 2)*", "2"),
        ("PERU (Tier 2)3", "2"),
        ("PERU, Tier 3", "3"),
        ("PERU: Tier 2 / Watch List", "2WL"),
    ]:
        match = parse_header(line)
        assert match is not None, line
        assert match.tier == tier, line


# --- the name and the tier on lines of their own --------------------------------------


@pytest.mark.parametrize(
    ("heading", "name", "expected"),
    [
        # a blank line between the name and its tier, as a web page's heading is saved
        ("Peru\n\nTier 2 Watch List", "Peru", ("PER", "2WL")),
        ("LIBYA\n\nSpecial Case", "Libya", ("LBY", "special_case")),
        # a Special Case's page headed "Special Case" over the name, in any case
        ("Special Case\nLibya", "Libya", ("LBY", "special_case")),
        ("Special Case\n\nYemen", "Yemen", ("YEM", "special_case")),
    ],
)
def test_a_heading_of_two_lines_over_a_short_narrative(
    heading: str, name: str, expected: tuple[str, str]
) -> None:
    assert _read(f"{heading}\n{SHORT.format(name=name)}") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the last name of one list over the next list's heading, with blank lines between
        "Tier 2\n\nPeru\n\nTier 2 Watch List\n\nAfghanistan\n\nAlbania\n",
        "Albania\n\nPeru\n\nTier 2 Watch List\n\nAfghanistan\n",
        # names in any case under a "Special Cases" heading of the lists
        "Special Cases\nLibya\nYemen\n",
        "Special Cases\nLibya\n\nTier 3\nAfghanistan\n",
        # two blank lines: the name and the tier are not one heading
        "Peru\n\n\nTier 2 Watch List\n",
    ],
)
def test_names_and_tiers_of_the_lists_open_no_narrative(text: str) -> None:
    parsed = parse_report(document_from_text(text), 2011, MATCHER)
    assert parsed.countries == []


# --- a country's formal name ----------------------------------------------------------

FORMAL = CountryMatcher(
    [
        ("PER", "Peru", []),
        ("MAR", "Morocco", []),
        ("COD", "Democratic Republic of the Congo", []),
        ("COG", "Republic of the Congo", ["Congo"]),
    ]
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("REPUBLIC OF PERU: Tier 2", ("PER", "2")),
        ("The Republic of Peru (Tier 2 Watch List)", ("PER", "2WL")),
        ("THE KINGDOM OF MOROCCO: Tier 2", ("MAR", "2")),
        # a name the list knows as it stands keeps its own country
        ("DEMOCRATIC REPUBLIC OF THE CONGO: Tier 3", ("COD", "3")),
        ("REPUBLIC OF THE CONGO: Tier 2", ("COG", "2")),
        # a formal name the list does not know stays unknown
        ("REPUBLIC OF ATLANTIS: Tier 2", (None, "2")),
    ],
)
def test_a_header_with_the_country_s_formal_name(
    header: str, expected: tuple[str | None, str]
) -> None:
    parsed = parse_report(document_from_text(f"{header}\n{SHORT.format(name='It')}"), 2011, FORMAL)
    assert [(country.iso3, country.tier) for country in parsed.countries] == [expected]


def test_a_formal_name_in_title_case_no_country_s_is_no_header() -> None:
    text = f"Republic of Atlantis (Tier 2)\n{SHORT.format(name='It')}"
    assert parse_report(document_from_text(text), 2011, FORMAL).countries == []


# --- a page with no header that opens with its placement ------------------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Peru is a Tier 2 country. ", ("PER", "2")),
        ("Peru is a Tier 2 Watch List country. ", ("PER", "2WL")),
        (
            "Peru is placed on Tier 2 Watch List because it has not shown more efforts. ",
            ("PER", "2WL"),
        ),
        ("South Korea is a Tier 1 country. ", ("KOR", "1")),
        ("Libya remains on Tier 3 for the second year. ", ("LBY", "3")),
    ],
)
def test_a_page_without_a_header_that_opens_with_its_placement(
    opening: str, expected: tuple[str, str]
) -> None:
    assert _read(opening + SHORT.format(name="It")) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence about the report, not a page's opening
        "Officials said Peru is a Tier 2 country.\n",
        "The Department placed Peru on Tier 2 in 2014.\n",
        # a subject that is no country
        "The country is a Tier 2 country.\n",
        "Peru and Chile is a Tier 2 pair.\n",
    ],
)
def test_sentences_on_a_placement_open_no_page(text: str) -> None:
    parsed = parse_report(document_from_text(text), 2011, MATCHER)
    assert parsed.countries == []


# --- a labelled tier under the country's name -----------------------------------------


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Peru\nTier ranking: Tier 2 Watch List", ("PER", "2WL")),
        ("Country: Peru\nTier: Tier 2 Watch List", ("PER", "2WL")),
        ("Libya\nTIP Report ranking: Special Case", ("LBY", "special_case")),
        ("Trafficking in Persons Report 2014 - Peru\nRanking: Tier 2", ("PER", "2")),
    ],
)
def test_a_labelled_tier_under_the_country_s_name(heading: str, expected: tuple[str, str]) -> None:
    assert _read(f"{heading}\n{SHORT.format(name='It')}") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a label that is no tier's, or words before the tier that are prose
        "Peru\nRanking: second of twelve\n",
        "Peru\nThe tier: Tier 2\n",
        "Peru\nIts placement on Tier 2 Watch List was criticised.\n",
        # a labelled name that is no country's
        "Country: Atlantis\nTier: Tier 2\n",
    ],
)
def test_labels_that_are_no_tier_under_a_name(text: str) -> None:
    parsed = parse_report(document_from_text(text + SHORT.format(name="It")), 2011, MATCHER)
    assert parsed.countries == []
