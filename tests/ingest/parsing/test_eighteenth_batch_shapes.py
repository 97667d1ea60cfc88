"""Shapes of the report's sentences and pages that the eighteenth batch of real passages
brought (tests/ingest/corpus, p946-p989), each tried on invented text written the way the
report writes, with the text each reading must leave alone."""

from __future__ import annotations

from tests.ingest.parsing.sentence_figures import figures_of, sentence_figures
from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report

# --- pages ----------------------------------------------------------------------------

MATCHER = CountryMatcher([("SXM", "Sint Maarten", ["St. Maarten"]), ("CUW", "Curaçao", [])])

_SUMMARY = (
    "The Government of Sint Maarten does not fully meet the minimum standards for the "
    "elimination of trafficking and is not making significant efforts to do so; therefore "
    "Sint Maarten remained on Tier 3.\n"
)


def test_a_header_printed_twice_over_one_narrative_is_one_narrative() -> None:
    text = "SINT MAARTEN (Tier 3)*\n\nSINT MAARTEN (Tier 3)*\n" + _SUMMARY
    parsed = parse_report(document_from_text(text), 2024, MATCHER)
    assert not parsed.fatal
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("SXM", "3")]


def test_a_header_repeated_with_text_under_each_is_still_two_narratives() -> None:
    text = "SINT MAARTEN (Tier 3)*\n" + _SUMMARY + "\nSINT MAARTEN (Tier 3)*\n" + _SUMMARY
    parsed = parse_report(document_from_text(text), 2024, MATCHER)
    assert parsed.fatal  # one country twice is still a problem the review must see


def test_an_empty_header_before_another_countrys_narrative_is_not_dropped() -> None:
    text = (
        "SINT MAARTEN (Tier 3)*\n\nCURAÇAO (Tier 3)*\n"
        "The Government of Curaçao does not fully meet the minimum standards for the "
        "elimination of trafficking; therefore Curaçao remained on Tier 3.\n"
    )
    parsed = parse_report(document_from_text(text), 2024, MATCHER)
    assert [c.iso3 for c in parsed.countries] == ["SXM", "CUW"]


# --- convictions upheld, and the people a case exploited ------------------------------


def test_convictions_upheld_on_appeal_and_the_people_exploited_are_no_figures() -> None:
    assert (
        figures_of(
            "However, an appellate court upheld convictions against three traffickers found "
            "guilty of exploiting 42 women in sex trafficking in a 2019 ruling.",
            report_year=2023,
        )
        == set()
    )
    assert figures_of(
        "Courts convicted two traffickers found guilty of exploiting 42 women in sex trafficking.",
        report_year=2023,
    ) == {("convictions", 2, 2022, None)}
    assert figures_of(
        "Authorities prosecuted 12 suspects for trafficking 30 women.", report_year=2023
    ) == {("prosecutions", 12, 2022, None)}


def test_convictions_and_victims_beside_the_appeal_words_stay() -> None:
    # the convictions of the period, with the appeal of some of them told after
    assert figures_of(
        "The courts convicted three traffickers, and the Supreme Court upheld the convictions "
        "of two of them.",
        report_year=2023,
    ) == {("convictions", 3, 2022, None)}
    # victims identified are read by their own readings, not as people a case exploited
    assert figures_of(
        "Traffickers exploited 40 victims in forced labor.",
        sentence_figures("The government identified 52 victims.", 2023),
        "The government identified 52 victims.",
        report_year=2023,
    ) == {("victims_identified_labor_trafficking", 40, 2022, None)}


# --- parts of other kinds of exploitation, and re-told totals ------------------------


def test_a_part_of_forced_begging_beside_a_part_by_form_is_no_total() -> None:
    assert figures_of(
        "The government identified at least 11 victims of sex trafficking, seven victims of "
        "forced begging, and four of forced criminality, with the remainder being labor "
        "trafficking victims or unspecified.",
        report_year=2020,
    ) == {("victims_identified_sex_trafficking", 11, 2019, "at_least")}


def test_a_count_of_forced_begging_alone_stays_a_count() -> None:
    assert figures_of(
        "The government identified seven victims of forced begging.", report_year=2020
    ) == {("victims_identified", 7, 2019, None)}


def test_of_the_n_total_victims_re_tells_a_total() -> None:
    sentence = (
        "Of the 56 total victims identified, 34 were female (including two foreign nationals "
        "and 12 children) and 22 were male."
    )
    assert figures_of(sentence, report_year=2019) == set()
    # without "total", and with no figure before it, the count is stated first here
    assert figures_of("Of the 56 victims identified, 34 were female.", report_year=2019) == {
        ("victims_identified", 56, 2018, None)
    }


# --- victims who identified themselves, and cases worked with other governments -------


def test_self_identified_victims_are_not_the_governments() -> None:
    assert figures_of(
        "The government identified 50 victims in 2020 (53 in 2019) and an additional 11 "
        "victims (13 in 2019) were either self-identified or identified by the victim-care "
        "service provider, a government-funded NGO.",
        report_year=2021,
    ) == {("victims_identified", 50, 2020, None), ("victims_identified", 53, 2019, None)}


def test_victims_identified_by_the_government_after_self_identification_stay() -> None:
    assert figures_of(
        "Authorities identified 20 victims; 12 victims were self-identified and eight were "
        "identified by police.",
        report_year=2021,
    ) == {("victims_identified", 20, 2020, None)}


def test_cases_investigated_with_foreign_governments_are_told_apart() -> None:
    assert figures_of(
        "The government demonstrated significant efforts by investigating three potential "
        "forced labor cases, prosecuting six suspected traffickers, and coordinating with two "
        "foreign governments to investigate five potential trafficking cases.",
        report_year=2018,
    ) == {
        ("investigations_labor_trafficking", 3, 2017, None),
        ("prosecutions", 6, 2017, None),
    }
    assert (
        figures_of(
            "Police cooperated with foreign counterparts on 12 investigations.", report_year=2018
        )
        == set()
    )


def test_cases_of_which_some_were_with_foreign_governments_keep_their_total() -> None:
    assert figures_of(
        "The government investigated 12 cases, including five in cooperation with foreign "
        "governments.",
        report_year=2018,
    ) == {("investigations", 12, 2017, None)}


# --- a part by form that the government reported traffickers exploited ----------------

_TOTAL = (
    "The government identified 199 trafficking victims, a significant increase compared with "
    "140 victims identified in the previous reporting period."
)


def test_a_part_of_these_identified_victims_in_one_form_splits_the_total() -> None:
    for sentence in (
        "The government reported traffickers exploited 144 of these identified victims in "
        "forced labor; it did not provide details on the type of trafficking the other 55 "
        "victims experienced.",
        "Traffickers exploited 144 of the identified victims in forced labor.",
    ):
        assert figures_of(sentence, sentence_figures(_TOTAL, 2021), _TOTAL, report_year=2021) == {
            ("victims_identified_labor_trafficking", 144, 2020, None)
        }


def test_a_report_of_traffickers_exploiting_people_with_no_total_before_is_no_split() -> None:
    assert (
        figures_of(
            "The government reported traffickers exploited 144 workers on fishing vessels.",
            report_year=2021,
        )
        == set()
    )
