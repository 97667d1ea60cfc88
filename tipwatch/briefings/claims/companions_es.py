"""Spanish claims about countries named beside a claim later in its clause ("..., junto a
Belice y Rusia"), for `companions`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .clause_patterns_es import CONDITION, NO
from .country_tokens import country_codes
from .grammar import CL, N
from .model import PLACING_KINDS, Claim, ClaimKind
from .tagger import TOKEN

if TYPE_CHECKING:
    from .tagger import Tagged

# Words that name the countries beside a claim, later in its clause: "... en la lista negra del
# informe anual, junto a Belice y Rusia", "como ocurre con Cuba, Siria e Irán", "colocándola
# junto a países ... como Irán", "en compañía de adversarios tradicionales de Washington como
# Rusia", "en la misma categoría de Corea del Norte y Siria", "junto con otros 23 países entre
# los que se incluyen China y Rusia".
_BESIDE = re.compile(
    r"(?:junto\s+(?:a|con)|al\s+igual\s+que|como\s+(?:ocurre|sucede|pasa)\s+con|"
    r"en\s+compania\s+de|a\s+la\s+par\s+de|"
    # "en la misma categoría de ...", read by the tagger as the tier named last.
    r"en\s+(?:la\s+misma\s+(?:categoria|lista|clasificacion)|el\s+mismo\s+(?:nivel|grupo|escalon)|"
    r"(?P<t>\u27e6T\d+\u27e7))\s+(?:de|que))\s+"
    rf"(?:(?:(?:los|las|otros|otras)\s+)?(?:{N}\s+)?(?:otros\s+|otras\s+)?"
    r"(?:paises|naciones|estados|gobiernos|regimenes|adversarios|aliados|vecinos)"
    r"(?:\s+(?:[a-z]+|\u27e6C\d+\u27e7)){0,9}?\s*,?\s+(?:como|tales\s+como|entre\s+(?:ell[oa]s|los\s+que\s+se\s+"
    r"(?:incluyen|encuentran|cuentan|figuran|estan)|los\s+que\s+(?:estan|figuran))|incluid[oa]s)"
    r"\s+)?"
    rf"(?:(?:los|las|la|el)\s+)?(?P<subj>{CL})(?:\s*,\s*ademas\s+de\s+(?P<subj2>{CL}))?"
)
# What may stand between a claim and those words: the rest of its clause, with no other tier,
# no verb of its own that would start another claim, nothing hypothetical.
_BESIDE_GAP = re.compile(
    r"(?:[^.;:\u27e6]|\u27e6[CYONG]\d+\u27e7){0,160}?"
    # "colocándola junto a ...": a gerund that places it there, with its pronoun.
    r"(?:,\s*|\s+)(?:[a-z]+ndol[oa]s?\s+)?(?=(?:junto|al\s+igual|como\s+(?:ocurre|sucede|pasa)|"
    r"en\s+compania|a\s+la\s+par|en\s+(?:la|el)\s+mism[oa]|en\s+\u27e6T\d+\u27e7\s+(?:de|que)\s+\u27e6C))"
)


# "forman parte| del llamado «nivel 3», el de ..., junto con ...": the claim's own tier after
# its end (a rule that leaves it to others' reading), before the words that name companions.
_OWN_TIER_AFTER = re.compile(
    r"\s+(?:de|del|en)\s+(?:(?:el|la|los|las)\s+)?(?:(?:denominad|llamad)[oa]\s+)?[\"']?"
    r"(?P<t>\u27e6T\d+\u27e7)[\"']?"
)


# A clause with a subject of its own between a claim and the words that name companions.
_OTHER_CLAUSE = re.compile(
    r"\b(?:mientras|pero|aunque|sino|donde|cuando|porque|ya\s+que|en\s+cambio|sin\s+embargo)\b"
)


def companions(
    tagged: Tagged, claims: list[tuple[Claim, int, int]]
) -> list[tuple[Claim, int, int]]:
    """Tier claims about the countries named beside a claim later in its clause: they are on
    the tier it names (or moves its countries to). Never across a negation or a condition."""

    extra: list[tuple[Claim, int, int]] = []

    def known(countries: tuple[str, ...], tier: str) -> bool:
        return any(
            c.tier == tier and set(countries) <= set(c.countries) for c, _, _ in claims + extra
        )

    for claim, _start, end in claims:
        if claim.kind not in PLACING_KINDS or claim.negated or not claim.tier:
            continue
        own = _OWN_TIER_AFTER.match(tagged.text, end)
        if own and tagged.tokens_in(own.group("t"), "T")[0].value == claim.tier:
            end = own.end()
        gap = _BESIDE_GAP.match(tagged.text, end)
        if gap is None:
            continue
        # The words of the clause that holds those words (a relative clause before a comma,
        # "países que no hacen el esfuerzo suficiente, como ocurre con ...", is not theirs).
        words_between = TOKEN.sub(" ", gap.group().rsplit(",", 1)[-1])
        if NO.search(words_between) or CONDITION.search(words_between):
            continue
        if _OTHER_CLAUSE.search(TOKEN.sub(" ", gap.group())):
            continue  # "..., mientras que Chile, junto con Irán, ...": Chile's companions
        beside = _BESIDE.match(tagged.text, gap.end())
        if beside is None:
            continue
        named = beside.group("t")
        if named and tagged.tokens_in(named, "T")[0].value != claim.tier:
            continue  # "... en el nivel 2 de ...": another tier, not the same one
        codes = tagged.tokens_in(beside.group("subj"), "C")
        if beside.group("subj2"):
            codes += tagged.tokens_in(beside.group("subj2"), "C")
        countries = tuple(code for code in country_codes(codes) if code not in claim.countries)
        if countries and not known(countries, claim.tier):
            placed = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=claim.tier)
            extra.append((placed, beside.start("subj"), beside.end("subj")))
    # "Junto a Tailandia, también Malasia volvió a un escalón más abajo": the countries named
    # before the comma share the first claim after it.
    fronted = _FRONTED_BESIDE.match(tagged.text)
    later = sorted((c for c in claims if fronted and c[2] > fronted.end()), key=lambda c: c[1])
    first = later[0][0] if later else None
    if (
        fronted is not None
        and first is not None
        and first.kind in (ClaimKind.TIER, ClaimKind.CHANGE)
        and not first.negated
        and (first.tier or first.direction or first.from_tier)
    ):
        group = "subj" if fronted.group("subj") else "also"
        named = country_codes(tagged.tokens_in(fronted.group(group), "C"))
        sharing = tuple(code for code in named if code not in first.countries)
        if sharing:
            extra.append((replace(first, countries=sharing), fronted.start(group),
                          fronted.end(group)))  # fmt: skip
    return extra


_FRONTED_BESIDE = re.compile(
    rf"^\W*(?:junto\s+(?:a|con)|al\s+igual\s+que|como)\s+(?P<subj>{CL})\s*,"
    r"(?=\s*(?:tambien\s+)?\u27e6C)"
    # "Además de Rusia, el Departamento de Estado ha rebajado a Uzbekistán": the report's
    # move of another country, Russia's too
    rf"|^\W*ademas\s+de\s+(?P<also>{CL})\s*,"
    r"(?=\s*(?:tambien\s+)?\u27e6C|[^.;:]{0,80}?\b(?:el\s+(?:informe|reporte|departamento)|"
    r"washington)\b)"
)
