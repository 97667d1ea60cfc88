"""The clause loop the readings of last resort share (`fallback_en`, `fallback_es`).

A clause is read tier by tier: the words before each tier hold its countries (or those of the
tier before, after "and"), a verb and a preposition, which the language turns into a claim.
What differs between languages (the words, the verbs, the shapes with the tier first) is
passed in as a `ClauseLanguage`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .grammar import Vocabulary
from .model import Claim, ClaimKind
from .tagger import TOKEN, Tagged, Token

Author = Callable[[Token], bool]


def countries_in(
    tagged: Tagged,
    fragment: str,
    author: Author,
    not_subject: Callable[[str, re.Match[str]], bool],
) -> tuple[str, ...]:
    """The countries `fragment` names, in order and once each, leaving out the report's author,
    groups ("+") and those the language's `not_subject` says are not what the clause is about
    (it gets the fragment and the country's token match)."""
    codes: list[str] = []
    for match in TOKEN.finditer(fragment):
        token = tagged.tokens[int(match.group("index"))]
        if token.kind != "C" or author(token) or "+" in token.value:
            continue
        if not_subject(fragment, match):
            continue
        if token.value not in codes:
            codes.append(token.value)
    return tuple(codes)


def verbs_in(words: str, be: re.Pattern[str], move: re.Pattern[str]) -> str:
    """The verbs of being and moving in a stretch of words, in order."""
    found = sorted(
        [(m.start(), m.group()) for m in be.finditer(words)]
        + [(m.start(), m.group()) for m in move.finditer(words)]
    )
    return " ".join(word for _, word in found)


@dataclass(frozen=True)
class Reading:
    claim: Claim
    start: int  # tagged offsets
    end: int


@dataclass(frozen=True)
class ClauseLanguage:
    """What the clause loop needs of one language."""

    # Words that make a clause say something else than "these countries are on that tier".
    guard: re.Pattern[str]
    # A count of countries ("42 countries", "19 países"), which is the count rules' to read.
    number: re.Pattern[str]
    # The words that join two clauses with one subject ("and"; "y|e"), as a regex alternation.
    conjunction: str
    # The words between a move's old tier and its new one ("... from Tier 2 to Tier 1").
    onward: re.Pattern[str]
    countries: Callable[[Tagged, str, Author], tuple[str, ...]]
    verbs: Callable[[str], str]
    claim: Callable[[str, str, tuple[str, ...], str, Vocabulary], Claim | None]
    # Shapes with the tier before its verb and subject, read whole; None when the clause has
    # no such shape.
    inverted: Callable[
        [Tagged, str, int, list[tuple[re.Match[str], Token]], Vocabulary, Author],
        list[Reading] | None,
    ]
    # Words that look like verbs but are not there ("bajo" the preposition, "pasado").
    not_verbs: tuple[re.Pattern[str], ...] = ()
    # A headline's list before "among", whose verb is left out, and the verb it stands for.
    headline_among: re.Pattern[str] | None = None
    headline_copula: str = "are"
    # Where a claim with no country of its own opens: at its verb (None: at its tier).
    first_verb: Callable[[str], re.Match[str] | None] | None = None
    # The countries a tier claim shares its tier with, after it ("... with Cuba").
    with_companions: Callable[[Tagged, str, int, Claim, Author], Claim] | None = None


def clause_spans(text: str, boundary: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of `text` between the matches of `boundary`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in boundary.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def read_clause(
    language: ClauseLanguage,
    tagged: Tagged,
    text: str,
    start: int,
    end: int,
    vocab: Vocabulary,
    author: Author,
    covered: list[tuple[int, int]],
    implied: tuple[str, ...] = (),
) -> list[Reading]:
    """The claims of the clause `text[start:end]`, but for the tiers a rule read (`covered`);
    `implied` is the subject of a clause that names none."""
    clause = text[start:end]
    tokens = [(m, tagged.tokens[int(m.group("index"))]) for m in TOKEN.finditer(clause)]
    tiers = [(m, t) for m, t in tokens if t.kind == "T" and t.value]
    if not tiers or any(t.kind == "X" for _, t in tokens):
        return []
    # What follows the last tier is another clause's ("... blacklist of countries that are not
    # doing enough"); the words up to it decide.
    said = clause[: tiers[-1][0].end()]
    plain = TOKEN.sub(" ", said)
    if language.guard.search(plain) or vocab.hypothetical.search(plain):
        return []
    counted = language.number.search(said)
    if counted and tagged.tokens[int(counted.group("i"))].value != str(
        len(language.countries(tagged, said, author))
    ):
        return []  # a count ("42 countries"), unless it counts the list it names
    inverted = language.inverted(tagged, clause, start, tiers, vocab, author)
    if inverted is not None:
        return inverted
    joined = re.compile(rf"^\W*(?:,\s*)?(?:{language.conjunction})\s")
    elided = re.compile(rf"^\W*(?:{language.conjunction}|,)")
    readings: list[Reading] = []
    piece_start = 0
    verbs = ""
    subject: tuple[str, ...] = ()  # the countries of the tier before, read here or by a rule
    for match, tier_token in tiers:
        piece = clause[piece_start : match.start()]
        previous_end = piece_start
        piece_start = match.end()
        countries = language.countries(tagged, piece, author)
        if not countries and not subject and implied and not TOKEN.search(piece):
            countries = implied
        if not countries and tier_token.value == (readings[-1].claim.tier if readings else None):
            continue  # "at rock bottom at Tier 3": the same tier named twice
        last = readings[-1].claim if readings else None
        if (
            not countries
            and last is not None
            and last.kind is ClaimKind.CHANGE
            and last.tier is None
            and language.onward.match(piece)
        ):
            # "Peru went from Tier 2 to Tier 1": the move's new tier.
            moved = replace(last, tier=tier_token.value)
            readings[-1] = Reading(moved, readings[-1].start, start + match.end())
            continue
        words = TOKEN.sub(" ", piece)
        for not_a_verb in language.not_verbs:
            words = not_a_verb.sub(lambda m: " " * len(m.group()), words)
        own = language.verbs(words)
        if not countries and subject and own and joined.match(piece):
            # "Bolivia was taken off the watch list and placed on Tier 2": the same subject.
            countries = subject
        if not countries:
            return []
        if not own and subject and elided.match(piece):
            own = verbs  # "Sudan is Tier 3 and Libya a special case": the verb is elided
        headline = language.headline_among
        if not own and not readings and headline and headline.match(piece):
            # "Cuba, Iran among worst in human trafficking": a headline's copula
            own = language.headline_copula
        if not own:
            return []
        verbs, subject = own, countries
        first = TOKEN.search(clause, previous_end)
        opening = first.start() if first else 0
        if language.first_verb and (first is None or first.start() >= match.start()):
            # No country of its own: the claim opens with its verb.
            verb = language.first_verb(words)
            opening = previous_end + (verb.start() if verb else 0)
        span = (start + opening, start + match.end())
        if any(span[0] < c_end and c_start < span[1] for c_start, c_end in covered):
            continue  # a rule read this tier ("Perú deja el Nivel 3 y pasa a ..."): the next
        claim = language.claim(words, own, countries, tier_token.value, vocab)
        if claim is None:
            return []
        if language.with_companions and claim.kind is ClaimKind.TIER:
            claim = language.with_companions(tagged, clause, match.end(), claim, author)
        subject = claim.countries
        readings.append(Reading(claim, *span))
    return readings
