"""Check claims about named countries: their tier in a report, a move between two reports, and
how long they have stayed on a tier."""

from __future__ import annotations

from dataclasses import replace

from tipwatch.tip.models import Country, Report
from tipwatch.tip.services.reading import CountryHistory, HistoryRow

from ..claims import Claim
from ..verdict_text import Note, NoteCode
from .results import CheckedClaim, Evidence, Verdict, checked_claim
from .tier_data import TierData
from .verdict_logic import combine, moved


def check_tier(data: TierData, claim: Claim, report: Report) -> CheckedClaim:
    year = report.year
    assert claim.tier is not None
    verdicts, evidence, notes = [], [], []
    for iso3 in claim.countries:
        country = data.country(iso3)
        history = data.history(iso3)
        row = history.row_for(year)
        if row is None:
            verdict, missing, note = _unplaced(data, country, history, year, claim.negated)
            verdicts.append(verdict)
            evidence.append(missing)
            notes.append(note)
            continue
        evidence.append(data.row_evidence(row))
        actual = row.placement.tier
        where = {"country": country, "tier": actual, "year": year}
        holds = (actual == claim.tier) != claim.negated
        if not holds:
            verdicts.append(Verdict.CONTRADICTED)
            notes.append(Note(NoteCode.WHERE_IN_REPORT, where))
            continue
        if claim.unchanged:
            verdict, note = _unchanged(data, country, history, row, claim.tier, evidence)
            verdicts.append(verdict)
            notes.append(note)
            continue
        verdicts.append(Verdict.SUPPORTED)
        notes.append(Note(NoteCode.WHERE_IN_REPORT, where))
    return checked_claim(claim, combine(verdicts), year, evidence, notes)


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


def _unchanged(
    data: TierData,
    country: Country,
    history: CountryHistory,
    row: HistoryRow,
    tier: str,
    evidence: list[Evidence],
) -> tuple[Verdict, Note]:
    year = row.placement.report.year
    entry = row.entry
    previous = history.row_for(year - 1)
    where = {"country": country, "tier": tier, "year": year}
    if previous is not None:
        evidence.append(data.row_evidence(previous))
        if previous.placement.tier == tier:
            return Verdict.SUPPORTED, Note(NoteCode.REMAINED, where)
        return Verdict.CONTRADICTED, Note(
            NoteCode.DID_NOT_REMAIN, {**where, "previous_tier": previous.placement.tier}
        )
    evidence.append(data.missing_evidence(country, year - 1))
    if entry.skipped_unknown_years:
        return Verdict.NOT_COVERED, Note(NoteCode.REMAIN_UNKNOWN, where)
    return Verdict.CONTRADICTED, Note(NoteCode.NOT_RATED_BEFORE, where)


def check_change(data: TierData, claim: Claim, report: Report) -> CheckedClaim:
    year = report.year
    verdicts, evidence, notes = [], [], []
    for iso3 in claim.countries:
        country = data.country(iso3)
        history = data.history(iso3)
        row = history.row_for(year)
        previous = history.row_for(year - 1)
        if row is None:
            verdict, missing, note = _unplaced(data, country, history, year)
            verdicts.append(verdict)
            evidence.append(missing)
            notes.append(note)
            continue
        evidence.append(data.row_evidence(row))
        evidence.append(
            data.row_evidence(previous)
            if previous is not None
            else data.missing_evidence(country, year - 1)
        )
        actual = row.placement.tier
        before = previous.placement.tier if previous else None
        previous_unknown = previous is None and (year - 1) in history.unknown_years
        to_ok = claim.tier is None or actual == claim.tier
        where = {"country": country, "tier": actual, "year": year}
        if previous_unknown:
            if not to_ok and not claim.negated:
                verdicts.append(Verdict.CONTRADICTED)
                notes.append(Note(NoteCode.WHERE_IN_YEAR, where))
            else:
                verdicts.append(Verdict.NOT_COVERED)
                notes.append(Note(NoteCode.MOVE_UNKNOWN, where))
            continue
        holds = to_ok and moved(claim, before, actual)
        if claim.negated:
            holds = not holds
        verdicts.append(Verdict.SUPPORTED if holds else Verdict.CONTRADICTED)
        notes.append(Note(NoteCode.MOVE, {**where, "previous_tier": before}))
    return checked_claim(claim, combine(verdicts), year, evidence, notes)


def check_streak(data: TierData, claim: Claim, report: Report) -> CheckedClaim:
    year = report.year
    assert claim.years is not None
    verdicts, evidence, notes = [], [], []
    for iso3 in claim.countries:
        country = data.country(iso3)
        history = data.history(iso3)
        row = history.row_for(year)
        if row is None:
            verdict, missing, note = _unplaced(data, country, history, year)
            verdicts.append(verdict)
            evidence.append(missing)
            notes.append(note)
            continue
        entry = row.entry
        actual = row.placement.tier
        run = entry.years_at_tier
        rows = [r for r in history.rows if year - run < r.placement.report.year <= year]
        evidence += [data.row_evidence(r) for r in rows]
        start = year - run
        before = history.row_for(start)
        evidence.append(
            data.row_evidence(before)
            if before is not None
            else data.missing_evidence(country, start)
        )
        where = {"country": country, "tier": actual, "year": year}
        if claim.tier is not None and actual != claim.tier:
            verdicts.append(Verdict.CONTRADICTED)
            notes.append(Note(NoteCode.WHERE_IN_YEAR, where))
            continue
        minimum = entry.years_at_tier_is_minimum
        if claim.at_least:
            verdict = (
                Verdict.SUPPORTED
                if run >= claim.years
                else Verdict.NOT_COVERED
                if minimum
                else Verdict.CONTRADICTED
            )
        elif run == claim.years:
            verdict = Verdict.NOT_COVERED if minimum else Verdict.SUPPORTED
        elif run > claim.years:
            verdict = Verdict.CONTRADICTED
        else:
            verdict = Verdict.NOT_COVERED if minimum else Verdict.CONTRADICTED
        verdicts.append(verdict)
        notes.append(
            Note(NoteCode.RUN_AT_LEAST, {**where, "count": run, "start": start})
            if minimum
            else Note(NoteCode.RUN, {**where, "count": run})
        )
    return checked_claim(claim, combine(verdicts), year, evidence, notes)


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
