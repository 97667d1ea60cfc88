"""A country set against the subject between commas is not the subject: in "Peru, unlike
Chile, is on Tier 2" (or "Perú, a diferencia de Chile, está en el Nivel 2") the tier is
Peru's. The readers take the country nearest the verb; this hands their claim back to the
country the aside interrupts. "Like" and "along with" asides are the companions' (the tier is
both countries')."""

from __future__ import annotations

import re
from dataclasses import replace

from .country_tokens import country_codes
from .found import Found
from .model import ClaimKind
from .tagger import Tagged

_COUNTRIES = r"(?:the\s+|el\s+|la\s+)?\u27e6C\d+\u27e7"
_CONTRASTED = re.compile(
    rf"(?P<subject>\u27e6C\d+\u27e7)\s*,\s*"
    r"(?:unlike|in\s+contrast\s+(?:to|with)|contrary\s+to|as\s+opposed\s+to|"
    r"a\s+diferencia\s+de|al\s+contrario\s+de|contrariamente\s+a|en\s+contraste\s+con)\s+"
    rf"(?P<others>{_COUNTRIES}(?:\s*(?:,|\band\b|\by\b|\be\b)\s*{_COUNTRIES})*)\s*,"
)
_SUBJECT_KINDS = (ClaimKind.TIER, ClaimKind.CHANGE, ClaimKind.STREAK)


def contrasted_subjects(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """The claims read of the countries of a contrasting aside, given to its subject."""
    asides = list(_CONTRASTED.finditer(tagged.text))
    if not asides:
        return chosen
    result: list[Found] = []
    for found in chosen:
        for aside in asides:
            others = set(country_codes(tagged.tokens_in(aside.group("others"), "C")))
            if (
                found.claim.kind in _SUBJECT_KINDS
                and found.claim.countries
                and set(found.claim.countries) <= others
                and aside.start("others") <= found.start < aside.end()
            ):
                subject = country_codes(tagged.tokens_in(aside.group("subject"), "C"))
                found = replace(
                    found, claim=replace(found.claim, countries=subject), start=aside.start()
                )
                break
        result.append(found)
    return result
