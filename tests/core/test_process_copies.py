"""A process's own copies of values kept under versioned keys (`core/process_copies.py`)."""

from __future__ import annotations

import pytest

from tipwatch.core import process_copies


def test_process_copies_are_dropped_beyond_their_limit_and_age(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copies = process_copies.LocalCopies(2)
    copies.put("a", 1)
    copies.put("b", 2)
    assert copies.get("a") == 1  # now the most recent
    copies.put("c", 3)
    assert copies.get("b") is None
    assert (copies.get("a"), copies.get("c")) == (1, 3)

    now = process_copies.time.monotonic()
    monkeypatch.setattr(
        process_copies.time, "monotonic", lambda: now + process_copies.COPY_SECONDS + 1
    )
    assert copies.get("a") is None
    switched_off = process_copies.LocalCopies(0)
    switched_off.put("a", 1)
    assert switched_off.get("a") is None
