"""A Spanish placement that the words after it make a stay ("..., al igual que el año
pasado"), for `last_resort.onward_tiers`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .clause_patterns_es import QT
from .grammar import T, words
from .model import Claim, ClaimKind
from .tier_order import move_direction
from .vocabulary_es import FROM_PREPOSITIONS

if TYPE_CHECKING:
    from .tagger import Tagged

# "..., el más alto, al igual que el año pasado": on the same tier as in the report before.
_AS_LAST_YEAR = re.compile(
    r"\s*,?(?:\s+(?:el|la)\s+(?:mas\s+)?[a-z]+\s*,)?\s+(?:al\s+igual\s+que|igual\s+que|como)\s+"
    r"(?:(?:en\s+)?el\s+(?:ano\s+(?:pasado|anterior)|informe\s+(?:anterior|pasado|previo)))\b"
)


# "mejoró la posición de Malasia en el reporte y lo incluyó en la lista de vigilancia": where a
# move with no tier of its own took the country.
_MOVED_INTO = re.compile(
    r"(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){0,6}?\s*,?\s+(?:y|e)\s+(?:lo|la|los|las)\s+"
    r"(?:incluy|inclu|coloc|ubic|situ|pus|pas|traslad|llev)[a-z]*\s+(?:en|a|al|como)\s+"
    rf"{QT}(?P<t>{T})"
)


# "bajó del Nivel 2 (Tier 2) en la lista -la tercera más baja de las cuatro clasificaciones- al
# Nivel 3": asides between the tier a move left and the one it went to.
_ONWARD_AFTER_ASIDES = re.compile(
    r"(?:\s*\((?:[^()\u27e6]|\u27e6[TN]\d+\u27e7){0,60}\))?"
    r"(?:\s+(?:en|de)\s+(?:el|la|su)\s+(?:lista|informe|reporte|clasificacion|ranking|escala))?"
    r"(?:\s*[-\u2013\u2014](?:[^-\u2013\u2014()\u27e6.;]|\u27e6[NO]\d+\u27e7){1,100}[-\u2013\u2014])?"
    rf"\s*,?\s+(?:a|al|hasta|hacia)\s+{QT}(?P<t>{T})"
)


# "ha sido catalogada del nivel 3, al 2 bajo observación": a placement "from" a tier that the
# words after it take on to another is a move between the two.
_PLACED_FROM = re.compile(rf"\b{words(*FROM_PREPOSITIONS)}\s+{QT}{T}[\"']?\s*$")


def onward(tagged: Tagged, claim: Claim, end: int) -> tuple[Claim, int] | None:
    """A placement the words after it say is a stay, a move the words after it say where it
    went (`ONWARD_TIER`, see last_resort.onward_tiers)."""
    if claim.kind is ClaimKind.CHANGE and not claim.tier and claim.from_tier and not claim.negated:
        onward_tier = _ONWARD_AFTER_ASIDES.match(tagged.text, end)
        if onward_tier is not None:
            tier = tagged.tokens_in(onward_tier.group("t"), "T")[0].value
            if tier and tier != claim.from_tier:
                return replace(claim, tier=tier), onward_tier.end()
    if claim.kind is ClaimKind.CHANGE and not claim.tier and claim.direction and not claim.negated:
        into = _MOVED_INTO.match(tagged.text, end)
        if into is None:
            return None
        tier = tagged.tokens_in(into.group("t"), "T")[0].value
        return (replace(claim, tier=tier), into.end()) if tier else None
    if claim.kind is not ClaimKind.TIER or claim.unchanged or claim.negated:
        return None
    onward_tier = _ONWARD_AFTER_ASIDES.match(tagged.text, end)
    if onward_tier is not None and _PLACED_FROM.search(tagged.text, 0, end):
        tier = tagged.tokens_in(onward_tier.group("t"), "T")[0].value
        if tier and claim.tier and tier != claim.tier:
            direction = move_direction(claim.tier, tier)
            moved = replace(
                claim, kind=ClaimKind.CHANGE, tier=tier, from_tier=claim.tier, direction=direction
            )
            return moved, onward_tier.end()
    if _AS_LAST_YEAR.match(tagged.text, end) is None:
        return None
    # The claim keeps its words: "el año pasado" there compares, it does not date the claim.
    return replace(claim, unchanged=True), end
