"""Whether a clause asserts what it says: a hypothetical ("if", "could", "podría"), a
prediction, a condition, a modal or a negation before a claim."""

from __future__ import annotations

import re

from .clause_bounds import CLAUSE_BREAK
from .found import Found
from .grammar import Vocabulary
from .tagger import TOKEN, Tagged


def hypothetical(tagged: Tagged, start: int, vocabulary: Vocabulary) -> bool:
    before = tagged.text[:start]
    clause = CLAUSE_BREAK.split(before)[-1]
    return bool(vocabulary.hypothetical.search(TOKEN.sub(" ", clause)))


# A prediction ("Malaysia will fall to Tier 3 in this year's report, sources said") is a claim
# about the coming report, unless a condition hangs on it.
FUTURE = re.compile(r"\b(?:will|sera|seran)\b")
CONDITION = re.compile(r"\b(?:if|unless|whether|otherwise|si|a\s+menos\s+que|salvo\s+que)\b")

LOOSE_MODAL = re.compile(
    r"\b(?:may|might|could|would|will|shall|should|must|can|cannot|podr\w+|deber\w+|puede\w*|"
    r"sera|seran|tendr\w+|ir\w*\s+a)\b"
)

# A negation earlier in a count's clause: the count is not asserted.
NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|nunca|tampoco)\b")


def prediction(tagged: Tagged, start: int, vocabulary: Vocabulary) -> bool:
    """ "Malaysia will fall to Tier 3 after spending three years on the Watch List": a
    prediction with no condition, whose streak is a fact about the reports before."""
    if CONDITION.search(tagged.text):
        return False
    clause = TOKEN.sub(" ", CLAUSE_BREAK.split(tagged.text[:start])[-1])
    return not vocabulary.hypothetical.search(FUTURE.sub(" ", clause))


# A tier offered as one of two ("Peru is either on Tier 2 or on the Watch List", "20 countries
# are on Tier 2 or Tier 3", "Tier 2 or higher"): the sentence does not say which.
_ALTERNATIVE = re.compile(
    r"\u27e6T\d+\u27e7[\"']?\s*,?\s*(?:or|and/or|o|u)\s+(?:(?:on|in|at|to|into|onto|en|al|the|"
    r"el|la|a)\s+){0,2}(?:\u27e6T\d+\u27e7|higher|lower|above|below|better|worse|superior|inferior)"
)


def without_tiers_offered_as_one_of_two(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """The claims read, less those whose tier is offered as one of two (the sentence is
    scanned once for all of them)."""
    offered = [m.start() for m in _ALTERNATIVE.finditer(tagged.text)]
    if not offered:
        return chosen
    return [f for f in chosen if not any(f.start <= at < f.end for at in offered)]


# A claim told in the future or the conditional ("caerá", "bajaría", "quedará", "will fall",
# "would stay") in a sentence that sets a condition on it ("De seguir así, Perú caerá al Nivel
# 3", "Perú bajaría al Nivel 3 si no mejora", "quedará en el Nivel 3 de no haber cambios") is
# what may happen, not what the report says: no claim, whichever reader found it.
_FUTURE_OR_CONDITIONAL = re.compile(
    r"\b(?:will|would|sera|seran|seria|serian|"
    r"(?!(?:para|primera|tercera|manera|frontera|carrera|fuera)\b)"
    r"(?:[a-z]+(?:ar|er|ir)|[a-z]+dr|habr|sabr|har|dir|querr)(?:a|an|ia|ian))\b"
)
_SET_CONDITION = re.compile(
    r"\b(?:if|unless|otherwise|si(?!\s+bien\b)|a\s+menos\s+que|salvo\s+que|"
    r"a\s+no\s+ser\s+que|en\s+caso\s+de|de\s+lo\s+contrario|"
    r"de\s+(?:seguir|continuar|mantenerse|persistir|no)\b)"
)


_REST_OF_WORD = re.compile(r"\w*")


def without_conditioned_steps(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """The claims read, less the future or conditional steps that hang on a condition the
    sentence sets (the sentence is scanned for a condition once)."""
    if not chosen or not _SET_CONDITION.search(TOKEN.sub(" ", tagged.text)):
        return chosen
    kept: list[Found] = []
    for found in chosen:
        word_end = _REST_OF_WORD.match(tagged.text, found.end)
        said = TOKEN.sub(" ", tagged.text[found.start : word_end.end() if word_end else found.end])
        if not _FUTURE_OR_CONDITIONAL.search(said):
            kept.append(found)
    return kept
