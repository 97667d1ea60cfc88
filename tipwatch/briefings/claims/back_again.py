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


# A report that places a country again: "volvió a colocar a Cuba en el Nivel 3", "Cuba volvió
# a ser ubicada en el Nivel 3", "colocó de nuevo / otra vez / una vez más a Cuba en ..." (not
# "volvió a incluir", which says it came back onto the tier).
_PLACING = r"(?:coloc|ubic|situ|clasific|calific|catalog|manten|pus|pon|puest)"
_AGAIN = r"(?:de\s+nuevo|otra\s+vez|una\s+vez\s+mas|nuevamente)"
# (not "vuelve a ubicarse", "se volvió a situar": the country is on the tier again)
_PLACED_AGAIN = re.compile(
    r"(?<!\bse\s)\b(?:volvio|volvieron|vuelve|vuelven|ha\s+vuelto|han\s+vuelto)\s+a\s+"
    rf"(?:ser\s+)?{_PLACING}[a-z]*(?<!se)\b"
    rf"|\b{_PLACING}[a-z]*\s+{_AGAIN}\s+(?:a|al|en|como)\s"
    rf"|\b(?:fue|fueron|ha\s+sido|han\s+sido)\s+{_AGAIN}\s+{_PLACING}[a-z]*\b"
)
# "Una vez más, el informe colocó a Cuba en el Nivel 3": "again" opening the sentence.
_AGAIN_OPENING = re.compile(rf"^\W*{_AGAIN}\s*,")
_PLACED = re.compile(rf"\b{_PLACING}[a-z]*\b")


def back_again(item: Found, text: str) -> Found:
    """`item` with no stay when its words only say the country is on the tier again, and
    with one when they say a report placed it there again."""
    claim = item.claim
    if claim.kind is not ClaimKind.TIER or claim.negated:
        return item
    if not claim.unchanged:
        again = _PLACED_AGAIN.search(text, item.start, item.end) or (
            _AGAIN_OPENING.match(text) and _PLACED.search(text, item.start, item.end)
        )
        return replace(item, claim=replace(claim, unchanged=True)) if again else item
    if not _BE_AGAIN.search(text, item.start, item.end):
        return item
    return replace(item, claim=replace(claim, unchanged=False))
