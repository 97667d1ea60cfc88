"""Check the claims found in a text against the tier data.

Each claim gets a verdict: `supported`, `contradicted`, or `not_covered` when the data cannot
decide (a country missing from a partial year's data, a group member missing, a comparison
across a gap, a year with no report). The evidence is the placements (or coverage gaps) that
decide it. Group and count claims say which group definition was used, and what a common
alternative definition would change. The reasons are kept as notes (codes and parameters) and
worded by `verdict_text` in the language of the text checked.

Country facts come from `country_history` (placement, change, run length), group facts from
`compare` (who sits where in the report); nothing here reads the tables another way.

* `checker.ClaimChecker` reads a text's claims and sends each to its check;
* `tier_data.TierData` reads (once) the reports, histories and comparisons the checks use,
  and turns placements into evidence rows;
* `country_checks` checks claims about named countries (tier, change, run), `group_checks`
  claims about a group (who is where, how many, how many moved);
* `verdict_logic` holds the rules with no database (combining verdicts, rank tests, moves,
  comparators); `results` the records a check returns.
"""

from .checker import ClaimChecker
from .results import Alternative, CheckedClaim, CheckResult, Evidence, GroupUsed, Verdict

__all__ = [
    "Alternative",
    "CheckResult",
    "CheckedClaim",
    "ClaimChecker",
    "Evidence",
    "GroupUsed",
    "Verdict",
]
