"""The words that open a country's narrative: the government's finding on the minimum
standards ("The Royal Government of Bhutan does not fully meet ...") and a Special Case's
standing ("Somalia remains a Special Case ..."). The segmenter finds a page saved without
its header by them and the extractor reads a tier from them, so both take them from here;
where the two read them differently, the difference is spelled out below with its reason.
"""

from __future__ import annotations

import re

# The government's own title before "Government of": "The Royal Government of Bhutan",
# "The Transitional Federal Government of ...".
GOVERNMENT_OF = (
    r"The\s+(?:(?:Royal|Federal|National|Transitional|Interim|Provisional|Union)\s+){0,2}"
    r"Government\s+of\s+"
)

# The subject of the finding the extractor reads a tier from. Broader than GOVERNMENT_OF on
# purpose: the sentence is already the narrative's opening finding, so any title of up to
# three capitalised words is the government's. The segmenter looks for a narrative's start
# in any line and takes the words after "of" for a country's name, so it knows the titles by
# name and does not open a narrative at some other body's "Government of".
FINDING_SUBJECT = re.compile(r"\bThe\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}Government\s+of\b")

_SPECIAL_CASE = r"Special\s+Case\b"

# A Special Case's page has no minimum-standards sentence: it opens with its standing
# ("Somalia remains a Special Case for the 12th consecutive year", "Libya is a Special
# Case ..."), the country's name first.
SPECIAL_CASE_OPENING = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][^;:.,]{1,60}?)\s+(?:remains|remained|is|was|has\s+been)\s+"
    rf"(?:a\s+)?{_SPECIAL_CASE}"
)

# The tier a narrative's text states when no "remained on Tier 2"-like statement does:
# anywhere in the text, in any case, but only in the present tense ("is a Special Case",
# "remains a Special Case"), which is this report's standing. Narrower than the opening:
# searched for anywhere in a narrative, "was" or "remained" may tell an earlier year's
# standing rather than this report's.
SPECIAL_CASE_IN_TEXT = re.compile(rf"\b(?:is|remains)\s+a\s+{_SPECIAL_CASE}", re.IGNORECASE)

# An early report's page may have no header and no finding: it opens with the country's
# placement ("Peru is a Tier 2 country.", "Bolivia is placed on Tier 2 Watch List because
# ..."), the country's name first.
TIER_OPENING = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][^;:.,]{1,60}?)\s+(?:is|remains)\s+(?:placed\s+on\s+|ranked\s+(?:on\s+)?"
    r"|on\s+|a\s+)?(?:the\s+)?(?P<tier>Tier\s+(?:1|2|3|One|Two|Three)(?:\s+Watch\s+List)?)\b"
)

# The older reports' country profile opens with the country's name and its role: "Laos is a
# source, and to a lesser extent, a transit and destination country for ...", "Peru is
# primarily a destination country ...". A page saved without its header may open with it.
PROFILE_OPENING = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][^;:.,]{1,60}?)\s+(?:is|remains)\s+"
    r"(?:(?:primarily|principally|mainly|predominantly|increasingly|also|now)\s+)?"
    r"(?:a|an)\s+(?:(?:significant|major|important|growing)\s+)?"
    r"(?:source|transit|destination)\b[^.]{0,120}?\bcountry\b"
)
