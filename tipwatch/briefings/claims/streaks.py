"""Streaks: runs of reports on one tier ("for three consecutive years", "the fourth year in
a row"), read around the tier claims already found."""

from __future__ import annotations

import re
from types import ModuleType

from .clause_bounds import CLAUSE_BREAK
from .clause_mood import hypothetical, prediction
from .country_tokens import country_codes, is_author
from .earlier_report import AFTER_SUBJECT
from .found import Found
from .model import Claim, ClaimKind
from .tagger import TOKEN, Tagged, Token

_YEAR_RANGE = re.compile(
    r"\s*[(-]\s*(?:entre\s+|between\s+|de\s+|from\s+)?\u27e6Y\d+\u27e7\s*"
    r"(?:to|a|-|through|hasta|y|and)\s*\u27e6Y(?P<last>\d+)\u27e7\s*[)-]"
)

# "ruled out a second consecutive year", "no permitía un segundo año consecutivo".
_NEGATED_STREAK = re.compile(
    r"\b(?:ruled?\s+out|rules\s+out|not|never|cannot|without|no|nunca|sin|impide|impidio)\b"
)

# "upgraded to Tier 2 after remaining on the Watch List for four years": a plain "for four
# years" right after the tier a country stayed on until a move is a run of reports too.
_AFTER_STAYING_ON = re.compile(
    rf"{AFTER_SUBJECT}(?:remaining|staying|sitting|being|languishing|spending\s+time)\s+"
    r"(?:on|in|at)\s+(?:the\s+|a\s+)?[\"']?\u27e6T\d+\u27e7[\"']?\s*$"
)


# "Ecuador has been on the Watch List for two years": being on a tier up to now is a stay;
# so is being on it up to a time before ("Malaysia, which had been on the Watch List for three
# years, was upgraded"), which `earlier_report` dates to the report before.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:(?:now|also|still|already)\s+)?been\b")


def _right_after_a_stay(tagged: Tagged, found: list[Found], start: int, end: int) -> bool:
    """ "Peru stayed on Tier 2 for four years", "remained on Tier 2 for the fifth year",
    "retained - for the fifth year - its Tier 2 position": a duration right after (or set
    apart inside) a claim of staying counts a run of reports."""
    return any(
        f.claim.kind is ClaimKind.TIER
        and not f.claim.negated
        and (
            (
                (f.claim.unchanged or _PRESENT_PERFECT.search(tagged.text, f.start, f.end))
                and f.end <= start
                and not tagged.text[f.end : start].strip(" \"'")
            )
            or (f.claim.unchanged and f.start < start and end <= f.end)
        )
        for f in found
    )


_NOT_A_RUN = re.compile(r"\b(?:cumulative|cumulatively|total|combined|altogether|in\s+all)\b")
# "on Tier 2 for 13 years in all": years counted together after the duration, not a run.
_IN_ALL_AFTER = re.compile(r"\s*,?\s+(?:in\s+all|in\s+total|altogether|combined|en\s+total)\b")
_YEARS_OF_DOING = re.compile(r"\s+of\s+(?:[a-z]+\s+)?[a-z]+ing\b")


def add_streaks(module: ModuleType, tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Add "nth consecutive year" claims; one that restates a tier claim replaces it."""
    result = list(chosen)
    for pattern in module.STREAKS:
        for match in pattern.finditer(tagged.text):
            # "after three years on Tier 1" needs no "consecutive": the run ended with a move.
            stayed = _AFTER_STAYING_ON.search(
                tagged.text, max(0, match.start() - 90), match.start()
            )
            after_run = "afterrun" in pattern.groupindex or stayed is not None
            if (
                not after_run
                and not module.STREAK_NEEDS.search(match.group())
                and not (
                    _right_after_a_stay(tagged, result, match.start(), match.end())
                    and re.search(r"\b(?:years?|reports?)\b", match.group())
                )
            ):
                continue
            if _NOT_A_RUN.search(match.group()) or _IN_ALL_AFTER.match(tagged.text, match.end()):
                continue  # "for a cumulative period of 13 years": years apart, not a run
            if _YEARS_OF_DOING.match(tagged.text, match.end()):
                continue  # "after two consecutive years of failing to act": not a placement
            overlaps = any(match.start() < f.end and f.start < match.end() for f in result)
            if overlaps and not _inside_tier_claim(match, result):
                continue
            if hypothetical(tagged, match.start(), module.VOCABULARY) and not prediction(
                tagged, match.start(), module.VOCABULARY
            ):
                continue
            clause = CLAUSE_BREAK.split(tagged.text[: match.start()])[-1]
            if _NEGATED_STREAK.search(TOKEN.sub(" ", clause)):
                continue
            stayed_on = tagged.tokens_in(stayed.group(), "T")[-1].value if stayed else None
            streak = _streak(match, tagged, result, module, stayed_on)
            if streak is not None:
                result = streak
    return result


def _inside_tier_claim(match: re.Match[str], found: list[Found]) -> bool:
    return all(
        f.claim.kind in (ClaimKind.TIER, ClaimKind.CHANGE)
        for f in found
        if match.start() < f.end and f.start < match.end()
    )


def _streak(
    match: re.Match[str],
    tagged: Tagged,
    found: list[Found],
    module: ModuleType,
    stayed_on: str | None = None,
) -> list[Found] | None:
    groups = match.groupdict()
    ordinal = tagged.tokens_in(groups.get("o"), "O")
    number = tagged.tokens_in(groups.get("n"), "N")
    if not ordinal and not number:
        return None
    years = int((ordinal or number)[0].value)
    at_least_text = groups.get("atleast") or groups.get("atleast2") or groups.get("atleast3")
    at_least = bool(at_least_text)
    if at_least_text and at_least_text.startswith("mas"):
        years += 1

    # The claim it belongs to: the nearest tier or change claim before it, or around it.
    owner = None
    for item in sorted(found, key=lambda f: f.start):
        if item.claim.kind in (ClaimKind.TIER, ClaimKind.CHANGE) and item.start <= match.start():
            owner = item
    if owner is None:
        # "Por noveno año consecutivo, Perú se mantiene en el Nivel 2."
        later = [
            f
            for f in sorted(found, key=lambda f: f.start)
            if f.claim.kind is ClaimKind.TIER and f.start >= match.end()
        ]
        owner = later[0] if later else None
    countries: tuple[str, ...]
    tier = None
    if owner is not None:
        countries = owner.claim.countries
        tier = owner.claim.tier
    else:
        # Not the report's author: "The Maldives has appeared on the US State Department's
        # Tier Two Watch List for the third year in a row".
        before = [
            t
            for t in _tokens_between(tagged, 0, match.start())
            if t.kind == "C" and not is_author(tagged, t)
        ]
        after = [
            t
            for t in _tokens_between(tagged, match.end(), len(tagged.text))
            if t.kind == "C" and not is_author(tagged, t)
        ]
        if before:
            countries = country_codes(before[-1:])
        elif after:
            countries = country_codes(after[:1])
        else:
            return None
    end = match.end()
    own_year = None
    own_tier = None
    for _ in range(2):
        span = _YEAR_RANGE.match(tagged.text, end)
        if span:
            # "4 consecutive years (2012 to 2015)": the run ends with the second year.
            own_year = int(tagged.tokens[int(span.group("last"))].value)
            end = span.end()
        following = module.TIER_AFTER.match(tagged.text, end)
        if following:
            tier_token = tagged.tokens_in(following.group("t"), "T")
            if tier_token:
                tier = own_tier = tier_token[0].value
                end = following.end()
    if own_tier is None and stayed_on is not None:
        tier = own_tier = stayed_on  # the tier it stayed on, not the one it moved to
    if own_tier is None and owner is not None:
        # "downgraded to Tier 3, having been on the Watch List for two consecutive years": the
        # tier named between the move and the run is the one the run was on; so is another
        # tier named after a tier claim ("was Tier 3 in 2011, but moved up to the Watch List
        # for the past two years").
        between = [t for t in _tokens_between(tagged, owner.end, match.start()) if t.kind == "T"]
        if between and (
            owner.claim.kind is ClaimKind.CHANGE or between[-1].value != owner.claim.tier
        ):
            tier = own_tier = between[-1].value
    if tier is None:
        earlier = [t for t in _tokens_between(tagged, 0, match.start()) if t.kind == "T"]
        tier = earlier[-1].value if earlier else None

    if tier is None and groups.get("before"):
        return None  # "invirtió más durante los tres años anteriores": years of something else
    if tier is None and years < 2:
        return None  # "que por primer año incluyó a su propio país": no run, no tier
    start = match.start()
    result = list(found)
    # "coloca al país en el Nivel 2, tras permanecer dos años consecutivos en la Lista de
    # Vigilancia": a streak on another tier than the claim before it is a claim of its own.
    apart = owner is not None and own_tier is not None and owner.claim.tier not in (None, own_tier)
    if owner is not None and apart:
        countries = owner.claim.countries
    elif owner is not None and owner.claim.kind is ClaimKind.TIER and not owner.claim.negated:
        # "keeps Peru on Tier 2 for the ninth consecutive year": one claim, the streak.
        result.remove(owner)
        start = min(start, owner.start)
        end = max(end, owner.end)
    elif owner is not None and owner.start < match.end() and match.start() < owner.end:
        return None
    claim = Claim(
        kind=ClaimKind.STREAK,
        text="",
        span=(0, 0),
        countries=countries,
        tier=tier,
        years=years,
        at_least=at_least,
    )
    # Trim the leading preposition ("for", "por") from a stand-alone streak's span.
    while start < end and tagged.text[start] == " ":
        start += 1
    # "los cuatro años anteriores": the run ended in the report before.
    back = 1 if groups.get("before") and own_year is None else 0
    result.append(Found(claim, start, end, year=own_year, back=back))
    return result


def _tokens_between(tagged: Tagged, start: int, end: int) -> list[Token]:
    return [tagged.tokens[int(m.group("index"))] for m in TOKEN.finditer(tagged.text, start, end)]
