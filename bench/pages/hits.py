"""In-process cost of a page served from the response cache (a hit), against the floor.

Run from the project root against a set-up database (`tipwatch setup --demo`), with the
production settings and a Redis, as the app servers run:

    DJANGO_SETTINGS_MODULE=tipwatch.settings.production SECRET_KEY=x ALLOWED_HOSTS=127.0.0.1 \
      SECURE_SSL_REDIRECT=false REDIS_URL=redis://127.0.0.1:6379/9 \
      .tools/bin/uv run python bench/pages/hits.py [--rounds 2000] [--profile URL]

Each page is requested once to fill the cache, then ROUNDS times through the app servers'
WSGI handler (`tipwatch.wsgi`, as gunicorn calls it, with no test client in between: the
repeated hit answered before Django handles it, `tip/early_hits.py`), giving median and
99th-percentile microseconds and the SQL queries of one hit; "stack" is the median of the
same hit through Django's own handler (the whole middleware stack, `ResponseCacheMiddleware`
answering). The floor is a bare
Django view returning the same bytes through a handler with no middleware: what Django
itself costs per request. `--profile URL` prints a pyinstrument profile of hits on a page.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tipwatch.settings.production")

import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.urls import path  # noqa: E402

from tipwatch.tip.early_hits import EarlyHitsHandler  # noqa: E402

PAGES = {
    "home": "/",
    "news index": "/news/",
    "article": "/news/peru-tip-report-2015/",
    "standing page": "/about/",
    "home (es)": "/es/",
    "explorer": "/explorer/",
    "country": "/countries/PER/",
    "compare": "/compare/?year=2015&group=latin-america",
    "API placements": "/api/v1/placements?year=2015",
}

BARE_BODY = b""


def bare_view(request: Any) -> HttpResponse:
    return HttpResponse(BARE_BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("", bare_view)]


def environ_for(url: str) -> dict[str, Any]:
    path_info, _, query = url.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path_info,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_ACCEPT_ENCODING": "gzip, deflate",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }


def request(handler: WSGIHandler, url: str) -> tuple[str, dict[str, str], bytes]:
    seen: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], *args: Any) -> None:
        seen["status"], seen["headers"] = status, dict(headers)

    result = handler(environ_for(url), start_response)
    body = b"".join(result)
    close = getattr(result, "close", None)
    if close is not None:
        close()
    return seen["status"], seen["headers"], body


def timed(handler: WSGIHandler, url: str, rounds: int) -> tuple[list[float], int, dict[str, str]]:
    request(handler, url)  # fill the cache
    status, headers, _ = request(handler, url)
    if not status.startswith("200"):
        raise SystemExit(f"{url}: {status}")
    # Counted with a wrapper: Django empties the debug query log when each request starts.
    queries: list[str] = []

    def count(execute: Any, sql: str, *rest: Any) -> Any:
        queries.append(sql)
        return execute(sql, *rest)

    with connection.execute_wrapper(count):
        request(handler, url)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        request(handler, url)
        times.append((time.perf_counter() - start) * 1_000_000)
    return times, len(queries), headers


def p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99) - 1]


def main() -> None:
    global BARE_BODY
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--profile", metavar="URL")
    args = parser.parse_args()
    handler = EarlyHitsHandler()
    if args.profile:
        from pyinstrument import Profiler

        for _ in range(3):
            request(handler, args.profile)
        profiler = Profiler(interval=0.00005)
        with profiler:
            for _ in range(args.rounds):
                request(handler, args.profile)
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"load average {load}; {args.rounds} hits per page; microseconds per request")
    print(
        f"{'page':<16}{'median':>8}{'p99':>8}{'CPU':>8}{'stack':>8}{'floor':>8}{'queries':>9}"
        "  X-Tipwatch-Cache"
    )
    for name, url in PAGES.items():
        cpu = time.process_time()
        times, queries, headers = timed(handler, url, args.rounds)
        cpu_us = (time.process_time() - cpu) * 1_000_000 / (args.rounds + 3)
        stack, _, _ = timed(WSGIHandler(), url, args.rounds)
        _, _, BARE_BODY = request(handler, url)
        with override_settings(MIDDLEWARE=[], ROOT_URLCONF=__name__):
            floor, _, _ = timed(WSGIHandler(), "/", args.rounds)
        print(
            f"{name:<16}{statistics.median(times):>8.0f}{p99(times):>8.0f}{cpu_us:>8.0f}"
            f"{statistics.median(stack):>8.0f}{statistics.median(floor):>8.0f}{queries:>9}"
            f"  {headers.get('X-Tipwatch-Cache', '-')}"
        )


if __name__ == "__main__":
    main()
