"""Countries and reports that match what a visitor typed into the site's search box.

Country profiles and report pages are views of reference data, not Wagtail pages, so Wagtail's
search index does not hold them. There are about two hundred countries with a few names each,
so they are matched here, in Python, on names folded without accents or case: "peru", "Perú"
and "PERU" find the same country, and so do its Spanish name and the names it had before
("Burma", "Swaziland"). The ranking itself (`rank_names`) is pure and tested directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tipwatch.core.text import unaccented_casefold

from ..models import Country, Report

MAX_COUNTRIES = 10
MIN_PREFIX = 3
_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"^(?:19|20)\d\d$")

# How well a name matches, best first.
EXACT, PREFIX, WORDS_INSIDE, NAMED_IN_QUERY = range(4)


def words(text: str) -> list[str]:
    return _WORD.findall(unaccented_casefold(text))


def rank_names(query: str, names: Iterable[str]) -> int | None:
    """How one of a country's names matches the query (EXACT ... NAMED_IN_QUERY), or None.

    - EXACT: the whole query is the name ("chile", "peru" for "Perú", "per" for the code);
    - PREFIX: the name starts with the query ("dominican" -> "Dominican Republic");
    - WORDS_INSIDE: the query's words appear in the name in order ("congo" -> "Republic of the
      Congo");
    - NAMED_IN_QUERY: the name's words appear in a longer query ("chile 2015 tier").
    Short queries ("a", "de") match only exactly, so that they do not list every country.
    """
    asked = words(query)
    if not asked:
        return None
    joined = " ".join(asked)
    best: int | None = None
    for name in names:
        have = words(name)
        if not have:
            continue
        if have == asked:
            return EXACT
        text = " ".join(have)
        if len(joined) >= MIN_PREFIX and text.startswith(joined):
            rank = PREFIX
        elif len(joined) >= MIN_PREFIX and f" {joined} " in f" {text} ":
            rank = WORDS_INSIDE
        elif len(text) >= MIN_PREFIX + 1 and f" {text} " in f" {joined} ":
            rank = NAMED_IN_QUERY
        else:
            continue
        best = rank if best is None else min(best, rank)
    return best


@dataclass(frozen=True)
class CountryHit:
    country: Country
    rank: int
    matched_other_name: str  # the Spanish or old name that matched, when not the English one


def search_countries(query: str, limit: int = MAX_COUNTRIES) -> list[CountryHit]:
    """Countries whose English or Spanish name, code or other names match, best first."""
    if not words(query):
        return []
    hits: list[CountryHit] = []
    for country in Country.objects.prefetch_related("aliases").order_by("name"):
        others = [n for n in (country.name_es, *country.alias_names) if n and n != country.name]
        rank = rank_names(query, [country.name, country.iso3, *others])
        if rank is None:
            continue
        matched = ""
        if rank_names(query, [country.name, country.iso3]) != rank:
            matched = next((n for n in others if rank_names(query, [n]) == rank), "")
        hits.append(CountryHit(country, rank, matched))
    hits.sort(key=lambda hit: hit.rank)  # stable: names stay in order within a rank
    return hits[:limit]


def search_reports(query: str) -> list[Report]:
    """The reports of the years named in the query ("2015", "tip report 2015")."""
    years = sorted({int(word) for word in words(query) if _YEAR.match(word)}, reverse=True)
    if not years:
        return []
    return list(Report.objects.filter(year__in=years).order_by("-year"))
