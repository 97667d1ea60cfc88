"""The names the claim check looks for: countries and groups as the site names them in English
and Spanish (`tipwatch.tip.names`), plus the usual other ways of naming them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from countryinfo import CountryInfo, CountryNotFoundError

from tipwatch.tip.models import Country, CountryAlias, Group
from tipwatch.tip.names import SPANISH, country_name, group_name

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

# Regions the press scopes claims to ("the only Tier 1 country in Africa", "en el Cono Sur")
# that the data has no group for. Named, a claim about one is not taken for one about the
# world or about a region named earlier: the check says its scope was not checked.
# The report's own regions are the State Department's bureaus, which the data holds only
# approximately (today's bureau of each country, see bureaus.csv); the press's "East Asia and
# the Pacific" or "sub-Saharan Africa" is not checked against them either.
UNNAMED_REGIONS: dict[str, tuple[str, ...]] = {
    "sub-Saharan Africa": ("sub-saharan africa", "África subsahariana", "subsahariano",
                           "subsahariana", "subsaharianos", "subsaharianas"),
    "East Asia and the Pacific": ("East Asia and the Pacific", "East Asia and Pacific",
                                  "Asia Oriental y el Pacífico", "Asia Oriental y Pacífico"),
    "the Near East": ("Near East", "Near Eastern", "Middle East and North Africa",
                      "Cercano Oriente", "Oriente Medio y el Norte de África"),
    "South and Central Asia": ("South and Central Asia", "Asia Meridional y Central"),
    "Europe and Eurasia": ("Europe and Eurasia", "Europa y Eurasia"),
    "Africa": ("Africa", "African", "África", "africano", "africana", "africanos", "africanas"),
    "North Africa": ("North Africa", "North African", "Norte de África", "norteafricano",
                     "norteafricanos", "Maghreb", "Magreb"),
    "West Africa": ("West Africa", "West African", "África Occidental", "África del Oeste"),
    "East Africa": ("East Africa", "East African", "África Oriental", "Horn of Africa",
                    "Cuerno de África", "East Africa and the Horn"),
    "Southern Africa": ("Southern Africa", "África austral", "África Austral"),
    "Central Africa": ("Central Africa", "África Central"),
    "Asia": ("Asia", "Asian", "asiático", "asiática", "asiáticos", "asiáticas"),
    "Southeast Asia": ("Southeast Asia", "South-East Asia", "South East Asia", "Southeast Asian",
                       "South-East Asian", "Sudeste Asiático", "Sureste Asiático",
                       "sudeste asiático", "sureste asiático", "Asia Sudoriental", "ASEAN"),
    "South Asia": ("South Asia", "South Asian", "Asia del Sur", "Asia Meridional"),
    "Central Asia": ("Central Asia", "Central Asian", "Asia Central"),
    "East Asia": ("East Asia", "East Asian", "Asia Oriental", "Far East", "Extremo Oriente",
                  "Lejano Oriente"),
    "Asia-Pacific": ("Asia-Pacific", "Asia Pacific", "Asia-Pacífico", "Asia Pacífico"),
    "the Middle East": ("Middle East", "Middle Eastern", "Mideast", "Oriente Medio",
                        "Medio Oriente", "Oriente Próximo"),
    "the Gulf": ("the Gulf", "Persian Gulf", "Arabian Gulf", "Golfo Pérsico", "GCC", "Gulf",
                 "Gulf Cooperation Council", "Consejo de Cooperación del Golfo"),
    "the Arab world": ("Arab", "Arab world", "mundo árabe", "árabe", "árabes"),
    "Europe": ("Europe", "European", "Europa", "europeo", "europea", "europeos", "europeas"),
    "the European Union": ("European Union", "EU", "Unión Europea", "UE"),
    "Eastern Europe": ("Eastern Europe", "Eastern European", "Europa del Este",
                       "Europa Oriental"),
    "Western Europe": ("Western Europe", "Western European", "Europa Occidental"),
    "the Balkans": ("Balkans", "Balkan", "los Balcanes", "balcánico", "balcánicos"),
    "the Nordic countries": ("Nordic", "Scandinavia", "Scandinavian", "Escandinavia",
                             "escandinavo", "escandinavos", "nórdico", "nórdicos"),
    "the Baltic": ("Baltic", "Báltico", "bálticos"),
    "North America": ("North America", "Norteamérica", "América del Norte"),
    "the Americas": ("the Americas", "las Américas"),
    "the Andes": ("Andean", "Andes", "andino", "andina", "andinos", "andinas",
                  "Comunidad Andina"),
    "the Southern Cone": ("Southern Cone", "Cono Sur"),
    "CARICOM": ("CARICOM", "Caribbean Community", "Comunidad del Caribe"),
    "the Pacific": ("Pacific", "Pacific Islands", "Pacífico", "Oceania", "Oceanía"),
}  # fmt: skip

# The regions' names in Spanish explanations (their keys above name them in English).
UNNAMED_REGION_NAMES_ES: dict[str, str] = {
    "sub-Saharan Africa": "África subsahariana",
    "East Asia and the Pacific": "Asia Oriental y el Pacífico",
    "the Near East": "el Cercano Oriente",
    "South and Central Asia": "Asia Meridional y Central",
    "Europe and Eurasia": "Europa y Eurasia",
    "Africa": "África",
    "North Africa": "el Norte de África",
    "West Africa": "África Occidental",
    "East Africa": "África Oriental",
    "Southern Africa": "África austral",
    "Central Africa": "África Central",
    "Asia": "Asia",
    "Southeast Asia": "el Sudeste Asiático",
    "South Asia": "Asia del Sur",
    "Central Asia": "Asia Central",
    "East Asia": "Asia Oriental",
    "Asia-Pacific": "Asia-Pacífico",
    "the Middle East": "Oriente Medio",
    "the Gulf": "el Golfo",
    "the Arab world": "el mundo árabe",
    "Europe": "Europa",
    "the European Union": "la Unión Europea",
    "Eastern Europe": "Europa del Este",
    "Western Europe": "Europa Occidental",
    "the Balkans": "los Balcanes",
    "the Nordic countries": "los países nórdicos",
    "the Baltic": "el Báltico",
    "North America": "América del Norte",
    "the Americas": "las Américas",
    "the Andes": "los Andes",
    "the Southern Cone": "el Cono Sur",
    "CARICOM": "la CARICOM",
    "the Pacific": "el Pacífico",
}

# Groups a reader might mean instead: a claim about one is also checked against the other.
ALTERNATIVE_DEFINITIONS: dict[str, tuple[str, ...]] = {
    "latin-america": ("latin-america-caribbean",),
    "latin-america-caribbean": ("latin-america",),
}


def build_gazetteer(countries: Iterable[Country] | None = None) -> Gazetteer:
    """Every country's English and Spanish names and aliases, and every group's names.

    Four small queries (three when every country is given, already read); the gazetteer
    itself is built once for the same names.
    """
    if countries is None:
        countries = Country.objects.order_by("iso3").only("iso3", "name", "name_es")
    # The Spanish names are the ones every page and briefing writes (CLDR's and the report's),
    # so whatever the site says about a country, the check can read back.
    names = tuple(
        (country.iso3, country.name, country_name(country, SPANISH))
        for country in sorted(countries, key=lambda country: country.iso3)
    )
    aliases = tuple(
        CountryAlias.objects.order_by("country__iso3", "name").values_list("country__iso3", "name")
    )
    groups = tuple(
        (group.slug, group.name, group_name(group, SPANISH))
        for group in Group.objects.order_by("slug").only("slug", "name")
    )
    members = tuple(
        Group.members.through.objects.order_by("group__slug", "country__iso3").values_list(
            "group__slug", "country__iso3"
        )
    )
    return _gazetteer(names, aliases, groups, members)


@lru_cache(maxsize=4)
def _gazetteer(
    countries: tuple[tuple[str, str, str], ...],
    aliases: tuple[tuple[str, str], ...],
    groups: tuple[tuple[str, str, str], ...],
    members: tuple[tuple[str, str], ...] = (),
) -> Gazetteer:
    names: dict[str, list[str]] = {
        iso3: list(dict.fromkeys((name, spanish))) for iso3, name, spanish in countries
    }
    for iso3, alias in aliases:
        names.setdefault(iso3, []).append(alias)
    for iso3, other in _capitals_and_demonyms(tuple(names)).items():
        names[iso3].extend(other)
    group_names = {
        slug: list(dict.fromkeys((name, spanish, *GROUP_NAMES.get(slug, ()))))
        for slug, name, spanish in groups
    }
    return Gazetteer(
        names,
        group_names,
        {iso3: name for iso3, name, _ in countries},
        UNNAMED_REGIONS,
        _descriptions(tuple(names), members),
    )


# Names the press uses for a government that the country data does not hold.
PRESS_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("EE.UU.", "EE. UU.", "EEUU"),
    "SAU": ("Arabia Saudita", "Arabia Saudí", "Saudi", "KSA"),
    "COD": ("Democratic Republic of Congo", "the Democratic Republic of Congo", "RDC"),
    # Short names and spellings of the news: "Britain", "Bosnia", "S. Korea", "Bahréin".
    "GBR": ("Britain", "Great Britain", "Gran Bretaña"),
    "BIH": ("Bosnia",),
    "TTO": ("Trinidad",),
    "ATG": ("Antigua",),
    "KNA": ("St. Kitts", "St Kitts"),
    "VCT": ("St. Vincent", "St Vincent"),
    "PNG": ("PNG",),
    # "Korea" alone is the South in the news ("Korea was downgraded to the second level"); the
    # North is always named as such, and the longer name wins where both could be read.
    "KOR": ("S. Korea", "S.Korea", "Korea", "ROK", "Corea"),
    # (the package's demonym is "Filipino"; the press writes "the Philippine government")
    "PHL": ("Philippine government", "Philippine authorities"),
    "CZE": ("República Checa",),
    "BHR": ("Bahréin",),
    "NLD": ("Holanda", "Holland"),
    # Abbreviations and older spellings of the press: "KSA", "FYROM", "the Emirates" (not
    # bare "Emirates", the airline), "Kazajstán", "Kirguizistán", "RDC" (República
    # Democrática del Congo), "Gran Bretaña"; "Corea" alone is the South, as "Korea" is.
    "ARE": ("the Emirates", "los Emiratos", "Emiratos Árabes"),
    "MKD": ("FYROM",),
    "KAZ": ("Kazajstán", "Kazakstan"),
    "KGZ": ("Kirguizistán", "Kirguizstán"),
    # Spellings the Spanish press uses that no other country could be meant by: the old
    # "Suazilandia" and its slip "Suazilanda", "Guinea-Bisseau", and "República Dominica",
    # which the longest match keeps from being read as Dominica (no republic).
    "SWZ": ("Suazilandia", "Suazilanda"),
    "GNB": ("Guinea-Bisseau", "Guinea Bissau", "Guinea Bisáu"),
    "DOM": ("República Dominica",),
}
# Capitals the press names a government by that the countryinfo package (see
# `_capitals_and_demonyms`) does not give: the seat of government where it is not the capital
# ("La Paz", "The Hague", "Abidjan"), and the Spanish names of capitals ("La Habana", "Seúl").
_PRESS_CAPITALS = {
    "BOL": ("La Paz",), "NLD": ("The Hague", "La Haya"), "CIV": ("Abidjan", "Abiyán"),
    "BEN": ("Cotonou",), "TZA": ("Dar es Salaam",), "MMR": ("Rangoon", "Yangon"),
    "CUB": ("La Habana",), "MEX": ("Ciudad de México",), "CHN": ("Pekín",), "RUS": ("Moscú",),
    "KOR": ("Seúl",), "JPN": ("Tokio",), "DEU": ("Berlín",), "GBR": ("Londres",),
    "VNM": ("Hanói",), "SAU": ("Riad",), "IRN": ("Teherán",), "GTM": ("Ciudad de Guatemala",),
    "PAN": ("Ciudad de Panamá",), "HTI": ("Puerto Príncipe",),
}  # fmt: skip
for _code, _capitals in _PRESS_CAPITALS.items():
    PRESS_NAMES[_code] = (*PRESS_NAMES.get(_code, ()), *_capitals)
# "el gobierno mexicano": Spanish demonyms of the governments the Spanish press writes about most
# (the countryinfo package behind the English ones has no Spanish).
_SPANISH_DEMONYMS = {
    "MEX": "mexicano", "COL": "colombiano", "CRI": "costarricense", "PER": "peruano",
    "BOL": "boliviano", "VEN": "venezolano", "CUB": "cubano", "NIC": "nicaragüense",
    "HND": "hondureño", "GTM": "guatemalteco", "SLV": "salvadoreño", "PAN": "panameño",
    "DOM": "dominicano", "HTI": "haitiano", "ARG": "argentino", "CHL": "chileno",
    "URY": "uruguayo", "PRY": "paraguayo", "ECU": "ecuatoriano", "BRA": "brasileño",
    "ESP": "español", "USA": "estadounidense",
}  # fmt: skip
# "el Estado boliviano", "el Ejecutivo panameño", "el régimen cubano", "en el caso dominicano".
_SPANISH_GOVERNMENT_NOUNS = ("gobierno", "Estado", "Ejecutivo", "régimen", "caso")
for _code, _demonym in _SPANISH_DEMONYMS.items():
    PRESS_NAMES[_code] = (
        *PRESS_NAMES.get(_code, ()),
        *(f"{noun} {_demonym}" for noun in _SPANISH_GOVERNMENT_NOUNS),
    )


@lru_cache(maxsize=1)
def _capitals_and_demonyms(codes: tuple[str, ...]) -> dict[str, list[str]]:
    """Capitals ("Manila", "Seoul") and "<demonym> government" for each country, from the
    countryinfo package; a demonym shared by two countries ("Chinese") is left out."""
    found: dict[str, list[str]] = {code: list(PRESS_NAMES.get(code, ())) for code in codes}
    demonyms: dict[str, str] = {}
    for code in codes:
        try:
            info = CountryInfo(code)
            capital, demonym = info.capital(), info.demonym()
        except (CountryNotFoundError, KeyError, ValueError):
            continue
        if capital:
            found[code].append(capital.removesuffix(" D.C."))
        if demonym:
            demonyms[code] = demonym
    shared = {d for d, n in Counter(demonyms.values()).items() if n > 1}
    for code, demonym in demonyms.items():
        if demonym not in shared:
            found[code] += [f"{demonym} government", f"{demonym} authorities"]
    return found


# What the press calls a country instead of naming it ("the kingdom", "the island nation", "the
# Gulf state", "el país andino"): each word, and the countries it fits.
_KINGDOMS = (
    "GBR",
    "ESP",
    "NLD",
    "BEL",
    "NOR",
    "SWE",
    "DNK",
    "THA",
    "KHM",
    "BTN",
    "SAU",
    "JOR",
    "MAR",
    "BHR",
    "SWZ",
    "LSO",
    "TON",
)
_MONARCHIES = (
    *_KINGDOMS,
    "LUX",
    "MCO",
    "LIE",
    "AND",
    "JPN",
    "MYS",
    "BRN",
    "KWT",
    "QAT",
    "ARE",
    "OMN",
    "VAT",
    "WSM",
)
_ISLANDS = (
    "ATG",
    "BHS",
    "BRB",
    "CPV",
    "COM",
    "CUB",
    "CYP",
    "DMA",
    "DOM",
    "FJI",
    "GRD",
    "HTI",
    "ISL",
    "IRL",
    "JAM",
    "JPN",
    "KIR",
    "LKA",
    "MDG",
    "MDV",
    "MLT",
    "MHL",
    "MUS",
    "FSM",
    "NRU",
    "NZL",
    "PLW",
    "PNG",
    "PHL",
    "WSM",
    "STP",
    "SYC",
    "SGP",
    "SLB",
    "KNA",
    "LCA",
    "VCT",
    "TLS",
    "TON",
    "TTO",
    "TUV",
    "VUT",
    "BHR",
    "GBR",
    "IDN",
    "TWN",
    "ABW",
    "CUW",
    "SXM",
    "HKG",
    "MAC",
)
_GULF = ("SAU", "KWT", "BHR", "QAT", "ARE", "OMN")
_ANDEAN = ("BOL", "COL", "ECU", "PER", "VEN", "CHL", "ARG")
_COMMUNIST = ("CHN", "CUB", "LAO", "PRK", "VNM")
_DESCRIBED: dict[tuple[str, ...], tuple[str, ...]] = {
    ("kingdom", "reino"): _KINGDOMS,
    ("monarchy", "monarquía"): _MONARCHIES,
    ("emirate", "emirato"): ("ARE", "QAT", "KWT"),
    ("sultanate", "sultanato"): ("OMN", "BRN"),
    ("island", "isla", "insular", "isleña", "isleño", "archipelago", "archipiélago"): _ISLANDS,
    ("gulf", "golfo"): _GULF,
    ("andean", "andino", "andina"): _ANDEAN,
    ("communist", "comunista"): _COMMUNIST,
}  # fmt: skip
# Words that fit the members of a group in the data.
_DESCRIBED_BY_GROUP: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {
    ("caribbean", "caribeño", "caribeña", "antillano", "antillana"): (
        "caribbean",
        ("BLZ", "GUY", "SUR", "ABW", "CUW", "SXM"),
    ),
    ("central american", "centroamericano", "centroamericana"): ("central-america", ()),
    ("south american", "sudamericano", "sudamericana", "suramericano", "suramericana"): (
        "south-america",
        (),
    ),
    ("latin american", "latinoamericano", "latinoamericana"): ("latin-america-caribbean", ()),
}
# Words that fit a continent or part of one (countryinfo's regions and subregions), with the
# countries that straddle it.
_DESCRIBED_BY_REGION: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {
    ("african", "africano", "africana"): ("Africa", ()),
    ("asian", "asiático", "asiática"): ("Asia", ("RUS", "EGY")),
    ("european", "europeo", "europea"): ("Europe", ("CYP", "TUR", "GEO", "ARM", "AZE", "KAZ")),
    ("pacific", "pacífico"): ("Oceania", ()),
    ("southeast asian", "south-east asian"): ("South-eastern Asia", ()),
    ("east asian",): ("Eastern Asia", ()),
    ("south asian",): ("Southern Asia", ()),
    ("central asian",): ("Central Asia", ()),
    ("middle eastern",): ("Western Asia", ("EGY", "IRN")),
}


@lru_cache(maxsize=4)
def _descriptions(
    codes: tuple[str, ...], members: tuple[tuple[str, str], ...]
) -> dict[str, tuple[str, ...]]:
    described: dict[str, tuple[str, ...]] = {}
    for words, fitting in _DESCRIBED.items():
        described.update(dict.fromkeys(words, fitting))
    # "the Republic" of Singapore or Cyprus: any country that is not a monarchy.
    republics = tuple(code for code in codes if code not in _MONARCHIES)
    described.update(dict.fromkeys(("republic", "república"), republics))
    by_group: dict[str, list[str]] = {}
    for slug, iso3 in members:
        by_group.setdefault(slug, []).append(iso3)
    for words, (slug, more) in _DESCRIBED_BY_GROUP.items():
        if slug in by_group:
            described.update(dict.fromkeys(words, (*by_group[slug], *more)))
    regions: dict[str, list[str]] = {}
    for code in codes:
        try:
            info = CountryInfo(code)
            places = (info.region(), info.subregion())
        except (CountryNotFoundError, KeyError, ValueError):
            continue
        for place in places:
            if place:
                regions.setdefault(place, []).append(code)
    for words, (place, more) in _DESCRIBED_BY_REGION.items():
        described.update(dict.fromkeys(words, (*regions.get(place, ()), *more)))
    return described
