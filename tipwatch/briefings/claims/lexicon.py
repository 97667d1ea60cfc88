"""Words for tiers, numbers, ordinals and years in English and Spanish, on folded text.

Folded text is lower case without accents (see `text.fold`). Each finder returns
(start, end, value) triples in folded offsets. Tier values are the stored ones: "1", "2",
"2WL", "3", "special_case"; "" marks the "special watch list", which is not a tier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tipwatch.core.number_words import ordinal_values

Found = tuple[int, int, str]

# --- tiers ------------------------------------------------------------------------------------

_TWO = r"(?:2|ii|two|dos)"
_WL_EN = r"watch[\s-]*list"
_WL_ES = r"list(?:a|ado)\s+de\s+(?:vigilancia|observacion|advertencia)"
# ("el Tier 2 de la Lista de Vigilancia", "del Tier 3 al 2": Spanish text that keeps the
# report's English word reads it as its own)
_TIER_WORD_ES = r"(?:nivel|categoria|grado|grupo|escalon|renglon|tier)"
# ("la faja más baja (Tier 3)", "la franja más alta": the band of a scale)
_RATING_ES = r"nivel|categoria|escalon|calificacion|clasificacion|franja|faja"
_ORDINAL_NOUN_ES = r"(?:nivel|categoria|escalon|grupo|peldano|renglon)"
_NOT_AN = r"(?<!\bun\s)(?<!\buna\s)"
_RANK_NOUNS_EN = r"(?:tiers|rankings|categories|levels|rungs|grades)\b"
_OF_THE_TIERS = rf"(?:the\s+|its\s+)?(?:three|four)\s+{_RANK_NOUNS_EN}"

_TIER_PATTERNS: list[tuple[re.Pattern[str], str | None]] = [
    # Not a tier: countries upgraded the year before, watched but not placed on the list.
    (re.compile(rf"(?:the\s+)?special\s+{_WL_EN}"), ""),
    (re.compile(rf"(?:la\s+)?{_WL_ES}\s+especial"), ""),
    (re.compile(rf"(?:the\s+)?tier[\s-]*{_TWO}[\s-]*(?:\"|')?(?:{_WL_EN}|wl)\b(?:\"|')?"), "2WL"),
    # "the Tier 2 (Watch List)", "Tier 2 - Watch List": one tier, not Tier 2 and then another.
    (
        re.compile(rf"(?:the\s+)?tier[\s-]*{_TWO}\s*(?:\(\s*{_WL_EN}\s*\)|-\s*{_WL_EN}\b)"),
        "2WL",
    ),
    (
        # "removed Pakistan from its human trafficking watchlist"
        re.compile(
            rf"(?:the\s+)?(?:(?:human\s+)?trafficking\s+)?{_WL_EN}"
            rf"(?:\s+(?:of|for)\s+tier[\s-]*{_TWO}\b)?"
        ),
        "2WL",
    ),
    (
        re.compile(
            rf"(?:la\s+)?{_WL_ES}(?:\s+(?:del?\s+)?(?:(?:el|la)\s+)?(?:{_TIER_WORD_ES}\s*{_TWO}\b|tier\s*{_TWO}\b))?"
        ),
        "2WL",
    ),
    (
        re.compile(
            rf"(?:el\s+|la\s+)?(?:{_TIER_WORD_ES}[\s-]*{_TWO}|segund[oa]\s+{_TIER_WORD_ES})\s*,?\s+"
            r"(?:en\s+|de\s+|bajo\s+|con\s+)?(?:la\s+)?"
            r"(?:lista\s+de\s+)?(?:vigilancia|observacion)"
        ),
        "2WL",
    ),
    (re.compile(r"(?:the\s+)?tier[\s-]*(?:3|iii|three)\b"), "3"),
    (re.compile(r"(?:the\s+)?tier[\s-]*(?:2|ii|two)\b"), "2"),
    (re.compile(r"(?:the\s+)?tier[\s-]*(?:1|i|one)\b"), "1"),
    (re.compile(rf"(?:el\s+|la\s+)?{_TIER_WORD_ES}[\s-]*[\"']?(?:3|iii|tres)\b"), "3"),
    (re.compile(rf"(?:el\s+|la\s+)?{_TIER_WORD_ES}[\s-]*[\"']?(?:2|ii|dos)\b"), "2"),
    (re.compile(rf"(?:el\s+|la\s+)?{_TIER_WORD_ES}[\s-]*[\"']?(?:1|i|uno)\b"), "1"),
    (re.compile(r"(?:the\s+|a\s+)?special[\s-]+cases?\b"), "special_case"),
    (re.compile(r"(?:el\s+|un\s+)?caso\s+especial\b"), "special_case"),
    (re.compile(r"(?:el\s+|un\s+)?nivel\s+especial\b"), "special_case"),
    (re.compile(rf"(?:the\s+)?tier[\s-]*{_TWO}[\s-]+watch\b(?![\s-]*list)"), "2WL"),
    # Metaphors: the press's blacklist and worst offenders are Tier 3, the top tier Tier 1.
    (
        re.compile(
            r"(?:the\s+|its\s+|a\s+)?(?:(?:trafficking|human\s+trafficking|us|u\.s\.)\s+)?"
            r"black[\s-]?list\b"
        ),
        "3",
    ),
    (
        re.compile(
            r"(?:the\s+|its\s+)?list\s+of\s+(?:the\s+)?(?:world'?s\s+)?worst(?:\s+|-(?=p|r))"
            r"(?:offenders|centers|centres|human\s+traffickers|performers|"
            r"(?:performing|ranked)\s+(?:countries|nations))(?:\s+of\s+human\s+trafficking)?"
        ),
        "3",
    ),
    (re.compile(r"(?:the\s+)?third\s+and\s+lowest\s+tier\b"), "3"),
    # English: a metaphor and the tier it names, read as one tier ("the lowest Tier 3"); the
    # press's "warning list" for the Watch List; "worst offenders" without "list of".
    (
        re.compile(
            r"(?:the\s+)?(?:lowest|bottom|worst|dreaded)\s+(?:possible\s+)?[\"']?"
            r"tier[\s-]*(?:3|iii|three)\b"
        ),
        "3",
    ),
    (
        re.compile(
            r"(?:the\s+)?(?:highest|top|best)\s+(?:possible\s+)?[\"']?tier[\s-]*(?:1|i|one)\b"
        ),
        "1",
    ),
    (re.compile(r"(?:the\s+|a\s+)?(?:(?:us|u\.s\.)\s+)?warning\s+list\b"), "2WL"),
    (
        re.compile(
            r"(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?(?:world'?s\s+)?worst\s+"
            r"(?:(?:human[\s-]+)?trafficking\s+)?offenders\b"
        ),
        "3",
    ),
    # Headlines: "Cuba among worst in human trafficking", "among the worst on trafficking".
    (
        re.compile(
            r"(?<=among\s)(?:the\s+)?(?:world'?s\s+)?worst\s+"
            r"(?=(?:in|on|for)\s+(?:human\s+)?trafficking\b)"
        ),
        "3",
    ),
    # "a top-tier ranking", "a second-tier country", "downgraded to the second level".
    (re.compile(r"(?:the\s+|a\s+)?(?:top|first)[\s-]+tier\b(?![\s-]*(?:\d|one|two|three))"), "1"),
    (re.compile(r"(?:the\s+|a\s+)?second[\s-]+tier\b(?![\s-]*(?:\d|one|two|three))"), "2"),
    (re.compile(r"(?:the\s+|a\s+)?third[\s-]+tier\b(?![\s-]*(?:\d|one|two|three))"), "3"),
    # "the second-highest tier" is Tier 2; of four, "the second-lowest" is the Watch List.
    (
        re.compile(
            r"(?:the\s+|a\s+)?second[\s-]+highest\s+"
            r"(?:tier|ranking|category|level|rung|rating|grade)\b"
        ),
        "2",
    ),
    (
        re.compile(
            r"(?:the\s+|a\s+)?second[\s-]+(?:lowest|worst)\s+"
            r"(?:tier|ranking|category|level|rung|rating|grade)\b"
        ),
        "2WL",
    ),
    # "the second of four rankings", "the first of the three tiers": a place counted from the
    # top. Of four, the third is the Watch List; of three (the report's own count before the
    # Watch List) the third is Tier 3.
    (re.compile(rf"(?:the\s+)?first\s+of\s+{_OF_THE_TIERS}"), "1"),
    (re.compile(rf"(?:the\s+)?second\s+of\s+{_OF_THE_TIERS}"), "2"),
    (re.compile(rf"(?:the\s+)?third\s+of\s+(?:the\s+|its\s+)?four\s+{_RANK_NOUNS_EN}"), "2WL"),
    (re.compile(rf"(?:the\s+)?third\s+of\s+(?:the\s+|its\s+)?three\s+{_RANK_NOUNS_EN}"), "3"),
    # "the third group includes ...", "the second group" (not "a third group of countries
    # that ...", which describes a tier rather than names it).
    (re.compile(r"(?<!\ba\s)(?:the\s+)?first\s+group\b"), "1"),
    (re.compile(r"(?<!\ba\s)(?:the\s+)?second\s+group\b"), "2"),
    (re.compile(r"(?<!\ba\s)(?:the\s+)?third\s+group\b"), "3"),
    (re.compile(r"(?:the\s+)?first\s+level\b"), "1"),
    (re.compile(r"(?:the\s+)?second\s+level\b"), "2"),
    (re.compile(r"(?:the\s+)?third\s+level\b"), "3"),
    (re.compile(r"(?:the\s+)?top\s+(?:grade|rating|mark)\b"), "1"),
    # "maintained its top-level status", "the top-ranked rating".
    (
        re.compile(
            r"(?:the\s+|its\s+|a\s+)?top[\s-]+(?:level|ranked|rank)\s+"
            r"(?:status|ranking|rating|category|tier|placement|classification|position)\b"
        ),
        "1",
    ),
    (
        re.compile(
            r"(?:the\s+)?(?:lowest|bottom|bottom-?most|worst)\s+(?:possible\s+)?(?:\"|')?"
            r"(?:tier|ranking|category|level|rung|score|grade|rating|rank|classification)\b"
        ),
        "3",
    ),
    (
        re.compile(
            r"(?:the\s+)?(?:highest|top|best)\s+(?:possible\s+)?"
            r"(?:tier|ranking|category|level|status|classification|grade|rating|rung)\b"
        ),
        "1",
    ),
    (re.compile(r"(?:la\s+|su\s+|una\s+|esa\s+)?lista\s+[\"']?negra\b"), "3"),
    # "su lista de peores centros del tráfico humano", "la lista de los peores traficantes",
    # "la lista de los países con peor desempeño", "su lista de países peor valorados".
    (
        re.compile(
            r"(?:la\s+|su\s+|una\s+)?lista\s+de\s+(?:los\s+|las\s+)?(?:peores\s+[a-z]+"
            r"(?:\s+(?:de|del|en)\s+(?:(?:el\s+)?trafico(?:\s+humano|\s+de\s+personas)?|personas"
            r"|seres\s+humanos|(?:el\s+)?mundo))?"
            r"|(?:paises|naciones)\s+(?:con\s+(?:el\s+|la\s+)?peor\s+[a-z]+|peor\s+"
            r"(?:valorad|calificad|clasificad|situad)[oa]s))\b"
        ),
        "3",
    ),
    # "entre los 23 países con peor desempeño" (without "la lista de").
    (re.compile(r"(?:paises|naciones)\s+con\s+(?:el\s+)?peor\s+desempeno\b"), "3"),
    # "Segundo Nivel - Lista de Observación", "Nivel 2 - Lista de Vigilancia" (headings).
    (
        re.compile(rf"(?:el\s+)?(?:segundo\s+nivel|nivel\s*{_TWO})\s*[-\u2013\u2014:(]\s*{_WL_ES}"),
        "2WL",
    ),
    # "calificó a 13 países como los peores", "los peores infractores".
    (
        re.compile(
            r"(?<=como\s)(?:los|las)\s+peores\b|(?:los\s+|las\s+)?peores\s+"
            r"(?:paises|naciones|infractores|infractoras|violadores)\b"
        ),
        "3",
    ),
    # "el primer nivel", "el segundo grupo", "el tercer peldaño" (not "un tercer grupo de
    # países que ...", which describes a tier rather than names it).
    (re.compile(rf"{_NOT_AN}(?:el\s+|la\s+)?(?:primer|primera)\s+{_ORDINAL_NOUN_ES}\b"), "1"),
    (re.compile(rf"{_NOT_AN}(?:el\s+|la\s+)?segund[oa]\s+{_ORDINAL_NOUN_ES}\b"), "2"),
    (re.compile(rf"{_NOT_AN}(?:el\s+|la\s+)?tercer[oa]?\s+{_ORDINAL_NOUN_ES}\b"), "3"),
    # "la categoría 2WL", "el Nivel 2WL (Watch List o lista de vigilancia)".
    (re.compile(rf"(?:el\s+|la\s+)?{_TIER_WORD_ES}\s*2\s*wl\b"), "2WL"),
    # "países bajo observación" (the Watch List, in the press's words).
    (re.compile(r"(?:paises\s+)?(?:bajo|en)\s+observacion\b(?!\s+especial)"), "2WL"),
    # "colocó bajo vigilancia a Venezuela": the Watch List by its other name.
    (re.compile(r"(?:paises\s+)?bajo\s+vigilancia\b(?!\s+especial)"), "2WL"),
    # "el peor de los apartados", "la peor de las categorías", "este furgón de cola": the last
    # tier in the press's words.
    (
        re.compile(
            r"(?:el\s+|la\s+)?peor\s+de\s+(?:los|las)\s+(?:apartados|grupos|niveles|categorias|"
            r"escalones|clasificaciones)\b|(?:el\s+|este\s+|ese\s+)?furgon\s+de\s+cola\b"
        ),
        "3",
    ),
    (re.compile(r"(?:el\s+|la\s+)?(?:nivel|categoria)\s+mas\s+grave\b"), "3"),
    # "el segundo nivel más alto" is Tier 2; of four, "la segunda categoría más baja" and "el
    # segundo peor nivel" are the Watch List (as in English "second-highest", "second-lowest").
    (
        re.compile(
            rf"{_NOT_AN}(?:el\s+|la\s+)?segund[oa]\s+(?:{_RATING_ES}|grupo|peldano)\s+mas\s+alt[oa]\b"
        ),
        "2",
    ),
    (
        re.compile(
            rf"{_NOT_AN}(?:el\s+|la\s+)?segund[oa]\s+(?:(?:{_RATING_ES}|grupo|peldano)\s+mas\s+"
            rf"baj[oa]|peor\s+(?:{_RATING_ES}|grupo|peldano))\b"
        ),
        "2WL",
    ),
    # "el listado de los mejor clasificados", "la lista de los países mejor calificados".
    (
        re.compile(
            r"(?:el\s+|la\s+|su\s+)?list(?:a|ado)\s+de\s+(?:los\s+|las\s+)?(?:(?:paises|naciones)\s+)?"
            r"mejor(?:es)?\s+(?:clasificad|calificad|valorad|situad)[oa]s\b"
        ),
        "1",
    ),
    # "su lista de países en los que el tráfico humano es peor" (and the misspelt "paíes").
    (
        re.compile(
            r"(?:la\s+|su\s+|una\s+)?lista\s+de\s+(?:paises|paies|naciones)\s+(?:en\s+(?:los|las)\s+que"
            r"|donde)\s+(?:el\s+|la\s+)?(?:trafico|trata)(?:\s+(?:humano|de\s+personas|de\s+seres"
            r"\s+humanos))?\s+es\s+(?:peor|mas\s+grave)\b"
        ),
        "3",
    ),
    (re.compile(r"(?:la\s+)?(?:lista\s+de\s+)?observacion\s+especial\b"), "2WL"),
    (
        re.compile(
            rf"{_NOT_AN}(?:el\s+|la\s+)?(?:peor\s+{_TIER_WORD_ES}|{_TIER_WORD_ES}\s+mas\s+baj[oa])\b"
        ),
        "3",
    ),
    # "la peor gradación", "la peor calificación", "el grupo peor valorado".
    (
        re.compile(
            r"(?:el\s+|la\s+)?peor\s+(?:gradacion|calificacion|clasificacion|escalon|ubicacion)\b"
            r"|(?:el\s+)?grupo\s+peor\s+(?:valorado|calificado|clasificado)\b"
        ),
        "3",
    ),
    # "was blacklisted": placed on the press's blacklist, Tier 3.
    (re.compile(r"black[\s-]?listed\b"), "3"),
    # "at rock bottom", "the rock-bottom tier".
    (re.compile(r"rock[\s-]+bottom(?:\s+(?:tier|ranking|category|level|rung))?\b"), "3"),
    # "el fondo del informe", "the bottom of the rankings": the last tier.
    (
        re.compile(
            r"(?:el\s+)?fondo\s+(?:del\s+informe|de\s+la\s+lista|de\s+la\s+clasificacion|"
            r"del\s+ranking)\b|(?:the\s+)?(?:very\s+)?bottom\s+of\s+the\s+"
            r"(?:[a-z-]+\s+){0,3}?(?:list|rankings?|report|tiers?|ladder|table)\b"
        ),
        "3",
    ),
    (
        re.compile(
            rf"{_NOT_AN}(?:el\s+|la\s+)?(?:mejor\s+{_TIER_WORD_ES}|{_TIER_WORD_ES}\s+mas\s+alt[oa])\b"
        ),
        "1",
    ),
    # "la máxima calificación", "la calificación más alta", "la categoría máxima".
    (
        re.compile(
            rf"(?:el\s+|la\s+|su\s+)?(?:maxim[oa]\s+(?:{_RATING_ES})|(?:{_RATING_ES})\s+"
            r"(?:maxim[oa]|mas\s+alt[oa]))\b"
        ),
        "1",
    ),
    # "el último nivel", "el último escalón de la clasificación", "la calificación más baja".
    (
        re.compile(
            rf"(?:el\s+|la\s+|su\s+)?(?:ultim[oa]\s+(?:{_RATING_ES}|peldano|posicion|lugar)|(?:{_RATING_ES})"
            r"\s+mas\s+baj[oa])\b"
        ),
        "3",
    ),
]


_TIER_PATTERNS = [(re.compile(r"(?<![\w])" + p.pattern), v) for p, v in _TIER_PATTERNS]


# Tier 3's own definition, given right after a metaphor that could mean either end ("la
# categoría más alta ..., reservada para países que no cumplen ... y no están haciendo
# esfuerzos"): the definition decides.
_HIGHEST = re.compile(r"mas\s+alt[oa]|highest|\btop\b")
_TIER3_DEFINITION = re.compile(
    r"^[^.;]{0,160}?\b(?:no\s+cumpl\w*|not\s+(?:fully\s+)?(?:comply|meet)\w*)\b[^.;]{0,120}?"
    r"\b(?:no\s+(?:estan|esta)\s+haciendo|no\s+hacen?|not\s+making)\b"
)


def find_tiers(folded: str) -> list[Found]:
    found = [
        (start, end, "3" if value == "1" and _defined_as_tier3(folded, start, end) else value)
        for start, end, value in _find_tiers(folded)
    ]
    return found + _elided_ordinals(folded, found)


_ORDINAL_TIERS = {"primer": "1", "primera": "1", "primero": "1", "segundo": "2", "segunda": "2"}
_ORDINAL_TIERS |= {"tercer": "3", "tercera": "3", "tercero": "3", "first": "1", "second": "2"}
_ORDINAL_TIERS |= {"third": "3"}
_ORDINAL_WORD = r"(?:primer[oa]?|segund[oa]|tercer[oa]?|first|second|third)"
_ORDINAL = rf"(?P<o>{_ORDINAL_WORD})"
# The nouns a tier's ordinal goes with: the Spanish ones of `_TIER_PATTERNS`, and English's.
_TIER_NOUN = rf"(?:{_ORDINAL_NOUN_ES}|tier|level)"
# "subió del segundo al primer nivel", "moved from the second to the first tier": the first
# ordinal's noun is the second's.
_ELIDED_FROM = re.compile(
    rf"\b(?:del|de\s+la|from\s+the)\s+{_ORDINAL}(?=\s+(?:al|a\s+la|to\s+the)\s+"
    rf"{_ORDINAL_WORD}\s+{_TIER_NOUN}\b)"
)
# "pasó de la primera categoría (...) a la segunda": the second ordinal's noun is the first's.
_ELIDED_TO = re.compile(
    rf"\b(?:al|a\s+la|to\s+the)\s+{_ORDINAL}\b(?!\s+(?:{_TIER_NOUN}|vez|time|lugar|place|puesto|ano|year))"
)


_ORDINAL_START = re.compile(r"(?:(?:el|la|the)\s+)?(?:primer|segund|tercer|first|second|third)")


# "pasó de la categoría 1 a la 2", "del nivel 2 al 3", "del nivel III al II": the number's tier
# noun is the one before.
_ELIDED_NUMBER = re.compile(
    r"\b(?:al|a\s+la)\s+(?P<d>[123]|uno|dos|tres|(?:iii|ii|i)(?!-))\b"
    r"(?!\s*(?:%|[.,]\d|de\b|del\b|mil\b))"
)
_NUMBERED_ES = re.compile(rf"{_TIER_WORD_ES}[\s-]*[\"']?(?:[123]|uno|dos|tres|iii|ii|i)\b")
# "del nivel 3 al 2 bajo observación": the elided 2 under watch is the Watch List.
_UNDER_WATCH = re.compile(r"\s*,?\s+(?:bajo|en)\s+(?:observacion|vigilancia)(?:\s+especial)?\b")
_DIGIT_OF = {"uno": "1", "dos": "2", "tres": "3", "i": "1", "ii": "2", "iii": "3"}


def _elided_ordinals(folded: str, found: list[Found]) -> list[Found]:
    elided: list[Found] = []
    for match in _ELIDED_NUMBER.finditer(folded):
        if _NUMBERED_ES.search(folded, max(0, match.start() - 60), match.start()):
            digit = _DIGIT_OF.get(match.group("d"), match.group("d"))
            watch = _UNDER_WATCH.match(folded, match.end("d")) if digit == "2" else None
            if watch:
                elided.append((match.start("d"), watch.end(), "2WL"))
            else:
                elided.append((match.start("d"), match.end("d"), digit))
    for match in _ELIDED_FROM.finditer(folded):
        elided.append((match.start("o"), match.end("o"), _ORDINAL_TIERS[match.group("o")]))
    ordinal_tiers = [(start, end) for start, end, _ in found if _ORDINAL_START.match(folded, start)]
    for match in _ELIDED_TO.finditer(folded):
        if any(0 < match.start() - end <= 200 for _, end in ordinal_tiers):
            elided.append((match.start("o"), match.end("o"), _ORDINAL_TIERS[match.group("o")]))
    return elided


def _defined_as_tier3(folded: str, start: int, end: int) -> bool:
    return bool(_HIGHEST.search(folded[start:end]) and _TIER3_DEFINITION.match(folded[end:]))


def _find_tiers(folded: str) -> list[Found]:
    found: list[Found] = []
    for pattern, value in _TIER_PATTERNS:
        for match in pattern.finditer(folded):
            found.append((match.start(), match.end(), value or ""))
    return found


# --- numbers ----------------------------------------------------------------------------------

_UNITS_EN = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_EN = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNITS_ES = {
    "cero": 0,
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiun": 21,
    "veintiuno": 21,
    "veintiuna": 21,
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
}
_TENS_ES = {
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
}
# Ambiguous as numbers in running text ("one of", "una vez", "un país"): never a count alone.
_NOT_ALONE = {"one", "un", "una", "uno", "once"}


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_NUMBER_EN = re.compile(
    rf"\b(?:(?P<tens>{_alternation(list(_TENS_EN))})(?:[\s-](?P<unit>{_alternation(list(_UNITS_EN))}))?"
    rf"|(?P<single>{_alternation(list(_UNITS_EN))}))\b"
)
_NUMBER_ES = re.compile(
    rf"\b(?:(?P<tens>{_alternation(list(_TENS_ES))})(?:\s+y\s+(?P<unit>{_alternation(list(_UNITS_ES))}))?"
    rf"|(?P<single>{_alternation(list(_UNITS_ES))}))\b"
)
_DIGITS = re.compile(r"(?<![\w.,])\d{1,3}(?![\w]|[.,]\d)")


def find_numbers(folded: str) -> list[Found]:
    found: list[Found] = [(m.start(), m.end(), m.group()) for m in _DIGITS.finditer(folded)]
    for pattern, units, tens in (
        (_NUMBER_EN, _UNITS_EN, _TENS_EN),
        (_NUMBER_ES, _UNITS_ES, _TENS_ES),
    ):
        for match in pattern.finditer(folded):
            if match.group("single"):
                word = match.group("single")
                if word in _NOT_ALONE:
                    continue
                value = units[word]
            else:
                value = tens[match.group("tens")]
                if match.group("unit"):
                    value += units[match.group("unit")]
            found.append((match.start(), match.end(), str(value)))
    return found


# --- ordinals ---------------------------------------------------------------------------------

_ORDINALS_EN = ordinal_values("en", 20)
_ORDINAL_STEMS_ES = {
    "primer": 1,
    "segund": 2,
    "tercer": 3,
    "cuart": 4,
    "quint": 5,
    "sext": 6,
    "septim": 7,
    "setim": 7,
    "octav": 8,
    "noven": 9,
    "decim": 10,
    "undecim": 11,
    "duodecim": 12,
    "decimotercer": 13,
    "decimocuart": 14,
    "decimoquint": 15,
    "decimosext": 16,
    "decimoseptim": 17,
    "decimoctav": 18,
    "decimonoven": 19,
    "vigesim": 20,
}
_ORDINAL_EN = re.compile(
    rf"\b(?:(?P<tens>twenty|thirty)-(?P<unit>{_alternation(list(_ORDINALS_EN)[:9])})"
    rf"|(?P<word>{_alternation(list(_ORDINALS_EN))})|(?P<digits>\d{{1,2}})(?:st|nd|rd|th))\b"
)
_ORDINAL_UNITS_ES = {s: v for s, v in _ORDINAL_STEMS_ES.items() if v < 10}
_ORDINAL_ES = re.compile(
    rf"\b(?:(?P<tens>vigesim|trigesim)[oa]\s*(?P<unit>{_alternation(list(_ORDINAL_UNITS_ES))})"
    r"(?:o|a)?\b"
    rf"|(?P<stem>{_alternation(list(_ORDINAL_STEMS_ES))})(?:o|a)?\b"
    r"|(?P<digits>\d{1,2})(?:\.?\s?[ºª°]|er\b|ro\b|do\b|to\b|vo\b|no\b|mo\b))"
)


def find_ordinals(folded: str) -> list[Found]:
    found: list[Found] = []
    for match in _ORDINAL_EN.finditer(folded):
        if match.group("digits"):
            value = int(match.group("digits"))
        elif match.group("word"):
            value = _ORDINALS_EN[match.group("word")]
        else:
            value = {"twenty": 20, "thirty": 30}[match.group("tens")]
            value += _ORDINALS_EN[match.group("unit")]
        found.append((match.start(), match.end(), str(value)))
    for match in _ORDINAL_ES.finditer(folded):
        if match.group("digits"):
            value = int(match.group("digits"))
        elif match.group("tens"):
            value = {"vigesim": 20, "trigesim": 30}[match.group("tens")]
            value += _ORDINAL_UNITS_ES[match.group("unit")]
        else:
            value = _ORDINAL_STEMS_ES[match.group("stem")]
        found.append((match.start(), match.end(), str(value)))
    return found


# --- years ------------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<![\w.,])(?:19[5-9]\d|20\d\d)(?![\w]|[.,]\d)")


def find_years(folded: str) -> list[Found]:
    return [(m.start(), m.end(), m.group()) for m in _YEAR.finditer(folded)]


_REPORT_YEAR = [
    re.compile(
        r"(?P<year>(?:19|20)\d\d)(?:\s*'s)?\s+(?:tip\s+|trafficking\s+in\s+persons\s+|us\s+|u\.s\.\s+)?"
        r"(?:report|ranking|rankings|list|edition)\b"
    ),
    re.compile(
        r"\b(?:report|ranking|rankings|edition)\s+(?:of|for|from|published\s+in|released\s+in)\s+"
        r"(?:(?:june|july|august|september)\s+)?(?P<year>(?:19|20)\d\d)\b"
    ),
    re.compile(
        r"\b(?:tip|trafficking\s+in\s+persons)\s+report\s*(?:,\s*)?(?P<year>(?:19|20)\d\d)\b"
    ),
    re.compile(r"\btip\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(
        r"\b(?:informe|reporte)\s+(?:tip\s+|anual\s+|(?:sobre|de)\s+(?:la\s+|el\s+)?(?:trata|trafico)\s+"
        r"(?:y\s+(?:el\s+)?trafico\s+)?de\s+(?:personas|seres\s+humanos)\s+|"
        r"(?:del\s+)?departamento\s+de\s+estado\s+)*(?:(?:de|del)\s+)?(?:(?:ano|edicion)\s+)?"
        r"(?:de\s+)?(?P<year>(?:19|20)\d\d)\b"
    ),
    re.compile(r"\b(?:edicion|clasificacion|ranking)\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b"),
]


# "since the 2014 report", "unchanged from the 2014 report", "respecto al informe de 2014":
# a year the claim is compared with, not the year it is about.
_REFERENCE = re.compile(
    r"\b(?:since|from|compared\s+(?:with|to)|than|after|over|desde|respecto\s+al?|"
    r"frente\s+al?|comparacion\s+con|tras|con\s+respecto\s+al?)\s+"
    r"(?:the\s+|its\s+|el\s+|la\s+|su\s+)?$"
)
# "the first edition of the report, released in 2001": history, not the year discussed.
_FIRST_EDITION = re.compile(
    r"\b(?:first|inaugural|primer|primera)\s+(?:edition|report|informe|edicion)\b[^.;]*$"
)
_SENTENCE_YEAR = re.compile(r"^\W*(?:in|en)\s+(?P<year>(?:19|20)\d\d)\s*,")


_MODAL = re.compile(
    r"\b(?:will|would|could|can|cannot|must|may|might|should|podra|podran|podria|podrian|"
    r"puede|pueden|debe|deben|debera|deberan|deberia|tendra|tendran|sera|seran)\b"
)
_CLAUSE = re.compile(r"[^,;:()]+")
# "Greece and Turkey, both of which had protested their inclusion in the 2003 report, ...": a
# relative clause about what had happened before names an earlier report, not this one.
_EARLIER_RELATIVE = re.compile(r"^\s*(?:(?:both|all|each)\s+of\s+)?(?:which|who|whom)\s+had\b")


def report_years(folded: str) -> list[int]:
    """Report years the text names as such ("the 2015 report", "el informe de 2015"), or
    that open it ("In 2015, ..."); not the years it compares with ("since the 2014 report"),
    nor those of a clause about what may or must happen ("... in the 2016 report only with a
    waiver")."""
    modal = [
        c.span()
        for c in _CLAUSE.finditer(folded)
        if _MODAL.search(c.group()) or _EARLIER_RELATIVE.match(c.group())
    ]
    years: list[int] = []
    for pattern in _REPORT_YEAR:
        for match in pattern.finditer(folded):
            if _REFERENCE.search(folded[max(0, match.start() - 40) : match.start()]):
                continue
            if _FIRST_EDITION.search(folded[max(0, match.start() - 60) : match.start()]):
                continue
            if any(start <= match.start() < end for start, end in modal):
                continue
            years.append(int(match.group("year")))
    if not years:
        opening = _SENTENCE_YEAR.match(folded)
        if opening:
            years.append(int(opening.group("year")))
    return years


def iter_all(folded: str) -> Iterator[tuple[str, Found]]:
    """Every tier, number, ordinal and year in the text, with its kind."""
    for item in find_tiers(folded):
        yield "T", item
    for item in find_years(folded):
        yield "Y", item
    for item in find_ordinals(folded):
        yield "O", item
    for item in find_numbers(folded):
        yield "N", item
