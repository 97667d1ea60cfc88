"""A narrative's header set over two lines or more, as web copies set a page's heading: the
country's name over its tier ("Peru" / "Tier 2 Watch List"), the tier over the name, the
page's title over the tier alone (ecoi.net), with blank lines between them. The report's tier
lists have the same shapes (a tier's heading over names, the last name of a list over the
next list's heading): a header is one only over the narrative's prose."""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.countries import CountryMatcher, normalise_name
from tipwatch.ingest.parsing.headings import (
    HeaderMatch,
    bare_tier,
    country_code,
    is_watch_list_continuation,
    page_title,
)
from tipwatch.ingest.parsing.narrative import RawLine

# A line of prose has this many words at least: a name's line has fewer.
SENTENCE_WORDS = 8


def hinted(text: str) -> bool:
    """Cheap test for a tier phrase ("Tier", "TIER", "Special", "SPECIAL")."""
    return "ier" in text or "IER" in text or "pecial" in text or "PECIAL" in text


def prose_follows(lines: list[RawLine], index: int) -> bool:
    """The next line with text after ``lines[index]`` is a sentence's, not a name's."""
    following = next((line.text for line in lines[index + 1 : index + 4] if line.text), "")
    return len(following.split()) >= SENTENCE_WORDS


def tier_below(lines: list[RawLine], index: int) -> bool:
    """A tier phrase on the next line with text, within a few blank lines."""
    for line in lines[index + 1 : index + 2 + _BLANKS_UNDER]:
        if line.text:
            return hinted(line.text)
    return False


def _wrapped_watch_list_line(line: RawLine) -> bool:
    """A line of a header's "Watch List" wrapped apart from its tier."""
    return is_watch_list_continuation(line.text) or line.text.strip().casefold() in (
        "watch",
        "list",
    )


def named_under(lines: list[RawLine], index: int, name: str) -> bool:
    """The narrative under a title-case header the country list does not know opens with its
    name, or with its government's ("Serbia and Montenegro (Tier 2)" / "The Government of
    Serbia and Montenegro ..."): a country the list lacks, for the review to name, where
    "Prosecution (Tier 2)" is none."""
    following = next(
        (
            line.text
            for line in lines[index + 1 : index + 5]
            if line.text and not _wrapped_watch_list_line(line)
        ),
        "",
    )
    key = normalise_name(name)
    opening = normalise_name(following[: len(name) + 40])
    return bool(key) and (
        opening.startswith(f"{key} ")
        or opening.startswith(f"government of {key} ")
        or opening.startswith(f"government of the {key} ")
    )


# The blank lines a saved page's text may keep between a name and the tier under it.
_BLANKS_UNDER = 3
# A copy's country page may label the name over its labelled tier: "Country: Peru".
_COUNTRY_LABEL = re.compile(r"^\s*country\s*:\s*", re.IGNORECASE)


def _name_begun_above(lines: list[RawLine], index: int, name: str, matcher: CountryMatcher) -> str:
    """The name with the last words of the line above when together they name a country: a
    copy that wrapped the page's title ("Trafficking in Persons Report 2019 - Equatorial" /
    "Guinea" / "Tier 3") leaves the name's last word alone on its line, and "Guinea" is
    another country."""
    above = lines[index - 1].text.split() if index and lines[index - 1].text else []
    for count in range(min(3, len(above)), 0, -1):
        longer = f"{' '.join(above[-count:])} {name}"
        if matcher.match(longer) is not None:
            return longer
    return name


def name_over_tier(
    lines: list[RawLine], index: int, matcher: CountryMatcher
) -> tuple[HeaderMatch, str, int] | None:
    """A country's name alone on its line over its tier alone on the next ("MALAYSIA" /
    "Tier 2 Watch List", "Somalia" / "Special Case"), as web copies set a page's heading.
    Both lines must be nothing else, and the name a known country's (or one the narrative
    under it opens with), in any case; blank lines may stand between them ("Peru" / "" /
    "Tier 2 Watch List"), more than one only over prose. In the report's tier lists the last
    name of one list stands over the next list's heading ("Chile" / "Tier 2 Watch List"): a
    name with another name next to it is a list's."""
    if index + 1 >= len(lines) or len(lines[index].text) > 70:
        return None
    under = index + 1
    # Blank lines between the name and its tier: a saved page's text keeps one or more.
    while not lines[under].text and under + 1 < len(lines) and under - index <= _BLANKS_UNDER:
        under += 1
    following = lines[under].text
    if not following or not hinted(following):
        return None
    tier = bare_tier(following)
    name = _COUNTRY_LABEL.sub("", lines[index].text).rstrip(":").strip()
    name = _name_begun_above(lines, index, name, matcher)
    if tier is None:
        return None
    # Farther apart, they are one heading only over the narrative's prose: in the lists a
    # name and the next list's tier may stand so, with names under the tier.
    if under - index > 2 and not prose_follows(lines, under):
        return None
    if country_code(name, matcher) is None and not named_under(lines, under, name):
        return None
    before = next(
        (line.text for line in reversed(lines[max(0, index - 3) : index]) if line.text), ""
    )
    after = next((line.text for line in lines[under + 1 : under + 4] if line.text), "")
    if any(text and len(text) <= 70 and matcher.match(text) for text in (before, after)):
        return None
    return HeaderMatch(name, tier), f"{lines[index].text} {following}", under + 1 - index


def tier_over_name(
    lines: list[RawLine], index: int, matcher: CountryMatcher
) -> tuple[HeaderMatch, str, int] | None:
    """A tier alone on its line over a country's name alone, prose under the name ("Tier 2
    Watch List" / "Peru" / "The Government of Peru ..."), as a copy sets a page's heading
    with the tier first. In the tier lists a tier's heading stands over names, not prose."""
    if len(lines[index].text) > 40 or not hinted(lines[index].text):
        return None
    tier = bare_tier(lines[index].text)
    if tier is None:
        return None
    below = next(
        (k for k in range(index + 1, min(len(lines), index + 2 + _BLANKS_UNDER)) if lines[k].text),
        None,
    )
    if below is None or len(lines[below].text) > 70 or not prose_follows(lines, below):
        return None
    name = lines[below].text.rstrip(":").strip()
    if country_code(name, matcher) is None and not named_under(lines, below, name):
        return None
    return HeaderMatch(name, tier), f"{lines[index].text} {name}", below + 1 - index


def titled_tier(lines: list[RawLine], index: int, matcher: CountryMatcher) -> HeaderMatch | None:
    """A tier alone on its line under a page title naming a country (ecoi.net's
    "Trafficking in Persons Report 2014 - Peru" / "Tier 2")."""
    tier = bare_tier(lines[index].text)
    if tier is None:
        return None
    before = lines[max(0, index - 4) : index]
    previous = next((line.text for line in reversed(before) if line.text), "")
    title = page_title(previous)
    if title is None:
        return None
    if matcher.match(title[0]) is None and not named_under(lines, index, title[0]):
        return None
    return HeaderMatch(title[0], tier)


def watch_list_under(lines: list[RawLine], start: int) -> int | None:
    """Where the text goes on after a Tier 2 header's "Watch List" wrapped onto the lines from
    ``start``: alone on its line after a blank one ("PERU: Tier 2" / "" / "Watch List"), or
    in two ("Watch" / "List"), as a narrow column or a saved page's tier line breaks it. None
    when the header is Tier 2 alone."""
    index = start
    if index < len(lines) and not lines[index].text:
        index += 1
    if index >= len(lines):
        return None
    if is_watch_list_continuation(lines[index].text):
        return index + 1
    if (
        index + 1 < len(lines)
        and lines[index].text.strip().casefold() == "watch"
        and lines[index + 1].text.strip().casefold() == "list"
    ):
        return index + 2
    return None
