"""Staff see change sets waiting on the dashboard, preview who gets what, hold and release;
and see and edit what a member follows."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from tests.alerts.factories import FollowerFactory, change_set_touching
from tests.alerts.smtp import alerts_smtp
from tests.tip.factories import CountryFactory
from tipwatch.alerts.models import Bounce, ChangeSetState, Delivery, Source
from tipwatch.tip.models import Country

pytestmark = pytest.mark.django_db


@pytest.fixture
def peru(db: None) -> Country:
    return CountryFactory.create(iso3="PER", name="Peru")


def test_the_dashboard_lists_alerts_waiting_for_release(
    admin_client: Client, peru: Country
) -> None:
    change_set = change_set_touching(peru)

    page = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Alerts waiting for release (1)" in page
    assert reverse("alert_change_sets:preview", args=[change_set.pk]) in page


def test_preview_shows_who_gets_what_and_a_sample(admin_client: Client, peru: Country) -> None:
    FollowerFactory.create(email="ana@example.org", follows=["PER"])
    change_set = change_set_touching(peru)

    page = admin_client.get(reverse("alert_change_sets:preview", args=[change_set.pk]))

    text = page.content.decode()
    assert page.status_code == 200
    assert "1 member gets one email each." in text
    assert "Sample: the email to ana@example.org" in text
    assert "Peru: moved down from Tier 2 to Tier 2 Watch List in the 2026 TIP Report" in text
    assert not Delivery.objects.exists()  # a preview sends and records nothing


def test_hold_then_release_queues_the_batches(
    admin_client: Client, peru: Country, smtp_settings: Any
) -> None:
    smtp_settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    FollowerFactory.create(follows=["PER"])
    change_set = change_set_touching(peru, source=Source.EDIT, state=ChangeSetState.FOLDING)

    admin_client.post(reverse("alert_change_sets:hold", args=[change_set.pk]))
    change_set.refresh_from_db()
    assert change_set.state == ChangeSetState.HELD

    with django_capture_on_commit():
        response = admin_client.post(
            reverse("alert_change_sets:release", args=[change_set.pk]), follow=True
        )
    assert "1 emails queued in 1 batches" in response.content.decode()
    change_set.refresh_from_db()
    assert change_set.state == ChangeSetState.RELEASED
    assert change_set.released_by is not None
    [task] = DBTaskResult.objects.filter(task_path="tipwatch.alerts.tasks.send_alert_batch")
    assert task.args_kwargs["args"][:2] == [change_set.pk, 0]


def django_capture_on_commit() -> Any:
    # The release queues its batches when its transaction commits; inside a test transaction
    # pytest-django runs those callbacks on request.
    from django.test import TestCase

    return TestCase.captureOnCommitCallbacks(execute=True)


def test_a_get_of_release_changes_nothing(admin_client: Client, peru: Country) -> None:
    change_set = change_set_touching(peru)

    response = admin_client.get(reverse("alert_change_sets:release", args=[change_set.pk]))

    assert response.status_code == 302
    change_set.refresh_from_db()
    assert change_set.state == ChangeSetState.HELD


def test_refused_addresses_are_shown_to_staff(
    admin_client: Client, peru: Country, smtp_settings: Any
) -> None:
    from django.core.management import call_command

    FollowerFactory.create(email="gone@example.org", follows=["PER"])
    change_set = change_set_touching(peru)
    with alerts_smtp(refuse_to={"gone@example.org": "550 No such user"}):
        call_command("alerts", "send", str(change_set.pk), stdout=StringIO())
    assert Bounce.objects.count() == 1

    page = admin_client.get(reverse("alert_bounces:index")).content.decode()

    assert "gone@example.org" in page
    assert "No such user" in page


def test_staff_see_and_edit_what_a_member_follows(admin_client: Client, peru: Country) -> None:
    member = FollowerFactory.create(follows=["PER"])

    page = admin_client.get(reverse("member_records:edit", args=[member.pk])).content.decode()

    assert "Alerts: what the member follows" in page
    assert "Countries followed" in page
    assert "Groups followed" in page
