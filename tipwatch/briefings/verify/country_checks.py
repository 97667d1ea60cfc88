"""Check claims about named countries: their tier in a report, a move between two reports, and
how long they have stayed on a tier."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from tipwatch.tip.models import Country, Report
from tipwatch.tip.services.reading import CountryHistory, HistoryRow

from ..claims import Claim
from ..verdict_text import Note, NoteCode
from .results import CheckedClaim, Evidence, Verdict, checked_claim
from .tier_data import TierData
from .verdict_logic import combine, moved


@dataclass(frozen=True)
class Placed:
    """A country a claim names, placed in the report checked: its history and that row."""

    country: Country
    history: CountryHistory
    row: HistoryRow

    @property
    def where(self) -> dict[str, object]:
        """The country, its tier and the year: what most notes say."""
        return {
            "country": self.country,
            "tier": self.row.placement.tier,
            "year": self.row.placement.report.year,
        }


Finding = tuple[Verdict, list[Evidence], Note]
"""What a check finds for one country: its verdict, the evidence rows and the note."""


def _each_country(
    data: TierData,
    claim: Claim,
    year: int,
    judge: Callable[[Placed], Finding],
    negated: bool = False,
) -> CheckedClaim:
    """Check a claim country by country: a country the report's year has no placement for is
    judged by `_unplaced` (`negated`: a negated claim stands where the report rated it not at
    all), one placed by `judge`; the verdicts are combined."""
    verdicts, evidence, notes = [], [], []
    for iso3 in claim.countries:
        country = data.country(iso3)
        history = data.history(iso3)
        row = history.row_for(year)
        if row is None:
            verdict, missing, note = _unplaced(data, country, history, year, negated)
            found: Finding = (verdict, [missing], note)
        else:
            found = judge(Placed(country, history, row))
        verdicts.append(found[0])
        evidence += found[1]
        notes.append(found[2])
    return checked_claim(claim, combine(verdicts), year, evidence, notes)


def check_tier(data: TierData, claim: Claim, report: Report) -> CheckedClaim:
    tier = claim.tier
    assert tier is not None

    def judge(placed: Placed) -> Finding:
        evidence = [data.row_evidence(placed.row)]
        if (placed.row.placement.tier == tier) == claim.negated:
            return Verdict.CONTRADICTED, evidence, Note(NoteCode.WHERE_IN_REPORT, placed.where)
        if claim.unchanged:
            verdict, before, note = _unchanged(data, placed, tier)
            return verdict, [*evidence, before], note
        return Verdict.SUPPORTED, evidence, Note(NoteCode.WHERE_IN_REPORT, placed.where)

    return _each_country(data, claim, report.year, judge, claim.negated)


def check_same_tier(data: TierData, claim: Claim, report: Report) -> CheckedClaim:
    """ "in the same category as North Korea and Iran": the tier those countries are on in
    the report, when they are all on one; the claim is then checked with that tier."""
    year = report.year
    rows = {iso3: data.history(iso3).row_for(year) for iso3 in claim.tier_of}
    tiers = {row.placement.tier for row in rows.values() if row is not None}
    if len(tiers) != 1 or None in rows.values():
        evidence = [
            data.row_evidence(row)
            if row is not None
            else data.missing_evidence(data.country(iso3), year)
            for iso3, row in rows.items()
        ]
        return checked_claim(
            claim,
            Verdict.NOT_COVERED,
            year,
            evidence,
            [Note(NoteCode.NO_SHARED_TIER, {"countries": [data.country(c) for c in rows]})],
        )
    return check_tier(data, replace(claim, tier=tiers.pop()), report)


def _unchanged(data: TierData, placed: Placed, tier: str) -> tuple[Verdict, Evidence, Note]:
    """A stay on the tier: the country's row in the report before, and the verdict."""
    country, history, row = placed.country, placed.history, placed.row
    year = row.placement.report.year
    previous = history.row_for(year - 1)
    where = {"country": country, "tier": tier, "year": year}
    if previous is not None:
        before = data.row_evidence(previous)
        if previous.placement.tier == tier:
            return Verdict.SUPPORTED, before, Note(NoteCode.REMAINED, where)
        return (
            Verdict.CONTRADICTED,
            before,
            Note(NoteCode.DID_NOT_REMAIN, {**where, "previous_tier": previous.placement.tier}),
        )
    before = data.missing_evidence(country, year - 1)
    if row.entry.skipped_unknown_years:
        return Verdict.NOT_COVERED, before, Note(NoteCode.REMAIN_UNKNOWN, where)
    return Verdict.CONTRADICTED, before, Note(NoteCode.NOT_RATED_BEFORE, where)


def check_change(data: TierData, claim: Claim, report: Report) -> CheckedClaim:
    year = report.year

    def judge(placed: Placed) -> Finding:
        previous = placed.history.row_for(year - 1)
        evidence = [
            data.row_evidence(placed.row),
            data.row_evidence(previous)
            if previous is not None
            else data.missing_evidence(placed.country, year - 1),
        ]
        actual = placed.row.placement.tier
        to_ok = claim.tier is None or actual == claim.tier
        if previous is None and (year - 1) in placed.history.unknown_years:
            if not to_ok and not claim.negated:
                return Verdict.CONTRADICTED, evidence, Note(NoteCode.WHERE_IN_YEAR, placed.where)
            return Verdict.NOT_COVERED, evidence, Note(NoteCode.MOVE_UNKNOWN, placed.where)
        before = previous.placement.tier if previous else None
        holds = (to_ok and moved(claim, before, actual)) != claim.negated
        verdict = Verdict.SUPPORTED if holds else Verdict.CONTRADICTED
        return verdict, evidence, Note(NoteCode.MOVE, {**placed.where, "previous_tier": before})

    return _each_country(data, claim, year, judge)


def check_streak(data: TierData, claim: Claim, report: Report) -> CheckedClaim:
    year = report.year
    years = claim.years
    assert years is not None

    def judge(placed: Placed) -> Finding:
        entry = placed.row.entry
        run = entry.years_at_tier
        start = year - run
        evidence = [
            data.row_evidence(r)
            for r in placed.history.rows
            if start < r.placement.report.year <= year
        ]
        before = placed.history.row_for(start)
        evidence.append(
            data.row_evidence(before)
            if before is not None
            else data.missing_evidence(placed.country, start)
        )
        if claim.tier is not None and placed.row.placement.tier != claim.tier:
            return Verdict.CONTRADICTED, evidence, Note(NoteCode.WHERE_IN_YEAR, placed.where)
        minimum = entry.years_at_tier_is_minimum
        if claim.at_least:
            verdict = (
                Verdict.SUPPORTED
                if run >= years
                else Verdict.NOT_COVERED
                if minimum
                else Verdict.CONTRADICTED
            )
        elif run == years:
            verdict = Verdict.NOT_COVERED if minimum else Verdict.SUPPORTED
        elif run > years:
            verdict = Verdict.CONTRADICTED
        else:
            verdict = Verdict.NOT_COVERED if minimum else Verdict.CONTRADICTED
        note = (
            Note(NoteCode.RUN_AT_LEAST, {**placed.where, "count": run, "start": start})
            if minimum
            else Note(NoteCode.RUN, {**placed.where, "count": run})
        )
        return verdict, evidence, note

    return _each_country(data, claim, year, judge)


def _unplaced(
    data: TierData, country: Country, history: CountryHistory, year: int, negated: bool = False
) -> tuple[Verdict, Evidence, Note]:
    """A claim about a year in which our data holds no placement for the country: not covered
    when the year is missing from our data, else the report did not rate it, which contradicts
    the claim (or bears out its negation)."""
    evidence = data.missing_evidence(country, year)
    where = {"country": country, "year": year}
    if year in history.unknown_years:
        return Verdict.NOT_COVERED, evidence, Note(NoteCode.LACKS, where)
    verdict = Verdict.SUPPORTED if negated else Verdict.CONTRADICTED
    return verdict, evidence, Note(NoteCode.NOT_RATED, where)
