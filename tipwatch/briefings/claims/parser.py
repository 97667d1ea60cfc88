"""Find tier claims in running text, in English and Spanish. Pure Python: no Django.

    gazetteer = Gazetteer({"PER": ["Peru", "Perú"], ...}, {"latin-america": [...]})
    claims = extract_claims(text, gazetteer, lang="en")

Each sentence is folded (lower case, no accents), its names, tiers and numbers are replaced by
tokens (`tagger`), and the language's rules (`rules_en`, `rules_es`, gathered with its other
words in `language_en`, `language_es`) are matched over the result. A sentence that asks a
question, or a clause that is hypothetical ("if", "could", "podría"), gives no claim. The report
year is the one the sentence names ("the 2015 report"), else the last one named earlier in the
same paragraph, else None (the caller's default).

This module runs the steps in order, sentence by sentence; each lives in a module of its own:
the countries a sentence means without naming them (`implied_subjects`), the rules
(`rule_matching`, `rule_claims`), the clause reader (`clause_reader`), the readings of last
resort (`last_resort`), streaks (`streaks`), countries named beside a claim (`companions`),
countries set apart from it or only qualifying its subject (`contrasted`, `governed`), lists
a country keeps of its own (`owned_lists`), and what is done to the claims once read
(`post_processing`). A claim's years are read by `claim_years`, and an earlier report it is
about by `earlier_report`; a run or tier before a dated move is dated by it
(`before_dated_move`), a stay "until 2012, when ..." by `until_a_move`, and a sentence set in
the present is the text's report (`present_time`). "Once again" on a tier is no stay
(`back_again`), and "replaced on Tier 1 by" gives the move back to the replaced country
(`replaced_by`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from types import ModuleType

from . import context, coverage, language_en, language_es
from .also_moved import also_moved, last_move
from .back_again import back_again
from .before_dated_move import dated_by_the_move
from .claim_years import (
    SUBJECT_YEAR,
    VERB_YEAR,
    WHEN_YEAR,
    YEAR_OPENING,
    claim_years,
    clause_years,
    opening_years,
)
from .clause_mood import without_conditioned_steps, without_tiers_offered_as_one_of_two
from .clause_reader import clause_claims
from .companions import (
    add_companions,
    besides_the_only,
    last_tier_claim,
    more_companions,
    one_of_many,
    others_included,
    the_others,
)
from .contrasted import contrasted_subjects
from .country_tokens import PLURAL, country_codes, is_author
from .earlier_report import (
    another_time,
    before_a_current_run,
    before_a_dated_move,
    before_a_move,
    moved_elsewhere,
    years_back,
)
from .example_asides import list_before_an_aside
from .found import Found
from .gazetteer import WORLD, Gazetteer
from .governed import governed_subjects
from .implied_subjects import country_lists, implied_countries, initialisms, plural_anaphora
from .last_resort import compared_moves, counts_of_last_resort, fallback_claims, onward_tiers
from .lexicon import find_tiers
from .loose_reading import loose_tier_claims
from .model import Claim, ClaimKind, Comparator, Relation, YearSource
from .newly_included import newly_included
from .normalise import normalise
from .only_one_staying import stays_of_the_only
from .others_too import others_too
from .owned_lists import lists_of_their_own
from .pairs import shared_claims, so_are_they, table_rows
from .post_processing import (
    consistent,
    in_unnamed_region,
    moved_in_the_first,
    since_to_streak,
    with_context_group,
)
from .present_time import in_the_present
from .relative_moves import moved_by_the_relative
from .replaced_by import replaced_by
from .rule_matching import match_rules, resolve_overlaps
from .same_as_then import same_as_then
from .streaks import add_streaks
from .tagger import Token, tag
from .text import Sentence, fold, split_sentences
from .tier_members import tier_member_claims
from .until_a_move import until_a_move
from .years import only_in_asides, report_mentions, report_of_clause

LANGUAGES: dict[str, ModuleType] = {"en": language_en, "es": language_es}
_YEAR_BEFORE_TIER = re.compile(r"\u27e6Y(?P<i>\d+)\u27e7\s+[\"']?\u27e6T\d+\u27e7")


def detect_language(text: str) -> str:
    """ "en" or "es", by counting a few very common words."""
    folded = fold(text).text
    english = len(re.findall(r"\b(?:the|and|of|is|was|on|with|its|from|has)\b", folded))
    spanish = len(re.findall(r"\b(?:el|la|los|las|del|que|en|y|se|por|con|su)\b", folded))
    return "es" if spanish > english else "en"


def extract_claims(text: str, gazetteer: Gazetteer, lang: str | None = None) -> list[Claim]:
    """Every claim in `text`, in order. `lang` None reads both languages' patterns."""
    return read_text(text, gazetteer, lang).claims


@dataclass(frozen=True)
class Reading:
    """The claims of a text, and the sentences that speak of tiers but gave no claim."""

    claims: list[Claim]
    unchecked: list[Sentence]


def read_text(
    text: str, gazetteer: Gazetteer, lang: str | None = None, default_year: int | None = None
) -> Reading:
    """The claims in `text`, and every sentence that mentions a tier or a ranking but made
    no claim we could check (so that an editor knows what was not verified). `default_year`
    is the year a claim is about when the text names none; it only serves to count a streak
    "since 2014" (claims keep year None, for the caller to fill)."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    # The rules read the text made plain (`normalise`); what they read is quoted, and placed,
    # in the text as written.
    plain = normalise(text)
    reading = _read_plain(plain.text, gazetteer, lang, default_year)
    if plain.origin is None:
        return reading
    claims = [
        replace(claim, text=plain.quote(*claim.span), span=plain.span(*claim.span))
        for claim in reading.claims
    ]
    unchecked = []
    for sentence in reading.unchecked:
        start, end = plain.span(sentence.start, sentence.end)
        unchecked.append(replace(sentence, start=start, end=end, text=text[start:end]))
    return Reading(claims, unchecked)


def _read_plain(
    text: str, gazetteer: Gazetteer, lang: str | None, default_year: int | None
) -> Reading:
    modules = [LANGUAGES[lang]] if lang else list(LANGUAGES.values())
    claims: list[Claim] = []
    unchecked: list[Sentence] = []
    paragraph_year: dict[int, int] = {}
    document_year: int | None = None
    last_country: Token | None = None
    last_named: list[str] = []  # the countries of the last sentence that named any
    seen: list[str] = []  # every country named so far, for short names ("TT")
    lists: list[tuple[str, ...]] = []  # every list of countries so far ("the three countries")
    last_tier: str | None = None
    one_of: tuple[Found, int] | None = None  # "X was one of five countries ...", for "the others"
    placed_before: Found | None = None  # the last tier claim before, for "others included"
    moved_before_item: Found | None = None  # the last move before, for "También quitó a X"
    tiers_before = context.TierContext()  # what the sentences before said about tiers
    last_group: str | None = None
    last_year: str | None = None
    on_topic = False  # has the text spoken of tiers yet (see coverage.speaks_of_tiers)
    # Where a change claim says each country went, and in which year (None: the default).
    moved: dict[str, tuple[int | None, str]] = {}
    sentences = split_sentences(text)
    # "The report moved SL up to Tier 2. ... Sri Lanka has been ...": initials stand for a
    # country the text names anywhere, before or after them.
    named_in_text: list[str] = []
    # Each sentence folded, and the names it gives, found once.
    readings = []
    for sentence in sentences:
        folded = fold(sentence.text)
        here = gazetteer.find(folded.text, sentence.text, folded.origin)
        named_in_text += [m.code for m in here if m.kind == "C"]
        readings.append((sentence, folded, here))
    for sentence, folded, here in readings:
        moved_before = dict(moved)  # this sentence's own moves: see before_a_move
        mentions = report_mentions(folded.text)
        years = [year for _, _, year in mentions]
        # "last year", "two years ago" count back from the time of writing, which the text
        # sets before this sentence (not from a report year this sentence names).
        written = paragraph_year.get(sentence.paragraph, document_year)
        if years:
            year: int | None = max(years)
            source = YearSource.SENTENCE
            paragraph_year[sentence.paragraph] = max(years)
            document_year = max(years)
        elif sentence.paragraph in paragraph_year:
            year, source = paragraph_year[sentence.paragraph], YearSource.PARAGRAPH
        elif document_year is not None:
            year, source = document_year, YearSource.DOCUMENT
        else:
            year, source = None, YearSource.NONE
        if source in (YearSource.PARAGRAPH, YearSource.DOCUMENT) and in_the_present(folded.text):
            # "In 2014, Malaysia was on Tier 3. Malaysia is now on Tier 2.": the text's report
            year, source, written = None, YearSource.NONE, None
        if sentence.text.rstrip().endswith("?") or "\u00bf" in sentence.text:
            continue
        implied = implied_countries(folded, here, gazetteer, last_country, last_named)
        implied += initialisms(folded, sentence.text, here, gazetteer, named_in_text, implied)
        implied += plural_anaphora(folded, here, lists, implied)
        named_here = [m.code for m in here]
        implied += context.object_pronouns(
            folded.text, [m for m in here if m.kind == "C"], last_named, gazetteer, implied
        )
        implied += context.people_of_countries(
            folded.text, gazetteer, [*seen, *named_here], implied
        )
        tiers = find_tiers(folded.text)
        implied += context.implied_tiers(folded.text, tiers, tiers_before)
        implied += context.implied_years(folded.text, last_year)
        regions = gazetteer.unnamed_regions(folded.text, sentence.text, folded.origin)
        implied += context.scoping_regions(folded.text, regions)
        tagged = tag(folded, sentence.text, gazetteer, implied, tiers, here)
        if any(
            getattr(module, "INVERTED_OPENING", None) and module.INVERTED_OPENING.match(tagged.text)
            for module in modules
        ):
            continue  # "Is Peru a Tier 2 country": a question, its mark left off
        opened = YEAR_OPENING.match(tagged.text)
        if not years and opened:
            # "En ese año, Cuba estaba en el Nivel 3": the year named before.
            year = int(
                tagged.tokens[
                    int(
                        opened.group("i")
                        or opened.group("j")
                        or opened.group("k")
                        or opened.group("w")
                    )
                ].value
            )
            source = YearSource.SENTENCE
        found: list[Found] = []
        for module in modules:
            found += match_rules(module.RULES, module.VOCABULARY, tagged)
        chosen = resolve_overlaps(found, tagged)
        for module in modules:
            chosen += clause_claims(module, tagged, chosen)
            for reader in getattr(module, "CLAUSE_READERS", ()):  # a language's own word orders
                chosen += reader(tagged, chosen)
        chosen += context.members_of_a_topic_tier(tagged, chosen)
        chosen = until_a_move(tagged, chosen)
        for module in modules:
            chosen += fallback_claims(module, tagged, chosen)
        chosen += counts_of_last_resort(tagged, chosen)
        chosen += compared_moves(tagged, chosen)
        for module in modules:
            chosen = add_streaks(module, tagged, chosen)
        for module in modules:
            chosen = onward_tiers(module, tagged, chosen)
        chosen = moved_by_the_relative(tagged, chosen)
        chosen = add_companions(tagged, chosen)
        chosen = besides_the_only(tagged, chosen)
        chosen = contrasted_subjects(tagged, chosen)
        chosen = list_before_an_aside(tagged, chosen)
        if language_en in modules:
            chosen = governed_subjects(tagged, chosen)
        if language_es in modules:
            chosen = governed_subjects(tagged, chosen, spanish=True)
        chosen = without_tiers_offered_as_one_of_two(tagged, chosen)
        chosen = without_conditioned_steps(tagged, chosen)
        chosen = lists_of_their_own(tagged, folded.text, chosen)
        for module in modules:
            chosen += more_companions(module, tagged, chosen)
        chosen += the_others(tagged, chosen, one_of)
        chosen += others_included(tagged, placed_before)
        chosen += context.same_tier_as(tagged, chosen, folded.text)
        if language_es in modules:
            chosen += same_as_then(
                tagged, folded.text, chosen, placed_before, language_es.VOCABULARY
            )
            chosen += stays_of_the_only(tagged, chosen)
            chosen = also_moved(tagged, chosen, moved_before_item)
            chosen = others_too(tagged, chosen, placed_before)
            chosen = newly_included(tagged, chosen)
        chosen = shared_claims(tagged, chosen)
        chosen += so_are_they(tagged, placed_before)
        chosen += table_rows(tagged, placed_before)
        chosen += tier_member_claims(tagged, chosen)
        chosen = [in_unnamed_region(item, tagged, folded.text, regions) for item in chosen]
        chosen = [with_context_group(item, last_group) for item in chosen]
        chosen = [back_again(item, tagged.text) for item in chosen]
        chosen = replaced_by(tagged, chosen)
        if not chosen:
            chosen = loose_tier_claims(tagged, [module.VOCABULARY for module in modules])
        opening = opening_years(tagged)
        before = len(claims)
        before_moves: set[int] = set()  # this sentence's claims of the report before a move
        for item in sorted(chosen, key=lambda f: f.start):
            folded_start, folded_end = tagged.folded_span(item.start, item.end)
            start, end = folded.span(folded_start, folded_end)
            while start < end and sentence.text[start].isspace():
                start += 1
            own_years = item.years or clause_years(tagged, item.start) or opening
            inner = SUBJECT_YEAR.match(tagged.text, item.start, item.end)
            if item.claim.kind is ClaimKind.CHANGE and not inner:
                inner = VERB_YEAR.search(tagged.text, item.start, item.end)
            if inner and not own_years:
                own_years = (int(tagged.tokens[int(inner.group("i"))].value),)
            # "... to join 20 other nations on Tier 3 in 2014": years after a claim's new end.
            own_years = own_years or claim_years(tagged, item.end)[0]
            own_years = own_years or ((item.year,) if item.year else ())
            ranked = _YEAR_BEFORE_TIER.search(tagged.text, max(0, item.start - 12), item.end)
            if ranked and not own_years:
                # "Malaysia's 2012 Tier 3 ranking": the year the tier is named with
                own_years = (int(tagged.tokens[int(ranked.group("i"))].value),)
            ended = before_a_dated_move(tagged, item) if not own_years else None
            if ended is not None:
                own_years = (ended,)  # "... antes de ser ascendida al Nivel 2 en 2015"
            when = WHEN_YEAR.search(tagged.text, 0, item.start)
            if when and not own_years:
                own_years = (int(tagged.tokens[int(when.group("i"))].value),)
            if not own_years and not item.back:
                # "Peru had been on Tier 2 in the 2013 report", "The 2013 report put Peru on
                # Tier 3, and the 2014 report raised it to Tier 2": the report named in the
                # claim's own clause, whatever else says the claim is about an earlier one
                # (but "... in the 2022 report and remained there in last year's report": the
                # report named right after the claim is its own).
                in_clause = report_of_clause(mentions, folded.text, folded_start, folded_end)
                own_years = (in_clause,) if in_clause is not None else ()
            claim = item.claim
            if len(own_years) > 1:
                # "maintained Tier 1 in 2009, 2010 and 2011": on it in each, not "stayed".
                claim = replace(claim, unchanged=False)
            back = 0 if own_years else (item.back or years_back(tagged, item))
            if not own_years and not back and not item.now and another_time(tagged, item):
                continue  # "Back then, Peru was on Tier 3": some earlier report, not named
            ran_before = claim.kind is ClaimKind.STREAK and back == 1 and not own_years
            if ran_before:
                back = before_a_current_run(item, chosen) or back
            if not own_years and not back and before_a_move(item, chosen, tagged):
                back = 1
                ran_before = True
            if not own_years and not back and moved_elsewhere(claim, moved_before, year):
                # "Sri Lanka was upgraded to Tier 2. ... It has remained on the Watch List for
                # the last three years": one report cannot have it on both; the stay came first.
                back = 1
            base, base_source = year, source
            if not own_years and only_in_asides(mentions, folded.text, folded_start, folded_end):
                # "Peru, which the 2013 report put on Tier 3, rose to Tier 2": the time of the
                # text, not the aside's report
                base = written
                base_source = YearSource.PARAGRAPH if written is not None else YearSource.NONE
            if item.now:
                own_years, back, base, base_source = (), 0, None, YearSource.NONE
            if back:
                base = written - back if written is not None else None
                base_source = YearSource.PARAGRAPH if written is not None else YearSource.NONE
            for own in own_years or (None,):
                said = claim
                if own and own != min(own_years) and moved_in_the_first(claim):
                    # "rose back to the Watch List in 2016 and 2017": the move was in 2016;
                    # in 2017 it was on that tier.
                    said = replace(claim, kind=ClaimKind.TIER, from_tier=None, direction=None)
                found_claim = replace(
                    said,
                    text=sentence.text[start:end],
                    span=(sentence.start + start, sentence.start + end),
                    year=own or base,
                    year_source=YearSource.SENTENCE if own else base_source,
                    years_before=back if not own and base is None else 0,
                )
                counted_from = found_claim.year
                if counted_from is None and default_year is not None:
                    counted_from = default_year - found_claim.years_before
                if ran_before:
                    before_moves.add(len(claims) - before)
                claims.append(since_to_streak(found_claim, item.since, counted_from))
                if found_claim.kind is ClaimKind.CHANGE and found_claim.tier and not claim.negated:
                    for code in found_claim.countries:
                        moved[code] = (found_claim.year, found_claim.tier)
        claims[before:] = consistent(dated_by_the_move(claims[before:], before_moves))
        one_of = one_of_many(tagged, chosen)
        placed_before = last_tier_claim(chosen)
        moved_before_item = last_move(chosen)
        named_years = [t for t in tagged.tokens if t.kind == "Y"]
        if named_years:
            last_year = named_years[-1].value
        speaks = coverage.speaks_of_tiers(folded.text, tagged, on_topic)
        if len(claims) == before and speaks:
            unchecked.append(sentence)
        on_topic = on_topic or speaks or len(claims) > before
        # A tier named in brackets is an aside ("... (as in Tier 2)"), not what "this tier"
        # in the next sentence refers to.
        aside = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), tagged.text)
        named_tiers = tagged.tokens_in(aside, "T")
        if named_tiers:
            last_tier = named_tiers[-1].value
        tiers_before = context.tier_context(folded.text, tiers, tiers_before, last_tier)
        mentioned = [
            t
            for t in tagged.tokens
            if t.kind == "C" and not is_author(tagged, t) and PLURAL not in t.value
        ]
        if mentioned:
            last_country = mentioned[-1]
            last_named = [t.value for t in mentioned]
        seen += country_codes(t for t in tagged.tokens if t.kind == "C")
        lists += country_lists(tagged)
        last_group = context.last_scope(tagged, regions, WORLD) or last_group
    return Reading(claims, unchecked)


__all__ = [
    "Claim",
    "ClaimKind",
    "Comparator",
    "Gazetteer",
    "Relation",
    "detect_language",
    "extract_claims",
]
