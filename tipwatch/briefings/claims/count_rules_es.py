"""The Spanish rules that read how many countries a tier holds ("25 países están en el Nivel
3", "el Nivel 3 está integrado por 25 países") and how many moved ("19 países bajaron")."""

from __future__ import annotations

from .count_words_es import CMP, COUNT_VERBS, HAS, IN_GROUP, IN_GROUP2, PLACES
from .grammar import G, N, Rule, T, rule, words
from .model import ClaimKind
from .sentence_parts_es import COUNTRY_NOUN, QT
from .verbs_es import REL

_MOVED = words(
    "subieron", "bajaron", "mejoraron", "empeoraron", "descendieron", "ascendieron",
    "cayeron", "retrocedieron",
)  # fmt: skip

COUNT_RULES: list[Rule] = [
    # --- cuentas ------------------------------------------------------------------------------
    rule(
        ClaimKind.COUNT,
        "t-integrada-por-n",
        rf"{QT}(?P<t>{T})[\"']?\s+(?:{words('esta', 'quedo', 'queda', 'fue', 'es', 'resulto')}\s+)?"
        rf"(?:integrad[oa]|compuest[oa]|formad[oa]|conformad[oa])\s+por\s+(?:(?P<cmp>{CMP})\s+)?"
        rf"(?P<n>{N})\s+(?:{COUNTRY_NOUN})",
    ),
    rule(
        ClaimKind.COUNT,
        "n-paises-en",
        # Not "Los tres países (latinoamericanos) están ...": countries named before, not a count.
        rf"(?<!\blos\s)(?<!\blas\s)(?<!\bestos\s)(?<!\besos\s)(?<!\bambos\s)"
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:otros\s+|otras\s+|mas\s+)?(?:{COUNTRY_NOUN})"
        rf"(?:\s+(?P<gadj>{G}))?{IN_GROUP}{COUNT_VERBS}\s+(?P<rel>{REL})\s+{QT}(?P<t>{T})"
        rf"{IN_GROUP2}",
    ),
    rule(
        ClaimKind.COUNT,
        "n-de-los",
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+de\s+(?:los|las|sus)\s+(?:{N}\s+)?"
        rf"(?:{COUNTRY_NOUN})?(?:\s+(?P<gadj>{G}))?{IN_GROUP2}{COUNT_VERBS}"
        rf"\s+(?P<rel>{REL})\s+{QT}(?P<t>{T})",
    ),
    rule(
        ClaimKind.COUNT,
        "nivel-tiene-n",
        rf"{QT}(?P<t>{T})\s+{HAS}"
        rf"\s+(?:a\s+)?(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})"
        rf"(?:\s+(?P<gadj>{G}))?{IN_GROUP}",
    ),
    rule(
        ClaimKind.COUNT,
        "situa-n",
        rf"{PLACES}"
        rf"\s+(?:a\s+)?(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})"
        rf"(?:\s+(?P<gadj>{G}))?{IN_GROUP}\s+(?P<rel>{REL})\s+{QT}(?P<t>{T}){IN_GROUP2}",
    ),
    # --- cuantos se movieron ------------------------------------------------------------------
    rule(
        ClaimKind.MOVES,
        "n-paises-subieron",
        # ("los tres países fueron degradados": países nombrados antes, no la cuenta del año)
        rf"(?<!\blos\s)(?<!\blas\s)(?<!\bestos\s)(?<!\bestas\s)(?<!\besos\s)(?<!\besas\s)"
        rf"(?:(?P<cmp>{CMP})\s+)?(?P<n>{N})\s+(?:{COUNTRY_NOUN})\s+(?P<verb>{_MOVED})"
        rf"(?:\s+(?:de|en\s+su)\s+(?:nivel|clasificacion|categoria))?(?!\s+(?:a|al|de|del)\s)",
    ),
]
