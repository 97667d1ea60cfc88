"""Memory of a gunicorn worker after a load of every public page type, as production runs it.

Run from the project root against a set-up database (`tipwatch setup --demo`; the same
`TIPWATCH_VAR_DIR` or `DATABASE_URL` as the server) and a Redis:

    REDIS_URL=redis://127.0.0.1:6379/9 .tools/bin/uv run python bench/pages/memory.py \
      [--port 8230] [--workers 2] [--repeat 5] [--set NAME=VALUE ...] [--preload] [--cold]

It starts gunicorn with `deploy/gunicorn.conf.py` and the production settings (2 sync
workers), reads each worker's memory once every worker has answered a request, then requests
every public page type in both languages: the fixed pages (home, news, an article, a
standing page, the explorer, map, reports, downloads, the API) and the long tail, every
country profile, every report year, compare for every year and group, the map for every
year, the API's placements for every year. The whole list is requested `--repeat` times
from 4 client threads (so both workers serve all of it), and each worker's memory read again
from /proc: VmRSS (what the budget of docs/performance.md counts), the private part (USS:
what this worker alone holds) and the proportional share (PSS, whose sum over the workers is
what the server costs). `--set NAME=VALUE` passes a setting's environment variable to the
server (e.g. `--set TIPWATCH_LOCAL_RESPONSE_BYTES=0`). Exits non-zero when a page fails.
"""

from __future__ import annotations

import argparse
import http.client
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FIXED = [
    "/",
    "/news/",
    "/news/peru-tip-report-2015/",
    "/about/",
    "/explorer/",
    "/countries/",
    "/reports/",
    "/downloads/",
    "/api/v1/countries/",
    "/api/v1/groups/",
    "/api/v1/reports/",
]


def server_environ(port: int, settings: list[str]) -> dict[str, str]:
    environ = dict(os.environ)
    environ.setdefault("DJANGO_SETTINGS_MODULE", "tipwatch.settings.production")
    environ.setdefault("SECRET_KEY", "bench-only-memory")
    environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    environ.setdefault("SECURE_SSL_REDIRECT", "false")
    environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/9")
    for assignment in settings:
        name, _, value = assignment.partition("=")
        environ[name] = value
    return environ


def page_addresses() -> list[str]:
    """Every public page type in English and Spanish, with the long tail of the data."""
    import django

    django.setup()
    from tipwatch.tip.models import Country, Group, Report

    countries = list(Country.objects.order_by("iso3").values_list("iso3", flat=True))
    years = list(Report.objects.order_by("year").values_list("year", flat=True))
    groups = list(Group.objects.order_by("slug").values_list("slug", flat=True))
    english = [*FIXED[:8]]
    english += [f"/countries/{iso3}/" for iso3 in countries]
    english += [f"/reports/{year}/" for year in years]
    english += [f"/map/?year={year}" for year in years]
    english += [f"/compare/?year={year}&group={slug}" for year in years[-5:] for slug in groups]
    api = [*FIXED[8:]] + [f"/api/v1/placements?year={year}" for year in years]
    # Wagtail pages have Spanish slugs of their own.
    slugs = {
        "/news/": "/noticias/",
        "/news/peru-tip-report-2015/": "/noticias/peru-en-el-informe-tip-2015/",
        "/about/": "/nuestros-fines/",
    }
    spanish = ["/es" + slugs.get(address, address) for address in english]
    return english + spanish + api


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def memory_mb(pid: int) -> dict[str, float]:
    """VmRSS, and USS and PSS from smaps_rollup, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    rss = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    rollup: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value, *_ = line.split()
        rollup[name.rstrip(":")] = int(value)
    uss = rollup.get("Private_Clean", 0) + rollup.get("Private_Dirty", 0)
    return {"rss": rss / 1024, "uss": uss / 1024, "pss": rollup.get("Pss", 0) / 1024}


def fetch(port: int, addresses: list[str], failures: list[str]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for address in addresses:
        connection.request("GET", address)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            failures.append(f"{address}: {response.status}")
        if response.getheader("Connection", "").lower() == "close":
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.close()


def load(port: int, addresses: list[str], repeat: int, threads: int = 4) -> list[str]:
    work: queue.Queue[list[str]] = queue.Queue()
    for _ in range(repeat):
        for start in range(0, len(addresses), 20):
            work.put(addresses[start : start + 20])
    failures: list[str] = []

    def run() -> None:
        while True:
            try:
                batch = work.get_nowait()
            except queue.Empty:
                return
            fetch(port, batch, failures)

    pool = [threading.Thread(target=run) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return failures


def wait_up(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            fetch(port, ["/healthz"], [])
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"no answer on port {port}")


def report(title: str, pids: list[int]) -> list[dict[str, float]]:
    figures = [memory_mb(pid) for pid in pids]
    cells = "  ".join(
        f"pid {pid}: RSS {f['rss']:.1f} USS {f['uss']:.1f} PSS {f['pss']:.1f}"
        for pid, f in zip(pids, figures, strict=True)
    )
    print(f"{title:<22}{cells}", flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8230)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument(
        "--cold", action="store_true", help="empty the cache at REDIS_URL first (misses, then hits)"
    )
    parser.add_argument("--preload", action="store_true", help="gunicorn --preload")
    args = parser.parse_args()
    environ = server_environ(args.port, args.set)
    os.environ.update({k: v for k, v in environ.items() if k not in os.environ})
    addresses = page_addresses()
    if args.cold:
        from django.core.cache import cache

        cache.clear()
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        "-c",
        os.environ.get("BENCH_GUNICORN_CONF", str(ROOT / "deploy/gunicorn.conf.py")),
        "--workers",
        str(args.workers),
        "--bind",
        f"127.0.0.1:{args.port}",
        "--chdir",
        str(ROOT),
    ]
    if args.preload:
        command.append("--preload")
    server = subprocess.Popen([*command, "tipwatch.wsgi"], env=environ)
    try:
        wait_up(args.port)
        load(args.port, ["/healthz"], 10)
        pids = worker_pids(server.pid)
        deadline = time.monotonic() + 30
        while len(pids) < args.workers and time.monotonic() < deadline:
            time.sleep(0.2)  # the master forks its workers one after the other
            pids = worker_pids(server.pid)
        load_average = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        print(f"load average {load_average}; {len(addresses)} addresses x {args.repeat}")
        print(f"settings: {' '.join(args.set) or '(defaults)'}; MB")
        report("started", pids)
        started = time.monotonic()
        failures = load(args.port, addresses, args.repeat)
        seconds = time.monotonic() - started
        if worker_pids(server.pid) != pids:
            raise SystemExit("a worker was restarted during the load")
        after = report("after the load", pids)
        print(
            f"{len(addresses) * args.repeat} requests in {seconds:.0f} s; "
            f"highest worker RSS {max(f['rss'] for f in after):.1f} MB; "
            f"sum of PSS {sum(f['pss'] for f in after):.1f} MB"
        )
        if failures:
            print("failed:", *failures[:20], sep="\n  ")
            raise SystemExit(1)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
