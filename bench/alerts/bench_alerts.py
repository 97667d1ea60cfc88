"""Alerts at scale: 20,000 active members following a mix of countries, one change set touching
every country.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tw_alerts_bench \\
        .tools/bin/uv run python bench/alerts/bench_alerts.py [--members 20000] [--workers 2]

Creates the database's tables and loads the bundled data if needed, replaces the benchmark's
members (made by the tests' factory, `example.net` addresses) and change sets, then measures:

1. release: who hears about what, one delivery row per member, the batches queued as tasks;
2. compose: every member's email written (text and HTML, signed links), without sending;
3. send: `db_worker` processes send every batch through a local SMTP server (aiosmtpd, in its
   own process) over one connection per batch.

Prints one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.alerts.settings")
DOMAIN = "example.net"


def setup_django() -> None:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from tipwatch.tip.models import Placement
    from tipwatch.tip.services.dataset_loader import DatasetLoader

    if not Placement.objects.exists():
        DatasetLoader().load()


def make_members(count: int, seed: int = 12) -> None:
    """`count` active members who want alerts: each follows one to three countries, and one in
    five a group as well. Built by the tests' factory, written in bulk."""
    from django.db import transaction

    from tests.alerts.factories import FollowerFactory
    from tests.members.factories import MembershipTypeFactory
    from tipwatch.members.models import Member
    from tipwatch.tip.models import Country, Group

    rng = random.Random(seed)
    countries = list(Country.objects.values_list("pk", flat=True))
    groups = list(Group.objects.values_list("pk", flat=True))
    kind = MembershipTypeFactory.create()
    with transaction.atomic():
        Member.objects.filter(email__endswith=f"@{DOMAIN}").delete()
        built = [
            FollowerFactory.build(
                email=f"bench{n}@{DOMAIN}",
                membership_type=kind,
                language="es" if n % 4 == 0 else "en",
            )
            for n in range(count)
        ]
        members = Member.objects.bulk_create(built, batch_size=2000)
        if not all(m.pk for m in members):  # SQLite before 3.35 returns no ids
            members = list(Member.objects.filter(email__endswith=f"@{DOMAIN}"))
        country_rows = [
            Member.followed_countries.through(member_id=m.pk, country_id=c)
            for m in members
            for c in rng.sample(countries, rng.randint(1, 3))
        ]
        Member.followed_countries.through.objects.bulk_create(country_rows, batch_size=5000)
        group_rows = [
            Member.followed_groups.through(member_id=m.pk, group_id=rng.choice(groups))
            for m in members
            if groups and rng.random() < 0.2
        ]
        Member.followed_groups.through.objects.bulk_create(group_rows, batch_size=5000)


def make_change_set() -> int:
    from tests.alerts.factories import ChangeSetFactory
    from tipwatch.alerts.models import ChangeSet, ChangeSetEntry
    from tipwatch.tip.models import Country

    ChangeSet.objects.all().delete()
    change_set = ChangeSetFactory.create(report_year=2026)
    ChangeSetEntry.objects.bulk_create(
        ChangeSetEntry(
            change_set=change_set,
            country=country,
            old_tier="2",
            new_tier="2WL",
            change="down",
            flags_added=["would_be_downgraded_next_year_unless_waived"],
            reason="benchmark",
        )
        for country in Country.objects.all()
    )
    return change_set.pk


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_SMTP_PORT", 8027)))
    args = parser.parse_args()
    os.environ["BENCH_SMTP_PORT"] = str(args.port)
    setup_django()
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    from tipwatch.alerts.compose import Composer
    from tipwatch.alerts.models import ChangeSet, Delivery, DeliveryState
    from tipwatch.alerts.release import batch_size
    from tipwatch.alerts.tasks import release
    from tipwatch.members.emails import site_root_url

    figures: dict[str, object] = {"database": connection.vendor, "members": args.members}
    started = time.perf_counter()
    make_members(args.members)
    figures["make_members_s"] = round(time.perf_counter() - started, 2)
    change_set = ChangeSet.objects.get(pk=make_change_set())
    figures["countries_touched"] = change_set.entries.count()
    DBTaskResult.objects.filter(task_path__startswith="tipwatch.alerts.").delete()

    started = time.perf_counter()
    result = release(change_set).release()
    figures["release_and_queue_s"] = round(time.perf_counter() - started, 2)
    figures["deliveries"] = result.created
    figures["batches"] = len(result.batches)
    figures["batch_size"] = batch_size()

    started = time.perf_counter()
    composer = Composer(change_set, site_root_url())
    deliveries = Delivery.objects.filter(change_set=change_set).select_related("member")
    composed = sum(1 for d in deliveries.iterator(2000) if composer.message(d.member, d.entry_ids))
    figures["compose_all_s"] = round(time.perf_counter() - started, 2)
    figures["composed"] = composed
    figures["release_plus_compose_s"] = round(
        float(figures["release_and_queue_s"]) + float(figures["compose_all_s"]),
        2,  # type: ignore[arg-type]
    )
    connection.close()

    with tempfile.TemporaryDirectory() as tmp:
        counts_file = Path(tmp) / "counts.json"
        sink = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "bench/alerts/smtp_sink.py"),
                str(args.port),
                str(counts_file),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert sink.stdout is not None
        assert sink.stdout.readline().strip() == "ready"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        started = time.perf_counter()
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "django",
                    "db_worker",
                    "--batch",
                    "--no-startup-delay",
                    "--no-reload",
                ],
                env=env,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
            )
            for _ in range(args.workers)
        ]
        codes = [w.wait() for w in workers]
        figures["send_s"] = round(time.perf_counter() - started, 2)
        sink.send_signal(signal.SIGTERM)
        sink.wait(timeout=60)
        counts = json.loads(counts_file.read_text())
    figures["worker_exit_codes"] = codes
    figures["smtp_messages"] = counts["messages"]
    figures["smtp_connections"] = counts["connections"]
    figures["smtp_distinct_recipients"] = counts["recipients"]
    figures["messages_per_s"] = round(counts["messages"] / float(figures["send_s"]), 1)  # type: ignore[arg-type]
    figures["sent_recorded"] = Delivery.objects.filter(
        change_set=change_set, state=DeliveryState.SENT
    ).count()
    change_set.refresh_from_db()
    figures["change_set_state"] = change_set.state
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
