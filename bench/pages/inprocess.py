"""In-process cost of each public page, uncached: median milliseconds and SQL queries.

Run from the project root against a set-up database (`tipwatch setup --demo`):

    .tools/bin/uv run python bench/pages/inprocess.py [--rounds 30] [--profile URL]

Each request goes through the whole Django stack (middleware, URL routing, view, templates),
measured twice: as a page missing from the cache (the whole-response cache of
`tip/response_cache.py` is switched off, as for a long-tail address nobody asked for yet,
while what pages share, the site's chrome and the charts of unchanged data, stays cached),
and with the whole cache emptied before every request (right after a data import or a
publish: everything is read and drawn again).
`--profile URL` prints a pyinstrument profile of a page missing from the cache instead.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tipwatch.settings.dev")

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from uncached import responses_uncached  # noqa: E402

PAGES = {
    "home": "/",
    "news index": "/news/",
    "article": "/news/peru-tip-report-2015/",
    "standing page": "/about/",
    "explorer": "/explorer/",
    "map": "/map/?year=2015",
    "country": "/countries/PER/",
    "compare": "/compare/?year=2015&group=latin-america",
    "report": "/reports/2015/",
    "downloads": "/downloads/",
    "API placements": "/api/v1/placements?year=2015&limit=50",
}


def empty_every_cache() -> None:
    """The shared cache and the copies each process keeps of what it holds (whole responses,
    page fragments): both outlive a publish only under keys nobody asks for again, but an
    emptied cache with the copies left would still serve every page from them."""
    from tipwatch.core.process_copies import local_copies
    from tipwatch.tip.response_cache import local_entries

    cache.clear()
    local_entries.clear()
    local_copies.clear()


def measure(
    client: Client, url: str, rounds: int, empty: bool
) -> tuple[list[float], list[float], int]:
    """Wall and CPU milliseconds of each round (CPU time is what a loaded machine does not
    inflate), and the queries of the last."""
    times: list[float] = []
    cpus: list[float] = []
    queries = 0
    for _ in range(rounds):
        if empty:
            empty_every_cache()
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            start, cpu = time.perf_counter(), time.process_time()
            with contextlib.nullcontext() if empty else responses_uncached():
                response = client.get(url, HTTP_HOST="127.0.0.1")
            times.append((time.perf_counter() - start) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: status {response.status_code}")
        queries = len(captured)
    return times, cpus, queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--profile", metavar="URL")
    parser.add_argument("--show-queries", metavar="URL")
    args = parser.parse_args()
    client = Client()
    if args.profile:
        from pyinstrument import Profiler

        for _ in range(3):  # warm imports, per-process caches and shared fragments first
            client.get(args.profile, HTTP_HOST="127.0.0.1")
        profiler = Profiler(interval=0.0002)
        with profiler, responses_uncached():
            for _ in range(20):
                client.get(args.profile, HTTP_HOST="127.0.0.1")
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return
    if args.show_queries:
        client.get(args.show_queries, HTTP_HOST="127.0.0.1")
        with CaptureQueriesContext(connection) as captured, responses_uncached():
            client.get(args.show_queries, HTTP_HOST="127.0.0.1")
        for query in captured.captured_queries:
            print(query["sql"][:300])
        return
    for url in PAGES.values():  # warm-up: imports, template loading, per-process caches
        empty_every_cache()
        client.get(url, HTTP_HOST="127.0.0.1")
    print(f"{'':<16}{'page not cached':>41}{'empty cache':>41}")
    print(f"{'page':<16}" + f"{'wall ms':>8}{'min-max':>14}{'CPU ms':>8}{'queries':>9}" * 2)
    for name, url in PAGES.items():
        line = f"{name:<16}"
        for empty in (False, True):
            times, cpus, queries = measure(client, url, args.rounds, empty)
            spread = f"{min(times):.1f}-{max(times):.1f}"
            line += f"{statistics.median(times):>8.1f}{spread:>14}"
            line += f"{statistics.median(cpus):>8.1f}{queries:>9}"
        print(line)


if __name__ == "__main__":
    main()
