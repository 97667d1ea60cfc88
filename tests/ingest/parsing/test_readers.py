from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from tests.ingest.html_renderings import saved_from_pdf
from tests.ingest.parsing.fixtures import (
    HAS_UNICODE_FONT,
    RUNNING_HEAD,
    Block,
    PdfBuilder,
    encrypted_pdf,
    scanned_pdf,
    simple_pdf,
    truncated,
)
from tipwatch.ingest.parsing import (
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    FileAccessError,
    NotPdfError,
    ReportReadError,
    ScannedPdfError,
    TextDecodeError,
    UnsupportedFormatError,
    document_from_html,
    document_from_text,
    read_any,
    read_html,
    read_pdf,
    read_text,
)

PROSE = (
    "Authorities strengthened interagency coordination and established specialized "
    "prosecutorial units responsible for investigating transnational trafficking networks. "
    "Investigators documented exploitative recruitment practices, fraudulent employment "
    "contracts, and unreasonable recruitment fees charged by unscrupulous intermediaries. "
    "Labor inspectors conducted unannounced inspections of agricultural plantations, "
    "construction sites, and manufacturing establishments throughout the reporting period. "
)


def _words(text: str) -> list[str]:
    return text.split()


def _two_column_pdf(paragraphs: int = 14, **kwargs: object) -> tuple[bytes, list[str]]:
    """Distinct paragraphs (shuffled words, so that no line repeats across pages)."""
    rng = random.Random(paragraphs)
    words = PROSE.split()
    sentences = []
    for i in range(paragraphs):
        rng.shuffle(words)
        sentences.append(f"Paragraph{i} " + " ".join(words))
    builder = PdfBuilder()
    blocks = [Block("para", (s.strip(),), f"p{i}") for i, s in enumerate(sentences)]
    builder.layout(blocks, columns=2, **kwargs)  # type: ignore[arg-type]
    return builder.output(), [w for s in sentences for w in s.split()]


# --- PDF -------------------------------------------------------------------------------


def test_two_column_pdf_is_read_column_by_column_with_words_intact() -> None:
    data, words = _two_column_pdf(paragraphs=30, interleave=True, first_printed=277)
    document = read_pdf(data)
    assert document.kind == "pdf"
    assert len(document.pages) >= 2
    # Every word comes back once, in order, de-hyphenated, without running heads/folios.
    assert _words(document.text) == words


def test_two_column_pdf_in_stream_column_order_reads_the_same() -> None:
    data, words = _two_column_pdf(paragraphs=30, interleave=False, first_printed=277)
    assert _words(read_pdf(data).text) == words


def test_printed_page_numbers_are_used() -> None:
    data, _ = _two_column_pdf(paragraphs=30, first_printed=277)
    document = read_pdf(data)
    assert [page.number for page in document.pages] == list(range(277, 277 + len(document.pages)))
    for page in document.pages:
        assert RUNNING_HEAD not in page.text
        assert not any(re.fullmatch(r"\d+", line) for line in page.lines())


def test_pdf_without_printed_numbers_uses_physical_index() -> None:
    data, _ = _two_column_pdf(paragraphs=30, first_printed=None)
    document = read_pdf(data)
    assert [page.number for page in document.pages] == list(range(1, len(document.pages) + 1))


def test_naive_extraction_would_interleave_columns() -> None:
    """Guards the fixture: without column handling the text would be scrambled."""
    import pypdfium2 as pdfium

    data, words = _two_column_pdf(paragraphs=30, interleave=True)
    pdf = pdfium.PdfDocument(data)
    naive = pdf[0].get_textpage().get_text_range()
    assert _words(naive)[:40] != list(words[:40])


def test_one_column_pdf(tmp_path: Path) -> None:
    path = tmp_path / "one.pdf"
    path.write_bytes(simple_pdf([["PERU: Tier 2", "The government investigated 59 cases."]]))
    document = read_pdf(path)
    assert document.pages[0].lines() == ["PERU: Tier 2", "The government investigated 59 cases."]
    assert read_pdf(str(path)).pages[0].text == document.pages[0].text


@pytest.mark.skipif(not HAS_UNICODE_FONT, reason="needs DejaVu for ligature glyphs")
def test_pdf_ligatures_and_curly_quotes() -> None:
    data = simple_pdf([["C\u00d4TE D\u2019IVOIRE: Tier 2", "The o\ufb03cials \ufb01led cases."]])
    lines = read_pdf(data).pages[0].lines()
    assert lines == ["C\u00d4TE D\u2019IVOIRE: Tier 2", "The officials filed cases."]


def test_encrypted_pdf_needing_a_password() -> None:
    with pytest.raises(EncryptedPdfError) as caught:
        read_pdf(encrypted_pdf())
    assert str(caught.value).startswith("the file is encrypted: ")
    assert "\n" not in str(caught.value)


def test_pdf_encrypted_with_owner_password_only_is_readable() -> None:
    document = read_pdf(encrypted_pdf(user_password=None))
    assert "PERU: Tier 2" in document.text


def test_scanned_pdf() -> None:
    with pytest.raises(ScannedPdfError) as caught:
        read_pdf(scanned_pdf())
    assert str(caught.value) == "scanned PDF: run OCR first"


def test_truncated_pdf() -> None:
    data, _ = _two_column_pdf()
    with pytest.raises(DamagedPdfError) as caught:
        read_pdf(truncated(data))
    assert str(caught.value).startswith("the PDF is damaged or truncated: ")


def test_garbage_after_pdf_magic_is_damaged() -> None:
    with pytest.raises(DamagedPdfError):
        read_pdf(b"%PDF-1.7\n" + b"\x00garbage" * 100 + b"\n%%EOF\n")


def test_not_a_pdf() -> None:
    with pytest.raises(NotPdfError) as caught:
        read_pdf(b"<html><body>PERU: Tier 2</body></html>")
    assert str(caught.value).startswith("not a PDF: ")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    for reader in (read_pdf, read_text, read_html, read_any):
        with pytest.raises(EmptyFileError) as caught:
            reader(path)
        assert str(caught.value) == "the file is empty"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileAccessError) as caught:
        read_any(tmp_path / "nope.pdf")
    assert str(caught.value).startswith("cannot read the file: ")
    assert isinstance(caught.value, ValueError)


def test_errors_are_report_read_errors() -> None:
    for error in (EmptyFileError, NotPdfError, ScannedPdfError, UnsupportedFormatError):
        assert issubclass(error, ReportReadError)
    assert issubclass(ReportReadError, ValueError)


# --- dispatch ------------------------------------------------------------------------


def test_read_any_dispatches_on_content(tmp_path: Path) -> None:
    pdf = tmp_path / "report.txt"  # the name lies: the content decides
    pdf.write_bytes(simple_pdf([["PERU: Tier 2", "Prose."]]))
    assert read_any(pdf).kind == "pdf"

    page = tmp_path / "peru.pdf"
    page.write_text("<!DOCTYPE html><html><body><h2>Peru: Tier 2</h2><p>Prose.</p></body></html>")
    assert read_any(page).kind == "html"

    fragment = tmp_path / "fragment"
    fragment.write_text("<h2>Peru: Tier 2</h2><p>Prose.</p>")
    assert read_any(fragment).kind == "html"

    text = tmp_path / "report.html"
    text.write_text("PERU: Tier 2\nThe government investigated 59 cases.\n")
    assert read_any(text).kind == "text"


def test_read_any_rejects_binary_junk() -> None:
    with pytest.raises(UnsupportedFormatError) as caught:
        read_any(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert str(caught.value).startswith("unsupported file type: ")
    with pytest.raises(UnsupportedFormatError):
        read_any(b"\xff\xfe\xfa caf\xe9")


def test_read_text_rejects_invalid_utf8() -> None:
    with pytest.raises(TextDecodeError):
        read_text(b"caf\xe9 au lait")


# --- text ----------------------------------------------------------------------------


def test_text_form_feeds_separate_pages_and_furniture_is_removed() -> None:
    head = "TRAFFICKING IN PERSONS REPORT JUNE 2015"
    pages = [
        f"{head}\nPERU: Tier 2\nThe government investigated traffick-\ning cases.\n\n101",
        f"{head}\nPROSECUTION\nAuthorities convicted nine traffickers.\n\n102",
        f"{head}\nPROTECTION\nOfficials identified 12 victims in Lima.\n\n103",
    ]
    document = document_from_text("\f".join(pages))
    assert [page.number for page in document.pages] == [101, 102, 103]
    assert document.pages[0].lines() == [
        "PERU: Tier 2",
        "The government investigated trafficking",
        "cases.",
    ]
    assert head not in document.text


def test_text_without_form_feeds_is_one_page() -> None:
    document = read_text(b"\xef\xbb\xbfPERU: Tier 2\nProse.\n")
    assert len(document.pages) == 1
    assert document.pages[0].lines() == ["PERU: Tier 2", "Prose."]


# --- HTML ----------------------------------------------------------------------------


def test_html_headings_and_bold_paragraphs_are_marked() -> None:
    markup = """<html><head><title>Peru</title><script>var s = "<p>CUBA: Tier 3</p>";</script>
    <style>p{}</style></head><body><nav><a>Peru: Tier 1</a></nav>
    <h2>Peru: Tier 2</h2><p>The Government of Peru does not fully meet the minimum
    standards &amp; more.</p><p><strong>Prosecution</strong></p>
    <p><b>Protection</b> The government identified 12 victims.</p>
    <ul><li>one</li><li>two</li></ul></body></html>"""
    page = document_from_html(markup).pages[0]
    assert page.lines() == [
        "Peru: Tier 2",
        "The Government of Peru does not fully meet the minimum standards & more.",
        "Prosecution",
        "Protection",
        "The government identified 12 victims.",
        "one",
        "two",
    ]
    assert page.heading_lines == frozenset({0, 2, 3})


def test_html_rejoins_a_word_hyphenated_at_a_br_as_the_text_reader_does() -> None:
    # HTML made from a PDF (pdftohtml) ends each printed line with a <br>: a word broken
    # there is one word, a compound keeps its hyphen, as in the text reader.
    markup = (
        "<p><b>PERU: Tier 2</b><br>Authorities prose-<br>cuted 75 suspects under the anti-<br>"
        "trafficking law and identi-<br>fied<br><b>PROSECUTION</b><br>The govern-<br>"
        "ment convicted 12.</p><p>A double break is no line's end: pre-<br><br>vented.</p>"
    )
    page = document_from_html(markup).pages[0]
    text = "\n".join(
        [
            "PERU: Tier 2",
            "Authorities prose-",
            "cuted 75 suspects under the anti-",
            "trafficking law and identi-",
            "fied",
            "PROSECUTION",
            "The govern-",
            "ment convicted 12.",
        ]
    )
    assert page.lines()[:-2] == document_from_text(text).pages[0].lines()
    assert page.lines() == [
        "PERU: Tier 2",
        "Authorities prosecuted",
        "75 suspects under the anti-trafficking",
        "law and identified",
        "PROSECUTION",
        "The government",
        "convicted 12.",
        "A double break is no line's end: pre-",
        "vented.",
    ]
    assert page.heading_lines == frozenset({0, 4})


def test_html_saved_from_a_pdf_reads_its_hyphenated_words_whole() -> None:
    # The pdftohtml rendering the invariance check uses (tests/ingest/html_renderings.py).
    text = (
        "PERU: Tier 2\nPROSECUTION\nThe government increased law enforcement efforts and "
        "prose-\ncuted 75 suspects under its anti-\ntrafficking law, compared with 60 in "
        "2019, and identi-\nfied 40 victims.\nPROTECTION\nThe government maintained efforts."
    )
    # Its page break cuts the longest line in two: the words are the text reader's.
    page = document_from_html(saved_from_pdf(text)).pages[0]
    assert _words(page.text) == _words(document_from_text(text).text)
    assert "prosecuted" in page.text
    assert "anti-trafficking" in page.text
    assert "identified" in page.text
    assert {page.lines()[i] for i in page.heading_lines} == {
        "PERU: Tier 2",
        "PROSECUTION",
        "PROTECTION",
    }


def test_html_page_markers() -> None:
    markup = (
        '<div data-page="278"><p>PERU: Tier 2</p><p>First.</p></div>'
        "<!-- page 279 --><p>Second.</p>"
        '<section data-page-number="280"><p>Third.</p></section>'
    )
    document = document_from_html(markup)
    assert [page.number for page in document.pages] == [278, 279, 280]
    assert document.pages[1].text == "Second."


def test_html_without_text_is_empty() -> None:
    with pytest.raises(EmptyFileError):
        document_from_html("<html><body><script>x()</script></body></html>")
