"""The importer reads the same figures from another wording of the same facts.

Each rewording in tests/ingest/rewordings.py (the comparison's connective, the earlier
period as a phrase or as its year, the year's preposition, small numbers in words or digits,
the estimate's word, the breakdown's order, the time phrase moved to the clause's start) is
run over the development passages: it must keep every number the passage states (so every
labelled value), and the parser must read from the reworded text what it reads from the
stored one. Only the development part is used; `python -m tests.ingest.rewordings` prints
the differences.
"""

from __future__ import annotations

import pytest

from tests.ingest.invariance import Baseline, baseline
from tests.ingest.real_text import Passage, development
from tests.ingest.reworded import differences, label_problems, numbers
from tests.ingest.rewordings import (
    REWORDINGS,
    Rewording,
    breakdown_order,
    compared_as_direction,
    comparison_first,
    comparison_sentence,
    digits_as_words,
    in_calendar_year,
    previous_period_as_year,
    time_phrase_first,
    time_phrase_last,
    words_as_digits,
    year_as_previous_period,
)

# A rewording must change at least this many development passages to be worth its check.
MIN_CHANGED = 3


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return development()


@pytest.fixture(scope="module")
def stored(passages: list[Passage]) -> dict[str, Baseline]:
    return baseline(passages)


@pytest.mark.parametrize("rewording", REWORDINGS, ids=lambda r: r.name)
def test_the_development_passages_read_the_same(
    rewording: Rewording, passages: list[Passage], stored: dict[str, Baseline]
) -> None:
    found, changed = differences(rewording, passages, stored)
    assert changed >= MIN_CHANGED
    assert not found, "\n".join(str(difference) for difference in found)


@pytest.mark.parametrize("rewording", REWORDINGS, ids=lambda r: r.name)
def test_a_rewording_keeps_the_labelled_figures(
    rewording: Rewording, passages: list[Passage]
) -> None:
    problems = [
        f"{passage.name}: {problem}"
        for passage in passages
        if (text := rewording.change(passage)) != passage.text
        for problem in label_problems(passage, text)
    ]
    assert not problems, "\n".join(problems)


def _passage(text: str, year: int = 2021) -> Passage:
    return Passage(
        name="p0",
        url="",
        report_year=year,
        country=None,
        kind="section",
        section="protection",
        tier=None,
        text=text,
    )


def test_numbers_are_counted_in_words_and_digits_but_not_years() -> None:
    assert numbers("identified 1,054 victims in 2019 and five in 2020 (Tier 2)") == {
        1054: 1,
        5: 1,
        2: 1,
    }


def test_a_period_becomes_its_year_only_after_a_comparison() -> None:
    change = previous_period_as_year(_passage(""))
    assert change("up from 12 victims in the previous reporting period.") == (
        "up from 12 victims in 2019."
    )
    # Not a count compared, and not where the sentence dates other counts by year.
    begun = "three prosecutions it had initiated in the previous reporting period."
    assert change(begun) == begun
    listed = "compared with 12 in the previous reporting period and 20 in 2018."
    assert change(listed) == listed
    back = year_as_previous_period(_passage(""))
    assert back("compared with 12 victims in 2019.") == (
        "compared with 12 victims in the previous reporting period."
    )
    assert back("compared with 12 in 2019 (five for labor trafficking).") == (
        "compared with 12 in 2019 (five for labor trafficking)."
    )


def test_numbers_in_words_and_digits() -> None:
    assert words_as_digits("convicted five traffickers and the two others") == (
        "convicted 5 traffickers and the two others"
    )
    assert words_as_digits("in the two prior reporting periods") == (
        "in the two prior reporting periods"
    )
    assert digits_as_words("convicted 5 traffickers under Article 7 of the law") == (
        "convicted five traffickers under Article 7 of the law"
    )


def test_breakdown_order() -> None:
    assert breakdown_order("(25 for sex trafficking and five for labor trafficking)") == (
        "(five for labor trafficking and 25 for sex trafficking)"
    )
    assert breakdown_order("including 25 for sex trafficking and five for labor trafficking,") == (
        "including five for labor trafficking and 25 for sex trafficking,"
    )
    # A part whose noun the other shares is left as it is.
    shared = "(three for labor and two for sex trafficking)"
    assert breakdown_order(shared) == shared


def test_time_phrase_first() -> None:
    assert time_phrase_first("The government identified 52 victims in 2020.") == (
        "In 2020, the government identified 52 victims."
    )
    compared = "Authorities identified 24 victims in 2019—compared to 17 in 2018."
    assert time_phrase_first(compared) == compared


def test_compared_as_direction_and_calendar_year() -> None:
    assert compared_as_direction("identified 52 victims, compared with 40 in 2019") == (
        "identified 52 victims, up from 40 in 2019"
    )
    assert compared_as_direction("identified 30 victims, compared to 40 in 2019") == (
        "identified 30 victims, down from 40 in 2019"
    )
    assert in_calendar_year("identified 30 victims in 2019 and 2020") == (
        "identified 30 victims in 2019 and 2020"
    )
    assert in_calendar_year("identified 30 victims in 2019.") == (
        "identified 30 victims in calendar year 2019."
    )


def test_comparison_sentence_and_time_phrase_last() -> None:
    assert comparison_sentence(
        "The government identified 52 victims, compared with 40 in 2019."
    ) == ("The government identified 52 victims. This compared with 40 in 2019.")
    two = "The government investigated 30 cases and 20 suspects, compared with 40 in 2019."
    assert comparison_sentence(two) == two
    assert time_phrase_last("In 2020, the government identified 52 victims.") == (
        "The government identified 52 victims in 2020."
    )


def test_comparison_first() -> None:
    assert comparison_first("The government identified 52 victims, compared with 40 in 2019.") == (
        "Compared with 40 in 2019, the government identified 52 victims."
    )
    # A comparison with no period of its own, or with a comma inside, is left where it is.
    for kept in (
        "The government identified 52 victims, compared with 40.",
        "Officials identified 52 victims, compared with 40 found by NGOs, police in 2019.",
    ):
        assert comparison_first(kept) == kept
