"""The group paragraph: how the report places the group's members, who ranks above, beside and
below the country, and the group definition used."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.utils.translation import npgettext, pgettext

from tipwatch.tip.language import capitalised, cardinal, join
from tipwatch.tip.models import Country
from tipwatch.tip.rules import Tier

from ..facts import BriefingFacts
from .phrases import group_definition, group_name, name, names, on, tier_name


def group_paragraph(facts: BriefingFacts) -> str:
    comparison, tier = facts.comparison, facts.tier
    size = len(facts.members)
    missing = comparison.missing_from_data
    counts = comparison.counts()
    parts = [
        f"{counts[each.value]} {on(each)}"
        for each in (Tier.TIER_1, Tier.TIER_2, Tier.WATCH_LIST, Tier.TIER_3)
        if counts[each.value]
    ]
    special_count = counts[Tier.SPECIAL_CASE.value]
    if special_count:
        parts.append(
            npgettext(
                "briefing",
                "%(count)s as special case",
                "%(count)s as special cases",
                special_count,
            )
            % {"count": special_count}
        )
    values: dict[str, object] = {
        "name": name(facts.country),
        "group": group_name(facts.group),
        "year": facts.year,
        "size": size,
        "tier": tier_name(tier),
        "on_tier": on(tier),
    }
    if missing:
        values["count"] = size - len(missing)
        values["members"] = pgettext(
            "briefing", "the %(count)s members of %(group)s in our %(year)s data"
        ) % (values)
    else:
        values["count"] = size
        values["members"] = pgettext("briefing", "the %(count)s members of %(group)s") % values
    values["parts"] = join(parts) or pgettext("briefing", "none on any tier")
    sentences = [
        pgettext("briefing", "Of %(members)s, the %(year)s report places %(parts)s.") % values
    ]
    tier_of = comparison.tier_of
    if tier is Tier.SPECIAL_CASE:
        sentences.append(
            pgettext(
                "briefing",
                "As a special case, %(name)s is not ranked against the other members.",
            )
            % values
        )
    else:
        sentences.append(_relative(facts.relative["above"], True, facts, tier_of))
        same = facts.relative["same"]
        if len(same) == 1:
            sentences.append(
                pgettext("briefing", "%(name)s shares %(tier)s with one other member: %(names)s.")
                % {**values, "names": names(same)}
            )
        elif same:
            sentences.append(
                pgettext(
                    "briefing",
                    "%(name)s shares %(tier)s with %(count_words)s other members: %(names)s.",
                )
                % {**values, "names": names(same), "count_words": cardinal(len(same))}
            )
        else:
            sentences.append(pgettext("briefing", "No other member is %(on_tier)s.") % values)
        sentences.append(_relative(facts.relative["below"], False, facts, tier_of))
    special = [
        c for c in comparison.countries_at(Tier.SPECIAL_CASE.value) if c.iso3 != facts.country.iso3
    ]
    if special:
        sentences.append(
            pgettext("briefing", "The report lists %(names)s as a special case.")
            % {"names": names(special)}
        )
    if comparison.not_rated:
        sentences.append(
            pgettext("briefing", "It does not rate %(names)s.")
            % {"names": names(comparison.not_rated)}
        )
    if missing:
        sentences.append(
            pgettext(
                "briefing",
                "Our %(year)s data lacks %(names)s (%(count)s of the %(size)s members), so "
                "they are left out of these figures.",
            )
            % {**values, "names": names(missing), "count": len(missing)}
        )
    sentences.append(
        pgettext("briefing", "Group definition used (%(slug)s): %(definition)s")
        % {"slug": facts.group.slug, "definition": group_definition(facts.group, size)}
    )
    return " ".join(sentences)


def _relative(
    countries: list[Country],
    above: bool,
    facts: BriefingFacts,
    tier_of: Callable[[Country], str | None],
) -> str:
    values: dict[str, object] = {"name": name(facts.country)}
    if not countries:
        if above:
            return pgettext("briefing", "No member ranks above %(name)s.") % values
        return pgettext("briefing", "No member ranks below %(name)s.") % values
    grouped = by_tier(countries, tier_of)
    if len(countries) == 1:
        values.update(other=name(countries[0]), on_tier=on(grouped[0][0]))
        if above:
            return (
                pgettext("briefing", "%(other)s alone ranks above %(name)s, %(on_tier)s.") % values
            )
        return pgettext("briefing", "%(other)s alone ranks below %(name)s, %(on_tier)s.") % values
    values["listed"] = join([f"{names(group)} {on(tier)}" for tier, group in grouped])
    values["count_words"] = capitalised(cardinal(len(countries)))
    if above:
        return (
            pgettext("briefing", "%(count_words)s members rank above %(name)s: %(listed)s.")
            % values
        )
    return pgettext("briefing", "%(count_words)s members rank below %(name)s: %(listed)s.") % values


def by_tier(
    countries: Sequence[Country], tier_of: Callable[[Country], str | None]
) -> list[tuple[Tier, list[Country]]]:
    """Countries grouped by tier, best tier first, names in the given order."""
    groups: dict[Tier, list[Country]] = {}
    for country in countries:
        tier = tier_of(country)
        if tier is not None:
            groups.setdefault(Tier(tier), []).append(country)
    order = [Tier.TIER_1, Tier.TIER_2, Tier.WATCH_LIST, Tier.TIER_3, Tier.SPECIAL_CASE]
    return [(tier, groups[tier]) for tier in order if tier in groups]
