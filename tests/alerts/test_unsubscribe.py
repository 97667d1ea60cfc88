"""One-click unsubscribe (RFC 8058): the mail program's POST, without cookies or a CSRF
token, stops alerts; opening the link changes nothing; a bad link is refused."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.alerts.factories import FollowerFactory
from tipwatch.alerts.tokens import unsubscribe_token
from tipwatch.members.models import Member

pytestmark = pytest.mark.django_db


def url_for(member: Member) -> str:
    return reverse("alerts:unsubscribe", args=[unsubscribe_token(member)])


def test_the_one_click_post_stops_alerts_without_a_session_or_csrf_token() -> None:
    member = FollowerFactory.create()
    mail_program = Client(enforce_csrf_checks=True)

    response = mail_program.post(
        url_for(member),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    member.refresh_from_db()
    assert member.alerts_opt_in is False
    assert member.state == "active"  # the membership itself is untouched


def test_opening_the_link_asks_and_changes_nothing(client: Client) -> None:
    member = FollowerFactory.create()

    response = client.get(url_for(member))

    assert response.status_code == 200
    assert b"Stop alerts" in response.content
    member.refresh_from_db()
    assert member.alerts_opt_in is True


@pytest.mark.parametrize("token", ["nonsense", "a" * 5000, "x\x00y", "%00", "Ω:≈:ü"])
def test_an_altered_or_hostile_link_is_refused(client: Client, token: str) -> None:
    member = FollowerFactory.create()

    response = client.post(f"/alerts/unsubscribe/{token}/")

    assert response.status_code in (400, 404)
    member.refresh_from_db()
    assert member.alerts_opt_in is True


def test_a_link_for_an_address_since_changed_does_nothing(client: Client) -> None:
    member = FollowerFactory.create(email="old@example.org")
    url = url_for(member)
    Member.objects.filter(pk=member.pk).update(email="new@example.org")

    assert client.post(url).status_code == 400
    member.refresh_from_db()
    assert member.alerts_opt_in is True


def test_erasing_a_member_removes_what_they_follow(client: Client) -> None:
    from tests.tip.factories import CountryFactory
    from tipwatch.members import services

    CountryFactory.create(iso3="PER", name="Peru")
    member = FollowerFactory.create(follows=["PER"])
    through = Member.followed_countries.through
    assert through.objects.filter(member_id=member.pk).exists()

    services.erase(member)

    assert not through.objects.filter(member_id=member.pk).exists()


def test_the_spanish_link_asks_and_answers_in_spanish(client: Client) -> None:
    member = FollowerFactory.create(language="es")
    url = "/es" + url_for(member)

    asked = client.get(url)
    assert "Dejar de recibir alertas de países" in asked.content.decode()
    assert f'action="{url}"' in asked.content.decode()  # the button stays on the Spanish page

    done = client.post(
        url, data="List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert "No enviaremos más alertas de países" in done.content.decode()
    assert "/es/members/manage/" in done.content.decode()
    assert "No reconocemos este enlace" in client.get("/es/alerts/unsubscribe/x/").content.decode()
