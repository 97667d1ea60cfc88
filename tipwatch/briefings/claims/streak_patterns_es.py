"""Spanish streaks and durations: "por tercer año consecutivo", "desde hace cuatro años"."""

from __future__ import annotations

import re

from .count_words_es import CONSECUTIVE, CONSECUTIVE_PLURAL
from .grammar import ORD, N, T, words
from .sentence_parts_es import QT

_CARRIES = words(
    "suma", "sumaba", "suman",
    "lleva", "llevaba", "llevan", "llevaban", "acumula", "acumulaba", "acumulan", "cumple",
    "cumplio", "completa", "completo",
)  # fmt: skip

STREAKS: list[re.Pattern[str]] = [
    # "permanece en el nivel 2 por tercer año": "por" and an ordinal year are a run.
    re.compile(
        rf"(?:por|durante)\s+(?:el\s+|su\s+)?(?P<o>{ORD})\s+ano(?!\s+(?:consecutiv|seguid))"
    ),
    # "designó a Corea del Norte como uno de los peores países, por decimoctava vez, desde
    # 2003": the nth time, every year since the one set off after the comma (not "por
    # segunda vez" alone, nor "por segunda vez desde 2010", which may count times apart).
    re.compile(
        rf"por\s+(?:la\s+|su\s+)?(?P<o>{ORD})\s+vez"
        r"(?=\s*,\s*desde\s+(?:el\s+)?(?:ano\s+)?\u27e6Y\d+\u27e7)"
    ),
    re.compile(
        rf"(?:(?:por|durante)\s+)?(?:(?P<atleast>al\s+menos|por\s+lo\s+menos)\s+)?"
        rf"(?:(?:el|su|la)\s+)?(?:(?P<atleast2>al\s+menos|por\s+lo\s+menos)\s+)?(?P<o>{ORD})\s+"
        rf"(?:ano|vez|informe)\s+{CONSECUTIVE}"
        rf"(?:\s+(?P<atleast3>como\s+minimo))?"
    ),
    # "Cuba lleva diez años en la lista negra", "acumula cuatro años en la lista de vigilancia".
    re.compile(
        rf"{_CARRIES}"
        rf"\s+(?:(?P<atleast>al\s+menos|por\s+lo\s+menos|mas\s+de)\s+)?(?P<n>{N})\s+anos"
        rf"(?:\s+{CONSECUTIVE_PLURAL})?"
    ),
    # "había sido colocado los cuatro años anteriores en la lista de vigilancia": a run that
    # ended in the report before this one.
    re.compile(
        r"(?:(?:durante|en)\s+)?(?:los|sus)\s+(?:(?P<atleast>al\s+menos|mas\s+de)\s+)?"
        rf"(?P<n>{N})\s+(?:anos|informes)\s+(?P<before>anteriores|previos|precedentes)\b"
    ),
    # "Tras tres años en la Lista de Vigilancia, Malasia fue ascendida": a run a move ended
    # needs no "consecutivos" (as "after three years on" in English).
    re.compile(
        r"(?:(?<=tras\s)|(?<=luego\sde\s)|(?<=despues\sde\s))"
        # ("tras permanecer tres años en ...")
        r"(?:(?:permanecer|estar|pasar|haber\s+(?:permanecido|estado|pasado))\s+)?(?P<afterrun>)"
        rf"(?P<n>{N})\s+anos(?:\s+{CONSECUTIVE_PLURAL})?"
        rf"(?=\s*,?\s+(?:en|dentro\s+del?|como)\s+{QT}{T})"
    ),
    # "Haití, que estuvo cuatro años en el Nivel 2, ...", "permaneció seis años en la lista
    # negra", "que había estado tres años en la Lista de Vigilancia": a stay with its length
    # is a run of reports, no "consecutivos" needed.
    re.compile(
        r"(?<![a-z])(?:estuvo|estuvieron|permanecio|permanecieron|se\s+mantuvo|se\s+mantuvieron|"
        r"(?:ha|han|habia|habian)\s+(?:estado|permanecido))"
        r"\s+(?:(?P<atleast>al\s+menos|por\s+lo\s+menos|mas\s+de)\s+)?"
        rf"(?P<n>{N})\s+anos(?:\s+{CONSECUTIVE_PLURAL})?"
        rf"(?=\s*,?\s+(?:en|dentro\s+del?|como)\s+{QT}{T})"
    ),
    re.compile(
        r"(?:(?:por|durante|desde\s+hace|en\s+los\s+ultimos)\s+)?"
        r"(?:(?P<atleast>al\s+menos|por\s+lo\s+menos|mas\s+de)\s+)?"
        rf"(?P<n>{N})\s+(?:anos|informes)"
        rf"(?:\s+{CONSECUTIVE_PLURAL})?"
        # "durante dos años consecutivos no tomó medidas": how long it failed, not a stay.
        rf"(?!(?:\s+{CONSECUTIVE_PLURAL})?\s*,?\s+no\s)"
    ),
]
STREAK_NEEDS = re.compile(
    r"consecutiv|seguid|desde\s+hace|sin\s+interrupcion|ultimos|anteriores|previos|precedentes|"
    r"^(?:llev|acumul|cumpl|complet|suma|por\s|durante\s|estuv|permanec|se\s+mantuv|"
    r"(?:ha|han|habia|habian)\s+(?:estado|permanecido))"
)
TIER_AFTER = re.compile(
    rf"\s*(?:{words('en', 'como', 'dentro de', 'dentro del')})\s+{QT}(?P<t>{T})"
)
