"""Check the claims found in a text against the tier data.

Each claim gets a verdict: `supported`, `contradicted`, or `not_covered` when the data cannot
decide (a country missing from a partial year's data, a group member missing, a comparison
across a gap, a year with no report). The evidence is the placements (or coverage gaps) that
decide it. Group and count claims say which group definition was used, and what a common
alternative definition would change. The reasons are kept as notes (codes and parameters) and
worded by `verdict_text` in the language of the text checked.

Country facts come from `country_history` (placement, change, run length), group facts from
`compare` (who sits where in the report); nothing here reads the tables another way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from django.utils import translation

from tipwatch.pages.site_settings import home_group_slug
from tipwatch.tip.language import capitalised
from tipwatch.tip.models import Country, CoverageGap, Group, Report
from tipwatch.tip.names import country_name
from tipwatch.tip.rules import FlagCode, Tier
from tipwatch.tip.services.reading import (
    ALL_COUNTRIES,
    Comparison,
    CountryHistory,
    HistoryRow,
    Scope,
    compare,
    country_histories,
    country_history,
)

from .briefing import LANGUAGE_CODES
from .claims import (
    AMBIGUOUS,
    REGION,
    Claim,
    ClaimKind,
    Comparator,
    Gazetteer,
    Relation,
    Sentence,
    detect_language,
    read_text,
    unnamed_region,
)
from .claims import WORLD as CLAIM_WORLD
from .names import ALTERNATIVE_DEFINITIONS, UNNAMED_REGION_NAMES_ES, build_gazetteer
from .verdict_text import (
    Note,
    NoteCode,
    absent_source,
    alternative_changes,
    alternative_count,
    alternative_same,
    explanation,
    not_checked,
    placement_label,
)
from .wording.phrases import group_definition


class Verdict(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_COVERED = "not_covered"

    @property
    def label(self) -> str:
        return {"not_covered": "Not covered by our data"}.get(self.value, self.value.capitalize())


@dataclass(frozen=True)
class Evidence:
    iso3: str
    country: str  # the name in the language of the text checked
    report_year: int
    tier: str | None  # None: no placement (not rated, or missing from our data)
    source: str
    tier_label: str = ""  # the tier in words, in that language

    def as_dict(self) -> dict[str, Any]:
        return {
            "iso3": self.iso3,
            "country": self.country,
            "report_year": self.report_year,
            "tier": self.tier,
            "source": self.source,
        }


@dataclass(frozen=True)
class GroupUsed:
    slug: str
    name: str
    definition: str
    size: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "name": self.name,
            "definition": self.definition,
            "size": self.size,
        }


@dataclass(frozen=True)
class Alternative:
    group: GroupUsed
    verdict: Verdict
    changes: list[Evidence]
    note: str

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.group.as_dict(),
            "verdict": str(self.verdict),
            "changes": [e.as_dict() for e in self.changes],
            "note": self.note,
        }


@dataclass(frozen=True)
class CheckedClaim:
    claim: Claim
    verdict: Verdict
    year: int
    evidence: list[Evidence]
    explanation: str
    group: GroupUsed | None = None
    alternatives: list[Alternative] = field(default_factory=list)
    rule_notes: list[str] = field(default_factory=list)  # rule flags that answer "unknown"
    notes: tuple[Note, ...] = ()  # why, as codes and parameters: `explanation` words them

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.claim.text,
            "span": list(self.claim.span),
            "structured": self.claim.structured(),
            "report_year": self.year,
            "verdict": str(self.verdict),
            "explanation": self.explanation,
            "evidence": [e.as_dict() for e in self.evidence],
        }
        if self.group is not None:
            data["group"] = self.group.as_dict()
            data["alternative_definitions"] = [a.as_dict() for a in self.alternatives]
        if self.rule_notes:
            data["rule_flags"] = list(self.rule_notes)
        return data


@dataclass(frozen=True)
class CheckResult:
    claims: list[CheckedClaim]
    default_year: int
    # Sentences that mention a tier or a ranking but gave no claim we could check.
    unchecked: list[Sentence] = field(default_factory=list)
    lang: str = "en"  # the language of the text, which the explanations speak

    def not_checked_lines(self) -> list[str]:
        """ "not checked: “...”" for each sentence not checked, in the text's language."""
        with translation.override(LANGUAGE_CODES[self.lang]):
            return [not_checked(sentence.text) for sentence in self.unchecked]

    def counts(self) -> dict[str, int]:
        return {str(v): sum(1 for c in self.claims if c.verdict is v) for v in Verdict}

    @property
    def contradicted(self) -> bool:
        return any(c.verdict is Verdict.CONTRADICTED for c in self.claims)

    def as_dict(self) -> dict[str, Any]:
        return {
            "default_year": self.default_year,
            "summary": self.counts(),
            "claims": [claim.as_dict() for claim in self.claims],
            "not_checked": [{"text": s.text, "span": [s.start, s.end]} for s in self.unchecked],
        }


def _combine(verdicts: Iterable[Verdict]) -> Verdict:
    verdicts = list(verdicts)
    if Verdict.CONTRADICTED in verdicts:
        return Verdict.CONTRADICTED
    if Verdict.NOT_COVERED in verdicts:
        return Verdict.NOT_COVERED
    return Verdict.SUPPORTED


def _rank_test(relation: Relation, tier: str) -> Callable[[str], bool]:
    reference = Tier(tier).rank
    if relation is Relation.AT or reference is None:
        return lambda other: other == tier
    assert reference is not None

    def test(other: str) -> bool:
        rank = Tier(other).rank
        if rank is None:
            return False
        return rank > reference if relation is Relation.BELOW else rank < reference

    return test


class ClaimChecker:
    """Find and check the claims in a text. One checker caches what it reads: use one per
    text (or per request)."""

    def __init__(
        self,
        default_year: int,
        default_group: str | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.default_year = default_year
        self.default_group = default_group
        self._gazetteer = gazetteer
        self._reports: dict[int, Report | None] = {}
        self._histories: dict[str, CountryHistory] = {}
        self._countries: dict[str, Country] | None = None
        self._comparisons: dict[tuple[int, str, str], Comparison] = {}
        self._groups: dict[str, Group | None] = {}
        self._gaps: dict[int, dict[str, str]] = {}

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = build_gazetteer()
        return self._gazetteer

    def check_text(
        self, text: str, lang: str | None = None, explain_in: str | None = None
    ) -> CheckResult:
        """`lang` is the language whose claims to read (None: both); the explanations speak
        `explain_in`, else `lang`, else the language the text is mostly written in."""
        reading = read_text(text, self.gazetteer, lang, default_year=self.default_year)
        language = explain_in or lang or detect_language(text)
        if language not in LANGUAGE_CODES:
            raise ValueError(
                f"unknown language {language!r}: choose one of {', '.join(LANGUAGE_CODES)}"
            )
        claims = reading.claims
        self._load_histories(
            {
                iso3
                for claim in claims
                if claim.kind in (ClaimKind.TIER, ClaimKind.CHANGE, ClaimKind.STREAK)
                for iso3 in claim.countries
            }
        )
        with translation.override(LANGUAGE_CODES[language]):
            checked = [self.check(claim) for claim in claims]
        return CheckResult(checked, self.default_year, reading.unchecked, language)

    def _load_histories(self, codes: set[str]) -> None:
        """Read the histories of every country the claims name, in two queries."""
        wanted = [self._country(iso3) for iso3 in sorted(codes - self._histories.keys())]
        if wanted:
            self._histories.update(country_histories(wanted))

    def check(self, claim: Claim) -> CheckedClaim:
        """Check one claim; its explanation speaks the active language."""
        year = claim.year or self.default_year - claim.years_before
        report = self._report(year)
        if report is None:
            return _checked(
                claim, Verdict.NOT_COVERED, year, [], [Note(NoteCode.NO_REPORT, {"year": year})]
            )
        if claim.kind is ClaimKind.TIER and claim.tier is None and claim.tier_of:
            return self._check_same_tier(claim, report)
        handler = {
            ClaimKind.TIER: self._check_tier,
            ClaimKind.CHANGE: self._check_change,
            ClaimKind.STREAK: self._check_streak,
            ClaimKind.GROUP: self._check_group,
            ClaimKind.COUNT: self._check_count,
            ClaimKind.MOVES: self._check_moves,
        }[claim.kind]
        checked = handler(claim, report)
        notes = self._unknown_rule_notes(claim, report.year)
        return replace(checked, rule_notes=notes) if notes else checked

    def _unknown_rule_notes(self, claim: Claim, year: int) -> list[str]:
        """The rules engine's "unknown" answers for the countries and year a claim is about."""
        if claim.kind not in (ClaimKind.TIER, ClaimKind.CHANGE, ClaimKind.STREAK):
            return []
        notes = []
        for iso3 in claim.countries:
            history = self._history(iso3)
            for flag in history.flags:
                if flag.code == FlagCode.UNKNOWN and flag.applies_to_year == year:
                    text = flag.render(country_name(history.country))
                    if text not in notes:
                        notes.append(text)
        return notes

    # Data -----------------------------------------------------------------------------------

    def _report(self, year: int) -> Report | None:
        if year not in self._reports:
            self._reports[year] = Report.objects.filter(year=year).first()
        return self._reports[year]

    def _all_countries(self) -> dict[str, Country]:
        if self._countries is None:
            self._countries = {c.iso3: c for c in Country.objects.order_by("name")}
        return self._countries

    def _country(self, iso3: str) -> Country:
        return self._all_countries()[iso3]

    def _history(self, iso3: str) -> CountryHistory:
        if iso3 not in self._histories:
            self._histories[iso3] = country_history(self._country(iso3))
        return self._histories[iso3]

    def _gap_reason(self, year: int, iso3: str) -> str:
        if year not in self._gaps:
            self._gaps[year] = dict(
                CoverageGap.objects.filter(report__year=year).values_list("country__iso3", "reason")
            )
        return self._gaps[year].get(iso3, "")

    def _group(self, slug: str) -> Group | None:
        if slug not in self._groups:
            self._groups[slug] = Group.objects.filter(slug=slug).first()
        return self._groups[slug]

    def _scope_slug(self, claim: Claim) -> str:
        if claim.group == CLAIM_WORLD:
            return ALL_COUNTRIES
        if claim.group and claim.group != REGION and self._group(claim.group) is not None:
            return claim.group
        if claim.group == REGION:
            # "the region" is the group the site follows, set in the site settings.
            return self.default_group or home_group_slug() or ALL_COUNTRIES
        return self.default_group or ALL_COUNTRIES

    def _comparison(self, report: Report, slug: str) -> Comparison:
        # A scope's label is in the language active when it is read.
        key = (report.year, slug, translation.get_language() or "")
        if key not in self._comparisons:
            if slug == ALL_COUNTRIES:
                self._comparisons[key] = self._world(report)
            else:
                group = self._group(slug)
                assert group is not None
                self._comparisons[key] = compare(report, Scope.for_group(group))
        return self._comparisons[key]

    def _world(self, report: Report) -> Comparison:
        """Every country in one report (no previous year: a claim about all countries counts
        or lists them, it does not ask who moved)."""
        scope = Scope.all_countries(self._all_countries().values())
        return compare(report, scope, with_previous=False)

    # Evidence rows --------------------------------------------------------------------------

    def _row_evidence(self, row: HistoryRow) -> Evidence:
        placement = row.placement
        return _evidence(
            placement.country, placement.report.year, placement.tier, placement.citation
        )

    def _missing_evidence(self, country: Country, year: int) -> Evidence:
        history = self._history(country.iso3)
        return self._absent_evidence(country, year, year in history.unknown_years)

    def _placement_evidence(self, comparison: Comparison, country: Country) -> Evidence:
        placement = comparison.placements.get(country.iso3)
        year = comparison.year
        if placement is not None:
            return _evidence(country, year, placement.tier, placement.citation)
        return self._absent_evidence(country, year, country in comparison.missing_from_data)

    def _absent_evidence(self, country: Country, year: int, in_coverage_gap: bool) -> Evidence:
        """No placement: either our data lacks one the report gave, or the report gave none."""
        reason = self._gap_reason(year, country.iso3) if in_coverage_gap else ""
        return _evidence(country, year, None, absent_source(year, in_coverage_gap, reason))

    # Country claims -------------------------------------------------------------------------

    def _check_tier(self, claim: Claim, report: Report) -> CheckedClaim:
        year = report.year
        assert claim.tier is not None
        verdicts, evidence, notes = [], [], []
        for iso3 in claim.countries:
            country = self._country(iso3)
            history = self._history(iso3)
            row = history.row_for(year)
            if row is None:
                evidence.append(self._missing_evidence(country, year))
                if year in history.unknown_years:
                    verdicts.append(Verdict.NOT_COVERED)
                    notes.append(Note(NoteCode.LACKS, {"country": country, "year": year}))
                else:
                    verdicts.append(Verdict.SUPPORTED if claim.negated else Verdict.CONTRADICTED)
                    notes.append(Note(NoteCode.NOT_RATED, {"country": country, "year": year}))
                continue
            evidence.append(self._row_evidence(row))
            actual = row.placement.tier
            where = {"country": country, "tier": actual, "year": year}
            holds = (actual == claim.tier) != claim.negated
            if not holds:
                verdicts.append(Verdict.CONTRADICTED)
                notes.append(Note(NoteCode.WHERE_IN_REPORT, where))
                continue
            if claim.unchanged:
                verdict, note = self._unchanged(country, history, row, claim.tier, evidence)
                verdicts.append(verdict)
                notes.append(note)
                continue
            verdicts.append(Verdict.SUPPORTED)
            notes.append(Note(NoteCode.WHERE_IN_REPORT, where))
        return _checked(claim, _combine(verdicts), year, evidence, notes)

    def _check_same_tier(self, claim: Claim, report: Report) -> CheckedClaim:
        """ "in the same category as North Korea and Iran": the tier those countries are on in
        the report, when they are all on one; the claim is then checked with that tier."""
        year = report.year
        rows = {iso3: self._history(iso3).row_for(year) for iso3 in claim.tier_of}
        tiers = {row.placement.tier for row in rows.values() if row is not None}
        if len(tiers) != 1 or None in rows.values():
            evidence = [
                self._row_evidence(row)
                if row is not None
                else self._missing_evidence(self._country(iso3), year)
                for iso3, row in rows.items()
            ]
            return _checked(
                claim,
                Verdict.NOT_COVERED,
                year,
                evidence,
                [Note(NoteCode.NO_SHARED_TIER, {"countries": [self._country(c) for c in rows]})],
            )
        return self._check_tier(replace(claim, tier=tiers.pop()), report)

    def _unchanged(
        self,
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
            evidence.append(self._row_evidence(previous))
            if previous.placement.tier == tier:
                return Verdict.SUPPORTED, Note(NoteCode.REMAINED, where)
            return Verdict.CONTRADICTED, Note(
                NoteCode.DID_NOT_REMAIN, {**where, "previous_tier": previous.placement.tier}
            )
        evidence.append(self._missing_evidence(country, year - 1))
        if entry.skipped_unknown_years:
            return Verdict.NOT_COVERED, Note(NoteCode.REMAIN_UNKNOWN, where)
        return Verdict.CONTRADICTED, Note(NoteCode.NOT_RATED_BEFORE, where)

    def _check_change(self, claim: Claim, report: Report) -> CheckedClaim:
        year = report.year
        verdicts, evidence, notes = [], [], []
        for iso3 in claim.countries:
            country = self._country(iso3)
            history = self._history(iso3)
            row = history.row_for(year)
            previous = history.row_for(year - 1)
            if row is None:
                evidence.append(self._missing_evidence(country, year))
                gap = year in history.unknown_years
                verdicts.append(Verdict.NOT_COVERED if gap else Verdict.CONTRADICTED)
                code = NoteCode.LACKS if gap else NoteCode.NOT_RATED
                notes.append(Note(code, {"country": country, "year": year}))
                continue
            evidence.append(self._row_evidence(row))
            evidence.append(
                self._row_evidence(previous)
                if previous is not None
                else self._missing_evidence(country, year - 1)
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
            holds = to_ok and _moved(claim, before, actual)
            if claim.negated:
                holds = not holds
            verdicts.append(Verdict.SUPPORTED if holds else Verdict.CONTRADICTED)
            notes.append(Note(NoteCode.MOVE, {**where, "previous_tier": before}))
        return _checked(claim, _combine(verdicts), year, evidence, notes)

    def _check_streak(self, claim: Claim, report: Report) -> CheckedClaim:
        year = report.year
        assert claim.years is not None
        verdicts, evidence, notes = [], [], []
        for iso3 in claim.countries:
            country = self._country(iso3)
            history = self._history(iso3)
            row = history.row_for(year)
            if row is None:
                evidence.append(self._missing_evidence(country, year))
                gap = year in history.unknown_years
                verdicts.append(Verdict.NOT_COVERED if gap else Verdict.CONTRADICTED)
                code = NoteCode.LACKS if gap else NoteCode.NOT_RATED
                notes.append(Note(code, {"country": country, "year": year}))
                continue
            entry = row.entry
            actual = row.placement.tier
            run = entry.years_at_tier
            rows = [r for r in history.rows if year - run < r.placement.report.year <= year]
            evidence += [self._row_evidence(r) for r in rows]
            start = year - run
            before = history.row_for(start)
            evidence.append(
                self._row_evidence(before)
                if before is not None
                else self._missing_evidence(country, start)
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
        return _checked(claim, _combine(verdicts), year, evidence, notes)

    # Group claims ---------------------------------------------------------------------------

    def _group_used(self, comparison: Comparison) -> GroupUsed:
        scope = comparison.scope
        definition = scope.description
        group = self._group(scope.slug) if not scope.is_all else None
        if group is not None and definition.strip():
            # The bundled groups' definitions have a Spanish translation.
            definition = capitalised(group_definition(group, len(scope.countries)))
        return GroupUsed(scope.slug, scope.label, definition, len(scope.countries))

    def _check_group(self, claim: Claim, report: Report) -> CheckedClaim:
        region = unnamed_region(claim.group)
        if region is not None or (claim.group == AMBIGUOUS and self.default_group is None):
            return self._check_membership_only(claim, report, region)
        slug = self._scope_slug(claim)
        comparison = self._comparison(report, slug)
        verdict, evidence, notes = self._group_verdict(claim, comparison)
        alternatives = [
            self._group_alternative(claim, report, comparison, alt)
            for alt in ALTERNATIVE_DEFINITIONS.get(slug, ())
            if self._group(alt) is not None
        ]
        return _checked(
            claim,
            verdict,
            report.year,
            evidence,
            notes,
            self._group_used(comparison),
            alternatives,
        )

    def _check_membership_only(
        self, claim: Claim, report: Report, region: str | None
    ) -> CheckedClaim:
        """ "Ireland and Romania are the only EU countries on the watch list": among which
        countries it holds is a region the data has no group for. What can be checked is that
        the countries named are where the claim puts them; that no other country there is
        goes unchecked, and the explanation says so (the check does not choose the world, nor
        a region named before, in the text's stead). "Only Chile is on Tier 1", with no region
        anywhere, does not say what it is about: not covered, unless the countries named are
        not where it puts them, which is wrong whatever the scope."""
        scope = Note(NoteCode.AMBIGUOUS_SCOPE, {"region": _region_name(region)})
        if claim.relation is not Relation.AT or not claim.countries or claim.negated:
            return _checked(claim, Verdict.NOT_COVERED, report.year, [], [scope])
        members = self._check_tier(replace(claim, kind=ClaimKind.TIER, unchanged=False), report)
        if region is not None:
            verdict, notes = members.verdict, [*members.notes, scope]
        elif members.verdict is Verdict.CONTRADICTED:
            verdict, notes = Verdict.CONTRADICTED, [scope, *members.notes]
        else:
            verdict, notes = Verdict.NOT_COVERED, [scope, *members.notes]
        return _checked(claim, verdict, report.year, members.evidence, notes)

    def _group_verdict(
        self, claim: Claim, comparison: Comparison
    ) -> tuple[Verdict, list[Evidence], list[Note]]:
        assert claim.tier is not None
        test = _rank_test(claim.relation, claim.tier)
        members = {c.iso3: c for c in comparison.scope.countries}
        claimed = list(dict.fromkeys(claim.countries))
        satisfying = [p.country for p in comparison.rated if test(p.tier)]
        extra = [c for c in satisfying if c.iso3 not in claimed]
        wrong = [
            members[iso3]
            for iso3 in claimed
            if iso3 in comparison.placements and not test(comparison.placements[iso3].tier)
        ]
        outside = [self._country(iso3) for iso3 in claimed if iso3 not in members]
        missing = list(comparison.missing_from_data)
        where = {
            "tier": claim.tier,
            "relation": claim.relation,
            "group": comparison.scope.in_sentence,
        }

        evidence = [
            self._placement_evidence(comparison, members[iso3])
            for iso3 in claimed
            if iso3 in members
        ]
        evidence += [self._placement_evidence(comparison, c) for c in extra]
        evidence += [self._placement_evidence(comparison, c) for c in missing if c not in extra]
        evidence = list({(e.iso3, e.report_year): e for e in evidence}.values())

        notes = []
        if extra:
            notes.append(Note(NoteCode.ALSO, {**where, "countries": extra}))
        if wrong:
            rated = [(c, comparison.placements[c.iso3].tier) for c in wrong]
            notes.append(Note(NoteCode.NOT_WHERE, {**where, "rated": rated}))
        if outside:
            notes.append(Note(NoteCode.NOT_MEMBER, {**where, "countries": outside}))
        if notes:
            return Verdict.CONTRADICTED, evidence, notes
        unknown_claimed = [members[i] for i in claimed if i in members and members[i] in missing]
        if missing:
            lacking = {
                **where,
                "year": comparison.year,
                "missing": missing,
                "size": len(members),
                "claimed": unknown_claimed,
            }
            return Verdict.NOT_COVERED, evidence, [Note(NoteCode.LACKS_MEMBERS, lacking)]
        if not satisfying:
            return Verdict.SUPPORTED, evidence, [Note(NoteCode.NONE_IS, where)]
        return (
            Verdict.SUPPORTED,
            evidence,
            [Note(NoteCode.ONLY, {**where, "countries": satisfying})],
        )

    def _group_alternative(
        self, claim: Claim, report: Report, used: Comparison, slug: str
    ) -> Alternative:
        other = self._comparison(report, slug)
        verdict, _, notes = self._group_verdict(claim, other)
        assert claim.tier is not None
        test = _rank_test(claim.relation, claim.tier)
        used_codes = {c.iso3 for c in used.scope.countries}
        other_codes = {c.iso3 for c in other.scope.countries}
        added = [c for c in other.scope.countries if c.iso3 not in used_codes]
        removed = [c for c in used.scope.countries if c.iso3 not in other_codes]
        changes = [
            self._placement_evidence(other, c)
            for c in added
            if (c.iso3 in other.placements and test(other.placements[c.iso3].tier))
            or c in other.missing_from_data
        ]
        changes += [
            self._placement_evidence(used, c)
            for c in removed
            if c.iso3 in claim.countries
            or (c.iso3 in used.placements and test(used.placements[c.iso3].tier))
        ]
        size = len(other.scope.countries)
        if changes:
            countries = self._all_countries()
            note = alternative_changes(
                other.scope.label,
                size,
                used.scope.label,
                len(used.scope.countries),
                [(countries[e.iso3], e.tier) for e in changes],
                verdict,
                explanation(notes),
            )
        else:
            note = alternative_same(other.scope.label, size, verdict)
        return Alternative(self._group_used(other), verdict, changes, note)

    def _check_count(self, claim: Claim, report: Report) -> CheckedClaim:
        region = unnamed_region(claim.group)
        if region is not None:  # "fourteen of them are in Southeast Asia": no such group here
            scope = Note(NoteCode.AMBIGUOUS_SCOPE, {"region": _region_name(region), "count": True})
            return _checked(claim, Verdict.NOT_COVERED, report.year, [], [scope])
        slug = self._scope_slug(claim)
        comparison = self._comparison(report, slug)
        verdict, evidence, notes = self._count_verdict(claim, comparison)
        alternatives = []
        for alt in ALTERNATIVE_DEFINITIONS.get(slug, ()):
            if self._group(alt) is None:
                continue
            other = self._comparison(report, alt)
            alt_verdict, alt_evidence, alt_notes = self._count_verdict(claim, other)
            used_codes = {c.iso3 for c in comparison.scope.countries}
            changes = [e for e in alt_evidence if e.iso3 not in used_codes]
            alternatives.append(
                Alternative(
                    self._group_used(other),
                    alt_verdict,
                    changes,
                    alternative_count(
                        other.scope.label, len(other.scope.countries), explanation(alt_notes)
                    ),
                )
            )
        return _checked(
            claim,
            verdict,
            report.year,
            evidence,
            notes,
            self._group_used(comparison),
            alternatives,
        )

    def _check_moves(self, claim: Claim, report: Report) -> CheckedClaim:
        assert claim.count is not None
        previous = self._report(report.year - 1)
        if previous is None:
            missing = Note(NoteCode.NO_PREVIOUS_REPORT, {"year": report.year - 1})
            return _checked(claim, Verdict.NOT_COVERED, report.year, [], [missing])
        now, before = (
            self._comparison(report, ALL_COUNTRIES),
            self._comparison(previous, ALL_COUNTRIES),
        )
        direction = claim.direction or "up"
        moved, unknown = _moved_count(now, before, direction)
        known = len(moved)
        possible = range(known, known + len(unknown) + 1)
        holds = [_compare(claim.comparator, value, claim.count) for value in possible]
        verdict = (
            Verdict.SUPPORTED
            if all(holds)
            else Verdict.CONTRADICTED
            if not any(holds)
            else Verdict.NOT_COVERED
        )
        evidence = [self._placement_evidence(now, c) for c in moved + unknown]
        note = Note(
            NoteCode.MOVED,
            {
                "count": known,
                "direction": direction,
                "previous_year": previous.year,
                "year": report.year,
                "unknown": unknown,
            },
        )
        return _checked(claim, verdict, report.year, evidence, [note])

    def _count_verdict(
        self, claim: Claim, comparison: Comparison
    ) -> tuple[Verdict, list[Evidence], list[Note]]:
        assert claim.tier is not None
        assert claim.count is not None
        test = _rank_test(claim.relation, claim.tier)
        satisfying = [p.country for p in comparison.rated if test(p.tier)]
        missing = list(comparison.missing_from_data)
        known = len(satisfying)
        possible = range(known, known + len(missing) + 1)
        holds = [_compare(claim.comparator, value, claim.count) for value in possible]
        if all(holds):
            verdict = Verdict.SUPPORTED
        elif not any(holds):
            verdict = Verdict.CONTRADICTED
        else:
            verdict = Verdict.NOT_COVERED
        evidence = [self._placement_evidence(comparison, c) for c in satisfying]
        evidence += [self._placement_evidence(comparison, c) for c in missing]
        scope = comparison.scope
        note = Note(
            NoteCode.COUNT,
            {
                "count": known,
                "tier": claim.tier,
                "relation": claim.relation,
                "group": "" if scope.is_all else scope.in_sentence,
                "year": comparison.year,
                "missing": missing,
            },
        )
        return verdict, evidence, [note]


def _moved_count(
    now: Comparison, before: Comparison, direction: str
) -> tuple[list[Country], list[Country]]:
    """Countries that moved `direction` between two reports, and those our data lacks in one
    of them while the other rates them (they may have moved too)."""
    moved, unknown = [], []
    lacking = {c.iso3 for c in now.missing_from_data} | {c.iso3 for c in before.missing_from_data}
    for country in now.scope.countries:
        new, old = now.placements.get(country.iso3), before.placements.get(country.iso3)
        if country.iso3 in lacking:
            if new is not None or old is not None:
                unknown.append(country)
            continue
        if new is None or old is None:
            continue
        new_rank, old_rank = Tier(new.tier).rank, Tier(old.tier).rank
        if new_rank is None or old_rank is None:
            continue
        if (new_rank < old_rank) if direction == "up" else (new_rank > old_rank):
            moved.append(country)
    return moved, unknown


def _moved(claim: Claim, before: str | None, actual: str) -> bool:
    if before is None:
        # Not rated the year before: a first placement, not a move up or down.
        return claim.direction is None and claim.from_tier is None
    if claim.from_tier is not None and before != claim.from_tier:
        return False
    if claim.direction is None:
        return before != actual
    old, new = Tier(before).rank, Tier(actual).rank
    if old is None or new is None:
        return False
    return new < old if claim.direction == "up" else new > old


def _compare(comparator: Comparator, value: int, claimed: int) -> bool:
    if comparator is Comparator.AT_LEAST:
        return value >= claimed
    if comparator is Comparator.MORE_THAN:
        return value > claimed
    if comparator is Comparator.FEWER_THAN:
        return value < claimed
    if comparator is Comparator.ABOUT:
        return abs(value - claimed) <= max(1, round(claimed * 0.1))
    return value == claimed


def _region_name(region: str | None) -> str | None:
    """A region with no group in the data, named in the active language."""
    if region is not None and (translation.get_language() or "").startswith("es"):
        return UNNAMED_REGION_NAMES_ES.get(region, region)
    return region


def _evidence(country: Country, year: int, tier: str | None, source: str) -> Evidence:
    """An evidence row, named in the active language."""
    return Evidence(country.iso3, country_name(country), year, tier, source, placement_label(tier))


def _checked(
    claim: Claim,
    verdict: Verdict,
    year: int,
    evidence: list[Evidence],
    notes: list[Note],
    group: GroupUsed | None = None,
    alternatives: list[Alternative] | None = None,
) -> CheckedClaim:
    return CheckedClaim(
        claim,
        verdict,
        year,
        evidence,
        explanation(notes),
        group,
        alternatives or [],
        notes=tuple(notes),
    )
