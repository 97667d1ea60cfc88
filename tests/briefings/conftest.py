"""Fixtures for the briefing tests: a site with a news index, and a names-only gazetteer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.news.factories import NewsIndexPageFactory
from tests.pages.fixtures import _isolated_media_and_cache, home  # noqa: F401
from tipwatch.briefings.claims import Gazetteer


@pytest.fixture
def news_index(home: Any) -> Any:  # noqa: F811
    return NewsIndexPageFactory(parent=home)


COUNTRIES: dict[str, list[str]] = {
    "PER": ["Peru", "Perú"],
    "CHL": ["Chile"],
    "BOL": ["Bolivia", "Plurinational State of Bolivia"],
    "CRI": ["Costa Rica"],
    "CUB": ["Cuba"],
    "HTI": ["Haiti", "Haití"],
    "VEN": ["Venezuela"],
    "COL": ["Colombia"],
    "ARG": ["Argentina"],
    "BRA": ["Brazil", "Brasil"],
    "MEX": ["Mexico", "México"],
    "DOM": ["Dominican Republic", "República Dominicana"],
    "DMA": ["Dominica"],
    "BLZ": ["Belize", "Belice"],
    "GUY": ["Guyana"],
    "SUR": ["Suriname", "Surinam"],
    "IRN": ["Iran", "Irán"],
    "MMR": ["Burma", "Myanmar", "Birmania"],
    "USA": ["United States", "Estados Unidos"],
}
GROUPS: dict[str, list[str]] = {
    "latin-america": [
        "Latin America",
        "Latin American",
        "América Latina",
        "Latinoamérica",
        "latinoamericano",
        "latinoamericanos",
        "latinoamericana",
    ],
    "latin-america-caribbean": ["Latin America and the Caribbean", "América Latina y el Caribe"],
    "south-america": ["South America", "South American", "Sudamérica", "sudamericanos"],
}


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer(COUNTRIES, GROUPS, {code: names[0] for code, names in COUNTRIES.items()})
