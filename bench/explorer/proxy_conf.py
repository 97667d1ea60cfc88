"""Render deploy/nginx/tipwatch.conf for the benchmark: the production file, minus TLS.

    python bench/explorer/proxy_conf.py CONFIG OUT_DIR VAR_DIR PROXY_PORT APP_PORT > proxy.conf

Only what cannot run on a loopback benchmark changes: the port-80 redirect server is dropped,
the TLS listener becomes plain HTTP on 127.0.0.1:PROXY_PORT (without the ssl_* lines), gunicorn
is on APP_PORT, and paths (cache, socket, static files, logs) move under OUT_DIR / VAR_DIR. The
access log keeps only the requests that were not cache hits, so the benchmark can count what
reached gunicorn. Every rewrite must match exactly as often as expected, so a change to the
production file that the benchmark does not understand stops the run instead of measuring
something else.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def replace(text: str, old: str, new: str, count: int) -> str:
    found = text.count(old)
    if found != count:
        raise SystemExit(
            f"proxy_conf: expected {count} x {old!r} in the nginx config, found {found}"
        )
    return text.replace(old, new)


def drop_server_listening_on_80(text: str) -> str:
    blocks = list(re.finditer(r"^server \{$.*?^\}$\n", text, re.M | re.S))
    redirects = [m for m in blocks if re.search(r"^\s+listen 80;$", m.group(0), re.M)]
    if len(redirects) != 1:
        raise SystemExit(f"proxy_conf: expected one port-80 server block, found {len(redirects)}")
    return text[: redirects[0].start()] + text[redirects[0].end() :]


def render(config: str, out: Path, var: Path, proxy_port: int, app_port: int) -> str:
    text = drop_server_listening_on_80(config)
    text = replace(
        text,
        "    listen 443 ssl http2;\n",
        f"    listen 127.0.0.1:{proxy_port} default_server;\n",
        1,
    )
    text = replace(text, "    listen [::]:443 ssl http2;\n", "", 1)
    ssl_lines = re.findall(r"^    ssl_\w+ .*\n", text, re.M)
    if len(ssl_lines) != 6:
        raise SystemExit(f"proxy_conf: expected 6 ssl_* lines, found {len(ssl_lines)}")
    text = re.sub(r"^    ssl_\w+ .*\n", "", text, flags=re.M)
    text = replace(text, "server 127.0.0.1:8000 ", f"server 127.0.0.1:{app_port} ", 1)
    text = replace(text, "unix:/run/tipwatch-nginx-gzip.sock", f"unix:{out}/nginx/gzip.sock", 2)
    text = replace(text, "/var/cache/nginx/tipwatch ", f"{out}/nginx/cache ", 1)
    text = replace(text, "/srv/tipwatch/var", str(var), 3)
    text = replace(
        text,
        "access_log /var/log/nginx/tipwatch.access.log tipwatch buffer=64k flush=5s;",
        f"access_log {out}/nginx/upstream.log tipwatch if=$tipwatch_not_a_hit;",
        1,
    )
    text = replace(
        text,
        "error_log /var/log/nginx/tipwatch.error.log warn;",
        f"error_log {out}/nginx/error.log warn;",
        1,
    )
    return text


def main() -> None:
    config, out, var, proxy_port, app_port = sys.argv[1:6]
    sys.stdout.write(
        render(Path(config).read_text(), Path(out), Path(var), int(proxy_port), int(app_port))
    )


if __name__ == "__main__":
    main()
