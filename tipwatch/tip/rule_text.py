"""The rules engine's messages as sentences in the active language.

The engine (`tipwatch.tip.rules`) gives a message code and its parameters; this is the one
place that words them, so the country page, the API, briefings, the claim check and alerts say
the same thing. `RuleFlag.render` and `Constraint.render` call `message_text`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import npgettext, pgettext, pgettext_lazy

from .language import join, ordinal
from .rules import PROVISION_DOWNGRADE, PROVISION_RETURN, PROVISION_WAIVER
from .rules.messages import MessageCode

STATUTE = "22 U.S.C. 7107"


def cite(provision: str | None) -> str:
    """Full citation of a paragraph of section 7107, e.g. "22 U.S.C. 7107(b)(2)(F)"."""
    return f"{STATUTE}{provision or ''}"


def years_text(years: tuple[int, ...] | list[int]) -> str:
    return join([str(year) for year in years])


def span_text(params: Mapping[str, Any]) -> str:
    """The run of Watch List years before `span_year`: its real length, and the rule's count
    when the rule counts fewer years (only from the 2009 report). The real length comes first
    so that the sentence states a true run."""
    year, streak, raw = params["span_year"], params["streak"], params["raw_streak"]
    values = {"count": raw, "first": year - raw, "last": year - 1, "counted": streak}
    if raw > streak:
        return (
            npgettext(
                "rule",
                "%(count)s consecutive Watch List year (%(first)s to %(last)s), of which the rule "
                "counts %(counted)s (from the 2009 report)",
                "%(count)s consecutive Watch List years (%(first)s to %(last)s), of which the rule "
                "counts %(counted)s (from the 2009 report)",
                raw,
            )
            % values
        )
    return (
        npgettext(
            "rule",
            "%(count)s consecutive Watch List year (%(first)s to %(last)s)",
            "%(count)s consecutive Watch List years (%(first)s to %(last)s)",
            raw,
        )
        % values
    )


def allowance_text(limit: int) -> str:
    if limit == 1:
        return pgettext("rule", "the single waiver allowed per run since the 2019 report")
    return pgettext("rule", "both waivers allowed per run")


def _consecutive(p: Mapping[str, Any]) -> str:
    raw, counted, missing = p["raw_count"], p["count"], p["at_least_missing"]
    values = {**p, "nth": ordinal(raw), "counted_nth": ordinal(counted), "missing": missing}
    if raw != counted and missing:
        template = pgettext(
            "rule",
            "In %(year)s, %(country)s was on the Watch List for the %(nth)s consecutive year; "
            "the downgrade rule counts only from the 2009 report, so for the rule it was the "
            "%(counted_nth)s at least: %(missing)s is missing from our data and may lengthen "
            "the run.",
        )
    elif raw != counted:
        template = pgettext(
            "rule",
            "In %(year)s, %(country)s was on the Watch List for the %(nth)s consecutive year; "
            "the downgrade rule counts only from the 2009 report, so for the rule it was the "
            "%(counted_nth)s.",
        )
    elif missing:
        template = pgettext(
            "rule",
            "In %(year)s, %(country)s was on the Watch List for the %(nth)s consecutive year at "
            "least: %(missing)s is missing from our data and may lengthen the run.",
        )
    else:
        template = pgettext(
            "rule",
            "In %(year)s, %(country)s was on the Watch List for the %(nth)s consecutive year.",
        )
    return template % values


def _waiver_used(p: Mapping[str, Any]) -> str:
    values = {
        **p,
        "nth": ordinal(p["raw_streak"] + 1),
        "counted_nth": ordinal(p["streak"] + 1),
        "statute": cite(PROVISION_WAIVER),
    }
    if p["raw_streak"] == p["streak"]:
        text = pgettext(
            "rule",
            "In %(year)s, %(country)s stayed on the Watch List for a %(nth)s consecutive year, "
            "which required a waiver under %(statute)s: its %(waiver_nth)s in this run.",
        )
    else:
        text = pgettext(
            "rule",
            "In %(year)s, %(country)s stayed on the Watch List for a %(nth)s consecutive year "
            "(the %(counted_nth)s the rule counts), which required a waiver under %(statute)s: "
            "its %(waiver_nth)s in this run.",
        )
    text %= _values(values)
    if p["implied"]:
        text += " " + pgettext("rule", "The waiver is inferred from the rankings.")
    return text


def _values(p: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters with what every message may quote: citations, the run, the allowance."""
    values = {
        **p,
        "downgrade_statute": cite(PROVISION_DOWNGRADE),
        "waiver_statute": cite(PROVISION_WAIVER),
        "return_statute": cite(PROVISION_RETURN),
    }
    if "year" in p:
        values["previous_year"] = p["year"] - 1
    if "span_year" in p:
        values["span"] = span_text(p)
    if "waiver_limit" in p:
        values["allowance"] = allowance_text(p["waiver_limit"])
    if "waiver_number" in p:
        values["waiver_nth"] = ordinal(p["waiver_number"], feminine=True)
    if "missing_years" in p:
        values["missing"] = years_text(p["missing_years"])
    return values


def _must_leave_no_waiver_left(p: Mapping[str, Any]) -> str:
    if p["waiver_limit"] == 1:
        template = pgettext(
            "rule",
            "The %(year)s report follows %(span)s, and %(allowance)s is used up. Under "
            "%(downgrade_statute)s it must move %(country)s to Tier 3 unless it upgrades it to "
            "Tier 2 or Tier 1.",
        )
    else:
        template = pgettext(
            "rule",
            "The %(year)s report follows %(span)s, and %(allowance)s are used up. Under "
            "%(downgrade_statute)s it must move %(country)s to Tier 3 unless it upgrades it to "
            "Tier 2 or Tier 1.",
        )
    return template % _values(p)


# Messages that are one sentence with the common placeholders (see `_values`).
_SENTENCES: dict[MessageCode, Promise] = {
    MessageCode.PREDATES_WATCH_LIST: pgettext_lazy(
        "rule",
        "The %(year)s report predates the Watch List, which was first used in the 2004 report.",
    ),
    MessageCode.NO_CONSECUTIVE_LIMIT: pgettext_lazy(
        "rule",
        "Reports from 2004 to 2010 set no limit on consecutive Watch List years, so the "
        "%(year)s report could place %(country)s on the Watch List.",
    ),
    MessageCode.RETURN_BARRED: pgettext_lazy(
        "rule",
        "After a Watch List run that ended with a move to Tier 3 in %(downgrade_year)s, "
        "%(country)s came back to the Watch List in %(return_year)s. Under %(return_statute)s "
        "it may spend only one consecutive year there, so the %(year)s report must rank it "
        "Tier 2 or better, or Tier 3. No waiver is available.",
    ),
    MessageCode.ALLOWED_NOT_ON_WATCH_LIST: pgettext_lazy(
        "rule",
        "The %(year)s report may place %(country)s on the Watch List without a waiver: it was "
        "not on the Watch List in %(previous_year)s, and the limit applies only after two "
        "consecutive years.",
    ),
    MessageCode.ALLOWED_FIRST_YEAR: pgettext_lazy(
        "rule",
        "The %(year)s report may place %(country)s on the Watch List without a waiver: "
        "%(previous_year)s was its first consecutive year there, and the limit applies only "
        "after two consecutive years.",
    ),
    MessageCode.MUST_LEAVE_UNLESS_WAIVED: pgettext_lazy(
        "rule",
        "The %(year)s report follows %(span)s. Under %(downgrade_statute)s it must move "
        "%(country)s to Tier 3 unless it upgrades it to Tier 2 or Tier 1, or a waiver under "
        "%(waiver_statute)s keeps it on the Watch List one more year (waivers used in this "
        "run: %(waivers_used)s of %(waiver_limit)s).",
    ),
    MessageCode.UNKNOWN_MISSING_YEARS: pgettext_lazy(
        "rule",
        "Watch List rule for the %(year)s report unknown: %(missing)s missing from our data. "
        "Whether %(country)s was on the Watch List in %(missing)s decides whether "
        "%(downgrade_statute)s let the %(year)s report place it there without a waiver, so we "
        "do not say.",
    ),
    MessageCode.KEPT_AFTER_RETURN: pgettext_lazy(
        "rule",
        "In %(year)s, %(country)s was kept on the Watch List although %(return_statute)s "
        "allowed only one consecutive year there after its return from Tier 3. Check the data.",
    ),
    MessageCode.KEPT_WITHOUT_WAIVER: pgettext_lazy(
        "rule",
        "In %(year)s, %(country)s was on the Watch List after %(span)s although %(allowance)s "
        "had been used, which %(downgrade_statute)s does not allow. Check the data.",
    ),
    MessageCode.DOWNGRADED_AFTER_RETURN: pgettext_lazy(
        "rule",
        "In %(year)s, %(country)s was moved to Tier 3: after its return to the Watch List, "
        "%(return_statute)s ruled out a second consecutive year there.",
    ),
    MessageCode.DOWNGRADED_NO_WAIVER_LEFT: pgettext_lazy(
        "rule",
        "In %(year)s, %(country)s was moved to Tier 3 after %(span)s with no waiver left: the "
        "downgrade under %(downgrade_statute)s was mandatory.",
    ),
    MessageCode.DOWNGRADED_NOT_WAIVED: pgettext_lazy(
        "rule",
        "In %(year)s, %(country)s was placed on Tier 3 after %(span)s. Under "
        "%(downgrade_statute)s it had to leave the Watch List unless a waiver was granted, and "
        "none was; the report may also have judged Tier 3 warranted on its own merits.",
    ),
    MessageCode.MUST_LEAVE_AFTER_RETURN: pgettext_lazy(
        "rule",
        "In %(year)s, %(country)s was back on the Watch List after a downgrade to Tier 3. Under "
        "%(return_statute)s the %(next_year)s report must move it off the Watch List, up to "
        "Tier 2 or better or down to Tier 3, and no waiver is possible.",
    ),
    MessageCode.NEEDS_WAIVER_NEXT: pgettext_lazy(
        "rule",
        "After %(span)s, %(country)s can stay on the Watch List in the %(next_year)s report "
        "only with a waiver under %(waiver_statute)s (its %(waiver_nth)s in this run); "
        "otherwise %(downgrade_statute)s requires Tier 3 unless it is upgraded.",
    ),
    MessageCode.NO_WAIVER_NEXT: pgettext_lazy(
        "rule",
        "After %(span)s, with %(allowance)s used, %(country)s cannot stay on the Watch List in "
        "the %(next_year)s report: under %(downgrade_statute)s it must go to Tier 3 unless it "
        "is upgraded to Tier 2 or Tier 1.",
    ),
}
_BUILT: dict[MessageCode, Callable[[Mapping[str, Any]], str]] = {
    MessageCode.CONSECUTIVE_YEAR: _consecutive,
    MessageCode.WAIVER_USED: _waiver_used,
    MessageCode.MUST_LEAVE_NO_WAIVER_LEFT: _must_leave_no_waiver_left,
}


def message_text(
    code: MessageCode | str, params: Mapping[str, Any], country_name: str | None = None
) -> str:
    """The message in the active language; without a name it says "the country"."""
    country = country_name or pgettext("rule", "the country")
    values = {**params, "country": country}
    code = MessageCode(code)
    if code in _BUILT:
        return _BUILT[code](values)
    return str(_SENTENCES[code]) % _values(values)
