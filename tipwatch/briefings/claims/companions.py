"""Countries named beside a claim that share it: "along with 21 other countries such as
China", "to join 20 other nations on Tier 3", lists after a colon, "respectively", and "one
of five countries ... The others are ..."."""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType

from .clause_bounds import clause_before
from .clause_mood import LOOSE_MODAL, NEGATED_BEFORE
from .country_tokens import country_codes
from .found import Found
from .grammar import CL, COUNTRY_NOUNS, N, T
from .model import PLACING_KINDS, Claim, ClaimKind, Comparator, Relation
from .tagger import TOKEN, Tagged


def more_companions(module: ModuleType, tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """The language's own claims about countries named beside a claim (`COMPANIONS`)."""
    reader = getattr(module, "COMPANIONS", None)
    if reader is None:
        return []
    claims = [(f.claim, f.start, f.end) for f in chosen]
    return [
        Found(claim, start, end, rule="companions") for claim, start, end in reader(tagged, claims)
    ]


_ONE_OF_MANY = re.compile(r"\bone\s+of\s+(?:the\s+|only\s+)?\u27e6N(?P<n>\d+)\u27e7\s+")
_THE_OTHERS = re.compile(
    r"(?:^\W*|[;,]\s*)(?:(?:the|and)\s+)*(?:other|others|other\s+\u27e6N\d+\u27e7)\s+"
    rf"(?:are|were|being|include|included)\s*:?\s*(?P<subj>{CL})"
)


def one_of_many(tagged: Tagged, chosen: list[Found]) -> tuple[Found, int] | None:
    """A claim about a country "one of N countries" that it shares with the others."""
    for item in chosen:
        claim = item.claim
        if claim.negated or claim.kind not in (ClaimKind.TIER, ClaimKind.CHANGE):
            continue
        many = _ONE_OF_MANY.search(tagged.text, item.start, item.end)
        if many and len(claim.countries) == 1:
            return item, int(tagged.tokens[int(many.group("n"))].value)
    return None


def the_others(
    tagged: Tagged, chosen: list[Found], one_of: tuple[Found, int] | None
) -> list[Found]:
    """ "Saudi Arabia was one of five countries removed from the list. The others are Bhutan,
    ...": the same claim about the others, when they make up the number (here or in the
    sentence before)."""
    here = one_of_many(tagged, chosen)
    for item, count in [pair for pair in (here, one_of) if pair is not None]:
        match = _THE_OTHERS.search(tagged.text, item.end if item is here else 0)
        if match is None or any(f.start <= match.start("subj") < f.end for f in chosen):
            continue
        others = tuple(
            c for c in country_codes(tagged.tokens_in(match.group("subj"), "C"))
            if c not in item.claim.countries
        )  # fmt: skip
        if others and len(others) + 1 == count:
            claim = replace(item.claim, countries=others)
            return [Found(claim, match.start("subj"), match.end(), years=item.years,
                           back=item.back, rule="the-others")]  # fmt: skip
    return []


# "Peru was among 22 countries ranked as Tier 3; others included Cuba and Iran": some of the
# others, on the tier the sentence before gave ("the others are ..." counts them all: see
# the_others).
_OTHERS_INCLUDED = re.compile(
    rf"^\W*(?:(?:and|the)\s+)*others\s+(?:also\s+)?(?:include|includes|included)\s*:?\s+"
    rf"(?P<subj>{CL})"
)


def last_tier_claim(chosen: list[Found]) -> Found | None:
    """The last claim of a sentence that puts countries on a tier, for "others included ..."
    in the next."""
    placed = [
        f
        for f in chosen
        if f.claim.kind in PLACING_KINDS
        and f.claim.tier
        and f.claim.countries
        and not f.claim.negated
    ]
    return max(placed, key=lambda f: f.end) if placed else None


def others_included(tagged: Tagged, previous: Found | None) -> list[Found]:
    """The tier claim about the others a sentence opens with, after a tier claim."""
    match = _OTHERS_INCLUDED.match(tagged.text)
    if match is None or previous is None or not previous.claim.tier:
        return []
    countries = tuple(
        c
        for c in country_codes(tagged.tokens_in(match.group("subj"), "C"))
        if c not in previous.claim.countries
    )
    if not countries:
        return []
    claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=previous.claim.tier)
    return [
        Found(claim, match.start("subj"), match.end(), year=previous.year, years=previous.years,
              back=previous.back, rule="others-included")
    ]  # fmt: skip


_QT = r"(?:(?:la|el|los|las|the|a|an)\s+)?[\"']?"
# "..., along with 21 other countries such as China and Russia"; "junto a naciones como Rusia".
_ALONG = re.compile(
    rf"\b(?:along\s+with|together\s+with|alongside|on\s+a\s+par\s+with|junto\s+(?:a|con)|"
    rf"en\s+compania\s+de|"
    # "Argentina comparte el Nivel 2 con otros 32 países", "... la misma nota que otros 32"
    rf"(?:(?<=\u27e6T\d\u27e7\s)|(?<=\u27e6T\d\d\u27e7\s))(?:con|que)(?=\s+otr[oa]s\s)|"
    rf"(?:nivel|categoria|lista|grupo)\s+(?:en\s+)?(?:el\s+|la\s+)?(?:que|donde)\s+(?:tambien\s+)?"
    rf"(?:se\s+encuentran|estan|figuran|aparecen))\s+"
    rf"(?:otr[oa]s\s+)?(?:(?P<n>{N})\s+)?(?:other\s+|otr[oa]s\s+)?(?:[a-z]+\s+){{0,2}}?"
    rf"(?:{COUNTRY_NOUNS}|pais|nacion|adversari[oa]s|adversaries|aliados|allies|vecinos|neighbou?rs|"
    rf"regimenes|regimes)"
    # (a few words between the noun and the words that open its list: "otros 32 países de
    # todo el mundo, entre los que se encuentran ...")
    rf"(?:(?:\s+[a-z]+){{0,4}}?(?:\s*,)?\s+(?:such\s+as|including|like|among\s+them|"
    rf"como|entre\s+ell[oa]s|incluid[oa]s|que\s+incluyen?\s+a|incluyendo\s+a|"
    rf"entre\s+(?:los|las)\s+(?:que|cuales)\s+(?:se\s+encuentran|estan|figuran))|\s*,)?"
    rf"(?:\s+(?P<subj>{CL}))?"
)
# "... dropped from the Tier 2 Watch List to join 20 other nations on Tier 3".
# "... were downgraded to join the worst-performing countries in Tier 3": where they went.
_JOIN = re.compile(
    rf"\b(?:to\s+)?join(?:s|ed|ing)?\s+(?:(?P<n>{N})\s+other\s+|the\s+(?:[a-z-]+\s+){{0,2}}?)"
    rf"{COUNTRY_NOUNS}\s+(?:on|in|at)\s+{_QT}(?P<t>{T})"
)
# "Peru was downgraded to Tier 3, joining the ranks of Cuba and Iran"; "Peru was among 22
# countries ranked as Tier 3; others included Cuba and Iran": countries on the tier the claim
# before them names (some of them: "include", not "are", which counts them all).
_SHARING = re.compile(
    rf"(?:\b(?:joining|joins|joined|to\s+join)\s+the\s+ranks\s+of|"
    rf"[;,]\s*(?:and\s+)?(?:the\s+)?others\s+(?:include|includes|included))\s*:?\s+"
    rf"(?P<subj>{CL})"
)
# "identified 19 "Tier 3" countries, all failing ...: Afghanistan, Armenia, ..."
_COLON_LIST = re.compile(
    rf"(?P<n>{N})\s+{_QT}(?P<t>{T})[\"']?\s+{COUNTRY_NOUNS}\b[^:;.\u27e6]{{0,200}}:\s*(?P<subj>{CL})"
)
# "The report places 12 worst offender nations in Tier 3: Belize, Burma, Cuba, ...": a count
# on a tier, then its countries after a colon (a move "to" a tier is no placement).
_COUNTED_COLON_LIST = re.compile(
    rf"(?P<n>{N})\s+(?:[a-z-]+\s+){{0,2}}?{COUNTRY_NOUNS}\s+(?:on|in|at|as|among)\s+(?:this\s+)?{_QT}"
    rf"(?P<t>{T})[\"']?(?:\s+(?:list|category|ranking|group))?\s*:\s*(?P<subj>{CL})"
)
# "comparte la categoría 2WL con 36 naciones: Argelia, Angola, ..."
_SHARES = re.compile(
    rf"\b(?:comparte|comparten|shares?|shared)\s+{_QT}(?P<t>{T})\s+(?:con|with)\s+"
    rf"(?P<n>{N})\s+(?:otr[oa]s\s+|other\s+)?{COUNTRY_NOUNS}\s*:\s*(?P<subj>{CL})"
)


_FRONT_ALONG = re.compile(
    rf"^\W*(?:junto\s+(?:a|con)|along\s+with|together\s+with)\s+(?P<subj>{CL})\s*,"
)
# The same in English, and "like", "as with": the countries before the subject's comma.
_FRONT_BESIDE = re.compile(
    rf"^\W*(?:along\s+with|together\s+with|like|as\s+with|just\s+like)\s+(?P<subj>{CL})\s*,\s*"
)
OTHERS = re.compile(r"\b(?:otros|otras|other)\s+\u27e6N\d+\u27e7")

# "Peru and 21 other countries are on Tier 3": the list before the count is on the tier too,
# and the count is theirs together.
_AND_N_OTHER = re.compile(
    rf"(?P<subj>{CL})\s*,?\s+(?:and|plus)\s+(?P<n>{N})\s+other\s+{COUNTRY_NOUNS}\b"
)
_TIER_JUST_BEFORE = re.compile(rf"(?P<t>{T})[\"']?\s*,?\s*$")
# "... cuenta con un total de 23 países que no cumplen los estándares, entre ellos, Cuba, ..."
_COUNT_LIST = re.compile(
    rf"[^.;\u27e6]{{0,80}}?(?:\s*,)?\s*(?:entre\s+ell[oa]s|including|among\s+them|such\s+as|"
    rf"incluyendo|(?<=,)\s*como)\s*,?\s+"
    # "including other European nations Albania, Croatia, ...", "including newcomer Malaysia,
    # Myanmar and China": a word for what the countries are, before the first name.
    rf"(?:(?:other\s+)?(?:[a-z]+\s+)?(?:nations|countries|states|newcomers?|entrants?)\s+"
    rf"(?=\u27e6C))?(?P<subj>{CL})"
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


# "... on Tier 2 and Tier 1 respectively", "... en el Nivel 1 y en el Nivel 2, respectivamente":
# the further tiers, each after "and"/"y" or a comma, maybe with its own preposition.
_MORE_TIERS = (
    r"(?P<more>(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"
    rf"(?:(?:on|in|to|en|a|al)\s+)?{_QT}{T}[\"']?)+"
)
_RESPECTIVELY = re.compile(rf"{_MORE_TIERS}\s*,?\s*(?:respectively|respectivamente)\b")
# "Peru and Chile were respectively ranked Tier 1 and Tier 2": the word before the first tier.
_MORE_TIERS_AFTER = re.compile(_MORE_TIERS)
_RESPECTIVELY_BEFORE = re.compile(r"\b(?:respectively|respectivamente)\b")


_LIST_BEFORE_RELATIVE = re.compile(
    rf"(?P<subj>{CL})\s*,\s*(?:which|who|que|quienes|los\s+cuales|las\s+cuales)\b[^,;:\u27e6]*"
    rf"(?:{T}[^,;:\u27e6]*)?,\s*$"
)


def _respectively(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """ "Peru and Chile were placed on Tier 2 and Tier 1 respectively": each country on its
    own tier; a list whose lengths differ is not guessed at."""
    result: list[Found] = []
    for item in chosen:
        match = _RESPECTIVELY.match(tagged.text, item.end)
        if not match and _RESPECTIVELY_BEFORE.search(tagged.text, item.start, item.end):
            match = _MORE_TIERS_AFTER.match(tagged.text, item.end)
        claim = item.claim
        if not match or claim.kind not in (ClaimKind.TIER, ClaimKind.CHANGE) or not claim.tier:
            result.append(item)
            continue
        tiers = [claim.tier] + [t.value for t in tagged.tokens_in(match.group(), "T")]
        countries = claim.countries
        if len(tiers) != len(countries):
            # "Qatar and Bahrain, which were on Tier 3, rose to ... respectively": the subject
            # stood in for by the parser is the list before the relative clause.
            listed = _LIST_BEFORE_RELATIVE.search(tagged.text, 0, item.start)
            countries = country_codes(tagged.tokens_in(listed.group("subj"), "C")) if listed else ()
        if len(tiers) != len(countries):
            continue
        claim = replace(claim, countries=countries)
        for code, tier in zip(claim.countries, tiers, strict=True):
            one = replace(claim, countries=(code,), tier=tier)
            result.append(replace(item, claim=one, end=match.end()))
    return result


def add_companions(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Claims about the countries a claim is made "along with": their tier, and how many
    share it ("North Korea remained on Tier 3, along with 21 other countries such as China"
    is 22 countries on Tier 3, China among them)."""
    extra: list[Found] = []
    result = _respectively(tagged, chosen)

    def tier_claim(countries: tuple[str, ...], tier: str, start: int, end: int) -> Found:
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
        return Found(claim, start, end)

    def count_claim(count: int, tier: str, start: int, end: int) -> Found:
        claim = Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=count)
        return Found(claim, start, end)

    def before(position: int) -> Found | None:
        earlier = [f for f in result if f.end <= position + 1 and f.claim.countries]
        return max(earlier, key=lambda f: f.end) if earlier else None

    for match in _ALONG.finditer(tagged.text):
        main = before(match.start())
        if main is None:
            # "estos tres países se encuentran en el Nivel 3, junto a naciones como Rusia":
            # the tier just before, when no claim names the countries it goes along with.
            near = _TIER_JUST_BEFORE.search(tagged.text, max(0, match.start() - 40), match.start())
            countries = country_codes(tagged.tokens_in(match.group("subj"), "C"))
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
        countries = country_codes(tagged.tokens_in(match.group("subj"), "C"))
        if countries:
            extra.append(tier_claim(countries, tier, match.start(), match.end()))
    for match in _SHARING.finditer(tagged.text):
        main = before(match.start())
        if main is None or main.claim.negated or not main.claim.tier:
            continue
        if main.claim.kind not in (ClaimKind.TIER, ClaimKind.STREAK, ClaimKind.CHANGE):
            continue
        countries = tuple(
            c
            for c in country_codes(tagged.tokens_in(match.group("subj"), "C"))
            if c not in main.claim.countries
        )
        if countries:
            extra.append(tier_claim(countries, main.claim.tier, match.start("subj"), match.end()))
    fronted = _FRONT_ALONG.match(tagged.text)
    counts = [f for f in result if f.claim.kind is ClaimKind.COUNT and f.claim.tier]
    if fronted and counts:
        # "Junto a Cuba, Venezuela y Nicaragua, hay otros 19 países en la lista negra".
        item = counts[0]
        countries = tuple(t.value for t in tagged.tokens_in(fronted.group("subj"), "C"))
        tier = item.claim.tier or ""
        extra.append(tier_claim(countries, tier, fronted.start("subj"), fronted.end("subj")))
        others = OTHERS.search(tagged.text, max(0, item.start - 12), item.end)
        if others and item.claim.count is not None:
            grown = replace(item.claim, count=item.claim.count + len(countries))
            result = [replace(f, claim=grown) if f is item else f for f in result]
    beside = _FRONT_BESIDE.match(tagged.text)
    if beside and not counts:
        # "Along with Bolivia, Ecuador is on the Watch List", "Like Chile, Spain is on Tier 1":
        # the countries set before the subject share the tier of the claim that opens on it.
        opening = [
            f
            for f in result
            if f.start <= beside.end() < f.end
            and f.claim.kind in PLACING_KINDS
            and f.claim.tier
            and not f.claim.negated
        ]
        countries = country_codes(tagged.tokens_in(beside.group("subj"), "C"))
        if countries and set(countries) & {c for f in opening for c in f.claim.countries}:
            opening = []  # "Along with Chile, Peru was downgraded": read as one subject
        if opening and countries:
            # (the claim's own words start at its subject, after the companions' comma)
            opener = opening[0]
            result = [replace(f, start=beside.end()) if f is opener else f for f in result]
            shared = opener.claim.tier or ""
            extra.append(tier_claim(countries, shared, beside.start("subj"), beside.end("subj")))
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
        countries = country_codes(tagged.tokens_in(match.group("subj"), "C"))
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
                Found(claim, item.start, item.end, years=when, back=back, rule="previous-count")
            )
        if item.claim.relation is not Relation.AT:
            continue  # "40 countries, including Chile, rank above Tier 2": not on Tier 2
        if item.listed:
            # "only 31 countries including Australia, ... were listed as Tier 1 countries"
            extra.append(tier_claim(item.listed, item.claim.tier or "", item.start, item.end))
        listed = _COUNT_LIST.match(tagged.text, item.end)
        if listed:
            name = "subj" if listed.group("subj") else "bracketed"
            countries = country_codes(tagged.tokens_in(listed.group(name), "C"))
            tier = item.claim.tier or ""
            extra.append(tier_claim(countries, tier, listed.start(name), listed.end()))
    for pattern in (_COLON_LIST, _COUNTED_COLON_LIST, _SHARES):
        for match in pattern.finditer(tagged.text):
            tiers = tagged.tokens_in(match.group("t"), "T")
            countries = country_codes(tagged.tokens_in(match.group("subj"), "C"))
            if not tiers or not countries:
                continue
            said = TOKEN.sub(" ", clause_before(tagged.text, match.start()) + match.group("n"))
            if pattern is _COUNTED_COLON_LIST and (
                NEGATED_BEFORE.search(said) or LOOSE_MODAL.search(said)
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


# "Chile is the only country on Tier 1 besides Peru", "Chile es el único país en el Nivel 1
# además de Perú": the countries named after the group claim share its exclusivity.
_BESIDES = re.compile(
    r"\s*,?\s*(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|"
    r"in\s+addition\s+to|ademas\s+de|aparte\s+de|fuera\s+de|excepto|salvo)\s+(?:the\s+)?"
    rf"(?P<subj>{CL})"
)


def besides_the_only(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Group claims ("the only ... on Tier 1") with the countries named after them "besides"
    them among their members."""
    result: list[Found] = []
    for found in chosen:
        claim = found.claim
        besides = _BESIDES.match(tagged.text, found.end) if claim.kind is ClaimKind.GROUP else None
        if besides is not None:
            more = country_codes(tagged.tokens_in(besides.group("subj"), "C"))
            members = tuple(dict.fromkeys((*claim.countries, *more)))
            found = replace(found, claim=replace(claim, countries=members), end=besides.end())
        result.append(found)
    return result
