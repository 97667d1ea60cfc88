"""The names the claim check looks for: countries from the data, groups from the data plus
the usual English and Spanish ways of naming them."""

from __future__ import annotations

from functools import lru_cache

from tipwatch.tip.models import Country, CountryAlias, Group

from .claims import Gazetteer

# Other names of the bundled groups. Lower-case entries are Spanish adjectives, which are
# written in lower case ("países latinoamericanos").
GROUP_NAMES: dict[str, tuple[str, ...]] = {
    "latin-america": (
        "Latin America",
        "Latin American",
        "Latin-American",
        "América Latina",
        "Latinoamérica",
        "Latino América",
        "latinoamericano",
        "latinoamericana",
        "latinoamericanos",
        "latinoamericanas",
    ),
    "latin-america-caribbean": (
        "Latin America and the Caribbean",
        "Latin America & the Caribbean",
        "Latin American and Caribbean",
        "América Latina y el Caribe",
        "Latinoamérica y el Caribe",
    ),
    "south-america": (
        "South America",
        "South American",
        "Sudamérica",
        "Suramérica",
        "América del Sur",
        "sudamericano",
        "sudamericana",
        "sudamericanos",
        "sudamericanas",
        "suramericano",
        "suramericanos",
    ),
    "central-america": (
        "Central America",
        "Central American",
        "Centroamérica",
        "América Central",
        "centroamericano",
        "centroamericana",
        "centroamericanos",
        "centroamericanas",
    ),
    "caribbean": (
        "Caribbean",
        "the Caribbean",
        "Caribe",
        "caribeño",
        "caribeña",
        "caribeños",
        "caribeñas",
    ),
    "bureau-wha": ("Western Hemisphere", "Hemisferio Occidental"),
}

# Groups a reader might mean instead: a claim about one is also checked against the other.
ALTERNATIVE_DEFINITIONS: dict[str, tuple[str, ...]] = {
    "latin-america": ("latin-america-caribbean",),
    "latin-america-caribbean": ("latin-america",),
}


def build_gazetteer() -> Gazetteer:
    """Every country's English and Spanish names and aliases, and every group's names.

    Three small queries; the gazetteer itself is built once for the same names.
    """
    countries = tuple(Country.objects.order_by("iso3").values_list("iso3", "name", "name_es"))
    aliases = tuple(
        CountryAlias.objects.order_by("country__iso3", "name").values_list("country__iso3", "name")
    )
    groups = tuple(Group.objects.order_by("slug").values_list("slug", "name"))
    return _gazetteer(countries, aliases, groups)


@lru_cache(maxsize=4)
def _gazetteer(
    countries: tuple[tuple[str, str, str], ...],
    aliases: tuple[tuple[str, str], ...],
    groups: tuple[tuple[str, str], ...],
) -> Gazetteer:
    names: dict[str, list[str]] = {
        iso3: [name, *([name_es] if name_es else [])] for iso3, name, name_es in countries
    }
    for iso3, alias in aliases:
        names.setdefault(iso3, []).append(alias)
    group_names = {slug: [name, *GROUP_NAMES.get(slug, ())] for slug, name in groups}
    return Gazetteer(names, group_names, {iso3: name for iso3, name, _ in countries})
