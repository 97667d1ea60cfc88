from __future__ import annotations

import pytest

from tests.ingest.parsing.sentence_figures import figures_of
from tipwatch.ingest.parsing.statistics import METRICS

Y = 2015


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The government convicted 19 traffickers in 2014, compared with 41 in 2013.",
            {("convictions", 19, 2014, None), ("convictions", 41, 2013, None)},
        ),
        (
            "The government reported investigating 59 cases, compared with 70 in the previous "
            "reporting period.",
            {("investigations", 59, 2014, None), ("investigations", 70, 2013, None)},
        ),
        (
            "Authorities investigated 59 cases (compared with 70 in the previous reporting "
            "period).",
            {("investigations", 59, 2014, None), ("investigations", 70, 2013, None)},
        ),
        (
            "Officials investigated 59 cases (70 in 2013).",
            {("investigations", 59, 2014, None), ("investigations", 70, 2013, None)},
        ),
        (
            "The government prosecuted 12 defendants, 10 for sex trafficking and two for labor "
            "trafficking.",
            {
                ("prosecutions", 12, 2014, None),
                ("prosecutions_sex_trafficking", 10, 2014, None),
                ("prosecutions_labor_trafficking", 2, 2014, None),
            },
        ),
        (
            "Police identified at least nine potential victims.",
            {("victims_identified", 9, 2014, "at_least")},
        ),
        (
            "The government convicted approximately twenty-one traffickers.",
            {("convictions", 21, 2014, "approximately")},
        ),
        (
            "Authorities prosecuted more than 1,200 suspects.",
            {("prosecutions", 1200, 2014, "more_than")},
        ),
        (
            "The government investigated fewer than five cases.",
            {("investigations", 5, 2014, "fewer_than")},
        ),
        (
            "The government reported 12 investigations, five prosecutions, and two convictions.",
            {
                ("investigations", 12, 2014, None),
                ("prosecutions", 5, 2014, None),
                ("convictions", 2, 2014, None),
            },
        ),
        (
            "In the previous reporting period, the government convicted 41 traffickers.",
            {("convictions", 41, 2013, None)},
        ),
        (
            "During 2012, authorities convicted 33 traffickers.",
            {("convictions", 33, 2012, None)},
        ),
        (
            "Twelve suspects were prosecuted for forced labor.",
            {("prosecutions_labor_trafficking", 12, 2014, None)},
        ),
        (
            "The government initiated prosecutions of 35 defendants and obtained convictions "
            "against 19 traffickers.",
            {("prosecutions", 35, 2014, None), ("convictions", 19, 2014, None)},
        ),
        (
            "The government reported no convictions, compared with three in 2013.",
            {("convictions", 0, 2014, None), ("convictions", 3, 2013, None)},
        ),
        (
            "The government did not report any convictions, compared with three in 2013.",
            {("convictions", 3, 2013, None)},
        ),
        (
            "The government convicted 19 traffickers, down from 41 in the previous year.",
            {("convictions", 19, 2014, None), ("convictions", 41, 2013, None)},
        ),
        (
            "In 2014, the government reported 12 investigations, compared with nine in 2013.",
            {("investigations", 12, 2014, None), ("investigations", 9, 2013, None)},
        ),
    ],
)
def test_figures(sentence: str, expected: set[tuple[str, int, int, str | None]]) -> None:
    assert figures_of(sentence, report_year=Y) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The government placed Peru on Tier 2 in 2014.",
        "Children under 18 were exploited in commercial sex.",
        "Article 153 of the penal code criminalized trafficking and prescribed sentences of four "
        "years.",
        "Convicted traffickers received sentences ranging from two to eight years.",
        "The government convicted traffickers under Articles 181 and 182 in 2013.",
        "Judges sentenced the convicted trafficker to 12 years in prison.",
        "NGOs identified 200 victims during the year.",
        "The government referred 35 victims to shelters and provided 20 victims with legal aid.",
        "The government identified 12 suspects in the case.",
        "The government allocated 2.5 million soles ($850,000) to investigations.",
        "The hotline received 1,500 calls, a 20 percent increase in investigations.",
        "Authorities trained 300 police officers on investigating trafficking crimes.",
        "The government has convicted 40 traffickers since 2010.",
        "The courts convicted a 15-year-old of trafficking.",
        "In 2013 and 2014 the government investigated trafficking crimes.",
    ],
)
def test_no_false_positives(sentence: str) -> None:
    assert figures_of(sentence, report_year=Y) == set()


def test_period_follows_the_report_year() -> None:
    sentence = (
        "The government investigated 59 cases, compared with 70 in the previous reporting period."
    )
    assert figures_of(sentence, report_year=2021) == {
        ("investigations", 59, 2020, None),
        ("investigations", 70, 2019, None),
    }


def test_metric_names() -> None:
    assert "victims_identified_sex_trafficking" in METRICS
    assert "investigations_labor_trafficking" in METRICS
    assert len(METRICS) == 12
