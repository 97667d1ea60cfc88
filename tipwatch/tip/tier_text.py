"""What each tier means, in words, in the active language.

The rules engine (`tipwatch.tip.rules`) knows which paragraph of the law defines a tier and
whether the 2019 amendments changed it; the sentences that explain it to a reader are here, in
the catalog, so the country page, the API and briefings say the same thing in each language.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

from .names import in_language
from .rules import TIER_MEANINGS, Tier


@dataclass(frozen=True, slots=True)
class TierMeaningText:
    """`summary` is one sentence; `explanation` is longer and cites the statute; `since_2019`
    says how the 2019 amendments changed the test (None where they did not); `statute` is the
    citation on its own (None for a special case)."""

    summary: str
    explanation: str
    since_2019: str | None
    statute: str | None


_CONCRETE_ACTIONS_2019 = pgettext_lazy(
    "tier meaning",
    "Since the 2019 report the finding may rest only on concrete actions the government took "
    "during the reporting period (the twelve months to 31 March of the report year), such as "
    "investigations, prosecutions, convictions, training, victim services, prevention work and "
    "the money spent on them.",
)

_SUMMARIES: dict[Tier, Promise] = {
    Tier.TIER_1: pgettext_lazy(
        "tier meaning",
        "The government fully meets the US law's minimum standards for eliminating human "
        "trafficking.",
    ),
    Tier.TIER_2: pgettext_lazy(
        "tier meaning",
        "The government does not fully meet the minimum standards but is making significant "
        "efforts to do so.",
    ),
    Tier.WATCH_LIST: pgettext_lazy(
        "tier meaning",
        "The government is making significant efforts but falls short of the minimum standards, "
        "and there are specific reasons for concern that put it under closer watch.",
    ),
    Tier.TIER_3: pgettext_lazy(
        "tier meaning",
        "The government does not fully meet the minimum standards and is not making significant "
        "efforts to do so.",
    ),
    Tier.SPECIAL_CASE: pgettext_lazy(
        "tier meaning",
        "The report did not rank the country, usually because conflict, instability or a lack "
        "of information made an assessment impossible.",
    ),
}

_EXPLANATIONS: dict[Tier, Promise] = {
    Tier.TIER_1: pgettext_lazy(
        "tier meaning",
        "Tier 1 is the list of countries whose governments fully comply with the minimum "
        "standards of the Trafficking Victims Protection Act (22 U.S.C. 7107(b)(1)(A), with the "
        "standards in 22 U.S.C. 7106). It does not mean a country has no trafficking problem: it "
        "means the government's response meets the standards, and a Tier 1 country can still be "
        "downgraded if its efforts slip.",
    ),
    Tier.TIER_2: pgettext_lazy(
        "tier meaning",
        "Tier 2 is the list of countries whose governments fall short of full compliance with "
        "the minimum standards but are making significant efforts to reach them (22 U.S.C. "
        "7107(b)(1)(B)). Whether efforts are significant depends on how large the trafficking "
        "problem is, how far the government falls short (official complicity weighs heavily) "
        "and what it can reasonably do with its resources (22 U.S.C. 7107(b)(3)).",
    ),
    Tier.WATCH_LIST: pgettext_lazy(
        "tier meaning",
        "The Watch List is legally part of Tier 2: these governments make significant efforts "
        "but do not fully comply. A Tier 2 country is placed on the Watch List (22 U.S.C. "
        "7107(b)(2)(A)(iii)) when the count of victims is very large or growing markedly, or "
        "when the government cannot show that its efforts grew compared with the year before. "
        "It first appeared in the 2004 report. Since the 2011 report a country cannot stay on "
        "the Watch List indefinitely: after two consecutive years it must be moved to Tier 3 "
        "unless it is upgraded or receives a waiver (22 U.S.C. 7107(b)(2)(D)).",
    ),
    Tier.TIER_3: pgettext_lazy(
        "tier meaning",
        "Tier 3 is the list of countries whose governments neither comply with the minimum "
        "standards nor make significant efforts to (22 U.S.C. 7107(b)(1)(C)). A Tier 3 "
        "placement can lead the President to withhold some kinds of US assistance unless that "
        "is waived in the national interest (22 U.S.C. 7107(d)); that waiver is different from "
        "the Watch List waiver.",
    ),
    Tier.SPECIAL_CASE: pgettext_lazy(
        "tier meaning",
        "A special case is State Department practice, not a category in the statute. The report "
        "describes the situation in the country but gives no tier, for example because there "
        "is no functioning central government or too little reliable information. Libya, "
        "Somalia and Yemen have been special cases.",
    ),
}

_SINCE_2019: dict[Tier, tuple[Promise, ...]] = {
    Tier.TIER_1: (_CONCRETE_ACTIONS_2019,),
    Tier.TIER_2: (
        _CONCRETE_ACTIONS_2019,
        pgettext_lazy(
            "tier meaning",
            "Promises to take steps in the coming year no longer count. A government policy or "
            "pattern of trafficking, forced labour or using child soldiers now is conclusive "
            "evidence that efforts are not significant.",
        ),
    ),
    Tier.WATCH_LIST: (
        pgettext_lazy(
            "tier meaning",
            "Since the 2019 report the victim test uses the estimated number of victims and "
            "applies only when the government is not taking concrete actions in proportion to "
            "the problem; the old ground of relying on promises of future steps was removed. "
            "Only one waiver is now possible, so three consecutive years is the maximum, and a "
            "country that returns to the Watch List after such a downgrade may stay only one "
            "year (22 U.S.C. 7107(b)(2)(F)).",
        ),
    ),
    Tier.TIER_3: (
        pgettext_lazy(
            "tier meaning",
            "Since the 2019 report a government policy or pattern of trafficking, forced labour "
            "in state-linked sectors, sexual slavery in camps the government runs, or the "
            "recruitment or use of child soldiers is taken as conclusive evidence that the "
            "government is not making significant efforts (22 U.S.C. 7107(b)(3)(B)).",
        ),
    ),
}


def tier_meaning(tier: Tier | str, language: str | None = None) -> TierMeaningText:
    """What `tier` means, in `language` (the active language when None)."""
    tier = Tier(tier)
    law = TIER_MEANINGS[tier]
    since = _SINCE_2019.get(tier) if law.amended_2019 else None
    return TierMeaningText(
        summary=in_language(_SUMMARIES[tier], language),
        explanation=in_language(_EXPLANATIONS[tier], language),
        since_2019=" ".join(in_language(part, language) for part in since) if since else None,
        statute=law.statute,
    )
