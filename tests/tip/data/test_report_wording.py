"""The quote checks: a quote names its country and states its tier; URLs are well formed."""

import csv
from pathlib import Path

import pytest

from tipwatch.tip.services.dataset_files import BUNDLED_DATA_DIR, read_dataset
from tipwatch.tip.services.report_wording import (
    WORDING_COLUMNS,
    NameIndex,
    quote_problem,
    stated_tiers,
    untitled_copy_problem,
    url_problem,
    url_year_problem,
    wording_row_problem,
)

WORDING_TABLE = BUNDLED_DATA_DIR / "sources" / "report_wording.csv"

INDEX = NameIndex(
    {
        "COD": ["Democratic Republic of the Congo", "Congo, Democratic Republic of the", "DRC"],
        "COG": ["Republic of the Congo", "Congo", "Congo, Republic of the"],
        "SDN": ["Sudan"],
        "SSD": ["South Sudan"],
        "CUW": ["Curaçao", "Curacao"],
        "CIV": ["Cote d'Ivoire", "Côte d'Ivoire"],
        "BOL": ["Bolivia"],
        "PER": ["Peru"],
        "NER": ["Niger"],
        "NGA": ["Nigeria"],
    }
)
NAMES = {
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "SDN": "Sudan",
    "SSD": "South Sudan",
    "CUW": "Curaçao",
    "CIV": "Cote d'Ivoire",
    "BOL": "Bolivia",
    "PER": "Peru",
    "NER": "Niger",
    "NGA": "Nigeria",
}


@pytest.mark.parametrize(
    ("quote", "tiers"),
    [
        ("PERU: Tier 2", {"2"}),
        ("BOLIVIA (Tier 2 Watch List)", {"2WL"}),
        ("Bolivia: Tier 2 Watchlist", {"2WL"}),
        ("Therefore, Bolivia remained on Tier 2 Watch List for the fourth year.", {"2WL"}),
        ("Peru was upgraded from Tier 2 Watch List to Tier 2.", {"2"}),
        ("Peru was downgraded from Tier 1 to Tier 2.", {"2"}),
        ("LIBYA: Special Case", {"special_case"}),
        ("PERU: TIER ONE", {"1"}),
        ("Peru is on the Special Watch List", set()),
        # Tier 1 is defined by this determination; the other tiers' sentences are ambiguous.
        ("The Government of Georgia fully meets the minimum standards for the elimination", {"1"}),
        ("The government fully complies with the minimum standards", {"1"}),
        ("The Government of Peru does not fully meet the minimum standards", set()),
        ("The government failed to fully meet the minimum standards", set()),
        (
            "It is not making significant efforts and does not fully meet the TVPA's "
            "minimum standards",
            set(),
        ),
    ],
)
def test_the_tier_a_quote_states(quote: str, tiers: set[str]) -> None:
    assert stated_tiers(quote) == tiers


@pytest.mark.parametrize(
    ("quote", "countries"),
    [
        ("DEMOCRATIC REPUBLIC OF THE CONGO: Tier 2", {"COD"}),
        ("CONGO, DEMOCRATIC REPUBLIC OF THE: Tier 3", {"COD"}),
        ("REPUBLIC OF THE CONGO (Tier 2 Watch List)", {"COG"}),
        ("SOUTH SUDAN (Tier 3)", {"SSD"}),
        ("NIGERIA: Tier 2", {"NGA"}),
        ("CURACAO (Tier 2)*", {"CUW"}),
        ("COTE D\u2019IVOIRE: Tier 2", {"CIV"}),
        ("Côte d'Ivoire (Tier 2)", {"CIV"}),
        ("Tier 2", set()),
    ],
)
def test_the_countries_a_quote_names_longest_name_first(quote: str, countries: set[str]) -> None:
    assert INDEX.named_in(quote) == countries


@pytest.mark.parametrize(
    ("iso3", "tier", "quote", "problem"),
    [
        ("PER", "2", "PERU: Tier 2", ""),
        ("CUW", "2", "Tier 2", "does not name Curaçao"),
        ("COG", "2", "DEMOCRATIC REPUBLIC OF THE CONGO: Tier 2", "does not name Republic of"),
        ("PER", "2", "PERU: Tier 2 Watch List", "states Tier 2 Watch List, not Tier 2"),
        ("PER", "1", "The Government of Peru fully meets the minimum standards", ""),
        ("PER", "2", "The Government of Peru fully meets the minimum standards", "not Tier 2"),
        (
            "PER",
            "1",
            "Peru does not fully meet the minimum standards",
            "states no tier, not Tier 1",
        ),
        ("PER", "2", "", "the quote is empty"),
    ],
)
def test_a_quote_must_name_the_country_and_state_the_tier(
    iso3: str, tier: str, quote: str, problem: str
) -> None:
    found = quote_problem(quote, iso3, tier, INDEX, NAMES[iso3])
    assert (found == "") if not problem else (problem in found)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://www.ecoi.net/en/document/2055119.html", ""),
        ("http://www.refworld.org/publisher,USDOS,,,51c2f37916,0.html", ""),
        ("ftp://www.state.gov/x", "not an http(s) address"),
        ("www.state.gov/x", "not an http(s) address"),
        ("https://www.state .gov/x", "spaces"),
        ("https://localhost/x", "no valid host name"),
        ("https://[::1/x", "malformed"),
        ("https://www.state.gov/x\x00", "control characters"),
        ("", "empty"),
    ],
)
def test_a_url_must_be_well_formed(url: str, problem: str) -> None:
    found = url_problem(url)
    assert (found == "") if not problem else (problem in found)


def test_a_url_naming_another_report_year_is_a_neighbouring_page() -> None:
    url = "https://www.state.gov/reports/2019-trafficking-in-persons-report/peru/"
    assert url_year_problem(url, 2019) == ""
    assert "the 2019 report's page, not 2018's" in url_year_problem(url, 2018)
    old = "https://2009-2017.state.gov/j/tip/rls/tiprpt/countries/2016/258728.htm"
    assert "2016" in url_year_problem(old, 2017)


CMMA = "Coordination Center on Human Trafficking and Migrant Smuggling (Aruba)"
PREVIEW = "U.S. Department of State (preview server)"
PREVIEW_URL = (
    "https://public-preview-server.prod.cstreetsandbox.com/reports/"
    "2018-trafficking-in-persons-report/peru/"
)


def row(**changes: str) -> dict[str, str]:
    base = {
        "iso3": "PER",
        "report_year": "2018",
        "tier": "2",
        "quote": "PERU: Tier 2",
        "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/peru/",
        "publisher": "U.S. Department of State",
        "kind": "official",
        "note": "",
    }
    return base | changes


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({}, ""),
        ({"iso3": "XXX"}, "unknown country code 'XXX'"),
        ({"report_year": "1999"}, "report_year '1999' is not a report year"),
        ({"report_year": "two thousand"}, "is not a report year"),
        ({"tier": "2.5"}, "tier '2.5' is not one of"),
        ({"publisher": "gvnet.com"}, "publisher 'gvnet.com' is not one of"),
        ({"kind": "verbatim_copy"}, "does not fit publisher"),
        ({"kind": "secondary"}, "kind 'secondary' is not one of official, verbatim_copy"),
        ({"publisher": "ecoi.net", "kind": "verbatim_copy"}, "is not a ecoi.net site"),
        ({"publisher": "U.S. Embassy in Peru"}, "is not a U.S. Embassy in Peru site"),
        ({"publisher": CMMA}, "does not fit publisher"),
        ({"publisher": CMMA, "kind": "verbatim_copy"}, f"is not a {CMMA} site"),
        (
            {"publisher": CMMA, "kind": "verbatim_copy", "url": "https://cmmaruba.com/tip-2018/"},
            "",
        ),
        ({"report_year": "2019"}, "the 2018 report's page, not 2019's"),
        # State's preview server publishes the Department's own pages: official, under a
        # publisher name that shows the host, and only on that host.
        ({"publisher": PREVIEW, "url": PREVIEW_URL}, ""),
        ({"publisher": PREVIEW, "url": PREVIEW_URL, "kind": "verbatim_copy"}, "does not fit"),
        ({"publisher": PREVIEW}, f"is not a {PREVIEW} site"),
        ({"url": PREVIEW_URL}, "is not a U.S. Department of State site"),
        (
            {"publisher": PREVIEW, "url": "https://statenewswire.com/stories/1-2018-peru"},
            f"is not a {PREVIEW} site",
        ),
        ({"publisher": "statenewswire.com"}, "publisher 'statenewswire.com' is not one of"),
        (
            {"publisher": PREVIEW, "url": PREVIEW_URL.replace("2018-", "2019-")},
            "the 2019 report's page, not 2018's",
        ),
    ],
)
def test_a_wording_row_is_checked_column_by_column(changes: dict[str, str], problem: str) -> None:
    found = wording_row_problem(row(**changes), INDEX, NAMES, range(2001, 2026))
    assert (found == "") if not problem else (problem in found)


DATED = "year fixed by: 'identified 12 victims in 2023, compared with nine in 2022'"


@pytest.mark.parametrize(
    ("note", "year", "problem"),
    [
        ("title '2024 Trafficking in Persons Report: Nepal'", 2024, ""),
        (f"untitled ecoi.net copy; {DATED}; no later year on the page", 2024, ""),
        ("Untitled copy (Dokument #2111727)", 2024, "must say what in its text fixes the year"),
        (f"untitled copy; {DATED}; no later year on the page", 2025, "must quote the reporting"),
        (f"untitled copy; {DATED}; no later year on the page", 2023, "naming 2023 cannot be"),
        (
            f"untitled copy; {DATED} and 'the 2024-2026 national action plan'; no later year",
            2024,
            "naming 2024, 2026 cannot be the 2024 report",
        ),
        (f"untitled copy; {DATED}", 2024, "must confirm 'no later year'"),
        # Only the quoted passages count: the note may name the report year it concludes.
        (f"untitled copy (2024 series); {DATED}, so the 2024 report; no later year", 2024, ""),
        # An ecoi.net document number is not a year.
        (f"untitled copy 2111727; {DATED}; no later year", 2024, ""),
    ],
)
def test_an_untitled_copy_counts_only_where_its_quoted_text_fixes_the_year(
    note: str, year: int, problem: str
) -> None:
    found = untitled_copy_problem(note, year)
    assert (found == "") if not problem else (problem in found)


def test_every_bundled_quote_names_its_country_and_states_its_tier() -> None:
    data = read_dataset(BUNDLED_DATA_DIR)
    index = NameIndex({c.iso3: (c.name, *c.aliases) for c in data.countries})
    names = {c.iso3: c.name for c in data.countries}
    quoted = [p for p in data.placements if p.quote]

    problems = [
        f"{p.iso3} {p.report_year}: {quote_problem(p.quote, p.iso3, p.tier, index, names[p.iso3])}"
        for p in quoted
        if quote_problem(p.quote, p.iso3, p.tier, index, names[p.iso3])
    ]

    assert len(quoted) > 200
    assert problems == []
    assert all(p.source_kind in ("official", "verbatim_copy") for p in quoted)


def test_every_bundled_url_is_well_formed() -> None:
    data = read_dataset(BUNDLED_DATA_DIR)
    urls = [p.source_url for p in data.placements if p.source_url]
    urls += [r.source_url for r in data.reports if r.source_url]

    assert [(url, url_problem(url)) for url in urls if url_problem(url)] == []


def test_every_row_of_the_report_wording_table_passes_the_checks() -> None:
    data = read_dataset(BUNDLED_DATA_DIR)
    index = NameIndex({c.iso3: (c.name, *c.aliases) for c in data.countries})
    names = {c.iso3: c.name for c in data.countries}
    with Path(WORDING_TABLE).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == WORDING_COLUMNS
        rows = list(reader)

    problems = [
        (r["iso3"], r["report_year"], wording_row_problem(r, index, names, range(2001, 2026)))
        for r in rows
    ]

    assert rows
    assert [p for p in problems if p[2]] == []
