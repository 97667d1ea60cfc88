"""The browser fixtures leave Django's database handling as it is without a browser."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_tests_keep_the_connection_that_restores_serialized_data(page: Any) -> None:
    # Playwright's sync API runs an event loop in this thread: the case the fixture handles.
    asyncio.get_running_loop()

    # Without that handling, this is a fresh connection object, and the flush after the test
    # would recreate content types that the next transactional test's restore then clashes with.
    assert hasattr(connection, "_test_serialized_contents")
