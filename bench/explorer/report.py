"""Read the wrk outputs of bench/explorer/run.sh and print the results against the targets.

For each URL: gunicorn directly (`app`), the site through nginx with the production config
(`proxy`) and the saved copy served by nginx (`static`, the ceiling). The targets apply to the
deployment, i.e. the proxy: p99 under 50 ms and at least a third of the ceiling's rate.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

P99_TARGET_MS = 50.0
RATIO_TARGET = 1 / 3
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def parse(path: Path) -> dict[str, float]:
    text = path.read_text()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\b", text, re.M)
    requests = re.search(r"(\d+) requests in", text)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    sockets = re.search(r"Socket errors:.*", text)
    if rps is None or p99 is None:
        raise SystemExit(f"cannot read {path}:\n{text}")
    return {
        "rps": float(rps.group(1)),
        "p99_ms": float(p99.group(1)) * UNITS[p99.group(2)],
        "requests": float(requests.group(1)) if requests else 0.0,
        "non_2xx": float(errors.group(1)) if errors else 0.0,
        "socket_errors": 1.0 if sockets else 0.0,
    }


def upstream(path: Path) -> dict[str, int]:
    """Requests of a proxied run that were not plain cache hits, by cache status."""
    if not path.exists():
        return {}
    return dict(Counter(re.findall(r"cache=(\S+)", path.read_text())))


def verdict(result: dict[str, float], ratio: float) -> str:
    text = "p99 ok" if result["p99_ms"] < P99_TARGET_MS else "p99 MISSED"
    text += ", ratio ok" if ratio >= RATIO_TARGET else ", ratio MISSED"
    if result["non_2xx"]:
        text += f", {int(result['non_2xx'])} non-2xx!"
    if result["socket_errors"]:
        text += ", socket errors!"
    return text


def row(out: Path, label: str, path: str, copy: Path) -> dict[str, Any]:
    app_file = out / "wrk" / f"{label}.app.txt"
    app = parse(app_file) if app_file.exists() else None
    proxy = parse(out / "wrk" / f"{label}.proxy.txt")
    static = parse(out / "wrk" / f"{label}.static.txt")
    return {
        "name": label,
        "path": path,
        "bytes": copy.stat().st_size,
        "app": app,
        "proxy": proxy,
        "static": static,
        "app_ratio": app["rps"] / static["rps"] if app and static["rps"] else None,
        "proxy_ratio": proxy["rps"] / static["rps"] if static["rps"] else 0.0,
        "upstream": upstream(out / "wrk" / f"{label}.proxy.upstream.log"),
    }


def upstream_note(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "none"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("urls", nargs="+", help="name|path|kind")
    parser.add_argument("--gzip", nargs="*", default=[], help="names also run with gzip")
    parser.add_argument("--settings", default="")
    args = parser.parse_args()

    rows, gzip_rows = [], []
    for entry in args.urls:
        name, path, kind = entry.split("|")
        rows.append(row(args.out, name, path, args.out / "static" / f"{name}.{kind}"))
        if name in args.gzip:
            gz = args.out / "static" / f"{name}.{kind}.gz"
            gzip_rows.append(row(args.out, f"{name}.gzip", path, gz))

    lines = [
        f"Settings: {args.settings}",
        "",
        "| URL | size | direct req/s | direct p99 | proxied req/s | proxied p99 "
        "| ceiling req/s | ceiling p99 | direct/ceiling | proxied/ceiling | targets (proxied) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        app, proxy, static = r["app"], r["proxy"], r["static"]
        lines.append(
            f"| `{r['path']}` | {r['bytes'] / 1024:.0f} KiB | {app['rps']:.0f} | "
            f"{app['p99_ms']:.1f} ms | {proxy['rps']:.0f} | {proxy['p99_ms']:.1f} ms | "
            f"{static['rps']:.0f} | {static['p99_ms']:.1f} ms | {r['app_ratio']:.2f} | "
            f"{r['proxy_ratio']:.2f} | {verdict(proxy, r['proxy_ratio'])} |"
        )
    if gzip_rows:
        lines += [
            "",
            "With `Accept-Encoding: gzip` (proxy: compressed once into the cache; ceiling: the same"
            " bytes with `gzip_static`):",
            "",
            "| URL | gzip size | proxied req/s | proxied p99 | ceiling req/s | ceiling p99 "
            "| proxied/ceiling | targets (proxied) |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for r in gzip_rows:
            proxy, static = r["proxy"], r["static"]
            lines.append(
                f"| `{r['path']}` | {r['bytes'] / 1024:.0f} KiB | {proxy['rps']:.0f} | "
                f"{proxy['p99_ms']:.1f} ms | {static['rps']:.0f} | {static['p99_ms']:.1f} ms | "
                f"{r['proxy_ratio']:.2f} | {verdict(proxy, r['proxy_ratio'])} |"
            )
    lines += ["", "Proxied requests that were not plain cache hits (nginx's cache status):", ""]
    for r in rows + gzip_rows:
        total = int(r["proxy"]["requests"])
        lines.append(f"- `{r['name']}`: {upstream_note(r['upstream'])} of {total} requests")
    checks = args.out / "checks.txt"
    if checks.exists():
        lines += ["", *(f"    {line}" for line in checks.read_text().splitlines())]

    report = "\n".join(lines)
    print(report)
    (args.out / "results.md").write_text(report + "\n")
    (args.out / "results.json").write_text(json.dumps(rows + gzip_rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
