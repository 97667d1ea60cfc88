"""The pieces a briefing sentence is built from, in the active language: tier names with the
preposition each sentence needs, metric, tag and qualifier words, and names of countries and
groups. Every word comes from the catalog; Spanish articles and contractions ("al Nivel 3",
"del Caribe") are in the translations and in `spanish_contractions`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from django.utils.functional import Promise
from django.utils.translation import pgettext, pgettext_lazy

from tipwatch.tip import names as tip_names
from tipwatch.tip.language import join, language
from tipwatch.tip.models import Country, Group
from tipwatch.tip.rules import Tier
from tipwatch.tip.terms import figure_text, metric_label, tag_label, words

from ..sources import Statistic
from .groups_es import GROUPS_ES

T1, T2, WL, T3, SC = (
    Tier.TIER_1,
    Tier.TIER_2,
    Tier.WATCH_LIST,
    Tier.TIER_3,
    Tier.SPECIAL_CASE,
)

# The tier as a noun with its article ("el Nivel 2").
TIER_NAME: Mapping[Tier, Promise] = {
    T1: pgettext_lazy("tier name", "Tier 1"),
    T2: pgettext_lazy("tier name", "Tier 2"),
    WL: pgettext_lazy("tier name", "the Tier 2 Watch List"),
    T3: pgettext_lazy("tier name", "Tier 3"),
    SC: pgettext_lazy("tier name", "special-case status"),
}
# Where a country is: "on Tier 2", "en el Nivel 2".
ON_TIER: Mapping[Tier, Promise] = {
    T1: pgettext_lazy("on tier", "on Tier 1"),
    T2: pgettext_lazy("on tier", "on Tier 2"),
    WL: pgettext_lazy("on tier", "on the Tier 2 Watch List"),
    T3: pgettext_lazy("on tier", "on Tier 3"),
    SC: pgettext_lazy("on tier", "as a special case"),
}
METRICS: Mapping[str, Promise] = {
    "investigations": pgettext_lazy("metric", "investigations"),
    "prosecutions": pgettext_lazy("metric", "prosecutions"),
    "convictions": pgettext_lazy("metric", "convictions"),
    "victims_identified": pgettext_lazy("metric", "identified victims"),
    "investigations_sex_trafficking": pgettext_lazy("metric", "sex trafficking investigations"),
    "investigations_labor_trafficking": pgettext_lazy("metric", "labor trafficking investigations"),
    "prosecutions_sex_trafficking": pgettext_lazy("metric", "sex trafficking prosecutions"),
    "prosecutions_labor_trafficking": pgettext_lazy("metric", "labor trafficking prosecutions"),
    "convictions_sex_trafficking": pgettext_lazy("metric", "sex trafficking convictions"),
    "convictions_labor_trafficking": pgettext_lazy("metric", "labor trafficking convictions"),
    "victims_identified_sex_trafficking": pgettext_lazy(
        "metric", "identified sex trafficking victims"
    ),
    "victims_identified_labor_trafficking": pgettext_lazy(
        "metric", "identified labor trafficking victims"
    ),
}
QUALIFIERS: Mapping[str, Promise] = {
    "at_least": pgettext_lazy("figure", "at least"),
    "approximately": pgettext_lazy("figure", "approximately"),
    "more_than": pgettext_lazy("figure", "more than"),
    "fewer_than": pgettext_lazy("figure", "fewer than"),
}
TAGS: Mapping[str, Promise] = {
    "sex_trafficking": pgettext_lazy("narrative tag", "sex trafficking"),
    "forced_labor": pgettext_lazy("narrative tag", "forced labor"),
    "child_labor": pgettext_lazy("narrative tag", "child labor"),
    "domestic_servitude": pgettext_lazy("narrative tag", "domestic servitude"),
    "forced_begging": pgettext_lazy("narrative tag", "forced begging"),
    "forced_criminality": pgettext_lazy("narrative tag", "forced criminality"),
    "debt_bondage": pgettext_lazy("narrative tag", "debt bondage"),
    "child_soldiers": pgettext_lazy("narrative tag", "the use of child soldiers"),
    "organ_removal": pgettext_lazy("narrative tag", "organ removal"),
    "forced_marriage": pgettext_lazy("narrative tag", "forced marriage"),
    "sex_tourism": pgettext_lazy("narrative tag", "sex tourism"),
    "online_sexual_exploitation": pgettext_lazy("narrative tag", "online sexual exploitation"),
    "mining": pgettext_lazy("narrative tag", "mining"),
    "illegal_gold_mining": pgettext_lazy("narrative tag", "illegal gold mining"),
    "illegal_mining": pgettext_lazy("narrative tag", "illegal mining"),
    "logging": pgettext_lazy("narrative tag", "logging"),
    "agriculture": pgettext_lazy("narrative tag", "agriculture"),
    "fishing": pgettext_lazy("narrative tag", "fishing"),
    "construction": pgettext_lazy("narrative tag", "construction"),
    "domestic_work": pgettext_lazy("narrative tag", "domestic work"),
    "manufacturing": pgettext_lazy("narrative tag", "manufacturing"),
    "textiles": pgettext_lazy("narrative tag", "textiles"),
    "brick_kilns": pgettext_lazy("narrative tag", "brick kilns"),
    "hospitality_tourism": pgettext_lazy("narrative tag", "hospitality and tourism"),
    "entertainment": pgettext_lazy("narrative tag", "bars and entertainment venues"),
    "street_vending": pgettext_lazy("narrative tag", "street vending"),
    "cattle_ranching": pgettext_lazy("narrative tag", "cattle ranching"),
}


def spanish() -> bool:
    return language() == "es"


def tier_name(tier: Tier) -> str:
    return str(TIER_NAME[tier])


def on(tier: Tier) -> str:
    return str(ON_TIER[tier])


def name(country: Country) -> str:
    return tip_names.country_name(country)


def names(countries: Sequence[Country]) -> str:
    return join([name(country) for country in countries])


def group_name(group: Group) -> str:
    return tip_names.group_name(group, in_sentence=True)


def group_definition(group: Group, size: int) -> str:
    """The group's definition in the active language; an editor's English description that
    has no translation yet is quoted as it is."""
    description = group.description.strip()
    known = GROUPS_ES.get(group.slug) if spanish() else None
    if known and description == known.source_description:
        return known.definition
    if description:
        if not spanish():
            return description
        return pgettext("briefing", "«%(description)s» (in English in our data).") % {
            "description": description
        }
    return pgettext("briefing", "the %(count)s countries listed as %(group)s in our data.") % {
        "count": size,
        "group": group_name(group),
    }


def metric(code: str) -> str:
    if not spanish():
        return metric_label(code)
    known = METRICS.get(code.strip())
    return str(known) if known is not None else words(code)


def figure(statistic: Statistic) -> str:
    return figure_text(
        statistic.value, statistic.qualifier, {code: str(w) for code, w in QUALIFIERS.items()}
    )


def tag(name_: str) -> str:
    if not spanish():
        return tag_label(name_)
    code = "_".join(name_.strip().lower().split())
    known = TAGS.get(code) or TAGS.get(code.replace("labour", "labor"))
    if known is not None:
        return str(known)
    # A tag with no translation is quoted in the report's English.
    return f"«{tag_label(name_)}»"


_CONTRACTIONS = ((re.compile(r"\bde el\b"), "del"), (re.compile(r"\ba el\b"), "al"))


def spanish_contractions(text: str) -> str:
    """ "de el Caribe" -> "del Caribe". Only the lower-case article contracts: a name that
    holds its own article ("de El Salvador") does not."""
    if not spanish():
        return text
    for pattern, contracted in _CONTRACTIONS:
        text = pattern.sub(contracted, text)
    return text
