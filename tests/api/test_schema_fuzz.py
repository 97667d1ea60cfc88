"""Property-based requests from the API's own OpenAPI document (schemathesis, in-process).

Schemathesis reads `/api/v1/openapi.json` from the Django app and generates requests for
every operation, valid ones and invalid ones. Each answer must not be a server error and must
match what the document promises (status code, content type, response schema). The examples
per operation and mode are bounded so the run stays well under a minute; the data is the real
bundled dataset, loaded once for the module.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = pytest.mark.usefixtures("tip_data_for_module", "db", "_connection_kept_open")

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES = 10


@pytest.fixture
def _connection_kept_open() -> Iterator[None]:
    """The real WSGI handler closes the database connection after each request; in a test
    that would close the connection the test's transaction runs on (Django's test client
    keeps it open the same way)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _operations() -> list[Any]:
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    operations = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # the document itself is invalid
        operations.append(result.ok())
    return operations


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_server_error_and_no_schema_violation(mode: GenerationMode) -> None:
    operations = _operations()
    assert len(operations) == 10  # one GET per path, narratives included

    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            cache.clear()  # each example reaches the view, not a copy cached by an earlier one
            case.call_and_validate(checks=CHECKS)

        try:
            check()
        except Unsatisfiable:
            # Only in negative mode: no value of this operation's parameters is invalid (any
            # text is a valid `iso3` or `slug`: unknown ones are 404s).
            assert mode == GenerationMode.NEGATIVE
