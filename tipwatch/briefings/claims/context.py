"""What a sentence means through the text before it: countries, tiers and years it does not
name.

* Countries through their people: "Los colombianos pasaron del primero al segundo grupo", "the
  Saudis were moved up". A plural word for a country's people stands for the country only when
  the text has named that country (in this sentence or before): the words come from the
  country's own aliases ("gobierno colombiano", "Thai government"), and "the Venezuelans" of a
  story about victims is left alone unless a claim's wording takes it as a subject.
* A country word with nothing before it ("haberle ubicado al país en la categoría tres", dijo
  ... de Ecuador): the one country the rest of the sentence names, or none when it names more.
* Tiers: "this tier", "the list" (the one list named last, not one of two), an ordinal with its
  noun left out after the tiers were described ("La primera comprende ..."), "Aquí se
  encuentran ..." after a sentence about one tier, "remained there" after a tier in the same
  sentence.
* Years: "ese año", and "the next year" after a year the same sentence names.

* Which country "it", "the country", "the kingdom", "el país andino" stand for (`antecedent`):
  a description must fit the one country in context it is taken for; a bare word is not
  guessed between two. "placing it on ...", "lo que lo coloca en ..." likewise.
* Scopes: a region the data has no group for ("Southeast Asia", "la UE") scopes the claim
  that names it or follows it, so that the check says its scope went unchecked.
* A tier given by the countries on it: "en la misma categoría de Corea del Norte e Irán".

(`implied_subjects`' own `_ANAPHOR`, `_BARE_VERB` and `plural_anaphora` find "the kingdom", a verb
with no subject and "both countries"; `antecedent` decides what the first stands for.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from . import folded_spans, lexicon
from .country_tokens import REPORT_AUTHOR
from .found import Found
from .gazetteer import Gazetteer, Mention
from .grammar import CL, T
from .kept_standing import kept_spans
from .model import Claim, ClaimKind
from .tagger import Tagged, Token


def _plurals(demonym: str) -> tuple[str, ...]:
    # "colombiano" -> "colombianos"; "tailandes" -> "tailandeses"; "thai" -> "thais".
    if demonym.endswith(("s", "z")):
        return (demonym + "es",)
    if demonym[-1] in "aeiou":
        return (demonym + "s",)
    return (demonym + "s", demonym + "es")


def _people_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"\b(?:los|las|the)\s+(?P<people>{alternation})\b")


@lru_cache(maxsize=4)
def _any_people(gazetteer: Gazetteer) -> re.Pattern[str]:
    """The people of any of the gazetteer's countries: a sentence that names none names none
    of the text's countries' (read once per gazetteer, so that most sentences need no pattern
    of their own)."""
    return _people_pattern(
        plural
        for demonym in gazetteer.demonyms
        if " " not in demonym
        for plural in _plurals(demonym)
    )


def people_of_countries(
    folded: str, gazetteer: Gazetteer, known: Iterable[str], taken: Iterable[Token]
) -> list[Token]:
    """Tokens for "los colombianos", "the Thais" where the text has named the country."""
    if not _any_people(gazetteer).search(folded):
        return []
    known = set(known)
    forms = {
        plural: code
        for demonym, code in gazetteer.demonyms.items()
        if code in known and " " not in demonym
        for plural in _plurals(demonym)
    }
    if not forms:
        return []
    taken = list(taken)
    found: list[Token] = []
    for match in _people_pattern(forms).finditer(folded):
        if any(t.start < match.end() and match.start() < t.end for t in taken):
            continue
        found.append(Token("C", forms[match.group("people")], match.start(), match.end()))
    return found


# --- tiers meant by context -----------------------------------------------------------------

# "this tier", "esa categoría": the tier named last, in this sentence or the one before.
_TIER_ANAPHOR = re.compile(
    r"\b(?:(?:this|that|the\s+same)\s+(?:tier|category|list)|"
    r"(?:este|ese|dicho|el\s+mismo)\s+(?:nivel|grupo|escalon|apartado|renglon|peldano|capitulo)|"
    r"(?:esta|esa|dicha|la\s+misma)\s+(?:categoria|lista|clasificacion)|"
    # "comparte la misma nota que otros 32 países" (not "esta nota", which is the article
    # itself, nor "la misma nota que Colombia", which is Colombia's tier)
    r"la\s+misma\s+(?:nota|calificacion)(?=\s+(?:que|con)\s+otr[oa]s\s)|"
    # "... han salido de la lista negra ..., mientras que Cuba continúa en la misma".
    r"(?<=\ben\s)(?:la\s+misma|el\s+mismo)(?=\s*(?:[,.;:]|$)))\b"
)
# "removed from the list", "La lista, de un total de 17 países, la completan: ...": a bare
# definite list is the list the text named last, when that was one list and not several
# ("the list of worst offenders" names its own, and is read by the lexicon).
_LIST_ANAPHOR = re.compile(r"\b(?:the|la)\s+(?:list|lista)\b(?!\s+(?:of|de|del)\b)")
# "La primera comprende ...", "En el último, ...": an ordinal with its noun left out, after a
# sentence that spoke of the tiers as a scale ("tres categorías", "En el segundo nivel ...").
# Followed by a noun it is something else ("la primera vez", "el último informe").
_ORDINAL_ALONE = re.compile(
    r"\b(?:la|el)\s+(?P<o>primera|primero|segunda|segundo|tercera|tercero|ultima|ultimo)"
    r"(?=\s*(?:[,;:]|(?:comprende|incluye|agrupa|reune|abarca|contiene)\b))"
)
_ORDINAL_VALUES = {"primer": "1", "segund": "2", "tercer": "3", "ultim": "3"}
# "Aquí se encuentran México y ...": the place the sentence before described.
_HERE = re.compile(
    # ("En él figuran Argentina, ...": "él" is the group named before, its accent folded away)
    r"^\W*(?:aqui|alli|ahi|en\s+(?:el|este|ese)\s+(?:grupo|nivel)|en\s+(?:el|ella))(?=\s+(?:se\s+encuentran|"
    r"se\s+ubican|se\s+situan|figuran|estan|aparecen)\b)"
)
# "... and remained there the next year": the tier the same sentence named last.
_THERE = re.compile(
    r"\b(?:remained|remains|stayed|stays|permanecio|permanece|se\s+mantuvo|se\s+mantiene|"
    r"siguio|sigue)\s+(?P<there>there|alli|ahi)\b"
)
# Words for the tiers as a set: "tres categorías", "four tiers", "los niveles".
_SCALE = re.compile(r"\b(?:categorias|niveles|escalones|grupos|tiers|categories|levels)\b")
_LIST_WORD = re.compile(r"\b(?:list|lista|blacklist|watchlist)")


@dataclass(frozen=True)
class TierContext:
    """What the sentences before said about tiers."""

    last: str | None = None  # the tier named last
    lists: frozenset[str] = frozenset()  # the tiers the last sentence naming a list named so
    scale: bool = False  # the sentence before spoke of the tiers as a set or named one


def tier_context(
    folded: str, named: list[folded_spans.Found], before: TierContext, last: str | None
) -> TierContext:
    """The tier context after a sentence (`named`: its tiers, `lexicon.find_tiers`; `last`: the
    tier it leaves as the one named last)."""
    lists = frozenset(
        value for start, end, value in named if value and _LIST_WORD.search(folded[start:end])
    )
    return TierContext(
        last=last,
        lists=lists or before.lists,
        scale=bool(named) or bool(_SCALE.search(folded)),
    )


def implied_tiers(folded: str, named: list[folded_spans.Found], before: TierContext) -> list[Token]:
    """Tokens for the tiers a sentence means without naming them: "this tier", "the list",
    "la primera", "aquí", "remained there" (`named`: the tiers it names, `lexicon.find_tiers`).
    Where the antecedent is not one tier, none."""
    taken = [(start, end) for start, end, _ in named]
    implied: list[Token] = []

    def add(tier: str | None, start: int, end: int) -> None:
        if tier and not any(s < end and start < e for s, e in taken):
            implied.append(Token("T", tier, start, end))
            taken.append((start, end))

    def named_before(position: int) -> str | None:
        tiers = [value for start, end, value in named if end <= position and value]
        return tiers[-1] if tiers else before.last

    for match in _TIER_ANAPHOR.finditer(folded):
        add(named_before(match.start()), match.start(), match.end())
    for match in _LIST_ANAPHOR.finditer(folded):
        here = {
            value
            for start, end, value in named
            if end <= match.start() and value and _LIST_WORD.search(folded[start:end])
        }
        lists = here or before.lists
        if len(lists) == 1:  # "the watch list and the blacklist ... the list": which one?
            add(next(iter(lists)), match.start(), match.end())
    if before.scale:
        for match in _ORDINAL_ALONE.finditer(folded):
            add(_ORDINAL_VALUES[match.group("o")[:-1]], match.start(), match.end())
        here_match = _HERE.match(folded)
        if here_match:
            add(before.last, here_match.start(), here_match.end())
    for match in _THERE.finditer(folded):
        tiers = [value for start, end, value in named if end <= match.start() and value]
        if tiers:  # only this sentence's own tier: "there" after a sentence break is a place
            add(tiers[-1], match.start("there"), match.end("there"))
    for start, end in kept_spans(folded):  # "... and has maintained its position"
        tiers = [value for s, e, value in named if e <= start and value]
        if tiers:
            add(tiers[-1], start, end)
    return implied


# --- years meant by context -----------------------------------------------------------------

# "desde ese año", "en aquel año": the year named last, in this sentence or an earlier one.
_YEAR_ANAPHOR = re.compile(r"\b(?:ese|aquel|dicho|el\s+mismo|ese\s+mismo)\s+ano\b")
# "... in 2018 and remained there the next year": the year after the one this sentence named
# last; "In 2013, Malaysia was upgraded. A year later, it fell to the Watch List": else the one
# an earlier sentence named last (the claim is not about that year, whatever else it is about).
_NEXT_YEAR = re.compile(
    r"\b(?:the\s+(?:next|following)\s+(?:year|report|edition)|(?:a|one)\s+year\s+later|"
    r"(?:al|el)\s+ano\s+(?:siguiente|posterior)|un\s+ano\s+(?:mas\s+tarde|despues))\b"
)


# "In 2012 Peru was upgraded; a year earlier it had been on the Watch List": that many years
# before the year named last (in this sentence, else an earlier one). Not a time compared with
# ("... than the year before", "down from Tier 2 the previous year"), nor "the year before" a
# clause ("the year before it was upgraded").
_YEARS_BEFORE = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five)\s+years?\s+(?:earlier|before(?=\s*(?:[.,;:)]|$)))|"
    r"the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before(?=\s*(?:[.,;:)]|$)))(?!')"
)
_COUNTED = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COMPARED = re.compile(r"\b(?:than|compared\s+(?:to|with)|relative\s+to|as|over|from)\b[^,;:.]*$")


def implied_years(folded: str, earlier: str | None) -> list[Token]:
    named = lexicon.find_years(folded)
    implied: list[Token] = []
    for match in _YEAR_ANAPHOR.finditer(folded):
        before = [value for start, end, value in named if end <= match.start()]
        year = before[-1] if before else earlier
        if year:
            implied.append(Token("Y", year, match.start(), match.end()))
    for match in _NEXT_YEAR.finditer(folded):
        before = [value for start, end, value in named if end <= match.start()]
        anchor = before[-1] if before else earlier
        if anchor is not None:
            implied.append(Token("Y", str(int(anchor) + 1), match.start(), match.end()))
    for match in _YEARS_BEFORE.finditer(folded):
        before = [value for start, end, value in named if end <= match.start()]
        anchor = before[-1] if before else earlier
        if anchor is None or _COMPARED.search(folded, 0, match.start()):
            continue
        back = _COUNTED[match.group("n")] if match.group("n") else 1
        implied.append(Token("Y", str(int(anchor) - back), match.start(), match.end()))
    return implied


# --- countries named after the words that mean them -----------------------------------------


def only_country_after(mentions: Iterable[Mention], position: int) -> str | None:
    """ "haberle ubicado al país en la categoría tres", dijo el subsecretario ... de Ecuador":
    a country word with nothing named before it means the one country the rest of the
    sentence names; with two or more there, it is ambiguous and means none."""
    codes = {m.code for m in mentions if m.start >= position}
    return codes.pop() if len(codes) == 1 else None


# --- a tier as the sentence's topic ---------------------------------------------------------

_TOPIC_TIER = re.compile(
    # "La lista, de un total de 17 países, la completan: Afganistán, ...", "Tier 3, a total of
    # 21 countries, includes Iran and Syria.": the tier opens the sentence (named, or meant by
    # context: "the list", "la primera"), its members close it.
    rf"^\W*(?:en\s+|in\s+)?(?:(?:the|el|la)\s+)?[\"']?(?P<t>{T})[\"']?\s*"
    r"(?:,\s*(?:(?:de\s+)?un\s+total\s+de|a\s+total\s+of)\s+\u27e6N(?P<n>\d+)\u27e7\s+"
    r"(?:paises|naciones|countries|nations)\s*,\s*)?"
    r"(?:(?:la|lo|los|las)\s+(?:completan|integran|forman|componen)|comprende|incluye|"
    r"includes|is\s+made\s+up\s+of|consists\s+of)\s*:?\s*(?:a\s+)?"
    rf"(?P<subj>{CL})\s*\.?\s*$"
)


def members_of_a_topic_tier(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Each country listed as a member of the tier the sentence is about, and the tier's
    count when the sentence gives it ("de un total de 17 países")."""
    match = _TOPIC_TIER.match(tagged.text)
    if not match or any(match.start("subj") < f.end and f.start < match.end() for f in chosen):
        return []
    tier = tagged.tokens[int(match.group("t")[2:-1])].value
    members = tuple(
        dict.fromkeys(
            t.value for t in tagged.tokens_in(match.group("subj"), "C") if "+" not in t.value
        )
    )
    if not tier or not members:
        return []
    found = [
        Found(
            Claim(ClaimKind.TIER, "", (0, 0), countries=members, tier=tier),
            match.start("subj"),
            match.end(),
            rule="topic-tier",
        )
    ]
    count = tagged.tokens[int(match.group("n"))].value if match.group("n") else None
    if count and count.isdigit():
        claim = Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=int(count))
        found.append(Found(claim, match.start(), match.start("subj"), rule="topic-tier-count"))
    return found


# --- a claim's scope in a region the data has no group for ------------------------------------

# Between a count and the region it counts in: "fourteen are in sub-Saharan Africa".
_COUNT_IN = re.compile(
    r"^\s*,?\s*(?:are\s+|were\s+|estan\s+|son\s+)?(?:in|of|from|among|en|de|del|entre)\s+"
    r"(?:(?:the|la|el|los|las)\s+)?$"
)


# "the only", "el único", "solo": what makes a region the scope of the words after it.
_ONLY = re.compile(r"\b(?:only|sole|lone|unic[oa]s?|solo|sola|solamente|unicamente)\b")


def scoping_regions(folded: str, regions: list[Mention]) -> list[Token]:
    """Tokens for the regions with no group in the data that an exclusivity qualifies: "the
    only Southeast Asian country", "el único país del Cono Sur". There the claim's words
    take the region as their group (`G`); elsewhere ("Gulf allies Kuwait and Qatar", "other
    European nations") the region is left as words, which the patterns read as before."""
    found = []
    for region in regions:
        before = folded[max(0, region.start - 60) : region.start]
        only = list(_ONLY.finditer(before))
        if only and not re.search(r"[.;:()]", before[only[-1].end() :]):
            found.append(Token("G", region.code, region.start, region.end))
    return found


def unnamed_scope(
    claim: Claim, span: tuple[int, int], group_at: int | None, regions: list[Mention], text: str
) -> str | None:
    """The region with no group in the data that a claim is scoped to, if any: "It is the
    only Tier 1 country in Africa", "In Southeast Asia, only ...". `span` and `group_at` (where
    a group the claim took from earlier in its sentence was named) are folded offsets; `text`
    is the folded sentence. A group claim takes the region its sentence names (the one
    nearest to it), unless its own words name a group, or the group it took from earlier in
    the sentence was named after the region; a count takes a region only in its own words or
    right after them ("of which fourteen are in sub-Saharan Africa"): a count with none is of
    every country, as before."""
    if not regions:
        return None
    start, end = span
    if claim.kind is ClaimKind.COUNT:
        if claim.group is not None:
            return None
        for region in regions:
            inside = start <= region.start < end
            after = region.start >= end and _COUNT_IN.match(text[end : region.start])
            if inside or after:
                return region.code
        return None
    if claim.kind is not ClaimKind.GROUP:
        return None
    if claim.group is not None and group_at is None:
        return None  # the claim's own words name its group
    candidates = [r for r in regions if group_at is None or r.start > group_at]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda r: _distance(r, start, end))
    return nearest.code


def _distance(region: Mention, start: int, end: int) -> int:
    if region.end <= start:
        return start - region.end
    if region.start >= end:
        return region.start - end
    return 0


def last_scope(tagged: Tagged, regions: list[Mention], world: str) -> str | None:
    """The group or region the sentence names last (not "the world"), which a claim in a later
    sentence that names none is about."""
    named = [(t.start, t.value) for t in tagged.tokens if t.kind == "G" and t.value != world]
    named += [(r.start, r.code) for r in regions]
    return max(named)[1] if named else None


# --- the country a pronoun or a description stands for -------------------------------------

_AUTHOR = REPORT_AUTHOR
# Countries in a list: "Thailand and Malaysia", "Cuba, Iran y Siria".
_LISTED = re.compile(r"^\s*(?:,|and|or|y|e|o|u|&|as\s+well\s+as|asi\s+como)\s*(?:the\s+)?$")


def antecedent(
    words: str,
    before: list[Mention],
    earlier: list[str],
    gazetteer: Gazetteer,
    folded: str,
) -> str | None:
    """The country "it", "the country", "the kingdom", "the island nation", "el país andino"
    stand for. `words` are the anaphor's (folded), `before` the countries named before it in
    its sentence, `earlier` those of the last sentence before that named any.

    A description ("kingdom", "island", "Gulf", "andino") must fit: among the countries in
    context, the one it fits (so "the kingdom" after "Cuba and Thailand" is Thailand); none,
    if it fits none or several. A bare word ("it", "the country", "el país") stands for the
    country named last in its sentence, unless that one is listed with others ("Thailand
    and Malaysia ... it"); with none in its sentence, for the one country the sentence before
    named, and for none if that named two or more."""
    fitting = gazetteer.described(words)
    if fitting is not None:
        candidates = [m.code for m in before] + earlier
        fits = {code for code in candidates if code in fitting}
        return fits.pop() if len(fits) == 1 else None
    if before:
        # "Liberia faces U.S. sanctions ..., as the country remains on ...": beside another
        # country, the United States is the report's author, not the one a pronoun stands for.
        before = [m for m in before if m.code != _AUTHOR] or before
        last = before[-1]
        listed = [
            m
            for m in before[:-1]
            if m.code != last.code and _LISTED.match(folded[m.end : last.start])
        ]
        return None if listed else last.code
    # "US takes Saudi Arabia off the list. ... the country was moved": beside other countries,
    # the United States is the report's author, not the country a later sentence speaks of.
    others = [code for code in earlier if code != _AUTHOR] or earlier
    return others[0] if len(set(others)) == 1 else None


# --- a tier given by the countries on it -------------------------------------------------------

_SAME = (
    r"(?:the\s+same\s+(?:tier|category|list|group|level|ranking|classification)|"
    r"la\s+misma\s+(?:categoria|lista|clasificacion|nota|calificacion)|"
    r"el\s+mismo\s+(?:grupo|nivel|escalon|apartado))"
)
# "coloca a China y Rusia ... en la misma categoría de Corea del Norte e Irán", "lo coloca en la
# misma lista que naciones como Corea del Norte, Rusia ...", "put Russia in the same category as
# Iran and North Korea". (With a tier named before, "la misma lista" is that tier's token.)
_SAME_TIER_AS = re.compile(
    r"\b(?:in|on|into|to|en)\s+"
    rf"(?:(?P<t>{T})|{_SAME})\s+(?:as|de|que)\s+"
    r"(?:(?:other\s+)?(?:countries|nations)\s+(?:like|such\s+as)\s+|"
    r"(?:otros\s+)?(?:paises|naciones)\s+(?:como\s+)?)?"
    rf"(?P<ref>{CL})"
)
_SAME_WORDS = re.compile(r"\b(?:same|mism[oa])\b")
_TIER_AFTER = re.compile(r"\s*,?\s*(?:(?:the|el|la)\s+)?[\"']?\u27e6T")


def same_tier_as(tagged: Tagged, chosen: list[Found], folded: str) -> list[Found]:
    """The countries put on the same tier as others: all of them on the tier the sentence
    before named ("la misma lista" after "el Nivel 3"), or, with none named, on whatever tier
    the others are on (`Claim.tier_of`, read from the data by the check)."""
    found = []
    for match in _SAME_TIER_AS.finditer(tagged.text):
        tier = None
        if match.group("t"):
            token = tagged.tokens[int(match.group("t")[2:-1])]
            if not _SAME_WORDS.search(folded[token.start : token.end]):
                continue  # a tier named here, not "the same" one: the patterns' own reading
            tier = token.value
        if any(match.start("ref") < f.end and f.start < match.end() for f in chosen):
            continue  # the others already read as a claim of their own
        if _TIER_AFTER.match(tagged.text, match.end()):
            continue  # "... en el mismo nivel que Chile, el Nivel 2": the tier is named
        subject, subject_at = _placed_before(tagged, match.start())
        others = [t.value for t in tagged.tokens_in(match.group("ref"), "C")]
        countries = tuple(dict.fromkeys(c for c in subject + others if "+" not in c))
        if not subject or not others:
            continue
        claim = Claim(
            ClaimKind.TIER,
            "",
            (0, 0),
            countries=countries,
            tier=tier,
            tier_of=() if tier else tuple(dict.fromkeys(others)),
        )
        found.append(Found(claim, subject_at, match.end(), rule="same-tier-as"))
    return found


_CLAUSE_LIST = re.compile(CL)


def _placed_before(tagged: Tagged, position: int) -> tuple[list[str], int]:
    """The countries put on the tier, and where they are named: the list named last before
    `position` in the same sentence (within 100 characters), leaving out the report's author
    ("Estados Unidos colocó a Haití ..., colocándolo en la misma categoría de Cuba": Haiti)."""
    start = max(0, position - 100)
    breaks = list(re.finditer(r"[.;]", tagged.text[start:position]))
    if breaks:
        start += breaks[-1].end()
    for listed in reversed(list(_CLAUSE_LIST.finditer(tagged.text, start, position))):
        codes = [
            t.value
            for t in tagged.tokens_in(listed.group(), "C")
            if t.value != _AUTHOR and "+" not in t.value
        ]
        if codes:
            return codes, listed.start()
    return [], position


# --- a country as the object of a verb of placing ----------------------------------------------

# "..., placing it on the Tier 2 Watch List", "lo que lo coloca en la misma lista": the pronoun
# after (English) or before (Spanish) a verb that puts a country somewhere on the scale.
_OBJECT_IT = re.compile(
    r"\b(?:plac(?:e|es|ed|ing)|puts?|putting|kept|keep(?:s|ing)?|mov(?:e|es|ed|ing)|"
    r"rank(?:s|ed|ing)?|rat(?:e|es|ed|ing)|leav(?:e|es|ing)|left|list(?:s|ed|ing)?|"
    r"nam(?:e|es|ed|ing)|designat(?:e|es|ed|ing)|classif(?:y|ies|ied|ying)|"
    r"relegat(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|"
    r"remov(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s+(?P<p>it)\b"
)
# (Spanish only after "que": "lo que lo coloca en ...", "que la sitúa en ..."; in a main
# clause, "y la retiró de la lista", the patterns read the verb with its subject left out.)
_OBJECT_LO = re.compile(
    r"\bque\s+(?P<p>lo|la)\s+(?=(?:coloca|colocan|coloco|colocaron|ubica|ubican|ubico|ubicaron|"
    r"mantiene|mantienen|mantuvo|mantuvieron|incluye|incluyen|incluyo|incluyeron|situa|situan|"
    r"situo|deja|dejan|dejo|dejaron|pone|ponen|puso|pusieron|clasifica|clasifican|clasifico|"
    r"degrada|degrado|rebaja|rebajo|retira|retiro|saca|saco|eleva|elevo|asciende|ascendio)\b)"
)


def object_pronouns(
    folded: str, names: list[Mention], earlier: list[str], gazetteer: Gazetteer, taken: list[Token]
) -> list[Token]:
    """Tokens for "it" and "lo"/"la" as the country a verb of placing puts on a tier: the
    country they stand for by `antecedent`'s rules, never the report's author."""
    found = []
    for pattern in (_OBJECT_IT, _OBJECT_LO):
        for match in pattern.finditer(folded):
            start, end = match.span("p")
            if any(t.start < end and start < t.end for t in taken):
                continue
            before = [m for m in names if m.end <= start and m.code != _AUTHOR]
            code = antecedent("", before, [c for c in earlier if c != _AUTHOR], gazetteer, folded)
            if code is not None:
                found.append(Token("C", code, start, end))
    return found
