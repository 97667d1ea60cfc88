"""The rows of the dataset's files that the build composes at the end: countries, reports with
their coverage, and groups; and the coverage table of CODEBOOK.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tipwatch.tip.services.dataset_files import BUREAUS

from .build import Build
from .countries import COUNTRIES, STATE
from .errors import fail
from .placements import Placement
from .raw_rows import norm_key
from .regions import BUREAU_NAMES, CARIBBEAN, CENTRAL_AMERICA, LATIN_AMERICA, SOUTH_AMERICA
from .report_facts import COUNTRIES_ASSESSED, FIRST_YEAR, LAST_YEAR, PUBLICATION_DATES, report_url


def tier_counts(placements: list[Placement]) -> Counter[str]:
    return Counter(p.tier for p in placements)


@dataclass(frozen=True)
class YearStats:
    rows: int
    inferred: int
    gaps: int
    coverage: str


def coverage_table(build: Build) -> tuple[str, dict[int, YearStats]]:
    by_year: dict[int, list[Placement]] = defaultdict(list)
    for p in build.placements.values():
        by_year[p.year].append(p)
    gaps_by_year = Counter(g[0] for g in build.gaps)
    lines = [
        "| Year | Rows | Tier 1 | Tier 2 | Watch List | Tier 3 | Special | Inferred | "
        "Own words | Coverage | Gaps |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    stats: dict[int, YearStats] = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        rows = by_year.get(year, [])
        c = tier_counts(rows)
        inferred = sum(p.inferred for p in rows)
        gaps = gaps_by_year.get(year, 0)
        coverage = "partial" if gaps else "complete"
        stats[year] = YearStats(len(rows), inferred, gaps, coverage)
        lines.append(
            f"| {year} | {len(rows)} | {c['1']} | {c['2']} | {c['2WL']} | {c['3']} | "
            f"{c['special_case']} | {inferred} | {sum(bool(p.quote) for p in rows)} | "
            f"{coverage} | {gaps} |"
        )
    return "\n".join(lines) + "\n", stats


def reports_rows(build: Build, stats: dict[int, YearStats]) -> list[list[str]]:
    gap_names: dict[int, list[str]] = defaultdict(list)
    for year, iso3, _ in build.gaps:
        gap_names[year].append(iso3)
    out = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        s = stats[year]
        rows, gaps, inferred = s.rows, s.gaps, s.inferred
        assessed = COUNTRIES_ASSESSED.get(year)
        if assessed is not None:
            note = f"{rows} of {assessed} countries"
            if gaps:
                note += f": {gaps} missing"
        else:
            note = f"{rows} countries rated (no official total recorded)"
            if gaps:
                note += f"; {gaps} known gap{'s' if gaps > 1 else ''}"
        if gaps:
            if gaps <= 2:
                named = ", ".join(COUNTRIES[i][0] for i in gap_names[year])
                note += f" ({named}; see coverage gaps)"
            else:
                note += " (see coverage gaps)"
        if assessed is not None and rows + gaps != assessed:
            if year == 2001:
                note += (
                    "; the report ranked 12/47/23 countries, so one Tier 1 and one Tier 3 "
                    "country are missing from our sources but cannot be identified"
                )
            else:
                fail(f"{year}: {rows} rows + {gaps} gaps != {assessed} assessed")
        if inferred:
            note += f"; {inferred} rows inferred from totals (inferred=true)"
        out.append(
            [
                str(year),
                f"Trafficking in Persons Report {year}",
                PUBLICATION_DATES.get(year, ""),
                report_url(year),
                str(assessed) if assessed is not None else "",
                s.coverage,
                note,
            ]
        )
    return out


def groups_rows(build: Build) -> list[list[str]]:
    bureau_now = build.current_bureau()
    wha_states = sorted(
        iso3
        for iso3, b in bureau_now.items()
        if b == "WHA" and COUNTRIES[iso3][2] == STATE and iso3 not in ("USA", "CAN")
    )
    groups: list[tuple[str, str, str, str, Sequence[str]]] = [
        (
            "latin-america",
            "Latin America",
            "region",
            "The 20 sovereign Spanish-, Portuguese- and French-speaking states of the Americas "
            "(including Cuba, the Dominican Republic and Haiti). Belize, Guyana and Suriname are "
            "NOT included.",
            LATIN_AMERICA,
        ),
        (
            "latin-america-caribbean",
            "Latin America and the Caribbean",
            "region",
            "The wider common definition (as used by the UN): every sovereign state of the "
            "Americas except the United States and Canada, 33 in all. Territories such as Aruba, "
            "Curaçao and Sint Maarten are not included.",
            wha_states,
        ),
        (
            "south-america",
            "South America",
            "region",
            "The 12 sovereign states of South America, including Guyana and Suriname.",
            SOUTH_AMERICA,
        ),
        (
            "central-america",
            "Central America",
            "region",
            "The 7 sovereign states of the Central American isthmus, Belize to Panama.",
            CENTRAL_AMERICA,
        ),
        (
            "caribbean",
            "Caribbean",
            "region",
            "The 13 sovereign island states of the Caribbean. Territories are not included.",
            CARIBBEAN,
        ),
    ]
    for bureau in BUREAUS:
        in_bureau = sorted(i for i, b in bureau_now.items() if b == bureau)
        groups.append(
            (
                f"bureau-{bureau.lower()}",
                f"{bureau}: {BUREAU_NAMES[bureau]}",
                "bureau",
                f"Countries and territories whose current State Department regional bureau is "
                f"{bureau} (approximate; see bureaus.csv).",
                in_bureau,
            )
        )
    out: list[list[str]] = []
    for slug, name, kind, desc, members in groups:
        out.append([slug, name, kind, desc, "|".join(sorted(members))])
    out.sort(key=lambda r: r[0])
    return out


def countries_rows(build: Build) -> list[list[str]]:
    out = []
    for iso3 in sorted(COUNTRIES):
        name, name_es, etype, extra = COUNTRIES[iso3]
        aliases = set(extra) | build.names.seen.get(iso3, set())
        aliases.discard(name)
        for alias in aliases:
            if "|" in alias:
                fail(f"alias {alias!r} contains '|'")
        ordered = sorted(aliases, key=lambda a: (norm_key(a), a))
        out.append([iso3, name, name_es, etype, "|".join(ordered)])
    return out
