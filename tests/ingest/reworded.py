"""Running the rewordings of tests/ingest/rewordings.py over passages.

``differences`` compares what the parser reads from a reworded passage with what it reads
from the stored text (the reference, as in tests/ingest/invariance.py); ``label_problems``
checks that a rewording kept what the passage's labels need: every labelled value still in
the text and no other number lost or added (only a year may be written for a period).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tests.ingest.invariance import Baseline, Difference, compare, parser_input, read
from tests.ingest.real_text import Passage
from tests.ingest.rewordings import Rewording

_WORD_VALUES = {
    word: value
    for value, word in enumerate(
        ("two", "three", "four", "five", "six", "seven", "eight", "nine"), start=2
    )
}
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,]\d)|\b(" + "|".join(_WORD_VALUES) + r")\b"
)


def numbers(text: str) -> Counter[int]:
    """The numbers a text states, in digits or (two to nine) in words, years left out."""
    found: Counter[int] = Counter()
    for match in _NUMBER.finditer(text):
        if match.group(2):
            found[_WORD_VALUES[match.group(2)]] += 1
            continue
        value = int(match.group(1).replace(",", ""))
        if not (match.group(1).isdigit() and len(match.group(1)) == 4 and 1990 <= value <= 2030):
            found[value] += 1
    return found


def label_problems(passage: Passage, text: str) -> list[str]:
    """What the reworded ``text`` lost of the passage's figures: a labelled value no longer
    stated, or any number (not a year) dropped or added."""
    problems: list[str] = []
    before, after = numbers(passage.text), numbers(text)
    if before != after:
        problems.append(f"numbers changed: lost {before - after}, new {after - before}")
    problems.extend(
        f"labelled value {figure.value} no longer stated"
        for figure in passage.figures
        if before[figure.value] and not after[figure.value]
    )
    return problems


def differences(
    rewording: Rewording, passages: Sequence[Passage], stored: dict[str, Baseline]
) -> tuple[list[Difference], int]:
    """The passages whose reading the rewording changes, and how; and how many it changed."""
    found: list[Difference] = []
    changed = 0
    for passage in passages:
        text = rewording.change(passage)
        if text == passage.text:
            continue
        changed += 1
        if parser_input(passage, text) == stored[passage.name].given:
            continue
        changes = compare(stored[passage.name].reading, read(passage, text))
        if changes:
            found.append(Difference(passage.name, changes))
    return found, changed
