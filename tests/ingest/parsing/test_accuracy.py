"""Precision and recall of tiers and statistics on the labelled corpus.

The same 50 labelled narratives are read three ways: as a plain-text dump, as a
two-column PDF with running heads, page numbers and hyphenation (front matter with a
table of contents in one column), and as one HTML page per country. Run with ``-s``
to see the figures.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from tests.ingest.parsing.corpus import COUNTRIES, REPORT_YEAR, SPECS, Spec
from tests.ingest.parsing.fixtures import (
    Layout,
    expected_sections,
    render_html,
    render_pdf_report,
    render_text_report,
    report_blocks,
)
from tests.ingest.scoring import Counts
from tipwatch.ingest.parsing import (
    CountryMatcher,
    CountryResult,
    document_from_html,
    document_from_text,
    parse_report,
    read_pdf,
)

MATCHER = CountryMatcher(COUNTRIES)
MIN_PRECISION = 0.97
MIN_RECALL = 0.95

Key = tuple[str, str, int, int, str | None]


Score = Counts


def _stat_keys(header: str, result: CountryResult) -> set[Key]:
    return {(header, s.metric, s.value, s.period_year, s.qualifier) for s in result.statistics}


def _expected_keys(spec: Spec) -> set[Key]:
    return {(spec.header, *stat) for stat in spec.expected}


def _score(results: Iterable[CountryResult]) -> tuple[Score, Score]:
    by_header = {spec.header: spec for spec in SPECS}
    tiers, stats = Score(), Score()
    seen: set[str] = set()
    for result in results:
        header = result.narrative.header
        spec = by_header.get(header)
        seen.add(header)
        got_tier: set[Key] = {(header, "tier", 0, 0, result.tier)} if result.tier else set()
        want_tier: set[Key] = {(header, "tier", 0, 0, spec.tier)} if spec and spec.tier else set()
        tiers.add(got_tier, want_tier)
        stats.add(_stat_keys(header, result), _expected_keys(spec) if spec else set())
    for spec in SPECS:  # narratives not found at all
        if spec.header not in seen:
            tiers.add(set(), {(spec.header, "tier", 0, 0, spec.tier)})
            stats.add(set(), _expected_keys(spec))
    return tiers, stats


def _report(label: str, tiers: Score, stats: Score, specs: list[Spec] = SPECS) -> None:
    print(f"\n[{label}] {len(specs)} narratives, {sum(len(s.expected) for s in specs)} statistics")
    print(f"[{label}] tiers:      {tiers}")
    print(f"[{label}] statistics: {stats}")


def _check(tiers: Score, stats: Score) -> None:
    assert tiers.precision >= MIN_PRECISION, tiers
    assert tiers.recall >= MIN_RECALL, tiers
    assert stats.precision >= MIN_PRECISION, stats
    assert stats.recall >= MIN_RECALL, stats


def test_corpus_is_big_and_varied() -> None:
    assert len(SPECS) >= 40
    assert sum(len(spec.expected) for spec in SPECS) >= 150
    assert {spec.layout for spec in SPECS} == {"new", "old"}
    assert {spec.tier for spec in SPECS} == {"1", "2", "2WL", "3", "special_case"}
    assert any(spec.iso3 is None for spec in SPECS)
    qualifiers = {stat[3] for spec in SPECS for stat in spec.expected}
    assert qualifiers == {None, "at_least", "approximately", "more_than", "fewer_than"}
    metrics = {stat[0] for spec in SPECS for stat in spec.expected}
    assert any(metric.endswith("_sex_trafficking") for metric in metrics)
    assert any(metric.endswith("_labor_trafficking") for metric in metrics)
    assert {stat[2] for spec in SPECS for stat in spec.expected} == {
        REPORT_YEAR - 1,
        REPORT_YEAR - 2,
    }


def test_accuracy_on_text_report() -> None:
    text, _ = render_text_report(report_blocks(SPECS))
    parsed = parse_report(document_from_text(text), REPORT_YEAR, MATCHER)
    tiers, stats = _score(parsed.countries)
    _report("text", tiers, stats)
    _check(tiers, stats)
    assert not parsed.fatal


@pytest.fixture(scope="module")
def pdf_report() -> tuple[bytes, Layout]:
    blocks = report_blocks(SPECS)
    front = next(i for i, block in enumerate(blocks) if block.kind == "header")
    return render_pdf_report(blocks, front_blocks=front)


def test_accuracy_on_two_column_pdf(pdf_report: tuple[bytes, Layout]) -> None:
    data, layout = pdf_report
    parsed = parse_report(read_pdf(data), REPORT_YEAR, MATCHER)
    tiers, stats = _score(parsed.countries)
    _report("pdf", tiers, stats)
    _check(tiers, stats)
    assert len(parsed.problems) == 1
    assert parsed.problems[0].startswith('unknown country name "NORTH MARAVIA" (page ')

    # Quotes are the exact sentences, cited on the page where the sentence starts.
    sentence_pages = layout.sentence_pages()
    quotes = [s for result in parsed.countries for s in result.statistics]
    exact = [s for s in quotes if s.quote in sentence_pages]
    on_page = [s for s in exact if sentence_pages[s.quote] == s.page]
    print(f"[pdf] quotes exact {len(exact)}/{len(quotes)}, page right {len(on_page)}/{len(quotes)}")
    assert len(exact) >= 0.98 * len(quotes)
    assert len(on_page) >= 0.98 * len(quotes)


def test_pdf_structure_matches_the_layout(pdf_report: tuple[bytes, Layout]) -> None:
    data, layout = pdf_report
    parsed = parse_report(read_pdf(data), REPORT_YEAR, MATCHER)
    header_pages = layout.header_pages()
    by_header = {spec.header: spec for spec in SPECS}
    assert [result.narrative.header for result in parsed.countries] == [s.header for s in SPECS]
    wrong_pages = []
    wrong_sections = []
    for result in parsed.countries:
        narrative = result.narrative
        if (narrative.first_page, narrative.last_page) != header_pages[narrative.header]:
            wrong_pages.append(narrative.header)
        if narrative.section_names != expected_sections(by_header[narrative.header]):
            wrong_sections.append(narrative.header)
    assert wrong_pages == []
    assert wrong_sections == []


def test_accuracy_on_html_pages() -> None:
    results: list[CountryResult] = []
    for index, spec in enumerate(SPECS):
        style = "h" if index % 2 else "strong"
        parsed = parse_report(
            document_from_html(render_html(spec, index, style=style)), REPORT_YEAR, MATCHER
        )
        assert len(parsed.countries) == 1, spec.header
        results.extend(parsed.countries)
        assert parsed.countries[0].narrative.section_names == expected_sections(spec), spec.header
    # HTML headers are in title case; score against the corpus by position.
    for result, spec in zip(results, SPECS, strict=True):
        result.narrative.header = spec.header
    tiers, stats = _score(results)
    _report("html", tiers, stats)
    _check(tiers, stats)


def test_accuracy_on_narratives_written_later_and_tuned_on() -> None:
    """Narratives written after the extractor, then tuned on (see tuned_on_later.py).

    First run, before any fix (the one out-of-sample figure): statistics precision 0.985
    (66/67), recall 0.943 (66/70), tiers 16/16. The misses ("indicted", "18 of whom were
    convicted", "as potential trafficking victims", a dashed comparison) were then handled
    generally, so the figures below are in-sample.
    """
    from tests.ingest.parsing.tuned_on_later import LATER, LATER_COUNTRIES

    matcher = CountryMatcher(COUNTRIES + LATER_COUNTRIES)
    text, _ = render_text_report(report_blocks(LATER, front_matter=False))
    parsed = parse_report(document_from_text(text), REPORT_YEAR, matcher)
    by_header = {spec.header: spec for spec in LATER}
    tiers, stats = Score(), Score()
    for result in parsed.countries:
        spec = by_header[result.narrative.header]
        tiers.add(
            {(spec.header, "tier", 0, 0, result.tier)}, {(spec.header, "tier", 0, 0, spec.tier)}
        )
        stats.add(_stat_keys(spec.header, result), _expected_keys(spec))
    assert len(parsed.countries) == len(LATER)
    _report("written later, tuned on", tiers, stats, LATER)
    assert tiers.precision == 1.0
    assert tiers.recall == 1.0
    assert stats.precision >= 0.95, stats
    assert stats.recall >= 0.9, stats
