"""A total restated after a part of it: "the government identified 43 of the 103 potential
victims (33 in 2018)". The count after "N of the" re-tells a total told before (or one the
report does not give as the period's figure); the part before it is one body's share. Neither
is a new figure, and a comparison in parentheses after the restated total compares the part,
so it is no figure either."""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.numbers import WORDS_PATTERN

# "43 of the", "only 33 out of the", "five of these": a count, then the part's "of".
_PART_OF_BEFORE = re.compile(
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:out\s+)?of\s+(?:the|these|those|all)\s+$",
    re.IGNORECASE,
)


def restated_after_part(sentence: str, start: int) -> bool:
    """Whether the count starting at ``start`` follows a part of it ("43 of the 103")."""
    return _PART_OF_BEFORE.search(sentence, max(0, start - 40), start) is not None
