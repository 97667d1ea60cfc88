"""Joining: the form, double opt-in, replay, expiry, duplicates, honeypot and rate limits."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from tests.html import attr, css, one
from tests.members.factories import MemberFactory
from tests.members.helpers import join_data, last_link, links_in, signer_from_the_past
from tipwatch.members.models import Member, MemberState
from tipwatch.members.tokens import CONFIRM_SALT, make_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def individual(membership_types):
    return membership_types[0]


def post_join(client, join_page, individual, ip="10.0.0.1", **overrides):
    data = join_data(membership_type=str(individual.pk), **overrides)
    return client.post(join_page.url, data, REMOTE_ADDR=ip)


def test_join_page_shows_types_and_an_accessible_form(client, join_page):
    response = client.get(join_page.url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    types = " ".join(css(html, ".membership-types").get_text().split())
    assert "Individual: £30.00 a year" in types
    assert "Concession: £15.00 a year" in types
    assert "Organisation" not in types  # inactive
    form = one(html, "form", class_="form")
    for name in ("name", "email", "postal_address"):
        field = one(form, attrs={"name": name})
        assert form.find("label", attrs={"for": field["id"]}), name
    consent = one(form, "input", attrs={"name": "consent"})
    assert consent["type"] == "checkbox"
    assert not consent.has_attr("checked")
    for name in ("newsletter_opt_in", "alerts_opt_in"):
        assert not one(form, "input", attrs={"name": name}).has_attr("checked")
    honeypot = one(form, "input", attrs={"name": "website"})
    honeypot_wrapper = honeypot.find_parent(class_="honeypot")
    assert honeypot_wrapper is not None
    assert honeypot_wrapper["aria-hidden"] == "true"
    assert one(html, "a", string="privacy notice")["href"] == "/privacy/"


def test_whole_double_opt_in_flow(client, join_page, individual):
    response = post_join(client, join_page, individual, newsletter_opt_in="on")
    assert response.status_code == 302
    assert response["Location"] == "/join/thanks/"
    assert b"Check your email" in client.get(response["Location"]).content

    member = Member.objects.get()
    assert member.state == MemberState.PENDING
    assert member.email == "ana@example.org"
    assert member.newsletter_opt_in is True
    assert member.alerts_opt_in is False
    assert member.privacy_notice_version == "2026-1"
    assert member.consent_at is not None

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"]
    assert message.subject == "Please confirm your email address for tipwatch"
    link = links_in(message)[0]
    assert link.startswith("/members/confirm/")

    asked = client.get(link)
    assert asked.status_code == 200
    assert b"Confirm my email address" in asked.content
    member.refresh_from_db()
    assert member.state == MemberState.PENDING  # a mail scanner opening the link confirms nothing

    confirmed = client.post(link)
    assert confirmed.status_code == 200
    assert b"Email address confirmed" in confirmed.content
    member.refresh_from_db()
    assert member.state == MemberState.CONFIRMED
    assert member.confirmed_at is not None

    replay = client.get(link)
    assert replay.status_code == 200
    assert b"Already confirmed" in replay.content
    member.refresh_from_db()
    assert member.state == MemberState.CONFIRMED


def test_email_is_normalised(client, join_page, individual):
    post_join(client, join_page, individual, email="  Ana@Example.ORG ")
    assert Member.objects.get().email == "ana@example.org"


def test_invalid_form_keeps_input_and_explains(client, join_page, individual):
    response = post_join(
        client, join_page, individual, email="not-an-email", consent=None, alerts_opt_in="on"
    )
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert one(html, "input", attrs={"name": "name"})["value"] == "Ana Quispe"
    assert one(html, "input", attrs={"name": "email"})["value"] == "not-an-email"
    assert "1 High Street" in one(html, "textarea", attrs={"name": "postal_address"}).get_text()
    assert one(html, "input", attrs={"name": "alerts_opt_in"}).has_attr("checked")
    chosen = one(html, "input", attrs={"name": "membership_type", "checked": True})
    assert chosen["value"] == str(individual.pk)
    summary = one(html, class_="error-summary")
    assert summary["role"] == "alert"
    assert "Please confirm you agree to the privacy notice." in summary.get_text()
    assert "Enter a valid email address." in summary.get_text()
    email_input = one(html, "input", attrs={"name": "email"})
    assert email_input["aria-invalid"] == "true"
    assert one(html, id=email_input["aria-describedby"]).get_text() == (
        "Enter a valid email address."
    )
    assert one(html, "title").get_text().startswith("Error:")
    assert Member.objects.count() == 0
    assert mail.outbox == []


def test_membership_type_required_and_must_be_active(client, join_page, membership_types):
    inactive = membership_types[2]
    response = client.post(join_page.url, join_data(membership_type=str(inactive.pk)))
    assert response.status_code == 200
    assert b"Select a valid choice" in response.content
    response = client.post(join_page.url, join_data())
    assert b"Please choose a type of membership." in response.content
    assert Member.objects.count() == 0


def test_joining_twice_makes_no_duplicate_and_reveals_nothing(client, join_page, individual):
    first = post_join(client, join_page, individual)
    existing = Member.objects.get()
    existing.state = MemberState.ACTIVE
    existing.save()
    second = post_join(client, join_page, individual, name="Someone Else", ip="10.0.0.2")
    assert second.status_code == first.status_code == 302
    assert second["Location"] == first["Location"]
    assert client.get(second["Location"]).content == client.get(first["Location"]).content
    assert Member.objects.count() == 1
    existing.refresh_from_db()
    assert existing.name == "Ana Quispe"  # not overwritten by an unverified request
    assert len(mail.outbox) == 2
    assert mail.outbox[1].subject == "Your tipwatch membership"
    assert "/members/manage/" in mail.outbox[1].body


def test_joining_again_while_pending_resends_confirmation(client, join_page, individual):
    post_join(client, join_page, individual)
    post_join(client, join_page, individual, ip="10.0.0.2")
    assert Member.objects.count() == 1
    assert [m.subject for m in mail.outbox] == [
        "Please confirm your email address for tipwatch"
    ] * 2


def test_honeypot_fakes_success_and_does_nothing(client, join_page, individual):
    response = post_join(client, join_page, individual, website="http://spam.example")
    assert response.status_code == 302
    assert response["Location"] == "/join/thanks/"
    assert Member.objects.count() == 0
    assert mail.outbox == []


def test_rate_limit_per_ip(client, join_page, individual):
    for n in range(5):
        response = post_join(client, join_page, individual, email=f"p{n}@example.org")
        assert response.status_code == 302
    blocked = post_join(client, join_page, individual, email="p5@example.org")
    assert blocked.status_code == 429
    assert b"Too many requests" in blocked.content
    assert Member.objects.count() == 5
    # Another address is not blocked.
    assert (
        post_join(client, join_page, individual, email="x@example.org", ip="10.9.9.9").status_code
        == 302
    )


def test_rate_limit_per_email(client, join_page, individual):
    for n in range(3):
        assert post_join(client, join_page, individual, ip=f"10.1.0.{n}").status_code == 302
    blocked = post_join(client, join_page, individual, ip="10.1.0.99")
    assert blocked.status_code == 429
    assert len(mail.outbox) == 3


def test_expired_link_offers_a_new_one(client, join_page, individual):
    post_join(client, join_page, individual)
    member = Member.objects.get()
    four_days = 4 * 24 * 60 * 60
    old_token = make_token(member, CONFIRM_SALT, signer_class=signer_from_the_past(four_days))
    response = client.get(f"/members/confirm/{old_token}/")
    assert response.status_code == 410
    assert b"This link has expired" in response.content
    member.refresh_from_db()
    assert member.state == MemberState.PENDING

    html = BeautifulSoup(response.content, "html.parser")
    form = one(html, "form", action="/members/confirm-again/")
    again = client.post(
        attr(form, "action"), {"token": one(form, "input", attrs={"name": "token"})["value"]}
    )
    assert again.status_code == 200
    assert b"We have sent a new link" in again.content
    fresh = last_link("ana@example.org")
    assert client.post(fresh).status_code == 200
    member.refresh_from_db()
    assert member.state == MemberState.CONFIRMED


def test_link_just_inside_three_days_still_works(client, join_page, individual):
    post_join(client, join_page, individual)
    member = Member.objects.get()
    token = make_token(
        member, CONFIRM_SALT, signer_class=signer_from_the_past(3 * 24 * 60 * 60 - 60)
    )
    assert client.post(f"/members/confirm/{token}/").status_code == 200
    member.refresh_from_db()
    assert member.state == MemberState.CONFIRMED


def test_tampered_link_is_rejected(client, join_page, individual):
    post_join(client, join_page, individual)
    link = last_link("ana@example.org")
    response = client.get(link[:-3] + "xx/")
    assert response.status_code == 400
    assert b"This link does not work" in response.content
    assert Member.objects.get().state == MemberState.PENDING


def test_confirm_link_cannot_be_used_as_manage_link(client, individual):
    member = MemberFactory.create(membership_type=individual)
    token = make_token(member, CONFIRM_SALT)
    assert client.get(f"/members/manage/{token}/").status_code == 400
