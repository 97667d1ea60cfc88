"""The Spanish catalog holds every interface string the project ships, each translated, none fuzzy.

The strings are extracted afresh from the code and templates (as `make messages` does) into a
copy of the catalog, so a string marked for translation but never added to the catalog fails
here, not on a Spanish page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

CATALOG = Path(settings.LOCALE_PATHS[0]) / "es" / "LC_MESSAGES" / "django.po"
NOT_OURS = [".venv", ".tools", "var", "tests", "bench", "scripts", "docs", "node_modules"]


def _problems(catalog: Path) -> list[str]:
    with catalog.open("rb") as handle:
        messages = read_po(handle, locale="es")
    problems = []
    for message in messages:
        if not message.id:
            continue
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        else:
            forms = (
                message.string if isinstance(message.string, tuple | list) else (message.string,)
            )
            if not all(forms):
                problems.append(f"untranslated: {message.id!r}")
    return problems


def test_the_committed_catalog_is_fully_translated() -> None:
    assert _problems(CATALOG) == []


def test_every_string_marked_in_the_code_is_in_the_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = tmp_path / "locale" / "es" / "LC_MESSAGES" / "django.po"
    fresh.parent.mkdir(parents=True)
    shutil.copy(CATALOG, fresh)
    monkeypatch.chdir(settings.BASE_DIR)
    # makemessages writes into any `locale` folder it walks past: skipping ours sends the
    # extraction to the copy.
    ours = str(CATALOG.parents[2].relative_to(settings.BASE_DIR))
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command(
            "makemessages",
            locale=["es"],
            ignore_patterns=[*NOT_OURS, ours],
            add_location="file",
            verbosity=0,
        )
    assert _problems(fresh) == [], "run `make messages` and translate the new entries"
