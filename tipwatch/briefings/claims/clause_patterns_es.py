"""The patterns of the Spanish word orders `clauses_es` reads: an active verb and its object,
the tier before its countries, a tier's members after it, and the words that stop a reading.
"""

from __future__ import annotations

import re

from .grammar import CL, C, N, T, words
from .vocabulary_es import FROM_PREPOSITIONS, TO_PREPOSITIONS

# Between a preposition and its tier: an article, a noun in apposition, a quotation mark.
QT = (
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
_TO = words(*TO_PREPOSITIONS)
_FROM = words(*FROM_PREPOSITIONS)

# Active verbs whose object is the country placed, kept or moved (the subject is the report).
PLACE_STEMS = (
    "ubic", "coloc", "situ", "clasific", "calific", "catalog", "inclu", "pus", "pon",
    "dej", "consider", "design", "posicion", "reconoc",
)  # fmt: skip
KEEP_STEMS = ("mantuv", "mantien", "manten", "conserv", "ratific", "sostuv", "sostien")
# Moves whose direction the verb alone does not say: back, across, into a new tier.
MOVE_STEMS = ("devolv", "reclasific", "traslad", "reubic", "pas", "mov")
# "added to the blacklist" is a move down into it (PROVENANCE.md, labelling rules).
ADD_STEMS = ("agreg", "anad", "sum", "incorpor")
EXIT_STEMS = ("retir", "sac", "exclu", "elimin", "quit", "borr")

_DIRECTED_STEMS = (
    "subi", "sub", "ascend", "elev", "promov", "mejor", "baj", "descend", "degrad", "rebaj",
    "releg", "retroced",
)  # fmt: skip
_STEMS = "|".join(
    sorted(
        PLACE_STEMS + KEEP_STEMS + MOVE_STEMS + ADD_STEMS + EXIT_STEMS + _DIRECTED_STEMS,
        key=len,
        reverse=True,
    )
)
VERB = (
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
    # ("se mantuvo junto a Chile en el Nivel 2": the "a" of "junto a" governs no object)
    rf"(?:(?<!\bjunto\s)\b(?:a\s+(?:(?:los|las|la|el)\s+)?|al\s+)|(?<![a-z])(?<!\bjunto\sa\s)(?<!\bde\s)(?<!\bdel\s)"
    rf"(?<!\bpor\s)"
    rf"(?<!\ben\s)(?<!\bcon\s)(?<!\bque\s)(?=\u27e6C\d+\u27e7\s+(?:en|a|al|de|del|como)\s))(?P<subj>{CL})"
    rf"(?:\s*,?\s+(?:junto\s+(?:con|a)|al\s+igual\s+que)\s+(?:(?:los|las|la|el)\s+)?(?P<comp>{CL}))?"
)
_END = r"(?=\s*(?:[.;:,)]|$|\s+(?:y|e|pero|mientras|aunque|porque|por\s+(?:no|su|sus)|tras)\b))"

# "mantuvo a Cuba en el nivel 3", "devolvió a Venezuela al grupo en observación".
VERB_OBJECT_TIER = re.compile(
    rf"{VERB}{_MID}\s+{_OBJECT}(?P<mid2>(?:\s+[a-z]+){{0,4}}?)\s*,?\s+"
    rf"(?:(?P<prep>{_AT}|{_TO}|{_FROM})\s+)?{QT}(?P<t>{T})"
    # "elevar a Tailandia del nivel 3 al 2": where the move took it.
    rf"(?:\s+(?:al|a\s+la|a)\s+{_QT2}(?P<t2>{T}))?"
)
# "mantuvo en la lista negra a Argelia, ...", "dejó «bajo observación» a Venezuela, ...".
VERB_TIER_OBJECT = re.compile(
    rf"{VERB}{_MID}\s+(?:(?P<prep>{_AT}|{_TO}|{_FROM})\s+)?{QT}(?P<t>{T})[\"'\u201d\u00bb]?"
    rf"(?P<mid2>(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){{0,5}}?)\s*,?\s+{_OBJECT}{_END}"
)

# "degradó a Belice, Bolivia y Panamá en la materia", "mejoró la posición de Cuba": an active
# verb of movement, its object, and no tier in the clause; the subject placed, it did not move.
VERB_OBJECT_MOVE = re.compile(
    rf"{VERB}{_MID}\s+(?:{_OBJECT}|(?:la|su)\s+(?:posicion|calificacion|clasificacion|"
    rf"categoria|ubicacion|nota)\s+(?:de|del)\s+(?:(?:los|las|la|el)\s+)?(?P<subj2>{CL}))"
)
CLAUSE_END = re.compile(r"[.;,]|\s(?:y|e|pero|mientras|aunque)\s")

# "Venezuela se une a Rusia, Tailandia y Libia y otros 16 países en el peor renglón": all of
# them on the tier, and the tier's size when the others are counted.
JOINS = re.compile(
    rf"(?P<subj>{CL})\s+(?P<verb>se\s+(?:une|unen|unio|unieron|suma|suman|sumo|sumaron))\s+a\s+"
    rf"(?:(?:los|las)\s+)?(?P<subj2>{CL})(?:\s*,?\s+(?:y|e)\s+(?:a\s+)?(?:otros|otras)\s+(?P<n>{N})"
    rf"\s+(?:paises|naciones|estados))?\s+(?:en|dentro\s+del?)\s+{_QT2}(?P<t>{T})"
)
# "Kuwait, junto con otros 17 países, se ubicó en el tercer nivel": the tier's size.
JOINED_COUNT = re.compile(
    rf"(?P<subj>{CL})\s*,\s*(?:junto\s+(?:con|a)|al\s+igual\s+que)\s+(?:otros|otras)\s+(?P<n>{N})"
    rf"\s+(?:paises|naciones|estados)\s*,\s*(?:{C}\s+)?(?P<verb>(?:[a-z]+\s+){{1,3}}?)"
    rf"(?:en|como|dentro\s+del?)\s+{_QT2}(?P<t>{T})"
)
# "Guatemala se ubica junto a otros 100 países, en el nivel 2": the verb before the others.
JOINED_COUNT_AFTER = re.compile(
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
TIER_BEFORE = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:y|pero|mientras)\s+)(?:(?:en|dentro\s+de|dentro\s+del)\s+)?{QT}"
    rf"(?P<t>{T})[\"'\u201d\u00bb]?(?P<mid>(?:\s*,?\s+(?:[a-z]+|\u27e6[YOG]\d+\u27e7)){{0,16}}?)"
    rf"\s*,?\s+(?:(?:de|en)\s+(?:la|el|los|las)\s+(?:que|cual|cuales)\s+|que\s+|donde\s+)?"
    rf"(?P<verb>{_BE_AFTER})\s+{_ONLY}(?:{N}\s+)?{_APPOSED}(?P<subj>{CL}){_END}"
)
# "una lista negra de la que siguen formando parte Cuba, Nicaragua y Venezuela".
TIER_THEN_WHICH = re.compile(
    rf"{QT}(?P<t>{T})[\"'\u201d\u00bb]?(?P<mid>(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){{0,6}}?)"
    rf"\s*,?\s+(?:(?:de|en)\s+(?:la|el|los|las)\s+(?:que|cual|cuales)|donde)\s+"
    rf"(?P<verb>{_BE_AFTER})\s+{_ONLY}(?:{N}\s+)?{_APPOSED}(?P<subj>{CL}){_END}"
)
# "En el nivel dos, que ahora obtiene la República Dominicana, ...": the tier, then the country
# that gets it, after its verb.
TIER_WHICH_GETS = re.compile(
    rf"{QT}(?P<t>{T})[\"'\u201d\u00bb]?\s*,?\s+que\s+(?:(?:ahora|hoy|este\s+ano|ya)\s+)?"
    rf"(?P<verb>(?:obtien|obtuv|ocup|recib|alcanz|logr|tien|tuvo|conserv)[a-z]*)\s+"
    rf"(?:(?:la|el|los|las)\s+)?(?P<subj>{CL}){_END}"
)
# "y la mantuvo en el escalón más bajo", "y lo incluyó en la lista de vigilancia": a pronoun
# object before an active verb and its tier.
PRONOUN_OBJECT = re.compile(
    rf"(?<![a-z])(?:y|e|,)\s+(?:(?:tambien|ademas)\s+)?(?:lo|la|los|las)\s+(?P<verb>(?:{_STEMS})[a-z]*)"
    rf"(?P<mid>(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){{0,4}}?)\s+(?P<prep>{_AT}|{_TO}|{_FROM})\s+"
    rf"{QT}(?P<t>{T})"
)
# "..., pese a que antes estaba en la Tier 1": where a country said to be somewhere "ahora" was.
BEFORE_NOW = re.compile(
    r"\bantes\s+(?P<verb>estaba|estuvo|era|fue|se\s+encontraba|figuraba|aparecia|se\s+ubicaba|"
    rf"permanecia)\s+(?:en|como)\s+{QT}(?P<t>{T})"
)
NOW = re.compile(r"\b(?:ahora|actualmente|hoy)\b")
# "hay 10 países en el grado tres: Bangladesh, Birmania, ...": a count of a tier, then its list.
COUNT_COLON_LIST = re.compile(
    rf"(?P<n>{N})\s+(?:paises|naciones|estados|gobiernos)(?P<words>(?:\s+[a-z]+){{0,3}}?)\s+"
    rf"(?P<prep>en|de|del|como|entre)\s+{_QT2}(?P<t>{T})[\"'\u201d\u00bb]?\s*:\s*(?P<subj>{CL}){_END}"
)
# "Tres países fueron retirados de la lista negra: ...": the countries listed left the tier.
TAKEN_OFF = re.compile(
    r"\b(?:retirad|sacad|excluid|quitad|eliminad|expulsad|borrad)[oa]s\b|\bsal(?:ieron|ido)\b"
)
# "22 países que repiten este año en la peor categoría, entre ellos Venezuela, ...".
MEMBERS_AFTER = re.compile(
    rf"\b(?:paises|naciones)\s+(?:que\s+)?(?P<verb>[a-z]+)(?P<mid>(?:\s+[a-z]+){{0,4}}?)\s+"
    rf"(?:{_AT})\s+{QT}(?P<t>{T})[\"'\u201d\u00bb]?\s*,\s*"
    rf"(?:entre\s+(?:ell[oa]s|los\s+que|las\s+que)|como|incluid[oa]s|en\s+particular)\s+"
    rf"(?P<subj>{CL}){_END}"
)

# "dentro del 'nivel tres', junto con países como Siria, Corea del Norte o Venezuela": the
# tier's other members, named after it.
COMPANIONS_AFTER = re.compile(
    rf"{QT}(?P<t>{T})[\"'\u201d\u00bb]?\s*,?\s+(?P<verb>junto\s+(?:con|a)|al\s+igual\s+que|"
    rf"en\s+compania\s+de|a\s+la\s+par\s+de)\s+(?:(?:otros|otras)\s+)?"
    rf"(?:(?:paises|naciones|estados)(?:\s+[a-z]+){{0,3}}?\s+(?:como|tales\s+como)\s+)?"
    rf"(?P<subj>{CL}){_END}"
)
# "Permanecen en el nivel 3 Cuba, Venezuela y Birmania", "bajó al nivel 2 Colombia": the
# subject after the verb and its tier.
VERB_TIER_SUBJECT = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:y|pero|mientras|tambien|ademas|este\s+ano|hoy)\s+)(?P<verb>{_INTRANSITIVE})"
    rf"(?P<mid>(?:\s+(?:[a-z]+|\u27e6[YO]\d+\u27e7)){{0,3}}?)\s+(?P<prep>{_AT}|{_TO}|{_FROM})\s+{QT}"
    rf"(?P<t>{T})[\"'\u201d\u00bb]?\s+(?:(?:tanto\s+)?(?:a\s+)?)(?P<subj>{CL}){_END}"
)
# "Uruguay, que pasó del nivel 2 en 2023 a formar parte de la lista de vigilancia en 2024".
PASSED = re.compile(
    rf"(?P<subj>{CL})(?:\s*,\s*que)?\s+(?P<verb>paso|pasaron|ha\s+pasado|han\s+pasado|cambio)\s+"
    rf"(?:de|del|desde)\s+{QT}(?P<t>{T})[\"'\u201d\u00bb]?(?:\s+en\s+(?P<y1>\u27e6Y\d+\u27e7))?\s+"
    rf"(?:a|al|hasta)\s+(?:(?:formar|ser)\s+parte\s+de\s+|estar\s+en\s+|integrar\s+|ocupar\s+)?"
    rf"{_QT2}(?P<t2>{T})[\"'\u201d\u00bb]?(?:\s+en\s+(?P<y2>\u27e6Y\d+\u27e7))?"
)
# "La lista de vigilancia incluye a Bolivia y Haití": the tier as the subject, its members after.
TIER_INCLUDES = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:y|pero|mientras)\s+){_QT2}(?P<t>{T})[\"'\u201d\u00bb]?"
    rf"(?P<mid>(?:\s*,?\s+(?:[a-z]+|\u27e6[YOG]\d+\u27e7)){{0,8}}?)\s*,?\s+"
    rf"(?P<verb>(?:incluy|inclu|agrup|reun|comprend|abarc)[a-z]*)\s+(?:a\s+)?{_ONLY}"
    rf"(?:{N}\s+)?{_APPOSED}(?P<subj>{CL}){_END}"
)
# "El país comparte esa clasificación en América Latina con Chile y Colombia".
SHARES_WITH = re.compile(
    rf"(?P<subj>{CL})\s+(?P<verb>compart[a-z]*)\s+{QT}(?P<t>{T})[\"'\u201d\u00bb]?"
    rf"(?P<mid>(?:\s+(?:[a-z]+|\u27e6[YOG]\d+\u27e7)){{0,5}}?)\s+con\s+(?P<subj2>{CL}){_END}"
)
# "salió de la lista de países en observación para colocarse en el nivel dos".
LEFT_FOR = re.compile(
    rf"(?P<subj>{CL})(?:\s+(?:ya|tambien|finalmente|este\s+ano))?\s*,?\s+"
    rf"(?P<verb>(?:sali|sale|salen|salieron|abandon|dej)[a-z]*)\s+(?:de\s+)?{QT}"
    rf"(?P<t>{T})[\"'\u201d\u00bb]?(?P<mid>(?:\s+[a-z]+){{0,3}}?)\s*,?\s+(?:para|y)\s+"
    rf"(?:(?:colocarse|ubicarse|situarse|pasar|quedar|ingresar|entrar)\s+)(?:en|a|al|como)\s+"
    rf"(?:(?:la|el)\s+)?[\"'\u201c\u00ab]?(?P<t2>{T})"
)

NO = re.compile(r"\b(?:no|nunca|ni|jamas|sin|fuera)\b")
NO_BEFORE = re.compile(r"\b(?:no|nunca|jamas)\s+(?:(?:se|lo|la|los|las|le|les|ha|han)\s+)*$")
CONDITION = re.compile(
    r"\b(?:si|podr\w+|deber\w+|puede\w*|pudiera\w*|sera|seran|seria|serian|amenaz\w*|riesgo)\b"
)
BE_VERBS = re.compile(
    r"\b(?:se\s+encuentra\w*|se\s+encontraba\w*|esta\w*|aparec\w*|figura\w*|queda\w*|se\s+ubica\w*|"
    r"se\s+situa\w*|integra\w*|forman?\s+parte|destaca\w*|estuv\w*)\b"
)
STAY_VERBS = re.compile(
    r"\b(?:sigu\w*|sigue\w*|permanec\w*|continua\w*|se\s+mantien\w*|repit\w*|repite\w*|"
    r"mantien\w*|mantuv\w*)\b"
)


PLACER_ADVERBS = re.compile(
    r"\b(?:tambien|ademas|ya|hoy|ahora|asi|nuevamente|finalmente|este\s+ano|esta\s+vez)\b"
)
