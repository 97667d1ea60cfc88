"""The countries a sentence's country tokens stand for, and the one token that never stands
for a subject: the United States as the report's author ("the U.S. State Department")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .tagger import Tagged, Token

# A token for several countries at once ("the four countries" after a list of four) holds
# their codes joined by this mark.
PLURAL = "+"


# The report's author: the one who places, never one placed by the report.
REPORT_AUTHOR = "USA"


def country_codes(tokens: Iterable[Token]) -> tuple[str, ...]:
    return tuple(code for token in tokens for code in token.value.split(PLURAL))


# "the U.S. State Department", "US Embassy", "the 2022 US TIP report", "the United States
# Trafficking in Persons Report": the report's author, not a subject to carry on; nor the
# United States before a list it owns or a word it qualifies.
AUTHOR_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:annual|state\s+department|"
    r"department\s+of\s+state|government|embassy|"
    r"administration|congress|departamento\s+de\s+estado|gobierno|embajada|"
    r"(?:tip\s+|human\s+trafficking\s+)?report|trafficking\s+in\s+persons|"
    # "the U.S. list of worst human traffickers", "the US blacklist": the list's owner;
    # "US allies Saudi Arabia and Kuwait", "a U.S. ally", "a close US partner": a word
    # that qualifies the country named with it.
    r"(?:black\s*|watch\s*)?list|allies|ally|(?:trading\s+)?partners?)\b"
    # "The U.S. has included China among the worst offenders": the subject of an active verb
    # of placing whose object is a country places it; it is not placed.
    r"|\s+(?:has\s+|have\s+|had\s+)?(?:again\s+|also\s+|now\s+)?(?:included|includes|include|"
    r"placed|places|put|puts|listed|lists|named|names|added|adds|ranked|ranks|kept|keeps|"
    r"moved|moves|downgraded|downgrades|upgraded|upgrades|demoted|demotes|relegated)"
    r"\s+\u27e6C\d+\u27e7"
)


# "la lista de observación de EEUU", "elaborado por el Departamento de Estado de Estados
# Unidos": the United States after "de" or "por" is the report's author (or its owner), never
# the country a following verb places.
AUTHOR_BEFORE = re.compile(r"\b(?:de|del|por)\s+(?:(?:los|el|la)\s+)?$")

# "India is on the U.S. list of worst human traffickers" (tagged "the ⟦C⟧ ⟦T⟧"): the United
# States between "the" and a tier is the list's owner.
OWNER_OF_A_TIER = (re.compile(r"\bthe\s+$"), re.compile(r"\s+\u27e6T\d+\u27e7"))


def is_author(tagged: Tagged, token: Token) -> bool:
    if token.value != REPORT_AUTHOR:
        return False
    marker = f"\u27e6C{tagged.tokens.index(token)}\u27e7"
    at = tagged.text.find(marker)
    if at >= 0 and AUTHOR_BEFORE.search(tagged.text, max(0, at - 12), at):
        return True
    if at < 0:
        return False
    before, after = OWNER_OF_A_TIER
    if before.search(tagged.text, max(0, at - 5), at) and after.match(
        tagged.text, at + len(marker)
    ):
        return True
    return bool(AUTHOR_AFTER.match(tagged.text, at + len(marker)))
