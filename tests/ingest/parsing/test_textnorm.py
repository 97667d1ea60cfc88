from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tipwatch.ingest.parsing.textnorm import (
    dehyphenate_lines,
    hyphen_join,
    join_line,
    normalise_line,
    normalise_text,
)


def test_ligatures_and_exotic_spaces_are_normalised() -> None:
    assert (
        normalise_line("  \ufb01nancial\u00a0\u00a0o\ufb03cials\u200b  ") == "financial officials"
    )
    assert normalise_line("a\tb   c") == "a b c"


def test_normalise_text_splits_on_every_line_break_style() -> None:
    assert normalise_text("one\r\ntwo\rthree\nfour") == ["one", "two", "three", "four"]


def test_a_soft_hyphen_inside_a_line_is_dropped() -> None:
    # A web page hyphenated by hand: the mark is invisible there, the word whole.
    assert (
        normalise_line("traf\u00adficking pro\u00adse\u00adcutions") == "trafficking prosecutions"
    )
    assert normalise_text("con\u00advicted 12 traf\u00adfickers") == ["convicted 12 traffickers"]


def test_a_soft_hyphen_at_a_line_end_is_the_line_break_hyphen() -> None:
    # Where the word did break, the mark is the hyphen the line ends with.
    assert normalise_text("traf\u00ad\nficking") == ["traf-", "ficking"]
    assert normalise_text("traf\u00ad \r\nficking") == ["traf-", "ficking"]
    assert normalise_line("anti\u00ad") == "anti-"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A text copy's double hyphen and a news site's spaced en dash set an aside off.
        ("17 victims--the same number", "17 victims\u2014the same number"),
        ("11 cases -- 10 for sex trafficking", "11 cases \u2014 10 for sex trafficking"),
        ("confirmed victims \u2013 36 exploited", "confirmed victims \u2014 36 exploited"),
        (
            "two cases \u2013 compared to four in 2002 \u2013 and",
            "two cases \u2014 compared to four in 2002 \u2014 and",
        ),
        # Left alone: a range of numbers, a hyphen, a rule of hyphens.
        ("in 2019 \u2013 2020", "in 2019 \u2013 2020"),
        ("2019\u20132020 and ages 14-17", "2019\u20132020 and ages 14-17"),
        ("anti-trafficking", "anti-trafficking"),
        ("-----", "-----"),
        ("PERU - Tier 2", "PERU - Tier 2"),
    ],
)
def test_dashes_that_stand_for_the_em_dash(raw: str, expected: str) -> None:
    assert normalise_line(raw) == expected
    assert normalise_text(raw) == [expected]


def test_a_real_hyphen_next_to_a_soft_one_stays() -> None:
    assert normalise_line("anti-\u00adtrafficking") == "anti-trafficking"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The govern\ufffement did", ["The government did"]),
        ("The govern\x02ment did", ["The government did"]),
        ("The govern\x02\r\nment did", ["The government did"]),
        ("anti\x02\r\ntrafficking law", ["anti-trafficking law"]),
        ("Tier 2\x02\r\nWatch List", ["Tier 2-Watch List"]),
    ],
)
def test_pdfium_hyphen_markers_are_resolved(raw: str, expected: list[str]) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["victims of traffick-", "ing in Lima"], ["victims of trafficking", "in Lima"]),
        (["the govern-", "ment"], ["the government"]),
        (["a very long traf-", "fick-", "ing case"], ["a very long trafficking", "case"]),
        (["an anti-", "trafficking law"], ["an anti-trafficking", "law"]),
        (["twenty-", "one victims"], ["twenty-one", "victims"]),
        (["Tier 2-", "Watch List"], ["Tier 2-Watch", "List"]),
        (["traffickers -", "who were"], ["traffickers -", "who were"]),
        (["no hyphen here", "next line"], ["no hyphen here", "next line"]),
    ],
)
def test_dehyphenate_lines(lines: list[str], expected: list[str]) -> None:
    assert dehyphenate_lines(lines) == expected


def test_hyphen_join_rules() -> None:
    assert hyphen_join("traffick-", "ing") == ""
    assert hyphen_join("non-", "governmental") == "-"
    assert hyphen_join("2014-", "2015") == "-"
    assert hyphen_join("word", "next") is None
    assert hyphen_join("a dash -", "next") is None


def test_join_line_separators() -> None:
    assert join_line("victims of", "trafficking") == ("victims of", " ")
    assert join_line("traffick-", "ing") == ("traffick", "")
    assert join_line("cases\u2014", "10 for sex") == ("cases\u2014", "")


_words = st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=8), min_size=1, max_size=6)


@given(st.lists(_words, min_size=1, max_size=6))
def test_dehyphenation_keeps_every_letter(lines_words: list[list[str]]) -> None:
    lines = [" ".join(words) for words in lines_words]
    letters = "".join("".join(lines).split())
    # Break the last word of every line but the last with a hyphen.
    broken: list[str] = []
    for index, line in enumerate(lines):
        if index < len(lines) - 1 and len(line) > 3 and line[-3:].isalpha():
            broken.append(line[:-2] + "-")
            lines[index + 1] = line[-2:] + lines[index + 1]
        else:
            broken.append(line)
    joined = dehyphenate_lines(broken)
    assert "".join("".join(joined).split()) == letters
