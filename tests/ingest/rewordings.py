"""Changes of wording that keep every figure of a passage, as named transformations.

The format transformations (tests/ingest/perturbations.py) change how a copy sets the same
words; these change the words the report's writers chose for the same facts, as other years'
and other countries' narratives word them: the connective of a comparison ("compared with",
"compared to", "versus", "up from"), the earlier period ("the previous reporting period",
"the prior reporting period", the year it is), the preposition of a year ("in 2020",
"during 2020", "in calendar year 2020"), small numbers in words or digits, the word of an
estimate ("approximately", "some"), the order of a breakdown's parts, and a time phrase
moved from a clause's end to its start.

Each rewording is written conservatively: it changes a passage only where the figures and
their years are sure to stay (a number is never dropped or added, a year only written as the
year the report year makes it). tests/ingest/test_reworded_text.py checks that against the
development passages' labels, and that the parser reads the same from the reworded text as
from the stored one. ``python -m tests.ingest.rewordings [NAME ...]`` prints the differences.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tests.ingest.real_text import Passage

# --- comparison connectives ----------------------------------------------------------------

_COMPARED_EITHER = re.compile(r"\bcompared(\s+)(with|to)\b")
# ", compared with 70 ..." as a comma-led comparison, whose connective may be any of these.
_COMMA_COMPARED = re.compile(r",(\s+)compared(\s+)(?:with|to)(\s+)(?=(?:an?\s+)?[\d(]|one\b|two\b)")
_INCREASE_FROM = re.compile(r"\ban(\s+)increase(\s+)from(\s+)(?=\d)")
_DECREASE_FROM = re.compile(r"\ba(\s+)decrease(\s+)from(\s+)(?=\d)")
_UP_FROM = re.compile(r"\bup(\s+)from(\s+)(?=\d)")
_DOWN_FROM = re.compile(r"\bdown(\s+)from(\s+)(?=\d)")


def compared_with_to(text: str) -> str:
    # "compared with" and "compared to" are used alike in every year's report.
    swapped = {"with": "to", "to": "with"}
    return _COMPARED_EITHER.sub(
        lambda match: f"compared{match.group(1)}{swapped[match.group(2)]}", text
    )


def compared_versus(text: str) -> str:
    # ", compared with 70 in 2019" as ", versus 70 in 2019" (a brief's or a copy's wording).
    return _COMMA_COMPARED.sub(r",\1versus\3", text)


def compared_as_against(text: str) -> str:
    return _COMMA_COMPARED.sub(r",\1as\2against\3", text)


def increase_up_from(text: str) -> str:
    # "an increase from 12" and "up from 12", "a decrease from 12" and "down from 12".
    text = _INCREASE_FROM.sub(r"up\2from\3", text)
    return _DECREASE_FROM.sub(r"down\2from\3", text)


def up_increase_from(text: str) -> str:
    text = _UP_FROM.sub(r"an increase\1from\2", text)
    return _DOWN_FROM.sub(r"a decrease\1from\2", text)


# --- the earlier period and the year's preposition ---------------------------------------

_EARLIER_PERIOD = re.compile(r"\bthe(\s+)(previous|prior)(\s+reporting\s+period)\b")
# "in 2020" not part of "in 2020-2021", a list of years, a date or an amount.
_IN_YEAR = re.compile(r"\bin(\s+)((?:19|20)\d\d)\b(?![-\u2013/\d]|,\s*\d|\s+and\s+\d|\s+to\s+\d)")
_DURING_YEAR = re.compile(r"\bduring(\s+)((?:19|20)\d\d)\b(?![-\u2013/\d]|,\s*\d|\s+and\s+\d)")


def prior_period(text: str) -> str:
    # "the previous reporting period" and "the prior reporting period" say the same.
    swapped = {"previous": "prior", "prior": "previous"}
    return _EARLIER_PERIOD.sub(
        lambda match: f"the{match.group(1)}{swapped[match.group(2)]}{match.group(3)}", text
    )


_IN_EARLIER_PERIOD = re.compile(
    r"\b(in|during)(\s+)the\s+(?:previous|prior)\s+reporting\s+period\b", re.IGNORECASE
)


def previous_year(text: str) -> str:
    # "in the previous reporting period" as "in the previous year", as the reports of the
    # 2000s and 2010s wrote it.
    return _IN_EARLIER_PERIOD.sub(
        lambda match: f"{match.group(1)}{match.group(2)}the previous year", text
    )


def previous_year_without_in(passage: Passage) -> Callable[[str], str]:
    # "compared with 70 in the previous reporting period" as "compared with 70 the previous
    # year", the period told without its preposition.
    pattern = re.compile(
        _COMPARED_COUNT + r"(?:in|during)\s+the\s+(?:previous|prior)\s+reporting\s+period\b"
    )
    return lambda text: pattern.sub(lambda match: f"{match.group(1)}the previous year", text)


def reporting_period_as_year(passage: Passage) -> Callable[[str], str]:
    # "during the reporting period" is the report year's year before: 2020 in the 2021 report.
    year = passage.report_year - 1
    pattern = re.compile(r"\b(in|during)(\s+)the\s+reporting\s+period\b(?!\s+(?:before|prior))")
    return lambda text: pattern.sub(lambda match: f"{match.group(1)}{match.group(2)}{year}", text)


# "identified 52 victims, compared with 40": the comparison's direction, when both counts
# are digits next to each other.
_COMPARED_COUNTS = re.compile(
    r"(?P<head>\b(?P<a>\d[\d,]*)\s+(?:[a-z]+\s+){0,5}?[a-z]+),(?P<space>\s+)compared\s+(?:with|to)\s+"
    r"(?P<b>\d[\d,]*)\b"
)


def compared_as_direction(text: str) -> str:
    # "identified 52 victims, compared with 40 in 2019" as "..., up from 40 in 2019" (and
    # "down from" where the earlier count was larger).
    def direction(match: re.Match[str]) -> str:
        a, b = (int(match.group(name).replace(",", "")) for name in ("a", "b"))
        if a == b:
            return match.group(0)
        word = "up" if a > b else "down"
        return f"{match.group('head')},{match.group('space')}{word} from {match.group('b')}"

    return _COMPARED_COUNTS.sub(direction, text)


# A one-count clause, then its comparison with one count, to the sentence's end.
_ONE_COUNT_COMPARED = re.compile(
    r"(?:(?<=[.!?] )|^)(?P<clause>[A-Z][^.;:()\d\n]*\d[\d,]*[^.;:()\d\n]*?),\s+compared\s+"
    r"(?P<with>with|to)\s+(?P<rest>[^.;:()\n]*?\d[\d,]*[^.;:()\d\n]*?(?:19|20)?\d*[^.;:()\d\n]*)\."
    r"(?= |$)",
    re.MULTILINE,
)


def comparison_sentence(text: str) -> str:
    # "The government identified 52 victims in 2020, compared with 40 in 2019." as "The
    # government identified 52 victims in 2020. This compared with 40 in 2019.": only where
    # the clause states one count and the comparison one.
    def split(match: re.Match[str]) -> str:
        clause, rest = match.group("clause"), match.group("rest")
        counts = [n for n in re.findall(r"\d[\d,]*", clause + " " + rest) if not _is_year(n)]
        if len(counts) != 2 or re.search(rf"\b(?:{'|'.join(_WORDS)}|one|ten)\b", clause + rest):
            return match.group(0)
        return f"{clause}. This compared {match.group('with')} {rest}."

    return _ONE_COUNT_COMPARED.sub(split, text)


def comparison_first(text: str) -> str:
    # "The government identified 52 victims in 2020, compared with 40 in 2019." as "Compared
    # with 40 in 2019, the government identified 52 victims in 2020.": only where the clause
    # states one count, the comparison one and its own period.
    def lead(match: re.Match[str]) -> str:
        clause, rest = match.group("clause"), match.group("rest")
        counts = [n for n in re.findall(r"\d[\d,]*", clause + " " + rest) if not _is_year(n)]
        if (
            len(counts) != 2
            or re.search(rf"\b(?:{'|'.join(_WORDS)}|one|ten)\b", clause + rest)
            or "," in rest
            or not re.search(
                r"\b(?:in\s+(?:19|20)\d\d|(?:previous|prior)\s+reporting\s+period)$", rest
            )
            or not re.match(r"(?:The government|Authorities|The police|Officials)\b", clause)
        ):
            return match.group(0)
        subject = clause[0].lower() + clause[1:]
        return f"Compared {match.group('with')} {rest}, {subject}."

    return _ONE_COUNT_COMPARED.sub(lead, text)


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1990 <= int(number) <= 2030


def during_year(text: str) -> str:
    return _IN_YEAR.sub(r"during\1\2", text)


def in_calendar_year(text: str) -> str:
    text = _IN_YEAR.sub(r"in\1calendar year \2", text)
    return _DURING_YEAR.sub(r"in\1calendar year \2", text)


# A comparison's count and its noun, before the period it is dated by: "compared with 70
# cases in ...", "up from 12 victims identified in ...".
_COMPARED_COUNT = (
    r"(\b(?:compared\s+(?:with|to)|versus|from)\s+(?:\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+){0,8}?)"
)
# Not when the sentence goes on to date other counts by their years (a writer who dates
# the other years' counts dates this one too), nor before a bracketed breakdown.
_NO_MORE_YEARS = r"(?![-\u2013/\d]|\s*\(|[^.]*\b(?:in|and|or)\s+(?:19|20)\d\d\b)"


def previous_period_as_year(passage: Passage) -> Callable[[str], str]:
    # "compared with 70 in the previous reporting period" is "compared with 70 in 2019" in
    # the 2021 report (it covers 2020, its previous reporting period 2019).
    year = passage.report_year - 2
    pattern = re.compile(
        _COMPARED_COUNT
        + r"(?:in|during)(\s+)the\s+(?:previous|prior)\s+reporting\s+period\b"
        + _NO_MORE_YEARS
    )

    def change(text: str) -> str:
        return pattern.sub(lambda match: f"{match.group(1)}in{match.group(2)}{year}", text)

    return change


def year_as_previous_period(passage: Passage) -> Callable[[str], str]:
    # The reverse: "compared with 70 in 2019" in the 2021 report.
    year = passage.report_year - 2
    pattern = re.compile(_COMPARED_COUNT + rf"in(\s+){year}\b" + _NO_MORE_YEARS)

    def change(text: str) -> str:
        return pattern.sub(
            lambda match: f"{match.group(1)}in{match.group(2)}the previous reporting period", text
        )

    return change


# --- numbers and estimates -----------------------------------------------------------------

_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
# The words after a number that make it no count of its own ("five years", "two prior
# reporting periods", "the two others").
_NOT_A_NOUN = (
    r"(?!percent|years?\b|months?\b|days?\b|times\b|prior\b|previous\b|preceding\b"
    r"|consecutive\b|other\b|more\b)"
)
_WORD_NUMBER = re.compile(
    r"(?<![Tt]he\s)(?<=[\s(])(" + "|".join(_WORDS) + r")(?=\s+" + _NOT_A_NOUN + r"[a-z])"
)
# A digit 2-9 standing alone before a noun, not a tier, an article, a law's number or a rank.
_DIGIT_NUMBER = re.compile(r"(?<![Tt]he\s)(?<=[\s(])([2-9])(?=\s+" + _NOT_A_NOUN + r"[a-z])")
_NOT_BEFORE = re.compile(
    r"(?:Tier|Article|article|No\.|Law|law|Decree|Chapter|Section|Level|level|tier|Act|Code|Phase|phase|Paragraph)\s+$"
)


def digits_as_words(text: str) -> str:
    def word(match: re.Match[str]) -> str:
        if _NOT_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            return match.group(0)
        return _WORDS[int(match.group(1)) - 2]

    return _DIGIT_NUMBER.sub(word, text)


def words_as_digits(text: str) -> str:
    return _WORD_NUMBER.sub(lambda match: str(_WORDS.index(match.group(1)) + 2), text)


_APPROXIMATELY = re.compile(r"\bapproximately(\s+)(?=\d)")


def approximately_some(text: str) -> str:
    # "approximately 300 victims" and "some 300 victims" are estimates alike.
    return _APPROXIMATELY.sub(r"some\1", text)


def approximately_about(text: str) -> str:
    return _APPROXIMATELY.sub(r"about\1", text)


_AT_LEAST = re.compile(r"\bat(\s+)least(\s+)(?=\d)")


def at_least_no_fewer(text: str) -> str:
    # "at least 40 victims" and "no fewer than 40 victims" are floors alike.
    return _AT_LEAST.sub(r"no\1fewer than\2", text)


# --- order ---------------------------------------------------------------------------------

_NUMBER = r"(?:\d[\d,]*|" + "|".join(_WORDS) + r")"
_BREAKDOWN = re.compile(
    rf"\((?P<a>{_NUMBER})(?P<s1>\s+)(?P<prep>for|in|of|involving)(?P<s2>\s+)"
    r"(?P<x>[a-z][a-z -]*?trafficking)"
    rf"(?P<s3>\s+)and(?P<s4>\s+)(?P<b>{_NUMBER})\s+(?P=prep)\s+(?P<y>[a-z][a-z -]*?trafficking)\)"
)


def breakdown_order(text: str) -> str:
    # "(25 for sex trafficking and five for labor trafficking)" told in the other order.
    def swap(match: re.Match[str]) -> str:
        g = match.group
        first = f"{g('b')}{g('s1')}{g('prep')}{g('s2')}{g('y')}"
        return f"({first}{g('s3')}and{g('s4')}{g('a')} {g('prep')} {g('x')})"

    text = _BREAKDOWN.sub(swap, text)

    def swap_listed(match: re.Match[str]) -> str:
        g = match.group
        first = f"{g('lead')}{g('b')} {g('prep')} {g('y')}"
        return f"{first}{g('s3')}and{g('s4')}{g('a')} {g('prep')} {g('x')}"

    return _LISTED_BREAKDOWN.sub(swap_listed, text)


# "including 25 for sex trafficking and five for labor trafficking," in the other order.
_LISTED_BREAKDOWN = re.compile(
    rf"(?P<lead>\bincluding\s+)(?P<a>{_NUMBER})\s+(?P<prep>for|in|of|involving)\s+"
    rf"(?P<x>[a-z][a-z -]*?trafficking)(?P<s3>\s+)and(?P<s4>\s+)(?P<b>{_NUMBER})\s+(?P=prep)\s+"
    r"(?P<y>[a-z][a-z -]*?trafficking)(?=[,;.])"
)


# A one-clause sentence that opens with its subject and ends with its one time phrase: no
# comma, dash, bracket or second period inside, and no comparison.
_TIME_AT_END = re.compile(
    r"(?:(?<=[.!?] )|^)(?P<subject>The government|Authorities|The police|Officials)"
    r"(?P<body>(?: (?!(?:in|during|compared|from|than|versus|since|between)\b)[a-z][a-z]*"
    r"| \d[\d,]*)+?) (?P<time>during the reporting period|in (?:19|20)\d\d)\.(?= |$)",
    re.MULTILINE,
)


def time_phrase_first(text: str) -> str:
    # "The government identified 52 victims in 2020." as "In 2020, the government identified
    # 52 victims."
    def move(match: re.Match[str]) -> str:
        subject = match.group("subject")
        time = match.group("time")
        return (
            f"{time[0].upper()}{time[1:]}, {subject[0].lower()}{subject[1:]}{match.group('body')}."
        )

    return _TIME_AT_END.sub(move, text)


_TIME_AT_START = re.compile(
    r"(?:(?<=[.!?] )|^)(?P<time>During the reporting period|In (?:19|20)\d\d), "
    r"(?P<subject>the government|authorities|the police|officials)"
    r"(?P<body>(?: (?!(?:in|during|compared|from|than|versus|since|between)\b)[a-z][a-z]*"
    r"| \d[\d,]*)+?)\.(?= |$)",
    re.MULTILINE,
)


def time_phrase_last(text: str) -> str:
    # "In 2020, the government identified 52 victims." as "The government identified 52
    # victims in 2020."
    def move(match: re.Match[str]) -> str:
        subject, time = match.group("subject"), match.group("time")
        return (
            f"{subject[0].upper()}{subject[1:]}{match.group('body')} {time[0].lower()}{time[1:]}."
        )

    return _TIME_AT_START.sub(move, text)


# --- the rewordings ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rewording:
    name: str
    # The change for a passage (a rewording may need its report year).
    change_for: Callable[[Passage], Callable[[str], str]]

    def change(self, passage: Passage) -> str:
        return self.change_for(passage)(passage.text)


def _plain(change: Callable[[str], str]) -> Rewording:
    return Rewording(change.__name__, lambda passage: change)


REWORDINGS: tuple[Rewording, ...] = (
    _plain(compared_with_to),
    _plain(compared_versus),
    _plain(compared_as_against),
    _plain(compared_as_direction),
    _plain(comparison_sentence),
    _plain(comparison_first),
    _plain(increase_up_from),
    _plain(up_increase_from),
    _plain(prior_period),
    _plain(previous_year),
    Rewording("previous_period_as_year", previous_period_as_year),
    Rewording("year_as_previous_period", year_as_previous_period),
    Rewording("previous_year_without_in", previous_year_without_in),
    Rewording("reporting_period_as_year", reporting_period_as_year),
    _plain(during_year),
    _plain(in_calendar_year),
    _plain(digits_as_words),
    _plain(words_as_digits),
    _plain(approximately_some),
    _plain(approximately_about),
    _plain(at_least_no_fewer),
    _plain(breakdown_order),
    _plain(time_phrase_first),
    _plain(time_phrase_last),
)
BY_NAME = {rewording.name: rewording for rewording in REWORDINGS}


def main(names: Sequence[str]) -> None:
    from tests.ingest.invariance import baseline
    from tests.ingest.real_text import development
    from tests.ingest.reworded import differences

    passages = development()
    stored = baseline(passages)
    for rewording in [BY_NAME[name] for name in names] if names else REWORDINGS:
        found, tried = differences(rewording, passages, stored)
        print(f"{rewording.name}: {len(found)} of {tried} changed passages read differently")
        for difference in found:
            print(f"  {difference}")


if __name__ == "__main__":
    main(sys.argv[1:])
