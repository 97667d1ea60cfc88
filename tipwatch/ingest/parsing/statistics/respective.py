"""Counts listed against a list of years or of forms, "respectively".

"prosecuted 40 and 33 defendants in 2021 and 2020, respectively", "In 2021 and 2020,
authorities convicted 12 and nine traffickers, respectively", "investigated 67 and 21
cases of sex trafficking and forced labor, respectively": the counts are one metric's, the
first for the first year (or form), the second for the second. The list of metrics ("59, 37,
and 12 investigations, prosecutions, and convictions, respectively") is read whole by
``paired_years``; a comparison's list ("compared with 41 and 22, respectively, in 2020")
by ``breakdowns.resolve_respectively``.
"""

from __future__ import annotations

import itertools
import re

from tipwatch.ingest.parsing.statistics.metrics import form_of
from tipwatch.ingest.parsing.statistics.patterns import FORM
from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber

_YEAR = r"(?:(?:in|during)\s+)?(?:19|20)\d{2}"
_A_FORM = rf"(?:(?:for|of|in)\s+)?(?:{FORM})"

# The years or forms right before ", respectively"; the clause's text ends there.
_YEARS_BEFORE = re.compile(
    rf"(?:in|during)\s+(?P<items>(?:19|20)\d{{2}}(?:\s*,\s*{_YEAR})*\s*,?\s+and\s+{_YEAR})\s*,?\s*$",
    re.IGNORECASE,
)
# "... 24 and 30, respectively, in 2020 and 2019": the years after the word
_YEARS_AFTER = re.compile(
    rf"\s*,?\s*(?:in|during)\s+(?P<items>(?:19|20)\d{{2}}(?:\s*,\s*{_YEAR})*\s*,?\s+and\s+{_YEAR})\b",
    re.IGNORECASE,
)
_FORMS_BEFORE = re.compile(
    rf"(?P<items>{_A_FORM}(?:\s*,\s*{_A_FORM})*\s*,?\s+and\s+{_A_FORM})\s*,?\s*$",
    re.IGNORECASE,
)
# "In 2021 and 2020, authorities convicted 12 and nine traffickers, respectively"
_LEADING_YEARS = re.compile(
    rf"^\s*(?:In|During)\s+(?P<items>(?:19|20)\d{{2}}(?:\s*,\s*{_YEAR})*\s*,?\s+and\s+{_YEAR})\s*,",
    re.IGNORECASE,
)
# "compared with 24 and 30 victims, respectively, in the two prior reporting periods": the
# periods before the reporting period, latest first, counted not named.
_PRIOR = r"(?:prior|previous|preceding)"
_PERIODS = r"(?:reporting\s+periods|years)"
_COUNTED_PERIODS = (
    rf"(?:in|during|over)\s+the\s+(?:(?P<n1>two|three|four)\s+{_PRIOR}|{_PRIOR}\s+(?P<n2>two"
    rf"|three|four))\s+{_PERIODS}"
)
_PRIOR_PERIODS_AFTER = re.compile(rf"\s*,?\s*{_COUNTED_PERIODS}\b", re.IGNORECASE)
_PRIOR_PERIODS_BEFORE = re.compile(rf"{_COUNTED_PERIODS}\s*,?\s*$", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4}
_YEAR_IN_ITEMS = re.compile(r"(?:19|20)\d{2}")
_FORM_IN_ITEMS = re.compile(FORM, re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)

# Between two counts of one list: a noun or two, a comma, "and".
_LIST_JOIN = re.compile(r"(?:\s+[\w\-]+){0,3}?\s*,?\s+(?:and\s+)?|\s*,\s*", re.IGNORECASE)


def respective_counts(sentence: str, nums: list[FoundNumber], report_year: int) -> None:
    """Give each count of a list its year or form from the list "respectively" names."""
    if "espectively" not in sentence:
        return
    for match in _RESPECTIVELY.finditer(sentence):
        clause_start = sentence.rfind(";", 0, match.start()) + 1
        before = sentence[clause_start : match.start()]
        years: list[int] = []
        forms: list[str | None] = []
        items_start = match.start()
        if (found := _YEARS_BEFORE.search(before)) is not None:
            years = [int(y) for y in _YEAR_IN_ITEMS.findall(found.group("items"))]
            items_start = clause_start + found.start()
        elif (found := _FORMS_BEFORE.search(before)) is not None:
            forms = [form_of(f) for f in _FORM_IN_ITEMS.findall(found.group("items"))]
            items_start = clause_start + found.start()
        elif clause_start == 0 and (found := _LEADING_YEARS.match(sentence)) is not None:
            years = [int(y) for y in _YEAR_IN_ITEMS.findall(found.group("items"))]
            clause_start = found.end()
        elif (found := _YEARS_AFTER.match(sentence, match.end())) is not None:
            years = [int(y) for y in _YEAR_IN_ITEMS.findall(found.group("items"))]
        elif (found := _PRIOR_PERIODS_BEFORE.search(before)) is not None:
            years = _prior_years(found, report_year)
            items_start = clause_start + found.start()
        elif (found := _PRIOR_PERIODS_AFTER.match(sentence, match.end())) is not None:
            years = _prior_years(found, report_year)
        else:
            continue
        count = len(years) or len(forms)
        listed = [
            n for n in nums if clause_start <= n.qstart and n.end <= items_start and not n.attached
        ][-count:]
        if len(listed) != count or count < 2 or not _one_list(sentence, listed):
            continue
        named = [n for n in listed if n.base and n.role in ("primary", "compare")]
        parents = {id(n.parent) for n in listed if n.role == "compare" and n.parent is not None}
        if years and not named and len(parents) == 1 and all(n.role == "compare" for n in listed):
            # "compared with 24 and 30, respectively, in the two preceding years": bare counts
            # of the one count before, each in its year
            for num, each_year in zip(listed, years, strict=True):
                num.year, num.explicit_year = each_year, True
            continue
        if not named or any(n.form for n in listed) or len({n.base for n in named}) != 1:
            continue
        base, year = named[0].base, named[0].year
        for index, num in enumerate(listed):
            num.role, num.parent, num.base, num.dropped = "primary", None, base, False
            if years:
                num.year, num.explicit_year = years[index], True
            else:
                num.form = forms[index]
                num.year = num.year if num.year is not None else year
            if num.year is None:
                num.year = report_year - 1


def _prior_years(found: re.Match[str], report_year: int) -> list[int]:
    """The years of "the two prior reporting periods": the reporting period is the year
    before the report's, and the prior ones precede it, latest first."""
    periods = _COUNTS[(found.group("n1") or found.group("n2")).lower()]
    return [report_year - 2 - back for back in range(periods)]


def _one_list(sentence: str, listed: list[FoundNumber]) -> bool:
    """Whether the counts stand one after another, joined by "and" or commas."""
    return all(
        _LIST_JOIN.fullmatch(sentence, first.end, second.qstart) is not None
        for first, second in itertools.pairwise(listed)
    )
