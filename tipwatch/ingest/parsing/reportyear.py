"""The report year a saved page states about itself, for imports given no --year.

Web copies title a country page "2019 Trafficking in Persons Report: Peru", "Trafficking in
Persons Report 2014 - Peru" or credit it "Extracted from the U.S. State Dept 2020 TIP
Report"; the older state.gov pages print "Trafficking in Persons Report" over the release
date ("June 12, 2007"). Only the opening lines of each page are read: a year in the
narrative ("in 2014, the government...") is a period, not the report.
"""

from __future__ import annotations

import re
from collections import Counter

from tipwatch.ingest.parsing.document import Document

_YEAR = r"(?P<year>(?:19|20)\d{2})"
_STATEMENTS = (
    re.compile(rf"\b{_YEAR}\s+(?:Trafficking\s+in\s+Persons|TIP)\s+(?:\(TIP\)\s+)?Report\b", re.I),
    re.compile(
        rf"\bTrafficking\s+in\s+Persons\s+(?:\(TIP\)\s+)?Report\s*[,:\-\u2013]?\s*"
        rf"(?:(?:\d{{1,2}}\s+)?(?:June|July|September)\s+(?:\d{{1,2}},\s*)?)?{_YEAR}\b",
        re.I,
    ),
)
_RELEASE_DATE = re.compile(rf"^(?:Released\s+)?(?:June|July|September)\s+\d{{1,2}},\s+{_YEAR}$")
_OPENING_LINES = 30


def report_year_in(document: Document) -> int | None:
    """The report year the pages' opening lines state most often, or None."""
    votes: Counter[int] = Counter()
    for page in document.pages:
        lines = [line.strip() for line in page.text.split("\n") if line.strip()]
        opening = lines[:_OPENING_LINES]
        for index, line in enumerate(opening):
            for pattern in _STATEMENTS:
                for match in pattern.finditer(line):
                    votes[int(match.group("year"))] += 1
            release = _RELEASE_DATE.match(line)
            nearby = opening[max(0, index - 3) : index + 3]
            if release and any("Trafficking in Persons" in text for text in nearby):
                votes[int(release.group("year"))] += 1
    if not votes:
        return None
    (year, _), *_ = votes.most_common(1)
    return year if 2001 <= year <= 2100 else None
