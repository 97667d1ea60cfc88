"""Reading one invented sentence's figures, as the batch-shape tests do."""

from __future__ import annotations

from collections.abc import Sequence

from tipwatch.ingest.parsing.statistics import SentenceFigure, figures_in_sentence

# (metric, value, period year, qualifier)
Fig = tuple[str, int, int, str | None]
# (metric, value, period year), for tests that leave the qualifier aside
PlainFig = tuple[str, int, int]


def figures_of(
    sentence: str,
    previous: Sequence[SentenceFigure] = (),
    previous_text: str = "",
    *,
    report_year: int = 2022,
) -> set[Fig]:
    """The figures read from ``sentence``, after the figures (and text) of the one before."""
    context = previous[0] if previous else None
    found = figures_in_sentence(sentence, report_year, context, previous, previous_text)
    return {(f.metric, f.value, f.period_year, f.qualifier) for f in found}


def plain_figures_of(
    sentence: str,
    report_year: int,
    context: SentenceFigure | None = None,
    previous: Sequence[SentenceFigure] = (),
) -> set[PlainFig]:
    """The figures read from ``sentence`` without their qualifiers; ``context`` and
    ``previous`` as ``figures_in_sentence`` takes them (a context may come without the
    figures before it)."""
    found = figures_in_sentence(sentence, report_year, context, previous)
    return {(f.metric, f.value, f.period_year) for f in found}


def sentence_figures(sentence: str, report_year: int = 2022) -> list[SentenceFigure]:
    """A sentence's figures as the next sentence sees them (its context)."""
    return figures_in_sentence(sentence, report_year, None, (), "")
