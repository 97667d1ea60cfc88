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
