"""Turning a report file (PDF, HTML or plain text) into a ``Document``.

Paths may be given as ``str`` or ``os.PathLike``; ``bytes`` are file contents. For
text already in memory use ``document_from_text`` / ``document_from_html``.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tipwatch.ingest.parsing.document import Document, Page
from tipwatch.ingest.parsing.errors import (
    EmptyFileError,
    FileAccessError,
    TextDecodeError,
    UnsupportedFormatError,
)
from tipwatch.ingest.parsing.filetypes import looks_like_pdf
from tipwatch.ingest.parsing.furniture import drop_furniture
from tipwatch.ingest.parsing.htmltext import HtmlLine, html_to_pages
from tipwatch.ingest.parsing.limits import DEFAULT_LIMITS, ReadLimits
from tipwatch.ingest.parsing.pagemarks import (
    page_furniture_lines,
    strip_page_furniture,
    without_page_furniture,
)
from tipwatch.ingest.parsing.textnorm import dehyphenate_lines, normalise_line, normalise_text

if TYPE_CHECKING:
    from tipwatch.ingest.parsing.pdf import PageProgress

Source = str | os.PathLike[str] | bytes

_HTML_SNIFF = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b"
    rb"|<(?:html|body|p|div|h[1-6]|br|table|article|section)\b[^>]*>",
    re.IGNORECASE | re.DOTALL,
)
_EMPTY_PAGE_WARNING_SHARE = 0.05


def _load(source: Source, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        try:
            limits.check_file_size(Path(source).stat().st_size)
            data = Path(source).read_bytes()
        except OSError as exc:
            raise FileAccessError(f"{os.fspath(source)}: {exc.strerror or exc}") from exc
    limits.check_file_size(len(data))
    if not data:
        raise EmptyFileError()
    return data


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextDecodeError(f"invalid byte at offset {exc.start}") from exc


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_SNIFF.search(data[:4096]))


def _page_ranges(numbers: Sequence[int]) -> str:
    parts: list[str] = []
    start = prev = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == prev + 1:
            prev = number
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if number is not None:
            start = prev = number
    return ", ".join(parts)


def _dehyphenate_across_pages(pages: list[list[str]]) -> None:
    """Bring the end of a word broken over a page (or column) turn back to its start."""
    for current, following in itertools.pairwise(pages):
        last = next((i for i in range(len(current) - 1, -1, -1) if current[i]), None)
        first = next((i for i, line in enumerate(following) if line), None)
        if last is None or first is None or not current[last].endswith("-"):
            continue
        joined = dehyphenate_lines([current[last], following[first]])
        if len(joined) == 2 and joined[0] == current[last]:
            continue
        current[last] = joined[0]
        following[first] = joined[1] if len(joined) == 2 else ""


def _build(raw_pages: Sequence[Sequence[str]], kind: str) -> Document:
    """Furniture removal, numbering and de-hyphenation shared by PDF and text."""
    cleaned = strip_page_furniture(raw_pages)
    page_lines = [dehyphenate_lines(lines) for lines in cleaned.lines]
    _dehyphenate_across_pages(page_lines)
    pages = [
        Page(number=number, text="\n".join(lines).strip("\n"))
        for number, lines in zip(cleaned.numbers, page_lines, strict=True)
    ]
    warnings: list[str] = []
    empty = [page.number for page in pages if not page.text.strip()]
    if empty and len(empty) > max(2, _EMPTY_PAGE_WARNING_SHARE * len(pages)):
        warnings.append(
            f"{len(empty)} of {len(pages)} pages have no text (scanned pages?): "
            f"{_page_ranges(empty)}"
        )
    return Document(pages=pages, kind=kind, warnings=warnings)


def read_pdf(
    source: Source, progress: PageProgress | None = None, limits: ReadLimits = DEFAULT_LIMITS
) -> Document:
    """Read a PDF report: text per page in reading order, furniture removed.

    The pages are read in child processes under ``limits`` (see `pdf.extract_page_lines`).
    """
    # PDFium is loaded when a PDF is read, not with this module: a web worker imports the
    # readers through the import screens' URLs and would otherwise carry PDFium (about 6 MB)
    # for a task the import workers do.
    from tipwatch.ingest.parsing.pdf import extract_page_lines

    return _build(extract_page_lines(_load(source, limits), progress, limits), "pdf")


def document_from_text(text: str) -> Document:
    """A Document from plain text; form feeds separate pages."""
    if not text.strip():
        raise EmptyFileError("it contains only whitespace")
    chunks = text.split("\f")
    if chunks and not chunks[-1].strip() and len(chunks) > 1:
        chunks = chunks[:-1]
    pages = [drop_furniture(normalise_text(chunk)) for chunk in chunks]
    if len(pages) == 1:
        pages = [without_page_furniture(pages[0])]
    return _build(pages, "text")


def read_text(source: Source) -> Document:
    """Read a UTF-8 text file (form feeds separate pages)."""
    return document_from_text(_decode(_load(source)))


def _rejoin_broken_words(lines: Sequence[HtmlLine], kept: Sequence[int]) -> list[tuple[str, bool]]:
    """The kept lines of an HTML page as (text, is heading), a word hyphenated at a printed
    line's end (a line broken by a <br>: "prose-<br>cuted") rejoined by the text reader's
    rule (`dehyphenate_lines`): "prosecuted", but "anti-trafficking". Only a line that
    follows the one kept before it straight after a <br>, and is a heading as that one is or
    is not, continues it."""
    out: list[tuple[str, bool]] = []
    previous_index: int | None = None
    for index in kept:
        text, is_heading, after_break = lines[index]
        continues = after_break and previous_index == index - 1
        previous_index = index
        if continues and out and out[-1][1] == is_heading and out[-1][0].endswith("-"):
            joined = dehyphenate_lines([out[-1][0], text])
            out[-1] = (joined[0], is_heading)
            if len(joined) == 2:
                out.append((joined[1], is_heading))
            continue
        out.append((text, is_heading))
    return out


def document_from_html(markup: str) -> Document:
    """A Document from HTML: one page unless the markup carries page markers.

    The lines are cleaned as a text file's are: a page without markers is a text without
    page breaks (its page numbers and the report's running title dropped wherever they
    stand), and the running heads, feet and page numbers found by comparing the pages are
    dropped; a page is numbered by its marker, else as the printed numbers found tell.
    """
    html_pages = html_to_pages(markup)
    pages_lines: list[list[HtmlLine]] = []
    for html_page in html_pages:
        lines = [line._replace(text=normalise_line(line.text)) for line in html_page.lines]
        pages_lines.append([line for line in lines if line.text])
    if len(pages_lines) == 1 and html_pages[0].number is None:
        furniture = page_furniture_lines([line.text for line in pages_lines[0]])
        pages_lines[0] = [entry for i, entry in enumerate(pages_lines[0]) if i not in furniture]
    cleaned = strip_page_furniture([[line.text for line in lines] for lines in pages_lines])
    marked = any(html_page.number is not None for html_page in html_pages)
    pages: list[Page] = []
    previous = 0
    for index, html_page in enumerate(html_pages):
        if html_page.number is not None:
            number = html_page.number
        elif marked:
            number = previous + 1
        else:
            number = cleaned.numbers[index]
        previous = number
        kept = _rejoin_broken_words(pages_lines[index], cleaned.kept[index])
        headings = frozenset(i for i, (_, is_heading) in enumerate(kept) if is_heading)
        text = "\n".join(line for line, _ in kept)
        pages.append(Page(number=number, text=text, heading_lines=headings))
    if not any(page.text for page in pages):
        raise EmptyFileError("the HTML contains no text")
    return Document(pages=pages, kind="html")


def read_html(source: Source) -> Document:
    """Read an HTML page (UTF-8)."""
    return document_from_html(_decode(_load(source)))


def read_any(
    source: Source, progress: PageProgress | None = None, limits: ReadLimits = DEFAULT_LIMITS
) -> Document:
    """Read a report, choosing the reader from the content, not the file name.

    ``progress`` is called with (pages read, page count) while a PDF is read. Every file is
    held to the size limit; PDFs, whose reading can cost far more than their size, to all of
    ``limits``. Text and HTML are read in linear time, so their size bounds their cost.
    """
    data = _load(source, limits)
    if looks_like_pdf(data):
        return read_pdf(data, progress, limits)
    if not data.strip():
        raise EmptyFileError("it contains only whitespace")
    if b"\x00" in data[:4096]:
        raise UnsupportedFormatError()
    if looks_like_html(data):
        return read_html(data)
    try:
        text = _decode(data)
    except TextDecodeError as exc:
        raise UnsupportedFormatError(f"not a PDF, HTML or UTF-8 text file ({exc})") from exc
    return document_from_text(text)
