"""A count told beside a percentage: "assisted 24 percent (36 victims) in 2022" gives the
count of a share, whatever the share is of, no total and no comparison of one."""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber

# "24 percent (36 victims)": the count of a share, told beside its percentage.
_PERCENT_BEFORE = re.compile(r"\b(?:percent|per\s+cent)\s*\(\s*$|%\s*\(\s*$", re.IGNORECASE)


def count_of_a_percentage(sentence: str, num: FoundNumber) -> bool:
    """Whether ``num`` restates a percentage just before it ("24 percent (36 victims)"): the
    count of a share, whatever the share is of, no total and no comparison of one."""
    return _PERCENT_BEFORE.search(sentence, max(0, num.qstart - 20), num.qstart) is not None
