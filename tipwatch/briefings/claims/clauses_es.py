"""Spanish word orders the clause reader (`clause_reader.clause_claims`) does not cover.

That reader takes a list of countries, then a verb, then a tier. Spanish also puts the object
after an active verb ("el informe mantuvo en la lista negra a Argelia, Belice y ...", "dejó
«bajo observación» a Venezuela"), the tier first and its countries after the verb ("En el
primer grupo se encuentran Colombia y Chile", "una lista negra de la que siguen formando parte
Cuba y Venezuela"), and a tier's members after it ("22 países que repiten en la peor
categoría, entre ellos Venezuela y Rusia"). These readings are tried only where no rule read a
claim over the same words, and never across a negation, a condition or a prediction.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .claim_years import claim_years
from .clause_bounds import CLAUSE_BREAK
from .country_tokens import country_codes
from .earlier_report import time_after
from .found import Found
from .grammar import CL, C, N, T, words
from .model import Claim, ClaimKind
from .tagger import TOKEN
from .tier_order import move_direction
from .vocabulary_es import VOCABULARY

if TYPE_CHECKING:
    from .tagger import Tagged

# Between a preposition and its tier: an article, a noun in apposition, a quotation mark.
_QT = (
    r"(?:(?:la|el|los|las|su|una|un|este|esta|ese|esa)\s+)?(?:(?:denominad[oa]|llamad[oa])\s+)?"
    # "entre los 23 países con peor desempeño": the tier's size, before the tier itself.
    rf"(?:(?P<n0>{N})\s+(?=\u27e6T))?"
    # "dentro de los países de «nivel 2»": the tier's members named before it.
    r"(?:(?:paises|naciones|estados)\s+(?:de|del)\s+)?"
    # "con la calificación TIER ONE": the tier as a rating.
    r"(?:(?:calificacion|clasificacion|categoria|etiqueta|nota)\s+(?=\u27e6T))?"
    r"(?:(?:lista|listado|grupo|categoria|clasificacion|conjunto)\s+(?:de|del)\s+"
    # "al grupo de 42 naciones en observación": the tier's size, before it.
    rf"(?:(?:los|las)\s+)?(?:(?P<n>{N})\s+)?(?:(?:paises|naciones|estados)\s+)?)?"
    r"[\"'\u201c\u00ab]?"
)
_QT2 = r"(?:(?:la|el|los|las|su)\s+)?[\"'\u201c\u00ab]?"
# "con la calificación Nivel 1": a rating given with the verb (the noun is then required).
_AT = words(
    "en",
    "como",
    "entre",
    "dentro de",
    "dentro del",
    r"con(?=\s+la\s+(?:calificacion|clasificacion|categoria|etiqueta|nota)\s)",
)
_TO = words("a", "al", "hasta", "hacia")
_FROM = words("de", "del", "desde")

# Active verbs whose object is the country placed, kept or moved (the subject is the report).
_PLACE_STEMS = (
    "ubic", "coloc", "situ", "clasific", "calific", "catalog", "inclu", "pus", "pon",
    "dej", "consider", "design", "posicion", "reconoc",
)  # fmt: skip
_KEEP_STEMS = ("mantuv", "mantien", "manten", "conserv", "ratific", "sostuv", "sostien")
# Moves whose direction the verb alone does not say: back, across, into a new tier.
_MOVE_STEMS = ("devolv", "reclasific", "traslad", "reubic", "pas", "mov")
# "added to the blacklist" is a move down into it (PROVENANCE.md, labelling rules).
_ADD_STEMS = ("agreg", "anad", "sum", "incorpor")
_EXIT_STEMS = ("retir", "sac", "exclu", "elimin", "quit", "borr")

_DIRECTED_STEMS = (
    "subi", "sub", "ascend", "elev", "promov", "mejor", "baj", "descend", "degrad", "rebaj",
    "releg", "retroced",
)  # fmt: skip
_STEMS = "|".join(
    sorted(
        _PLACE_STEMS + _KEEP_STEMS + _MOVE_STEMS + _ADD_STEMS + _EXIT_STEMS + _DIRECTED_STEMS,
        key=len,
        reverse=True,
    )
)
_VERB = (
    r"(?P<verb>(?:(?:se|lo|la|los|las|le|les|ha|han|habia|habian|decidio|decidieron|"
    rf"volvio\s+a|vuelve\s+a)\s+)*(?<![a-z])(?:{_STEMS})[a-z]*)"
)
# What may stand between an active verb and its object: a day, an adverb, a place in the report.
_MID = r"(?P<mid>(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){0,6}?)"
# "a Argelia, Belice y Birmania", "a los Estados Unidos": the object of an active verb; "a
# Venezuela junto con Cuba": a companion placed with it.
_OBJECT = (
    # "posicionando al país en el Nivel 2": "al país", read as the country it stands for, has
    # no "a" left before it (a country after "de", "por", "en" or "con" is no object).
    rf"(?:\b(?:a\s+(?:(?:los|las|la|el)\s+)?|al\s+)|(?<![a-z])(?<!\bde\s)(?<!\bdel\s)(?<!\bpor\s)"
    rf"(?<!\ben\s)(?<!\bcon\s)(?<!\bque\s)(?=\u27e6C\d+\u27e7\s+(?:en|a|al|de|del|como)\s))(?P<subj>{CL})"
    rf"(?:\s*,?\s+(?:junto\s+(?:con|a)|al\s+igual\s+que)\s+(?:(?:los|las|la|el)\s+)?(?P<comp>{CL}))?"
)
_END = r"(?=\s*(?:[.;:,)]|$|\s+(?:y|e|pero|mientras|aunque|porque|por\s+(?:no|su|sus)|tras)\b))"

# "mantuvo a Cuba en el nivel 3", "devolvió a Venezuela al grupo en observación".
_VERB_OBJECT_TIER = re.compile(
    rf"{_VERB}{_MID}\s+{_OBJECT}(?P<mid2>(?:\s+[a-z]+){{0,4}}?)\s*,?\s+"
    rf"(?:(?P<prep>{_AT}|{_TO}|{_FROM})\s+)?{_QT}(?P<t>{T})"
    # "elevar a Tailandia del nivel 3 al 2": where the move took it.
    rf"(?:\s+(?:al|a\s+la|a)\s+{_QT2}(?P<t2>{T}))?"
)
# "mantuvo en la lista negra a Argelia, ...", "dejó «bajo observación» a Venezuela, ...".
_VERB_TIER_OBJECT = re.compile(
    rf"{_VERB}{_MID}\s+(?:(?P<prep>{_AT}|{_TO}|{_FROM})\s+)?{_QT}(?P<t>{T})[\"'\u201d\u00bb]?"
    rf"(?P<mid2>(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){{0,5}}?)\s*,?\s+{_OBJECT}{_END}"
)

# "degradó a Belice, Bolivia y Panamá en la materia", "mejoró la posición de Cuba": an active
# verb of movement, its object, and no tier in the clause; the subject placed, it did not move.
_VERB_OBJECT_MOVE = re.compile(
    rf"{_VERB}{_MID}\s+(?:{_OBJECT}|(?:la|su)\s+(?:posicion|calificacion|clasificacion|"
    rf"categoria|ubicacion|nota)\s+(?:de|del)\s+(?:(?:los|las|la|el)\s+)?(?P<subj2>{CL}))"
)
_CLAUSE_END = re.compile(r"[.;,]|\s(?:y|e|pero|mientras|aunque)\s")

# "Venezuela se une a Rusia, Tailandia y Libia y otros 16 países en el peor renglón": all of
# them on the tier, and the tier's size when the others are counted.
_JOINS = re.compile(
    rf"(?P<subj>{CL})\s+(?P<verb>se\s+(?:une|unen|unio|unieron|suma|suman|sumo|sumaron))\s+a\s+"
    rf"(?:(?:los|las)\s+)?(?P<subj2>{CL})(?:\s*,?\s+(?:y|e)\s+(?:a\s+)?(?:otros|otras)\s+(?P<n>{N})"
    rf"\s+(?:paises|naciones|estados))?\s+(?:en|dentro\s+del?)\s+{_QT2}(?P<t>{T})"
)
# "Kuwait, junto con otros 17 países, se ubicó en el tercer nivel": the tier's size.
_JOINED_COUNT = re.compile(
    rf"(?P<subj>{CL})\s*,\s*(?:junto\s+(?:con|a)|al\s+igual\s+que)\s+(?:otros|otras)\s+(?P<n>{N})"
    rf"\s+(?:paises|naciones|estados)\s*,\s*(?:{C}\s+)?(?P<verb>(?:[a-z]+\s+){{1,3}}?)"
    rf"(?:en|como|dentro\s+del?)\s+{_QT2}(?P<t>{T})"
)
# "Guatemala se ubica junto a otros 100 países, en el nivel 2": the verb before the others.
_JOINED_COUNT_AFTER = re.compile(
    rf"(?P<subj>{CL})\s+(?P<verb>(?:[a-z]+\s+){{1,3}}?)(?:junto\s+(?:con|a)|al\s+igual\s+que)\s+"
    rf"(?:otros|otras)\s+(?P<n>{N})\s+(?:paises|naciones|estados)\s*,?\s+"
    rf"(?:en|como|dentro\s+del?)\s+{_QT2}(?P<t>{T})"
)

_INTRANSITIVE = (
    r"(?:(?:ha|han|habia|habian)\s+)?(?:permanec|sigue|siguen|sigui|continu|se\s+mantien|se\s+mantuv|qued|figur|aparec|"
    r"se\s+encuentra|esta|estan|estuv|baj|cay|descend|descien|retroced|subi|sube|suben|ascend|"
    r"ingres|entr|sali|sale|salen)[a-z]*"
)
_BE_AFTER = words(
    "se encuentran", "se encuentra", "se encontraban", "se encontraba", "estan", "esta",
    "estaban", "aparecen", "aparece", "figuran", "figura", "quedan", "quedaron", "queda",
    "se ubican", "se ubica", "se situan", "siguen", "sigue", "permanecen", "permanece",
    "continuan", "forman parte", "siguen formando parte", "sigue formando parte", "integran",
    "se mantienen", "se mantiene", "repiten", "destacan", "estuvieron", "estuvo",
)  # fmt: skip
# A count or noun in apposition before the list: "dos países latinoamericanos, Colombia y Chile".
_APPOSED = (
    rf"(?:(?:{N}\s+|(?:los|las)\s+)?(?:paises|naciones|estados|gobiernos)"
    rf"(?P<new>\s+nuev[oa]s)?(?:\s+(?:[a-z]+|\u27e6G\d+\u27e7)){{0,3}}?\s*[,:]\s*)?"
)
_ONLY = r"(?:(?:tambien|ademas|solo|solamente|unicamente|ya|hoy|ahora)\s+)*"
# "En el primer grupo solo se encuentran ... Colombia y Chile", "la lista negra, de la que
# siguen formando parte Cuba y Venezuela": the tier first, the countries after the verb.
_TIER_BEFORE = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:y|pero|mientras)\s+)(?:(?:en|dentro\s+de|dentro\s+del)\s+)?{_QT}"
    rf"(?P<t>{T})[\"'\u201d\u00bb]?(?P<mid>(?:\s*,?\s+(?:[a-z]+|\u27e6[YOG]\d+\u27e7)){{0,16}}?)"
    rf"\s*,?\s+(?:(?:de|en)\s+(?:la|el|los|las)\s+(?:que|cual|cuales)\s+|que\s+|donde\s+)?"
    rf"(?P<verb>{_BE_AFTER})\s+{_ONLY}(?:{N}\s+)?{_APPOSED}(?P<subj>{CL}){_END}"
)
# "una lista negra de la que siguen formando parte Cuba, Nicaragua y Venezuela".
_TIER_THEN_WHICH = re.compile(
    rf"{_QT}(?P<t>{T})[\"'\u201d\u00bb]?(?P<mid>(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){{0,6}}?)"
    rf"\s*,?\s+(?:(?:de|en)\s+(?:la|el|los|las)\s+(?:que|cual|cuales)|donde)\s+"
    rf"(?P<verb>{_BE_AFTER})\s+{_ONLY}(?:{N}\s+)?{_APPOSED}(?P<subj>{CL}){_END}"
)
# "En el nivel dos, que ahora obtiene la República Dominicana, ...": the tier, then the country
# that gets it, after its verb.
_TIER_WHICH_GETS = re.compile(
    rf"{_QT}(?P<t>{T})[\"'\u201d\u00bb]?\s*,?\s+que\s+(?:(?:ahora|hoy|este\s+ano|ya)\s+)?"
    rf"(?P<verb>(?:obtien|obtuv|ocup|recib|alcanz|logr|tien|tuvo|conserv)[a-z]*)\s+"
    rf"(?:(?:la|el|los|las)\s+)?(?P<subj>{CL}){_END}"
)
# "y la mantuvo en el escalón más bajo", "y lo incluyó en la lista de vigilancia": a pronoun
# object before an active verb and its tier.
_PRONOUN_OBJECT = re.compile(
    rf"(?<![a-z])(?:y|e|,)\s+(?:(?:tambien|ademas)\s+)?(?:lo|la|los|las)\s+(?P<verb>(?:{_STEMS})[a-z]*)"
    rf"(?P<mid>(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){{0,4}}?)\s+(?P<prep>{_AT}|{_TO}|{_FROM})\s+"
    rf"{_QT}(?P<t>{T})"
)
# "..., pese a que antes estaba en la Tier 1": where a country said to be somewhere "ahora" was.
_BEFORE_NOW = re.compile(
    r"\bantes\s+(?P<verb>estaba|estuvo|era|fue|se\s+encontraba|figuraba|aparecia|se\s+ubicaba|"
    rf"permanecia)\s+(?:en|como)\s+{_QT}(?P<t>{T})"
)
_NOW = re.compile(r"\b(?:ahora|actualmente|hoy)\b")
# "hay 10 países en el grado tres: Bangladesh, Birmania, ...": a count of a tier, then its list.
_COUNT_COLON_LIST = re.compile(
    rf"(?P<n>{N})\s+(?:paises|naciones|estados|gobiernos)(?:\s+[a-z]+){{0,3}}?\s+"
    rf"(?:en|de|del|como|entre)\s+{_QT2}(?P<t>{T})[\"'\u201d\u00bb]?\s*:\s*(?P<subj>{CL}){_END}"
)
# "22 países que repiten este año en la peor categoría, entre ellos Venezuela, ...".
_MEMBERS_AFTER = re.compile(
    rf"\b(?:paises|naciones)\s+(?:que\s+)?(?P<verb>[a-z]+)(?P<mid>(?:\s+[a-z]+){{0,4}}?)\s+"
    rf"(?:{_AT})\s+{_QT}(?P<t>{T})[\"'\u201d\u00bb]?\s*,\s*"
    rf"(?:entre\s+(?:ell[oa]s|los\s+que|las\s+que)|como|incluid[oa]s|en\s+particular)\s+"
    rf"(?P<subj>{CL}){_END}"
)

# "dentro del 'nivel tres', junto con países como Siria, Corea del Norte o Venezuela": the
# tier's other members, named after it.
_COMPANIONS_AFTER = re.compile(
    rf"{_QT}(?P<t>{T})[\"'\u201d\u00bb]?\s*,?\s+(?P<verb>junto\s+(?:con|a)|al\s+igual\s+que|"
    rf"en\s+compania\s+de|a\s+la\s+par\s+de)\s+(?:(?:otros|otras)\s+)?"
    rf"(?:(?:paises|naciones|estados)(?:\s+[a-z]+){{0,3}}?\s+(?:como|tales\s+como)\s+)?"
    rf"(?P<subj>{CL}){_END}"
)
# "Permanecen en el nivel 3 Cuba, Venezuela y Birmania", "bajó al nivel 2 Colombia": the
# subject after the verb and its tier.
_VERB_TIER_SUBJECT = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:y|pero|mientras|tambien|ademas|este\s+ano|hoy)\s+)(?P<verb>{_INTRANSITIVE})"
    rf"(?P<mid>(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){{0,3}}?)\s+(?P<prep>{_AT}|{_TO}|{_FROM})\s+{_QT}"
    rf"(?P<t>{T})[\"'\u201d\u00bb]?\s+(?:(?:tanto\s+)?(?:a\s+)?)(?P<subj>{CL}){_END}"
)
# "Uruguay, que pasó del nivel 2 en 2023 a formar parte de la lista de vigilancia en 2024".
_PASSED = re.compile(
    rf"(?P<subj>{CL})(?:\s*,\s*que)?\s+(?P<verb>paso|pasaron|ha\s+pasado|han\s+pasado|cambio)\s+"
    rf"(?:de|del|desde)\s+{_QT}(?P<t>{T})[\"'\u201d\u00bb]?(?:\s+en\s+(?P<y1>\u27e6Y\d+\u27e7))?\s+"
    rf"(?:a|al|hasta)\s+(?:(?:formar|ser)\s+parte\s+de\s+|estar\s+en\s+|integrar\s+|ocupar\s+)?"
    rf"{_QT2}(?P<t2>{T})[\"'\u201d\u00bb]?(?:\s+en\s+(?P<y2>\u27e6Y\d+\u27e7))?"
)
# "La lista de vigilancia incluye a Bolivia y Haití": the tier as the subject, its members after.
_TIER_INCLUDES = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:y|pero|mientras)\s+){_QT2}(?P<t>{T})[\"'\u201d\u00bb]?"
    rf"(?P<mid>(?:\s*,?\s+(?:[a-z]+|\u27e6[YOG]\d+\u27e7)){{0,8}}?)\s*,?\s+"
    rf"(?P<verb>(?:incluy|inclu|agrup|reun|comprend|abarc)[a-z]*)\s+(?:a\s+)?{_ONLY}"
    rf"(?:{N}\s+)?{_APPOSED}(?P<subj>{CL}){_END}"
)
# "El país comparte esa clasificación en América Latina con Chile y Colombia".
_SHARES_WITH = re.compile(
    rf"(?P<subj>{CL})\s+(?P<verb>compart[a-z]*)\s+{_QT}(?P<t>{T})[\"'\u201d\u00bb]?"
    rf"(?P<mid>(?:\s+(?:[a-z]+|\u27e6[YOG]\d+\u27e7)){{0,5}}?)\s+con\s+(?P<subj2>{CL}){_END}"
)
# "salió de la lista de países en observación para colocarse en el nivel dos".
_LEFT_FOR = re.compile(
    rf"(?P<subj>{CL})(?:\s+(?:ya|tambien|finalmente|este\s+ano))?\s*,?\s+"
    rf"(?P<verb>(?:sali|sale|salen|salieron|abandon|dej)[a-z]*)\s+(?:de\s+)?{_QT}"
    rf"(?P<t>{T})[\"'\u201d\u00bb]?(?P<mid>(?:\s+[a-z]+){{0,3}}?)\s*,?\s+(?:para|y)\s+"
    rf"(?:(?:colocarse|ubicarse|situarse|pasar|quedar|ingresar|entrar)\s+)(?:en|a|al|como)\s+"
    rf"(?:(?:la|el)\s+)?[\"'\u201c\u00ab]?(?P<t2>{T})"
)

_NO = re.compile(r"\b(?:no|nunca|ni|jamas|sin|fuera)\b")
_NO_BEFORE = re.compile(r"\b(?:no|nunca|jamas)\s+(?:(?:se|lo|la|los|las|le|les|ha|han)\s+)*$")
_CONDITION = re.compile(
    r"\b(?:si|podr\w+|deber\w+|puede\w*|pudiera\w*|sera|seran|seria|serian|amenaz\w*|riesgo)\b"
)
_BE_VERBS = re.compile(
    r"\b(?:se\s+encuentra\w*|se\s+encontraba\w*|esta\w*|aparec\w*|figura\w*|queda\w*|se\s+ubica\w*|"
    r"se\s+situa\w*|integra\w*|forman?\s+parte|destaca\w*|estuv\w*)\b"
)
_STAY_VERBS = re.compile(
    r"\b(?:sigu\w*|sigue\w*|permanec\w*|continua\w*|se\s+mantien\w*|repit\w*|repite\w*|"
    r"mantien\w*|mantuv\w*)\b"
)


_PLACER_ADVERBS = re.compile(
    r"\b(?:tambien|ademas|ya|hoy|ahora|asi|nuevamente|finalmente|este\s+ano|esta\s+vez)\b"
)


def _stem(verb: str, stems: tuple[str, ...]) -> bool:
    last = verb.split()[-1]
    return any(last.startswith(s) for s in stems)


def read(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    found: list[Found] = []

    def overlapping(start: int, end: int) -> list[Found]:
        return [f for f in chosen + found if start < f.end and f.start < end]

    def same(item: Found, claim: Claim) -> bool:
        other = item.claim
        if other.kind is ClaimKind.CHANGE and claim.kind is ClaimKind.CHANGE:
            # "eleva a Colombia del nivel 2 al nivel 1": the move read with both ends says this.
            return (claim.tier or other.tier) == other.tier and (
                claim.from_tier or other.from_tier
            ) == other.from_tier
        ends = (other.kind, other.tier, other.from_tier)
        return ends == (claim.kind, claim.tier, claim.from_tier)

    def new_countries(claim: Claim, start: int, end: int) -> tuple[str, ...]:
        """The countries no claim of the same kind and tier read over these words already
        (a rule may have read part of a list, "... a Perú y Colombia en el Nivel 1"). A
        reading that missed the stay ("que repiten en ...") gives way to this one."""
        known: set[str] = set()
        for item in overlapping(start, end):
            if not same(item, claim) or item.claim.negated:
                continue
            if item in chosen and set(item.claim.countries) < set(claim.countries):
                chosen.remove(item)  # part of the list this reading names in full
                continue
            stay_missed = claim.unchanged and not item.claim.unchanged and item in chosen
            if stay_missed and set(item.claim.countries) <= set(claim.countries):
                chosen.remove(item)
                continue
            known |= set(item.claim.countries)
        return tuple(code for code in claim.countries if code not in known)

    def clear(start: int, words_between: str) -> bool:
        clause = CLAUSE_BREAK.split(tagged.text[:start])[-1]
        if _NO_BEFORE.search(clause):
            return False
        if _NO.search(TOKEN.sub(" ", words_between)) or _CONDITION.search(TOKEN.sub(" ", clause)):
            return False
        return not _CONDITION.search(TOKEN.sub(" ", words_between))

    def add(claim: Claim, start: int, end: int, placer_before: int | None = None) -> None:
        back = time_after(tagged.text[end:])
        if back is None:
            return
        countries = claim.countries
        if claim.kind is not ClaimKind.COUNT:
            countries = new_countries(claim, start, end)
            if not countries:
                return
        elif any(same(item, claim) for item in overlapping(start, end)):
            return
        if placer_before is not None:
            # An active verb with its object after it: the country before the verb placed
            # ("Estados Unidos dejó ... a Venezuela"); a reading of it as the one placed goes.
            for item in overlapping(start, end):
                if (
                    item in chosen
                    and item.start < placer_before
                    and not any(code in claim.countries for code in item.claim.countries)
                ):
                    subject = TOKEN.sub("", tagged.text[item.start : placer_before])
                    # "Estados Unidos también mejoró la posición de ...": an adverb between.
                    subject = _PLACER_ADVERBS.sub("", subject)
                    if not subject.strip(" ,"):
                        chosen.remove(item)
        claim = replace(claim, countries=countries)
        years, end = claim_years(tagged, end)
        found.append(Found(claim, start, end, years=years, rule="clause-es", back=back))

    def token(match: re.Match[str], group: str) -> str | None:
        if match.group(group) is None:
            return None
        found_token = tagged.token_at(match.start(group))
        return found_token.value if found_token and found_token.value else None

    def countries_of(match: re.Match[str]) -> tuple[str, ...]:
        codes = country_codes(tagged.tokens_in(match.group("subj"), "C"))
        if match.groupdict().get("comp"):
            codes += country_codes(tagged.tokens_in(match.group("comp"), "C"))
        return codes

    def count_of(match: re.Match[str], tier: str, start: int, end: int) -> None:
        # "devolvió a Venezuela al grupo de 42 naciones en observación": the tier's size.
        number = token(match, "n") or token(match, "n0")
        if number and number.isdigit():
            add(Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=int(number)), start, end)

    for pattern in (_VERB_OBJECT_TIER, _VERB_TIER_OBJECT):
        for match in pattern.finditer(tagged.text):
            tier = token(match, "t")
            verb = re.sub(r"\s+", " ", match.group("verb"))
            between = f"{match.group('mid')} {match.group('mid2')}"
            if not tier or not clear(match.start(), f"{verb} {between}"):
                continue
            prep = re.sub(r"\s+", " ", match.group("prep") or "en")
            kind = "at" if prep in ("en", "como", "entre", "dentro de", "dentro del", "con") else (
                "from" if prep in ("de", "del", "desde") else "to")  # fmt: skip
            claim = _object_claim(verb, kind, tier, countries_of(match))
            onward = token(match, "t2") if pattern is _VERB_OBJECT_TIER else None
            if claim is not None and kind == "from" and onward and onward != tier:
                direction = claim.direction or move_direction(tier, onward)
                claim = replace(claim, tier=onward, direction=direction)
            if claim is not None:
                add(claim, match.start(), match.end(), placer_before=match.start("verb"))
                count_of(match, tier, match.start(), match.end())
                # "mantuvo a Cuba e incluyó a la República Dominicana en su lista negra": the
                # first verb's object is on the tier the second names.
                first = _FIRST_OBJECT.search(tagged.text, 0, match.start())
                if first is not None and pattern is _VERB_OBJECT_TIER:
                    first_verb = re.sub(r"\s+", " ", first.group("verb"))
                    earlier = _object_claim(first_verb, kind, tier, countries_of(first))
                    if earlier is not None and clear(first.start(), first_verb):
                        add(earlier, first.start(), first.end(), placer_before=first.start("verb"))

    for match in _VERB_OBJECT_MOVE.finditer(tagged.text):
        verb = re.sub(r"\s+", " ", match.group("verb"))
        direction = _direction(verb)
        if direction is None or not clear(match.start(), f"{verb} {match.group('mid')}"):
            continue
        rest = _CLAUSE_END.split(tagged.text[match.end() :], maxsplit=1)[0]
        if re.search(T, rest) or re.search(T, match.group("mid")):
            continue  # a tier in the clause: the readings above say where it went
        group = "subj" if match.group("subj") else "subj2"
        countries = country_codes(tagged.tokens_in(match.group(group), "C"))
        claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, direction=direction)
        add(claim, match.start(), match.end(), placer_before=match.start("verb"))

    for match in _JOINS.finditer(tagged.text):
        tier = token(match, "t")
        if not tier or not clear(match.start(), match.group("verb")):
            continue
        codes = countries_of(match) + country_codes(tagged.tokens_in(match.group("subj2"), "C"))
        add(Claim(ClaimKind.TIER, "", (0, 0), countries=codes, tier=tier), match.start(),
            match.end())  # fmt: skip
        number = token(match, "n")
        if number and number.isdigit():
            # "y otros 16 países en el peor renglón" counts some of the tier, not all of it.
            for item in overlapping(match.start(), match.end()):
                if item in chosen and item.claim.kind is ClaimKind.COUNT:
                    chosen.remove(item)
            add(Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=int(number) + len(codes)),
                match.start(), match.end())  # fmt: skip

    joined = [*_JOINED_COUNT.finditer(tagged.text), *_JOINED_COUNT_AFTER.finditer(tagged.text)]
    for match in joined:
        tier = token(match, "t")
        verb = re.sub(r"\s+", " ", match.group("verb")).strip()
        placed = (
            _BE_VERBS.search(verb)
            or _STAY_VERBS.search(verb)
            or re.search(
                r"\b(?:se\s+ubic|se\s+situ|fue|fueron|qued|incluid|clasificad|ubicad)", verb
            )
        )
        if not tier or not placed or not clear(match.start(), verb):
            continue
        number = token(match, "n")
        if number and number.isdigit():
            total = int(number) + len(countries_of(match))
            add(Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=total), match.start(),
                match.end())  # fmt: skip

    for pattern in (_TIER_BEFORE, _TIER_THEN_WHICH, _MEMBERS_AFTER, _COMPANIONS_AFTER):
        for match in pattern.finditer(tagged.text):
            tier = token(match, "t")
            verb = re.sub(r"\s+", " ", match.group("verb"))
            start = match.start() if pattern is _MEMBERS_AFTER else match.start("t")
            mid = match.groupdict().get("mid") or ""
            if not tier or not clear(start, f"{mid} {verb}"):
                continue
            stays = bool(_STAY_VERBS.search(verb)) or VOCABULARY.is_unchanged(
                f"{TOKEN.sub(' ', mid)} {verb}".strip(), verb
            )
            tier_first = pattern in (_TIER_BEFORE, _TIER_THEN_WHICH)
            if tier_first and not stays and not _BE_VERBS.search(verb):
                continue
            if pattern is _COMPANIONS_AFTER:
                stays = False
            countries = countries_of(match)
            if match.groupdict().get("new"):
                # "aparecen ocho países nuevos este año: ...": new to the tier this year.
                claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier)
            else:
                claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier,
                              unchanged=stays)  # fmt: skip
            add(claim, start, match.end())

    for match in _TIER_WHICH_GETS.finditer(tagged.text):
        tier = token(match, "t")
        if not tier or not clear(match.start("t"), match.group("verb")):
            continue
        add(Claim(ClaimKind.TIER, "", (0, 0), countries=countries_of(match), tier=tier),
            match.start("t"), match.end())  # fmt: skip

    for match in _COUNT_COLON_LIST.finditer(tagged.text):
        tier = token(match, "t")
        before = CLAUSE_BREAK.split(tagged.text[: match.start()])[-1]
        if not tier or not clear(match.start(), before):
            continue
        add(Claim(ClaimKind.TIER, "", (0, 0), countries=countries_of(match), tier=tier),
            match.start("t"), match.end())  # fmt: skip

    for match in _PRONOUN_OBJECT.finditer(tagged.text):
        # "... acusó a Venezuela de no hacer esfuerzos y la mantuvo en el escalón más bajo": the
        # pronoun stands for the country named last before it, unless that country is the
        # verb's own subject ("Estados Unidos la mantuvo en ...", whose object is elsewhere).
        tier = token(match, "t")
        verb = re.sub(r"\s+", " ", match.group("verb"))
        if not tier or not clear(match.start(), f"{verb} {match.group('mid')}"):
            continue
        named = [
            t
            for t in tagged.tokens_in(tagged.text[: match.start()], "C")
            if t.value and "+" not in t.value
        ]
        if not named:
            continue
        last = list(TOKEN.finditer(tagged.text, 0, match.start()))
        last_c = [m for m in last if m.group().startswith("\u27e6C")]
        if last_c and not tagged.text[last_c[-1].end() : match.start()].strip():
            continue  # the subject right before the pronoun placed it
        prep = re.sub(r"\s+", " ", match.group("prep"))
        kind = "at" if prep in ("en", "como", "entre", "dentro de", "dentro del") else (
            "from" if prep in ("de", "del", "desde") else "to")  # fmt: skip
        claim = _object_claim(verb, kind, tier, (named[-1].value,))
        if claim is not None:
            add(claim, match.start(), match.end())

    for match in _BEFORE_NOW.finditer(tagged.text):
        # "Colombia ahora se encuentra en el Nivel 2, pese a que antes estaba en el Nivel 1": the
        # tier the country had in the report before (the move the two make follows from them).
        tier = token(match, "t")
        now = [
            item
            for item in chosen + found
            if item.end <= match.start()
            and item.claim.kind is ClaimKind.TIER
            and not item.claim.negated
            and item.claim.tier not in (None, tier)
            and _NOW.search(tagged.text, item.start, item.end)
        ]
        if not tier or not now or not clear(match.start(), match.group("verb")):
            continue
        before = Claim(ClaimKind.TIER, "", (0, 0), countries=now[-1].claim.countries, tier=tier)
        found.append(Found(before, match.start(), match.end(), rule="clause-es", back=1))

    for match in _VERB_TIER_SUBJECT.finditer(tagged.text):
        tier = token(match, "t")
        verb = re.sub(r"\s+", " ", match.group("verb"))
        if not tier or not clear(match.start("verb"), f"{verb} {match.group('mid')}"):
            continue
        prep = re.sub(r"\s+", " ", match.group("prep"))
        direction = _direction(verb)
        countries = countries_of(match)
        if prep in ("de", "del", "desde"):
            if direction or re.match(r"(?:(?:ha|han|habia|habian)\s+)?sal", verb):
                add(Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, from_tier=tier,
                          direction=direction), match.start("verb"), match.end())  # fmt: skip
        elif direction or re.match(r"(?:ingres|entr)", verb):
            add(Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                      direction=direction), match.start("verb"), match.end())  # fmt: skip
        elif prep in ("en", "como", "entre", "dentro de", "dentro del"):
            stays = bool(_STAY_VERBS.search(verb))
            add(Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier,
                      unchanged=stays), match.start("verb"), match.end())  # fmt: skip

    for match in _PASSED.finditer(tagged.text):
        old_tier, new_tier = token(match, "t"), token(match, "t2")
        if not old_tier or not new_tier or old_tier == new_tier:
            continue
        if not clear(match.start("verb"), ""):
            continue
        countries = countries_of(match)
        y1, y2 = token(match, "y1"), token(match, "y2")
        start, end = match.start(), match.end()
        direction = move_direction(old_tier, new_tier)
        moved = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=new_tier,
                      from_tier=old_tier, direction=direction)  # fmt: skip
        if y1 and y2:
            # Each tier with its own year: where it was, where it is, and the move between; a
            # reading of the first half alone (the move dated by the first year) goes.
            for item in overlapping(start, end):
                if item in chosen and item.claim.kind is ClaimKind.CHANGE:
                    chosen.remove(item)
            for claim, year in (
                (Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=old_tier), y1),
                (Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=new_tier), y2),
            ):
                found.append(Found(claim, start, end, years=(int(year),), rule="clause-es"))
            if int(y2) == int(y1) + 1:
                found.append(Found(moved, start, end, years=(int(y2),), rule="clause-es"))
        elif not y1 and not y2:
            add(moved, start, end)

    for match in _TIER_INCLUDES.finditer(tagged.text):
        tier = token(match, "t")
        if not tier or not clear(match.start("t"), f"{match.group('mid')} {match.group('verb')}"):
            continue
        if match.group("new"):
            claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries_of(match), tier=tier)
        else:
            claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries_of(match), tier=tier)
        add(claim, match.start("t"), match.end())

    for match in _SHARES_WITH.finditer(tagged.text):
        tier = token(match, "t")
        if not tier or not clear(match.start(), match.group("mid")):
            continue
        codes = countries_of(match) + country_codes(tagged.tokens_in(match.group("subj2"), "C"))
        add(Claim(ClaimKind.TIER, "", (0, 0), countries=codes, tier=tier), match.start(),
            match.end())  # fmt: skip

    for match in _LEFT_FOR.finditer(tagged.text):
        old, new = token(match, "t"), token(match, "t2")
        if not old or not new or old == new or not clear(match.start(), match.group("mid")):
            continue
        direction = move_direction(old, new)
        claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries_of(match), tier=new,
                      from_tier=old, direction=direction)  # fmt: skip
        add(claim, match.start(), match.end())
    return found


# "mantuvo a Cuba e ...": an active verb and its object, coordinated with the next one.
_FIRST_OBJECT = re.compile(rf"{_VERB}\s+a\s+(?:(?:los|las|la|el)\s+)?(?P<subj>{CL})\s+(?:y|e)\s+$")


def _object_claim(verb: str, kind: str, tier: str, countries: tuple[str, ...]) -> Claim | None:
    """The claim an active verb makes about its object and a tier it is "at", moved "to" or
    taken "from"."""
    direction = _direction(verb)
    if kind == "from" and (direction or _stem(verb, _EXIT_STEMS)):
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, from_tier=tier,
                     direction=direction)  # fmt: skip
    if kind != "from" and direction:
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                     direction=direction)  # fmt: skip
    if kind != "from" and _stem(verb, _ADD_STEMS) and verb.startswith("se "):
        return None  # "Cuba se suma a Irán en ...": Cuba joins; Irán is not moved
    if kind != "from" and _stem(verb, _ADD_STEMS) and tier == "3":
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                     direction="down")  # fmt: skip
    if kind == "to" and _stem(verb, _MOVE_STEMS):
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier)
    if kind == "at" and _stem(verb, _KEEP_STEMS):
        return Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier, unchanged=True)
    if kind == "at" and _stem(verb, _PLACE_STEMS):
        return Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
    return None


def _direction(verb: str) -> str | None:
    return VOCABULARY.direction(verb.split()[-1])


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
        kinds = (ClaimKind.TIER, ClaimKind.CHANGE, ClaimKind.STREAK)
        if claim.kind not in kinds or claim.negated or not claim.tier:
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
        if _NO.search(words_between) or _CONDITION.search(words_between):
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
    return extra


# "..., el más alto, al igual que el año pasado": on the same tier as in the report before.
_AS_LAST_YEAR = re.compile(
    r"\s*,?(?:\s+(?:el|la)\s+(?:mas\s+)?[a-z]+\s*,)?\s+(?:al\s+igual\s+que|igual\s+que|como)\s+"
    r"(?:(?:en\s+)?el\s+(?:ano\s+(?:pasado|anterior)|informe\s+(?:anterior|pasado|previo)))\b"
)


# "mejoró la posición de Malasia en el reporte y lo incluyó en la lista de vigilancia": where a
# move with no tier of its own took the country.
_MOVED_INTO = re.compile(
    r"(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){0,6}?\s*,?\s+(?:y|e)\s+(?:lo|la|los|las)\s+"
    r"(?:incluy|inclu|coloc|ubic|situ|pus|pas|traslad|llev)[a-z]*\s+(?:en|a|al|como)\s+"
    rf"{_QT}(?P<t>{T})"
)


# "bajó del Nivel 2 (Tier 2) en la lista -la tercera más baja de las cuatro clasificaciones- al
# Nivel 3": asides between the tier a move left and the one it went to.
_ONWARD_AFTER_ASIDES = re.compile(
    r"(?:\s*\((?:[^()\u27e6]|\u27e6[TN]\d+\u27e7){0,60}\))?"
    r"(?:\s+(?:en|de)\s+(?:el|la|su)\s+(?:lista|informe|reporte|clasificacion|ranking|escala))?"
    r"(?:\s*[-\u2013\u2014](?:[^-\u2013\u2014()\u27e6.;]|\u27e6[NO]\d+\u27e7){1,100}[-\u2013\u2014])?"
    rf"\s*,?\s+(?:a|al|hasta|hacia)\s+{_QT}(?P<t>{T})"
)


# "ha sido catalogada del nivel 3, al 2 bajo observación": a placement "from" a tier that the
# words after it take on to another is a move between the two.
_PLACED_FROM = re.compile(rf"\b(?:de|del|desde)\s+{_QT}{T}[\"']?\s*$")


def onward(tagged: Tagged, claim: Claim, end: int) -> tuple[Claim, int] | None:
    """A placement the words after it say is a stay, a move the words after it say where it
    went (`ONWARD_TIER`, see last_resort.onward_tiers)."""
    if claim.kind is ClaimKind.CHANGE and not claim.tier and claim.from_tier and not claim.negated:
        onward_tier = _ONWARD_AFTER_ASIDES.match(tagged.text, end)
        if onward_tier is not None:
            tier = tagged.tokens_in(onward_tier.group("t"), "T")[0].value
            if tier and tier != claim.from_tier:
                return replace(claim, tier=tier), onward_tier.end()
    if claim.kind is ClaimKind.CHANGE and not claim.tier and claim.direction and not claim.negated:
        into = _MOVED_INTO.match(tagged.text, end)
        if into is None:
            return None
        tier = tagged.tokens_in(into.group("t"), "T")[0].value
        return (replace(claim, tier=tier), into.end()) if tier else None
    if claim.kind is not ClaimKind.TIER or claim.unchanged or claim.negated:
        return None
    onward_tier = _ONWARD_AFTER_ASIDES.match(tagged.text, end)
    if onward_tier is not None and _PLACED_FROM.search(tagged.text, 0, end):
        tier = tagged.tokens_in(onward_tier.group("t"), "T")[0].value
        if tier and claim.tier and tier != claim.tier:
            direction = move_direction(claim.tier, tier)
            moved = replace(
                claim, kind=ClaimKind.CHANGE, tier=tier, from_tier=claim.tier, direction=direction
            )
            return moved, onward_tier.end()
    if _AS_LAST_YEAR.match(tagged.text, end) is None:
        return None
    # The claim keeps its words: "el año pasado" there compares, it does not date the claim.
    return replace(claim, unchanged=True), end
