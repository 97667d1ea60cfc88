"""The year each counted number belongs to.

An explicit period next to the count, a period that opens the sentence or its clause, a
year in parentheses, the year shared by a list of counts, else the reporting period (the
report's year - 1) for primary figures and the period before for comparisons.
"""

from __future__ import annotations

import bisect
import re

from tipwatch.ingest.parsing.statistics.breakdowns import is_list_end
from tipwatch.ingest.parsing.statistics.comparisons import region_of
from tipwatch.ingest.parsing.statistics.patterns import LEADING_PERIOD, PERIOD, YEAR_DURING_WHICH
from tipwatch.ingest.parsing.statistics.periods import (
    closing_parenthesis,
    find_period,
    parenthesis_year,
    period_after_parenthesis,
    year_of_period,
)
from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber, SentenceFigure
from tipwatch.ingest.parsing.statistics.subject import start_of_clause

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# Periods that are no one year: "between 2016 and 2018", and a part of a year ("in the
# first eight months of 2021": no count for the year).
_YEAR_SPAN = re.compile(
    r"\s*\b(?:between\s+(?:19|20)\d{2}\s+and|from\s+(?:19|20)\d{2}\s+(?:to|through|until))\s+"
    r"(?:19|20)\d{2}\b"
    r"|\s*\b(?:in|during|for|over)\s+the\s+(?:first|last|final|second)\s+(?:half|quarter"
    # "in the first half of the year": of the reporting period, a part
    r"|(?:[\w\-]+\s+)?(?:months|weeks))\s+of\s+(?:(?:19|20)\d{2}|the\s+(?:year|reporting\s+period))\b"
    # "From January to June 2021", "between January and September 2021": months of one year
    # (January to December is the whole year; "between April 2020 and March 2021", a
    # reporting period over two years, is a year's count)
    r"|\s*\b(?:from|between)\s+(?!January\s+(?:to|through|until|and)\s+December\b)"
    rf"{_MONTH}\s+(?:to|through|until|and)\s+"
    rf"{_MONTH}\s*,?\s+(?:19|20)\d{{2}}\b",
    re.IGNORECASE,
)

# "bringing the total since 2015 to 104": a count since a year is cumulative ("initiating two
# prosecutions, for the first time since 2013" dates an event, and its count is the period's)
_SINCE = re.compile(r"(?<!time\s)\bsince\b|\bcumulative|\bin\s+total\s+since\b", re.IGNORECASE)

# "... the previous reporting period, when it identified 15", "a decrease from 2020, when
# authorities investigated 51 cases, and 2019, when they investigated 60": the counts of the
# clause after "when" are that period's.
# "Since 2015, the government has convicted 120 traffickers": a clause that opens with the
# year it counts from states a cumulative count.
_SINCE_OPENING = re.compile(
    r"\s*since\s+(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+(?:\d{1,2}\s*,\s*)?)?(?:19|20)\d{2}\s*,",
    re.IGNORECASE,
)

_PERIOD_WHEN = re.compile(
    r"\b(?:(?:FY\s*)?(?P<year>(?:19|20)\d{2})|(?P<prev>(?:previous|prior|preceding|last)\s+"
    r"reporting\s+(?:period|year)))\s*,?\s+when\b",
    re.IGNORECASE,
)

_WINDOW = 70

# "The government prosecuted 25 suspects, while in 2020 it prosecuted 19": a clause that
# opens with "while", "whereas", ", and" or ", but" and then its own period.
_CLAUSE_OPENING = re.compile(
    r"(?:,\s*|\s)(?:while|whereas)\s+(?=(?:in|during)\s)|,\s*(?:and|but)\s+(?=(?:in|during)\s)",
    re.IGNORECASE,
)

# "investigated 15 cases, half as many as in 2020", "five more than in 2020": a period after
# "than" or "as" is the one compared with, not the count's own.
_COMPARED_PERIOD_BEFORE = re.compile(r"\b(?:than|as)\s+(?:(?:in|during)\s+)?$", re.IGNORECASE)

# "Of the 56 total victims identified, 34 were female": the word "total" after the count
# says it sums counts already told (the government's and the NGOs'), no new figure.
_TOTAL_WORD_AFTER = re.compile(r"\s+total\b", re.IGNORECASE)


def assign_periods(
    sentence: str,
    nums: list[FoundNumber],
    regions: list[tuple[int, int]],
    report_year: int,
    breakdown: re.Match[str] | None,
    context: SentenceFigure | None,
) -> None:
    """Give each number with a role the year it counts."""
    leading = LEADING_PERIOD.match(sentence)
    leading_year = year_of_period(leading, report_year) if leading else None
    period_whens = list(_PERIOD_WHEN.finditer(sentence))
    clause_openings = [m.end() for m in _CLAUSE_OPENING.finditer(sentence)]
    for index, num in enumerate(nums):
        if not num.role or num.dropped:
            continue
        following = [n for n in nums[index + 1 :] if not n.attached]
        next_start = following[0].qstart if following else len(sentence)
        region = region_of(regions, num)
        limit = min(next_start, num.end + _WINDOW)
        clause_end = sentence.find(";", num.end)
        if clause_end != -1:
            limit = min(limit, clause_end)  # a period after ";" is the next clause's
        opening = _CLAUSE_OPENING.search(sentence, num.end, limit)
        if opening is not None:
            limit = opening.start()  # as is one after ", while in 2020"
        closing = closing_parenthesis(sentence, num)
        if closing:
            # "150 victims in 2017 (84 sex trafficking and 66 labor trafficking) and 111 in
            # 2016": a period after the parenthesis closes is no count's inside it
            limit = min(limit, closing)
        if num.role == "primary":
            compare_starts = [r[0] for r in regions if r[0] > num.end]
            if compare_starts:
                limit = min(limit, compare_starts[0])
        elif region is not None:
            limit = min(limit, region[1])
        window = sentence[num.end : limit]
        # "identified 18 victims during 2019, bringing the total since 2015 to 104": a
        # cumulative count after a comma is another count's, not this one's.
        if _SINCE.search(re.split(r"[,;]", window, maxsplit=1)[0]):
            num.dropped = True
            continue
        period = find_period(sentence, num.end, limit)
        if (
            period is not None
            and num.role == "primary"
            and _COMPARED_PERIOD_BEFORE.search(
                sentence, max(0, period.start() - 16), period.start()
            )
        ):
            period = None
        span = _YEAR_SPAN.search(sentence, num.end, limit)
        if span is None and period is None:
            # "Between 2016 and 2019, the government identified 45 victims", "...; in the
            # first eight months of 2021, it identified 392": the clause opens with it
            semicolon = sentence.rfind(";", 0, num.qstart)
            opening = _YEAR_SPAN.match(sentence, semicolon + 1) or _SINCE_OPENING.match(
                sentence, semicolon + 1
            )
            span = opening if opening is not None and opening.end() <= num.qstart else None
        if span is not None and (period is None or span.start() <= period.start()):
            # "no victims identified between 2016 and 2018": several years, no one period
            num.dropped = True
            continue
        if period is not None:
            num.year, num.explicit_year = year_of_period(period, report_year), True
    if breakdown is not None:
        for num in nums:
            if (
                num.role == "primary"
                and num.qstart <= breakdown.end() + 1
                and num.year is None
                and (
                    context is not None
                    or num.base != "victims_identified"
                    or _TOTAL_WORD_AFTER.match(sentence, num.end) is not None
                )
            ):
                # "Of the 77 sex traffickers convicted, only 17 were ...": the total re-told
                # with no period of its own is the earlier sentence's figure, not a new one
                # (but with no figure in the sentence before, "Among the 176 suspected
                # trafficking victims identified, ..." states the count first).
                num.role, num.dropped = "", True
    for index, num in enumerate(nums):
        if not num.role or num.dropped or num.year is not None:
            continue
        when = next((w for w in reversed(period_whens) if w.end() <= num.qstart), None)
        if (
            num.role == "primary"
            and when is not None
            and ";" not in sentence[when.end() : num.qstart]
        ):
            num.year = year_of_period(when, report_year)
            continue
        if num.role == "primary":
            run_end = min([r[0] for r in regions if r[0] > num.end] or [len(sentence)])
            clause_end = sentence.find(";", num.end)
            if clause_end != -1:
                run_end = min(run_end, clause_end)
            later = [n for n in nums[index + 1 :] if n.role == "primary" and n.qstart < run_end]
            shared = later[-1] if later else None
            # "In 2019, it investigated 22 cases ...; in 2018, it investigated 19 cases": a
            # clause that opens with its own period keeps it.
            clause_start = start_of_clause(sentence, num.qstart)
            opened = bisect.bisect_left(clause_openings, num.qstart)
            if opened and clause_openings[opened - 1] > clause_start:
                clause_start = clause_openings[opened - 1]
            clause_leading = LEADING_PERIOD.match(sentence[clause_start:]) if clause_start else None
            inside = parenthesis_year(sentence, num)
            if clause_leading is not None:
                num.year = year_of_period(clause_leading, report_year)
            elif inside is not None:
                # "(identified 104 potential victims and assisted 390 individuals in 2018)"
                num.year = inside
            elif (after := period_after_parenthesis(sentence, num)) is not None:
                # "identified 75 victims (66 in sex trafficking and nine in forced labor) in
                # 2019": the period after the count's parenthesis of parts is the count's
                num.year, num.explicit_year = year_of_period(after, report_year), True
            elif leading_year is not None:
                num.year = leading_year
            elif (
                shared is not None
                and shared.explicit_year
                and is_list_end(sentence, shared, run_end)
                and "(" not in sentence[num.end : shared.qstart]
            ):
                num.year = shared.year
            else:
                num.year = report_year - 1
        elif num.role == "split":
            num.year = num.parent.year if num.parent and num.parent.year else None
        else:
            region = region_of(regions, num)
            closing = closing_parenthesis(sentence, num)
            end = region[1] if region else closing
            if region and closing:
                end = min(end, closing)
            period = find_period(sentence, num.end, end) if end else None
            head = _head_of_parenthesis(sentence, nums, num) if closing else None
            if (
                period is None
                and head is not None
                and head.year is not None
                # "45 cases (compared with 40)": a comparison of the count before is of
                # the period before that count's
                and not (head.role == "primary" and head is num.parent)
            ):
                # "compared to 150 victims in 2017 (84 sex trafficking and 66 labor
                # trafficking)": the parts of a compared count are of its year
                num.year = head.year
                continue
            if period is None and region is not None:
                # "an increase from FY 2013, during which DOJ brought 161 prosecutions": the
                # year the comparison names before the clause about it
                before = YEAR_DURING_WHICH.search(sentence, region[0], num.qstart)
                period = PERIOD.search(sentence, before.start(), before.end()) if before else None
            if period is not None:
                num.year = year_of_period(period, report_year)
            elif (
                num.parent is not None
                and num.parent.year is not None
                and (num.parent.explicit_year or num.parent.role == "primary")
            ):
                # "In 2018, it investigated 45 cases, compared with 40": the period before the
                # count's own, whether the year stands by the count or opens the sentence
                num.year = num.parent.year - 1
            else:
                num.year = report_year - 2
    # Splits whose parent got its year late.
    for num in nums:
        if num.role == "split" and num.year is None:
            parent_year = num.parent.year if num.parent else None
            num.year = parent_year if parent_year is not None else report_year - 1
        if num.role == "split":
            # "(30 were victims of sex trafficking and one of forced labor in 2018)"
            closing_year = parenthesis_year(sentence, num)
            if closing_year is not None:
                num.year = closing_year


def _head_of_parenthesis(
    sentence: str, nums: list[FoundNumber], num: FoundNumber
) -> FoundNumber | None:
    """The count the parenthesis ``num`` stands in follows: "150 victims in 2017 (84 ...)"."""
    opening = sentence.rfind("(", 0, num.qstart)
    before = [n for n in nums if n.end <= opening and n.role and not n.dropped]
    if not before or not re.fullmatch(r"[^().;]{0,60}", sentence[before[-1].end : opening]):
        return None
    return before[-1]
