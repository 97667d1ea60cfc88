"""HTML to lines of text, remembering which lines were headings.

Block elements end lines; h1-h6 and paragraphs whose whole text is bold/strong are
headings. A run-in bold heading that names a known section
(``<p><strong>Prosecution</strong> The government ...``) is split off onto its own
heading line. Page markers: any element with a ``data-page``/``data-page-number``
attribute, or a ``<!-- page N -->`` comment, starts page N.

A list whose every entry is a link within the page (``<li><a href="#...">``) naming a line
further down is the page's menu of its own sections, not its text: the state.gov country
pages list the narrative's header and section headings so ("In this section /"), and read
as text the header would open the page twice. A list of links to places in the page that
it does not repeat (a tier list linking each country to its narrative) is kept. A term of a
description list and its definition make one line ("Published: 26 June 2007"), as a page's
details are shown.

A line that follows the one before it after a single ``<br>`` inside the same element is
marked as continuing it: HTML made from a PDF (pdftohtml) breaks each printed line so, and
a word hyphenated at the printed line's end is rejoined by the reader as in a text file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import NamedTuple

from tipwatch.ingest.parsing.furniture import is_furniture, menu_key
from tipwatch.ingest.parsing.headings import known_section

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div",
        "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    }
)  # fmt: skip
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD_TAGS = frozenset({"b", "strong"})
_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "head", "footer", "aside", "button"}
)
# Site furniture marked by its class, id or role: banners, menus, share buttons, footers.
_FURNITURE_ATTRIBUTE = re.compile(
    r"(?:^|[\s_-])(?:usa-banner|banner|site-header|breadcrumbs?|share|sharing|social|menu"
    r"|navigation|navbar|skip-link|cookie|footer|sidebar|related)(?:$|[\s_-])",
    re.IGNORECASE,
)
_LIST_TAGS = frozenset({"ul", "ol"})
_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col"})
_PAGE_COMMENT = re.compile(r"^\s*page\s*:?\s*(\d{1,4})\s*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def _is_furniture(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name in ("class", "id", "role") and value and _FURNITURE_ATTRIBUTE.search(value):
            return True
    return False


class HtmlLine(NamedTuple):
    """A line of a page: its text, whether it is a heading, and whether it continues the
    line before it after a ``<br>`` in the same element (a printed line's break)."""

    text: str
    is_heading: bool
    after_break: bool = False


@dataclass
class HtmlPage:
    number: int | None
    lines: list[HtmlLine] = field(default_factory=list)


@dataclass
class _OpenList:
    """A list being read: where its lines start, and whether all its text so far was the
    text of links within the page."""

    page: HtmlPage
    first_line: int
    only_page_links: bool = True


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pages: list[HtmlPage] = [HtmlPage(None)]
        self._chunks: list[tuple[str, bool]] = []  # (text, inside bold)
        self._bold = 0
        self._heading = 0
        self._skip = 0
        self._skip_stack: list[str] = []
        self._lists: list[_OpenList] = []
        # Lists of links within the page: (page, first line, end), menus if what they name
        # follows them.
        self.menus: list[tuple[HtmlPage, int, int]] = []
        self._page_link = 0  # depth of <a href="#..."> elements being read
        # The last line ended at a <br> with nothing else between: the next line continues it.
        self._after_break = False

    # -- helpers ------------------------------------------------------------------
    def _flush(self) -> bool:
        """End the line being read; whether a line was added."""
        after_break, self._after_break = self._after_break, False
        chunks, self._chunks = self._chunks, []
        text = _SPACES.sub(" ", "".join(t for t, _ in chunks)).strip()
        if not text or is_furniture(text):
            return False
        lines = self.pages[-1].lines
        if self._heading:
            lines.append(HtmlLine(text, True, after_break))
            return True
        bold_text = _SPACES.sub(" ", "".join(t for t, b in chunks if b)).strip()
        if bold_text and bold_text == text:
            lines.append(HtmlLine(text, True, after_break))
            return True
        # A run-in bold heading at the start of a paragraph.
        lead: list[str] = []
        for chunk, bold in chunks:
            if not bold and chunk.strip():
                break
            lead.append(chunk)
        lead_text = _SPACES.sub(" ", "".join(lead)).strip()
        if lead_text and known_section(lead_text, is_heading=True):
            lines.append(HtmlLine(lead_text, True, after_break))
            rest = text[len(lead_text) :].strip() if text.startswith(lead_text) else text
            if rest:
                lines.append(HtmlLine(rest, False))
            return True
        lines.append(HtmlLine(text, False, after_break))
        return True

    def _new_page(self, number: int) -> None:
        self._flush()
        if not self.pages[-1].lines and self.pages[-1].number is None:
            self.pages[-1].number = number
        else:
            self.pages.append(HtmlPage(number))

    # -- parser events --------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag == self._skip_stack[-1] and tag not in _VOID_TAGS:
                self._skip += 1
            return
        if tag in _SKIP_TAGS or (tag not in _VOID_TAGS and _is_furniture(attrs)):
            self._skip = 1
            self._skip_stack.append(tag)
            return
        for name, value in attrs:
            if name in ("data-page", "data-page-number") and value and value.strip().isdigit():
                self._new_page(int(value.strip()))
                break
        if tag == "dd":
            # A term and its definition are read as one line: "Published: 26 June 2007".
            self._chunks.append((" ", False))
        elif tag == "br":
            # A second <br> in a row (nothing read since the first) is a paragraph's break.
            self._after_break = self._flush()
        elif tag in _BLOCK_TAGS:
            self._flush()
        if tag in _LIST_TAGS:
            page = self.pages[-1]
            self._lists.append(_OpenList(page, len(page.lines)))
        elif tag == "a" and any(
            name == "href" and value and value.startswith("#") for name, value in attrs
        ):
            self._page_link += 1
        if tag in _HEADING_TAGS:
            self._heading += 1
        elif tag in _BOLD_TAGS:
            self._bold += 1

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip_stack[-1]:
                self._skip -= 1
                if not self._skip:
                    self._skip_stack.pop()
            return
        if tag in _BLOCK_TAGS and tag != "dt":
            self._flush()
        if tag in _LIST_TAGS and self._lists:
            self._close_list(self._lists.pop())
        elif tag == "a" and self._page_link:
            self._page_link -= 1
        if tag in _HEADING_TAGS:
            self._heading = max(0, self._heading - 1)
        elif tag in _BOLD_TAGS:
            self._bold = max(0, self._bold - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def _close_list(self, closed: _OpenList) -> None:
        page = self.pages[-1]
        if closed.only_page_links and closed.page is page and len(page.lines) > closed.first_line:
            self.menus.append((page, closed.first_line, len(page.lines)))
        elif self._lists:
            # A list of the page's text inside another list: the outer list is text too.
            self._lists[-1].only_page_links = False

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._lists and not self._page_link and data.strip():
            self._lists[-1].only_page_links = False
        self._chunks.append((data, self._bold > 0))

    def handle_comment(self, data: str) -> None:
        match = _PAGE_COMMENT.match(data)
        if match and not self._skip:
            self._new_page(int(match.group(1)))

    def close(self) -> None:
        super().close()
        self._flush()


def _drop_menus(pages: list[HtmlPage], menus: list[tuple[HtmlPage, int, int]]) -> None:
    """Remove each list of in-page links whose every entry names a line that follows it.

    Linear in the lines: each line's text is looked up at the last place it stands.
    """
    if not menus:
        return
    page_index = {id(page): index for index, page in enumerate(pages)}
    last_place: dict[str, tuple[int, int]] = {}
    for index, page in enumerate(pages):
        for number, line in enumerate(page.lines):
            last_place[menu_key(line.text)] = (index, number)
    dropped: dict[int, set[int]] = {}
    for page, first, end in menus:
        index = page_index[id(page)]
        entries = page.lines[first:end]
        if all(last_place[menu_key(line.text)] >= (index, end) for line in entries):
            dropped.setdefault(index, set()).update(range(first, end))
    for index, numbers in dropped.items():
        page = pages[index]
        page.lines = [line for number, line in enumerate(page.lines) if number not in numbers]


def html_to_pages(markup: str) -> list[HtmlPage]:
    """Lines of text per page; pages without a marker have ``number`` None."""
    collector = _Collector()
    collector.feed(markup)
    collector.close()
    _drop_menus(collector.pages, collector.menus)
    pages = [page for page in collector.pages if page.lines or page.number is not None]
    return pages or [HtmlPage(None)]
