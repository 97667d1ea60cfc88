"""Resolve what a user typed (a code, a name, an old name) to a country, group, region or year.

Each failure raises `UnknownChoiceError` with one line that names the valid choices.
"""

from __future__ import annotations

import difflib

from django.db.models import Q

from tipwatch.core.text import unaccented_casefold

from ..models import Bureau, Country, Group, Report


class UnknownChoiceError(ValueError):
    """What the user asked for does not exist; the message lists what does."""


def _fold(text: str) -> str:
    return unaccented_casefold(text).strip()


def find_country(text: str) -> Country:
    wanted = text.strip()
    if not wanted:
        raise UnknownChoiceError("no country given: use an ISO3 code such as PER, or a name")
    match = Country.objects.filter(
        Q(iso3=wanted.upper()) | Q(name__iexact=wanted) | Q(aliases__name__iexact=wanted)
    ).first()
    if match is not None:
        return match
    folded = _fold(wanted)
    countries = list(Country.objects.prefetch_related("aliases").order_by("name"))
    for country in countries:
        if folded in {_fold(country.name), *(_fold(a) for a in country.alias_names)}:
            return country
    raise UnknownChoiceError(f"unknown country {wanted!r}: {_closest_countries(folded, countries)}")


def _closest_countries(folded: str, countries: list[Country]) -> str:
    """'did you mean Peru (PER)?' from the names, old names and codes nearest what was typed;
    listing all two hundred codes would hide the answer."""
    by_key: dict[str, Country] = {}
    for country in countries:
        for name in (country.name, country.iso3, *country.alias_names):
            by_key.setdefault(_fold(name), country)
    keys = difflib.get_close_matches(folded, by_key, n=8, cutoff=0.6)
    closest = list(dict.fromkeys(by_key[key] for key in keys))[:3]
    if not closest:
        return "use a country's name or its ISO3 code, such as PER (`tipwatch tiers` lists them)"
    named = ", ".join(f"{c.name} ({c.iso3})" for c in closest)
    return f"did you mean {named}?"


def find_group(slug: str) -> Group:
    group = Group.objects.filter(slug=slug.strip().lower()).first()
    if group is None:
        slugs = ", ".join(Group.objects.order_by("slug").values_list("slug", flat=True))
        raise UnknownChoiceError(f"unknown group {slug!r}: choose one of {slugs}")
    return group


def find_region(code: str) -> str:
    wanted = code.strip().upper()
    if wanted not in Bureau.values:
        raise UnknownChoiceError(
            f"unknown region {code!r}: choose one of {', '.join(Bureau.values)}"
        )
    return wanted


def find_report(year: int) -> Report:
    report = Report.objects.filter(year=year).first()
    if report is None:
        years = list(Report.objects.order_by("year").values_list("year", flat=True))
        span = f"{years[0]}-{years[-1]}" if years else "none: load the data first"
        raise UnknownChoiceError(f"no report for {year}: report years are {span}")
    return report
