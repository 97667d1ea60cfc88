"""The Spanish `Vocabulary`: the words that tell a move's direction, a stay, a hypothesis."""

from __future__ import annotations

import re

from .grammar import Vocabulary
from .model import Comparator

# The bare prepositions before the tier a country moved from ("salió del") and to ("pasó a"):
# the clause readers' and the last resort's, and (with articles) the rules'.
FROM_PREPOSITIONS = ("de", "del", "desde")
TO_PREPOSITIONS = ("a", "al", "hasta", "hacia")

VOCABULARY = Vocabulary(
    up=(
        "subi",
        "sube",
        "suben",
        "ha subido",
        "han subido",
        "ascend",
        "ascien",
        "mejor",
        "avanz",
        "escal",
        "elev",
        "promov",
        "subida",
        "salto",
        "dio un salto",
        "da un salto",
    ),
    down=(
        "descend",
        "descien",
        "descenso",
        "baj",
        "ha bajado",
        "cay",
        "cae",
        "ha caido",
        "caida",
        "retroced",
        "retroceso",
        "empeor",
        "degrad",
        "desplom",
        "se desplom",
        "rebaj",
        "releg",
    ),
    unchanged=(
        "mantener",
        "permanecer",
        "seguir",
        "continuar",
        "mantien",
        "mantuv",
        "ha mantenido",
        "se mantiene",
        "se mantienen",
        "se mantuvo",
        "se mantuvieron",
        "se ha mantenido",
        "sigue",
        "siguen",
        "sigui",
        "continu",
        "permanec",
        "repit",
        "repite",
        "conserv",
        "retien",
        "retuv",
        "sostien",
        "sostuv",
        "preserv",
        "mantenid",
        "se queda",
        "se quedo",
        "se quedan",
        "ya se encontraba",
        # the subjunctive, read after a word of feeling on a fact ("lamentó que siga ...")
        "manteng",
        "siga",
        "sigan",
        "permanezc",
        # a stay named as a noun ("la permanencia de Perú en el Nivel 2")
        "permanencia",
        # a rating kept ("Chile revalidó su Nivel 1", "renovó su calificación")
        "revalid",
        "renov",
        "ratific",
    ),
    unchanged_adverbs=("todavia", "aun", "nuevamente", "de nuevo", "otra vez", "una vez mas"),
    from_words=(*FROM_PREPOSITIONS, "desde el", "desde la"),
    to_words=("a", "al", "hasta", "hasta el", "hasta la", "hacia", "hacia el", "hacia la", "en"),
    above=("por encima", "encima"),
    below=("por debajo", "debajo", "bajo"),
    comparators={
        "al menos": Comparator.AT_LEAST,
        "por lo menos": Comparator.AT_LEAST,
        "mas de": Comparator.MORE_THAN,
        "menos de": Comparator.FEWER_THAN,
        "unos": Comparator.ABOUT,
        "unas": Comparator.ABOUT,
        "cerca de": Comparator.ABOUT,
        "casi": Comparator.ABOUT,
        "alrededor de": Comparator.ABOUT,
        "aproximadamente": Comparator.ABOUT,
    },
    earlier_after=re.compile(
        r"\s*,?\s*(?:en\s+)?(?:(?:el|del)\s+(?:informe|reporte)\s+(?:del\s+ano\s+pasado|anterior|"
        r"previo|de\s+hace\s+un\s+ano)|el\s+ano\s+(?:pasado|anterior))\b"
    ),
    singular=re.compile(
        r"(?:(?:se|ya|no|lo|la|le|tambien|aun|todavia)\s+)*(?:[a-z]*[^n\W]|[a-z]*[^aeiou]n)\b"
    ),
    hypothetical=re.compile(
        r"\b(?:si|a\s+menos\s+que|podria|podrian|podra|podran|puede\s+que|seria|serian|sera|"
        r"seran|debe|deberia|deberian|debera|pudiera|pudieran|corre\s+el\s+riesgo|"
        r"se\s+espera|espera\s+que|pide|piden|pidio|"
        # what is asked for, wished or owed is not what is: "exigen que Perú baje al Nivel 3",
        # "Perú espera subir al Nivel 1", "Perú debió quedar en el Nivel 3", "el objetivo de
        # Perú es el Nivel 1"
        r"(?:exig|solicit|reclam|recomend|propon|quier|dese|urg|pid)\w*\s+que|"
        r"debio|debieron|debia|debian|"
        r"(?:espera|esperan|esperaba|aspira\w*\s+a|busca\w*|intenta\w*|quiere\w*|desea\w*)"
        r"\s+\w+(?:ar|er|ir)|(?:objetivo|meta|aspiracion)\s+de|"
        # a step weighed, threatened or refrained from is not taken: "estudia mantener a Perú
        # en el Nivel 2", "amenaza con ser degradado", "se abstuvo de colocar"
        r"(?:estudi|evalu|consider|analiz|sopes|plane|pretend|pens)\w*\s+(?:en\s+)?\w+(?:ar|er|ir)|"
        r"amenaz\w*\s+con|se\s+abst\w+\s+de|abstenerse\s+de|"
        # what is denied or rumoured is not asserted
        r"neg\w+\s+(?:los\s+|las\s+)?(?:informes?|versiones?|reportes?|rumores?|acusaciones?)"
        r"\s+de\s+que|se\s+rumorea|rumor(?:es)?\s+de\s+que)\b"
    ),
)
