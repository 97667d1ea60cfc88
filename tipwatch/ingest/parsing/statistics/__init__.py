"""Law-enforcement and victim statistics from narrative sentences.

Works one sentence at a time (``sentence.figures_in_sentence``), in four passes:

1. find every number (digits or words) with its qualifier ("at least", ...) and
   drop those that are not counts (years, "Tier 2", "Article 153", ages, "four
   years", "20 percent", money): ``sentence_numbers``;
2. give numbers a metric from their grammatical slot: a verb before ("convicted
   19"), a noun after ("59 investigations"), a noun phrase before
   ("prosecutions of 35 defendants") or a passive after ("12 suspects were
   prosecuted"); "identified" only counts with "victims": ``slots``, ``subject``,
   ``subsets``;
3. numbers without a slot of their own inherit one: a split by form ("10 for sex
   trafficking and two for labor trafficking"), a comparison ("compared with 41
   in 2013", "(70 in the previous reporting period)", "up from seven"): ``roles``,
   ``breakdowns``, ``parts``, ``comparisons``;
4. give each number its period: an explicit year or "previous reporting period"
   next to it, a sentence-initial "In 2014,", else the reporting period
   (report year - 1) for primary figures and the period before for comparisons:
   ``figure_years``, ``periods``; then ``figures`` turns the numbers into figures,
   adding what the slots cannot give: counts read whole with their years
   (``paired_years``, which also gives the zero a list of metrics shares) and the
   convicted a partition states ("11 out of 15 convicted traffickers"): ``partitions``.
"""

from tipwatch.ingest.parsing.statistics.metrics import METRICS
from tipwatch.ingest.parsing.statistics.sentence import (
    figures_in_sentence,
    has_trigger,
    keeps_earlier_context,
)
from tipwatch.ingest.parsing.statistics.sentence_numbers import QUALIFIERS, SentenceFigure

__all__ = [
    "METRICS",
    "QUALIFIERS",
    "SentenceFigure",
    "figures_in_sentence",
    "has_trigger",
    "keeps_earlier_context",
]
