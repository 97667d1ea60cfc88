"""Counts of countries per tier, in English and Spanish, in the word orders the press uses.

A reading of last resort over a tagged sentence (see tagger.py), for the counts no pattern
read: a number of countries and one tier in the same clause, whichever comes first.

* number, then tier: "13 countries made it on the Tier 3 black list", "ubicó a 21 naciones
  en el nivel 3", "Hay 22 países en el Nivel 3";
* tier, then number: "Tier 3 now includes 23 countries", "En el nivel 1 figuran 30 países",
  "La lista negra incluye este año a 22 países";
* the number of a tier's countries and its change: "the number of Tier 3 countries rose to 23
  from 19", "el número de países en el Nivel 3 aumentó a 23".

Nothing is read across another country, number or tier, a negation, a modal or a condition,
nor a number of "other" countries (the patterns read those with the countries they join).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import Comparator
from .tagger import TOKEN, Tagged

_N = r"\u27e6N(?P<{name}>\d+)\u27e7"
_T = r"\u27e6T(?P<{name}>\d+)\u27e7"
_NOUN = r"(?:countries|nations|governments|states|paises|naciones|gobiernos|estados)"
# Up to `n` words that hold no token and no clause break.
_GAP = r"(?:\s+[^\s\u27e6\u27e7,;:()]+){{0,{n}}}?"
_CMP = (
    r"(?P<cmp>more\s+than|over|at\s+least|nearly|almost|about|around|approximately|some|roughly|"
    r"aproximadamente|"
    r"fewer\s+than|less\s+than|mas\s+de|al\s+menos|por\s+lo\s+menos|casi|unos|unas|"
    r"cerca\s+de|alrededor\s+de|menos\s+de)\s+"
)
_COMPARATORS = {
    "more than": Comparator.MORE_THAN, "over": Comparator.MORE_THAN,
    "mas de": Comparator.MORE_THAN, "at least": Comparator.AT_LEAST,
    "al menos": Comparator.AT_LEAST, "por lo menos": Comparator.AT_LEAST,
    "fewer than": Comparator.FEWER_THAN, "less than": Comparator.FEWER_THAN,
    "menos de": Comparator.FEWER_THAN,
    # "nearly 100 countries make up Tier 2" is no claim of exactly 100.
    "nearly": Comparator.ABOUT, "almost": Comparator.ABOUT, "about": Comparator.ABOUT,
    "around": Comparator.ABOUT, "approximately": Comparator.ABOUT, "some": Comparator.ABOUT,
    "roughly": Comparator.ABOUT,
    # Nor is "casi 100 países", "unos 100", "cerca de 100", "alrededor de 100".
    "casi": Comparator.ABOUT, "unos": Comparator.ABOUT, "unas": Comparator.ABOUT,
    "cerca de": Comparator.ABOUT, "alrededor de": Comparator.ABOUT,
    "aproximadamente": Comparator.ABOUT,
}  # fmt: skip
# Words that describe a tier's countries as a whole ("12 worst offender nations in Tier 3"),
# unlike those that pick some of them out ("12 African nations", "12 new countries").
_OF_THE_TIER = (
    r"(?:(?:worst|lowest|bottom|top|best|highest)(?:-[a-z]+)?(?:\s+(?:offender|offending|"
    r"performing|ranked|rated))?\s+)?"
)
_NUMBER_FIRST = re.compile(
    rf"(?<![\w\u27e7])(?:{_CMP})?{_N.format(name='n')}\s+{_OF_THE_TIER}{_NOUN}"
    rf"{_GAP.format(n=8)}\s+(?:(?:the|a|an|el|la|los|las)\s+)?[\"']?{_T.format(name='t')}"
)
_TIER_FIRST = re.compile(
    rf"{_T.format(name='t')}[\"']?{_GAP.format(n=6)}\s+(?:a\s+)?(?:{_CMP})?"
    rf"{_N.format(name='n')}\s+{_NOUN}\b"
)
# "solo 30 -incluidos Francia y Alemania- figuran en Nivel 1", "19 countries — including Cuba
# and Iran — are on Tier 3": some of the counted countries in dashes between count and tier.
_NUMBER_DASHED = re.compile(
    rf"(?<![\w\u27e7])(?:{_CMP})?{_N.format(name='n')}(?:\s+{_NOUN})?\s*[-\u2013\u2014]\s*"
    r"(?:incluid[oa]s|including|entre\s+(?:ell[oa]s|los\s+que|las\s+que)|among\s+them)\b"
    r"(?P<members>[^-\u2013\u2014.;]{0,200}?)[-\u2013\u2014]"
    rf"{_GAP.format(n=6)}\s+(?:(?:the|a|an|el|la|los|las)\s+)?[\"']?{_T.format(name='t')}"
)
_NUMBER_OF = re.compile(
    r"\b(?:the\s+)?(?:number|total|numero|cantidad)\s+(?:of|de)\s+"
    rf"(?:(?:{_T.format(name='t')})\s+[\"']?{_NOUN}|{_NOUN}\s+(?:on|in|en|del?|of)\s+"
    rf"(?:(?:the|el|la)\s+)?[\"']?{_T.format(name='t2')})[\"']?"
    r"(?:\s+[^\s\u27e6\u27e7,;:()]+){0,3}?\s+"
    r"(?:rose|increased|grew|went\s+up|climbed|jumped|fell|dropped|declined|decreased|"
    r"went\s+down|aumento|subio|crecio|paso|bajo|cayo|disminuyo|se\s+redujo|is|was|stands|"
    r"es|fue|llega|llego)\s+"
    r"(?:(?:from|de|desde)\s+(?P<m>\u27e6N\d+\u27e7)\s+)?(?:to|a|hasta|at|en)?\s*"
    rf"{_N.format(name='n')}"
    r"(?:\s*,?\s+(?:from|up\s+from|down\s+from|frente\s+a|desde|de)\s+(?P<m2>\u27e6N\d+\u27e7))?"
)
# What makes a count no fact: a negation, a modal, a condition, or "other" countries.
_NOT_A_FACT = re.compile(
    r"\b(?:not|no|never|none|without|ningun\w*|nunca|sin|will|would|could|may|might|should|"
    r"if|unless|si|podria\w*|podra\w*|debe\w*|other|others|otros|otras|more|mas)\b"
)


# "Tres países fueron retirados de la lista", "five countries were dropped from Tier 3": the
# countries left the tier; they are not its count.
_LEFT = re.compile(
    r"\b(?:removed|dropped|taken|came|moved|left|retirad[oa]s|sacad[oa]s|salieron|excluid[oa]s|"
    r"quitad[oa]s|eliminad[oa]s)\s+(?:(?:off|out|up)\s+)?(?:from|of|de|del)\s+(?:(?:the|el|la)\s+)?$"
)
# (not a tier's token: "... en Nivel 2, y 25 países ... están en Nivel 3" starts a new count)
# "agregó a la lista negra a tres países": a verb of adding before the tier.
_ADDED_TO = re.compile(
    r"\b(?:agreg|anad|sum|incorpor)[a-z]*\s+(?:(?:a|al|en)\s+)?(?:(?:la|el|su|los|las)\s+)?"
    r"[\"']?$"
)
_JOINED = re.compile(
    r"\u27e6(?!T)[A-Z]\d+\u27e7\s*,?\s*(?:and|y|e|with|con|junto\s+a|junto\s+con|along\s+with|plus|as\s+well\s+as)\s+"
    r"(?:(?:a|the|al|los|las)\s+)?$"
)


_DEFINITE = re.compile(
    r"\b(?:the|these|those|both|los|las|estos|estas|esos|esas|dichos|dichas|ambos)\s+$"
)
_DASHED_ASIDE = re.compile(r"[-\u2013\u2014][^-\u2013\u2014]*[-\u2013\u2014]")
# A count placed above or below a tier is not on it, nor are the countries it names.
_BESIDE_THE_TIER = re.compile(
    r"\b(?:above|below|higher\s+than|lower\s+than|por\s+encima\s+del?|por\s+debajo\s+del?)"
    r"(?:\s+(?:the|el|la))?[\s\"']*$"
)
_RELATIVE = re.compile(r"\b(?:que|which|that|who|whose|cuyos|cuyas|donde|where)\b")
# "43 countries in danger of being downgraded to Tier 3", "12 países en riesgo de caer al
# nivel 3": countries at risk of a tier are not on it.
_AT_RISK = re.compile(
    r"\b(?:in\s+danger|at\s+risk|on\s+the\s+verge|on\s+the\s+brink|en\s+peligro|en\s+riesgo|"
    r"a\s+punto)\s+(?:of|de)\b"
)


@dataclass(frozen=True)
class CountRead:
    count: int
    tier: str
    comparator: Comparator
    start: int  # tagged offsets
    end: int
    previous: int | None = None  # the count in the report before ("rose to 23 from 19")
    # "19 países - incluidos China, Cuba - están en el Nivel 3": where the countries named
    # in the dashes stand (tagged offsets); they are on the counted tier.
    members: tuple[int, int] | None = None


def _value(tagged: Tagged, index: str | None) -> str | None:
    if index is None:
        return None
    return tagged.tokens[int(index)].value


def _plain(fragment: str) -> str:
    return TOKEN.sub(" ", fragment)


def read_counts(tagged: Tagged) -> list[CountRead]:
    """Every count of countries on a tier the sentence states, in order."""
    found: list[CountRead] = []
    for match in _NUMBER_OF.finditer(tagged.text):
        tier = _value(tagged, match.group("t") or match.group("t2"))
        count = _value(tagged, match.group("n"))
        previous_token = TOKEN.match(match.group("m") or match.group("m2") or "")
        previous = _value(tagged, previous_token.group("index")) if previous_token else None
        if tier and count and count.isdigit():
            previous_count = int(previous) if previous and previous.isdigit() else None
            read = CountRead(int(count), tier, Comparator.EXACTLY, match.start(), match.end())
            found.append(replace(read, previous=previous_count))
    for pattern in (_NUMBER_FIRST, _TIER_FIRST, _NUMBER_DASHED):
        for match in pattern.finditer(tagged.text):
            if any(f.start < match.end() and match.start() < f.end for f in found):
                continue
            # The clause up to the count, and the count itself ("No hay 22 países ...").
            opening = re.split(r"[,;:()]", tagged.text[: match.start()])[-1]
            between = opening + " " + tagged.text[match.start() : match.end()]
            if _NOT_A_FACT.search(_plain(between).replace(match.group("cmp") or "\0", " ")):
                continue
            if pattern is _NUMBER_FIRST and _LEFT.search(
                _plain(tagged.text[match.start() : match.start("t") - 2]).rstrip("\"' ") + " "
            ):
                continue
            if pattern is _TIER_FIRST and _ADDED_TO.search(_plain(tagged.text[: match.start()])):
                continue  # "agregó a la lista negra a tres países": added, not the tier's size
            if _JOINED.search(tagged.text[: match.start()]):
                continue  # "Colombia and 20 countries": the patterns read a count with its list
            if _DEFINITE.search(tagged.text[: match.start()]):
                continue  # "the three countries remain on Tier 3": countries named before
            counted = _plain(tagged.text[match.start() : match.end()])
            if pattern is _NUMBER_DASHED:
                # "25 países -entre los que aparecen China y Rusia- están en Nivel 3": the
                # relative inside the dashes names some of the counted, not the count's subject.
                counted = _DASHED_ASIDE.sub(" ", counted)
            if _RELATIVE.search(counted):
                continue  # "20 países que repiten ...": some of a tier's countries, not all
            if _BESIDE_THE_TIER.search(_plain(counted)):
                continue  # "Forty countries - including Chile - were placed above Tier 2"
            if _AT_RISK.search(_plain(tagged.text[match.start() : match.end()])):
                continue
            tier, count = _value(tagged, match.group("t")), _value(tagged, match.group("n"))
            if not tier or not count or not count.isdigit():
                continue
            comparator = _COMPARATORS.get(
                re.sub(r"\s+", " ", match.group("cmp") or "").strip(), Comparator.EXACTLY
            )
            members = None
            if pattern is _NUMBER_DASHED:
                members = match.span("members")
            found.append(
                CountRead(int(count), tier, comparator, match.start(), match.end(), None, members)
            )
    return sorted(found, key=lambda f: f.start)
