"""A count of "others" on the tier the sentence before put countries on: "Corea del Norte
figura en el nivel 3. Este año, otros 12 países, entre ellos Afganistán y Cuba, también fueron
incluidos en esa categoría" says 13 countries are on Tier 3, the others and the one before.
Only when the tier is the same as the one the sentence before placed its countries on (none
before, or another tier, gives no count).
"""

from __future__ import annotations

import re

from .found import Found
from .grammar import COUNTRY_NOUNS, QT, N, T, words
from .model import Claim, ClaimKind
from .tagger import Tagged

_ON = words(
    "fueron incluidos", "fueron incluidas", "fueron colocados", "fueron ubicados",
    "fueron clasificados", "han sido incluidos", "han sido colocados", "han sido clasificados",
    "estan", "figuran", "se encuentran", "aparecen", "quedaron", "permanecen", "siguen",
    "continuan",
)  # fmt: skip
_OTHERS_TOO = re.compile(
    r"^\W*(?:(?:(?:este|ese)\s+ano|ademas|asimismo)\s*,?\s+)?(?:tambien\s+)?"
    rf"(?P<others>otr[oa]s\s+(?P<n>{N})\s+{COUNTRY_NOUNS})"
    # (an aside that lists some of them: ", entre ellos Afganistán y Cuba,")
    r"(?:\s*,[^.;:]{0,200}?,|\s*\([^()]{0,200}\))?"
    rf"\s+(?:tambien\s+)?{_ON}\s+(?:tambien\s+)?{words('en', 'dentro de', 'dentro del')}\s+"
    rf"{QT}(?P<t>{T})"
)


def others_too(tagged: Tagged, chosen: list[Found], before: Found | None) -> list[Found]:
    """`chosen` with the tier's count, when a sentence puts "otros N países" on the tier of the
    one before (in place of a count of the others alone read there)."""
    match = _OTHERS_TOO.match(tagged.text)
    if match is None or before is None or before.claim.negated or not before.claim.countries:
        return chosen
    tier = tagged.tokens_in(match.group("t"), "T")[0].value
    number = tagged.tokens_in(match.group("n"), "N")[0].value
    if tier != before.claim.tier or not number.isdigit():
        return chosen
    count = int(number) + len(before.claim.countries)
    claim = Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=count)
    kept = [
        f
        for f in chosen
        if not (
            f.claim.kind is ClaimKind.COUNT
            and f.claim.count == int(number)
            and f.start < match.end()
            and match.start("others") < f.end
        )
    ]
    return [*kept, Found(claim, match.start("others"), match.end(), rule="others-too")]
