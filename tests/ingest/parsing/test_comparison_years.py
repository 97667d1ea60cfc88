"""The year of a comparison's second value, over the wordings the report uses for it.

The report (2020 here) counts the reporting period (2019); "the previous reporting period",
"the previous year" and a bare "up from 40" are the period before (2018). A compared count
gets the earlier period or, where the wording names no one period, nothing: never the
count's own year.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing.section_figures import section_figures

_NOW = ("investigations", 45, 2019)
_BEFORE = ("investigations", 40, 2018)


@pytest.mark.parametrize(
    "sentence",
    [
        "The government investigated 45 cases, compared with 40 in the previous reporting period.",
        "The government investigated 45 cases during the reporting period, compared with 40 in "
        "the previous reporting period.",
        "The government investigated 45 cases, compared to 40 during the prior reporting period.",
        "The government investigated 45 cases, versus 40 in the previous reporting period.",
        "The government investigated 45 cases, a decrease from 40.",
        "The government investigated 45 cases, an increase from 40 in the previous reporting "
        "period.",
        "The government investigated 45 cases, up from 40.",
        "The government investigated 45 cases, down from 40 the year before.",
        "The government investigated 45 cases, a slight increase from 40 the previous year.",
        "The government investigated 45 cases, compared with 40 in 2018.",
        "The government investigated 45 cases in 2019, compared with 40 in 2018.",
        "In 2019, the government investigated 45 cases, compared with 40.",
        "Police investigated 45 cases versus 40 the previous year.",
        "The government investigated 45 cases; this was an increase from 40.",
        "The government investigated 45 cases. This was an increase from 40 in the previous "
        "reporting period.",
        "The government investigated 45 cases. This compared with 40 the previous year.",
        "The government investigated 45 cases, more than the 40 it investigated in the previous "
        "reporting period.",
        # a comparison in brackets after the count
        "Police investigated 45 cases (compared with 40).",
        "Police investigated 45 cases (40 in the previous reporting period).",
        "Police investigated 45 cases (up from 40).",
    ],
)
def test_the_compared_count_is_the_earlier_periods(sentence: str) -> None:
    assert section_figures(sentence) == {_NOW, _BEFORE}


@pytest.mark.parametrize(
    "sentence",
    [
        "The government investigated 45 cases, compared with 40 in 2018 and 38 in 2017.",
        "The government investigated 45 cases, up from 40 in 2018 and 38 in 2017.",
        "The government investigated 45 cases, compared with 40 during the previous reporting "
        "period and 38 in 2017.",
        "Police investigated 45 cases, up from 40 the prior year and 38 the year before that.",
    ],
)
def test_each_earlier_count_gets_its_own_year(sentence: str) -> None:
    assert section_figures(sentence) == {_NOW, _BEFORE, ("investigations", 38, 2017)}


def test_a_comparison_after_an_earlier_year_is_of_the_year_before_it() -> None:
    # The count dated by the sentence's opening, not the reporting period: the compared
    # count is the year before that, never the count's own year.
    assert section_figures("In 2018, the government investigated 45 cases, compared with 40.") == {
        ("investigations", 45, 2018),
        ("investigations", 40, 2017),
    }
    assert section_figures("Police investigated 45 cases in 2018, down from 40.") == {
        ("investigations", 45, 2018),
        ("investigations", 40, 2017),
    }


def test_each_metric_keeps_its_own_comparison() -> None:
    assert section_figures(
        "The government prosecuted 20 suspects, compared with 18 the year before, and "
        "convicted 9 traffickers, down from 11."
    ) == {
        ("prosecutions", 20, 2019),
        ("prosecutions", 18, 2018),
        ("convictions", 9, 2019),
        ("convictions", 11, 2018),
    }
    assert section_figures(
        "The government investigated 45 cases and prosecuted 20 suspects, compared with 40 and "
        "18, respectively, in the previous reporting period."
    ) == {_NOW, _BEFORE, ("prosecutions", 20, 2019), ("prosecutions", 18, 2018)}


@pytest.mark.parametrize(
    "sentence",
    [
        # a difference, not a count
        "The government investigated 45 cases, 10 more than in the previous reporting period.",
        "The government investigated 45 cases, the same as in the previous reporting period.",
    ],
)
def test_a_comparison_without_a_count_adds_nothing(sentence: str) -> None:
    assert section_figures(sentence) == {_NOW}


@pytest.mark.parametrize(
    "sentence",
    [
        "The government investigated 45 cases, compared with 40 over the previous two years.",
        "The government investigated 45 cases, compared with a total of 40 over the previous two "
        "reporting periods.",
        "The government investigated 45 cases, compared with 40 investigated in 2018 and 2017 "
        "combined.",
    ],
)
def test_a_compared_count_over_several_periods_is_no_periods(sentence: str) -> None:
    assert section_figures(sentence) == {_NOW}


@pytest.mark.parametrize("respectively", ["", ", respectively,"])
def test_a_compared_list_over_as_many_periods_gives_each_its_own(respectively: str) -> None:
    assert section_figures(
        f"The government investigated 45 cases, compared with 40 and 38{respectively} in the "
        "two previous reporting periods."
    ) == {_NOW, _BEFORE, ("investigations", 38, 2017)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The government investigated 45 cases, compared with 40 reported in the 2019 TIP Report.",
        "The government investigated 45 cases, compared with 40 in the 2019 Trafficking in "
        "Persons Report.",
    ],
)
def test_a_reports_year_is_not_the_compared_counts(sentence: str) -> None:
    # The 2019 report covers 2018: the count compared is the period before the count's own.
    assert section_figures(sentence) == {_NOW, _BEFORE}
