"""Changes of wording that English news really makes, each as a named function of a text, its
language and the year of the report the text speaks of. Like the changes of form of
`tests.briefings.perturbations`, each says the same thing in other words: the verb that puts a
country on a tier ("placed in" / "ranked" / "listed on"), the name of a tier ("Tier 3" / "the
lowest tier"), the name of the report ("the 2013 report" / "the 2013 Trafficking in Persons
Report"). A claim reader should read the same claims before and after each of them.

Each changes only the wording it names, where it stands in a grammatical place for the other
wording, and leaves Spanish text alone. Each function's comment says where real text uses the
wording it writes. Every one is deterministic, so a difference it causes can be reproduced.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# --- the verb that puts a country on a tier ----------------------------------------------------

# What a placement verb is followed by: the country it places, if any (a few capitalised words,
# "Japan", "The Bahamas, Guyana and Suriname"), then its preposition, then a tier within a few
# words ("in Tier 2", "on the Tier 2 Watch List", "in the Tier-2 category").
_OBJECT = r"(?P<object>(?: (?:[A-Z][\w.'\u2019-]*|and|the)(?:,(?= [A-Z]))?)*?)"
_TIER_AHEAD = (
    r"(?=(?:[\"\u201c'\u2018]?[\w'\u2019-]+ ){0,3}?[\"\u201c'\u2018]?"
    r"(?:[Tt]ier|TIER|Watch ?[Ll]ist|watch ?list)\b)"
)


def placed_as_listed(text: str, lang: str, year: int) -> str:
    """ "was listed on the Tier 2 Watch List", "listed Japan in Tier 2": "listed" for "placed",
    as agency copy (AFP, Reuters) and the report's own country narratives write it."""
    if lang != "en":
        return text
    pattern = re.compile(rf"\b([Pp])laced{_OBJECT} (?P<prep>in|on|into) {_TIER_AHEAD}")
    return pattern.sub(
        lambda m: f"{'L' if m[1] == 'P' else 'l'}isted{m['object']} {m['prep']} ", text
    )


def ranked_as_placed(text: str, lang: str, year: int) -> str:
    """ "was placed in Tier 1" for "was ranked Tier 1", "ranked at Tier 1", "ranked as Tier 3":
    "placed in", the State Department's own wording in its press releases and narratives."""
    if lang != "en":
        return text
    pattern = re.compile(
        rf"(?<![\w-])([Rr])anked{_OBJECT}(?: (?P<prep>at|in|as|on) {_TIER_AHEAD}"
        r"| (?=[\"\u201c']?(?:[Tt]ier|TIER)\b))"
    )

    def placed(m: re.Match[str]) -> str:
        if m["prep"] == "as" and re.match(r"an? ", text[m.end() :]):
            return m[0]  # "ranked Ghana as a Tier 2 country": no place to be put in
        prep = "on" if m["prep"] == "on" else "in"
        return f"{'P' if m[1] == 'R' else 'p'}laced{m['object']} {prep} "

    return pattern.sub(placed, text)


# "classified as Tier 3", "listed as Tier 2", "categorised as a Tier 2 country", "designated
# Tier 1", "rated Tier 2": the ways wire copy (Reuters, AFP, IANS) and regional papers say which
# tier a country was given, each written as the next one in the list.
_AS_VERBS = {
    "classified as": "categorized as",
    "categorized as": "listed as",
    "categorised as": "listed as",
    "listed as": "classified as",
    "designated as": "classified as",
    "designated": "classified as",
    "rated as": "ranked as",
    "rated": "ranked as",
}
_AS_VERB = re.compile(
    r"\b(classified as|categori[sz]ed as|listed as|designated(?: as)?|rated(?: as)?) "
    r"(?=(?:an? )?[\"\u201c'\u2018]?(?:[Tt]ier|TIER)\b)"
)


def tier_verbs_swapped(text: str, lang: str, year: int) -> str:
    if lang != "en":
        return text
    return _AS_VERB.sub(lambda m: _AS_VERBS[m[1]] + " ", text)


# "X remained on Tier 2" / "X was kept on Tier 2": the report's narratives write the first, the
# press the second ("The United States on Wednesday kept ... on its blacklist", Reuters). Only a
# country's stay, in the past, with one country as subject ("remained" after a plural subject
# would need "were"; "Chile and Peru remained" is left alone).
_REMAINED = re.compile(
    r"(?<!and )(?<!& )\b(?P<subject>(?:[A-Z][\w'\u2019-]+ )*[A-Z][\w'\u2019-]+)"
    r" remained (?P<prep>on|in|at) "
    r"(?=(?:the )?[\"\u201c]?(?:[Tt]ier|TIER)\b)"
)


def remained_as_kept_on(text: str, lang: str, year: int) -> str:
    if lang != "en":
        return text
    return _REMAINED.sub(lambda m: f"{m['subject']} was kept {m['prep']} ", text)


# --- the names of the tiers --------------------------------------------------------------------

# A tier after a preposition, as a place ("on Tier 3", "to tier three", "from Tier III"): not
# the first word of a compound ("a Tier 3 country", "Tier 3 status", "Tier 2 Watch List"), nor
# a tier whose number is shared with another ("from Tier 3 to 2").
_PLACE = r"(?P<prep>\b(?:on|in|to|into|from|at|onto) )(?:the )?"
_AFTER = (
    r"(?![\w-]|\.\d|[ ](?:to|and|or) \w\b|[ ](?:[Ww]atch|[Ll]ist|country|countries|nations?|status|"
    r"rank\w*|rating|category|categories|designation|group|level|governments?|grade|position)\b)"
)
_TIER_3 = re.compile(
    rf"{_PLACE}[\"\u201c]?(?:[Tt]ier|TIER)[ -](?:3|[Tt]hree|III)[\"\u201d]?{_AFTER}"
)
_TIER_1 = re.compile(rf"{_PLACE}[\"\u201c]?(?:[Tt]ier|TIER)[ -](?:1|[Oo]ne|I)[\"\u201d]?{_AFTER}")


def tier_3_as_the_lowest_tier(text: str, lang: str, year: int) -> str:
    """ "fell to the lowest tier": the report's bottom tier named by its place, as the AP and
    Reuters write it for readers who do not know the tiers' numbers."""
    if lang != "en":
        return text
    return _TIER_3.sub(lambda m: f"{m['prep']}the lowest tier", text)


def tier_3_as_the_bottom_tier(text: str, lang: str, year: int) -> str:
    """ "remains in the bottom tier": as the BBC, the Guardian and Al Jazeera write it."""
    if lang != "en":
        return text
    return _TIER_3.sub(lambda m: f"{m['prep']}the bottom tier", text)


def tier_1_as_the_top_tier(text: str, lang: str, year: int) -> str:
    """ "stayed in the top tier": the first tier by its place, as the Taiwanese, Korean and
    Israeli press write it (Taiwan News, Yonhap, JTA)."""
    if lang != "en":
        return text
    return _TIER_1.sub(lambda m: f"{m['prep']}the top tier", text)


def tier_1_as_the_highest_tier(text: str, lang: str, year: int) -> str:
    """ "upgraded to the highest tier": as Civil.ge and the Caribbean press write it."""
    if lang != "en":
        return text
    return _TIER_1.sub(lambda m: f"{m['prep']}the highest tier", text)


# "the lowest tier" / "the bottom tier" / "the top tier" / "the highest tier", not part of a
# longer name ("the second-lowest tier", "the top tier of countries" is kept, as its tier).
_BY_PLACE = re.compile(
    r"(?<![\w-])(?P<the>[Tt]he) (?P<place>lowest|bottom|top|highest) tier\b"
    r"(?![ -](?:\d|one|two|three|I))"
)


def tier_by_place_as_number(text: str, lang: str, year: int) -> str:
    """ "Tier 3" for "the lowest tier", "Tier 1" for "the top tier": the tier by its number,
    as the report itself and most of the press write it."""
    if lang != "en":
        return text

    def numbered(m: re.Match[str]) -> str:
        number = "3" if m["place"] in ("lowest", "bottom") else "1"
        return f"Tier {number}"

    return _BY_PLACE.sub(numbered, text)


# "the Tier 2 Watch List" / "the Watch List": the press names the list in short once the tiers
# are known, and in full when it first names it (not the 2006-2008 "Special Watch List", nor
# the "Special" one of 2019, another list).
_WATCH_LIST_IN_FULL = re.compile(
    r"(?P<lead>\b(?:[Tt]he|[Ii]ts) |\b(?:on|to|from|in|at|onto|into|off) )"
    r"(?P<quote>[\"\u201c\u2018']?)"
    r"(?:[Tt]ier|TIER)[ -](?:2|[Tt]wo|II)(?: - |[ -])(?P<watch>[Ww]atch ?[Ll]ist|[Ww]atchlist)\b"
    r"(?![ -](?:country|countries|nations?|status|category|ranking|designation)\b)"
)
_WATCH_LIST_IN_SHORT = re.compile(
    r"\b(?P<the>[Tt]he|[Ii]ts) (?P<quote>[\"\u201c]?)(?P<watch>[Ww]atch ?[Ll]ist|"
    r"[Ww]atchlist)\b(?![ -](?:of|for)\b)"
)


def watch_list_in_short(text: str, lang: str, year: int) -> str:
    """ "placed on the Watch List": the Tier 2 Watch List without its tier, as AP and the
    regional press write it."""
    if lang != "en":
        return text

    def short(m: re.Match[str]) -> str:
        lead = m["lead"] if m["lead"].lower() in ("the ", "its ") else f"{m['lead']}the "
        return f"{lead}{m['quote']}{m['watch']}"

    return _WATCH_LIST_IN_FULL.sub(short, text)


def watch_list_in_full(text: str, lang: str, year: int) -> str:
    """ "the Tier 2 watch list" for "the watch list": the list named in full, as the report
    and papers that name it once in a story do."""
    if lang != "en":
        return text
    return _WATCH_LIST_IN_SHORT.sub(lambda m: f"{m['the']} {m['quote']}Tier 2 {m['watch']}", text)


# --- the name of the report --------------------------------------------------------------------

# "the 2013 report", "the 2013 Trafficking in Persons Report", "the 2013 TIP Report".
_REPORT_SHORT = re.compile(r"\b(?P<the>[Tt]he) (?P<year>(?:19|20)\d\d) report\b")
_REPORT_LONG = re.compile(
    r"\b(?P<the>[Tt]he) (?P<year>(?:19|20)\d\d) (?:Trafficking [Ii]n Persons|TIP) [Rr]eport"
    r"(?: \((?:TIP|TIP Report)\))?"
)


def report_in_full(text: str, lang: str, year: int) -> str:
    """ "the 2013 Trafficking in Persons Report": the report's full name, as the State
    Department and wire copy write it."""
    if lang != "en":
        return text
    return _REPORT_SHORT.sub(
        lambda m: f"{m['the']} {m['year']} Trafficking in Persons Report", text
    )


def report_as_state_departments(text: str, lang: str, year: int) -> str:
    """ "the State Department's 2013 TIP report": its owner and initials, as US and Asian
    papers write it."""
    if lang != "en":
        return text
    return _REPORT_SHORT.sub(
        lambda m: f"{m['the']} State Department's {m['year']} TIP report", text
    )


def report_in_short(text: str, lang: str, year: int) -> str:
    """ "the 2013 report" for "the 2013 Trafficking in Persons Report": the short name a story
    uses once it has named the report."""
    if lang != "en":
        return text
    return _REPORT_LONG.sub(lambda m: f"{m['the']} {m['year']} report", text)


def report_of_this_year(text: str, lang: str, year: int) -> str:
    """ "this year's report" for "the 2013 report" when the story is about the 2013 report: as
    news written the week a report comes out says it."""
    if lang != "en":
        return text

    def this_year(m: re.Match[str]) -> str:
        if int(m["year"]) != year:
            return m[0]
        return f"{'T' if m['the'] == 'The' else 't'}his year's report"

    return _REPORT_LONG.sub(this_year, _REPORT_SHORT.sub(this_year, text))


_THIS_YEARS = re.compile(r"\b([Tt])his year['\u2019]s (?:(?:annual|latest|new) )?report\b")


def report_of_this_year_by_year(text: str, lang: str, year: int) -> str:
    """ "the 2020 report" for "this year's report": the year written out, as a story read a
    year later or a wire summary does."""
    if lang != "en":
        return text
    return _THIS_YEARS.sub(lambda m: f"{'T' if m[1] == 'T' else 't'}he {year} report", text)


@dataclass(frozen=True)
class Rewording:
    """A change of wording. Unlike a change of form it is made to the sentence only, never to
    the text before it, and it may need the year of the report the sentence speaks of."""

    name: str
    rewrite: Callable[[str, str, int], str]

    def change(self, item: dict[str, Any]) -> tuple[str, str]:
        """The corpus item's context and text after the change."""
        return item["context"], self.rewrite(item["text"], item["lang"], item["report_year"])


REWORDINGS: tuple[Rewording, ...] = tuple(
    Rewording(function.__name__, function)
    for function in (
        placed_as_listed,
        ranked_as_placed,
        tier_verbs_swapped,
        remained_as_kept_on,
        tier_3_as_the_lowest_tier,
        tier_3_as_the_bottom_tier,
        tier_1_as_the_top_tier,
        tier_1_as_the_highest_tier,
        tier_by_place_as_number,
        watch_list_in_short,
        watch_list_in_full,
        report_in_full,
        report_as_state_departments,
        report_in_short,
        report_of_this_year,
        report_of_this_year_by_year,
    )
)
