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

`--baseline CHECKOUT` measures another installed checkout (say a worktree of main) in the
same run, alternating with this one: in each round the bare read, then (b) and (c) of both
checkouts, the baseline first in odd rounds and second in even ones, so that both see the
same load. The baseline runs with its own interpreter (CHECKOUT/.venv) and its own copy of
the database, set up by its own code.

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
from dataclasses import dataclass, field
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


@dataclass
class Checkout:
    """One installed checkout under measurement, with its own database in ``var``."""

    label: str
    root: Path
    var: Path
    times: dict[str, list[float]] = field(default_factory=lambda: {"b": [], "c": []})
    cpu: dict[str, list[float]] = field(default_factory=lambda: {"b": [], "c": []})
    peaks: list[float] = field(default_factory=list)
    refusals: dict[str, str] = field(default_factory=lambda: {"b": "", "c": ""})

    @property
    def python(self) -> str:
        return sys.executable if self.root == ROOT else str(self.root / ".venv/bin/python")

    @property
    def tipwatch(self) -> list[str]:
        return [self.python, "-c", "from tipwatch.cli import main; main()"]

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tipwatch.settings.dev",
            "DATABASE_URL": f"sqlite:///{self.var / 'bench.sqlite3'}",
            "TIPWATCH_VAR_DIR": str(self.var),
        }

    def set_up(self) -> None:
        """Compile the modules as `make install` does, and create the database once."""
        subprocess.run(
            [self.python, "-m", "compileall", "-q", str(self.root / "tipwatch")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            [*self.tipwatch, "setup"], env=self.env, cwd=self.root, check=True, capture_output=True
        )
        shutil.copyfile(self.var / "bench.sqlite3", self.var / "fresh.sqlite3")

    def measure(self, pdf: Path, keep: bool) -> None:
        """(b) and (c), each once; the figures are kept unless this is the warm-up round."""
        dry = run_import(self.tipwatch, pdf, self.env, "--dry-run")
        shutil.copyfile(self.var / "fresh.sqlite3", self.var / "bench.sqlite3")
        written = run_import(self.tipwatch, pdf, self.env)
        if not keep:
            return
        for name, (wall, used, peak, refusal) in (("b", dry), ("c", written)):
            self.times[name].append(wall)
            self.cpu[name].append(used)
            self.peaks.append(peak)
            self.refusals[name] = refusal

    def report(self, pages: int, floor: list[float], floor_cpu: list[float]) -> bool:
        what = {"b": "tipwatch import-report --dry-run", "c": "tipwatch import-report (writes)"}
        met = True
        for name in ("b", "c"):
            label = "read and refusal" if self.refusals[name] else what[name]
            median = statistics.median(self.times[name])
            ratio = median / statistics.median(floor)
            cpu_ratio = statistics.median(self.cpu[name]) / statistics.median(floor_cpu)
            rate = pages / median
            print(
                f"({name}) {self.label}{label}: {spread(self.times[name])} ({rate:.0f} pages/s),"
                f" CPU with its readers {spread(self.cpu[name])}"
            )
            if self.refusals[name]:
                print(f"    refused: {self.refusals[name]}")
            print(
                f"    ratio of medians {name}/a: {ratio:.2f} wall (target <= {TARGET_RATIO}),"
                f" {cpu_ratio:.2f} CPU"
            )
            met = met and ratio <= TARGET_RATIO and rate >= 50
        print(f"peak RSS of {self.label}(b) and (c): {max(self.peaks):.0f} MB (target < 400)")
        return met and max(self.peaks) < 400


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=ROOT / "bench/out/report-500.pdf")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="CHECKOUT",
        help="another installed checkout to measure alternately in the same run",
    )
    args = parser.parse_args()
    if not args.pdf.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench/make_report_pdf.py"), str(args.pdf)], check=True
        )
    pdf = args.pdf.resolve()
    print(f"load average before: {load()}")
    with tempfile.TemporaryDirectory() as var:
        ours = Checkout("", ROOT, Path(var) / "this")
        checkouts = [ours]
        if args.baseline is not None:
            ours.label = "this checkout: "
            checkouts.append(Checkout("baseline: ", args.baseline.resolve(), Path(var) / "base"))
        for checkout in checkouts:
            checkout.var.mkdir()
            checkout.set_up()
        floor: list[float] = []
        floor_cpu: list[float] = []
        pages = 0
        for round_ in range(args.repeat + 1):
            wall, used, _, bare = timed([sys.executable, "-c", FLOOR, str(pdf)], ours.env)
            pages = int(bare.stdout.split()[-1])
            order = checkouts if round_ % 2 else checkouts[::-1]
            for checkout in order:
                checkout.measure(pdf, keep=round_ > 0)  # round 0 warms the file caches
            if round_ > 0:
                floor.append(wall)
                floor_cpu.append(used)
    print(f"pages: {pages}; {args.repeat} rounds, medians (min-max)")
    print(
        f"(a) bare pypdfium2 extraction, own process: {spread(floor)}"
        f" ({pages / statistics.median(floor):.0f} pages/s), CPU {spread(floor_cpu)}"
    )
    met = [checkout.report(pages, floor, floor_cpu) for checkout in checkouts]
    print(f"load average after: {load()}")
    return 0 if met[0] else 1


if __name__ == "__main__":
    sys.exit(main())
