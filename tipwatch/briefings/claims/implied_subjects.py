"""Countries a sentence means without naming them: "the island nation", the missing subject
of "... and was downgraded", "the four countries", and initials ("TT"). Each becomes a token
for the tagger, like a name."""

from __future__ import annotations

import re

from . import context
from .contrasted import ASIDE_OPENER
from .country_tokens import AUTHOR_AFTER, AUTHOR_BEFORE, PLURAL, REPORT_AUTHOR, country_codes
from .gazetteer import Gazetteer, Mention
from .grammar import CL
from .tagger import Tagged, Token
from .text import Folded

# Words that stand for a country named before: "the island nation", "el país", "it was ...".
_ANAPHOR = re.compile(
    # "the country", "this country", "the Southeast Asian nation", "the Gulf state", "the
    # oil-rich kingdom": a geographic or descriptive adjective or two, then a word for a country.
    # ("the Islamic State" is an armed group, not a country).
    r"\b(?:(?:the|this|that)\s+(?!islamic\s+state)(?:(?:[a-z]+(?:an|ean|ian|ese|ic|ish|ern)|gulf|pacific|"
    r"oil-rich|communist|landlocked|island|small|tiny|latin|middle|(?:north|south|east|west|central)(?:ern)?|"
    r"(?:south|north)(?:east|west)(?:ern)?)\s+){0,2}"
    r"(?:country|island\s+nation|island|kingdom|nation|emirate|archipelago|monarchy|"
    # "the Republic retained its Tier 2 position" (not "the Republic of ...", a name)
    r"republic(?!\s+of\b)|"
    r"state(?!\s+(?:department|of\b)))|"
    # "el país centroamericano", "a la nación caribeña", "la isla", "dicho país", "este país".
    r"(?:(?:el|al|este|ese|dicho|aquel|el\s+citado|el\s+mencionado)\s+pais|"
    r"(?:a\s+)?(?:la|esta|esa|dicha)\s+nacion|(?:a\s+)?la\s+isla|(?:el|al)\s+reino)"
    r"(?:\s+(?:centroamerican[oa]|sudamerican[oa]|suramerican[oa]|latinoamerican[oa]|"
    r"cariben[oa]|andin[oa]|insular|african[oa]|asiatic[oa]|europe[oa]|vecin[oa]|"
    r"norteamerican[oa]|antillan[oa]|austral|mesoamerican[oa]))?|"
    r"it(?=\s+(?:was|is|has|had|remained|remains|stayed|stays)\b))\b"
)
# "the US has downgraded the country", "Washington kept the kingdom on ...": the words between
# the subject of an active verb of moving or placing and the word for a country it governs.
_MOVES_THE_ANAPHOR = re.compile(
    r"^\s*(?:(?:has|have|had|again|also|now|on\s+\w+day)\s+|,\s*)*"
    r"(?:downgraded|upgraded|demoted|promoted|relegated|elevated|moved|placed|put|kept|ranked|"
    r"rated|listed|added|removed|dropped|lowered|raised|returned)\s+$"
)
# A verb with no subject of its own, which takes the country named last: "... and was
# downgraded in 2018", "por lo tanto, permaneció en el Nivel 2".
_BARE_VERB = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|y|e|therefore|thus|so|por\s+lo\s+tanto|por\s+eso|"
    r"por\s+lo\s+que|asi\s+que|pero|aunque|sin\s+embargo)\s*,?\s+"
    # "Peru remained on the watch list before being upgraded to Tier 2" (not at the opening)
    r"|(?<=\w\s)(?:before|after)\s+(?=being\s))"
    # "..., in 2014 and 2015 was on the lowest Tier 3": the clause's years before its verb.
    r"(?:(?:in|en)\s+(?:19|20)\d\d(?:\s*(?:,|and|y)\s*(?:19|20)\d\d)*\s+)?"
    # "... y en el informe se movió ...", "... y este año subió ...".
    r"(?:(?:en\s+el\s+(?:informe|reporte)|este\s+ano|esta\s+vez|ahora|luego|despues|"
    # "..., but this year remains on Tier 3"
    r"this\s+year|now|still|again)\s+)?"
    r"(?:[a-z]+ly\s+)?"
    r"(?=(?:was|were|is|are|being|remains|stays|has\s+been|had\s+been|remained|stayed|"
    # "... and has successfully maintained its position"
    r"(?:has|had)\s+(?:[a-z]+ly\s+)?(?:maintained|kept|retained)|"
    r"permanecio|permanece|se\s+mantuvo|"
    r"se\s+mantiene|se\s+queda|se\s+quedo|sigue|siguio|fue|ha\s+sido|desciende|descendio|"
    r"se\s+movio|paso|volvio|regreso|salio|mejoro|empeoro|retrocedio|ha\s+permanecido|"
    r"cae|cayo|baja|bajo|sube|subio|asciende|ascendio|quedo|se\s+ubico|se\s+situo|ingreso|"
    # "..., pero recuperó la máxima calificación en 2023"
    r"recupero|recupera|regained|"
    # "Perú, que estuvo en el Nivel 3, está ahora en el Nivel 2" (not "esta semana": "this")
    r"esta(?=\s+(?:ahora\s+|hoy\s+|actualmente\s+)?en\b)|"
    r"rose|fell|dropped|slipped|climbed|"
    # "... and now sits on Tier 2", "... y ahora se encuentra en el Nivel 2": verbs of being
    # somewhere that take no object, so the subject is the one before
    r"sits|sat|stands|stood|lands|landed|languishes|languished|se\s+encuentra|se\s+encontraba|"
    r"se\s+situa|se\s+ubica|figura|continua|continuo|"
    r"moving|climbing|rising|falling|dropping|slipping|sliding)\b"
    # "..., and again maintains place in the so-called Tier 1", "..., and retained its Tier 2
    # ranking": a stay told by keeping a place (not "and kept Cuba on Tier 3", another subject).
    r"|(?:maintains|maintained|retains|retained|keeps|kept|holds|held)\s+(?:its\s+)?"
    r"(?:place|position|spot|standing|ranking|rating|(?:\u27e6T\d+\u27e7|tier\s+\w+)\s+"
    r"(?:ranking|rating|status|standing|position|place|spot)))"
)


_CLOSED_ASIDE = re.compile(rf",\s*{ASIDE_OPENER}\b[^,;:()]*,\s*$")

# A preposition right before a country: what it governs is not a clause's subject.
_GOVERNED = re.compile(
    r"\b(?:with|alongside|than|like|unlike|including|behind|besides|beside|among|from|by|"
    r"con|junto\s+a|entre|incluidos?|incluidas?|detras\s+de|ademas\s+de)\s+"
    r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$"
)


def implied_countries(
    folded: Folded,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    earlier: Token | None,
    earlier_named: list[str],
) -> list[Token]:
    """Tokens for the countries a sentence means without naming them: "the island nation",
    or the missing subject of "... and was downgraded in 2018". Each stands for the country
    named last before it, in the sentence or earlier in the text. `mentions` are the names
    the sentence gives (`Gazetteer.find`)."""
    names = [m for m in mentions if m.kind == "C" and not _names_the_author(folded.text, m)]

    def named_before(position: int) -> str | None:
        before = [m for m in names if m.end <= position]
        if before:
            return before[-1].code
        return earlier.value if earlier is not None else None

    def subject_before(position: int) -> str | None:
        # "Peru worked along with Chile and is on Tier 2": a country a preposition governs is
        # no subject; the verb's is the one named before it that no preposition governs.
        before = [m for m in names if m.end <= position]
        # "Perú, cuyo vecino Chile está en el Nivel 1, sigue en el Nivel 2": the countries of an
        # aside that describes or sets others against the country before it are not the
        # subject of the verb after it; that country is.
        aside = _CLOSED_ASIDE.search(folded.text, 0, position)
        if aside:
            opened = [
                m
                for m in before
                if m.end <= aside.start() and not folded.text[m.end : aside.start()].strip()
            ]
            if opened:
                return opened[-1].code
        free = [
            m for m in before if not _GOVERNED.search(folded.text, max(0, m.start - 24), m.start)
        ]
        if before and free and free[-1] is not before[-1]:
            return free[-1].code
        return named_before(position)

    implied: list[Token] = []
    for match in _ANAPHOR.finditer(folded.text):
        # (overlapping a name: "the Central African Republic" is a name, not "the republic")
        if any(m.start < match.end() and match.start() < m.end for m in names):
            continue
        # ("the US has downgraded the country": the one who moves it is not the country moved)
        before = [
            m
            for m in names
            if m.end <= match.start()
            and not _MOVES_THE_ANAPHOR.match(folded.text[m.end : match.start()])
        ]
        code = context.antecedent(match.group(), before, earlier_named, gazetteer, folded.text)
        if code is None and not before and not earlier_named:
            code = context.only_country_after(names, match.end())
        if code is not None:
            implied.append(Token("C", code, match.start(), match.end()))
    for match in _BARE_VERB.finditer(folded.text):
        if any(m.end == match.start() for m in names):
            continue  # "The Gambia and Venezuela, were ...": the list before is the subject
        clause_end = _CLAUSE_END.search(folded.text, match.end())
        stop = clause_end.start() if clause_end else len(folded.text)
        spanish = _SPANISH_BARE.match(folded.text, match.end())
        if spanish and any(
            match.end() < m.start < stop
            and not _BESIDE_THE_TIER.search(folded.text, match.end(), m.start)
            for m in names
        ):
            # "..., pero bajó al nivel 2 Colombia": the subject after its verb (not "pero se
            # encuentra en el nivel 2 junto a México": a country set beside it)
            continue
        position = match.end()
        while position > match.start() and folded.text[position - 1].isspace():
            position -= 1  # before the space, so that "⟦C⟧ was downgraded" reads as usual
        if any(t.start <= position <= t.end for t in implied):
            continue
        code = subject_before(position)
        if code is not None:
            implied.append(Token("C", code, position, position))
    for match in [*_SINCE_BARE_VERB.finditer(folded.text), *_WHERE_BARE_VERB.finditer(folded.text)]:
        clause_end = _CLAUSE_END.search(folded.text, match.end())
        stop = clause_end.start() if clause_end else len(folded.text)
        if any(match.end() < m.start < stop for m in names):
            continue  # "Desde 2014 estuvo Bolivia en ...": the subject after its verb
        position = match.end()
        while position > match.start() and folded.text[position - 1].isspace():
            position -= 1
        if any(t.start <= position <= t.end for t in implied):
            continue
        code = named_before(position)
        if code is not None:
            implied.append(Token("C", code, position, position))
    return implied


# "Desde 2014 estuvo en la lista de observación", "Por ello, desde el 2016 permanecía en el
# Tier 1": a clause that opens with the year a stay began and has no subject before its verb
# takes the country named last.
_SINCE_BARE_VERB = re.compile(
    r"(?:^|[,;:]\s*|\b(?:y|e|pero)\s+)desde\s+(?:el\s+)?(?:ano\s+)?(?:19|20)\d\d\s*,?\s+"
    r"(?=(?:estuvo|estaba|permanecia|se\s+encontraba|se\s+mantenia|seguia|figuraba|"
    r"era\s+(?:calificad|clasificad|ubicad|considerad)[oa]|esta|permanece|se\s+mantiene|"
    r"sigue|ha\s+estado|ha\s+permanecido)\b)"
)

# "Tailandia salió del nivel 3, en el que estuvo degradada en 2014": a relative clause on a
# tier with a past verb, no subject and a time takes the country named last (the subject
# stands right after the verb, where a named one would).
_WHERE_BARE_VERB = re.compile(
    r"\b(?:donde|en\s+(?:el|la)\s+(?:que|cual))\s+(?:estuvo|estaba|se\s+encontraba|"
    r"permanecio|permanecia|habia\s+estado|figuraba|fue)"
    r"(?:\s+(?:ubicad|colocad|incluid|degradad|rebajad|relegad|situad|clasificad)[oa])?"
    r"(?=\s+(?:en\s+(?:19|20)\d\d|el\s+ano\s+(?:pasado|anterior)|desde\s+(?:el\s+)?(?:19|20)\d\d))"
)

_CLAUSE_END = re.compile(r"[.;,:]|\s(?:y|e|and|pero|but|mientras)\s")
_SPANISH_BARE = re.compile(
    r"(?:permanec|se\s|sigu|fue\b|ha\s|desc|pas|volv|regres|sal|mejor|empeor|retroced|ca[ey]|"
    r"baj|sub|asc|qued|ingres|recuper)"
)

# Words that set the countries after them beside a clause's subject, not as its subject.
_BESIDE_THE_TIER = re.compile(
    r"\b(?:junto\s+(?:a|con)|al\s+igual\s+que|como|con|ademas\s+de|entre|incluid[oa]s?|"
    r"incluyendo|detras\s+de|tras|frente\s+a|en\s+compania\s+de)\b"
)
_LIST = re.compile(rf"{CL}")


def country_lists(tagged: Tagged) -> list[tuple[str, ...]]:
    found = [country_codes(tagged.tokens_in(m.group(), "C")) for m in _LIST.finditer(tagged.text)]
    return [codes for codes in found if len(codes) >= 2]


_COUNTED = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "both": 2, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
            "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "ambos": 2,
            "ambas": 2}  # fmt: skip
# "the four countries", "these three nations", "both countries", "los tres países", "ambos
# gobiernos" (a number is needed, so that "the countries" alone is never guessed).
_PLURAL_ANAPHOR = re.compile(
    r"\b(?:(?:the|these|those|all)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"|(?P<both>both))\s+(?:other\s+)?(?:countries|nations|governments|states)\b"
    # "the 19 countries on Tier 3" is a count, not an anaphor.
    r"(?!\s+(?:on|in|at|among|with|that|which|listed|ranked|placed)\b)|"
    r"\b(?:(?:los|las|estos|estas|esos|esas|dichos|dichas)\s+(?P<n_es>dos|tres|cuatro|cinco|seis|"
    r"siete|ocho|nueve|diez|\d{1,2})|(?P<both_es>ambos|ambas))\s+"
    r"(?:paises|naciones|gobiernos|estados)\b"
    # "los 19 países en el nivel 3", "los tres países que ...": a count, or some of a list.
    r"(?!\s+(?:en|con|que|entre|del?|listados|ubicados|situados|clasificados|incluidos)\b)"
)
# A list that closes the sentence after a dash, colon or bracket: "... - Thailand, Malaysia,
# Venezuela and The Gambia."
_CLOSING_LIST = re.compile(r"(?:\s-\s|:|\(|\u2014)\s*(?:the\s+|los\s+|las\s+)?$")


def plural_anaphora(
    folded: Folded,
    mentions: list[Mention],
    lists: list[tuple[str, ...]],
    taken: list[Token],
) -> list[Token]:
    """ "downgraded the four countries to Tier 3 - Thailand, Malaysia, ...": a plural noun
    with a number stands for the list of exactly that many countries that closes the same
    sentence, or else the last such list named before it. `mentions` are the names the
    sentence gives (`Gazetteer.find`)."""
    names = [m for m in mentions if m.kind == "C"]
    found: list[Token] = []
    for match in _PLURAL_ANAPHOR.finditer(folded.text):
        if any(t.start < match.end() and match.start() < t.end for t in taken):
            continue
        word = (
            match.group("n") or match.group("both") or match.group("n_es") or match.group("both_es")
        )
        wanted = int(word) if word.isdigit() else _COUNTED[word]
        codes = _closing_list(folded.text, names, match.end(), wanted)
        if codes is None:
            earlier = [codes for codes in lists if len(set(codes)) == wanted]
            codes = earlier[-1] if earlier else None
        if codes is not None:
            found.append(Token("C", PLURAL.join(codes), match.start(), match.end()))
    return found


def _closing_list(
    folded: str, names: list[Mention], after: int, wanted: int
) -> tuple[str, ...] | None:
    later = [m for m in names if m.start >= after]
    if len({m.code for m in later}) != wanted:
        return None
    if not _CLOSING_LIST.search(folded, after, later[0].start):
        return None
    return tuple(m.code for m in later)


_CAPITALS = re.compile(r"(?<![\w.])[A-Z]{2,4}(?![\w.])")


def initialisms(
    folded: Folded,
    original: str,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    seen: list[str],
    taken: list[Token],
) -> list[Token]:
    """ "ranked TT at Tier 2 Watch List" after "Trinidad and Tobago": capitals that are the
    initials of exactly one country named in the text so far, or in this sentence
    (`mentions`: the names it gives, `Gazetteer.find`)."""
    names = [m for m in mentions if m.kind == "C"]
    capitals = list(_CAPITALS.finditer(original))
    if not capitals:
        return []
    known = set(seen) | {m.code for m in names}
    where = {origin: index for index, origin in reversed(list(enumerate(folded.origin)))}
    found: list[Token] = []
    for match in capitals:
        start, end = where.get(match.start()), where.get(match.end())
        if start is None or end is None:
            continue
        if not folded.text[start:end].strip():
            continue  # blanked by the fold: "the US State Department's Tier 2" owns the tier
        if any(m.start < end and start < m.end for m in names) or any(
            t.start < end and start < t.end for t in taken
        ):
            continue
        codes = gazetteer.by_initials(match.group()) & known
        if len(codes) == 1:
            found.append(Token("C", codes.pop(), start, end))
    return found


# "la lista de observación de EEUU", "según el informe de Estados Unidos": the report's
# author, not a subject a later verb could take.
_OF_THE_AUTHOR = re.compile(
    r"\b(?:lista|informe|reporte|report|list|"
    # "el Departamento de Estado de Estados Unidos", "la embajada de EE.UU.".
    r"departamento\s+de\s+estado|gobierno|embajada|administracion|congreso|"
    r"department\s+of\s+state|government|embassy|administration)\s+(?:de|del|of|by)\s+"
    r"(?:los\s+|the\s+)?$"
)


def _names_the_author(text: str, mention: Mention) -> bool:
    """Is this mention the report's author ("la lista de EEUU", "the U.S. State Department")
    rather than a country a later verb could take as its subject?"""
    if mention.code != REPORT_AUTHOR:
        return False
    return bool(
        _OF_THE_AUTHOR.search(text, 0, mention.start)
        or AUTHOR_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        or AUTHOR_AFTER.match(text, mention.end)
    )
