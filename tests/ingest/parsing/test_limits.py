"""Reading an untrusted PDF under limits: hostile files are refused fast, in bounded memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ingest.parsing.hostile import inflation_bomb_pdf, many_text_operators_pdf
from tests.ingest.reports import CHILE, PERU, pdf_report
from tipwatch.ingest.parsing import LimitExceededError, ReadLimits, read_any
from tipwatch.ingest.parsing.limits import MB
from tipwatch.ingest.parsing.pdf import extract_page_lines

ROOT = Path(__file__).resolve().parents[3]


def children_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def own_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


@pytest.mark.parametrize(
    "build",
    [many_text_operators_pdf, inflation_bomb_pdf],
    ids=["1.5M-text-operators", "1MB-inflating-to-1GiB"],
)
def test_a_hostile_pdf_is_refused_at_the_memory_limit_fast(build: object) -> None:
    data = build()  # type: ignore[operator]
    assert len(data) < 1.1 * MB
    limits = ReadLimits(max_memory_bytes=256 * MB)

    started = time.monotonic()
    with pytest.raises(LimitExceededError) as refused:
        extract_page_lines(data, limits=limits)
    elapsed = time.monotonic() - started

    assert str(refused.value) == (
        "reading page 1 needed more than the memory limit of 256 MB (TIPWATCH_IMPORT_MAX_MEMORY_MB)"
    )
    # Unbounded, these took 87 s and 6.9 GB, and 2.2 GB. A reader shares the pages it
    # inherits from this process and may add 256 MB: its peak stays within both.
    assert elapsed < 30
    assert children_peak_rss_mb() < own_rss_mb() + 256 + 64


def test_the_wall_time_limit_stops_a_slow_read_and_its_reader() -> None:
    limits = ReadLimits(max_seconds=1, max_memory_bytes=4096 * MB)

    before = _children()
    started = time.monotonic()
    with pytest.raises(LimitExceededError, match=r"longer than the limit of 1 seconds"):
        extract_page_lines(many_text_operators_pdf(), limits=limits)

    assert time.monotonic() - started < 5
    # Every reader was killed and reaped: no child is left that was not there before (other
    # tests in this process may have children of their own, such as a browser).
    assert _children() <= before


def _children() -> set[int]:
    """This process's living children, from every thread's list in /proc."""
    pids: set[int] = set()
    for listing in Path("/proc/self/task").glob("*/children"):
        pids.update(int(pid) for pid in listing.read_text().split())
    return pids


def test_too_many_pages_are_refused_before_reading() -> None:
    with pytest.raises(LimitExceededError) as refused:
        read_any(pdf_report(PERU, CHILE, PERU), limits=ReadLimits(max_pages=2))

    assert str(refused.value) == (
        "the PDF has 3 pages, more than the limit of 2 (TIPWATCH_IMPORT_MAX_PAGES)"
    )


def test_too_many_characters_on_a_page_are_refused() -> None:
    with pytest.raises(LimitExceededError, match=r"^page 1 has [\d,]+ characters, more than"):
        read_any(pdf_report(PERU, CHILE), limits=ReadLimits(max_page_chars=200))


def test_a_text_operator_flood_is_refused_by_characters_when_memory_allows() -> None:
    limits = ReadLimits(max_page_chars=50_000, max_memory_bytes=4096 * MB)

    with pytest.raises(LimitExceededError) as refused:
        extract_page_lines(many_text_operators_pdf(count=200_000), limits=limits)

    assert str(refused.value) == (
        "page 1 has 200,000 characters, more than the limit of 50,000 per page "
        "(TIPWATCH_IMPORT_MAX_PAGE_CHARS)"
    )


@pytest.mark.parametrize("source", ["bytes", "path"])
def test_an_oversized_file_is_refused_by_size(tmp_path: Path, source: str) -> None:
    data = pdf_report(PERU)
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    limits = ReadLimits(max_file_bytes=1024)

    with pytest.raises(LimitExceededError, match=r"more than the limit of 0 MB"):
        read_any(data if source == "bytes" else path, limits=limits)


@pytest.fixture(scope="module")
def bench_report(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The benchmark's 450-page two-column report, as realistic as the project makes one."""
    path = tmp_path_factory.mktemp("bench") / "report-450.pdf"
    subprocess.run(
        [sys.executable, str(ROOT / "bench/make_report_pdf.py"), str(path), "--pages", "450"],
        check=True,
        capture_output=True,
    )
    return path.read_bytes()


def test_a_real_sized_report_passes_a_tenth_of_the_default_limits(bench_report: bytes) -> None:
    defaults = ReadLimits()
    tight = ReadLimits(
        max_pages=450,
        max_page_chars=defaults.max_page_chars // 5,
        max_seconds=defaults.max_seconds / 4,
        max_memory_bytes=defaults.max_memory_bytes // 8,
    )

    pages = extract_page_lines(bench_report, limits=tight)

    assert len(pages) == 450
