"""The claim checker: read a text's claims, then check each against the tier data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from django.utils import translation

from tipwatch.tip.models import Report
from tipwatch.tip.names import country_name
from tipwatch.tip.rules import FlagCode

from ..briefing import LANGUAGE_CODES
from ..claims import Claim, ClaimKind, Gazetteer, detect_language, read_text
from ..names import build_gazetteer
from ..verdict_text import Note, NoteCode
from .country_checks import check_change, check_same_tier, check_streak, check_tier
from .group_checks import check_count, check_group, check_moves
from .results import CheckedClaim, CheckResult, Verdict, checked_claim
from .tier_data import TierData


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
        self._data = TierData()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = build_gazetteer(self._data.all_countries().values())
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
        self._data.load_histories(
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

    def check(self, claim: Claim) -> CheckedClaim:
        """Check one claim; its explanation speaks the active language."""
        year = claim.year or self.default_year - claim.years_before
        report = self._data.report(year)
        if report is None:
            return checked_claim(
                claim, Verdict.NOT_COVERED, year, [], [Note(NoteCode.NO_REPORT, {"year": year})]
            )
        if claim.kind is ClaimKind.TIER and claim.tier is None and claim.tier_of:
            return check_same_tier(self._data, claim, report)
        handler: Callable[[Claim, Report], CheckedClaim] = {
            ClaimKind.TIER: partial(check_tier, self._data),
            ClaimKind.CHANGE: partial(check_change, self._data),
            ClaimKind.STREAK: partial(check_streak, self._data),
            ClaimKind.GROUP: partial(check_group, self._data, default_group=self.default_group),
            ClaimKind.COUNT: partial(check_count, self._data, default_group=self.default_group),
            ClaimKind.MOVES: partial(check_moves, self._data),
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
            history = self._data.history(iso3)
            for flag in history.flags:
                if flag.code == FlagCode.UNKNOWN and flag.applies_to_year == year:
                    text = flag.render(country_name(history.country))
                    if text not in notes:
                        notes.append(text)
        return notes
