"""Comparisons with earlier years.

The regions of a sentence that compare ("compared with 41 in 2013", "up from seven"),
which compared counts are of the metric compared and which of something else, "the same
number as in 2016", and a sentence that only compares the figures of the one before
("This was an increase from 10 in 2015").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipwatch.ingest.parsing.statistics.metrics import BASE_METRICS, form_match
from tipwatch.ingest.parsing.statistics.patterns import (
    ATTACHED_NUMBER,
    COMPARE,
    OTHER_CRIME_VICTIMS_AFTER,
    PERIOD,
    YEAR_DURING_WHICH,
)
from tipwatch.ingest.parsing.statistics.periods import closing_of_parts, find_period, year_of_period
from tipwatch.ingest.parsing.statistics.sentence_numbers import (
    FoundNumber,
    SentenceFigure,
    find_numbers,
)
from tipwatch.ingest.parsing.statistics.subject import identified_by_others

_GERUND_OPENING = re.compile(
    r"\s+(?:(?:not\s+)?(?:reporting|initiating|opening|investigating|prosecuting|convicting"
    r"|identifying|indicting|charging|securing|obtaining)\s+){1,2}(?:(?:a\s+total\s+of|only|at\s+least"
    r"|approximately|more\s+than|some|about)\s+)?",
    re.IGNORECASE,
)

# "compared with prosecutions of 15 defendants and convictions of three sex traffickers
# during the previous year": a noun phrase right after the comparison (or joined to one by
# "and") names the comparison's metric, it opens no clause.
_NOUN_PHRASE_OPENING = re.compile(
    r"\s+(?:(?:initiating|opening|filing|reporting|securing|obtaining)\s+)?(?:the\s+)?"
    r"(?:investigations?|prosecutions?|convictions?)\s+(?:of|against|involving|into|for)\s+"
    r"(?:[^;,()]*?\s+and\s+(?:the\s+)?(?:investigations?|prosecutions?|convictions?)\s+"
    r"(?:of|against|involving|into|for)\s+)?",
    re.IGNORECASE,
)

# the verb of a count that has no metric: victims cared for, suspects arrested, ...
_SUBORDINATE_VERB_BEFORE = re.compile(
    r",\s*(?:after|before|while|when)\s+[a-z]+ing\s+(?:(?:at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)

_NO_METRIC_VERB_BEFORE = re.compile(
    r"\b(?:referred|referring|assisted|assisting|sheltered|repatriated|rescued|served"
    r"|accommodated|housed|supported|returned|arrested|arresting|detained|apprehended|acquitted"
    r"|screened|screening|trained|training|inspected|raided|removed|deported|intercepted"
    r"|intercepting"
    r"|provided\s+(?:[\w\-]+\s+){0,3}?(?:to|for))\s+(?:[\w\-]+\s+){0,3}?$",
    re.IGNORECASE,
)

# "compared with identifying and assisting 40 victims": the count is identified, too
_IDENTIFIED_AND_BEFORE = re.compile(
    r"\bidentif(?:y|ied|ying)\s+(?:and|or)\s+(?:[\w\-]+\s+){0,3}?$", re.IGNORECASE
)

# "five trafficking investigations, the same number as in 2016", "convicted one trafficker,
# which is the same as the previous reporting period"
_SAME_AS = re.compile(
    # "investigated 10 new trafficking cases in 2014, the same amount as in 2013"
    r"\s*[,\u2014\u2013]\s*(?:which\s+(?:is|was)\s+)?(?:the\s+)?same\s+(?:(?:number|amount)\s+)?"
    # "identified 17 victims—the same number of potential victims identified during the
    # previous reporting period"
    r"(?:as\s+|(?P<of>of\s+))",
    re.IGNORECASE,
)

# "the same number as reported during the previous reporting period"
_SAME_AS_VERB = re.compile(
    r"(?:(?:was|were)\s+)?(?:reported|recorded|registered|identified|investigated|prosecuted"
    r"|convicted|initiated)\s+(?:(?:during|in)\s+(?=the\s+(?:previous|prior|preceding|last)\b))?",
    re.IGNORECASE,
)

# A compared count's period, then ", and" and the next count, which may have a verb of its
# own that names no metric ("..., compared with 24 in 2007, and obtained 18 convictions").
_AND_AFTER_PERIOD = re.compile(
    r"(?:\b(?:in|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}|(?:previous|prior|preceding)\s+"
    r"(?:reporting\s+)?(?:period|year))"
    # "down from 45 the previous year, and 12 convictions"
    r"|\bthe\s+(?:(?:previous|prior|preceding)\s+(?:reporting\s+)?(?:period|year)"
    r"|year\s+before))\s*,\s*and\s+"
    r"(?:(?:obtained|secured|achieved|recorded|reported|registered|initiated|opened|won|had)\s+)?",
    re.IGNORECASE,
)

# ", and obtained 18 convictions": after a compared count, ", and" and a verb of the
# government's own (one that names no metric, so the count has no verb slot) opens a clause of
# its own, whose counts are the period's, not compared ones.
_AND_NEW_VERB = re.compile(
    r",\s*and\s+(?:also\s+)?(?:obtained|secured|achieved|recorded|reported|registered|initiated"
    r"|opened|won|had|conducted|filed|launched|began|started|brought|carried\s+out)\b",
    re.IGNORECASE,
)

_PART_MARK_BEFORE = re.compile(r"(?:\bincluding|\()\s*$", re.IGNORECASE)

# "the PNTL referred 21 ... to short-term shelter": victims cared for, no count identified
_CARE_VERB_BEFORE = re.compile(
    r"\b(?:referred|assisted|sheltered|repatriated|rescued|served|accommodated|housed"
    r"|supported|returned|provided\s+(?:[\w\-]+\s+){0,3}?(?:to|for))\s+(?:[\w\-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def comparison_regions(sentence: str, nums: list[FoundNumber]) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    # A new verb or noun phrase opens a new clause, ending the comparison; a bare
    # "41 prosecutions" inside the comparison does not.
    primaries = [
        n.qstart for n in nums if n.role == "primary" and n.slot not in ("noun_after", "participle")
    ]
    for match in COMPARE.finditer(sentence):
        start = match.end()
        end = len(sentence)
        # The comparison ends with its clause: ";", ", but", or the dash closing a
        # dashed aside it opened in ("—a rise from two in 2013—but ...").
        for stop in (";", " but "):
            found = sentence.find(stop, start)
            if found != -1:
                end = min(end, found)
        if sentence.count("\u2014", 0, match.start()) % 2 == 1:
            dash = sentence.find("\u2014", start)
            if dash != -1:
                end = min(end, dash)
        depth = sentence.count("(", 0, match.start()) - sentence.count(")", 0, match.start())
        if depth > 0:
            close = sentence.find(")", start)
            if close != -1:
                end = min(end, close)
        # "compared with identifying 851 victims ... the previous reporting period": a
        # gerund right after the comparison names its metric, it opens no clause.
        later = [
            p
            for p in primaries
            if p > start
            and not _GERUND_OPENING.fullmatch(sentence, start, p)
            and not _NOUN_PHRASE_OPENING.fullmatch(sentence, start, p)
        ]
        if later:
            end = min(end, later[0])
        # "compared with three such victims in 2020, and four victims of sex trafficking,
        # compared with six": after the compared count's period, a count of its own noun that
        # has a comparison of its own is the verb's next object, no compared count.
        for num in nums:
            if not (start < num.qstart < end) or num.role != "primary":
                continue
            joined = _AND_AFTER_PERIOD.search(sentence, max(start, num.qstart - 60), num.qstart)
            if joined is None or joined.end() != num.qstart:
                continue
            following = [n.qstart for n in nums if n.qstart > num.qstart]
            own = COMPARE.search(sentence, num.end, following[0] if following else len(sentence))
            if own is not None:
                end = joined.start()
                break
        if any(start < n.qstart < end for n in nums):
            first = min(n.qstart for n in nums if start < n.qstart < end)
            verb = _AND_NEW_VERB.search(sentence, first, end)
            if verb is not None:
                end = verb.start()
        # "increased efforts compared to the previous reporting period, initiating 86
        # investigations": a comparison with no count before its clause's comma compares
        # no figure, and the counts after the comma are the period's own.
        comma = sentence.find(",", start, end)
        if (
            comma != -1
            and not any(start <= n.qstart < comma for n in nums)
            # "an increase from FY 2013, during which DOJ brought 161 prosecutions": the
            # clause after the comma tells of the year compared with
            and not YEAR_DURING_WHICH.search(sentence, start, comma + 30)
        ):
            end = comma
        regions.append((match.start(), end))
    return regions


def region_of(regions: list[tuple[int, int]], num: FoundNumber) -> tuple[int, int] | None:
    """The comparison region ``num`` stands in, if any."""
    for region in regions:
        if region[0] <= num.qstart < region[1]:
            return region
    return None


def compares_unnamed_count(
    sentence: str, nums: list[FoundNumber], num: FoundNumber, region: tuple[int, int] | None
) -> bool:
    """Whether the comparison holding ``num`` is set in parentheses right after a count
    that is no figure: "two for forced begging (compared to two in 2017)" compares the
    begging cases, not the total."""
    if region is None:
        return False
    before = [n for n in nums if n.end <= region[0] and not n.attached]
    if not before or before[-1].role or before[-1] is num.parent:
        return False
    between = sentence[before[-1].end : region[0]]
    return "(" in between and ")" not in between


def compares_count_of_no_metric(
    sentence: str, nums: list[FoundNumber], num: FoundNumber, region: tuple[int, int] | None
) -> bool:
    """ "Officials identified 45 victims; NGOs assisted 60 victims, compared with 40 in
    2018": a bare comparison right after a count of no metric, in a clause of its own after
    the last figure, compares that count."""
    if region is None:
        return False
    before = [n for n in nums if n.end <= region[0] and not n.attached]
    if len(before) < 2 or before[-1].role or before[-1] is num.parent:
        return False
    last = before[-1]
    if _PART_MARK_BEFORE.search(sentence, max(0, last.qstart - 12), last.qstart):
        return False  # "45 victims, including 20 children, compared with ...": a part
    if _SUBORDINATE_VERB_BEFORE.search(sentence, max(0, last.qstart - 50), last.qstart):
        # "identified six victims in 2020, after screening 11 potential victims; this
        # compared with 61 in 2019": a count told in a phrase under the figure's clause is
        # not what the clause's comparison compares
        return False
    if sentence.count("(", 0, last.qstart) > sentence.count(")", 0, last.qstart):
        return False
    figured = [n for n in before[:-1] if n.role and not n.dropped]
    if not figured:
        return False
    between = sentence[figured[-1].end : last.qstart]
    # the count of no metric opens a clause of its own: after ";" or a verb of its own
    return (
        ";" in between
        or _NO_METRIC_VERB_BEFORE.search(sentence, max(0, last.qstart - 60), last.qstart)
        is not None
    )


def no_metric_verb_in_comparison(
    sentence: str, num: FoundNumber, region: tuple[int, int] | None
) -> bool:
    """Whether a compared count follows, inside its comparison, a verb of its own that
    names no metric ("compared with intercepting 10,100 potential victims", "..., and
    referred 15 to protection services")."""
    if region is None:
        return False
    verb = _NO_METRIC_VERB_BEFORE.search(sentence, max(region[0], num.qstart - 60), num.qstart)
    if verb is None:
        return False
    return not _IDENTIFIED_AND_BEFORE.search(sentence, max(0, verb.start() - 40), verb.end())


_ZERO_OF_METRICS = re.compile(
    r"(?:no|zero)\s+(?:investigations|prosecutions|convictions)\s*,\s*(?:investigations|prosecutions"
    r"|convictions)\b",
    re.IGNORECASE,
)
_TRAFFICKING_NAMED = re.compile(r"[^,;()]{0,40}?traffick", re.IGNORECASE)


def compares_excluded_count(
    sentence: str, nums: list[FoundNumber], num: FoundNumber, regions: list[tuple[int, int]]
) -> bool:
    """ "identified 11 foreign victims in 2020, an increase from six in 2019": a comparison
    right after a count that is no figure (one nationality, children, ...) compares that
    count, whatever figure came before it."""
    if (
        num.base
        and num.slot == "verb"
        and _OWN_COUNT_NOUN_AFTER.match(sentence, num.end)
        and _TRAFFICKING_NAMED.match(sentence, num.end)
    ):
        # "compared with identifying one victim of labor trafficking the previous reporting
        # period": a count with its own verb and a noun naming trafficking says what it
        # counts, whatever group the count before it was ("compared with investigating five
        # cases" after four of child labor is of child labor too)
        return False
    if num.value == 0 and _ZERO_OF_METRICS.match(sentence, num.qstart):
        # "..., and zero investigations, prosecutions, or convictions in 2016": none of any
        # metric at all, whatever group the count before it was
        return False
    region = next((r for r in regions if r[0] <= num.qstart < r[1]), None)
    # "of which three were foreign nationals (11 in 2020)": the count right before it
    for opening in (num.qstart, region[0] if region is not None else None):
        if opening is None:
            continue
        before = [n for n in nums if n.end <= opening and not n.attached]
        if (
            before
            and before[-1].restricted
            and sentence.count(";", before[-1].end, opening) == 0
            # "678 victims (..., and two non-binary victims) in 2019, compared with 371 in
            # 2018": a group in the parenthesis of a count's parts is not what is compared
            and not 0 < closing_of_parts(sentence, nums, before[-1]) < opening
        ):
            return True
    return False


def same_as_before(
    sentence: str, num: FoundNumber, nums: list[FoundNumber], report_year: int
) -> int | None:
    """The earlier period a count is said to equal, with no number of its own."""
    parts = [n for n in nums if n.role == "split" and n.parent is num]
    start = num.end
    if parts:
        # "three new cases (one sex trafficking and two labor trafficking) under Section
        # 154-1 in 2019, the same number as in 2018": the parts in parentheses are passed,
        # with the counts of no form among them ("10 forced criminality, 11 uncategorized")
        opening = sentence.rfind("(", num.end, parts[0].qstart)
        close = sentence.find(")", parts[-1].end)
        if opening == -1 or close == -1 or "(" in sentence[opening + 1 : close]:
            return None
        start = close + 1
    following = [n for n in nums if n.qstart >= start and n not in parts]
    limit = following[0].qstart if following else len(sentence)
    noun_end = start
    # "one conviction under Article 130.1, the same number of convictions as in 2013"
    noun = re.match(r"(?:\s+[\w\-\u2019'.]+){0,6}?(?=\s*[,\u2014\u2013])", sentence[start:limit])
    if noun is not None:
        noun_end = start + noun.end()
    same = _SAME_AS.match(sentence, noun_end)
    if same is None:
        return None
    if same.group("of"):
        # the period closes the noun phrase: "of potential victims identified during ..."
        phrase = re.match(r"(?:[\w\-]+\s+){1,5}?(?=(?:in|during)\b)", sentence[same.end() : limit])
        if phrase is None:
            return None
        start = same.end() + phrase.end()
        period = PERIOD.search(sentence, start, min(limit, start + 50))
        if period is None:
            return None
        return year_of_period(period, report_year)
    period = PERIOD.match(sentence, same.end())
    if period is None:
        period = PERIOD.match(sentence, max(0, same.end() - 3))  # "as in 2016"
    if period is None and (verb := _SAME_AS_VERB.match(sentence, same.end())) is not None:
        period = PERIOD.match(sentence, verb.end())  # "as reported during the previous ..."
    if period is None or period.end() > limit:
        return None
    return year_of_period(period, report_year)


def last_count_is_figure(text: str, figures: Sequence[SentenceFigure]) -> bool:
    """False when the last count of ``text`` (parts after "including" or in parentheses
    aside) is of victims cared for, and none of its ``figures``."""
    counts = [
        n
        for n in find_numbers(text)
        if not _PART_MARK_BEFORE.search(text, max(0, n.qstart - 12), n.qstart)
        and text.count("(", 0, n.qstart) <= text.count(")", 0, n.qstart)
    ]
    if not counts or any(f.value == counts[-1].value for f in figures):
        return True
    last = counts[-1]
    return _CARE_VERB_BEFORE.search(text, max(0, last.qstart - 60), last.qstart) is None


def up_to_last_count(sentence: str) -> str:
    nums = find_numbers(sentence)
    return sentence[: nums[-1].end] if nums else sentence


def last_compared_count(nums: Sequence[FoundNumber], index: int) -> FoundNumber | None:
    """The last compared count with a metric of its own before ``nums[index]``."""
    return next((n for n in reversed(nums[:index]) if n.role == "compare" and n.base), None)


# "This was a slight decrease compared with 18 victims identified in 2021": a compared count
# that names its own noun names its own metric too, and no form unless it says one; only a
# bare count ("compared with 18 in 2021") is the count before told again, form and all.
_OWN_COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:(?:potential|suspected|alleged|possible|confirmed|identified|new|total"
    r"|trafficking|human)\s+)*"
    r"(?:victims?|cases?|investigations?|prosecutions?|convictions?|traffickers?|defendants?"
    r"|suspects?|offenders?|perpetrators?)\b",
    re.IGNORECASE,
)


def _without_form(metric: str) -> str:
    return next((base for base in BASE_METRICS if metric.startswith(base)), metric)


def compared_with_previous(
    sentence: str, report_year: int, previous: Sequence[SentenceFigure]
) -> list[SentenceFigure]:
    """The earlier periods' counts of a sentence that opens with a comparison and names no
    metric: they are of the metric the sentence before gave for the period. Several
    metrics before take the counts in their order; otherwise nothing is read."""
    latest = max(f.period_year for f in previous)
    metrics = list(dict.fromkeys(f.metric for f in previous if f.period_year == latest))
    bases = [m for m in metrics if m in BASE_METRICS] or metrics[:1]
    nums = [
        n
        for n in find_numbers(sentence)
        if not ATTACHED_NUMBER.search(sentence, max(0, n.qstart - 80), n.qstart)
        # "This compared with 10 victims identified by officials, international organizations
        # and NGOs": a count found with bodies outside the government, as in one sentence
        and not identified_by_others(sentence[n.end :])
    ]
    if not nums:
        return []
    if any(OTHER_CRIME_VICTIMS_AFTER.match(sentence[n.end : n.end + 90]) for n in nums):
        # "This compared with 785 victims of commercial sexual exploitation in 2019": the
        # comparison names the victims of another crime, not the metric before
        return []
    found: list[SentenceFigure] = []
    if len(bases) == 1:
        pairs = [(bases[0], n) for n in nums]
    elif len(bases) == len(nums):
        pairs = list(zip(bases, nums, strict=True))
    else:
        return []
    for index, (metric, num) in enumerate(pairs):
        form = form_match(sentence[num.end : num.end + 90]) if len(bases) == 1 else None
        if form is not None:
            # "including 20 victims of forced labor": the comparison's own form, whatever the
            # form of the count before
            metric = f"{_without_form(metric)}_{form}"
        elif _OWN_COUNT_NOUN_AFTER.match(sentence, num.end):
            metric = _without_form(metric)
        following = nums[index + 1].qstart if index + 1 < len(nums) else len(sentence)
        period = find_period(sentence, num.end, min(following, num.end + 40))
        if period is None and len(bases) > 1:
            period = find_period(sentence, nums[-1].end, len(sentence))
        if period is not None and period.start() - num.end > 25 and len(bases) == 1:
            period = None
        year = year_of_period(period, report_year) if period is not None else latest - 1
        if year >= latest:
            continue  # not an earlier period: no comparison this reading understands
        found.append(SentenceFigure(metric, num.value, year, num.qualifier))
    return found
