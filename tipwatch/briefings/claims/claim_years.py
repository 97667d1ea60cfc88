"""The years a claim's own words name: after it ("in 2016 and 2017", "from 2012 to 2014"),
at the opening of its clause or sentence, between its subject and its verb, and "since 2014"."""

from __future__ import annotations

import re

from .clause_bounds import CLAUSE_BREAK
from .grammar import Y
from .tagger import Tagged
from .years import MONTH, OPENING_LEAD

# The years a claim is about, when its clause names them: "in 2016 and 2017".
_YEAR_LIST = rf"{Y}(?:\s*,\s*{Y})*(?:\s*,?\s*(?:and|y)\s+{Y})?"
# "... in 2015 and again in 2016", "en 2015 y de nuevo en 2016": the second year after "and".
_AGAIN_IN = (
    r"(?:(?:again|also|once\s+more|de\s+nuevo|nuevamente|otra\s+vez|tambien)\s+)?(?:in|en)\s+"
)
_CLAIM_YEARS = re.compile(
    # (a closing quote first: "placed the country in "Tier 2" in 2017 and 2023")
    r"(?:[\"'](?=\s+in\s))?(?:\s+(?:status|ranking|rating|country|standing))?"
    # ("... a Tier 1 country back in 2011", "on Tier 3 as recently as 2015", "ya en 2015")
    rf"(?:\s*,?\s*(?:back\s+in|as\s+(?:recently|late|early)\s+as|as\s+of|(?:ya|aun|todavia)\s+en|"
    rf"in|en|for|during|durante)\s+(?:both\s+)?(?:the\s+|el\s+|los\s+)?"
    rf"(?:(?:years?|anos?)\s+)?{MONTH}"
    # "remained there the next year" (context.implied_years: a year with no "in" of its own)
    rf"|\s+(?=\u27e6Y\d+\u27e7\s*(?:[.;]|$))"
    # "... on the Watch List (2013)"
    rf"|\s*\((?=\s*{_YEAR_LIST}\s*\)))"
    # (whole or not at all: "in the 2011 and 2012 reports" is not "in 2011", see _CLAIM_REPORTS)
    rf"(?P<years>(?>{_YEAR_LIST}(?:\s*,?\s*(?:as\s+well\s+as|and|y)\s+{_AGAIN_IN}{_YEAR_LIST})?))"
    r"(?!\s*(?:report|informe|tip))"
)
# "... on Tier 2 in the 2011 and 2012 reports", "in the reports of 2011 and 2012": each report
# named; "... for two consecutive years, 2012 and 2013", "for two years (2012 and 2013)": each
# year listed after the run.
_YEARS_AFTER = rf"{Y}(?:\s*,\s*{Y})*\s*,?\s*(?:and|y)\s+{Y}"
_REPORTS = r"(?:reports|editions|rankings)\b"
_CLAIM_REPORTS = re.compile(
    rf"\s*,?\s*(?:in\s+(?:the\s+|its\s+)?(?:[a-z.']+\s+){{0,2}}?(?P<named>{_YEARS_AFTER})\s+"
    rf"(?:[a-z.']+\s+){{0,4}}?{_REPORTS}|"
    rf"in\s+(?:the|its)\s+(?:[a-z.']+\s+){{0,3}}?{_REPORTS}\s+(?:of|for|from)\s+(?P<of>{_YEARS_AFTER})|"
    r"for\s+(?:the\s+)?(?:\u27e6N\d+\u27e7\s+)?(?:consecutive\s+|straight\s+|successive\s+)?years?"
    rf"\s*(?:[,:(-]|\u2013|\u2014)\s*(?P<listed>{_YEARS_AFTER}))"
)
# An English claim's own year right after it ("upgraded to Tier 2 in 2018 and ...").
OWN_YEAR_EN = re.compile(rf"[\"']?\s*,?\s*in\s+(?:the\s+year\s+)?{Y}(?!\s*(?:report|tip))")
# "... on Tier 1 from 2010 until 2018": the range dates the claim ("until" alone would not).
OWN_RANGE_EN = re.compile(rf"\s*,?\s*from\s+{Y}\s*(?:-|to|through|until)\s*{Y}")
_CLAIM_RANGE = re.compile(
    rf"\s*,?\s*(?:(?:from|between)\s+(?P<a>{Y})\s*(?:-|to|through|until|and)\s*(?P<b>{Y})"
    # "remained on the watch list in 2015 to 2017", "in 2012-2014"
    rf"|in\s+(?P<a2>{Y})\s*(?:-|to|through)\s*(?P<b2>{Y})"
    # "on Tier 2 in the 2010-2012 reports": each report of the range
    rf"|in\s+(?:the\s+|its\s+)?(?P<a3>{Y})\s*(?:-|to|through)\s*(?P<b3>{Y})\s+"
    rf"(?:[a-z.']+\s+){{0,4}}?{_REPORTS})"
    r"(?!\s*(?:report|tip))"
)
_LISTED_YEARS = re.compile(
    rf"[^.;:\u27e6]{{0,60}}(?:\u27e6N\d+\u27e7[^.;:\u27e6]{{0,30}})?[;:]\s*(?P<years>{_YEAR_LIST})\s*\.?\s*$"
)
_OPENING_YEARS = re.compile(
    # ("In its 2018 and 2019 Trafficking in Persons Report, ...": the reports named)
    # ("In 2015 and again in 2016, ...", "En 2015 y de nuevo en 2016, ...": each year)
    rf"^\W*(?:(?:in|en)\s+(?:(?:the|its|their)\s+)?"
    rf"(?P<years>{Y}(?:\s*,\s*{Y})*\s*,?\s*(?:and|y)\s+(?:{_AGAIN_IN})?{Y})"
    rf"(?:\s+(?:[a-z]+\s+){{0,4}}?reports?)?|"
    rf"(?:from|de|desde)\s+(?P<first>{Y})\s+(?:to|a|hasta)\s+(?P<last>{Y})|"
    rf"(?:between|entre)\s+(?P<first2>{Y})\s+(?:and|y)\s+(?P<last2>{Y})|"
    rf"(?:prior\s+to|before)\s+(?:the\s+)?(?P<before>{Y})(?:\s+report)?)\s*,"
)

# "Prior to 2007 it was on the Watch List": the report of the year before.
_BEFORE_YEAR = rf"(?:prior\s+to|before)\s+(?:the\s+)?(?P<before>{Y})"
# "From 2011 to 2013 the kingdom was ..., in 2014 and 2015 was ...": the years a clause opens with.
_CLAUSE_YEARS = re.compile(
    # "En el año 2010 el país salió de ...": the Spanish "año" before the year.
    rf"(?:^|\b(?:and|y)\s+)\W*(?:(?:(?:in|en)\s+(?:el\s+ano\s+)?{MONTH})?(?P<years>{_YEAR_LIST})|"
    rf"(?:from|de|desde)\s+(?P<first>{Y})\s+(?:to|a|hasta)\s+(?P<last>{Y})|"
    # "Between 2010 and 2013 Malaysia sat on the Watch List": each year
    rf"(?:between|entre)\s+(?P<first2>{Y})\s+(?:and|y)\s+(?P<last2>{Y})|{_BEFORE_YEAR})\s*,?\s*$"
)


def clause_years(tagged: Tagged, start: int) -> tuple[int, ...]:
    clause_start = 0
    for match in CLAUSE_BREAK.finditer(tagged.text, 0, start):
        clause_start = match.end()
    opening = _CLAUSE_YEARS.search(tagged.text[clause_start:start].rstrip() + " ")
    if not opening:
        return ()
    return _years_of(opening, tagged)


def _years_of(opening: re.Match[str], tagged: Tagged) -> tuple[int, ...]:
    """The years an opening phrase names: a list, a range, or the one before a year."""
    if opening.group("years"):
        return tuple(int(t.value) for t in tagged.tokens_in(opening.group("years"), "Y"))
    if opening.group("before"):
        return (int(tagged.tokens_in(opening.group("before"), "Y")[0].value) - 1,)
    first = int(tagged.tokens_in(opening.group("first") or opening.group("first2"), "Y")[0].value)
    last = int(tagged.tokens_in(opening.group("last") or opening.group("last2"), "Y")[0].value)
    return tuple(range(first, last + 1)) if 0 < last - first <= 30 else ()


# "... respecto a 2024, cuando el país fue ubicado en ...": the claim is about that year.
# "Vietnam in 2022 was downgraded to Tier 3", "Cuba en 2015 fue retirada de la lista": a year
# between the subject (one country or a list) and its verb is the claim's year.
SUBJECT_YEAR = re.compile(
    r"\u27e6C\d+\u27e7(?:\s*,?\s*(?:and\s+|y\s+|e\s+)?\u27e6C\d+\u27e7)*\s*,?\s+"
    # "Perú, que en 2015 estaba en el Nivel 2, subió ...": so is one opening its relative clause
    r"(?:(?:que|el\s+cual|la\s+cual|which|who)\s+)?(?:in|en)\s+"
    r"\u27e6Y(?P<i>\d+)\u27e7\s*,?\s+(?:was|were|had\s+been|fue|fueron|ha\s+sido|habia\s+sido|"
    r"estaba|estaban|estuvo|estuvieron|era|eran|figuraba|figuraban|se\s+encontraba|"
    r"se\s+encontraban|se\s+ubicaba|se\s+ubicaban|permanecia|permanecian)\s"
)
# "Peru was downgraded in 2013 to Tier 3", "rose in 2014 from Tier 3 to Tier 2": a year between
# a move's verb and its tiers (not one after the tier it left: "from Tier 3 in 2007 to ...").
VERB_YEAR = re.compile(
    r"(?<![\u27e7\s])\s+(?:in|during)\s+\u27e6Y(?P<i>\d+)\u27e7\s*,?\s+(?:to|into|onto|from)\s"
)
WHEN_YEAR = re.compile(
    r"\u27e6Y(?P<i>\d+)\u27e7\s*,?\s*(?:cuando|when)\b[^.;\u27e6]*(?:\u27e6C\d+\u27e7[^.;\u27e6]*)?$"
)

# (a year with no lead of its own: "A year earlier, ...", see context.implied_years; or with
# no comma: "In 2012 the State Department placed Peru on Tier 2", this sentence's year only)
YEAR_OPENING = re.compile(
    rf"^\W*(?:(?:{OPENING_LEAD})?\u27e6Y(?P<i>\d+)\u27e7\s*,|"
    rf"{OPENING_LEAD}\u27e6Y(?P<j>\d+)\u27e7\s+(?=[a-z])|"
    # "In the first edition of the report, published in 2001, ...", "The first report,
    # published in 2001, put ...": the sentence opens in the report of that year (`years`
    # leaves a first edition out of the years a text is about).
    r"(?:(?:in|en)\s+)?(?:the|its|la|el|su)\s+(?:first|inaugural|primera?|\u27e6O\d+\u27e7)\s+"
    r"(?:edition|report|informe|edicion)(?:\s+(?:of\s+the\s+report|del\s+informe))?\s*,\s*"
    r"(?:published|released|issued|publicad[oa]|divulgad[oa]|presentad[oa])\s+(?:in|en)\s+"
    rf"{MONTH}\u27e6Y(?P<k>\d+)\u27e7\s*,|"
    # "When the first report came out in 2001, Peru was on Tier 3": the time the opening
    # clause names is the sentence's.
    rf"(?:when|cuando)\s[^,;:\u27e6]*(?:\u27e6[A-Z]\d+\u27e7[^,;:\u27e6]*)*?\s(?:in|en)\s+{MONTH}"
    r"\u27e6Y(?P<w>\d+)\u27e7\s*,)"
)


def opening_years(tagged: Tagged) -> tuple[int, ...]:
    """ "In 2009, 2010 and 2011, ...", "From 2011 to 2015, ...": the years of every claim."""
    match = _OPENING_YEARS.match(tagged.text)
    return _years_of(match, tagged) if match else ()


_NEXT_CLAUSE_VERB = re.compile(
    r"\s*(?:\u27e6C\d+\u27e7)?\s*(?:was|were|is|are|has|had|remained|stayed|rose|fell|dropped|"
    r"slipped|climbed|moved|fue|fueron|estuvo|estuvieron|permanecio|se\s+mantuvo|subio|bajo|"
    r"cayo)\b"
)


# "improved from Tier 3 in 2007 to the Tier 2 Watch List this year": a year between the two
# tiers of a move dates where it started, not the move.
_TO_A_TIER = re.compile(r"\s*,?\s+(?:to|into|onto)\s+(?:(?:the|a)\s+)?\u27e6T\d+\u27e7")


def claim_years(tagged: Tagged, end: int) -> tuple[tuple[int, ...], int]:
    """The years named right after a claim ("... on the Watch List in 2016 and 2017"), or
    listed after a colon ("... a Tier 2 country for 13 years; 2001, 2002, ... and 2024")."""
    ranged = _CLAIM_RANGE.match(tagged.text, end)
    if ranged and not _NEXT_CLAUSE_VERB.match(tagged.text, ranged.end()):
        # "... ranked tier three from 2012-2014": each year of the range.
        first, last = (
            int(
                tagged.tokens_in(
                    ranged.group(g) or ranged.group(g + "2") or ranged.group(g + "3"), "Y"
                )[0].value
            )
            for g in ("a", "b")
        )
        if 0 < last - first <= 30:
            return tuple(range(first, last + 1)), ranged.end()
    reports = _CLAIM_REPORTS.match(tagged.text, end)
    if reports:
        listed = reports.group("named") or reports.group("of") or reports.group("listed")
        return tuple(int(t.value) for t in tagged.tokens_in(listed, "Y")), reports.end()
    match = _CLAIM_YEARS.match(tagged.text, end) or _LISTED_YEARS.match(tagged.text, end)
    if not match:
        return (), end
    if _NEXT_CLAUSE_VERB.match(tagged.text, match.end()):
        return (), end  # "..., in 2014 and 2015 was on Tier 3": the years of the next clause
    if _TO_A_TIER.match(tagged.text, match.end()):
        return (), end  # "... from Tier 3 in 2007 to the Watch List": the year it started from
    return tuple(int(t.value) for t in tagged.tokens_in(match.group("years"), "Y")), match.end()


# "... en el nivel 3 desde 2014", "on Tier 3 since 2014": a streak up to the claim's year.
SINCE = re.compile(
    r"\s*,?\s*(?:(?:every|each)\s+year\s+|ever\s+|"
    r"where\s+(?:it|\u27e6C\d+\u27e7)\s+has\s+(?:been|remained|stayed|sat)\s+(?:ever\s+)?"
    # "ranked Tier 3, as it has been every year since 2003"
    r"|as\s+(?:it|they|\u27e6C\d+\u27e7)\s+(?:has|have)\s+(?:been\s+)?(?:(?:every|each)\s+year\s+|ever\s+)?)?"
    r"(?:desde|since)\s+(?:(?:el|the)\s+)?(?:(?:ano|year|informe|reporte)\s+(?:de\s+)?)?"
    r"\u27e6Y(?P<i>\d+)\u27e7"
    r"(?!\s*(?:report|informe|tip))"
)


# ("Por ello, desde el 2016 permanecía en el Tier 1": after a connective and its comma)
SINCE_BEFORE = re.compile(
    r"^\W*(?:por\s+(?:ello|eso|lo\s+tanto)\s*,\s*)?(?:desde|since)\s+(?:(?:el|the)\s+)?(?:(?:ano|year)\s+)?\u27e6Y(?P<i>\d+)\u27e7\s*,?\s*$"
)
