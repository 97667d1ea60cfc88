"""A narrative's sections: its lines joined into page-attributed prose and cut at the
section headings ("PROSECUTION", "PROTECTION", ...), the untitled opening named by its layout."""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.countries import normalise_name
from tipwatch.ingest.parsing.document import PagedText, Span
from tipwatch.ingest.parsing.headings import known_section, other_heading
from tipwatch.ingest.parsing.narrative import RawLine, RawNarrative, Section
from tipwatch.ingest.parsing.sentences import sentence_spans
from tipwatch.ingest.parsing.textnorm import join_line

_MINIMUM_STANDARDS = re.compile(r"minimum\s+standards", re.IGNORECASE)
_PROFILE_OPENING = re.compile(
    r"\b(?:source|transit|destination)\b[^.]{0,80}\bcountry\b|\btraffickers\s+exploit\b"
    r"|\bhuman\s+traffickers\b|\bis\s+a\s+(?:source|transit|destination)\b",
    re.IGNORECASE,
)
SENTENCE_END = (".", "!", "?", ":", '"', "\u201d", ")", ";")


def all_caps(text: str) -> bool:
    # Most prose lines fail on the first two characters already.
    return text[:2].upper() == text[:2] and text.upper() == text and text.lower() != text


# The line ends after which `join_line` may do other than put a blank between the lines.
_JOINING_ENDS = ("-", "\u2014", "/")


class _SectionBuilder:
    """Accumulates lines of one section, joining them into page-attributed prose."""

    def __init__(self, name: str, heading: str | None) -> None:
        self.name = name
        self.heading = heading
        self._pages: list[int] = []
        self._chunks: list[list[str]] = []
        self._last = ""
        self._paragraph_break = False

    def paragraph_break(self) -> None:
        if self._chunks:
            self._paragraph_break = True

    def add(self, page: int, text: str) -> None:
        separator = ""
        if self._chunks:
            if self._paragraph_break:
                separator = "\n"
            elif not self._last.endswith(_JOINING_ENDS) and not text.startswith("\u2014"):
                separator = " "  # most lines: what `join_line` says, without asking it
            else:
                new_last, separator = join_line(self._last, text)
                if new_last != self._last:
                    self._chunks[-1][-1] = new_last
        self._paragraph_break = False
        if not self._pages or self._pages[-1] != page:
            self._pages.append(page)
            self._chunks.append([])
        chunk = self._chunks[-1]
        if separator:
            chunk.append(separator)
        chunk.append(text)
        self._last = text

    def build(self) -> Section | None:
        spans = [
            Span(page, "".join(chunk))
            for page, chunk in zip(self._pages, self._chunks, strict=True)
        ]
        body = PagedText(spans).strip()
        if not body.text:
            return None
        return Section.from_body(self.name, body, self.heading)


def _is_heading_position(body: list[RawLine], index: int) -> bool:
    """Running-text headings stand between a finished sentence and a new one."""
    previous = next((line.text for line in reversed(body[:index]) if line.text), "")
    following = next((line.text for line in body[index + 1 :] if line.text), "")
    previous_ok = not previous or previous.endswith(SENTENCE_END)
    following_ok = not following or following[0].isupper() or following[0] in '"\u201c('
    return previous_ok and following_ok


def sections_of(raw: RawNarrative) -> list[Section]:
    own_name = normalise_name(raw.match.name)
    builders = [_SectionBuilder("__opening__", None)]
    body = raw.lines
    for index, line in enumerate(body):
        text = line.text
        if not text:
            builders[-1].paragraph_break()
            continue
        if line.heading or all_caps(text):
            if normalise_name(text) == own_name:
                continue  # the country's name as a running head
            name = known_section(text, is_heading=line.heading)
            if name is None:
                candidate = other_heading(text, is_heading=line.heading)
                if candidate and (line.heading or _is_heading_position(body, index)):
                    name = candidate
            if name is not None:
                builders.append(_SectionBuilder(name, text))
                continue
        builders[-1].add(line.page, text)

    sections: list[Section] = []
    has_profile = any(builder.name == "trafficking_profile" for builder in builders)
    for builder in builders:
        section = builder.build()
        if section is None:
            continue
        if builder.name == "__opening__":
            sections.extend(_classify_opening(section, has_profile))
        else:
            sections.append(section)
    return sections


def _classify_opening(opening: Section, has_profile_heading: bool) -> list[Section]:
    """Name the untitled text that follows the header.

    New layout (a TRAFFICKING PROFILE heading comes later): the opening is the
    summary. Old layout: the trafficking profile, then the government's efforts
    paragraph, which starts with the "minimum standards" sentence.
    """
    assert opening.body is not None
    if has_profile_heading:
        return [Section.from_body("summary", opening.body)]
    text = opening.text
    for start, end in sentence_spans(text):
        if _MINIMUM_STANDARDS.search(text, start, end):
            if start == 0:
                return [Section.from_body("summary", opening.body)]
            profile = opening.body.slice(0, start).strip()
            efforts = opening.body.slice(start, len(text)).strip()
            return [
                Section.from_body("trafficking_profile", profile),
                Section.from_body("government_efforts", efforts),
            ]
    name = "trafficking_profile" if _PROFILE_OPENING.search(text[:600]) else "summary"
    return [Section.from_body(name, opening.body)]
