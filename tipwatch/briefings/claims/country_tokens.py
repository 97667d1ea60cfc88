"""The countries a sentence's country tokens stand for, and the one token that never stands
for a subject: the United States as the report's author ("the U.S. State Department")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .tagger import Tagged, Token

# A token for several countries at once ("the four countries" after a list of four) holds
# their codes joined by this mark.
PLURAL = "+"


def country_codes(tokens: Iterable[Token]) -> tuple[str, ...]:
    return tuple(code for token in tokens for code in token.value.split(PLURAL))


# "the U.S. State Department", "US Embassy", "the 2022 US TIP report", "the United States
# Trafficking in Persons Report": the report's author, not a subject to carry on.
AUTHOR_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:annual|state\s+department|"
    r"department\s+of\s+state|government|embassy|"
    r"administration|congress|departamento\s+de\s+estado|gobierno|embajada|"
    r"(?:tip\s+|human\s+trafficking\s+)?report|trafficking\s+in\s+persons)\b"
)


# "la lista de observación de EEUU", "elaborado por el Departamento de Estado de Estados
# Unidos": the United States after "de" or "por" is the report's author (or its owner), never
# the country a following verb places.
AUTHOR_BEFORE = re.compile(r"\b(?:de|del|por)\s+(?:(?:los|el|la)\s+)?$")


def is_author(tagged: Tagged, token: Token) -> bool:
    if token.value != "USA":
        return False
    marker = f"\u27e6C{tagged.tokens.index(token)}\u27e7"
    at = tagged.text.find(marker)
    if at >= 0 and AUTHOR_BEFORE.search(tagged.text, max(0, at - 12), at):
        return True
    return at >= 0 and bool(AUTHOR_AFTER.match(tagged.text, at + len(marker)))
