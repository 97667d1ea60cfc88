"""Removing page furniture: running heads, running feet and printed page numbers.

Works on the whole document at once, because a running head is only recognisable
as a line repeated at the top or bottom of many pages. The printed page number is
taken as "physical index + offset" when one offset is shared by most pages that
carry a bare number (or a number at the start/end of a running head).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tipwatch.ingest.parsing.headings import looks_structural

ZONE_LINES = 3
_DIGITS = re.compile(r"\d+")
_BARE_NUMBER = re.compile(r"^(?:page\s+)?(\d{1,4})$", re.IGNORECASE)
_EDGE_NUMBER = re.compile(
    r"^(\d{1,4})\s*[|\u2022\u00b7-]?\s+\S|\S\s+[|\u2022\u00b7-]?\s*(\d{1,4})$"
)


@dataclass(frozen=True, slots=True)
class CleanedPages:
    numbers: list[int]
    lines: list[list[str]]
    numbering_found: bool
    # Each page's kept lines as indexes into the lines given, for a reader that keeps
    # something beside each line (the HTML reader: whether it was marked as a heading).
    kept: list[list[int]]


def _zone(lines: Sequence[str]) -> list[int]:
    """Indexes of the first and last few non-empty lines of a page."""
    filled = [i for i, line in enumerate(lines) if line]
    if len(filled) <= 2 * ZONE_LINES:
        return filled
    return filled[:ZONE_LINES] + filled[-ZONE_LINES:]


def _key(line: str) -> str:
    return _DIGITS.sub("#", line.lower())


def _repeat_threshold(pages_with_text: int) -> int | None:
    if pages_with_text < 2:
        return None
    if pages_with_text <= 3:
        return pages_with_text
    return max(3, math.ceil(0.2 * pages_with_text))


def _edge_number(line: str) -> int | None:
    match = _EDGE_NUMBER.search(line)
    if match is None:
        return None
    value = match.group(1) or match.group(2)
    return int(value)


def strip_page_furniture(pages: Sequence[Sequence[str]]) -> CleanedPages:
    """Remove running heads/feet and page numbers; work out printed page numbers.

    ``pages``: the normalised lines of every page in physical order.
    """
    zones = [_zone(lines) for lines in pages]
    pages_with_text = sum(1 for zone in zones if zone)

    # 1. Lines repeated in the top/bottom zones of many pages.
    counts: Counter[str] = Counter()
    for lines, zone in zip(pages, zones, strict=True):
        counts.update({_key(lines[i]) for i in zone})
    threshold = _repeat_threshold(pages_with_text)
    repeated: set[str] = set()
    if threshold is not None:
        for key, count in counts.items():
            if count >= threshold and key.strip("# ") and key != "#":
                repeated.add(key)
        repeated = {key for key in repeated if not _structural_key(key, pages, zones)}

    # 2. Printed page number candidates.
    candidates: list[set[int]] = []
    for index, (lines, zone) in enumerate(zip(pages, zones, strict=True), start=1):
        found: set[int] = set()
        for i in zone:
            line = lines[i]
            value: int | None = None
            bare = _BARE_NUMBER.match(line)
            if bare:
                value = int(bare.group(1))
            elif _key(line) in repeated:
                value = _edge_number(line)
            # Years ("JUNE 2015") are never taken for page numbers.
            if value is not None and not 1900 <= value <= 2099:
                found.add(value - index)
        candidates.append(found)
    offsets: Counter[int] = Counter()
    for found in candidates:
        offsets.update(found)
    pages_with_candidates = sum(1 for found in candidates if found)
    offset: int | None = None
    if offsets:
        best, best_count = offsets.most_common(1)[0]
        enough = best_count >= 2 or len(pages) == 1
        if enough and best_count >= 0.5 * pages_with_candidates:
            offset = best

    numbers: list[int] = []
    for index in range(1, len(pages) + 1):
        if offset is not None and index + offset >= 1:
            numbers.append(index + offset)
        else:
            numbers.append(index)

    # 3. Drop the furniture lines.
    kept: list[list[int]] = []
    for lines, zone, number in zip(pages, zones, numbers, strict=True):
        drop = set()
        for i in zone:
            line = lines[i]
            if _BARE_NUMBER.match(line) or _key(line) in repeated:
                drop.add(i)
        if offset is not None:
            # A page number set in a corner may be read in the middle of the page (after
            # the left column): a bare line holding this page's own number is furniture.
            own = str(number)
            drop.update(i for i, line in enumerate(lines) if line == own)
        kept.append([i for i in range(len(lines)) if i not in drop])
    cleaned = [[lines[i] for i in indexes] for lines, indexes in zip(pages, kept, strict=True)]
    return CleanedPages(
        numbers=numbers, lines=cleaned, numbering_found=offset is not None, kept=kept
    )


# The report's own running head or foot, with its page number when the PDF sets it beside
# it: "TRAFFICKING IN PERSONS REPORT JUNE 2015", "282 | TRAFFICKING IN PERSONS REPORT".
_RUNNING_TITLE = re.compile(
    r"^(?:\d{1,4}\s*[|\u2022\u00b7]?\s*)?TRAFFICKING IN PERSONS REPORT"
    r"(?:\s+(?:JUNE|JULY|SEPTEMBER)?\s*(?:19|20)\d{2})?(?:\s*[|\u2022\u00b7]?\s*\d{1,4})?$"
)


def without_page_furniture(lines: Sequence[str]) -> list[str]:
    """The lines but those `page_furniture_lines` finds."""
    furniture = page_furniture_lines(lines)
    return [line for i, line in enumerate(lines) if i not in furniture]


def page_furniture_lines(lines: Sequence[str]) -> set[int]:
    """The lines of a text without page breaks that are its page numbers and the report's
    running heads, wherever they stand.

    A copy of the PDF pasted from a viewer (or saved from a site that shows the text of a
    PDF) loses the page breaks but keeps each page's number and running foot on lines of
    their own, in the middle of a sentence: with no pages to compare, they cannot be told
    by their place, and joined to the prose the number reads as a figure ("investigated 59
    ... 282 cases"). No line of the report's prose is a bare number or its running title in
    capitals. Left for `strip_page_furniture`, which numbers the page by them, are the
    numbers at the text's top and bottom, and the running title that opens or closes it
    (which also tells the report's year).
    """
    filled = [i for i, line in enumerate(lines) if line]
    edges = set(_zone(lines))
    ends = {filled[0], filled[-1]} if filled else set()
    return {
        i
        for i, line in enumerate(lines)
        if (_BARE_NUMBER.match(line) and i not in edges)
        or (_RUNNING_TITLE.match(line) and i not in ends)
    }


def _structural_key(key: str, pages: Sequence[Sequence[str]], zones: Sequence[list[int]]) -> bool:
    for lines, zone in zip(pages, zones, strict=True):
        for i in zone:
            if _key(lines[i]) == key:
                return looks_structural(lines[i])
    return False
