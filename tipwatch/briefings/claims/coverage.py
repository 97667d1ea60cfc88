"""Which sentences speak of tiers or rankings, so that one that gave no claim is listed as
"not checked" rather than passed over in silence.

A sentence qualifies when the tagger found a tier in it (by number, name or metaphor: "the
lowest rung", "el primer escalón") or when it uses a word of the rankings' vocabulary: a tier
noun, a list the press names, or a verb of moving between tiers. Over-listing costs an editor
a glance; a claim passed over unlisted is one nobody checks.
"""

from __future__ import annotations

import re

from .tagger import Tagged

_RANKING_WORDS = re.compile(
    r"\b(?:"
    # Tier nouns and the lists the press names.
    r"tiers?|watch[\s-]*list|watchlist|blacklist(?:ed)?|black\s+list|"
    r"nivel(?:es)?|categorias?|escalon(?:es)?|peldanos?|renglon|"
    r"lista\s+(?:negra|gris|de\s+vigilancia|de\s+observacion|de\s+advertencia)|"
    # "su lista de países en los que el tráfico humano es peor" (misspelt "paíes" too).
    r"lista\s+de\s+(?:los\s+)?pai\w*|"
    r"(?:bajo\s+)?observacion\s+especial|"
    r"rankings?|rated|ratings?|ranked|clasificacion(?:es)?|calificacion(?:es)?|"
    r"worst\s+offenders|(?:top|bottom)\s+of\s+the\s+(?:system|list|ranking|rankings|scale|table)|"
    # The tiers' definitions: "only 33 complied fully", "cumplen plenamente con las normas".
    r"compl\w*\s+fully|fully\s+(?:compl\w*|meets?|met)|cumpl\w*\s+(?:plenamente|completamente)|"
    r"fail\w*\s+to\s+meet\s+(?:the\s+)?minimum|"
    r"peor(?:es)?\s+(?:desempeno|calificad\w+|situad\w+)|"
    # Moving between tiers.
    r"downgrad\w*|upgrad\w*|demot\w*|relegat\w*|"
    r"degrad\w*|descend\w*|ascend\w*|rebaj\w*|"
    r"(?:primer|segundo|tercer)\s+grupo|grupo\s+(?:[123]|uno|dos|tres)|"
    # "colocó a México en la "Fila Dos"" (a translation of 2006 for the tiers as rows)
    r"fila\s+(?:[123]|uno|dos|tres)|"
    # "The third group includes ...", "topped the international list of countries".
    r"(?:first|second|third)\s+group|topp(?:ed|ing)\s+the\s+(?:[a-z]+\s+){0,2}(?:list|ranking|rankings)"
    r")\b"
)


# In a text that has already spoken of tiers, a sentence that names countries (or a number
# of them) with one of these words is most likely about the same lists: "Tres países fueron
# retirados de la lista", "han caído este año a este furgón de cola", "putting them at the top".
_TOPICAL_WORDS = re.compile(
    r"\b(?:lists?|listas?|listados?|added|removed|dropped|fell|rose|moved|kept|placed|"
    r"included|joined|remain\w*|stay\w*|agreg\w*|retir\w*|inclu\w*|cay\w*|caid[oa]s?|"
    r"sali\w*|subi\w*|bajo|bajaron|mantuv\w*|mantien\w*|permanec\w*|paso|pasaron|"
    r"quit\w*|nota|top|bottom|ultim[oa]s?|furgon\s+de\s+cola|fondo|"
    # Leaving a list named before: "Uruguay logró abandonar la zona de riesgo".
    r"left|leav\w*|exit\w*|abandon\w*|dej\w*|"
    # "That's up from 13 in 2010": a count compared with an earlier report's.
    r"up\s+from|down\s+from|"
    # "Even Haiti and Iraq are doing better than Curaçao": countries compared on the ranking.
    r"(?:better|worse)\s+than|mejor\s+que|peor\s+que)\b"
)


def speaks_of_tiers(folded: str, tagged: Tagged, on_topic: bool = False) -> bool:
    """Does this sentence (folded, and as tagged) mention a tier or a ranking? `on_topic`: an
    earlier sentence of the same text did, so that looser wording counts too."""
    if any(token.kind == "T" for token in tagged.tokens):
        return True
    if _RANKING_WORDS.search(folded):
        return True
    names_countries = any(token.kind in ("C", "N") for token in tagged.tokens)
    return on_topic and names_countries and bool(_TOPICAL_WORDS.search(folded))
