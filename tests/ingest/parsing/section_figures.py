"""Reading one invented section's figures, as the importer reads a narrative's section."""

from __future__ import annotations

from tipwatch.ingest.parsing import Narrative, Section, extract_statistics

# (metric, value, period year)
Found = set[tuple[str, int, int]]


def section_figures(text: str, report_year: int = 2020, section: str = "prosecution") -> Found:
    """The (metric, value, period year) of every figure read from ``text`` as one section."""
    narrative = Narrative(
        name="Peru",
        iso3="PER",
        tier=None,
        header="",
        first_page=1,
        last_page=1,
        sections=[Section(name=section, text=text, first_page=1)],
    )
    return {(s.metric, s.value, s.period_year) for s in extract_statistics(narrative, report_year)}
