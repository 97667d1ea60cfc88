"""Changes of form that real copies of the same report text show, as named transformations.

The importer was tuned on the corpus's passages exactly as stored, but a report reaches it
in many copies: the PDF's text layer, the state.gov pages, the archives and the NGO sites
that reprint them, text saved on Windows, pasted out of a browser. Each transformation
below turns a passage's text into a form such a copy has, and says where that form is met;
none invents a form no copy has. A robust reading reads the same figures and tier from the
changed text as from the stored one (see tests/ingest/invariance.py).

Some forms belong to a whole saved file (its header, the site's banner and footer), not to
an excerpt of one section: those transformations are marked ``files_only``.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Perturbation:
    name: str
    change: Callable[[str], str]
    files_only: bool = False
    # The change yields a saved web page's HTML, which the importer reads through its HTML
    # reader, not as text (see tests/ingest/html_renderings.py).
    html: bool = False


# --- lines and paragraphs ----------------------------------------------------------------

# A line that is prose rather than a header, heading, title or list entry: eight words or
# more, not in capitals. Only runs of such lines are re-wrapped, as a copy re-flows
# paragraphs but keeps headings on their own lines.
_MIN_PROSE_WORDS = 8


def is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= _MIN_PROSE_WORDS and line.upper() != line


def _reflow(text: str, width: int | None) -> str:
    """Each run of prose lines joined and wrapped again at ``width`` (None: one line).

    A line that ends with a hyphen keeps its line break: whether the hyphen is the word's
    or the PDF's is what the parser decides, and a copy that re-flowed the text would have
    decided it already.
    """
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        paragraph = " ".join(line.strip() for line in run)
        if width is None:
            out.append(paragraph)
        else:
            out.extend(
                textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
            )
        run.clear()

    for line in text.split("\n"):
        if is_prose(line):
            run.append(line)
            if line.rstrip().endswith("-"):
                flush()
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def pdf_column_wrap(text: str) -> str:
    # The PDF's text layer (and copies made from it: docslib, scribd, pdftotext) breaks the
    # lines where the printed column did, some 50 characters in the two-column reports.
    return _reflow(text, 52)


def text_dump_wrap(text: str) -> str:
    # Plain-text dumps of web pages (lynx, archive.org's text view, mailing-list copies)
    # wrap at 72-80 columns.
    return _reflow(text, 76)


def one_line_paragraphs(text: str) -> str:
    # A web page's paragraph saved as text is one line, however the PDF wrapped it.
    return _reflow(text, None)


def flattened_page(text: str) -> str:
    # A page saved with every line break lost, header, headings and paragraphs run into one
    # line, as the state.gov pages are found saved ("...In this section / BELIZE: Tier 2
    # Watch List BELIZE: Tier 2 Watch List PRIORITIZED RECOMMENDATIONS ...").
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def crlf_line_ends(text: str) -> str:
    # Text saved on Windows (Notepad, Word's "plain text", refworld's downloads).
    return text.replace("\n", "\r\n")


def indented_lines(text: str) -> str:
    # pdftotext -layout and browser copies of HTML lists indent lines and leave blanks at
    # their ends; a tab where the source had one.
    return "\n".join(
        ("\t" if index % 7 == 3 else "   ") + line + "  " if line.strip() else line
        for index, line in enumerate(text.split("\n"))
    )


# The running foot and page number of the report's PDF pages.
_RUNNING_FOOT = "TRAFFICKING IN PERSONS REPORT"
_FIRST_PAGE_NUMBER = 282


def _split_mid_sentence(text: str) -> tuple[list[str], list[str]] | None:
    """The text's lines cut in two in the middle of its longest line, as a page break cuts
    a sentence; None when no line is long enough."""
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda index: len(lines[index]))
    words = lines[longest].split(" ")
    if len(words) < _MIN_PROSE_WORDS:
        return None
    middle = len(words) // 2
    first = [*lines[:longest], " ".join(words[:middle])]
    return first, [" ".join(words[middle:]), *lines[longest + 1 :]]


def pdf_page_break(text: str) -> str:
    # pdftotext's copy of the PDF: the narrative runs over a page break (a form feed) in the
    # middle of a sentence, each page closing with the running foot and its printed number.
    halves = _split_mid_sentence(text)
    if halves is None:
        return text
    pages = []
    for number, page in enumerate(halves, start=_FIRST_PAGE_NUMBER):
        pages.append("\n".join([*page, "", _RUNNING_FOOT, str(number)]))
    return "\f".join(pages)


def pdf_text_pasted(text: str) -> str:
    # The same text copied out of a PDF viewer (a blog's or a mailing list's copy): the page
    # break is lost, the running foot and the page number, on one line as the PDF sets them
    # side by side, stay in the sentence.
    halves = _split_mid_sentence(text)
    if halves is None:
        return text
    return "\n".join(
        "\n".join([*page, f"{number} | {_RUNNING_FOOT}"])
        for number, page in enumerate(halves, start=_FIRST_PAGE_NUMBER)
    )


def browser_printed_pages(text: str) -> str:
    # A state.gov page printed to PDF from a browser (docslib's copies): each page opens with
    # the date and the page's title and closes with its address and "page/pages".
    lines = text.split("\n")
    header = next((match for line in lines if (match := _HEADER_LINE.match(line))), None)
    halves = _split_mid_sentence(text)
    if header is None or halves is None:
        return text
    name = title_name(header.group("name").strip())
    slug = re.sub(r"[^a-z]+", "-", name.lower()).strip("-")
    title = f"6/24/2020 {name} - United States Department of State"
    address = f"https://www.state.gov/reports/2020-trafficking-in-persons-report/{slug}/"
    pages = [
        "\n".join([title, *page, f"{address} {number}/2"])
        for number, page in enumerate(halves, start=1)
    ]
    return "\f".join(pages)


# --- characters --------------------------------------------------------------------------

_SPACE_AFTER_NUMBER = re.compile(r"(?<=\d) (?=\w)")
_SPACE_IN_TIER = re.compile(r"\b(Tier|TIER) (?=[123])")
_SPACE_AFTER_SENTENCE = re.compile(r"(?<=[a-z0-9][.])  ?(?=[A-Z])")


def _hard_spaces(text: str, space: str) -> str:
    text = _SPACE_AFTER_NUMBER.sub(space, text)
    text = _SPACE_IN_TIER.sub(lambda match: match.group(1) + space, text)
    return _SPACE_AFTER_SENTENCE.sub(space + " ", text)


def no_break_spaces(text: str) -> str:
    # HTML copies hold "&nbsp;" between a number and its noun ("1,134&nbsp;victims"), in
    # "Tier&nbsp;2", and after a sentence's full stop where the writer typed two spaces
    # (Word's HTML); saved as text each becomes U+00A0.
    return _hard_spaces(text, "\u00a0")


def narrow_no_break_spaces(text: str) -> str:
    # Pages passed through a typographic content system put the narrow no-break space
    # (U+202F) where others put U+00A0.
    return _hard_spaces(text, "\u202f")


_LONG_WORD = re.compile(r"\b[a-z]{10,}\b")
# A syllable break near a long word's middle: after a vowel, before a consonant.
_SYLLABLE_BREAK = re.compile(r"(?<=[aeiou])(?=[bcdfghjklmnpqrstvwxz])")


def _hyphenation_point(word: str) -> int | None:
    middle = len(word) / 2
    points = [m.start() for m in _SYLLABLE_BREAK.finditer(word) if 3 <= m.start() <= len(word) - 3]
    return min(points, key=lambda point: abs(point - middle)) if points else None


def _break_long_words(text: str, mark: str) -> str:
    def broken(match: re.Match[str]) -> str:
        word = match.group(0)
        point = _hyphenation_point(word)
        return word if point is None else word[:point] + mark + word[point:]

    return _LONG_WORD.sub(broken, text)


def soft_hyphens(text: str) -> str:
    # Pages whose site hyphenates long words by hand (&shy;: the newswire reprints, some
    # embassy pages) keep a soft hyphen (U+00AD) inside the word when copied as text.
    return _break_long_words(text, "\u00ad")


def zero_width_spaces(text: str) -> str:
    # Web copies carry zero-width spaces (U+200B, and U+FEFF from pasted Word text) at the
    # start of a paragraph and inside long words where the page allowed a break (<wbr>).
    text = _break_long_words(text, "\u200b")
    return "\n".join("\u200b" + line if line.strip() else line for line in text.split("\n"))


_LIGATURES = (
    ("ffi", "\ufb03"),
    ("ffl", "\ufb04"),
    ("ff", "\ufb00"),
    ("fi", "\ufb01"),
    ("fl", "\ufb02"),
)


def pdf_ligatures(text: str) -> str:
    # The PDF's text layer, and the copies made from it (docslib, scribd), keep the
    # typesetter's ligatures: "identi\ufb01ed", "tra\ufb03cking".
    for letters, ligature in _LIGATURES:
        text = text.replace(letters, ligature)
    return text


_CLOSING_DOUBLE = re.compile(r'"(?=[\s.,;:)\]]|$)')


def curly_quotes(text: str) -> str:
    # The PDF and state.gov print typographic quotes and apostrophes.
    text = _CLOSING_DOUBLE.sub("\u201d", text).replace('"', "\u201c")
    return text.replace("'", "\u2019")


def straight_quotes(text: str) -> str:
    # Text copies (ecoi.net, refworld's older pages, mail) straighten them.
    for curly, straight in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, straight)
    return text


def ascii_dashes(text: str) -> str:
    # Text copies write the em dash as "--" and the en dash as a hyphen ("2014-2015").
    return text.replace("\u2014", "--").replace("\u2013", "-")


_YEAR_RANGE = re.compile(r"(?<=\b(?:19|20)\d\d)-(?=(?:19|20)?\d\d\b)")
_SPACED_DASH = re.compile(r"(?<=[a-z,]) \u2014 ?|\u2014(?=[a-z0-9])")


def typographic_dashes(text: str) -> str:
    # Typeset copies print a span of years with an en dash ("2019\u20132020"; an article's
    # number, "Section 154-1", keeps its hyphen), and news sites set an aside off with a
    # spaced en dash ("17 victims \u2013 the same number").
    text = _YEAR_RANGE.sub("\u2013", text)
    return _SPACED_DASH.sub(" \u2013 ", text)


# --- the narrative's header --------------------------------------------------------------

_HEADER_LINE = re.compile(
    r"^\s*(?P<name>[^\W\d_][^:()\d\n]{0,60}?(?:\s*\([^()\d\n]{1,50}\))?)\s*"
    r"(?::\s*|\(\s*|\s[-\u2013\u2014]\s)"
    r"(?P<tier>tier\s*(?P<num>[123])(?P<wl>\s*[-\u2013\u2014]?\s*watch\s*list)?"
    r"|(?P<special>special\s+case))\s*\)?"
    r"(?P<rest>\s*\**\s*(?:[-\u2013\u2014\[]?\s*(?:extracted|excerpted)\b.*)?)$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset({"of", "the", "and", "de", "da", "du", "des", "la", "le", "et", "y"})
_MAX_NAME_WORDS = 8


def _title_word(word: str, first: bool) -> str:
    if word.lower() in _SMALL_WORDS and not first:
        return word.lower()
    if word.startswith("(") and word.strip("(),").isupper() and len(word.strip("(),")) <= 4:
        return word  # an abbreviation: "(FSM)"
    pieces = re.split(r"([-'\u2019])", word.lower())
    titled = [piece[:1].upper() + piece[1:] for piece in pieces]
    # "D'IVOIRE" -> "d'Ivoire"
    if len(titled) >= 3 and titled[0] == "D" and titled[1] in "'\u2019":
        titled[0] = "d"
    return "".join(titled)


def title_name(name: str) -> str:
    words = name.split()
    return " ".join(_title_word(word, index == 0) for index, word in enumerate(words))


def _tier(match: re.Match[str]) -> str:
    if match.group("special"):
        return "Special Case"
    return f"Tier {match.group('num')}" + (" Watch List" if match.group("wl") else "")


def header_match(line: str) -> re.Match[str] | None:
    """The line read as a narrative's header ("PERU: Tier 2", "Peru (Tier 2)"), or None."""
    match = _HEADER_LINE.match(line)
    if match is None or len(match.group("name").split()) > _MAX_NAME_WORDS:
        return None
    return match


def _restyle_headers(text: str, style: Callable[[str, str], str]) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = _HEADER_LINE.match(line)
        if match is None or len(match.group("name").split()) > _MAX_NAME_WORDS:
            continue
        lines[index] = style(match.group("name").strip(), _tier(match)) + match.group("rest")
    return "\n".join(lines)


def _header_style(
    name_case: Callable[[str], str], template: str, upper_tier: bool = False
) -> Callable[[str], str]:
    def style(name: str, tier: str) -> str:
        return template.format(name=name_case(name), tier=tier.upper() if upper_tier else tier)

    return lambda text: _restyle_headers(text, style)


# The styles the report's headers have had since 2001, as its copies print them:
# "PERU: Tier 2" in the 2004-2017 PDFs, "PERU: TIER 2" in their copies that kept the
# small capitals as capitals; "PERU (TIER 2)" in the 2001-2003 reports and the archived
# state.gov pages of 2006; "Peru (Tier 2)" on refworld and the state.gov pages
# from 2017; "Peru: Tier 2 Watch List" where a web copy set the PDF's header as a title;
# "Peru - Tier 2" on the newswire and blog reprints.
header_caps_colon = _header_style(str.upper, "{name}: {tier}")
header_caps_colon_upper = _header_style(str.upper, "{name}: {tier}", upper_tier=True)
header_caps_brackets_upper = _header_style(str.upper, "{name} ({tier})", upper_tier=True)
header_title_brackets = _header_style(title_name, "{name} ({tier})")
header_title_colon = _header_style(title_name, "{name}: {tier}")
header_title_dash = _header_style(title_name, "{name} - {tier}")


def _split_headers(text: str, split: Callable[[str, bool], str | None]) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = _HEADER_LINE.match(line)
        if match is None or len(match.group("name").split()) > _MAX_NAME_WORDS:
            continue
        name = match.group("name").strip()
        if match.group("rest").strip() or name != name.upper():
            # A credit after the tier, or a name in title case: the copies that print those
            # (GVNet, refworld, ecoi.net) keep the header on its line.
            continue
        restyled = split(line.strip(), bool(match.group("wl")))
        if restyled is not None:
            lines[index] = restyled
    return "\n".join(lines)


_TIER_START = re.compile(r"(?<=[:A-Z])\s*(?=\(?\s*tier\b)", re.IGNORECASE)
_WATCH_LIST_START = re.compile(r"[\s\-\u2013\u2014]*(?=watch\s*list)", re.IGNORECASE)


def _break_before(pattern: re.Pattern[str], line: str) -> str | None:
    cut = pattern.search(line, 1)
    if cut is None:
        return None
    return line[: cut.start()] + "\n" + line[cut.end() :]


def tier_under_the_name(text: str) -> str:
    # A PDF whose column was too narrow for the header, and the copies made from it, set the
    # tier on the line under the name in capitals: "CONGO, DEMOCRATIC REPUBLIC OF THE:" / "Tier 3",
    # "FRANCE" / "(Tier 1)".
    return _split_headers(text, lambda line, watch: _break_before(_TIER_START, line))


def watch_list_wrapped(text: str) -> str:
    # ... or break it before "Watch List": "PAKISTAN: Tier 2" / "Watch List".
    return _split_headers(
        text, lambda line, watch: _break_before(_WATCH_LIST_START, line) if watch else None
    )


# --- section headings --------------------------------------------------------------------

_SECTION_HEADING = re.compile(
    r"^(?P<heading>priorit[iy][sz]ed\s+recommendations|recommendations\s+for\s+[^:\n]{2,60}?"
    r"|prosecution|protection|prevention|(?:human\s+)?trafficking\s+profile)(?P<colon>\s*:?)\s*$",
    re.IGNORECASE,
)


def _restyle_section_headings(text: str, case: Callable[[str], str]) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = _SECTION_HEADING.match(line)
        if match is not None:
            lines[index] = case(match.group("heading")) + match.group("colon")
    return "\n".join(lines)


def is_section_heading(line: str) -> bool:
    return _SECTION_HEADING.match(line) is not None


def title_case_headings(text: str) -> str:
    # The narratives' section headings in title case ("Prioritized Recommendations",
    # "Prosecution"), as refworld's copies of the 2000s reports and GVNet's of the 2020s set
    # them.
    return _restyle_section_headings(text, title_name)


def capital_headings(text: str) -> str:
    # ... and in capitals, as the PDFs and the state.gov pages print them.
    return _restyle_section_headings(text, str.upper)


# --- the site's page furniture -----------------------------------------------------------

# state.gov's pages from 2017 on open with the government banner; then the site's
# navigation and share buttons, and close with its footer.
STATE_GOV_TOP = (
    "An official website of the United States Government Here's how you know",
    "Official websites use .gov",
    "A .gov website belongs to an official government organization in the United States.",
    "Secure .gov websites use HTTPS",
    "A lock ( ) or https:// means you\u2019ve safely connected to the .gov website. "
    "Share sensitive information only on official, secure websites.",
    "Skip to content",
    "Share",
    "Print",
)
STATE_GOV_BOTTOM = (
    "Share",
    "TAGS",
    "Office to Monitor and Combat Trafficking in Persons",
    "White House",
    "USA.gov",
    "Office of the Inspector General",
    "Archives",
    "Contact Us",
    "Privacy Policy",
    "Accessibility Statement",
    "Copyright Information",
    "FOIA",
    "No FEAR Act",
)
# The archived state.gov pages of 2001-2016 and their copies.
_OLD_STATE_GOV_TOP = (
    "printable banner",
    "U.S. Department of State - Great Seal",
    "U.S. Department of State",
    "Diplomacy in Action",
    "Trafficking in Persons Report",
    "Office to Monitor and Combat Trafficking in Persons",
    "Bookmark and Share",
    "You are on page 1 of 9",
)
_OLD_STATE_GOV_BOTTOM = (
    "Back to Top",
    "Subject Index",
    "The Office of Website Management, Bureau of Public Affairs, manages this site as a "
    "portal for information from the U.S. State Department.",
    "External links to other Internet sites should not be construed as an endorsement of "
    "the views or privacy policies contained therein.",
)
# GVNet's copies put the credit on a line under the header.
_CREDIT = "Extracted in part from the U.S. State Dept 2023 TIP Report"


def _first_header(lines: list[str]) -> int | None:
    return next((index for index, line in enumerate(lines) if _HEADER_LINE.match(line)), None)


def state_gov_furniture(text: str) -> str:
    return "\n".join([*STATE_GOV_TOP, "", text, "", *STATE_GOV_BOTTOM])


def archived_page_furniture(text: str) -> str:
    return "\n".join([*_OLD_STATE_GOV_TOP, "", text, "", *_OLD_STATE_GOV_BOTTOM])


def credit_line(text: str) -> str:
    lines = text.split("\n")
    header = _first_header(lines)
    if header is None:
        return text
    return "\n".join([*lines[: header + 1], _CREDIT, *lines[header + 1 :]])


PERTURBATIONS: tuple[Perturbation, ...] = (
    Perturbation("pdf_column_wrap", pdf_column_wrap),
    Perturbation("text_dump_wrap", text_dump_wrap),
    Perturbation("one_line_paragraphs", one_line_paragraphs),
    Perturbation("flattened_page", flattened_page, files_only=True),
    Perturbation("crlf_line_ends", crlf_line_ends),
    Perturbation("indented_lines", indented_lines),
    Perturbation("no_break_spaces", no_break_spaces),
    Perturbation("narrow_no_break_spaces", narrow_no_break_spaces),
    Perturbation("soft_hyphens", soft_hyphens),
    Perturbation("zero_width_spaces", zero_width_spaces),
    Perturbation("pdf_ligatures", pdf_ligatures),
    Perturbation("curly_quotes", curly_quotes),
    Perturbation("straight_quotes", straight_quotes),
    Perturbation("ascii_dashes", ascii_dashes),
    Perturbation("typographic_dashes", typographic_dashes),
    Perturbation("title_case_headings", title_case_headings),
    Perturbation("capital_headings", capital_headings),
    Perturbation("header_caps_colon", header_caps_colon, files_only=True),
    Perturbation("header_caps_colon_upper", header_caps_colon_upper, files_only=True),
    Perturbation("header_caps_brackets_upper", header_caps_brackets_upper, files_only=True),
    Perturbation("header_title_brackets", header_title_brackets, files_only=True),
    Perturbation("header_title_colon", header_title_colon, files_only=True),
    Perturbation("header_title_dash", header_title_dash, files_only=True),
    Perturbation("tier_under_the_name", tier_under_the_name, files_only=True),
    Perturbation("watch_list_wrapped", watch_list_wrapped, files_only=True),
    Perturbation("pdf_page_break", pdf_page_break, files_only=True),
    Perturbation("pdf_text_pasted", pdf_text_pasted, files_only=True),
    Perturbation("browser_printed_pages", browser_printed_pages, files_only=True),
    Perturbation("state_gov_furniture", state_gov_furniture, files_only=True),
    Perturbation("archived_page_furniture", archived_page_furniture, files_only=True),
    Perturbation("credit_line", credit_line, files_only=True),
)
