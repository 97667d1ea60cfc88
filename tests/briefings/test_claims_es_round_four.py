"""Spanish readers of the fourth round, each with the sentences it must read and those it must
leave alone: one country after the tier it is listed on ("Entre los países del Nivel 2 figura
Perú"). Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import es_tier, read_es
from tipwatch.briefings.claims import Gazetteer

READ: list[tuple[str, set[tuple[Any, ...]]]] = [
    # One country listed after its tier, with a verb in the singular.
    ("Entre los países del Nivel 2 figura Perú.", {es_tier(("PER",), "2")}),
    ("Entre los países de Nivel 2 se encuentra Perú.", {es_tier(("PER",), "2")}),
    ("Entre los países de la lista negra está Cuba.", {es_tier(("CUB",), "3")}),
]

REFUSED = [
    # Not listed there, or listed there once.
    "Entre los países del Nivel 2 no figura Perú.",
    "Entre los países del Nivel 2 figuraba Perú hasta que lo degradaron.",
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]) -> None:
    assert read_es(text, gazetteer) == expected


@pytest.mark.parametrize("text", REFUSED)
def test_refuses(gazetteer: Gazetteer, text: str) -> None:
    assert not {c for c in read_es(text, gazetteer) if c[0] == "tier" and not c[5]}
