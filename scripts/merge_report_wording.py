#!/usr/bin/env python3
"""Merge rows of report wording found by hand into the source table the dataset build reads.

    python scripts/merge_report_wording.py FOUND.csv [FOUND.csv ...]

Each input is a CSV file with the columns iso3, report_year, tier, quote, url, publisher, kind
and note: one row per country narrative (or tier list) found for a country and report year. A row
with no tier, quote or URL records a search that found nothing; it is counted and skipped. Every
other row is checked (known country, report year, tier, a well-formed http(s) URL that is not a
neighbouring year's page, a publisher and kind from the fixed list, and a quote that names the
country or an alias and states the tier); a row that fails is rejected with its file, line and
problem on stderr, and the rest are merged. A row replaces a table row with the same country,
year and URL. The table is rewritten in one step, sorted, so a merge of the same rows is
byte-identical. See tipwatch/tip/data/CODEBOOK.md, "report_wording.csv".

Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from tipwatch.tip.services.report_wording import (  # noqa: E402
    SOURCE_KIND_RANK,
    WORDING_COLUMNS,
    NameIndex,
    is_search_record,
    wording_row_problem,
)

DATA_DIR = REPO_ROOT / "tipwatch" / "tip" / "data"
TABLE = DATA_DIR / "sources" / "report_wording.csv"
YEARS = range(2001, 2026)

Key = tuple[str, int, str]


def load_countries(data_dir: Path) -> tuple[NameIndex, dict[str, str]]:
    names: dict[str, list[str]] = {}
    display: dict[str, str] = {}
    with (data_dir / "countries.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aliases = [a for a in row["aliases"].split("|") if a]
            names[row["iso3"]] = [row["name"], *aliases]
            display[row["iso3"]] = row["name"]
    return NameIndex(names), display


def clean(row: dict[str, str]) -> dict[str, str]:
    return {column: " ".join((row.get(column) or "").split()) for column in WORDING_COLUMNS}


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in WORDING_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: the header lacks {', '.join(missing)}")
        return [(reader.line_num, clean(row)) for row in reader]


def sort_key(row: dict[str, str]) -> tuple[str, int, int, str]:
    rank = SOURCE_KIND_RANK.get(row["kind"], len(SOURCE_KIND_RANK))
    return (row["iso3"], int(row["report_year"]), rank, row["url"])


def write_table(path: Path, rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(WORDING_COLUMNS)
    for row in sorted(rows, key=sort_key):
        writer.writerow([row[c] for c in WORDING_COLUMNS])
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the table and renamed over it, so an interrupted merge leaves the old table.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".report_wording.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(buffer.getvalue().encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def merge(found: list[Path], table: Path, data_dir: Path, *, fresh: bool = False) -> int:
    index, display = load_countries(data_dir)
    merged: dict[Key, dict[str, str]] = {}
    if table.exists() and not fresh:
        for line, row in read_rows(table):
            problem = wording_row_problem(row, index, display, YEARS)
            if problem:
                print(f"{table}, line {line}: {problem}", file=sys.stderr)
                return 1
            merged[(row["iso3"], int(row["report_year"]), row["url"])] = row
    before = len(merged)
    rejected = 0
    for path in found:
        accepted = not_found = replaced = 0
        for line, row in read_rows(path):
            problem = wording_row_problem(row, index, display, YEARS)
            if not problem and is_search_record(row):
                not_found += 1
            if problem:
                rejected += 1
                print(f"{path}, line {line}: {problem}", file=sys.stderr)
                continue
            key = (row["iso3"], int(row["report_year"]), row["url"])
            replaced += key in merged
            merged[key] = row
            accepted += 1
        print(
            f"{path.name}: {accepted - not_found} rows of wording and {not_found} searches that "
            f"found nothing accepted ({replaced} replacing a table row)"
        )
    # A search that found nothing is kept (it says why a gap remains) until a row is found.
    found_years = {key[:2] for key, row in merged.items() if not is_search_record(row)}
    kept = [r for k, r in merged.items() if not (is_search_record(r) and k[:2] in found_years)]
    write_table(table, kept)
    print(
        f"{table.relative_to(REPO_ROOT) if table.is_relative_to(REPO_ROOT) else table}: "
        f"{before} rows before, {len(kept)} after; {rejected} rows rejected"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("found", nargs="+", type=Path, help="CSV files of rows found")
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="start from an empty table, when the files hold every row (a row corrected or "
        "withdrawn there then leaves no stale copy behind)",
    )
    parser.add_argument("--table", type=Path, default=TABLE, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, default=DATA_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for path in args.found:
        if not path.is_file():
            print(f"no such file: {path}", file=sys.stderr)
            return 2
    try:
        return merge(args.found, args.table, args.data, fresh=args.fresh)
    except (ValueError, csv.Error, UnicodeDecodeError) as exc:
        print(f"merge failed: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
