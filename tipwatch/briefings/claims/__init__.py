"""Recognising tier claims in English and Spanish text. Pure Python: nothing here imports Django.

`extract_claims(text, gazetteer, lang)` returns structured `Claim`s; the Django side
(`tipwatch.briefings.verify`) checks them against the data.
"""

from .gazetteer import REGION, WORLD, Gazetteer, Mention
from .model import Claim, ClaimKind, Comparator, Relation, YearSource
from .parser import detect_language, extract_claims
from .text import Sentence, fold, split_sentences

__all__ = [
    "REGION",
    "WORLD",
    "Claim",
    "ClaimKind",
    "Comparator",
    "Gazetteer",
    "Mention",
    "Relation",
    "Sentence",
    "YearSource",
    "detect_language",
    "extract_claims",
    "fold",
    "split_sentences",
]
