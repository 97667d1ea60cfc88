"""Member state changes are logged to History; lapsing and purging run as commands."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.utils import timezone
from wagtail.models import ModelLogEntry

from tests.members.factories import MemberFactory
from tipwatch.members import services
from tipwatch.members.models import Member, MemberState

pytestmark = pytest.mark.django_db


def actions(member: Member) -> list[str]:
    return list(
        ModelLogEntry.objects.filter(object_id=str(member.pk))
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_each_state_change_is_logged_and_shown_in_history(
    admin_client, admin_user, membership_types
):
    member = MemberFactory.create(name="Lena Log", email="lena@example.org")

    services.confirm(member)
    services.approve(member, approved_by=admin_user)
    services.cancel(member)
    services.rejoin(member)

    assert actions(member) == [
        "tipwatch.member.confirm",
        "tipwatch.member.approve",
        "tipwatch.member.cancel",
        "tipwatch.member.rejoin",
    ]
    approval = ModelLogEntry.objects.get(object_id=str(member.pk), action="tipwatch.member.approve")
    assert approval.user == admin_user
    history = admin_client.get(f"/admin/members/history/{member.pk}/").content.decode()
    assert "No log entries" not in history
    assert "The member confirmed their email address" in history
    assert "Approved: the membership is active" in history
    assert "The member asked to rejoin" in history


def test_a_replayed_confirmation_is_not_logged_twice(membership_types):
    member = MemberFactory.create()
    assert services.confirm(member)
    assert not services.confirm(member)
    assert actions(member) == ["tipwatch.member.confirm"]


def test_lapse_command_lapses_only_overdue_active_memberships(membership_types):
    today = timezone.localdate()
    overdue = MemberFactory.create(
        state=MemberState.ACTIVE, renewal_due=today - datetime.timedelta(days=1)
    )
    due_today = MemberFactory.create(state=MemberState.ACTIVE, renewal_due=today)
    cancelled = MemberFactory.create(
        state=MemberState.CANCELLED, renewal_due=today - datetime.timedelta(days=9)
    )
    out = io.StringIO()

    call_command("lapse_memberships", stdout=out)
    call_command("lapse_memberships", stdout=io.StringIO())  # a second run changes nothing

    assert "1 membership(s) lapsed." in out.getvalue()
    states = {m.pk: m.state for m in Member.objects.all()}
    assert states == {
        overdue.pk: MemberState.LAPSED,
        due_today.pk: MemberState.ACTIVE,
        cancelled.pk: MemberState.CANCELLED,
    }
    assert actions(overdue) == ["tipwatch.member.lapse"]


def test_purge_deletes_old_unconfirmed_sign_ups_only(membership_types):
    old = timezone.now() - datetime.timedelta(days=31)
    stale = MemberFactory.create()
    fresh = MemberFactory.create()
    confirmed_long_ago = MemberFactory.create(state=MemberState.CONFIRMED)
    Member.objects.filter(pk__in=[stale.pk, confirmed_long_ago.pk]).update(created_at=old)
    dry = io.StringIO()
    call_command("purge_unconfirmed_members", "--dry-run", stdout=dry)
    assert "1 unconfirmed sign-up(s) would be deleted." in dry.getvalue()

    out = io.StringIO()
    call_command("purge_unconfirmed_members", "--days", "30", stdout=out)

    assert "Deleted 1 unconfirmed sign-up(s)." in out.getvalue()
    assert set(Member.objects.values_list("pk", flat=True)) == {fresh.pk, confirmed_long_ago.pk}


def test_purge_refuses_a_nonsense_period():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--days must be between 1 and 3650"):
        call_command("purge_unconfirmed_members", "--days", "0")


@pytest.mark.parametrize(
    ("name", "phrase"),
    [("Individual", "an individual member"), ("Concession", "a concession member")],
)
def test_membership_phrase(name: str, phrase: str) -> None:
    rendered = Template("{% load membership %}{{ name|as_membership }}").render(
        Context({"name": name})
    )
    assert rendered == phrase


def test_approve_button_is_on_the_row_not_in_its_menu(admin_client, membership_types):
    member = MemberFactory.create(state=MemberState.CONFIRMED, name="Cora Confirmed")
    html = admin_client.get("/admin/members/", {"state": "confirmed"}).content.decode()
    approve_url = f"/admin/members/approve/{member.pk}/"
    assert approve_url in html
    before_menu = html.split('aria-label="More options for')[0]
    assert approve_url in before_menu


def test_an_erase_request_is_logged_under_a_label_that_names_no_one(
    admin_client, admin_user, membership_types
):
    member = MemberFactory.create(name="Eva Erase", email="eva@example.org")
    services.confirm(member)
    services.approve(member, approved_by=admin_user)
    pk = member.pk

    services.erase(member)

    entries = ModelLogEntry.objects.filter(object_id=str(pk))
    # The earlier entries carried the member's name as their label; only the erasure is left.
    assert list(entries.values_list("action", flat=True)) == ["tipwatch.member.erase"]
    entry = entries.get()
    assert entry.label == f"Member {pk} (erased)"
    assert entry.data == {"state": MemberState.ACTIVE}
    assert entry.deleted
    assert entry.user is None
    assert "Eva" not in str(entry.data) + entry.label
    report = admin_client.get("/admin/reports/site-history/").content.decode()
    assert (
        "Erased at the member&#x27;s request" in report
        or "Erased at the member's request" in report
    )
    assert f"Member {pk} (erased)" in report
    assert "eva@example.org" not in report
