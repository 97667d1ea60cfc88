"""Member emails go through the task worker: a mail outage neither fails nor slows a request,
and what a request does never depends on whether the address belongs to a member."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.members.factories import MemberFactory
from tests.members.helpers import join_data
from tests.members.smtp import SMTP_PORT, smtp_server
from tipwatch.members.models import Member

# The worker closes its database connection after each task, as it does in production: the
# test must not run inside a transaction that would go with it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SEND_MEMBER_EMAIL = "tipwatch.members.tasks.send_member_email"
SEND_MANAGE_LINK = "tipwatch.members.tasks.send_manage_link"


@pytest.fixture(autouse=True)
def worker_and_smtp(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = SMTP_PORT
    settings.EMAIL_TIMEOUT = 5
    settings.TIPWATCH_MAIL_RETRY_SECONDS = 60


def run_worker() -> None:
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def time_passes() -> None:
    """Make every retry that waits for later due now."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def queued() -> list[DBTaskResult]:
    """The member mail tasks (saving pages queues Wagtail's own tasks as well)."""
    mail_tasks = DBTaskResult.objects.filter(task_path__startswith="tipwatch.members.")
    return list(mail_tasks.order_by("enqueued_at"))


def test_joining_with_the_mail_server_down_succeeds_and_the_mail_follows(
    client, join_page, membership_types, caplog
):
    # Nothing listens on the mail port: the server is down.
    data = join_data(membership_type=str(membership_types[0].pk))
    response = client.post(join_page.url, data)

    assert response.status_code == 302
    assert response["Location"] == "/join/thanks/"
    assert Member.objects.filter(email="ana@example.org").exists()
    [task] = queued()
    assert task.task_path == SEND_MEMBER_EMAIL

    with caplog.at_level(logging.WARNING, logger="tipwatch.members.tasks"):
        run_worker()
    assert "not sent (attempt 1 of 6)" in caplog.text
    first, retry = queued()
    assert first.status == "SUCCESSFUL"
    assert retry.status == "READY"
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after is not None
    assert 55 < (retry.run_after - retry.enqueued_at).total_seconds() <= 60
    run_worker()  # not due yet
    assert queued()[-1].status == "READY"

    time_passes()
    with smtp_server() as inbox:
        run_worker()
    [message] = inbox.to("ana@example.org")
    link = re.search(r"http://testserver(/members/confirm/[^\s]+/)", message.get_content())
    assert link is not None
    assert client.post(link.group(1)).status_code == 200
    assert Member.objects.get(email="ana@example.org").state == "confirmed"


def test_a_mail_that_never_goes_out_fails_after_the_last_attempt(
    settings, client, join_page, membership_types, caplog
):
    settings.TIPWATCH_MAIL_ATTEMPTS = 3
    client.post(join_page.url, join_data(membership_type=str(membership_types[0].pk)))

    with caplog.at_level(logging.WARNING, logger="tipwatch.members.tasks"):
        waits = []
        for _ in range(4):
            run_worker()
            waits += [
                (task.run_after - task.enqueued_at).total_seconds()
                for task in queued()
                if task.status == "READY"
            ]
            time_passes()

    tasks = queued()
    assert [task.status for task in tasks] == ["SUCCESSFUL", "SUCCESSFUL", "FAILED"]
    assert 55 < waits[0] <= 60  # then twice as long
    assert 115 < waits[1] <= 120
    assert "not sent after 3 attempts" in caplog.text


@pytest.mark.parametrize(
    ("reply", "retried"), [("550 No such user", False), ("450 Try later", True)]
)
def test_a_mailbox_refused_for_good_is_not_tried_again(
    client, join_page, membership_types, reply, retried
):
    client.post(join_page.url, join_data(membership_type=str(membership_types[0].pk)))

    with smtp_server(refuse=reply) as inbox:
        run_worker()

    assert inbox.messages == []
    statuses = [task.status for task in queued()]
    assert statuses == (["SUCCESSFUL", "READY"] if retried else ["FAILED"])


def test_asking_for_a_manage_link_does_the_same_work_for_members_and_strangers(client, home):
    MemberFactory(email="rosa@example.org")

    known = client.post("/members/manage/", {"email": "rosa@example.org"})
    unknown = client.post("/members/manage/", {"email": "nobody@example.org"})

    assert known.status_code == unknown.status_code == 200
    first, second = queued()
    assert first.task_path == second.task_path == SEND_MANAGE_LINK
    assert first.args_kwargs == {"args": ["rosa@example.org", "http://testserver"], "kwargs": {}}
    assert second.args_kwargs == {"args": ["nobody@example.org", "http://testserver"], "kwargs": {}}

    with smtp_server() as inbox:
        run_worker()
    assert [m["To"] for m in inbox.messages] == ["rosa@example.org"]
