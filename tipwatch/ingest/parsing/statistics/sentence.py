"""The entry point: every figure stated in one sentence (``figures_in_sentence``).

Decides first whether a sentence can state figures at all and how it relates to the one
before (a part of its total, a comparison of its counts, a breakdown of it), then runs the
steps of the other modules in order: numbers, slots, breakdowns, roles, years, figures.
Also the two tests the passage reader asks of a sentence: ``has_trigger`` and
``keeps_earlier_context``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipwatch.ingest.parsing.numbers import (
    DIGITS_PATTERN,
    TENS,
    UNITS,
    WORDS_PATTERN,
)
from tipwatch.ingest.parsing.statistics.breakdowns import (
    breakdown_roles,
    coordinate,
    resolve_respectively,
)
from tipwatch.ingest.parsing.statistics.compared_spans import compared_over_periods
from tipwatch.ingest.parsing.statistics.comparisons import (
    compared_with_previous,
    comparison_regions,
    last_count_is_figure,
    up_to_last_count,
)
from tipwatch.ingest.parsing.statistics.figure_years import assign_periods
from tipwatch.ingest.parsing.statistics.figures import figures_of
from tipwatch.ingest.parsing.statistics.parts import (
    part_of_total,
    parts_before_total,
    parts_of_a_part,
)
from tipwatch.ingest.parsing.statistics.patterns import FORM, LEADING_PERIOD, NUMBER_TEXT
from tipwatch.ingest.parsing.statistics.periods import founding_year, year_of_period
from tipwatch.ingest.parsing.statistics.respective import respective_counts
from tipwatch.ingest.parsing.statistics.roles import inherit_roles
from tipwatch.ingest.parsing.statistics.sentence_numbers import SentenceFigure, find_numbers
from tipwatch.ingest.parsing.statistics.shares import drop_body_shares
from tipwatch.ingest.parsing.statistics.slots import (
    assign_slot,
    child_forms_of_a_split,
    elided_noun,
    outcomes_of_unread_counts,
    shared_complicit_object,
)
from tipwatch.ingest.parsing.statistics.total_after_parts import total_after_parts
from tipwatch.ingest.parsing.statistics.wording import reading_form

_ANY_NUMBER = re.compile(
    rf"\d|\b(?:no|none|hundred|thousand|{'|'.join(sorted(UNITS) + sorted(TENS))})\b"
)

# The opening of a breakdown, up to its comma: "Of those referred, ...", "Among the 40
# victims assisted, ..."
_CARED_FOR_OPENING = re.compile(r"^\s*(?:Of|Among)\s+(?P<head>[^,;]{1,80}?),", re.IGNORECASE)

_CARE_PARTICIPLE = re.compile(
    r"\b(?:referred|assisted|sheltered|repatriated|rescued|served|accommodated|housed"
    r"|intercepted|screened)\b",
    re.IGNORECASE,
)

# "Seventeen of the 24 victims, including one child, were exploited in labor trafficking"
_PART_OPENING = re.compile(
    rf"^\s*(?P<part>{DIGITS_PATTERN}|{WORDS_PATTERN})\s+of\s+the\s+(?P<total>{DIGITS_PATTERN})\s+",
    re.IGNORECASE,
)

# "This compared with 12 in 2017, 13 in 2016, 30 in 2015, and 51 in 2014." after a sentence
# that gave the period's figures: the comparison names no metric of its own.
_COMPARED_OPENING = re.compile(
    # "Compared with 226 trafficking victims in 2020 and 467 victims in 2019; this was a
    # significant decrease": the comparison alone opens the sentence
    r"^\s*(?:As\s+)?Compared\s+(?:with|to)\b"
    r"|^\s*(?:This|That|These|It|Those)\s+(?:(?:is|was|were|represents|represented|marked"
    r"|constituted)\s+)?(?:(?:an?\s+)?(?:significant\s+|slight\s+|substantial\s+)?(?:increase"
    r"|decrease|rise|drop|decline|reduction)\s+(?:from|compared\s+(?:with|to)|over)"
    r"|(?:as\s+)?compared\s+(?:with|to)|(?:up|down)\s+from|in\s+comparison\s+(?:with|to)"
    r"|versus|as\s+against)\b",
    re.IGNORECASE,
)

_BREAKDOWN_OPENING = re.compile(
    # "Within the total number of trafficking victims reported in 2016, 185 were ..."
    r"^\s*(?:Of|Among|Within)\s+(?:those|these|them|whom|this\s+total|the\s+(?:total|(?=\d)"
    # "Of the investigations, there were 356 for sex trafficking": the total named by its noun
    r"|(?:investigations|prosecutions|convictions|cases|victims)\b"
    rf"|(?=(?:{WORDS_PATTERN})\s)))"
    # "These included 30 sex trafficking cases and 15 labor trafficking cases": the total's
    # parts after a sentence of their own that names it
    r"|^\s*(?:These|They|The\s+(?:cases|investigations|prosecutions|convictions|victims))"
    r"(?=\s+(?:included|comprised)\b)",
    re.IGNORECASE,
)

# "Of the six identified victims in 2020, ...": a breakdown opening that dates its total.
_BREAKDOWN_YEAR = re.compile(
    r"^\s*(?:Of|Among)\s+(?:the|these|those)\s+[^,;()]{1,80}?\b(?:in|during)\s+"
    r"(?P<year>(?:19|20)\d{2})\s*,"
)

_FORM_SPLIT_OPENING = re.compile(
    rf"^\s*(?:(?:In|During)\s+(?:the\s+)?(?:19|20)\d{{2}}\s*,\s*)?{NUMBER_TEXT}\s+"
    r"(?:(?:identified|confirmed|potential|trafficking|of\s+the|of\s+these|of\s+them)\s+)*"
    r"(?:victims\s+)?(?:were|was|had\s+been)\s+"
    # "Eighty-one were victims exploited in sex trafficking, six in forced labor"
    r"(?:subjected\s+to|exploited\s+in|victims\s+of|victims\s+exploited\s+in)\s+"
    rf"(?:{FORM})"
    # "Traffickers exploited 238 victims in forced labor, 20 in sex trafficking, ...", also
    # as the government reported it ("The government reported traffickers exploited 144 of
    # these identified victims in forced labor")
    r"|^\s*(?:(?:The\s+)?(?:government|authorities|officials|police)\s+(?:reported|stated"
    r"|noted)\s+(?:that\s+)?)?"
    rf"(?:Traffickers|They)\s+(?:had\s+)?exploited\s+{NUMBER_TEXT}\s+"
    r"(?:(?:of\s+(?:the|these|them)\s+)?(?:identified\s+|confirmed\s+|potential\s+)?victims\s+)?"
    rf"in\s+(?:{FORM})",
    re.IGNORECASE,
)


# "This compared with six in 2020 and 11 in 2019, though these identifications were still
# fewer than 24 in 2018": the counts before, named again by their noun, are no new count.
_RETOLD_NOUN = re.compile(
    r"\b(?:these|those|the\s+(?:same|earlier))\s+(?:(?:[a-z]+\s+)?(?:identifications|investigations"
    r"|prosecutions|convictions|figures|numbers|totals))\b",
    re.IGNORECASE,
)


def keeps_earlier_context(sentence: str, figures: Sequence[SentenceFigure]) -> bool:
    """Whether the sentence after ``sentence`` still refers to the figures before it: a
    sentence that only compares them ("This compared with zero identified victims ... in
    2021.") or re-tells a total without a figure ("Of the 260 victims identified, 201 were
    men ...") does not become what the next sentence breaks down."""
    if _COMPARED_OPENING.match(sentence):
        return True
    return not figures and _BREAKDOWN_OPENING.match(sentence) is not None


def has_trigger(text: str) -> bool:
    """Cheap test: ``text`` mentions investigating, prosecuting, convicting or identifying
    (or confirming) victims, or recording cases."""
    return (
        "nvestigat" in text
        or "rosecut" in text
        or "onvict" in text
        or "dentif" in text
        or "ndict" in text
        or "onfirmed" in text
        or "ecorded" in text
        or "egistered" in text
        or "harged" in text
        or "harges against" in text
        or ("eported" in text and "victim" in text)
        or "victim status" in text
    )


def figures_in_sentence(
    sentence: str,
    report_year: int,
    context: SentenceFigure | None = None,
    previous: Sequence[SentenceFigure] = (),
    previous_text: str = "",
    *,
    foreign_total: bool = False,
) -> list[SentenceFigure]:
    """Every statistic stated in one sentence.

    ``context`` is the first figure of the sentence before: "Of those, 50 were victims of
    sex trafficking" breaks it down by form. ``previous`` is every figure of the sentence
    before: "Seventeen of the 24 victims were exploited in labor trafficking" names the
    total it breaks down. ``previous_text`` is the sentence before: "This was an increase
    from 10" compares the last count it states. ``foreign_total``: no count of victims has
    been stated before, so the sentence's first count of foreign victims is the country's
    ("identified 14 foreign trafficking victims", where all were foreign).
    """
    sentence, previous_text = reading_form(sentence), reading_form(previous_text)
    part = _PART_OPENING.match(sentence) if previous else None
    if part is not None:
        return part_of_total(sentence, part, previous)
    cared_for = _CARED_FOR_OPENING.match(sentence)
    if cared_for is not None and _CARE_PARTICIPLE.search(cared_for.group("head")):
        # "Of those referred, 113 were victims of sexual exploitation, 41 of forced labor":
        # the parts of a count of victims cared for, itself no figure.
        return []
    if (
        previous
        and _COMPARED_OPENING.match(sentence)
        and not has_trigger(_RETOLD_NOUN.sub("", up_to_last_count(sentence)))
    ):
        if previous_text and not last_count_is_figure(previous_text, previous):
            # "... the PNTL referred 21 to shelter. This was an increase from 10 in 2015":
            # the comparison is of the referrals, the last count, which is no figure.
            return []
        # "This is compared to 121 trafficking victims—including 20 victims of forced
        # labor—the government identified during the previous year": the verb after the
        # counts is the comparison's own, the metric is the sentence before's.
        return compared_with_previous(sentence, report_year, previous)
    split_opening = (
        context is not None
        and context.metric.startswith("victims_identified")
        and _FORM_SPLIT_OPENING.match(sentence) is not None
    )
    if context is not None and (_BREAKDOWN_OPENING.match(sentence) or split_opening):
        pass  # a breakdown may name no metric of its own
    elif not has_trigger(sentence):
        return []
    if not _ANY_NUMBER.search(sentence.lower()):
        return []
    nums = find_numbers(sentence)
    if not nums:
        return []
    for num in nums:
        # Only the first count of victims: "identified 120 victims, including 30 foreign
        # victims" makes the second a part.
        first_victims = foreign_total and not any(
            earlier.base == "victims_identified" for earlier in nums if earlier.end <= num.qstart
        )
        assign_slot(sentence, num, foreign_total=first_victims)
    child_forms_of_a_split(sentence, nums)
    shared_complicit_object(sentence, nums)
    outcomes_of_unread_counts(nums)
    elided_noun(sentence, nums)
    coordinate(sentence, nums)
    parts_before_total(sentence, nums)
    breakdown = _BREAKDOWN_OPENING.match(sentence)
    if breakdown is not None:
        breakdown_roles(sentence, nums, breakdown.end(), context)
        own_year = _BREAKDOWN_YEAR.match(sentence)
        for num in nums:
            if num.slot == "breakdown" and own_year is not None:
                # "Of the six identified victims in 2020, three were ...": the parts of the
                # total the opening dates, whatever figure the sentence before ended on
                num.year = int(own_year.group("year"))
    elif split_opening:
        # "In 2015, 21 victims were subjected to sex trafficking, three to forced labor" after
        # the count of victims: a split of that count by form, in the year it opens with.
        breakdown_roles(sentence, nums, -2, context)
        opening = LEADING_PERIOD.match(sentence)
        for num in nums:
            if num.slot == "breakdown" and opening is not None:
                num.year = year_of_period(opening, report_year)
    parts_of_a_part(sentence, nums)
    regions = comparison_regions(sentence, nums)

    inherit_roles(sentence, nums, regions)
    resolve_respectively(sentence, nums, regions)
    assign_periods(sentence, nums, regions, report_year, breakdown, context)
    respective_counts(sentence, nums, report_year)
    compared_over_periods(sentence, nums, report_year)
    total_after_parts(nums, sentence)
    drop_body_shares(sentence, nums)
    founded = founding_year(sentence, previous_text)
    if founded is None or not report_year - 2 <= founded <= report_year:
        return figures_of(sentence, nums, regions, report_year, previous, previous_text)
    # "In its first few months the unit investigated 13 cases", the unit founded in January
    # 2005: that year's counts, which an early report, its period ending in the spring of
    # its own year, may state.
    for num in nums:
        if not num.explicit_year:
            num.year = founded
    return figures_of(
        sentence, nums, regions, report_year, previous, previous_text, last_year=report_year
    )
