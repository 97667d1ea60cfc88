"""Checking a piece of the report's own wording: does it name the country and state the tier?

Pure Python with no Django imports, because the dataset build (`scripts/dataset_build/`,
standard library only) uses it as well as the dataset reader and the tests. A quote passes when
it names the country (its name or one of its aliases, ignoring case, accents, apostrophe style
and spacing) and states the tier recorded for it ("PERU: Tier 2", "Therefore, Bolivia remained
on Tier 2 Watch List ...", or for Tier 1 the determination "The Government of Georgia fully
meets the minimum standards"). A tier mentioned after "from" ("upgraded from Tier 2 to Tier 1")
is the previous year's and does not count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

TIERS = ("1", "2", "2WL", "3", "special_case")
TIER_WORDS = {
    "1": "Tier 1",
    "2": "Tier 2",
    "2WL": "Tier 2 Watch List",
    "3": "Tier 3",
    "special_case": "Special Case",
}

# The kinds of source, strongest first. `official` and `verbatim_copy` carry the report's own
# words; the others do not (see CODEBOOK.md, "Source kinds and ranking").
OFFICIAL = "official"
VERBATIM_COPY = "verbatim_copy"
DATASET = "dataset"
SECONDARY = "secondary"
INFERRED = "inferred"
SOURCE_KIND_RANK = {OFFICIAL: 0, VERBATIM_COPY: 1, DATASET: 2, SECONDARY: 3, INFERRED: 4}
WORDING_KINDS = (OFFICIAL, VERBATIM_COPY)

# Publishers a row of report wording may name, with the kind each implies and the hosts its
# pages live on. A US embassy is written "U.S. Embassy in <country>".
STATE_DEPARTMENT = "U.S. Department of State"
# The State Department's preview server publishes the Department's own pages from its own
# publishing platform (the same /reports/YYYY-trafficking-in-persons-report/country/ paths as
# state.gov), so its pages are official. It has a publisher name of its own so that the host,
# which does not read as a government site, stays visible wherever the source is shown.
STATE_PREVIEW_SERVER = "U.S. Department of State (preview server)"
STATE_PREVIEW_HOST = "public-preview-server.prod.cstreetsandbox.com"
REFWORLD = "Refworld (UNHCR)"
ECOI = "ecoi.net"
EMBASSY_PREFIX = "U.S. Embassy in "
# Government or UN anti-trafficking bodies that republish their country's narrative whole, under
# the report's own title and header line. Each is named and vetted one by one (CODEBOOK.md,
# "Vetted anti-trafficking bodies"): a body's own site, not any page that quotes the report.
ANTI_TRAFFICKING_BODIES = {
    # Aruba's Coordinatie Centrum Mensenhandel en Mensensmokkel (CMMA), the government office the
    # report itself names ("the Coordination Center on Human Trafficking and Migrant Smuggling
    # (CMMA)"); it posts each year's Aruba narrative under "Trafficking in Persons Report (TIP)".
    "Coordination Center on Human Trafficking and Migrant Smuggling (Aruba)": "cmmaruba.com",
}
PUBLISHERS = (
    STATE_DEPARTMENT,
    STATE_PREVIEW_SERVER,
    REFWORLD,
    ECOI,
    EMBASSY_PREFIX + "<country>",
    *ANTI_TRAFFICKING_BODIES,
)


def normalise(text: str) -> str:
    """Case, accents, apostrophe style and spacing ignored."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.casefold().split())


_TIER_MENTION = re.compile(
    r"(?<![a-z0-9])(?:"
    r"tier\s*(?P<number>1|2|3|one|two|three)(?P<watch>\s*-?\s*watch\s*-?\s*list)?"
    r"|(?P<watch_alone>watch\s*-?\s*list)"
    r"|(?P<special>special\s+cases?)"
    r")(?![a-z0-9])"
)
_NUMBERS = {"1": "1", "one": "1", "2": "2", "two": "2", "3": "3", "three": "3"}
# The determination sentence of a Tier 1 narrative. Tier 1 is defined as the governments that
# fully meet the TVPA's minimum standards, so "The Government of Georgia fully meets the minimum
# standards for the elimination of trafficking" states Tier 1 even where the page has lost its
# header line (the 2016 narratives on the State Department's archive open without it). The
# other tiers' sentences ("does not fully meet ...") do not tell Tier 2 from the Watch List.
_TIER1_DETERMINATION = re.compile(
    r"(?<![a-z])fully\s+(?:meets|meet|complies\s+with|comply\s+with)\s+the\s+"
    r"(?:tvpa'?s\s+)?minimum\s+standards(?![a-z])"
)
_BEFORE_NEGATION = re.compile(r"(?<![a-z])(?:not|never|fails\s+to|failed\s+to)\s+$")
_BEFORE_FROM = re.compile(r"(?<![a-z])from\s+(?:the\s+)?$")
_BEFORE_SPECIAL = re.compile(r"(?<![a-z])special\s+$")


def stated_tiers(quote: str) -> set[str]:
    """The tiers a quote places the country on (mentions after "from" left out)."""
    text = normalise(quote)
    found: set[str] = set()
    for match in _TIER_MENTION.finditer(text):
        before = text[: match.start()]
        if _BEFORE_FROM.search(before):
            continue
        if match.group("number"):
            number = _NUMBERS[match.group("number")]
            found.add("2WL" if match.group("watch") and number == "2" else number)
        elif match.group("watch_alone"):
            # The 2018-2019 "Special Watch List" is a different list, not a tier.
            if not _BEFORE_SPECIAL.search(before):
                found.add("2WL")
        else:
            found.add("special_case")
    for match in _TIER1_DETERMINATION.finditer(text):
        if not _BEFORE_NEGATION.search(text[: match.start()]):
            found.add("1")
    return found


class NameIndex:
    """Every country's name and aliases, for finding which countries a text names."""

    def __init__(self, countries: Mapping[str, Iterable[str]]) -> None:
        self.owners: dict[str, set[str]] = {}
        for iso3, names in countries.items():
            for name in names:
                key = normalise(name)
                if key:
                    self.owners.setdefault(key, set()).add(iso3)
        # Longest first, so that at any position the longest name wins: "Democratic Republic of
        # the Congo" is not read as "Republic of the Congo", nor "South Sudan" as "Sudan".
        ordered = sorted(self.owners, key=lambda key: (-len(key), key))
        self.pattern = re.compile(
            r"(?<![a-z0-9])(?:" + "|".join(re.escape(key) for key in ordered) + r")(?![a-z0-9])"
        )

    def named_in(self, text: str) -> set[str]:
        """The countries a text names."""
        found: set[str] = set()
        for match in self.pattern.finditer(normalise(text)):
            found |= self.owners[match.group(0)]
        return found


def quote_problem(quote: str, iso3: str, tier: str, index: NameIndex, country_name: str) -> str:
    """Why a quote does not support (iso3, tier), or "" when it does."""
    if not quote.strip():
        return "the quote is empty"
    if iso3 not in index.named_in(quote):
        return f"the quote {quote!r} does not name {country_name} or one of its aliases"
    stated = stated_tiers(quote)
    if tier not in stated:
        says = ", ".join(TIER_WORDS[t] for t in TIERS if t in stated) or "no tier"
        return f"the quote {quote!r} states {says}, not {TIER_WORDS[tier]}"
    return ""


def url_problem(url: str) -> str:
    """Why a URL is not a well-formed absolute http(s) address, or "" when it is."""
    if not url:
        return "the URL is empty"
    if url != url.strip() or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return f"the URL {url!r} contains spaces or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"the URL {url!r} is malformed ({exc})"
    del port
    if parts.scheme not in ("http", "https"):
        return f"the URL {url!r} is not an http(s) address"
    host = parts.hostname or ""
    if "." not in host or not re.fullmatch(r"[a-z0-9.-]+", host) or host.startswith("."):
        return f"the URL {url!r} has no valid host name"
    return ""


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def publisher_problem(publisher: str, kind: str, url: str) -> str:
    """Why a publisher, kind and URL do not belong together, or "" when they do."""
    host = host_of(url)
    if publisher == STATE_DEPARTMENT:
        expected_kind, ok_host = OFFICIAL, _on(host, "state.gov")
    elif publisher == STATE_PREVIEW_SERVER:
        expected_kind, ok_host = OFFICIAL, host == STATE_PREVIEW_HOST
    elif publisher.startswith(EMBASSY_PREFIX) and len(publisher) > len(EMBASSY_PREFIX):
        expected_kind, ok_host = OFFICIAL, _on(host, "usembassy.gov")
    elif publisher == REFWORLD:
        expected_kind = VERBATIM_COPY
        ok_host = _on(host, "refworld.org") or _on(host, "unhcr.org")
    elif publisher == ECOI:
        expected_kind, ok_host = VERBATIM_COPY, _on(host, "ecoi.net")
    elif publisher in ANTI_TRAFFICKING_BODIES:
        expected_kind = VERBATIM_COPY
        ok_host = _on(host, ANTI_TRAFFICKING_BODIES[publisher])
    else:
        return f"publisher {publisher!r} is not one of {', '.join(PUBLISHERS)}"
    if kind not in WORDING_KINDS:
        return f"kind {kind!r} is not one of {', '.join(WORDING_KINDS)}"
    if kind != expected_kind:
        return f"kind {kind!r} does not fit publisher {publisher!r} (expected {expected_kind})"
    if not ok_host:
        return f"the URL's host {host!r} is not a {publisher} site"
    return ""


# Addresses that name the report year: state.gov ("/reports/2019-trafficking-in-persons-report/",
# ".../tiprpt/countries/2016/..."), refworld ("/annualreport/usdos/2014/").
_URL_YEARS = (
    re.compile(r"/(20\d\d)-trafficking-in-persons-report"),
    re.compile(r"/tiprpt/(?:countries/)?(20\d\d)/"),
    re.compile(r"/annualreport/usdos/(20\d\d)/"),
)


def url_year_problem(url: str, year: int) -> str:
    """A URL that names another report year than the row's is a neighbouring year's page."""
    for pattern in _URL_YEARS:
        match = pattern.search(url)
        if match and int(match.group(1)) != year:
            return f"the URL is the {match.group(1)} report's page, not {year}'s"
    return ""


# An untitled copy (ecoi.net shows some narratives without title or year) counts only where the
# page's own text fixes the report year. The row's note says so in a fixed form, so the rule can
# be checked: "untitled ...; year fixed by: 'in 2023, compared with ... in 2022' ...; no later
# year on the page". The quoted passages must give the reporting period's year (the year before
# the report's) and no year from the report's own year on: the 2024 report gives figures "in
# 2023", the 2025 report figures "in 2024".
_UNTITLED = re.compile(r"^\s*untitled\b", re.IGNORECASE)
_YEAR_FIXED_BY = re.compile(r"year fixed by:(?P<evidence>.*)", re.IGNORECASE | re.DOTALL)
_QUOTED = re.compile(r"'([^']+)'")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
NO_LATER_YEAR = "no later year"


def untitled_copy_problem(note: str, year: int) -> str:
    """Why an untitled copy's note does not fix its report year, or "" when it does (or the row
    is not marked untitled)."""
    if not _UNTITLED.search(note):
        return ""
    fixed = _YEAR_FIXED_BY.search(note)
    if not fixed:
        return "an untitled copy's note must say what in its text fixes the year ('year fixed by:')"
    passages = _QUOTED.findall(fixed.group("evidence"))
    years = [int(y) for passage in passages for y in _A_YEAR.findall(passage)]
    period = year - 1
    if period not in years:
        return (
            f"an untitled copy of the {year} report must quote the reporting period's year "
            f"({period}) after 'year fixed by:'"
        )
    later = sorted({y for y in years if y > period})
    if later:
        return (
            f"an untitled copy quoted as naming {', '.join(map(str, later))} cannot be the "
            f"{year} report"
        )
    if NO_LATER_YEAR not in note.casefold():
        return f"an untitled copy's note must confirm '{NO_LATER_YEAR}' on the page"
    return ""


WORDING_COLUMNS = ("iso3", "report_year", "tier", "quote", "url", "publisher", "kind", "note")
FOUND_COLUMNS = ("tier", "quote", "url", "publisher", "kind")


def is_search_record(row: Mapping[str, str]) -> bool:
    """A row that records a search which found nothing: every column but the note is empty."""
    return not any(row[column].strip() for column in FOUND_COLUMNS)


def wording_row_problem(
    row: Mapping[str, str],
    index: NameIndex,
    country_names: Mapping[str, str],
    years: range,
) -> str:
    """Why one row of report wording is unusable, or "" when it is sound.

    `country_names` maps every known iso3 to its display name; `years` are the report years.
    """
    iso3 = row["iso3"].strip()
    if iso3 not in country_names:
        return f"unknown country code {iso3!r}"
    raw_year = row["report_year"].strip()
    if not raw_year.isdigit() or int(raw_year) not in years:
        return f"report_year {raw_year!r} is not a report year ({years[0]}-{years[-1]})"
    year = int(raw_year)
    if is_search_record(row):
        return "" if row["note"].strip() else "a row that found nothing must say so in its note"
    tier = row["tier"].strip()
    if tier not in TIERS:
        return f"tier {tier!r} is not one of {', '.join(TIERS)}"
    url = row["url"].strip()
    return (
        url_problem(url)
        or url_year_problem(url, year)
        or publisher_problem(row["publisher"].strip(), row["kind"].strip(), url)
        or quote_problem(row["quote"].strip(), iso3, tier, index, country_names[iso3])
        or untitled_copy_problem(row["note"], year)
    )
