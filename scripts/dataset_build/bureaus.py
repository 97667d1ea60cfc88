"""The step that gives every country its State Department regional bureau, by report year."""

from __future__ import annotations

from tipwatch.tip.services.dataset_files import BUREAUS

from .build import Build
from .countries import COUNTRIES
from .errors import fail
from .name_matching import fix_code
from .raw_rows import read_csv

CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
# Countries whose approximate bureau we checked by hand against State's organisation.
BUREAU_CHECKED = {
    "MRT": "AF",
    "SDN": "AF",
    "SOM": "AF",
    "DJI": "AF",
    "CYP": "EUR",
    "TUR": "EUR",
    "ISR": "NEA",
    "IRN": "NEA",
    "EGY": "NEA",
    "AFG": "SCA",
    "PAK": "SCA",
    "IND": "SCA",
    "BGD": "SCA",
    "NPL": "SCA",
    "LKA": "SCA",
    "MDV": "SCA",
    "BTN": "SCA",
    "MAR": "NEA",
    "DZA": "NEA",
    "TUN": "NEA",
    "LBY": "NEA",
}
SOUTH_ASIA = ("AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK")


def build_bureaus(build: Build) -> None:
    rel = "derived/state_bureau_approx_by_country.csv"
    seen = set()
    for r in read_csv(build.path(rel)):
        iso3 = fix_code(r["iso3c"], rel)
        bureau = r["state_bureau_approx"].strip()
        rule = r["rule"].strip()
        if bureau not in BUREAUS:
            fail(f"{rel}: unknown bureau {bureau!r}")
        if iso3 in seen:
            fail(f"{rel}: duplicate {iso3}")
        seen.add(iso3)
        checked = BUREAU_CHECKED.get(iso3)
        if checked is not None and checked != bureau:
            fail(f"{rel}: {iso3} is {bureau}, expected {checked}")
        if rule.startswith("Kelley-Simmons subregion"):
            basis = "approximate: " + rule
        elif rule.startswith("manual (not in Kelley-Simmons"):
            basis = "manual: not in the Kelley-Simmons data; assigned by geography"
        else:
            basis = "manual: " + rule
        if checked is not None:
            basis += f"; checked by hand ({bureau})"
        if iso3 in SOUTH_ASIA:
            basis += "; the bureau was called South Asian Affairs (SA) before 2006"
        first = 2001
        if iso3 == "SSD":
            first = 2012
            basis += "; independent from July 2011, first assessed in the 2012 report"
        if iso3 == "USA":
            basis = (
                "manual: the United States has no regional bureau; grouped with the "
                "Western Hemisphere by geography"
            )
        if iso3 in CENTRAL_ASIA:
            if bureau != "SCA":
                fail(f"{rel}: expected SCA for {iso3}")
            build.bureau_rows.append(
                [
                    iso3,
                    "EUR",
                    "2001",
                    "2005",
                    "manual: Central Asia belonged to EUR until the 2006 reorganisation",
                ]
            )
            build.bureau_rows.append([iso3, "SCA", "2006", "", "manual: moved EUR->SCA in 2006"])
            continue
        build.bureau_rows.append([iso3, bureau, str(first), "", basis])
    missing = set(COUNTRIES) - seen
    if missing:
        fail(f"{rel}: no bureau for {sorted(missing)}")
    build.bureau_rows.sort(key=lambda r: (r[0], int(r[2])))
