"""A real `db_worker` killed with SIGKILL in the middle of a batch, then resumed: every member
gets the alert, and nobody gets it twice.

The worker, the commands and the SMTP server are separate processes or threads sharing only
the database (a SQLite file, or a fresh PostgreSQL database when DATABASE_URL names one) and
the network. The SMTP server holds its answer to one message in the middle of the batch and
the test kills the worker while it waits: the message was never accepted (no "250" was sent),
as a real server that loses its client before answering does not deliver.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.support.ports import ALERTS_WORKER_KILLED_SMTP, port_for

ROOT = Path(__file__).resolve().parents[2]
SMTP_PORT = port_for(ALERTS_WORKER_KILLED_SMTP)
MEMBERS = 20
STALL_AT = 8  # the eighth message is held, so seven are sent before the kill

SETUP = f"""
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from tests.alerts.factories import FollowerFactory, change_set_touching
from tests.tip.factories import CountryFactory
peru = CountryFactory.create(iso3="PER", name="Peru")
for n in range({MEMBERS}):
    FollowerFactory.create(email=f"member{{n}}@example.org", follows=["PER"])
change_set = change_set_touching(peru)
from tipwatch.alerts.tasks import release
result = release(change_set).release()
print(change_set.pk, len(result.batches))
"""

REQUEUE = """
import sys
import django
django.setup()
from tipwatch.alerts.models import ChangeSet
from tipwatch.alerts.tasks import release
result = release(ChangeSet.objects.get(pk=int(sys.argv[1]))).release()
print(result.created, result.batches)
"""


class StallingInbox:
    """Accepts messages, except that it holds its answer to the `stall_at`-th until told."""

    def __init__(self, stall_at: int) -> None:
        self.accepted: list[str] = []
        self.seen = 0
        self.stall_at = stall_at
        self.stalled = threading.Event()
        self.go_on = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.seen += 1
        if self.seen == self.stall_at:
            self.stalled.set()
            await asyncio.get_running_loop().run_in_executor(None, self.go_on.wait, 60)
            return "451 Try again later"  # the client is gone: nothing is delivered
        self.accepted.extend(envelope.rcpt_tos)
        return "250 Message accepted for delivery"


def _database(name: str, var: Path) -> Generator[tuple[str, Callable[[str], list[Any]]]]:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        server = url.rsplit("/", 1)[0]
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')

        def query_postgres(sql: str) -> list[Any]:
            with psycopg.connect(f"{server}/{name}", autocommit=True) as db:
                return list(db.execute(sql).fetchall())

        try:
            yield f"{server}/{name}", query_postgres
        finally:
            with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    path = var / "site.sqlite3"

    def query_sqlite(sql: str) -> list[Any]:
        with sqlite3.connect(path, timeout=30) as db:
            return db.execute(sql).fetchall()

    yield f"sqlite:///{path}", query_sqlite


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[dict[str, str], Callable[[str], list[Any]]]]:
    databases = _database(f"tw_alerts_killed_{uuid.uuid4().hex[:10]}", tmp_path)
    url, query = next(databases)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.alerts.worker_settings",
        "DATABASE_URL": url,
        "TIPWATCH_VAR_DIR": str(tmp_path),
        "TW_ALERTS_SMTP_PORT": str(SMTP_PORT),
    }
    yield env, query
    databases.close()


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def worker(env: dict[str, str], *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "django", "db_worker", "--no-startup-delay", "--no-reload", *extra],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_worker_killed_mid_batch_loses_and_repeats_nothing(site: Any) -> None:
    env, query = site
    made = run(env, "-c", SETUP)
    assert made.returncode == 0, made.stderr
    change_set_id, batches = map(int, made.stdout.split())
    assert batches == 1  # one batch of twenty: the kill lands in its middle

    inbox = StallingInbox(STALL_AT)
    controller = Controller(inbox, hostname="127.0.0.1", port=SMTP_PORT)
    controller.start()
    try:
        first = worker(env)
        try:
            assert inbox.stalled.wait(120), "the worker never reached the held message"
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=30)
            inbox.go_on.set()
        assert len(inbox.accepted) == STALL_AT - 1
        sent_before = query(
            f"SELECT COUNT(*) FROM alerts_delivery WHERE change_set_id = {change_set_id} "
            "AND state = 'sent'"
        )[0][0]
        assert sent_before == STALL_AT - 1  # the held one was not marked sent

        # Resume: queue what is unsent again (the admin's button does the same), new worker.
        requeued = run(env, "-c", REQUEUE, str(change_set_id))
        assert requeued.returncode == 0, requeued.stderr
        assert requeued.stdout.split(maxsplit=1)[0] == "0"  # nobody added
        resumed = run(
            env, "-m", "django", "db_worker", "--batch", "--no-startup-delay", "--no-reload"
        )
        assert resumed.returncode == 0, resumed.stderr

        again = run(
            env, "-c", "from tipwatch.cli import main; main()", "alerts", "send", str(change_set_id)
        )
    finally:
        controller.stop()

    received = Counter(inbox.accepted)
    assert sorted(received) == sorted(f"member{n}@example.org" for n in range(MEMBERS))
    assert set(received.values()) == {1}  # nobody twice
    states = dict(
        query(
            f"SELECT state, COUNT(*) FROM alerts_delivery WHERE change_set_id = {change_set_id} "
            "GROUP BY state"
        )
    )
    assert states == {"sent": MEMBERS}
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (
        f"Change set #{change_set_id}: sent 0, skipped {MEMBERS}, failed 0"
    )
