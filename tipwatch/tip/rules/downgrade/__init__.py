"""The Watch List automatic-downgrade rule, 22 U.S.C. 7107(b)(2)(D) and (F), by report year.

How the rule is applied here (our reading; see docs/tvpa-rules.md):

* Only placements on the Watch List ("2WL") count. Countries on the wider "special watch list"
  because they were upgraded are not counted, following State Department practice.
* A run is a series of consecutive report years on the Watch List. Any other placement, a
  special case, or a year without a placement ends it, and a new run starts with a fresh
  waiver allowance. A year that is merely missing from our data (`unknown_years`) could hide
  a longer run: where filling it in could change what the rule allows, the answer is
  "unknown" with the missing years, never a guess (see `Constraint.missing_years` and
  `FlagCode.UNKNOWN`).
* Only Watch List years from the 2009 report on are counted, so 2011 is the first report the
  rule can constrain.
* After two counted years in a row, the next report must move the country to Tier 3 unless it
  is upgraded or a waiver keeps it on the Watch List. Each extra year needs its own waiver:
  two per run for reports 2011-2018, one per run from 2019. The limit for a report follows
  that report's year, and waivers granted before 2019 count (so a country on the Watch List
  2016-2018 with a 2018 waiver could not be waived again in 2019).
* Rule (F), from the 2019 report on: a country whose Watch List run ended on Tier 3 and which
  then comes straight back to the Watch List may stay only one year; no waiver is possible.
  Only Tier 3 placements from `F_SCOPE_FROM` (2019) on trigger it, matching State's practice.
* Nothing here limits upgrades: the rule only says when a country may not stay on the Watch
  List.

When the waiver record is not supplied (`waivers=None`), every Watch List year beyond the
first two counted years of a run is taken to have been waived (used = max(0, streak - 2)).
When it is supplied, the larger of the recorded and the implied count is used, because a
country that stayed must have been waived even if our waiver list misses it.

The package, one concern a module: `counting` (run lengths, waivers used, rule (F)'s trigger),
`constraint` (what the rule allows in one report, across missing years), `rule_flag` (the flag
codes and record) and `flags` (every flag of a history), with the paragraphs they cite in
`provisions`.
"""

from tipwatch.tip.rules.downgrade.constraint import Constraint, next_report_constraint
from tipwatch.tip.rules.downgrade.counting import (
    raw_watch_list_streak,
    rule_f_applies,
    waivers_used,
    watch_list_streak,
)
from tipwatch.tip.rules.downgrade.flags import flags_for
from tipwatch.tip.rules.downgrade.provisions import (
    PROVISION_DOWNGRADE,
    PROVISION_RETURN,
    PROVISION_WAIVER,
)
from tipwatch.tip.rules.downgrade.rule_flag import FlagCode, RuleFlag, consecutive_code
from tipwatch.tip.rules.messages import MessageCode
from tipwatch.tip.rules.regimes import (
    F_SCOPE_FROM,
    FIRST_COUNTED_YEAR,
    FIRST_ENFORCEABLE_YEAR,
    MAX_WAIVERS,
    Regime,
    regime_for,
)

__all__ = [
    "FIRST_COUNTED_YEAR",
    "FIRST_ENFORCEABLE_YEAR",
    "F_SCOPE_FROM",
    "MAX_WAIVERS",
    "PROVISION_DOWNGRADE",
    "PROVISION_RETURN",
    "PROVISION_WAIVER",
    "Constraint",
    "FlagCode",
    "MessageCode",
    "Regime",
    "RuleFlag",
    "consecutive_code",
    "flags_for",
    "next_report_constraint",
    "raw_watch_list_streak",
    "regime_for",
    "rule_f_applies",
    "waivers_used",
    "watch_list_streak",
]
