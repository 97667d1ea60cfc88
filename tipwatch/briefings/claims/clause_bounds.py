"""Where a clause starts: the marks and words that break a sentence into clauses, and the
clause that stands before a claim."""

from __future__ import annotations

import re

CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s-\s|\bbut\b|\bpero\b|\bsino\b")


def clause_before(text: str, start: int) -> str:
    clause_start = 0
    for match in CLAUSE_BREAK.finditer(text, 0, start):
        if match.group() != ",":
            clause_start = match.end()
    return text[clause_start:start]
