"""A country's profile address without a reversal per country (tipwatch/explorer/links.py)."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from tipwatch.explorer.links import country_url, report_url


@pytest.mark.parametrize("language", ["en-gb", "es"])
@pytest.mark.parametrize("iso3", ["PER", "usa", "QQQ"])
def test_the_same_address_as_reverse(language: str, iso3: str) -> None:
    with translation.override(language):
        assert country_url(iso3) == reverse("explorer:country", args=[iso3])


def test_the_language_prefix_follows_the_active_language() -> None:
    with translation.override("es"):
        spanish = country_url("PER")
    assert spanish != country_url("PER")
    assert spanish.startswith("/es/")


def test_a_code_the_pattern_refuses_fails_as_reverse_does() -> None:
    with pytest.raises(NoReverseMatch):
        country_url("PERU")


@pytest.mark.parametrize("language", ["en-gb", "es"])
@pytest.mark.parametrize("year", [2001, 2015, 2024])
def test_a_report_s_address_is_the_one_reverse_gives(language: str, year: int) -> None:
    with translation.override(language):
        assert report_url(year) == reverse("explorer:report", kwargs={"year": year})


def test_a_year_the_pattern_refuses_fails_as_reverse_does() -> None:
    with pytest.raises(NoReverseMatch):
        report_url("twenty")  # type: ignore[arg-type]
