"""A list a country keeps of its own is not the report's: in "Perú incluyó a Chile en su lista
negra" (or "Peru put Chile on its blacklist") the list is Peru's, and says nothing of Chile's
tier. The rules read an active verb of placing and its object whoever the subject is; this
drops their claim when the subject right before the verb is a country other than the report's
author and the tier is the subject's own ("su", "its")."""

from __future__ import annotations

import re

from .country_tokens import REPORT_AUTHOR
from .found import Found
from .tagger import TOKEN, Tagged

_POSSESSED = re.compile(r"(?:su|sus|its|their)\s+(?:propi[oa]s?\s+|own\s+)?")
_POSSESSED_BEFORE = re.compile(r"\b(?:su|sus|its|their)\s+(?:propi[oa]s?\s+|own\s+)?$")
# "en el nivel más bajo de su propio ranking": the tier of a ranking the subject owns.
_POSSESSED_AFTER = re.compile(
    r"\s+(?:de|del|in|of)\s+(?:su|sus|its|their)\s+(?:propi[oa]s?\s+|own\s+)?"
    r"(?:ranking|rankings|lista|list|clasificacion|escala|scale)\b"
)
# The country right before the claim's verb: its subject.
_SUBJECT_BEFORE = re.compile(r"\u27e6C(?P<i>\d+)\u27e7\s+(?:(?:ya|tambien|also|again)\s+)?$")


def lists_of_their_own(tagged: Tagged, folded: str, chosen: list[Found]) -> list[Found]:
    """The claims read, less those that place countries on a list their placer owns."""
    result = []
    for found in chosen:
        subject = _SUBJECT_BEFORE.search(tagged.text, 0, found.start)
        placer = tagged.tokens[int(subject.group("i"))] if subject else None
        if placer is not None and placer.value != REPORT_AUTHOR:
            tiers = [
                tagged.tokens[int(m.group("index"))]
                for m in TOKEN.finditer(tagged.text, found.start, found.end)
                if m.group("kind") == "T"
            ]
            if any(
                _POSSESSED.match(folded, t.start)
                or _POSSESSED_BEFORE.search(folded, max(0, t.start - 16), t.start)
                or _POSSESSED_AFTER.match(folded, t.end)
                for t in tiers
            ):
                continue
        result.append(found)
    return result
