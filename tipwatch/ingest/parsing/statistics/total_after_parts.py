"""A total stated after its parts without a metric of its own (``total_after_parts``).

"investigated 30 sex trafficking cases and 15 labor trafficking cases (45 in total)",
"..., for a total of 45", "..., totaling 45", "..., or 45 cases in total": the parts name
the metric and their forms; the total is the same metric's, of no one form, in the parts'
period.
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber

# The words between the last part and the total, and after the total.
_TOTAL_BEFORE = re.compile(
    r"\s*(?:\(\s*|,\s*(?:or\s+)?|\s+)(?:(?:for\s+)?a\s+total\s+of|totall?ing|in\s+total|total(?:ed)?"
    r"|all\s+told|altogether)?\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(
    r"(?:\s+(?:cases|investigations|prosecutions|convictions|victims|defendants|suspects"
    r"|traffickers|individuals|people))?(?:\s+(?:in\s+total|total|altogether|in\s+all))?"
    r"\s*(?:\)|[,.;]|$)",
    re.IGNORECASE,
)
_SAYS_TOTAL = re.compile(r"\btotal|\baltogether\b|\bin\s+all\b|\ball\s+told\b", re.IGNORECASE)
# Where the words before the total start, after the last part's own noun and form.
_TAIL_START = re.compile(r"[,(]|\s(?=(?:for\s+a\s+total|totall?ing)\b)", re.IGNORECASE)
# Between two parts: a form, a noun, "and" or a comma.
_PART_JOIN = re.compile(r"[^()\d;]{0,60}?(?:,|\band\b)[^()\d;]{0,10}", re.IGNORECASE)


def total_after_parts(nums: list[FoundNumber], sentence: str) -> None:
    """Give the bare total after two or more parts of one metric by form that metric."""
    for index, num in enumerate(nums):
        if (num.role and not num.dropped) or index < 2:
            continue  # a count read already, a comparison's among them
        parts = nums[index - 2 : index]
        first, last = parts
        if not all(
            p.role in ("primary", "split") and p.base and p.form and not p.dropped for p in parts
        ):
            continue
        if first.base != last.base or first.form == last.form:
            continue
        if not _PART_JOIN.fullmatch(sentence, first.end, last.qstart):
            continue
        between = sentence[last.end : num.qstart]
        # the last part's own noun and form come first ("15 labor trafficking cases")
        cut = _TAIL_START.search(between)
        tail = between[cut.start() :] if cut else between
        after = _TOTAL_AFTER.match(sentence, num.end)
        if not _TOTAL_BEFORE.fullmatch(tail) or after is None:
            continue
        if not _SAYS_TOTAL.search(tail + sentence[num.end : after.end()]):
            continue  # "30 ... and 15 ..., 45": a list, no total
        if num.value != first.value + last.value and num.value < first.value + last.value:
            continue  # a total is no smaller than its parts
        num.role, num.base, num.form, num.parent = "primary", first.base, None, None
        num.dropped, num.year, num.explicit_year = False, last.year, last.explicit_year
