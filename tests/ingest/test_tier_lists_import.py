"""Importing the report's tier lists: alone they propose placements; beside narratives
they flag what disagrees for an editor to decide."""

from __future__ import annotations

import pytest

from tipwatch.ingest.models import ProposedChange
from tipwatch.ingest.services.importer import ImportFile, ImportService

pytestmark = pytest.mark.django_db

LISTS = "Tier 1\nChile\nCanada\nFrance\nTier 2\nPeru\nBolivia\nEcuador\n"
PERU = (
    "PERU: Tier 3\nThe Government of Peru does not fully meet the minimum standards for the "
    "elimination of trafficking and is not making significant efforts to do so.\n"
)


def _placements(text: str) -> dict[str, tuple[str, bool]]:
    run = ImportService().import_file(ImportFile("report.txt", text.encode()), 2015)
    changes = run.changes.filter(kind=ProposedChange.Kind.PLACEMENT).select_related("country")
    return {c.country.iso3: ((c.after or {})["tier"], c.accepted) for c in changes if c.country}


def test_a_file_of_the_lists_alone_proposes_every_placement(tip_data: object) -> None:
    placements = _placements(LISTS)
    assert {iso3: tier for iso3, (tier, _) in placements.items()} == {
        "CHL": "1",
        "CAN": "1",
        "FRA": "1",
        "PER": "2",
        "BOL": "2",
        "ECU": "2",
    }


def test_beside_narratives_disagreements_and_gaps_are_left_unticked(tip_data: object) -> None:
    placements = _placements(LISTS + PERU)
    assert placements["PER"] == ("3", False)  # the header says Tier 3, the list Tier 2
    assert all(not accepted for _, accepted in placements.values())
    assert placements["BOL"][0] == "2"
