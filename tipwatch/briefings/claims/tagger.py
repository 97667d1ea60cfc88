"""Replace the names, tiers, numbers, ordinals and years in a sentence by tokens.

"Peru remains on Tier 2" becomes "⟦C0⟧ remains on ⟦T1⟧", so that the claim patterns can be
written over the shape of the sentence. Each tagged character remembers where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import folded_spans, lexicon
from .gazetteer import Gazetteer, Mention
from .text import Folded

OPEN, CLOSE = "\u27e6", "\u27e7"
TOKEN = re.compile(rf"{OPEN}(?P<kind>[A-Z])(?P<index>\d+){CLOSE}")
_PRIORITY = {"T": 0, "X": 0, "G": 1, "C": 2, "Y": 3, "O": 4, "N": 5}


@dataclass(frozen=True)
class Token:
    kind: str  # C country, G group, T tier, X not a tier, N number, O ordinal, Y year
    value: str
    start: int  # folded offsets
    end: int


@dataclass(frozen=True)
class Tagged:
    text: str
    tokens: list[Token]
    starts: list[int]
    ends: list[int]

    def folded_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]

    def tokens_in(self, fragment: str | None, kind: str | None = None) -> list[Token]:
        if not fragment:
            return []
        found = [self.tokens[int(m.group("index"))] for m in TOKEN.finditer(fragment)]
        return [t for t in found if kind is None or t.kind == kind]

    def token_at(self, position: int) -> Token | None:
        match = TOKEN.match(self.text, position)
        return self.tokens[int(match.group("index"))] if match else None


def _one_country_two_names(tokens: list[Token], text: str) -> list[Token]:
    """ "Burma/Myanmar", "Swaziland/Eswatini": two names of one country joined by a slash are
    one name, so that a list runs on through them."""
    merged: list[Token] = []
    for token in tokens:
        last = merged[-1] if merged else None
        if (
            last is not None
            and token.kind == last.kind == "C"
            and token.value == last.value
            and text[last.end : token.start].strip() == "/"
        ):
            merged[-1] = Token("C", token.value, last.start, token.end)
            continue
        merged.append(token)
    return merged


def _unmarked_list_breaks(tokens: list[Token], text: str) -> set[int]:
    """The tokens of a comma list that follow the name before them with no comma: "Armenia,
    Bahrain, Belarus Bosnia, Cambodia", "Belize, Guyana St Lucia, ...". Two names with only a
    blank between them are two of the list's names when a comma stands before the first or
    after the second; anywhere else ("the Peru Bolivia border") they are left as they are."""
    breaks: set[int] = set()
    for index in range(1, len(tokens)):
        first, second = tokens[index - 1], tokens[index]
        if first.kind != "C" or second.kind != "C" or first.start == first.end:
            continue
        if second.start == second.end or text[first.end : second.start] != " ":
            continue
        before = text[: first.start].rstrip()
        after = text[second.end :].lstrip()
        if before.endswith(",") or after.startswith(","):
            breaks.add(index)
    return breaks


def tag(
    folded: Folded,
    original: str,
    gazetteer: Gazetteer,
    extra: Iterable[Token] = (),
    tiers: list[folded_spans.Found] | None = None,
    mentions: list[Mention] | None = None,
) -> Tagged:
    """Tag one sentence; `folded` is `text.fold(original)`. `extra` are tokens found by the
    caller, such as a pronoun standing for a country named earlier; `tiers` and `mentions` the
    sentence's tiers and names, when the caller has found them already (`lexicon.find_tiers`,
    `Gazetteer.find`)."""
    if mentions is None:
        mentions = gazetteer.find(folded.text, original, folded.origin)
    candidates: list[Token] = [
        Token(mention.kind, mention.code, mention.start, mention.end) for mention in mentions
    ]
    candidates += extra
    for kind, (start, end, value) in lexicon.iter_all(folded.text, tiers):
        # A tier word that is not a tier ("special watch list") is kept apart as X.
        candidates.append(Token("X" if kind == "T" and not value else kind, value, start, end))
    # Longest first; a zero-width token (an implied subject) never overlaps anything.
    candidates.sort(key=lambda t: (-(t.end - t.start), _PRIORITY[t.kind], t.start))
    chosen: list[Token] = []
    taken = [False] * len(folded.text)
    for token in candidates:
        if any(taken[token.start : token.end]):
            continue
        for i in range(token.start, token.end):
            taken[i] = True
        chosen.append(token)
    # ... but one inside another token's words ("el nivel 2, bajo observación" is one tier, and
    # its "bajo" no verb with a subject of its own) would split that token's label.
    chosen = [
        t for t in chosen if t.start != t.end or not any(o.start < t.start < o.end for o in chosen)
    ]
    chosen.sort(key=lambda t: t.start)
    chosen = _one_country_two_names(chosen, folded.text)

    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    unmarked = _unmarked_list_breaks(chosen, folded.text)
    for index, token in enumerate(chosen):
        if index in unmarked:
            # The comma a list left out, set where the blank between its names begins.
            pieces.append(",")
            starts.append(position)
            ends.append(position + 1)
        for i in range(position, token.start):
            pieces.append(folded.text[i])
            starts.append(i)
            ends.append(i + 1)
        label = f"{OPEN}{token.kind}{index}{CLOSE}"
        pieces.append(label)
        starts.extend([token.start] * len(label))
        ends.extend([token.end] * len(label))
        position = token.end
    for i in range(position, len(folded.text)):
        pieces.append(folded.text[i])
        starts.append(i)
        ends.append(i + 1)
    return Tagged(_even_out("".join(pieces)), chosen, starts, ends)


# Quotation marks of any kind as the plain one the rules allow around a tier ("el llamado
# «nivel 3»"), and Spanish "del" before a tier as "de" and the article the rules allow there
# ("forman parte del nivel 3" like "forman parte de la lista negra"). Both keep every
# character's place, so positions in the tagged text still map to the sentence.
_QUOTES = re.compile("[\u00ab\u00bb\u201c\u201d\u201e\u2033]")
_DEL_BEFORE_TIER = re.compile(
    rf"\bdel\s(?=\s*(?:(?:llamad|denominad)[oa]\s+)?[\"']?{re.escape(OPEN)}T\d)"
)


def _even_out(text: str) -> str:
    text = _QUOTES.sub('"', text)
    return _DEL_BEFORE_TIER.sub("de  ", text)
