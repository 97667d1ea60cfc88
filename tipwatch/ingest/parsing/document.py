"""The reader output: a Document made of numbered pages of plain text.

Also holds ``PagedText``: a string that remembers which page every character came
from, so that a sentence found anywhere in a narrative can be cited by page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a report.

    ``number`` is the printed page number when the reader found a consistent one,
    else the physical index (1-based). ``text`` is normalised: lines separated by
    ``\\n``, running heads and page numbers removed, hyphenated line ends joined.
    ``heading_lines`` holds indexes into ``text.split("\\n")`` of lines that were
    marked up as headings in the source (HTML h1-h6 or a paragraph that is all bold).
    """

    number: int
    text: str
    heading_lines: frozenset[int] = frozenset()

    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass(frozen=True, slots=True)
class Document:
    """A report as read from a file: its pages in physical order.

    ``kind`` is "pdf", "html", "text" or "mixed"; ``warnings`` are non-fatal reading notes
    (for example pages without a text layer).
    """

    pages: list[Page]
    kind: str = "text"
    warnings: list[str] = field(default_factory=list)
    # Page numbers at which another file of a bundle begins: no narrative runs across them.
    file_starts: frozenset[int] = frozenset()

    @property
    def text(self) -> str:
        return "\n".join(page.text for page in self.pages)

    def __len__(self) -> int:
        return len(self.pages)


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text that sits on a single page."""

    page: int
    text: str

    def __reduce__(self) -> tuple[type[Span], tuple[int, str]]:
        # Narratives read in a forked child come back pickled, tens of thousands of spans: a
        # frozen dataclass's own unpickling looks up its fields for every object, which took
        # three times as long and made the pickle a quarter larger.
        return (Span, (self.page, self.text))


class PagedText:
    """Text assembled from spans, answering "which page is offset N on?".

    ``text`` is exactly the concatenation of the spans' texts.
    """

    __slots__ = ("_starts", "spans", "text")

    def __init__(self, spans: Iterable[Span]) -> None:
        merged: list[Span] = []
        for span in spans:
            if not span.text:
                continue
            if merged and merged[-1].page == span.page:
                merged[-1] = Span(span.page, merged[-1].text + span.text)
            else:
                merged.append(span)
        self.spans: tuple[Span, ...] = tuple(merged)
        starts: list[int] = []
        position = 0
        for span in self.spans:
            starts.append(position)
            position += len(span.text)
        self._starts = starts
        self.text: str = "".join(span.text for span in self.spans)

    @classmethod
    def single(cls, text: str, page: int) -> PagedText:
        return cls([Span(page, text)])

    def page_at(self, offset: int) -> int:
        """The page of the character at ``offset`` (clamped to the text)."""
        if not self.spans:
            raise ValueError("empty text has no pages")
        index = bisect_right(self._starts, max(offset, 0)) - 1
        return self.spans[max(index, 0)].page

    @property
    def first_page(self) -> int | None:
        return self.spans[0].page if self.spans else None

    @property
    def last_page(self) -> int | None:
        return self.spans[-1].page if self.spans else None

    def slice(self, start: int, end: int) -> PagedText:
        """The sub-text ``text[start:end]`` with its page attribution."""
        pieces: list[Span] = []
        for span_start, span in zip(self._starts, self.spans, strict=True):
            span_end = span_start + len(span.text)
            if span_end <= start or span_start >= end:
                continue
            lo = max(start, span_start) - span_start
            hi = min(end, span_end) - span_start
            pieces.append(Span(span.page, span.text[lo:hi]))
        return PagedText(pieces)

    def strip(self) -> PagedText:
        text = self.text
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if start == 0 and end == len(text):
            return self
        return self.slice(start, end)

    def __len__(self) -> int:
        return len(self.text)

    def __iter__(self) -> Iterator[Span]:
        return iter(self.spans)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PagedText):
            return NotImplemented
        return self.spans == other.spans

    def __hash__(self) -> int:
        return hash(self.spans)

    def __repr__(self) -> str:
        return f"PagedText({list(self.spans)!r})"


def concat(parts: Sequence[PagedText]) -> PagedText:
    spans: list[Span] = []
    for part in parts:
        spans.extend(part.spans)
    return PagedText(spans)
