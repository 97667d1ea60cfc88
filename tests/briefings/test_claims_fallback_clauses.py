"""The clause loop the English and Spanish readings of last resort share."""

import re

from tipwatch.briefings.claims.fallback_clauses import clause_spans

BOUNDARY = re.compile(r"[;:]|,\s*(?=but\b)")


def test_clause_spans_are_the_stretches_between_boundaries() -> None:
    text = "Peru is on Tier 2; Chile on Tier 1, but Cuba fell"
    spans = clause_spans(text, BOUNDARY)
    assert [text[a:b] for a, b in spans] == [
        "Peru is on Tier 2",
        " Chile on Tier 1",
        "but Cuba fell",
    ]


def test_clause_spans_leave_out_empty_stretches() -> None:
    text = ";Peru is on Tier 2;;"
    assert clause_spans(text, BOUNDARY) == [(1, 18)]
    assert clause_spans("", BOUNDARY) == []
