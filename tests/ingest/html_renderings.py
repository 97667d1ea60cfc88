"""A passage's text as the saved web pages a group actually keeps: HTML renderings.

Groups save the report's country pages from a browser: the State Department's own pages
(the 2017+ layout), refworld's and ecoi.net's copies, and HTML made from the PDF. Each
rendering below wraps a passage's text (a whole file's, never a section's excerpt) in the
markup of one such copy; the importer reads it through its HTML reader, and should read the
same files rejected, tier, figures and placements as from the stored text (see
tests/ingest/invariance.py).

The markup is written from what those sites serve (the U.S. Web Design System's banner, the
WordPress theme of state.gov, refworld's document page, pdftohtml's output, WordPress's
typographic entities and pasted-in spans); class names and the order of the page's parts
follow them as closely as recalled, not byte for byte. The narrative's own lines are kept:
what changes is how a web page holds them (a paragraph in one <p>, headings in their tags,
the site's furniture around them).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import escape

from tests.ingest.perturbations import (
    STATE_GOV_BOTTOM,
    STATE_GOV_TOP,
    Perturbation,
    header_match,
    is_prose,
    is_section_heading,
    pdf_page_break,
    title_name,
)

# --- the passage's lines as a web page's blocks ----------------------------------------------


@dataclass(frozen=True)
class Block:
    """A run of the passage's lines that a web page holds in one element.

    ``kind`` is "header" (the narrative's "PERU: Tier 2"), "heading" (a section's
    "PROSECUTION"), "paragraph" (a run of prose lines, wrapped as the copy wrapped them) or
    "line" (a title, a credit, a list entry: any other line, one to a block).
    """

    kind: str
    lines: tuple[str, ...]


def _kind(line: str) -> str:
    if header_match(line) is not None:
        return "header"
    if is_section_heading(line):
        return "heading"
    return "paragraph" if is_prose(line) else "line"


def blocks(text: str) -> list[Block]:
    """The text's lines grouped as a web page's elements; blank lines only end paragraphs."""
    found: list[Block] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(Block("paragraph", tuple(run)))
            run.clear()

    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        kind = _kind(line)
        if kind == "paragraph":
            run.append(line)
            continue
        flush()
        found.append(Block(kind, (line,)))
    flush()
    return found


def _paragraph_markup(lines: tuple[str, ...], text: Callable[[str], str]) -> str:
    """A paragraph's lines as a web page holds them: one run of text. A line that ends with
    a hyphen keeps its break (a <br>): whether the hyphen is the word's or the PDF's is the
    reader's to decide, as in tests/ingest/perturbations.py's re-flowing."""
    out = text(lines[0])
    for previous, line in itertools.pairwise(lines):
        out += ("<br>\n" if previous.endswith("-") else " ") + text(line)
    return out


def _plain(line: str) -> str:
    return escape(line, quote=False)


_STATED_YEAR = re.compile(
    r"\b(?P<a>(?:19|20)\d\d)\s+(?:Trafficking\s+in\s+Persons|TIP)\s+Report\b"
    r"|\bTrafficking\s+in\s+Persons\s+Report\s*[-:,\u2013]?\s*(?P<b>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _stated_year(text: str) -> str | None:
    """The report year the copy's own opening lines state, for the page's title."""
    for line in text.split("\n")[:10]:
        match = _STATED_YEAR.search(line)
        if match:
            return match.group("a") or match.group("b")
    return None


def _country_name(found: list[Block]) -> str | None:
    for block in found:
        if block.kind == "header":
            match = header_match(block.lines[0])
            if match is not None:
                return title_name(match.group("name").strip())
    return None


def _page_title(text: str, found: list[Block]) -> str:
    year, name = _stated_year(text), _country_name(found)
    title = "Trafficking in Persons Report"
    if year:
        title = f"{year} {title}"
    return f"{title}: {name}" if name else title


# --- (a) a state.gov country page, 2017 on -----------------------------------------------------

# The U.S. Web Design System's government banner, as state.gov serves it.
_USWDS_BANNER = """\
<section class="usa-banner" aria-label="Official website of the United States government">
  <div class="usa-accordion">
    <header class="usa-banner__header">
      <div class="usa-banner__inner">
        <div class="grid-col-auto"><img class="usa-banner__header-flag"
          src="/wp-content/themes/state-department/dist/images/us_flag_small.png" alt=""></div>
        <div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
          <p class="usa-banner__header-text">An official website of the United States
            Government</p>
          <p class="usa-banner__header-action">Here&#8217;s how you know</p>
        </div>
        <button type="button" class="usa-accordion__button usa-banner__button"
          aria-expanded="false" aria-controls="gov-banner-default"><span
          class="usa-banner__button-text">Here&#8217;s how you know</span></button>
      </div>
    </header>
    <div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden>
      <div class="grid-row grid-gap-lg">
        <div class="usa-banner__guidance tablet:grid-col-6">
          <img class="usa-banner__icon usa-media-block__img" src="icon-dot-gov.svg" role="img"
            alt="" aria-hidden="true">
          <div class="usa-media-block__body"><p><strong>Official websites use .gov</strong><br>
            A <strong>.gov</strong> website belongs to an official government organization in
            the United States.</p></div>
        </div>
        <div class="usa-banner__guidance tablet:grid-col-6">
          <img class="usa-banner__icon usa-media-block__img" src="icon-https.svg" role="img"
            alt="" aria-hidden="true">
          <div class="usa-media-block__body"><p><strong>Secure .gov websites use HTTPS</strong><br>
            A <strong>lock</strong> (<span class="icon-lock"><svg
            xmlns="http://www.w3.org/2000/svg" width="52" height="64" viewBox="0 0 52 64"
            role="img" aria-labelledby="banner-lock-title" focusable="false"><title
            id="banner-lock-title">Lock</title><path fill="#000000"
            d="M26 0c10.493 0 19 8.507 19 19v9h3a4 4 0 0 1 4 4v28a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4V32a4
            4 0 0 1 4-4h3v-9C7 8.507 15.507 0 26 0z"/></svg></span>) or <strong>https://</strong>
            means you&#8217;ve safely connected to the .gov website. Share sensitive information
            only on official, secure websites.</p></div>
        </div>
      </div>
    </div>
  </div>
</section>
"""

_STATE_GOV_HEADER = """\
<header class="site-header" id="site-header">
  <div class="site-header__container">
    <a class="site-header__logo" href="https://www.state.gov/" rel="home"><img
      src="/wp-content/themes/state-department/dist/images/dos-seal.svg"
      alt="U.S. Department of State"></a>
    <button class="site-header__menu-toggle" aria-expanded="false">Menu</button>
    <nav class="site-header__navigation" aria-label="Main Menu">
      <ul id="menu-main-menu" class="menu">
        <li class="menu-item"><a href="https://www.state.gov/policy-issues/">Policy Issues</a></li>
        <li class="menu-item"><a href="https://www.state.gov/countries-areas/">Countries &amp;
          Areas</a></li>
        <li class="menu-item"><a href="https://www.state.gov/bureaus-offices/">Bureaus &amp;
          Offices</a></li>
        <li class="menu-item"><a href="https://www.state.gov/about/">About</a></li>
      </ul>
    </nav>
    <form role="search" method="get" class="search-form" action="https://www.state.gov/">
      <label for="search-field" class="screen-reader-text">Search for:</label>
      <input type="search" id="search-field" class="search-field" placeholder="Search" name="s">
      <button type="submit" class="search-submit">Search</button>
    </form>
  </div>
</header>
"""

_STATE_GOV_SHARE = """\
<div class="share-this">
  <a class="share-this__link share-this__link--facebook"
    href="https://www.facebook.com/sharer/sharer.php?u={address}">Facebook</a>
  <a class="share-this__link share-this__link--twitter"
    href="https://twitter.com/intent/tweet?url={address}">Twitter</a>
  <a class="share-this__link share-this__link--email" href="mailto:?body={address}">Email</a>
  <a class="share-this__link share-this__link--print" href="javascript:window.print()">Print</a>
</div>
"""

_STATE_GOV_END = """\
<div class="related-tags">
  <p class="related-tags__title">Tags</p>
  <a class="related-tags__link" href="https://www.state.gov/bureaus-offices/under-secretary-for-
civilian-security-democracy-and-human-rights/office-to-monitor-and-combat-trafficking-in-persons/"
  >Office to Monitor and Combat Trafficking in Persons</a>
  <a class="related-tags__link" href="https://www.state.gov/policy-issues/human-trafficking/"
  >Human Trafficking</a>
</div>
</main>
<footer class="site-footer" id="site-footer">
  <div class="site-footer__logo"><img src="dos-seal.svg" alt="U.S. Department of State"></div>
  <ul class="site-footer__links">
    <li><a href="https://www.whitehouse.gov/">White House</a></li>
    <li><a href="https://www.usa.gov/">USA.gov</a></li>
    <li><a href="https://www.stateoig.gov/">Office of the Inspector General</a></li>
    <li><a href="https://2017-2021.state.gov/">Archives</a></li>
    <li><a href="https://www.state.gov/contact-us/">Contact Us</a></li>
    <li><a href="https://www.state.gov/privacy-policy/">Privacy Policy</a></li>
    <li><a href="https://www.state.gov/accessibility-statement/">Accessibility Statement</a></li>
    <li><a href="https://www.state.gov/copyright-information/">Copyright Information</a></li>
    <li><a href="https://foia.state.gov/">FOIA</a></li>
    <li><a href="https://www.state.gov/no-fear-act/">No FEAR Act</a></li>
  </ul>
</footer>
<script src="/wp-content/themes/state-department/dist/js/main.js"></script>
</body>
</html>
"""


# A menu entry is a link: the tags the text had inside it are not kept in one.
_INLINE_TAG = re.compile(r"<[^>]+>")


def _slug(name: str | None) -> str:
    return re.sub(r"[^a-z]+", "-", (name or "report").lower()).strip("-")


def _state_gov_body(
    found: list[Block], text: Callable[[str], str], paragraph: Callable[[str], str]
) -> str:
    parts = []
    for block in found:
        if block.kind == "header":
            parts.append(f'<h2 class="report__section-title">{text(block.lines[0])}</h2>')
        elif block.kind == "heading":
            parts.append(f"<h3>{text(block.lines[0])}</h3>")
        elif block.kind == "paragraph":
            parts.append(paragraph(_paragraph_markup(block.lines, text)))
        else:
            parts.append(paragraph(text(block.lines[0])))
    return "\n".join(parts)


def _state_gov_page(
    source: str, text: Callable[[str], str], paragraph: Callable[[str], str]
) -> str:
    found = blocks(source)
    name, title = _country_name(found), _page_title(source, found)
    report = "-".join(filter(None, [_stated_year(source), "trafficking-in-persons-report"]))
    address = f"https://www.state.gov/reports/{report}/{_slug(name)}/"
    # The page's section menu ("In this section /"): the narrative's header and its section
    # headings, each a link, above the text; a page saved as text keeps them (see the
    # flattened pages in tipwatch/ingest/parsing/furniture.py).
    menu = "\n".join(
        f'<li class="report__toc-item"><a href="#report-toc__section-{index}">'
        f"{_INLINE_TAG.sub('', text(block.lines[0]))}</a></li>"
        for index, block in enumerate(
            (block for block in found if block.kind in ("header", "heading")), start=1
        )
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en-US">',
            "<head>",
            '<meta charset="UTF-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(name or title)} - United States Department of State</title>",
            '<link rel="stylesheet" href="/wp-content/themes/state-department/dist/css/main.css">',
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
            f'"WebPage","url":"{address}","name":"{escape(title)}"}}</script>',
            "</head>",
            '<body class="report-template-default single single-report">',
            '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
            _USWDS_BANNER,
            _STATE_GOV_HEADER,
            '<main id="content" class="site-main">',
            '<div class="featured-content featured-content--report">',
            '  <div class="breadcrumbs"><a href="https://www.state.gov/">Home</a> &#8250; '
            '<a href="https://www.state.gov/reports/">Reports</a> &#8250; '
            f'<span class="breadcrumbs__current">{escape(title)}</span></div>',
            f'  <h1 class="featured-content__headline">{escape(title)}</h1>',
            '  <p class="featured-content__bureau">Office to Monitor and Combat Trafficking in '
            "Persons</p>",
            "</div>",
            '<div class="report__toc">',
            '  <button class="report__toc-toggle" aria-expanded="false">In this section /</button>',
            f'  <ul class="report__toc-list">\n{menu}\n  </ul>',
            '  <button class="report__toc-hide">hide</button>',
            "</div>",
            _STATE_GOV_SHARE.format(address=address),
            '<article class="report__content">',
            _state_gov_body(found, text, paragraph),
            "</article>",
            _STATE_GOV_END,
        ]
    )


def state_gov_page(text: str) -> str:
    # The State Department's country page from 2017 on, saved from a browser: the
    # government's banner, the site's header and menu, the breadcrumb, the page title
    # ("2023 Trafficking in Persons Report: Peru") over the office's name, the section menu
    # ("In this section /" with the header and each section), the share links, then the
    # narrative (the header in an h2, section headings in h3, each paragraph in a <p>), the
    # tags and the footer of links.
    return _state_gov_page(text, _plain, lambda inner: f"<p>{inner}</p>")


# --- (b) refworld's copy -----------------------------------------------------------------------


def refworld_page(source: str) -> str:
    # UNHCR's refworld.org document page (the copies of the reports from the 2000s and
    # 2010s): the site's header and links, the document's title, a table of its metadata
    # (publisher, country, date, "Cite as"), the narrative in <p>s with the header and the
    # section headings bold, and the disclaimer under it.
    found = blocks(source)
    year, name = _stated_year(source), _country_name(found)
    title = "Trafficking in Persons Report" + (f" {year}" if year else "")
    title += f" - {name}" if name else ""
    rows = [("Publisher", '<a href="/publisher/USDOS.html">United States Department of State</a>')]
    if name:
        rows.append(("Country", f'<a href="/country/{_slug(name)}.html">{escape(name)}</a>'))
    if year:
        # The day stands for the report's release in June.
        rows.append(("Publication Date", f"30 June {year}"))
    cite_date = f", 30 June {year}" if year else ""
    rows += [
        ("Topics", "Trafficking in persons"),
        (
            "Cite as",
            f"United States Department of State, <em>{escape(title)}</em>{cite_date}, "
            "available at: https://www.refworld.org/docid/5a1b2c3d4.html [accessed 6 December "
            "2026]",
        ),
    ]
    table = "\n".join(
        f'<tr><td class="label">{label}</td><td>{value}</td></tr>' for label, value in rows
    )
    body = []
    for block in found:
        if block.kind in ("header", "heading"):
            body.append(f"<p><strong>{_plain(block.lines[0])}</strong></p>")
        elif block.kind == "paragraph":
            body.append(f"<p>{_paragraph_markup(block.lines, _plain)}</p>")
        else:
            body.append(f"<p>{_plain(block.lines[0])}</p>")
    return "\n".join(
        [
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">',
            f"<head><title>Refworld | {escape(title)}</title>",
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>',
            "<body>",
            '<div id="header"><a href="/" id="logo"><img src="/images/refworld.gif" '
            'alt="Refworld" /></a>',
            '<ul id="toplinks"><li><a href="/">Home</a></li><li><a href="/about.html">About '
            'Refworld</a></li><li><a href="/help.html">Help</a></li></ul>',
            '<form id="searchbox" action="/search"><input type="text" name="query" />'
            '<input type="submit" value="Search" /></form></div>',
            '<div id="content">',
            f'<h1 id="docTitle">{escape(title)}</h1>',
            f'<table class="docMetadata" summary="Document metadata">\n{table}\n</table>',
            '<div id="fulltext">',
            "\n".join(body),
            "</div>",
            '<p class="disclaimer"><strong>Disclaimer:</strong> This is not a UNHCR '
            "publication. UNHCR is not responsible for, nor does it necessarily endorse, its "
            "content. Any views expressed are solely those of the author or publisher and do "
            "not necessarily reflect those of UNHCR, the United Nations or its Member States.</p>",
            "</div>",
            "</body>",
            "</html>",
        ]
    )


# --- ecoi.net's copy ---------------------------------------------------------------------------


def ecoi_page(source: str) -> str:
    # ecoi.net's document page (the copies of the reports from 2013 on): the site's header
    # and menu, the document's number, its source and date above the title, the narrative
    # in <p>s with the header and the section headings bold, and under it the site's
    # description of the document (what the report covers, its country, source, original
    # link, type, language, dates and ID) in a list of terms.
    found = blocks(source)
    year, name = _stated_year(source), _country_name(found)
    title = "Trafficking in Persons Report" + (f" {year}" if year else "")
    title += f" - {name}" if name else ""
    # The dates stand for the report's release in June and the copy a few days later.
    published = f"26 June {year}" if year else "June"
    details = [
        ("ecoi.net description:", "Annual report on trafficking in persons"),
        ("Country:", escape(name or "")),
        ("Source:", "USDOS &#8211; US Department of State"),
        ("Original link:", "https://www.state.gov/reports/trafficking-in-persons-report/"),
        ("Document type:", "Periodical Report"),
        ("Language:", "English"),
        ("Published:", published),
        ("Available on ecoi.net since:", f"2 July {year}" if year else "July"),
        ("Document ID:", "2000001"),
    ]
    terms = "\n".join(f"<dt>{term}</dt><dd>{value}</dd>" for term, value in details)
    body = []
    for block in found:
        if block.kind in ("header", "heading"):
            body.append(f"<p><strong>{_plain(block.lines[0])}</strong></p>")
        elif block.kind == "paragraph":
            body.append(f"<p>{_paragraph_markup(block.lines, _plain)}</p>")
        else:
            body.append(f"<p>{_plain(block.lines[0])}</p>")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head><title>Document #2000001 - ecoi.net</title></head>",
            "<body>",
            '<header class="site-header"><a class="logo" href="/en/">ecoi.net</a>',
            '<nav class="main-navigation"><a href="/en/countries/">Countries</a> '
            '<a href="/en/sources/">Sources</a></nav></header>',
            '<main class="document">',
            '<div class="document-head">',
            '<p class="document-number">Document #2000001</p>',
            '<p class="document-source">USDOS &#8211; US Department of State (Author)</p>',
            f'<p class="document-date">{published}</p>',
            f"<h1>{escape(title)}</h1>",
            "</div>",
            '<div class="document-content">',
            "\n".join(body),
            "</div>",
            f'<dl class="document-details">\n{terms}\n</dl>',
            "</main>",
            "</body>",
            "</html>",
        ]
    )


# --- (c) HTML made from the PDF --------------------------------------------------------------


def _pdf_blocks(text: str) -> Iterator[list[str]]:
    """The text's runs of lines between blank lines, each line as the copy has it."""
    run: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            run.append(line)
        elif run:
            yield run
            run = []
    if run:
        yield run


def saved_from_pdf(text: str) -> str:
    # The PDF saved as HTML by a converter (poppler's pdftohtml, Acrobat's "Save as HTML"):
    # each printed line closed by a <br> inside its paragraph, the spaces as "&#160;", the
    # header and the section headings bold, as the PDF's fonts were; each page opened by its
    # anchor and closed by a rule, the running foot and page number kept where a page break
    # cuts the narrative's longest line (as in tests/ingest/perturbations.py's
    # pdf_page_break).
    body = []
    for number, page in enumerate(pdf_page_break(text).split("\f"), start=1):
        body.append(f'<a name="{number}"></a>')
        for run in _pdf_blocks(page):
            lines = []
            for line in run:
                marked = _plain(line).replace(" ", "&#160;")
                if header_match(line.strip()) or is_section_heading(line.strip()):
                    marked = f"<b>{marked}</b>"
                lines.append(marked)
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
        body.append("<hr>")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            "<html>",
            "<head>",
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            '<meta name="generator" content="pdftohtml 0.86.1">',
            "<title>report</title>",
            "</head>",
            '<body bgcolor="#A0A0A0" vlink="blue" link="blue">',
            "\n".join(body),
            "</body>",
            "</html>",
        ]
    )


# --- (d) entities and inline tags ----------------------------------------------------------------

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SPACE_AFTER_NUMBER = re.compile(r"(?<=\d) (?=[A-Za-z])")
_SPACE_IN_TIER = re.compile(r"\b(Tier|TIER) (?=[123]\b)")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_QUOTED = re.compile(r'"([^"<>]{1,60})"')
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{2,6})\)")
_SENTENCE_START = re.compile(r"(?<=[a-z0-9)][.]) (?=[A-Z])")


def _wordpress_text(line: str) -> str:
    """The line as WordPress serves it: escaped, typographic characters as numeric references
    (wptexturize), "&nbsp;" where the writer kept a number with its noun and a tier with its
    number, quoted terms in <em>, an acronym in brackets linked."""
    text = escape(line, quote=False)
    text = _APOSTROPHE.sub("&#8217;", text)
    text = _QUOTED.sub(r"&#8220;<em>\1</em>&#8221;", text)
    text = _ACRONYM_IN_BRACKETS.sub(r'(<a href="https://www.state.gov/#\1">\1</a>)', text)
    text = _SPACE_IN_TIER.sub(lambda match: match.group(1) + "&nbsp;", text)
    text = _SPACE_AFTER_NUMBER.sub("&nbsp;", text)
    return _NON_ASCII.sub(lambda match: f"&#{ord(match.group(0))};", text)


def _pasted_spans(paragraph: str) -> str:
    # Text pasted into WordPress from a word processor or Google Docs comes wrapped in
    # <span style="font-weight: 400;">, a new span at each sentence.
    span = '<span style="font-weight: 400;">'
    return span + _SENTENCE_START.sub(" </span>" + span, paragraph) + "</span>"


def entities_and_inline_tags(text: str) -> str:
    # The state.gov page of (a) as its content management system serves it: the characters
    # as numeric references and entities (&#8217;, &#8220;, &#8211;, &nbsp;, &amp;), quoted
    # terms in <em>, acronyms linked (<a>), the paragraphs pasted in from a word processor
    # (<span> wrappers, one per sentence).
    return _state_gov_page(text, _wordpress_text, lambda inner: f"<p>{_pasted_spans(inner)}</p>")


# --- (f) a state.gov country page saved as text ----------------------------------------------


def state_gov_page_as_text(source: str) -> str:
    # The same page saved from a browser as text, or selected and pasted: each element's text
    # on a line of its own, the section menu ("In this section /", then the header and each
    # section heading, then the menu's "hide") above the narrative, which repeats them.
    found = blocks(source)
    menu = [block.lines[0] for block in found if block.kind in ("header", "heading")]
    return "\n".join(
        [
            *STATE_GOV_TOP,
            _page_title(source, found),
            "Office to Monitor and Combat Trafficking in Persons",
            "In this section /",
            *menu,
            "hide",
            "",
            source,
            "",
            *STATE_GOV_BOTTOM,
        ]
    )


HTML_RENDERINGS: tuple[Perturbation, ...] = (
    Perturbation("state_gov_page", state_gov_page, files_only=True, html=True),
    Perturbation("refworld_page", refworld_page, files_only=True, html=True),
    Perturbation("ecoi_page", ecoi_page, files_only=True, html=True),
    Perturbation("saved_from_pdf", saved_from_pdf, files_only=True, html=True),
    Perturbation("entities_and_inline_tags", entities_and_inline_tags, files_only=True, html=True),
)
# The same pages saved as text, read through the text reader.
SAVED_AS_TEXT: tuple[Perturbation, ...] = (
    Perturbation("state_gov_page_as_text", state_gov_page_as_text, files_only=True),
)
