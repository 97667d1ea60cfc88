"""Benchmark `tipwatch import-report --dry-run` end to end against bare PDFium extraction.

    python bench/bench_import_command.py [REPORT.pdf] [--repeat 5]

All sides run as fresh processes, one after the other in each round, so each includes its
interpreter start-up: (a) the floor, a Python process that opens the PDF with pypdfium2 and
reads the text of every page; (b) `tipwatch import-report FILE --year 2015 --dry-run --format
json` against a SQLite database holding the bundled data (created first with `tipwatch setup`);
(c) the same without --dry-run: the import that writes its run and proposed changes, each
round on a fresh copy of that database, so that every round reads and writes the file anew.
Reports the median wall time of each over the rounds with its min-max (one round is not
the truth on a shared machine, and the best one flatters), pages per second, the ratio of the
medians to (a), the peak RSS of (b) and (c), and the CPU time of each: (b) and (c) read long
PDFs in forked reader processes, one per core, starting while Django loads; they wait for
every reader, so their CPU is counted in their own children's (RUSAGE_CHILDREN), and their
CPU time can exceed their wall time. The load average is printed before and after.

The checkout is measured as `make install` leaves it: its modules compiled (as that does), and
the environment as it is (PYTHONDONTWRITEBYTECODE included).

A file the importer rejects (not a TIP report, damaged, over a limit) is measured too: (b) and
(c) are then the read plus the refusal, the refusal's message is printed, and the page count
comes from (a).
Targets: b and c <= 1.3 x a, >= 50 pages/s, peak < 400 MB. Exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
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


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def run_import(
    tipwatch: list[str], pdf: Path, env: dict[str, str], *extra: str
) -> tuple[float, float, float, str]:
    """Wall, CPU and peak RSS of one import, and its refusal ("" when it was not refused)."""
    command = [*tipwatch, "import-report", str(pdf), "--year", "2015", *extra, "--format", "json"]
    wall, used, peak, run = timed(command, env, check=False)
    refusal = ""
    if run.returncode != 0:
        lines = run.stderr.strip().splitlines()
        if not lines or "Traceback" in run.stderr:
            sys.exit(f"the import crashed (exit {run.returncode}):\n{run.stderr}")
        refusal = lines[-1]
    return wall, used, peak, refusal


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=ROOT / "bench/out/report-500.pdf")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.pdf.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench/make_report_pdf.py"), str(args.pdf)], check=True
        )
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "tipwatch")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"load average before: {load()}")
    with tempfile.TemporaryDirectory() as var:
        database = Path(var) / "bench.sqlite3"
        fresh = Path(var) / "fresh.sqlite3"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tipwatch.settings.dev",
            "DATABASE_URL": f"sqlite:///{database}",
            "TIPWATCH_VAR_DIR": var,
        }
        tipwatch = [sys.executable, "-c", "from tipwatch.cli import main; main()"]
        subprocess.run([*tipwatch, "setup"], env=env, check=True, capture_output=True)
        shutil.copyfile(database, fresh)
        names = ("a", "b", "c")
        times: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [] for name in names}
        peaks: list[float] = []
        pages = 0
        refusals = {"b": "", "c": ""}
        for round_ in range(args.repeat + 1):
            floor, floor_used, _, bare = timed([sys.executable, "-c", FLOOR, str(args.pdf)], env)
            pages = int(bare.stdout.split()[-1])
            dry = run_import(tipwatch, args.pdf, env, "--dry-run")
            shutil.copyfile(fresh, database)
            written = run_import(tipwatch, args.pdf, env)
            if round_ == 0:
                continue  # warm-up: file caches
            times["a"].append(floor)
            cpu["a"].append(floor_used)
            for name, (wall, used, peak, refusal) in (("b", dry), ("c", written)):
                times[name].append(wall)
                cpu[name].append(used)
                peaks.append(peak)
                refusals[name] = refusal
    medians = {name: statistics.median(values) for name, values in times.items()}
    peak = max(peaks)
    print(f"pages: {pages}; {args.repeat} rounds, medians (min-max)")
    print(
        f"(a) bare pypdfium2 extraction, own process: {spread(times['a'])}"
        f" ({pages / medians['a']:.0f} pages/s), CPU {spread(cpu['a'])}"
    )
    what = {"b": "tipwatch import-report --dry-run", "c": "tipwatch import-report (writes)"}
    met = True
    for name in ("b", "c"):
        label = "read and refusal" if refusals[name] else what[name]
        ratio = medians[name] / medians["a"]
        cpu_ratio = statistics.median(cpu[name]) / statistics.median(cpu["a"])
        rate = pages / medians[name]
        print(
            f"({name}) {label}: {spread(times[name])} ({rate:.0f} pages/s),"
            f" CPU with its readers {spread(cpu[name])}"
        )
        if refusals[name]:
            print(f"    refused: {refusals[name]}")
        print(
            f"    ratio of medians {name}/a: {ratio:.2f} wall (target <= {TARGET_RATIO}),"
            f" {cpu_ratio:.2f} CPU"
        )
        met = met and ratio <= TARGET_RATIO and rate >= 50
    print(f"peak RSS of (b) and (c): {peak:.0f} MB (target < 400)")
    print(f"load average after: {load()}")
    return 0 if met and peak < 400 else 1


if __name__ == "__main__":
    sys.exit(main())
