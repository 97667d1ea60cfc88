"""The editor of the cluster scenario, run on an app host with the site's own settings:

    python manage.py shell -c \
        "import runpy; runpy.run_path('deploy/test/editor.py', run_name='__main__')"

Reads its plan from the environment (SCENARIO_T0_FILE, SCENARIO_LOG, SCENARIO_REPORT, ...). Once
started it records "editor_ready" and waits for the harness to write the scenario's start time
(T0) into SCENARIO_T0_FILE, so its slow start-up does not shift the plan. At fixed
times after T0 it publishes a news page or changes a placement's tier, the way the admin does
(save a revision and publish it; save the model, which fires the same signals), then polls each
app host directly and the site through nginx until the change shows, recording how long it took.
It also uploads a report for import the way the admin's upload view does (create the run, enqueue
the task for the worker), waits for the worker, retries a run that is marked failed, and applies
the result. Every outcome is a JSON line in SCENARIO_LOG; nothing is asserted here.
"""

from __future__ import annotations

import json
import os
import ssl
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from django.db import close_old_connections

from tipwatch.ingest.models import ImportRun
from tipwatch.ingest.services.apply import ApplyImport
from tipwatch.ingest.services.importer import ImportFile, ImportService
from tipwatch.ingest.tasks import process_import
from tipwatch.news.models import NewsIndexPage, NewsPage
from tipwatch.tip.models import Placement

T0_FILE = Path(os.environ["SCENARIO_T0_FILE"])
T0 = 0.0
LOG = Path(os.environ["SCENARIO_LOG"])
REPORT = Path(os.environ["SCENARIO_REPORT"])
REPORT_YEAR = int(os.environ.get("SCENARIO_REPORT_YEAR", "2015"))
ACTION_TIMES = [float(t) for t in os.environ["SCENARIO_ACTION_TIMES"].split(",")]
IMPORT_AT = float(os.environ["SCENARIO_IMPORT_AT"])
IMPORT_DEADLINE = float(os.environ["SCENARIO_IMPORT_DEADLINE"])
VISIBLE_DEADLINE = float(os.environ.get("SCENARIO_VISIBLE_DEADLINE", "30"))
# A busy app server queues requests; a long timeout keeps a slow answer from counting as none.
REQUEST_TIMEOUT = 20
HOST = os.environ.get("SCENARIO_HOST", "tipwatch.test")
# name=url: each app host directly (as nginx reaches it) and the site through nginx.
TARGETS = dict(item.split("=", 1) for item in os.environ["SCENARIO_TARGETS"].split(","))
EDIT_COUNTRIES = ["BOL", "CHL", "COL", "ECU", "PRY", "URY", "ARG", "BRA", "MEX", "GTM"]
EDIT_YEAR = 2010
TIERS = ["1", "2", "2WL", "3"]

_lock = threading.Lock()
_insecure = ssl.create_default_context()
_insecure.check_hostname = False
_insecure.verify_mode = ssl.CERT_NONE


def now() -> float:
    return time.time() - T0


def record(event: str, **fields: Any) -> None:
    line = json.dumps({"event": event, "t": round(now(), 3), **fields})
    with _lock, LOG.open("a") as handle:
        handle.write(line + "\n")


def sleep_until(t: float) -> None:
    delay = t - now()
    if delay > 0:
        time.sleep(delay)


def fetch(url: str) -> tuple[int, str]:
    request = urllib.request.Request(
        url, headers={"Host": HOST, "X-Forwarded-Proto": "https", "User-Agent": "editor-check"}
    )
    try:
        with urllib.request.urlopen(
            request, timeout=REQUEST_TIMEOUT, context=_insecure
        ) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (OSError, urllib.error.URLError) as error:
        return 0, type(error).__name__


def tiers_in(body: str) -> set[str]:
    try:
        rows = json.loads(body)["results"]
    except (ValueError, KeyError, TypeError):
        return set()
    return {row.get("tier") for row in rows}


def watch(action: int, kind: str, committed: float, path: str, shows: Any) -> None:
    """Poll every target until the change shows there, and record when (or that it never did).

    A busy server answers late, so each response is timed by when its request was sent as well
    as when it came back: the change is stale on a target for as long as requests sent to it
    still get the old content (`stale_until`, the send time of the last such request), and seen
    by `seen_at` (when the first response with it came back).
    """

    def poll(name: str, base: str) -> None:
        statuses: dict[int, int] = {}
        stale_until = 0.0
        while True:
            sent = now() - committed
            status, body = fetch(base + path)
            received = now() - committed
            statuses[status] = statuses.get(status, 0) + 1
            if status == 200 and shows(body):
                record(
                    "visible",
                    action=action,
                    kind=kind,
                    target=name,
                    seconds=round(received, 3),
                    sent=round(sent, 3),
                    stale_until=round(stale_until, 3),
                    statuses=statuses,
                )
                return
            if status == 200:
                stale_until = sent
            if received > VISIBLE_DEADLINE:
                record(
                    "not_visible",
                    action=action,
                    kind=kind,
                    target=name,
                    seconds=round(received, 3),
                    stale_until=round(stale_until, 3),
                    statuses=statuses,
                )
                return
            time.sleep(0.1)

    for name, base in TARGETS.items():
        threading.Thread(target=poll, args=(name, base), daemon=True).start()


def publish_news(action: int) -> None:
    token = f"cluster-{int(T0)}-{action}"
    title = f"Cluster news {action} ({token})"
    try:
        index = NewsIndexPage.objects.live().first()
        # Created as a draft and then published, as the admin does: a failed publish must
        # leave nothing public.
        page = NewsPage(
            title=title, slug=token, summary=f"Published by the editor: {token}.", live=False
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    except Exception as error:  # the outcome is the record: the scenario reports it
        record("publish_failed", action=action, token=token, error=repr(error)[:300])
        close_old_connections()
        return
    committed = now()
    record("published", action=action, token=token, page_id=page.pk, url=page.url)
    watch(action, "publish", committed, "/news/", lambda body: token in body)


def edit_placement(action: int) -> None:
    iso3 = EDIT_COUNTRIES[action % len(EDIT_COUNTRIES)]
    try:
        placement = Placement.objects.select_related("country", "report").get(
            country__iso3=iso3, report__year=EDIT_YEAR
        )
        before = placement.tier
        placement.tier = TIERS[(TIERS.index(before) + 1) % len(TIERS)] if before in TIERS else "2"
        placement.note = f"Changed by the cluster scenario, action {action}."
        placement.save()
    except Exception as error:
        record("edit_failed", action=action, iso3=iso3, error=repr(error)[:300])
        close_old_connections()
        return
    committed = now()
    record(
        "edited",
        action=action,
        placement_id=placement.pk,
        iso3=iso3,
        year=EDIT_YEAR,
        before=before,
        after=placement.tier,
    )
    tier = placement.tier
    watch(
        action,
        "edit",
        committed,
        f"/api/v1/placements?country={iso3}&year={EDIT_YEAR}",
        lambda body: tiers_in(body) == {tier},
    )


def upload_report(attempt: int) -> ImportRun:
    # What the admin's upload view does: submit the file (a new queued run, or the failed run
    # queued again) and enqueue the task.
    run, submission = ImportService().submit(ImportFile.from_path(REPORT), REPORT_YEAR)
    if run.status == ImportRun.Status.QUEUED:
        process_import.enqueue(run.pk)
    record(
        "import_uploaded",
        attempt=attempt,
        run=run.pk,
        status=run.status,
        submission=submission.value,
    )
    return run


def import_report() -> None:
    sleep_until(IMPORT_AT)
    attempt = 1
    run = upload_report(attempt)
    last = None
    while now() < IMPORT_DEADLINE:
        # As the admin's status page does: fail a run whose reader is gone, then look.
        ImportRun.objects.fail_abandoned()
        run.refresh_from_db()
        state = (run.status, run.progress_done, run.progress_total)
        if state != last:
            record(
                "import_state",
                run=run.pk,
                status=run.status,
                done=run.progress_done,
                total=run.progress_total,
                error=run.error[:300],
            )
            last = state
        if run.status == ImportRun.Status.READY:
            try:
                summary = ApplyImport(run).apply()
            except Exception as error:
                record("import_apply_failed", run=run.pk, error=repr(error)[:300])
                return
            record(
                "import_applied",
                run=run.pk,
                attempt=attempt,
                total=summary.total,
                placements=summary.placements,
                statistics=summary.statistics,
                narratives=summary.narratives,
            )
            return
        if run.status == ImportRun.Status.APPLIED:
            record("import_applied", run=run.pk, attempt=attempt, total=None)
            return
        if run.status == ImportRun.Status.FAILED:
            record("import_failed", run=run.pk, attempt=attempt, error=run.error[:300])
            attempt += 1
            run = upload_report(attempt)
            last = None
        time.sleep(0.5)
    record(
        "import_deadline",
        run=run.pk,
        status=run.status,
        attempt=attempt,
        done=run.progress_done,
        total=run.progress_total,
    )


def wait_for_t0() -> None:
    global T0
    record("editor_ready", targets=TARGETS)
    while not T0_FILE.exists() or not T0_FILE.read_text().strip():
        time.sleep(0.05)
    T0 = float(T0_FILE.read_text())


def main() -> None:
    wait_for_t0()
    record("editor_started")
    importer = threading.Thread(target=import_report)
    importer.start()
    for action, at in enumerate(ACTION_TIMES, start=1):
        sleep_until(at)
        if action % 2:
            publish_news(action)
        else:
            edit_placement(action)
    importer.join()
    time.sleep(VISIBLE_DEADLINE + 1)  # let the last pollers finish
    record("editor_done")


if __name__ == "__main__":
    main()
