"""What gunicorn's master loads before forking the workers."""

from __future__ import annotations

import sys

from tipwatch.core.prefork import load_shared


def test_what_is_loaded_before_the_fork_needs_no_database() -> None:
    # No django_db mark: a query here would fail the test.
    load_shared()

    assert "tipwatch.urls" in sys.modules
