"""Render deploy/nginx/tipwatch.conf for the namespace cluster (deploy/test/cluster.sh).

    python render_nginx.py CONFIG RUN_DIR VAR_DIR APP1 APP2 > tipwatch.conf

The production file, with only what a throwaway cluster must change: the host name becomes
tipwatch.test, the certificate is the run's self-signed one, the two app servers are the app
hosts' addresses (APP1, APP2 as host:port), and paths (cache, gzip socket, static files, logs)
move under RUN_DIR / VAR_DIR. Both servers log every request with the time, the status and the
app server that answered, and the front passes its request id to the gzip step, so a 5xx can be
traced to the app host that gave it. Every rewrite must match exactly as often as expected: a
change to the production file that this script does not understand stops the run instead of
testing something else.
"""

from __future__ import annotations

import sys
from pathlib import Path

CLUSTER_LOG = (
    'log_format tipwatch_cluster \'$msec $request_id $status $request_method "$request_uri" '
    'up="$upstream_addr" ups="$upstream_status" cache=$upstream_cache_status '
    "rt=$request_time rid=$http_x_request_id';\n"
)


def replace(text: str, old: str, new: str, count: int) -> str:
    found = text.count(old)
    if found != count:
        raise SystemExit(f"render_nginx: expected {count} x {old!r}, found {found}")
    return text.replace(old, new)


def render(config: str, run: Path, var: Path, app1: str, app2: str) -> str:
    text = CLUSTER_LOG + config
    text = replace(text, "server_name tipwatch.example.org;", "server_name tipwatch.test;", 2)
    text = replace(text, "/etc/letsencrypt/live/tipwatch.example.org/", f"{run}/tls/", 2)
    text = replace(text, "root /var/www/letsencrypt;", f"root {run}/acme;", 1)
    text = replace(text, "server 127.0.0.1:8000 ", f"server {app1} ", 1)
    text = replace(text, "server 127.0.0.1:8001 ", f"server {app2} ", 1)
    text = replace(text, "unix:/run/tipwatch-nginx-gzip.sock", f"unix:{run}/nginx/gzip.sock", 2)
    text = replace(text, "/var/cache/nginx/tipwatch ", f"{run}/nginx/cache ", 1)
    text = replace(text, "/srv/tipwatch/var", str(var), 3)
    text = replace(
        text,
        "access_log /var/log/nginx/tipwatch.access.log tipwatch buffer=64k flush=5s;",
        f"access_log {run}/nginx/front.log tipwatch_cluster buffer=64k flush=1s;\n"
        "    proxy_set_header X-Request-ID $request_id;",
        1,
    )
    text = replace(
        text,
        "error_log /var/log/nginx/tipwatch.error.log warn;",
        f"error_log {run}/nginx/error.log warn;",
        1,
    )
    text = replace(
        text,
        "    listen unix:/run/tipwatch-nginx-gzip.sock;\n    access_log off;\n".replace(
            "/run/tipwatch-nginx-gzip.sock", f"{run}/nginx/gzip.sock"
        ),
        f"    listen unix:{run}/nginx/gzip.sock;\n"
        f"    access_log {run}/nginx/gzip.log tipwatch_cluster buffer=64k flush=1s;\n",
        1,
    )
    return text


def main() -> None:
    config, run, var, app1, app2 = sys.argv[1:6]
    sys.stdout.write(render(Path(config).read_text(), Path(run), Path(var), app1, app2))


if __name__ == "__main__":
    main()
