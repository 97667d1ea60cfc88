"""Folding text for matching, and cutting it into paragraphs and sentences, keeping offsets.

Pure Python. Offsets always refer to the text as given, so a claim's span can be shown in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tipwatch.core.text import unaccented_casefold

_QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
# Spanish angle quotes and low quotes ("la «lista negra»", "„Tier 3“") as the plain one.
_QUOTES |= {
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2039": "'",
    "\u203a": "'",
}
_DASHES = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"}


@dataclass(frozen=True)
class Folded:
    """Lower-case text without accents; `origin[i]` is the offset in the original of char i."""

    text: str
    origin: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded[start:end]."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else self.origin[-1]
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch in _DASHES:
        return "-"
    if ch in "\u00a0\u2009\u202f":
        return " "
    if ch in "ºª°":
        return ch
    return unaccented_casefold(ch)


# A reference mark copied with a page ("placed the country in Tier 2 in 2017 [3] and 2023"):
# blanked, so that it does not stand between the words it interrupts.
_REFERENCE_MARK = re.compile(r"\[\d{1,3}\]")


# "downgraded to the report's lowest level, Tier 3", "on the State Department's Tier 2 Watch
# List", "on the U.S. State Department's "Tier 2 Watchlist"": the owner of the ranking, between
# "the" and a tier word, is blanked so that the tier reads as after a plain "the".
_RANKING_OWNER = re.compile(
    r"(?<=\bthe\s)(?:(?:annual|latest|new|\d{4}|tip|trafficking\s+in\s+persons)\s+)*"
    r"(?:(?:(?:u\.s\.|us|united\s+states)\s+)?(?:report|ranking|list|state\s+department|"
    r"department)|u\.s\.|us)'s?\s+"
    r"(?=[\"'\u201c]?(?:[a-z-]+\s+){0,2}[\"'\u201c]?"
    r"(?:tier|level|category|watch\s*list|blacklist|black\s+list)\b)"
)


# "Ghana -- Tier 2 -- has ...": two hyphens typed for a dash are read as one (the second
# blanked, so that every offset is kept).
_DOUBLE_HYPHEN = re.compile(r"(?<=\s)--(?=\s)")


def _blank_references(text: str) -> str:
    if "--" in text:
        text = _DOUBLE_HYPHEN.sub("- ", text)
    if "'s" in text:
        text = _RANKING_OWNER.sub(lambda m: " " * len(m.group()), text)
    if "[" not in text:
        return text
    return _REFERENCE_MARK.sub(lambda m: " " * len(m.group()), text)


def fold(text: str) -> Folded:
    if text.isascii():
        # Lower-casing ASCII keeps every offset.
        return Folded(_blank_references(text.lower()), list(range(len(text) + 1)))
    chars = [fold_char(ch) for ch in text]
    if all(len(folded) == 1 for folded in chars):
        # Accents dropped, one letter for one ("Perú" -> "peru"): every offset kept.
        return Folded(_blank_references("".join(chars)), list(range(len(text) + 1)))
    origin: list[int] = []
    for index, folded in enumerate(chars):
        origin.extend([index] * len(folded))
    origin.append(len(text))
    return Folded(_blank_references("".join(chars)), origin)


def fold_name(text: str) -> str:
    """A name folded for lookup: lower case, no accents, single spaces."""
    return re.sub(r"\s+", " ", fold(text).text).strip()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "u.s",
    "u.n",
    "ee.uu",
    "ee",
    "uu",
    "st",
    "sr",
    "sra",
    "srta",
    "dr",
    "dra",
    "mr",
    "mrs",
    "ms",
    "no",
    "nos",
    "vs",
    "e.g",
    "i.e",
    "etc",
    "p",
    "pp",
    "pag",
    "pags",
    "art",
    "arts",
    "approx",
    "aprox",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "ene",
    "abr",
    "ago",
    "dic",
    "inc",
    "ltd",
    "co",
    "gov",
    "govt",
    "cf",
    "fig",
    "vol",
    "ed",
    "eds",
}

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
_END = re.compile(r"[.!?;]+[\"')\]\u201d\u2019\u00bb]*(?=\s|$)|\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text separated by blank lines."""
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets. A blank line ends a paragraph; a single line break only
    ends a sentence before a list item (a hyphen's only where a list can start) or around a
    markdown heading, so that hard-wrapped text is read whole. Semicolons end a sentence too,
    so that each clause of a list of facts is read alone.
    """
    result: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        in_list = bool(_LIST_ITEM.match(text, p_start, p_end))
        for match in _END.finditer(text, p_start, p_end):
            end = match.end()
            if match.group() == "\n":
                if not _line_break_ends(text, start, end, p_end, in_list):
                    continue
                in_list = in_list or bool(_LIST_ITEM.match(text, end, p_end))
            if match.group().startswith(".") and _is_abbreviation(text, p_start, match.start()):
                continue
            if match.group().startswith(".") and _next_is_lower(text, end, p_end):
                continue
            if match.group().startswith(";") and _YEARS_ONLY.match(text, end, p_end):
                continue  # "... for 13 years; 2001, 2002, ... and 2024." lists its own years
            _add(result, text, start, end, number)
            start = end
        _add(result, text, start, p_end, number)
    return result


_YEARS_ONLY = re.compile(r"\s*(?:19|20)\d\d(?:\s*(?:,|and|y|&)\s*(?:19|20)\d\d)+\s*[.]?\s*$")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*\u2022#]|\d+[.)])\s")


# A line that ends where a list may start after it: a colon or a sentence's end, with any
# closing quotes or brackets.
_OPENS_A_LIST = re.compile(r"[:.!?;][\"')\]\u201d\u2019\u00bb]*[ \t\r]*$")
_DASH_ITEM = re.compile(r"[ \t]*-\s")


def _line_break_ends(text: str, start: int, end: int, limit: int, in_list: bool) -> bool:
    line_start = text.rfind("\n", 0, end - 1) + 1
    line = text[line_start : end - 1]
    if text[max(line_start, start) : end].lstrip().startswith("#"):
        return True
    if not _LIST_ITEM.match(text, end, limit):
        return False
    if not _DASH_ITEM.match(text, end, limit):
        return True
    return in_list or _dash_opens_an_item(line)


def _dash_opens_an_item(line: str) -> bool:
    """Whether a hyphen that opens a line (in a paragraph with no list item yet) is a list
    item's, not a dash the wrap of a PDF's line put there ("Peru\n- once on Tier 1 -\nfell").
    A list starts only where one can: at a paragraph's start, after a line ending in a colon or
    a sentence's end, or after a heading; once started, it runs to the paragraph's end, as in
    markdown, so every later dash-led line is an item, wrapped items included. A list
    introduced without a colon ("Tier 3 countries\n- Cuba\n- Iran") is not split: it was tried
    (a dash-led line followed by another taken for an item), but a wrapped sentence with a pair
    of dashes puts both at a line's start just as well ("named 14 countries\n- including
    Kuwait\n- to its list"), and editors introduce a list with a colon or give it its own
    paragraph."""
    return bool(_OPENS_A_LIST.search(line)) or line.lstrip().startswith("#")


def _is_abbreviation(text: str, floor: int, dot: int) -> bool:
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = fold(text[word_start:dot]).text.rstrip(".")
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # Single capital initials ("J. Smith") and "U.S."-style dotted capitals.
    return len(word) == 1 and text[word_start].isupper()


def _next_is_lower(text: str, position: int, limit: int) -> bool:
    # (A line break too: a PDF's wrap may fall right after the full stop.)
    while position < limit and text[position] in " \t\n\"'\u201c\u00ab(":
        position += 1
    return position < limit and text[position].islower()


def _add(result: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        result.append(Sentence(start, end, text[start:end], paragraph))
