"""A country "replaced on Tier 1 by" another is not the one the sentence then moves: in
"Chile, replaced on Tier 1 by Peru, fell to Tier 2" the readers take Peru, the country nearest
the verb, for the subject. The aside puts Peru on Tier 1 and leaves the move to Chile."""

from __future__ import annotations

import re
from dataclasses import replace

from .country_tokens import country_codes
from .found import Found
from .model import PLACING_KINDS, Claim, ClaimKind
from .tagger import Tagged

_REPLACED = re.compile(
    r"(?P<a>\u27e6C\d+\u27e7)\s*,\s*(?:(?:which|who|que)\s+(?:was|fue)\s+)?"
    r"(?:replaced|succeeded|displaced|supplanted|overtaken|reemplazad[oa]|sustituid[oa]|"
    r"desplazad[oa])\s+(?:on|in|at|as|atop|en|como)\s+(?:the\s+|el\s+|la\s+)?[\"']?"
    r"(?P<t>\u27e6T\d+\u27e7)[\"']?\s+(?:by|por)\s+(?P<b>\u27e6C\d+\u27e7)\s*,"
)


def replaced_by(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """`chosen` with the claims after such an aside given back to the country it describes,
    and the country that took the tier placed on it."""
    result = list(chosen)
    for match in _REPLACED.finditer(tagged.text):
        replaced = country_codes(tagged.tokens_in(match.group("a"), "C"))
        newcomer = country_codes(tagged.tokens_in(match.group("b"), "C"))
        tier = tagged.tokens_in(match.group("t"), "T")[0].value
        for index, item in enumerate(result):
            if (
                item.claim.kind in PLACING_KINDS
                and item.end > match.end("b")
                and set(item.claim.countries) == set(newcomer)
            ):
                claim = replace(item.claim, countries=replaced)
                result[index] = replace(item, claim=claim)
        if any(
            f.claim.kind is ClaimKind.TIER
            and f.claim.tier == tier
            and f.claim.countries == newcomer
            for f in result
        ):
            continue  # already read
        placed = Claim(ClaimKind.TIER, "", (0, 0), countries=newcomer, tier=tier)
        result.append(Found(placed, match.start("t"), match.end("b"), rule="replaced-by"))
    return result
