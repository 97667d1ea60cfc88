"""Writing the dataset's CSV files: deterministic bytes (UTF-8, LF line endings, one line a row)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tipwatch.tip.services.dataset_files import FILES

from .build import Build
from .errors import fail
from .output_rows import countries_rows, coverage_table, groups_rows, reports_rows


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        if len(row) != len(header):
            fail(f"{path.name}: row {row} does not match header")
        for cell in row:
            if "\r" in cell or "\n" in cell:
                fail(f"{path.name}: line break in cell {cell!r}")
        writer.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def write_dataset(build: Build, out_dir: Path) -> tuple[str, dict[str, int]]:
    """Write every file of a finished build; return CODEBOOK.md's coverage table and each
    file's row count, in the order of CODEBOOK.md's files table."""
    # The columns are the ones the application's reader expects, from its own definition.
    placements = sorted(build.placements.values(), key=lambda p: (p.iso3, p.year))
    write_csv(
        out_dir / "placements.csv", list(FILES["placements.csv"]), [p.row() for p in placements]
    )
    countries = countries_rows(build)
    write_csv(out_dir / "countries.csv", list(FILES["countries.csv"]), countries)
    write_csv(out_dir / "bureaus.csv", list(FILES["bureaus.csv"]), build.bureau_rows)
    conflicts = sorted(build.conflicts, key=lambda c: (c.iso3, c.year, c.other_source))
    write_csv(
        out_dir / "source_conflicts.csv",
        list(FILES["source_conflicts.csv"]),
        [c.row() for c in conflicts],
    )
    write_csv(
        out_dir / "coverage_gaps.csv",
        list(FILES["coverage_gaps.csv"]),
        [[str(y), i, r] for y, i, r in build.gaps],
    )
    table, stats = coverage_table(build)
    reports = reports_rows(build, stats)
    write_csv(out_dir / "reports.csv", list(FILES["reports.csv"]), reports)
    groups = groups_rows(build)
    write_csv(out_dir / "groups.csv", list(FILES["groups.csv"]), groups)
    row_counts = {
        "countries.csv": len(countries),
        "bureaus.csv": len(build.bureau_rows),
        "reports.csv": len(reports),
        "placements.csv": len(placements),
        "source_conflicts.csv": len(conflicts),
        "coverage_gaps.csv": len(build.gaps),
        "groups.csv": len(groups),
    }
    return table, row_counts
