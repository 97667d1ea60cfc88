"""The clause reader: claims no rule read, from the shape of a clause (a list of countries,
a verb of being, placing or moving, a preposition, a tier)."""

from __future__ import annotations

import re
from types import ModuleType

from .claim_years import SINCE, SINCE_BEFORE, claim_years
from .clause_bounds import clause_before
from .clause_mood import LOOSE_MODAL, hypothetical
from .country_tokens import country_codes, is_author
from .earlier_report import time_after
from .found import Found
from .grammar import CL, Vocabulary
from .model import Claim, ClaimKind
from .rule_claims import NEITHER
from .tagger import TOKEN, Tagged
from .tier_order import move_direction

# The last list of countries before a tier, and what stands between them (no other country, no
# end of sentence): "Peru, after a year of reforms under a new government, is again on Tier 2".
_SUBJECT_BEFORE = re.compile(
    rf"(?P<subj>{CL})(?P<between>(?:[^\u27e6.;:!?]|\u27e6[YNOG]\d+\u27e7){{1,160}})$"
)


def clause_claims(module: ModuleType, tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Claims the rules did not read, from the shape of a clause: a list of countries, then
    words with a verb of being, placing or moving and no other country, then a preposition and
    a tier. Only where no claim was read over that stretch, and never across a negation or a
    hypothetical ("could", "if")."""
    vocab: Vocabulary = module.VOCABULARY
    extra: list[Found] = []
    preps = {p: kind for kind, words in (("at", module.LOOSE_AT), ("to", module.LOOSE_TO),
             ("from", module.LOOSE_FROM)) for p in words}  # fmt: skip
    prep_pattern = re.compile(
        r"\b(?P<prep>"
        + "|".join(
            sorted((re.escape(p).replace(r"\ ", r"\s+") for p in preps), key=len, reverse=True)
        )
        + rf")\s+{QT_LOOSE}$"
    )
    for match in TOKEN.finditer(tagged.text):
        if match.group("kind") != "T":
            continue
        token = tagged.tokens[int(match.group("index"))]
        if not token.value:
            continue
        before = _SUBJECT_BEFORE.search(tagged.text, 0, match.start())
        if not before:
            continue
        start, end = before.start("subj"), match.end()
        if any(start < f.end and f.start < end for f in chosen + extra):
            continue
        between = TOKEN.sub(" ", before.group("between"))
        prep_match = prep_pattern.search(before.group("between"))
        if not prep_match:
            continue
        verb = between[: len(between) - len(prep_match.group())] if prep_match else between
        if module.LOOSE_NEG.search(verb) or vocab.hypothetical.search(verb):
            continue
        if LOOSE_MODAL.search(verb) or _NOT_A_MOVE.search(verb):
            continue
        if any(w in vocab.above + vocab.below for w in prep_match.group().split()):
            # "Peru is ranked above Tier 2": a comparison, not a placement on that tier.
            continue
        if _FROM_BEING.search(verb) and not claim_years(tagged, end)[0]:
            # "Peru moved from being placed in Tier 2 to Tier 1": the tier it left, in a report
            # the clause does not name, is not where it is; the tier it went to is, by a move
            # (up or down as the two tiers stand, when the verb does not say).
            onward = _ONWARD.match(tagged.text, end)
            subject = tagged.tokens_in(before.group("subj"), "C")
            countries = country_codes(t for t in subject if not is_author(tagged, t))
            if onward and countries and not hypothetical(tagged, start, vocab):
                target = tagged.tokens[int(onward.group("i"))].value
                direction = vocab.direction(verb) or move_direction(token.value, target)
                move = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=target,
                             direction=direction)  # fmt: skip
                extra.append(Found(move, start, onward.end(), rule="clause"))
            continue
        back = time_after(tagged.text[end:], tagged)
        if back is None:
            continue
        if hypothetical(tagged, start, vocab):
            continue
        if NEITHER.search(tagged.text, 0, start):
            continue
        if _GOVERNED_BEFORE.search(tagged.text, max(0, start - 24), start) and _AND_A_VERB.match(
            between
        ):
            # "Perú trabajó junto con Chile y está en el Nivel 2": the countries a preposition
            # governs are not the subject of the verb coordinated after them.
            continue
        subject = tagged.tokens_in(before.group("subj"), "C")
        countries = country_codes(t for t in subject if not is_author(tagged, t))
        if not countries:
            continue
        kind = preps[re.sub(r"\s+", " ", prep_match.group("prep"))]
        # (English's "prepositions" include "ranked": "moving from being ranked Tier 3")
        placing = f"{verb} {prep_match.group('prep')}"
        direction = vocab.direction(verb)
        claim: Claim | None = None
        modifier = _MODIFIER_BEFORE.search(tagged.text, 0, start)
        if kind == "at" and direction is None and not verb.strip() and modifier:
            # "countries such as Iran and Syria on Tier 3", "junto a Cuba en el nivel 3"
            claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=token.value)
            holder = _HOLDER_BEFORE.search(tagged.text, 0, modifier.start())
            held = holder.group("verb") if holder else ""
            if (
                holder
                and _COMPANION.search(modifier.group())
                and module.LOOSE_BE.search(f"{held} {prep_match.group('prep')}")
                and vocab.direction(held) is None
                and not module.LOOSE_NEG.search(held)
                and not vocab.hypothetical.search(held)
                and not LOOSE_MODAL.search(held)
                and not hypothetical(tagged, holder.start(), vocab)
            ):
                # "Perú se mantiene junto con Chile en el Nivel 2": the subject of the verb
                # before the companions is on the tier with them (a stay, if the verb says so).
                holders = tagged.tokens_in(holder.group("subj"), "C")
                held_codes = country_codes(t for t in holders if not is_author(tagged, t))
                if held_codes:
                    stays = vocab.is_unchanged(held, held)
                    stay = Claim(ClaimKind.TIER, "", (0, 0), countries=held_codes,
                                 tier=token.value, unchanged=stays)  # fmt: skip
                    extra.append(Found(stay, holder.start(), end, rule="clause", back=back))
        elif kind == "at" and direction is None and module.LOOSE_BE.search(placing):
            unchanged = vocab.is_unchanged(verb.strip(), verb)
            claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=token.value,
                          unchanged=unchanged)  # fmt: skip
        elif kind == "to" and direction is not None:
            claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=token.value,
                          direction=direction)  # fmt: skip
        elif kind == "from" and direction is not None:
            claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries,
                          from_tier=token.value, direction=direction)  # fmt: skip
        if claim is not None:
            years, end = claim_years(tagged, end)
            since = None
            after = SINCE.match(tagged.text, end) if claim.kind is ClaimKind.TIER else None
            if after and not years:
                # "Peru has remained on the Watch List since 2015": a run up to this report.
                since, end = int(tagged.tokens[int(after.group("i"))].value), after.end()
            elif (
                claim.kind is ClaimKind.TIER
                and not years
                and (fronted := SINCE_BEFORE.search(clause_before(tagged.text, start)))
            ):
                # "Desde 2015 Uruguay siempre se ubicó en el Nivel 2", as the rules read it
                since = int(tagged.tokens[int(fronted.group("i"))].value)
            extra.append(
                Found(claim, start, end, years=years, since=since, rule="clause", back=back)
            )
    return extra


_MODIFIER_BEFORE = re.compile(
    r"\b(?:such\s+as|like|including|among\s+them|along\s+with|together\s+with|with|"
    r"como|incluid[oa]s|entre\s+ell[oa]s|junto\s+(?:a|con)|con)\s*,?\s*$"
)
# The subject and verb right before the words that name companions: "Perú se mantiene| junto
# con Chile en el Nivel 2".
_HOLDER_BEFORE = re.compile(rf"(?P<subj>{CL})\s+(?P<verb>(?:[a-z]+\s+){{1,3}})$")
_COMPANION = re.compile(r"\b(?:along\s+with|together\s+with|alongside|junto\s+(?:a|con))\b")
_FROM_BEING = re.compile(r"\b(?:from|desde)\s+(?:being|estar|ser)\b")
# What "from being ..." went on to: "... to Tier 1", "... back up to the Watch List".
_ONWARD = re.compile(
    r"[\"']?\s*,?\s+(?:(?:back|up|down)\s+)*(?:to|into|onto|a|al|hasta)\s+"
    r"(?:(?:la|el|the|a)\s+)?\u27e6T(?P<i>\d+)\u27e7"
)
_GOVERNED_BEFORE = re.compile(
    r"\b(?:with|alongside|along\s+with|together\s+with|beside|con|junto\s+(?:a|con))\s+"
    r"(?:(?:the|el|la|los|las)\s+)?$"
)
_AND_A_VERB = re.compile(r"\s*,?\s*(?:and|y|e)\s+[a-z]")
# (and a country whose place on a tier another took: "Chile was replaced on Tier 1 by Peru")
_NOT_A_MOVE = re.compile(
    # ("was spared a downgrade to Tier 3": the move that did not happen)
    r"\b(?:waiver|otherwise|required|avoid\w*|escap\w*|risk\w*|exencion|dispensa|evit\w*|riesgo|"
    r"spared?|spares|sparing|averted|dodged|evaded|eluded|"
    r"replac\w*|supplant\w*|displac\w*|succeeded|overt(?:ake|akes|aken|ook)|"
    r"se\s+libr\w*|librarse|salv[oa]\s+de|se\s+salv\w*)\b"
)

QT_LOOSE = r"(?:(?:la|el|su|una|los|las|the|its|their|a|an)\s+)?(?:[a-z-]+\s+)?[\"']?"
