"""Years on folded text: every year it names, and the report years it names as such.

Folded text is lower case without accents (see `text.fold`).
"""

from __future__ import annotations

import re

from .folded_spans import Found
from .numerals import find_ordinals

_YEAR = re.compile(r"(?<![\w.,])(?:19[5-9]\d|20\d\d)(?![\w]|[.,]\d)")


def find_years(folded: str) -> list[Found]:
    return [(m.start(), m.end(), m.group()) for m in _YEAR.finditer(folded)]


# A date's month before its year: "in June 2012", "in mid-2013", "en junio de 2012".
MONTH = (
    r"(?:(?:early|mid|late)[\s-]*)?(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)\s+(?:de\s+)?)?"
)
_REPORT_YEAR = [
    re.compile(
        r"(?P<year>(?:19|20)\d\d)(?:\s*'s)?\s+(?:tip\s+|trafficking\s+in\s+persons\s+|us\s+|u\.s\.\s+)?"
        # ("its 2014 assessment"; not "the 2022 TIP Interim Assessment", on the 2021 report)
        r"(?:report|ranking|rankings|list|edition|assessment|rating|ratings)\b"
    ),
    re.compile(
        r"\b(?:report|ranking|rankings|edition)\s+(?:of|for|from|(?:published|released|issued)\s+in)\s+"
        rf"{MONTH}(?P<year>(?:19|20)\d\d)\b"
    ),
    # "The report, released in June 2014, placed ...", "El informe, publicado en junio de
    # 2014, ...": the year it came out, set off as an aside, is its year.
    re.compile(
        r"\b(?:report|ranking|edition|informe|reporte|edicion)\s*,\s*(?:which\s+was\s+|que\s+fue\s+)?"
        r"(?:published|released|issued|publicad[oa]|divulgad[oa]|presentad[oa]|difundid[oa])\s+"
        rf"(?:in|en)\s+{MONTH}(?P<year>(?:19|20)\d\d)\s*,"
    ),
    re.compile(
        r"\b(?:tip|trafficking\s+in\s+persons)\s+report\s*(?:,\s*|\(\s*)?(?P<year>(?:19|20)\d\d)\b"
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


# "the tenth annual report", "its 12th edition", "la décima edición del informe": the report
# named by its edition (the first came out in 2001). A bare "report" after the ordinal is not
# enough ("the third report in a row"), nor is the first (the history of the report).
_EDITION = re.compile(
    r"\s+(?:annual\s+(?:(?:tip|trafficking\s+in\s+persons)\s+)?(?:report|edition)|"
    r"(?:(?:tip|trafficking\s+in\s+persons)\s+)?edition|(?:tip|trafficking\s+in\s+persons)\s+report|"
    r"edicion|informe\s+anual)\b"
)
FIRST_REPORT = 2001
# "the report covering April 2011 to March 2012": the one that came out in 2012. ("The 2011
# reporting period" alone is left alone: writers mean by it the period that ends in 2011 or
# the one that starts then.)
_PERIOD = re.compile(
    r"\b(?:covering|covers|covered|reporting\s+period)\s+(?:the\s+period\s+)?(?:from\s+)?"
    r"(?:april\s+(?:1\s*,?\s+)?)?(?:19|20)\d\d\s*(?:to|through|until|-|\u2013)\s*"
    r"(?:march\s+(?:31\s*,?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
)


def _named_reports(folded: str) -> list[tuple[int, int, int]]:
    """Where the text names a report by its edition or the period it covers, and its year."""
    named = [
        (start, edition.end(), FIRST_REPORT - 1 + int(value))
        for start, end, value in find_ordinals(folded)
        if 2 <= int(value) <= 40 and (edition := _EDITION.match(folded, end))
    ]
    named += [(m.start(), m.end(), int(m.group("year"))) for m in _PERIOD.finditer(folded)]
    return named


# "since the 2014 report", "unchanged from the 2014 report", "respecto al informe de 2014":
# a year the claim is compared with, not the year it is about.
_REFERENCE = re.compile(
    r"\b(?:since|from|compared\s+(?:with|to)|than|after|before|prior\s+to|until|over|desde|respecto\s+al?|"
    r"frente\s+al?|comparacion\s+con|tras|con\s+respecto\s+al?)\s+"
    r"(?:the\s+|its\s+|el\s+|la\s+|su\s+)?$"
)
# "the first edition of the report, released in 2001": history, not the year discussed.
_FIRST_EDITION = re.compile(
    r"\b(?:first|inaugural|primer|primera)\s+(?:edition|report|informe|edicion)\b[^.;]*$"
)
# What leads into a year that opens a sentence and dates it: "In 2012,", "For 2012,", "Back in
# June 2012,", "As of 2012,", "As recently as 2012,".
OPENING_LEAD = r"(?:back\s+in|in|en|for|as\s+of|as\s+(?:recently|late|early)\s+as)\s+" + MONTH
_SENTENCE_YEAR = re.compile(rf"^\W*{OPENING_LEAD}(?P<year>(?:19|20)\d\d)\s*,")


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
    return [year for _, _, year in report_mentions(folded)]


def report_mentions(folded: str) -> list[tuple[int, int, int]]:
    """Where the text names each of its `report_years` (start, end), and the year."""
    modal = [
        c.span()
        for c in _CLAUSE.finditer(folded)
        if _MODAL.search(c.group()) or _EARLIER_RELATIVE.match(c.group())
    ]
    named = [
        (match.start(), match.end(), int(match.group("year")))
        for pattern in _REPORT_YEAR
        for match in pattern.finditer(folded)
    ]
    mentions: list[tuple[int, int, int]] = []
    for at, end, year in named + _named_reports(folded):
        if _REFERENCE.search(folded[max(0, at - 40) : at]):
            continue
        # (the word the mention starts with too: "the first report, published in 2001")
        if _FIRST_EDITION.search(folded[max(0, at - 60) : at]) or _FIRST_EDITION.search(
            folded[max(0, at - 30) : at + 12]
        ):
            continue
        if any(start <= at < stop for start, stop in modal):
            continue
        mentions.append((at, end, year))
    if not mentions:
        opening = _SENTENCE_YEAR.match(folded)
        if opening:
            mentions.append(
                (opening.start("year"), opening.end("year"), int(opening.group("year")))
            )
    return mentions


# What parts a sentence's clauses: a report named across one of these dates another clause
# ("Peru rose to Tier 2 in the 2015 report after two years on Tier 3").
_CLAUSE_PART = re.compile(
    r"[,;:()\u2014]|\s-\s|\b(?:but|while|whereas|after|before|since|when|until|because|"
    r"although|though|which|who|that|pero|sino|mientras|tras|cuando|que)\b"
)


def report_of_clause(
    mentions: list[tuple[int, int, int]], folded: str, start: int, end: int
) -> int | None:
    """ "Peru had been on Tier 2 in the 2013 report", "The 2013 report put Peru on Tier 3, and
    the 2014 report raised it to Tier 2": a claim (folded `start`, `end`) is about the report
    named nearest it in its own clause; None when no report is named there."""
    best: tuple[int, int] | None = None
    for at, stop, year in mentions:
        if stop <= start:
            gap = folded[stop:start]
        elif at >= end:
            gap = folded[end:at]
        else:
            gap = ""  # named inside the claim
        if _CLAUSE_PART.search(gap):
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), year)
    return best[1] if best else None


# An aside between commas that tells of another time: "Peru, which the 2013 report put on Tier
# 3, ...", "Peru, ranked Tier 3 in the 2013 report, ...".
_ASIDE = re.compile(
    r"\s*(?:which|who|whom|whose|where|once|ranked|placed|listed|put|rated|downgraded|"
    r"upgraded|moved|que|quien|donde|ubicad[oa]|clasificad[oa])\b"
)


def only_in_asides(mentions: list[tuple[int, int, int]], folded: str, start: int, end: int) -> bool:
    """Are all the reports the sentence names named in asides that leave out the claim at
    folded `start`, `end` ("Peru, which the 2013 report put on Tier 3, rose to Tier 2": the
    rise is not dated by the 2013 report)?"""
    if not mentions:
        return False
    for at, stop, _ in mentions:
        opened = folded.rfind(",", 0, at)
        closed = folded.find(",", stop)
        if opened < 0 or closed < 0 or not _ASIDE.match(folded, opened + 1):
            return False
        if opened < end and start < closed:
            return False  # the claim is in the aside, or holds it
    return True
