"""The period phrases of a sentence and the years they name.

The year a matched period phrase stands for (an explicit year, "the previous reporting
period", the reporting period), finding one in a stretch of text, and the years given in
parentheses after a count ("(nine victims in 2018)").
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.patterns import FORM_IN_TEXT, PERIOD
from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber

_PARENTHESIS_YEAR = re.compile(r"\b(?:in|during)\s+(?P<year>(?:19|20)\d{2})\s*$", re.IGNORECASE)

_PARENTHESIS_OPENING_YEAR = re.compile(
    r"\(\s*(?:in|during)\s+(?P<year>(?:19|20)\d{2})\s*,", re.IGNORECASE
)


def year_of_period(match: re.Match[str], report_year: int) -> int:
    groups = match.groupdict()
    for start, end in (("fy", "fyend"), ("fy2", "fyend2")):
        if groups.get(end):
            # a fiscal year over two calendar years: the year it ends in ("2020/21" -> 2021)
            opening, closing = int(groups[start]), int(groups[end])
            if closing < 100:
                closing += opening - opening % 100
                closing += 100 if closing < opening else 0
            return closing
    year = match.group("year") or match.groupdict().get("year2") or match.groupdict().get("year3")
    if year:
        return int(year)
    if groups.get("prev2"):
        return report_year - 3
    if match.group("prev"):
        return report_year - 2
    return report_year - 1


def find_period(sentence: str, start: int, end: int) -> re.Match[str] | None:
    return PERIOD.search(sentence, start, end) if end > start else None


def earlier_year_in_parenthesis(sentence: str, num: FoundNumber, total: FoundNumber | None) -> bool:
    """Whether ``num`` opens a parenthesis right after the count ``total`` of the same
    metric and stands for a year the parenthesis names: "six victims (nine victims in
    2018)"."""
    if total is None or (num.base, num.form) != (total.base, total.form):
        return False
    between = sentence[total.end : num.qstart]
    if not re.fullmatch(r"[^()]*\(\s*", between) or len(between) > 60:
        return False
    closing = closing_parenthesis(sentence, num)
    return closing > 0 and PERIOD.search(sentence, num.end, closing) is not None


def unformed_part_in_parenthesis(
    sentence: str, num: FoundNumber, total: FoundNumber | None
) -> bool:
    """Whether ``num``, of no form, stands in a parenthesis that breaks down the count
    ``total`` right before it (no year of its own inside)."""
    if total is None or num.form or num.base != total.base:
        return False
    opening = sentence.rfind("(", total.end, num.qstart)
    closing = closing_parenthesis(sentence, num)
    if opening == -1 or not closing or opening - total.end > 60:
        return False
    if ")" in sentence[total.end : opening] or PERIOD.search(sentence, opening, closing):
        return False
    return FORM_IN_TEXT.search(sentence, opening, closing) is not None


def parenthesis_year(sentence: str, num: FoundNumber) -> int | None:
    """The year the parenthesis ``num`` stands in names at its end ("(30 were victims of sex
    trafficking ... in 2018)") or at its opening ("(in 2018, 11 were subjected to ...)")."""
    closing = closing_parenthesis(sentence, num)
    if not closing:
        return None
    end = _PARENTHESIS_YEAR.search(sentence, 0, closing)
    if end is not None:
        return int(end.group("year"))
    opening = _PARENTHESIS_OPENING_YEAR.match(sentence, sentence.rfind("(", 0, num.qstart))
    return int(opening.group("year")) if opening is not None else None


def closing_parenthesis(sentence: str, num: FoundNumber) -> int:
    """Where the parenthesis ``num`` stands in closes, or 0 when it stands in none."""
    opening = sentence.rfind("(", 0, num.qstart)
    if opening == -1 or ")" in sentence[opening : num.qstart]:
        return 0
    closing = sentence.find(")", num.end)
    return closing if closing != -1 else 0


def closing_of_parts(sentence: str, nums: list[FoundNumber], num: FoundNumber) -> int:
    """Where the parenthesis closes that ``num`` stands in as a part of the count of a role
    before it ("678 victims (518 female victims, ...)"), or 0 ("in 2021 (74)" is the count
    itself)."""
    closing = closing_parenthesis(sentence, num)
    if not closing:
        return 0
    opening = sentence.rfind("(", 0, num.qstart)
    head = [n for n in nums if n.end <= opening and n.role and not n.dropped]
    return closing if head else 0


# "75 victims (66 in sex trafficking and nine in forced labor) in 2019": the count's noun, a
# parenthesis of its parts, then the count's period.
_NOUN_THEN_PARENTHESIS = re.compile(
    r"(?:\s+[\w\-]+){0,4}?\s*\([^()]{1,200}\)\s*"
    # "... (66 in sex trafficking and nine in forced labor) and NGOs identified 78 victims in
    # 2019": a second body's count beside it shares the period that ends the clause
    r"(?:and\s+(?:[\w\-]+\s+){1,3}?(?:also\s+)?(?:identified|investigated|prosecuted|convicted)\s+"
    r"(?:[\w,\-]+\s+){1,4}?(?=(?:in|during)\s))?"
)


def period_after_parenthesis(sentence: str, num: FoundNumber) -> re.Match[str] | None:
    """The period that follows the parenthesis right after the count ``num`` (and its noun),
    when one does: "identified 75 victims (66 in sex trafficking and nine in forced labor)
    in 2019" counts 2019's victims."""
    between = _NOUN_THEN_PARENTHESIS.match(sentence, num.end)
    if between is None:
        return None
    period = PERIOD.match(sentence, between.end())
    return period if period is not None and period.start() == between.end() else None


# "In January 2005, the government established a new anti-trafficking unit ... In its first
# few months the unit investigated 13 cases": the months are the body's first, counted from
# the year the sentence before founded it in.
_FIRST_MONTHS_OPENING = re.compile(
    r"^\s*(?:In|During|Over|Within)\s+its\s+first\s+(?:few\s+|[a-z]+\s+)?months\b", re.IGNORECASE
)
_FOUNDED_IN = re.compile(
    r"\b(?:In|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+)?(?P<year>(?:19|20)\d{2})\s*,?[^.;]{0,80}?\b(?:established|created"
    r"|launched|founded|set\s+up|inaugurated|opened)\b"
    r"|\b(?:established|created|launched|founded|set\s+up|inaugurated)\b[^.;]{0,120}?\bin\s+"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+)?(?P<year2>(?:19|20)\d{2})\b"
)


def founding_year(sentence: str, previous_text: str) -> int | None:
    """The year "its first few months" start in: the one year the sentence before founded
    the body in, or None."""
    if not _FIRST_MONTHS_OPENING.match(sentence):
        return None
    founded = [m.group("year") or m.group("year2") for m in _FOUNDED_IN.finditer(previous_text)]
    return int(founded[0]) if len(set(founded)) == 1 else None
