"""Tier lists copied from the report's table of columns read row by row: a footnote's number
set a space after a name ("Venezuela 2"), and a name a narrow column split over two rows
("Antigua and" over "Barbuda"). Invented lists in the report's style, read with the shipped
country table."""

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


# --- a name split over two rows -------------------------------------------------------


def test_a_name_split_over_two_rows_of_columns_is_read_whole() -> None:
    text = (
        "TIER 2\nAlbania Antigua and Bolivia\nAngola Barbuda Brazil\nArmenia Bahamas Chile\n"
        "TIER 3\nCuba\nIran\nSyria\n"
    )
    read = _read(text)
    assert ("ATG", "2") in read
    assert [iso3 for iso3, tier in read if tier == "2"] == [
        "ALB", "ATG", "BOL", "AGO", "BRA", "ARM", "BHS", "CHL",
    ]  # fmt: skip


def test_names_split_with_their_small_words() -> None:
    text = (
        "TIER 1\nAustralia Saint Vincent and the Spain\nAustria Grenadines Sweden\n"
        "Belgium Slovenia Taiwan\n"
    )
    assert [iso3 for iso3, _ in _read(text)] == [
        "AUS", "VCT", "ESP", "AUT", "SWE", "BEL", "SVN", "TWN",
    ]  # fmt: skip
    congo = "TIER 3\nBurma Congo, Democratic Cuba\nChina Republic of the Iran\nEritrea Laos Syria\n"
    assert [iso3 for iso3, _ in _read(congo)] == [
        "MMR", "COD", "CUB", "CHN", "IRN", "ERI", "LAO", "SYR",
    ]  # fmt: skip


def test_rows_that_read_whole_are_left_as_they_are() -> None:
    text = "TIER 2\nChile Peru Bolivia\nBrazil Mexico Colombia\nCuba Iran Syria\n"
    assert [iso3 for iso3, _ in _read(text)] == [
        "CHL", "PER", "BOL", "BRA", "MEX", "COL", "CUB", "IRN", "SYR",
    ]  # fmt: skip


def test_an_unknown_name_the_row_below_does_not_complete_is_kept_unknown() -> None:
    text = "TIER 2\nAlbania Netherlands Antilles Bolivia\nAngola Brazil Chile\n"
    read = [(p.name, p.iso3) for p in read_tier_lists(document_from_text(text), matcher())]
    assert ("Netherlands Antilles", None) in read
    assert [iso3 for _, iso3 in read if iso3] == ["ALB", "BOL", "AGO", "BRA", "CHL"]
