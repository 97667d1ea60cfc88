"""Roles for the numbers with no slot of their own.

After the slots are read, a number may still be a comparison's count, a continuation of
the count before it ("(44 in 2017)"), a part of it by form ("10 for sex trafficking and two
for labor trafficking"), a part of no form (no figure) or a count that only describes the
one before ("in 589 cases").
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.numbers import (
    WORDS_PATTERN,
)
from tipwatch.ingest.parsing.statistics.breakdowns import breaks_down, effective_base
from tipwatch.ingest.parsing.statistics.comparisons import last_compared_count, region_of
from tipwatch.ingest.parsing.statistics.metrics import form_match, form_of
from tipwatch.ingest.parsing.statistics.parts import splits_dropped_count, unformed_parts_after_year
from tipwatch.ingest.parsing.statistics.patterns import (
    ATTACHED_NUMBER,
    BY_AGE_OR_SEX,
    CHILD_FORM_AFTER,
    SUBJECTED_TO_FORM,
    YEAR_THEN_PARTS,
)
from tipwatch.ingest.parsing.statistics.periods import (
    earlier_year_in_parenthesis,
    find_period,
    unformed_part_in_parenthesis,
)
from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber

# "eight investigations (six for sex trafficking and two for labor trafficking) of 19
# individuals": the people of a count whose parts by form come between.
_ATTACHED_AFTER_PARTS = re.compile(
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:[\w\-]+\s+){{1,4}}\([^()]*\)\s+"
    r"(?:involving|against|of)\s+$",
    re.IGNORECASE,
)

# "investigating 26 cases and 41 suspects in 2021", "30 cases and 50 suspects in 2020": the
# people of the cases just counted (or the cases of the people), no count of their own; the
# first is the figure.
_CASES_AND_BEFORE = re.compile(
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:[\w\-]+\s+){{0,3}}?cases\s+and\s+$", re.IGNORECASE
)
_PEOPLE_AND_BEFORE = re.compile(
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:[\w\-]+\s+){{0,3}}?(?:suspects|defendants|traffickers"
    r"|individuals|persons|people|offenders|perpetrators)\s+and\s+$",
    re.IGNORECASE,
)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?:alleged|suspected|accused|potential)\s+)?(?:suspects|defendants|traffickers"
    r"|individuals|persons|people|offenders|perpetrators)\b",
    re.IGNORECASE,
)
_CASES_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?cases\b", re.IGNORECASE)

# "34 of 135 involved forced labor": 135 is the whole, the form after it is the part's.
_PART_OF_BEFORE = re.compile(rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+of\s+(?:the\s+)?$", re.IGNORECASE)

_CONTINUATION_BEFORE = re.compile(r"(?:(?:,\s*|\s)and|\(|;)\s*$", re.IGNORECASE)

# After a count and its year, a comma and the next count: "245 in 2017, 295 in 2016".
_COMMA_CONTINUATION = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:in|during)\s+(?:19|20)\d{2}\s*[,;]\s*(?:and\s+)?", re.IGNORECASE
)

# After a compared count: its year, then a part of it set off by "including" up to a
# semicolon ("124 potential victims identified in 2019, including 12 in servile marriage; ").
_INCLUDING_ASIDE_CONTINUATION = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:in|during)\s+(?:19|20)\d{2}\s*,\s*including\s+[^;()]{1,80};"
    r"\s*(?:and\s+)?",
    re.IGNORECASE,
)

# A split's parenthesis closed, a few words, and a new parenthesis opened.
_PARTS_CLOSED = re.compile(r"[^()]*\)(?:\s+[\w\-]+){0,4}\s*\(\s*")

_ONE_CASE = re.compile(r"\s+case\b", re.IGNORECASE)

# "...; it did not convict any traffickers, compared with two in 2020": a metric denied in a
# clause of its own, with no count, is what the comparison after it compares.
_DENIED_METRIC = re.compile(
    r"\b(?:not|never)\s+(?:(?:report|yet)\s+)?(?:(?:initiat|open|secur|obtain|report)\w*\s+)?"
    r"(?:any\s+)?(?:new\s+)?(?:investigat|prosecut|convict|identif)",
    re.IGNORECASE,
)

_DETERMINED_BEFORE = re.compile(
    r"\b(?:determin(?:ed|ing)|confirm(?:ed|ing)|verif(?:ied|ying)|establish(?:ed|ing))\s+"
    r"(?:that\s+)?$",
    re.IGNORECASE,
)

_OF_THESE_TO_BE = re.compile(
    r"\s+of\s+(?:these|them|those|the\s+[\w\-]+)\s+(?:[\w\-]+\s+)?(?:to\s+be|as|were|was)\s+"
    r"(?:(?:genuine|actual|confirmed)\s+)?(?:human\s+)?trafficking\b",
    re.IGNORECASE,
)


def inherit_roles(sentence: str, nums: list[FoundNumber], regions: list[tuple[int, int]]) -> None:
    """Give the numbers with no slot of their own a role from those around them."""
    last_primary: FoundNumber | None = None
    last_assigned: FoundNumber | None = None
    previous_end = 0
    for index, num in enumerate(nums):
        if num.dropped:
            previous_end = num.end
            continue
        region = region_of(regions, num)
        after = sentence[num.end : num.end + 90]
        if num.role == "primary":
            if (
                region is not None
                and not num.form
                and unformed_parts_after_year(sentence, nums, index)
            ):
                # "from 142 victims identified in 2020 (21 victims of sex trafficking, ...,
                # 66 victims of fraudulent marriage)": a part of no form is no figure
                num.role, num.dropped = "", True
                previous_end = num.end
                continue
            if region is not None:
                num.role = "compare"
                num.parent = last_primary
            elif breaks_down(sentence, num, last_primary):
                # "identified 492 victims (336 victims sex trafficking, 73 ...)": a part of
                # the total by form, not a figure a later comparison could refer to.
                num.role, num.parent = "split", last_primary
            elif unformed_part_in_parenthesis(sentence, num, last_primary):
                # "38 trafficking victims (13 sex trafficking victims, ..., and nine victims
                # of unspecified forms of trafficking)": a part of no form is no figure.
                num.role, num.dropped = "", True
                previous_end = num.end
                continue
            elif earlier_year_in_parenthesis(sentence, num, last_primary):
                # "identified six victims (nine victims in 2018); four were ...": the count
                # in parentheses is the earlier year's, and what follows splits the first.
                num.role, num.parent = "compare", last_primary
            else:
                last_primary = num
            last_assigned = num
            previous_end = num.end
            continue
        if region is not None and unformed_parts_after_year(sentence, nums, index):
            # "204 total convictions in 2021 (81 trial and 123 appellate)": the compared
            # count's parts by court, of no form, are no figures
            num.dropped = True
            previous_end = num.end
            continue
        if (
            last_primary is not None
            and last_primary.base
            and _DETERMINED_BEFORE.search(sentence, max(0, num.qstart - 30), num.qstart)
            and _OF_THESE_TO_BE.match(sentence, num.end)
        ):
            # "investigated 13 potential trafficking cases, determining eight of these cases
            # to be trafficking": a part by status of the count before, in its year
            num.role, num.parent, num.base = "split", last_primary, last_primary.base
            last_assigned = num
            previous_end = num.end
            continue
        form = form_match(after)
        if form is None and "subjected to" in sentence[: num.qstart]:
            # "41 of whom were subjected to forced labor and 15 to sex trafficking"
            subjected = SUBJECTED_TO_FORM.match(sentence, num.end)
            form = form_of(subjected.group("form")) if subjected else None
        if _PART_OF_BEFORE.search(sentence, max(0, num.qstart - 30), num.qstart):
            form = None
        if num.value == 1 and _ONE_CASE.match(after):
            form = None  # "including one case of forced labor": a case described, no split
        if CHILD_FORM_AFTER.match(after):
            form = None  # "including ... two child forced labor cases": children's, no split
        window_start = max(0, num.qstart - 80)
        if (
            ATTACHED_NUMBER.search(sentence, window_start, num.qstart)
            or _ATTACHED_AFTER_PARTS.search(sentence, max(0, num.qstart - 160), num.qstart)
            or _people_of_cases(sentence, nums, num, region is not None)
        ):
            num.attached = True
            previous_end = num.end
            continue
        if form and splits_dropped_count(sentence, nums, index):
            # "identified only three victims—two for sex trafficking and one for forced
            # labor" after a count that is no figure: its parts are none either
            num.dropped = num.dropped_part = True
            previous_end = num.end
            continue
        if (
            region is not None
            and not form
            and last_assigned is not None
            and last_assigned.role == "compare"
            and region_of(regions, last_assigned) == region
            and BY_AGE_OR_SEX.match(sentence, num.end)
        ):
            # "compared with identifying 126 victims - 114 females, 12 males, and 45
            # children - in 2021": the compared count's parts by sex or age are no figures,
            # as the first count's are not.
            num.role, num.dropped = "", True
            previous_end = num.end
            continue
        if (
            region is not None
            and form
            and last_assigned is not None
            and last_assigned.role == "compare"
            and last_assigned.base
            and region_of(regions, last_assigned) == region
            and YEAR_THEN_PARTS.fullmatch(sentence, last_assigned.end, num.qstart)
        ):
            # "compared with 10 investigations in 2016 (two of forced labor and eight of sex
            # trafficking)": the parts of the compared count, in its year.
            num.role, num.parent = "split", last_assigned
            num.base = effective_base(last_assigned)
            num.form = form
        elif region is not None:
            num.role = "compare"
            num.parent = last_primary
            if last_primary is not None and _DENIED_METRIC.search(
                sentence, last_primary.end, region[0]
            ):
                # the comparison is of the metric denied since the last count, which the
                # comparison's own words or the denial name (``anchor_before``)
                num.parent = None
            if (
                form
                and last_assigned is not None
                and last_assigned.role == "compare"
                and last_assigned.base
                and region_of(regions, last_assigned) == region
            ):
                # "compared with investigating two cases and 27 potential labor trafficking
                # cases": the count joined to the comparison's own takes its metric.
                num.parent = last_assigned
            num.form = form
        elif form and last_assigned is not None and effective_base(last_assigned):
            parent = last_assigned if last_assigned.role != "split" else last_assigned.parent
            if parent is not None and parent.role == "compare" and last_primary is not None:
                # "compared with 48 in 2020; 23 were victims of sex trafficking": the
                # comparison's clause has ended, the split is of the primary figure.
                parent = last_primary
            num.role, num.parent = "split", parent
            num.base = effective_base(last_assigned)
            num.form = form
        elif (
            last_primary is not None
            and _CONTINUATION_BEFORE.search(sentence, previous_end, num.qstart)
            and (index == 0 or nums[index - 1].role or nums[index - 1].attached)
            and (
                index == 0
                or nums[index - 1].role != "split"
                # "two traffickers (one sex trafficking and one labor trafficking) under
                # Section 154-1 (three in 2019)": the parts' parenthesis has closed
                or _PARTS_CLOSED.fullmatch(sentence, previous_end, num.qstart) is not None
            )
        ):
            # "(44 in 2017)" continues the count right before it, and only when that
            # count is a figure ("the opening of 26 trafficking cases (44 in 2017)" is not)
            # and no part of a split by form ("35 sex trafficking and three forced begging
            # in 2017": a part whose form is no trafficking form)
            window_end = nums[index + 1].qstart if index + 1 < len(nums) else len(sentence)
            period = find_period(sentence, num.end, min(window_end, num.end + 40))
            if period is not None and period.start() - num.end <= 25:
                num.role, num.parent = "compare", last_primary
        elif (
            compared := last_compared_count(nums, index)
        ) is not None and _INCLUDING_ASIDE_CONTINUATION.fullmatch(
            sentence, compared.end, num.qstart
        ):
            # "compared with 124 potential victims identified in 2019, including 12 in servile
            # marriage; 114 in 2018, including nine ...": the next earlier year's count, after
            # the compared count's part
            period = find_period(sentence, num.end, min(len(sentence), num.end + 40))
            if period is not None and period.start() - num.end <= 4:
                num.role, num.parent, num.base = "compare", compared.parent, compared.base
        elif last_assigned is not None and _COMMA_CONTINUATION.fullmatch(
            sentence, previous_end, num.qstart
        ):
            # "(245 in 2017, 295 in 2016, 442 in 2015)": a list of earlier years' counts.
            period = find_period(sentence, num.end, min(len(sentence), num.end + 40))
            if period is not None and period.start() - num.end <= 4:
                parent = last_assigned.parent if last_assigned.role == "compare" else last_assigned
                num.role, num.parent = "compare", parent
        if num.role:
            last_assigned = num
        previous_end = num.end


def _people_of_cases(
    sentence: str, nums: list[FoundNumber], num: FoundNumber, compared: bool
) -> bool:
    """Whether ``num`` counts the people of the cases just counted, or the cases of the
    people ("26 cases and 41 suspects"); a comparison set against two metrics ("investigated
    40 cases and prosecuted 22 suspects, versus 35 cases and 30 suspects") maps each count on
    one metric instead."""
    window_start = max(0, num.qstart - 80)
    joined = (
        _CASES_AND_BEFORE.search(sentence, window_start, num.qstart) is not None
        and _PEOPLE_AFTER.match(sentence, num.end) is not None
    ) or (
        _PEOPLE_AND_BEFORE.search(sentence, window_start, num.qstart) is not None
        and _CASES_AFTER.match(sentence, num.end) is not None
    )
    if not joined or not compared:
        return joined
    metrics = {n.base for n in nums if n.role == "primary" and n.base and n.qstart < num.qstart}
    return len(metrics) <= 1
