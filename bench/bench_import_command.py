"""Benchmark `tipwatch import-report --dry-run` end to end against bare PDFium extraction.

    python bench/bench_import_command.py [REPORT.pdf] [--repeat 5]

Both sides run as fresh processes, one after the other in each round, so each includes its
interpreter start-up: (a) the floor, a Python process that opens the PDF with pypdfium2 and
reads the text of every page; (b) `tipwatch import-report FILE --year 2015 --dry-run --format
json` against a SQLite database holding the bundled data (created first with `tipwatch setup`).
Reports the best wall time of each, pages per second, the ratio b/a and peak RSS of (b),
and the CPU time of each: (b) reads long PDFs in one process per core, starting while Django
loads, so its CPU time exceeds its wall time.
Targets: b <= 2 x a, >= 50 pages/s, peak < 400 MB. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = """
import sys, pypdfium2 as pdfium
pdf = pdfium.PdfDocument(sys.argv[1])
for index in range(len(pdf)):
    page = pdf[index]
    textpage = page.get_textpage()
    textpage.get_text_range()
    textpage.close()
    page.close()
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds (with the child's own children), peak RSS in MB, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = max(before.ru_maxrss, after.ru_maxrss) / 1024
    return elapsed, cpu, peak, result.stdout


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
        for round_ in range(args.repeat + 1):
            floor, floor_used, _, _ = timed([sys.executable, "-c", FLOOR, str(args.pdf)], env)
            wall, used, peak, out = timed(
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
            )
            pages = json.loads(out)["pages"]
            if round_ == 0:
                continue  # warm-up: bytecode and file caches
            floor_times.append(floor)
            import_times.append(wall)
            floor_cpu.append(floor_used)
            import_cpu.append(used)
            peaks.append(peak)
    floor, wall, peak = min(floor_times), min(import_times), max(peaks)
    ratio = wall / floor
    rate = pages / wall
    print(f"pages: {pages}")
    print(
        f"(a) bare pypdfium2 extraction, own process: {floor:.2f} s ({pages / floor:.0f} pages/s)"
        f", CPU {min(floor_cpu):.2f} s"
    )
    print(
        f"(b) tipwatch import-report --dry-run:       {wall:.2f} s ({rate:.0f} pages/s)"
        f", CPU {min(import_cpu):.2f} s"
    )
    print(f"ratio b/a: {ratio:.2f} (target <= 2.0)")
    print(f"peak RSS of (b): {peak:.0f} MB (target < 400)")
    return 0 if ratio <= 2.0 and rate >= 50 and peak < 400 else 1


if __name__ == "__main__":
    sys.exit(main())
