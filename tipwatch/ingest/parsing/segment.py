"""Splitting a Document into country narratives and their sections."""

from __future__ import annotations

import re
from collections import defaultdict

from tipwatch.ingest.parsing.countries import CountryMatcher, normalise_name
from tipwatch.ingest.parsing.document import Document
from tipwatch.ingest.parsing.headerless import headerless_narrative, inline_narrative
from tipwatch.ingest.parsing.headings import (
    HeaderMatch,
    blank_between_header,
    country_code,
    is_credit_line,
    is_end_marker,
    is_watch_list_continuation,
    parse_header,
    tier_first_header,
    watch_list_run_on,
)
from tipwatch.ingest.parsing.narrative import (
    Narrative,
    Problem,
    RawLine,
    RawNarrative,
    Segmentation,
)
from tipwatch.ingest.parsing.parted_pages import header_split_by_columns
from tipwatch.ingest.parsing.sections import SENTENCE_END, all_caps, sections_of
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

NOT_A_REPORT = "not a TIP report: no country narratives found"


def _lines(document: Document) -> list[RawLine]:
    out: list[RawLine] = []
    for page in document.pages:
        headings = page.heading_lines
        for index, text in enumerate(page.text.split("\n")):
            out.append(RawLine(page.number, text.strip(), index in headings))
    return out


def _caps_name(text: str) -> bool:
    """The part of a line before any ":" or "(" is in capitals."""
    cut = min((i for i in (text.find(":"), text.find("(")) if i >= 0), default=len(text))
    return all_caps(text[:cut])


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
    " / tier",
    " / special",
    ", tier",
    ", special",
    ". tier",
    ". special",
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
    blank_between = _blank_between_at(lines, index, matcher) if tier_word else None
    if blank_between is not None:
        return blank_between, text, 1
    if tier_word and any(mark in text.lower() for mark in _HEADER_MARKS):
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


def _blank_between_at(
    lines: list[RawLine], index: int, matcher: CountryMatcher
) -> HeaderMatch | None:
    """A header with only a blank between the name and the tier ("PERU Tier 2"): the whole name
    a known country's, and prose under it, not the next row of a table of tiers."""
    match = blank_between_header(lines[index].text)
    if match is None or matcher.match(match.name) is None or not prose_follows(lines, index):
        return None
    above = next(
        (line.text for line in reversed(lines[max(0, index - 3) : index]) if line.text), ""
    )
    return None if blank_between_header(above) is not None else match


_SPECIAL_CASES = re.compile(r"^special\s+cases?\s*:?$", re.IGNORECASE)


def _special_case_name(
    text: str, matcher: CountryMatcher, *, first: bool = False
) -> HeaderMatch | None:
    """Under a "Special Cases" heading the older reports head each case with the name alone,
    in capitals. A copy sets a page's heading as "Special Case" over "Libya": the first line
    under the heading may be in any case."""
    if len(text) > 60 or not (first or all_caps(text)) or country_code(text, matcher) is None:
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
    return last.page != line.page or not last.text.endswith(SENTENCE_END)


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


def cut_narratives(document: Document, matcher: CountryMatcher) -> list[RawNarrative]:
    """The document cut at its country headers: each narrative's lines, not yet read."""
    lines = _lines(document)
    raws = _without_repeated_headers(_split_raw(lines, matcher, document.file_starts), matcher)
    if not raws:
        fallback = (
            inline_narrative(lines, matcher)
            or headerless_narrative(lines, matcher)
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
        sections=sections_of(raw),
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
