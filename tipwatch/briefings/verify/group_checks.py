"""Check claims about a group of countries: who is where in the report, how many are, and how
many moved; with what a common alternative definition of the group would change."""

from __future__ import annotations

from dataclasses import replace

from tipwatch.pages.site_settings import home_group_slug
from tipwatch.tip.language import capitalised
from tipwatch.tip.models import Report
from tipwatch.tip.services.reading import ALL_COUNTRIES, Comparison

from ..claims import AMBIGUOUS, REGION, Claim, ClaimKind, Relation, unnamed_region
from ..claims import WORLD as CLAIM_WORLD
from ..names import ALTERNATIVE_DEFINITIONS
from ..verdict_text import (
    Note,
    NoteCode,
    alternative_changes,
    alternative_count,
    alternative_same,
    explanation,
)
from ..wording.phrases import group_definition
from .country_checks import check_tier
from .results import Alternative, CheckedClaim, Evidence, GroupUsed, Verdict, checked_claim
from .tier_data import TierData
from .verdict_logic import count_verdict, moved_count, rank_test, region_name


def scope_slug(data: TierData, claim: Claim, default_group: str | None) -> str:
    """The group a claim is about: the one it names, else the default group."""
    if claim.group == CLAIM_WORLD:
        return ALL_COUNTRIES
    if claim.group and claim.group != REGION and data.group(claim.group) is not None:
        return claim.group
    if claim.group == REGION:
        # "the region" is the group the site follows, set in the site settings.
        return default_group or home_group_slug() or ALL_COUNTRIES
    return default_group or ALL_COUNTRIES


def _group_used(data: TierData, comparison: Comparison) -> GroupUsed:
    scope = comparison.scope
    definition = scope.description
    group = data.group(scope.slug) if not scope.is_all else None
    if group is not None and definition.strip():
        # The bundled groups' definitions have a Spanish translation.
        definition = capitalised(group_definition(group, len(scope.countries)))
    return GroupUsed(scope.slug, scope.label, definition, len(scope.countries))


def check_group(
    data: TierData, claim: Claim, report: Report, default_group: str | None
) -> CheckedClaim:
    region = unnamed_region(claim.group)
    if region is not None or (claim.group == AMBIGUOUS and default_group is None):
        return _check_membership_only(data, claim, report, region)
    slug = scope_slug(data, claim, default_group)
    comparison = data.comparison(report, slug)
    verdict, evidence, notes = _group_verdict(data, claim, comparison)
    alternatives = [
        _group_alternative(data, claim, report, comparison, alt)
        for alt in ALTERNATIVE_DEFINITIONS.get(slug, ())
        if data.group(alt) is not None
    ]
    return checked_claim(
        claim,
        verdict,
        report.year,
        evidence,
        notes,
        _group_used(data, comparison),
        alternatives,
    )


def _check_membership_only(
    data: TierData, claim: Claim, report: Report, region: str | None
) -> CheckedClaim:
    """ "Ireland and Romania are the only EU countries on the watch list": among which
    countries it holds is a region the data has no group for. What can be checked is that
    the countries named are where the claim puts them; that no other country there is
    goes unchecked, and the explanation says so (the check does not choose the world, nor
    a region named before, in the text's stead). "Only Chile is on Tier 1", with no region
    anywhere, does not say what it is about: not covered, unless the countries named are
    not where it puts them, which is wrong whatever the scope."""
    scope = Note(NoteCode.AMBIGUOUS_SCOPE, {"region": region_name(region)})
    if claim.relation is not Relation.AT or not claim.countries or claim.negated:
        return checked_claim(claim, Verdict.NOT_COVERED, report.year, [], [scope])
    members = check_tier(data, replace(claim, kind=ClaimKind.TIER, unchanged=False), report)
    if region is not None:
        verdict, notes = members.verdict, [*members.notes, scope]
    elif members.verdict is Verdict.CONTRADICTED:
        verdict, notes = Verdict.CONTRADICTED, [scope, *members.notes]
    else:
        verdict, notes = Verdict.NOT_COVERED, [scope, *members.notes]
    return checked_claim(claim, verdict, report.year, members.evidence, notes)


def _group_verdict(
    data: TierData, claim: Claim, comparison: Comparison
) -> tuple[Verdict, list[Evidence], list[Note]]:
    assert claim.tier is not None
    test = rank_test(claim.relation, claim.tier)
    members = {c.iso3: c for c in comparison.scope.countries}
    claimed = list(dict.fromkeys(claim.countries))
    satisfying = [p.country for p in comparison.rated if test(p.tier)]
    extra = [c for c in satisfying if c.iso3 not in claimed]
    wrong = [
        members[iso3]
        for iso3 in claimed
        if iso3 in comparison.placements and not test(comparison.placements[iso3].tier)
    ]
    outside = [data.country(iso3) for iso3 in claimed if iso3 not in members]
    missing = list(comparison.missing_from_data)
    where = {
        "tier": claim.tier,
        "relation": claim.relation,
        "group": comparison.scope.in_sentence,
    }

    evidence = [
        data.placement_evidence(comparison, members[iso3]) for iso3 in claimed if iso3 in members
    ]
    evidence += [data.placement_evidence(comparison, c) for c in extra]
    evidence += [data.placement_evidence(comparison, c) for c in missing if c not in extra]
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
    data: TierData, claim: Claim, report: Report, used: Comparison, slug: str
) -> Alternative:
    other = data.comparison(report, slug)
    verdict, _, notes = _group_verdict(data, claim, other)
    assert claim.tier is not None
    test = rank_test(claim.relation, claim.tier)
    used_codes = {c.iso3 for c in used.scope.countries}
    other_codes = {c.iso3 for c in other.scope.countries}
    added = [c for c in other.scope.countries if c.iso3 not in used_codes]
    removed = [c for c in used.scope.countries if c.iso3 not in other_codes]
    changes = [
        data.placement_evidence(other, c)
        for c in added
        if (c.iso3 in other.placements and test(other.placements[c.iso3].tier))
        or c in other.missing_from_data
    ]
    changes += [
        data.placement_evidence(used, c)
        for c in removed
        if c.iso3 in claim.countries
        or (c.iso3 in used.placements and test(used.placements[c.iso3].tier))
    ]
    size = len(other.scope.countries)
    if changes:
        countries = data.all_countries()
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
    return Alternative(_group_used(data, other), verdict, changes, note)


def check_count(
    data: TierData, claim: Claim, report: Report, default_group: str | None
) -> CheckedClaim:
    region = unnamed_region(claim.group)
    if region is not None:  # "fourteen of them are in Southeast Asia": no such group here
        scope = Note(NoteCode.AMBIGUOUS_SCOPE, {"region": region_name(region), "count": True})
        return checked_claim(claim, Verdict.NOT_COVERED, report.year, [], [scope])
    slug = scope_slug(data, claim, default_group)
    comparison = data.comparison(report, slug)
    verdict, evidence, notes = _count_verdict(data, claim, comparison)
    alternatives = []
    for alt in ALTERNATIVE_DEFINITIONS.get(slug, ()):
        if data.group(alt) is None:
            continue
        other = data.comparison(report, alt)
        alt_verdict, alt_evidence, alt_notes = _count_verdict(data, claim, other)
        used_codes = {c.iso3 for c in comparison.scope.countries}
        changes = [e for e in alt_evidence if e.iso3 not in used_codes]
        alternatives.append(
            Alternative(
                _group_used(data, other),
                alt_verdict,
                changes,
                alternative_count(
                    other.scope.label, len(other.scope.countries), explanation(alt_notes)
                ),
            )
        )
    return checked_claim(
        claim,
        verdict,
        report.year,
        evidence,
        notes,
        _group_used(data, comparison),
        alternatives,
    )


def check_moves(data: TierData, claim: Claim, report: Report) -> CheckedClaim:
    assert claim.count is not None
    previous = data.report(report.year - 1)
    if previous is None:
        missing = Note(NoteCode.NO_PREVIOUS_REPORT, {"year": report.year - 1})
        return checked_claim(claim, Verdict.NOT_COVERED, report.year, [], [missing])
    now, before = (
        data.comparison(report, ALL_COUNTRIES),
        data.comparison(previous, ALL_COUNTRIES),
    )
    direction = claim.direction or "up"
    moved, unknown = moved_count(now, before, direction)
    known = len(moved)
    verdict = count_verdict(claim.comparator, known, len(unknown), claim.count)
    evidence = [data.placement_evidence(now, c) for c in moved + unknown]
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
    return checked_claim(claim, verdict, report.year, evidence, [note])


def _count_verdict(
    data: TierData, claim: Claim, comparison: Comparison
) -> tuple[Verdict, list[Evidence], list[Note]]:
    assert claim.tier is not None
    assert claim.count is not None
    test = rank_test(claim.relation, claim.tier)
    satisfying = [p.country for p in comparison.rated if test(p.tier)]
    missing = list(comparison.missing_from_data)
    known = len(satisfying)
    verdict = count_verdict(claim.comparator, known, len(missing), claim.count)
    evidence = [data.placement_evidence(comparison, c) for c in satisfying]
    evidence += [data.placement_evidence(comparison, c) for c in missing]
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
