"""Visitors joining the group during the cluster scenario, each from an address of its own.

    python visitors.py BASE_URL HOST LOG T0 START STOP EVERY FIRST_ADDRESS COUNT

From START to STOP seconds after T0, every EVERY seconds a new visitor (in a thread of its own,
so a slow answer does not hold up the next visitor; source address
FIRST_ADDRESS + n, one of COUNT addresses the client namespace holds) opens /join/ through
nginx, takes the CSRF cookie and token, and joins with a unique email address. Each attempt is a
JSON line in LOG: the address, the email, the status (302 means the site accepted the member)
and the time. Standard library only: the client host has no Django.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import re
import ssl
import sys
import threading
import time
import urllib.parse
from pathlib import Path

FORM_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
MEMBERSHIP = re.compile(r'name="membership_type" value="(\d+)"')


def attempt(base: str, host: str, source: str, email: str) -> dict[str, object]:
    parsed = urllib.parse.urlsplit(base)
    if not parsed.hostname:
        raise SystemExit(f"visitors: {base!r} is not a URL with a host")
    server = parsed.hostname
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE

    def connect() -> http.client.HTTPSConnection:
        return http.client.HTTPSConnection(
            server,
            parsed.port or 443,
            timeout=30,
            context=context,
            source_address=(source, 0),
        )

    headers = {"Host": host, "User-Agent": "cluster-visitor"}
    started = time.time()
    connection = connect()
    connection.request("GET", "/join/", headers=headers)
    page = connection.getresponse()
    body = page.read().decode("utf-8", "replace")
    if page.status != 200:
        return {"step": "form", "status": page.status, "seconds": time.time() - started}
    cookie = page.getheader("Set-Cookie") or ""
    csrf_cookie = re.search(r"csrftoken=([^;]+)", cookie)
    token = FORM_TOKEN.search(body)
    membership = MEMBERSHIP.search(body)
    if not (csrf_cookie and token and membership):
        return {"step": "form", "status": -1, "problem": "no CSRF token or membership type"}
    form = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token.group(1),
            "name": f"Visitor {email.split('@')[0]}",
            "email": email,
            "postal_address": "",
            "membership_type": membership.group(1),
            "consent": "on",
            "website": "",
        }
    )
    connection.close()
    connection = connect()
    connection.request(
        "POST",
        "/join/",
        body=form,
        headers={
            **headers,
            "Cookie": f"csrftoken={csrf_cookie.group(1)}",
            "Referer": f"https://{host}/join/",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    answer = connection.getresponse()
    answer.read()
    connection.close()
    return {"step": "join", "status": answer.status, "seconds": round(time.time() - started, 3)}


def main() -> None:
    base, host, log, t0, start, stop, every, first, count = sys.argv[1:10]
    t0_f, first_ip = float(t0), ipaddress.ip_address(first)
    out = Path(log)
    lock = threading.Lock()

    def visit(n: int) -> None:
        source = str(first_ip + n % int(count))
        email = f"visitor{n}.{int(t0_f)}@example.org"
        t = round(time.time() - t0_f, 3)
        try:
            outcome = attempt(base, host, source, email)
        except OSError as error:
            outcome = {"step": "connect", "status": 0, "problem": repr(error)[:200]}
        line = json.dumps({"t": t, "source": source, "email": email, **outcome})
        with lock, out.open("a") as handle:
            handle.write(line + "\n")

    visitors = []
    n = 0
    while time.time() - t0_f < float(start):
        time.sleep(0.1)
    while time.time() - t0_f < float(stop):
        visitor = threading.Thread(target=visit, args=(n,))
        visitor.start()
        visitors.append(visitor)
        n += 1
        time.sleep(float(every))
    for visitor in visitors:
        visitor.join(timeout=90)


if __name__ == "__main__":
    main()
