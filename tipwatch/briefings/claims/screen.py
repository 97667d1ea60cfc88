"""The words a pattern cannot match without, read once from the pattern itself, so that a
sentence without them is not scanned at all.

The claim patterns are many (some 70 for the tiers, 50 to 70 rules per language) and most
sentences can match few of them: "Tier 2 Watch List" cannot match where there is no "watch",
nor a rule that reads a tier where the tagged sentence has no tier token. Testing a few words
costs much less than trying a long pattern at every place in the sentence. The words come from
the pattern's parsed form (Python's own regular expression parser): a run of literal
characters that every match contains, or a set of runs one of which every match contains (an
alternation whose every branch needs its own). What the parsed form leaves uncertain (an
optional part, a lookaround, a character class, ignored case) is left out: a pattern with
nothing certain is always scanned.
"""

from __future__ import annotations

import re
from importlib import import_module
from typing import Any

# The standard library's own parser of regular expressions and its opcodes (Python 3.11).
_parser = import_module("re._parser")
sre = import_module("re._constants")

Words = frozenset[str]
Needs = tuple[Words, ...]
"""Sets of words: every match contains one word of each set."""

_KEPT = 3  # sets tested per pattern
_MOST_WORDS = 6  # words in a set worth testing


def needed_words(pattern: re.Pattern[str]) -> Needs:
    """What every match of `pattern` contains; () when nothing is certain."""
    if pattern.flags & re.IGNORECASE:
        return ()
    needs = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    # A single letter is in nearly every sentence, and a long list of words costs its tests.
    worth = {words for words in needs if len(words) <= _MOST_WORDS and min(map(len, words)) > 1}
    return tuple(sorted(worth, key=_telling, reverse=True)[:_KEPT])


def may_match(needs: Needs, text: str) -> bool:
    """Whether a pattern that needs these words can match `text` at all."""
    # (plain loops: this runs for every pattern and sentence)
    for words in needs:
        for word in words:
            if word in text:
                break
        else:
            return False
    return True


def _sequence(items: list[tuple[Any, Any]]) -> list[Words]:
    """Every item of a sequence is matched: each item's needs are the sequence's."""
    needs: list[Words] = []
    run: list[str] = []
    for op, argument in items:
        if op is sre.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            needs.append(frozenset(["".join(run)]))
            run = []
        needs += _item(op, argument)
    if run:
        needs.append(frozenset(["".join(run)]))
    return needs


def _item(op: Any, argument: Any) -> list[Words]:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = argument
        return [] if add_flags & re.IGNORECASE else _sequence(list(body))
    if op is sre.BRANCH:
        # One branch is matched: each must need words, and any of its words will do.
        branches = [_sequence(list(branch)) for branch in argument[1]]
        if not all(branches):
            return []
        return [frozenset().union(*(max(needs, key=_telling) for needs in branches))]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, body = argument
        return _sequence(list(body)) if least >= 1 else []
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(argument))
    return []  # a class, a lookaround, an anchor, a back reference: nothing certain


def _telling(words: Words) -> tuple[bool, int, int]:
    """Sets of few words, none shorter than two letters, first."""
    shortest = min(map(len, words))
    return (shortest >= 2, -len(words), shortest)
