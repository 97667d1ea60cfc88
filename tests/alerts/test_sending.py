"""Sending through a real SMTP server on localhost: batches share one connection, refused
addresses are recorded, an unreachable server is tried again later, and nobody hears twice."""

from __future__ import annotations

import smtplib
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.alerts.factories import FollowerFactory, change_set_touching
from tests.alerts.smtp import alerts_smtp
from tests.tip.factories import CountryFactory
from tipwatch.alerts.models import Bounce, ChangeSetState, Delivery, DeliveryState
from tipwatch.alerts.release import ReleaseChangeSet
from tipwatch.alerts.sending import refusal
from tipwatch.alerts.tasks import send_alert_batch
from tipwatch.members.models import Member

pytestmark = pytest.mark.django_db


@pytest.fixture
def peru(db: None) -> Any:
    return CountryFactory.create(iso3="PER", name="Peru", name_es="Perú")


def send(change_set_id: int) -> str:
    out = StringIO()
    call_command("alerts", "send", str(change_set_id), stdout=out)
    return out.getvalue().strip()


def test_each_batch_uses_one_connection(peru: Any, smtp_settings: Any) -> None:
    smtp_settings.TIPWATCH_ALERTS_BATCH_SIZE = 2
    members = [FollowerFactory.create(follows=["PER"]) for _ in range(5)]
    change_set = change_set_touching(peru)

    with alerts_smtp() as inbox:
        summary = send(change_set.pk)

    assert summary == f"Change set #{change_set.pk}: sent 5, skipped 0, failed 0"
    assert sorted(str(m["To"]) for m in inbox.messages) == sorted(m.email for m in members)
    assert inbox.connections == 3  # batches of 2, 2 and 1
    assert len({m["Message-ID"] for m in inbox.messages}) == 5
    change_set.refresh_from_db()
    assert change_set.state == ChangeSetState.SENT


def test_a_refused_address_is_recorded_and_the_rest_are_sent(peru: Any, smtp_settings: Any) -> None:
    gone = FollowerFactory.create(email="gone@example.org", follows=["PER"])
    kept = FollowerFactory.create(follows=["PER"])
    change_set = change_set_touching(peru)

    with alerts_smtp(refuse_to={gone.email: "550 No such user here"}) as inbox:
        summary = send(change_set.pk)

    assert summary == f"Change set #{change_set.pk}: sent 1, skipped 0, failed 1"
    assert [str(m["To"]) for m in inbox.messages] == [kept.email]
    bounce = Bounce.objects.get()
    assert (bounce.email, bounce.code, bounce.message) == (gone.email, 550, "No such user here")
    assert Delivery.objects.get(member=gone).state == DeliveryState.BOUNCED


def test_a_mail_server_that_is_down_is_tried_again_later(peru: Any, smtp_settings: Any) -> None:
    smtp_settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    member = FollowerFactory.create(follows=["PER"])
    change_set = change_set_touching(peru)
    ReleaseChangeSet(change_set).release()

    # Nothing listens on the port: the server is down.
    result = send_alert_batch.call(change_set.pk, 0, "http://testserver")

    assert result == "sent 0; retry 2 queued"
    delivery = Delivery.objects.get(member=member)
    assert delivery.state == DeliveryState.QUEUED
    assert "Connection refused" in delivery.last_error
    retry = DBTaskResult.objects.get(task_path="tipwatch.alerts.tasks.send_alert_batch")
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after is not None
    assert 55 < (retry.run_after - timezone.now()).total_seconds() <= 60

    with alerts_smtp() as inbox:
        assert send_alert_batch.call(change_set.pk, 0, "http://testserver", attempt=2) == (
            "sent 1, skipped 0, bounced 0"
        )
    assert len(inbox.messages) == 1


def test_after_the_last_attempt_the_batch_fails_for_staff_to_see(
    peru: Any, smtp_settings: Any
) -> None:
    smtp_settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    FollowerFactory.create(follows=["PER"])
    change_set = change_set_touching(peru)
    ReleaseChangeSet(change_set).release()

    result = send_alert_batch.call(change_set.pk, 0, "http://testserver", attempt=6)

    assert result == "sent 0, failed 1"
    assert Delivery.objects.get().state == DeliveryState.FAILED
    change_set.refresh_from_db()
    assert change_set.state == ChangeSetState.SENT  # finished: nothing left to send


def test_a_member_who_stops_alerts_after_release_gets_nothing(
    peru: Any, smtp_settings: Any
) -> None:
    member = FollowerFactory.create(follows=["PER"])
    change_set = change_set_touching(peru)
    ReleaseChangeSet(change_set).release()
    Member.objects.filter(pk=member.pk).update(alerts_opt_in=False)

    with alerts_smtp() as inbox:
        summary = send(change_set.pk)

    assert inbox.messages == []
    assert summary == f"Change set #{change_set.pk}: sent 0, skipped 1, failed 0"
    assert Delivery.objects.get().state == DeliveryState.SKIPPED


def test_members_hear_only_of_their_countries_in_their_language(
    peru: Any, smtp_settings: Any
) -> None:
    from tests.tip.factories import GroupFactory

    chile = CountryFactory.create(iso3="CHL", name="Chile", name_es="Chile")
    bolivia = CountryFactory.create(iso3="BOL", name="Bolivia", name_es="Bolivia")
    andes = GroupFactory.create(slug="andes", name="Andes")
    andes.members.set([peru, bolivia])
    andes.save()  # a ParentalManyToManyField is written on save
    spanish = FollowerFactory.create(email="es@example.org", language="es", follows=["PER"])
    by_group = FollowerFactory.create(email="group@example.org", follows_groups=["andes"])
    FollowerFactory.create(email="nobody@example.org", follows=["CHL"])
    FollowerFactory.create(email="pending@example.org", follows=["PER"], state="confirmed")
    change_set = change_set_touching(peru, bolivia)

    with alerts_smtp() as inbox:
        send(change_set.pk)

    assert sorted(str(m["To"]) for m in inbox.messages) == sorted([by_group.email, spanish.email])
    [es] = inbox.to(spanish.email)
    # (A long encoded subject is folded; the fold leaves a leading space on decoding.)
    assert str(es["Subject"]).strip() == (
        "Perú: bajó de Nivel 2 a Lista de Vigilancia del Nivel 2 en el Informe TIP 2026"
    )
    assert es["Content-Language"] == "es"
    assert "Bolivia" not in es.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    [group_mail] = inbox.to(by_group.email)
    assert group_mail["Subject"] == "2 of your countries changed in the 2026 TIP Report"
    body = group_mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Peru (PER): moved down" in body
    assert "Bolivia (BOL): moved down" in body
    assert "New: would be downgraded next year unless waived" in body
    assert chile.pk  # followed by someone, but not touched


def test_a_second_release_adds_nobody_and_a_second_send_sends_nothing(
    peru: Any, smtp_settings: Any
) -> None:
    FollowerFactory.create(follows=["PER"])
    change_set = change_set_touching(peru)
    with alerts_smtp() as inbox:
        send(change_set.pk)
        FollowerFactory.create(follows=["PER"])  # follows after the release
        again = send(change_set.pk)

    assert len(inbox.messages) == 1
    assert again == f"Change set #{change_set.pk}: sent 0, skipped 1, failed 0"
    assert Delivery.objects.count() == 1


def test_only_a_permanent_refusal_is_a_bounce() -> None:
    assert refusal(smtplib.SMTPRecipientsRefused({"a@x": (550, b"No such user")})) == (
        550,
        "No such user",
    )
    assert refusal(smtplib.SMTPRecipientsRefused({"a@x": (451, b"Try later")})) is None
    assert refusal(smtplib.SMTPDataError(554, b"Rejected")) == (554, "Rejected")
    assert refusal(ConnectionRefusedError()) is None
