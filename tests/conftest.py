"""Fixtures shared by every app's tests."""

from __future__ import annotations

import pytest

from tipwatch.tip.services.dataset_loader import DatasetLoader, LoadSummary


@pytest.fixture
def tip_data(db: None) -> LoadSummary:
    """The real bundled dataset, loaded into the test database."""
    return DatasetLoader().load()
