"""The TIP Report tiers, their labels in English and Spanish, and what each one means.

The stored values ("1", "2", "2WL", "3", "special_case") are the ones the database uses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final


class Tier(StrEnum):
    """One country's placement in one TIP Report."""

    TIER_1 = "1"
    TIER_2 = "2"
    WATCH_LIST = "2WL"
    TIER_3 = "3"
    SPECIAL_CASE = "special_case"

    @classmethod
    def parse(cls, text: str | int | float) -> Tier:
        """Read a tier from the many ways reports, datasets and the press write it.

        Accepts the stored values, English labels ("Tier 2 Watch List", "Tier II"), short forms
        ("2WL", "WL", "2.5" as used by some datasets), Spanish labels ("Nivel 1", "Lista de
        Vigilancia del Nivel 2", "Caso especial"), and the numbers 1, 2, 2.5 and 3 as read from
        spreadsheets. Case, spacing, hyphens and underscores do not matter.

        Raises ValueError, naming the bad value and the valid choices, for anything else.
        """
        if isinstance(text, Tier):
            return text
        if isinstance(text, bool) or not isinstance(text, str | int | float):
            raise ValueError(_bad_value_message(text))
        key = _normalise(str(text))
        try:
            return _ALIASES[key]
        except KeyError:
            raise ValueError(_bad_value_message(text)) from None

    @property
    def label(self) -> str:
        """English label, e.g. "Tier 2 Watch List"."""
        return _LABELS[self]

    @property
    def short_label(self) -> str:
        """Compact label for tables and charts, e.g. "2WL"."""
        return _SHORT_LABELS[self]

    @property
    def label_es(self) -> str:
        """Spanish label as the Spanish-language press writes it, e.g. "Nivel 2"."""
        return _LABELS_ES[self]

    @property
    def rank(self) -> int | None:
        """Position used to tell upgrades from downgrades: 1 is best (Tier 1), 4 is Tier 3.

        The order is Tier 1 < Tier 2 < Tier 2 Watch List < Tier 3. A special case is not a
        ranking, so it has no rank (None).
        """
        return _RANKS[self]

    @property
    def is_ranked(self) -> bool:
        """True for the four tiers, False for a special case."""
        return self.rank is not None

    @property
    def meaning(self) -> TierMeaning:
        """The plain-language meaning of this tier (see `TIER_MEANINGS`)."""
        return TIER_MEANINGS[self]


_LABELS: Final[Mapping[Tier, str]] = MappingProxyType(
    {
        Tier.TIER_1: "Tier 1",
        Tier.TIER_2: "Tier 2",
        Tier.WATCH_LIST: "Tier 2 Watch List",
        Tier.TIER_3: "Tier 3",
        Tier.SPECIAL_CASE: "Special Case",
    }
)

_SHORT_LABELS: Final[Mapping[Tier, str]] = MappingProxyType(
    {
        Tier.TIER_1: "1",
        Tier.TIER_2: "2",
        Tier.WATCH_LIST: "2WL",
        Tier.TIER_3: "3",
        Tier.SPECIAL_CASE: "SC",
    }
)

_LABELS_ES: Final[Mapping[Tier, str]] = MappingProxyType(
    {
        Tier.TIER_1: "Nivel 1",
        Tier.TIER_2: "Nivel 2",
        Tier.WATCH_LIST: "Lista de Vigilancia del Nivel 2",
        Tier.TIER_3: "Nivel 3",
        Tier.SPECIAL_CASE: "Caso especial",
    }
)

_RANKS: Final[Mapping[Tier, int | None]] = MappingProxyType(
    {
        Tier.TIER_1: 1,
        Tier.TIER_2: 2,
        Tier.WATCH_LIST: 3,
        Tier.TIER_3: 4,
        Tier.SPECIAL_CASE: None,
    }
)

# Keys are in the form produced by `_normalise`: lower case, the words "tier"/"nivel" removed,
# and only letters, digits and dots kept.
_ALIASES: Final[Mapping[str, Tier]] = MappingProxyType(
    {
        **dict.fromkeys(["1", "1.0", "i", "one", "t1"], Tier.TIER_1),
        **dict.fromkeys(["2", "2.0", "ii", "two", "t2"], Tier.TIER_2),
        **dict.fromkeys(
            [
                "2wl",
                "2.5",
                "wl",
                "t2wl",
                "twl",
                "2w",
                "2watchlist",
                "iiwatchlist",
                "twowatchlist",
                "watchlist",
                "2watch",
                "listadevigilancia",
                "listadevigilanciadel2",
                "listadevigilanciadelii",
                "2listadevigilancia",
            ],
            Tier.WATCH_LIST,
        ),
        **dict.fromkeys(["3", "3.0", "iii", "three", "t3"], Tier.TIER_3),
        **dict.fromkeys(
            ["specialcase", "specialcases", "special", "sc", "casoespecial"],
            Tier.SPECIAL_CASE,
        ),
    }
)

_VALID_CHOICES: Final[str] = ", ".join(repr(t.value) for t in Tier)


def _normalise(text: str) -> str:
    folded = text.strip().lower()
    folded = re.sub(r"tier|nivel", "", folded)
    folded = re.sub(r"[^a-z0-9.]", "", folded)
    return folded.strip(".")


def _bad_value_message(value: object) -> str:
    return (
        f"Unknown TIP tier {value!r}; expected one of {_VALID_CHOICES} "
        "or a label such as 'Tier 1', 'Tier 2 Watch List', '2.5' or 'special case'."
    )


@dataclass(frozen=True, slots=True)
class TierMeaning:
    """What a tier means, in plain language.

    `summary` is one English sentence; `explanation` is longer and cites the statute;
    `since_2019` says how the January 2019 amendments changed the test (None if they did not);
    `statute` is the citation on its own (None for a special case, which is not in the law);
    `summary_es` is the one-sentence meaning in Spanish.
    """

    summary: str
    explanation: str
    statute: str | None
    since_2019: str | None
    summary_es: str


_CONCRETE_ACTIONS_2019: Final[str] = (
    "Since the 2019 report the finding may rest only on concrete actions the government took "
    "during the reporting period (the twelve months to 31 March of the report year), "
    "such as investigations, prosecutions, convictions, training, victim services, prevention "
    "work and the money spent on them."
)

TIER_MEANINGS: Final[Mapping[Tier, TierMeaning]] = MappingProxyType(
    {
        Tier.TIER_1: TierMeaning(
            summary=(
                "The government fully meets the US law's minimum standards for eliminating "
                "human trafficking."
            ),
            explanation=(
                "Tier 1 is the list of countries whose governments fully comply with the minimum "
                "standards of the Trafficking Victims Protection Act (22 U.S.C. 7107(b)(1)(A), "
                "with the standards in 22 U.S.C. 7106). It does not mean a country has no "
                "trafficking problem: it means the government's response meets the standards, "
                "and a Tier 1 country can still be downgraded if its efforts slip."
            ),
            statute="22 U.S.C. 7107(b)(1)(A)",
            since_2019=_CONCRETE_ACTIONS_2019,
            summary_es=(
                "El gobierno cumple plenamente las normas mínimas de la ley estadounidense para "
                "eliminar la trata de personas."
            ),
        ),
        Tier.TIER_2: TierMeaning(
            summary=(
                "The government does not fully meet the minimum standards but is making "
                "significant efforts to do so."
            ),
            explanation=(
                "Tier 2 is the list of countries whose governments fall short of full "
                "compliance with the minimum standards but are making significant efforts to "
                "reach them (22 U.S.C. 7107(b)(1)(B)). Whether efforts are significant depends "
                "on how large the trafficking problem is, how far the government falls short "
                "(official complicity weighs heavily) and what it can reasonably do with its "
                "resources (22 U.S.C. 7107(b)(3))."
            ),
            statute="22 U.S.C. 7107(b)(1)(B)",
            since_2019=(
                _CONCRETE_ACTIONS_2019
                + " Promises to take steps in the coming year no longer count. A government "
                "policy or pattern of trafficking, forced labour or using child soldiers now "
                "is conclusive evidence that efforts are not significant."
            ),
            summary_es=(
                "El gobierno no cumple plenamente las normas mínimas, pero hace esfuerzos "
                "significativos para lograrlo."
            ),
        ),
        Tier.WATCH_LIST: TierMeaning(
            summary=(
                "The government is making significant efforts but falls short of the minimum "
                "standards, and there are specific reasons for concern that put it under "
                "closer watch."
            ),
            explanation=(
                "The Watch List is legally part of Tier 2: these governments make significant "
                "efforts but do not fully comply. A Tier 2 country is placed on the Watch List "
                "(22 U.S.C. 7107(b)(2)(A)(iii)) when the count of victims is very large "
                "or growing markedly, or when the government cannot show that its efforts grew "
                "compared with the year before. It first appeared in the 2004 report. Since the "
                "2011 report a country cannot stay on the Watch List indefinitely: after two "
                "consecutive years it must be moved to Tier 3 unless it is upgraded or receives "
                "a waiver (22 U.S.C. 7107(b)(2)(D))."
            ),
            statute="22 U.S.C. 7107(b)(2)(A)(iii)",
            since_2019=(
                "Since the 2019 report the victim test uses the estimated number of victims and "
                "applies only when the government is not taking concrete actions in proportion "
                "to the problem; the old ground of relying on promises of future steps was "
                "removed. Only one waiver is now possible, so three consecutive years is the "
                "maximum, and a country that returns to the Watch List after such a downgrade "
                "may stay only one year (22 U.S.C. 7107(b)(2)(F))."
            ),
            summary_es=(
                "El gobierno hace esfuerzos significativos pero no cumple las normas mínimas, "
                "y hay motivos concretos de preocupación que lo someten a una vigilancia "
                "especial."
            ),
        ),
        Tier.TIER_3: TierMeaning(
            summary=(
                "The government does not fully meet the minimum standards and is not making "
                "significant efforts to do so."
            ),
            explanation=(
                "Tier 3 is the list of countries whose governments neither comply with the "
                "minimum standards nor make significant efforts to (22 U.S.C. 7107(b)(1)(C)). "
                "A Tier 3 placement can lead the President to withhold some kinds of US "
                "assistance unless that is waived in the national interest (22 U.S.C. "
                "7107(d)); that waiver is different from the Watch List waiver."
            ),
            statute="22 U.S.C. 7107(b)(1)(C)",
            since_2019=(
                "Since the 2019 report a government policy or pattern of trafficking, forced "
                "labour in state-linked sectors, sexual slavery in camps the government runs, "
                "or the recruitment or use of child soldiers is taken as conclusive evidence "
                "that the government is not making significant efforts (22 U.S.C. "
                "7107(b)(3)(B))."
            ),
            summary_es=(
                "El gobierno no cumple plenamente las normas mínimas y no hace esfuerzos "
                "significativos para lograrlo."
            ),
        ),
        Tier.SPECIAL_CASE: TierMeaning(
            summary=(
                "The report did not rank the country, usually because conflict, instability or "
                "a lack of information made an assessment impossible."
            ),
            explanation=(
                "A special case is State Department practice, not a category in the statute. "
                "The report describes the situation in the country but gives no tier, for "
                "example because there is no functioning central government or too little "
                "reliable information. Libya, Somalia and Yemen have been special cases."
            ),
            statute=None,
            since_2019=None,
            summary_es=(
                "El informe no clasificó al país, normalmente porque un conflicto, la "
                "inestabilidad o la falta de información impidieron evaluarlo."
            ),
        ),
    }
)
