"""The claim check's gazetteer built from the bundled dataset files instead of the database, so
that the corpus can be read by the parser alone (no migrations, no loaded data): the same
names `tipwatch.briefings.names.build_gazetteer` reads once the files are loaded."""

from __future__ import annotations

from functools import lru_cache

from tipwatch.briefings.claims import Gazetteer
from tipwatch.briefings.names import _gazetteer
from tipwatch.tip.names import SPANISH, country_name, group_name
from tipwatch.tip.services.dataset_files import read_dataset


@lru_cache(maxsize=1)
def gazetteer_from_files() -> Gazetteer:
    dataset = read_dataset()
    records = sorted(dataset.countries, key=lambda r: r.iso3)
    countries = tuple((r.iso3, r.name, country_name(r, SPANISH)) for r in records)
    # The database orders a country's aliases by name (build_gazetteer's query).
    aliases = tuple((r.iso3, alias) for r in records for alias in sorted(r.aliases))
    groups = sorted(dataset.groups, key=lambda g: g.slug)
    group_names = tuple((g.slug, g.name, group_name(g, SPANISH)) for g in groups)
    members = tuple((g.slug, iso3) for g in groups for iso3 in sorted(g.members))
    return _gazetteer(countries, aliases, group_names, members)
