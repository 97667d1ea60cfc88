"""Build tipwatch's own cleaned copy of the TIP Report tier data.

The command line of `scripts/build_dataset.py`: it runs the build's steps in order, writes the
files, refreshes CODEBOOK.md, prints what it did, and runs the self-check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import Build
from .bureaus import build_bureaus
from .codebook import update_codebook
from .coverage_gaps import build_gaps
from .errors import BuildError
from .locations import OUT_DIR, REPO_ROOT, WORDING_TABLE
from .output_files import write_dataset
from .raw_rows import read_csv
from .report_wording_ranking import apply_report_wording
from .research_sources import (
    load_2001_2014,
    load_2015,
    load_2016_2025,
    load_2017,
    load_extras,
    load_names,
)
from .self_check import self_check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--source",
        default="../shared/data/tip",
        help="folder with the source CSV files (relative paths are relative to the repo root)",
    )
    parser.add_argument(
        "--out", default=str(OUT_DIR.relative_to(REPO_ROOT)), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    source = Path(args.source)
    if not source.is_absolute():
        source = (REPO_ROOT / source).resolve()
    out_dir = Path(args.out)
    if not out_dir.is_absolute():
        out_dir = REPO_ROOT / out_dir
    out_dir.mkdir(parents=True, exist_ok=True)

    build = Build(source)
    try:
        load_names(build)
        load_2001_2014(build)
        load_2015(build)
        load_2017(build)
        load_2016_2025(build)
        load_extras(build)
        apply_report_wording(build, WORDING_TABLE)
        build_gaps(build)
        build_bureaus(build)
    except BuildError as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1

    table, row_counts = write_dataset(build, out_dir)
    try:
        wording_rows = 0
        if WORDING_TABLE.is_file():
            wording_rows = len(read_csv(WORDING_TABLE))
        row_counts["sources/report_wording.csv"] = wording_rows
        update_codebook(out_dir, table, row_counts)
    except BuildError as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1

    print(table)
    for line in build.info:
        print(line)
    print(
        f"placements: {row_counts['placements.csv']}; "
        f"conflicts: {row_counts['source_conflicts.csv']}; gaps: {len(build.gaps)}"
    )
    problems = self_check(build, out_dir)
    if problems:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    print("self-check passed")
    return 0
