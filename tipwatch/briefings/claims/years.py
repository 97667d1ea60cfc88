"""Years on folded text: every year it names, and the report years it names as such.

Folded text is lower case without accents (see `text.fold`).
"""

from __future__ import annotations

import re

from .folded_spans import Found

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
