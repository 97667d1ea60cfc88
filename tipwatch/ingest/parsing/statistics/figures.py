"""The figures the read numbers make.

Once every number has its role and year: drops the comparisons of counts of something
else, gives a comparison the metric of what it is compared with, adds the second metric of
a coordinated count and the earlier year of "the same number as", and merges in the
paired-year readings, the zero a list of metrics shares and the convictions a partition
states. Keeps only the years a report covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipwatch.ingest.parsing.statistics.comparisons import (
    compares_count_of_no_metric,
    compares_excluded_count,
    compares_unnamed_count,
    no_metric_verb_in_comparison,
    region_of,
    same_as_before,
)
from tipwatch.ingest.parsing.statistics.metrics import anchor_before
from tipwatch.ingest.parsing.statistics.paired_years import (
    each_in_two_years,
    paired_figures,
    verb_none_in_two_years,
    zeros_of_listed_metrics,
)
from tipwatch.ingest.parsing.statistics.partitions import (
    convictions_of_partitions,
    form_parts_by_year,
)
from tipwatch.ingest.parsing.statistics.parts import re_counts_part
from tipwatch.ingest.parsing.statistics.patterns import VICTIMS_NEXT
from tipwatch.ingest.parsing.statistics.percent_counts import count_of_a_percentage
from tipwatch.ingest.parsing.statistics.periods import closing_of_parts, find_period
from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber, SentenceFigure
from tipwatch.ingest.parsing.statistics.slots import coordinated_metric

# How many years before the reporting period a report's comparisons reach back.
_OLDEST_COMPARED = 5

# "compared with 30 referred in 2018", "compared with 20 assisted the previous year"
_CARE_VERB_AFTER = re.compile(
    r"\s+(?:(?:victims?|survivors?|people|persons|individuals)\s+)?(?:(?:who\s+)?(?:were|was)\s+)?"
    r"(?:referred|assisted|sheltered|repatriated|rescued|served|accommodated|housed|supported"
    r"|returned|received)\b",
    re.IGNORECASE,
)

# The care of victims identified, named by its noun ("the repatriation of victims
# identified") or its verb ("did not refer victims identified in 2019 to shelters"); the
# period they were identified in may be a year.
_CARE_OF_IDENTIFIED = re.compile(
    r"\b(?:(?:repatriation|referral|sheltering|reintegration|rehabilitation|assistance|care)\s+"
    r"(?:of|to|for)|(?:repatriat|refer|shelter|reintegrat|rehabilitat|assist)\w*)\s+"
    r"(?:[\w\-]+\s+){0,4}?(?:victims|survivors)\s+identified\b"
    r"(?:[^0-9;]|\b(?:19|20)\d{2}\b)*$",
    re.IGNORECASE,
)

# "compared with 30 investigations and 40 arrests in 2018": a count of something else
_OTHER_NOUN_AFTER = re.compile(
    r"\s+(?:[\w\-]+\s+)?(?:arrests|detentions|referrals|raids|inspections|trainings|acquittals"
    r"|calls|complaints|deportations|rescues|repatriations)\b",
    re.IGNORECASE,
)

# Between a comparison's bare count and its period: nothing, or the verb the named count
# had ("28 prosecutions initiated in the previous reporting period and 35 initiated in 2016").
_BARE_BEFORE_PERIOD = re.compile(
    r"\s{0,4}|\s+(?:initiated|opened|filed|recorded|registered|obtained|secured|identified)\s+"
    # "compared with 20 traffickers prosecuted in 2017, 40 traffickers in 2016": the people
    # the named count counted
    r"|\s+(?:defendants|suspects|traffickers|individuals|offenders)\s+",
    re.IGNORECASE,
)


def _compares_care(sentence: str, nums: list[FoundNumber], region: tuple[int, int] | None) -> bool:
    """ "did not report coordinating the repatriation of foreign national victims identified
    ..., compared to six victims from five countries in 2018": with no count before it, the
    comparison is of the care given to the victims, not of their identification."""
    if region is None or any(n.end <= region[0] for n in nums):
        return False
    return bool(_CARE_OF_IDENTIFIED.search(sentence, max(0, region[0] - 160), region[0]))


def figures_of(
    sentence: str,
    nums: list[FoundNumber],
    regions: list[tuple[int, int]],
    report_year: int,
    previous: Sequence[SentenceFigure],
    previous_text: str,
    *,
    last_year: int | None = None,
) -> list[SentenceFigure]:
    """The figures the numbers make, once each has its role and year. ``last_year``: the
    latest year a figure may have, when not the reporting period's (see `founding_year`)."""
    figures: list[SentenceFigure] = []
    for num in nums:
        if not num.role or num.dropped or num.year is None:
            continue
        if count_of_a_percentage(sentence, num):
            continue  # "assisted 24 percent (36 victims) in 2022": a share's count
        base, figure_form = num.base, num.form
        if num.role == "compare" and compares_excluded_count(sentence, nums, num, regions):
            continue
        if num.role == "compare" and _compares_care(sentence, nums, region_of(regions, num)):
            continue
        if num.role == "compare" and compares_unnamed_count(
            sentence, nums, num, region_of(regions, num)
        ):
            continue
        if num.role == "compare" and (
            _CARE_VERB_AFTER.match(sentence, num.end) or _OTHER_NOUN_AFTER.match(sentence, num.end)
        ):
            continue  # "compared with 30 referred in 2018", "40 arrests": not the metric
        if num.role == "compare" and no_metric_verb_in_comparison(
            sentence, num, region_of(regions, num)
        ):
            # "compared with intercepting 10,100 potential victims in 2018", "compared with 53
            # in 2019, and referred 15 to protection services": a count of its own verb
            continue
        if num.role == "primary" and re_counts_part(sentence, num, previous, previous_text):
            # "prosecuted 387 individuals ... Officials prosecuted 267 of these individuals
            # under the anti-trafficking proclamation": a part of the count just stated
            continue
        if (
            num.role == "compare"
            and not num.base
            and compares_count_of_no_metric(sentence, nums, num, region_of(regions, num))
        ):
            continue
        if num.role == "compare":
            if not base:
                if num.parent is not None and num.parent.dropped:
                    continue
                if num.parent is not None:
                    # The metric is the count's compared with, the form only the
                    # comparison's own: "425 sex trafficking investigations, compared with
                    # 491 in 2012" says no more than that 491 investigations were completed,
                    # while "compared with 20 and 8, respectively" names each count's form.
                    base = num.parent.base
                    if num.mapped:
                        figure_form = figure_form or num.parent.form
                else:
                    # "compared with 13 convictions in 2021 and three in 2020": the
                    # comparison's own noun names the metric of the counts after it.
                    region = region_of(regions, num)
                    period = find_period(sentence, num.end, min(len(sentence), num.end + 30))
                    named = [
                        n.base
                        for n in nums
                        if n.role == "compare"
                        and n.base
                        and n.qstart < num.qstart
                        and region is not None
                        and region_of(regions, n) == region
                        and period is not None
                        and _BARE_BEFORE_PERIOD.fullmatch(sentence, num.end, period.start())
                    ]
                    # (not the parts in a parenthesis after the count: "678 victims (518
                    # female victims, ... and two non-binary victims) in 2019, compared with
                    # 371 in 2018" compares the count)
                    before_region = [
                        n
                        for n in nums
                        if region is not None
                        and n.end <= region[0]
                        and not 0 < closing_of_parts(sentence, nums, n) < region[0]
                    ]
                    if before_region and (
                        before_region[-1].dropped
                        or not (before_region[-1].role or before_region[-1].attached)
                    ):
                        # "identified 235 foreign victims, an increase from 59 in 2017":
                        # the comparison is of the restricted count, itself no figure
                        continue
                    if named:
                        base = named[-1]
                    elif not VICTIMS_NEXT.match(sentence, num.end):
                        # "compared with screening 288 potential victims": a count of its
                        # own kind, not of the metric named before.
                        base = anchor_before(sentence, num.qstart)
        elif num.role == "split" and (num.parent is None or num.parent.dropped) and not base:
            continue
        if not base:
            continue
        metric = f"{base}_{figure_form}" if figure_form else base
        figures.append(SentenceFigure(metric, num.value, num.year, num.qualifier))
        other = coordinated_metric(sentence, num, base)
        if other is not None:
            # "prosecuted and convicted two sex traffickers", "21 prosecutions and
            # convictions in 2006": one count of both.
            other_metric = f"{other}_{figure_form}" if figure_form else other
            figures.append(SentenceFigure(other_metric, num.value, num.year, num.qualifier))
        if num.role == "primary":
            same = same_as_before(sentence, num, nums, report_year)
            if same is not None:
                # "five investigations, the same number as in 2016": that year's count too
                figures.append(SentenceFigure(metric, num.value, same, num.qualifier))
    paired = paired_figures(sentence, report_year)
    if paired:
        # Those numbers were read whole: drop what the slot reading made of them.
        values = {extra.value for extra in paired}
        figures = [f for f in figures if f.value not in values] + paired
    for metric, value, year, other_year in each_in_two_years(sentence):
        for each_year in (year, other_year):
            if not any(
                (f.metric, f.value, f.period_year) == (metric, value, each_year) for f in figures
            ):
                figures.append(SentenceFigure(metric, value, each_year, None))
    for metric, year, other_year in verb_none_in_two_years(sentence):
        stated = {(f.metric, f.value, f.period_year) for f in figures}
        if (metric, 0, year) in stated and (metric, 0, other_year) not in stated:
            figures.append(SentenceFigure(metric, 0, other_year, None))
    for part in form_parts_by_year(sentence):
        # "(34 of 135 involved forced labor in 2017 and 12 of 45 in 2016)": read whole
        if not any(
            (f.metric, f.value, f.period_year) == (part.metric, part.value, part.period_year)
            for f in figures
        ):
            figures.append(part)
    for whole in convictions_of_partitions(sentence, report_year):
        # "11 out of 15 convicted traffickers received probation": the period's convictions,
        # unless the slots read that count already
        if not any(
            f.metric.startswith("convictions")
            and (f.value, f.period_year) == (whole.value, whole.period_year)
            for f in figures
        ):
            figures.append(whole)
    for first, others in zeros_of_listed_metrics(sentence):
        # The slots read the first metric's zero and its period; the metrics listed after it
        # share both (and its form). Where the first zero was not read, or was read for two
        # periods, nothing is added.
        zeros = [f for f in figures if f.value == 0 and f.metric.startswith(first)]
        if len({(f.metric, f.period_year) for f in zeros}) != 1:
            continue
        zero = zeros[0]
        form = zero.metric[len(first) :]
        for other in others:
            if not any(
                (f.metric, f.value, f.period_year) == (other + form, 0, zero.period_year)
                for f in figures
            ):
                figures.append(SentenceFigure(other + form, 0, zero.period_year, zero.qualifier))
    # A report covers the year before it and compares with a few before that: a count for
    # the report's own year (part of a year, "from January to March 2020") or for a year
    # long past (a history, "in 2008 it convicted ...") is no figure of the period.
    latest = report_year - 1 if last_year is None else last_year
    return [f for f in figures if report_year - 1 - _OLDEST_COMPARED <= f.period_year <= latest]
