"""Codes of the rule messages. The engine says which message applies and with what numbers;
`tipwatch.tip.rule_text` turns a code and its parameters into a sentence in a language.

Parameters are plain numbers, years and tuples of years. Messages that describe a run of Watch
List years carry `span_year` (the report the run comes before), `streak` (the run as the rule
counts it, from the 2009 report) and `raw_streak` (the whole run).
"""

from __future__ import annotations

from enum import StrEnum


class MessageCode(StrEnum):
    # What the rule allows for one report (`Constraint`).
    PREDATES_WATCH_LIST = "predates_watch_list"
    NO_CONSECUTIVE_LIMIT = "no_consecutive_limit"
    RETURN_BARRED = "return_barred"
    ALLOWED_NOT_ON_WATCH_LIST = "allowed_not_on_watch_list"
    ALLOWED_FIRST_YEAR = "allowed_first_year"
    MUST_LEAVE_UNLESS_WAIVED = "must_leave_unless_waived"
    MUST_LEAVE_NO_WAIVER_LEFT = "must_leave_no_waiver_left"
    UNKNOWN_MISSING_YEARS = "unknown_missing_years"
    # What happened in one year (`RuleFlag`).
    CONSECUTIVE_YEAR = "consecutive_year"
    WAIVER_USED = "waiver_used"
    KEPT_AFTER_RETURN = "kept_after_return"
    KEPT_WITHOUT_WAIVER = "kept_without_waiver"
    DOWNGRADED_AFTER_RETURN = "downgraded_after_return"
    DOWNGRADED_NO_WAIVER_LEFT = "downgraded_no_waiver_left"
    DOWNGRADED_NOT_WAIVED = "downgraded_not_waived"
    MUST_LEAVE_AFTER_RETURN = "must_leave_after_return"
    NEEDS_WAIVER_NEXT = "needs_waiver_next"
    NO_WAIVER_NEXT = "no_waiver_next"
