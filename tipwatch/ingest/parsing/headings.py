"""Recognising narrative headers ("PERU: Tier 2") and section headings ("PROSECUTION").

Header detection is deliberately strict: the whole line must be ``NAME: <tier>`` or
``NAME (<tier>)``; the name must be in capitals (title case is accepted only for lines
the source marked as headings, e.g. HTML <h2>); nothing may follow the tier phrase.
So "...placed Peru on Tier 2 in 2014" and "PERU .......... 278" never match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipwatch.ingest.parsing.countries import CountryMatcher

TIERS = ("1", "2", "2WL", "3", "special_case")

_DASHES = "\u2010\u2011\u2012\u2013\u2014\\-"
_TIER_PHRASE = (
    # "Tier 2", "Tier-2" (a copy's hyphen), and "Tiers 2": an embassy's copy of 2006 misprints
    # its header "Romania (Tiers 2)". The phrase must still end the line, so "Tiers 2 and 3" in
    # prose is no header.
    rf"(?:tiers?[\s{_DASHES}]*(?P<num>1|2|3|one|two|three|i{{1,3}})"
    # "Tier 2 Watch List", "Tier 2-Watch List", "Tier 2 (Watch List)", "Tier 2/Watch List",
    # "Tier 2, Watch List"
    rf"(?:[\s{_DASHES}/,]*\(?\s*(?P<wl>watch[\s{_DASHES}]*list|wl)\s*\)?)?"
    r"|(?P<special>special[\s\-]+case))"
)
# A footnote's mark may follow the name's bracket: "CHINA (INCLUDES ...)*: Tier 2".
_NAME = r"(?P<name>[^\W\d_][^:()\d\n]{0,70}?(?:\s*\([^()\d\n]{1,60}\)[*\u2020\u2021]?)?)"
# Copies on the web add a credit after the tier: "INDIA (Tier 2) Extracted from the U.S.
# State Dept 2020 TIP Report", "GEORGIA (TIER 1)   [Extracted from ...]".
_CREDIT = (
    r"(?:\s*[-\u2013\u2014:|,\[(]?\s*"
    r"(?:extracted|excerpted|adapted|reproduced|taken)\b[^\n]{0,120}"
    # ... or the page's title or site after it: "Peru (Tier 2 Watch List) - 2009 Trafficking
    # in Persons Report", "Libya (Special Case) | U.S. Department of State".
    r"|\s*[-\u2013\u2014:|]\s*(?:(?:19|20)\d{2}\s+)?(?:trafficking\s+in\s+persons\s+report"
    r"|(?:the\s+)?(?:u\.\s?s\.|united\s+states)\s+department\s+of\s+state|refworld|ecoi\.net)"
    r"[^\n]{0,60})?"
)
# A footnote's mark after the tier: "PERU: Tier 2*", "... Tier 2 Watch List\u2020", or a
# footnote's number after a word or a bracket ("... Watch List1", "(Special Case)2"), never
# after the tier's own figure.
_FOOTNOTE = r"(?:[*\u2020\u2021]*|(?<=[a-z)])\d)"
# ... or on the line under the header: "INDIA (Tier 2)" / "Extracted in part from the U.S.
# State Dept 2023 TIP Report".
_CREDIT_LINE = re.compile(
    r"^\s*[-\u2013\u2014:|,\[(]?\s*(?:extracted|excerpted|adapted|reproduced|taken)\s+"
    r"(?:in\s+part\s+)?from\b[^\n]{0,40}?"
    r"\b(?:State\s+Dep|Department\s+of\s+State|TIP\s+Report|Trafficking\s+in\s+Persons)[^\n]{0,80}$",
    re.IGNORECASE,
)
# What a copy leaves after the header: a full stop, a colon, a bar ("PERU: Tier 2.", "PERU
# (Tier 2):"), or the dash before a "Watch List" wrapped onto the next line.
_TRAILING = rf"[.:;,|{_DASHES}]?"
_HEADER = re.compile(
    # "PERU: Tier 2", "PERU (Tier 2)", and both at once: "PERU: (Tier 2)".
    rf"^{_NAME}\s*(?::\s*(?:{_TIER_PHRASE}|\(\s*{_TIER_PHRASE.replace('?P<', '?P<k_')}\s*\))"
    rf"|\(\s*{_TIER_PHRASE.replace('?P<', '?P<p_')}\s*\)"
    # "PERU - Tier 2", "PERU\u2014TIER 2" (a PDF copy loses the blanks), "Peru | Tier 2" (a
    # web page's heading), "PERU / Tier 2".
    rf"|\s*[{_DASHES}|/]\s*{_TIER_PHRASE.replace('?P<', '?P<d_')}"
    # "Peru, Tier 2 Watch List", "Libya, Special Case", and a copy that set the header as
    # a run-in sentence: "PERU. Tier 2."
    rf"|\s*[,.]\s*{_TIER_PHRASE.replace('?P<', '?P<c_')}"
    # "PERU [Tier 2 Watch List]"
    rf"|\[\s*{_TIER_PHRASE.replace('?P<', '?P<b_')}\s*\])"
    rf"\s*{_FOOTNOTE}\s*{_TRAILING}{_CREDIT}\s*$",
    re.IGNORECASE,
)
# "SPECIAL CASE: YEMEN", the Special Case header of the 2020s reports, and as copies set it:
# "Special Case (Libya)", "SPECIAL CASE \u2013 YEMEN". Only a Special Case stands before the
# name: a tier's number first ("TIER 2: PERU") is a line of the tier lists.
_SPECIAL_FIRST = re.compile(
    rf"^special[\s\-]+case\s*(?::\s*|\s[{_DASHES}|]\s*|\((?=[^()\n]*\)\s*\**\s*$))"
    r"\s*(?P<name>[^\W\d_][^:()\d\n]{0,70}?)\s*\)?\s*\**\s*$",
    re.IGNORECASE,
)
# A copy's page heading may put the tier before the name: "Tier 2 Watch List: Peru", "TIER 3 -
# CUBA". The same shape is a line of the report's tier lists ("TIER 3: CUBA", then more
# names), so the segmenter takes it as a header only for a known country with prose under it.
_TIER_FIRST = re.compile(
    rf"^{_TIER_PHRASE}\s*(?::|\s[{_DASHES}|]|\|)\s*"
    r"(?P<name>[^\W\d_][^:()\d\n]{0,70}?)\s*\**\s*$",
    re.IGNORECASE,
)
# A tier standing alone on its line, as ecoi.net prints it under the page title.
# A copy's country page may label it: "Tier ranking: Tier 2 Watch List", "Tier: Special
# Case", "TIP Report ranking: Tier 3", "Tier placement - Tier 1".
# A copy that keeps the header's brackets sets it in them: "PERU" / "(Tier 2)".
_BARE_TIER = re.compile(
    r"^\s*(?:(?:(?:TIP\s+)?report\s+|tier\s+)?(?:tier|ranking|rank|placement)"
    rf"\s*[:{_DASHES}]\s*)?(?:{_TIER_PHRASE}|\(\s*{_TIER_PHRASE.replace('?P<', '?P<p_')}\s*\))"
    r"\s*$",
    re.IGNORECASE,
)
# The title a web copy gives a country page: "Trafficking in Persons Report 2014 - Peru",
# "2019 Trafficking in Persons Report: Thailand", "... - Country Narratives - Peru".
_PAGE_TITLE = re.compile(
    r"^(?:(?P<year1>(?:19|20)\d{2})\s+)?Trafficking\s+in\s+Persons\s+(?:\(TIP\)\s+)?Report"
    r"(?:\s*,?\s*(?P<year2>(?:19|20)\d{2}))?\s*[-\u2013\u2014:]\s*"
    r"(?:Country\s+Narratives\s*[-\u2013\u2014:]\s*)?(?:The\s+)?(?P<name>[^\W\d_][^:\d\n]{1,70}?)\s*$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset({"of", "the", "and", "de", "da", "du", "des", "la", "le", "et", "y"})
_WATCH_LIST_LINE = re.compile(rf"^[\s{_DASHES}]*watch[\s{_DASHES}]*list\s*\**\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """A narrative header. ``capitals`` is False for a title-case name ("Peru (Tier 2)"),
    which the caller accepts only when the name is a known country."""

    name: str
    tier: str | None
    capitals: bool = True


def _tier_from_groups(num: str | None, wl: str | None, special: str | None) -> str | None:
    if special:
        return "special_case"
    if num is None:
        return None
    num = num.lower()
    value = {"1": "1", "one": "1", "i": "1", "2": "2", "two": "2", "ii": "2"}.get(num)
    if value is None:
        value = "3" if num in ("3", "three", "iii") else None
    if value == "2" and wl:
        return "2WL"
    return value


def _is_caps(name: str) -> bool:
    """Has letters, none of them lowercase."""
    return name.upper() == name and name.lower() != name


def _is_title(name: str) -> bool:
    return name[:1].isupper() and any(c.isupper() for c in name)


def _is_title_words(name: str) -> bool:
    """Every word capitalised but the small ones: "United States of America", "Cote d'Ivoire".
    A qualifier in brackets and the words after an inverted name's comma are the name's
    own, in any case: "China (includes Tibet, ...)", "Macedonia, the former Yugoslav
    Republic of"."""
    name = re.sub(r"\([^()]*\)", " ", name).partition(",")[0]
    words = re.findall(r"[^\W\d_][\w'\u2019.-]*", name)
    if not words or not words[0][:1].isupper():
        return False
    return all(
        word[:1].isupper() or word.lower() in _SMALL_WORDS or word[:2].lower() in ("d'", "d\u2019")
        for word in words
    )


def parse_header(
    line: str, *, is_heading: bool = False, any_case: bool = False
) -> HeaderMatch | None:
    """Parse a narrative header line, or return None.

    ``is_heading``: the source marked the line as a heading, so a title-case name
    ("Peru: Tier 2") is accepted as well as capitals. ``any_case``: accept a title-case
    name anywhere, marked ``capitals=False`` for the caller to check against the known
    countries ("Peru (Tier 2)" as the 2007-era reports are reproduced on the web).
    """
    line = line.strip()
    if len(line) < 8 or len(line) > 200:
        return None
    special = _SPECIAL_FIRST.match(line)
    match = special or _HEADER.match(line)
    if match is None:
        return None
    name = match.group("name").strip().rstrip(",;*\u2020\u2021").strip()
    if not name or len(name.split()) > 12:
        return None
    capitals = _is_caps(name) or (is_heading and _is_title(name))
    # A copy that lowercased the header ("peru: tier 2") is taken, like a title-case one,
    # only when the caller finds the name among the known countries.
    if not capitals and not (any_case and (_is_title_words(name) or name.islower())):
        return None
    if name.upper().startswith("TIER "):
        return None
    if special is not None:
        return HeaderMatch(name=name, tier="special_case", capitals=capitals)
    groups = match.groupdict()
    tier = _tier_from_groups(groups["num"], groups["wl"], groups["special"])
    if tier is None:
        tier = _tier_from_groups(groups["k_num"], groups["k_wl"], groups["k_special"])
    if tier is None:
        tier = _tier_from_groups(groups["p_num"], groups["p_wl"], groups["p_special"])
    if tier is None:
        tier = _tier_from_groups(groups["d_num"], groups["d_wl"], groups["d_special"])
    if tier is None:
        tier = _tier_from_groups(groups["c_num"], groups["c_wl"], groups["c_special"])
    if tier is None:
        tier = _tier_from_groups(groups["b_num"], groups["b_wl"], groups["b_special"])
    return HeaderMatch(name=name, tier=tier, capitals=capitals)


# A copy that lost the header's colon or brackets leaves the name and the tier with only a
# blank between them: "PERU Tier 2", "Peru Tier 2 Watch List". A tier list printed as a table
# has lines of the same shape, so the segmenter takes it only for a known country with prose
# under it.
_BLANK_BETWEEN = re.compile(
    rf"^{_NAME}\s+{_TIER_PHRASE}\s*\**\s*\.?\s*$",
    re.IGNORECASE,
)


def blank_between_header(line: str) -> HeaderMatch | None:
    """A header with only a blank between the name and the tier ("PERU Tier 2"), or None. The
    name is not checked: the caller takes it only for a known country with prose under it."""
    return _unchecked_header(_BLANK_BETWEEN.match(line.strip()))


def tier_first_header(line: str) -> HeaderMatch | None:
    """A header with the tier before the name ("Tier 2 Watch List: Peru"), or None. The name
    is not checked: the caller takes it only for a known country with prose under it."""
    return _unchecked_header(_TIER_FIRST.match(line.strip()))


def _unchecked_header(match: re.Match[str] | None) -> HeaderMatch | None:
    """The name and tier a header pattern with one tier phrase matched, the name unchecked."""
    if match is None:
        return None
    groups = match.groupdict()
    tier = _tier_from_groups(groups["num"], groups["wl"], groups["special"])
    name = match.group("name").strip().rstrip(",;").strip()
    if tier is None or not name:
        return None
    return HeaderMatch(name=name, tier=tier, capitals=_is_caps(name))


def bare_tier(line: str) -> str | None:
    """The tier of a line that holds nothing but a tier ("Tier 2", "Tier 2 Watch List")."""
    match = _BARE_TIER.match(line)
    if match is None:
        return None
    groups = match.groupdict()
    tier = _tier_from_groups(groups["num"], groups["wl"], groups["special"])
    return tier or _tier_from_groups(groups["p_num"], groups["p_wl"], groups["p_special"])


def page_title(line: str) -> tuple[str, int | None] | None:
    """The country and report year a web copy's page title names, or None."""
    match = _PAGE_TITLE.match(line.strip())
    if match is None:
        return None
    year = match.group("year1") or match.group("year2")
    return match.group("name").strip(), int(year) if year else None


def is_credit_line(line: str) -> bool:
    """A copy's credit on its own line ("Extracted from U.S. State Dept ... Report, 2009")."""
    return bool(_CREDIT_LINE.match(line))


def is_watch_list_continuation(line: str) -> bool:
    """A header wrapped as "PERU: Tier 2" / "Watch List"."""
    return bool(_WATCH_LIST_LINE.match(line))


# ... or with the narrative run on after it, as a copy that re-wrapped the paragraph under the
# header prints it: "CHINA (INCLUDES TIBET, HONG KONG, AND MACAU): Tier 2" / "Watch List The
# Government of China does not ...".
_WATCH_LIST_RUN_ON = re.compile(
    rf"^[\s{_DASHES}]*(?:Watch|WATCH)[\s{_DASHES}]*(?:List|LIST)\s*\**\s+(?=[A-Z])"
)


def watch_list_run_on(line: str) -> int | None:
    """Where the narrative starts on a line that opens with a wrapped header's "Watch List"
    run into it ("Watch List The Government of ..."), or None."""
    found = _WATCH_LIST_RUN_ON.match(line)
    return found.end() if found is not None else None


# --- section headings --------------------------------------------------------------

_KNOWN_SECTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^PRIORITI[SZ]ED\s+RECOMMENDATIONS\s*:?$", re.IGNORECASE), "recommendations"),
    (re.compile(r"^RECOMMENDATIONS(?:\s+FOR\s+.{2,70}?)?\s*:?$", re.IGNORECASE), "recommendations"),
    (re.compile(r"^PROSECUTION\s*[:.]?$", re.IGNORECASE), "prosecution"),
    (re.compile(r"^PROTECTION\s*[:.]?$", re.IGNORECASE), "protection"),
    (re.compile(r"^PREVENTION\s*[:.]?$", re.IGNORECASE), "prevention"),
    (
        re.compile(r"^(?:HUMAN\s+)?TRAFFICKING\s+PROFILE\s*:?$", re.IGNORECASE),
        "trafficking_profile",
    ),
    (re.compile(r"^(?:EXECUTIVE\s+)?SUMMARY\s*:?$", re.IGNORECASE), "summary"),
)

_OTHER_HEADING = re.compile(r"^[^\W\d_][^\d.!?;]{2,70}?:?$")

# Lines that close the country narratives part of the report.
_END_MARKER = re.compile(
    r"^(?:COUNTRY\s+NARRATIVES|SPECIAL\s+CASES|RELEVANT\s+INTERNATIONAL\s+CONVENTIONS.*"
    r"|GLOSSARY.*|APPENDIX.*|ANNEX.*|ENDNOTES|FOOTNOTES|STOPPING\s+HUMAN\s+TRAFFICKING.*"
    r"|TIP\s+REPORT\s+HEROES|CLOSING\s+NOTE|INTERNATIONAL\s+(?:AND\s+REGIONAL\s+)?"
    r"(?:CONVENTIONS|ORGANIZATIONS).*|TIER\s+PLACEMENTS?|COUNTRY\s+MAPS?)\s*:?$"
)


_END_INITIALS = frozenset("CSRGAEFTI")


def known_section(line: str, *, is_heading: bool = False) -> str | None:
    """The normalised name of a recognised section heading line, or None.

    In running text (PDF, plain text) the heading must be in capitals; a line the
    source marked as a heading may be in any case.
    """
    line = line.strip()
    if not line or len(line) > 90:
        return None
    if not (is_heading or _is_caps(line)):
        return None
    for pattern, name in _KNOWN_SECTIONS:
        if pattern.match(line):
            return name
    return None


def other_heading(line: str, *, is_heading: bool = False) -> str | None:
    """An unrecognised heading ("CHILD SOLDIERS PREVENTION ACT") as its lowercased text."""
    line = line.strip()
    if not _OTHER_HEADING.match(line):
        return None
    words = line.rstrip(":").split()
    if not 1 <= len(words) <= 8:
        return None
    letters = sum(c.isalpha() for c in line)
    if letters < 4:
        return None
    if not is_heading and not _is_caps(line):
        return None
    return " ".join(words).lower()


def is_end_marker(line: str) -> bool:
    line = line.strip()
    return line[:1] in _END_INITIALS and _is_caps(line) and bool(_END_MARKER.match(line))


def looks_structural(line: str) -> bool:
    """True for lines that must never be discarded as running heads."""
    return parse_header(line) is not None or known_section(line) is not None or is_end_marker(line)


# Capitals with the accents of the countries' names ("CURA\u00c7AO", "C\u00d4TE D'IVOIRE").
CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"

FORMAL_PREFIX = re.compile(
    r"^(?:the\s+)?(?:(?:Islamic|Federal|Democratic|People's|United|Socialist|Cooperative)\s+)*"
    r"(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Commonwealth|Federation)\s+of\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


def country_code(name: str, matcher: CountryMatcher) -> str | None:
    """The code of the country a header names, by its formal name too when the country list
    knows only the short one ("REPUBLIC OF PERU: Tier 2", "The Kingdom of Morocco (Tier 2)")."""
    code = matcher.match(name)
    if code is None:
        short = FORMAL_PREFIX.sub("", name, count=1)
        if short and short != name:
            code = matcher.match(short)
    if code is None and "/" in name:
        # Two names of one country ("BURMA/MYANMAR", "Swaziland/Eswatini"); two countries'
        # names are no one country.
        codes = {matcher.match(part.strip()) for part in name.split("/")}
        code = codes.pop() if len(codes) == 1 else None
    return code


# A known name after "and" is the end of a longer name ("Serbia and Montenegro"), not a name
# of its own. ("of" is not one: "the Republic of Yemen" is Yemen.)
_NAME_JOINERS = frozenset({"and", "&"})


def joined_to_longer_name(before: str, name: str) -> bool:
    """The text before a name ends in a word that joins it to a longer one ("Serbia and"); a
    name in capitals is joined only by a word in capitals ("SERBIA AND"), as prose before a
    header's name is not ("victims in Iran and" / "AFGHANISTAN: Tier 2")."""
    words = before.split()
    if not words or words[-1].casefold() not in _NAME_JOINERS:
        return False
    return not _is_caps(name) or not words[-1].islower()


def named_by_last_words(words: str, matcher: CountryMatcher) -> str | None:
    """The longest run of last words that names a country: a page saved as one line runs its
    title into the opening ("Special Case (Libya) Libya is a Special Case ..."). Not the end
    of a longer name the list does not know ("Serbia and Montenegro")."""
    split = words.split()
    for start in range(len(split)):
        name = " ".join(split[start:])
        if matcher.match(name) is not None:
            return None if joined_to_longer_name(" ".join(split[:start]), name) else name
    return None
