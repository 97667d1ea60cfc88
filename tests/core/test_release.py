"""The code's release, which cached HTML is keyed on through the data version's token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import override_settings

from tipwatch.core.release import code_release, files_digest
from tipwatch.tip.versioning import data_state


@pytest.fixture
def fresh_release() -> Iterator[None]:
    code_release.cache_clear()
    yield
    code_release.cache_clear()


def _tree(root: Path) -> None:
    (root / "templates").mkdir(parents=True)
    (root / "templates" / "page.html").write_text("<h1>{{ title }}</h1>")
    (root / "views.py").write_text("VALUE = 1\n")
    (root / "data").mkdir()
    (root / "data" / "placements.csv").write_text("PER,2015,2\n")


def test_a_changed_template_view_or_catalog_changes_the_digest(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = files_digest(tmp_path)
    (tmp_path / "templates" / "page.html").write_text("<h2>{{ title }}</h2>")
    after_template = files_digest(tmp_path)
    (tmp_path / "views.py").write_text("VALUE = 2\n")
    after_view = files_digest(tmp_path)
    (tmp_path / "django.mo").write_bytes(b"\x95\x04\x12\xde")
    after_catalog = files_digest(tmp_path)
    assert len({before, after_template, after_view, after_catalog}) == 4


def test_data_files_bytecode_and_unchanged_trees_leave_the_digest_alone(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = files_digest(tmp_path)
    (tmp_path / "data" / "placements.csv").write_text("PER,2015,3\n")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "views.cpython-311.pyc").write_bytes(b"\0\1")
    assert files_digest(tmp_path) == before


def test_a_renamed_file_changes_the_digest(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = files_digest(tmp_path)
    (tmp_path / "templates" / "page.html").rename(tmp_path / "templates" / "other.html")
    assert files_digest(tmp_path) != before


def test_a_named_release_is_used_as_given(fresh_release: None) -> None:
    with override_settings(TIPWATCH_RELEASE="v2.3.0"):
        named = code_release()
        code_release.cache_clear()
        assert code_release() == named
    code_release.cache_clear()
    with override_settings(TIPWATCH_RELEASE="v2.4.0"):
        assert code_release() != named


def test_the_installed_code_has_a_release(fresh_release: None) -> None:
    with override_settings(TIPWATCH_RELEASE=""):
        release = code_release()
    assert len(release) == 12
    assert int(release, 16) >= 0


@pytest.mark.django_db
def test_a_new_release_changes_the_data_token_cached_pages_are_keyed_on(
    fresh_release: None,
) -> None:
    with override_settings(TIPWATCH_RELEASE="old"):
        old = data_state().token
        assert data_state().token == old
    code_release.cache_clear()
    with override_settings(TIPWATCH_RELEASE="new"):
        assert data_state().token != old
