"""What the rules and the clause reader left: the language's reading of last resort, counts
and compared moves no pattern read, and the tier a move went to when its rule did not say."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from . import comparisons, counts
from .claim_years import SINCE, claim_years
from .clause_mood import hypothetical
from .country_tokens import country_codes, is_author
from .earlier_report import YEARS_BACK, time_after
from .found import Found
from .model import Claim, ClaimKind, Comparator
from .tagger import Tagged


def counts_of_last_resort(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Counts no pattern read (counts.py); "rose to 23 from 19" is also a count of 19 in the
    report before."""
    taken = [f for f in chosen if f.claim.kind in (ClaimKind.COUNT, ClaimKind.MOVES)]
    result: list[Found] = []
    for read in counts.read_counts(tagged):
        if any(f.start < read.end and read.start < f.end for f in taken):
            continue
        claim = Claim(
            kind=ClaimKind.COUNT,
            text="",
            span=(0, 0),
            tier=read.tier,
            count=read.count,
            comparator=read.comparator,
        )
        listed: tuple[str, ...] = ()
        if read.members is not None:
            listed = country_codes(tagged.tokens_in(tagged.text[slice(*read.members)], "C"))
        result.append(Found(claim, read.start, read.end, listed=listed, rule="count"))
        if read.previous is not None:
            earlier = replace(claim, count=read.previous, comparator=Comparator.EXACTLY)
            result.append(Found(earlier, read.start, read.end, rule="count", back=1))
    return result


def compared_moves(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """ "un ascenso respecto a 2024" (comparisons.py): a move of the country the sentence
    names (or means: "el país"), unless a change claim already says it."""
    result: list[Found] = []
    countries = [t for t in tagged.tokens if t.kind == "C" and not is_author(tagged, t)]
    codes = country_codes(countries[:1])
    for move in comparisons.read_compared_moves(tagged):
        if not codes or any(
            f.claim.kind is ClaimKind.CHANGE and set(codes) <= set(f.claim.countries)
            for f in chosen
        ):
            continue
        claim = Claim(
            kind=ClaimKind.CHANGE, text="", span=(0, 0), countries=codes, direction=move.direction
        )
        result.append(Found(claim, move.start, move.end, years=(move.year,), rule="compared"))
    return result


def fallback_claims(module: ModuleType, tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """The language's reading of last resort (`fallback_en`, `fallback_es`), over the clauses
    nothing read."""
    fallback = getattr(module, "FALLBACK", None)
    if fallback is None:
        return []
    extra: list[Found] = []
    covered = [(f.start, f.end) for f in chosen]
    for reading in fallback(tagged, covered, module.VOCABULARY, lambda t: is_author(tagged, t)):
        back = time_after(tagged.text[reading.end :], tagged)
        if back is None or hypothetical(tagged, reading.start, module.VOCABULARY):
            continue
        years, end = claim_years(tagged, reading.end)
        since = None
        reads_since = getattr(module, "FALLBACK_READS_SINCE", False)
        tier = reading.claim.kind is ClaimKind.TIER
        after = SINCE.match(tagged.text, end) if tier and reads_since else None
        if after and not years and not reading.claim.negated:
            # "Venezuela, ranked Tier 3 since 2014, ...": a run up to this report.
            since, end = int(tagged.tokens[int(after.group("i"))].value), after.end()
        extra.append(Found(reading.claim, reading.start, end, years=years, since=since,
                            rule="fallback", back=back))  # fmt: skip
    return extra


def onward_tiers(module: ModuleType, tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Moves read without the tier they went to, completed by the language's `ONWARD_TIER`
    from the words after them ("upgraded Singapore's ranking to Tier 2")."""
    complete = getattr(module, "ONWARD_TIER", None)
    if complete is None:
        return chosen
    result: list[Found] = []
    for item in chosen:
        done = complete(tagged, item.claim, item.end)
        if done is None:
            result.append(item)
            continue
        # "from Tier 2 last year to the Watch List": the time read after the old end dated the
        # tier it left, not the move.
        back = 0 if YEARS_BACK.search(tagged.text, item.end, done[1]) else item.back
        result.append(replace(item, claim=done[0], end=done[1], back=back))
    return result
