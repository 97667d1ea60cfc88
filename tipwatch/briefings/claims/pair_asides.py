"""Asides between commas that change whose claim it is: "Peru, like Chile, is on Tier 2" and
"El gobierno peruano, al igual que el de Chile, se mantiene en el Nivel 2" are both countries'
claims, whichever of the two a reading gave it to; "Peru, as Chile said, is on Tier 2",
"Perú, según Chile, ..." and "Perú, como informó Chile, ..." are the subject's alone."""

from __future__ import annotations

import re
from dataclasses import replace

from .country_tokens import country_codes
from .found import Found
from .pair_basics import PLACED, already_read
from .tagger import Tagged

# "El gobierno peruano, al igual que el de Chile, se mantiene en el Nivel 2", "The Peruvian
# government, like Chile's, remains on Tier 2": the claim is both countries', whichever of the
# two a reading gave it to.
_NAMED = r"(?:the\s+|el\s+|la\s+|a\s+)?\u27e6C\d+\u27e7"
_NAMES = rf"{_NAMED}(?:\s*(?:,|\band\b|\by\b|\be\b)\s*{_NAMED})*"
_LIKE_ASIDE = re.compile(
    rf"(?P<subject>{_NAMES})\s*,\s*(?:(?:just\s+)?like|as\s+with|al\s+igual\s+que|igual\s+que|"
    r"como|lo\s+mismo\s+que)\s+(?:(?:el|la|los|las)\s+de\s+|that\s+of\s+|those\s+of\s+)?"
    rf"(?P<liked>{_NAMES})(?:'s)?\s*,"
)
# "Peru, as Chile said, is on Tier 2", "Perú, según Chile, está en el Nivel 2", "Perú, como
# informó Chile, ...": the aside names who says so; the claim is the subject's.
_SAID = (
    r"(?:said|says|reported|reports|noted|notes|acknowledged|admitted|complained|dijo|dice|"
    r"informo|informa|senalo|senala|indico|indica|reconocio|denuncio|afirmo)"
)
_WHO = (
    r"(?:(?:the\s+)?(?:government|authorities|officials)\s+(?:of|in)\s+|"
    r"(?:el\s+)?(?:gobierno|las\s+autoridades)\s+de\s+)?"
)
_SOURCE_ASIDE = re.compile(
    rf"(?P<subject>{_NAMES})\s*,\s*(?:"
    rf"(?:according\s+to|segun)\s+{_WHO}(?P<source>{_NAMES})(?:\s+{_SAID})?"
    rf"|(?:as|como)\s+{_WHO}(?P<teller>{_NAMES})\s+{_SAID}"
    rf"|como\s+{_SAID}\s+{_WHO}(?P<told>{_NAMES})"
    r")\s*,"
)


def like_asides(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    asides = [
        (
            aside,
            country_codes(tagged.tokens_in(aside.group("subject"), "C")),
            country_codes(tagged.tokens_in(aside.group("liked"), "C")),
        )
        for aside in _LIKE_ASIDE.finditer(tagged.text)
    ]
    if not asides:
        return chosen
    result = []
    for item in chosen:
        claim = item.claim
        if claim.kind not in PLACED or claim.negated or not claim.countries:
            result.append(item)
            continue
        for aside, subject, liked in asides:
            inside = aside.start("liked") <= item.start <= aside.end()
            # right after the aside, maybe at a subject the parser supplied there
            after = aside.end() <= item.start <= aside.end() + 1
            if (
                inside
                and set(claim.countries) <= set(liked)
                and already_read(Found(replace(claim, countries=subject), 0, 0), chosen)
            ):
                break  # "Peru, like Chile, is on Tier 2": each has its claim already
            if (inside and set(claim.countries) <= set(liked)) or (
                after and set(claim.countries) <= set(subject)
            ):
                both = (*subject, *(c for c in liked if c not in subject))
                claim = replace(claim, countries=both)
                item = replace(item, claim=claim, start=min(item.start, aside.start()))
                break
        result.append(item)
    return result


def sources_to_subject(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    asides = list(_SOURCE_ASIDE.finditer(tagged.text))
    if not asides:
        return chosen
    result = []
    for item in chosen:
        claim = item.claim
        for aside in asides:
            group = next(g for g in ("source", "teller", "told") if aside.group(g))
            source = set(country_codes(tagged.tokens_in(aside.group(group), "C")))
            if (
                claim.kind in PLACED
                and claim.countries
                and set(claim.countries) <= source
                and aside.end("subject") <= item.start <= aside.end()
            ):
                subject = country_codes(tagged.tokens_in(aside.group("subject"), "C"))
                item = replace(item, claim=replace(claim, countries=subject), start=aside.start())
                break
        result.append(item)
    return result
