"""Countries that share a claim read beside them, in the pair and list shapes of press text,
English and Spanish:

* a tail that gives the same predicate to more countries ("Peru is on Tier 2, as is Bolivia",
  "...; so are Chile and Cuba", "Perú está en el Nivel 2, igual que Bolivia", "también lo
  están Chile y Cuba", "fell to Tier 3, joining Cuba", "bajó al Nivel 3, donde ya estaba Cuba");
* an apposition that places a list ("Peru and Chile, both on Tier 2, ...", "Perú y Chile, dos
  países del Nivel 2, ...": not a count of Tier 2 countries);
* a tier set before its list ("On Tier 2: Peru, Chile and Bolivia", "En el Nivel 2: ...");
* a change told again with the verb left out ("... from Tier 3 to Tier 2 and Chile from Tier 2
  to Tier 1", "... y Perú del Nivel 2 al Nivel 1");
* a joined tier ("Peru joined Tier 1", "Perú se sumó al Nivel 1");
* an elided clause whose list a reading cut short ("Chile está en el Nivel 1, Perú y Bolivia en
  el Nivel 3": Peru as well as Bolivia).

Each reading gives a country only the tier the words give it, and none crosses a negation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .country_tokens import country_codes
from .found import Found
from .grammar import CL, QT, T
from .model import Claim, ClaimKind
from .tagger import Tagged
from .tier_order import move_direction

_PLACED = (ClaimKind.TIER, ClaimKind.CHANGE)
_END = r"(?=\s*(?:[.;:]|$))"
_NEG = re.compile(r"\b(?:not|no|never|nor|neither|ni|nunca|tampoco)\b")

# "..., as is Bolivia", "... and so are Chile and Cuba", "..., igual que Bolivia", "...; también
# lo están Chile y Cuba", "..., joining Cuba", "..., like Cuba": the tail gives the countries the
# claim's tier. (Not "such as", "como" after a noun: those name examples of something else.)
_SHARED_TAIL = re.compile(
    # (a few plain words may close the claim first: "stays on Tier 2 for another year, as does")
    r"(?:\s+[a-z]+){0,4}?\s*[\"']?\s*(?:,|;|\s)\s*(?:(?:and|y|e)\s+)?(?:"
    # (a subject the parser supplied for "so is" may stand after "so": "so⟦C⟧ is")
    r"(?:as|so)(?:\u27e6C\d+\u27e7)?\s+(?:is|are|was|were|does|do|did|has|have)|"
    r"(?:al\s+)?igual\s+que|lo\s+mismo\s+que|"
    r"tambien(?:\u27e6C\d+\u27e7)?\s+lo(?:\u27e6C\d+\u27e7)?\s+(?:esta|estan|estaba|estaban|hace|hacen|hizo|hicieron)|"
    r"(?:just\s+)?like|joining|to\s+join|uniendose\s+a|sumandose\s+a|como|"
    # "..., joined this year by Bolivia", "..., a los que este año se sumó Bolivia"
    r"joined(?:\s+[a-z]+){0,3}?\s+by|"
    r"(?:a\s+l[oa]s?|al)\s+que(?:\s+[a-z]+){0,3}?\s+se\s+(?:sumo|sumaron|unio|unieron|suma|suman)"
    r")\s+(?:(?:neighbou?ring|vecin[oa]s?|fellow|the|el|la|los|las|a)\s+)?"
    rf"(?P<subj>{CL})(?=\s*(?:[.;:,]|$))"
)

# "Chile is on Tier 1; so are Peru and Bolivia.": the clause after the semicolon, read as a
# sentence of its own, shares the claim before it.
_SO_ARE = re.compile(
    r"^\W*(?:(?:and|y|e)\s+)?(?:"
    r"so(?:\u27e6C\d+\u27e7)?\s+(?:is|are|was|were|does|do|did|has|have)|"
    r"tambien(?:\u27e6C\d+\u27e7)?\s+lo(?:\u27e6C\d+\u27e7)?\s+"
    r"(?:esta|estan|estaba|estaban|hace|hacen|hizo|hicieron)"
    rf")\s+(?P<subj>{CL}){_END}"
)

# A row of a table told in prose, after a semicolon that closed the claim before: "Chile was
# ranked Tier 1; Peru, Tier 2; and Bolivia, Tier 3", "...; el vecino Perú, en el Nivel 3".
_ROW = re.compile(
    r"^\W*(?:(?:and|y|e)\s+)?(?:(?:the|el|la|its|su)\s+(?:neighbou?ring\s+|vecin[oa]\s+)?)?"
    rf"(?P<subj>{CL})\s*,\s*(?:(?:on|in|en|de)\s+)?(?:(?:the|el|la)\s+)?{QT}(?P<t>{T})[\"']?"
    r"\s*[.;]?\s*$"
)
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
# "... ranked Chile on Tier 1 and Peru, its neighbour, on Tier 2": a name set apart by an
# apposition in an elided clause.
_APPOSED_ELLIPSIS = re.compile(
    r"\s*(?:,\s*)?(?:and|y|e)\s+(?:a\s+)?" + rf"(?P<subj>{CL})\s*,\s*"
    r"(?:its|their|su|sus|the|el|la)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*,\s*"
    r"(?P<prep>(?:on|in|to|en|a|al)\s+)?(?:(?:the|el|la)\s+)?" + QT + rf"(?P<t>{T})"
)
# "Chile es Nivel 1 y Perú Nivel 2": the verb and the preposition left out.
_BARE_ELLIPSIS = re.compile(
    rf"\s+(?:y|e|and)\s+(?P<subj>{CL})\s+(?:de\s+)?{QT}(?P<t>{T})[\"']?(?=\s*(?:[.;,]|$))"
)

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

# "..., where Cuba already sits", "..., donde ya estaba Cuba", "..., al que Cuba pertenece
# desde 2012": the tier the claim names is where those countries are.
_WHERE = re.compile(
    r"\s*[\"']?\s*,\s*(?:where|donde|al\s+que|a\s+la\s+que|en\s+(?:el|la)\s+que)\s+"
    r"(?P<before>(?:[a-z]+\s+){0,3}?)(?P<subj>" + CL + r")"
    r"(?P<after>(?:\s+[a-z]+){0,5}?(?:\s+(?:since|desde)\s+\u27e6Y\d+\u27e7)?)" + _END
)
_WHERE_VERB = re.compile(
    r"\b(?:sits?|is|are|remains?|stays?|ha(?:s|ve)\s+(?:long\s+|always\s+)?been|already|ya|"
    r"esta|estan|desde\s+hace|"
    r"se\s+encuentran?|figuran?|permanecen?|siguen?|sigue|pertenecen?)\b"
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

# "On Tier 2: Peru, Chile and Bolivia.", "En el Nivel 2: Perú, Chile y Bolivia."
_TIER_THEN_LIST = re.compile(
    r"(?:^|(?<=[.;]\s))\W*(?:on|in|en)\s+(?:el\s+|la\s+)?" + QT + rf"(?P<t>{T})[\"']?\s*:\s*"
    rf"(?P<subj>{CL}){_END}"
)

# "... and Chile from Tier 2 to Tier 1", "... y Perú del Nivel 2 al Nivel 1".
_FROM_TO_AGAIN = re.compile(
    rf"\s*[\"']?\s*(?:,\s*|;\s*|\s+)(?:(?:and|while|whereas|y|e|mientras\s+que|mientras)\s+)?"
    rf"(?P<subj>{CL})\s+(?:from|del|de\s+la|de)\s+{QT}(?P<old>{T})[\"']?\s+"
    rf"(?:to|al|a\s+la|a)\s+{QT}(?P<new>{T})"
)

# "Peru joined Tier 1 alongside Chile", "Perú se sumó al Nivel 1": on the tier it joined.
_JOINED = re.compile(
    rf"(?:^|(?<=[\s,;:(]))(?P<subj>{CL})\s+(?:has\s+|have\s+|also\s+|tambien\s+)?"
    r"(?:joined|joins|se\s+sumo|se\s+suma|se\s+unio|se\s+une|se\s+incorporo|se\s+incorpora)"
    r"(?:\s+(?:a\s+la|al|a))?\s+(?:the\s+(?:ranks\s+of\s+)?)?" + QT + rf"(?P<t>{T})"
    r"(?:\s+(?:alongside|along\s+with|together\s+with|junto\s+(?:a|con))\s+"
    rf"(?P<more>{CL}))?"
)

# The list before a claim's first country, cut off from it: "..., Perú y Bolivia en el Nivel 3"
# read as Bolivia only. The list follows a tier and a comma (another elided clause) or opens
# the sentence.
_JOINING_WORD = re.compile(r"(?:and|y|e)\s+")
_CUT_LIST = re.compile(
    rf"(?:\u27e6T\d+\u27e7[\"']?\s*[,;]\s*(?:(?:and|y|e)\s+)?(?:a\s+)?|^\W*)"
    rf"(?P<subj>{CL})\s+(?:and|y|e)\s+(?:a\s+)?$"
)


def shared_claims(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """`chosen` with the claims these shapes add, and the lists they complete."""
    chosen = _completed_lists(tagged, chosen)
    chosen = _sources_to_subject(tagged, _like_asides(tagged, chosen))
    chosen = _without_apposed_counts(tagged, chosen)
    added: list[Found] = []
    for item in chosen:
        claim = item.claim
        if claim.kind not in _PLACED or claim.negated or not claim.tier:
            if claim.kind is ClaimKind.STREAK and claim.tier and not claim.negated:
                found = _tail(tagged, item)
                if found is not None:
                    added.append(found)
            continue
        for found in (
            _tail(tagged, item),
            _where(tagged, item),
            _from_to(tagged, item),
            _elided(tagged, item),
        ):
            if found is not None and not _read(found, [*chosen, *added]):
                added.append(found)
    sentence_wide = _apposed(tagged) + _tier_then_list(tagged) + _joined(tagged)
    sentence_wide += _described(tagged) + _fronted_companions(tagged, chosen)
    sentence_wide += _held(tagged)
    for found in sentence_wide + _verbless(tagged) + _not_left(tagged, chosen):
        if not _read(found, [*chosen, *added]):
            added.append(found)
    return _without_orphan_ellipses(chosen + added)


# The readings of a clause whose verb is left out ("... and Peru on Tier 2").
_ELLIPSES = ("ellipsis", "ellipsis-change", "elipsis", "elipsis-cambio")


def _without_orphan_ellipses(chosen: list[Found]) -> list[Found]:
    """ "Chile aspira al Nivel 1 y Perú al Nivel 2": an elided clause borrows the verb of the
    clause before it; when that clause made no claim (a hope, a question of its own), neither
    does the elided one."""
    return [
        item
        for item in chosen
        if item.rule not in _ELLIPSES
        or any(other.start < item.start and other.rule not in _ELLIPSES for other in chosen)
    ]


def so_are_they(tagged: Tagged, previous: Found | None) -> list[Found]:
    """ "...; so are Peru and Bolivia": the last tier claim before, for these countries."""
    match = _SO_ARE.match(tagged.text)
    if match is None or previous is None or not previous.claim.tier:
        return []
    claim = previous.claim
    countries = tuple(c for c in _countries(tagged, match) if c not in claim.countries)
    if not countries:
        return []
    unchanged = claim.kind is ClaimKind.TIER and claim.unchanged
    shared = _tier_claim(countries, claim.tier or "", unchanged)
    return [
        Found(shared, match.start("subj"), match.end(), year=previous.year,
              years=previous.years, back=previous.back, rule="so-are-they")
    ]  # fmt: skip


def table_rows(tagged: Tagged, previous: Found | None) -> list[Found]:
    """ "...; Peru, Tier 2": a row after a tier claim, with its verb left out."""
    match = _ROW.match(tagged.text)
    if match is None or previous is None or not previous.claim.tier:
        return []
    claim = _tier_claim(_countries(tagged, match), _tier(tagged, match.group("t")))
    return [
        Found(claim, match.start("subj"), match.end(), year=previous.year,
              years=previous.years, back=previous.back, rule="table-row")
    ]  # fmt: skip


def _held(tagged: Tagged) -> list[Found]:
    """The tiers of `_WITH_ITS`, `_OWN_TIER`, `_KEEPS_COMPANY` and `_ITS_PLACEMENT`."""
    result = []
    for pattern in (_WITH_ITS, _OWN_TIER, _KEEPS_COMPANY, _ITS_PLACEMENT):
        for match in pattern.finditer(tagged.text):
            before = tagged.text[max(0, match.start() - 40) : match.start()]
            if _NEG.search(before + match.group()):
                continue
            countries = _countries(tagged, match)
            if "more" in pattern.groupindex:
                countries += country_codes(tagged.tokens_in(match.group("more"), "C"))
            stay = "noun" in pattern.groupindex and match.group("noun") == "permanencia"
            claim = _tier_claim(countries, _tier(tagged, match.group("t")), stay)
            result.append(Found(claim, match.start(), match.end(), rule="held-tier"))
    return result


def _described(tagged: Tagged) -> list[Found]:
    result = []
    for match in _DESCRIBED.finditer(tagged.text):
        before = tagged.text[max(0, match.start() - 30) : match.start()]
        if _NEG.search(before) or _COMPARED_BEFORE.search(before):
            continue  # "higher than Peru, on Tier 2", "ranks above Peru, on Tier 1"
        if _PREPOSITION_BEFORE.search(before) and not (match.group("still") or match.group("now")):
            # "Perú trabajó, junto con Chile, en el Nivel 2": the tier may be the verb's; after
            # a preposition only "still", "now", "aún" make it the country's own
            continue
        claim = _tier_claim(
            _countries(tagged, match), _tier(tagged, match.group("t")), bool(match.group("still"))
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
                and not set(claim.countries) & set(_countries(tagged, match))
                and claim.kind in _PLACED
                and claim.tier
                and not claim.negated
            ):
                said = _tier_claim(_countries(tagged, match), claim.tier)
                result.append(Found(said, match.start(), item.end, rule="fronted-companions"))
    return result


def _not_left(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    result = []
    for match in _NOT_LEFT.finditer(tagged.text):
        subject = match.group("both") or match.group("one")
        countries = country_codes(tagged.tokens_in(subject, "C"))
        tier = _tier(tagged, match.group("t"))
        if any(
            item.claim.kind is ClaimKind.CHANGE
            and item.claim.negated
            and item.claim.from_tier == tier
            and set(countries) <= set(item.claim.countries)
            for item in chosen
        ):
            continue  # read already, as the move not made
        claim = _tier_claim(countries, tier, unchanged=True)
        result.append(Found(claim, match.start(), match.end(), rule="did-not-leave"))
    return result


def _like_asides(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    asides = list(_LIKE_ASIDE.finditer(tagged.text))
    if not asides:
        return chosen
    result = []
    for item in chosen:
        claim = item.claim
        for aside in asides:
            subject = country_codes(tagged.tokens_in(aside.group("subject"), "C"))
            liked = country_codes(tagged.tokens_in(aside.group("liked"), "C"))
            if claim.kind not in _PLACED or claim.negated or not claim.countries:
                break
            inside = aside.start("liked") <= item.start <= aside.end()
            # right after the aside, maybe at a subject the parser supplied there
            after = aside.end() <= item.start <= aside.end() + 1
            if (
                inside
                and set(claim.countries) <= set(liked)
                and _read(Found(replace(claim, countries=subject), 0, 0), chosen)
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


def _sources_to_subject(tagged: Tagged, chosen: list[Found]) -> list[Found]:
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
                claim.kind in _PLACED
                and claim.countries
                and set(claim.countries) <= source
                and aside.end("subject") <= item.start <= aside.end()
            ):
                subject = country_codes(tagged.tokens_in(aside.group("subject"), "C"))
                item = replace(item, claim=replace(claim, countries=subject), start=aside.start())
                break
        result.append(item)
    return result


def _verbless(tagged: Tagged) -> list[Found]:
    if not _PAIRS.match(tagged.text):
        return []
    return [
        Found(
            _tier_claim(_countries(tagged, match), _tier(tagged, match.group("t"))),
            match.start(),
            match.end(),
            rule="verbless-pairs",
        )
        for match in _ONE_PAIR.finditer(tagged.text)
    ]


def _elided(tagged: Tagged, item: Found) -> Found | None:
    claim = item.claim
    match = _APPOSED_ELLIPSIS.match(tagged.text, item.end)
    if match is not None:
        tier = _tier(tagged, match.group("t"))
        moved = (match.group("prep") or "").strip() in ("to", "a", "al")
        if claim.kind is ClaimKind.CHANGE and moved:
            said = replace(claim, countries=_countries(tagged, match), tier=tier, from_tier=None)
        elif claim.kind is ClaimKind.TIER and not moved:
            said = _tier_claim(_countries(tagged, match), tier)
        else:
            return None
        return Found(said, match.start("subj"), match.end(), rule="apposed-ellipsis")
    match = _BARE_ELLIPSIS.match(tagged.text, item.end)
    if match is not None and claim.kind is ClaimKind.TIER:
        said = _tier_claim(_countries(tagged, match), _tier(tagged, match.group("t")))
        return Found(said, match.start("subj"), match.end(), rule="bare-ellipsis")
    return None


def _tier_claim(countries: tuple[str, ...], tier: str, unchanged: bool = False) -> Claim:
    return Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier, unchanged=unchanged)


def _read(found: Found, chosen: list[Found]) -> bool:
    """Whether every country of `found` already has a claim of that tier read."""
    claim = found.claim
    named = {
        code
        for item in chosen
        if item.claim.tier == claim.tier and not item.claim.negated
        for code in item.claim.countries
    }
    return set(claim.countries) <= named


def _countries(tagged: Tagged, match: re.Match[str]) -> tuple[str, ...]:
    return country_codes(tagged.tokens_in(match.group("subj"), "C"))


def _tier(tagged: Tagged, fragment: str) -> str:
    return tagged.tokens_in(fragment, "T")[0].value


def _tail(tagged: Tagged, item: Found) -> Found | None:
    match = _SHARED_TAIL.match(tagged.text, item.end)
    if match is None or _NEG.search(match.group()):
        return None
    countries = tuple(c for c in _countries(tagged, match) if c not in item.claim.countries)
    if not countries:
        return None
    claim = item.claim
    if claim.kind is ClaimKind.STREAK:
        # "stay on Tier 3 for the fourth straight year, as do Iran and Syria"
        return Found(replace(claim, countries=countries), item.start, match.end())
    # "Peru stays on Tier 2, as does Bolivia": Bolivia stays too; after a move, only where the
    # move ended is shared ("fell to Tier 3, joining Cuba": Cuba is on Tier 3).
    joined = re.search(
        r"\b(?:join|joined|joining|sumo|sumaron|suma|suman|unio|unieron)\b", match.group()
    )
    unchanged = claim.kind is ClaimKind.TIER and claim.unchanged and not joined
    return Found(_tier_claim(countries, claim.tier or "", unchanged), item.start, match.end())


def _where(tagged: Tagged, item: Found) -> Found | None:
    match = _WHERE.match(tagged.text, item.end)
    if match is None or _NEG.search(match.group()):
        return None
    if not _WHERE_VERB.search(match.group("before") + " " + match.group("after")):
        return None
    countries = _countries(tagged, match)
    if not countries:
        return None
    return Found(_tier_claim(countries, item.claim.tier or ""), item.start, match.end())


def _from_to(tagged: Tagged, item: Found) -> Found | None:
    claim = item.claim
    if claim.kind is not ClaimKind.CHANGE or claim.from_tier is None:
        return None
    match = _FROM_TO_AGAIN.match(tagged.text, item.end)
    if match is None:
        return None
    old, new = _tier(tagged, match.group("old")), _tier(tagged, match.group("new"))
    changed = replace(
        claim,
        countries=_countries(tagged, match),
        tier=new,
        from_tier=old,
        direction=move_direction(old, new),
    )
    return Found(changed, match.start("subj"), match.end(), rule="from-to-again")


def _apposed(tagged: Tagged) -> list[Found]:
    result = []
    for match in _APPOSED.finditer(tagged.text):
        tiers = [match.group(name) for name in ("t1", "t2", "t3") if match.group(name)]
        before = tagged.text[max(0, match.start() - 30) : match.start()]
        if not tiers or _NEG.search(before):
            continue
        claim = _tier_claim(_countries(tagged, match), _tier(tagged, tiers[0]))
        result.append(Found(claim, match.start(), match.end(), rule="apposed-tier"))
    return result


def _without_apposed_counts(tagged: Tagged, chosen: list[Found]) -> list[Found]:
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
        claim = _tier_claim(_countries(tagged, match), _tier(tagged, match.group("t")))
        result.append(Found(claim, match.start(), match.end(), rule="tier-then-list"))
    return result


def _joined(tagged: Tagged) -> list[Found]:
    result = []
    for match in _JOINED.finditer(tagged.text):
        before = tagged.text[max(0, match.start() - 40) : match.start()]
        if _NEG.search(before + match.group()):
            continue
        countries = _countries(tagged, match)
        countries += country_codes(tagged.tokens_in(match.group("more"), "C"))
        claim = _tier_claim(countries, _tier(tagged, match.group("t")))
        result.append(Found(claim, match.start(), match.end(), rule="joined-tier"))
    return result


def _completed_lists(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    result = []
    for item in chosen:
        claim = item.claim
        # the claim's first country, after an "and" the reading may have taken in
        joined = _JOINING_WORD.match(tagged.text, item.start)
        at = joined.end() if joined else item.start
        first = tagged.token_at(at)
        cut = _CUT_LIST.search(tagged.text, 0, at)
        if (
            claim.kind in _PLACED
            and first is not None
            and first.kind == "C"
            and cut is not None
            and cut.end() == at
        ):
            more = _countries(tagged, cut)
            elsewhere = any(
                code in other.claim.countries
                for other in chosen
                if other is not item
                for code in more
            )
            if more and not elsewhere:
                claim = replace(claim, countries=(*more, *claim.countries))
                item = replace(item, claim=claim, start=cut.start("subj"))
        result.append(item)
    return result


__all__ = ["shared_claims", "so_are_they", "table_rows"]
