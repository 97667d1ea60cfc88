"""Reading PDF pages: in one forked process, in several, and read ahead of the caller."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ingest.parsing.fixtures import scanned_pdf
from tests.ingest.reports import CHILE, PERU, pdf_report
from tipwatch.ingest.parsing import pdf
from tipwatch.ingest.parsing.errors import ScannedPdfError
from tipwatch.ingest.parsing.pdf import extract_page_lines, read_ahead

PAGES = 12


def continuation(page: int) -> list[str]:
    return [
        f"On page {page} the government reported {page * 3} investigations in 2014.",
        f"Officials in region {page} identified {page + 40} victims.",
    ]


@pytest.fixture(scope="module")
def report() -> bytes:
    return pdf_report(PERU, *(continuation(page) for page in range(PAGES - 2)), CHILE)


@pytest.fixture(scope="module")
def read_in_one_process(report: bytes) -> list[list[str]]:
    return extract_page_lines(report)


@pytest.fixture
def parallel_from_four_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Small reports take the path of long ones: forked readers, three pages per chunk."""
    monkeypatch.setattr(pdf, "PARALLEL_FROM_PAGES", 4)
    monkeypatch.setattr(pdf, "CHUNK_PAGES", 3)
    monkeypatch.setattr(pdf.os, "cpu_count", lambda: 2)
    yield
    if pdf._read_ahead is not None:
        pdf._read_ahead.stop()
        pdf._read_ahead = None


def forbid_new_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the pages were read again")

    monkeypatch.setattr(pdf._ForkedRead, "start", refuse)


def test_short_reports_are_read_by_one_process(read_in_one_process: list[list[str]]) -> None:
    assert len(read_in_one_process) == PAGES
    assert "PERU: Tier 2" in read_in_one_process[0]
    assert "CHILE: Tier 1" in read_in_one_process[-1]
    assert "Officials in region 5 identified 45 victims." in read_in_one_process[6]


@pytest.mark.usefixtures("parallel_from_four_pages")
def test_forked_readers_give_the_same_pages_in_order(
    report: bytes, read_in_one_process: list[list[str]]
) -> None:
    seen: list[tuple[int, int]] = []

    pages = extract_page_lines(report, lambda done, total: seen.append((done, total)))

    assert pages == read_in_one_process
    assert seen == [(3, 12), (6, 12), (9, 12), (12, 12)]


@pytest.mark.usefixtures("parallel_from_four_pages")
def test_pages_read_ahead_are_collected_not_read_again(
    monkeypatch: pytest.MonkeyPatch, report: bytes, read_in_one_process: list[list[str]]
) -> None:
    assert read_ahead(report)
    forbid_new_readers(monkeypatch)

    # The caller reads the file again: equal bytes, not the same object.
    pages = extract_page_lines(bytes(bytearray(report)))

    assert pages == read_in_one_process
    assert pdf._read_ahead is None


@pytest.mark.usefixtures("parallel_from_four_pages")
def test_a_read_ahead_of_other_bytes_is_dropped(
    report: bytes, read_in_one_process: list[list[str]]
) -> None:
    other = pdf_report(CHILE, *(continuation(page) for page in range(5)))
    assert read_ahead(other)
    pending = pdf._read_ahead
    assert pending is not None

    assert extract_page_lines(report) == read_in_one_process
    assert pdf._read_ahead is None
    assert all(reader.pid == 0 and reader.channel.closed for reader in pending.readers)


@pytest.mark.usefixtures("parallel_from_four_pages")
def test_a_second_read_ahead_replaces_the_first(
    monkeypatch: pytest.MonkeyPatch, report: bytes, read_in_one_process: list[list[str]]
) -> None:
    assert read_ahead(pdf_report(CHILE, *(continuation(page) for page in range(5))))
    assert read_ahead(report)
    forbid_new_readers(monkeypatch)

    assert extract_page_lines(report) == read_in_one_process


@pytest.mark.usefixtures("parallel_from_four_pages")
@pytest.mark.parametrize(
    "data",
    [b"", b"plain text, not a PDF", b"%PDF-1.4 cut short"],
    ids=["empty", "not-a-pdf", "truncated"],
)
def test_nothing_is_read_ahead_for_unreadable_files(data: bytes) -> None:
    assert not read_ahead(data)
    assert pdf._read_ahead is None


@pytest.mark.usefixtures("parallel_from_four_pages")
def test_a_scanned_report_read_ahead_is_still_refused() -> None:
    scanned = scanned_pdf(pages=6)
    assert read_ahead(scanned)

    with pytest.raises(ScannedPdfError):
        extract_page_lines(scanned)
