"""The send_renewal_reminders command."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.members.factories import MemberFactory
from tipwatch.members.models import MemberState

pytestmark = pytest.mark.django_db


def due_in(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def run(days: int = 30) -> str:
    out = StringIO()
    call_command("send_renewal_reminders", days=days, stdout=out)
    return out.getvalue()


@pytest.fixture
def members(membership_types):
    active = {"state": MemberState.ACTIVE, "membership_type": membership_types[0]}
    return {
        "soon": MemberFactory(email="soon@example.org", renewal_due=due_in(10), **active),
        "edge": MemberFactory(email="edge@example.org", renewal_due=due_in(30), **active),
        "later": MemberFactory(email="later@example.org", renewal_due=due_in(31), **active),
        "overdue": MemberFactory(email="overdue@example.org", renewal_due=due_in(-2), **active),
        "cancelled": MemberFactory(
            email="gone@example.org",
            renewal_due=due_in(5),
            state=MemberState.CANCELLED,
            membership_type=membership_types[0],
        ),
        "no_date": MemberFactory(email="nodate@example.org", **active),
    }


def recipients() -> set[str]:
    return {address for message in mail.outbox for address in message.to}


def test_reminds_active_members_due_within_n_days(members):
    assert "Sent 3 renewal reminder(s)." in run(30)
    assert recipients() == {"soon@example.org", "edge@example.org", "overdue@example.org"}
    message = next(m for m in mail.outbox if m.to == ["soon@example.org"])
    assert "due for renewal" in message.subject
    assert "£30.00" in message.body
    assert "http://localhost/members/manage/" in message.body
    members["soon"].refresh_from_db()
    assert members["soon"].renewal_reminded_for == members["soon"].renewal_due


def test_running_twice_sends_nothing_more(members):
    run(30)
    sent = len(mail.outbox)
    assert "Sent 0 renewal reminder(s)." in run(30)
    assert len(mail.outbox) == sent


def test_a_new_due_date_is_reminded_again(members):
    run(30)
    member = members["soon"]
    member.renewal_due = due_in(20)
    member.save()
    mail.outbox.clear()
    run(30)
    assert recipients() == {"soon@example.org"}


def test_wider_window_only_adds_the_new_ones(members):
    run(10)
    assert recipients() == {"soon@example.org", "overdue@example.org"}
    mail.outbox.clear()
    run(31)
    assert recipients() == {"edge@example.org", "later@example.org"}


def test_dry_run_sends_nothing(members):
    out = StringIO()
    call_command("send_renewal_reminders", days=30, dry_run=True, stdout=out)
    assert "3 member(s) would be reminded." in out.getvalue()
    assert mail.outbox == []
    members["soon"].refresh_from_db()
    assert members["soon"].renewal_reminded_for is None


def test_a_failed_send_is_retried_next_time(members, monkeypatch):
    from tipwatch.members import emails

    def broken(member):
        raise OSError("mail server down")

    monkeypatch.setattr(emails, "send_renewal_reminder", broken)
    with pytest.raises(OSError, match="mail server down"):
        run(30)
    monkeypatch.undo()
    run(30)
    assert len(recipients()) == 3


def test_negative_days_rejected(members):
    with pytest.raises(CommandError):
        run(-1)
