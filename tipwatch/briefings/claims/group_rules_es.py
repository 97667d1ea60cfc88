"""The Spanish rules that read the only members of a group on a tier: "Chile es el único país
de la región en el Nivel 1", "sólo Chile y Colombia están en el Nivel 1"."""

from __future__ import annotations

from .count_words_es import GROUP_VERBS, IN_GROUP, IN_GROUP2
from .grammar import CL, G, Rule, T, rule, words
from .model import ClaimKind
from .sentence_parts_es import COUNTRY_NOUN, QT
from .verbs_es import REL

_ONLY_VERBS = words(
    "es", "son", "fue", "fueron", "sigue siendo", "siguen siendo", "queda como", "quedan como",
    "quedo como", "quedaron como", "se convierte en", "se convirtio en", "sigue como",
    "permanece como", "aparece como", "figura como",
)  # fmt: skip

GROUP_RULES: list[Rule] = [
    rule(
        ClaimKind.GROUP,
        "solo-lista",
        rf"(?<!no\s)\b(?:solo|solamente|unicamente|apenas)\s+(?P<subj>{CL}){IN_GROUP}"
        rf"{GROUP_VERBS}(?:\s+(?P<rel>{REL}))?\s+{QT}(?P<t>{T}){IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "el-unico",
        rf"(?P<subj>{CL})\s+(?P<verb>{_ONLY_VERBS})"
        rf"\s+(?:el|la|los|las)\s+unic[oa]s?\s+(?:{COUNTRY_NOUN})(?:\s+(?P<gadj>{G}))?"
        rf"{IN_GROUP}(?:\s+que){GROUP_VERBS}(?:\s+(?P<rel>{REL}))?\s+{QT}(?P<t>{T}){IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "el-unico-sin-que",
        rf"(?P<subj>{CL})\s+(?P<verb>{_ONLY_VERBS})"
        rf"\s+(?:el|la|los|las)\s+unic[oa]s?(?:\s+(?:{COUNTRY_NOUN}))?(?:\s+(?P<gadj>{G}))?"
        rf"{IN_GROUP}{GROUP_VERBS}(?:\s+(?P<rel>{REL}))?\s+{QT}(?P<t>{T}){IN_GROUP2}",
    ),
    # The same, the subject last: "El único país de Sudamérica en el Nivel 1 es Chile", "Los
    # únicos países sudamericanos en el Nivel 1 son Chile y Colombia".
    rule(
        ClaimKind.GROUP,
        "el-unico-al-final",
        rf"\b(?:el|la|los|las)\s+unic[oa]s?\s+(?:{COUNTRY_NOUN})(?:\s+(?P<gadj>{G}))?{IN_GROUP}"
        rf"(?:\s+que\s+(?:esta|estan|sigue|siguen|figura|figuran|permanece|permanecen))?"
        rf"\s+(?:en|dentro\s+de|del)\s+(?:(?:el|la)\s+)?{QT}(?P<t>{T})[\"']?{IN_GROUP2}"
        rf"\s+(?:es|son|fue|fueron|sigue\s+siendo|siguen\s+siendo)\s+(?P<subj>{CL})",
    ),
]
