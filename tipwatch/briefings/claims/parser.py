"""Find tier claims in running text, in English and Spanish. Pure Python: no Django.

    gazetteer = Gazetteer({"PER": ["Peru", "Perú"], ...}, {"latin-america": [...]})
    claims = extract_claims(text, gazetteer, lang="en")

Each sentence is folded (lower case, no accents), its names, tiers and numbers are replaced by
tokens (`tagger`), and the language's patterns (`patterns_en`, `patterns_es`) are matched over
the result. A sentence that asks a question, or a clause that is hypothetical ("if", "could",
"podría"), gives no claim. The report year is the one the sentence names ("the 2015 report"),
else the last one named earlier in the same paragraph, else None (the caller's default).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from types import ModuleType

from . import comparisons, context, counts, coverage, patterns_en, patterns_es
from .gazetteer import AMBIGUOUS, WORLD, Gazetteer, Mention
from .grammar import CL, Rule, Vocabulary
from .lexicon import report_years
from .model import Claim, ClaimKind, Comparator, Relation, YearSource
from .tagger import TOKEN, Tagged, Token, tag
from .text import Folded, Sentence, fold, split_sentences

LANGUAGES: dict[str, ModuleType] = {"en": patterns_en, "es": patterns_es}
_PRIORITY = {
    ClaimKind.GROUP: 0,
    ClaimKind.COUNT: 1,
    ClaimKind.MOVES: 1,
    ClaimKind.CHANGE: 2,
    ClaimKind.TIER: 3,
}
_YEAR_RANGE = re.compile(
    r"\s*[(-]\s*(?:entre\s+|between\s+|de\s+|from\s+)?\u27e6Y\d+\u27e7\s*"
    r"(?:to|a|-|through|hasta|y|and)\s*\u27e6Y(?P<last>\d+)\u27e7\s*[)-]"
)
_TOKEN_AFTER = re.compile(r"\s*,?\s*\u27e6(?P<kind>G)(?P<index>\d+)\u27e7")
# A claim about another time than the report's: "in later reports", "el año pasado".
_OTHER_TIME = re.compile(
    r"^[^,;:]*?\b(?:in\s+(?:later|earlier|previous|past|future|subsequent|other)\s+"
    r"(?:reports|years|editions)|previously|formerly|in\s+the\s+past|next\s+year|last\s+year|"
    r"the\s+year\s+before|until|en\s+(?:informes|anos|ediciones)\s+(?:anteriores|posteriores)|"
    r"anteriormente|antes|el\s+ano\s+(?:pasado|anterior|proximo|que\s+viene)|hasta)\b"
)
# "ruled out a second consecutive year", "no permitía un segundo año consecutivo".
_NEGATED_STREAK = re.compile(
    r"\b(?:ruled?\s+out|rules\s+out|not|never|cannot|without|no|nunca|sin|impide|impidio)\b"
)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s-\s|\bbut\b|\bpero\b|\bsino\b")
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
    r"this\s+year|now|still)\s+)?"
    r"(?:[a-z]+ly\s+)?"
    r"(?=(?:was|were|is|are|being|remains|stays|has\s+been|had\s+been|remained|stayed|permanecio|permanece|se\s+mantuvo|"
    r"se\s+mantiene|se\s+queda|se\s+quedo|sigue|siguio|fue|ha\s+sido|desciende|descendio|"
    r"se\s+movio|paso|volvio|regreso|salio|mejoro|empeoro|retrocedio|ha\s+permanecido|"
    r"cae|cayo|baja|bajo|sube|subio|asciende|ascendio|quedo|se\s+ubico|se\s+situo|ingreso|"
    # "..., pero recuperó la máxima calificación en 2023"
    r"recupero|recupera|regained|"
    r"rose|fell|dropped|slipped|climbed|"
    r"moving|climbing|rising|falling|dropping|slipping|sliding)\b)"
)
# The years a claim is about, when its clause names them: "in 2016 and 2017".
_Y = r"\u27e6Y\d+\u27e7"
_YEAR_LIST = rf"{_Y}(?:\s*,\s*{_Y})*(?:\s*,?\s*(?:and|y)\s+{_Y})?"
_CLAIM_YEARS = re.compile(
    # (a closing quote first: "placed the country in "Tier 2" in 2017 and 2023")
    r"(?:[\"'](?=\s+in\s))?(?:\s+(?:status|ranking|rating|country|standing))?"
    rf"(?:\s*,?\s*(?:in|en|for|durante)\s+(?:the\s+|el\s+|los\s+)?(?:(?:years?|anos?)\s+)?"
    # "remained there the next year" (context.implied_years: a year with no "in" of its own)
    rf"|\s+(?=\u27e6Y\d+\u27e7\s*(?:[.;]|$)))"
    rf"(?P<years>{_YEAR_LIST}(?:\s*,?\s*(?:as\s+well\s+as|and|y)\s+(?:in|en)\s+{_YEAR_LIST})?)"
    r"(?!\s*(?:report|informe|tip))"
)
# An English claim's own year right after it ("upgraded to Tier 2 in 2018 and ...").
_OWN_YEAR_EN = re.compile(rf"[\"']?\s*,?\s*in\s+(?:the\s+year\s+)?{_Y}(?!\s*(?:report|tip))")
# "... on Tier 1 from 2010 until 2018": the range dates the claim ("until" alone would not).
_OWN_RANGE_EN = re.compile(rf"\s*,?\s*from\s+{_Y}\s*(?:-|to|through|until)\s*{_Y}")
_CLAIM_RANGE = re.compile(
    rf"\s*,?\s*(?:(?:from|between)\s+(?P<a>{_Y})\s*(?:-|to|through|until|and)\s*(?P<b>{_Y})"
    # "remained on the watch list in 2015 to 2017", "in 2012-2014"
    rf"|in\s+(?P<a2>{_Y})\s*(?:-|to|through)\s*(?P<b2>{_Y}))"
    r"(?!\s*(?:report|tip))"
)
_LISTED_YEARS = re.compile(
    rf"[^.;:\u27e6]{{0,60}}(?:\u27e6N\d+\u27e7[^.;:\u27e6]{{0,30}})?[;:]\s*(?P<years>{_YEAR_LIST})\s*\.?\s*$"
)
_OPENING_YEARS = re.compile(
    # ("In its 2018 and 2019 Trafficking in Persons Report, ...": the reports named)
    rf"^\W*(?:(?:in|en)\s+(?:(?:the|its|their)\s+)?"
    rf"(?P<years>{_Y}(?:\s*,\s*{_Y})*\s*,?\s*(?:and|y)\s+{_Y})(?:\s+(?:[a-z]+\s+){{0,4}}?reports?)?|"
    rf"(?:from|de|desde)\s+(?P<first>{_Y})\s+(?:to|a|hasta)\s+(?P<last>{_Y})|"
    rf"(?:prior\s+to|before)\s+(?:the\s+)?(?P<before>{_Y})(?:\s+report)?)\s*,"
)


@dataclass(frozen=True)
class _Found:
    claim: Claim
    start: int  # tagged offsets
    end: int
    context_group_at: int | None = None  # where a group taken from the sentence was named
    year: int | None = None  # the claim's own year, when it says ("... (2012 to 2015)")
    years: tuple[int, ...] = ()  # the claim's own years, when its clause names several
    since: int | None = None  # "on Tier 3 since 2014": a streak from that year on
    listed: tuple[str, ...] = ()  # "31 countries including Australia, ...": some of a count
    among: int | None = None  # "China and Russia were among 19 countries on Tier 3"
    previous: int | None = None  # "rose from 19 to 21", "up from 19 last year": the count before
    rule: str = ""
    back: int = 0  # reports before the current one ("... in last year's report")
    relative: bool = False  # read in a relative clause: "Japan, which was on Tier 2, ..."


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
    one_of: tuple[_Found, int] | None = None  # "X was one of five countries ...", for "the others"
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
    for sentence in sentences:
        folded = fold(sentence.text)
        mentions = gazetteer.find(folded.text, sentence.text, folded.origin)
        named_in_text += [m.code for m in mentions if m.kind == "C"]
    for sentence in sentences:
        moved_before = dict(moved)  # this sentence's own moves: see _before_a_move
        folded = fold(sentence.text)
        years = report_years(folded.text)
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
        if sentence.text.rstrip().endswith("?") or "\u00bf" in sentence.text:
            continue
        implied = _implied(folded, sentence.text, gazetteer, last_country, last_named)
        implied += _initialisms(folded, sentence.text, gazetteer, named_in_text, implied)
        implied += _plural_anaphora(folded, sentence.text, gazetteer, lists, implied)
        here = gazetteer.find(folded.text, sentence.text, folded.origin)
        named_here = [m.code for m in here]
        implied += context.object_pronouns(
            folded.text, [m for m in here if m.kind == "C"], last_named, gazetteer, implied
        )
        implied += context.people_of_countries(
            folded.text, gazetteer, [*seen, *named_here], implied
        )
        implied += context.implied_tiers(folded.text, tiers_before)
        implied += context.implied_years(folded.text, last_year)
        regions = gazetteer.unnamed_regions(folded.text, sentence.text, folded.origin)
        implied += context.scoping_regions(folded.text, regions)
        tagged = tag(folded, sentence.text, gazetteer, implied)
        opened = _YEAR_OPENING.match(tagged.text)
        if not years and opened:
            # "En ese año, Cuba estaba en el Nivel 3": the year named before.
            year = int(tagged.tokens[int(opened.group("i"))].value)
            source = YearSource.SENTENCE
        found: list[_Found] = []
        for module in modules:
            found += _match_rules(module.RULES, module.VOCABULARY, tagged)
        chosen = _resolve(found, tagged)
        for module in modules:
            chosen += _clause_claims(module, tagged, chosen)
            for reader in getattr(module, "CLAUSE_READERS", ()):  # a language's own word orders
                chosen += reader(tagged, chosen)
        chosen += context.members_of_a_topic_tier(tagged, chosen)
        for module in modules:
            chosen += _fallback_claims(module, tagged, chosen)
        chosen += _counts_of_last_resort(tagged, chosen)
        chosen += _compared_moves(tagged, chosen)
        for module in modules:
            chosen = _add_streaks(module, tagged, chosen)
        for module in modules:
            chosen = _onward_tiers(module, tagged, chosen)
        chosen = _add_companions(tagged, chosen)
        for module in modules:
            chosen += _more_companions(module, tagged, chosen)
        chosen += _the_others(tagged, chosen, one_of)
        chosen += context.same_tier_as(tagged, chosen, folded.text)
        chosen = [_in_unnamed_region(item, tagged, folded.text, regions) for item in chosen]
        chosen = [_with_context_group(item, last_group) for item in chosen]
        opening = _opening_years(tagged)
        before = len(claims)
        for item in sorted(chosen, key=lambda f: f.start):
            folded_start, folded_end = tagged.folded_span(item.start, item.end)
            start, end = folded.span(folded_start, folded_end)
            while start < end and sentence.text[start].isspace():
                start += 1
            own_years = item.years or _clause_years(tagged, item.start) or opening
            inner = _SUBJECT_YEAR.match(tagged.text, item.start, item.end)
            if inner and not own_years:
                own_years = (int(tagged.tokens[int(inner.group("i"))].value),)
            # "... to join 20 other nations on Tier 3 in 2014": years after a claim's new end.
            own_years = own_years or _claim_years(tagged, item.end)[0]
            own_years = own_years or ((item.year,) if item.year else ())
            when = _WHEN_YEAR.search(tagged.text, 0, item.start)
            if when and not own_years:
                own_years = (int(tagged.tokens[int(when.group("i"))].value),)
            claim = item.claim
            if len(own_years) > 1:
                # "maintained Tier 1 in 2009, 2010 and 2011": on it in each, not "stayed".
                claim = replace(claim, unchanged=False)
            back = 0 if own_years else (item.back or _years_back(tagged, item))
            if not own_years and not back and _before_a_move(item, chosen, tagged):
                back = 1
            if not own_years and not back and _moved_elsewhere(claim, moved_before, year):
                # "Sri Lanka was upgraded to Tier 2. ... It has remained on the Watch List for
                # the last three years": one report cannot have it on both; the stay came first.
                back = 1
            base, base_source = year, source
            if back:
                base = written - back if written is not None else None
                base_source = YearSource.PARAGRAPH if written is not None else YearSource.NONE
            for own in own_years or (None,):
                said = claim
                if own and own != min(own_years) and _moved_in_the_first(claim):
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
                claims.append(_since_to_streak(found_claim, item.since, counted_from))
                if found_claim.kind is ClaimKind.CHANGE and found_claim.tier and not claim.negated:
                    for code in found_claim.countries:
                        moved[code] = (found_claim.year, found_claim.tier)
        claims[before:] = _consistent(claims[before:])
        one_of = _one_of_many(tagged, chosen)
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
        tiers_before = context.tier_context(folded.text, tiers_before, last_tier)
        mentioned = [
            t
            for t in tagged.tokens
            if t.kind == "C" and not _author(tagged, t) and _PLURAL not in t.value
        ]
        if mentioned:
            last_country = mentioned[-1]
            last_named = [t.value for t in mentioned]
        seen += _codes(t for t in tagged.tokens if t.kind == "C")
        lists += _lists(tagged)
        last_group = context.last_scope(tagged, regions, WORLD) or last_group
    return Reading(claims, unchecked)


# "Last year, ...", "Vietnam last year was upgraded", "hace dos años": the claim is about an
# earlier report than the one being written about.
_YEARS_BACK = re.compile(
    r"(?<!\w)(?:(?P<one>last\s+year|the\s+previous\s+year|a\s+year\s+(?:ago|earlier)|"
    r"d?el\s+ano\s+(?:pasado|anterior)|(?:el|del)\s+(?:informe|reporte)\s+(?:anterior|previo))|"
    r"(?:(?P<n>\u27e6N(?P<i>\d+)\u27e7|two|three)\s+years\s+ago)|"
    r"hace\s+(?P<n2>\u27e6N(?P<i2>\d+)\u27e7|dos|tres|un)\s+anos?)\b"
)
_WORD_NUMBERS = {"two": 2, "three": 3, "dos": 2, "tres": 3, "un": 1}
_THIS_YEAR = re.compile(r"\b(?:este\s+ano|esta\s+vez|this\s+year|this\s+time)\b")
# A state before the report's ("Cuba had been on a watch list for three consecutive years"),
# and a streak something came "after" ("tras permanecer dos años consecutivos en ...").
_PLUPERFECT = re.compile(
    r"\b(?:had\s+been|had\s+remained|had\s+stayed|habia\s+estado|habian\s+estado|llevaba|llevaban|"
    r"habia\s+sido|habian\s+sido|habia\s+permanecido|habian\s+permanecido)\b"
)
_AFTER = re.compile(
    r"\b(?:after|tras|luego\s+de|despues\s+de)(?:\s*\u27e6C\d+\u27e7)?\s+(?:[a-z]+\s+){0,2}$"
)
# "after being on Tier 3": the subject the tagger puts back after "after" may stand between.
_AFTER_SUBJECT = r"\bafter\s*(?:\u27e6C\d+\u27e7\s*)?"
_AFTER_GERUND = re.compile(rf"{_AFTER_SUBJECT}[a-z]+ing\b")


def _after_gerund(tagged: Tagged, start: int) -> bool:
    """Does the claim at `start` open an "after being on ..." phrase (the tagger may have put
    the subject back between "after" and the verb)?"""
    return any(
        m.start() <= start <= m.end()
        for m in _AFTER_GERUND.finditer(tagged.text, max(0, start - 40), start + 40)
    )


# "after remaining on the Tier 2 Watch List for the past four years": the tier between.
_AFTER_STAYING = re.compile(
    r"\b(?:after|tras|luego\s+de|despues\s+de)(?:\s*\u27e6C\d+\u27e7)?\s+"
    r"(?:remaining|staying|sitting|being|permanecer|"
    r"estar|seguir|haber\s+(?:permanecido|estado))\b[^.;,]*$"
)


_FROM_THEN = re.compile(
    r"(?P<from>\b(?:from|del|de)\s+(?:the\s+|el\s+|la\s+)?[\"']?\u27e6T\d+\u27e7[\"']?)\s*,?\s+"
    r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year|el\s+ano\s+(?:pasado|anterior))"
)


_COMPARED_WITH_THEN = re.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to|than)\s+(?:in\s+)?(?:the\s+previous\s+year|"
    r"last\s+year|a\s+year\s+(?:ago|earlier))"
)
# "..., after three years ranked at Tier 1, ...": a run that ended before this report, when
# the streak's own span holds the "after".
_AFTER_RUN_INSIDE = re.compile(
    r"\bafter\s+\u27e6N\d+\u27e7\s+(?:consecutive\s+|straight\s+)?years\b"
)


def _years_back(tagged: Tagged, item: _Found) -> int:
    """How many reports before the current one a claim is about (0: the current one)."""
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(tagged.text, 0, item.start):
        clause_start = match.end()
    own = tagged.text[clause_start : item.end]
    if not item.relative:
        # "put Japan, which was on Tier 2 in last year's report, on ...", "Peru, Tier 2 last
        # year, moved up": the relative clause or apposition dates its own claim, not this one.
        own = re.sub(r",[^,;:]*,", ", ", own)
        # "Vietnam - which just two years ago was at Tier 3 - was upgraded": so does one in dashes.
        own = re.sub(r"\s-\s(?:which|who|whose)\b[^;:]*?\s-\s", " ", own)
    # "upgraded from Tier 3 last year to Tier 2": the time dates the tier it left.
    own = _FROM_THEN.sub(r"\g<from>", own)
    # "not making progress compared to the previous year": a comparison, not a date.
    own = _COMPARED_WITH_THEN.sub(" ", own)
    backs = list(_YEARS_BACK.finditer(own))
    back = backs[-1] if backs else None
    if back and any(m.start() > back.start() for m in _THIS_YEAR.finditer(own)):
        back = None  # "... el año pasado y este año subió al Nivel 2": this report
    opening = re.match(r"[\s\"'(]*(?P<phrase>[^,;:]{0,30}),", tagged.text)
    if back is None and opening and opening.end() <= item.start:
        # "Last year, Malaysia was upgraded to Tier 2": the opening phrase dates the sentence.
        phrase = opening.group("phrase").strip()
        back = _YEARS_BACK.fullmatch(
            re.sub(r"^in\s+(last\s+year)'s\s+(?:report|edition)$", r"\1", phrase)
        )
    if back:
        if back.group("one"):
            return 1
        index = back.group("i") or back.group("i2")
        if index is not None:
            value = int(tagged.tokens[int(index)].value)
        else:
            value = _WORD_NUMBERS[back.group("n") or back.group("n2")]
        return value if 0 < value <= 10 else 0
    kind = item.claim.kind
    if kind in (ClaimKind.TIER, ClaimKind.STREAK) and _PLUPERFECT.search(own):
        return 1
    if kind is ClaimKind.STREAK and (
        _AFTER.search(tagged.text[max(0, item.start - 40) : item.start])
        or _AFTER_RUN_INSIDE.search(own)
        or _after_gerund(tagged, item.start)
        or _AFTER_STAYING.search(tagged.text[max(0, item.start - 90) : item.start])
    ):
        return 1
    return 0


def _moved_elsewhere(
    claim: Claim, moved: dict[str, tuple[int | None, str]], year: int | None
) -> bool:
    if claim.kind not in (ClaimKind.TIER, ClaimKind.STREAK) or claim.negated or not claim.tier:
        return False
    return any(
        code in moved and moved[code][0] == year and moved[code][1] != claim.tier
        for code in claim.countries
    )


def _before_a_move(item: _Found, chosen: list[_Found], tagged: Tagged) -> bool:
    """ "Honduras, que estaba en la lista de vigilancia, ascendió al nivel 2": a tier that the
    same sentence says the country moved away from is its tier in the report before. So is
    one said "after" the move ("moved up to the Watch List after being on Tier 3"), and so
    does a run on it ("Haití, que estuvo cuatro años en el Nivel 2, bajó al 3")."""
    claim = item.claim
    if claim.kind not in (ClaimKind.TIER, ClaimKind.STREAK) or claim.negated or not claim.tier:
        return False
    after = _after_gerund(tagged, item.start)
    for other in chosen:
        moved = other.claim
        if moved.kind is not ClaimKind.CHANGE or moved.negated:
            continue
        if other.start <= item.start and not (after and other.end <= item.start):
            continue
        if not set(moved.countries) & set(claim.countries):
            continue
        if moved.from_tier == claim.tier or (moved.tier is not None and moved.tier != claim.tier):
            return True
    return False


# "Prior to 2007 it was on the Watch List": the report of the year before.
_BEFORE_YEAR = rf"(?:prior\s+to|before)\s+(?:the\s+)?(?P<before>{_Y})"
# "From 2011 to 2013 the kingdom was ..., in 2014 and 2015 was ...": the years a clause opens with.
_CLAUSE_YEARS = re.compile(
    # "En el año 2010 el país salió de ...": the Spanish "año" before the year.
    rf"(?:^|\b(?:and|y)\s+)\W*(?:(?:in|en)\s+(?:el\s+ano\s+)?(?P<years>{_YEAR_LIST})|"
    rf"(?:from|de|desde)\s+(?P<first>{_Y})\s+(?:to|a|hasta)\s+(?P<last>{_Y})|{_BEFORE_YEAR})\s*,?\s*$"
)


def _clause_years(tagged: Tagged, start: int) -> tuple[int, ...]:
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(tagged.text, 0, start):
        clause_start = match.end()
    opening = _CLAUSE_YEARS.search(tagged.text[clause_start:start].rstrip() + " ")
    if not opening:
        return ()
    return _years_of(opening, tagged)


def _moved_in_the_first(claim: Claim) -> bool:
    return claim.kind is ClaimKind.CHANGE and not claim.negated and claim.tier is not None


def _years_of(opening: re.Match[str], tagged: Tagged) -> tuple[int, ...]:
    """The years an opening phrase names: a list, a range, or the one before a year."""
    if opening.group("years"):
        return tuple(int(t.value) for t in tagged.tokens_in(opening.group("years"), "Y"))
    if opening.group("before"):
        return (int(tagged.tokens_in(opening.group("before"), "Y")[0].value) - 1,)
    first = int(tagged.tokens_in(opening.group("first"), "Y")[0].value)
    last = int(tagged.tokens_in(opening.group("last"), "Y")[0].value)
    return tuple(range(first, last + 1)) if 0 < last - first <= 30 else ()


def _since_to_streak(claim: Claim, since: int | None, year: int | None) -> Claim:
    """ "Venezuela fue incluido en el nivel 3 desde 2014" in 2016: three years in a row."""
    if since is None or year is None or claim.kind is not ClaimKind.TIER:
        return claim
    run = year - since + 1
    if not 1 < run <= 30:
        return claim
    return replace(claim, kind=ClaimKind.STREAK, years=run, unchanged=False)


def _implied(
    folded: Folded,
    original: str,
    gazetteer: Gazetteer,
    earlier: Token | None,
    earlier_named: list[str],
) -> list[Token]:
    """Tokens for the countries a sentence means without naming them: "the island nation",
    or the missing subject of "... and was downgraded in 2018". Each stands for the country
    named last before it, in the sentence or earlier in the text."""
    names = [
        m
        for m in gazetteer.find(folded.text, original, folded.origin)
        if m.kind == "C"
        and not (m.code == "USA" and _OF_THE_AUTHOR.search(folded.text, 0, m.start))
        and not (
            m.code == "USA" and _AUTHOR_BEFORE.search(folded.text, max(0, m.start - 12), m.start)
        )
        and not (m.code == "USA" and _AUTHOR_AFTER.match(folded.text, m.end))
    ]

    def named_before(position: int) -> str | None:
        before = [m for m in names if m.end <= position]
        if before:
            return before[-1].code
        return earlier.value if earlier is not None else None

    implied: list[Token] = []
    for match in _ANAPHOR.finditer(folded.text):
        # (overlapping a name: "the Central African Republic" is a name, not "the republic")
        if any(m.start < match.end() and match.start() < m.end for m in names):
            continue
        before = [m for m in names if m.end <= match.start()]
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
        if spanish and any(match.end() < m.start < stop for m in names):
            continue  # "..., pero bajó al nivel 2 Colombia": the subject after its verb
        position = match.end()
        while position > match.start() and folded.text[position - 1].isspace():
            position -= 1  # before the space, so that "⟦C⟧ was downgraded" reads as usual
        if any(t.start <= position <= t.end for t in implied):
            continue
        code = named_before(position)
        if code is not None:
            implied.append(Token("C", code, position, position))
    return implied


_CLAUSE_END = re.compile(r"[.;,:]|\s(?:y|e|and|pero|but|mientras)\s")
_SPANISH_BARE = re.compile(
    r"(?:permanec|se\s|sigu|fue\b|ha\s|desc|pas|volv|regres|sal|mejor|empeor|retroced|ca[ey]|"
    r"baj|sub|asc|qued|ingres|recuper)"
)


# A token for several countries at once ("the four countries" after a list of four) holds
# their codes joined by this mark.
_PLURAL = "+"


def _codes(tokens: Iterable[Token]) -> tuple[str, ...]:
    return tuple(code for token in tokens for code in token.value.split(_PLURAL))


_LIST = re.compile(rf"{CL}")


def _lists(tagged: Tagged) -> list[tuple[str, ...]]:
    found = [_codes(tagged.tokens_in(m.group(), "C")) for m in _LIST.finditer(tagged.text)]
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


def _plural_anaphora(
    folded: Folded,
    original: str,
    gazetteer: Gazetteer,
    lists: list[tuple[str, ...]],
    taken: list[Token],
) -> list[Token]:
    """ "downgraded the four countries to Tier 3 - Thailand, Malaysia, ...": a plural noun
    with a number stands for the list of exactly that many countries that closes the same
    sentence, or else the last such list named before it."""
    names = [m for m in gazetteer.find(folded.text, original, folded.origin) if m.kind == "C"]
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
            found.append(Token("C", _PLURAL.join(codes), match.start(), match.end()))
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


def _initialisms(
    folded: Folded, original: str, gazetteer: Gazetteer, seen: list[str], taken: list[Token]
) -> list[Token]:
    """ "ranked TT at Tier 2 Watch List" after "Trinidad and Tobago": capitals that are the
    initials of exactly one country named in the text so far, or in this sentence."""
    names = [m for m in gazetteer.find(folded.text, original, folded.origin) if m.kind == "C"]
    known = set(seen) | {m.code for m in names}
    where = {origin: index for index, origin in reversed(list(enumerate(folded.origin)))}
    found: list[Token] = []
    for match in _CAPITALS.finditer(original):
        start, end = where.get(match.start()), where.get(match.end())
        if start is None or end is None:
            continue
        if any(m.start < end and start < m.end for m in names) or any(
            t.start < end and start < t.end for t in taken
        ):
            continue
        codes = gazetteer.by_initials(match.group()) & known
        if len(codes) == 1:
            found.append(Token("C", codes.pop(), start, end))
    return found


# "... respecto a 2024, cuando el país fue ubicado en ...": the claim is about that year.
# "Vietnam in 2022 was downgraded to Tier 3", "Cuba en 2015 fue retirada de la lista": a year
# between the subject (one country or a list) and its verb is the claim's year.
_SUBJECT_YEAR = re.compile(
    r"\u27e6C\d+\u27e7(?:\s*,?\s*(?:and\s+|y\s+|e\s+)?\u27e6C\d+\u27e7)*\s*,?\s+(?:in|en)\s+"
    r"\u27e6Y(?P<i>\d+)\u27e7\s*,?\s+(?:was|were|had\s+been|fue|fueron|ha\s+sido|habia\s+sido)\s"
)
_WHEN_YEAR = re.compile(
    r"\u27e6Y(?P<i>\d+)\u27e7\s*,?\s*(?:cuando|when)\b[^.;\u27e6]*(?:\u27e6C\d+\u27e7[^.;\u27e6]*)?$"
)
# "the U.S. State Department", "US Embassy": the report's author, not a subject to carry on.
_AUTHOR_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:annual|state\s+department|"
    r"department\s+of\s+state|government|embassy|"
    r"administration|congress|departamento\s+de\s+estado|gobierno|embajada)\b"
)


# "la lista de observación de EEUU", "elaborado por el Departamento de Estado de Estados
# Unidos": the United States after "de" or "por" is the report's author (or its owner), never
# the country a following verb places.
_AUTHOR_BEFORE = re.compile(r"\b(?:de|del|por)\s+(?:(?:los|el|la)\s+)?$")


def _author(tagged: Tagged, token: Token) -> bool:
    if token.value != "USA":
        return False
    marker = f"\u27e6C{tagged.tokens.index(token)}\u27e7"
    at = tagged.text.find(marker)
    if at >= 0 and _AUTHOR_BEFORE.search(tagged.text, max(0, at - 12), at):
        return True
    return at >= 0 and bool(_AUTHOR_AFTER.match(tagged.text, at + len(marker)))


# "la lista de observación de EEUU", "según el informe de Estados Unidos": the report's
# author, not a subject a later verb could take.
_OF_THE_AUTHOR = re.compile(
    r"\b(?:lista|informe|reporte|report|list|"
    # "el Departamento de Estado de Estados Unidos", "la embajada de EE.UU.".
    r"departamento\s+de\s+estado|gobierno|embajada|administracion|congreso|"
    r"department\s+of\s+state|government|embassy|administration)\s+(?:de|del|of|by)\s+"
    r"(?:los\s+|the\s+)?$"
)


_YEAR_OPENING = re.compile(r"^\W*(?:en|in)\s+\u27e6Y(?P<i>\d+)\u27e7\s*,")
_RANK = {"1": 1, "2": 2, "2WL": 3, "3": 4}


def move_direction(old: str | None, new: str | None) -> str | None:
    """ "up" or "down" for a move between two ranked tiers; None when either is unranked
    (a special case) or missing."""
    if old not in _RANK or new not in _RANK:
        return None
    return "up" if _RANK[new] < _RANK[old] else "down"


def _when(claim: Claim) -> tuple[int | None, int]:
    return claim.year, claim.years_before


def _consistent(new: list[Claim]) -> list[Claim]:
    """One sentence's claims read together. A country said to have been on another tier in
    the report before did not "stay" on this one ("coloca nuevamente al país en el Nivel 2,
    tras permanecer dos años en la Lista de Vigilancia"); on one tier in the report before
    and another now, it moved ("China, que estuvo en el nivel 3 el año pasado, fue ubicada
    esta vez en el grupo en observación")."""

    def before(claim: Claim) -> tuple[int | None, int]:
        year, back = _when(claim)
        return (year - 1, back) if year is not None else (None, back + 1)

    def earlier_tier(claim: Claim, code: str) -> str | None:
        for other in new:
            if other is claim or other.negated or code not in other.countries:
                continue
            if other.kind in (ClaimKind.TIER, ClaimKind.STREAK) and _when(other) == before(claim):
                return other.tier
        return None

    result = list(new)
    for index, claim in enumerate(new):
        if claim.kind is not ClaimKind.TIER or claim.negated or not claim.tier:
            continue
        tiers = {earlier_tier(claim, code) for code in claim.countries}
        if len(tiers) != 1 or None in tiers or claim.tier in tiers:
            continue
        old = tiers.pop()
        result[index] = replace(claim, unchanged=False)
        moved = any(
            o.kind is ClaimKind.CHANGE and set(o.countries) & set(claim.countries) for o in new
        )
        direction = move_direction(old, claim.tier)
        if not moved and direction is not None:
            result.append(
                replace(
                    claim,
                    kind=ClaimKind.CHANGE,
                    from_tier=old,
                    direction=direction,
                    unchanged=False,
                )
            )
    return result


def _opening_years(tagged: Tagged) -> tuple[int, ...]:
    """ "In 2009, 2010 and 2011, ...", "From 2011 to 2015, ...": the years of every claim."""
    match = _OPENING_YEARS.match(tagged.text)
    return _years_of(match, tagged) if match else ()


_NEXT_CLAUSE_VERB = re.compile(
    r"\s*(?:\u27e6C\d+\u27e7)?\s*(?:was|were|is|are|has|had|remained|stayed|rose|fell|dropped|"
    r"slipped|climbed|moved|fue|fueron|estuvo|estuvieron|permanecio|se\s+mantuvo|subio|bajo|"
    r"cayo)\b"
)


def _claim_years(tagged: Tagged, end: int) -> tuple[tuple[int, ...], int]:
    """The years named right after a claim ("... on the Watch List in 2016 and 2017"), or
    listed after a colon ("... a Tier 2 country for 13 years; 2001, 2002, ... and 2024")."""
    ranged = _CLAIM_RANGE.match(tagged.text, end)
    if ranged and not _NEXT_CLAUSE_VERB.match(tagged.text, ranged.end()):
        # "... ranked tier three from 2012-2014": each year of the range.
        first, last = (
            int(tagged.tokens_in(ranged.group(g) or ranged.group(g + "2"), "Y")[0].value)
            for g in ("a", "b")
        )
        if 0 < last - first <= 30:
            return tuple(range(first, last + 1)), ranged.end()
    match = _CLAIM_YEARS.match(tagged.text, end) or _LISTED_YEARS.match(tagged.text, end)
    if not match:
        return (), end
    if _NEXT_CLAUSE_VERB.match(tagged.text, match.end()):
        return (), end  # "..., in 2014 and 2015 was on Tier 3": the years of the next clause
    return tuple(int(t.value) for t in tagged.tokens_in(match.group("years"), "Y")), match.end()


def _in_unnamed_region(item: _Found, tagged: Tagged, folded: str, regions: list[Mention]) -> _Found:
    """A claim scoped to a region the data has no group for (see `context.unnamed_scope`)."""
    if not regions or item.claim.kind not in (ClaimKind.GROUP, ClaimKind.COUNT):
        return item
    span = tagged.folded_span(item.start, item.end)
    at = item.context_group_at
    group_at = tagged.folded_span(at, at + 1)[0] if at is not None else None
    code = context.unnamed_scope(item.claim, span, group_at, regions, folded)
    if code is None:
        return item
    return replace(item, claim=replace(item.claim, group=code), context_group_at=None)


def _with_context_group(item: _Found, last_group: str | None) -> _Found:
    """A group claim that names no group takes the one an earlier sentence named ("In Latin
    America, ... . Chile alone was on Tier 1."); with none, its scope is ambiguous."""
    claim = item.claim
    if claim.kind is not ClaimKind.GROUP or claim.group is not None:
        return item
    return replace(item, claim=replace(claim, group=last_group or AMBIGUOUS))


# --- matching ---------------------------------------------------------------------------------


def _hypothetical(tagged: Tagged, start: int, vocabulary: Vocabulary) -> bool:
    before = tagged.text[:start]
    clause = _CLAUSE_BREAK.split(before)[-1]
    return bool(vocabulary.hypothetical.search(TOKEN.sub(" ", clause)))


def _match_rules(rules: list[Rule], vocabulary: Vocabulary, tagged: Tagged) -> list[_Found]:
    found: list[_Found] = []
    for rule in rules:
        for match in rule.pattern.finditer(tagged.text):
            starts_with_token = tagged.text.startswith("\u27e6", match.start())
            glued = match.start() > 0 and tagged.text[match.start() - 1].isalnum()
            if glued and not starts_with_token:
                continue
            relative = _RELATIVE.search(match.group())
            if _hypothetical(tagged, match.start(), vocabulary) and not relative:
                continue
            if _UNREAL_MOVE.search(tagged.text, max(0, match.start() - 60), match.start()):
                continue  # "a waiver from an otherwise required downgrade to Tier 3"
            if _FUTURE.search(match.group()) and _CONDITION.search(tagged.text):
                continue  # "Peru will be downgraded to Tier 3 unless it acts."
            earlier = vocabulary.earlier_after and vocabulary.earlier_after.match(
                tagged.text, match.end()
            )
            back = _time_after(tagged.text[match.end() :])
            own_year = _OWN_YEAR_EN.match(tagged.text, match.end())
            if back is None and (own_year or _OWN_RANGE_EN.match(tagged.text, match.end())):
                # "upgraded to Tier 2 in 2018 and remained there the next year": the claim's
                # own year dates it; the time words after it belong to the next clause.
                back = 0
            if back is None:
                if not earlier:
                    continue
                back = 0  # the phrase after the claim ("el año anterior") dates it, below
            claim = _build(rule, match, tagged, vocabulary)
            if claim is None:
                continue
            if claim.kind is ClaimKind.COUNT and _NEGATED_BEFORE.search(
                TOKEN.sub(" ", re.split(r"[,;:]", _clause_before(tagged.text, match.start()))[-1])
            ):
                # "Perú no se ubica junto a otros 100 países en el nivel 2": no count is stated.
                continue
            if (
                claim.kind is ClaimKind.COUNT
                and _OTHERS.search(tagged.text, max(0, match.start() - 12), match.end())
                and tagged.tokens_in(
                    re.split(r"[,;:]", _clause_before(tagged.text, match.start()))[-1], "C"
                )
            ):
                # "Perú se ubica junto a otros 100 países en el nivel 2": the others are not the
                # tier's size; the readers of companions count them with the countries named.
                continue
            context = None
            if claim.kind in (ClaimKind.GROUP, ClaimKind.COUNT):
                context = _group_of(match, tagged)[1]
            years, end = _claim_years(tagged, earlier.end() if earlier else match.end())
            if not years and "rest" in match.re.groupindex and match.group("rest"):
                # "cayó una categoría en 2014, desde el Nivel 1 al Nivel 2": the move's own year.
                inside = _REST_YEAR.match(match.group("rest"))
                years = (int(tagged.tokens[int(inside.group("i"))].value),) if inside else ()
            since = None
            if claim.kind is ClaimKind.TIER and not claim.negated and not years:
                after = _SINCE.match(tagged.text, end)
                fronted = _SINCE_BEFORE.search(_clause_before(tagged.text, match.start()))
                if "since" in match.re.groupindex and match.group("since"):
                    # the rule's own "desde 2003" ("Cuba llevaba desde 2003 dentro del ...")
                    after = _SINCE.match(" " + match.group("since"))
                    since = int(tagged.tokens[int(after.group("i"))].value) if after else None
                elif after:
                    since = int(tagged.tokens[int(after.group("i"))].value)
                    end = after.end()
                elif fronted:
                    # "Desde 2012, Perú permanece en el Nivel 2"
                    since = int(tagged.tokens[int(fronted.group("i"))].value)
            among = None
            if rule.name in ("among-n", "entre-los-n", "one-of-n"):
                numbers = tagged.tokens_in(match.group("n"), "N")
                among = int(numbers[0].value) if numbers else None
            previous = None
            if "n0" in match.re.groupindex:
                numbers = tagged.tokens_in(match.group("n0"), "N")
                previous = int(numbers[0].value) if numbers else None
            listed: tuple[str, ...] = ()
            if "listed" in match.re.groupindex:
                listed = _codes(tagged.tokens_in(match.group("listed"), "C"))
            found.append(
                _Found(
                    claim,
                    match.start(),
                    end,
                    context,
                    years=years,
                    since=since,
                    listed=listed,
                    among=among,
                    previous=previous,
                    rule=rule.name,
                    back=back,
                    relative=_in_relative_clause(match) or rule.name.startswith("apposition"),
                )
            )
    return found


_REST_YEAR = re.compile(
    r"^[^\u27e6]{0,40}?\ben\s+\u27e6Y(?P<i>\d+)\u27e7\s*,?\s+(?:de|del|desde|a|al|hasta|hacia)\b"
)
# What a claim's own clause says after it may date it: "... in last year's report" is the
# report before; "in later reports", "until 2019" are other times, which are left alone. A
# subordinate clause ("after it followed advice given last year") does not date the claim.
# English only; "the year before", "the previous year" compare rather than date.
_ONE_BACK = re.compile(r"^[^,;:]*?\b(?:in\s+)?last\s+year(?:'s\s+(?:report|edition|ranking))?\b")
_SUBORDINATE = re.compile(
    r"\b(?:after|because|since|when|while|despite|although|though|which|who|whose|that|"
    r"tras|porque|cuando|aunque|despues|luego)\b"
)


_BEFORE_THEN = re.compile(
    r"^[\"']?\s*,?\s*(?:before|prior\s+to)\s+(?:the\s+)?\u27e6Y\d+\u27e7(?!\s*(?:report|tip))"
)


def _time_after(tail: str) -> int | None:
    """0: the claim is about the report its sentence is about; 1: about the one before;
    None: about some other time."""
    if _BEFORE_THEN.match(tail):
        return None  # "Peru was on Tier 3 before 2007": some time before, not this report
    tail = TOKEN.sub(" ", tail)
    cut = _SUBORDINATE.search(tail)
    if cut:
        tail = tail[: cut.start()]
    if _ONE_BACK.match(tail):
        return 1
    return None if _OTHER_TIME.match(tail) else 0


_RELATIVE_OPENING = re.compile(r"\s*,?\s+(?:which|who)\b[^,;:]*$")


def _in_relative_clause(match: re.Match[str]) -> bool:
    """ "The department put Japan, which was a Tier 2 country, on the Watch List": the claim
    "Japan, which was a Tier 2 country" is the relative clause's, and stands beside the main
    clause's claim about the same country."""
    groups = match.re.groupindex
    if "subj" not in groups or "verb" not in groups or match.start("verb") < 0:
        return False
    between = match.string[match.end("subj") : match.start("verb")]
    return bool(_RELATIVE_OPENING.match(between))


# A move that did not happen: "an otherwise required downgrade", "evitó el descenso".
_UNREAL_MOVE = re.compile(
    r"\b(?:otherwise|required|potential|possible|automatic|avoid\w*|escap\w*|risk\w*|"
    r"de\s+otro\s+modo|posible|automatic[oa]|evit\w*|riesgo\s+de)\s+(?:(?:an?|the|el|la|un|una)\s+)?"
    r"(?:[a-z]+\s+){0,1}$"
)
# A prediction ("Malaysia will fall to Tier 3 in this year's report, sources said") is a claim
# about the coming report, unless a condition hangs on it.
_FUTURE = re.compile(r"\b(?:will|sera|seran)\b")
_CONDITION = re.compile(r"\b(?:if|unless|whether|otherwise|si|a\s+menos\s+que|salvo\s+que)\b")
# "Sanctions may be placed on Russia, whose rating ... has been downgraded": the claim is in
# a relative clause of its own, which the main clause's "may" does not govern.
_RELATIVE = re.compile(r",\s+(?:whose|which|who|que|cuyo|cuya)\b")
# "... en el nivel 3 desde 2014", "on Tier 3 since 2014": a streak up to the claim's year.
_SINCE = re.compile(
    r"\s*,?\s*(?:(?:every|each)\s+year\s+|ever\s+|"
    r"where\s+(?:it|\u27e6C\d+\u27e7)\s+has\s+(?:been|remained|stayed|sat)\s+(?:ever\s+)?"
    # "ranked Tier 3, as it has been every year since 2003"
    r"|as\s+(?:it|they|\u27e6C\d+\u27e7)\s+(?:has|have)\s+(?:been\s+)?(?:(?:every|each)\s+year\s+|ever\s+)?)?"
    r"(?:desde|since)\s+(?:(?:el|the)\s+)?(?:(?:ano|year|informe|reporte)\s+(?:de\s+)?)?"
    r"\u27e6Y(?P<i>\d+)\u27e7"
    r"(?!\s*(?:report|informe|tip))"
)


_SINCE_BEFORE = re.compile(
    r"^\W*(?:desde|since)\s+(?:(?:el|the)\s+)?(?:(?:ano|year)\s+)?\u27e6Y(?P<i>\d+)\u27e7\s*,?\s*$"
)


def _clause_before(text: str, start: int) -> str:
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, start):
        if match.group() != ",":
            clause_start = match.end()
    return text[clause_start:start]


def _group_of(match: re.Match[str], tagged: Tagged) -> tuple[str | None, int | None]:
    """The group the claim names, or one named earlier in the sentence ("In Latin America,
    only ..."): (slug, None) or (slug, tagged offset of the earlier mention)."""
    for name in ("g", "gadj", "g2"):
        if name in match.re.groupindex and match.group(name):
            tokens = tagged.tokens_in(match.group(name), "G")
            if tokens:
                return tokens[0].value, None
    after = _TOKEN_AFTER.match(tagged.text, match.end())
    if after and after.group("kind") == "G":
        token = tagged.tokens[int(after.group("index"))]
        if token.value == WORLD:
            return WORLD, None
    earlier = [
        (m.start(), tagged.tokens[int(m.group("index"))])
        for m in TOKEN.finditer(tagged.text, 0, match.start())
        if m.group("kind") == "G"
    ]
    if earlier:
        position, token = earlier[-1]
        return token.value, position
    return None, None


def _build(rule: Rule, match: re.Match[str], tagged: Tagged, vocab: Vocabulary) -> Claim | None:
    groups = match.groupdict()
    subject = tagged.tokens_in(groups.get("subj"), "C")
    countries = _codes(subject)
    tier_tokens = tagged.tokens_in(groups.get("t"), "T")
    tier = tier_tokens[0].value if tier_tokens else None
    verb = groups.get("verb") or ""
    negated = bool(groups.get("neg"))
    base = Claim(kind=rule.kind, text="", span=(0, 0))
    # (one token for several countries, "ambos países", is a plural subject)
    if len(subject) > 1 and _one_subject(match, vocab):
        countries = countries[-1:]
    if "subj" in match.re.groupindex and match.group("subj") is not None:
        negated = negated or bool(_NEITHER.search(tagged.text, 0, match.start("subj")))

    if rule.kind is ClaimKind.TIER:
        if not countries or tier is None:
            return None
        unchanged = vocab.is_unchanged(verb, match.group()) and not negated
        return replace(base, countries=countries, tier=tier, negated=negated, unchanged=unchanged)

    if rule.kind is ClaimKind.CHANGE:
        if not countries:
            return None
        from_tier, to_tier = _rest_tiers(groups.get("rest") or "", tagged, vocab)
        lost = tagged.tokens_in(groups.get("lost"), "T")
        regained = tagged.tokens_in(groups.get("regained"), "T")
        if lost or regained:
            # "lost its Tier 1 status": out of that tier; "regained its Tier 1 status": into it.
            return replace(
                base,
                countries=countries,
                tier=regained[0].value if regained else None,
                from_tier=lost[0].value if lost else None,
                # Only losing the top tier, or regaining it, says which way the country went.
                direction=("down" if lost and lost[0].value == "1" else
                           "up" if regained and regained[0].value == "1" else None),
                negated=negated,
            )  # fmt: skip
        left = tagged.tokens_in(groups.get("left"), "T")
        if left:
            from_tier = left[0].value
        reached = tagged.tokens_in(groups.get("reached"), "T")
        if reached:
            to_tier = reached[0].value
        direction = vocab.direction(verb)
        rest = groups.get("rest") or ""
        if direction is None and re.search(r"\b(?:up|arriba)\b", verb + rest):
            direction = "up"
        if direction is None and re.search(r"\b(?:down|abajo)\b", verb + rest):
            direction = "down"
        if direction is None and to_tier is None and from_tier is None:
            # "con la salida de Bolivia ... y la entrada de Cuba" to and from the one tier the
            # sentence speaks of ("la lista negra").
            named = {t.value for t in tagged.tokens if t.kind == "T" and t.value}
            noun = _EXIT_OR_ENTRY.fullmatch(verb.strip())
            if len(named) != 1 or noun is None:
                return None
            if noun.group("exit"):
                from_tier = next(iter(named))
            else:
                to_tier = next(iter(named))
        if _DROPPED_OFF.match(verb + rest) and to_tier is None and from_tier in ("2WL", "3"):
            direction = None  # "dropped off the watch list": taken off it, not down a tier
        return replace(
            base,
            countries=countries,
            tier=to_tier,
            from_tier=from_tier,
            direction=direction,
            negated=negated,
        )

    if rule.kind is ClaimKind.GROUP:
        if not countries or tier is None:
            return None
        return replace(
            base,
            countries=countries,
            tier=tier,
            relation=vocab.relation(groups.get("rel")),
            group=_group_of(match, tagged)[0],
        )

    if rule.kind is ClaimKind.MOVES:
        numbers = tagged.tokens_in(groups.get("n"), "N")
        direction = vocab.direction(verb)
        if re.search(r"\b(?:higher|better)\b", match.group()):
            direction = "up"
        if not numbers or direction is None:
            return None
        return replace(
            base,
            count=int(numbers[0].value),
            direction=direction,
            comparator=vocab.comparator(groups.get("cmp")),
        )

    # COUNT
    numbers = tagged.tokens_in(groups.get("n"), "N")
    if not numbers or tier is None:
        return None
    if _AMONG_BEFORE.search(tagged.text, 0, match.start()):
        return None  # "among 19 countries on Tier 3" is read with its subject ("among-n")
    if (
        rule.name == "n-countries-on"
        and _DEFINITE_BEFORE.search(tagged.text, 0, match.start())
        and _COUNT_VERB_IN.search(TOKEN.sub(" ", match.group()))
    ):
        # "The three countries remain on Tier 3": those three, not all there are ("the 19
        # countries on Tier 3", with no verb, is still a count).
        return None
    return replace(
        base,
        tier=tier,
        count=int(numbers[0].value),
        comparator=vocab.comparator(groups.get("cmp")),
        relation=vocab.relation(groups.get("rel")),
        group=_group_of(match, tagged)[0],
    )


_DROPPED_OFF = re.compile(r"\s*dropp?(?:ed|s)?\s+off\b")
# "ni Cuba ni Venezuela", "Neither Peru nor Chile is on Tier 3": a negation of the list.
_NEITHER = re.compile(r"\b(?:ni|neither)\s+$")
_COORDINATED = re.compile(
    r"\b(?:and|or|nor|y|e|o|u|as\s+well\s+as|asi\s+como|como|al\s+igual\s+que|junto\s+(?:a|con))\b|&"
)


def _one_subject(match: re.Match[str], vocab: Vocabulary) -> bool:
    """A subject list with no conjunction before a verb in the singular: only its last
    country is the subject ("Al excluir a Venezuela, Cuba queda ...")."""
    if vocab.singular is None or not {"subj", "verb"} <= set(match.re.groupindex):
        return False
    if match.group("verb") is None or match.start("subj") > match.start("verb"):
        return False
    if _COORDINATED.search(TOKEN.sub(" ", match.group("subj"))):
        return False
    return bool(vocab.singular.match(match.group("verb").strip()))


_EXIT_OR_ENTRY = re.compile(
    r"(?P<exit>salida|exit|removal|retiro)|(?P<entry>entrada|ingreso|inclusion|entry|addition)"
)


def _rest_tiers(rest: str, tagged: Tagged, vocab: Vocabulary) -> tuple[str | None, str | None]:
    from_tier = to_tier = None
    for piece in re.finditer(r"(?P<prep>[a-z][a-z\s]*?)\s+[\"']?(?P<token>\u27e6T\d+\u27e7)", rest):
        prep = re.sub(r"\s+", " ", piece.group("prep").strip())
        prep = re.sub(
            r"(?:\s(?:categoria|grupo|clasificacion|status|category)(?:\s(?:de|del|of))?)+$",
            "",
            prep,
        )
        prep = re.sub(r"\s(?:the|el|la|su|its|their)$", "", prep)
        token = tagged.tokens_in(piece.group("token"), "T")
        if not token:
            continue
        prep = _leading_preposition(prep, vocab)
        if prep in vocab.from_words:
            from_tier = token[0].value
        elif prep in vocab.to_words:
            to_tier = token[0].value
    return from_tier, to_tier


def _leading_preposition(words: str, vocab: Vocabulary) -> str:
    """ "to a", "and into the dreaded", "to" : the preposition the words open with."""
    words = re.sub(r"^(?:and|y|e)\s+", "", words)
    parts = re.sub(r"^(?:a|one)\s+(?:tier|level|notch)\s+", "", words).split()
    for size in range(len(parts), 0, -1):
        candidate = " ".join(parts[:size])
        if candidate in vocab.from_words or candidate in vocab.to_words:
            return candidate
    return words


def _clash(item: _Found, other: _Found, tagged: Tagged) -> bool:
    """Do two claims read the same words? Two claims that share only a tier ("mantuvo a Cuba
    fuera de la lista negra, en la que incluye a Belice") are about different countries."""
    start, end = max(item.start, other.start), min(item.end, other.end)
    if start >= end or item.relative != other.relative:
        return False
    shared = tagged.text[start:end]
    if "\u27e6C" in shared or not TOKEN.search(shared):
        return True
    # "se ubica en la misma lista donde están ... Bolivia": a preposition and a tier shared.
    words_left = re.sub(
        r"\b(?:the|its|their|la|el|los|las|su|a|an|en|on|in)\b", "", TOKEN.sub("", shared)
    )
    return bool(re.search(r"[a-z]", words_left))


def _resolve(found: list[_Found], tagged: Tagged) -> list[_Found]:
    """Keep non-overlapping claims: groups, then counts, changes and tiers; longer first."""
    ordered = sorted(found, key=lambda f: (_PRIORITY[f.claim.kind], -(f.end - f.start), f.start))
    chosen: list[_Found] = []
    for item in ordered:
        if any(_clash(item, other, tagged) for other in chosen):
            continue
        chosen.append(item)
    # "the downgrading of Thailand (Tier 3)": the bracketed tier is a claim of its own; so is
    # the move of "Peru was one of 12 countries downgraded to Tier 3", beside the count.
    for item in ordered:
        if item.rule not in ("brackets", "parentesis", "one-of-n-moved") or item in chosen:
            continue
        if not any(
            o.claim.kind is ClaimKind.TIER and item.start < o.end and o.start < item.end
            for o in chosen
        ):
            chosen.append(item)
    # A group named inside another claim belongs to that claim, not to this one.
    result = []
    for item in chosen:
        at = item.context_group_at
        if at is not None and any(o.start <= at < o.end for o in chosen if o is not item):
            item = replace(item, claim=replace(item.claim, group=None), context_group_at=None)
        result.append(item)
    return result


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$")
_COUNT_VERB_IN = re.compile(
    r"\b(?:are|were|was|is|remain\w*|sit|sat|stay\w*|been|ended\s+up|landed|appear\w*)\b"
)
_AMONG_BEFORE = re.compile(
    r"\b(?:among|entre|one\s+of|uno\s+de|una\s+de)\s+(?:the\s+|los\s+|las\s+)?$"
)


# --- the clause reader ------------------------------------------------------------------------

# The last list of countries before a tier, and what stands between them (no other country, no
# end of sentence): "Peru, after a year of reforms under a new government, is again on Tier 2".
_SUBJECT_BEFORE = re.compile(
    rf"(?P<subj>{CL})(?P<between>(?:[^\u27e6.;:!?]|\u27e6[YNOG]\d+\u27e7){{1,160}})$"
)


def _clause_claims(module: ModuleType, tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    """Claims the rules did not read, from the shape of a clause: a list of countries, then
    words with a verb of being, placing or moving and no other country, then a preposition and
    a tier. Only where no claim was read over that stretch, and never across a negation or a
    hypothetical ("could", "if")."""
    vocab: Vocabulary = module.VOCABULARY
    extra: list[_Found] = []
    preps = {p: kind for kind, words in (("at", module.LOOSE_AT), ("to", module.LOOSE_TO),
             ("from", module.LOOSE_FROM)) for p in words}  # fmt: skip
    prep_pattern = re.compile(
        r"\b(?P<prep>"
        + "|".join(
            sorted((re.escape(p).replace(r"\ ", r"\s+") for p in preps), key=len, reverse=True)
        )
        + rf")\s+{QT_LOOSE}$"
    )
    for match in TOKEN.finditer(tagged.text):
        if match.group("kind") != "T":
            continue
        token = tagged.tokens[int(match.group("index"))]
        if not token.value:
            continue
        before = _SUBJECT_BEFORE.search(tagged.text, 0, match.start())
        if not before:
            continue
        start, end = before.start("subj"), match.end()
        if any(start < f.end and f.start < end for f in chosen + extra):
            continue
        between = TOKEN.sub(" ", before.group("between"))
        prep_match = prep_pattern.search(before.group("between"))
        if not prep_match:
            continue
        verb = between[: len(between) - len(prep_match.group())] if prep_match else between
        if module.LOOSE_NEG.search(verb) or vocab.hypothetical.search(verb):
            continue
        if _LOOSE_MODAL.search(verb) or _NOT_A_MOVE.search(verb):
            continue
        back = _time_after(tagged.text[end:])
        if back is None:
            continue
        if _hypothetical(tagged, start, vocab):
            continue
        if _NEITHER.search(tagged.text, 0, start):
            continue
        subject = tagged.tokens_in(before.group("subj"), "C")
        countries = _codes(t for t in subject if not _author(tagged, t))
        if not countries:
            continue
        kind = preps[re.sub(r"\s+", " ", prep_match.group("prep"))]
        direction = vocab.direction(verb)
        claim: Claim | None = None
        modifier = _MODIFIER_BEFORE.search(tagged.text, 0, start)
        if kind == "at" and direction is None and not verb.strip() and modifier:
            # "countries such as Iran and Syria on Tier 3", "junto a Cuba en el nivel 3"
            claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=token.value)
        elif kind == "at" and direction is None and module.LOOSE_BE.search(verb):
            unchanged = vocab.is_unchanged(verb.strip(), verb)
            claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=token.value,
                          unchanged=unchanged)  # fmt: skip
        elif kind == "to" and direction is not None:
            claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=token.value,
                          direction=direction)  # fmt: skip
        elif kind == "from" and direction is not None:
            claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries,
                          from_tier=token.value, direction=direction)  # fmt: skip
        if claim is not None:
            years, end = _claim_years(tagged, end)
            since = None
            after = _SINCE.match(tagged.text, end) if claim.kind is ClaimKind.TIER else None
            if after and not years:
                # "Peru has remained on the Watch List since 2015": a run up to this report.
                since, end = int(tagged.tokens[int(after.group("i"))].value), after.end()
            extra.append(
                _Found(claim, start, end, years=years, since=since, rule="clause", back=back)
            )
    return extra


def _counts_of_last_resort(tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    """Counts no pattern read (counts.py); "rose to 23 from 19" is also a count of 19 in the
    report before."""
    taken = [f for f in chosen if f.claim.kind in (ClaimKind.COUNT, ClaimKind.MOVES)]
    result: list[_Found] = []
    for read in counts.read_counts(tagged):
        if any(f.start < read.end and read.start < f.end for f in taken):
            continue
        claim = Claim(
            kind=ClaimKind.COUNT,
            text="",
            span=(0, 0),
            tier=read.tier,
            count=read.count,
            comparator=read.comparator,
        )
        result.append(_Found(claim, read.start, read.end, rule="count"))
        if read.previous is not None:
            earlier = replace(claim, count=read.previous, comparator=Comparator.EXACTLY)
            result.append(_Found(earlier, read.start, read.end, rule="count", back=1))
    return result


def _compared_moves(tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    """ "un ascenso respecto a 2024" (comparisons.py): a move of the country the sentence
    names (or means: "el país"), unless a change claim already says it."""
    result: list[_Found] = []
    countries = [t for t in tagged.tokens if t.kind == "C" and not _author(tagged, t)]
    codes = _codes(countries[:1])
    for move in comparisons.read_compared_moves(tagged):
        if not codes or any(
            f.claim.kind is ClaimKind.CHANGE and set(codes) <= set(f.claim.countries)
            for f in chosen
        ):
            continue
        claim = Claim(
            kind=ClaimKind.CHANGE, text="", span=(0, 0), countries=codes, direction=move.direction
        )
        result.append(_Found(claim, move.start, move.end, years=(move.year,), rule="compared"))
    return result


def _fallback_claims(module: ModuleType, tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    """The language's reading of last resort (`fallback_en`, `fallback_es`), over the clauses
    nothing read."""
    fallback = getattr(module, "FALLBACK", None)
    if fallback is None:
        return []
    extra: list[_Found] = []
    covered = [(f.start, f.end) for f in chosen]
    for reading in fallback(tagged, covered, module.VOCABULARY, lambda t: _author(tagged, t)):
        back = _time_after(tagged.text[reading.end :])
        if back is None or _hypothetical(tagged, reading.start, module.VOCABULARY):
            continue
        years, end = _claim_years(tagged, reading.end)
        since = None
        reads_since = getattr(module, "FALLBACK_READS_SINCE", False)
        tier = reading.claim.kind is ClaimKind.TIER
        after = _SINCE.match(tagged.text, end) if tier and reads_since else None
        if after and not years and not reading.claim.negated:
            # "Venezuela, ranked Tier 3 since 2014, ...": a run up to this report.
            since, end = int(tagged.tokens[int(after.group("i"))].value), after.end()
        extra.append(_Found(reading.claim, reading.start, end, years=years, since=since,
                            rule="fallback", back=back))  # fmt: skip
    return extra


def _onward_tiers(module: ModuleType, tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    """Moves read without the tier they went to, completed by the language's `ONWARD_TIER`
    from the words after them ("upgraded Singapore's ranking to Tier 2")."""
    complete = getattr(module, "ONWARD_TIER", None)
    if complete is None:
        return chosen
    result: list[_Found] = []
    for item in chosen:
        done = complete(tagged, item.claim, item.end)
        if done is None:
            result.append(item)
            continue
        # "from Tier 2 last year to the Watch List": the time read after the old end dated the
        # tier it left, not the move.
        back = 0 if _YEARS_BACK.search(tagged.text, item.end, done[1]) else item.back
        result.append(replace(item, claim=done[0], end=done[1], back=back))
    return result


def _more_companions(module: ModuleType, tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    """The language's own claims about countries named beside a claim (`COMPANIONS`)."""
    reader = getattr(module, "COMPANIONS", None)
    if reader is None:
        return []
    claims = [(f.claim, f.start, f.end) for f in chosen]
    return [
        _Found(claim, start, end, rule="companions") for claim, start, end in reader(tagged, claims)
    ]


_MODIFIER_BEFORE = re.compile(
    r"\b(?:such\s+as|like|including|among\s+them|along\s+with|together\s+with|with|"
    r"como|incluid[oa]s|entre\s+ell[oa]s|junto\s+(?:a|con)|con)\s*,?\s*$"
)
_NOT_A_MOVE = re.compile(
    r"\b(?:waiver|otherwise|required|avoid\w*|escap\w*|risk\w*|exencion|dispensa|evit\w*|riesgo|"
    r"se\s+libr\w*|librarse|salv[oa]\s+de|se\s+salv\w*)\b"
)
_LOOSE_MODAL = re.compile(
    r"\b(?:may|might|could|would|will|shall|should|must|can|cannot|podr\w+|deber\w+|puede\w*|"
    r"sera|seran|tendr\w+|ir\w*\s+a)\b"
)
QT_LOOSE = r"(?:(?:la|el|su|una|los|las|the|its|their|a|an)\s+)?(?:[a-z-]+\s+)?[\"']?"


# --- "one of five countries ... The others are ..." ---------------------------------------------

_ONE_OF_MANY = re.compile(r"\bone\s+of\s+(?:the\s+|only\s+)?\u27e6N(?P<n>\d+)\u27e7\s+")
_THE_OTHERS = re.compile(
    r"(?:^\W*|[;,]\s*)(?:(?:the|and)\s+)*(?:other|others|other\s+\u27e6N\d+\u27e7)\s+"
    rf"(?:are|were|being|include|included)\s*:?\s*(?P<subj>{CL})"
)


def _one_of_many(tagged: Tagged, chosen: list[_Found]) -> tuple[_Found, int] | None:
    """A claim about a country "one of N countries" that it shares with the others."""
    for item in chosen:
        claim = item.claim
        if claim.negated or claim.kind not in (ClaimKind.TIER, ClaimKind.CHANGE):
            continue
        many = _ONE_OF_MANY.search(tagged.text, item.start, item.end)
        if many and len(claim.countries) == 1:
            return item, int(tagged.tokens[int(many.group("n"))].value)
    return None


def _the_others(
    tagged: Tagged, chosen: list[_Found], one_of: tuple[_Found, int] | None
) -> list[_Found]:
    """ "Saudi Arabia was one of five countries removed from the list. The others are Bhutan,
    ...": the same claim about the others, when they make up the number (here or in the
    sentence before)."""
    here = _one_of_many(tagged, chosen)
    for item, count in [pair for pair in (here, one_of) if pair is not None]:
        match = _THE_OTHERS.search(tagged.text, item.end if item is here else 0)
        if match is None or any(f.start <= match.start("subj") < f.end for f in chosen):
            continue
        others = tuple(
            c for c in _codes(tagged.tokens_in(match.group("subj"), "C"))
            if c not in item.claim.countries
        )  # fmt: skip
        if others and len(others) + 1 == count:
            claim = replace(item.claim, countries=others)
            return [_Found(claim, match.start("subj"), match.end(), years=item.years,
                           back=item.back, rule="the-others")]  # fmt: skip
    return []


# --- companions -------------------------------------------------------------------------------

_NOUNS = (
    r"(?:countries|nations|states|governments|countries\s+and\s+territories|"
    r"paises|naciones|estados|gobiernos)"
)
_N = r"\u27e6N\d+\u27e7"
_T = r"\u27e6T\d+\u27e7"
_QT = r"(?:(?:la|el|los|las|the|a|an)\s+)?[\"']?"
# "..., along with 21 other countries such as China and Russia"; "junto a naciones como Rusia".
_ALONG = re.compile(
    rf"\b(?:along\s+with|together\s+with|alongside|on\s+a\s+par\s+with|junto\s+(?:a|con)|"
    rf"en\s+compania\s+de|"
    rf"(?:nivel|categoria|lista|grupo)\s+(?:en\s+)?(?:el\s+|la\s+)?(?:que|donde)\s+(?:tambien\s+)?"
    rf"(?:se\s+encuentran|estan|figuran|aparecen))\s+"
    rf"(?:otr[oa]s\s+)?(?:(?P<n>{_N})\s+)?(?:other\s+|otr[oa]s\s+)?(?:[a-z]+\s+){{0,2}}?"
    rf"(?:{_NOUNS}|pais|nacion|adversari[oa]s|adversaries|aliados|allies|vecinos|neighbou?rs|"
    rf"regimenes|regimes)"
    rf"(?:\s+[a-z]+){{0,3}}?(?:\s*,)?(?:\s+(?:such\s+as|including|like|among\s+them|"
    rf"como|entre\s+ell[oa]s|incluid[oa]s|que\s+incluyen?\s+a|incluyendo\s+a))?"
    rf"(?:\s+(?P<subj>{CL}))?"
)
# "... dropped from the Tier 2 Watch List to join 20 other nations on Tier 3".
# "... were downgraded to join the worst-performing countries in Tier 3": where they went.
_JOIN = re.compile(
    rf"\b(?:to\s+)?join(?:s|ed|ing)?\s+(?:(?P<n>{_N})\s+other\s+|the\s+(?:[a-z-]+\s+){{0,2}}?)"
    rf"{_NOUNS}\s+(?:on|in|at)\s+{_QT}(?P<t>{_T})"
)
# "identified 19 "Tier 3" countries, all failing ...: Afghanistan, Armenia, ..."
_COLON_LIST = re.compile(
    rf"(?P<n>{_N})\s+{_QT}(?P<t>{_T})[\"']?\s+{_NOUNS}\b[^:;.\u27e6]{{0,200}}:\s*(?P<subj>{CL})"
)
# "The report places 12 worst offender nations in Tier 3: Belize, Burma, Cuba, ...": a count
# on a tier, then its countries after a colon (a move "to" a tier is no placement).
_COUNTED_COLON_LIST = re.compile(
    rf"(?P<n>{_N})\s+(?:[a-z-]+\s+){{0,2}}?{_NOUNS}\s+(?:on|in|at|as|among)\s+(?:this\s+)?{_QT}"
    rf"(?P<t>{_T})[\"']?(?:\s+(?:list|category|ranking|group))?\s*:\s*(?P<subj>{CL})"
)
# "comparte la categoría 2WL con 36 naciones: Argelia, Angola, ..."
_SHARES = re.compile(
    rf"\b(?:comparte|comparten|shares?|shared)\s+{_QT}(?P<t>{_T})\s+(?:con|with)\s+"
    rf"(?P<n>{_N})\s+(?:otr[oa]s\s+|other\s+)?{_NOUNS}\s*:\s*(?P<subj>{CL})"
)


_FRONT_ALONG = re.compile(
    rf"^\W*(?:junto\s+(?:a|con)|along\s+with|together\s+with)\s+(?P<subj>{CL})\s*,"
)
_OTHERS = re.compile(r"\b(?:otros|otras|other)\s+\u27e6N\d+\u27e7")
# A negation earlier in a count's clause: the count is not asserted.
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|nunca|tampoco)\b")
# "Peru and 21 other countries are on Tier 3": the list before the count is on the tier too,
# and the count is theirs together.
_AND_N_OTHER = re.compile(rf"(?P<subj>{CL})\s*,?\s+(?:and|plus)\s+(?P<n>{_N})\s+other\s+{_NOUNS}\b")
_TIER_JUST_BEFORE = re.compile(rf"(?P<t>{_T})[\"']?\s*,?\s*$")
# "... cuenta con un total de 23 países que no cumplen los estándares, entre ellos, Cuba, ..."
_COUNT_LIST = re.compile(
    rf"[^.;\u27e6]{{0,80}}?(?:\s*,)?\s*(?:entre\s+ell[oa]s|including|among\s+them|such\s+as|"
    rf"incluyendo|(?<=,)\s*como)\s*,?\s+"
    # "including other European nations Albania, Croatia, ..."
    rf"(?:(?:other\s+)?(?:[a-z]+\s+)?(?:nations|countries|states)\s+(?=\u27e6C))?(?P<subj>{CL})"
    # "... three countries that were not assigned a tier ranking (Libya, Somalia, and Yemen)"
    rf"|[^.;()\u27e6]{{0,160}}?\(\s*(?P<bracketed>{CL})\s*\)"
)


_UP_FROM = re.compile(
    r"[^.;\u27e6]{0,30}?,?\s*(?:(?:up|down)\s+from|compared\s+(?:to|with))\s+\u27e6N(?P<i>\d+)\u27e7"
    r"(?:\s+(?:countries|nations))?"
    r"(?=\s*(?:in\s+last\s+year's\s+report|last\s+year|a\s+year\s+(?:ago|earlier)|"
    # "Twenty three countries are listed as Tier 3, compared to 13 in 2010"
    r"in\s+\u27e6Y(?P<y>\d+)\u27e7|[.;,]|$))"
)
# "17 countries were listed as tier 3, 42 were on tier 2 watch list, and 93 on tier 2": more
# counts of the same kind, their verb and noun left out.
_MORE_COUNTS = re.compile(
    r"[\"']?(?:\s+(?:category|list|countries|nations))?"
    r"\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|;\s*|\s+and\s+)"
    r"(?P<n>\u27e6N\d+\u27e7)\s+(?:(?:countries|nations)\s+)?(?:(?:were|are|was|is)\s+)?"
    r"(?:(?:listed|ranked|placed|rated|classified|deemed)\s+)?"
    r"(?:(?:on|in|as|at)\s+)?(?:the\s+|a\s+)?[\"']?(?P<t>\u27e6T\d+\u27e7)[\"']?"
    r"(?:\s+(?:category|list|countries|nations))?"
)


_RESPECTIVELY = re.compile(
    rf"(?P<more>(?:\s*,\s*(?:and\s+)?|\s+and\s+){_QT}{_T}[\"']?)+\s*,?\s*respectively\b"
)


def _respectively(tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    """ "Peru and Chile were placed on Tier 2 and Tier 1 respectively": each country on its
    own tier; a list whose lengths differ is not guessed at."""
    result: list[_Found] = []
    for item in chosen:
        match = _RESPECTIVELY.match(tagged.text, item.end)
        claim = item.claim
        if not match or claim.kind not in (ClaimKind.TIER, ClaimKind.CHANGE) or not claim.tier:
            result.append(item)
            continue
        tiers = [claim.tier] + [t.value for t in tagged.tokens_in(match.group(), "T")]
        if len(tiers) != len(claim.countries):
            continue
        for code, tier in zip(claim.countries, tiers, strict=True):
            one = replace(claim, countries=(code,), tier=tier)
            result.append(replace(item, claim=one, end=match.end()))
    return result


def _add_companions(tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    """Claims about the countries a claim is made "along with": their tier, and how many
    share it ("North Korea remained on Tier 3, along with 21 other countries such as China"
    is 22 countries on Tier 3, China among them)."""
    extra: list[_Found] = []
    result = _respectively(tagged, chosen)

    def tier_claim(countries: tuple[str, ...], tier: str, start: int, end: int) -> _Found:
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
        return _Found(claim, start, end)

    def count_claim(count: int, tier: str, start: int, end: int) -> _Found:
        claim = Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=count)
        return _Found(claim, start, end)

    def before(position: int) -> _Found | None:
        earlier = [f for f in result if f.end <= position + 1 and f.claim.countries]
        return max(earlier, key=lambda f: f.end) if earlier else None

    for match in _ALONG.finditer(tagged.text):
        main = before(match.start())
        if main is None:
            # "estos tres países se encuentran en el Nivel 3, junto a naciones como Rusia":
            # the tier just before, when no claim names the countries it goes along with.
            near = _TIER_JUST_BEFORE.search(tagged.text, max(0, match.start() - 40), match.start())
            countries = _codes(tagged.tokens_in(match.group("subj"), "C"))
            if near and countries:
                tier = tagged.tokens_in(near.group("t"), "T")[0].value
                extra.append(tier_claim(countries, tier, match.start(), match.end()))
            continue
        if main.claim.negated or main.claim.tier is None:
            continue
        if main.claim.kind not in (ClaimKind.TIER, ClaimKind.STREAK, ClaimKind.CHANGE):
            continue
        tier = main.claim.tier
        numbers = tagged.tokens_in(match.group("n"), "N")
        if numbers:
            count = int(numbers[0].value) + len(main.claim.countries)
            extra.append(count_claim(count, tier, match.start(), match.end()))
        countries = _codes(tagged.tokens_in(match.group("subj"), "C"))
        if countries:
            extra.append(tier_claim(countries, tier, match.start(), match.end()))
    fronted = _FRONT_ALONG.match(tagged.text)
    counts = [f for f in result if f.claim.kind is ClaimKind.COUNT and f.claim.tier]
    if fronted and counts:
        # "Junto a Cuba, Venezuela y Nicaragua, hay otros 19 países en la lista negra".
        item = counts[0]
        countries = tuple(t.value for t in tagged.tokens_in(fronted.group("subj"), "C"))
        tier = item.claim.tier or ""
        extra.append(tier_claim(countries, tier, fronted.start("subj"), fronted.end("subj")))
        others = _OTHERS.search(tagged.text, max(0, item.start - 12), item.end)
        if others and item.claim.count is not None:
            grown = replace(item.claim, count=item.claim.count + len(countries))
            result = [replace(f, claim=grown) if f is item else f for f in result]
    for match in _JOIN.finditer(tagged.text):
        main = before(match.start())
        tiers = tagged.tokens_in(match.group("t"), "T")
        numbers = tagged.tokens_in(match.group("n"), "N")
        if main is None or not tiers or main.claim.negated:
            continue
        tier = tiers[0].value
        if not numbers:
            if main.claim.kind is ClaimKind.CHANGE and main.claim.tier is None:
                moved = replace(main, claim=replace(main.claim, tier=tier), end=match.end())
                result = [moved if f is main else f for f in result]
            continue
        count = int(numbers[0].value) + len(main.claim.countries)
        # "20 other nations on Tier 3" alone would read as 20: the movers join them.
        result = [
            f
            for f in result
            if not (
                f.claim.kind is ClaimKind.COUNT and f.start < match.end() and match.start() < f.end
            )
        ]
        extra.append(count_claim(count, tier, match.start(), match.end()))
        if main.claim.kind is ClaimKind.CHANGE and main.claim.tier is None:
            moved = replace(main, claim=replace(main.claim, tier=tier), end=match.end())
            result = [moved if f is main else f for f in result]
    for item in result:
        if item.among is not None and item.claim.tier and not item.claim.negated:
            extra.append(count_claim(item.among, item.claim.tier, item.start, item.end))
    for match in _AND_N_OTHER.finditer(tagged.text):
        inside = [
            f
            for f in result
            if f.claim.kind is ClaimKind.COUNT
            and f.claim.tier
            and match.start("n") <= f.start < match.end()
            and f.claim.count == int(tagged.tokens_in(match.group("n"), "N")[0].value)
        ]
        countries = _codes(tagged.tokens_in(match.group("subj"), "C"))
        if len(inside) != 1 or not countries or inside[0].claim.count is None:
            continue
        counted_item, total = inside[0], (inside[0].claim.count or 0) + len(countries)
        joined = replace(counted_item, claim=replace(counted_item.claim, count=total))
        result = [joined if f is counted_item else f for f in result]
        tier = counted_item.claim.tier or ""
        extra.append(tier_claim(countries, tier, match.start(), match.end()))
    counted = [f for f in result if f.claim.kind is ClaimKind.COUNT and f.claim.tier]
    for item in list(counted):
        end = item.end
        while more := _MORE_COUNTS.match(tagged.text, end):
            if any(f.start < more.end() and more.start() < f.end for f in counted):
                break  # read already ("..., and 32 other countries listed as tier 1")
            number = tagged.tokens_in(more.group("n"), "N")[0].value
            tier = tagged.tokens_in(more.group("t"), "T")[0].value
            if not number.isdigit() or not tier:
                break
            found = count_claim(int(number), tier, more.start("n"), more.end())
            extra.append(found)
            counted.append(found)
            end = more.end()
    for item in [f for f in result if f.claim.kind is ClaimKind.COUNT and f.claim.tier]:
        previous = item.previous
        when: tuple[int, ...] = ()
        if previous is None:
            change = _UP_FROM.match(tagged.text, item.end)
            if change:
                previous = int(tagged.tokens[int(change.group("i"))].value)
                if change.group("y"):
                    when = (int(tagged.tokens[int(change.group("y"))].value),)
        if previous is not None:
            # "21 countries on Tier 3, up from 19 last year": the count in the report before
            # (or in the year named: "compared to 13 in 2010").
            claim = replace(item.claim, count=previous, comparator=Comparator.EXACTLY)
            back = 0 if when else 1
            result.append(
                _Found(claim, item.start, item.end, years=when, back=back, rule="previous-count")
            )
        if item.listed:
            # "only 31 countries including Australia, ... were listed as Tier 1 countries"
            extra.append(tier_claim(item.listed, item.claim.tier or "", item.start, item.end))
        listed = _COUNT_LIST.match(tagged.text, item.end)
        if listed:
            name = "subj" if listed.group("subj") else "bracketed"
            countries = _codes(tagged.tokens_in(listed.group(name), "C"))
            tier = item.claim.tier or ""
            extra.append(tier_claim(countries, tier, listed.start(name), listed.end()))
    for pattern in (_COLON_LIST, _COUNTED_COLON_LIST, _SHARES):
        for match in pattern.finditer(tagged.text):
            tiers = tagged.tokens_in(match.group("t"), "T")
            countries = _codes(tagged.tokens_in(match.group("subj"), "C"))
            if not tiers or not countries:
                continue
            said = TOKEN.sub(" ", _clause_before(tagged.text, match.start()) + match.group("n"))
            if pattern is _COUNTED_COLON_LIST and (
                _NEGATED_BEFORE.search(said) or _LOOSE_MODAL.search(said)
            ):
                continue  # "12 nations could be placed in Tier 3: ...": no placement stated
            if pattern is _SHARES:
                numbers = tagged.tokens_in(match.group("n"), "N")
                if numbers:
                    extra.append(
                        count_claim(
                            int(numbers[0].value) + 1,
                            tiers[0].value,
                            match.start(),
                            match.start() + 1,
                        )
                    )
            at = match.start("subj")
            extra.append(tier_claim(countries, tiers[0].value, at, match.end()))
    taken = [(f.start, f.end, f.claim.kind) for f in result]
    for item in extra:
        same = any(
            kind is item.claim.kind and item.start < end and start < item.end
            for start, end, kind in taken
        )
        if not same:
            result.append(item)
    return result


# --- streaks ----------------------------------------------------------------------------------


# "upgraded to Tier 2 after remaining on the Watch List for four years": a plain "for four
# years" right after the tier a country stayed on until a move is a run of reports too.
_AFTER_STAYING_ON = re.compile(
    rf"{_AFTER_SUBJECT}(?:remaining|staying|sitting|being|languishing|spending\s+time)\s+"
    r"(?:on|in|at)\s+(?:the\s+|a\s+)?[\"']?\u27e6T\d+\u27e7[\"']?\s*$"
)


# "Ecuador has been on the Watch List for two years": being on a tier up to now is a stay.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:now|also|still)\s+)?been\b")


def _right_after_a_stay(tagged: Tagged, found: list[_Found], start: int, end: int) -> bool:
    """ "Peru stayed on Tier 2 for four years", "remained on Tier 2 for the fifth year",
    "retained - for the fifth year - its Tier 2 position": a duration right after (or set
    apart inside) a claim of staying counts a run of reports."""
    return any(
        f.claim.kind is ClaimKind.TIER
        and not f.claim.negated
        and (
            (
                (f.claim.unchanged or _PRESENT_PERFECT.search(tagged.text, f.start, f.end))
                and f.end <= start
                and not tagged.text[f.end : start].strip(" \"'")
            )
            or (f.claim.unchanged and f.start < start and end <= f.end)
        )
        for f in found
    )


_NOT_A_RUN = re.compile(r"\b(?:cumulative|cumulatively|total|combined|altogether|in\s+all)\b")
_YEARS_OF_DOING = re.compile(r"\s+of\s+(?:[a-z]+\s+)?[a-z]+ing\b")


def _add_streaks(module: ModuleType, tagged: Tagged, chosen: list[_Found]) -> list[_Found]:
    """Add "nth consecutive year" claims; one that restates a tier claim replaces it."""
    result = list(chosen)
    for pattern in module.STREAKS:
        for match in pattern.finditer(tagged.text):
            # "after three years on Tier 1" needs no "consecutive": the run ended with a move.
            stayed = _AFTER_STAYING_ON.search(
                tagged.text, max(0, match.start() - 90), match.start()
            )
            after_run = "afterrun" in pattern.groupindex or stayed is not None
            if (
                not after_run
                and not module.STREAK_NEEDS.search(match.group())
                and not (
                    _right_after_a_stay(tagged, result, match.start(), match.end())
                    and re.search(r"\b(?:years?|reports?)\b", match.group())
                )
            ):
                continue
            if _NOT_A_RUN.search(match.group()):
                continue  # "for a cumulative period of 13 years": years apart, not a run
            if _YEARS_OF_DOING.match(tagged.text, match.end()):
                continue  # "after two consecutive years of failing to act": not a placement
            overlaps = any(match.start() < f.end and f.start < match.end() for f in result)
            if overlaps and not _inside_tier_claim(match, result):
                continue
            if _hypothetical(tagged, match.start(), module.VOCABULARY) and not _prediction(
                tagged, match.start(), module.VOCABULARY
            ):
                continue
            clause = _CLAUSE_BREAK.split(tagged.text[: match.start()])[-1]
            if _NEGATED_STREAK.search(TOKEN.sub(" ", clause)):
                continue
            stayed_on = tagged.tokens_in(stayed.group(), "T")[-1].value if stayed else None
            streak = _streak(match, tagged, result, module, stayed_on)
            if streak is not None:
                result = streak
    return result


def _prediction(tagged: Tagged, start: int, vocabulary: Vocabulary) -> bool:
    """ "Malaysia will fall to Tier 3 after spending three years on the Watch List": a
    prediction with no condition, whose streak is a fact about the reports before."""
    if _CONDITION.search(tagged.text):
        return False
    clause = TOKEN.sub(" ", _CLAUSE_BREAK.split(tagged.text[:start])[-1])
    return not vocabulary.hypothetical.search(_FUTURE.sub(" ", clause))


def _inside_tier_claim(match: re.Match[str], found: list[_Found]) -> bool:
    return all(
        f.claim.kind in (ClaimKind.TIER, ClaimKind.CHANGE)
        for f in found
        if match.start() < f.end and f.start < match.end()
    )


def _streak(
    match: re.Match[str],
    tagged: Tagged,
    found: list[_Found],
    module: ModuleType,
    stayed_on: str | None = None,
) -> list[_Found] | None:
    groups = match.groupdict()
    ordinal = tagged.tokens_in(groups.get("o"), "O")
    number = tagged.tokens_in(groups.get("n"), "N")
    if not ordinal and not number:
        return None
    years = int((ordinal or number)[0].value)
    at_least_text = groups.get("atleast") or groups.get("atleast2") or groups.get("atleast3")
    at_least = bool(at_least_text)
    if at_least_text and at_least_text.startswith("mas"):
        years += 1

    # The claim it belongs to: the nearest tier or change claim before it, or around it.
    owner = None
    for item in sorted(found, key=lambda f: f.start):
        if item.claim.kind in (ClaimKind.TIER, ClaimKind.CHANGE) and item.start <= match.start():
            owner = item
    if owner is None:
        # "Por noveno año consecutivo, Perú se mantiene en el Nivel 2."
        later = [
            f
            for f in sorted(found, key=lambda f: f.start)
            if f.claim.kind is ClaimKind.TIER and f.start >= match.end()
        ]
        owner = later[0] if later else None
    countries: tuple[str, ...]
    tier = None
    if owner is not None:
        countries = owner.claim.countries
        tier = owner.claim.tier
    else:
        # Not the report's author: "The Maldives has appeared on the US State Department's
        # Tier Two Watch List for the third year in a row".
        before = [
            t
            for t in _tokens_between(tagged, 0, match.start())
            if t.kind == "C" and not _author(tagged, t)
        ]
        after = [
            t
            for t in _tokens_between(tagged, match.end(), len(tagged.text))
            if t.kind == "C" and not _author(tagged, t)
        ]
        if before:
            countries = _codes(before[-1:])
        elif after:
            countries = _codes(after[:1])
        else:
            return None
    end = match.end()
    own_year = None
    own_tier = None
    for _ in range(2):
        span = _YEAR_RANGE.match(tagged.text, end)
        if span:
            # "4 consecutive years (2012 to 2015)": the run ends with the second year.
            own_year = int(tagged.tokens[int(span.group("last"))].value)
            end = span.end()
        following = module.TIER_AFTER.match(tagged.text, end)
        if following:
            tier_token = tagged.tokens_in(following.group("t"), "T")
            if tier_token:
                tier = own_tier = tier_token[0].value
                end = following.end()
    if own_tier is None and stayed_on is not None:
        tier = own_tier = stayed_on  # the tier it stayed on, not the one it moved to
    if tier is None:
        earlier = [t for t in _tokens_between(tagged, 0, match.start()) if t.kind == "T"]
        tier = earlier[-1].value if earlier else None

    if tier is None and groups.get("before"):
        return None  # "invirtió más durante los tres años anteriores": years of something else
    start = match.start()
    result = list(found)
    # "coloca al país en el Nivel 2, tras permanecer dos años consecutivos en la Lista de
    # Vigilancia": a streak on another tier than the claim before it is a claim of its own.
    apart = owner is not None and own_tier is not None and owner.claim.tier not in (None, own_tier)
    if owner is not None and apart:
        countries = owner.claim.countries
    elif owner is not None and owner.claim.kind is ClaimKind.TIER and not owner.claim.negated:
        # "keeps Peru on Tier 2 for the ninth consecutive year": one claim, the streak.
        result.remove(owner)
        start = min(start, owner.start)
        end = max(end, owner.end)
    elif owner is not None and owner.start < match.end() and match.start() < owner.end:
        return None
    claim = Claim(
        kind=ClaimKind.STREAK,
        text="",
        span=(0, 0),
        countries=countries,
        tier=tier,
        years=years,
        at_least=at_least,
    )
    # Trim the leading preposition ("for", "por") from a stand-alone streak's span.
    while start < end and tagged.text[start] == " ":
        start += 1
    # "los cuatro años anteriores": the run ended in the report before.
    back = 1 if groups.get("before") and own_year is None else 0
    result.append(_Found(claim, start, end, year=own_year, back=back))
    return result


def _tokens_between(tagged: Tagged, start: int, end: int) -> list[Token]:
    return [tagged.tokens[int(m.group("index"))] for m in TOKEN.finditer(tagged.text, start, end)]


__all__ = [
    "Claim",
    "ClaimKind",
    "Comparator",
    "Gazetteer",
    "Relation",
    "detect_language",
    "extract_claims",
]
