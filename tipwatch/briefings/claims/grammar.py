"""Building blocks of the claim patterns, which run over tagged, folded sentences.

Named groups the parser reads: `subj` (a list of countries), `verb`, `neg`, `rest` (the
"from X to Y" tail of a change), `t` (the tier), `rel` (above/below), `g`/`gadj` (a group),
`n` (a number), `cmp` (at least, more than...), `o` (an ordinal), `atleast`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import ClaimKind, Comparator, Relation
from .screen import Needs, needed_words
from .tagger import CLOSE, OPEN

C = rf"{OPEN}C\d+{CLOSE}"
T = rf"{OPEN}T\d+{CLOSE}"
G = rf"{OPEN}G\d+{CLOSE}"
N = rf"{OPEN}N\d+{CLOSE}"
ORD = rf"{OPEN}O\d+{CLOSE}"
Y = rf"{OPEN}Y\d+{CLOSE}"
# The nouns for countries in a count or a list of them ("22 countries", "36 naciones").
COUNTRY_NOUNS = (
    r"(?:countries|nations|states|governments|countries\s+and\s+territories|"
    r"paises|naciones|estados|gobiernos)"
)
QT = (
    r"(?:(?:la|el|su|una|los|las|the|its|their|a|an)\s+)?"
    r"(?:(?:worst|lowest|dreaded|so-called|regular|same|denominad[oa]|llamad[oa])\s+)?"
    r"(?:(?:listado|lista|grupo|list|group)\s+(?:de|del|of)\s+(?:the\s+)?|"
    r"(?:categoria|category|area|zona|nivel|level|grupo|group)\s+(?:denominad[oa]|llamad[oa]|called|"
    r"known\s+as)\s+(?:de\s+|as\s+)?(?:(?:el|la|the)\s+)?)?[\"']?"
)
"""What may stand between a preposition and a tier: an article, an adjective that does not
change the tier ("the worst "Tier 3" category", "el denominado Grupo 3"), a list noun ("en el
listado de "nivel 2"") and a quotation mark."""
# "a Cuba, la República Dominicana y los Estados Unidos": an article before a later name.
_ART = r"(?:a\s+|the\s+|(?:a\s+)?(?:la|las|el|los)\s+)?"
_CL1 = rf"{C}(?:\s*,\s*{_ART}{C})*(?:\s*,?\s*(?:and|or|nor|y|e|o|u|ni|&)\s+{_ART}{C})?"
# Spanish coordinations: "tanto Cuba como Venezuela", "Cuba y Venezuela, al igual que
# Nicaragua, ...", "Haití, junto con Cuba, ..." ("ni Cuba ni Venezuela" is read as a negation
# by the parser).
_CL_ES = (
    rf"(?:tanto\s+{_CL1}\s+como\s+{_CL1}|{_CL1}\s*,\s*(?:al\s+igual\s+que|como|"
    rf"junto\s+(?:a|con))\s+{_CL1}\s*,(?=\s))"
)
CL = rf"(?:{_CL_ES}|{_CL1}(?:\s*,?\s*(?:as\s+well\s+as|asi\s+como)\s+{_CL1})?)"
"""A list of countries: "Peru", "Bolivia, Cuba and Haiti", "Bolivia y Haití"."""


BY = (
    r"(?:\s*,?\s+(?:by|por)\s+(?:the\s+|el\s+|los\s+)?(?:\u27e6C\d+\u27e7\s+|us\s+|u\.s\.\s+)?"
    r"(?:state\s+department|department\s+of\s+state|departamento\s+de\s+estado|washington|"
    r"\u27e6C\d+\u27e7)(?:\s+(?:de|del)\s+(?:\u27e6C\d+\u27e7|ee\.?\s*uu\.?))?(?:\s*,(?=\s))?)?"
)
"""The report's author, between a verb and its tier: "placed by the State Department on"."""


def words(*alternatives: str) -> str:
    """A non-capturing alternation of phrases; spaces match any run of white space."""
    ordered = sorted(alternatives, key=len, reverse=True)
    return "(?:" + "|".join(a.replace(" ", r"\s+") for a in ordered) + ")"


def spanish_participles(*stems: str) -> tuple[str, ...]:
    """Each stem's four forms: "ubicad" gives ubicado, ubicada, ubicados, ubicadas."""
    return tuple(stem + ending for stem in stems for ending in ("o", "a", "os", "as"))


@dataclass(frozen=True)
class Rule:
    kind: ClaimKind
    pattern: re.Pattern[str]
    name: str
    # Words the pattern cannot match without (`screen`); (): always scanned.
    needs: Needs = ()


def rule(kind: ClaimKind, name: str, pattern: str) -> Rule:
    compiled = re.compile(pattern)
    return Rule(kind, compiled, name, needed_words(compiled))


@dataclass(frozen=True)
class Vocabulary:
    """The words a language's rules need interpreted."""

    up: tuple[str, ...]  # verb stems meaning an upgrade
    down: tuple[str, ...]  # verb stems meaning a downgrade
    unchanged: tuple[str, ...]  # verb stems meaning "stays where it was"
    unchanged_adverbs: tuple[str, ...]  # "still", "todavía"
    from_words: tuple[str, ...]  # prepositions before the old tier
    to_words: tuple[str, ...]  # prepositions before the new tier
    above: tuple[str, ...]
    below: tuple[str, ...]
    comparators: dict[str, Comparator]
    hypothetical: re.Pattern[str]  # a clause opening that makes what follows not a fact
    # A verb in the singular: its subject is one country, whatever list runs before it without
    # a conjunction ("Al excluir a Venezuela, Cuba queda ..."). None: not checked.
    singular: re.Pattern[str] | None = None
    # Words right after a claim that date it to the report before ("... el año anterior"):
    # the claim is read about that report rather than left alone. None: left alone.
    earlier_after: re.Pattern[str] | None = None

    def direction(self, verb: str) -> str | None:
        verb = re.sub(r"\s+", " ", verb.strip())
        if any(verb.startswith(stem) or f" {stem}" in verb for stem in self.down):
            return "down"
        if any(verb.startswith(stem) or f" {stem}" in verb for stem in self.up):
            return "up"
        return None

    def is_unchanged(self, verb: str, context: str) -> bool:
        verb = re.sub(r"\s+", " ", verb.strip())
        if any(verb.startswith(stem) or f" {stem}" in verb for stem in self.unchanged):
            return True
        return any(re.search(rf"\b{a}\b", context) for a in self.unchanged_adverbs)

    def relation(self, text: str | None) -> Relation:
        if not text:
            return Relation.AT
        text = re.sub(r"\s+", " ", text.strip())
        if any(text.startswith(w) for w in self.below):
            return Relation.BELOW
        if any(text.startswith(w) for w in self.above):
            return Relation.ABOVE
        return Relation.AT

    def comparator(self, text: str | None) -> Comparator:
        if not text:
            return Comparator.EXACTLY
        return self.comparators.get(re.sub(r"\s+", " ", text.strip()), Comparator.EXACTLY)
