"""The language's rules matched over a tagged sentence: each match that asserts a claim about
the report, with its years and its time, and then the claims that do not overlap."""

from __future__ import annotations

import re
from dataclasses import replace

from .claim_years import OWN_RANGE_EN, OWN_YEAR_EN, SINCE, SINCE_BEFORE, claim_years
from .clause_bounds import clause_before
from .clause_mood import CONDITION, FUTURE, NEGATED_BEFORE, hypothetical, prediction
from .companions import OTHERS
from .country_tokens import country_codes
from .earlier_report import time_after
from .found import Found
from .grammar import Rule, Vocabulary
from .model import ClaimKind
from .rule_claims import build_claim, group_of
from .screen import may_match
from .tagger import TOKEN, Tagged

_PRIORITY = {
    ClaimKind.GROUP: 0,
    ClaimKind.COUNT: 1,
    ClaimKind.MOVES: 1,
    ClaimKind.CHANGE: 2,
    ClaimKind.TIER: 3,
}


def match_rules(rules: list[Rule], vocabulary: Vocabulary, tagged: Tagged) -> list[Found]:
    found: list[Found] = []
    for rule in rules:
        if not may_match(rule.needs, tagged.text):
            continue
        for match in rule.pattern.finditer(tagged.text):
            starts_with_token = tagged.text.startswith("\u27e6", match.start())
            glued = match.start() > 0 and tagged.text[match.start() - 1].isalnum()
            if glued and not starts_with_token:
                continue
            relative = _RELATIVE.search(match.group())
            if (
                hypothetical(tagged, match.start(), vocabulary)
                and not relative
                # "The State Department will downgrade Malaysia": a prediction, no condition
                and not prediction(tagged, match.start(), vocabulary)
            ):
                continue
            if _UNREAL_MOVE.search(tagged.text, max(0, match.start() - 60), match.start()):
                continue  # "a waiver from an otherwise required downgrade to Tier 3"
            if FUTURE.search(match.group()) and CONDITION.search(tagged.text):
                continue  # "Peru will be downgraded to Tier 3 unless it acts."
            earlier = vocabulary.earlier_after and vocabulary.earlier_after.match(
                tagged.text, match.end()
            )
            back = time_after(tagged.text[match.end() :], tagged)
            own_year = OWN_YEAR_EN.match(tagged.text, match.end())
            if back is None and (own_year or OWN_RANGE_EN.match(tagged.text, match.end())):
                # "upgraded to Tier 2 in 2018 and remained there the next year": the claim's
                # own year dates it; the time words after it belong to the next clause.
                back = 0
            if back is None:
                if not earlier:
                    continue
                back = 0  # the phrase after the claim ("el año anterior") dates it, below
            claim = build_claim(rule, match, tagged, vocabulary)
            if claim is None:
                continue
            if claim.kind is ClaimKind.COUNT and NEGATED_BEFORE.search(
                TOKEN.sub(" ", re.split(r"[,;:]", clause_before(tagged.text, match.start()))[-1])
            ):
                # "Perú no se ubica junto a otros 100 países en el nivel 2": no count is stated.
                continue
            if (
                claim.kind is ClaimKind.COUNT
                and OTHERS.search(tagged.text, max(0, match.start() - 12), match.end())
                and tagged.tokens_in(
                    re.split(r"[,;:]", clause_before(tagged.text, match.start()))[-1], "C"
                )
            ):
                # "Perú se ubica junto a otros 100 países en el nivel 2": the others are not the
                # tier's size; the readers of companions count them with the countries named.
                continue
            context = None
            if claim.kind in (ClaimKind.GROUP, ClaimKind.COUNT):
                context = group_of(match, tagged)[1]
            years, end = claim_years(tagged, earlier.end() if earlier else match.end())
            if not years and "rest" in match.re.groupindex and match.group("rest"):
                # "cayó una categoría en 2014, desde el Nivel 1 al Nivel 2": the move's own year.
                inside = _REST_YEAR.match(match.group("rest"))
                years = (int(tagged.tokens[int(inside.group("i"))].value),) if inside else ()
            since = None
            if claim.kind is ClaimKind.TIER and not claim.negated and not years:
                after = SINCE.match(tagged.text, end)
                fronted = SINCE_BEFORE.search(clause_before(tagged.text, match.start()))
                if "since" in match.re.groupindex and match.group("since"):
                    # the rule's own "desde 2003" ("Cuba llevaba desde 2003 dentro del ...")
                    after = SINCE.match(" " + match.group("since"))
                    since = int(tagged.tokens[int(after.group("i"))].value) if after else None
                elif after:
                    since = int(tagged.tokens[int(after.group("i"))].value)
                    end = after.end()
                elif fronted:
                    # "Desde 2012, Perú permanece en el Nivel 2"
                    since = int(tagged.tokens[int(fronted.group("i"))].value)
            among = None
            if rule.name in ("among-n", "entre-los-n", "one-of-n"):
                numbers = tagged.tokens_in(match.group("n"), "N")
                among = int(numbers[0].value) if numbers else None
            previous = None
            if "n0" in match.re.groupindex:
                numbers = tagged.tokens_in(match.group("n0"), "N")
                previous = int(numbers[0].value) if numbers else None
            listed: tuple[str, ...] = ()
            if "listed" in match.re.groupindex:
                listed = country_codes(tagged.tokens_in(match.group("listed"), "C"))
            found.append(
                Found(
                    claim,
                    match.start(),
                    end,
                    context,
                    years=years,
                    since=since,
                    listed=listed,
                    among=among,
                    previous=previous,
                    rule=rule.name,
                    back=back,
                    relative=_in_relative_clause(match)
                    or rule.name.startswith("apposition")
                    or rule.name in _BESIDE_THE_SUBJECT,
                )
            )
    return found


# "Tajikistan was placed in the same Tier 2 category as Japan": the claim about the countries
# compared with shares the tier with the subject's claim and stands beside it.
_BESIDE_THE_SUBJECT = frozenset({"same-tier-as"})

_REST_YEAR = re.compile(
    r"^[^\u27e6]{0,40}?\ben\s+\u27e6Y(?P<i>\d+)\u27e7\s*,?\s+(?:de|del|desde|a|al|hasta|hacia)\b"
)

_RELATIVE_OPENING = re.compile(r"\s*,?\s+(?:which|who)\b[^,;:]*$")


def _in_relative_clause(match: re.Match[str]) -> bool:
    """ "The department put Japan, which was a Tier 2 country, on the Watch List": the claim
    "Japan, which was a Tier 2 country" is the relative clause's, and stands beside the main
    clause's claim about the same country."""
    groups = match.re.groupindex
    if "subj" not in groups or "verb" not in groups or match.start("verb") < 0:
        return False
    between = match.string[match.end("subj") : match.start("verb")]
    return bool(_RELATIVE_OPENING.match(between))


# A move that did not happen: "an otherwise required downgrade", "evitó el descenso".
_UNREAL_MOVE = re.compile(
    r"\b(?:otherwise|required|potential|possible|automatic|avoid\w*|escap\w*|risk\w*|"
    r"de\s+otro\s+modo|posible|automatic[oa]|evit\w*|riesgo\s+de)\s+(?:(?:an?|the|el|la|un|una)\s+)?"
    r"(?:[a-z]+\s+){0,1}$"
)

# "Sanctions may be placed on Russia, whose rating ... has been downgraded": the claim is in
# a relative clause of its own, which the main clause's "may" does not govern.
_RELATIVE = re.compile(r",\s+(?:whose|which|who|que|cuyo|cuya)\b")


def _clash(item: Found, other: Found, tagged: Tagged) -> bool:
    """Do two claims read the same words? Two claims that share only a tier ("mantuvo a Cuba
    fuera de la lista negra, en la que incluye a Belice") are about different countries."""
    start, end = max(item.start, other.start), min(item.end, other.end)
    if start >= end or item.relative != other.relative:
        return False
    shared = tagged.text[start:end]
    if "\u27e6C" in shared or not TOKEN.search(shared):
        return True
    # "se ubica en la misma lista donde están ... Bolivia": a preposition and a tier shared.
    words_left = re.sub(
        r"\b(?:the|its|their|la|el|los|las|su|a|an|en|on|in)\b", "", TOKEN.sub("", shared)
    )
    return bool(re.search(r"[a-z]", words_left))


def resolve_overlaps(found: list[Found], tagged: Tagged) -> list[Found]:
    """Keep non-overlapping claims: groups, then counts, changes and tiers; longer first."""
    ordered = sorted(found, key=lambda f: (_PRIORITY[f.claim.kind], -(f.end - f.start), f.start))
    chosen: list[Found] = []
    for item in ordered:
        if any(_clash(item, other, tagged) for other in chosen):
            continue
        chosen.append(item)
    # "the downgrading of Thailand (Tier 3)": the bracketed tier is a claim of its own; so is
    # the move of "Peru was one of 12 countries downgraded to Tier 3", beside the count.
    for item in ordered:
        if item.rule not in ("brackets", "parentesis", "one-of-n-moved") or item in chosen:
            continue
        if not any(
            o.claim.kind is ClaimKind.TIER and item.start < o.end and o.start < item.end
            for o in chosen
        ):
            chosen.append(item)
    # A group named inside another claim belongs to that claim, not to this one.
    result = []
    for item in chosen:
        at = item.context_group_at
        if at is not None and any(o.start <= at < o.end for o in chosen if o is not item):
            item = replace(item, claim=replace(item.claim, group=None), context_group_at=None)
        result.append(item)
    return result
