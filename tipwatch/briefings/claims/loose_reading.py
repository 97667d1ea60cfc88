"""The reading of a sentence no reader turned into a claim: countries and one tier, nothing else.

The rules and the clause readers read the shapes sentences take; the ones left over are the
long tail of phrasing ("Morocco's crackdown earned it a Tier 2 ranking"). Such a sentence
still says where its countries stand when it names one tier as a ranking or status they have,
earn or are given, and nothing that could make the tier not theirs: no negation, move,
comparison, condition, count, group, time span or risk. Those words are listed broadly: a
claim read wrongly costs the check its credibility, and a sentence left unread is still listed
as not checked. Without the first condition this reading took four of the set-aside claims
(it takes one) but also 28 of the sentences the other readers' tests leave unread on purpose.
"""

from __future__ import annotations

import re

from .country_tokens import REPORT_AUTHOR, is_author
from .found import Found
from .grammar import Vocabulary
from .model import Claim, ClaimKind
from .tagger import TOKEN, Tagged

# Words that can make the one tier named not where the countries named stand (folded text:
# lower case, accents removed).
_NOT_A_PLACEMENT = re.compile(
    r"\b(?:"
    # negation
    r"not|no|never|nor|neither|n't|without|sin|nunca|ni|tampoco|declin\w*|refus\w*|refrain\w*|"
    r"short\s+of|den(?:y|ies|ied)|abstuv\w*|absten\w*|nieg\w*|nego|rechaz\w*|"
    # a tier escaped ("Peru was spared a Tier 3 ranking")
    r"spar(?:e|es|ed|ing)|avoid\w*|avert\w*|dodg\w*|evad\w*|evit\w*|"
    # moves, in and out of a tier or list
    r"downgrad\w*|upgrad\w*|demot\w*|relegat\w*|promot\w*|mov\w*|fell|fall\w*|drop\w*|rose|"
    r"ris\w*|rais\w*|climb\w*|lift\w*|from|left|leav\w*|exit\w*|escap\w*|remov\w*|"
    r"descend\w*|ascend\w*|degrad\w*|rebaj\w*|sub\w*|baj\w*|pas\w*|sali\w*|sacad\w*|retir\w*|"
    r"dej\w*|abandon\w*|"
    # comparison, exclusivity, condition, what may come
    r"than|unlike|like|que|como|above|below|over|under|ahead|behind|encima|debajo|detras|"
    r"only|alone|sole|solo|sola|unic[oa]s?|solamente|"
    r"if|si|would|could|may|might|should|podria\w*|"
    r"threat\w*|risk\w*|riesgo|amenaz\w*|warn\w*|advert\w*|"
    # time spans and counts, which the streak and count readers read
    r"since|desde|years?|anos?|consecutiv\w*|straight|countries|paises|nations|naciones"
    r")\b"
)

_AN_OBJECT = re.compile(r"\b(?:a|al|to)\s+(?:(?:los|las|la|el|the)\s+)?\u27e6C\d+\u27e7")

# A tier owned by the country named right before it: "Peru's Tier 2 ranking", "Peru, whose Tier
# 2 ranking".
_OWNER = re.compile(
    r"\u27e6C(?P<c>\d+)\u27e7(?:'s?|\s*,\s+whose)\s+(?:(?:current|new|latest)\s+)?\u27e6T\d+\u27e7"
)

# What says a tier is a country's own: a ranking or status it has, earns, holds or is given
# ("earned it a Tier 2 ranking", "con su categoría de Nivel 1").
_OWN_TIER = re.compile(
    r"\b(?:rank\w*|rat(?:ed|ing|ings)|status|category|classification|grade|"
    r"earn\w*|receiv\w*|gets?|got|given|grant\w*|award\w*|assign\w*|hold\w*|held|"
    r"retain\w*|obtain\w*|calificacion|clasificacion|categoria|estatus|obtuv\w*|obtien\w*|"
    r"recib\w*|otorg\w*|asign\w*|conserv\w*|ostent\w*)\b"
)

# The tiers' own definitions say "not" ("does not fully meet the minimum standards"): that
# "not" negates no placement.
_DEFINITION = re.compile(
    r"\b(?:(?:do|does|did)\s+not\s+|(?:don|doesn|didn)'t\s+)?(?:fully\s+)?"
    r"(?:meet|meets|met|comply|complies|complied)\s+(?:with\s+)?(?:all\s+)?(?:of\s+)?"
    r"the\s+(?:tvpa'?s\s+)?minimum\s+standards\b"
    r"|\bno\s+cumpl\w*(?:\s+(?:plenamente|totalmente|completamente))?"
)


def loose_tier_claims(tagged: Tagged, vocabularies: list[Vocabulary]) -> list[Found]:
    """A tier claim for the countries of a sentence from which nothing else was read, when
    it names exactly one tier and no word that could make that tier not theirs, nor any that
    the language's `vocabularies` say make a clause not assert (a step weighed or denied)."""
    tokens = tagged.tokens
    tiers = [t for t in tokens if t.kind == "T" and t.value]
    # A word that looks like a tier but is not one (X), a number (N) or a group (G) is a
    # shape the other readers own.
    if len(tiers) != 1 or any(t.kind in ("X", "N", "G") for t in tokens):
        return []
    # The report's author is most often the one who places, never the one placed.
    countries = [
        t
        for t in tokens
        if t.kind == "C"
        and t.value != REPORT_AUTHOR
        and not is_author(tagged, t)
        and "+" not in t.value
    ]
    if not countries:
        return []
    words = _DEFINITION.sub(" ", TOKEN.sub(" ", tagged.text))
    if not _OWN_TIER.search(words):
        return []
    if _NOT_A_PLACEMENT.search(words) or any(v.hypothetical.search(words) for v in vocabularies):
        return []
    codes = tuple(dict.fromkeys(t.value for t in countries))
    owner = _OWNER.search(tagged.text)
    if len(codes) > 1 and owner:
        # "Peru, whose Tier 2 ranking Chile criticised", "Chile called Peru's Tier 2 ranking
        # unfair": the tier is its owner's; the other countries only speak of it.
        held = tokens[int(owner.group("c"))]
        if held not in countries:
            return []
        codes = (held.value,)
    if len(codes) > 1 and _AN_OBJECT.search(tagged.text):
        # "La clasificación de Perú en el Nivel 2 preocupa a Chile": a country a verb acts on
        # (or sends something to) does not share the tier of the one that holds it; which
        # country does, this reading cannot tell.
        return []
    claim = Claim(kind=ClaimKind.TIER, text="", span=(0, 0), countries=codes, tier=tiers[0].value)
    return [Found(claim, 0, len(tagged.text), rule="loose")]
