"""The Spanish reading of last resort: a clause's countries, its verb and its tier.

The rules in `rules_es` and `clauses_es` each read one shape of sentence; the Spanish press
writes many more ("Perú logró escalar posiciones y ahora figura en el Nivel 1", "Cuba continúa
formando parte del Nivel 3", "Colombia se consolidó en el Nivel 1"). Where no rule read a
clause, this reads it, as `fallback_en` does for English, from three things it must hold in
order: the countries, a verb of being, placing, keeping or moving, and the preposition before
one tier ("en", "a", "al", "de", "hacia"). It gives nothing when the clause holds a negation, a
condition, a modal, a future, a comparison, a count, "otros" or an exclusivity ("sólo", "el
único"), or more than one tier it cannot pair with its own countries, so that what it reads is
rarely wrong even when the clause is unusual.

It runs over folded text: lower case, no accents ("bajó" is "bajo", "está" is "esta").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .fallback_clauses import (
    ClauseLanguage,
    Reading,
    clause_spans,
    countries_in,
    read_clause,
    verbs_in,
)
from .grammar import C, Vocabulary, words
from .model import Claim, ClaimKind
from .tagger import TOKEN, Tagged, Token
from .vocabulary_es import FROM_PREPOSITIONS, TO_PREPOSITIONS

__all__ = ["Reading", "read"]


# Where a clause ends: the end of a sentence part, and the words that open a clause of its own
# after a comma or on their own ("..., donde el informe dice ...", "... pero salió ...").
_BOUNDARY = re.compile(
    r"[;:!?()\u2014]|\.(?=\s|$)|\s[-\u2013]\s"
    r"|,\s*(?=(?:pero|mientras|aunque|porque|pues|donde|cuando|quien|quienes|cuyo|cuya|cuyos|"
    r"cuyas|que|lo\s+que|la\s+que|el\s+que|los\s+que|las\s+que|el\s+cual|la\s+cual|tras|luego|"
    r"despues|sin\s+embargo|ya\s+que|puesto\s+que|dado\s+que|segun|con\s+lo\s+que|y\s+(?:el|la|"
    r"los|las|su|sus|este|esta|ese|esa|eso|esto|ello)|lo\s+cual)\b)"
    r"|\s(?=(?:pero|mientras\s+que|aunque|porque|sino|ya\s+que|puesto\s+que)\s)"
)
# Words that make a clause say something else than "these countries are on that tier".
_GUARD = re.compile(
    r"\b(?:"
    # negation
    r"no|nunca|ni|sin|tampoco|jamas|ningun|ninguna|ninguno|nadie|fuera|dej\w+\s+de|"
    # condition, wish, modal, request, threat
    r"si|siempre\s+que|a\s+menos|en\s+caso|de\s+lo\s+contrario|caso\s+contrario|"
    r"pod(?:ria|rian|ra|ran|ia|ian)|pued\w+|deb(?:e|en|eria|erian|era|eran|ia|ian|io|ieron)|habria\w*|tendria\w*|seria\w*|quier\w+|quisier\w+|busca\w*|"
    r"intent\w+|pretend\w+|aspir\w+|esper\w+|pid\w+|pide\w*|insta|instan|insto|instaron|instando|exig\w+|reclam\w+|"
    r"propon\w+|propus\w+|recomend\w+|recomiend\w+|sugier\w+|sugiri\w+|solicit\w+|"
    r"riesgo|amenaz\w+|peligr\w+|evit\w+|escap\w+|se\s+salv\w+|librarse|advert\w+|advier\w+|"
    r"advirti\w+|alert\w+|posib\w+|probab\w+|quizas?|tal\s+vez|eventual\w*|automatic\w*|"
    r"dispensa|exencion|waiver|"
    # comparison, exception, contrast
    r"a\s+diferencia|en\s+contraste|comparad\w+|en\s+comparacion|frente\s+a|en\s+vez|"
    r"en\s+lugar|excepto|salvo|aparte|ademas\s+de|menos\s+(?:a|de)|superior\w*|inferior\w*|"
    # substitution: "ocupa el lugar de Chile", "fue sustituido por Perú"
    r"lugar\s+de|sustitu\w+|reemplaz\w+|"
    r"por\s+encima|por\s+debajo|detras|delante|"
    # others, exclusivity (the group rules' to read)
    r"otros|otras|demas|resto|solo|solamente|unicamente|unic[oa]s?|exclusiv\w*|"
    # a time this reading cannot date ("un año más tarde subió al Nivel 1")
    r"mas\s+tarde|anos\s+despues|ano\s+despues|entonces|aquel\s+ano|aquella\s+epoca|"
    r"esa\s+epoca|en\s+su\s+momento"
    r")\b"
    # "más que", "peor que", "el mismo nivel que": a comparison with someone else.
    r"|\b(?:mas|menos|mejor|peor|mejores|peores|mism[oa]s?|igual|antes|despues)\b[^,;]{0,40}?\bque\b"
    # A future or a conditional: a placement that has not happened.
    r"|\b(?:ser|estar|quedar|pasar|seguir|continuar|permanecer|mantener|bajar|caer|subir|"
    r"ascender|descender|entrar|salir|ingresar|volver|ubicar|figurar|aparecer|integrar|formar|"
    r"incluir|colocar|clasificar|degradar|rebajar|relegar|mejorar|empeorar|retroceder|avanzar|"
    r"escalar|regresar|sumar|unir|incorporar|sacar|retirar|excluir|situar|calificar|"
    r"tendr|podr|habr|saldr|mantendr|pondr|har|vendr)(?:a|an|e|emos|ia|ian)\b"
    r"|\b(?:va|van|iba|iban|vamos)\s+a\s+[a-z]+(?:ar|er|ir)(?:se)?\b"
)
# A count of countries ("19 países", "dos de los países") is the count rules'.
_NUMBER = re.compile(
    r"\u27e6N(?P<i>\d+)\u27e7\s+(?:otros\s+|mas\s+)?(?:[a-z]+\s+)?"
    r"(?:de|paises|naciones|estados|gobiernos|territorios|miembros)\b"
)

# Verbs in their folded forms: an -ar, -er or -ir stem and its usual endings.
_AR = r"(?:a|an|o|aron|ado|ada|ados|adas|aba|aban|ar|ando|arse|andose)"
_ER = r"(?:e|en|io|ieron|ido|ida|idos|idas|ia|ian|er|iendo|erse|iendose)"


def _verb_forms(stems: str, endings: str) -> str:
    return rf"(?:{stems}){endings}"


# Verbs of being on a tier, of being placed, kept or counted on it, and of ending up there.
_BE = re.compile(
    r"\b(?:es|son|fue|fueron|era|eran|sido|ser|esta|estan|estaba|estaban|estuvo|estuvieron|"
    r"estado|estar|estando|figur\w+|integr\w+|listad[oa]s?|"
    r"(?:forma|forman|formo|formaron|formaba|formaban|formando|formar|formado|hace|hacen)\s+parte|"
    r"(?:se\s+)?(?:encuentra|encuentran|encontraba|encontraban|encontro|encontraron)|"
    r"aparec\w+|aparece|permanec\w+|"
    r"(?:se\s+)?(?:mantien\w+|mantuv\w+|mantenid[oa]s?|mantener(?:se)?)|"
    r"sigue|siguen|seguia|seguian|sigui\w+|seguir|continua\w*|continuo|continuaron|"
    r"(?:se\s+)?(?:qued\w+)|se\s+consolid\w+|consolidad[oa]s?|(?:se\s+)?sostien\w+|"
    r"(?:se\s+)?instal\w+|anclad[oa]s?|estancad[oa]s?|"
    r"(?:se\s+)?sostuv\w+|repite\w*|repitio|repitieron|conserv\w+|"
    + _verb_forms(
        r"ubic|coloc|clasific|calific|situ|catalog|consider|design|reubic|reclasific|"
        r"encasill|evalu|ranke|termin|acab|ocup|localiz|posicion",
        _AR,
    )
    + "|"
    + _verb_forms(r"inclu|reincorpor", r"(?:ye|yen|yo|yeron|ido|ida|idos|idas|ir|irse|ia|ian)")
    + r"|(?:se\s+)?(?:ubica|ubican|ubico|ubicaron|situa|situan|situo|situaron|coloca|colocan|"
    r"coloco|colocaron|clasifica|clasifican|clasifico|clasificaron)|puest[oa]s?|"
    r"comparte\w*|compartio|obtuv\w+|obtien\w+|alcanz\w+|logr\w+|recibi\w+|recibe\w*|"
    r"consigu\w+|consigui\w+|" + _verb_forms(r"dej", _AR) + r")\b"
)
# Verbs of moving, whether or not they say which way ("pasó a", "salió de").
_MOVE = re.compile(
    r"\b(?:"
    + _verb_forms(
        r"pas|baj|degrad|rebaj|releg|ingres|entr|retir|sac|elev|traslad|avanz|escal|regres|"
        r"recuper|incorpor|agreg|anad|sum|empuj|hund|desplom|abandon|libr|llev|mejor|empeor|"
        r"mov|promov|devolv|import|export|arrastr|remont|dispar|precipit|desliz|"
        r"cambi|despoj|exclu",
        _AR,
    )
    + "|"
    + _verb_forms(r"descend|ascend|retroced|promov|mov|devolv|volv|exclu|sal|sub|ca|hund", _ER)
    + r"|cay\w+|cae|caen|desciend\w+|asciend\w+|sali\w+|sale|salen|sube|suben|subi\w+|"
    r"se\s+col(?:o|aron|a|an)|"
    r"vuelv\w+|volvi\w+|devuelt[oa]s?|excluy\w+)\b"
)
# "bajo la lista de vigilancia", "bajo observación": "bajo" as a preposition, no move.
_BAJO_PREPOSITION = re.compile(r"\bbajo\s+(?=(?:el|la|los|las|su|sus|observacion|vigilancia)\b)")
# "el año pasado", "la semana pasada": a time, not the verb "pasar".
_PAST_TIME = re.compile(
    r"\b(?:ano|anos|mes|meses|semana|semanas|informe|reporte|edicion|periodo|ciclo|siglo)\s+"
    r"pasad[oa]s?\b"
)
# Moves into a tier that say "en" where English says "into" ("cayó en la lista negra").
_INTO_VERBS = re.compile(
    # (not "se hunde aún más en la lista negra": sinking deeper where it already was)
    r"\b(?:entr|ingres|ca[iy]|cae|incorpor|precipit|mete|meti|sum|reincorpor|"
    r"se\s+col(?:o|aron|a|an)\b)\w*"
    r"(?:\s+(?:nuevamente|de\s+nuevo|otra\s+vez|una\s+vez\s+mas|ahora|ya|este\s+ano))*\s+en\s*$"
)
# "pasó a formar parte del Nivel 3", "volvió a integrar la lista negra": a move onto the tier.
_BECAME = re.compile(
    r"\b(?:pas\w*|volv\w*|vuelv\w*)\s+a\s+(?:formar\s+parte|integrar|ser|estar|figurar|ocupar|"
    r"engrosar|ubicarse|situarse|encontrarse|aparecer|quedar|compartir)\b"
)
# "Perú deja el Nivel 3", "abandonó la lista negra": the tier left, named as the object.
_LEAVE = re.compile(r"\b(?:dej|abandon|perd|pierd)\w*\s*$")
_TO = re.compile(r"\b(?:a|al|hasta|hacia|para)\s*$")
_FROM = re.compile(rf"\b{words(*FROM_PREPOSITIONS)}\s*$")
_AT = re.compile(r"\b(?:en|como|entre|dentro\s+de|dentro\s+del|parte\s+de|parte\s+del)\s*$")
# What may stand between the preposition and the tier: an article, an adjective, a noun naming
# a tier ("en la categoría de Nivel 3", "como país de Nivel 2", "el temido Nivel 3").
_ARTICLE = re.compile(
    r"(?:\b(?:el|la|los|las|un|una|su|sus|este|esta|ese|esa|aquel|aquella|dicho|dicha|"
    # "es uno de los países del Nivel 3"
    r"un[oa]\s+de|"
    r"llamad[oa]s?|denominad[oa]s?|temid[oa]s?|famos[oa]s?|conocid[oa]s?\s+como|peor|mejor|"
    r"ultim[oa]|nuev[oa]|actual|propi[oa]|misma|mismo)\s+"
    r"|\b(?:categoria|grupo|lista|listado|nivel|clasificacion|calificacion|estatus|status|"
    r"rango|escalon|puesto|lugar|posicion|franja|seccion|apartado|grado|pais|paises|nacion|"
    r"naciones|estado|estados|ranking|condicion|tipo|zona|nota)\s+(?:de\s+|del\s+)?|[\"'])*$"
)
# An active verb of placing between a country and another: the first is the one who places
# ("Estados Unidos ubicó a Perú en ...").
_AGENT = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:(?:ha|han|habia|habian)\s+)?"
    r"(?:ubic|coloc|situ|mant|dej|inclu|clasific|pus|pon|traslad|degrad|rebaj|elev|baj|sub|"
    r"ascend|descend|retir|sac|agreg|anad|mov|releg|calific|catalog|design|list|consider|"
    r"reconoc|excluy|exclu|promov|devolv|regres)\w*\s+(?:[^\u27e6]{0,30}\s)?a\s+"
    r"(?:(?:la|las|el|los)\s+)?\u27e6C"
)
# "Estados Unidos la mantuvo en el Nivel 3": an object pronoun before the verb makes the
# country before it the one who places, not the one placed.
_PRONOUN_OBJECT = re.compile(
    r"\s+(?:(?:no|ya|tambien|nuevamente|ahora)\s+)?(?:lo|la|los|las|le|les)\s+"
    r"(?!(?:ha|han|habia|habian)\b)[a-z]+"
)
# A country after these is where victims come from, whom a report is compared to, and so on.
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:de|del|desde|por|para|contra|sobre|hacia|con|entre|que|sin|segun|tras|ante|excepto|"
    r"salvo|menos|hasta|en|a\s+diferencia\s+de|frente\s+a|respecto\s+(?:a|de)|"
    r"cerca\s+de|mas\s+que|menos\s+que)\s+(?:(?:el|la|los|las)\s+)?$"
)
# "Perú, junto a Chile, terminó en el Nivel 1": the companion shares the claim.
_BESIDE = re.compile(
    r"\b(?:junto\s+(?:a|con)|al\s+igual\s+que|asi\s+como)\s+(?:(?:el|la|los|las)\s+)?$"
)
# "mientras que Guatemala sigue en ...", "ya que Perú está en ...": a clause's own subject.
_CLAUSE_THAT = re.compile(
    r"\b(?:mientras|ya|dado|puesto|aunque|pues|por\s+lo)\s+que\s+(?:(?:el|la|los|las)\s+)?$"
)
# "la calificación de Perú", "el gobierno de Perú": the country's own standing, after "de".
_OWN_STANDING = re.compile(
    r"\b(?:gobierno|autoridades|estado|calificacion|clasificacion|posicion|ranking|lugar|"
    r"puesto|estatus|status|nota|categoria|situacion|ubicacion|nivel)\s+(?:de|del)\s+"
    r"(?:(?:el|la|los|las)\s+)?$"
)
# A subject, an aside set off by commas, then a verb ("Perú, país andino de 30 millones de
# habitantes, se mantiene ..."): the aside is no part of what the clause says of the subject.
_ASIDE = re.compile(
    rf"(?P<subj>{C}(?:\s*,?\s*(?:y|e)\s+(?:(?:la|el|las|los)\s+)?{C})?)"
    r"(?P<aside>\s*,\s+(?!(?:y|e|o|u|junto|al\s+igual|asi\s+como)\s)(?:[^,;:.\u27e6]|\u27e6[CGNOYT]\d+\u27e7){2,160}?,)"
    r"(?=\s+(?:(?:se|ya|ahora|tambien|aun|todavia|este\s+ano|nuevamente|ha|han|habia|habian|"
    r"lo|la)\s+)*(?P<verb>[a-z]+))"
)


# A phrase set off by commas inside a clause ("Argentina y Chile forman parte, según el
# documento, del Nivel 1"): it says where the claim comes from or links it to what came before.
_INNER_ASIDE = re.compile(
    r",\s+(?:segun|de\s+acuerdo\s+con|conforme\s+a|por\s+su\s+parte|en\s+tanto|a\s+su\s+vez|"
    r"ademas|asimismo|asi|tambien|nuevamente|ahora|este\s+ano|por\s+ahora|finalmente|de\s+nuevo|"
    r"otra\s+vez|una\s+vez\s+mas|en\s+cambio|por\s+otro\s+lado|igualmente|de\s+hecho|"
    r"en\s+efecto|precisamente|efectivamente|oficialmente)\b[^,;:.\u27e6]{0,60},"
    r"|,\s+(?:en|por|durante)\s+(?:el|la|su|este|esta)\s+(?:informe|reporte|edicion|documento|"
    r"clasificacion|ranking|lista\s+anual)\b(?:[^,;:.\u27e6]|\u27e6Y\d+\u27e7){0,60},"
)
# A clause that opens with its verb after "pero", "y", "aunque": the subject is the clause
# before's ("Marruecos no está en la lista negra pero se encuentra en el Nivel 2").
_SUBJECTLESS = re.compile(
    r"^\s*,?\s*(?:pero|y|e|aunque|sino\s+que|mas)\s+(?:(?:se|ya|ahora|tambien|aun|todavia|hoy|"
    r"este\s+ano|ha|han)\s+)*(?P<verb>[a-z]+)"
)


# An aside that says something of its own about the subject, whatever it holds.
_RELATIVE = re.compile(
    r"\s*,\s+(?:que|quien|quienes|cuyo|cuya|cuyos|cuyas|el\s+cual|la\s+cual|los\s+cuales|"
    r"las\s+cuales|un|una|pais|nacion)\b"
)
# An infinitive says what happened only after these ("logró salir", "pasó a formar parte",
# "vuelve a estar"); otherwise it is a purpose or a wish ("trabaja para salir de la lista").
_INFINITIVE = re.compile(r"\b[a-z]+(?:ar|er|ir)(?:se)?\b")
_DONE_BEFORE = re.compile(
    r"\b(?:logr\w*|consigu\w*|consigui\w*|pas\w*\s+a|volv\w*\s+a|vuelv\w*\s+a|"
    r"acab\w*\s+(?:de|por)|termin\w*\s+por|pudo|pudieron|alcanz\w*\s+a|lleg\w*\s+a|"
    r"vino\s+a|vinieron\s+a)\s+(?:[a-z]+\s+)?$"
)


# "Al Nivel 1 ascendió Colombia", "Del Nivel 3 salieron Cuba y Venezuela", "En la categoría de
# Nivel 2 quedaron ubicados Perú y Bolivia": the tier and its verb before the countries.
_INVERTED = re.compile(
    r"^\W*(?:(?:y|e|tambien|ademas)\s+)?(?P<prep>a|al|hasta|hacia|de|del|desde|en|dentro\s+de)\s+"
    r"(?P<art>(?:[a-z]+\s+){0,3}?)[\"']?\u27e6T(?P<t>\d+)\u27e7[\"']?"
    r"(?P<verb>(?:\s+[a-z]+){1,4}?)\s+(?:(?:a|la|el|las|los)\s+)?"
    rf"(?P<subj>{C}(?:\s*,\s*(?:(?:la|el)\s+)?{C})*(?:\s*,?\s*(?:y|e)\s+(?:(?:la|el)\s+)?{C})?)"
    r"\s*$"
)


def read(
    tagged: Tagged,
    covered: list[tuple[int, int]],
    vocabulary: Vocabulary,
    author: Callable[[Token], bool],
) -> list[Reading]:
    """Claims of the clauses of `tagged` that no stretch in `covered` overlaps."""
    text = _without_asides(tagged.text)
    readings: list[Reading] = []
    before: tuple[str, ...] = ()  # the subject of the clause before
    for start, end in clause_spans(text, _BOUNDARY):
        clause = text[start:end]
        subject = before
        before = _subject(tagged, clause, author)
        opening = _SUBJECTLESS.match(clause)
        implied: tuple[str, ...] = ()
        if opening and subject and (_BE.match(opening.group("verb")) or _MOVE.match(
                opening.group("verb"))):  # fmt: skip
            implied = subject
            before = subject
        # A clause a rule read in part ("Perú salió de la lista negra y ahora figura en la
        # Lista de Vigilancia"): what the rule left unread.
        readings += [
            reading
            for reading in read_clause(
                _LANGUAGE, tagged, text, start, end, vocabulary, author, covered, implied
            )
            if not any(
                reading.start < c_end and c_start < reading.end for c_start, c_end in covered
            )
        ]
    return readings


def _inverted(
    tagged: Tagged,
    match: re.Match[str],
    start: int,
    vocab: Vocabulary,
    author: Callable[[Token], bool],
) -> list[Reading]:
    verb = match.group("verb").strip()
    if _ARTICLE.sub("", match.group("art")).strip() or not (_BE.search(verb) or _MOVE.search(verb)):
        return []
    countries = _countries(tagged, match.group("subj"), author)
    if not countries:
        return []
    tier = tagged.tokens[int(match.group("t"))].value
    moving = bool(_MOVE.search(verb))
    direction = vocab.direction(verb) if moving else None
    prep = match.group("prep")
    claim: Claim | None = None
    if prep in ("a", "al", "hasta", "hacia") and moving:
        claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                      direction=direction)  # fmt: skip
    elif prep in ("de", "del", "desde") and moving:
        claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, from_tier=tier,
                      direction=direction)  # fmt: skip
    elif prep not in ("a", "al", "hasta", "hacia", "de", "del", "desde") and not moving:
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier,
                      unchanged=vocab.is_unchanged(verb, verb))  # fmt: skip
    if claim is None:
        return []
    return [Reading(claim, start + match.start("prep"), start + match.end("subj"))]


def _inverted_clause(
    tagged: Tagged,
    clause: str,
    start: int,
    tiers: list[tuple[re.Match[str], Token]],
    vocab: Vocabulary,
    author: Callable[[Token], bool],
) -> list[Reading] | None:
    """The clause read whole when its tier and verb come before its countries ("Al Nivel 1
    ascendió Colombia"); None when they do not."""
    inverted = _INVERTED.match(clause)
    if not inverted or len(tiers) != 1:
        return None
    # The verb comes after the tier: the whole clause decides.
    words = TOKEN.sub(" ", clause)
    if _GUARD.search(words) or vocab.hypothetical.search(words):
        return []
    return _inverted(tagged, inverted, start, vocab, author)


def _subject(tagged: Tagged, clause: str, author: Callable[[Token], bool]) -> tuple[str, ...]:
    """The countries a clause opens with, before its first verb (none if it opens otherwise)."""
    plain = TOKEN.sub(lambda m: "x" * len(m.group()), clause)
    verb = _BE.search(plain) or _MOVE.search(plain)
    if verb is None:
        return ()
    head = clause[: verb.start()]
    if not re.match(rf"^\W*(?:(?:el|la|los|las)\s+)?{C}", head):
        return ()
    return _countries(tagged, head, author)


def _without_asides(text: str) -> str:
    """`text` with each aside between a subject and its verb blanked (offsets kept)."""

    def blank(match: re.Match[str]) -> str:
        verb = match.group("verb")
        if not (_BE.match(verb) or _MOVE.match(verb) or verb in ("ha", "han", "fue", "fueron")):
            return match.group()
        aside = match.group("aside")
        if _GUARD.search(TOKEN.sub(" ", aside)) and not _RELATIVE.match(aside):
            return match.group()  # "Perú, a diferencia del resto, ...": it says how to read it
        return match.group("subj") + " " * (len(aside) - 1) + ","

    text = _ASIDE.sub(blank, text)
    return _INNER_ASIDE.sub(lambda m: " " * len(m.group()), text)


def _not_subject(fragment: str, match: re.Match[str]) -> bool:
    if _AGENT.match(fragment, match.end()) or _PRONOUN_OBJECT.match(fragment, match.end()):
        return True
    before = fragment[: match.start()]
    beside = _BESIDE.search(before)
    other = beside and _ANOTHER_VERB_BEFORE.search(before, 0, beside.start())
    if other and not (_BE.search(other.group("words")) or _MOVE.search(other.group("words"))):
        return True  # "Perú trabajó junto con Chile y está en ...": beside another verb's subject
    return bool(
        _NOT_SUBJECT_BEFORE.search(before)
        and not _OWN_STANDING.search(before)
        and not beside
        and not _CLAUSE_THAT.search(before)
    )


# Words after a country that are no verb of being or moving: "Perú trabajó junto con Chile"
# sets Chile beside Peru in the work, not on the tier the clause names next.
_ANOTHER_VERB_BEFORE = re.compile(r"\u27e7(?P<words>\s+[a-z]+(?:\s+[a-z]+)?)\s*$")


def _countries(tagged: Tagged, fragment: str, author: Callable[[Token], bool]) -> tuple[str, ...]:
    return countries_in(tagged, fragment, author, _not_subject)


def _verbs(words: str) -> str:
    """The verbs of being and moving that say what happened to the subject, in order: after a
    coordination, the last verbs' ("logró escalar posiciones y ahora figura en")."""
    for part in reversed(re.split(r"\s(?:y|e)\s", words)):
        verbs = verbs_in(part, _BE, _MOVE)
        if verbs:
            return verbs
    return ""


def _claim(
    words: str, verbs: str, countries: tuple[str, ...], tier: str, vocab: Vocabulary
) -> Claim | None:
    found = [*_BE.finditer(words), *_MOVE.finditer(words)]
    last = max(found, key=lambda m: m.start()) if found else None
    if (
        last is not None
        and _INFINITIVE.match(last.group().split()[-1] if last.group().startswith("se ") else
                              last.group())
        and not _DONE_BEFORE.search(words, 0, last.start())
    ):  # fmt: skip
        return None
    head = _ARTICLE.sub("", words).rstrip()
    # "integran, junto con Irán, el Nivel 3": the verb before the aside.
    head = _ARTICLE.sub("", re.sub(r",[^,]*,$", "", head)).rstrip()
    became = _BECAME.search(words)
    moving = bool(_MOVE.search(verbs)) or bool(became)
    direction = vocab.direction(verbs) if moving else None
    if _INTO_VERBS.search(head) or (became and _AT.search(head)):
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                     direction=direction)  # fmt: skip
    if re.search(r"\bparte\s+de\s*$", head) and not moving:
        return Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier,
                     unchanged=vocab.is_unchanged(verbs, words))  # fmt: skip
    if _TO.search(head):
        if not moving:
            return None
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                     direction=direction)  # fmt: skip
    if _FROM.search(head):
        if not moving:
            return None
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, from_tier=tier,
                     direction=direction)  # fmt: skip
    if _LEAVE.search(head):
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, from_tier=tier,
                     direction=direction)  # fmt: skip
    if not _BE.search(verbs):
        return None
    if moving and direction is not None:
        return None  # "descendió en el Nivel 3"? where it went is not said by "en"
    if moving:
        return None  # "pasó en el Nivel 2", "salió en la lista": no placement said
    if not _AT.search(head) and not re.search(rf"(?:{_BE.pattern})\s*$", head):
        return None
    unchanged = vocab.is_unchanged(verbs, words)
    return Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier, unchanged=unchanged)


# A headline's list and "entre" with no verb: "Tailandia, de nuevo entre los peores países del
# mundo".
_HEADLINE_AMONG = re.compile(
    r"^\W*(?:(?:el|la|los|las)\s+)?\u27e6C\d+\u27e7"
    r"(?:(?:\s*,\s*|\s*,?\s*(?:y|e)\s+)(?:(?:el|la|los|las)\s+)?\u27e6C\d+\u27e7)*\s*,?\s+"
    # ("de nuevo entre los peores" is no stay said: left to the rules that read "de nuevo")
    r"(?:(?:tambien|aun|todavia|ahora)\s+)?entre\s+$"
)


# "Perú pasó del Nivel 2 al Nivel 1": the words between a move's old tier and its new one.
_ONWARD = re.compile(rf"^\s*{words(*TO_PREPOSITIONS)}\s+(?:el\s+|la\s+)?[\"']?$")
_LANGUAGE = ClauseLanguage(
    guard=_GUARD,
    number=_NUMBER,
    conjunction="y|e",
    onward=_ONWARD,
    countries=_countries,
    verbs=_verbs,
    claim=_claim,
    inverted=_inverted_clause,
    headline_among=_HEADLINE_AMONG,
    headline_copula="estan",
    not_verbs=(_BAJO_PREPOSITION, _PAST_TIME),
    first_verb=lambda words: _BE.search(words) or _MOVE.search(words),
)
