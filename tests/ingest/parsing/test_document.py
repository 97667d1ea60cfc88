from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from tipwatch.ingest.parsing import Document, Page, PagedText, Span, document_from_text
from tipwatch.ingest.parsing.sentences import sentence_spans, split_sentences

_spans = st.lists(
    st.tuples(st.integers(min_value=1, max_value=600), st.text(min_size=0, max_size=12)),
    max_size=12,
)


@given(_spans)
def test_paged_text_attributes_every_character(pieces: list[tuple[int, str]]) -> None:
    paged = PagedText(Span(page, text) for page, text in pieces)
    assert paged.text == "".join(text for _, text in pieces)
    expected_pages = [page for page, text in pieces for _ in text]
    assert [paged.page_at(i) for i in range(len(paged.text))] == expected_pages


@given(_spans, st.integers(min_value=0, max_value=80), st.integers(min_value=0, max_value=80))
def test_paged_text_slices_keep_pages(pieces: list[tuple[int, str]], a: int, b: int) -> None:
    paged = PagedText(Span(page, text) for page, text in pieces)
    start, end = sorted((min(a, len(paged)), min(b, len(paged))))
    part = paged.slice(start, end)
    assert part.text == paged.text[start:end]
    for offset in range(len(part.text)):
        assert part.page_at(offset) == paged.page_at(start + offset)


def test_word_broken_over_a_page_turn_is_joined_on_the_first_page() -> None:
    document = document_from_text("PERU: Tier 2\nThe government investigated traffick-\fing cases.")
    assert [page.text for page in document.pages] == [
        "PERU: Tier 2\nThe government investigated trafficking",
        "cases.",
    ]


def test_document_text_and_length() -> None:
    document = Document([Page(3, "a\nb"), Page(4, "c")])
    assert document.text == "a\nb\nc"
    assert len(document) == 2
    assert document.pages[0].lines() == ["a", "b"]


def test_sentences_respect_abbreviations() -> None:
    text = (
        "The U.S. government and Dr. Smith met officials. Article No. 5 applies. "
        "It took effect in Jan. 2014. Next sentence.\nA new paragraph."
    )
    assert split_sentences(text) == [
        "The U.S. government and Dr. Smith met officials.",
        "Article No. 5 applies.",
        "It took effect in Jan. 2014.",
        "Next sentence.",
        "A new paragraph.",
    ]
    for start, end in sentence_spans(text):
        assert text[start:end] == text[start:end].strip()


def test_a_span_survives_pickling_as_narratives_read_in_a_child_do() -> None:
    span = Span(12, "Peru is a source country.")
    copy = pickle.loads(pickle.dumps(span, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == span
    assert type(copy) is Span
    assert pickle.loads(pickle.dumps(PagedText([span, Span(13, " And more.")]))).text == (
        "Peru is a source country. And more."
    )
