"""Tier, country and group names in each language."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.utils import translation

from tipwatch.tip.names import (
    SPANISH_REPORT_NAMES,
    alpha2,
    cldr_name,
    country_name,
    group_name,
    tier_name,
)
from tipwatch.tip.terms import figure_text, metric_label, tag_label

COUNTRIES = Path(__file__).resolve().parents[2] / "tipwatch" / "tip" / "data" / "countries.csv"


@dataclass(frozen=True)
class Named:
    iso3: str
    name: str
    name_es: str = ""


@dataclass(frozen=True)
class NamedGroup:
    slug: str
    name: str


@pytest.mark.parametrize(
    ("tier", "english", "spanish"),
    [
        ("1", "Tier 1", "Nivel 1"),
        ("2", "Tier 2", "Nivel 2"),
        ("2WL", "Tier 2 Watch List", "Lista de Vigilancia del Nivel 2"),
        ("3", "Tier 3", "Nivel 3"),
        ("special_case", "Special Case", "Caso especial"),
        (None, "Not rated", "Sin calificación"),
    ],
)
def test_tier_names_in_both_languages(tier: str | None, english: str, spanish: str) -> None:
    assert tier_name(tier, "en-gb") == english
    assert tier_name(tier, "es") == spanish
    with translation.override("es"):
        assert tier_name(tier) == spanish


def test_a_code_that_is_not_a_tier_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match=r"'2\.5' is not a tier"):
        tier_name("2.5")


def test_spanish_country_names_come_from_cldr() -> None:
    peru = Named("PER", "Peru", "Perú")
    assert country_name(peru, "es") == "Perú"
    assert country_name(peru, "en-gb") == "Peru"
    # CLDR's name wins over a stale Spanish name in our table.
    assert country_name(Named("DEU", "Germany", "Alemania (vieja)"), "es") == "Alemania"
    with translation.override("es"):
        assert country_name(Named("CIV", "Cote d'Ivoire", "")) == "Costa de Marfil"


def test_the_report_s_own_names_win_where_cldr_differs_for_a_reason() -> None:
    assert cldr_name("MMR", "es") == "Myanmar (Birmania)"
    assert country_name(Named("MMR", "Burma", "Birmania"), "es") == "Birmania"
    assert country_name(Named("MMR", "Burma", "Birmania"), "en-gb") == "Burma"
    assert country_name(Named("COG", "Republic of the Congo", ""), "es") == "República del Congo"
    assert country_name(Named("HKG", "Hong Kong", ""), "es") == "Hong Kong"
    assert cldr_name("BIH", "es") == "Bosnia-Herzegovina"
    assert country_name(Named("BIH", "Bosnia and Herzegovina", ""), "es") == "Bosnia y Herzegovina"


def test_an_entity_cldr_does_not_know_falls_back_on_our_table() -> None:
    assert alpha2("ZZZ") is None  # CLDR's "unknown region", ZZ, is not a name
    assert country_name(Named("ZZZ", "Nowhere", "Ninguna parte"), "es") == "Ninguna parte"
    assert country_name(Named("ZZZ", "Nowhere", ""), "es") == "Nowhere"


def test_kosovo_s_user_assigned_code_is_found_in_cldr() -> None:
    assert alpha2("XKX") == "XK"
    assert cldr_name("XKX", "es") == "Kosovo"


def test_every_country_in_our_table_has_a_cldr_or_report_name() -> None:
    rows = list(csv.DictReader(COUNTRIES.open(encoding="utf-8")))
    unnamed = [
        row["iso3"]
        for row in rows
        if row["iso3"] not in SPANISH_REPORT_NAMES and cldr_name(row["iso3"], "es") is None
    ]
    assert unnamed == []
    assert len(rows) > 190


def test_bundled_group_names_are_translated_while_unchanged() -> None:
    assert group_name(NamedGroup("latin-america", "Latin America"), "es") == "América Latina"
    assert group_name(NamedGroup("latin-america", "Latin America"), "en-gb") == "Latin America"
    assert (
        group_name(NamedGroup("bureau-wha", "WHA: Bureau of Western Hemisphere Affairs"), "es")
        == "WHA: Oficina de Asuntos del Hemisferio Occidental"
    )
    # An editor's own name stays as written, in both languages.
    assert group_name(NamedGroup("latin-america", "Our partners"), "es") == "Our partners"
    assert group_name(NamedGroup("andean", "Andean states"), "es") == "Andean states"


def test_a_spanish_region_s_article_is_lower_case_inside_a_sentence() -> None:
    caribbean = NamedGroup("caribbean", "Caribbean")
    assert group_name(caribbean, "es") == "El Caribe"
    assert group_name(caribbean, "es", in_sentence=True) == "el Caribe"
    assert group_name(caribbean, "en-gb", in_sentence=True) == "Caribbean"
    # An editor's own name keeps its article as written: it may be part of the name.
    el_salvador = NamedGroup("el-salvador-and-neighbours", "El Salvador and its neighbours")
    assert group_name(el_salvador, "es", in_sentence=True) == "El Salvador and its neighbours"


def test_labels_of_stored_codes_in_spanish() -> None:
    assert tag_label("forced_labor", "es") == "trabajo forzoso"
    assert metric_label("convictions", "es") == "condenas"
    assert figure_text(774, "at_least", language="es") == "al menos 774"
    assert figure_text(774, "at_least", language="en-gb") == "at least 774"
    with translation.override("es"):
        assert tag_label("brick_kilns") == "hornos de ladrillos"
