"""The precision/recall counter both parser scorers use: the labelled synthetic corpus
(tests/ingest/parsing/test_accuracy.py) and the real-text corpus (tests/ingest/real_text.py)."""

from __future__ import annotations

from collections.abc import Hashable, Set
from dataclasses import dataclass


@dataclass
class Counts:
    """True and false positives and false negatives of items found against items wanted."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    def add(self, got: Set[Hashable], want: Set[Hashable]) -> None:
        self.true_positives += len(got & want)
        self.false_positives += len(got - want)
        self.false_negatives += len(want - got)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.3f} recall {self.recall:.3f} "
            f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives})"
        )
