"""Tier lists copied from the report's table of columns read row by row: a footnote's number
set a space after a name ("Venezuela 2"). Invented lists in the report's style, read with
the shipped country table."""

from __future__ import annotations

from tests.ingest.real_text import matcher
from tipwatch.ingest.parsing import document_from_text
from tipwatch.ingest.parsing.tierlists import read_tier_lists


def _read(text: str) -> list[tuple[str | None, str]]:
    return [(p.iso3, p.tier) for p in read_tier_lists(document_from_text(text), matcher())]


# --- a footnote's number after a space ------------------------------------------------


def test_a_footnote_number_after_a_name_does_not_end_the_list() -> None:
    text = (
        "TIER 3\nBurma\nCuba\nIran\nVenezuela 2\nZimbabwe\nSPECIAL CASES\nLibya\nSomalia\nYemen\n"
    )
    read = _read(text)
    assert ("VEN", "3") in read
    assert ("ZWE", "3") in read
    assert ("SOM", "special_case") in read


def test_a_footnote_number_inside_a_row_of_names() -> None:
    read = _read("TIER 3\nBurma Cuba Iran\nNorth Korea Venezuela 2 Zimbabwe\n")
    assert [iso3 for iso3, _ in read] == ["MMR", "CUB", "IRN", "PRK", "VEN", "ZWE"]


def test_a_number_after_words_that_are_no_names_still_ends_the_list() -> None:
    text = "TIER 3\nBurma\nCuba\nIran\nAtlantis 2\nChile\nPeru\n"
    assert _read(text) == [("MMR", "3"), ("CUB", "3"), ("IRN", "3")]
    # a page number of three figures is no footnote's
    assert _read("TIER 3\nBurma\nCuba\nIran\nPeru 278\nChile\n") == [
        ("MMR", "3"),
        ("CUB", "3"),
        ("IRN", "3"),
    ]
