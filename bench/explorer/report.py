"""Read the wrk outputs of bench/explorer/run.sh and print the results against the targets."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

P99_TARGET_MS = 50.0
RATIO_TARGET = 1 / 3
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def parse(path: Path) -> dict[str, float]:
    text = path.read_text()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\b", text, re.M)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    sockets = re.search(r"Socket errors:.*", text)
    if rps is None or p99 is None:
        raise SystemExit(f"cannot read {path}:\n{text}")
    return {
        "rps": float(rps.group(1)),
        "p99_ms": float(p99.group(1)) * UNITS[p99.group(2)],
        "non_2xx": float(errors.group(1)) if errors else 0.0,
        "socket_errors": 1.0 if sockets else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("urls", nargs="+", help="name|path|kind")
    parser.add_argument("--settings", default="")
    args = parser.parse_args()

    rows = []
    for entry in args.urls:
        name, path, _ = entry.split("|")
        app = parse(args.out / "wrk" / f"{name}.app.txt")
        static = parse(args.out / "wrk" / f"{name}.static.txt")
        size = (args.out / "static" / f"{name}.{entry.split('|')[2]}").stat().st_size
        rows.append(
            {
                "name": name,
                "path": path,
                "bytes": size,
                "app": app,
                "static": static,
                "ratio": app["rps"] / static["rps"] if static["rps"] else 0.0,
            }
        )

    lines = [
        f"Settings: {args.settings}",
        "",
        "| URL | size | app req/s | app p99 | static req/s | static p99 | app/static | targets |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        app, static = row["app"], row["static"]
        ok_p99 = app["p99_ms"] < P99_TARGET_MS
        ok_ratio = row["ratio"] >= RATIO_TARGET
        verdict = (
            ("p99 ok" if ok_p99 else "p99 MISSED")
            + ", "
            + ("ratio ok" if ok_ratio else "ratio MISSED")
        )
        if app["non_2xx"]:
            verdict += f", {int(app['non_2xx'])} non-2xx!"
        lines.append(
            f"| `{row['path']}` | {row['bytes'] / 1024:.0f} KiB | {app['rps']:.0f} | "
            f"{app['p99_ms']:.1f} ms | {static['rps']:.0f} | {static['p99_ms']:.1f} ms | "
            f"{row['ratio']:.2f} | {verdict} |"
        )
    report = "\n".join(lines)
    print(report)
    (args.out / "results.md").write_text(report + "\n")
    (args.out / "results.json").write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
