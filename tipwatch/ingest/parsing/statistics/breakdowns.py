"""Breakdowns of a count: by form, by sex or age, and "respectively".

Counts coordinated with one another ("two confirmed and 129 potential victims"), the roles
of the counts after a breakdown opening ("Of those, 50 were victims of sex trafficking, 20
of forced labor"), and counts set against one another by "respectively".
"""

from __future__ import annotations

import itertools
import re

from tipwatch.ingest.parsing.statistics.metrics import form_match, form_of, metric_of
from tipwatch.ingest.parsing.statistics.patterns import (
    ANCHOR_WORD,
    BY_AGE_OR_SEX,
    COMPARE,
    INCLUDING_LIST_BEFORE,
    PERSON_NOUNS,
    SUBJECTED_TO_FORM,
)
from tipwatch.ingest.parsing.statistics.periods import find_period, parenthesis_year
from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber, SentenceFigure

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)

_INITIATED_BEFORE = re.compile(r"\b(?:initiated|initiating|opened|opening)\s+$", re.IGNORECASE)

_AND_CONTINUED = re.compile(r"\s+and\s+(?:continued|continuing)\s+$", re.IGNORECASE)

_COORDINATED = re.compile(rf"\s+(?!(?:{PERSON_NOUNS})\b)[a-z\-]+\s+(?:and|or)\s+$")

_INCLUDING_BEFORE = re.compile(r"\bincluding\s+$", re.IGNORECASE)

_RESTATED_VICTIMS = re.compile(
    r"\s+(?:[\w\-]+\s+){0,4}?(?:victims?|survivors?)\s+(?:that\s+|whom\s+)?"
    r"(?:the\s+government|authorities|officials|police|it)\s+(?:had\s+)?identified\b",
    re.IGNORECASE,
)

_EXPLOITED_FORM = re.compile(
    # "five were Panamanian girls exploited in sex trafficking": up to two words name who
    r"\bwere\s+(?:[A-Za-z]+\s+){0,2}?"
    r"(?:(?P<sex>sexually\s+exploited|exploited\s+in\s+(?:sex\s+trafficking|commercial\s+sex)"
    r"|subjected\s+to\s+sex\s+trafficking)|exploited\s+in\s+(?:forced\s+labou?r|labou?r\s+trafficking)"
    r"|subjected\s+to\s+(?:forced\s+labou?r|labou?r\s+trafficking))",
    re.IGNORECASE,
)

_CONFIRMED_BEFORE = re.compile(r"\bconfirm(?:ed|ing)\s+(?:only\s+)?$", re.IGNORECASE)


def breaks_down(sentence: str, num: FoundNumber, total: FoundNumber | None) -> bool:
    """``num`` opens or continues a parenthesis right after ``total`` and restricts the
    same count to one form: "492 victims (336 victims sex trafficking, 73 ...)"."""
    if total is None or not num.form or total.form or num.base != total.base:
        return False
    opening = sentence.rfind("(", total.end, num.qstart)
    return opening != -1 and ")" not in sentence[opening : num.qstart]


def effective_base(num: FoundNumber) -> str:
    if num.base:
        return num.base
    return num.parent.base if num.parent is not None else ""


def is_list_end(sentence: str, shared: FoundNumber, run_end: int) -> bool:
    """The explicit period after the last figure of a list applies to the whole list."""
    return shared.end <= run_end


def resolve_respectively(
    sentence: str, nums: list[FoundNumber], regions: list[tuple[int, int]]
) -> None:
    """ "compared with 70, 41, and 21, respectively" maps onto the primaries in order."""
    for start, end in regions:
        bare = [n for n in nums if n.role == "compare" and not n.base and start <= n.qstart < end]
        primaries = [
            n for n in nums if n.role in ("primary", "split") and n.base and n.qstart < start
        ]
        # "investigated 24 cases and indicted 31 suspects ..., compared with 18 cases and 20
        # suspects": as many counts as metrics before, in the same order.
        parallel = len(primaries) >= 2 and len({(n.base, n.form) for n in primaries}) == len(
            primaries
        )
        respectively = _RESPECTIVELY.search(sentence, start, end)
        if not (parallel or respectively):
            continue
        if not respectively and _each_with_its_year(sentence, bare, end):
            # "63 investigations (59 for sex trafficking, four for labor trafficking) in 2020,
            # compared with 26 investigations in 2019, 11 in 2018, 17 in 2017": earlier
            # years of the one count, not one count for each part before
            continue
        if bare and len(bare) == len(primaries):
            for num, primary in zip(bare, primaries, strict=True):
                num.parent, num.mapped = primary, True
        elif bare and respectively:
            # "identified 11 victims and arrested 12 suspects, compared with 24 and 30,
            # respectively": one compared count for each count before, those of no metric
            # too; the count set against one of no metric is none.
            counts = [
                n for n in nums if n.qstart < start and not n.attached and n.role != "compare"
            ]
            if len(counts) != len(bare):
                continue
            for num, earlier in zip(bare, counts, strict=True):
                if earlier.role in ("primary", "split") and earlier.base:
                    num.parent, num.mapped = earlier, True
                else:
                    num.role, num.dropped = "", True


def _each_with_its_year(sentence: str, bare: list[FoundNumber], end: int) -> bool:
    """Whether every count of ``bare`` is followed by a year of its own, each a different
    one ("11 in 2018, 17 in 2017, and 25 in 2016")."""
    years = []
    for num in bare:
        period = find_period(sentence, num.end, min(end, num.end + 12))
        if period is None:
            return False
        years.append(period.group(0).lower())
    return len(years) >= 2 and len(set(years)) == len(years)


def coordinate(sentence: str, nums: list[FoundNumber]) -> None:
    """ "two confirmed and 129 potential trafficking victims": the first count shares the
    noun of the second."""
    for num, following in itertools.pairwise(nums):
        if (
            not num.role
            and not num.dropped
            and following.dropped
            and following.slot == "noun_after"
            and _INITIATED_BEFORE.search(sentence, max(0, num.qstart - 30), num.qstart)
            and _AND_CONTINUED.match(sentence, num.end, following.qstart)
        ):
            # "initiating 10 and continuing 13 investigations": the new ones count, the
            # continued ones do not.
            num.role, num.slot, num.base, num.form = (
                "primary",
                "noun_after",
                following.base,
                following.form,
            )
            continue
        if num.role or num.dropped or following.role != "primary":
            continue
        if following.slot == "noun_after" and _COORDINATED.match(
            sentence, num.end, following.qstart
        ):
            num.role, num.slot, num.base, num.form = (
                "primary",
                "noun_after",
                following.base,
                (following.form),
            )


def breakdown_roles(
    sentence: str, nums: list[FoundNumber], opening_end: int, context: SentenceFigure | None
) -> None:
    """In "Of those, 50 were victims of sex trafficking, 20 of forced labor" only the split
    by form is new; a count without a form re-tells part of the total (one agency's, one
    law's) and is dropped, except the restated total right after "Of the"."""
    base = context.metric.split("_sex_")[0].split("_labor_")[0] if context else ""
    named = [n for n in nums if n.qstart <= opening_end + 1 and n.base]
    comma = sentence.find(",", opening_end)
    anchor = ANCHOR_WORD.search(sentence, opening_end, comma) if comma != -1 else None
    if named:
        base = named[0].base
    elif anchor is not None:
        base = metric_of(anchor.group("word"))  # "Of the 55 convicted traffickers, 17 ..."
    for index, num in enumerate(nums):
        if num.qstart <= opening_end + 1:
            # "Of the 131 confirmed and potential victims the government identified in 2017"
            if not num.role and _RESTATED_VICTIMS.match(sentence, num.end):
                num.role, num.slot, num.base = "primary", "noun_after", "victims_identified"
            continue
        if _INCLUDING_BEFORE.search(sentence, max(0, num.qstart - 12), num.qstart):
            continue  # "127 victims, including 26 children, were ...": a part, no figure
        if _under_unfigured_head(sentence, nums, num):
            continue  # "71 were Kazakhstani citizens, including 51 ... and 16 ...": parts
        if not num.role and BY_AGE_OR_SEX.match(sentence, num.end):
            continue  # "traffickers exploited 23 women and seven girls in sex trafficking"
        later = [
            n.qstart
            for n in nums[index + 1 :]
            if not _INCLUDING_BEFORE.search(sentence, max(0, n.qstart - 12), n.qstart)
        ]
        stop = later[0] if later else len(sentence)
        form = form_match(sentence[num.end : num.end + 90])
        if form is None and (subjected := SUBJECTED_TO_FORM.match(sentence, num.end)):
            form = form_of(subjected.group("form"))  # "..., three to forced labor"
        exploited = _EXPLOITED_FORM.search(sentence, num.end, min(stop, num.end + 80))
        if form is None and exploited is not None:
            form = "sex_trafficking" if exploited.group("sex") else "labor_trafficking"
        if num.role == "primary" and not num.form:
            if form:
                num.form = form
            elif _CONFIRMED_BEFORE.search(sentence, max(0, num.qstart - 40), num.qstart):
                pass  # "Of the 46 potential victims, authorities confirmed five": a part by status
            elif not base or num.base == base:
                # a count of the total's own metric with no form re-tells a part of it;
                # another metric ("Of the 16 cases ruled on, ... convictions for 13
                # traffickers") is a figure of its own
                num.role, num.dropped = "", True
        elif not num.role and not num.dropped and form and base and context is not None:
            num.role, num.slot, num.base, num.form = "primary", "breakdown", base, form
            compared = list(COMPARE.finditer(sentence, opening_end, num.qstart))
            if compared and not re.search(r"[);]", sentence[compared[-1].end() : num.qstart]):
                # "Of the 38 victims, 26 were ..., compared with 34 victims of sex
                # trafficking and six ... identified in 2019": a compared part takes the
                # comparison's period, not the total's
                continue
            num.year, num.explicit_year = context.period_year, True
            # "(21 were victims of sex trafficking, four of forced labor ... in 2017)": the
            # year closing the parenthesis is the year of the split inside it.
            closing_year = parenthesis_year(sentence, num)
            if closing_year is not None:
                num.year = closing_year


def _under_unfigured_head(sentence: str, nums: list[FoundNumber], num: FoundNumber) -> bool:
    """Whether ``num`` stands in an "including" list whose head count is no figure."""
    including = INCLUDING_LIST_BEFORE.search(sentence, 0, num.qstart)
    if including is None:
        return False
    heads = [n for n in nums if n.end <= including.start()]
    return bool(heads) and (not heads[-1].role or heads[-1].dropped)
