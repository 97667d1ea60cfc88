"""Figures and checks of a cluster scenario run (deploy/test/cluster.sh), from its logs.

    python report.py LOGS_DIR

Reads events.jsonl (the harness's own timeline), front.log and gzip.log (nginx: every request
with its status and the app server that answered it), wrk.txt, editor.jsonl, visitors.jsonl and
the database snapshots before.json and after.json. Prints the figures, then each check as PASS
or FAIL with the evidence, and exits 1 if any check failed. Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

APP1 = "10.231.0.11:8000"
APP2 = "10.231.0.12:8000"
HOST_NAMES = {APP1: "app1", APP2: "app2"}
VISIBLE_WITHIN = 5.0
# A request may still be in flight on app1 for a moment after it is back (readiness is polled).
DOWN_GRACE = 1.0
LOG_LINE = re.compile(
    r'^(?P<msec>\d+\.\d+) (?P<id>\S+) (?P<status>\d{3}) (?P<method>\S+) "(?P<uri>[^"]*)" '
    r'up="(?P<up>[^"]*)" ups="(?P<ups>[^"]*)" cache=(?P<cache>\S*) rt=(?P<rt>\S+) rid=(?P<rid>\S*)'
)


@dataclass
class Request:
    t: float
    id: str
    status: int
    method: str
    uri: str
    up: str
    cache: str
    rid: str


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def read_log(path: Path, t0: float) -> list[Request]:
    requests = []
    for line in path.read_text().splitlines() if path.exists() else []:
        match = LOG_LINE.match(line)
        if match:
            requests.append(
                Request(
                    t=float(match["msec"]) - t0,
                    id=match["id"],
                    status=int(match["status"]),
                    method=match["method"],
                    uri=match["uri"],
                    up=match["up"],
                    cache=match["cache"],
                    rid=match["rid"],
                )
            )
    return requests


def final_upstream(up: str) -> str:
    """The server that gave the answer: the last of nginx's comma-separated attempts."""
    return up.replace(" : ", ", ").split(", ")[-1].strip() if up and up != "-" else ""


class Checks:
    def __init__(self) -> None:
        self.results: list[tuple[bool, str, str]] = []

    def add(self, ok: bool, name: str, evidence: str) -> None:
        self.results.append((ok, name, evidence))

    def print(self) -> bool:
        print("\nChecks")
        for ok, name, evidence in self.results:
            print(f"  {'PASS' if ok else 'FAIL'}  {name}")
            for line in evidence.splitlines():
                print(f"        {line}")
        return all(ok for ok, _, _ in self.results)


def windows(events: dict[str, float]) -> dict[str, tuple[float, float]]:
    found = {}
    if "app1_killed" in events:
        end = events.get("app1_ready", events.get("load_done", 1e9))
        found["app1 down"] = (events["app1_killed"], end + DOWN_GRACE)
    if "redis_stopping" in events:
        found["redis down"] = (events["redis_stopping"], events.get("redis_started", 1e9) + 0.5)
    if "worker_killed" in events:
        found["worker down"] = (events["worker_killed"], events.get("worker_restarted", 1e9))
    return found


def window_of(t: float, spans: dict[str, tuple[float, float]]) -> str:
    inside = [name for name, (start, end) in spans.items() if start <= t <= end]
    return " + ".join(inside) or "no failure injected"


def load_figures(logs: Path) -> dict[str, str]:
    text = (logs / "wrk.txt").read_text() if (logs / "wrk.txt").exists() else ""
    figures: dict[str, str] = {}
    if match := re.search(r"(\d+) requests in ([\d.]+\w+), ([\d.]+\w+) read", text):
        figures["requests"], figures["duration"], figures["read"] = match.groups()
    if match := re.search(r"Requests/sec:\s+([\d.]+)", text):
        figures["rate"] = match[1]
    for percent in ("50", "75", "90", "99"):
        if match := re.search(rf"^\s+{percent}%\s+(\S+)", text, re.M):
            figures[f"p{percent}"] = match[1]
    if match := re.search(r"Socket errors: (.*)", text):
        figures["socket_errors"] = match[1]
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", text):
        figures["non_2xx_3xx"] = match[1]
    return figures


def main() -> int:
    logs = Path(sys.argv[1])
    timeline = read_jsonl(logs / "events.jsonl")
    start = next(e for e in timeline if e["event"] == "scenario_start")
    t0 = float(start["t0"])
    events = {e["event"]: float(e["t"]) for e in timeline}
    spans = windows(events)
    front = read_log(logs / "front.log", t0)
    gzip_by_rid = {r.rid: r for r in read_log(logs / "gzip.log", t0)}
    editor = read_jsonl(logs / "editor.jsonl")
    visitors = read_jsonl(logs / "visitors.jsonl")
    before = json.loads((logs / "before.json").read_text())
    after = json.loads((logs / "after.json").read_text()) if (logs / "after.json").exists() else {}
    checks = Checks()

    print("Timeline (seconds after the load started)")
    for event in timeline:
        extra = {k: v for k, v in event.items() if k not in {"event", "t", "epoch", "t0"}}
        print(f"  {event['t']:7.2f}  {event['event']} {json.dumps(extra) if extra else ''}")

    # --- Load ------------------------------------------------------------------------------------
    figures = load_figures(logs)
    print("\nLoad (wrk from the client host, through nginx)")
    print(
        f"  requests {figures.get('requests', '?')} in {figures.get('duration', '?')} "
        f"({figures.get('rate', '?')}/s, {figures.get('read', '?')} read)"
    )
    print(
        f"  latency p50 {figures.get('p50', '?')}, p75 {figures.get('p75', '?')}, "
        f"p90 {figures.get('p90', '?')}, p99 {figures.get('p99', '?')}"
    )
    print(
        f"  wrk: non-2xx/3xx {figures.get('non_2xx_3xx', '0')}, socket errors "
        f"{figures.get('socket_errors', 'none')}"
    )
    statuses = Counter(r.status for r in front)
    print(
        f"  nginx answered {len(front)} requests: "
        + ", ".join(f"{status} x{count}" for status, count in sorted(statuses.items()))
    )
    answered_by = Counter(
        HOST_NAMES.get(
            final_upstream(
                gzip_by_rid[r.id].up if r.up.startswith("unix:") and r.id in gzip_by_rid else r.up
            ),
            "nginx (cache/static)",
        )
        for r in front
    )
    print("  answered by: " + ", ".join(f"{k} {v}" for k, v in sorted(answered_by.items())))
    retried = sum(1 for r in front if "," in r.up) + sum(
        1 for r in gzip_by_rid.values() if "," in r.up
    )
    print(f"  requests nginx retried on the other app server: {retried}")

    # --- 5xx, each traced to the app server that gave it -----------------------------------------
    excused, unexcused = [], []
    for request in front:
        if request.status < 500:
            continue
        up = request.up
        if up.startswith("unix:") and request.id in gzip_by_rid:
            up = gzip_by_rid[request.id].up
        answered = final_upstream(up)
        start_down, end_down = spans.get("app1 down", (1e9, -1e9))
        if answered == APP1 and start_down <= request.t <= end_down:
            excused.append(request)
        else:
            unexcused.append((request, answered))
    print(f"\nErrors: {len(excused) + len(unexcused)} responses >= 500")
    print(f"  from app1 while it was down (allowed): {len(excused)}")
    print(f"  any other (not allowed): {len(unexcused)}")
    by_window = Counter(window_of(r.t, spans) for r, _ in unexcused)
    for name, count in by_window.most_common():
        print(f"    during {name}: {count}")
    by_path = Counter(
        (r.status, r.method, r.uri.split("?")[0], HOST_NAMES.get(a, a or "nginx"))
        for r, a in unexcused
    )
    for (status, method, path, host), count in by_path.most_common(12):
        print(f"    {count:6d}  {status} {method} {path} (answered by {host})")
    checks.add(
        not unexcused,
        "no 5xx except from an app host while it is down (nginx retries the other)",
        f"{len(unexcused)} other 5xx: "
        + (", ".join(f"{n} during {w}" for w, n in by_window.most_common()) or "none"),
    )

    # --- Publishing and editing: visible on both app hosts within 5 s ----------------------------
    print(
        "\nStaleness: seconds from an editor's change until requests sent to each target stop "
        "getting the old content (stale), and until the first response with it arrived (seen)"
    )
    actions = [e for e in editor if e["event"] in {"published", "edited"}]
    failed_actions = [e for e in editor if e["event"] in {"publish_failed", "edit_failed"}]
    seen = {
        (e["action"], e["target"]): e for e in editor if e["event"] in {"visible", "not_visible"}
    }
    late = []
    worst = {"app1": 0.0, "app2": 0.0, "nginx": 0.0}
    for action in actions:
        row = []
        for target in ("app1", "app2", "nginx"):
            outcome = seen.get((action["action"], target))
            if outcome is None:
                row.append(f"{target} ?")
                late.append(f"action {action['action']}: no result for {target}")
                continue
            shown = outcome["event"] == "visible"
            stale = outcome["stale_until"]
            row.append(
                f"{target} stale {stale:.1f} seen "
                + (f"{outcome['seconds']:.1f}" if shown else f"NEVER ({outcome['statuses']})")
            )
            if target == "nginx":
                worst[target] = max(worst[target], stale)
                continue
            allowed = VISIBLE_WITHIN
            down = spans.get("app1 down") if target == "app1" else None
            if down and action["t"] <= down[1] and action["t"] + VISIBLE_WITHIN >= down[0]:
                # The host was down during the change: it must show it within 5 s of coming back.
                allowed = max(VISIBLE_WITHIN, down[1] - action["t"] + VISIBLE_WITHIN)
            else:
                worst[target] = max(worst[target], stale)
            if not shown or stale > allowed:
                late.append(
                    f"action {action['action']} ({action['event']} at t={action['t']:.1f}, "
                    f"{window_of(action['t'], spans)}): {target} "
                    + (
                        f"served the old content to requests sent up to {stale:.1f} s after"
                        if shown
                        else f"never answered with it within {outcome['seconds']:.0f} s "
                        f"(answers: {outcome['statuses']}, 0 = no answer)"
                    )
                )
        label = action.get("token") or (
            f"{action.get('iso3')} {action.get('before')}->{action.get('after')}"
        )
        print(f"  {action['action']:2d} t={action['t']:5.1f} {label:22s} " + "; ".join(row))
    for failure in failed_actions:
        print(
            f"  {failure['action']:2d} t={failure['t']:5.1f} {failure['event']}: {failure['error']}"
        )
    print(
        "  worst: "
        + ", ".join(f"{k} {v:.2f} s" for k, v in worst.items())
        + " of stale time (app1 outside its own outage)"
    )
    checks.add(
        not late and not failed_actions and bool(actions),
        "every publish and edit succeeds and is visible on both app hosts within 5 s",
        "\n".join(
            [f"{len(actions)} changes made, {len(failed_actions)} failed"]
            + [
                f"{f['event']} at t={f['t']:.1f} ({window_of(f['t'], spans)}): {f['error']}"
                for f in failed_actions
            ]
            + late
        ),
    )

    # --- The import ------------------------------------------------------------------------------
    print("\nImport")
    for event in editor:
        if event["event"].startswith("import"):
            extra = {k: v for k, v in event.items() if k not in {"event", "t"}}
            print(f"  t={event['t']:6.1f} {event['event']} {json.dumps(extra)}")
    applied = [e for e in editor if e["event"] == "import_applied"]
    killed = "worker_killed" in events
    evidence = []
    if not killed:
        evidence.append("the worker was not killed while reading (the kill missed the import)")
    if applied:
        evidence.append(f"applied on attempt {applied[-1]['attempt']} at t={applied[-1]['t']:.1f}")
    else:
        last = [e for e in editor if e["event"] in {"import_deadline", "import_state"}]
        evidence.append(
            "not applied; last state: "
            + (json.dumps({k: v for k, v in last[-1].items() if k != "event"}) if last else "none")
        )
    if after:
        print(f"  runs: {after.get('imports')}")
        print(f"  tasks: {Counter(t['status'] for t in after.get('task_results', []))}")
    checks.add(
        killed and bool(applied),
        "the import whose worker was killed mid-read is applied "
        "(or marked failed and retried to completion)",
        "\n".join(evidence),
    )

    # --- Members and data ------------------------------------------------------------------------
    print("\nMembers joining (each from its own address, through nginx)")
    join_statuses = Counter(v["status"] for v in visitors)
    print("  " + ", ".join(f"{s} x{n}" for s, n in sorted(join_statuses.items(), key=str)))
    accepted = {v["email"] for v in visitors if v["status"] == 302}
    after_members = set(after.get("members", []))
    lost_old = set(before["members"]) - after_members
    lost_new = accepted - after_members
    stored_despite_error = {
        v["email"] for v in visitors if v["status"] >= 500 and v["email"] in after_members
    }
    if stored_despite_error:
        print(f"  answered 5xx but stored anyway: {len(stored_despite_error)}")
    counts_before, counts_after = before["counts"], after.get("counts", {})
    print("\nRows before -> after")
    shrunk = []
    for label, count in counts_before.items():
        now = counts_after.get(label)
        print(f"  {label:22s} {count:6d} -> {now}")
        if now is None or now < count:
            shrunk.append(f"{label}: {count} -> {now}")
    last_edit = {}
    for action in actions:
        if action["event"] == "edited":
            last_edit[str(action["placement_id"])] = action["after"]
    edits_lost = [
        f"placement {pk}: {tier} expected, {after.get('placements', {}).get(pk)} stored"
        for pk, tier in last_edit.items()
        if after.get("placements", {}).get(pk) != tier
    ]
    live_after = set(after.get("live_pages", []))
    pages_lost = sorted(set(before["live_pages"]) - live_after)
    published_lost = [
        a["page_id"]
        for a in actions
        if a["event"] == "published" and a["page_id"] not in live_after
    ]
    problems = (
        [f"{len(lost_old)} existing members lost"] * bool(lost_old)
        + [f"{len(lost_new)} accepted joins not stored: {sorted(lost_new)[:3]}"] * bool(lost_new)
        + shrunk
        + edits_lost
        + [f"pages no longer live: {pages_lost}"] * bool(pages_lost)
        + [f"published pages not live: {published_lost}"] * bool(published_lost)
    )
    checks.add(
        bool(after) and not problems,
        "no member or data row lost",
        "\n".join(problems)
        or f"{len(before['members'])} members before, {len(accepted)} joins accepted, "
        f"{len(after_members)} after; {len(last_edit)} edited placements as last saved",
    )
    limited = [v for v in visitors if v["status"] == 429]
    sources = len({v["source"] for v in visitors})
    checks.add(
        not limited,
        "visitors joining from different addresses are not rate-limited together",
        f"{len(visitors)} joins from {sources} addresses: {len(limited)} answered 429"
        + (f", the first at t={limited[0]['t']:.1f}" if limited else ""),
    )
    return 0 if checks.print() else 1


if __name__ == "__main__":
    sys.exit(main())
