"""Spanish readers of the fourth round, each with the sentences it must read and those it must
leave alone: one country after the tier it is listed on ("Entre los países del Nivel 2 figura
Perú"); a placement in the subjunctive after a feeling or judgement on it ("El Gobierno lamentó
que Perú siga en el Nivel 2"); a participle of placing set before its subject ("Clasificado en
el Nivel 2, Perú anunció nuevas medidas"); a placement named as a noun ("la inclusión de Cuba
en la lista negra", "la calificación de Nivel 2 de Perú"); where a country once stood, in an
aside in a past tense, is not where it stands now ("Perú, que estuvo en el Nivel 3, firmó un
acuerdo"); an apposition in the singular after a list describes only the country before it
("entre Perú y Chile, país de Nivel 1"); the tier after a comparison with a country is that
country's ("una clasificación superior a la de Bolivia, en el Nivel 3"); more verbs of being on a
tier ("se halla", "pertenece al"), of holding a rating ("tiene el Nivel 2") and of keeping it
("revalidó su Nivel 1"); more words for moves: a rating moved ("mejoró su clasificación al Nivel
2", "bajó la calificación del Perú"), a country taken off a tier or sent to one in the passive
("fue eliminada de la lista negra"); more names of tiers ("el Rango 1", "el tercer y peor nivel",
"los países mejor calificados del informe"); countries set beside the subject in commas between
its verb and its tier share the claim ("Perú se encuentra, al igual que Chile, en el Nivel 2"); an
ordinal standing alone takes the tier noun said shortly before ("... en esta categoría, pero
Venezuela está en la tercera"); a tier left, dated by the report after it ("perdió el Nivel 1 en
el informe de este año"). Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefings.claim_helpers import es_change, es_tier, read_es
from tipwatch.briefings.claims import Gazetteer, read_text

READ: list[tuple[str, set[tuple[Any, ...]]]] = [
    # One country listed after its tier, with a verb in the singular.
    ("Entre los países del Nivel 2 figura Perú.", {es_tier(("PER",), "2")}),
    ("Entre los países de Nivel 2 se encuentra Perú.", {es_tier(("PER",), "2")}),
    ("Entre los países de la lista negra está Cuba.", {es_tier(("CUB",), "3")}),
    # A fact in the subjunctive after a feeling or judgement on it (a stay, if it says so).
    (
        "El Gobierno celebró que Perú se mantenga en el Nivel 2.",
        {es_tier(("PER",), "2", unchanged=True)},
    ),
    ("Es preocupante que Perú continúe en el Nivel 2.", {es_tier(("PER",), "2", unchanged=True)}),
    ("La oposición criticó que Bolivia esté en la lista negra.", {es_tier(("BOL",), "3")}),
    (
        "El ministro lamentó que Chile no esté en el Nivel 1.",
        {es_tier(("CHL",), "1", negated=True)},
    ),
    # A participle of placing before its subject.
    ("Clasificado en el Nivel 2, Perú anunció nuevas medidas.", {es_tier(("PER",), "2")}),
    (
        "Incluida en la lista negra del informe sobre trata, Cuba rechazó sus conclusiones.",
        {es_tier(("CUB",), "3")},
    ),
    (
        "Mantenido en el Nivel 2 por el Departamento de Estado, el Perú prometió más esfuerzos.",
        {es_tier(("PER",), "2", unchanged=True)},
    ),
    # A placement named as a noun (a stay, if the noun says so).
    (
        "La inclusión de Cuba en la lista negra fue criticada por La Habana.",
        {es_tier(("CUB",), "3")},
    ),
    (
        "La permanencia de Cuba en el Nivel 3 fue criticada por La Habana.",
        {es_tier(("CUB",), "3", unchanged=True)},
    ),
    ("La clasificación de Perú en el Nivel 2 preocupa a Chile.", {es_tier(("PER",), "2")}),
    ("La calificación de Nivel 2 de Perú se mantuvo sin cambios.", {es_tier(("PER",), "2")}),
    # An aside in the present, or in the passive of this report's placing, says where the
    # country is now.
    ("Perú, que está en el Nivel 3, firmó un acuerdo.", {es_tier(("PER",), "3")}),
    ("Cuba, que fue incluida en la lista negra, rechazó el informe.", {es_tier(("CUB",), "3")}),
    # An apposition describes whom its number says.
    ("Bolivia firmó un acuerdo entre Perú y Chile, país de Nivel 1.", {es_tier(("CHL",), "1")}),
    ("Perú y Chile, países de Nivel 1, firmaron un acuerdo.", {es_tier(("PER", "CHL"), "1")}),
    ("Perú, un país de Nivel 2, presentó avances.", {es_tier(("PER",), "2")}),
    # The tier after a comparison with a country.
    (
        "Perú tiene una clasificación superior a la de Bolivia, en el Nivel 3.",
        {es_tier(("BOL",), "3")},
    ),
    # Being on a tier, holding a rating, keeping it.
    ("Perú se halla en el Nivel 2.", {es_tier(("PER",), "2")}),
    ("Cuba pertenece a la lista negra.", {es_tier(("CUB",), "3")}),
    ("Perú tiene el Nivel 2 en el informe sobre trata.", {es_tier(("PER",), "2")}),
    ("Perú no tiene el Nivel 1.", {es_tier(("PER",), "1", negated=True)}),
    ("Chile revalidó su Nivel 1.", {es_tier(("CHL",), "1", unchanged=True)}),
    ("Chile renovó su calificación de Nivel 1.", {es_tier(("CHL",), "1", unchanged=True)}),
    # A rating moved, a country taken off a tier or sent to one.
    ("Colombia mejoró su clasificación al Nivel 1.", {es_change(("COL",), "1", "up")}),
    (
        "El informe bajó la calificación del Perú al Nivel 2.",
        {es_change(("PER",), "2", "down")},
    ),
    (
        "El informe no bajó la calificación del Perú al Nivel 2.",
        {es_change(("PER",), "2", "down", negated=True)},
    ),
    ("Cuba fue eliminada de la lista negra.", {es_change(("CUB",), None, from_tier="3")}),
    ("Chile fue enviado a la lista de vigilancia.", {es_change(("CHL",), "2WL")}),
    # More names of tiers.
    ("Colombia figura en el Rango 1 de la clasificación.", {es_tier(("COL",), "1")}),
    ("Venezuela figura en el tercer y peor nivel.", {es_tier(("VEN",), "3")}),
    ("Cuba quedó en la tercera y última categoría del informe.", {es_tier(("CUB",), "3")}),
    ("Chile figura entre los países mejor calificados del informe.", {es_tier(("CHL",), "1")}),
    # Countries beside the subject, between its verb and its tier.
    (
        "Perú se encuentra, al igual que Bolivia, en el Nivel 2.",
        {es_tier(("PER", "BOL"), "2")},
    ),
    (
        "Perú no está, al igual que Chile, en el Nivel 1.",
        {es_tier(("PER", "CHL"), "1", negated=True)},
    ),
    # An ordinal alone, after a tier noun.
    (
        "Ningún país andino figura en esta categoría, pero Venezuela está en la tercera, la peor.",
        {es_tier(("VEN",), "3")},
    ),
    (
        "El informe ordena a los países en cuatro niveles y Colombia pasó del tercero (y peor) "
        "al segundo.",
        {es_change(("COL",), "2", from_tier="3")},
    ),
    # A tier left, the report named after it.
    (
        "Chile perdió el Nivel 1 en el informe de este año.",
        {es_change(("CHL",), None, from_tier="1")},
    ),
]

REFUSED = [
    # Not listed there, or listed there once.
    "Entre los países del Nivel 2 no figura Perú.",
    "Entre los países del Nivel 2 figuraba Perú hasta que lo degradaron.",
    # The subjunctive of a wish, a purpose, a doubt, a fear or a time to come.
    "El Gobierno espera que Perú se mantenga en el Nivel 2.",
    "El Gobierno trabaja para que Perú se mantenga en el Nivel 1.",
    "Es posible que Perú esté en el Nivel 2.",
    "No creo que Perú esté en el Nivel 3.",
    "El canciller lamentaría que Perú siga en el Nivel 2.",
    "Al Gobierno le preocupa que Perú quede en el Nivel 3 el próximo año.",
    "Cuando Perú esté en el Nivel 1, habrá más fondos.",
    # A participle with a time this reading cannot date, or in a condition.
    "Ubicado en el Nivel 2 hasta 2014, Perú firmó un acuerdo.",
    "Clasificado en el Nivel 3 el año pasado, Perú firmó un acuerdo.",
    "Si es ubicado en el Nivel 3, Perú perderá ayuda.",
    # A placement named as a noun that may come, is weighed or is sought.
    "La posible inclusión de Cuba en la lista negra preocupa a La Habana.",
    "Washington estudia la inclusión de Cuba en la lista negra.",
    "Perú pidió la inclusión de Chile en el Nivel 1.",
    "Cuba busca evitar la inclusión de Bolivia en la lista negra.",
    # Where a country once stood, in an aside in a past tense of being, with no time said.
    "Perú, que estuvo en el Nivel 3, firmó un acuerdo.",
    "Bolivia, que figuraba en la lista negra, anunció reformas.",
    # A rating held out as a goal, or owed.
    "Perú tiene el Nivel 1 como meta.",
    "Perú tiene que salir del Nivel 3.",
    "Si Perú tiene el Nivel 1, recibirá ayuda.",
    # A move wished for.
    "Perú quiere mejorar su clasificación al Nivel 1.",
    # Best rated by someone else.
    "Chile es uno de los países mejor calificados por el Banco Mundial.",
    # Beside the subject of another verb.
    "Perú trabajó, junto con Chile, en el Nivel 2.",
    # An ordinal with a noun of its own, or with no tier noun before it.
    "El informe tiene tres niveles y Perú quedó en la segunda vuelta de las elecciones.",
    "Cuba es la primera, según el nivel de sanciones.",
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(gazetteer: Gazetteer, text: str, expected: set[tuple[Any, ...]]) -> None:
    assert read_es(text, gazetteer) == expected


@pytest.mark.parametrize("text", REFUSED)
def test_refuses(gazetteer: Gazetteer, text: str) -> None:
    assert not {c for c in read_es(text, gazetteer) if c[0] == "tier" and not c[5]}


def test_a_past_aside_with_its_year_is_read_for_that_year(gazetteer: Gazetteer) -> None:
    claims = read_text("Perú, que estuvo en el Nivel 3 en 2014, firmó un acuerdo.", gazetteer, "es")
    assert [(c.countries, c.tier, c.year) for c in claims.claims] == [(("PER",), "3", 2014)]
