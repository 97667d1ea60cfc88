"""Recognising tier claims in English and Spanish text. Pure Python: nothing here imports Django.

`extract_claims(text, gazetteer, lang)` returns structured `Claim`s; the Django side
(`tipwatch.briefings.verify`) checks them against the data.
"""

from .gazetteer import AMBIGUOUS, REGION, UNNAMED, WORLD, Gazetteer, Mention, unnamed_region
from .model import Claim, ClaimKind, Comparator, Relation, YearSource
from .parser import Reading, detect_language, extract_claims, read_text
from .text import Sentence, fold, split_sentences

__all__ = [
    "AMBIGUOUS",
    "REGION",
    "UNNAMED",
    "WORLD",
    "Claim",
    "ClaimKind",
    "Comparator",
    "Gazetteer",
    "Mention",
    "Reading",
    "Relation",
    "Sentence",
    "YearSource",
    "detect_language",
    "extract_claims",
    "fold",
    "read_text",
    "split_sentences",
    "unnamed_region",
]
