"""Data types for segmented narratives: Section, Narrative, Sentence, Problem."""

from __future__ import annotations

from dataclasses import dataclass, field

from tipwatch.ingest.parsing.document import PagedText, Span
from tipwatch.ingest.parsing.headings import HeaderMatch
from tipwatch.ingest.parsing.sentences import sentence_spans


class Problem(str):
    """A human-readable problem found while parsing; ``fatal`` ones stop an import.

    It is a ``str`` (so lists of problems print and serialise as plain strings) that
    also carries the ``fatal`` flag.
    """

    fatal: bool

    def __new__(cls, message: str, *, fatal: bool = False) -> Problem:
        problem = super().__new__(cls, message)
        problem.fatal = fatal
        return problem

    @property
    def message(self) -> str:
        return str(self)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    page: int
    section: str


@dataclass(frozen=True)
class Section:
    """One titled part of a narrative.

    ``name`` is normalised ("summary", "trafficking_profile", "government_efforts",
    "recommendations", "prosecution", "protection", "prevention", or another
    heading lowercased); ``heading`` is the line as printed (None for the untitled
    opening). ``body`` attributes every character of ``text`` to its page.
    """

    name: str
    text: str
    first_page: int
    heading: str | None = None
    body: PagedText | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.body is None:
            object.__setattr__(self, "body", PagedText.single(self.text, self.first_page))
        elif self.body.text != self.text:
            raise ValueError("Section.body must spell out Section.text")

    @classmethod
    def from_body(cls, name: str, body: PagedText, heading: str | None = None) -> Section:
        first = body.first_page
        if first is None:
            raise ValueError("a section needs some text")
        return cls(name=name, text=body.text, first_page=first, heading=heading, body=body)

    @property
    def spans(self) -> tuple[Span, ...]:
        assert self.body is not None
        return self.body.spans

    @property
    def last_page(self) -> int:
        assert self.body is not None
        last = self.body.last_page
        return self.first_page if last is None else last

    def page_at(self, offset: int) -> int:
        assert self.body is not None
        if not self.body.spans:
            return self.first_page
        return self.body.page_at(offset)

    def sentences(self) -> list[Sentence]:
        return [
            Sentence(self.text[start:end], self.page_at(start), self.name)
            for start, end in sentence_spans(self.text)
        ]


@dataclass
class Narrative:
    """One country's narrative as found in the report."""

    name: str
    iso3: str | None
    tier: str | None
    header: str
    first_page: int
    last_page: int
    sections: list[Section] = field(default_factory=list)

    def section(self, name: str) -> Section | None:
        """The first section called ``name``."""
        for section in self.sections:
            if section.name == name:
                return section
        return None

    @property
    def section_names(self) -> list[str]:
        return [section.name for section in self.sections]

    @property
    def text(self) -> str:
        return "\n".join(section.text for section in self.sections)

    def sentences(self, *, exclude: frozenset[str] = frozenset()) -> list[Sentence]:
        out: list[Sentence] = []
        for section in self.sections:
            if section.name not in exclude:
                out.extend(section.sentences())
        return out


@dataclass
class Segmentation:
    narratives: list[Narrative]
    problems: list[Problem]

    @property
    def fatal(self) -> bool:
        return any(problem.fatal for problem in self.problems)


# Not frozen: a frozen dataclass sets each field through object.__setattr__, and a report
# makes some 50,000 lines (the frozen class took a sixth of the segmentation's time).
@dataclass(slots=True)
class RawLine:
    page: int
    text: str
    heading: bool


@dataclass
class RawNarrative:
    match: HeaderMatch
    header: str
    page: int
    lines: list[RawLine] = field(default_factory=list)
