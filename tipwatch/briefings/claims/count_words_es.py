"""Spanish words of counts and groups: the verbs around a count, comparators, streak adjectives."""

from __future__ import annotations

from .grammar import G, spanish_participles, words

GROUP_VERBS = (
    r"(?:\s+"
    + words(
        "se",
        "esta",
        "estan",
        "estuvo",
        "estuvieron",
        "es",
        "son",
        "fue",
        "fueron",
        "figura",
        "figuran",
        "figuro",
        "figuraron",
        "queda",
        "quedan",
        "quedo",
        "quedaron",
        "aparece",
        "aparecen",
        "ubica",
        "ubican",
        "ubico",
        "situa",
        "situan",
        "situo",
        "permanece",
        "permanecen",
        "sigue",
        "siguen",
        "mantiene",
        "mantienen",
        *spanish_participles("clasificad", "ubicad", "situad"),
        "alcanza",
        "alcanzan",
        "alcanzo",
        "alcanzaron",
        "logra",
        "logran",
        "logro",
        "lograron",
        "obtiene",
        "obtuvo",
        "obtuvieron",
        "llega a",
        "llego a",
        "llegan a",
        "llegaron a",
        "hoy",
        "ahora",
        "todavia",
        "aun",
    )
    + ")*"
)
IN_GROUP = rf"(?:\s+(?:en|de|del|entre)\s+(?:(?:la|los|las|el)\s+)?(?P<g>{G}))?"
IN_GROUP2 = rf"(?:\s+(?:en|de|del|entre)\s+(?:(?:la|los|las|el)\s+)?(?P<g2>{G}))?"
CMP = words(
    "al menos",
    "por lo menos",
    "mas de",
    "menos de",
    "unos",
    "unas",
    "cerca de",
    "casi",
    "alrededor de",
    "aproximadamente",
    "exactamente",
    "solo",
    "apenas",
    "un total de",
)
COUNT_VERBS = (
    r"(?:\s+"
    + words(
        "estan",
        "estaban",
        "estuvieron",
        "quedaron",
        "quedan",
        "figuran",
        "figuraban",
        "fueron",
        "son",
        "eran",
        "se",
        "ubican",
        "ubicaron",
        "situan",
        "aparecen",
        "permanecen",
        "siguen",
        "clasificados",
        "clasificadas",
        "ubicados",
        "ubicadas",
        "situados",
        "situadas",
        "incluidos",
        "incluidas",
        "colocados",
        "colocadas",
        "en total",
        "hoy",
        "ahora",
    )
    + ")*"
)

HAS = words(
    "tiene",
    "tenia",
    "tuvo",
    "incluye",
    "incluia",
    "incluyo",
    "reune",
    "agrupa",
    "cuenta con",
    "contaba con",
    "suma",
    "sumaba",
    "alberga",
    "contiene",
    "abarca",
)
PLACES = words(
    "califica",
    "califico",
    "calificaron",
    "cataloga",
    "catalogo",
    "situa",
    "situo",
    "ubica",
    "ubico",
    "coloca",
    "coloco",
    "clasifica",
    "clasifico",
    "incluye",
    "incluyo",
    "pone",
    "puso",
)
CONSECUTIVE = words("consecutivo", "consecutiva", "seguido", "seguida", "consecutivamente")
CONSECUTIVE_PLURAL = words(
    "consecutivos", "seguidos", "consecutivamente", "de forma consecutiva", "sin interrupcion"
)
