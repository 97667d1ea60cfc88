"""A country set against the subject, left out of it or only described beside it is not the
subject. In "Peru, unlike Chile, is on Tier 2" (or "Perú, a diferencia de Chile, está en el
Nivel 2") the tier is Peru's; so it is in "Perú, y no Chile, está en el Nivel 2", "Perú, en
lugar de Chile, quedó en el Nivel 3", "Perú, cuyo vecino Chile está en el Nivel 1, sigue en el
Nivel 2" and "Perú, país vecino de Chile, está en el Nivel 2". The readers take the country
nearest the verb; this hands their claim back to the country the aside interrupts. "Like" and
"along with" asides are the companions' (the tier is both countries').

A country an exception names ("Todos los países andinos, excepto Chile, están en el Nivel 2",
"Salvo Chile, ...", "todos menos Chile") is the one country the tier is not: a claim read of it
alone is dropped (the sentence is left unchecked), unless a negative quantifier turns the
exception round ("Ningún país, salvo Chile, está en el Nivel 1": Chile is)."""

from __future__ import annotations

import re
from dataclasses import replace

from .country_tokens import country_codes
from .found import Found
from .model import ClaimKind
from .tagger import Tagged

_COUNTRY = r"(?:the\s+|el\s+|la\s+|a\s+)?\u27e6C\d+\u27e7"
_COUNTRIES = rf"{_COUNTRY}(?:\s*(?:,|\band\b|\by\b|\be\b)\s*{_COUNTRY})*"
# Words that set the countries after them against the subject, or leave them out of it.
_CONTRAST = (
    r"unlike|in\s+contrast\s+(?:to|with)|contrary\s+to|as\s+opposed\s+to|"
    r"a\s+diferencia\s+de|al\s+contrario\s+(?:de|que)|contrariamente\s+a|en\s+contraste\s+con"
)
_EXCEPTION = (
    r"except(?:\s+for)?|but\s+not|and\s+not|not|rather\s+than|instead\s+of|"
    r"excepto|salvo|(?<!al\s)(?<!lo\s)menos|(?:a|con)\s+excepcion\s+de|exceptuando(?:\s+a)?|"
    r"(?:y|pero|mas)\s+no|no|en\s+(?:lugar|vez)\s+de|(?:sustituyendo|reemplazando)\s+a"
)
# Words that open a description of the subject, in which other countries may be named:
# a relative clause ("cuyo vecino Chile", "adonde llegan víctimas de Bolivia") or an
# apposition ("país vecino de Chile").
_DESCRIPTION = (
    r"whose|where|cuy[oa]s?|(?:a|en\s+)?donde|"
    r"(?:un\s+|el\s+)?(?:pais|nacion|vecino|socio|destino|miembro)\b"
)
# An aside of either kind that opens right after a country and closes with a comma.
ASIDE_OPENER = rf"(?:{_CONTRAST}|{_EXCEPTION}|{_DESCRIPTION})"
_ASIDE = re.compile(
    rf"(?P<subject>{_COUNTRIES})\s*,\s*"
    rf"(?:(?:{_CONTRAST}|{_EXCEPTION})\s+(?P<others>{_COUNTRIES})\s*"
    rf"|(?:{_DESCRIPTION})(?P<description>[^,;:()]*)),"
)
# An exception of countries anywhere (the sentence's subject need not be a country).
_EXCEPTED = re.compile(
    rf"\b(?:except(?:\s+for)?|excepto|salvo|(?<!al\s)(?<!lo\s)menos|(?:a|con)\s+excepcion\s+de|"
    rf"exceptuando(?:\s+a)?)\s+(?P<others>{_COUNTRIES})"
)
# "Ningún país de la región, salvo Chile, ...", "No country except Chile ...": the exception
# is the one country on the tier.
_NONE_BUT = re.compile(r"\b(?:ningun[oa]?|nadie|ni\s+uno|no\s+(?:other\s+)?country|none)\b")
# "a excepción de Chile, que está en el Nivel 1": the tier after the excepted country is its
# own, in a relative clause.
_RELATIVE = re.compile(r"\s*,?\s*(?:que|which|that|who|cuy[oa]s?|donde)\b")
_SUBJECT_KINDS = (ClaimKind.TIER, ClaimKind.CHANGE, ClaimKind.STREAK)


def _codes(tagged: Tagged, fragment: str | None) -> set[str]:
    return set(country_codes(tagged.tokens_in(fragment, "C")))


def contrasted_subjects(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """The claims read of the countries of a contrasting or describing aside, given to its
    subject; the claims read of excepted countries alone, dropped."""
    asides = list(_ASIDE.finditer(tagged.text))
    exceptions = [
        e
        for e in _EXCEPTED.finditer(tagged.text)
        if not _NONE_BUT.search(tagged.text, 0, e.start())
    ]
    if not asides and not exceptions:
        return chosen
    result: list[Found] = []
    for found in chosen:
        countries = set(found.claim.countries)
        about_a_country = found.claim.kind in _SUBJECT_KINDS and bool(countries)
        moved = False
        for aside in asides if about_a_country else ():
            inner = "others" if aside.group("others") is not None else "description"
            # The claim is of the aside's countries, and its tier lies after the aside (not
            # in a relative clause of its own: "cuyo vecino Chile está en el Nivel 1,").
            if (
                countries <= _codes(tagged, aside.group(inner))
                and aside.start(inner) <= found.start < aside.end() <= found.end
            ):
                subject = country_codes(tagged.tokens_in(aside.group("subject"), "C"))
                found = replace(
                    found, claim=replace(found.claim, countries=subject), start=aside.start()
                )
                moved = True
                break
        # "Todos los países andinos, excepto Chile, están en el Nivel 2": a claim of the
        # excepted countries alone, reaching past them to a tier that is not theirs.
        if (
            about_a_country
            and not moved
            and any(
                countries <= _codes(tagged, e.group("others"))
                and e.start("others") <= found.start < e.end() < found.end
                and not _RELATIVE.match(tagged.text, e.end(), found.end)
                for e in exceptions
            )
        ):
            continue
        result.append(found)
    return result
