"""Countries that share a claim read beside them, in the pair and list shapes of press text,
English and Spanish (run by the parser after the other readings):

* a tail that gives the same predicate to more countries ("Peru is on Tier 2, as is Bolivia",
  "...; so are Chile and Cuba", "Perú está en el Nivel 2, igual que Bolivia", "también lo
  están Chile y Cuba", "fell to Tier 3, joining Cuba", "bajó al Nivel 3, donde ya estaba Cuba",
  "..., joined this year by Bolivia");
* a change told again with the verb left out ("... from Tier 3 to Tier 2 and Chile from Tier 2
  to Tier 1", "... y Perú del Nivel 2 al Nivel 1"), and elided clauses with an apposition or
  no preposition ("... and Peru, its neighbour, on Tier 2", "Chile es Nivel 1 y Perú Nivel 2");
* an elided clause whose list a reading cut short ("Chile está en el Nivel 1, Perú y Bolivia en
  el Nivel 3": Peru as well as Bolivia), and one whose first clause made no claim (none);
* rows after a semicolon ("Chile was ranked Tier 1; Peru, Tier 2; and Bolivia, Tier 3").

Asides that change whose claim it is are `pair_asides`; tiers a sentence gives outside a clause
of the usual shape (appositions, tiers before lists or subjects, verbless pairs) `held_tiers`.
Each reading gives a country only the tier the words give it, and none crosses a negation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .found import Found
from .grammar import CL, QT, T
from .held_tiers import held_tiers, without_apposed_counts
from .model import ClaimKind
from .pair_asides import like_asides, sources_to_subject
from .pair_basics import END, NEG, PLACED, already_read, countries_of, tier_claim, tier_of
from .tagger import Tagged
from .tier_order import move_direction

# "..., as is Bolivia", "... and so are Chile and Cuba", "..., igual que Bolivia", "...; también
# lo están Chile y Cuba", "..., joining Cuba", "..., like Cuba": the tail gives the countries the
# claim's tier. (Not "such as", "como" after a noun: those name examples of something else.)
_SHARED_TAIL = re.compile(
    # (a few plain words may close the claim first: "stays on Tier 2 for another year, as does")
    r"(?:\s+[a-z]+){0,4}?\s*[\"']?\s*(?:,|;|\s)\s*(?:(?:and|y|e)\s+)?(?:"
    # (a subject the parser supplied for "so is" may stand after "so": "so⟦C⟧ is")
    r"(?:as|so)(?:\u27e6C\d+\u27e7)?\s+(?:is|are|was|were|does|do|did|has|have)|"
    r"(?:al\s+)?igual\s+que|lo\s+mismo\s+que|"
    r"tambien(?:\u27e6C\d+\u27e7)?\s+lo(?:\u27e6C\d+\u27e7)?\s+(?:esta|estan|estaba|estaban|hace|hacen|hizo|hicieron)|"
    r"(?:just\s+)?like|joining|to\s+join|uniendose\s+a|sumandose\s+a|como|"
    # "..., joined this year by Bolivia", "..., a los que este año se sumó Bolivia"
    r"joined(?:\s+[a-z]+){0,3}?\s+by|"
    r"(?:a\s+l[oa]s?|al)\s+que(?:\s+[a-z]+){0,3}?\s+se\s+(?:sumo|sumaron|unio|unieron|suma|suman)"
    r")\s+(?:(?:neighbou?ring|vecin[oa]s?|fellow|the|el|la|los|las|a)\s+)?"
    rf"(?P<subj>{CL})(?=\s*(?:[.;:,]|$))"
)
# "Chile is on Tier 1; so are Peru and Bolivia.": the clause after the semicolon, read as a
# sentence of its own, shares the claim before it.
_SO_ARE = re.compile(
    r"^\W*(?:(?:and|y|e)\s+)?(?:"
    r"so(?:\u27e6C\d+\u27e7)?\s+(?:is|are|was|were|does|do|did|has|have)|"
    r"tambien(?:\u27e6C\d+\u27e7)?\s+lo(?:\u27e6C\d+\u27e7)?\s+"
    r"(?:esta|estan|estaba|estaban|hace|hacen|hizo|hicieron)"
    rf")\s+(?P<subj>{CL}){END}"
)
# A row of a table told in prose, after a semicolon that closed the claim before: "Chile was
# ranked Tier 1; Peru, Tier 2; and Bolivia, Tier 3", "...; el vecino Perú, en el Nivel 3".
_ROW = re.compile(
    r"^\W*(?:(?:and|y|e)\s+)?(?:(?:the|el|la|its|su)\s+(?:neighbou?ring\s+|vecin[oa]\s+)?)?"
    rf"(?P<subj>{CL})\s*,\s*(?:(?:on|in|en|de)\s+)?(?:(?:the|el|la)\s+)?{QT}(?P<t>{T})[\"']?"
    r"\s*[.;]?\s*$"
)
# "... ranked Chile on Tier 1 and Peru, its neighbour, on Tier 2": a name set apart by an
# apposition in an elided clause.
_APPOSED_ELLIPSIS = re.compile(
    r"\s*(?:,\s*)?(?:and|y|e)\s+(?:a\s+)?" + rf"(?P<subj>{CL})\s*,\s*"
    r"(?:its|their|su|sus|the|el|la)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*,\s*"
    r"(?P<prep>(?:on|in|to|en|a|al)\s+)?(?:(?:the|el|la)\s+)?" + QT + rf"(?P<t>{T})"
)
# "Chile es Nivel 1 y Perú Nivel 2": the verb and the preposition left out.
_BARE_ELLIPSIS = re.compile(
    rf"\s+(?:y|e|and)\s+(?P<subj>{CL})\s+(?:de\s+)?{QT}(?P<t>{T})[\"']?(?=\s*(?:[.;,]|$))"
)
# "..., where Cuba already sits", "..., donde ya estaba Cuba", "..., al que Cuba pertenece
# desde 2012": the tier the claim names is where those countries are.
_WHERE = re.compile(
    r"\s*[\"']?\s*,\s*(?:where|donde|al\s+que|a\s+la\s+que|en\s+(?:el|la)\s+que)\s+"
    r"(?P<before>(?:[a-z]+\s+){0,3}?)(?P<subj>" + CL + r")"
    r"(?P<after>(?:\s+[a-z]+){0,5}?(?:\s+(?:since|desde)\s+\u27e6Y\d+\u27e7)?)" + END
)
_WHERE_VERB = re.compile(
    r"\b(?:sits?|is|are|remains?|stays?|ha(?:s|ve)\s+(?:long\s+|always\s+)?been|already|ya|"
    r"esta|estan|desde\s+hace|"
    r"se\s+encuentran?|figuran?|permanecen?|siguen?|sigue|pertenecen?)\b"
)
# "... and Chile from Tier 2 to Tier 1", "... y Perú del Nivel 2 al Nivel 1".
_FROM_TO_AGAIN = re.compile(
    rf"\s*[\"']?\s*(?:,\s*|;\s*|\s+)(?:(?:and|while|whereas|y|e|mientras\s+que|mientras)\s+)?"
    rf"(?P<subj>{CL})\s+(?:from|del|de\s+la|de)\s+{QT}(?P<old>{T})[\"']?\s+"
    rf"(?:to|al|a\s+la|a)\s+{QT}(?P<new>{T})"
)
# The list before a claim's first country, cut off from it: "..., Perú y Bolivia en el Nivel 3"
# read as Bolivia only. The list follows a tier and a comma (another elided clause) or opens
# the sentence.
_JOINING_WORD = re.compile(r"(?:and|y|e)\s+")
_CUT_LIST = re.compile(
    rf"(?:\u27e6T\d+\u27e7[\"']?\s*[,;]\s*(?:(?:and|y|e)\s+)?(?:a\s+)?|^\W*)"
    rf"(?P<subj>{CL})\s+(?:and|y|e)\s+(?:a\s+)?$"
)
# The readings of a clause whose verb is left out ("... and Peru on Tier 2").
_ELLIPSES = ("ellipsis", "ellipsis-change", "elipsis", "elipsis-cambio")


def shared_claims(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """`chosen` with the claims these shapes add, and the lists they complete."""
    chosen = _completed_lists(tagged, chosen)
    chosen = sources_to_subject(tagged, like_asides(tagged, chosen))
    chosen = without_apposed_counts(tagged, chosen)
    added: list[Found] = []
    for item in chosen:
        claim = item.claim
        if claim.kind not in PLACED or claim.negated or not claim.tier:
            if claim.kind is ClaimKind.STREAK and claim.tier and not claim.negated:
                found = _tail(tagged, item)
                if found is not None:
                    added.append(found)
            continue
        for found in (
            _tail(tagged, item),
            _where(tagged, item),
            _from_to(tagged, item),
            _elided(tagged, item),
        ):
            if found is not None and not already_read(found, [*chosen, *added]):
                added.append(found)
    for found in held_tiers(tagged, chosen):
        if not already_read(found, [*chosen, *added]) and not _tier_moved_from(found, chosen):
            added.append(found)
    return _without_orphan_ellipses(chosen + added)


def _tier_moved_from(found: Found, chosen: list[Found]) -> bool:
    """ "Peru's Tier 1 rating was downgraded to Tier 2": the tier held is the one a move read
    over the same words left, an earlier report's."""
    return any(
        item.claim.kind is ClaimKind.CHANGE
        and item.claim.from_tier == found.claim.tier
        and set(found.claim.countries) <= set(item.claim.countries)
        and item.start <= found.start
        and found.end <= item.end
        for item in chosen
    )


def _without_orphan_ellipses(chosen: list[Found]) -> list[Found]:
    """ "Chile aspira al Nivel 1 y Perú al Nivel 2": an elided clause borrows the verb of the
    clause before it; when that clause made no claim (a hope, a question of its own), neither
    does the elided one."""
    return [
        item
        for item in chosen
        if item.rule not in _ELLIPSES
        or any(other.start < item.start and other.rule not in _ELLIPSES for other in chosen)
    ]


def so_are_they(tagged: Tagged, previous: Found | None) -> list[Found]:
    """ "...; so are Peru and Bolivia": the last tier claim before, for these countries."""
    match = _SO_ARE.match(tagged.text)
    if match is None or previous is None or not previous.claim.tier:
        return []
    claim = previous.claim
    countries = tuple(c for c in countries_of(tagged, match) if c not in claim.countries)
    if not countries:
        return []
    unchanged = claim.kind is ClaimKind.TIER and claim.unchanged
    shared = tier_claim(countries, claim.tier or "", unchanged)
    return [
        Found(shared, match.start("subj"), match.end(), year=previous.year,
              years=previous.years, back=previous.back, rule="so-are-they")
    ]  # fmt: skip


def table_rows(tagged: Tagged, previous: Found | None) -> list[Found]:
    """ "...; Peru, Tier 2": a row after a tier claim, with its verb left out."""
    match = _ROW.match(tagged.text)
    if match is None or previous is None or not previous.claim.tier:
        return []
    claim = tier_claim(countries_of(tagged, match), tier_of(tagged, match.group("t")))
    return [
        Found(claim, match.start("subj"), match.end(), year=previous.year,
              years=previous.years, back=previous.back, rule="table-row")
    ]  # fmt: skip


def _elided(tagged: Tagged, item: Found) -> Found | None:
    claim = item.claim
    match = _APPOSED_ELLIPSIS.match(tagged.text, item.end)
    if match is not None:
        tier = tier_of(tagged, match.group("t"))
        moved = (match.group("prep") or "").strip() in ("to", "a", "al")
        if claim.kind is ClaimKind.CHANGE and moved:
            said = replace(claim, countries=countries_of(tagged, match), tier=tier, from_tier=None)
        elif claim.kind is ClaimKind.TIER and not moved:
            said = tier_claim(countries_of(tagged, match), tier)
        else:
            return None
        return Found(said, match.start("subj"), match.end(), rule="apposed-ellipsis")
    match = _BARE_ELLIPSIS.match(tagged.text, item.end)
    if match is not None and claim.kind is ClaimKind.TIER:
        said = tier_claim(countries_of(tagged, match), tier_of(tagged, match.group("t")))
        return Found(said, match.start("subj"), match.end(), rule="bare-ellipsis")
    return None


def _tail(tagged: Tagged, item: Found) -> Found | None:
    match = _SHARED_TAIL.match(tagged.text, item.end)
    if match is None or NEG.search(match.group()):
        return None
    countries = tuple(c for c in countries_of(tagged, match) if c not in item.claim.countries)
    if not countries:
        return None
    claim = item.claim
    if claim.kind is ClaimKind.STREAK:
        # "stay on Tier 3 for the fourth straight year, as do Iran and Syria"
        return Found(replace(claim, countries=countries), item.start, match.end())
    # "Peru stays on Tier 2, as does Bolivia": Bolivia stays too; after a move, only where the
    # move ended is shared ("fell to Tier 3, joining Cuba": Cuba is on Tier 3).
    joined = re.search(
        r"\b(?:join|joined|joining|sumo|sumaron|suma|suman|unio|unieron)\b", match.group()
    )
    unchanged = claim.kind is ClaimKind.TIER and claim.unchanged and not joined
    return Found(tier_claim(countries, claim.tier or "", unchanged), item.start, match.end())


def _where(tagged: Tagged, item: Found) -> Found | None:
    match = _WHERE.match(tagged.text, item.end)
    if match is None or NEG.search(match.group()):
        return None
    if not _WHERE_VERB.search(match.group("before") + " " + match.group("after")):
        return None
    countries = countries_of(tagged, match)
    if not countries:
        return None
    return Found(tier_claim(countries, item.claim.tier or ""), item.start, match.end())


def _from_to(tagged: Tagged, item: Found) -> Found | None:
    claim = item.claim
    if claim.kind is not ClaimKind.CHANGE or claim.from_tier is None:
        return None
    match = _FROM_TO_AGAIN.match(tagged.text, item.end)
    if match is None:
        return None
    old, new = tier_of(tagged, match.group("old")), tier_of(tagged, match.group("new"))
    changed = replace(
        claim,
        countries=countries_of(tagged, match),
        tier=new,
        from_tier=old,
        direction=move_direction(old, new),
    )
    return Found(changed, match.start("subj"), match.end(), rule="from-to-again")


def _completed_lists(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    result = []
    for item in chosen:
        claim = item.claim
        # the claim's first country, after an "and" the reading may have taken in
        joined = _JOINING_WORD.match(tagged.text, item.start)
        at = joined.end() if joined else item.start
        first = tagged.token_at(at)
        cut = _CUT_LIST.search(tagged.text, 0, at)
        if (
            claim.kind in PLACED
            and first is not None
            and first.kind == "C"
            and cut is not None
            and cut.end() == at
        ):
            more = countries_of(tagged, cut)
            elsewhere = any(
                code in other.claim.countries
                for other in chosen
                if other is not item
                for code in more
            )
            if more and not elsewhere:
                claim = replace(claim, countries=(*more, *claim.countries))
                item = replace(item, claim=claim, start=cut.start("subj"))
        result.append(item)
    return result


__all__ = ["shared_claims", "so_are_they", "table_rows"]
