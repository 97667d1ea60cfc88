"""Production settings refuse to start without their secrets."""

import os
import secrets
import subprocess
import sys

import pytest

REDIS = "redis://127.0.0.1:6379/0"
CHECK = [sys.executable, "-c", "import django; django.setup()"]


def start(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL"}
    }
    clean["DJANGO_SETTINGS_MODULE"] = "tipwatch.settings.production"
    return subprocess.run(CHECK, env={**clean, **env}, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"ALLOWED_HOSTS": "tipwatch.example.org", "REDIS_URL": REDIS}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "x" * 50, "REDIS_URL": REDIS}, "ALLOWED_HOSTS must be set"),
        # A per-process cache would let each app server serve its own stale pages and keep its
        # own rate-limit counts.
        (
            {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "tipwatch.example.org"},
            "REDIS_URL must be set",
        ),
    ],
)
def test_production_fails_fast_without_configuration(env: dict[str, str], missing: str) -> None:
    result = start(**env)

    assert result.returncode != 0
    assert missing in result.stderr


def test_production_starts_with_configuration() -> None:
    result = start(SECRET_KEY="x" * 50, ALLOWED_HOSTS="tipwatch.example.org", REDIS_URL=REDIS)

    assert result.returncode == 0, result.stderr


def test_production_passes_the_deployment_checks() -> None:
    manage = [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]
    env = {
        # The browser tests allow async-unsafe calls in this process; a deployment never does.
        **{
            k: v
            for k, v in os.environ.items()
            if k not in {"SECURE_HSTS_SECONDS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        },
        "DJANGO_SETTINGS_MODULE": "tipwatch.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "tipwatch.example.org",
        "REDIS_URL": REDIS,
    }
    result = subprocess.run(manage, env=env, capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


CONNECTION = [
    sys.executable,
    "-c",
    "import django; django.setup(); from django.conf import settings; "
    "db = settings.DATABASES['default']; print(db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS'])",
]


@pytest.mark.parametrize(("given", "expected"), [(None, "600 True"), ("0", "0 True")])
def test_production_keeps_database_connections_by_default(given: str | None, expected: str) -> None:
    # Opening a connection per request cost the cached pages most of their throughput.
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_CONN_MAX_AGE", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="tipwatch.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="tipwatch.example.org",
        REDIS_URL=REDIS,
    )
    if given is not None:
        env["DATABASE_CONN_MAX_AGE"] = given
    result = subprocess.run(CONNECTION, env=env, capture_output=True, text=True, timeout=60)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
