"""One body's share of a total the same sentence states.

"The government identified 210 victims in 2021; police identified 120 and labor inspectors
identified 90": after the national count, a count of the same metric and year whose clause
has one body for its subject (the police, inspectors, a unit, an office, a ministry, a body
named by its initials) is that body's share of it, no figure of its own. Two bodies' counts
with no national one before them ("Police reported identifying 29 victims, while
prosecutors reported 31") are both figures. The passage reader drops the shares told in a
sentence of their own (``extract``).
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber

_BODY = (
    r"(?i:police|prosecutors?|(?:labou?r\s+)?inspectors|inspectorates?|units?|offices?"
    r"|agenc(?:y|ies)|directorates?|bureaus?|departments?|divisions?|task\s+forces?"
    r"|ministr(?:y|ies)|services?|missions?)|(?<![\w-])(?!NGOs?\b)[A-Z]{2,6}"
)

# The clause right before a count: a body for its subject, then its verb.
_BODY_CLAUSE_BEFORE = re.compile(
    r"(?:^\s*|[;,]\s+|\b(?:and|while|whereas|but)\s+)(?i:the\s+)?(?:[\w\-\u2019']+\s+){0,5}?"
    rf"(?:{_BODY})(?:\s+\([A-Z]{{2,8}}\))?(?i:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}})?"
    r"(?i:\s+(?:also|reportedly|separately|alone))?(?i:\s+reported(?:\s+that\s+(?:it|they))?)?"
    r"(?i:\s+(?:identified|identifying|investigated|investigating|prosecuted|prosecuting"
    r"|convicted|convicting|initiated|opened|indicted|charged))"
    r"(?i:\s+(?:investigations\s+(?:into|of)|prosecutions\s+(?:of|against)))?"
    r"(?i:\s+(?:a\s+total\s+of|only))?\s+$"
)

_WINDOW = 120


def drop_body_shares(sentence: str, nums: list[FoundNumber]) -> None:
    """Drop the counts one body states after the national count of their metric and year."""
    totals: list[FoundNumber] = []
    for num in nums:
        if num.role != "primary" or num.dropped or not num.base:
            continue
        body = _BODY_CLAUSE_BEFORE.search(sentence, max(0, num.qstart - _WINDOW), num.qstart)
        if body is None:
            totals.append(num)
            continue
        if any(
            total.base == num.base
            and total.year == num.year
            and (total.form is None or total.form == num.form)
            for total in totals
        ):
            num.role, num.dropped = "", True
