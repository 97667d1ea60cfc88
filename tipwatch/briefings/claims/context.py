"""Countries a sentence means through its people: "Los colombianos pasaron del primero al
segundo grupo", "the Saudis were moved up".

A plural word for a country's people stands for the country only when the text has named that
country (in this sentence or before): the words come from the country's own aliases
("gobierno colombiano", "Thai government"), and "the Venezuelans" of a story about victims is
left alone unless a claim's wording takes it as a subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import Gazetteer
from .tagger import Token


def _plurals(demonym: str) -> tuple[str, ...]:
    # "colombiano" -> "colombianos"; "tailandes" -> "tailandeses"; "thai" -> "thais".
    if demonym.endswith(("s", "z")):
        return (demonym + "es",)
    if demonym[-1] in "aeiou":
        return (demonym + "s",)
    return (demonym + "s", demonym + "es")


def people_of_countries(
    folded: str, gazetteer: Gazetteer, known: Iterable[str], taken: Iterable[Token]
) -> list[Token]:
    """Tokens for "los colombianos", "the Thais" where the text has named the country."""
    known = set(known)
    forms = {
        plural: code
        for demonym, code in gazetteer.demonyms.items()
        if code in known and " " not in demonym
        for plural in _plurals(demonym)
    }
    if not forms:
        return []
    taken = list(taken)
    alternation = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    found: list[Token] = []
    for match in re.finditer(rf"\b(?:los|las|the)\s+(?P<people>{alternation})\b", folded):
        if any(t.start < match.end() and match.start() < t.end for t in taken):
            continue
        found.append(Token("C", forms[match.group("people")], match.start(), match.end()))
    return found
