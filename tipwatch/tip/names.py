"""What the site calls a tier, a country and a group, in each of its languages.

Every page, chart, download and API label reads names here, so a country is called the same
everywhere in one language. English follows the report's own naming (our country table is built
from it: "Burma", "Kyrgyz Republic"). Spanish country names come from CLDR through Babel, in its
Latin American variant (es-419, what a Peruvian reader expects), except where the report rates an
entity under a name CLDR does not give it (`SPANISH_REPORT_NAMES`). Tier and group names are in
the gettext catalog.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Protocol

from django.db.models import Choices
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

ENGLISH = "en-gb"
SPANISH = "es"

# Babel's locale for each of the site's languages that names countries through CLDR.
CLDR_LOCALES = {SPANISH: "es_419"}

# CLDR maps every ISO 3166 alpha-3 code to its alpha-2 code (`territory_aliases`), except
# user-assigned codes: the report's Kosovo is XKX in our table and XK in CLDR.
USER_ASSIGNED_ALPHA2 = {"XKX": "XK"}
# CLDR's code for "unknown region", which its aliases give to unassigned codes such as ZZZ.
UNKNOWN_REGION = "ZZ"

# Where the report's name and CLDR's differ for a reason, the report's wins.
SPANISH_REPORT_NAMES = {
    # The report says Burma; CLDR's "Myanmar (Birmania)" would name the country twice.
    "MMR": "Birmania",
    # CLDR calls it plain "Congo", which reads as either Congo beside the DRC.
    "COG": "República del Congo",
    # CLDR's names state the legal status ("RAE de Hong Kong (China)"); the report rates the
    # territories under their short names.
    "HKG": "Hong Kong",
    "MAC": "Macao",
    # CLDR's Latin American "Bosnia-Herzegovina" drops the report's "and"; the UN's Spanish name
    # is the report's, word for word.
    "BIH": "Bosnia y Herzegovina",
}

TIER_NAMES: dict[str, Promise] = {
    "1": pgettext_lazy("tier", "Tier 1"),
    "2": pgettext_lazy("tier", "Tier 2"),
    "2WL": pgettext_lazy("tier", "Tier 2 Watch List"),
    "3": pgettext_lazy("tier", "Tier 3"),
    "special_case": pgettext_lazy("tier", "Special Case"),
}
NOT_RATED = pgettext_lazy("tier", "Not rated")

# The bundled groups (tip/data/groups.csv) by slug: their English name as shipped, and that name
# through the catalog. An editor may rename a group; the catalog's name is used only while the
# group still has the name it was translated from.
GROUP_NAMES: dict[str, tuple[str, Promise]] = {
    "latin-america": ("Latin America", pgettext_lazy("group", "Latin America")),
    "latin-america-caribbean": (
        "Latin America and the Caribbean",
        pgettext_lazy("group", "Latin America and the Caribbean"),
    ),
    "south-america": ("South America", pgettext_lazy("group", "South America")),
    "central-america": ("Central America", pgettext_lazy("group", "Central America")),
    "caribbean": ("Caribbean", pgettext_lazy("group", "Caribbean")),
    "bureau-af": (
        "AF: Bureau of African Affairs",
        pgettext_lazy("group", "AF: Bureau of African Affairs"),
    ),
    "bureau-eap": (
        "EAP: Bureau of East Asian and Pacific Affairs",
        pgettext_lazy("group", "EAP: Bureau of East Asian and Pacific Affairs"),
    ),
    "bureau-eur": (
        "EUR: Bureau of European and Eurasian Affairs",
        pgettext_lazy("group", "EUR: Bureau of European and Eurasian Affairs"),
    ),
    "bureau-nea": (
        "NEA: Bureau of Near Eastern Affairs",
        pgettext_lazy("group", "NEA: Bureau of Near Eastern Affairs"),
    ),
    "bureau-sca": (
        "SCA: Bureau of South and Central Asian Affairs",
        pgettext_lazy("group", "SCA: Bureau of South and Central Asian Affairs"),
    ),
    "bureau-wha": (
        "WHA: Bureau of Western Hemisphere Affairs",
        pgettext_lazy("group", "WHA: Bureau of Western Hemisphere Affairs"),
    ),
}


class NamedCountry(Protocol):
    """A Country, or anything read from one that carries its code and stored names."""

    @property
    def iso3(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def name_es(self) -> str: ...


class NamedGroup(Protocol):
    @property
    def slug(self) -> str: ...
    @property
    def name(self) -> str: ...


def language_or_active(language: str | None) -> str:
    """A supported language code; the active one when none is given."""
    code = (language or translation.get_language() or ENGLISH).lower()
    return SPANISH if code.split("-")[0] == "es" else ENGLISH


def in_language(text: Promise | str, language: str | None) -> str:
    """A catalog string in the given language (the active one when none is given)."""
    if language is None:
        return str(text)
    if language_or_active(language) == translation.get_language():
        return str(text)
    with translation.override(language_or_active(language)):
        return str(text)


# Labels read from the catalog by a fixed key (a tier code, a choice's value), per language:
# a page or an API answer names the same few tiers and kinds hundreds of times, and each catalog
# lookup walks every installed app's catalog and their fallbacks. Emptied when the catalogs
# can change (`forget_labels`).
_labels: dict[tuple[str, str, str], str] = {}


def forget_labels(**kwargs: object) -> None:
    # Answers None: a `file_changed` receiver answering True would stop runserver's reload.
    _labels.clear()


def label_in_language(kind: str, key: str, text: Promise | str, language: str | None) -> str:
    """`in_language(text, language)`, kept under (kind, key, language): `text` must be the
    same catalog string whenever (kind, key) is."""
    # Keyed on the language as given (or the active one), so that a hit does no more than
    # the lookup: rows of an API answer ask for two labels each.
    code = language if language is not None else translation.get_language()
    if code is None:  # translations switched off: the untranslated text, as `str` gives it
        return str(text)
    memo_key = (kind, key, code)
    label = _labels.get(memo_key)
    if label is None:
        label = _labels[memo_key] = in_language(text, language)
    return label


def tier_name(tier: str | None, language: str | None = None) -> str:
    """ "Tier 2 Watch List", "Lista de Vigilancia del Nivel 2"; "Not rated" for no tier.

    Raises ValueError naming the value for a code that is not a tier."""
    if not tier:
        return label_in_language("tier", "", NOT_RATED, language)
    try:
        return label_in_language("tier", tier, TIER_NAMES[tier], language)
    except KeyError:
        raise ValueError(f"{tier!r} is not a tier; use one of {', '.join(TIER_NAMES)}.") from None


def choice_label(choices: type[Choices], value: str) -> str:
    """A model choice's label in the active language, as `get_FOO_display()` gives it (the
    value itself when it is not a choice), without building the field's choice map on every
    call."""
    try:
        text = choices(value).label
    except ValueError:
        return value
    return label_in_language(choices.__qualname__, value, text, None)


def alpha2(iso3: str) -> str | None:
    """The ISO 3166 alpha-2 code CLDR knows the entity by, or None."""
    if iso3 in USER_ASSIGNED_ALPHA2:
        return USER_ASSIGNED_ALPHA2[iso3]
    from babel.core import get_global  # Babel's data loads on first use, not at start-up

    codes = get_global("territory_aliases").get(iso3)
    if not codes or len(codes) != 1 or codes[0] == UNKNOWN_REGION:
        return None
    return str(codes[0])


@functools.cache
def cldr_name(iso3: str, language: str) -> str | None:
    """CLDR's name for the entity in a language that names countries through CLDR."""
    locale = CLDR_LOCALES.get(language)
    code = alpha2(iso3)
    if locale is None or code is None:
        return None
    import babel

    name: str | None = babel.Locale.parse(locale).territories.get(code)
    return name


def country_name(country: NamedCountry, language: str | None = None) -> str:
    """The country's name in a language (the active one when none is given).

    English: our table's name, which is the report's. Spanish: the report's own Spanish name where
    it has one (`SPANISH_REPORT_NAMES`), else CLDR's, else the table's Spanish name, else English.
    """
    lang = language_or_active(language)
    if lang == ENGLISH:
        return country.name
    return (
        SPANISH_REPORT_NAMES.get(country.iso3)
        or cldr_name(country.iso3, lang)
        or country.name_es
        or country.name
    )


# A Spanish region's article is not part of its name ("el Caribe", unlike "El Salvador"): the
# catalog writes it capitalised, as a label stands alone, and a sentence writes it in lower case.
SPANISH_ARTICLES = ("El ", "La ", "Los ", "Las ")


def group_name(group: NamedGroup, language: str | None = None, *, in_sentence: bool = False) -> str:
    """A group's name in a language; an editor's own name for a group stays as they wrote it.

    `in_sentence` gives the form for running text: "de el Caribe", ready for the contraction
    ("del Caribe"), instead of the label "El Caribe"."""
    known = GROUP_NAMES.get(group.slug)
    if known is None or known[0] != group.name:
        return group.name
    lang = language_or_active(language)
    name = label_in_language("group", group.slug, known[1], lang)
    if in_sentence and lang == SPANISH and name.startswith(SPANISH_ARTICLES):
        return name[0].lower() + name[1:]
    return name


def collation_key(name: str) -> str:
    """A key that sorts names as a reader expects ("Perú" among the P's, "Éire" among the E's).

    Without ICU (not a dependency) this is the usual approximation: accents stripped, case folded.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
