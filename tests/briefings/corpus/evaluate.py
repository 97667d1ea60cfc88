"""Score the claim check on the corpus of published sentences (`tip_claims*.json`).

For each sentence the checker reads the headline or preceding sentence, a blank line, then the
sentence, with the sentence's report year as the default year (what an editor passes with
`--year`). Only claims found in the sentence itself are scored. A hand-written claim is
*recognised* when claims of its kind, tier and year together name all of its countries; its
verdict is *right* when the combined verdict of those claims equals the hand label.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tipwatch.briefings.claims import ClaimKind, Relation
from tipwatch.briefings.verify import CheckedClaim, ClaimChecker, Verdict

# Every collection file in the folder: `tip_claims.json` and later ones (`tip_claims_5en.json`).
CORPUS_FILES = sorted(Path(__file__).parent.glob("tip_claims*.json"))
# "unseen" is the never-seen set of the second collection: counted for the second
# check, never printed or read while changing the parser (see PROVENANCE.md).
PARTS = ("dev", "held_out", "unseen")


def load() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for path in CORPUS_FILES:
        for item in json.loads(path.read_text(encoding="utf-8"))["sentences"]:
            if item["id"] in seen:
                raise ValueError(
                    f"corpus id {item['id']!r} in {path.name} is also in {seen[item['id']]}"
                )
            seen[item["id"]] = path.name
            data.append(item)
    return data


@dataclass
class Score:
    claims: int = 0
    recognised: int = 0
    right: int = 0
    spurious: int = 0  # claims found in sentences that make none
    # Sentences that make a claim, from which none was read, and that the report does not
    # list as "not checked" (issue 11's honest coverage: there should be none).
    unlisted: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    found_in_none: list[str] = field(default_factory=list)

    @property
    def recognised_share(self) -> float:
        return self.recognised / self.claims if self.claims else 1.0

    @property
    def right_share(self) -> float:
        return self.right / self.recognised if self.recognised else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name}: {self.recognised}/{self.claims} recognised "
            f"({self.recognised_share:.0%}), {self.right}/{self.recognised} verdicts right "
            f"({self.right_share:.0%}), {self.spurious} claims in sentences that make none"
        )


def check_sentence(item: dict[str, Any]) -> list[CheckedClaim]:
    return _check(item)[0]


def _check(item: dict[str, Any]) -> tuple[list[CheckedClaim], bool]:
    """The claims found in the sentence, and whether it is listed as not checked."""
    context = item["context"].strip()
    document = f"{context}\n\n{item['text']}" if context else item["text"]
    offset = len(document) - len(item["text"])
    result = ClaimChecker(item["report_year"]).check_text(document, item["lang"])
    listed = any(sentence.start >= offset for sentence in result.unchecked)
    return [c for c in result.claims if c.claim.span[0] >= offset], listed


def _fits(spec: list[str], year: int, checked: CheckedClaim) -> bool:
    """Does a found claim say (part of) what the hand-written spec says?"""
    claim = checked.claim
    if checked.year != year:
        return False
    kind = spec[0]
    if kind in ("tier", "not", "remain"):
        tier = spec[2]
        if claim.kind is ClaimKind.GROUP:
            return kind == "tier" and claim.tier == tier and claim.relation is Relation.AT
        if claim.kind is ClaimKind.STREAK:
            return kind in ("tier", "remain") and claim.tier == tier and (claim.years or 0) >= 2
        if claim.kind is ClaimKind.CHANGE:
            # "The country was moved to the Tier 2 Watch List" places it there, as a streak or
            # a group claim does; its verdict also weighs the move.
            return kind == "tier" and claim.tier == tier and not claim.negated
        if claim.kind is not ClaimKind.TIER or claim.tier != tier:
            return False
        if kind == "not":
            return claim.negated
        return not claim.negated and (claim.unchanged or kind == "tier")
    if kind == "change":
        if claim.kind is not ClaimKind.CHANGE or claim.negated:
            return False
        rest = spec[2:]
        direction = rest[0] if rest and rest[0] in ("up", "down") else None
        to_tier = rest[rest.index("to") + 1] if "to" in rest else None
        from_tier = rest[rest.index("from") + 1] if "from" in rest else None
        if to_tier is not None and claim.tier != to_tier:
            return False
        if to_tier is None and from_tier is not None and claim.from_tier != from_tier:
            return False
        return direction is None or claim.direction in (None, direction) or to_tier is not None
    if kind == "streak":
        return (
            claim.kind is ClaimKind.STREAK and claim.tier == spec[2] and claim.years == int(spec[3])
        )
    if kind == "count":
        return (
            claim.kind is ClaimKind.COUNT
            and claim.tier == spec[3]
            and claim.count == int(spec[5])
            and claim.relation is Relation.AT
        )
    if kind == "moves":
        return (
            claim.kind is ClaimKind.MOVES
            and claim.direction == spec[2]
            and claim.count == int(spec[4])
        )
    return False


def _countries(spec: list[str]) -> set[str]:
    return set(spec[1].split(",")) if spec[0] not in ("count", "moves") else set()


def _combine(verdicts: Iterable[Verdict]) -> str:
    values = {str(v) for v in verdicts}
    for verdict in ("contradicted", "not_covered"):
        if verdict in values:
            return verdict
    return "supported"


def evaluate(items: list[dict[str, Any]]) -> Score:
    score = Score()
    for item in items:
        found, listed = _check(item)
        if item["claims"] and not found and not listed:
            score.unlisted.append(f"{item['id']}: {item['text']}")
        if not item["claims"]:
            score.spurious += len(found)
            score.found_in_none += [f"{item['id']}: {c.claim.text}" for c in found]
            continue
        for expected in item["claims"]:
            spec = expected["spec"].split()
            score.claims += 1
            wanted = _countries(spec)
            # Claims about none of its countries say nothing of this one.
            fitting = [
                c
                for c in found
                if _fits(spec, expected["year"], c)
                and (not wanted or wanted & set(c.claim.countries))
            ]
            named = {code for c in fitting for code in c.claim.countries}
            if not fitting or not wanted <= named:
                score.misses.append(f"{item['id']}: {expected['spec']} | {item['text']}")
                continue
            score.recognised += 1
            verdict = _combine(c.verdict for c in fitting)
            if verdict == expected["verdict"]:
                score.right += 1
            else:
                score.wrong.append(
                    f"{item['id']}: {expected['spec']} @{expected['year']} expected "
                    f"{expected['verdict']} ({expected['reason']}), got {verdict}: "
                    + " / ".join(c.explanation for c in fitting)
                )
    return score


def evaluate_parts(
    parts: tuple[str, ...] = PARTS, collection: int | None = None
) -> dict[tuple[str, str], Score]:
    """Scores per (part, language); `parts` limits the run to some parts, `collection` to the
    sentences of one collection (their `"collection"` number)."""
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise ValueError(f"unknown corpus part(s) {sorted(unknown)}: choose from {PARTS}")
    items = load()
    if collection is not None:
        items = [i for i in items if i.get("collection") == collection]
    return {
        (part, lang): evaluate([i for i in items if i["part"] == part and i["lang"] == lang])
        for part in parts
        for lang in ("en", "es")
    }
