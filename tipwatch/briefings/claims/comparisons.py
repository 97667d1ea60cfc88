"""A move stated as a comparison with an earlier report: "Esto representa un ascenso respecto
a 2024, cuando el país fue ubicado en la lista de vigilancia", "a downgrade compared with 2019".

The noun gives the direction, the year named after it the report compared with; the move is
about the report after that year. Only a named year is read: "last year" and "el informe
anterior" count back from the time of writing, which parser.py works out for the whole clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tagger import Tagged

_UP = r"ascenso|mejora|mejoria|subida|upgrade|improvement|promotion|step\s+up|rise"
_DOWN = r"descenso|retroceso|degradacion|caida|bajada|downgrade|demotion|step\s+down|drop|fall"
_COMPARED = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b"
    r"(?:\s+[^\s\u27e6\u27e7,;:()]+){0,3}?\s+"
    r"(?:respecto\s+(?:a|al|de|del)|con\s+respecto\s+(?:a|al)|en\s+comparacion\s+con|"
    r"comparad[oa]\s+con|frente\s+(?:a|al)|con\s+relacion\s+(?:a|al)|en\s+relacion\s+(?:a|con)|"
    r"compared\s+(?:to|with)|from|over|relative\s+to)\s+"
    r"(?:(?:el|the|its)\s+)?(?:(?:informe|reporte|report|ranking)\s+(?:de\s+)?)?"
    r"\u27e6Y(?P<y>\d+)\u27e7"
)
_NOT_A_FACT = re.compile(r"\b(?:not|no|never|would|could|might|may|will|podria\w*|si|if)\b")


@dataclass(frozen=True)
class ComparedMove:
    direction: str  # "up" or "down"
    year: int  # the report the move is about: the one after the year compared with
    start: int  # tagged offsets
    end: int


def read_compared_moves(tagged: Tagged) -> list[ComparedMove]:
    found: list[ComparedMove] = []
    for match in _COMPARED.finditer(tagged.text):
        opening = re.split(r"[,;:()]", tagged.text[: match.start()])[-1]
        if _NOT_A_FACT.search(opening):
            continue
        compared = int(tagged.tokens[int(match.group("y"))].value)
        direction = "up" if match.group("up") else "down"
        found.append(ComparedMove(direction, compared + 1, match.start(), match.end()))
    return found
