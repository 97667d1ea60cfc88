"""The one step that evens out how a text is written before the claim reader sees it, keeping
for every character where it came from, so that what is read can be quoted in the writer's own
text.

Real text reaches the reader in many forms that say the same thing: copied from web pages
(no-break and zero-width spaces, soft hyphens, a byte-order mark), from PDFs (doubled spaces,
Windows line ends), typed on Spanish keyboards (an acute accent, U+00B4, for the
apostrophe) or with stray control characters. The rules are written for plain text, so each of
these is made plain here, once, instead of in every rule:

* an HTML entity left in text taken from a feed or a page escaped twice ("&quot;", "&#8217;",
  "&nbsp;") is the character it stands for (and that character is made plain in turn);
* invisible characters are dropped: zero-width spaces and joiners, word joiner, soft hyphen,
  byte-order mark;
* every kind of space (no-break, narrow no-break, thin, ideographic, ...) and the tab is a
  plain space, and a run of them one space, none at either end of a line (a PDF's justified
  line copied out: "the\r\n U.S. State Department's" is "the\nU.S. State Department's");
* "\\r\\n" and a lone "\\r" are a line break "\\n";
* a word a PDF broke at a line's end is whole again ("down-\\ngraded" is "downgraded"), but a
  compound keeps its hyphen ("second-\\nlowest", "Guinea-\\nBissau", "Tier-\\n2");
* an acute accent, grave accent or prime written after a letter is an apostrophe;
* other control characters (NUL ...) and lone surrogates, which no writer means, are a space.

What `text.fold` does (case, accents, curly quotes, dashes) is left to it: it keeps offsets too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
# Every space separator of Unicode (category Zs) but the plain space, and the tab.
_SPACES = frozenset("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                    "\u200a\u202f\u205f\u3000")  # fmt: skip
_APOSTROPHE_LIKE = frozenset("\u00b4`\u2032")
# Anything that may need a change; text without it is returned as it is.
_NEEDS_WORK = re.compile(
    "[^\\x20-\\x7e\\n\\u00c0-\\u024f\\u2010-\\u2014\\u2018-\\u201d\\u00ab\\u00bb\\u00a1\\u00bf"
    "\\u00b0\\u00ba\\u00aa]|  |`|&[#A-Za-z]|-[ \\t]*\\r?\\n| \\?[^\\W\\d_]"
)
# Quotation marks a page lost to question marks in a change of encoding: "colocó a México en
# la ?Fila Dos? de la cooperación". One opens after a space before a word; the one that closes
# it is followed by a word in lower case (a question mark ends a sentence before a capital).
_LOST_QUOTES = re.compile(
    r"(?<= )\?(?=[^\W\d_])[^?\n]{1,60}?(?P<close>\?)(?= [^\W\d_]*[^\W\d_A-Z])"
)
# A hyphen at a line's end, between letters or digits: a word or a compound the line break cut.
_BROKEN_AT_HYPHEN = re.compile(r"(?<=[^\W_])-(?P<gap>[ \t]*\r?\n[ \t]*)(?=\w)")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
# The first words of the compounds the press writes with a hyphen ("second-lowest", "so-called",
# "non-compliant", "ex-presidente"): broken after one, the hyphen is the compound's own.
_COMPOUND_FIRST = frozenset((
    "first", "second", "third", "top", "bottom", "lowest", "highest", "low", "high", "worst",
    "best", "well", "so", "non", "self", "co", "anti", "long", "short", "two", "three", "four",
    "five", "year", "multi", "cross", "counter", "ex", "socio", "franco", "tier",
))  # fmt: skip
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Normalised:
    """The text as the reader sees it; its character i was written in original[origin[i] :
    ends[i]] (one character, or the HTML entity it stands for). `origin` None: the text is
    the original's, character for character."""

    text: str
    original: str
    origin: list[int] | None = None
    ends: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of text[start:end]: from the first character's origin to just
        after the last one's (characters dropped inside it are inside it)."""
        if self.origin is None or self.ends is None:
            return start, end
        if start >= end:
            at = self.origin[start] if start < len(self.text) else len(self.original)
            return at, at
        return self.origin[start], self.ends[end - 1]

    def quote(self, start: int, end: int) -> str:
        """The writer's own text of text[start:end]."""
        first, last = self.span(start, end)
        return self.original[first:last]


def normalise(text: str) -> Normalised:
    if not _NEEDS_WORK.search(text):
        return Normalised(text, text)
    chars: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    dropped = _line_end_hyphens(text)
    quotes = _lost_quotes(text)
    for index, end, ch in _characters(text):
        if ch in _INVISIBLE or index in dropped:
            continue
        if index in quotes:
            ch = '"'
        if ch == "\r":
            if text.startswith("\n", index + 1):
                continue  # the "\n" that follows stands for both
            ch = "\n"
        elif ch in _SPACES:
            ch = " "
        elif ch in _APOSTROPHE_LIKE and chars and chars[-1].isalpha():
            ch = "'"
        elif _is_noise(ch):
            ch = " "
        if ch == " " and chars and chars[-1] in " \n":
            continue  # one space for a run of them, none at a line's start
        if ch == "\n" and chars and chars[-1] == " ":
            chars.pop(), origin.pop(), ends.pop()  # nor at its end
        chars.append(ch)
        origin.append(index)
        ends.append(end)
    return Normalised("".join(chars), text, origin, ends)


def _lost_quotes(text: str) -> set[int]:
    """The offsets of question marks that stand for lost quotation marks."""
    if "?" not in text:
        return set()
    return {
        offset
        for match in _LOST_QUOTES.finditer(text)
        for offset in (match.start(), match.start("close"))
    }


def _line_end_hyphens(text: str) -> set[int]:
    """The offsets of the hyphens and line breaks to drop where a PDF's line end broke a word:
    the hyphen too when the word goes on in lower case and is no compound."""
    dropped: set[int] = set()
    if "\n" not in text:
        return dropped
    for match in _BROKEN_AT_HYPHEN.finditer(text):
        dropped.update(range(match.start("gap"), match.end("gap")))
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        after = text[match.end()]
        if after.islower() and before and before.group().lower() not in _COMPOUND_FIRST:
            dropped.add(match.start())
    return dropped


def _characters(text: str) -> Iterator[tuple[int, int, str]]:
    """Each character of `text` with the span it was written in: its own, or for the
    characters an HTML entity stands for, the entity's."""
    position = 0
    for match in _ENTITY.finditer(text) if "&" in text else ():
        decoded = html.unescape(match.group())
        if decoded == match.group():
            continue  # not an entity HTML knows: plain text
        for index in range(position, match.start()):
            yield index, index + 1, text[index]
        for ch in decoded:
            yield match.start(), match.end(), ch
        position = match.end()
    for index in range(position, len(text)):
        yield index, index + 1, text[index]


def _is_noise(ch: str) -> bool:
    """A control character other than the line break, or half of a surrogate pair."""
    code = ord(ch)
    return (code < 0x20 and ch != "\n") or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000
