"""Tiers a sentence gives countries outside a clause of the usual shape: an apposition ("Peru
and Chile, both on Tier 2, ...", "Cambodia, still on the Watch List"; "two Tier 2 countries" is
no count of Tier 2), a tier before its list ("On Tier 2: ..."), a tier joined ("Peru joined Tier
1 alongside Chile", "se sumó al Nivel 1"), companions set first ("Alongside Russia and China,
..."), a tier held ("With its Tier 1 ranking, Chile", "Peru's Tier 3", "acompaña a Perú en",
"celebró su ubicación en"), a move not made ("Neither Russia nor China made it off Tier 3",
"no logró salir del Nivel 3": a stay) and a sentence of pairs with no verb ("Chile en el Nivel
1 y Perú en el Nivel 2, según el informe"). None is read across a negation."""

from __future__ import annotations

import re

from .country_tokens import country_codes
from .found import Found
from .grammar import CL, QT, T
from .model import ClaimKind
from .pair_basics import END, NEG, PLACED, countries_of, tier_claim, tier_of
from .tagger import Tagged

# A sentence of pairs with no verb, a headline's or a table's: "Chile en el Nivel 1 y Perú en
# el Nivel 2, según el informe", "Chile on Tier 1, Peru on Tier 2".
_PAIR = rf"(?:{CL})\s*(?:(?:on|in|en)\s+)?(?:(?:the|el|la)\s+)?{QT}{T}[\"']?"
_PAIRS = re.compile(
    rf"^\W*{_PAIR}(?:\s*(?:,|;|\band\b|\by\b|\be\b)\s*{_PAIR})+"
    # a closing remark after a comma or colon, not a wish ("..., Lima hopes")
    r"(?:\s*[,:]\s*(?![^\u27e6]*\b(?:hope|hopes|would|could|might|want|wants|aim|goal|espera|"
    r"esperan|podria|podrian|quiere|quieren|aspira|aspiran|meta|objetivo)\b)"
    r"(?:[^\u27e6]|\u27e6G\d+\u27e7)*)?\s*[.;]?\s*$"
)
_ONE_PAIR = re.compile(rf"(?P<subj>{CL})\s*(?:(?:on|in|en)\s+)?(?:(?:the|el|la)\s+)?{QT}(?P<t>{T})")
# "Neither Russia nor China made it off Tier 3", "Ni Rusia ni China lograron salir del Nivel 3",
# "Peru did not leave Tier 3", "Perú no logró salir del Nivel 3": they stayed on it.
_LEAVE = (
    r"(?:leave|get\s+off|escape|move\s+off|make\s+it\s+off|climb\s+off|"
    r"salir\s+(?:del|de\s+la|de)|abandonar)"
)
_NOT_LEFT = re.compile(
    rf"(?:\b(?:neither|ni)\s+(?P<both>{CL})\s+"
    r"(?:made\s+it\s+off|left|escaped|got\s+off|moved\s+off|climbed\s+off|"
    r"(?:managed|were\s+able|was\s+able)\s+to\s+" + _LEAVE + r"|"
    r"(?:lograron|logro|pudieron|pudo|consiguieron|consiguio)\s+" + _LEAVE + r"|"
    r"salieron\s+(?:del|de\s+la|de)|abandonaron)"
    rf"|(?P<one>{CL})\s+(?:did\s+not|didn't|failed\s+to|could\s+not|couldn't|"
    r"(?:was|were)\s+unable\s+to|no\s+(?:logro|lograron|pudo|pudieron|consiguio|consiguieron))\s+"
    + _LEAVE
    + r")\s+"
    + QT
    + rf"(?P<t>{T})(?!\s*(?:until|till|before|hasta|antes)\b)"
)
# "Peru and Chile, both on Tier 2, ...", "Perú, Chile y Bolivia, todos en el Nivel 2, ...",
# "Peru and Chile, two Tier 2 countries, ...", "Perú y Chile, dos países del Nivel 2, ...".
_APPOSED = re.compile(
    rf"(?:^|(?<=[\s,;:(]))(?P<subj>{CL})\s*,\s*(?:"
    r"(?:both|all|all\s+of\s+them|ambos|ambas|todos|todas)\s+(?:(?:on|in|en)\s+)?"
    + QT
    + rf"(?P<t1>{T})|"
    r"(?:two|three|four|dos|tres|cuatro|\u27e6N\d+\u27e7|all|both|todos|todas|ambos|ambas)\s+(?:fellow\s+)?"
    + QT
    + rf"(?P<t2>{T})\s+(?:countries|nations)|"
    r"(?:two|three|four|dos|tres|cuatro|\u27e6N\d+\u27e7|all|both|todos|todas|ambos|ambas)\s+(?:paises|naciones)\s+"
    r"(?:del|de\s+la|de|en\s+el|en\s+la)\s+" + QT + rf"(?P<t3>{T})"
    r")[\"']?\s*(?:,|$)"
)
# "..., contrasts with Cambodia, still on the Watch List.", "Jordan, on Tier 2, signed ...":
# a country described by its tier between commas.
_DESCRIBED = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<subj>{CL})\s*,\s*(?P<still>(?:still|again|aun|todavia|sigue)\s+)?"
    r"(?P<now>(?:now|currently|already|ahora|actualmente|ya)\s+)?(?:on|en)\s+(?:el\s+|la\s+)?"
    + QT
    + rf"(?P<t>{T})[\"']?\s*(?=[,.;]|$)"
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|que|from|de|del|above|below|over|under|behind|ahead\s+of|encima\s+de|"
    r"debajo\s+de|por\s+delante\s+de|detras\s+de|sobre|tras)\s*$"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|con|a|al|to|for|para|por|in|en|on|of|alongside|along\s+with|junto\s+(?:a|con)|"
    r"like|como|unlike|among|entre)\s*$"
)
# "Alongside Russia and China, Uzbekistan was placed on Tier 3": companions set before.
_FRONTED_COMPANIONS = re.compile(
    r"(?:^|(?<=[;:]\s))\W*(?:alongside|along\s+with|together\s+with|junto\s+(?:a|con)|"
    rf"al\s+igual\s+que)\s+(?P<subj>{CL})\s*,\s*"
)
# "With its Tier 1 ranking, Chile leads ...", "Con su calificación de Nivel 1, Chile ...": the
# tier the subject holds, set before it.
_WITH_ITS = re.compile(
    r"^\W*(?:with|con)\s+(?:its|su)\s+(?:(?:calificacion|clasificacion|ubicacion|ranking|"
    r"rating|status|puesto|lugar)\s+(?:de|en\s+el|en)\s+)?" + QT + rf"(?P<t>{T})[\"']?"
    r"(?:\s+(?:ranking|rating|status|designation|placement|standing))?\s*,\s*"
    rf"(?P<subj>{CL})"
)
# "... contrasts with Peru's Tier 3.": a country's tier named by the possessive alone.
_OWN_TIER = re.compile(
    rf"(?P<subj>{CL})'s\s+" + QT + rf"(?P<t>{T})[\"']?"
    r"(?=\s*(?:[.;,)]|$|\s+(?:ranking|rating|status|designation|placement|standing)\b))"
)
# "Chile acompaña a Perú en el Nivel 2": both are on it.
_KEEPS_COMPANY = re.compile(
    rf"(?P<subj>{CL})\s+(?:acompana|acompanan|acompano|acompanaron|accompanies|accompany|"
    rf"accompanied)\s+(?:a\s+)?(?P<more>{CL})\s+(?:en|on|in)\s+(?:el\s+|la\s+)?"
    + QT
    + rf"(?P<t>{T})"
)
# "El gobierno chileno celebró su ubicación en el Nivel 1": a placement the subject speaks of.
_ITS_PLACEMENT = re.compile(
    rf"(?P<subj>{CL})\s+(?:celebro|celebra|lamento|lamenta|destaco|destaca|valoro|valora|"
    r"saludo|saluda|acepto|acepta|rechazo|rechaza|critico|critica|cuestiono|cuestiona)\s+su\s+"
    r"(?P<noun>ubicacion|clasificacion|calificacion|permanencia|inclusion)\s+(?:en|dentro\s+del?)\s+"
    r"(?:el\s+|la\s+)?" + QT + rf"(?P<t>{T})"
)
# "On Tier 2: Peru, Chile and Bolivia.", "En el Nivel 2: Perú, Chile y Bolivia.", "Also on
# Tier 3: ..."
_TIER_THEN_LIST = re.compile(
    r"(?:^|(?<=[.;]\s))\W*(?:(?:also|tambien)\s+)?(?:on|in|en)\s+(?:el\s+|la\s+)?"
    + QT
    + rf"(?P<t>{T})[\"']?\s*:\s*"
    rf"(?P<subj>{CL}){END}"
)
# "Peru joined Tier 1 alongside Chile", "Perú se sumó al Nivel 1": on the tier it joined.
_JOINED = re.compile(
    rf"(?:^|(?<=[\s,;:(]))(?P<subj>{CL})\s+(?:has\s+|have\s+|also\s+|tambien\s+)?"
    r"(?:joined|joins|se\s+sumo|se\s+suma|se\s+unio|se\s+une|se\s+incorporo|se\s+incorpora)"
    r"(?:\s+(?:a\s+la|al|a))?\s+(?:the\s+(?:ranks\s+of\s+)?)?" + QT + rf"(?P<t>{T})"
    r"(?:\s+(?:alongside|along\s+with|together\s+with|junto\s+(?:a|con))\s+"
    rf"(?P<more>{CL}))?"
)


def _held(tagged: Tagged) -> list[Found]:
    """The tiers of `_WITH_ITS`, `_OWN_TIER`, `_KEEPS_COMPANY` and `_ITS_PLACEMENT`."""
    result = []
    for pattern in (_WITH_ITS, _OWN_TIER, _KEEPS_COMPANY, _ITS_PLACEMENT):
        for match in pattern.finditer(tagged.text):
            before = tagged.text[max(0, match.start() - 40) : match.start()]
            if NEG.search(before + match.group()):
                continue
            countries = countries_of(tagged, match)
            if "more" in pattern.groupindex:
                countries += country_codes(tagged.tokens_in(match.group("more"), "C"))
            stay = "noun" in pattern.groupindex and match.group("noun") == "permanencia"
            claim = tier_claim(countries, tier_of(tagged, match.group("t")), stay)
            result.append(Found(claim, match.start(), match.end(), rule="held-tier"))
    return result


def _described(tagged: Tagged) -> list[Found]:
    result = []
    for match in _DESCRIBED.finditer(tagged.text):
        before = tagged.text[max(0, match.start() - 30) : match.start()]
        if NEG.search(before) or _COMPARED_BEFORE.search(before):
            continue  # "higher than Peru, on Tier 2", "ranks above Peru, on Tier 1"
        if _PREPOSITION_BEFORE.search(before) and not (match.group("still") or match.group("now")):
            # "Perú trabajó, junto con Chile, en el Nivel 2": the tier may be the verb's; after
            # a preposition only "still", "now", "aún" make it the country's own
            continue
        claim = tier_claim(
            countries_of(tagged, match),
            tier_of(tagged, match.group("t")),
            bool(match.group("still")),
        )
        result.append(Found(claim, match.start(), match.end(), rule="described-by-tier"))
    return result


def _fronted_companions(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    result = []
    for match in _FRONTED_COMPANIONS.finditer(tagged.text):
        for item in chosen:
            claim = item.claim
            if (
                # (a reading may have taken the last companion into its list, then left it)
                match.start("subj") <= item.start <= match.end() + 1
                and not set(claim.countries) & set(countries_of(tagged, match))
                and claim.kind in PLACED
                and claim.tier
                and not claim.negated
            ):
                said = tier_claim(countries_of(tagged, match), claim.tier)
                result.append(Found(said, match.start(), item.end, rule="fronted-companions"))
    return result


def _not_left(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    result = []
    for match in _NOT_LEFT.finditer(tagged.text):
        subject = match.group("both") or match.group("one")
        countries = country_codes(tagged.tokens_in(subject, "C"))
        tier = tier_of(tagged, match.group("t"))
        if any(
            item.claim.kind is ClaimKind.CHANGE
            and item.claim.negated
            and item.claim.from_tier == tier
            and set(countries) <= set(item.claim.countries)
            for item in chosen
        ):
            continue  # read already, as the move not made
        claim = tier_claim(countries, tier, unchanged=True)
        result.append(Found(claim, match.start(), match.end(), rule="did-not-leave"))
    return result


def _verbless(tagged: Tagged) -> list[Found]:
    if not _PAIRS.match(tagged.text):
        return []
    return [
        Found(
            tier_claim(countries_of(tagged, match), tier_of(tagged, match.group("t"))),
            match.start(),
            match.end(),
            rule="verbless-pairs",
        )
        for match in _ONE_PAIR.finditer(tagged.text)
    ]


def _apposed(tagged: Tagged) -> list[Found]:
    result = []
    for match in _APPOSED.finditer(tagged.text):
        tiers = [match.group(name) for name in ("t1", "t2", "t3") if match.group(name)]
        before = tagged.text[max(0, match.start() - 30) : match.start()]
        if not tiers or NEG.search(before):
            continue
        claim = tier_claim(countries_of(tagged, match), tier_of(tagged, tiers[0]))
        result.append(Found(claim, match.start(), match.end(), rule="apposed-tier"))
    return result


def without_apposed_counts(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """ "Peru and Chile, two Tier 2 countries, ...": a count of the pair, not of Tier 2."""
    spans = [
        (m.start(), m.end())
        for m in _APPOSED.finditer(tagged.text)
        if m.group("t2") or m.group("t3")
    ]
    return [
        item
        for item in chosen
        if item.claim.kind is not ClaimKind.COUNT
        or not any(start <= item.start and item.end <= end + 1 for start, end in spans)
    ]


def _tier_then_list(tagged: Tagged) -> list[Found]:
    result = []
    for match in _TIER_THEN_LIST.finditer(tagged.text):
        claim = tier_claim(countries_of(tagged, match), tier_of(tagged, match.group("t")))
        result.append(Found(claim, match.start(), match.end(), rule="tier-then-list"))
    return result


def _joined(tagged: Tagged) -> list[Found]:
    result = []
    for match in _JOINED.finditer(tagged.text):
        before = tagged.text[max(0, match.start() - 40) : match.start()]
        if NEG.search(before + match.group()):
            continue
        countries = countries_of(tagged, match)
        countries += country_codes(tagged.tokens_in(match.group("more"), "C"))
        claim = tier_claim(countries, tier_of(tagged, match.group("t")))
        result.append(Found(claim, match.start(), match.end(), rule="joined-tier"))
    return result


def held_tiers(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Every claim these shapes read in the sentence (some may be read already)."""
    found = _apposed(tagged) + _tier_then_list(tagged) + _joined(tagged)
    found += _described(tagged) + _fronted_companions(tagged, chosen) + _held(tagged)
    return found + _verbless(tagged) + _not_left(tagged, chosen)
