"""The step that makes a text plain before the claim reader sees it (`claims.normalise`): what
it changes, what it leaves, that every character keeps its place in the text as written, and
that hostile input (control characters, lone surrogates, very long text) does not break it.

Pure Python; the sentences are invented."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import gazetteer_of, has
from tipwatch.briefings.claims import Gazetteer, read_text
from tipwatch.briefings.claims.normalise import normalise


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return gazetteer_of({"PER": ["Peru", "Perú"], "CHL": ["Chile"], "BOL": ["Bolivia"]})


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Tier\u00a02", "Tier 2"),  # no-break space
        ("Tier\u202f2", "Tier 2"),  # narrow no-break space
        ("Tier\u2009\u20092", "Tier 2"),  # thin spaces, a run of them
        ("Tier\t2", "Tier 2"),
        ("Tier  2", "Tier 2"),
        ("Tier \u00a0 2", "Tier 2"),
        ("Tier\u3000\u20052", "Tier 2"),
        ("down\u00adgraded", "downgraded"),  # soft hyphen
        ("Peru\u200b remains", "Peru remains"),  # zero-width space
        ("\ufeffPeru", "Peru"),  # byte-order mark
        ("Pe\u200c\u200d\u2060ru", "Peru"),  # zero-width (non-)joiners, word joiner
        ("Tier 2.\r\nPeru", "Tier 2.\nPeru"),
        ("Tier 2.\rPeru", "Tier 2.\nPeru"),
        ("Tier 2.\r\n\r\nPeru", "Tier 2.\n\nPeru"),
        ("country\u00b4s", "country's"),  # acute accent for an apostrophe
        ("country`s", "country's"),
        ("country\u2032s", "country's"),  # prime
        ("Tier\x002", "Tier 2"),  # NUL
        ("Tier\x07\x1b2", "Tier 2"),  # other C0 controls: one space for the run
        ("Tier\x852", "Tier 2"),  # a C1 control
        ("Chile\ud800 is", "Chile is"),  # a lone surrogate
        ("the &quot;Tier 3&quot; list", 'the "Tier 3" list'),  # HTML entities of a feed
        ("the country&#8217;s rank", "the country\u2019s rank"),
        ("Tier&nbsp;2 &amp; more", "Tier 2 & more"),
        ("Tier&#xA0;&#xa0;2", "Tier 2"),  # each entity made plain in turn
        ("Pe&#8203;ru", "Peru"),
        ("Tier&#0;2", "Tier\ufffd2"),  # HTML's own replacement for a NUL
        # A word a PDF broke at a line's end is whole again; a compound keeps its hyphen.
        ("was down-\ngraded to", "was downgraded to"),
        ("was down- \r\n  graded to", "was downgraded to"),
        ("the second-\nlowest tier", "the second-lowest tier"),
        ("the so-\ncalled blacklist", "the so-called blacklist"),
        ("Guinea-\nBissau", "Guinea-Bissau"),
        ("Tier-\n2", "Tier-2"),
        ("Tier-\ntwo", "Tier-two"),
        ("Tier 2-\nWatch List", "Tier 2-Watch List"),
        ("in 2019-\n2020", "in 2019-2020"),
        ("Tier 2-\nwatch list", "Tier 2-watch list"),  # no word ends in a figure
        # A PDF's justified lines copied out: no space at either end of a line.
        ("on the\r\n U.S. State  Department's", "on the\nU.S. State Department's"),
        ("Tier  \n3", "Tier\n3"),
        ("Peru  \n\n  Chile", "Peru\n\nChile"),
    ],
)
def test_what_is_made_plain(written: str, plain: str) -> None:
    assert normalise(written).text == plain


@pytest.mark.parametrize(
    "written",
    [
        "Peru remains on Tier 2.",
        "Perú descendió al Nivel 3 de la «lista negra» — según el informe.",
        "the country\u2019s \u201cTier 2 Watch List\u201d ranking",
        "Tier 2\u2013Watch List",
        "¿Sigue Perú en el nivel 2?",
        "Peru\u0301",  # a combining accent is text.fold's to take off
        "\u00b4Peru",  # an accent with no letter before it is no apostrophe
        "Tier 2.\nPeru\n\nChile",
        "AT&T and R&D; &unknown; &",  # no entity HTML knows
        "Tier 2 -\n- Peru",  # a list item after a dash
        "Peru-\n\nChile",  # a paragraph's end
    ],
)
def test_plain_text_is_left_as_written(written: str) -> None:
    assert normalise(written).text == written


def test_plain_ascii_needs_no_map() -> None:
    plain = normalise("Peru remains on Tier 2.")
    assert plain.origin is None
    assert plain.span(5, 12) == (5, 12)
    assert plain.quote(0, 4) == "Peru"


def test_offsets_point_into_the_text_as_written() -> None:
    written = "\ufeffPeru  was down\u00adgraded\u200b to Tier\u00a03."
    plain = normalise(written)
    assert plain.text == "Peru was downgraded to Tier 3."
    assert plain.origin is not None
    assert len(plain.origin) == len(plain.text)
    assert all(written[o] == c for o, c in zip(plain.origin, plain.text, strict=True) if c != " ")
    start = plain.text.index("downgraded")
    # A dropped character inside a span is inside the writer's quote; one after it is not.
    assert plain.quote(start, start + len("downgraded")) == "down\u00adgraded"
    assert plain.quote(0, 4) == "Peru"
    tier = plain.text.index("Tier")
    assert plain.quote(tier, tier + 6) == "Tier\u00a03"
    assert plain.span(len(plain.text), len(plain.text)) == (len(written), len(written))
    assert plain.span(3, 3) == (4, 4)


def test_a_word_broken_at_a_line_end_is_quoted_as_written(names: Gazetteer) -> None:
    written = "Peru was down-\ngraded to Tier 3 in 2019."
    [claim] = read_text(written, names, "en").claims
    assert has([claim], kind="change", countries=["PER"], tier="3")
    assert claim.text == "Peru was down-\ngraded to Tier 3 in 2019"


def test_an_entity_is_quoted_whole() -> None:
    written = "Peru is on the &quot;Tier 2 Watch List&quot;."
    plain = normalise(written)
    assert plain.text == 'Peru is on the "Tier 2 Watch List".'
    start = plain.text.index('"')
    assert plain.quote(start, start + len('"Tier 2 Watch List"')) == (
        "&quot;Tier 2 Watch List&quot;"
    )
    assert plain.span(start, start + 1) == (15, 21)


def test_a_claim_is_quoted_and_placed_in_the_text_as_written(names: Gazetteer) -> None:
    written = "Chile is on Tier 1.\r\n\r\nPeru  was down\u00adgraded to Tier\u00a03\u200b in 2019."
    claims = read_text(written, names, "en").claims
    assert has(claims, kind="change", countries=["PER"], tier="3", year=2019)
    change = next(c for c in claims if c.countries == ("PER",))
    assert change.text == written[change.span[0] : change.span[1]]
    assert change.text.startswith("Peru  was down\u00adgraded to Tier\u00a03")


def test_a_sentence_not_checked_is_placed_in_the_text_as_written(names: Gazetteer) -> None:
    written = "Chile\u200b is on Tier 1.\r\n\r\nPeru is ranked\x00 somewhere in the tiers."
    reading = read_text(written, names, "en")
    assert has(reading.claims, kind="tier", countries=["CHL"], tier="1")
    [sentence] = reading.unchecked
    assert sentence.text == written[sentence.start : sentence.end]
    assert sentence.text == "Peru is ranked\x00 somewhere in the tiers."


@pytest.mark.parametrize(
    ("typed", "copied"),
    [
        (
            "Peru, Chile and Bolivia were downgraded to Tier 3 in 2019.",
            "Peru,\u200b Chile,\u200b and\u200b Bolivia were down\u00adgraded to "
            "Tier\u00a03 in 2019.",
        ),
        (
            "Peru remains on the Tier 2 Watch List for the third consecutive year.",
            "Peru remains on the Tier\u00a02 Watch\u00a0List for the third con\u00adsecutive year.",
        ),
        (
            "Peru and Chile dropped from the Tier 2 Watch List to join Tier 3 in 2014.",
            "Peru  and Chile dropped  from the  Tier 2  Watch List  to join  Tier 3  in 2014.",
        ),
    ],
)
def test_text_copied_from_the_web_or_a_pdf_reads_as_typed(
    typed: str, copied: str, names: Gazetteer
) -> None:
    assert [c.structured() for c in read_text(copied, names, "en").claims] == [
        c.structured() for c in read_text(typed, names, "en").claims
    ]


def test_hostile_input_is_read_without_error(names: Gazetteer) -> None:
    hostile = "Peru\x00\ud800\udfff\ufffe is on Tier\x00 3.\x00" * 50
    reading = read_text(hostile, names, "en")
    for claim in reading.claims:
        assert claim.text == hostile[claim.span[0] : claim.span[1]]


def test_a_long_input_is_made_plain_with_every_offset() -> None:
    # About 400 KB of web copy: no-break spaces, soft hyphens and doubled spaces throughout.
    # (How long it takes is a benchmark's question, not a test's: a shared machine's timing
    # would make the test flaky.)
    written = "Peru\u00a0was  down\u00adgraded to Tier\u00a03. " * 10_000
    plain = normalise(written)
    assert plain.text == "Peru was downgraded to Tier 3. " * 10_000
    assert plain.origin is not None
    assert plain.origin[-1] == len(written) - 1
