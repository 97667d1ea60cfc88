#!/usr/bin/env python3
"""Placements by source kind per report year, before and after a rebuild of the dataset.

    python scripts/source_kinds_report.py [--before-ref main]

"Before" is the dataset as committed at a git ref (default `main`), "after" the files in the
working tree. Rows written with the old kinds (`official_list`, `narrative_header`,
`secondary_list`) are mapped onto the ranked ones exactly as the build maps them, so the two
sides compare like with like. It prints, per year, the count of each kind, of rows quoting the
report's own words, and of coverage gaps; the secondary and inferred rows of 2020-2025; the
source conflicts added; and the country-years still without any report wording (every gap, and
every placement without a quote from 2016 on or from a secondary or inferred source).

Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
REPO_ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

from dataset_build.countries import COUNTRIES  # noqa: E402
from dataset_build.source_kinds import source_kind_for  # noqa: E402

DATA = "tipwatch/tip/data"
KINDS = ("official", "verbatim_copy", "dataset", "secondary", "inferred")
SHORT = {
    "official": "off",
    "verbatim_copy": "copy",
    "dataset": "data",
    "secondary": "sec",
    "inferred": "inf",
}
WORDING_FROM_YEAR = 2016


def read_at(ref: str | None, name: str) -> list[dict[str, str]]:
    path = f"{DATA}/{name}"
    if ref is None:
        text = (REPO_ROOT / path).read_text(encoding="utf-8")
    else:
        text = subprocess.run(
            ["git", "-C", str(REPO_ROOT), "show", f"{ref}:{path}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    return list(csv.DictReader(io.StringIO(text)))


def kind_of(row: dict[str, str]) -> str:
    if row["source_kind"] in KINDS:
        return row["source_kind"]
    return source_kind_for(row["source_kind"], row["source_url"], row["inferred"] == "true")


def quoted(row: dict[str, str]) -> bool:
    return bool(row["quote"]) and kind_of(row) in ("official", "verbatim_copy")


def summarise(ref: str | None) -> tuple[dict[int, Counter[str]], list[dict[str, str]], set]:
    placements = read_at(ref, "placements.csv")
    by_year: dict[int, Counter[str]] = defaultdict(Counter)
    for row in placements:
        counts = by_year[int(row["report_year"])]
        counts[kind_of(row)] += 1
        counts["rows"] += 1
        counts["quoted"] += quoted(row)
    for gap in read_at(ref, "coverage_gaps.csv"):
        by_year[int(gap["report_year"])]["gaps"] += 1
    # Keyed without the source labels, which name the kinds and so changed with them.
    conflicts = {
        (c["iso3"], c["report_year"], c["kept_tier"], c["other_tier"], c["other_source"])
        for c in read_at(ref, "source_conflicts.csv")
    }
    return by_year, placements, conflicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-ref", default="main", help="git ref of 'before' (main)")
    args = parser.parse_args(argv)
    try:
        before, _, conflicts_before = summarise(args.before_ref)
    except subprocess.CalledProcessError as exc:
        problem = exc.stderr.strip()
        print(f"cannot read the dataset at {args.before_ref}: {problem}", file=sys.stderr)
        return 2
    after, placements, conflicts_after = summarise(None)

    columns = [*KINDS, "quoted", "rows", "gaps"]
    head = " ".join(f"{SHORT.get(c, c):>5}" for c in columns)
    print("Placements by source kind (off = official, copy = verbatim copy, data = research")
    print("dataset, sec = secondary, inf = inferred; quoted = rows with the report's own words)")
    print()
    print(f"| year | before: {head} | after: {head} |")
    for year in sorted(set(before) | set(after)):
        cells = [" ".join(f"{side[year][c]:>5}" for c in columns) for side in (before, after)]
        print(f"| {year} |         {cells[0]} |        {cells[1]} |")

    def weak(side: dict[int, Counter[str]]) -> int:
        return sum(side[y]["secondary"] + side[y]["inferred"] for y in range(2020, 2026))

    old_kinds = sum(
        1
        for row in read_at(args.before_ref, "placements.csv")
        if 2020 <= int(row["report_year"]) <= 2025
        and (row["source_kind"] in ("secondary_list", "secondary", "inferred"))
    )
    weak_before, weak_after = weak(before), weak(after)
    change = (weak_before - weak_after) / weak_before * 100 if weak_before else 0.0
    print()
    print(
        f"Secondary plus inferred placements 2020-2025: {weak_before} before, {weak_after} "
        f"after ({change:.1f}% fewer)"
    )
    print(
        f"(Rows the old kinds called secondary_list or inferred, 2020-2025, before: {old_kinds}; "
        "the count above also treats copies on unvetted sites as secondary.)"
    )

    known = {c[:4] for c in conflicts_before}
    added = sorted(c for c in conflicts_after if c[:4] not in known)
    print()
    print(f"Source conflicts added: {len(added)}")
    for iso3, year, kept, other, source in added:
        print(f"  {iso3} {year}: kept {kept}, other source says {other}: {source}")

    print()
    print("Country-years still without any report wording")
    print("(gaps; placements from 2016 on, or secondary or inferred, that quote no report)")
    gaps_by_year: dict[int, list[str]] = defaultdict(list)
    for gap in read_at(None, "coverage_gaps.csv"):
        gaps_by_year[int(gap["report_year"])].append(gap["iso3"])
    missing: dict[int, list[str]] = defaultdict(list)
    for row in placements:
        year = int(row["report_year"])
        weak_kind = kind_of(row) in ("secondary", "inferred")
        if not quoted(row) and (year >= WORDING_FROM_YEAR or weak_kind):
            missing[year].append(f"{COUNTRIES[row['iso3']][0]} ({SHORT[kind_of(row)]})")
    for year in sorted(set(missing) | set(gaps_by_year)):
        names = sorted(missing[year]) + sorted(
            f"{COUNTRIES[iso3][0]} (gap)" for iso3 in gaps_by_year[year]
        )
        print(f"{year} ({len(names)}): {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
