"""The report's own header wording, taken from a transcription note that quotes it."""

from __future__ import annotations

import re

HEADER_RE = re.compile(
    r"^(?P<name>[^:()]+?)\s*(?::\s*|\(\s*)"
    r"(?P<tier>tier\s*(?:1|2|3)(?:\s*watch\s*list)?|special\s+case)\s*\)?\s*$",
    re.IGNORECASE,
)
HEADER_TIERS = {
    "tier1": "1",
    "tier2": "2",
    "tier3": "3",
    "tier2watchlist": "2WL",
    "specialcase": "special_case",
}
INDIRECT_WORDS = (
    "implied",
    "lower confidence",
    "mislabels",
    "undated",
    "translation",
    "ngo quoting",
    "different text",
    "archive lists",
    "press release",
)


def extract_quote(note: str, year: int, tier: str) -> str:
    """The report's own header wording for this country-year, if the note quotes it.

    Only a note that quotes the same year's narrative directly qualifies, and only when its
    quoted text starts with a header ("PERU: Tier 2", "Cyprus (Tier 1) ...") naming the same
    tier as the row. Anything indirect ("implied by the 2017 narrative ...") stays in the note.
    """
    low = note.lower()
    if any(word in low for word in INDIRECT_WORDS):
        return ""
    years = re.findall(r"\b(?:19|20)\d\d\b", note)
    if years and int(years[0]) != year:
        return ""
    start = note.find("'")
    if start < 0:
        return ""
    # The closing quote is the first apostrophe not followed by a letter (so "COTE D'IVOIRE"
    # stays inside the quote).
    match = re.compile(r"'(?![A-Za-z])").search(note, start + 1)
    if match is None:
        return ""
    quoted = note[start + 1 : match.start()].strip()
    header = quoted.split(" ... ")[0].strip()
    hm = HEADER_RE.match(header)
    if hm is None:
        return ""
    header_tier = HEADER_TIERS[re.sub(r"\s+", "", hm.group("tier").lower())]
    if header_tier != tier:
        return ""
    return quoted


def strip_disagreement(note: str) -> str:
    parts = [p.strip() for p in note.split(" | ")]
    kept = [p for p in parts if not p.startswith("DISAGREEMENT")]
    text = " | ".join(kept)
    if len(kept) != len(parts):
        text += " | sources disagree for this country-year: see source_conflicts.csv"
    return text
