"""Character and line level clean-up shared by every reader.

- ligatures (ﬁ, ﬂ, ...) expanded, exotic spaces turned into spaces, zero-width
  characters dropped, runs of blanks collapsed, lines stripped;
- hyphenated line ends joined when the next line starts with a lowercase letter
  ("traffick-" / "ing" -> "trafficking"), keeping the hyphen for common prefixes
  and number words ("anti-" / "trafficking" -> "anti-trafficking").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_TRANSLATE = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00a0": " ",
        "\u2000": " ",
        "\u2001": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2004": " ",
        "\u2005": " ",
        "\u2006": " ",
        "\u2007": " ",
        "\u2008": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u205f": " ",
        "\u3000": " ",
        "\t": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        # PDFium reports a line-end hyphen it generated as \x02; a soft hyphen left at a
        # line's end likewise (inside a line it is dropped first, see `_drop_inner_soft_hyphens`).
        "\x02": "-",
        "\u00ad": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\r": "\n",
        "\x0b": "\n",
        "\x00": "",
    }
)

_BLANKS = re.compile(r" {2,}")

# A hyphen after these word starts is a real hyphen, even when the line breaks there.
_KEEP_HYPHEN_PREFIXES = frozenset(
    {
        "anti",
        "non",
        "self",
        "cross",
        "well",
        "quasi",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
    }
)

# PDFium joins a word hyphenated across a line break itself, leaving U+FFFE (full page
# text) or \x02 (bounded text) where the hyphen was: "govern\x02ment". Sometimes the
# line break stays: "govern\x02\r\nment".
_PDFIUM_HYPHEN = re.compile(r"[\ufffe\x02](?:\r?\n)?")
_TRAILING_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]*$")
_LAST_WORD = re.compile(r"([A-Za-z\u00c0-\u024f]+)-$")
_FIRST_WORD = re.compile(r"^(\S+)\s*")


# A soft hyphen (U+00AD) marks where a word may break. Inside a line it is invisible: a web
# page hyphenated by hand ("traf&shy;ficking") shows the word whole, and its text copy keeps
# the mark. Only at a line's end did the word break there, and it stands for the hyphen.
_INNER_SOFT_HYPHEN = re.compile(r"\u00ad+(?=[^\s\u00ad])")


def _drop_inner_soft_hyphens(text: str) -> str:
    return _INNER_SOFT_HYPHEN.sub("", text) if "\u00ad" in text else text


# The report sets an aside off with an em dash ("identified 17 victims\u2014the same number
# as ..."), and the figures are read by it. Copies write that dash otherwise: "--" in text
# copies (the old state.gov text pages, lynx), a spaced en dash " \u2013 " on news sites and
# in Word's autocorrected copies. Both are read as the em dash; an en dash between two
# numbers is a range ("2019 \u2013 2020") and stays, as does a longer run of hyphens (a rule).
_DASH_STANDINS = re.compile(r"(?<![-\u2013])--(?![-\u2013])|(?<!\d) \u2013 | \u2013 (?!\d)")


def _standard_dashes(text: str) -> str:
    if "--" not in text and " \u2013 " not in text:
        return text
    # "--" becomes the dash itself; a spaced en dash a spaced em dash.
    return _DASH_STANDINS.sub(
        lambda match: "\u2014" if match.group(0) == "--" else " \u2014 ", text
    )


def normalise_line(line: str) -> str:
    """Clean one line (no newlines expected in the result)."""
    line = _standard_dashes(_drop_inner_soft_hyphens(line).translate(_TRANSLATE))
    if "  " in line:
        line = _BLANKS.sub(" ", line)
    return line.strip()


def _resolve_pdfium_hyphens(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for match in _PDFIUM_HYPHEN.finditer(text):
        start = match.start()
        letters = _TRAILING_LETTERS.search(text, max(position, start - 30), start)
        fragment = letters.group(0) if letters else ""
        following = text[match.end() : match.end() + 1]
        keep = fragment.lower() in _KEEP_HYPHEN_PREFIXES or not following.islower()
        pieces.append(text[position:start])
        if keep:
            pieces.append("-")
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


def normalise_text(text: str) -> list[str]:
    """Split ``text`` into normalised lines (CRLF, CR and LF are all line breaks)."""
    if "\ufffe" in text or "\x02" in text:
        text = _resolve_pdfium_hyphens(text)
    text = _drop_inner_soft_hyphens(text.replace("\r\n", "\n")).translate(_TRANSLATE)
    text = _standard_dashes(text)
    out = []
    for line in text.split("\n"):
        if "  " in line:
            line = _BLANKS.sub(" ", line)
        out.append(line.strip())
    return out


def hyphen_join(previous: str, following: str) -> str | None:
    """How to join two consecutive lines when ``previous`` ends with a hyphen.

    Returns "" to drop the hyphen and glue the word ("traffick-" + "ing"), "-" to
    keep the hyphen and glue ("anti-" + "trafficking", "Tier 2-" + "Watch"), or
    None when ``previous`` does not end with a hyphen attached to a word.
    """
    if not previous.endswith("-") or len(previous) < 2 or previous[-2] == " ":
        return None
    if not following:
        return None
    match = _LAST_WORD.search(previous)
    if match and following[0].islower():
        fragment = match.group(1).lower()
        # A hyphenated compound already ("long-term-") or a known prefix keeps it.
        word_start = match.start(1)
        if word_start > 0 and previous[word_start - 1] == "-":
            return "-"
        return "-" if fragment in _KEEP_HYPHEN_PREFIXES else ""
    return "-"


def dehyphenate_lines(lines: Iterable[str]) -> list[str]:
    """Join words broken across lines, moving the tail of the word up a line.

    ``["traffick-", "ing victims"]`` -> ``["trafficking", "victims"]``. Lines
    are expected to be normalised already; blank lines are kept.
    """
    out: list[str] = list(lines)
    index = 0
    while index < len(out) - 1:
        previous = out[index]
        following = out[index + 1]
        joiner = hyphen_join(previous, following) if previous.endswith("-") else None
        match = _FIRST_WORD.match(following) if joiner is not None else None
        if joiner is None or match is None:
            index += 1
            continue
        head = previous if joiner == "-" else previous[:-1]
        out[index] = head + match.group(1)
        rest = following[match.end() :]
        if rest:
            out[index + 1] = rest
            index += 1
        else:
            # The next line was only the end of the word: it goes, and the joined word
            # may itself end with a hyphen that continues on the line after.
            del out[index + 1]
    return out


def join_line(previous: str, following: str) -> tuple[str, str]:
    """Join two lines of running prose.

    Returns ``(new_previous, separator)``: the previous text possibly with its
    hyphen removed, and the separator to put before ``following``.
    """
    if previous.endswith(("\u2014", "/")) or following.startswith("\u2014"):
        return previous, ""
    joiner = hyphen_join(previous, following)
    if joiner is None:
        return previous, " "
    if joiner == "":
        return previous[:-1], ""
    return previous, ""
