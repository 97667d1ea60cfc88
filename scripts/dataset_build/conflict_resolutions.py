"""Why the build kept one source's tier where sources disagree, as written in
source_conflicts.csv: the known disagreements explained one by one, and the rule for the report's
own words.
"""

from __future__ import annotations

from tipwatch.tip.services.report_wording import TIER_WORDS

from .placements import Placement

KS_RESOLUTIONS = {
    "KOR": (
        "Kept the Kelley-Simmons tier: the Kelley/Heiss file codes South Korea 555 (not rated) "
        "for 2001-2009, a known coding error (Tier 3 in 2001, Tier 1 from 2002)."
    ),
    "CUB": (
        "Kept Tier 3 from Kelley-Simmons: Cuba was first ranked in the 2003 report, and the "
        "Kelley/Heiss 555 code is a known omission."
    ),
    "SOM": (
        "Kept Kelley-Simmons' special-case code: a special case is a listing in the report, the "
        "other file's 555 only means 'not coded', and both files agree from 2005 on."
    ),
    "TKM": (
        "Kept Kelley-Simmons' special-case code: the report's Special Cases section covered "
        "Turkmenistan (2008 entry: https://www.refworld.org/reference/annualreport/usdos/2008/"
        "en/59248), which the Kelley/Heiss 555 misses."
    ),
}
KOR_2010_RESOLUTION = (
    "Kept Tier 1 from Kelley/Heiss: the 2010 narrative header reads 'KOREA, REPUBLIC OF (Tier 1)' "
    "(https://www.refworld.org/docid/4c1883e52c.html), so the Kelley-Simmons Tier 2 is a slip."
)

DISAGREEMENT_RESOLUTIONS = {
    ("MYS", 2019): (
        "Kept Watch List: the waiver memorandum for the 2020 report requires two prior Watch List "
        "years, so the news item's 'Tier 2' lumps the Watch List in with Tier 2."
    ),
    ("COG", 2023): (
        "Kept Watch List: the 2023 narrative and the CIA Factbook list both say Watch List; "
        "gvnet's 'Congo (ROC)' under Tier 2 most likely meant the DRC."
    ),
}


def wording_resolution(kept: Placement) -> str:
    if kept.quote:
        return (
            f"Kept {TIER_WORDS[kept.tier]} from the report's own words ({kept.source.name}, "
            f"{kept.source.kind}: '{kept.quote}'), which outrank the other source."
        )
    return f"Kept {TIER_WORDS[kept.tier]} from {kept.source.name}, which outranks the other source."
