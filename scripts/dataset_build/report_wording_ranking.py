"""The step that ranks the report's own words, found by hand, against the research sources."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

from tipwatch.tip.services.report_wording import (
    WORDING_COLUMNS,
    is_search_record,
    wording_row_problem,
)

from .build import Build
from .conflict_resolutions import wording_resolution
from .countries import COUNTRIES
from .errors import fail
from .placements import Conflict, Placement, rank
from .report_facts import FIRST_YEAR, LAST_YEAR
from .sources import Source


def apply_report_wording(build: Build, table: Path) -> None:
    """Rank the report wording found by hand against what the other sources gave.

    A row quoting the year's own report beats one that does not, and among those an official
    page beats a verbatim copy. The winner's tier is kept; a losing source that disagrees is
    recorded in source_conflicts.csv. A country-year no other source places gets its row.
    """
    if not table.is_file():
        build.info.append(f"report wording: {table.name} not found, nothing applied")
        return
    index = build.name_index()
    display = {iso3: entry[0] for iso3, entry in COUNTRIES.items()}
    years = range(FIRST_YEAR, LAST_YEAR + 1)
    rows: dict[tuple[str, int], list[Placement]] = defaultdict(list)
    with table.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != WORDING_COLUMNS:
            fail(f"{table.name}: header is not {','.join(WORDING_COLUMNS)}")
        for r in reader:
            problem = wording_row_problem(r, index, display, years)
            if problem:
                fail(f"{table.name}, line {reader.line_num}: {problem}")
            iso3, year = r["iso3"], int(r["report_year"])
            if is_search_record(r):
                build.searched[(iso3, year)] = r["note"]
                continue
            note = f"report wording: {r['note']}" if r["note"] else "report wording"
            rows[(iso3, year)].append(
                Placement(
                    iso3,
                    year,
                    r["tier"],
                    Source(r["kind"], r["publisher"], r["url"]),
                    quote=r["quote"],
                    note=note,
                )
            )
    counts: Counter[str] = Counter()
    for key in sorted(rows):
        iso3, year = key
        candidates = sorted(rows[key], key=lambda p: (rank(p), p.source.url))
        best = candidates[0]
        current = build.placements.get(key)
        if current is None:
            build.placements[key] = best
            build.wording_filled.add(key)
            counts["filled"] += 1
        elif rank(best) < rank(current):
            del build.placements[key]
            best.note += f" | replaces {current.source.label()}: {current.tier}"
            build.placements[key] = best
            _move_conflicts_to(build, best)
            counts["replaced" if best.tier == current.tier else "overruled"] += 1
        else:
            best = current
            counts["kept"] += 1
        others = [p for p in (current, *candidates) if p is not None and p is not best]
        seen: set[tuple[str, str]] = set()
        for other in others:
            if other.tier == best.tier or (other.tier, other.source.url) in seen:
                continue
            seen.add((other.tier, other.source.url))
            build.conflict(iso3, year, best, other.tier, other.source, wording_resolution(best))
            if "source_conflicts.csv" not in best.note:
                best.note += " | sources disagree: see source_conflicts.csv"
            counts["conflicts"] += 1
    for key in sorted(build.searched.keys() - rows.keys()):
        placed = build.placements.get(key)
        if placed is not None:
            placed.note += (
                " | searched for a copy of the report's own words without success "
                "(sources/report_wording.csv)"
            )
    build.info.append(
        f"report wording: {sum(len(v) for v in rows.values())} rows for {len(rows)} "
        f"country-years; {counts['filled']} filled a gap, {counts['replaced']} replaced a "
        f"weaker source with the same tier, {counts['overruled']} overruled a different "
        f"tier, {counts['kept']} left a source at least as strong; {counts['conflicts']} "
        "disagreements recorded"
    )


def _move_conflicts_to(build: Build, kept: Placement) -> None:
    """Earlier conflicts about a country-year now name the row that replaced their kept one;
    one whose other source agrees with the new row is no longer a disagreement."""
    moved = []
    for c in build.conflicts:
        if (c.iso3, c.year) != (kept.iso3, kept.year):
            moved.append(c)
        elif c.other_tier != kept.tier:
            moved.append(
                Conflict(
                    c.iso3,
                    c.year,
                    kept.tier,
                    kept.source.label(),
                    c.other_tier,
                    c.other_source,
                    c.resolution if c.kept_tier == kept.tier else wording_resolution(kept),
                )
            )
    build.conflicts = moved
