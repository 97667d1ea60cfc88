"""Hostile values in every public address and its known parameters never give a 5xx.

Hypothesis sends generated values (NUL, huge numbers, superscripts and other digits, quotes,
markup, long strings, odd Unicode) to each public URL pattern of the site, in the path and in
each query parameter or form field the view reads. The explorer's URLs are covered black-box.
Run on SQLite by default and on PostgreSQL with DATABASE_URL; bounded to a few seconds per
address.
"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.members.factories import JoinPageFactory, MemberFactory, MembershipTypeFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import PlacementFactory, ReportFactory, StandardPageFactory
from tests.pages.fixtures import _isolated_media_and_cache, home  # noqa: F401
from tipwatch.members.tokens import MANAGE_SALT, make_token

pytestmark = pytest.mark.django_db

HOSTILE = [
    "\x00",
    "per\x00",
    "\x00\x00\x00",
    "²",
    "2015²",
    "\u0661\u0669",  # Arabic-Indic digits
    "\U0001d7d9",  # mathematical double-struck one
    str(2**63),
    str(2**64 + 1),
    str(-(2**63) - 1),
    "9" * 5000,
    "1e309",
    "NaN",
    "-0",
    '"',
    "'",
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "%",
    "%00",
    "../../etc/passwd",
    "\ufeff",
    "\u202e",
    "\ufffd",
    "\ud7ff",
    "😀",
    "ǅ",
    "a" * 10_000,
    "",
    " ",
    "\t\n",
    "NEAR(",
    "*",
    "2015",
    "PER",
    "per",
    "latin-america",
    "WHA",
    "2WL",
]
VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
)
FUZZ = settings(
    max_examples=8,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values that gave a 500 before, sent in every parameter on top of the generated ones.
KNOWN_BAD = ["per\x00", '"', '"><img src=x>', "²", str(2**64 + 1)]

# Each public address and the query parameters its view reads.
QUERY_PARAMETERS = {
    "/": ["page"],
    "/news/": ["topic", "year", "page"],
    "/news/feed/rss/": [],
    "/news/feed/atom/": [],
    "/search/": ["q", "page"],
    "/join/": [],
    "/members/manage/": [],
    "/explorer/": ["year"],
    "/map/": ["year", "tier"],
    "/countries/": ["year", "region"],
    "/countries/PER/": ["year"],
    "/compare/": ["year", "group", "region", "country"],
    "/reports/": [],
    "/reports/2015/": ["tier", "region"],
    "/downloads/": [],
    "/downloads/placements.csv": ["year", "country", "group", "region", "tier"],
    "/downloads/placements.json": ["year", "country", "group", "region", "tier"],
    "/downloads/datapackage.json": [],
    "/downloads/codebook.md": [],
    "/sitemap.xml": ["p"],
    "/robots.txt": [],
}
# Addresses with a part of the path taken from the visitor.
PATH_PATTERNS = [
    "/countries/{}/",
    "/reports/{}/",
    "/news/{}/",
    "/members/confirm/{}/",
    "/members/manage/{}/",
    "/members/manage/{}/my-data.json",
    "/downloads/placements.{}",
]


@pytest.fixture
def site(home: Any) -> dict[str, str]:  # noqa: F811
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(
        parent=index, title="Peru in the report", date=datetime.date(2015, 6, 1), topics=["TIP"]
    )
    privacy = StandardPageFactory(parent=home, title="Privacy notice", slug="privacy")
    JoinPageFactory(parent=home, privacy_page=privacy)
    membership: Any = MembershipTypeFactory()
    PlacementFactory(report=ReportFactory(year=2015))
    member: Any = MemberFactory(email="rosa@example.org", membership_type=membership)
    return {"membership_type": str(membership.pk), "token": make_token(member, MANAGE_SALT)}


def assert_no_server_error(response: Any, what: str) -> None:
    assert response.status_code < 500, f"{what} -> {response.status_code}"


@pytest.mark.parametrize(("url", "names"), QUERY_PARAMETERS.items())
def test_query_parameters(client: Any, site: dict[str, str], url: str, names: list[str]) -> None:
    names = [*names, "unknown"]

    def request(values: list[str]) -> None:
        params = dict(zip(names, values, strict=True))
        assert_no_server_error(client.get(url, params), f"GET {url} {params!r}"[:300])

    fuzzed = given(values=st.lists(VALUES, min_size=len(names), max_size=len(names)))(request)
    for value in KNOWN_BAD:
        fuzzed = example(values=[value] * len(names))(fuzzed)
    FUZZ(fuzzed)()


@pytest.mark.parametrize("pattern", PATH_PATTERNS)
def test_path_parts(client: Any, site: dict[str, str], pattern: str) -> None:
    @FUZZ
    @given(value=VALUES)
    def request(value: str) -> None:
        url = pattern.format(quote(value, safe=""))
        assert_no_server_error(client.get(url), f"GET {url!r}"[:300])

    request()


@FUZZ
@given(email=VALUES, name=VALUES, address=VALUES)
def test_forms(client: Any, site: dict[str, str], email: str, name: str, address: str) -> None:
    join = {
        "name": name,
        "email": email,
        "postal_address": address,
        "membership_type": site["membership_type"],
        "consent": "on",
    }
    forms = [
        ("/join/", join),
        ("/members/manage/", {"email": email}),
        (f"/members/manage/{site['token']}/", {"name": name, "postal_address": address}),
        ("/members/confirm-again/", {"token": email}),
        ("/search/", {"q": name}),
    ]
    for url, data in forms:
        assert_no_server_error(client.post(url, data), f"POST {url} {data!r}"[:300])
