"""The report's own tier placement lists ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3",
"Special Cases"), printed before the narratives and copied by many web sites.

A list is a heading line followed by country names, one or several to a line (the report
prints them in columns; copies often read the columns row by row). Names are recognised by
the country matcher; a name it does not know is kept, unresolved, when known names follow it
in the same list. A list ends at the first line that holds no names. A heading may share its
line with the first names ("TIER 2 WATCH LIST Afghanistan", "Tier 3: Cuba, Iran, Libya") or
follow a lead-in ("The following countries are on Tier 3 ..."), with a colon or without.
A list may be written out as prose ("Tier 3: Cuba, Iran, and Libya"); names may carry list
marks and footnote marks ("1. Burma*"), be split over two lines by a narrow column, or run
together on one line with names the matcher does not know among them (see `_greedy_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tipwatch.ingest.parsing.countries import CountryMatcher, normalise_name
from tipwatch.ingest.parsing.document import Document

_DASHES = "\u2010\u2011\u2012\u2013\u2014\\-"
# A tier's number, or its word as some copies spell it ("Tier Two Watch List").
_NUMBERS = {"1": "1", "2": "2", "3": "3", "one": "1", "two": "2", "three": "3"}
_HEADING = re.compile(
    rf"^\s*(?:tier[\s]*(?P<num>1|2|3|one\b|two\b|three\b)"
    rf"(?P<wl>[\s{_DASHES}]*watch[\s{_DASHES}]*list)?"
    r"|(?P<special>special\s+cases?))"
    # A list carried over to the next page or column: "TIER 2 (CONTINUED)", "Tier 2 cont'd".
    r"(?P<continued>\s*\(?\s*(?:continued|cont(?:[\u2019']d|\.)?)\s*\)?)?"
    # What the list holds, said after its heading: "Tier 3 Countries:".
    r"(?:\s+(?:countries|nations))?"
    # gvnet.com: "Tier 1 - Countries whose governments fully meet the ... standards."
    rf"(?P<description>\s*[{_DASHES}:]\s*countries\s+whose\b.*)?\s*:?\s*$",
    re.IGNORECASE,
)
_COLUMN_GAP = re.compile(r"\s{2,}|\t")
# A line that could be a name the matcher does not know ("Netherlands Antilles").
_NAME_LIKE = re.compile(r"^[^\W\d_][\w'\u2019.,&()\- ]{1,40}$")
_MAX_NAME_WORDS = 6
# What a name read off a line of several may carry at its edges: the comma or colon of a
# list written out ("Tier 3: Cuba, Iran, Libya").
_NAME_EDGES = " ,;:"
MIN_LIST_NAMES = 3
# A heading's description wrapped by a copy ("Tier 1 - Countries whose governments fully
# meet the [Trafficking Victims" / "Protection Act] TVPA's minimum standards ...") runs on
# until its sentence ends, over a few lines at most.
_MAX_DESCRIPTION_LINES = 4


# A list saved with its line breaks lost: "Tier 1 Argentina Australia ... Tier 2 Albania
# ..." on one line. Such a line is cut before each heading inside it, a gvnet.com heading's
# description kept with it to its full stop, and read as the list's lines would be.
_LONG_LINE = 200
_HEADING_IN_LINE = re.compile(
    rf"\b(?:tier\s*(?:[123]|one|two|three)(?:[\s{_DASHES}]*watch[\s{_DASHES}]*list)?"
    r"|special\s+cases?)\b",
    re.IGNORECASE,
)
_DESCRIPTION_START = re.compile(rf"\s*[{_DASHES}:]\s*countries\s+whose\b", re.IGNORECASE)


def _list_lines(line: str) -> list[str]:
    """A line as a list's lines: a long line cut before each heading inside it."""
    if len(line) < _LONG_LINE:
        return [line]
    pieces: list[str] = []
    start = 0
    for heading in _HEADING_IN_LINE.finditer(line):
        if heading.start() < start:
            continue  # inside the description kept with the last heading
        pieces.append(line[start : heading.start()])
        start = heading.start()
        end = heading.end()
        if _DESCRIPTION_START.match(line, end):
            stop = line.find(". ", end)
            end = len(line) if stop < 0 else stop + 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


# A list's heading run into its first names on one line ("TIER 2 WATCH LIST Afghanistan",
# "Tier 3: Cuba, Iran") or opened by a lead-in ("The following countries are on Tier 3
# Afghanistan ...", "... were placed on the Tier 2 Watch List:"), colon or none. A lead-in
# names what is listed (countries, nations, ...) and ends with the word that puts them on
# the tier, so that prose naming a tier ("Peru remained on Tier 2 ...") is never cut.
_LEAD_IN = re.compile(
    r"^(?:.*\b(?:countries|nations|governments|jurisdictions|territories)\b.*\s)?"
    r"(?:on|in|as|to|under|onto)(?:\s+the)?\s*$",
    re.IGNORECASE,
)
# What may stand between the heading and its names: what they are ("Tier 3 countries:
# Cuba", "the Tier 3 list: Cuba"), a colon or a dash.
_AFTER_OPENING = re.compile(
    rf"\s*(?:(?:countries|nations|list|category)\b)?\s*[{_DASHES}:]?\s*", re.IGNORECASE
)


def _opening(line: str, matcher: CountryMatcher) -> list[str] | None:
    """A line that opens a list without being its heading alone, as its heading and the
    names on the line after it: "TIER 2 WATCH LIST Afghanistan" -> ["TIER 2 WATCH LIST",
    "Afghanistan"]; "The following countries are on Tier 3:" -> ["Tier 3"]. None when the
    line is no such opening: no heading begins it or follows a lead-in, or words other than
    names follow the heading."""
    for heading in _HEADING_IN_LINE.finditer(line):
        lead = line[: heading.start()]
        if lead.strip() and not _LEAD_IN.match(lead):
            continue
        between = _AFTER_OPENING.match(line, heading.end())
        rest = line[between.end() if between else heading.end() :].strip()
        if not rest:
            return [heading.group(0)] if lead.strip() else None
        if _names_in_line(rest, matcher) is None:
            return None
        return [heading.group(0), rest]
    return None


def _cut_lines(text: str, matcher: CountryMatcher) -> Iterator[tuple[str, bool]]:
    """The text's lines as a list's lines, each with whether it was cut from a longer line.
    A shorter line that opens a list is cut after its heading (see `_opening`)."""
    for line in text.split("\n"):
        pieces = _list_lines(line)
        if len(pieces) == 1 and _heading(line) is None:
            opening = _opening(line, matcher)
            if opening is not None:
                for piece in opening:
                    yield piece, False
                continue
        for piece in pieces:
            yield piece, len(pieces) > 1


@dataclass(frozen=True, slots=True)
class ListedPlacement:
    """One name in one of the report's tier lists."""

    name: str
    iso3: str | None
    tier: str
    page: int

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "iso3": self.iso3, "tier": self.tier, "page": self.page}


def _heading(line: str) -> tuple[str, bool, bool] | None:
    """A list heading's tier, whether its description runs on to the next line, and
    whether it carries on the list of that tier from the page before ("continued")."""
    match = _HEADING.match(line)
    if match is None:
        return None
    description = match.group("description")
    runs_on = bool(description) and not description.rstrip().endswith((".", ":"))
    continued = bool(match.group("continued"))
    if match.group("special"):
        return "special_case", runs_on, continued
    num = _NUMBERS[match.group("num").casefold()]
    return ("2WL" if num == "2" and match.group("wl") else num), runs_on, continued


# Footnote marks printed after a name ("Burma*", "Cuba \u2020", "Sudan1", "Syria\u00b9"): a
# mark, or one or two digits set against the name's last letter, before a space, a comma
# or the line's end. A digit after a space stays (it may be a page number: no name).
_MARKS = re.compile(
    r"(?<=[^\W\d_])(?:\s*[*\u2020\u2021\u00a7]+|[\u00b9\u00b2\u00b3\u2070-\u2079]+|\d{1,2})"
    r"(?=[\s,;.]|$)"
)
# The title the lists' pages repeat at their top ("TIER PLACEMENTS", "Tier Placements
# (continued)"): inside a list it is neither a name nor the list's end.
_LISTS_TITLE = re.compile(r"^\s*tier\s+placements?\b\W*(?:continued\W*)?$", re.IGNORECASE)


# A web copy's list marks before a name: a bullet, a dash or a number ("\u2022 Cuba",
# "- Cuba", "1. Cuba", "2) Iran").
_LIST_MARK = re.compile(rf"^\s*(?:[\u2022\u00b7\u25aa\u25cf\u25e6*{_DASHES}]|\d{{1,3}}[.)])\s+")


def _without_marks(line: str) -> str:
    """A list line without the marks around its names: footnote marks and list marks."""
    return _MARKS.sub("", _LIST_MARK.sub("", line))


# A footnote's number set a space after a name ("Venezuela 2"): taken for a mark only when
# what is left is known names all, as a page number after a name is none.
_SPACED_FOOTNOTE = re.compile(r"(?<=[^\W\d_])\s\d{1,2}(?=\s|$)")


def _names_in_line(line: str, matcher: CountryMatcher) -> list[tuple[str, str | None]] | None:
    """The names a list line holds, or None when it is no list line."""
    names = _names_in_marked_line(line, matcher)
    if names is None and _SPACED_FOOTNOTE.search(line):
        names = _names_in_marked_line(_SPACED_FOOTNOTE.sub("", line), matcher)
        if names is not None and any(iso3 is None for _, iso3 in names):
            return None
    return names


def _names_in_marked_line(
    line: str, matcher: CountryMatcher
) -> list[tuple[str, str | None]] | None:
    line = _without_marks(line).strip()
    if matcher.match(line) is not None:
        return [(line, matcher.match(line))]
    cells = [cell for cell in _COLUMN_GAP.split(line) if cell]
    if len(cells) > 1 and all(matcher.match(cell) for cell in cells):
        return [(cell, matcher.match(cell)) for cell in cells]
    written = _written_out_names(line, matcher)
    if written is not None:
        return written
    return _greedy_names(line.split(), matcher)


# A list written out as prose: names between commas, the last pair joined by "and"
# ("Cuba, Iran, and Libya"; "Burma, Cuba, North Korea and Sudan"). A name may hold a comma
# of its own ("Korea, North") or an "and" ("Antigua and Barbuda"), so items are joined
# back while together they make one name, and an item is cut at "and" only when it is no
# name whole and both its halves are names. Anything else between the commas (prose, a
# verb) makes the line no list.
_ITEM_SEPARATOR = re.compile(r"\s*[,;]\s*")
_FINAL_AND = re.compile(r"^(?:and|&)\s+", re.IGNORECASE)
_INNER_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_MAX_ITEMS_IN_NAME = 3  # "Congo, Democratic Republic of the": two items; some copies add a third


def _written_out_names(line: str, matcher: CountryMatcher) -> list[tuple[str, str | None]] | None:
    """The names of a list written out with commas and "and", or None when the line is
    not one (no comma, or an item that is no name)."""
    if "," not in line and ";" not in line:
        return None
    items = [item for item in _ITEM_SEPARATOR.split(line.rstrip(" .")) if item]
    items = [_FINAL_AND.sub("", item) for item in items]
    found: list[tuple[str, str | None]] = []
    start = 0
    while start < len(items):
        for end in range(min(len(items), start + _MAX_ITEMS_IN_NAME), start, -1):
            name = ", ".join(items[start:end])
            iso3 = matcher.match(name)
            if iso3 is not None:
                found.append((name, iso3))
                start = end
                break
        else:
            halves = _INNER_AND.split(items[start])
            codes = [matcher.match(half) for half in halves]
            if len(halves) != 2 or None in codes:
                return None
            found.extend(zip(halves, codes, strict=True))
            start += 1
    return found if len(found) > 1 else None


# A name the country table does not know, in a line of names run together ("Nepal
# Netherlands Antilles Nicaragua"): capitalised words, "and" or "of" between them
# ("Serbia and Montenegro"), no longer than a name.
_UNKNOWN_WORD = re.compile(r"^[^\W\d_][\w'\u2019.\-]*$")
_CONNECTORS = frozenset({"and", "&", "of", "the", "de", "da", "do", "du"})


def _written_as_name(text: str) -> bool:
    """Whether a line's words are written as a name's: capitalised, "and" or "of" between
    them, no more than a name has ("Netherlands Antilles", not "The government did
    nothing.")."""
    words = text.split()
    # A list printed in lower case ("netherlands antilles") has no capitals to go by.
    return len(words) <= _MAX_NAME_WORDS and all(
        (_UNKNOWN_WORD.match(word) is not None and (word[0].isupper() or text.islower()))
        or (index and word.casefold() in _CONNECTORS)
        for index, word in enumerate(words)
    )


def _longest_name(
    words: list[str], start: int, matcher: CountryMatcher
) -> tuple[str, str, int] | None:
    """The longest name the matcher knows beginning at ``words[start]``, its code and end."""
    for end in range(min(len(words), start + _MAX_NAME_WORDS), start, -1):
        name = " ".join(words[start:end])
        iso3 = matcher.match(name)
        if iso3 is not None:
            return name, iso3, end
    return None


def _greedy_names(
    words: list[str], matcher: CountryMatcher, leading: bool = False
) -> list[tuple[str, str | None]] | None:
    """Names run together with single spaces ("New Zealand Norway Oman"), longest first;
    with ``leading``, the names before the first words that name none.

    A name the matcher does not know costs only itself: its words (see `_UNKNOWN_WORD`) are
    gathered into one unknown name, kept when a known name follows it, so the names after
    it are still read. An unknown name that ends in "and" or "of" runs on over the name
    after it ("Serbia and Montenegro"). The lists are in alphabetical order, so unknown words
    that sort before the known name just before them are the rest of that name, not a name
    of their own ("Netherlands" + "Antilles": "Netherlands Antilles", not the Netherlands).
    Words that cannot be a name end the names (a line of prose is no list)."""
    found: list[tuple[str, str | None]] = []
    unknown: list[str] = []  # the words of an unknown name being gathered
    opened_by: tuple[str, str | None] | None = None  # the known name it began with
    start = 0

    def settle(following: str) -> None:
        nonlocal unknown, opened_by
        name = " ".join(unknown)
        unknown, opened_by = [], None
        if name.isupper() and not following.isupper() and not (found and found[-1][0].isupper()):
            # Capitals among names that are not: a running head the copy ran into the list
            # ("Syria TRAFFICKING IN PERSONS REPORT Sudan"), no name.
            return
        if (
            found
            and found[-1][1] is not None
            and normalise_name(name) < normalise_name(found[-1][0])
        ):
            found[-1] = (f"{found[-1][0]} {name}", None)
        else:
            found.append((name, None))

    while start < len(words):
        known = _longest_name(words, start, matcher)
        if known is not None:
            name, iso3, end = known
            if unknown and unknown[-1].casefold() in _CONNECTORS:
                unknown.extend(words[start:end])  # "Serbia and" + "Montenegro"
            else:
                if unknown:
                    settle(name)
                found.append((name, iso3))
            start = end
            continue
        word = words[start]
        connector = word.casefold() in _CONNECTORS
        if connector and not unknown and found and found[-1][1] is not None:
            # "Serbia" + "and Montenegro": the known name is the start of an unknown one.
            opened_by = found.pop()
            unknown = opened_by[0].split()
        connector = connector and bool(unknown)
        if len(unknown) < _MAX_NAME_WORDS and (
            connector or (_UNKNOWN_WORD.match(word) and word[0].isupper())
        ):
            unknown.append(word)
            start += 1
            continue
        break
    ended = start < len(words) or bool(unknown)  # words after the names that name none
    if ended and not leading:
        return None
    # An unknown name with no known name after it is the start of those words, dropped; a
    # known name it began with is the last name ("Yemen and other countries").
    if opened_by is not None:
        found.append(opened_by)
    return found or None


# Rows of names run together from a table read row by row: a name a narrow column split over
# two rows ("Albania Antigua and Bolivia" over "Angola Barbuda Brazil") is put back whole
# when the words of the row below, moved into the row, make both rows known names all.
_MAX_ROW_WORDS = 10
_MAX_MOVED_WORDS = 4


def _all_known(words: list[str], matcher: CountryMatcher) -> bool:
    names = _greedy_names(words, matcher) if words else []
    return names is not None and all(iso3 is not None for _, iso3 in names)


def _rejoin_split_name(row: str, following: str, matcher: CountryMatcher) -> tuple[str, str] | None:
    """The row with a name split over it and the row below put back whole, and the row below
    without the name's second half; None when no such split makes both rows known names.
    Rows are a few words: the candidates tried are a few hundred at most."""
    top, below = row.split(), _without_marks(following).split()
    if not (2 <= len(top) <= _MAX_ROW_WORDS and 1 <= len(below) <= _MAX_ROW_WORDS):
        return None
    if _all_known(top, matcher) or _all_known(below, matcher):
        return None  # a row that reads whole is not half of a name
    for at in range(1, len(top) + 1):
        # The name's first half ends the row's words read so far, which are then no known
        # names all; the row's words after it start a name of their own, not "the" or "and".
        if _all_known(top[:at], matcher):
            continue
        if at < len(top) and (top[at].casefold() in _CONNECTORS and top[at].islower()):
            continue
        if not _all_known(top[at:], matcher):
            continue
        for start in range(len(below)):
            for end in range(start + 1, min(len(below), start + _MAX_MOVED_WORDS) + 1):
                if end < len(below) and below[end].casefold() in _CONNECTORS:
                    continue  # the half goes on: "Republic of" + "the"
                joined = top[:at] + below[start:end] + top[at:]
                rest = below[:start] + below[end:]
                if _all_known(joined, matcher) and _all_known(rest, matcher):
                    return " ".join(joined), " ".join(rest)
    return None


def read_tier_lists(document: Document, matcher: CountryMatcher) -> list[ListedPlacement]:
    """Every placement printed in the report's tier lists, in the order printed."""
    placements: list[ListedPlacement] = []
    tier: str | None = None
    current: list[ListedPlacement] = []
    pending: list[ListedPlacement] = []  # unknown names, kept if known ones follow
    description_lines = 0  # lines of a heading's description still to come, at most

    def close() -> None:
        nonlocal current, pending
        if sum(1 for p in current if p.iso3) >= MIN_LIST_NAMES:
            placements.extend(current)
        current, pending = [], []

    for page in document.pages:
        lines = list(_cut_lines(page.text, matcher))
        index = 0
        while index < len(lines):
            text, cut = lines[index]
            index += 1
            text = text.strip()
            if not text:
                continue
            heading = _heading(text) if text[0] in "TtSs" and len(text) < 200 else None
            if heading is not None:
                if heading[2] and heading[0] == tier:
                    continue  # the same list carried on: "TIER 2 (CONTINUED)"
                close()
                tier, runs_on, _ = heading
                description_lines = _MAX_DESCRIPTION_LINES if runs_on else 0
                continue
            if tier is None:
                continue
            if current and _LISTS_TITLE.match(text):
                continue
            text = _without_marks(text)
            if not cut and index < len(lines) and not lines[index][1]:
                rows = _rejoin_split_name(text, lines[index][0], matcher)
                if rows is not None:
                    text, rest = rows
                    lines[index] = (rest, False)
                # A name a narrow column split over two lines ("Democratic Republic of" /
                # "the Congo"; "Congo," / "Democratic Republic of the"): the two lines are
                # one name when together they are one and apart they are not both names.
                after = _without_marks(lines[index][0]).strip()
                if matcher.match(f"{text} {after}") is not None and (
                    matcher.match(text) is None or matcher.match(after) is None
                ):
                    text = f"{text} {after}"
                    index += 1
            names = _names_in_line(text, matcher)
            if names is None and cut and description_lines == 0:
                # A one-line list runs its last names into the page's next words ("Special
                # Case Libya Somalia Yemen Stopping Human Trafficking"): the names before them.
                leading = _greedy_names(text.split(), matcher, leading=True)
                if leading is not None and sum(1 for _, c in leading if c) >= MIN_LIST_NAMES:
                    names = leading
            if description_lines and names is None:
                description_lines = 0 if text.endswith((".", ":")) else description_lines - 1
                continue
            description_lines = 0
            if names is not None:
                current.extend(pending)
                pending = []
                seen: set[str] = set()
                for name, iso3 in names:
                    # "United Kingdom - UK" is one name; unknown names are each their own.
                    if iso3 is None or iso3 not in seen:
                        if iso3 is not None:
                            seen.add(iso3)
                        name = name.strip(_NAME_EDGES) or name  # "Tier 3: Cuba, Iran"
                        current.append(ListedPlacement(name, iso3, tier, page.number))
            elif current and _NAME_LIKE.match(text) and _written_as_name(text):
                pending.append(ListedPlacement(text, None, tier, page.number))
            else:
                close()
                tier = None
    close()
    return placements
