"""Work out the verdict of each hand-written corpus claim from the bundled CSV files.

Stand-alone (standard library only) and independent of the claim checker, so that the
evaluation compares the checker with a second reading of the same data rather than with
itself. Run it after the dataset changes to see which stored labels it would now decide
differently:

    python tests/briefings/corpus/relabel.py            # list labels that changed
    python tests/briefings/corpus/relabel.py --write    # store the new labels

Claim specs, as written in `tip_claims*.json` (one per claim, years with `@YEAR`):

    tier ISO[,ISO...] TIER        every country is on TIER
    not ISO TIER                  the country is not on TIER
    remain ISO... TIER            on TIER this year and the year before
    change ISO... up|down [from TIER] [to TIER]   (direction optional: "change X to 2")
    streak ISO TIER N             on TIER for exactly N consecutive reports ending this one
    count world at TIER = N       N countries on TIER (=, >=, >, <, ~)
    moves world up|down = N       N countries moved up / down since the previous report

TIER is one of 1, 2, 2WL, 3, special_case.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tipwatch" / "tip" / "data"
# Every collection file in the folder: `tip_claims.json` and later ones (`tip_claims_5en.json`).
CORPUS_FILES = sorted(Path(__file__).parent.glob("tip_claims*.json"))
RANK = {"1": 1, "2": 2, "2WL": 3, "3": 4}


class Data:
    def __init__(self) -> None:
        self.tiers: dict[tuple[str, int], str] = {}
        for row in csv.DictReader((DATA / "placements.csv").open(encoding="utf-8")):
            self.tiers[(row["iso3"], int(row["report_year"]))] = row["tier"]
        self.gaps = {
            (row["iso3"], int(row["report_year"]))
            for row in csv.DictReader((DATA / "coverage_gaps.csv").open(encoding="utf-8"))
        }
        reports = csv.DictReader((DATA / "reports.csv").open(encoding="utf-8"))
        self.years = {int(row["year"]) for row in reports}

    def tier(self, iso3: str, year: int) -> str | None:
        """A tier, "" (the report did not rate it) or None (our data lacks that year)."""
        if (iso3, year) in self.tiers:
            return self.tiers[(iso3, year)]
        if (iso3, year) in self.gaps or year not in self.years:
            return None
        return ""


def _combine(verdicts: list[str]) -> str:
    if "contradicted" in verdicts:
        return "contradicted"
    if "not_covered" in verdicts:
        return "not_covered"
    return "supported"


def _holds(comparator: str, value: int, claimed: int) -> bool:
    return {
        "=": value == claimed,
        ">=": value >= claimed,
        ">": value > claimed,
        "<": value < claimed,
        "~": abs(value - claimed) <= max(1, round(claimed * 0.1)),
    }[comparator]


def _range_verdict(low: int, high: int, comparator: str, claimed: int) -> str:
    results = [_holds(comparator, value, claimed) for value in range(low, high + 1)]
    if all(results):
        return "supported"
    return "not_covered" if any(results) else "contradicted"


def judge(spec: str, year: int, data: Data) -> tuple[str, str]:
    """(verdict, reason) of one claim spec in the given report year."""
    words = spec.split()
    kind = words[0]
    if kind in ("count", "moves"):
        return _judge_totals(words, year, data)
    codes = words[1].split(",")
    verdicts: list[str] = []
    notes: list[str] = []
    for iso3 in codes:
        verdict, note = _judge_country(kind, words[2:], iso3, year, data)
        verdicts.append(verdict)
        notes.append(note)
    return _combine(verdicts), "; ".join(notes)


def _judge_country(kind: str, rest: list[str], iso3: str, year: int, data: Data) -> tuple[str, str]:
    now = data.tier(iso3, year)
    before = data.tier(iso3, year - 1)
    shown = f"{iso3} {year}={now if now is not None else 'missing'}"
    if kind in ("tier", "not", "remain", "streak"):
        tier = rest[0]
        if now is None:
            return "not_covered", f"{shown} (not in our data)"
        on = now == tier
        if kind == "not":
            return ("supported" if not on else "contradicted"), shown
        if not on:
            return "contradicted", shown
        if kind == "tier":
            return "supported", shown
        if kind == "remain":
            shown += f", {year - 1}={before if before is not None else 'missing'}"
            if before is None:
                return "not_covered", shown
            return ("supported" if before == tier else "contradicted"), shown
        wanted = int(rest[1])
        run, probe = 0, year
        while data.tier(iso3, probe) == tier:
            run, probe = run + 1, probe - 1
        cut = data.tier(iso3, probe) is None and probe >= 2001
        shown += f", run {'>=' if cut else '='}{run}"
        if run > wanted:
            return "contradicted", shown
        if cut:
            return "not_covered", shown
        return ("supported" if run == wanted else "contradicted"), shown
    # change
    direction = rest[0] if rest and rest[0] in ("up", "down") else None
    from_tier = rest[rest.index("from") + 1] if "from" in rest else None
    to_tier = rest[rest.index("to") + 1] if "to" in rest else None
    shown += f", {year - 1}={before if before is not None else 'missing'}"
    if now is None:
        return "not_covered", shown
    if to_tier is not None and now != to_tier:
        return "contradicted", shown
    if before is None:
        return "not_covered", shown
    if from_tier is not None and before != from_tier:
        return "contradicted", shown
    if not before or not now or before == now:
        return "contradicted", shown
    if direction is not None:
        old, new = RANK.get(before), RANK.get(now)
        if old is None or new is None:
            return "contradicted", shown
        if (new < old) != (direction == "up"):
            return "contradicted", shown
    return "supported", shown


def _judge_totals(words: list[str], year: int, data: Data) -> tuple[str, str]:
    if words[0] == "count":
        tier, comparator, claimed = words[3], words[4], int(words[5])
        label = f"on {tier}"
    else:
        tier, comparator, claimed = words[2], words[3], int(words[4])
        label = f"moved {tier}"
    codes = {iso3 for iso3, _ in data.tiers} | {iso3 for iso3, _ in data.gaps}
    known = unknown = 0
    for iso3 in sorted(codes):
        now = data.tier(iso3, year)
        if words[0] == "count":
            if now is None:
                unknown += 1
            elif now == tier:
                known += 1
            continue
        before = data.tier(iso3, year - 1)
        if now is None or before is None:
            if now != "" and before != "":
                unknown += 1
            continue
        old, new = RANK.get(before), RANK.get(now)
        if old and new and ((new < old) if tier == "up" else (new > old)):
            known += 1
    verdict = _range_verdict(known, known + unknown, comparator, claimed)
    return verdict, f"{year}: {known} countries {label} in our data, {unknown} unknown"


def main() -> int:
    data = Data()
    changed = 0
    for path in CORPUS_FILES:
        corpus = json.loads(path.read_text(encoding="utf-8"))
        for item in corpus["sentences"]:
            for claim in item["claims"]:
                verdict, reason = judge(claim["spec"], claim["year"], data)
                if verdict != claim.get("verdict"):
                    changed += 1
                    where = f"{item['id']}: {claim['spec']} @{claim['year']}"
                    print(f"{where}: {claim.get('verdict')} -> {verdict}")
                claim["verdict"], claim["reason"] = verdict, reason
        if "--write" in sys.argv:
            text = json.dumps(corpus, ensure_ascii=False, indent=1) + "\n"
            path.write_text(text, encoding="utf-8")
    print(f"{changed} labels differ from the stored ones")
    return 0


if __name__ == "__main__":
    sys.exit(main())
