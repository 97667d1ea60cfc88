"""Which version of the Watch List rule applies to a given report year.

* V0, reports 2001-2003: three tiers only; the Watch List did not exist yet.
* V1, reports 2004-2010: the Watch List exists, with no limit on how long a country stays.
* V2, reports 2011-2018: the automatic downgrade of 22 U.S.C. 7107(b)(2)(D) (Wilberforce Act,
  December 2008). Watch List years count from the 2009 report, so 2011 is the earliest report
  the rule can bind. Up to two annual waivers per run.
* V3, reports 2019 onward: the January 2019 amendments. One waiver per run, plus rule (F) for
  countries returning to the Watch List after a downgrade.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

FIRST_REPORT_YEAR: Final[int] = 2001
WATCH_LIST_FROM: Final[int] = 2004
FIRST_COUNTED_YEAR: Final[int] = 2009
"""Only Watch List placements from the 2009 report onward count towards the downgrade rule."""
FIRST_ENFORCEABLE_YEAR: Final[int] = 2011
"""Earliest report the rule can bind: it needs two counted years first (2009 and 2010)."""
V3_FROM: Final[int] = 2019
F_SCOPE_FROM: Final[int] = 2019
"""Default for rule (F): only Tier 3 placements from this report year on can trigger it.

The statute could be read as reaching back to older downgrades, but State did not apply it that
way (Malaysia and Uzbekistan were downgraded in 2014 and 2013, yet got a waived third Watch List
year in 2020). Functions that apply rule (F) take this as a keyword argument.
"""


class Regime(StrEnum):
    """A version of the Watch List rule; see the module docstring."""

    V0 = "V0"
    V1 = "V1"
    V2 = "V2"
    V3 = "V3"

    @property
    def max_waivers(self) -> int | None:
        """Waivers allowed in one unbroken Watch List run; None where there is no limit rule."""
        return MAX_WAIVERS.get(self)

    @property
    def has_watch_list(self) -> bool:
        return self is not Regime.V0

    @property
    def has_automatic_downgrade(self) -> bool:
        return self in MAX_WAIVERS

    @property
    def has_rule_f(self) -> bool:
        return self is Regime.V3


MAX_WAIVERS: Final[Mapping[Regime, int]] = MappingProxyType({Regime.V2: 2, Regime.V3: 1})


def regime_for(year: int) -> Regime:
    """The rule version that governs the report published in `year`.

    Raises ValueError for years before the first TIP Report (2001).
    """
    if year < FIRST_REPORT_YEAR:
        raise ValueError(
            f"No TIP Report for {year}: the first report was published in {FIRST_REPORT_YEAR}"
        )
    if year < WATCH_LIST_FROM:
        return Regime.V0
    if year < FIRST_ENFORCEABLE_YEAR:
        return Regime.V1
    if year < V3_FROM:
        return Regime.V2
    return Regime.V3
