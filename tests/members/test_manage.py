"""Self-service through signed links: request, update, download, cancel, erase."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from tests.html import one
from tests.members.factories import MemberFactory
from tests.members.helpers import last_link, signer_from_the_past
from tipwatch.members.models import Member, MemberState
from tipwatch.members.tokens import MANAGE_SALT, make_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(membership_types):
    return MemberFactory(
        name="Rosa Mamani",
        email="rosa@example.org",
        postal_address="2 Low Road",
        membership_type=membership_types[0],
        state=MemberState.ACTIVE,
        newsletter_opt_in=True,
    )


@pytest.fixture
def manage_link(member):
    return f"/members/manage/{make_token(member, MANAGE_SALT)}/"


def test_request_answers_the_same_for_members_and_strangers(client, member, home):
    known = client.post("/members/manage/", {"email": "ROSA@example.org"})
    unknown = client.post(
        "/members/manage/", {"email": "nobody@example.org"}, REMOTE_ADDR="10.0.0.9"
    )
    assert known.status_code == unknown.status_code == 200
    strip = lambda r: one(BeautifulSoup(r.content, "html.parser"), "main").get_text()  # noqa: E731
    assert strip(known) == strip(unknown)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["rosa@example.org"]
    assert last_link("rosa@example.org").startswith("/members/manage/")


def test_request_form_errors_and_honeypot(client, member, home):
    response = client.post("/members/manage/", {"email": "nope"})
    assert response.status_code == 200
    assert b"Enter a valid email address." in response.content
    spam = client.post("/members/manage/", {"email": "rosa@example.org", "website": "x"})
    assert spam.status_code == 200
    assert mail.outbox == []


def test_request_is_rate_limited(client, member, home):
    for _ in range(3):
        assert client.post("/members/manage/", {"email": "rosa@example.org"}).status_code == 200
    assert client.post("/members/manage/", {"email": "rosa@example.org"}).status_code == 429
    assert len(mail.outbox) == 3


def test_link_from_email_opens_manage_page(client, member, home):
    client.post("/members/manage/", {"email": "rosa@example.org"})
    response = client.get(last_link("rosa@example.org"))
    assert response.status_code == 200
    assert b"rosa@example.org" in response.content
    assert response["Cache-Control"].startswith("max-age=0")


def test_update_details(client, member, manage_link, membership_types):
    response = client.post(
        manage_link,
        {
            "name": "Rosa M. Mamani",
            "postal_address": "",
            "membership_type": str(membership_types[1].pk),
            "alerts_opt_in": "on",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.name == "Rosa M. Mamani"
    assert member.postal_address == ""
    assert member.membership_type == membership_types[1]
    assert member.newsletter_opt_in is False
    assert member.alerts_opt_in is True
    assert b"Your details have been saved." in client.get(manage_link).content


def test_update_with_errors_reshows_form(client, member, manage_link, membership_types):
    response = client.post(
        manage_link, {"name": "", "membership_type": str(membership_types[0].pk)}
    )
    assert response.status_code == 200
    assert b"This field is required." in response.content
    member.refresh_from_db()
    assert member.name == "Rosa Mamani"


def test_download_my_data(client, member, manage_link):
    response = client.get(manage_link + "my-data.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)["member"]
    assert data["name"] == "Rosa Mamani"
    assert data["email"] == "rosa@example.org"
    assert data["postal_address"] == "2 Low Road"
    assert data["membership_type"] == "Individual"
    assert data["newsletter_opt_in"] is True
    assert data["privacy_notice_version"] == "1"


def test_cancel(client, member, manage_link):
    confirm_page = client.get(manage_link + "cancel/")
    assert confirm_page.status_code == 200
    member.refresh_from_db()
    assert member.state == MemberState.ACTIVE  # GET changes nothing
    response = client.post(manage_link + "cancel/")
    assert response.status_code == 200
    member.refresh_from_db()
    assert member.state == MemberState.CANCELLED
    assert member.cancelled_at is not None
    assert mail.outbox[-1].subject == "Your tipwatch membership is cancelled"
    # And they can rejoin (back to awaiting approval).
    client.post(manage_link + "rejoin/")
    member.refresh_from_db()
    assert member.state == MemberState.CONFIRMED


def test_erase_removes_all_personal_data(client, member, manage_link):
    assert client.get(manage_link + "erase/").status_code == 200
    assert Member.objects.filter(pk=member.pk).exists()
    response = client.post(manage_link + "erase/")
    assert response.status_code == 200
    assert b"Your data has been erased" in response.content
    assert not Member.objects.filter(pk=member.pk).exists()
    assert not Member.objects.filter(email="rosa@example.org").exists()
    # The old link no longer works, and tells no secrets.
    after = client.get(manage_link)
    assert after.status_code == 400
    assert b"rosa@example.org" not in after.content


def test_erase_leaves_no_pii_anywhere_in_the_database(client, member, manage_link, admin_user):
    from django.apps import apps
    from django.db import models
    from django.db.models.functions import Cast

    # Staff edited the record in the admin, which Wagtail writes to its audit log.
    client.force_login(admin_user)
    edited = client.post(
        f"/admin/members/edit/{member.pk}/",
        {
            "name": "Rosa Mamani",
            "email": "rosa@example.org",
            "postal_address": "2 Low Road",
            "membership_type": member.membership_type_id,
            "state": "active",
            "newsletter_opt_in": "on",
            "renewal_due": "",
            "notes": "Met at the Leeds meeting",
        },
    )
    assert edited.status_code == 302
    client.logout()

    def holding(needle: str) -> list[str]:
        found = []
        for model in apps.get_models():
            for field in model._meta.concrete_fields:
                if not isinstance(field, models.CharField | models.TextField | models.JSONField):
                    continue
                rows = model._default_manager.annotate(
                    _as_text=Cast(field.name, models.TextField())
                ).filter(_as_text__icontains=needle)
                if rows.exists():
                    found.append(f"{model.__name__}.{field.name}")
        return found

    assert "ModelLogEntry.label" in holding("rosa@example.org")  # the scan can find it
    client.post(manage_link + "erase/")
    for needle in ("rosa@example.org", "Rosa Mamani", "2 Low Road", "Leeds meeting"):
        assert holding(needle) == [], needle


def test_expired_manage_link(client, member):
    token = make_token(member, MANAGE_SALT, signer_class=signer_from_the_past(4 * 86400))
    response = client.get(f"/members/manage/{token}/")
    assert response.status_code == 410
    assert b"This link has expired" in response.content
    assert b"/members/manage/" in response.content
    assert client.post(f"/members/manage/{token}/erase/").status_code == 410
    assert Member.objects.filter(pk=member.pk).exists()


def test_link_stops_working_when_email_changes(client, member, manage_link):
    member.email = "new@example.org"
    member.save()
    assert client.get(manage_link).status_code == 400
