"""The check run on the finished dataset: known placements, official totals, agreement with the
derived panel, and the consistency of the files as written.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from pathlib import Path

from tipwatch.tip.services.dataset_files import SOURCE_KINDS, TIERS
from tipwatch.tip.services.report_wording import INFERRED, OFFICIAL, VERBATIM_COPY, quote_problem

from .build import Build
from .countries import COUNTRIES
from .name_matching import fix_code
from .output_rows import tier_counts
from .raw_rows import norm_key, read_csv
from .regions import LATIN_AMERICA
from .report_facts import FIRST_YEAR, LAST_YEAR
from .sources import SPECIAL_CASES_2017


def self_check(build: Build, out_dir: Path) -> list[str]:
    problems: list[str] = []

    def check(cond: bool, msg: str) -> None:
        if not cond:
            problems.append(msg)

    pl = build.placements

    def tier(iso3: str, year: int) -> str | None:
        p = pl.get((iso3, year))
        return p.tier if p else None

    # 2015 Latin America.
    expect = {"CHL": "1", "BOL": "2WL", "CRI": "2WL", "CUB": "2WL", "HTI": "2WL", "VEN": "3"}
    for iso3 in LATIN_AMERICA:
        want = expect.get(iso3, "2")
        check(tier(iso3, 2015) == want, f"2015 {iso3}: {tier(iso3, 2015)} != {want}")
    check(sum(1 for i in LATIN_AMERICA if tier(i, 2015) == "2") == 14, "2015 LatAm Tier 2 != 14")

    # Peru.
    for year in (2001, 2002, 2003):
        check(tier("PER", year) is None, f"Peru {year} should have no row")
    for year, want in ((2004, "2WL"), (2005, "2"), (2006, "2WL")):
        check(tier("PER", year) == want, f"Peru {year}: {tier('PER', year)} != {want}")
    for year in range(2007, LAST_YEAR + 1):
        t = tier("PER", year)
        check(t in (None, "2"), f"Peru {year}: {t} != 2")
    # Haiti.
    for year in range(2012, 2016):
        check(tier("HTI", year) == "2WL", f"Haiti {year}: {tier('HTI', year)} != 2WL")
    # South Korea corrections.
    check(tier("KOR", 2001) == "3", "South Korea 2001 != 3")
    for year in range(2002, 2012):
        check(tier("KOR", year) == "1", f"South Korea {year} != 1")
    check(tier("CUB", 2003) == "3", "Cuba 2003 != 3")
    # Disagreements.
    check(tier("MYS", 2019) == "2WL", "Malaysia 2019 != 2WL")
    check(tier("COG", 2023) == "2WL", "Congo 2023 != 2WL")
    # Official totals where complete lists exist.
    # 2015: the official 31/89/44/23/1 less the United States (Tier 1) while we lack its row.
    us_2015 = 1 if tier("USA", 2015) == "1" else 0
    totals = {
        2015: {"1": 30 + us_2015, "2": 89, "2WL": 44, "3": 23, "special_case": 1},
        2017: {"1": 36, "2": 80, "2WL": 45, "3": 23, "special_case": 3},
        2020: {"1": 34, "2": 88, "2WL": 44, "3": 19, "special_case": 3},
        2021: {"1": 28, "2": 95, "2WL": 45, "3": 17, "special_case": 3},
    }
    for year, want_counts in totals.items():
        got = tier_counts([p for p in pl.values() if p.year == year])
        check(dict(got) == want_counts, f"{year} tier counts {dict(got)} != {want_counts}")

    # Cross-check against the derived 2001-2017 panel: differences only where we corrected it.
    corrected = {(c.iso3, c.year) for c in build.conflicts if c.year <= 2017}
    corrected |= {(i, 2017) for i in SPECIAL_CASES_2017}
    panel_codes = {
        "Tier 1": "1",
        "Tier 2": "2",
        "Tier 2 Watch List": "2WL",
        "Tier 3": "3",
        "Special case": "special_case",
    }
    for r in read_csv(build.path("derived/tip_tiers_panel_2001_2017_derived.csv")):
        key = (fix_code(r["iso3c"], "panel"), int(r["report_year"]))
        want_t = panel_codes.get(r["tier_label"])
        if key in corrected:
            continue
        check(tier(*key) == want_t, f"panel disagrees for {key}: {want_t} vs {tier(*key)}")
    panel_keys = {
        (fix_code(r["iso3c"], "panel"), int(r["report_year"]))
        for r in read_csv(build.path("derived/tip_tiers_panel_2001_2017_derived.csv"))
        if r["tier_label"] in panel_codes
    }
    ours_to_2017 = {k for k in pl if k[1] <= 2017 and k[1] != 2016}
    extra = ours_to_2017 - panel_keys - corrected - build.wording_filled
    check(not extra, f"rows not in the derived panel: {sorted(extra)}")

    # Every iso3 in every file exists; no duplicates.
    index = build.name_index()
    known = set(COUNTRIES)
    for fname, col in (
        ("placements.csv", "iso3"),
        ("bureaus.csv", "iso3"),
        ("source_conflicts.csv", "iso3"),
        ("coverage_gaps.csv", "iso3"),
        ("countries.csv", "iso3"),
    ):
        for r in read_csv(out_dir / fname):
            check(r[col] in known, f"{fname}: unknown iso3 {r[col]}")
    for r in read_csv(out_dir / "groups.csv"):
        for m in r["members"].split("|"):
            check(m in known, f"groups.csv {r['slug']}: unknown iso3 {m}")
    seen = Counter((r["iso3"], r["report_year"]) for r in read_csv(out_dir / "placements.csv"))
    dups = [k for k, v in seen.items() if v > 1]
    check(not dups, f"duplicate placements: {dups}")
    for r in read_csv(out_dir / "placements.csv"):
        check(r["tier"] in TIERS, f"bad tier {r}")
        check(r["source_kind"] in SOURCE_KINDS, f"bad source_kind {r}")
        check(r["inferred"] in ("true", "false"), f"bad inferred {r}")
        check(
            (r["inferred"] == "true") == (r["source_kind"] == INFERRED),
            f"inferred flag and source_kind disagree {r}",
        )
        if r["quote"]:
            check(r["source_kind"] in (OFFICIAL, VERBATIM_COPY), f"quote from a weak source {r}")
            problem = quote_problem(
                r["quote"], r["iso3"], r["tier"], index, COUNTRIES[r["iso3"]][0]
            )
            check(not problem, f"placements.csv {r['iso3']} {r['report_year']}: {problem}")
        check(FIRST_YEAR <= int(r["report_year"]) <= LAST_YEAR, f"bad year {r}")
    # Groups.
    g = {r["slug"]: r["members"].split("|") for r in read_csv(out_dir / "groups.csv")}
    check(len(g["latin-america"]) == 20, "latin-america != 20")
    check(len(g["latin-america-caribbean"]) == 33, "latin-america-caribbean != 33")
    check(len(g["south-america"]) == 12, "south-america != 12")
    check(len(g["central-america"]) == 7, "central-america != 7")
    check(len(g["caribbean"]) == 13, "caribbean != 13")
    check(
        set(g["latin-america"]) <= set(g["latin-america-caribbean"]),
        "latin-america not inside latin-america-caribbean",
    )
    bureau_members = [m for s, ms in g.items() if s.startswith("bureau-") for m in ms]
    check(sorted(bureau_members) == sorted(known), "bureau groups do not partition countries")
    # Bureaus: one current row per country, no overlapping ranges.
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in read_csv(out_dir / "bureaus.csv"):
        spans[r["iso3"]].append(
            (int(r["first_report_year"]), int(r["last_report_year"] or LAST_YEAR))
        )
    for iso3, ss in spans.items():
        ss.sort()
        for a, b in itertools.pairwise(ss):
            check(a[1] < b[0], f"bureaus.csv overlapping ranges for {iso3}")
    # Aliases never repeat the name, never resolve to another country.
    for r in read_csv(out_dir / "countries.csv"):
        aliases = r["aliases"].split("|") if r["aliases"] else []
        check(r["name"] not in aliases, f"{r['iso3']}: name repeated in aliases")
        for alias in [r["name"], *aliases]:
            check(build.names.index.get(norm_key(alias)) == r["iso3"], f"alias {alias!r} mismatch")
        check(bool(r["name_es"]), f"{r['iso3']}: no Spanish name")
    return problems
