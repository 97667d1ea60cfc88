"""With Redis down, every public read is served uncached (and the outage logged), never a 500."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import cache
from django.test import override_settings

from tests.members.factories import JoinPageFactory, MembershipTypeFactory
from tests.members.helpers import join_data
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import PlacementFactory, StandardPageFactory
from tests.support.redis_server import RedisServer, redis_server
from tipwatch.members.models import MembershipType
from tipwatch.settings.caches import shared_cache

pytestmark = pytest.mark.django_db

PUBLIC_READS = [
    "/",
    "/news/",
    "/join/",
    "/search/?q=peru",
    "/countries/PER/",
    "/compare/?year=2015",
    "/reports/2015/",
    "/api/v1/countries/PER",
    "/api/v1/placements?year=2015",
    "/downloads/",
    "/downloads/placements.csv",
    "/news/feed/rss/",
]


@pytest.fixture
def site(home: Any) -> None:
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Peru in the 2015 report")
    privacy = StandardPageFactory(parent=home, title="Privacy notice", slug="privacy")
    JoinPageFactory(parent=home, privacy_page=privacy)
    MembershipTypeFactory()
    PlacementFactory()


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    with redis_server() as server, override_settings(CACHES=shared_cache(server.url)):
        cache.clear()
        yield server


def test_public_reads_degrade_to_uncached_when_redis_dies(client, site, redis, caplog):
    for url in PUBLIC_READS:
        assert client.get(url).status_code == 200, url
        second = client.get(url)
        assert second.status_code == 200, url
        if "X-Tipwatch-Cache" in second:
            assert second["X-Tipwatch-Cache"] == "hit", url

    redis.kill()
    with caplog.at_level(logging.ERROR, logger="tipwatch.cache"):
        for url in PUBLIC_READS:
            response = client.get(url)
            assert response.status_code == 200, url
            assert response.get("X-Tipwatch-Cache", "miss") == "miss", url

    assert any(record.name == "tipwatch.cache" for record in caplog.records)


def test_joining_works_with_redis_down(client, site, redis):
    redis.kill()
    data = join_data(membership_type=str(MembershipType.objects.get().pk))

    response = client.post("/join/", data)

    assert response.status_code == 302
    assert response["Location"] == "/join/thanks/"


def test_rate_limit_counts_are_shared_by_every_app_server(client, settings, site, redis):
    """Two cache connections to one Redis stand for two app servers: the count is one."""
    settings.TIPWATCH_TRUSTED_PROXIES = 1
    membership = str(MembershipType.objects.get().pk)

    def join_on_a_new_server(n: int) -> int:
        with override_settings(CACHES=shared_cache(redis.url)):  # a fresh cache connection
            data = join_data(membership_type=membership, email=f"v{n}@example.org")
            return client.post(
                "/join/", data, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5"
            ).status_code

    assert [join_on_a_new_server(n) for n in range(6)] == [302] * 5 + [429]
