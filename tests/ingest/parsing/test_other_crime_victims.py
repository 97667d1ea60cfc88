"""Victims of other crimes are no trafficking victims identified."""

from __future__ import annotations

import pytest

from tests.ingest.parsing.section_figures import section_figures

_TRAFFICKING = ("victims_identified", 75, 2019)


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities identified 64 potential victims of crimes other than trafficking.",
        "Police identified 64 victims of offenses other than trafficking during screenings.",
        "Police identified 300 potential victims of other crimes, including smuggling.",
    ],
)
def test_victims_of_other_crimes_are_not_read(sentence: str) -> None:
    assert section_figures(sentence, section="protection") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The government identified 75 trafficking victims and 210 potential victims of other "
        "crimes.",
        "Authorities identified 210 victims of other crimes and 75 trafficking victims.",
        "The government identified 75 trafficking victims and 64 victims of crimes other than "
        "trafficking.",
        "The government identified 75 trafficking victims, compared with 60 victims of other "
        "crimes.",
    ],
)
def test_the_trafficking_victims_beside_them_are_read(sentence: str) -> None:
    assert section_figures(sentence, section="protection") == {_TRAFFICKING}
