"""Rate limits count per visitor behind the proxy, not one bucket for everyone."""

from __future__ import annotations

import pytest

from tests.members.helpers import join_data
from tipwatch.members.models import Member

pytestmark = pytest.mark.django_db

NGINX = "127.0.0.1"


def post_join(client, join_page, membership_types, forwarded_for, email):
    data = join_data(membership_type=str(membership_types[0].pk), email=email)
    return client.post(
        join_page.url,
        data,
        REMOTE_ADDR=NGINX,
        HTTP_X_FORWARDED_FOR=forwarded_for,
        HTTP_X_REAL_IP=forwarded_for.split(",")[-1].strip(),
    )


def test_visitors_behind_nginx_each_get_their_own_limit(
    client, settings, join_page, membership_types
):
    settings.TIPWATCH_TRUSTED_PROXIES = 1

    for n in range(7):
        response = post_join(client, join_page, membership_types, f"203.0.113.{n}", f"v{n}@x.org")
        assert response.status_code == 302, n
    assert Member.objects.count() == 7

    # Another visitor asking for a manage link is not blocked by the others.
    manage = client.post(
        "/members/manage/",
        {"email": "someone@example.org"},
        REMOTE_ADDR=NGINX,
        HTTP_X_FORWARDED_FOR="198.51.100.9",
    )
    assert manage.status_code == 200


def test_a_forged_forwarded_for_does_not_escape_the_limit(
    client, settings, join_page, membership_types
):
    settings.TIPWATCH_TRUSTED_PROXIES = 1

    statuses = [
        post_join(
            client, join_page, membership_types, f"10.9.9.{n}, 203.0.113.50", f"f{n}@x.org"
        ).status_code
        for n in range(6)
    ]

    assert statuses == [302] * 5 + [429]


def test_without_a_trusted_proxy_the_socket_address_counts(
    client, settings, join_page, membership_types
):
    settings.TIPWATCH_TRUSTED_PROXIES = 0

    statuses = [
        post_join(client, join_page, membership_types, f"203.0.113.{n}", f"s{n}@x.org").status_code
        for n in range(6)
    ]

    assert statuses == [302] * 5 + [429]
