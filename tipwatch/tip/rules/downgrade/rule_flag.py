"""The rule flags: their codes (`FlagCode`, `consecutive_code`) and the record of one
observation about one report year (`RuleFlag`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tipwatch.core.number_words import ordinal
from tipwatch.tip.rules.downgrade.constraint import Params
from tipwatch.tip.rules.messages import MessageCode


class FlagCode(StrEnum):
    """Stable codes of the rule flags (besides the "<ordinal>_consecutive_..." family).

    * WAIVER_USED: on the Watch List in a year the rule required a downgrade, so a waiver was
      granted (recorded, or implied by the rankings).
    * WOULD_BE_DOWNGRADED: on the Watch List this year; staying next year needs a waiver.
    * NO_WAIVER_LEFT: on the Watch List this year; next year it must leave (Tier 3 unless
      upgraded) because the run's waivers are used up.
    * RULE_F_APPLIES: back on the Watch List after a downgrade; rule (F) forces it off next year.
    * AUTOMATIC_DOWNGRADE: on Tier 3 in a year the Watch List was barred with no waiver left
      (or barred by rule (F)): the downgrade was mandatory.
    * DOWNGRADE_WITHOUT_WAIVER: on Tier 3 in a year the Watch List was barred but a waiver was
      still available and not granted.
    * WATCH_LIST_NOT_PERMITTED: on the Watch List in a year the rule did not allow it and no
      waiver could help; points to a data error or an exception we do not model.
    * UNKNOWN: what the rule allowed in `applies_to_year` depends on years missing from our
      data (`missing_years`), so no other flag is given for it.
    """

    WAIVER_USED = "waiver_used"
    WOULD_BE_DOWNGRADED = "would_be_downgraded_next_year_unless_waived"
    NO_WAIVER_LEFT = "no_waiver_left"
    RULE_F_APPLIES = "rule_f_applies"
    AUTOMATIC_DOWNGRADE = "automatic_downgrade"
    DOWNGRADE_WITHOUT_WAIVER = "downgrade_without_waiver"
    WATCH_LIST_NOT_PERMITTED = "watch_list_not_permitted"
    UNKNOWN = "unknown_missing_years"


def consecutive_code(count: int) -> str:
    """Flag code for the `count`-th counted consecutive Watch List year, e.g. "third_..."."""
    return f"{ordinal(count, 'en')}_consecutive_watch_list_year"


@dataclass(frozen=True, slots=True)
class RuleFlag:
    """One observation about one report year of a country's history.

    `applies_to_year` is the report the flag is about: `report_year` itself, or the next one
    for forward-looking flags (WOULD_BE_DOWNGRADED, NO_WAIVER_LEFT, RULE_F_APPLIES).
    `count` is the counted run length for the consecutive-year flags and the waiver's number
    within the run for WAIVER_USED; `raw_count` is the run length without the 2009 cut-off.
    `implied` is True for a WAIVER_USED flag deduced from the rankings rather than recorded.
    `missing_years` lists the years missing from our data behind an UNKNOWN flag, or behind a
    consecutive-year count that is only a minimum.
    `message_code` and `params` say which message applies; `tipwatch.tip.rule_text` words it
    in a language (`message` and `render` call it, so they need Django's settings).
    """

    code: str
    report_year: int
    provision: str | None
    message_code: MessageCode
    applies_to_year: int
    count: int | None = None
    raw_count: int | None = None
    implied: bool = False
    missing_years: tuple[int, ...] = ()
    params: Params = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The message in the active language, referring to "the country"."""
        return self.render(None)

    def render(self, country_name: str | None = None) -> str:
        """The message in the active language, with the country's name."""
        from tipwatch.tip.rule_text import message_text  # the wording needs Django's gettext

        return message_text(self.message_code, self.params, country_name)

    @property
    def is_forward_looking(self) -> bool:
        return self.applies_to_year > self.report_year
