"""Narratives in a file in which no header stands on a line of its own: a header run into a
line (a page saved with its line breaks lost, the tier after a colon or in brackets), or no
header at all, the country named by the finding's "The Government of X" and the tier by the
lines above it or the finding itself."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipwatch.ingest.parsing.countries import CountryMatcher
from tipwatch.ingest.parsing.headings import (
    CAPITAL,
    FORMAL_PREFIX,
    HeaderMatch,
    bare_tier,
    joined_to_longer_name,
    named_by_last_words,
    parse_header,
)
from tipwatch.ingest.parsing.narrative import RawLine, RawNarrative
from tipwatch.ingest.parsing.openings import (
    GOVERNMENT_OF,
    SPECIAL_CASE_OPENING,
    TIER_OPENING,
)
from tipwatch.ingest.parsing.parted_pages import profile_under_tier
from tipwatch.ingest.parsing.textnorm import join_line

# A header in capitals inside a line, the tier after a colon or in brackets ("... Select Page
# UNITED STATES OF AMERICA (Tier 1) https://..."). A word of the name may open its bracket:
# "MICRONESIA (FEDERATED STATES OF): Tier 2".
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
# A header in any case opening a line and run into its narrative, as a copy that lowercased
# it prints it: "somalia (special case) Somalia remains a Special Case ...", "peru: tier 2 Peru
# is a source ...". Only at the line's start, and only for a name the country list knows.
_OPENING_HEADER_ANY_CASE = re.compile(
    r"(?P<name>[^\W\d_](?:[^\W\d_]|['\u2019.,\- ]){0,60}?)\s*(?::\s*|\(\s*)"
    r"(?P<tier>(?i:tiers?\s+[123](?:\s*[-\u2013\u2014]?\s*watch\s+list)?|special\s+case))"
    # never a "Tier 2" cut from its "Watch List"
    r"(?![\s\-\u2013\u2014]*(?i:watch))\s*\)?\s+(?=[A-Z])"
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


def inline_narrative(lines: list[RawLine], matcher: CountryMatcher) -> RawNarrative | None:
    """A header inside a line, as a copy that interleaves PDF columns or runs the header into
    the narrative prints it."""
    for index, line in enumerate(lines):
        if not line.text:
            continue
        run_on = _run_on(lines, index)
        text = run_on.text
        opening = _OPENING_HEADER_ANY_CASE.match(text)
        if opening is None and not any(word in text for word in _TIER_WORDS):
            continue
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
        if opening is not None and _opens_its_own_narrative(opening, text, matcher):
            name, tier_text = opening.group("name"), opening.group("tier")
            match = parse_header(f"{name}: {tier_text}", any_case=True)
            if match is not None:
                header = f"{name}: {tier_text}"
                return _narrative_from(match, header, lines, index, run_on, opening.end())
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


def _opens_its_own_narrative(opening: re.Match[str], text: str, matcher: CountryMatcher) -> bool:
    """The header names a known country, and the finding after it (if any) is that country's:
    "afghanistan (tier 1) The Government of Peru ..." is another page's line run into Peru's."""
    code = matcher.match(opening.group("name"))
    if code is None:
        return False
    finding = _GOVERNMENT_OF.match(text, opening.end())
    return finding is None or matcher.match(FORMAL_PREFIX.sub("", finding.group("name"))) in (
        code,
        None,
    )


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
# (in any case, and in brackets or after a colon: "peru (tier 2) The Government of Peru ...",
# a copy that lowercased its header)
_TIER_WORDS_ANY_CASE = r"(?i:tier\s+[123](?:\s*[-\u2013\u2014]?\s*watch\s+list)?)"
_TIER_AT_END = re.compile(rf"(?P<tier>{_TIER_WORDS_ANY_CASE})\)?\s*$")


_NAME_WORDS = 10


def _named_tier_in_line(text: str, name: str, matcher: CountryMatcher) -> str | None:
    """The tier just before the finding, with the finding's country named just before it."""
    found = _TIER_AT_END.search(text)
    if found is None:
        return None
    before = text[: found.start()].rstrip(" (:-\u2013\u2014").split()
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
    rf"(?<=[\s(:]){_TIER_WORDS_ANY_CASE}\)?\s+(?=" + GOVERNMENT_OF + ")"
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


def headerless_narrative(lines: list[RawLine], matcher: CountryMatcher) -> RawNarrative | None:
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
