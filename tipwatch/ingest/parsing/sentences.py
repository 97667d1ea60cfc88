"""Sentence boundaries in report prose (offsets, so callers can map them to pages)."""

from __future__ import annotations

import re

# Candidate boundary: terminal punctuation, optional closing quotes/brackets, blanks,
# then something that can open a sentence. Newlines always end a sentence. The pattern opens
# with the one class of characters that can start a boundary so that the regex engine skips
# straight to them (with "[.!?]...|\n+" it tried both branches at every character): three
# times faster over a report, the same boundaries.
# A copy that lost the blank after a full stop ("a decrease from 1,025 in FY 2013.The Federal
# Bureau") still ends a sentence there when a word or number of two lowercase letters or
# digits ends before it and a capitalised word follows; initialisms ("U.S.Department") and
# decimals ("1.5") do not match.
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=\n)\n*|[\"'\u201d\u2019)\]]*[ ]+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])"
    r"|(?<=[a-z0-9]{2}\.)(?=[A-Z][a-z]))"
)
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "mt", "no", "nos", "art", "arts", "sec", "secs", "gen",
        "col", "lt", "sgt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "jr", "sr",
        "vs", "approx", "para", "paras", "ch", "vol", "fig", "op", "cf", "ref", "dept",
    }
)  # fmt: skip
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?\.?$")


def _is_abbreviation(text: str, period_at: int) -> bool:
    start = max(text.rfind(" ", 0, period_at), text.rfind("\n", 0, period_at)) + 1
    word = text[start:period_at]
    if len(word) > 7 and "." not in word:
        return False  # the usual case: a sentence ends after an ordinary word
    word = word.lstrip("(\"'\u201c")
    if not word:
        return False
    if word.lower() in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    return bool(_INITIALISM.match(word + "."))  # U.S., e.g., i.e.


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences of ``text``, blanks trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        at = match.start()
        if text[at] == "\n":
            end = at
        elif text[at] == "." and _is_abbreviation(text, at):
            continue
        else:
            end = match.end()
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            spans.append((start, stop))
        start = match.end()
    end = len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]
