"""A country that only qualifies the subject of a claim is not the subject.

The readers take the country nearest the verb as its subject. In "Peru's neighbours are on
Tier 2" it owns the subject, in "countries bordering Peru are on Tier 2" a participle governs
it, and in "none of the Andean countries, including Peru, is on Tier 1" or "no Andean country,
Peru included, is on Tier 1" it belongs to a subject that "no" or "none" denies. The tier is
not its own, so it is taken out of the claim, and a claim left with no country is none (the
sentence is then listed as not checked). "Peru's neighbour Chile is on Tier 1" keeps Chile, and
"Peru's ranking is Tier 2" is Peru's: only nouns for other countries make it an owner.

Spanish says the same with "de" ("los vecinos de Perú", "socios comerciales de Chile", "el vecino
de Chile, Perú, ...") and with a relative clause or an adjective ("los países que rodean a
Perú", "países limítrofes con Chile"); "el gobierno de Perú" is Peru's, as "Peru's ranking" is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clause_bounds import clause_before
from .country_tokens import country_codes
from .found import Found
from .model import PLACING_KINDS
from .tagger import Tagged

_C = r"\u27e6C\d+\u27e7"
_OTHERS = (
    r"(?:neighbou?rs?|neighbou?ring\s+(?:countries|nations|states)|partners?|allies|ally|"
    r"rivals?|peers?|counterparts?|competitors?|friends?)"
)
_FROM_THE_COUNTRY = (
    r"(?:migrants?|workers?|victims?|nationals?|citizens?|people|women|men|children|girls|"
    r"boys|labou?rers?|traffickers?|refugees?|students?|tourists?|aid|funds?|money|exports?|"
    r"imports?|goods|products?|remittances)"
)
_GOVERNED = re.compile(
    # "Peru's (southern, trading ...) neighbours", "Peru's allies"
    rf"(?P<c>{_C})'s?\s+(?:[a-z-]+\s+){{0,2}}?{_OTHERS}\b(?!\s*,?\s*(?:the\s+)?{_C})"
    # "countries bordering Peru", "nations near Chile"
    r"|\b(?:(?:countries|nations|states|neighbou?rs|those|others)\s+(?:that\s+)?"
    r"(?:bordering|border|borders|neighbou?ring|surrounding|near|around|next\s+to|close\s+to|"
    r"(?:north|south|east|west)\s+of)"
    # "migrants from Peru moved to Tier 1 countries", "aid from Peru went to ...": people or
    # things that come from the country (not "the government of Peru", which is Peru)
    rf"|{_FROM_THE_COUNTRY}\s+(?:from|of|in))\s+(?:the\s+)?"
    rf"(?P<b>{_C}(?:\s*(?:,|\band\b|\bor\b)\s*{_C})*)"
)
_OTHERS_ES = (
    r"(?:vecin[oa]s?|paises\s+vecinos|(?:paises\s+)?limitrofes|socios(?:\s+comerciales)?|"
    r"aliad[oa]s?|rivales|pares|homolog[oa]s|competidores|amig[oa]s)"
)
_GOVERNED_ES = re.compile(
    # "los vecinos de Perú", "socios comerciales de Chile", "el vecino del sur de Perú"
    rf"\b{_OTHERS_ES}\s+(?:[a-z]+\s+){{0,2}}?(?:de|del)\s+(?:el\s+|la\s+)?(?P<c>{_C})"
    # "los países que rodean a Perú", "países limítrofes con Chile", "naciones cercanas a Perú"
    r"|\b(?:paises|naciones|estados|vecinos|otros)\s+(?:que\s+(?:rodean|limitan\s+con|bordean|"
    r"colindan\s+con)|limitrofes\s+(?:con|de)|cercan[oa]s\s+a|alrededor\s+de|"
    r"(?:al\s+)?(?:norte|sur|este|oeste)\s+de)\s+(?:a\s+)?(?:el\s+|la\s+)?"
    rf"(?P<b>{_C}(?:\s*(?:,|\by\b|\be\b|\bo\b)\s*{_C})*)"
)
# A subject "no", "none" or "not one" denies, and the countries it includes.
_DENIED_SUBJECT = re.compile(
    r"^\W*(?:no|none\s+of|not\s+one\s+of|not\s+a\s+single|neither\s+of)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?:countries|country|nations?|states?|governments?|members?|"
    r"neighbou?rs?)\b"
)
# "No country except Chile is on Tier 1": the country excepted has the tier.
_EXCEPT = re.compile(r"\b(?:except|other\s+than|but|apart\s+from|save|besides)\b")


def governed_subjects(tagged: Tagged, chosen: list[Found], spanish: bool = False) -> list[Found]:
    """The claims read of countries that only qualify their subject, without them (in
    English, or in Spanish when `spanish`)."""
    governed = list((_GOVERNED_ES if spanish else _GOVERNED).finditer(tagged.text))
    result: list[Found] = []
    for found in chosen:
        claim = found.claim
        if claim.kind not in PLACING_KINDS or not claim.countries:
            result.append(found)
            continue
        taken: set[str] = set()
        for match in governed:
            group = "c" if match.group("c") else "b"
            # the countries the claim's own stretch (or the words just before it) qualify
            if match.start(group) < found.end and match.end(group) >= found.start - 2:
                taken |= set(country_codes(tagged.tokens_in(match.group(group), "C")))
        before = clause_before(tagged.text, found.start)
        denied = not spanish and _DENIED_SUBJECT.search(before) and not _EXCEPT.search(before)
        if not claim.negated and denied:
            taken |= set(claim.countries)  # "none of the Andean countries, including Peru, ..."
        kept = tuple(code for code in claim.countries if code not in taken)
        if kept == claim.countries:
            result.append(found)
        elif kept:
            result.append(replace(found, claim=replace(claim, countries=kept)))
    return result
