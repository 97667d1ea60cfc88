"""Parts of a total: counts that break down a count already stated.

A count re-told as part of the one before ("267 of these individuals"), parts of a part,
parts stated before their total, parts of no trafficking form, parts of a count that is no
figure, and a sentence that opens with a part of the sentence before's total.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from tipwatch.ingest.parsing.statistics.metrics import BASE_METRICS, form_match, form_of
from tipwatch.ingest.parsing.statistics.patterns import FORM_IN_TEXT, PERIOD, YEAR_THEN_PARTS
from tipwatch.ingest.parsing.statistics.sentence_numbers import (
    FoundNumber,
    SentenceFigure,
    find_numbers,
    number_value,
)
from tipwatch.ingest.parsing.statistics.slots import assign_slot
from tipwatch.ingest.parsing.statistics.subject import start_of_clause

# "267 of these individuals", "12 of them": a part of a count already stated
_OF_THESE_AFTER = re.compile(r"\s+of\s+(?:these|those|them)\b", re.IGNORECASE)

_FOR_A_TOTAL_BEFORE = re.compile(
    r"\b(?:for|with|to)\s+a\s+(?:combined\s+|grand\s+)?total\s+of\s+$", re.IGNORECASE
)

# "232 were labor trafficking victims, a number which included 214 victims of forced labor"
_WHICH_INCLUDED_BEFORE = re.compile(
    r"\b(?:an?\s+(?:number|total|figure)\s+)?(?:which|that)\s+included\s+$", re.IGNORECASE
)

_PART_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|and)\b")


def re_counts_part(
    sentence: str, num: FoundNumber, previous: Sequence[SentenceFigure], previous_text: str
) -> bool:
    """Whether ``num`` ("prosecuted 267 of these individuals") is a part of a larger count of
    the same metric the sentence before stated or re-told ("Of the 387 individuals
    prosecuted, ..."): no figure of its own (a count of another metric, "convicted 10 of
    these defendants", is)."""
    if num.form or not _OF_THESE_AFTER.match(sentence, num.end):
        return False
    if any(
        figure.metric.split("_sex_")[0].split("_labor_")[0] == num.base
        and figure.period_year == num.year
        and figure.value > num.value
        for figure in previous
    ):
        return True
    told = find_numbers(previous_text) if previous_text else []
    for earlier in told:
        assign_slot(previous_text, earlier)
    return any(earlier.base == num.base and earlier.value > num.value for earlier in told)


def parts_of_a_part(sentence: str, nums: list[FoundNumber]) -> None:
    """A count "which included" others, itself of one form, holds parts of that part: no
    figures of their own."""
    for previous, num in itertools.pairwise(nums):
        if (
            num.role
            and previous.role
            and previous.form
            and _WHICH_INCLUDED_BEFORE.search(sentence, max(0, num.qstart - 40), num.qstart)
        ):
            num.role, num.dropped = "", True


def parts_before_total(sentence: str, nums: list[FoundNumber]) -> None:
    """ "trial courts convicted 66 traffickers and appellate courts ... 89 traffickers for a
    total of 155 convictions": the counts of the total's metric before it, in its clause,
    are its parts (those of one form stay, its split by form)."""
    for index, total in enumerate(nums):
        if total.role != "primary" or not _FOR_A_TOTAL_BEFORE.search(
            sentence, max(0, total.qstart - 40), total.qstart
        ):
            continue
        clause = start_of_clause(sentence, total.qstart)
        for part in nums[:index]:
            if (
                part.qstart >= clause
                and part.role == "primary"
                and part.base == total.base
                and not (part.form and not total.form)
            ):
                # (a part of one form is still the total's split by form)
                part.role, part.dropped = "", True


def unformed_parts_after_year(sentence: str, nums: list[FoundNumber], index: int) -> bool:
    """Whether ``nums[index]`` stands in a parenthesis that opens right after a count and its
    year and names no form and no period of its own."""
    num = nums[index]
    opening = sentence.rfind("(", 0, num.qstart)
    if opening == -1 or ")" in sentence[opening : num.qstart]:
        return False
    closing = sentence.find(")", num.end)
    if closing == -1:
        return False
    if PERIOD.search(sentence, opening, closing):
        return False
    if FORM_IN_TEXT.search(sentence, opening, closing) and form_match(
        sentence[num.end : num.end + 90]
    ):
        # "(21 victims of sex trafficking, 39 victims of labor trafficking, 66 victims of
        # fraudulent marriage)": the parts of a form are the compared count's; the others,
        # of no form, are no figures.
        return False
    before = [n for n in nums[:index] if n.end <= opening]
    return (
        bool(before)
        and YEAR_THEN_PARTS.fullmatch(sentence, before[-1].end, opening + 1) is not None
    )


def splits_dropped_count(sentence: str, nums: list[FoundNumber], index: int) -> bool:
    """Whether the count at ``index`` opens a split, set off by a dash, a parenthesis or a
    colon, of a count right before it that is no figure."""
    before = [n for n in nums[:index] if not n.attached]
    if not before or not before[-1].dropped or before[-1].role:
        return False
    between = sentence[before[-1].end : nums[index].qstart]
    if ";" in between:
        return False
    if before[-1].dropped_part:
        return True  # "... and one for forced labor": the split goes on
    return any(mark in between for mark in ("\u2014", "(", ":", " - "))


def part_of_total(
    sentence: str, part: re.Match[str], previous: Sequence[SentenceFigure]
) -> list[SentenceFigure]:
    """The part of a total of the sentence before that its clause restricts to one form; the
    rest of the sentence is not read (its parts are described by age, sex or nationality
    as often as by form)."""
    value, total = number_value(part.group("part")), number_value(part.group("total"))
    named = [f for f in previous if f.value == total and f.metric in BASE_METRICS]
    if value is None or not named:
        return []
    end = _PART_CLAUSE_END.search(sentence, part.end())
    forms = {
        form_of(m.group(0))
        for m in FORM_IN_TEXT.finditer(sentence, part.end(), end.start() if end else len(sentence))
    }
    if len(forms) != 1:
        return []
    form = forms.pop()
    return [SentenceFigure(f"{named[0].metric}_{form}", value, named[0].period_year, None)]
