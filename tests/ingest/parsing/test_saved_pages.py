"""Saved web pages: site furniture dropped, the narrative and its figures kept, and the
report year read from the page.

The furniture strings below are the State Department site's own (as stored copies of
state.gov show them); the markup around them is written for this test in the shape of the
site's 2017+ layout (banner section, site header, share links, footer).
"""

from __future__ import annotations

import pytest

from tipwatch.ingest.parsing import (
    CountryMatcher,
    document_from_html,
    document_from_text,
    parse_report,
)
from tipwatch.ingest.parsing.furniture import drop_section_menu, is_furniture
from tipwatch.ingest.parsing.reportyear import report_year_in

MATCHER = CountryMatcher(
    [("PER", "Peru", []), ("MEX", "Mexico", []), ("CHL", "Chile", []), ("SOM", "Somalia", [])]
)

STATE_GOV_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Peru - United States Department of State</title></head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<section class="usa-banner" aria-label="Official government website">
  <div>An official website of the United States Government
  <button>Here's how you know</button></div>
  <div><p><strong>Official websites use .gov</strong></p>
  <p>A .gov website belongs to an official government organization in the United States.</p>
  <p><strong>Secure .gov websites use HTTPS</strong></p>
  <p>A lock ( ) or https:// means you\u2019ve safely connected to the .gov website. Share sensitive
  information only on official, secure websites.</p></div>
</section>
<header class="site-header"><div class="menu"><a href="/">Home</a> <a href="/countries">Countries
and Areas</a></div></header>
<main id="main"><article>
<h1>2019 Trafficking in Persons Report: Peru</h1>
<div class="report__share"><a>Share</a> <a>Tweet</a> <a>Email</a></div>
<h2>PERU: Tier 2</h2>
<p>The Government of Peru does not fully meet the minimum standards for the elimination of
trafficking but is making significant efforts to do so; therefore Peru remained on Tier 2.</p>
<h3>PROSECUTION</h3>
<p>The government maintained law enforcement efforts. Authorities investigated 59 cases in 2018,
compared with 70 in 2017.</p>
<h3>PROTECTION</h3>
<p>The government identified at least 774 victims.</p>
</article></main>
<aside class="related"><h2>Related Articles</h2><p>MEXICO: Tier 2</p></aside>
<footer class="usa-footer"><p>Back to Top</p><p>Privacy Policy</p></footer>
</body></html>
"""


def test_state_gov_page_furniture_is_dropped_and_the_narrative_kept() -> None:
    document = document_from_html(STATE_GOV_PAGE)
    text = document.text
    for furniture in ("official website", ".gov", "Skip to content", "Tweet", "Privacy", "Home"):
        assert furniture not in text
    parsed = parse_report(document, 2019, MATCHER)
    assert not parsed.fatal
    (peru,) = parsed.countries
    assert (peru.iso3, peru.tier) == ("PER", "2")
    assert peru.narrative.section_names == ["summary", "prosecution", "protection"]
    figures = {(s.metric, s.value, s.period_year, s.qualifier) for s in peru.statistics}
    assert figures == {
        ("investigations", 59, 2018, None),
        ("investigations", 70, 2017, None),
        ("victims_identified", 774, 2018, "at_least"),
    }
    assert report_year_in(document) == 2019


def test_text_copy_furniture_is_dropped() -> None:
    text = (
        "printable banner\nU.S. Department of State\nShare\nYou are on page 1of 9\n"
        "PERU (Tier 2)\nThe government identified 12 victims. Officials share data with NGOs.\n"
        "Bookmark and Share\n"
    )
    document = document_from_text(text)
    assert document.text.split("\n") == [
        "U.S. Department of State",
        "PERU (Tier 2)",
        "The government identified 12 victims. Officials share data with NGOs.",
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("An official website of the United States Government Here's how you know", True),
        ("Secure .gov websites use HTTPS", True),
        ("Vous êtes sur la page 1sur 454", True),
        ("Share", True),
        ("The government shared information on victims with NGOs.", False),
        ("Email traffickers recruited victims through social media.", False),
        # The footers of the state.gov pages, new and archived.
        ("Privacy Policy", True),
        ("FOIA", True),
        ("No FEAR Act", True),
        ("Office of the Inspector General", True),
        (
            "The Office of Website Management, Bureau of Public Affairs, manages this site as a "
            "portal for information from the U.S. State Department.",
            True,
        ),
        ("The Office of the Inspector General investigated two officials.", False),
        # ecoi.net's details under the text.
        ("Document ID: 2111666", True),
        ("Available on ecoi.net since: 2 July 2018", True),
        ("ecoi.net description: Annual report on trafficking in persons", True),
        ("Original link: https://www.state.gov/reports/2018-trafficking-in-persons-report/", True),
        ("Document type: Periodical Report", True),
        ("The document type was not reported for 12 victims.", False),
        ("The FOIA request was refused.", False),
    ],
)
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2019 Trafficking in Persons Report: Thailand\nTHAILAND: Tier 2\nIn 2018, ...", 2019),
        ("Trafficking in Persons Report 2014 - Peru\nTier 2\nPeru is a source country.", 2014),
        ("INDIA (Tier 2) Extracted from the U.S. State Dept 2020 TIP Report\nText.", 2020),
        (
            "Trafficking in Persons Report\nOffice to Monitor and Combat Trafficking in Persons\n"
            "June 12, 2007\nHONDURAS (Tier 2 Watch List)",
            2007,
        ),
        ("PERU: Tier 2\nIn 2014, the government investigated 59 cases.", None),
    ],
)
def test_report_year_from_the_page(text: str, year: int | None) -> None:
    assert report_year_in(document_from_text(text)) == year


def test_a_page_saved_as_one_line_keeps_its_header_and_narrative() -> None:
    # The page's text run into one line: breadcrumb, page title, "In this section /", the
    # header, the section menu, the header again and the narrative.
    text = (
        "HomeReportsOffice to Monitor and Combat Trafficking in Persons2019 Trafficking in "
        "Persons Report\u2026Peru hide 2019 Trafficking in Persons Report: Peru Office to Monitor "
        "and Combat Trafficking in Persons In this section / Peru (Tier 1) Peru (Tier 1) "
        "PRIORITIZED RECOMMENDATIONS: PROSECUTION PROTECTION PREVENTION TRAFFICKING PROFILE "
        "Peru (Tier 1) The Government of Peru fully meets the minimum standards for the "
        "elimination of trafficking. The government investigated 12 cases in 2018."
    )
    parsed = parse_report(document_from_text(text), 2019, MATCHER)
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("PER", "1")]
    assert [(s.metric, s.value, s.period_year) for s in parsed.countries[0].statistics] == [
        ("investigations", 12, 2018)
    ]


def test_a_line_that_mentions_the_section_menu_in_prose_is_kept_whole() -> None:
    line = "In this section / the government described its trafficking profile in detail."
    document = document_from_text(line)
    assert document.pages[0].text == line


def test_a_page_printed_to_pdf_runs_its_title_and_address_into_the_narrative() -> None:
    # A copy of the state.gov page printed to PDF on a document-sharing site: no header, the
    # page's title, the site's own lines, then the title and the address on the line the
    # narrative opens on.
    text = (
        "Peru - United States Department of State\n"
        "Total Page:16\n"
        "File Type:pdf, Size:1020Kb\n"
        "Peru - United States Department of State "
        "https://www.state.gov/reports/2020-trafficking-in-persons-report/peru/ The Government "
        "of Peru does not fully meet the minimum standards for the elimination of trafficking "
        "but is making significant efforts to do so. The government demonstrated overall "
        "increasing efforts; therefore Peru was upgraded to Tier 2. These efforts included "
        "identifying more than 70 victims.\n"
    )
    parsed = parse_report(document_from_text(text), 2020, MATCHER)
    assert not parsed.fatal
    (peru,) = parsed.countries
    assert (peru.iso3, peru.tier) == ("PER", "2")
    figures = {(s.metric, s.value, s.period_year, s.qualifier) for s in peru.statistics}
    assert figures == {("victims_identified", 70, 2019, "more_than")}


def test_the_government_of_a_country_inside_a_sentence_is_no_page_opening() -> None:
    text = (
        "Officials met counterparts and said the Government of Peru does not fully meet the "
        "minimum standards.\n"
    )
    assert parse_report(document_from_text(text), 2020, MATCHER).countries == []


def test_a_territory_page_without_header_is_read_by_its_formal_name() -> None:
    matcher = CountryMatcher([("MAC", "Macau", []), ("CHN", "China", [])])
    text = (
        "The Government of the Macau Special Administrative Region (MSAR) of the People\u2019s "
        "Republic of China does not fully meet the minimum standards for the elimination of "
        "trafficking; however, it is making significant efforts to do so. Therefore Macau "
        "remained on Tier 2 Watch List for the second consecutive year.\n"
        "Authorities maintained anti-trafficking law enforcement efforts.\n"
    )
    parsed = parse_report(document_from_text(text), 2018, matcher)
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("MAC", "2WL")]


# The section menu of the state.gov country pages: the header and the section headings as
# links to their places in the page, above the narrative.
SECTION_MENU = """<ul class="report__toc-list">
<li><a href="#report-toc__section-1">PERU: Tier 2</a></li>
<li><a href="#report-toc__section-2">PROSECUTION</a></li>
<li><a href="#report-toc__section-3">PROTECTION:</a></li>
</ul>"""
NARRATIVE = """<h2>PERU: Tier 2</h2>
<p>The government investigated 59 cases in 2018.</p>
<h3>PROSECUTION</h3><p>The government convicted 12 traffickers.</p>
<h3>PROTECTION</h3><p>The government identified 774 victims.</p>"""


def test_the_section_menu_is_not_read_as_text() -> None:
    document = document_from_html(f"<body>{SECTION_MENU}\n{NARRATIVE}</body>")
    (page,) = document.pages
    assert page.lines()[:2] == ["PERU: Tier 2", "The government investigated 59 cases in 2018."]
    assert page.heading_lines == frozenset({0, 2, 4})
    parsed = parse_report(document, 2019, MATCHER)
    (peru,) = parsed.countries
    assert peru.narrative.section_names == ["summary", "prosecution", "protection"]


@pytest.mark.parametrize(
    ("markup", "kept"),
    [
        # Links to places whose names the page does not repeat as lines: a tier list
        # linking each country to its narrative. (A list above the narrative is checked
        # against the page's first lines, one below it against its last.)
        (
            NARRATIVE + '<ul><li><a href="#peru">Peru</a></li>'
            '<li><a href="#mexico">Mexico</a></li></ul>',
            ["Peru", "Mexico"],
        ),
        # Entries that are not all links within the page.
        (
            '<ul><li><a href="#s1">PERU: Tier 2</a></li><li>PROSECUTION</li></ul>' + NARRATIVE,
            ["PERU: Tier 2", "PROSECUTION", "PERU: Tier 2"],  # the page's first lines
        ),
        (
            '<ul><li><a href="https://www.state.gov/peru/">PERU: Tier 2</a></li></ul>' + NARRATIVE,
            ["PERU: Tier 2", "PERU: Tier 2"],
        ),
        # Links naming lines above them, not below.
        (NARRATIVE + SECTION_MENU, ["PERU: Tier 2", "PROSECUTION", "PROTECTION:"]),
    ],
)
def test_other_lists_of_links_are_read(markup: str, kept: list[str]) -> None:
    lines = document_from_html(f"<body>{markup}</body>").pages[0].lines()
    if markup.startswith("<ul>"):
        assert lines[: len(kept)] == kept
    else:
        assert lines[-len(kept) :] == kept


# A PDF saved as HTML (pdftohtml): the printed lines closed by <br>, and where a page
# ended in the middle of a sentence, the page's running foot and number.
PDF_AS_HTML = """<html><head><meta name="generator" content="pdftohtml 0.86.1"></head>
<body><a name="1"></a><p><b>PERU:&#160;Tier&#160;2</b><br>
The&#160;government&#160;investigated&#160;59<br>
TRAFFICKING IN PERSONS REPORT<br>
282<br>
<hr><a name="2"></a>
cases&#160;in&#160;2018.<br>
<b>PROSECUTION</b><br>
The government convicted 12 traffickers.</p>
<hr></body></html>"""


def test_a_pdf_saved_as_html_loses_its_page_foot() -> None:
    document = document_from_html(PDF_AS_HTML)
    (page,) = document.pages
    assert page.lines() == [
        "PERU: Tier 2",
        "The government investigated 59",
        "cases in 2018.",
        "PROSECUTION",
        "The government convicted 12 traffickers.",
    ]
    # The headings' marks follow their lines past the dropped ones.
    assert page.heading_lines == frozenset({0, 3})
    (peru,) = parse_report(document, 2019, MATCHER).countries
    figures = {(s.metric, s.value) for s in peru.statistics}
    assert ("investigations", 59) in figures
    assert all(value != 282 for _, value in figures)


def test_numbers_in_sentences_and_at_a_page_edge_are_kept_apart() -> None:
    # A number in a sentence stays; a page number at the top of an unmarked page numbers
    # it, as the text reader does.
    document = document_from_html(
        "<p>278</p><h2>PERU: Tier 2</h2><p>The police opened</p><p>59</p>"
        "<p>investigations and 12 cases.</p><p>In 2018, the government acted.</p>"
        "<p>It acted again.</p><p>It acted once more.</p>"
    )
    (page,) = document.pages
    assert page.number == 278
    assert "59" not in page.lines()
    assert page.lines()[:2] == ["PERU: Tier 2", "The police opened"]
    assert "investigations and 12 cases." in page.lines()


def test_pages_marked_in_the_html_lose_their_running_head() -> None:
    prose = ("The government acted.", "Officials were trained.", "Victims were referred.")
    markup = "".join(
        f'<div data-page="{number}"><p>TRAFFICKING IN PERSONS REPORT {number}</p>'
        f"<p>{sentence}</p></div>"
        for number, sentence in zip((300, 301, 302), prose, strict=True)
    )
    document = document_from_html(markup)
    assert [page.number for page in document.pages] == [300, 301, 302]
    assert [page.text for page in document.pages] == list(prose)


def test_a_page_s_details_are_read_a_term_to_a_line() -> None:
    # ecoi.net's details under the narrative: each term with its definition on one line, and
    # those that are the site's dropped, so that none runs into the narrative's last sentence.
    markup = (
        "<h2>PERU: Tier 2</h2><p>The government prosecuted 34 cases, down from 57 in 2005.</p>"
        "<dl><dt>Country:</dt><dd>Peru</dd><dt>Published:</dt><dd>26 June 2007</dd>"
        "<dt>Available on ecoi.net since:</dt><dd>2 July 2007</dd>"
        "<dt>Document ID:</dt><dd>1437537</dd></dl>"
    )
    lines = document_from_html(markup).pages[0].lines()
    assert lines[-2:] == ["Country: Peru", "Published: 26 June 2007"]
    (peru,) = parse_report(document_from_html(markup), 2007, MATCHER).countries
    assert {(s.metric, s.value) for s in peru.statistics} == {
        ("prosecutions", 34),
        ("prosecutions", 57),
    }


SAVED_AS_TEXT = """An official website of the United States Government Here's how you know
2019 Trafficking in Persons Report: Peru
In this section /
PERU: Tier 2
PROSECUTION
PROTECTION
hide
Share

PERU: Tier 2
The Government of Peru does not fully meet the minimum standards for the elimination of
trafficking but is making significant efforts to do so; therefore Peru remained on Tier 2.
PROSECUTION
Authorities investigated 59 cases in 2018, compared with 70 in 2017.
PROTECTION
The government identified at least 774 victims.
"""


def test_a_page_saved_as_text_loses_its_section_menu() -> None:
    document = document_from_text(SAVED_AS_TEXT)
    lines = document.text.split("\n")
    assert "In this section /" not in lines
    assert "hide" not in lines
    assert lines.count("PERU: Tier 2") == 1
    parsed = parse_report(document, 2019, MATCHER)
    assert not parsed.fatal
    (peru,) = parsed.countries
    assert (peru.iso3, peru.tier) == ("PER", "2")
    assert peru.narrative.section_names == ["summary", "prosecution", "protection"]
    assert {(s.metric, s.value) for s in peru.statistics} == {
        ("investigations", 59),
        ("investigations", 70),
        ("victims_identified", 774),
    }


@pytest.mark.parametrize(
    "lines",
    [
        # Lines after the label that do not stand again below: no menu, every line kept.
        ["In this section /", "PROSECUTION", "PERU: Tier 2", "Text."],
        ["In this section /", "Peru", "Mexico", "Text about Peru."],
        # A label with nothing after it that stands again.
        ["In this section /", "", "PERU: Tier 2"],
    ],
)
def test_lines_that_are_not_a_section_menu_are_kept(lines: list[str]) -> None:
    assert drop_section_menu(lines) == lines


def test_a_section_menu_and_its_hide_are_dropped() -> None:
    lines = ["Title", "In this section /", "PERU: Tier 2", "PROSECUTION", "hide", "PERU: Tier 2"]
    lines += ["PROSECUTION"]
    assert drop_section_menu(lines) == ["Title", "PERU: Tier 2", "PROSECUTION"]


_NARRATIVE = (
    "The Government of Peru does not fully meet the minimum standards for the elimination of "
    "trafficking but is making significant efforts to do so.\n"
    "PROSECUTION\n"
    "The government initiated 120 investigations in 2019, compared with 100 in 2018.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # the page's title over a line of the site's furniture, then the header
        "Peru - Tier 2\nOffice to Monitor and Combat Trafficking in Persons\nPERU: Tier 2\n"
        + _NARRATIVE,
        # share buttons between the title and the header
        "PERU: Tier 2\nShare\nFacebook\nTwitter\nPERU: Tier 2\n" + _NARRATIVE,
        # the header printed again at the page's foot
        "PERU: Tier 2\n" + _NARRATIVE + "Peru (Tier 2)\nBack to top\n",
    ],
)
def test_a_header_repeated_over_the_page_s_furniture_is_one_narrative(text: str) -> None:
    parsed = parse_report(document_from_text(text), 2020, MATCHER)
    assert not parsed.fatal, parsed.problems
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("PER", "2")]
    assert {s.value for s in parsed.countries[0].statistics} == {120, 100}


def test_a_repeated_header_with_another_tier_is_still_a_problem() -> None:
    text = "Peru - Tier 2\nShare\nPERU: Tier 2 Watch List\n" + _NARRATIVE
    parsed = parse_report(document_from_text(text), 2020, MATCHER)
    assert parsed.fatal  # the page contradicts itself: the review must see it


def test_two_narratives_of_one_country_are_still_a_problem() -> None:
    text = "PERU: Tier 2\n" + _NARRATIVE + "PERU: Tier 2\n" + _NARRATIVE
    parsed = parse_report(document_from_text(text), 2020, MATCHER)
    assert parsed.fatal


_SOMALIA = (
    "The Federal Government of Somalia continued to face challenges in asserting control over "
    "its territory.\n"
)


@pytest.mark.parametrize(
    ("text", "iso3", "tier"),
    [
        # the name alone over the tier alone, as a web copy sets the page's heading
        ("PERU\nTier 2 Watch List\n" + _NARRATIVE, "PER", "2WL"),
        ("Peru\n\nTier 2\n" + _NARRATIVE, "PER", "2"),
        (
            "2020 Trafficking in Persons Report: Somalia\nSOMALIA\nSpecial Case\n" + _SOMALIA,
            "SOM",
            "special_case",
        ),
        # a web page's heading with a bar, and the Watch List in brackets
        ("Peru | Tier 2 Watch List\n" + _NARRATIVE, "PER", "2WL"),
        ("Somalia | Special Case\n" + _SOMALIA, "SOM", "special_case"),
        ("Peru \u2013 Tier 2 (Watch List)\n" + _NARRATIVE, "PER", "2WL"),
    ],
)
def test_headers_of_web_copies(text: str, iso3: str, tier: str) -> None:
    parsed = parse_report(document_from_text(text), 2020, MATCHER)
    assert not parsed.fatal, parsed.problems
    assert [(c.iso3, c.tier) for c in parsed.countries] == [(iso3, tier)]


def test_the_last_name_of_a_tier_list_over_the_next_list_s_heading_is_no_header() -> None:
    text = "Tier 2\nPeru\nMexico\nChile\nTier 2 Watch List\nSomalia\nPeru\n"
    parsed = parse_report(document_from_text(text), 2020, MATCHER)
    assert parsed.countries == []
    assert ("CHL", "2") in {(p.iso3, p.tier) for p in parsed.listed}
