"""`tipwatch alerts list|preview|send|hold|release-due`."""

from __future__ import annotations

import datetime
import json
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils import timezone

from tests.alerts.factories import ChangeSetFactory, FollowerFactory, change_set_touching
from tests.alerts.smtp import ALERTS_SMTP_PORT, alerts_smtp
from tests.tip.factories import CountryFactory
from tipwatch.alerts.models import ChangeSet, ChangeSetState, Source

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("alerts", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def change_set(db: None) -> Any:
    peru = CountryFactory.create(iso3="PER", name="Peru")
    CountryFactory.create(iso3="CHL", name="Chile")
    FollowerFactory.create(email="ana@example.org", follows=["PER"])
    FollowerFactory.create(email="carla@example.org", follows=["CHL"])
    return change_set_touching(peru)


def test_list_as_json_shows_state_and_counts(change_set: Any, smtp_settings: Any) -> None:
    [row] = json.loads(run("list", "--format", "json"))
    assert row["id"] == change_set.pk
    assert (row["state"], row["source"], row["report_year"], row["countries"]) == (
        "held",
        "import",
        2026,
        1,
    )
    assert row["deliveries"]["queued"] == 0

    with alerts_smtp():
        run("send", str(change_set.pk))

    [row] = json.loads(run("list", "--format", "json"))
    assert row["state"] == "sent"
    assert row["deliveries"]["sent"] == 1


def test_preview_says_who_gets_what_with_a_sample(change_set: Any) -> None:
    out = run("preview", str(change_set.pk))

    assert "PER 2 -> 2WL (down)" in out
    assert "1 member(s) get one email each." in out
    assert "Sample to ana@example.org" in out
    assert "Peru (PER): moved down from Tier 2 to Tier 2 Watch List" in out

    shown = json.loads(run("preview", str(change_set.pk), "--format", "json"))
    assert (shown["recipients"], shown["by_country"]) == (1, {"PER": 1})


@pytest.mark.parametrize("bad", ["abc", "0", "-1", "\uff11", "99999999999999999999999", "7\x00"])
def test_a_bad_change_set_number_is_named(change_set: Any, bad: str) -> None:
    with pytest.raises(CommandError, match="a change set is named by its number"):
        run("preview", bad)


def test_an_unknown_change_set_lists_the_latest(change_set: Any) -> None:
    with pytest.raises(CommandError, match=f"no change set #999; the latest are: {change_set.pk}"):
        run("send", "999")


def test_hold_and_release_due(db: None) -> None:
    peru = CountryFactory.create(iso3="PER", name="Peru")
    due = change_set_touching(
        peru,
        source=Source.EDIT,
        state=ChangeSetState.FOLDING,
        send_after=timezone.now() - datetime.timedelta(seconds=1),
    )
    later = ChangeSetFactory.create(
        source=Source.EDIT,
        state=ChangeSetState.FOLDING,
        send_after=timezone.now() + datetime.timedelta(minutes=5),
    )

    assert run("release-due").strip() == "Released 1 change set(s)."
    due.refresh_from_db()
    assert due.state == ChangeSetState.SENT  # nobody follows Peru: nothing to send
    assert run("hold", str(later.pk)).strip() == f"Change set #{later.pk} is held."
    with pytest.raises(CommandError, match="only a change set not yet released can be held"):
        run("hold", str(due.pk))


def test_release_due_queues_again_what_a_killed_worker_left(change_set: Any, settings: Any) -> None:
    from tipwatch.alerts.models import Delivery
    from tipwatch.alerts.release import ReleaseChangeSet

    ReleaseChangeSet(change_set).release()  # released, nothing sent: as after a killed worker
    assert Delivery.objects.filter(state="queued").count() == 1

    assert "again" not in run("release-due")  # too recent: its batches may be in backoff

    ChangeSet.objects.filter(pk=change_set.pk).update(
        released_at=timezone.now() - datetime.timedelta(hours=3)
    )
    with alerts_smtp() as inbox:
        settings.TASKS = {
            "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
        }
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", ALERTS_SMTP_PORT
        with TestCase.captureOnCommitCallbacks(execute=True):
            out = run("release-due")

    assert f"Queued the unsent emails of #{change_set.pk} again." in out
    assert len(inbox.messages) == 1
    assert Delivery.objects.get().state == "sent"
