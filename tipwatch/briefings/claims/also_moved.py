"""A move told again for other countries with its tier left out: "El Departamento de Estado
sacó a Cuba de su lista negra. También quitó a Malasia.", "Subió a Perú al Nivel 2. Asimismo,
elevó a Chile y Bolivia." The countries after the verb made the move the sentence before
told, when the verb goes the same way (out of a tier, up or down); a verb that goes another
way, a clause that goes on after the countries ("También quitó a Malasia la ayuda") or no
move before gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .found import Found
from .grammar import CL
from .model import ClaimKind
from .tagger import Tagged

_OUT = (
    r"saco|sacaron|quito|quitaron|retiro|retiraron|elimino|eliminaron|excluyo|excluyeron|"
    r"removio|removieron|borro|borraron"
)
_UP = r"subio|subieron|elevo|elevaron|ascendio|ascendieron|promovio|promovieron|mejoro|mejoraron"
_DOWN = r"bajo|bajaron|rebajo|rebajaron|degrado|degradaron|descendio|descendieron|relego|relegaron"
_ALSO_MOVED = re.compile(
    r"^\W*(?:y\s+)?(?:tambien|ademas|asimismo|igualmente|del\s+mismo\s+modo|de\s+igual\s+forma)"
    r"\s*,?\s+(?:(?:el\s+(?:informe|reporte|departamento(?:\s+de\s+estado)?)|washington)\s+)?"
    r"(?:(?:tambien|ademas)\s+)?"
    rf"(?:(?P<out>{_OUT})|(?P<up>{_UP})|(?P<down>{_DOWN}))\s+a(?:l)?\s+"
    rf"(?:(?:el|la|los|las)\s+)?(?P<subj>{CL})\s*[.;]?\s*$"
)


def also_moved(tagged: Tagged, chosen: list[Found], before: Found | None) -> list[Found]:
    """`chosen` with the move of the sentence before for the countries this one names after
    its verb (in place of a move read there with no tier)."""
    if before is None or before.claim.kind is not ClaimKind.CHANGE or before.claim.negated:
        return chosen
    match = _ALSO_MOVED.match(tagged.text)
    if match is None:
        return chosen
    claim = before.claim
    if match.group("out"):
        agrees = claim.from_tier is not None and claim.direction != "down"
    elif match.group("up"):
        agrees = claim.direction == "up"
    else:
        agrees = claim.direction == "down"
    countries = tuple(dict.fromkeys(t.value for t in tagged.tokens_in(match.group("subj"), "C")))
    if not agrees or not countries or set(countries) & set(claim.countries):
        return chosen
    verb = next(g for g in ("out", "up", "down") if match.group(g))
    moved = replace(claim, countries=countries, text="", span=(0, 0))
    kept = [
        f
        for f in chosen
        if not (
            f.claim.kind is ClaimKind.CHANGE
            and not f.claim.tier
            and not f.claim.from_tier
            and set(f.claim.countries) <= set(countries)
        )
    ]
    return [*kept, Found(moved, match.start(verb), match.end("subj"), rule="also-moved")]


def last_move(chosen: list[Found]) -> Found | None:
    """The last move a sentence tells, for "También quitó a Malasia" in the next."""
    moves = [f for f in chosen if f.claim.kind is ClaimKind.CHANGE and not f.claim.negated]
    return max(moves, key=lambda f: f.end) if moves else None
