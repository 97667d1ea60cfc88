"""Pages whose header was parted from its narrative: by a PDF's columns read across (the name
in capitals run into the other column, the tier opening the next paragraph), or by a page saved
with no name in its header (the page's title, a bare tier, then the country's profile). Tried
by `segment.cut_narratives` when no header stands on a line of its own."""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.countries import CountryMatcher
from tipwatch.ingest.parsing.headings import (
    CAPITAL,
    HeaderMatch,
    bare_tier,
    country_code,
    named_by_last_words,
    parse_header,
)
from tipwatch.ingest.parsing.narrative import RawLine, RawNarrative
from tipwatch.ingest.parsing.openings import PROFILE_OPENING

# A PDF's two columns read across: the header's name, in capitals with its colon, is run
# into a line of the other column ("... the recruiters subject AFGHANISTAN: these migrants
# to ..."), and its tier opens the next paragraph, run into the narrative's first words
# ("Tier 2 Watch List In 2015, widespread ...").
_NAME_WITH_COLON = re.compile(
    rf"(?P<name>(?:[{CAPITAL}][{CAPITAL}'\u2019.,\-]*\s+){{0,5}}[{CAPITAL}][{CAPITAL}'\u2019.\-]+):"
)
_TIER_OPENS = re.compile(
    r"^(?P<tier>Tier\s+[123](?:\s+Watch\s+List)?|TIER\s+[123](?:\s+WATCH\s+LIST)?"
    r"|Special\s+Case|SPECIAL\s+CASE)(?:\s+(?=[A-Z])|\s*$)"
)
_SPLIT_HEADER_GAP = 2  # blank lines between the name's paragraph and the tier's line
_SPLIT_HEADER_LINES = 12  # lines of the name's paragraph, however a copy wrapped it
# A page saved as one line keeps the two together: "... subject AFGHANISTAN: these migrants
# to forced labor after arrival. Tier 2 Watch List In 2015, ...".
_TIER_IN_LINE = re.compile(
    r"\b(?P<tier>Tier\s+[123](?:\s+Watch\s+List)?|TIER\s+[123](?:\s+WATCH\s+LIST)?"
    r"|Special\s+Case|SPECIAL\s+CASE)\s+(?=[A-Z])"
)
_NAME_TO_TIER_IN_LINE = 300


def _split_header_name(text: str, matcher: CountryMatcher, end: int | None = None) -> str | None:
    """The last known country's name in capitals with its colon in ``text[:end]``."""
    names = [
        name
        for found in _NAME_WITH_COLON.finditer(text, 0, len(text) if end is None else end)
        if (name := named_by_last_words(found.group("name"), matcher)) is not None
        and name.isupper()
    ]
    return names[-1] if names else None


def header_split_by_columns(lines: list[RawLine], matcher: CountryMatcher) -> RawNarrative | None:
    """A header whose name and tier the columns parted (see `_NAME_WITH_COLON`): a known
    country's name in capitals with its colon in the paragraph just above a line that opens
    with a tier, or before a tier later in the same line. The narrative is read from the
    tier on; the rest of the name's paragraph is the other column's."""
    for index, line in enumerate(lines):
        tier = _TIER_OPENS.match(line.text)
        if tier is None:
            continue
        above = index - 1
        while above >= 0 and not lines[above].text and index - above <= _SPLIT_HEADER_GAP:
            above -= 1
        paragraph: list[str] = []
        while above >= 0 and lines[above].text and len(paragraph) < _SPLIT_HEADER_LINES:
            paragraph.insert(0, lines[above].text)
            above -= 1
        name = _split_header_name(" ".join(paragraph), matcher)
        if name is not None:
            return _split_narrative(name, tier, lines, index)
    for index, line in enumerate(lines):
        if ":" not in line.text:
            continue
        for tier in _TIER_IN_LINE.finditer(line.text):
            name = _split_header_name(
                line.text[max(0, tier.start() - _NAME_TO_TIER_IN_LINE) :],
                matcher,
                tier.start() - max(0, tier.start() - _NAME_TO_TIER_IN_LINE),
            )
            if name is not None:
                return _split_narrative(name, tier, lines, index)
    return None


def _split_narrative(
    name: str, tier: re.Match[str], lines: list[RawLine], index: int
) -> RawNarrative | None:
    tier_text = tier.group("tier")
    match = parse_header(f"{name}: {tier_text}")
    if match is None:
        return None
    line = lines[index]
    raw = RawNarrative(match=match, header=f"{name}: {tier_text}", page=line.page)
    rest = line.text[tier.end() :].strip()
    if rest:
        raw.lines.append(RawLine(line.page, rest, False))
    raw.lines.extend(lines[index + 1 :])
    return raw


# The page's title over a bare tier over the profile: the State Department's office, the
# report or its author, on a short line.
_PAGE_TITLE_LINE = re.compile(
    r"\b(?:Trafficking\s+in\s+Persons|TIP\s+Report|Department\s+of\s+State"
    r"|State\s+Dep(?:ar)?t\b|Office\s+to\s+Monitor)",
    re.IGNORECASE,
)
_TITLE_LINE_LENGTH = 120
_BRACKETED_TIER = re.compile(r"^\s*\(\s*[^()]+\)\s*$")
_TITLE_TIER_IN_LINE = re.compile(
    r"^[^.]{0,100}?\b(?:Trafficking\s+in\s+Persons(?:\s+Report)?|Department\s+of\s+State)\s+"
    r"(?P<tier>Tier\s+[123](?:\s+Watch\s+List)?|Special\s+Case)\s+(?=[A-Z])"
)


# ... and the quoted header's brackets, run into the profile when the page is saved as one
# line: "... comments per the Solomons (Tier 2 Watch List) The Solomon Islands is a source ...".
_BRACKETED_TIER_IN_LINE = re.compile(
    r"\(\s*(?P<tier>Tier\s+[123](?:\s+Watch\s+List)?|Special\s+Case)\s*\)\s+(?=[A-Z])"
)


def _bracketed_tier_before_profile(text: str) -> re.Match[str] | None:
    """The first bracketed tier in the line that a profile's opening follows."""
    for found in _BRACKETED_TIER_IN_LINE.finditer(text):
        # The brackets stand alone, after a sentence or at the line's start: "Observers (Tier
        # 2) Peru is ..." or "Prosecution (Tier 2)" is a name's header, for the header readers.
        before = text[: found.start()].rstrip()
        if before and before[-1] not in ".!?:\u2026":
            continue
        if PROFILE_OPENING.match(text, found.end()) is not None:
            return found
    return None


def profile_under_tier(
    lines: list[RawLine], index: int, text: str, matcher: CountryMatcher
) -> RawNarrative | None:
    """A page saved with no name in its header: the page's title, the tier alone on the next
    line and the country's profile under it ("Office to Monitor and Combat Trafficking in
    Persons" / "Tier 2 Watch List" / "Laos is a source ... country for ..."). Title and tier
    are both required: a profile's sentence under a tier alone may be a tier list's
    neighbour, or a quotation in someone else's page."""
    flat = _TITLE_TIER_IN_LINE.match(text) or _bracketed_tier_before_profile(text)
    if flat is not None:
        # the page saved as one line: "... Trafficking in Persons Tier 2 Watch List Laos is ..."
        placed = PROFILE_OPENING.match(text, flat.end())
        name = placed.group("name") if placed is not None else ""
        tier = bare_tier(flat.group("tier"))
        if placed is None or tier is None or country_code(name, matcher) is None:
            return None
        first = RawLine(lines[index].page, text[flat.end() : len(lines[index].text)], False)
        return RawNarrative(
            match=HeaderMatch(name, tier),
            header=name,
            page=lines[index].page,
            lines=[first, *lines[index + 1 :]],
        )
    placed = PROFILE_OPENING.match(text)
    if placed is None:
        return None
    above = [line.text for line in lines[max(0, index - 6) : index] if line.text]
    if not above:
        return None
    tier = bare_tier(above[-1])
    name = placed.group("name")
    # The header's own brackets kept around the tier ("(Tier 2 Watch List)") mark a quoted
    # header whose name line was lost; a tier list never prints them. A tier bare of them needs
    # the page's title over it.
    bracketed = _BRACKETED_TIER.match(above[-1]) is not None
    titled = (
        len(above) >= 2
        and len(above[-2]) <= _TITLE_LINE_LENGTH
        and _PAGE_TITLE_LINE.search(above[-2]) is not None
    )
    if tier is None or not (bracketed or titled):
        return None
    if country_code(name, matcher) is None:
        return None
    return RawNarrative(
        match=HeaderMatch(name, tier), header=name, page=lines[index].page, lines=lines[index:]
    )
