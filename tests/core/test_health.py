"""/healthz answers without the database; /readyz names the database, cache or schema problem."""

import json
import os
import subprocess
import sys

import pytest
from django.db import connection
from django.test import Client, override_settings

# Ports in this project's test range with nothing listening: a database and a cache that are down.
CLOSED_DATABASE = "postgres://postgres@127.0.0.1:18498/tipwatch"
CLOSED_REDIS = "redis://127.0.0.1:18499/0"

PROBE = """
import json, django
django.setup()
from django.test import Client
for path in ("/healthz", "/readyz"):
    response = Client().get(path)
    print(json.dumps([path, response.status_code, response.content.decode()]))
"""


def probe_in_process(**env: str) -> dict[str, tuple[int, dict[str, object]]]:
    """GET both endpoints in a fresh process with the given environment."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    return {path: (status, json.loads(body)) for path, status, body in answers}


def test_healthz_answers_without_touching_the_database(client: Client) -> None:
    # No `db` fixture: pytest-django makes any query raise, so this passes only without one.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_is_ok_when_everything_is(client: Client) -> None:
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "failed": [],
        "checks": {"database": "ok", "cache": "ok", "migrations": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_names_an_unapplied_migration(client: Client) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM django_migrations WHERE app = 'core' AND name = '0002_images'")

    response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["migrations"]
    assert body["checks"]["migrations"] == "1 unapplied: core.0002_images"


@pytest.mark.django_db
def test_readyz_names_an_unreachable_cache(client: Client) -> None:
    redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CLOSED_REDIS}
    with override_settings(CACHES={"default": redis}):
        response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["cache"]
    assert body["checks"]["cache"] == "redis.exceptions.ConnectionError"
    assert body["checks"]["database"] == "ok"


def test_readyz_names_an_unreachable_database_and_healthz_stays_up() -> None:
    answers = probe_in_process(
        DJANGO_SETTINGS_MODULE="tipwatch.settings.test", DATABASE_URL=CLOSED_DATABASE
    )

    assert answers["/healthz"] == (200, {"status": "ok"})
    status, body = answers["/readyz"]
    assert status == 503
    assert body["failed"] == ["database"]
    assert body["checks"] == {
        "database": "django.db.utils.OperationalError",
        "cache": "ok",
        "migrations": "not checked: the database is unreachable",
    }


def test_production_answers_probes_over_plain_http() -> None:
    # Probes reach gunicorn directly, without nginx's X-Forwarded-Proto: no redirect to HTTPS.
    answers = probe_in_process(
        DJANGO_SETTINGS_MODULE="tipwatch.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=CLOSED_DATABASE,
        REDIS_URL=CLOSED_REDIS,
    )

    assert answers["/healthz"] == (200, {"status": "ok"})
    status, body = answers["/readyz"]
    assert status == 503
    assert body["failed"] == ["database", "cache"]
