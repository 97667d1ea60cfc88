"""Spanish for the parser: its vocabulary, rules and streaks, the clause reader's words and the
readings it adds of its own (last resort, onward tiers, companions, other word orders).
"""

from __future__ import annotations

import re

from . import clauses_es, companions_es, fallback_es, onward_es
from .rules_es import RULES
from .streak_patterns_es import STREAK_NEEDS, STREAKS, TIER_AFTER
from .vocabulary_es import FROM_PREPOSITIONS, TO_PREPOSITIONS, VOCABULARY

# What the parser reads from a language, beyond the words defined here.
__all__ = ["RULES", "STREAKS", "STREAK_NEEDS", "TIER_AFTER", "VOCABULARY"]

# --- el lector de cláusulas (clause_reader.clause_claims) ------------------------------------
LOOSE_BE = re.compile(
    r"\b(?:es|son|fue|fueron|era|eran|sido|esta|estan|estuvo|estuvieron|estaba|estaban|estado|"
    r"sigue\w*|siguen|continua\w*|permanec\w*|se\s+mantien\w*|se\s+mantuv\w*|mantien\w*|"
    r"mantuv\w*|queda\w*|quedo|figura\w*|aparec\w*|se\s+ubica\w*|se\s+ubico|ubicad[oa]s?|"
    r"se\s+situa\w*|se\s+situo|situad[oa]s?|clasificad[oa]s?|incluid[oa]s?|colocad[oa]s?|"
    r"calificad[oa]s?|catalogad[oa]s?|se\s+encuentra\w*|repite\w*|repitio|ocupa\w*|ocupo|"
    r"mantener|permanecer|quedar|seguir|continuar|"
    # "vuelve a ubicarse en el escalón 3".
    r"(?:ubicar|situar|colocar|encontrar|mantener|quedar)se)\b"
)
LOOSE_AT = ("en", "como", "dentro de", "dentro del", "entre")
LOOSE_TO = TO_PREPOSITIONS
LOOSE_FROM = FROM_PREPOSITIONS
# Spanish word orders the clause reader does not cover: the object after an active verb, the
# tier before its countries.
CLAUSE_READERS = (clauses_es.read,)
LOOSE_NEG = re.compile(
    r"\b(?:no|nunca|ni|jamas|tampoco|ya\s+no|sin|fuera)\b"
    # "Estados Unidos la mantuvo en el Nivel 3": a pronoun object before the verb makes the
    # country before it the one who placed, not the one placed.
    r"|^\s*(?:lo|la|los|las|le|les)\s+(?!ha\b|han\b|habia\b)[a-z]+"
)
# Countries named beside a claim later in its clause ("..., junto a Belice y Rusia").
COMPANIONS = companions_es.companions
# A placement that the words after it make a stay ("..., al igual que el año pasado").
ONWARD_TIER = onward_es.onward
# The reading of last resort, for clauses no rule read (last_resort.fallback_claims).
FALLBACK = fallback_es.read
