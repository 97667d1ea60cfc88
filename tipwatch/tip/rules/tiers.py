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
        """What the law says about this tier (see `TIER_MEANINGS`)."""
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
    """What the law says about a tier, without words: the words are in `tipwatch.tip.tier_text`.

    `statute` is the citation of the paragraph that defines the tier (None for a special case,
    which is not in the law); `amended_2019` says whether the January 2019 amendments changed the
    test for it.
    """

    statute: str | None
    amended_2019: bool


TIER_MEANINGS: Final[Mapping[Tier, TierMeaning]] = MappingProxyType(
    {
        Tier.TIER_1: TierMeaning(statute="22 U.S.C. 7107(b)(1)(A)", amended_2019=True),
        Tier.TIER_2: TierMeaning(statute="22 U.S.C. 7107(b)(1)(B)", amended_2019=True),
        Tier.WATCH_LIST: TierMeaning(statute="22 U.S.C. 7107(b)(2)(A)(iii)", amended_2019=True),
        Tier.TIER_3: TierMeaning(statute="22 U.S.C. 7107(b)(1)(C)", amended_2019=True),
        Tier.SPECIAL_CASE: TierMeaning(statute=None, amended_2019=False),
    }
)
