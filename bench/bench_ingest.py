"""Benchmark the report parsing path against bare PDFium text extraction.

    python bench/bench_ingest.py [REPORT.pdf] [--year 2015] [--repeat 3]

Without a file, a 500-page two-column report is generated first (make_report_pdf.py)
into bench/out/. Measures, on the same file and in one run:

  (a) the floor: open the PDF with pypdfium2 and, for every page,
      ``get_textpage().get_text_range()``;
  (b) ``parse_report(read_pdf(path), year, matcher)``: column detection, furniture
      removal, segmentation, statistics and tags;

and reports seconds (the median of ``--repeat`` runs, with min-max: the best run flatters on a
shared machine), pages/second, the ratio of the medians b/a, and peak memory (process peak
RSS, plus the Python-level peak of one traced run of (b)).
Targets: b <= 2 x a, >= 50 pages/s, peak < 400 MB. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_report_pdf import COUNTRIES, build  # noqa: E402

from tipwatch.ingest.parsing import CountryMatcher, parse_report, read_pdf  # noqa: E402

T = TypeVar("T")
TARGET_RATIO = 2.0
TARGET_PAGES_PER_SECOND = 50.0
TARGET_PEAK_MB = 400.0


def bare_extraction(path: Path) -> tuple[int, int]:
    pdf = pdfium.PdfDocument(path)
    chars = 0
    pages = len(pdf)
    for index in range(pages):
        page = pdf[index]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return pages, chars


def parse(path: Path, year: int, matcher: CountryMatcher) -> tuple[int, int, int]:
    parsed = parse_report(read_pdf(path), year, matcher)
    figures = sum(len(country.statistics) for country in parsed.countries)
    return parsed.pages, len(parsed.countries), figures


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


class Timing:
    """Wall-clock and CPU time of several runs, reported as medians with min-max.

    The CPU time includes the forked processes that read the PDF's pages: `read_pdf` waits
    for every reader it forks, so their time shows in this process's RUSAGE_CHILDREN.
    """

    def __init__(self) -> None:
        self.walls: list[float] = []
        self.cpus: list[float] = []

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)

    def spread(self) -> str:
        return f"{min(self.walls):.3f}-{max(self.walls):.3f}"

    def run(self, func: Callable[..., T], *args: object) -> T:
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time() + _children_cpu()
        result = func(*args)
        self.walls.append(time.perf_counter() - wall)
        self.cpus.append(time.process_time() + _children_cpu() - cpu)
        return result


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def child_peak_rss_mb(path: Path, year: int) -> float:
    """Peak RSS of a fresh interpreter that only imports, reads and parses the report."""
    code = (
        "import resource, sys\n"
        f"sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'bench')!r}]\n"
        "from make_report_pdf import COUNTRIES\n"
        "from tipwatch.ingest.parsing import CountryMatcher, parse_report, read_pdf\n"
        f"parse_report(read_pdf({str(path)!r}), {year}, CountryMatcher(COUNTRIES))\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout.strip()) / 1024.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark report parsing.")
    parser.add_argument("pdf", nargs="?", type=Path)
    parser.add_argument("--year", type=int, default=2015)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    path: Path = args.pdf or ROOT / "bench" / "out" / "report-500.pdf"
    if args.pdf is None and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build(500, args.year, 7))
    matcher = CountryMatcher(COUNTRIES)
    rss_start = peak_rss_mb()

    # Alternate the two so that load from other processes hits both alike.
    floor, parsing = Timing(), Timing()
    pages = chars = parsed_pages = countries = figures = 0
    rss_floor = rss_start
    for _ in range(args.repeat):
        pages, chars = floor.run(bare_extraction, path)
        rss_floor = max(rss_floor, peak_rss_mb())
        parsed_pages, countries, figures = parsing.run(parse, path, args.year, matcher)
    rss_parse = peak_rss_mb()

    child_rss = child_peak_rss_mb(path, args.year)
    tracemalloc.start()
    parse(path, args.year, matcher)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    ratio = parsing.wall / floor.wall
    cpu_ratio = parsing.cpu / floor.cpu
    rate = parsed_pages / parsing.wall
    print(f"file: {path} ({path.stat().st_size / 1e6:.1f} MB, {pages} pages, {chars:,} chars)")
    print(
        f"median of {args.repeat} (wall clock, min-max in parentheses; CPU time, forked "
        "readers included, in brackets)"
    )
    print(
        f"(a) bare pypdfium2 extraction: {floor.wall:.3f} s ({floor.spread()}) [{floor.cpu:.3f}]  "
        f"{pages / floor.wall:,.0f} pages/s"
    )
    print(
        f"(b) parse_report(read_pdf()):  {parsing.wall:.3f} s ({parsing.spread()}) "
        f"[{parsing.cpu:.3f}]  {rate:,.0f} pages/s  ({countries} countries, {figures} statistics)"
    )
    print(f"ratio b/a: {ratio:.2f} [{cpu_ratio:.2f}]  (target <= {TARGET_RATIO})")
    print(
        f"peak memory: {child_rss:.0f} MB RSS for a fresh process that reads and parses "
        f"(this process: {rss_parse:.0f} MB, {rss_start:.0f} MB before measuring); Python "
        f"allocations peak at {traced_peak / 1e6:.1f} MB  (target < {TARGET_PEAK_MB:.0f} MB)"
    )
    missed = []
    if ratio > TARGET_RATIO:
        missed.append("ratio")
    if rate < TARGET_PAGES_PER_SECOND:
        missed.append("pages/s")
    if max(child_rss, rss_parse) >= TARGET_PEAK_MB:
        missed.append("memory")
    print("targets: " + ("all met" if not missed else "MISSED " + ", ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
