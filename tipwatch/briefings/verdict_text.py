"""The claim check's explanations, in the active language.

`verify` decides each verdict and keeps why as notes: a code and its parameters (`Note`). This
is the one place that words them, from the catalog (context "claim check"), so that English and
Spanish come from the same code path. Names of countries, tiers and groups come from
`tipwatch.tip.names`, lists and numbers from `tipwatch.tip.language`. `ClaimChecker.check_text`
activates the language of the text it checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import npgettext, pgettext, pgettext_lazy

from tipwatch.tip.language import capitalised, join, number
from tipwatch.tip.models import Country
from tipwatch.tip.names import country_name, tier_name

from .claims import Relation
from .wording.phrases import spanish_contractions


class NoteCode(StrEnum):
    NO_REPORT = "no_report"
    NO_PREVIOUS_REPORT = "no_previous_report"
    AMBIGUOUS_SCOPE = "ambiguous_scope"
    LACKS = "lacks"
    NOT_RATED = "not_rated"
    WHERE_IN_REPORT = "where_in_report"
    WHERE_IN_YEAR = "where_in_year"
    REMAINED = "remained"
    DID_NOT_REMAIN = "did_not_remain"
    REMAIN_UNKNOWN = "remain_unknown"
    NOT_RATED_BEFORE = "not_rated_before"
    MOVE_UNKNOWN = "move_unknown"
    MOVE = "move"
    RUN = "run"
    RUN_AT_LEAST = "run_at_least"
    ALSO = "also"
    NOT_WHERE = "not_where"
    NOT_MEMBER = "not_member"
    LACKS_MEMBERS = "lacks_members"
    NONE_IS = "none_is"
    ONLY = "only"
    COUNT = "count"
    MOVED = "moved"
    NO_SHARED_TIER = "no_shared_tier"


@dataclass(frozen=True)
class Note:
    """One reason behind a verdict. Parameters hold data, not words: countries, tier codes,
    years, counts, a relation; `group` is a scope's label, already in the active language."""

    code: NoteCode
    params: Mapping[str, Any] = field(default_factory=dict)


# Where a country is, after "is"/"are" ("está"/"están": Spanish says every one with estar).
_AT: Mapping[str | None, Promise] = {
    "1": pgettext_lazy("claim check", "on Tier 1"),
    "2": pgettext_lazy("claim check", "on Tier 2"),
    "2WL": pgettext_lazy("claim check", "on the Tier 2 Watch List"),
    "3": pgettext_lazy("claim check", "on Tier 3"),
    "special_case": pgettext_lazy("claim check", "a special case"),
    None: pgettext_lazy("claim check", "not rated"),
}
_ABOVE: Mapping[str, Promise] = {
    "1": pgettext_lazy("claim check", "above Tier 1"),
    "2": pgettext_lazy("claim check", "above Tier 2"),
    "2WL": pgettext_lazy("claim check", "above Tier 2 Watch List"),
    "3": pgettext_lazy("claim check", "above Tier 3"),
    "special_case": pgettext_lazy("claim check", "above Special Case"),
}
_BELOW: Mapping[str, Promise] = {
    "1": pgettext_lazy("claim check", "below Tier 1"),
    "2": pgettext_lazy("claim check", "below Tier 2"),
    "2WL": pgettext_lazy("claim check", "below Tier 2 Watch List"),
    "3": pgettext_lazy("claim check", "below Tier 3"),
    "special_case": pgettext_lazy("claim check", "below Special Case"),
}
_VERDICTS: Mapping[str, Promise] = {
    "supported": pgettext_lazy("claim check verdict", "supported"),
    "contradicted": pgettext_lazy("claim check verdict", "contradicted"),
    "not_covered": pgettext_lazy("claim check verdict", "not covered"),
}


def where(tier: str | None, relation: Relation = Relation.AT) -> str:
    """ "on Tier 2", "a special case", "above Tier 2"; "en el Nivel 2", "por encima del Nivel 2"."""
    if relation is Relation.AT or tier is None:
        return str(_AT[tier or None])
    return str((_ABOVE if relation is Relation.ABOVE else _BELOW)[tier])


def label(tier: str | None) -> str:
    """The tier's name ("Tier 2 Watch List"), "not rated" for none."""
    return tier_name(tier) if tier else str(_AT[None])


def placement_label(tier: str | None) -> str:
    """What an evidence row shows for its tier: the name, or "no placement"."""
    return tier_name(tier) if tier else pgettext("claim check", "no placement")


def verdict_words(verdict: str) -> str:
    return str(_VERDICTS[verdict])


def names(countries: Iterable[Country]) -> str:
    # No comma before the last name even when a name holds "and" ("Trinidad and Tobago"):
    # the check has always listed them so, and its output is compared byte for byte.
    return join([country_name(c) for c in countries], comma_when_ambiguous=False)


def _rated(countries: Sequence[tuple[Country, str | None]]) -> str:
    """ "Cuba (Tier 2 Watch List) and Haiti (Tier 2 Watch List)"."""
    return join(
        [f"{country_name(c)} ({label(tier)})" for c, tier in countries],
        comma_when_ambiguous=False,
    )


def absent_source(year: int, in_coverage_gap: bool, reason: str = "") -> str:
    """Why an evidence row has no placement: our data lacks one, or the report gave none."""
    if not in_coverage_gap:
        return pgettext("claim check", "no placement in the %(year)s report") % {"year": year}
    reason = reason.rstrip(": ")
    if not reason:
        return pgettext("claim check", "missing from our data (coverage gap)")
    return pgettext("claim check", "missing from our data (coverage gap): %(reason)s") % {
        "reason": reason
    }


def not_checked(sentence: str) -> str:
    return pgettext("claim check", "not checked: “%(sentence)s”") % {"sentence": sentence}


# Notes ------------------------------------------------------------------------------------------


def _country(p: Mapping[str, Any]) -> dict[str, Any]:
    """The common values: the country's name, where it is, the year before."""
    values: dict[str, Any] = {**p}
    if "country" in p:
        values["country"] = country_name(p["country"])
    if "tier" in p:
        values["where"] = where(p["tier"], p.get("relation", Relation.AT))
    if "year" in p:
        values["previous_year"] = p["year"] - 1
    return values


def _no_report(p: Mapping[str, Any]) -> str:
    return pgettext("claim check", "our data has no %(year)s report") % p


def _no_previous_report(p: Mapping[str, Any]) -> str:
    return pgettext("claim check", "our data has no %(year)s report to compare with") % p


def _ambiguous_scope(p: Mapping[str, Any]) -> str:
    if p.get("region") and p.get("count"):
        return pgettext(
            "claim check",
            "count not checked: our data has no group for %(region)s",
        ) % {"region": p["region"]}
    if p.get("region"):
        return pgettext(
            "claim check",
            "scope not checked: our data has no group for %(region)s, so whether other "
            "countries there are too was not checked",
        ) % {"region": p["region"]}
    return pgettext(
        "claim check",
        "ambiguous scope: the text does not say among which countries this holds (name a "
        "group, or give one with --group)",
    )


def _lacks(p: Mapping[str, Any]) -> str:
    return pgettext("claim check", "our %(year)s data lacks %(country)s") % _country(p)


def _not_rated(p: Mapping[str, Any]) -> str:
    return pgettext("claim check", "%(country)s is not rated in the %(year)s report") % _country(p)


def _where_in_report(p: Mapping[str, Any]) -> str:
    return pgettext("claim check", "%(country)s is %(where)s in the %(year)s report") % _country(p)


def _where_in_year(p: Mapping[str, Any]) -> str:
    return pgettext("claim check", "%(country)s is %(where)s in %(year)s") % _country(p)


def _remained(p: Mapping[str, Any]) -> str:
    return pgettext(
        "claim check", "%(country)s is %(where)s in the %(year)s report, as in %(previous_year)s"
    ) % _country(p)


def _did_not_remain(p: Mapping[str, Any]) -> str:
    values = {**_country(p), "previous_where": where(p["previous_tier"])}
    return (
        pgettext(
            "claim check",
            "%(country)s is %(where)s in %(year)s but was %(previous_where)s in "
            "%(previous_year)s: it did not remain there",
        )
        % values
    )


def _remain_unknown(p: Mapping[str, Any]) -> str:
    return pgettext(
        "claim check",
        "%(country)s is %(where)s in %(year)s, but our %(previous_year)s data lacks it, so we "
        "cannot say it remained there",
    ) % _country(p)


def _not_rated_before(p: Mapping[str, Any]) -> str:
    return pgettext(
        "claim check", "%(country)s is %(where)s in %(year)s but was not rated in %(previous_year)s"
    ) % _country(p)


def _move_unknown(p: Mapping[str, Any]) -> str:
    return pgettext(
        "claim check",
        "%(country)s is %(where)s in %(year)s, but our %(previous_year)s data lacks it, so the "
        "move cannot be checked",
    ) % _country(p)


def _move(p: Mapping[str, Any]) -> str:
    values = {**_country(p), "before": label(p["previous_tier"]), "now": label(p["tier"])}
    return (
        pgettext("claim check", "%(country)s: %(before)s in %(previous_year)s, %(now)s in %(year)s")
        % values
    )


def _run(p: Mapping[str, Any]) -> str:
    values = {**_country(p), "count": number(p["count"])}
    if p.get("start") is not None:
        template = npgettext(
            "claim check",
            "%(country)s has been %(where)s for at least %(count)s report (our "
            "%(start)s data lacks it, so the run may be longer) to %(year)s",
            "%(country)s has been %(where)s for at least %(count)s consecutive reports (our "
            "%(start)s data lacks it, so the run may be longer) to %(year)s",
            p["count"],
        )
    else:
        template = npgettext(
            "claim check",
            "%(country)s has been %(where)s for %(count)s report to %(year)s",
            "%(country)s has been %(where)s for %(count)s consecutive reports to %(year)s",
            p["count"],
        )
    return template % values


def _group_values(p: Mapping[str, Any]) -> dict[str, Any]:
    values = _country(p)
    if "countries" in p:
        values["countries"] = names(p["countries"])
    return values


def _also(p: Mapping[str, Any]) -> str:
    return npgettext(
        "claim check",
        "%(countries)s is also %(where)s in %(group)s",
        "%(countries)s are also %(where)s in %(group)s",
        len(p["countries"]),
    ) % _group_values(p)


def _not_where(p: Mapping[str, Any]) -> str:
    rated = p["rated"]
    values = {**_group_values(p), "countries": _rated(rated)}
    return (
        npgettext(
            "claim check",
            "%(countries)s is not %(where)s",
            "%(countries)s are not %(where)s",
            len(rated),
        )
        % values
    )


def _not_member(p: Mapping[str, Any]) -> str:
    return npgettext(
        "claim check",
        "%(countries)s is not a member of %(group)s",
        "%(countries)s are not a member of %(group)s",
        len(p["countries"]),
    ) % _group_values(p)


def _lacks_members(p: Mapping[str, Any]) -> str:
    values = {
        **_group_values(p),
        "missing": names(p["missing"]),
        "count": number(len(p["missing"])),
        "size": number(p["size"]),
        "claimed": names(p["claimed"]),
    }
    if p["claimed"]:
        template = pgettext(
            "claim check",
            "our %(year)s data lacks %(missing)s (%(count)s of the %(size)s members of "
            "%(group)s), so we cannot say who else is %(where)s; it lacks %(claimed)s too",
        )
    else:
        template = pgettext(
            "claim check",
            "our %(year)s data lacks %(missing)s (%(count)s of the %(size)s members of "
            "%(group)s), so we cannot say who else is %(where)s",
        )
    return template % values


def _none_is(p: Mapping[str, Any]) -> str:
    return pgettext("claim check", "no member of %(group)s is %(where)s") % _group_values(p)


def _only(p: Mapping[str, Any]) -> str:
    return npgettext(
        "claim check",
        "only %(countries)s is %(where)s in %(group)s",
        "only %(countries)s are %(where)s in %(group)s",
        len(p["countries"]),
    ) % _group_values(p)


def _between(year: int | None, missing: Sequence[Country], known: int) -> str:
    """The clause that says how many more the data may hold."""
    values = {
        "year": year,
        "count": number(len(missing)),
        "missing": names(missing),
        "known": number(known),
        "most": number(known + len(missing)),
    }
    if year is None:  # two reports: a country missing from either may have moved
        return (
            pgettext(
                "claim check",
                ", and our data lacks %(count)s more in one of the two years (%(missing)s), so "
                "the true count is between %(known)s and %(most)s",
            )
            % values
        )
    return (
        pgettext(
            "claim check",
            ", and our %(year)s data lacks %(count)s more (%(missing)s), so the true count is "
            "between %(known)s and %(most)s",
        )
        % values
    )


def _count(p: Mapping[str, Any]) -> str:
    known = p["count"]
    values = {**_group_values(p), "count": number(known)}
    if p.get("group"):
        template = npgettext(
            "claim check",
            "%(count)s country is %(where)s in %(group)s in the %(year)s report",
            "%(count)s countries are %(where)s in %(group)s in the %(year)s report",
            known,
        )
    else:
        template = npgettext(
            "claim check",
            "%(count)s country is %(where)s in the %(year)s report",
            "%(count)s countries are %(where)s in the %(year)s report",
            known,
        )
    text = template % values
    if p["missing"]:
        text += _between(p["year"], p["missing"], known)
    return text


def _moved(p: Mapping[str, Any]) -> str:
    known = p["count"]
    values = {"count": number(known), "previous_year": p["previous_year"], "year": p["year"]}
    if p["direction"] == "down":
        template = npgettext(
            "claim check",
            "%(count)s country moved down from the %(previous_year)s to the %(year)s report",
            "%(count)s countries moved down from the %(previous_year)s to the %(year)s report",
            known,
        )
    else:
        template = npgettext(
            "claim check",
            "%(count)s country moved up from the %(previous_year)s to the %(year)s report",
            "%(count)s countries moved up from the %(previous_year)s to the %(year)s report",
            known,
        )
    text = template % values
    if p["unknown"]:
        text += _between(None, p["unknown"], known)
    return text


def _no_shared_tier(p: Mapping[str, Any]) -> str:
    names = join([country_name(c) for c in p["countries"]])
    return pgettext(
        "claim check",
        "the tier meant is that of %(countries)s, which our data does not give as one tier",
    ) % {"countries": names}


_NOTES: Mapping[NoteCode, Callable[[Mapping[str, Any]], str]] = {
    NoteCode.NO_REPORT: _no_report,
    NoteCode.NO_PREVIOUS_REPORT: _no_previous_report,
    NoteCode.AMBIGUOUS_SCOPE: _ambiguous_scope,
    NoteCode.LACKS: _lacks,
    NoteCode.NOT_RATED: _not_rated,
    NoteCode.WHERE_IN_REPORT: _where_in_report,
    NoteCode.WHERE_IN_YEAR: _where_in_year,
    NoteCode.REMAINED: _remained,
    NoteCode.DID_NOT_REMAIN: _did_not_remain,
    NoteCode.REMAIN_UNKNOWN: _remain_unknown,
    NoteCode.NOT_RATED_BEFORE: _not_rated_before,
    NoteCode.MOVE_UNKNOWN: _move_unknown,
    NoteCode.MOVE: _move,
    NoteCode.RUN: _run,
    NoteCode.RUN_AT_LEAST: _run,
    NoteCode.ALSO: _also,
    NoteCode.NOT_WHERE: _not_where,
    NoteCode.NOT_MEMBER: _not_member,
    NoteCode.LACKS_MEMBERS: _lacks_members,
    NoteCode.NONE_IS: _none_is,
    NoteCode.ONLY: _only,
    NoteCode.COUNT: _count,
    NoteCode.MOVED: _moved,
    NoteCode.NO_SHARED_TIER: _no_shared_tier,
}


def note_text(note: Note) -> str:
    return spanish_contractions(_NOTES[note.code](note.params))


def explanation(notes: Iterable[Note]) -> str:
    """The notes as one sentence: "Peru is on Tier 2 in the 2015 report; ...."."""
    text = "; ".join(part for part in (note_text(note) for note in notes) if part)
    return f"{capitalised(text)}." if text else ""


# Other group definitions ----------------------------------------------------------------------


def alternative_changes(
    group: str,
    size: int,
    used: str,
    used_size: int,
    changes: Sequence[tuple[Country, str | None]],
    verdict: str,
    explained: str,
) -> str:
    values = {
        "group": group,
        "size": number(size),
        "used": used,
        "used_size": number(used_size),
        "changes": _rated(changes),
        "verdict": verdict_words(verdict),
        "explanation": explained,
    }
    return spanish_contractions(
        pgettext(
            "claim check",
            "With %(group)s (%(size)s members) instead of %(used)s (%(used_size)s), these change "
            "the answer: %(changes)s. The claim would be %(verdict)s: %(explanation)s",
        )
        % values
    )


def alternative_same(group: str, size: int, verdict: str) -> str:
    values = {"group": group, "size": number(size), "verdict": verdict_words(verdict)}
    return spanish_contractions(
        pgettext(
            "claim check", "With %(group)s (%(size)s members) the answer is the same: %(verdict)s."
        )
        % values
    )


def alternative_count(group: str, size: int, explained: str) -> str:
    values = {"group": group, "size": number(size), "explanation": explained}
    return spanish_contractions(
        pgettext("claim check", "With %(group)s (%(size)s members): %(explanation)s") % values
    )
