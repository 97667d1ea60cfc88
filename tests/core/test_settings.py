"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys

import pytest

CHECK = [sys.executable, "-c", "import django; django.setup()"]


def start(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    clean["DJANGO_SETTINGS_MODULE"] = "tipwatch.settings.production"
    return subprocess.run(CHECK, env={**clean, **env}, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"ALLOWED_HOSTS": "tipwatch.example.org"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS must be set"),
    ],
)
def test_production_fails_fast_without_configuration(env: dict[str, str], missing: str) -> None:
    result = start(**env)

    assert result.returncode != 0
    assert missing in result.stderr


def test_production_starts_with_configuration() -> None:
    result = start(SECRET_KEY="x" * 50, ALLOWED_HOSTS="tipwatch.example.org")

    assert result.returncode == 0, result.stderr
