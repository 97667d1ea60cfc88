from __future__ import annotations

from tipwatch.ingest.limits import read_limits, read_limits_before_django
from tipwatch.ingest.parsing.limits import ReadLimits


def test_the_limits_read_before_django_loads_are_the_settings() -> None:
    # The command line's early reading is kept only when these are equal (pdf.read_ahead).
    before = read_limits_before_django()
    assert before == read_limits()
    assert before != ReadLimits(max_pages=before.max_pages + 1)
