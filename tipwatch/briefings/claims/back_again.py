"""Being on a tier "again" is not staying there: "Peru is once again a Tier 2 country" may
say the country came back to Tier 2 after a year elsewhere, so the claim is a plain placing
in this report, not a stay that would also put it there in the report before. A report that
ranks, lists or places a country again ("again ranks Cambodia on the Watch List", "fue
nuevamente ubicada en el Nivel 3") keeps it there, and is left a stay."""

from __future__ import annotations

import re
from dataclasses import replace

from .found import Found
from .model import ClaimKind

# A form of "to be" and an "again" word, then straight to the tier (an article or a
# preposition between): no verb of placing or staying.
_BE_AGAIN = re.compile(
    r"\b(?:is|are|was|were|es|son|era|eran|esta|estan|estaba|estaban)\s+"
    r"(?:once\s+again|once\s+more|yet\s+again|again|nuevamente|de\s+nuevo|otra\s+vez|"
    r"una\s+vez\s+mas)\s+"
    r"(?:(?:a|an|on|in|at|among|the|un|una|en|el|la|entre|los|las|de|del|pais|paises)\s+)*"
    r"[\"']?\u27e6T\d+\u27e7"
)


def back_again(item: Found, text: str) -> Found:
    """`item` with no stay when its words only say the country is on the tier again."""
    claim = item.claim
    if claim.kind is not ClaimKind.TIER or not claim.unchanged or claim.negated:
        return item
    if not _BE_AGAIN.search(text, item.start, item.end):
        return item
    return replace(item, claim=replace(claim, unchanged=False))
