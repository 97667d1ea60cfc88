"""The numbers a sentence states, before they are given a meaning.

``SentenceFigure`` is what the package returns, ``FoundNumber`` the working record of one
number while a sentence is read. ``find_numbers`` finds every number in digits or words
with its qualifier ("at least", "approximately", ...) and drops those that are no counts:
years, "Tier 2", "Article 153", ranges, ages, durations, percentages and money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipwatch.ingest.parsing.numbers import (
    DIGITS_PATTERN,
    WORDS_PATTERN,
    parse_digits,
    words_to_int,
)

QUALIFIERS = ("at_least", "approximately", "more_than", "fewer_than")

_QUALIFIER_WORDS = {
    "at least": "at_least",
    "a minimum of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not fewer than": "at_least",
    "not less than": "at_least",
    "approximately": "approximately",
    "about": "approximately",
    "around": "approximately",
    "roughly": "approximately",
    "an estimated": "approximately",
    "nearly": "approximately",
    "almost": "approximately",
    "some": "approximately",
    "close to": "approximately",
    "more than": "more_than",
    "over": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "greater than": "more_than",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
}

_QUAL_ALT = "|".join(
    re.escape(q).replace(r"\ ", r"\s+") for q in sorted(_QUALIFIER_WORDS, key=len, reverse=True)
)

_NUMBER = re.compile(
    rf"(?P<digits>{DIGITS_PATTERN})|\b(?P<words>{WORDS_PATTERN})\b"
    # "no convictions" is a zero, "no fewer than 40" the qualifier of the count after it
    r"|\b(?P<no>no)\b(?!\s+(?:fewer|less|more|greater)\s+than\b)"
    # "compared with 14 in 2017 and none in 2016": "none" counts only before a period.
    r"|\b(?P<none>none)\b(?=\s+(?:in|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}|previous|prior|preceding)"
    # "convicted three traffickers for forced labor and none for sex trafficking": a form's zero
    r"|\s+for\s+(?:sex\s+trafficking|labou?r\s+trafficking|forced\s+labou?r)\b"
    # "prosecuted three, and convicted none": the zero a metric's verb takes as its object
    r"|(?<=convicted\snone)|(?<=convicting\snone)|(?<=prosecuted\snone)|(?<=prosecuting\snone)"
    r"|(?<=investigated\snone)|(?<=investigating\snone)|(?<=indicted\snone))",
    re.IGNORECASE,
)

_COMPARATIVE_BUT = re.compile(
    # "but more than 187 in 2018"; "these identifications were still fewer than 24 in 2018":
    # a predicate comparing with the count, which is stated exactly
    r"\bbut\s+$|\b(?:were|was|remained|remain)\s+(?:still\s+|far\s+|slightly\s+)?$",
    re.IGNORECASE,
)

_QUALIFIER_BEFORE = re.compile(rf"\b(?P<qual>{_QUAL_ALT})\s+$", re.IGNORECASE)

_ESTIMATED_BEFORE = re.compile(
    r"\bestimated\s+(?:that\s+)?(?:it|they|the\s+government|authorities|officials)\s+[a-z]+\s+$",
    re.IGNORECASE,
)

# --- exclusions ------------------------------------------------------------------
_PRE_EXCLUDE = re.compile(
    r"(?:\b(?:tier|articles?|art\.|sections?|paragraphs?|chapters?|laws?|decrees?|no\.|nos\."
    r"|numbers?|acts?|codes?|resolutions?|conventions?|protocols?|ordinances?|bills?|clauses?"
    r"|titles?|pages?|under(?:\s+the\s+age\s+of)?|aged?|ages|age\s+of|older\s+than"
    r"|younger\s+than|between|years?|fy|level|phase|grade|class|category|rank(?:ed)?"
    r"|hotline|line|route|km|kilometer|mile)|[$\u20ac\u00a3#]|us\$|usd|eur)\s*$",
    re.IGNORECASE,
)

_PRE_LIST_EXCLUDE = re.compile(
    r"\b(?:articles?|sections?|paragraphs?|chapters?|laws?|decrees?)\s+\d[\w.-]*"
    r"(?:\s*(?:,|and|or)\s*\d[\w.-]*)*\s*(?:,|and|or|to|through)\s*$",
    re.IGNORECASE,
)

_UNITS = (
    r"%|percent\b|per\s*cent\b|(?:calendar\s+|fiscal\s+)?years?\b|-?\s*years?-old|-year\b|months?\b"
    # "in the past three reporting periods": a count of periods
    r"|(?:(?:consecutive|previous|prior|preceding|past)\s+)?reporting\s+(?:periods?|years?|cycles?)\b"
    r"|consecutive\s+(?:years?|periods?)\b|(?:prior|previous|preceding|past)\s+years\b"
    r"|weeks?\b|days?\b|hours?\b|minutes?\b|times\b|dollars\b|euros?\b|pounds\b|million\b"
    r"|billion\b|km\b|kilomet(?:er|re)s?\b|miles\b|hectares\b|per\s+\w+|-month\b|-day\b"
    r"|[a-z]{3}\b(?=\s+\(\$)|soles\b|pesos\b|rupees\b|naira\b|shillings\b"
)

# "data from 40 provinces", "30 of 45 provinces": counts of places, not of cases or people.
_PLACES = (
    r"(?:of\s+(?:the\s+|its\s+)?[\d,]+\s+)?(?:provinces|regions|districts|municipalities"
    r"|departments|prefectures|governorates|oblasts|counties|cantons|states|cities|towns"
    r"|villages|islands|countries|territories|border\s+(?:posts|crossings)|sites|locations)\b"
)

_POST_EXCLUDE = re.compile(rf"^\s*(?:{_UNITS}|{_PLACES})", re.IGNORECASE)

# "between 200 and 300 victims", "40-50 victims": a range is no count of its own.
_RANGE_OPENING = re.compile(r"\bbetween\s+$", re.IGNORECASE)

# Both are matched at the number's end (``match(sentence, end)``), so they carry no "^": a
# "^" matches only at the string's start, never at ``pos``, and the first number of "40-50"
# was read as a count.
_RANGE_CLOSING = re.compile(
    rf"\s*(?:and|to|-|\u2013)\s*(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\b", re.IGNORECASE
)

_RANGE_BETWEEN_BEFORE = re.compile(
    rf"\bbetween\s+(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\s+and\s+$", re.IGNORECASE
)

_RANGE_DASHED = re.compile(r"\s*[-\u2013]\s*\d")

_RANGE_DASHED_BEFORE = re.compile(r"\d\s*[-\u2013]\s*$")

# "identified 667 victims in 2017 \u2013 429 for sex trafficking, ...": a spaced dash after a year
# opens an aside; a year and a count make no range
_YEAR_THEN_SPACED_DASH = re.compile(r"\b(?:19|20)\d{2}\s+[-\u2013]\s+$")

# "200 to 300 cases" is a range too, but "from 20 to 35", "increased 20 to 35" tell a change.
_RANGE_TO = re.compile(rf"\s+to\s+(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\b", re.IGNORECASE)
_RANGE_TO_BEFORE = re.compile(rf"(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\s+to\s+$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(
    r"\b(?:from|increas\w*|decreas\w*|r[io]se|risen|fell|fallen|grew|grown|dropp?\w*"
    r"|declin\w*|reduc\w*|up|down)\b[^,;:()]*$",
    re.IGNORECASE,
)

_RANGE_EXCLUDE = re.compile(
    rf"^\s*(?:to|and|or|-|\u2013|through)\s*(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\s*(?:{_UNITS})",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SentenceFigure:
    """A figure found in one sentence (before page/quote are attached)."""

    metric: str
    value: int
    period_year: int
    qualifier: str | None


@dataclass
class FoundNumber:
    start: int  # of the number itself
    end: int
    qstart: int  # of the qualifier, or == start
    value: int
    qualifier: str | None
    role: str = ""  # "primary", "split", "compare"
    slot: str = ""  # how a primary got its metric: "verb", "noun_before", "noun_after", "passive",
    # "participle"
    base: str = ""
    form: str | None = None
    parent: FoundNumber | None = None
    year: int | None = None
    explicit_year: bool = False
    dropped: bool = False
    attached: bool = False  # describes the count before it ("in 589 cases")
    restricted: bool = False  # no figure: a count of one group ("11 foreign victims")
    dropped_part: bool = False  # a part, by form, of a count that is no figure
    mapped: bool = False  # a comparison's count set against one count each, in order


# "2 thousand", "1.5 million": a scale word after digits multiplies them
_SCALE_AFTER = re.compile(r"\s+(?P<scale>thousand|million)\b", re.IGNORECASE)
_SCALES = {"thousand": 1_000, "million": 1_000_000}


def _scaled(raw: str, scale: str) -> int | None:
    try:
        return round(float(raw.replace(",", "")) * _SCALES[scale.lower()])
    except ValueError:
        return None


def find_numbers(sentence: str) -> list[FoundNumber]:
    found: list[FoundNumber] = []
    for match in _NUMBER.finditer(sentence):
        if match.group("digits") is not None:
            raw = match.group("digits")
            start = match.start("digits")
            value = parse_digits(raw)
            raw = raw.rstrip(",")
            end = start + len(raw)
            scale = _SCALE_AFTER.match(sentence, end)
            if scale is not None:
                # "2 thousand defendants", "1.5 million": digits times the scale word after
                value = _scaled(raw, scale.group("scale"))
                end = scale.end()
            elif value is not None and len(raw) == 4 and "," not in raw and 1900 <= value <= 2099:
                continue
            if value is None:
                continue
        elif match.group("words") is not None:
            start, end = match.span("words")
            value = words_to_int(match.group("words"))
            if value is None:
                continue
        else:
            start, end = match.span("no") if match.group("no") is not None else match.span("none")
            value = 0
        qual_match = _QUALIFIER_BEFORE.search(sentence, max(0, start - 25), start)
        if qual_match and _COMPARATIVE_BUT.search(
            sentence, max(0, qual_match.start() - 20), qual_match.start()
        ):
            qual_match = None  # "but more than 187 in 2018": a comparison, not a qualifier
        qual = qual_match.group("qual") if qual_match else None
        if qual and match.group("digits") is None and match.group("words") is None:
            continue  # "no fewer than": the qualifier of the next number
        qualifier = _QUALIFIER_WORDS[" ".join(qual.lower().split())] if qual else None
        qstart = qual_match.start("qual") if qual_match else start
        if qualifier is None and _ESTIMATED_BEFORE.search(sentence, max(0, start - 60), start):
            qualifier = "approximately"  # "the government estimated it identified 100 victims"
        pre = sentence[max(0, qstart - 40) : qstart]
        post = sentence[end : end + 40]
        if _PRE_EXCLUDE.search(pre) or _PRE_LIST_EXCLUDE.search(pre):
            continue
        if _POST_EXCLUDE.match(post) or _RANGE_EXCLUDE.match(post):
            continue
        if _in_range(sentence, qstart, start, end):
            continue
        found.append(FoundNumber(start, end, qstart, value, qualifier))
    return found


def _in_range(sentence: str, qstart: int, start: int, end: int) -> bool:
    """ "between 200 and 300", "40-50", "200 to 300" (but not "from 20 to 35", a change)."""
    before = sentence[max(0, qstart - 12) : qstart]
    if "etween" in before and _RANGE_OPENING.search(before):
        return _RANGE_CLOSING.match(sentence, end) is not None
    if "between" in sentence[max(0, qstart - 40) : qstart] and _RANGE_BETWEEN_BEFORE.search(
        sentence, max(0, qstart - 40), qstart
    ):
        return True
    if _RANGE_TO.match(sentence, end):
        return not _CHANGE_BEFORE.search(sentence, max(0, qstart - 60), qstart)
    if " to " in before and (
        first := _RANGE_TO_BEFORE.search(sentence, max(0, qstart - 40), qstart)
    ):
        return not _CHANGE_BEFORE.search(sentence, max(0, first.start() - 60), first.start())
    return sentence[start:end][:1].isdigit() and bool(
        _RANGE_DASHED.match(sentence, end)
        or (_RANGE_DASHED_BEFORE.search(before) and not _YEAR_THEN_SPACED_DASH.search(before))
    )


def number_value(text: str) -> int | None:
    text = text.strip()
    return parse_digits(text) if text[:1].isdigit() else words_to_int(text)
