"""Shapes of the report's pages and sentences that the twenty-second batch of real passages
brought (tests/ingest/corpus, p1105-p1143), each tried on invented text written the way the
report and its copies write, with the text each reading must leave alone."""

from __future__ import annotations

import pytest

from tipwatch.ingest.parsing import CountryMatcher, document_from_text
from tipwatch.ingest.parsing.segment import segment

MATCHER = CountryMatcher([("PER", "Peru", []), ("BOL", "Bolivia", [])])
_BODY = "Peru is a source, transit, and destination country for men, women, and children."


def _found(text: str) -> list[tuple[str | None, str | None]]:
    segmentation = segment(document_from_text(text), MATCHER)
    return [(narrative.iso3, narrative.tier) for narrative in segmentation.narratives]


# --- a header that misprints "Tiers" -------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "tier"),
    [
        ("Peru (Tiers 2)", "2"),
        ("PERU (TIERS 2 WATCH LIST)", "2WL"),
        ("PERU: Tiers 3", "3"),
    ],
)
def test_a_header_that_misprints_tiers_still_gives_its_tier(header: str, tier: str) -> None:
    assert _found(f"Trafficking in Persons Report\n\n{header}\n\n{_BODY}") == [("PER", tier)]


@pytest.mark.parametrize(
    "line",
    [
        "Peru (Tiers 2 and 3)",
        "Peru and Bolivia (Tiers 2)",
        "Tiers 2",
        "The report sorts countries into tiers 2 and 3.",
    ],
)
def test_tiers_in_other_lines_make_no_header(line: str) -> None:
    assert _found(f"{line}\n{_BODY}") == []


def test_the_singular_header_is_read_as_before() -> None:
    assert _found(f"Peru (Tier 2)\n{_BODY}") == [("PER", "2")]
