"""A real `db_worker` killed in the middle of an import, on the database the suite runs on.

Everything runs as separate processes on a database of its own (a SQLite file, or a fresh
PostgreSQL database when DATABASE_URL names a PostgreSQL server), as in production: the
worker, the command line and the admin never share memory, only the database and media.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
LEASE_SECONDS = 2
TIPWATCH = [sys.executable, "-c", "from tipwatch.cli import main; main()"]

ENQUEUE = """
import sys
import django
django.setup()
from pathlib import Path
from tipwatch.ingest.services.importer import ImportFile, ImportService
from tipwatch.ingest.tasks import process_import
run, _ = ImportService().submit(ImportFile.from_path(Path(sys.argv[1])), int(sys.argv[2]))
process_import.enqueue(run.pk)
print(run.pk)
"""

# What an editor does in the admin, through the real views: look at the status, then retry.
ADMIN_RETRY = """
import json
import sys
import django
django.setup()
from django.test import Client
from tipwatch.core.models import User
editor = User.objects.create_superuser("editor", "editor@example.org", "pw")
client = Client(HTTP_HOST="localhost")
client.force_login(editor)
status = client.get(f"/admin/imports/{sys.argv[1]}/status/").json()
retried = client.post(f"/admin/imports/{sys.argv[1]}/retry/")
print(json.dumps({"status": status, "retry": retried.status_code}))
"""


@dataclass
class Site:
    env: dict[str, str]
    var: Path
    query: Callable[[str], list[tuple[Any, ...]]]

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=timeout, cwd=ROOT
        )

    def run_status(self, pk: int) -> tuple[Any, ...]:
        rows = self.query(
            "SELECT status, progress_done, attempts, error, file FROM ingest_importrun "
            f"WHERE id = {int(pk)}"
        )
        return rows[0]

    def start_worker(self) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "django", "db_worker", "--no-startup-delay", "--no-reload"],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def media_files(self) -> list[str]:
        media = self.var / "media"
        return sorted(str(p.relative_to(media)) for p in media.rglob("*") if p.is_file())


def _database() -> Generator[tuple[str, Callable[[str], list[tuple[Any, ...]]]], None, None]:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        server = url.rsplit("/", 1)[0]
        name = f"tw_killed_worker_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')

        def query_postgres(sql: str) -> list[tuple[Any, ...]]:
            with psycopg.connect(f"{server}/{name}", autocommit=True) as db:
                return list(db.execute(sql).fetchall())

        try:
            yield f"{server}/{name}", query_postgres
        finally:
            with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    path = Path(os.environ["TW_KILLED_WORKER_SQLITE"])

    def query_sqlite(sql: str) -> list[tuple[Any, ...]]:
        with sqlite3.connect(path, timeout=30) as db:
            return db.execute(sql).fetchall()

    yield f"sqlite:///{path}", query_sqlite


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    var = tmp_path_factory.mktemp("var")
    os.environ["TW_KILLED_WORKER_SQLITE"] = str(var / "site.sqlite3")
    databases = _database()
    url, query = next(databases)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tipwatch.settings.dev",
        "DATABASE_URL": url,
        "TIPWATCH_VAR_DIR": str(var),
        "TIPWATCH_IMPORT_LEASE_SECONDS": str(LEASE_SECONDS),
    }
    site = Site(env, var, query)
    setup = site.run(*TIPWATCH, "setup")
    assert setup.returncode == 0, setup.stderr
    yield site
    databases.close()


@pytest.fixture(scope="module")
def long_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The benchmark's 500-page report: a few seconds of reading, time enough to be killed."""
    path = tmp_path_factory.mktemp("report") / "report-500.pdf"
    subprocess.run(
        [sys.executable, str(ROOT / "bench/make_report_pdf.py"), str(path), "--pages", "500"],
        check=True,
        capture_output=True,
    )
    return path


def children_of(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def kill_worker_mid_import(site: Site, report: Path, year: int) -> tuple[int, int]:
    """Queue the report, let a worker start reading it, SIGKILL the worker. (run id, pid)"""
    enqueued = site.run(sys.executable, "-c", ENQUEUE, str(report), str(year))
    assert enqueued.returncode == 0, enqueued.stderr
    pk = int(enqueued.stdout.strip())
    worker = site.start_worker()
    try:
        deadline = time.monotonic() + 120
        while True:
            status, done, *_ = site.run_status(pk)
            if status == "running" and done > 0:
                break
            assert status in {"queued", "running"}, status
            assert time.monotonic() < deadline, "the worker never started reading"
            time.sleep(0.02)
        readers = children_of(worker.pid)
        assert readers, "the pages are read in child processes"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    # The readers die with the worker: none is left reading for nobody.
    deadline = time.monotonic() + 10
    while any(alive(reader) for reader in readers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(reader) for reader in readers)
    assert site.run_status(pk)[0] == "running"
    return pk, worker.pid


def test_a_killed_import_is_failed_and_the_command_reads_it_again(
    site: Site, long_report: Path
) -> None:
    # The tests share one site and may run in either order: each counts only its own files.
    files_before = set(site.media_files())
    pk, worker_pid = kill_worker_mid_import(site, long_report, 2015)
    time.sleep(LEASE_SECONDS + 0.5)

    result = site.run(*TIPWATCH, "import-report", str(long_report), "--year", "2015", "--apply")

    assert result.returncode == 0, result.stderr
    assert (
        f"Import #{pk} of this file had failed (The process reading this file "
        f"(process {worker_pid} on " in result.stderr
    )
    assert "stopped: no sign of life since" in result.stderr
    assert result.stdout.startswith(f"Import #{pk} of report-500.pdf: Applied\n")
    assert "Applied " in result.stdout.splitlines()[-1]
    status, _, attempts, error, file = site.run_status(pk)
    assert (status, attempts, error) == ("applied", 2, "")
    assert set(site.media_files()) - files_before == {file}

    again = site.run(*TIPWATCH, "import-report", str(long_report), "--year", "2015", "--apply")

    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"Import #{pk} of report-500.pdf: Applied\n")
    assert site.run_status(pk)[2] == 2  # nothing was read a third time


def test_a_killed_import_is_retried_from_the_admin_by_a_restarted_worker(
    site: Site, long_report: Path
) -> None:
    files_before = set(site.media_files())
    pk, worker_pid = kill_worker_mid_import(site, long_report, 2016)
    time.sleep(LEASE_SECONDS + 0.5)

    editor = site.run(sys.executable, "-c", ADMIN_RETRY, str(pk))

    assert editor.returncode == 0, editor.stderr
    seen = __import__("json").loads(editor.stdout)
    assert seen["status"]["status"] == "failed"
    assert seen["status"]["finished"] is True  # the page stops polling
    assert f"(process {worker_pid} on " in seen["status"]["error"]
    assert seen["retry"] == 302
    assert site.run_status(pk)[0] == "queued"

    restarted = site.run(
        sys.executable, "-m", "django", "db_worker", "--batch", "--no-startup-delay", "--no-reload"
    )

    assert restarted.returncode == 0, restarted.stderr
    status, _, attempts, error, file = site.run_status(pk)
    assert (status, attempts, error) == ("ready", 2, "")
    assert set(site.media_files()) - files_before == {file}  # its file, nothing else
