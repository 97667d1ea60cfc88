"""Countries a sentence sets apart from its claim are not what the claim is about.

* A country named in an aside between commas after the subject is not the subject: in "Peru,
  unlike Chile, is on Tier 2", "Peru, rather than Chile, was placed on Tier 2", "Peru, which
  borders Chile, is on Tier 2", "Peru, a neighbour of Chile, is on Tier 2", "Peru, Chile's
  neighbour, is on Tier 2", "Perú, a diferencia de Chile, está en el Nivel 2", "Perú, y no
  Chile, está en el Nivel 2", "Perú, en lugar de Chile, quedó en el Nivel 3" or "Perú, país
  vecino de Chile, está en el Nivel 2" the tier is Peru's. The readers take the country nearest
  the verb; this hands their claim back to the countries the aside interrupts. A claim the
  aside makes of its own ("Peru, whose neighbour Chile is on Tier 1, remains on Tier 2";
  "Perú, cuyo vecino Chile está en el Nivel 1, sigue en el Nivel 2": Chile on Tier 1) ends
  inside it and is kept. "Like" and "along with" asides are the companions' (the tier is both
  countries'), also when a contrast follows them ("Peru, like Chile but unlike Bolivia, ...").
* A country excepted is not on the tier the others are: "all of Peru's neighbours except
  Chile are on Tier 2", "apart from Chile, Peru and Bolivia are on Tier 2", "Peru rather than
  Chile was placed on Tier 2", "Todos los países andinos, excepto Chile, están en el Nivel 2".
  It is taken out of the claim; a claim left with no country goes to the countries named right
  before the exception, else is no claim (the sentence is then listed as not checked). After
  "no", "none", "neither" or "ningún" the exception is what has the tier ("no country except
  Chile is on Tier 1", "Ningún país, salvo Chile, está en el Nivel 1"), and the claim is left
  as read; so is a tier a relative clause gives the excepted country ("a excepción de Chile,
  que está en el Nivel 1").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .country_tokens import country_codes
from .found import Found
from .model import PLACING_KINDS
from .tagger import Tagged

_COUNTRIES = r"(?:the\s+|el\s+|la\s+|a\s+)?\u27e6C\d+\u27e7"
_LIST = rf"{_COUNTRIES}(?:\s*(?:,|\band\b|\by\b|\be\b)\s*{_COUNTRIES})*"
# What sets a country apart from the subject: a contrast, or the subject chosen over it.
_SET_APART = (
    r"(?:unlike|in\s+contrast\s+(?:to|with)|contrary\s+to|as\s+opposed\s+to|"
    r"a\s+diferencia\s+de|al\s+contrario\s+de|contrariamente\s+a|en\s+contraste\s+con|"
    r"rather\s+than|instead\s+of|in\s+place\s+of|(?:but\s+|and\s+)?not(?!\s+(?:even|only|just)\b)|"
    # Spanish: "y no", "en lugar de", "excepto", "salvo", "menos" (not "al menos", "lo menos")
    r"al\s+contrario\s+que|(?:y|pero|mas)\s+no|no|en\s+(?:lugar|vez)\s+de|"
    r"(?:sustituyendo|reemplazando)\s+a|excepto|salvo|(?<!al\s)(?<!lo\s)menos|"
    r"(?:a|con)\s+excepcion\s+de|exceptuando(?:\s+a)?)"
)
# "Peru, like Chile but unlike Bolivia, is on Tier 2": countries the aside gives the claim
# to as well, before the one it sets apart.
_LIKE_BUT = (
    r"(?:(?:(?:just\s+)?like|as\s+with|como|al\s+igual\s+que|igual\s+que)\s+"
    rf"(?P<liked>{_LIST})\s*,?\s+(?:but|pero|y|and)\s+)?"
)
# Words that open a description of the subject, in which other countries may be named: a
# relative clause ("which borders Chile", "cuyo vecino Chile", "adonde llegan víctimas de
# Bolivia") or an apposition ("a neighbour of Chile", "país vecino de Chile"; a word after the
# article: "the United States" is a country of a list, not an apposition).
_DESCRIPTION = (
    r"which|who|whose|whom|where|(?:a|an|the)\s+[a-z]|cuy[oa]s?|(?:a|en\s+)?donde|"
    r"(?:un\s+|el\s+)?(?:pais|nacion|vecino|socio|destino|miembro)\b"
)
# An aside of either kind that opens right after a country (implied_subjects reads it too).
ASIDE_OPENER = rf"(?:{_SET_APART}|{_DESCRIPTION})"
_CONTRASTED = re.compile(
    rf"(?P<subject>{_LIST})\s*,\s*(?:{_LIKE_BUT}{_SET_APART}\s+(?P<others>{_LIST})"
    # an English relative clause or apposition that names another country: "which borders
    # Chile", "a neighbour of Chile", "Chile's neighbour" (a word after the article: "the
    # United States" is a country of a list, not an apposition)
    rf"|(?P<aside>(?:{_DESCRIPTION})"
    r"[^,;:()\u2014.]*\u27e6C\d+\u27e7[^,;:()\u2014.]*?"
    r"|\u27e6C\d+\u27e7's\s+[a-z][^,;:()\u2014.]*?))\s*,"
)

_EXCEPTED = re.compile(
    r"(?P<marker>\b(?:except(?:\s+for)?|excepting|excluding|apart\s+from|aside\s+from|"
    r"other\s+than|rather\s+than|instead\s+of|in\s+place\s+of|save\s+for|"
    r"with\s+the\s+exception\s+of|but\s+not|and\s+not|,\s*not(?!\s+(?:even|only|just)\b)|"
    r"excepto|salvo|(?<!al\s)(?<!lo\s)menos|(?:a|con)\s+excepcion\s+de|exceptuando(?:\s+a)?|"
    r"en\s+(?:lugar|vez)\s+de|(?:sustituyendo|reemplazando)\s+a))\s+"
    rf"(?P<others>{_LIST})"
    # "Chile aside, ...", "Chile excepted, ..."
    rf"|(?P<before>{_LIST})\s+(?:aside|excepted)\b"
)
_CHOSEN_BEFORE = re.compile(rf"(?P<chosen>{_LIST})\s*,?\s*$")
_NONE_BEFORE = re.compile(r"\b(?:no|none|nobody|not\s+one|neither|ningun[oa]?|nadie|ni\s+uno)\b")
# "a excepción de Chile, que está en el Nivel 1": the tier after the excepted country is its
# own, in a relative clause.
_RELATIVE = re.compile(r"\s*,?\s*(?:que|which|that|who|cuy[oa]s?|donde)\b")


def contrasted_subjects(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """The claims read of the countries of an aside, given to its subject; the countries an
    exception sets apart, taken out of the claims read of them."""
    return _without_excepted(tagged, _aside_to_subject(tagged, chosen))


def _aside_to_subject(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    asides = list(_CONTRASTED.finditer(tagged.text))
    if not asides:
        return chosen
    result: list[Found] = []
    for found in chosen:
        for aside in asides:
            group = "others" if aside.group("others") else "aside"
            others = set(country_codes(tagged.tokens_in(aside.group(group), "C")))
            if (
                found.claim.kind in PLACING_KINDS
                and found.claim.countries
                and set(found.claim.countries) <= others
                and aside.start(group) <= found.start <= aside.end()
                # a claim the aside makes of its own ends inside it
                and found.end > aside.end() - 1
            ):
                subject = country_codes(tagged.tokens_in(aside.group("subject"), "C"))
                if group == "others":
                    subject += country_codes(tagged.tokens_in(aside.group("liked"), "C"))
                found = replace(
                    found, claim=replace(found.claim, countries=subject), start=aside.start()
                )
                break
        result.append(found)
    return result


def _without_excepted(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    exceptions = list(_EXCEPTED.finditer(tagged.text))
    if not exceptions:
        return chosen
    result: list[Found] = []
    for found in chosen:
        dropped = False
        for exception in exceptions:
            group = "others" if exception.group("others") else "before"
            named = exception.group(group)
            if group == "others" and not tagged.text[: exception.start()].strip(" \"'"):
                # "Apart from Chile, Peru and Bolivia are on Tier 2": an exception that opens
                # the sentence ends at its comma.
                named = named.split(",")[0]
            excepted = set(country_codes(tagged.tokens_in(named, "C")))
            claim = found.claim
            if (
                claim.kind not in PLACING_KINDS
                or not excepted & set(claim.countries)
                # the exception stands in the claim's stretch, or the claim starts in it
                or not (
                    found.start <= exception.start(group) < found.end
                    or exception.start(group) <= found.start < exception.end(group)
                )
            ):
                continue
            if _NONE_BEFORE.search(tagged.text, 0, exception.start()):
                continue  # "no country except Chile is on Tier 1": Chile is
            if _RELATIVE.match(tagged.text, exception.end(group), found.end):
                continue  # "a excepción de Chile, que está en el Nivel 1": its own tier
            kept = tuple(code for code in claim.countries if code not in excepted)
            if not kept and group == "others":
                # "Peru rather than Chile was placed on Tier 2": the countries chosen
                before = _CHOSEN_BEFORE.search(tagged.text, 0, exception.start())
                if before:
                    kept = country_codes(tagged.tokens_in(before.group("chosen"), "C"))
                    found = replace(found, start=min(found.start, before.start()))
            if not kept:
                dropped = True
                break
            found = replace(found, claim=replace(claim, countries=kept))
        if not dropped:
            result.append(found)
    return result
