"""Spanish definitions of the bundled groups, worded to follow "Definición del grupo usada:".

The groups' Spanish names are not here: every page, feed and briefing reads them from
`tipwatch.tip.names.group_name`. A translation is used only while the group's English
description is still the one it was made from; once an editor changes the description, the
Spanish text quotes the English instead.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpanishGroup:
    definition: str
    source_description: str


GROUPS_ES: dict[str, SpanishGroup] = {
    "latin-america": SpanishGroup(
        "los 20 Estados soberanos de habla española, portuguesa y francesa de las Américas "
        "(incluidos Cuba, la República Dominicana y Haití). Belice, Guyana y Surinam NO están "
        "incluidos.",
        "The 20 sovereign Spanish-, Portuguese- and French-speaking states of the Americas "
        "(including Cuba, the Dominican Republic and Haiti). Belize, Guyana and Suriname are "
        "NOT included.",
    ),
    "latin-america-caribbean": SpanishGroup(
        "la definición amplia más común (la de la ONU): todos los Estados soberanos de las "
        "Américas salvo Estados Unidos y Canadá, 33 en total. No incluye territorios como "
        "Aruba, Curazao o Sint Maarten.",
        "The wider common definition (as used by the UN): every sovereign state of the "
        "Americas except the United States and Canada, 33 in all. Territories such as Aruba, "
        "Curaçao and Sint Maarten are not included.",
    ),
    "south-america": SpanishGroup(
        "los 12 Estados soberanos de Sudamérica, incluidos Guyana y Surinam.",
        "The 12 sovereign states of South America, including Guyana and Suriname.",
    ),
    "central-america": SpanishGroup(
        "los 7 Estados soberanos del istmo centroamericano, de Belice a Panamá.",
        "The 7 sovereign states of the Central American isthmus, Belize to Panama.",
    ),
    "caribbean": SpanishGroup(
        "los 13 Estados insulares soberanos del Caribe. No incluye territorios.",
        "The 13 sovereign island states of the Caribbean. Territories are not included.",
    ),
}
