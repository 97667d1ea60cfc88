"""Words that set a sentence in the present of the text: "now", "this year", "currently",
"in the latest report", "actualmente", "este año", "en el nuevo informe". A year an earlier
sentence named ("In 2014, Malaysia was on Tier 3.") does not date such a sentence ("Malaysia
is now on Tier 2."): it is about the report the text is about, the caller's default."""

from __future__ import annotations

import re

PRESENT_TIME = re.compile(
    r"\b(?:now|currently|presently|today|nowadays|this\s+year|this\s+year's\s+report|"
    r"(?:in|under)\s+(?:the|its)\s+(?:latest|newest|new|current|most\s+recent)\s+"
    r"(?:report|edition|ranking)|"
    r"ahora|actualmente|hoy|hoy\s+en\s+dia|en\s+la\s+actualidad|este\s+ano|"
    r"en\s+(?:el|su)\s+(?:nuevo|ultimo|actual|mas\s+reciente)\s+(?:informe|reporte)|"
    r"en\s+la\s+(?:nueva|ultima|actual)\s+edicion)\b"
)


def in_the_present(folded: str) -> bool:
    """Does the sentence set itself in the present of the text?"""
    return bool(PRESENT_TIME.search(folded))
