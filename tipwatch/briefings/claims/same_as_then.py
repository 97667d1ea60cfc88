"""A rating said to be the same one a country had in an earlier year: "México está en la
categoría 2. La clasificación es la misma que recibió el país en el 2009", "..., la misma
calificación que tuvo en 2009", "Perú recibió la misma nota en 2012": the country was on that
tier in the year named (or in the report before, "la misma que el año pasado").

The tier and the country are those of the last placing before, in the sentence or in the one
before it; a country named with the earlier rating must be that claim's own ("Chile recibió la
misma nota en 2012" after "Perú está en el Nivel 2" is Chile's rating, unknown here, and is
left alone), and a denied sameness ("no es la misma que ...") gives nothing.
"""

from __future__ import annotations

import re

from .clause_mood import hypothetical
from .companions import last_tier_claim
from .country_tokens import is_author
from .found import Found
from .grammar import C, T, Vocabulary, Y, words
from .model import Claim, ClaimKind
from .tagger import Tagged

_RATING = words(
    "calificacion", "clasificacion", "categoria", "nota", "nivel", "ubicacion", "posicion",
    "puesto", "escalon", "grado",
)  # fmt: skip
# "la misma calificación" (a tier token when a tier was named before it), "la misma" ("al
# igual que el año pasado" makes the placing a stay, read with it).
_SAME = rf"(?:(?P<t>{T})|(?:la\s+misma|el\s+mismo)(?:\s+{_RATING})?)"
# A rating had, given or kept: past tenses only ("tendría", "podría recibir" say nothing).
_HAD = (
    r"(?:(?:ya\s+)?(?:se\s+)?(?:le\s+|les\s+)?"
    + words(
        "recibio", "recibieron", "obtuvo", "obtuvieron", "tuvo", "tuvieron", "tenia", "tenian",
        "ostento", "ostentaba", "ocupo", "ocupaba", "mantuvo", "mantenia", "alcanzo", "logro",
        "dio", "dieron", "otorgo", "otorgaron", "asigno", "asignaron", "fue otorgada",
        "fue asignada", "fue dada", "habia recibido", "habia obtenido", "habia tenido",
        "habian recibido", "habian obtenido", "habian tenido", "habia ocupado",
    )
    + ")"
)  # fmt: skip
# The year or years named, or the report before.
_WHEN = (
    rf"(?:(?:en|durante)\s+(?:el\s+)?(?:(?:ano|informe|reporte)\s+(?:de\s+|del\s+)?)?"
    rf"(?P<years>{Y}(?:\s*(?:,|y|e)\s*(?:en\s+)?(?:el\s+)?{Y})*)"
    r"|(?P<last>el\s+ano\s+(?:pasado|anterior)|en\s+el\s+(?:informe|reporte)\s+"
    r"(?:anterior|previo|del\s+ano\s+pasado)))"
)
# "(la clasificación es) la misma que recibió el país en 2009", "la misma nota que en 2009".
_SAME_AS_THEN = re.compile(
    rf"(?<!\bno\s)(?<!\bno\ses\s)(?<!\bno\sfue\s){_SAME}\s+"
    rf"(?:que|a\s+la\s+que|al\s+que|de\s+la\s+que|del\s+que)\s+"
    rf"(?:(?P<subj>{C})\s+)?(?:{_HAD}\s+)?(?:(?P<after>{C})\s+)?{_WHEN}(?!\s+(?:que|a)\s)"
)
# "Perú recibió la misma calificación en 2012".
_HAD_THE_SAME = re.compile(rf"(?P<subj>{C})\s+{_HAD}\s+{_SAME}\s+{_WHEN}")
_SAME_WORDS = re.compile(r"\b(?:misma|mismo)\b")
_YEAR = re.compile(rf"{Y}")
_CLAUSE_START = re.compile(r"[,;:(]")


def same_as_then(
    tagged: Tagged, folded: str, chosen: list[Found], before: Found | None, vocab: Vocabulary
) -> list[Found]:
    """The claims of a tier had in an earlier year, said to be the one just named."""
    found = []
    for pattern in (_SAME_AS_THEN, _HAD_THE_SAME):
        for match in pattern.finditer(tagged.text):
            if hypothetical(tagged, match.start(), vocab):
                continue
            placed = last_tier_claim([f for f in chosen if f.end <= match.start()]) or before
            if placed is None or not placed.claim.tier:
                continue
            if match.group("last") and placed.claim.unchanged:
                continue  # a stay already says it was there the year before
            tier = placed.claim.tier
            if match.group("t"):
                token = tagged.tokens[int(match.group("t")[2:-1])]
                if not _SAME_WORDS.search(folded[token.start : token.end]):
                    continue  # a tier named here, not "the same" one
                tier = token.value or tier
            named = [
                tagged.tokens[int(match.group(g)[2:-1])].value
                for g in ("subj", "after")
                if match.groupdict().get(g)
            ]
            # "Guatemala obtuvo la misma categoría que en 2009": the subject of the clause
            clause = _CLAUSE_START.split(tagged.text[: match.start()])[-1]
            named += [t.value for t in tagged.tokens_in(clause, "C") if not is_author(tagged, t)]
            countries = placed.claim.countries
            if named:
                if any(code not in countries for code in named):
                    continue  # another country's rating then, not the one just named
                countries = tuple(dict.fromkeys(named))
            years = tuple(
                int(tagged.tokens[int(y[2:-1])].value)
                for y in _YEAR.findall(match.group("years") or "")
            )
            claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
            found.append(
                Found(claim, match.start(), match.end(), years=years,
                      back=0 if years else 1, rule="same-as-then")
            )  # fmt: skip
    return found
