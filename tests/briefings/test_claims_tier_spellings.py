"""Tiers spelled with the number before the word: "its 2-Tier Watch List", "the second tier
watch list". Pure Python; invented sentences."""

from __future__ import annotations

import pytest

from tests.briefings.claim_helpers import read_en
from tipwatch.briefings.claims import Gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "The report ranked Peru on its 2-Tier Watch List.",
        "The report ranked Peru on its 2 Tier Watch List.",
        "Peru stays on the second tier watch list.",
        "Peru is on the two-tier watchlist.",
        'Peru is on the 2nd-tier "watch list".',
    ],
)
def test_the_number_before_the_word_names_the_watch_list(text: str, gazetteer: Gazetteer) -> None:
    assert ("tier", ("PER",), "2WL", None, None, None, 0) in read_en(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Peru has a two-tier system of courts.",  # no tier of the report
        "Peru is in the 2-tier list.",  # which list is not said
        "Peru is on the Hawaii tier watch list.",  # no number of its own
    ],
)
def test_no_watch_list_without_its_number_and_name(text: str, gazetteer: Gazetteer) -> None:
    assert not [c for c in read_en(text, gazetteer) if c[2] == "2WL"]
