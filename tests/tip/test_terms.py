"""The words readers see for the codes stored with narratives and figures."""

from __future__ import annotations

import pytest

from tipwatch.ingest.parsing.tags import FORMS, SECTORS
from tipwatch.tip.models.narrative import Metric, Qualifier
from tipwatch.tip.terms import (
    METRIC_LABELS,
    QUALIFIER_LABELS,
    TAG_LABELS,
    figure_text,
    metric_label,
    tag_label,
)


def test_every_tag_the_importer_stores_has_words() -> None:
    assert set(FORMS) | set(SECTORS) <= set(TAG_LABELS)
    assert all("_" not in str(label) for label in TAG_LABELS.values())


def test_every_metric_and_qualifier_has_words() -> None:
    assert set(Metric.values) <= set(METRIC_LABELS)
    assert set(Qualifier.values) <= set(QUALIFIER_LABELS)


@pytest.mark.parametrize(
    ("value", "qualifier", "expected"),
    [(774, "at_least", "at least 774"), (19, "", "19"), (5, "more_than", "more than 5")],
)
def test_a_figure_keeps_its_qualifier(value: int, qualifier: str, expected: str) -> None:
    assert figure_text(value, qualifier) == expected


def test_an_unknown_code_still_reads_as_words() -> None:
    assert tag_label("forced_organ_trade") == "forced organ trade"
    assert metric_label("victims_referred") == "victims referred"
    assert figure_text(3, "nearly_all") == "nearly all 3"
    assert figure_text(3, "at_least", {"at_least": "al menos"}) == "al menos 3"
