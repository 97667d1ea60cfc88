"""Benchmark `tipwatch import-report --dry-run` end to end against bare PDFium extraction.

    python bench/bench_import_command.py [REPORT.pdf] [--repeat 5]

Both sides run as fresh processes, one after the other in each round, so each includes its
interpreter start-up: (a) the floor, a Python process that opens the PDF with pypdfium2 and
reads the text of every page; (b) `tipwatch import-report FILE --year 2015 --dry-run --format
json` against a SQLite database holding the bundled data (created first with `tipwatch setup`).
Reports the median wall time of each over the rounds with its min-max (one round is not
the truth on a shared machine, and the best one flatters), pages per second, the ratio of the
medians b/a, the peak RSS of (b), and the CPU time of each: (b) reads long PDFs in forked
reader processes, one per core, starting while Django loads; it waits for every reader, so
their CPU is counted in its own children's (RUSAGE_CHILDREN), and its CPU time exceeds its
wall time.

A file the importer rejects (not a TIP report, damaged, over a limit) is measured too: (b) is
then the read plus the refusal, the refusal's message is printed, and the page count comes
from (a).
Targets: b <= 1.3 x a, >= 50 pages/s, peak < 400 MB. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = """
import sys, pypdfium2 as pdfium
try:
    pdf = pdfium.PdfDocument(sys.argv[1])
except pdfium.PdfiumError:
    print(0)  # not a PDF at all: the read is the attempt to open it
    sys.exit()
for index in range(len(pdf)):
    page = pdf[index]
    textpage = page.get_textpage()
    textpage.get_text_range()
    textpage.close()
    page.close()
"""


FLOOR += "print(len(pdf))\n"
TARGET_RATIO = 1.3


def timed(
    command: list[str], env: dict[str, str], check: bool = True
) -> tuple[float, float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds, CPU seconds (with the child's own reaped children: the forked readers),
    peak RSS in MB, and the finished process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=check)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = max(before.ru_maxrss, after.ru_maxrss) / 1024
    return elapsed, cpu, peak, result


def spread(values: list[float]) -> str:
    """Median with min-max."""
    return f"{statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=ROOT / "bench/out/report-500.pdf")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.pdf.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench/make_report_pdf.py"), str(args.pdf)], check=True
        )
    with tempfile.TemporaryDirectory() as var:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tipwatch.settings.dev",
            "DATABASE_URL": f"sqlite:///{var}/bench.sqlite3",
            "TIPWATCH_VAR_DIR": var,
        }
        # An installed tipwatch runs from compiled bytecode; let the first round write it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        tipwatch = [sys.executable, "-c", "from tipwatch.cli import main; main()"]
        subprocess.run([*tipwatch, "setup"], env=env, check=True, capture_output=True)
        floor_times, import_times, floor_cpu, import_cpu, peaks = [], [], [], [], []
        pages = 0
        refusal = ""
        for round_ in range(args.repeat + 1):
            floor, floor_used, _, bare = timed([sys.executable, "-c", FLOOR, str(args.pdf)], env)
            pages = int(bare.stdout.split()[-1])
            wall, used, peak, run = timed(
                [
                    *tipwatch,
                    "import-report",
                    str(args.pdf),
                    "--year",
                    "2015",
                    "--dry-run",
                    "--format",
                    "json",
                ],
                env,
                check=False,
            )
            if run.returncode != 0:
                lines = run.stderr.strip().splitlines()
                if not lines or "Traceback" in run.stderr:
                    sys.exit(f"the import crashed (exit {run.returncode}):\n{run.stderr}")
                refusal = lines[-1]
            if round_ == 0:
                continue  # warm-up: bytecode and file caches
            floor_times.append(floor)
            import_times.append(wall)
            floor_cpu.append(floor_used)
            import_cpu.append(used)
            peaks.append(peak)
    floor, wall, peak = statistics.median(floor_times), statistics.median(import_times), max(peaks)
    ratio = wall / floor
    rate = pages / wall
    print(f"pages: {pages}; {args.repeat} rounds, medians (min-max)")
    print(
        f"(a) bare pypdfium2 extraction, own process: {spread(floor_times)}"
        f" ({pages / floor:.0f} pages/s), CPU {spread(floor_cpu)}"
    )
    what = "read and refusal" if refusal else "tipwatch import-report --dry-run"
    print(
        f"(b) {what}: {spread(import_times)} ({rate:.0f} pages/s),"
        f" CPU with its readers {spread(import_cpu)}"
    )
    if refusal:
        print(f"    refused: {refusal}")
    print(f"ratio of medians b/a: {ratio:.2f} (target <= {TARGET_RATIO})")
    print(f"peak RSS of (b): {peak:.0f} MB (target < 400)")
    return 0 if ratio <= TARGET_RATIO and rate >= 50 and peak < 400 else 1


if __name__ == "__main__":
    sys.exit(main())
