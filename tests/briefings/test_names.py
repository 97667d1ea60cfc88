"""The claim check reads back every name the site writes: each country's and group's Spanish
name, as `tipwatch.tip.names` gives it, is found and resolved to that country or group."""

from __future__ import annotations

import pytest

from tipwatch.briefings.claims import Gazetteer
from tipwatch.briefings.claims.text import fold
from tipwatch.briefings.names import build_gazetteer
from tipwatch.tip.models import Country, Group
from tipwatch.tip.names import ENGLISH, SPANISH, country_name, group_name

pytestmark = pytest.mark.django_db


def found(gazetteer: Gazetteer, sentence: str, name: str) -> list[tuple[str, str]]:
    """Kind and code of each mention that covers exactly `name` within `sentence`."""
    folded = fold(sentence)
    start = folded.origin.index(sentence.index(name))
    end = folded.origin.index(sentence.index(name) + len(name))
    return [
        (mention.kind, mention.code)
        for mention in gazetteer.find(folded.text, sentence, folded.origin)
        if (mention.start, mention.end) == (start, end)
    ]


def test_every_spanish_country_name_resolves_to_its_country(tip_data: object) -> None:
    gazetteer = build_gazetteer()
    countries = list(Country.objects.order_by("iso3"))
    assert len(countries) > 150
    missed = {}
    for country in countries:
        name = country_name(country, SPANISH)
        sentence = f"Según el informe de 2015, {name} está en el Nivel 2."
        if found(gazetteer, sentence, name) != [("C", country.iso3)]:
            missed[country.iso3] = name
    assert missed == {}


def test_every_group_name_resolves_to_its_group_in_both_languages(tip_data: object) -> None:
    gazetteer = build_gazetteer()
    groups = list(Group.objects.order_by("slug"))
    assert groups
    missed = {}
    for group in groups:
        for language in (SPANISH, ENGLISH):
            name = group_name(group, language)
            sentence = f"De los miembros de {name}, ninguno está en el Nivel 1."
            if found(gazetteer, sentence, name) != [("G", group.slug)]:
                missed[(group.slug, language)] = name
    assert missed == {}


@pytest.mark.parametrize(
    ("sentence", "name", "iso3"),
    [
        ("Holland was placed on Tier 1 in 2015.", "Holland", "NLD"),
        ("The KSA stayed on Tier 2 in 2015.", "KSA", "SAU"),
        ("FYROM was on Tier 2 in 2008.", "FYROM", "MKD"),
        ("Last year the Emirates were on Tier 2.", "the Emirates", "ARE"),
        ("Kazakstan was on Tier 2 in 2003.", "Kazakstan", "KAZ"),
        ("Kazajstán fue ubicado en el Nivel 2.", "Kazajstán", "KAZ"),
        ("Kirguizistán sigue en el Nivel 2.", "Kirguizistán", "KGZ"),
        ("La RDC está en el Nivel 3.", "RDC", "COD"),
        ("Gran Bretaña está en el Nivel 1.", "Gran Bretaña", "GBR"),
        ("Corea está en el Nivel 1.", "Corea", "KOR"),
        ("Según el informe, Emiratos Árabes está en el Nivel 2.", "Emiratos Árabes", "ARE"),
        # a seat of government that is not the capital, and capitals in Spanish
        ("La Paz remains on the Watch List.", "La Paz", "BOL"),
        ("The Hague kept its Tier 1 ranking.", "The Hague", "NLD"),
        ("La Habana sigue en el Nivel 3.", "La Habana", "CUB"),
        ("Seúl se mantiene en el Nivel 1.", "Seúl", "KOR"),
        ("Ciudad de México celebró el informe.", "Ciudad de México", "MEX"),
    ],
)
def test_press_abbreviations_and_older_spellings_resolve(
    tip_data: object, sentence: str, name: str, iso3: str
) -> None:
    assert found(build_gazetteer(), sentence, name) == [("C", iso3)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The airline, not the country; and "Corea del Norte" is the North, as before.
        ("Emirates flew the victims home.", "Emirates"),
        ("Corea del Norte está en el Nivel 3.", "Corea"),
    ],
)
def test_press_names_are_not_read_inside_other_names(
    tip_data: object, sentence: str, name: str
) -> None:
    assert ("C", "ARE") not in found(build_gazetteer(), sentence, name)
    assert ("C", "KOR") not in found(build_gazetteer(), sentence, name)
