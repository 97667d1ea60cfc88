"""What a claim check returns: the verdict, the evidence rows, the group definition used and
its alternatives, for one claim and for a whole text."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.utils import translation

from tipwatch.tip.models import Country
from tipwatch.tip.names import country_name

from ..briefing import LANGUAGE_CODES
from ..claims import Claim, Sentence
from ..verdict_text import Note, explanation, not_checked, placement_label


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


def evidence_row(country: Country, year: int, tier: str | None, source: str) -> Evidence:
    """An evidence row, named in the active language."""
    return Evidence(country.iso3, country_name(country), year, tier, source, placement_label(tier))


def checked_claim(
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
