"""Splitting a Document into country narratives and their sections."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from tipwatch.ingest.parsing.countries import CountryMatcher, normalise_name
from tipwatch.ingest.parsing.document import Document, PagedText, Span
from tipwatch.ingest.parsing.headings import (
    CAPITAL,
    FORMAL_PREFIX,
    HeaderMatch,
    bare_tier,
    country_code,
    is_credit_line,
    is_end_marker,
    is_watch_list_continuation,
    joined_to_longer_name,
    known_section,
    named_by_last_words,
    other_heading,
    parse_header,
    tier_first_header,
    watch_list_run_on,
)
from tipwatch.ingest.parsing.narrative import (
    Narrative,
    Problem,
    RawLine,
    RawNarrative,
    Section,
    Segmentation,
)
from tipwatch.ingest.parsing.openings import (
    GOVERNMENT_OF,
    SPECIAL_CASE_OPENING,
    TIER_OPENING,
)
from tipwatch.ingest.parsing.parted_pages import header_split_by_columns, profile_under_tier
from tipwatch.ingest.parsing.sentences import sentence_spans
from tipwatch.ingest.parsing.stacked_headers import (
    SENTENCE_WORDS,
    hinted,
    name_over_tier,
    named_under,
    prose_follows,
    tier_below,
    tier_over_name,
    titled_tier,
    watch_list_under,
)
from tipwatch.ingest.parsing.textnorm import join_line

NOT_A_REPORT = "not a TIP report: no country narratives found"

_MINIMUM_STANDARDS = re.compile(r"minimum\s+standards", re.IGNORECASE)
_PROFILE_OPENING = re.compile(
    r"\b(?:source|transit|destination)\b[^.]{0,80}\bcountry\b|\btraffickers\s+exploit\b"
    r"|\bhuman\s+traffickers\b|\bis\s+a\s+(?:source|transit|destination)\b",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "!", "?", ":", '"', "\u201d", ")", ";")


def _lines(document: Document) -> list[RawLine]:
    out: list[RawLine] = []
    for page in document.pages:
        headings = page.heading_lines
        for index, text in enumerate(page.text.split("\n")):
            out.append(RawLine(page.number, text.strip(), index in headings))
    return out


def _caps(text: str) -> bool:
    # Most prose lines fail on the first two characters already.
    return text[:2].upper() == text[:2] and text.upper() == text and text.lower() != text


def _caps_name(text: str) -> bool:
    """The part of a line before any ":" or "(" is in capitals."""
    cut = min((i for i in (text.find(":"), text.find("(")) if i >= 0), default=len(text))
    return _caps(text[:cut])


_HEADER_MARKS = (
    ":",
    "(",
    " - ",
    "\u2010",
    "\u2011",
    "\u2012",
    "\u2013",
    "\u2014",
    "|",
    "[",
    ", Tier",
    ", TIER",
    ", Special",
    ", SPECIAL",
)


def _header_at(
    lines: list[RawLine], index: int, matcher: CountryMatcher
) -> tuple[HeaderMatch, str, int] | None:
    """A header starting at ``lines[index]``: (match, header text, lines used)."""
    line = lines[index]
    text = line.text
    if not text:
        return None
    under = name_over_tier(lines, index, matcher) or tier_over_name(lines, index, matcher)
    if under is not None:
        return under
    tier_word = hinted(text)
    tier_first = _tier_first_at(lines, index, matcher) if tier_word else None
    if tier_first is not None:
        return tier_first, text, 1
    if tier_word and any(mark in text for mark in _HEADER_MARKS):
        match = parse_header(text, is_heading=line.heading, any_case=True)
        if (
            match is not None
            and not match.capitals
            and country_code(match.name, matcher) is None
            and not named_under(lines, index, match.name)
        ):
            match = None  # "Prosecution (Tier 2)" is no country
        if match is not None:
            following = lines[index + 1] if index + 1 < len(lines) else None
            if (
                following is not None
                and match.tier == "2"
                and is_watch_list_continuation(following.text)
            ):
                return HeaderMatch(match.name, "2WL"), f"{text} {following.text}", 2
            run_on = watch_list_run_on(following.text) if match.tier == "2" and following else None
            if following is not None and run_on is not None:
                # The narrative goes on after "Watch List" on the wrapped line.
                lines[index + 1] = RawLine(following.page, following.text[run_on:], False)
                header = f"{text} {following.text[:run_on].strip()}"
                return HeaderMatch(match.name, "2WL", match.capitals), header, 1
            # The copy's credit under the header belongs to it, as it does beside it.
            if following is not None and is_credit_line(following.text):
                return match, f"{text} {following.text}", 2
            return match, text, 1
    # A header wrapped over two lines: "CONGO, DEMOCRATIC REPUBLIC OF THE:" / "Tier 3",
    # or "... (INCLUDES TIBET, HONG KONG, AND" / "MACAU): Tier 2 Watch List".
    if index + 1 >= len(lines) or len(text) > 90:
        return None
    if not line.heading and (text[:2].upper() != text[:2] or not _caps_name(text)):
        return None
    following = lines[index + 1]
    if not following.text or len(following.text) > 70:
        return None
    if not (tier_word or hinted(following.text)):
        return None
    # The next line a known country's header on its own, in any case ("niger: tier 1" under a
    # page title): the header is that line alone.
    alone = parse_header(following.text, is_heading=following.heading, any_case=True)
    if alone is not None and matcher.match(alone.name) is not None:
        return None
    if alone is not None and not alone.capitals:
        alone = None
    # "BOSNIA AND" / "HERZEGOVINA: Tier 2": the second line alone names no country.
    combined = f"{text} {following.text}"
    match = parse_header(combined, is_heading=line.heading or following.heading)
    if match is not None and (alone is None or matcher.match(match.name) is not None):
        return match, combined, 2
    # A copy that breaks the header over three short lines ("PERU" / "(Tier" / "2)").
    if alone is not None or index + 2 >= len(lines):
        return None
    third = lines[index + 2]
    if not third.text or len(third.text) > 40:
        return None
    combined = f"{combined} {third.text}"
    match = parse_header(combined, is_heading=line.heading or following.heading)
    if match is None:
        return None
    # A title over a header wrapped in two ("Trafficking in Persons Report" / "SIERRA LEONE:"
    # / "Tier 2"): the header is the two lines under the title.
    if country_code(match.name, matcher) is None:
        lower = parse_header(f"{following.text} {third.text}", is_heading=following.heading)
        if lower is not None and country_code(lower.name, matcher) is not None:
            return None
    return match, combined, 3


def _tier_first_at(lines: list[RawLine], index: int, matcher: CountryMatcher) -> HeaderMatch | None:
    """A header with the tier first ("Tier 2 Watch List: Peru"): a known country's name, and
    prose under it. A tier list's line has the same shape ("TIER 3: CUBA"), but names follow
    it, not a sentence."""
    match = tier_first_header(lines[index].text)
    if match is None or country_code(match.name, matcher) is None:
        return None
    return match if prose_follows(lines, index) else None


_SPECIAL_CASES = re.compile(r"^special\s+cases?\s*:?$", re.IGNORECASE)


def _special_case_name(
    text: str, matcher: CountryMatcher, *, first: bool = False
) -> HeaderMatch | None:
    """Under a "Special Cases" heading the older reports head each case with the name alone,
    in capitals. A copy sets a page's heading as "Special Case" over "Libya": the first line
    under the heading may be in any case."""
    if len(text) > 60 or not (first or _caps(text)) or country_code(text, matcher) is None:
        return None
    return HeaderMatch(text, "special_case")


def _running_head(
    current: RawNarrative, match: HeaderMatch, line: RawLine, matcher: CountryMatcher
) -> bool:
    """The current narrative's header printed again as a running head: the same country and
    tier at the top of a page of its narrative, or inside a sentence the header breaks
    ("... victims in" / "PERU: Tier 2" / "the capital ..."). A header after a finished
    sentence on the same page opens a narrative of its own, even of the same country."""
    if match.tier != current.match.tier or not current.lines:
        return False
    code = country_code(match.name, matcher)
    if code is None or code != country_code(current.match.name, matcher):
        return False
    last = next((previous for previous in reversed(current.lines) if previous.text), None)
    if last is None:
        return False
    return last.page != line.page or not last.text.endswith(_SENTENCE_END)


def _split_raw(
    lines: list[RawLine], matcher: CountryMatcher, file_starts: frozenset[int] = frozenset()
) -> list[RawNarrative]:
    narratives: list[RawNarrative] = []
    current: RawNarrative | None = None
    special_cases = False
    under_special = False  # the first line with text under a "Special Case(s)" heading
    index = 0
    count = len(lines)
    page = lines[0].page if lines else 0
    while index < count:
        line = lines[index]
        text = line.text
        if line.page != page:
            page = line.page
            if page in file_starts:  # the next saved page of a bundle
                current, special_cases = None, False
        # Headers and end markers start with two capitals (or are marked headings);
        # a header's tier may also sit on a wrapped line: test cheaply first.
        capitals = text[:2].isupper()
        tier_under = index + 1 < count and tier_below(lines, index)
        first_under_special, under_special = (
            under_special and bool(text),
            under_special and not text,
        )
        if capitals or line.heading or hinted(text) or tier_under or first_under_special:
            found = _header_at(lines, index, matcher)
            if found is None and hinted(text):
                titled = titled_tier(lines, index, matcher)
                found = (titled, text, 1) if titled is not None else None
            if found is None and special_cases and (capitals or first_under_special):
                # A name in any case opens a narrative only over prose: in the tier lists a
                # "Special Cases" heading stands over names.
                first = first_under_special and prose_follows(lines, index)
                named = _special_case_name(text, matcher, first=first)
                found = (named, text, 1) if named is not None else None
            if found is not None:
                match, header, used = found
                if match.tier == "2" and (wrapped := watch_list_under(lines, index + used)):
                    match = HeaderMatch(match.name, "2WL", match.capitals)
                    header, used = f"{header} Watch List", wrapped - index
                if current is not None and _running_head(current, match, line, matcher):
                    index += used
                    continue
                current = RawNarrative(match=match, header=header, page=line.page)
                narratives.append(current)
                index += used
                continue
            if _SPECIAL_CASES.match(text):
                special_cases, current, under_special = True, None, True
                index += 1
                continue
        if current is not None:
            if capitals and is_end_marker(text):
                current = None
                special_cases = False
            else:
                current.lines.append(line)
        index += 1
    return narratives


# Fallbacks for a file in which no header stands on a line of its own. A header in capitals
# inside a line, the tier after a colon or in brackets ("... Select Page UNITED STATES OF
# AMERICA (Tier 1) https://...", a page saved with its line breaks lost):
# A word of the name may open its bracket: "MICRONESIA (FEDERATED STATES OF): Tier 2".
_INLINE_HEADER = re.compile(
    rf"(?P<name>(?:(?:\(?[{CAPITAL}][{CAPITAL}'\u2019.,()\-]*|&)\s+){{0,5}}"
    rf"\(?[{CAPITAL}][{CAPITAL}'\u2019.()\-]*?)\s*(?::\s*|\(\s*)"
    # The tier in capitals or, as the 2015-2017 PDFs print it, in title case ("DENMARK: Tier 1").
    r"(?P<tier>(?:TIERS?|Tiers?)\s+(?:1|2|3)(?:\s*[-\u2013\u2014]?\s+(?:WATCH\s+LIST|Watch\s+List))?"
    r"|SPECIAL\s+CASE"
    # A copy that loses the line break runs the tier into the narrative's first word: "Tier 2
    # Watch ListTrinidad and Tobago is a destination ...".
    r"|Special\s+Case)\)?(?:\b|(?=[A-Z][a-z])|(?<=\)))"
)
# A title-case header run into its narrative's first line: "Peru (Tier 2) Peru is a source
# ...", "Peru: Tier 2 Watch List The Government of Peru ...". Taken only for a known country.
# A name's small words stand between its capitalised ones ("Democratic Republic of the Congo",
# not "Congo").
# An inverted name may end in them ("Korea, Democratic People's Republic of"), the last word may
# be "d'Ivoire", and a qualifier
# in brackets may follow it ("Sint Maarten (Dutch part)").
_INLINE_TITLED_HEADER = re.compile(
    r"(?P<name>(?:(?:[A-Z][\w'\u2019.,\-]*|&)\s+(?:(?:of|the|and|de|da|du|y|et)\s+)*){0,5}"
    r"(?:d['\u2019])?[A-Z][\w'\u2019.\-]*(?:,\s+the|\s+of(?:\s+the)?)?(?:\s+\([^()\n]{1,40}\))?)\s*"
    # "Peru (Tier 2)", "Peru: Tier 2", and the newswire copies' "Peru - Tier 2".
    r"(?::\s*|\(\s*|\s[-\u2013\u2014]\s*)"
    r"(?P<tier>Tiers?\s+(?:1|2|3)(?:\s+Watch\s+List)?|Special\s+Case)\s*\)?"
)
# ecoi.net's page title with the tier standing alone under it ("Trafficking in Persons
# Report 2014 - Peru" / "Tier 2"), run into the narrative when the page is saved as one line:
# "Trafficking in Persons Report 2014 - Peru Tier 2 Peru is a source ...". The name is
# bounded, so each title is tried over a few dozen characters at most.
_INLINE_TITLE_AND_TIER = re.compile(
    r"\bTrafficking\s+in\s+Persons\s+Report\s*,?\s*(?:19|20)\d{2}\s*[-\u2013\u2014:]\s*"
    r"(?:The\s+)?(?P<name>[^\W\d_][^:\d\n]{1,70}?)\s+"
    r"(?P<tier>Tier\s+[123](?:\s+Watch\s+List)?)\s+(?=[A-Z])"
)
# The 2020s reports' Special Case header, run into the narrative: "SPECIAL CASE: SOMALIA
# Somalia remains a Special Case ...".
_INLINE_SPECIAL_FIRST = re.compile(r"\bSPECIAL\s+CASE\s*:\s*(?P<rest>\S.*)", re.IGNORECASE)
# The name runs to the verb; a full stop inside it is only an abbreviation's ("The Government of
# St. Vincent and the Grenadines does not ...", "the U.S.", "Hong Kong S.A.R.").
_ABBREVIATION_DOT = r"(?<=\bSt)\.|(?<=\bSte)\.|(?<=\bRep)\.|(?<=\bDem)\.|(?<=\b[A-Z])\."
_GOVERNMENT_OF = re.compile(
    GOVERNMENT_OF + r"(?:the\s+)?(?P<name>[A-Z](?:[^;:.]|" + _ABBREVIATION_DOT + r"){1,90}?)\s+"
    r"(?:does\s+not\s+)?"
    r"(?:fully\s+)?(?:meets?|compl(?:y|ies))\b"
)


# "the Macau Special Administrative Region (MSAR) of the People's Republic of China": a
# territory's formal name, of which the country list knows the first words.
_TERRITORY_SUFFIX = re.compile(r"\s+(?:Special\s+Administrative\s+Region\b.*|\(.*)$", re.IGNORECASE)


_GOVERNMENT_OF_AFTER_SENTENCE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s))" + _GOVERNMENT_OF.pattern
)


# A page saved as one line runs the page's title and the site's lines into the finding with
# no sentence end between them: "Dokument #2111666 USDOS - US Department of State (Autor) The
# Government of Ethiopia does not fully meet ...", "2019 Comoros Trafficking in Persons Report
# The Government of Comoros ...". Only the line's first finding, near its start, is taken,
# and only when no sentence ends before it and the word before it is no word of prose
# ("Observers said that The Government of ..."): a title ends in a name, a figure, a bracket
# or an address.
_TITLE_SPAN = 400
_GOVERNMENT_OF_START = re.compile(r"(?<![\w-])" + GOVERNMENT_OF)
# A full stop after a lower-case letter, a figure or a bracket ends a sentence; "U.S." and "St."
# do not.
_SENTENCE_BEFORE = re.compile(
    r"[a-z0-9)](?<!\bSt)(?<!\bSte)(?<!\bRep)(?<!\bDem)[.!?][\"\u201d\u2019]?\s"
)


def _government_of_after_title(text: str, line_end: int) -> tuple[int, re.Match[str] | None]:
    """Where the finding opens after the page's title and site lines run into its line, and
    the finding; (0, None) when it does not."""
    start = _GOVERNMENT_OF_START.search(text, 0, min(_TITLE_SPAN, line_end))
    if start is None or start.start() == 0 or _SENTENCE_BEFORE.search(text, 0, start.start()):
        return 0, None
    before = text[max(0, start.start() - 40) : start.start()].split()
    word = before[-1].rstrip(",;") if before else ""
    if word.isalpha() and word[0].islower():
        return 0, None
    found = _GOVERNMENT_OF.match(text, start.start())
    return (start.start(), found) if found is not None else (0, None)


_GOVERNMENT_OF_IN_LINE = re.compile(r"(?:https?://\S+|\bState)\s+(?=" + GOVERNMENT_OF + r"[A-Z])")


# The fallbacks below read a line with the next few lines of its paragraph run on: a copy
# that wrapped the text at another width (a web page printed to PDF, a text dump, an
# e-mailed copy) breaks "The Government of the Dominican Republic does not fully meet" or
# "BELIZE: Tier 2 Watch List" over lines where the page had one. What they find must start
# on the line itself; the next line is tried in its turn.
_RUN_ON_LINES = 3


@dataclass(slots=True)
class _RunOn:
    """``lines[index]`` with the next lines of its paragraph joined on as prose is joined."""

    text: str
    starts: list[int]  # where each line's text begins in ``text``

    @property
    def first_line_end(self) -> int:
        return self.starts[1] if len(self.starts) > 1 else len(self.text)

    def opens_on_first_line(self, match: re.Match[str] | None) -> bool:
        return match is not None and match.start() < self.first_line_end

    def locate(self, offset: int) -> tuple[int, int]:
        """The line (counted from the first) and column of ``offset``."""
        line = max(k for k, start in enumerate(self.starts) if start <= offset)
        return line, offset - self.starts[line]


def _run_on(lines: list[RawLine], index: int) -> _RunOn:
    text = lines[index].text
    starts = [0]
    for line in lines[index + 1 : index + 1 + _RUN_ON_LINES]:
        if not line.text:
            break
        text, separator = join_line(text, line.text)
        starts.append(len(text) + len(separator))
        text += separator + line.text
    return _RunOn(text, starts)


_TIER_WORDS = ("TIER", "Tier", "SPECIAL", "Special")


def _inline_narrative(lines: list[RawLine], matcher: CountryMatcher) -> RawNarrative | None:
    """A header inside a line, as a copy that interleaves PDF columns or runs the header into
    the narrative prints it."""
    for index, line in enumerate(lines):
        if not line.text:
            continue
        run_on = _run_on(lines, index)
        if not any(word in run_on.text for word in _TIER_WORDS):
            continue
        text = run_on.text
        # A title-case header is followed by its narrative's first sentence; "Peru (Tier 2)
        # and Bolivia (Tier 3) were assessed" is prose. It opens its line, or a page saved as
        # one line runs the page's title or the site's lines into it ("2022 Trafficking in
        # Persons Report: Peru Peru (Tier 2) The Government of Peru ...").
        titled = [
            found
            for found in _INLINE_TITLED_HEADER.finditer(text)
            if text[found.end() :].lstrip()[:1].isupper()
            and not joined_to_longer_name(text[: found.start()], found.group("name"))
        ]
        candidates = [*_INLINE_HEADER.finditer(text), *titled]
        for found in candidates:
            if not run_on.opens_on_first_line(found):
                continue
            words = found.group("name").split()
            for start in range(len(words)):
                name = " ".join(words[start:])
                if matcher.match(name) is None:
                    continue
                if joined_to_longer_name(" ".join(words[:start]), name):
                    break  # "SERBIA AND MONTENEGRO": no country of the list
                tier_text = found.group("tier")
                match = parse_header(f"{name}: {tier_text}", any_case=True)
                if match is None:
                    continue
                header = f"{name}: {tier_text}"
                return _narrative_from(match, header, lines, index, run_on, found.end())
        titled_tier = _INLINE_TITLE_AND_TIER.search(text)
        if run_on.opens_on_first_line(titled_tier) and titled_tier is not None:
            name = titled_tier.group("name")
            tier_text = titled_tier.group("tier")
            match = parse_header(f"{name}: {tier_text}", any_case=True)
            if match is not None and matcher.match(name) is not None:
                header = f"{name}: {tier_text}"
                return _narrative_from(match, header, lines, index, run_on, titled_tier.end())
        special = _INLINE_SPECIAL_FIRST.search(text)
        if special is not None and run_on.opens_on_first_line(special):
            words = special.group("rest").split()
            # The longest run of words that names a country ("CONGO, DEMOCRATIC REPUBLIC OF").
            for end in range(min(len(words), 6), 0, -1):
                name = " ".join(words[:end]).rstrip(".,;")
                if matcher.match(name) is not None:
                    header = f"Special Case: {name}"
                    match = HeaderMatch(name, "special_case")
                    cut = special.start("rest") + len(" ".join(words[:end]))
                    return _narrative_from(match, header, lines, index, run_on, cut)
    return None


def _narrative_from(
    match: HeaderMatch, header: str, lines: list[RawLine], index: int, run_on: _RunOn, cut: int
) -> RawNarrative:
    """A narrative whose header ends at ``cut`` in ``run_on``, which opens at ``lines[index]``."""
    raw = RawNarrative(match=match, header=header, page=lines[index].page)
    offset, column = run_on.locate(cut)
    line = lines[index + offset]
    rest = line.text[column:].strip()
    if rest:
        raw.lines.append(RawLine(line.page, rest, False))
    raw.lines.extend(lines[index + offset + 1 :])
    return raw


# How far above a headerless page's finding its tier may stand alone: a few lines, or the
# paragraphs of the profile before the finding however a copy wrapped them (a copy wrapped at
# 50 columns spreads one paragraph over a dozen lines), within a bound.
_TIER_LINES_ABOVE = 8
_TIER_PARAGRAPHS_ABOVE = 3
_TIER_LINES_BOUND = 80
# The report's title with no country, run into the tier alone when a page is saved as one
# line: "2013 Trafficking in Persons Report Tier 2 Kiribati is a source country ...".
_TITLE_THEN_TIER = re.compile(
    r"^(?:[^\n]{0,200}?\s)?(?:(?:19|20)\d{2}\s+)?Trafficking\s+in\s+Persons\s+Report\s*"
    r"(?P<tier>Tier\s+[123](?:\s+Watch\s+List)?)\s+(?=[A-Z])"
)


def _tier_above(lines: list[RawLine], index: int) -> str | None:
    """The last tier standing alone on a line above ``lines[index]``: within a few lines, or
    within the paragraphs just above it."""
    paragraphs = 0
    blank = False
    for back, line in enumerate(reversed(lines[max(0, index - _TIER_LINES_BOUND) : index])):
        if not line.text:
            paragraphs += 0 if blank else 1
            blank = True
            continue
        blank = False
        if back >= _TIER_LINES_ABOVE and paragraphs > _TIER_PARAGRAPHS_ABOVE:
            return None
        tier = bare_tier(line.text)
        if tier is not None:
            return tier
    return None


# The page's name over its tier, run into the finding when the page is saved as one line: "...
# Share Afghanistan Tier 3 The Government of Afghanistan does not ...".
_TIER_AT_END = re.compile(
    r"(?P<tier>Tier\s+[123](?:\s+Watch\s+List)?|TIER\s+[123](?:\s+WATCH\s+LIST)?)\s*$"
)


_NAME_WORDS = 10


def _named_tier_in_line(text: str, name: str, matcher: CountryMatcher) -> str | None:
    """The tier just before the finding, with the finding's country named just before it."""
    found = _TIER_AT_END.search(text)
    if found is None:
        return None
    before = text[: found.start()].split()
    code = matcher.match(name)
    if code is None or not any(
        matcher.match(" ".join(before[start:])) == code
        for start in range(max(0, len(before) - _NAME_WORDS), len(before))
    ):
        return None
    return bare_tier(found.group("tier"))


# ... however much of the site runs before them: the banner, menus and breadcrumb of a state.gov
# page saved as one line are longer than a title.
_TIER_THEN_GOVERNMENT = re.compile(
    r"(?<=\s)(?:Tier\s+[123](?:\s+Watch\s+List)?|TIER\s+[123](?:\s+WATCH\s+LIST)?)\s+(?="
    + GOVERNMENT_OF
    + ")"
)


def _government_of_after_named_tier(
    text: str, line_end: int, matcher: CountryMatcher
) -> tuple[int, re.Match[str] | None]:
    """Where the finding opens after its country's name and tier on a page saved as one line
    ("... Reports > Niger Tier 2 The Government of Niger does not ..."); (0, None) when not."""
    for tier in _TIER_THEN_GOVERNMENT.finditer(text, 0, line_end):
        found = _GOVERNMENT_OF.match(text, tier.end())
        if found is None:
            continue
        name = found.group("name")
        if _named_tier_in_line(text[: tier.end()], name, matcher) is not None:
            return tier.end(), found
    return 0, None


def _titled_tier_in_line(text: str) -> str | None:
    """The tier run in after the report's title when a page is saved as one line."""
    found = _TITLE_THEN_TIER.match(text)
    return bare_tier(found.group("tier")) if found is not None else None


def _headerless_narrative(lines: list[RawLine], matcher: CountryMatcher) -> RawNarrative | None:
    """A single country's page saved without its header: it opens with "The Government of
    Russia does not fully meet the minimum standards...", for a Special Case with "Somalia
    remains a Special Case ...", or in an early report with its placement ("Peru is a Tier 2
    country")."""
    for index, line in enumerate(lines):
        if not line.text:
            continue
        run_on = _run_on(lines, index)
        text = run_on.text
        special = SPECIAL_CASE_OPENING.match(text)
        name = named_by_last_words(special.group("name"), matcher) if special else None
        if name is not None:
            return RawNarrative(
                match=HeaderMatch(name, "special_case"),
                header=f"{name}: Special Case",
                page=line.page,
                lines=lines[index:],
            )
        # The whole subject must be the country's name: "Officials said Peru is a Tier 2
        # country" is a sentence about the report, not a page's opening.
        placed = TIER_OPENING.match(text)
        name = placed.group("name") if placed else None
        if placed is not None and name is not None and matcher.match(name) is not None:
            return RawNarrative(
                match=HeaderMatch(name, bare_tier(placed.group("tier"))),
                header=f"{name}: {placed.group('tier')}",
                page=line.page,
                lines=lines[index:],
            )
        profiled = profile_under_tier(lines, index, text, matcher)
        if profiled is not None:
            return profiled
        found = _GOVERNMENT_OF.match(text)
        opening = 0
        if found is None:
            # A copy printed to PDF runs the page's title and address into the line:
            # "Iraq - United States Department of State https://... The Government of Iraq"
            inline = _GOVERNMENT_OF_IN_LINE.search(text)
            if inline is not None and inline.end() < run_on.first_line_end:
                opening = inline.end()
                found = _GOVERNMENT_OF.match(text, opening)
            else:
                # A copy that ran the page's paragraphs together: the finding opens a
                # sentence inside the line, after the country's profile. The whole line is
                # the narrative's.
                found = _GOVERNMENT_OF_AFTER_SENTENCE.search(text)
                if not run_on.opens_on_first_line(found):
                    found = None
            if found is None:
                opening, found = _government_of_after_title(text, run_on.first_line_end)
            if found is None:
                opening, found = _government_of_after_named_tier(
                    text, run_on.first_line_end, matcher
                )
            if found is None:
                continue
        name = found.group("name")
        if matcher.match(name) is None:
            # "The Government of the Republic of Cyprus": the formal name, when the
            # country list knows only the short one.
            name = FORMAL_PREFIX.sub("", name)
            if matcher.match(name) is None:
                name = _TERRITORY_SUFFIX.sub("", name)
            if not name or matcher.match(name) is None:
                continue
        # A country page may print its tier alone under the title ("2013 Trafficking in
        # Persons Report" / "Tier 3") with no country name beside it.
        tier = (
            _tier_above(lines, index)
            or _titled_tier_in_line(text[: found.start()])
            or _named_tier_in_line(text[: found.start()], name, matcher)
        )
        first = [RawLine(line.page, line.text[opening:], False)] if opening else []
        return RawNarrative(
            match=HeaderMatch(name, tier),
            header=f"The Government of {name}",
            page=line.page,
            lines=first + lines[index + (1 if opening else 0) :],
        )
    return None


# The line ends after which `join_line` may do other than put a blank between the lines.
_JOINING_ENDS = ("-", "\u2014", "/")


class _SectionBuilder:
    """Accumulates lines of one section, joining them into page-attributed prose."""

    def __init__(self, name: str, heading: str | None) -> None:
        self.name = name
        self.heading = heading
        self._pages: list[int] = []
        self._chunks: list[list[str]] = []
        self._last = ""
        self._paragraph_break = False

    def paragraph_break(self) -> None:
        if self._chunks:
            self._paragraph_break = True

    def add(self, page: int, text: str) -> None:
        separator = ""
        if self._chunks:
            if self._paragraph_break:
                separator = "\n"
            elif not self._last.endswith(_JOINING_ENDS) and not text.startswith("\u2014"):
                separator = " "  # most lines: what `join_line` says, without asking it
            else:
                new_last, separator = join_line(self._last, text)
                if new_last != self._last:
                    self._chunks[-1][-1] = new_last
        self._paragraph_break = False
        if not self._pages or self._pages[-1] != page:
            self._pages.append(page)
            self._chunks.append([])
        chunk = self._chunks[-1]
        if separator:
            chunk.append(separator)
        chunk.append(text)
        self._last = text

    def build(self) -> Section | None:
        spans = [
            Span(page, "".join(chunk))
            for page, chunk in zip(self._pages, self._chunks, strict=True)
        ]
        body = PagedText(spans).strip()
        if not body.text:
            return None
        return Section.from_body(self.name, body, self.heading)


def _is_heading_position(body: list[RawLine], index: int) -> bool:
    """Running-text headings stand between a finished sentence and a new one."""
    previous = next((line.text for line in reversed(body[:index]) if line.text), "")
    following = next((line.text for line in body[index + 1 :] if line.text), "")
    previous_ok = not previous or previous.endswith(_SENTENCE_END)
    following_ok = not following or following[0].isupper() or following[0] in '"\u201c('
    return previous_ok and following_ok


def _sections(raw: RawNarrative) -> list[Section]:
    own_name = normalise_name(raw.match.name)
    builders = [_SectionBuilder("__opening__", None)]
    body = raw.lines
    for index, line in enumerate(body):
        text = line.text
        if not text:
            builders[-1].paragraph_break()
            continue
        if line.heading or _caps(text):
            if normalise_name(text) == own_name:
                continue  # the country's name as a running head
            name = known_section(text, is_heading=line.heading)
            if name is None:
                candidate = other_heading(text, is_heading=line.heading)
                if candidate and (line.heading or _is_heading_position(body, index)):
                    name = candidate
            if name is not None:
                builders.append(_SectionBuilder(name, text))
                continue
        builders[-1].add(line.page, text)

    sections: list[Section] = []
    has_profile = any(builder.name == "trafficking_profile" for builder in builders)
    for builder in builders:
        section = builder.build()
        if section is None:
            continue
        if builder.name == "__opening__":
            sections.extend(_classify_opening(section, has_profile))
        else:
            sections.append(section)
    return sections


def _classify_opening(opening: Section, has_profile_heading: bool) -> list[Section]:
    """Name the untitled text that follows the header.

    New layout (a TRAFFICKING PROFILE heading comes later): the opening is the
    summary. Old layout: the trafficking profile, then the government's efforts
    paragraph, which starts with the "minimum standards" sentence.
    """
    assert opening.body is not None
    if has_profile_heading:
        return [Section.from_body("summary", opening.body)]
    text = opening.text
    for start, end in sentence_spans(text):
        if _MINIMUM_STANDARDS.search(text, start, end):
            if start == 0:
                return [Section.from_body("summary", opening.body)]
            profile = opening.body.slice(0, start).strip()
            efforts = opening.body.slice(start, len(text)).strip()
            return [
                Section.from_body("trafficking_profile", profile),
                Section.from_body("government_efforts", efforts),
            ]
    name = "trafficking_profile" if _PROFILE_OPENING.search(text[:600]) else "summary"
    return [Section.from_body(name, opening.body)]


def cut_narratives(document: Document, matcher: CountryMatcher) -> list[RawNarrative]:
    """The document cut at its country headers: each narrative's lines, not yet read."""
    lines = _lines(document)
    raws = _without_repeated_headers(_split_raw(lines, matcher, document.file_starts), matcher)
    if not raws:
        fallback = (
            _inline_narrative(lines, matcher)
            or _headerless_narrative(lines, matcher)
            or header_split_by_columns(lines, matcher)
        )
        raws = [fallback] if fallback is not None else []
    return raws


# Under a header, text with no sentence of SENTENCE_WORDS words and no section heading is no
# narrative: a saved page's title over its breadcrumb or share buttons ("Office to Monitor and
# Combat Trafficking in Persons", "Share"), or its header printed again over "Back to top".
_AFTER_A_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _without_repeated_headers(
    raws: list[RawNarrative], matcher: CountryMatcher
) -> list[RawNarrative]:
    """A page that prints its header more than once holds one narrative: as the page's title
    ("Peru - Tier 2" over "Office to Monitor and Combat Trafficking in Persons", then "PERU:
    Tier 2"), twice in a row ("SINT MAARTEN (Tier 3)*" over "SINT MAARTEN (Tier 3)*"), or
    again at its foot. Of one country's headers with the same tier, those with no narrative
    under them are dropped when one other has the narrative (or, when none has, the one with
    the most text stays). Two narratives of one country, or two tiers, stay: the review shows
    them as a problem."""
    groups: dict[str, list[RawNarrative]] = defaultdict(list)
    for raw in raws:
        groups[country_code(raw.match.name, matcher) or normalise_name(raw.match.name)].append(raw)
    dropped: set[int] = set()
    for group in groups.values():
        if len(group) < 2 or len({raw.match.tier for raw in group}) > 1:
            continue
        narratives = [raw for raw in group if not _furniture_only(raw)]
        if len(narratives) > 1:
            continue
        kept = narratives[0] if narratives else max(group, key=_text_length)
        dropped.update(id(raw) for raw in group if raw is not kept)
    return [raw for raw in raws if id(raw) not in dropped]


def _text_length(raw: RawNarrative) -> int:
    return sum(len(line.text) for line in raw.lines)


# A copy's note on where its text comes from, under the page's title printed as a header and
# over the report's own header: "The following report was published by the U.S. Department
# of State ... It is reproduced in full below." It names the report or its author and says
# the text was published, released or copied.
_COPY_NOTE_LENGTH = 400
_REPORT_OR_AUTHOR = (
    r"(?:Department\s+of\s+State|State\s+Dep(?:ar)?t\b|Trafficking\s+in\s+Persons(?:\s+\(TIP\))?"
    r"\s+Report|TIP\s+Report|Office\s+to\s+Monitor\s+and\s+Combat)"
)
_PUBLISHED = r"(?:published|released|reproduced|republished|extracted|excerpted|issued|posted)"
_COPY_NOTE = re.compile(
    rf"\b{_PUBLISHED}\b[^\n]{{0,160}}?{_REPORT_OR_AUTHOR}|{_REPORT_OR_AUTHOR}[^\n]{{0,160}}?\b{_PUBLISHED}\b",
    re.IGNORECASE,
)


def _furniture_only(raw: RawNarrative) -> bool:
    if any(line.heading for line in raw.lines):
        return False
    text = " ".join(line.text for line in raw.lines if line.text)
    if len(text) <= _COPY_NOTE_LENGTH and _COPY_NOTE.search(text):
        return True
    return not any(
        len(sentence.split()) >= SENTENCE_WORDS and sentence.rstrip()[-1:] in ".!?"
        for sentence in _AFTER_A_SENTENCE.split(text)
    )


def build_narrative(raw: RawNarrative, matcher: CountryMatcher) -> Narrative:
    """One cut narrative read into its sections (independent of the others)."""
    return Narrative(
        name=raw.match.name,
        iso3=country_code(raw.match.name, matcher),
        tier=raw.match.tier,
        header=raw.header,
        first_page=raw.page,
        last_page=max([raw.page, *(line.page for line in raw.lines if line.text)]),
        sections=_sections(raw),
    )


def segment(document: Document, matcher: CountryMatcher) -> Segmentation:
    """Country narratives of a report, with the problems found on the way."""
    narratives = [build_narrative(raw, matcher) for raw in cut_narratives(document, matcher)]
    return Segmentation(narratives=narratives, problems=narrative_problems(narratives))


def narrative_problems(narratives: list[Narrative]) -> list[Problem]:
    """Unknown names, empty narratives, countries found twice, no narrative at all."""
    problems: list[Problem] = []
    for narrative in narratives:
        if narrative.iso3 is None:
            problems.append(
                Problem(f'unknown country name "{narrative.name}" (page {narrative.first_page})')
            )
        if not narrative.sections:
            problems.append(
                Problem(
                    f'the narrative for "{narrative.name}" has no text '
                    f"(page {narrative.first_page})"
                )
            )

    seen: dict[str, list[Narrative]] = defaultdict(list)
    for narrative in narratives:
        seen[narrative.iso3 or normalise_name(narrative.name)].append(narrative)
    for group in seen.values():
        if len(group) > 1:
            pages = [str(n.first_page) for n in group]
            times = "twice" if len(group) == 2 else f"{len(group)} times"
            listed = " and ".join(pages) if len(pages) == 2 else ", ".join(pages)
            problems.append(
                Problem(f'country "{group[0].name}" appears {times} (pages {listed})', fatal=True)
            )
    if not narratives:
        problems.append(Problem(NOT_A_REPORT, fatal=True))
    return problems
