"""Words for tiers in English and Spanish, on folded text, and every tier, number, ordinal and
year in it (`iter_all`): numbers and ordinals are found by `numerals`, years by `years`.

Folded text is lower case without accents (see `text.fold`). Each finder returns
(start, end, value) triples in folded offsets. Tier values are the stored ones: "1", "2",
"2WL", "3", "special_case"; "" marks the "special watch list", which is not a tier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .folded_spans import Found
from .numerals import find_numbers, find_ordinals
from .screen import may_match, needed_words
from .years import find_years, report_years

__all__ = [
    "Found",
    "find_numbers",
    "find_ordinals",
    "find_tiers",
    "find_years",
    "iter_all",
    "report_years",
]

# --- tiers ------------------------------------------------------------------------------------

_TWO = r"(?:2|ii|two|dos)"
_WL_EN = r"watch[\s-]*list"
_WL_ES = r"list(?:a|ado)\s+de\s+(?:vigilancia|observacion|advertencia)"
# ("el Tier 2 de la Lista de Vigilancia", "del Tier 3 al 2": Spanish text that keeps the
# report's English word reads it as its own)
# ("el Rango 1", "la Fila Dos": a tier by another of its names)
_TIER_WORD_ES = r"(?:nivel|categoria|grado|grupo|escalon|renglon|rango|fila|tier)"
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
    # The number put before the word: "its 2-Tier Watch List", "the second tier watch list".
    (
        re.compile(
            rf"(?:the\s+)?\b(?:{_TWO}|2nd|second)[\s-]*tier[\s-]*(?:\"|')?{_WL_EN}\b(?:\"|')?"
        ),
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
    # "su lista de los países más implicados en la trata de personas".
    (
        re.compile(
            r"(?:la\s+|su\s+|una\s+)?lista\s+de\s+(?:los\s+|las\s+)?(?:paises|naciones)\s+mas\s+"
            r"(?:implicad|involucrad|comprometid)[oa]s\s+en\s+(?:la\s+trata|el\s+trafico)\b"
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
    # "el tercer y peor nivel", "la tercera y última categoría": the last tier.
    (
        re.compile(
            rf"{_NOT_AN}(?:el\s+|la\s+)?tercer[oa]?\s+(?:y|e)\s+(?:peor|ultim[oa])\s+"
            rf"{_ORDINAL_NOUN_ES}\b"
        ),
        "3",
    ),
    # "los países mejor calificados del informe": the top tier, as "los peores países" is the
    # last; only when the report or trafficking is named right after (not "los países mejor
    # calificados por el Banco Mundial").
    (
        re.compile(
            r"(?:los\s+|las\s+)?(?:paises|naciones)\s+mejor\s+"
            r"(?:calificad|clasificad|evaluad|valorad|situad|ubicad)[oa]s\b"
            r"(?=\s+(?:(?:del|en\s+el)\s+(?:informe|reporte)|(?:en|contra)\s+(?:la\s+)?"
            r"(?:lucha\s+contra\s+(?:la|el)\s+)?(?:trata|trafico)))"
        ),
        "1",
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
            # (not "un nivel más alto que Bolivia": a comparison, no tier)
            rf"{_NOT_AN}(?:el\s+|la\s+|su\s+)?(?:maxim[oa]\s+(?:{_RATING_ES})|(?:{_RATING_ES})\s+"
            r"(?:maxim[oa]|mas\s+alt[oa]))\b"
        ),
        "1",
    ),
    # "el último nivel", "el último escalón de la clasificación", "la calificación más baja".
    (
        re.compile(
            rf"{_NOT_AN}(?:el\s+|la\s+|su\s+)?(?:ultim[oa]\s+(?:{_RATING_ES}|peldano|posicion|lugar)|(?:{_RATING_ES})"
            r"\s+mas\s+baj[oa])\b"
        ),
        "3",
    ),
]


_TIER_PATTERNS = [(re.compile(r"(?<![\w])" + p.pattern), v) for p, v in _TIER_PATTERNS]
# The words each cannot match without (`screen`): most sentences need few of the patterns.
_TIER_SCREENS = [needed_words(pattern) for pattern, _ in _TIER_PATTERNS]


# Tier 3's own definition, given right after a metaphor that could mean either end ("la
# categoría más alta ..., reservada para países que no cumplen ... y no están haciendo
# esfuerzos"): the definition decides. A definition speaks of a class of countries; "after
# three years at the top tier, ... the government of Cyprus did not meet ... and was not
# making progress" says why one country left that tier.
_HIGHEST = re.compile(r"mas\s+alt[oa]|highest|\btop\b")
_TIER3_DEFINITION = re.compile(
    r"^[^.;]{0,160}?\b(?:paises|naciones|gobiernos|countries|nations|governments|reservad[oa]s?"
    r"|reserved)\b[^.;]{0,160}?"
    r"\b(?:no\s+cumpl\w*|not\s+(?:fully\s+)?(?:comply|meet)\w*)\b[^.;]{0,120}?"
    r"\b(?:no\s+(?:estan|esta)\s+haciendo|no\s+hacen?|not\s+making)\b"
)


def find_tiers(folded: str) -> list[Found]:
    found = [
        (start, end, "3" if value == "1" and _defined_as_tier3(folded, start, end) else value)
        for start, end, value in _find_tiers(folded)
    ]
    found = [_with_its_number(folded, item) for item in found]
    found += [
        (m.start("d"), m.end("d"), m.group("d"))
        for m in _BARE_NUMBER_BEFORE_RATING.finditer(folded)
        if not any(start <= m.start("d") < end for start, end, _ in found)
    ]
    return found + _elided_ordinals(folded, found)


# "rebajó a 3 la categoría del gobierno cubano": a bare number a rating is moved to.
_BARE_NUMBER_BEFORE_RATING = re.compile(
    r"\b(?:a|al|hasta)\s+(?P<d>[123])(?=\s+(?:la|su)\s+(?:categoria|calificacion|clasificacion|nota)\b)"
)


# "the top-ranked Tier 1", "the lowest tier 3": a tier told by a metaphor, its number after it.
_NUMBER_AFTER_TIER_NOUN = re.compile(
    r"(?:(?<=tier)|(?<=level))\s*(?P<d>[123])\b(?![.,]\d|\s*watch)"
)


def _with_its_number(folded: str, item: Found) -> Found:
    """A metaphor ending in its tier noun takes the number after it when they agree, so that
    the number is not left over as a count."""
    start, end, value = item
    number = _NUMBER_AFTER_TIER_NOUN.match(folded, end)
    if number is None or number.group("d") != value:
        return item
    return (start, number.end(), value)


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
# "Ningún país se encuentra en esta categoría; Venezuela está en la tercera", "ascendió un
# nivel: pasó del tercero (y peor) al segundo": an ordinal standing alone (a comma, a
# bracket, "y" or the end after it) takes the tier noun said shortly before.
_ALONE_ORDINAL_ES = re.compile(
    r"\b(?:en\s+(?:el|la)|del|de\s+la|al|a\s+la)\s+(?P<o>primer[oa]|segund[oa]|tercer[oa])"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:y|e|o)\s)"
)
_TIER_NOUN_BEFORE_ES = re.compile(r"\b(?:nivel|niveles|categoria|categorias|escalon|escalones)\b")
_ORDINAL_DIGIT_ES = {"primer": "1", "segund": "2", "tercer": "3"}


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
    for match in _ALONE_ORDINAL_ES.finditer(folded):
        start = match.start("o")
        if any(s <= start < e for s, e, _ in found + elided):
            continue
        if _TIER_NOUN_BEFORE_ES.search(folded, max(0, start - 100), start):
            elided.append((start, match.end("o"), _ORDINAL_DIGIT_ES[match.group("o")[:6]]))
    ordinal_tiers = [(start, end) for start, end, _ in found if _ORDINAL_START.match(folded, start)]
    for match in _ELIDED_TO.finditer(folded):
        if any(0 < match.start() - end <= 200 for _, end in ordinal_tiers):
            elided.append((match.start("o"), match.end("o"), _ORDINAL_TIERS[match.group("o")]))
    return elided


def _defined_as_tier3(folded: str, start: int, end: int) -> bool:
    return bool(_HIGHEST.search(folded[start:end]) and _TIER3_DEFINITION.match(folded[end:]))


def _find_tiers(folded: str) -> list[Found]:
    found: list[Found] = []
    for (pattern, value), needs in zip(_TIER_PATTERNS, _TIER_SCREENS, strict=True):
        if not may_match(needs, folded):
            continue
        for match in pattern.finditer(folded):
            found.append((match.start(), match.end(), value or ""))
    return found


def iter_all(folded: str, tiers: list[Found] | None = None) -> Iterator[tuple[str, Found]]:
    """Every tier, number, ordinal and year in the text, with its kind; `tiers` are the text's
    tiers when the caller has found them already (`find_tiers`)."""
    for item in find_tiers(folded) if tiers is None else tiers:
        yield "T", item
    for item in find_years(folded):
        yield "Y", item
    for item in find_ordinals(folded):
        yield "O", item
    for item in find_numbers(folded):
        yield "N", item
