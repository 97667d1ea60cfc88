"""The only country of a group that stays on a tier also stays there itself: "Cuba es el único
país latinoamericano que permanece en esa categoría", "Chile es el único de la región que sigue
en el Nivel 1" say Cuba and Chile were on the tier the year before as well. The group claim is
read by the group rules; this adds the stay beside it (not for "el único que está", "el único
que cayó", which say nothing of the year before, nor a denied or hypothetical stay)."""

from __future__ import annotations

import re

from .found import Found
from .model import Claim, ClaimKind
from .tagger import Tagged

# The stay verb of the relative clause about the only one ("que permanece", "que sigue", "que
# se mantuvo", "que repite").
_STAYS = re.compile(
    r"\bunic[oa]s?\b[^.;:\u27e6]{0,40}?(?:\u27e6G\d+\u27e7[^.;:\u27e6]{0,30}?)?\bque\s+"
    r"(?:aun\s+|todavia\s+|ya\s+)?"
    r"(?:permanece|permanecen|permanecio|permanecieron|sigue|siguen|siguio|siguieron|"
    r"continua|continuan|continuo|continuaron|se\s+mantiene|se\s+mantienen|se\s+mantuvo|"
    r"se\s+mantuvieron|repite|repiten|repitio|repitieron|ha\s+permanecido|han\s+permanecido|"
    r"se\s+ha\s+mantenido|se\s+han\s+mantenido)\b"
)


def stays_of_the_only(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """A stay on the tier for each group claim whose only country is said to stay on it."""
    found = []
    for item in chosen:
        claim = item.claim
        if claim.kind is not ClaimKind.GROUP or claim.negated or not claim.tier:
            continue
        if not claim.countries or not _STAYS.search(tagged.text, item.start, item.end):
            continue
        stay = Claim(
            ClaimKind.TIER, "", (0, 0), countries=claim.countries, tier=claim.tier, unchanged=True
        )
        found.append(
            Found(stay, item.start, item.end, year=item.year, years=item.years, back=item.back,
                  since=item.since,
                  rule="only-one-staying")
        )  # fmt: skip
    return found
