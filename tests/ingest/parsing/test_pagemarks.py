from __future__ import annotations

from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report
from tipwatch.ingest.parsing.pagemarks import strip_page_furniture, without_page_furniture
from tipwatch.ingest.parsing.reportyear import report_year_in

HEAD = "TRAFFICKING IN PERSONS REPORT JUNE 2015"
WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


def _page(body: list[str], number: int | None, head: str | None = HEAD) -> list[str]:
    lines = [head] if head else []
    lines += body
    if number is not None:
        lines.append(str(number))
    return lines


def test_running_heads_and_page_numbers_are_removed() -> None:
    pages = [
        _page([f"body {WORDS[i]} of page", f"prose {WORDS[i + 1]}"], 277 + i) for i in range(6)
    ]
    cleaned = strip_page_furniture(pages)
    assert cleaned.numbering_found
    assert cleaned.numbers == [277, 278, 279, 280, 281, 282]
    for lines in cleaned.lines:
        assert HEAD not in lines
        assert not any(line.isdigit() for line in lines)
        assert any(line.startswith("prose ") for line in lines)


def test_missing_number_on_a_page_is_inferred_from_the_offset() -> None:
    pages = [_page([f"prose {w}"], 10 + i if i != 2 else None) for i, w in enumerate(WORDS[:5])]
    assert strip_page_furniture(pages).numbers == [10, 11, 12, 13, 14]


def test_inconsistent_numbers_fall_back_to_physical_index() -> None:
    pages = [_page([f"prose {w}"], n) for w, n in zip(WORDS, (7, 3, 19, 44, 2), strict=False)]
    cleaned = strip_page_furniture(pages)
    assert not cleaned.numbering_found
    assert cleaned.numbers == [1, 2, 3, 4, 5]


def test_years_are_not_page_numbers() -> None:
    pages = [["prose line", "2015"], ["other line", "2015"]]
    assert strip_page_furniture(pages).numbers == [1, 2]


def test_number_inside_running_head_gives_the_page_number() -> None:
    pages = [[f"{300 + i} | {HEAD}", f"prose {WORDS[i]}"] for i in range(4)]
    cleaned = strip_page_furniture(pages)
    assert cleaned.numbers == [300, 301, 302, 303]
    assert cleaned.lines[0] == ["prose alpha"]


def test_section_headings_are_never_taken_for_running_heads() -> None:
    pages = [["PROSECUTION", f"prose {w}", f"more {w}", f"tail {w}"] for w in WORDS[:4]]
    cleaned = strip_page_furniture(pages)
    assert all(lines[0] == "PROSECUTION" for lines in cleaned.lines)


def test_own_page_number_in_the_middle_of_a_page_is_removed() -> None:
    pages = [
        _page([f"left {w}", str(50 + i), f"right {w}", f"a {w}", f"b {w}", f"c {w}"], 50 + i)
        for i, w in enumerate(WORDS[:3])
    ]
    cleaned = strip_page_furniture(pages)
    assert cleaned.numbers == [50, 51, 52]
    assert all(str(n) not in lines for n, lines in zip(cleaned.numbers, cleaned.lines, strict=True))


def test_single_page_keeps_its_text() -> None:
    cleaned = strip_page_furniture([["PERU: Tier 2", "The government investigated 59 cases."]])
    assert cleaned.lines == [["PERU: Tier 2", "The government investigated 59 cases."]]
    assert cleaned.numbers == [1]


PASTED = [
    "PERU: Tier 2",
    "PROSECUTION",
    "The government increased law enforcement efforts. In 2019, it investigated 59",
    "",
    "TRAFFICKING IN PERSONS REPORT",
    "282",
    "cases and convicted 12 traffickers, compared with 70 investigations and",
    "ten convictions in 2018. Officials reported 41 prosecutions.",
    "PROTECTION",
    "The government identified 774 victims.",
]


def test_a_page_number_left_inside_a_text_without_page_breaks_is_dropped() -> None:
    # (and its running foot)
    # A copy of the PDF pasted from a viewer: the page break lost, its number kept.
    assert "282" not in without_page_furniture(PASTED)
    assert "TRAFFICKING IN PERSONS REPORT" not in without_page_furniture(PASTED)
    document = document_from_text("\n".join(PASTED))
    assert "282" not in document.text.split("\n")
    figures = {
        (s.metric, s.value)
        for country in parse_report(document, 2020, CountryMatcher([("PER", "Peru", [])])).countries
        for s in country.statistics
    }
    assert ("investigations", 282) not in figures
    assert ("investigations", 59) in figures


def test_numbers_at_the_top_and_bottom_of_a_text_still_number_its_page() -> None:
    lines = ["283", *PASTED[:3], *PASTED[6:], "284"]
    assert without_page_furniture(lines) == lines


def test_a_number_with_words_is_prose() -> None:
    lines = [*PASTED[:3], "282 cases", *PASTED[6:]]
    assert without_page_furniture(lines) == lines


def test_a_running_foot_with_its_number_inside_the_text_is_dropped() -> None:
    for foot in (
        "282 | TRAFFICKING IN PERSONS REPORT",
        "TRAFFICKING IN PERSONS REPORT JUNE 2015 282",
    ):
        lines = [*PASTED[:4], foot, *PASTED[6:]]
        assert without_page_furniture(lines) == [*PASTED[:4], *PASTED[6:]]


def test_the_running_title_that_opens_the_text_stays_and_tells_the_year() -> None:
    lines = [HEAD, *PASTED[:4], *PASTED[6:]]
    assert without_page_furniture(lines) == lines
    assert report_year_in(document_from_text("\n".join(lines))) == 2015


def test_the_title_in_prose_case_is_no_running_foot() -> None:
    lines = [*PASTED[:4], "Trafficking in Persons Report", *PASTED[6:]]
    assert without_page_furniture(lines) == lines


def test_the_kept_lines_are_told_by_their_places() -> None:
    # A reader that keeps something beside each line (the HTML reader: a heading's mark)
    # follows the lines kept by their places in the page given.
    pages = [
        ["RUNNING HEAD", "PERU: Tier 2", "The government acted.", "10"],
        ["RUNNING HEAD", "PROSECUTION", "Officials were trained.", "11"],
    ]
    cleaned = strip_page_furniture(pages)
    assert cleaned.kept == [[1, 2], [1, 2]]
    pairs = zip(pages, cleaned.kept, strict=True)
    assert cleaned.lines == [[page[i] for i in kept] for page, kept in pairs]
