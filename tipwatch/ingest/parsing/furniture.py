"""Page furniture of saved web pages: lines that are the site's, not the report's.

The State Department's pages since 2017 open with the "An official website of the United
States Government" banner and carry share buttons and a footer of links ("Privacy Policy",
"FOIA"); the older state.gov pages, the archives and the copies add "printable banner", "Skip
Links", "Bookmark and Share", "You are on page 1of 9", "Back to Top" and the like. Such
lines are dropped whole; a line that merely mentions one of these phrases inside prose is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_FURNITURE = re.compile(
    r"^(?:"
    r"an\s+official\s+website\s+of\s+the\s+united\s+states\s+government.{0,40}"
    r"|here[\u2019']s\s+how\s+you\s+know"
    r"|official\s+websites\s+use\s+\.gov"
    r"|a\s+\.gov\s+website\s+belongs\s+to\s+an\s+official\s+government\s+organization.{0,40}"
    r"|secure\s+\.gov\s+websites\s+use\s+https"
    r"|a\s+lock\s*\(.{0,40}\)\s*or\s+https://.{0,160}"
    r"|share\s+sensitive\s+information\s+only\s+on\s+official,\s+secure\s+websites\.?"
    r"|skip\s+(?:to\s+(?:main\s+)?content|links)"
    r"|printable\s+banner|printer\s+friendly(?:\s+version)?|print(?:\s+this\s+page)?"
    r"|share(?:\s+this(?:\s+page)?)?|bookmark\s+and\s+share|tweet|email|facebook|twitter|linkedin"
    r"|back\s+to\s+top|subject\s+index|video"
    r"|you\s+are\s+on\s+page\s+\d+\s*of\s*\d+"
    r"|(?:vous\s+[\u00eaeé]tes\s+sur\s+la\s+page|anda\s+di\s+halaman)\s+\d+.{0,12}"
    # The footer of the state.gov pages from 2017 on, a link to a line.
    r"|tags|related\s+articles|white\s+house|usa\.gov|office\s+of\s+the\s+inspector\s+general"
    r"|archives|contact\s+us|privacy\s+policy|accessibility\s+statement"
    r"|copyright\s+information|foia|no\s+fear\s+act"
    # ecoi.net's details of the document under its text.
    r"|ecoi\.net\s+(?:description|summary):.{0,200}|available\s+on\s+ecoi\.net\s+since:.{0,40}"
    r"|original\s+link:\s*\S{0,200}|document\s+(?:type:.{0,40}|id:\s*\d{1,12})"
    # ... and of the archived pages of 2001-2016.
    r"|the\s+office\s+of\s+website\s+management,\s+bureau\s+of\s+public\s+affairs,\s+manages"
    r"\s+this\s+site\b.{0,120}"
    r"|external\s+links\s+to\s+other\s+internet\s+sites\s+should\s+not\s+be\s+construed\b.{0,120}"
    r")\s*$",
    re.IGNORECASE,
)


# A site's breadcrumb in square brackets opening a line: "[ Human Trafficking,
# Country-by-Country ] ARGENTINA (Tier 1) ..." keeps what follows it.
_BREADCRUMB = re.compile(r"^\s*\[[^\[\]\n]{1,80}\]\s*")


def strip_breadcrumb(line: str) -> str:
    return _BREADCRUMB.sub("", line, count=1)


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= 220 and bool(_FURNITURE.match(stripped))


# A state.gov country page (2017 on) whose text was saved as one line: the breadcrumb, the
# page title, "In this section /", the header, the section menu, then the header again and
# the narrative: "HomeReports...Solomon Islands hide 2022 Trafficking in Persons Report:
# Solomon Islands ... In this section / Solomon Islands (Tier 2) ... PREVENTION TRAFFICKING
# PROFILE Solomon Islands (Tier 2) The Government of ...". The header and the narrative
# after the menu are kept, each on its line.
_FLATTENED_PAGE_HEAD = re.compile(
    r"^.{0,600}?\bIn\s+this\s+section\s*/\s*.{0,300}?"
    r"\b(?:HUMAN\s+)?TRAFFICKING\s+PROFILE\s+"
    r"(?P<header>[^\W\d_][^()\n]{1,70}?\(\s*(?:Tier[^()\n]{1,20}|Special\s+Case)\s*\))"
    r"\s+(?P<rest>[A-Z].*)$",
    re.IGNORECASE | re.DOTALL,
)


def split_flattened_page_head(line: str) -> list[str]:
    match = _FLATTENED_PAGE_HEAD.match(line)
    if match is None:
        return [line]
    return [match.group("header"), match.group("rest")]


# A state.gov country page saved as text, line by line: its section menu ("In this section
# /", then the narrative's header and each section heading, then the menu's "hide") stands
# above the narrative, which repeats each entry. Read as text, the menu's copy of the header
# would open a narrative of headings alone. (The HTML reader knows the menu by its links.)
_MENU_LABEL = re.compile(r"^in\s+this\s+section\s*/?$", re.IGNORECASE)
_MENU_CLOSE = re.compile(r"^hide$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def menu_key(line: str) -> str:
    """A line as a section menu names it: spaces, a closing colon and case ignored. The HTML
    reader's menu of links is matched by the same key."""
    return _SPACES.sub(" ", line).strip().rstrip(":").strip().casefold()


def drop_section_menu(lines: list[str]) -> list[str]:
    """Drop each section menu: the label, the run of lines after it that each stand again
    further down (a line's copy inside the run ends it, so every entry dropped stands again
    below the run), and the menu's closing "hide". Linear in the lines."""
    keys = [menu_key(line) for line in lines]
    last_place = {key: number for number, key in enumerate(keys) if key}
    dropped: set[int] = set()
    for number, line in enumerate(lines):
        if not _MENU_LABEL.match(line.strip()):
            continue
        end = number + 1
        while end < len(lines) and keys[end] and last_place[keys[end]] > end:
            end += 1
        if end == number + 1:
            continue
        dropped.update(range(number, end))
        if end < len(lines) and _MENU_CLOSE.match(lines[end].strip()):
            dropped.add(end)
    return [line for number, line in enumerate(lines) if number not in dropped]


def drop_furniture(lines: Iterable[str]) -> list[str]:
    kept = [piece for line in lines for piece in split_flattened_page_head(strip_breadcrumb(line))]
    return [line for line in drop_section_menu(kept) if not is_furniture(line)]
