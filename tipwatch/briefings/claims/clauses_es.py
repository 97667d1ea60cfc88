"""Spanish word orders the clause reader (`clause_reader.clause_claims`) does not cover.

That reader takes a list of countries, then a verb, then a tier. Spanish also puts the object
after an active verb ("el informe mantuvo en la lista negra a Argelia, Belice y ...", "dejó
«bajo observación» a Venezuela"), the tier first and its countries after the verb ("En el
primer grupo se encuentran Colombia y Chile", "una lista negra de la que siguen formando parte
Cuba y Venezuela"), and a tier's members after it ("22 países que repiten en la peor
categoría, entre ellos Venezuela y Rusia"). These readings are tried only where no rule read a
claim over the same words, and never across a negation, a condition or a prediction.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .claim_years import claim_years
from .clause_bounds import CLAUSE_BREAK
from .clause_patterns_es import (
    ADD_STEMS,
    BE_VERBS,
    BEFORE_NOW,
    CLAUSE_END,
    COMPANIONS_AFTER,
    CONDITION,
    COUNT_COLON_LIST,
    EXIT_STEMS,
    JOINED_COUNT,
    JOINED_COUNT_AFTER,
    JOINS,
    KEEP_STEMS,
    LEFT_FOR,
    MEMBERS_AFTER,
    MOVE_STEMS,
    NO,
    NO_BEFORE,
    NOW,
    PASSED,
    PLACE_STEMS,
    PLACER_ADVERBS,
    PRONOUN_OBJECT,
    SHARES_WITH,
    STAY_VERBS,
    TAKEN_OFF,
    TIER_BEFORE,
    TIER_INCLUDES,
    TIER_THEN_WHICH,
    TIER_WHICH_GETS,
    VERB,
    VERB_OBJECT_MOVE,
    VERB_OBJECT_TIER,
    VERB_TIER_OBJECT,
    VERB_TIER_SUBJECT,
)
from .country_tokens import country_codes
from .earlier_report import time_after
from .found import Found
from .grammar import CL, T
from .model import Claim, ClaimKind
from .rule_claims import NOT_BEFORE_VERB, WEIGHED_BEFORE_VERB
from .tagger import TOKEN
from .tier_order import move_direction
from .vocabulary_es import VOCABULARY

if TYPE_CHECKING:
    from .tagger import Tagged


def _stem(verb: str, stems: tuple[str, ...]) -> bool:
    last = verb.split()[-1]
    return any(last.startswith(s) for s in stems)


def read(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    found: list[Found] = []

    def overlapping(start: int, end: int) -> list[Found]:
        return [f for f in chosen + found if start < f.end and f.start < end]

    def same(item: Found, claim: Claim) -> bool:
        other = item.claim
        if other.kind is ClaimKind.CHANGE and claim.kind is ClaimKind.CHANGE:
            # "eleva a Colombia del nivel 2 al nivel 1": the move read with both ends says this.
            return (claim.tier or other.tier) == other.tier and (
                claim.from_tier or other.from_tier
            ) == other.from_tier
        ends = (other.kind, other.tier, other.from_tier)
        return ends == (claim.kind, claim.tier, claim.from_tier)

    def new_countries(claim: Claim, start: int, end: int) -> tuple[str, ...]:
        """The countries no claim of the same kind and tier read over these words already
        (a rule may have read part of a list, "... a Perú y Colombia en el Nivel 1"). A
        reading that missed the stay ("que repiten en ...") gives way to this one."""
        known: set[str] = set()
        for item in overlapping(start, end):
            if not same(item, claim) or item.claim.negated:
                continue
            if item in chosen and set(item.claim.countries) < set(claim.countries):
                chosen.remove(item)  # part of the list this reading names in full
                continue
            stay_missed = claim.unchanged and not item.claim.unchanged and item in chosen
            if stay_missed and set(item.claim.countries) <= set(claim.countries):
                chosen.remove(item)
                continue
            known |= set(item.claim.countries)
        return tuple(code for code in claim.countries if code not in known)

    def clear(start: int, words_between: str) -> bool:
        clause = CLAUSE_BREAK.split(tagged.text[:start])[-1]
        if NO_BEFORE.search(clause):
            return False
        # "estudia mantener a Perú en ...", "se abstuvo de colocar a Perú en ...": not done
        if WEIGHED_BEFORE_VERB.search(clause) or NOT_BEFORE_VERB.search(clause):
            return False
        if NO.search(TOKEN.sub(" ", words_between)) or CONDITION.search(TOKEN.sub(" ", clause)):
            return False
        return not CONDITION.search(TOKEN.sub(" ", words_between))

    def add(claim: Claim, start: int, end: int, placer_before: int | None = None) -> None:
        back = time_after(tagged.text[end:])
        if back is None:
            return
        countries = claim.countries
        if claim.kind is not ClaimKind.COUNT:
            countries = new_countries(claim, start, end)
            if not countries:
                return
        elif any(same(item, claim) for item in overlapping(start, end)):
            return
        if placer_before is not None:
            # An active verb with its object after it: the country before the verb placed
            # ("Estados Unidos dejó ... a Venezuela"); a reading of it as the one placed goes.
            for item in overlapping(start, end):
                if (
                    item in chosen
                    and item.start < placer_before
                    and not any(code in claim.countries for code in item.claim.countries)
                ):
                    subject = TOKEN.sub("", tagged.text[item.start : placer_before])
                    # "Estados Unidos también mejoró la posición de ...": an adverb between.
                    subject = PLACER_ADVERBS.sub("", subject)
                    if not subject.strip(" ,"):
                        chosen.remove(item)
        claim = replace(claim, countries=countries)
        years, end = claim_years(tagged, end)
        found.append(Found(claim, start, end, years=years, rule="clause-es", back=back))

    def token(match: re.Match[str], group: str) -> str | None:
        if match.group(group) is None:
            return None
        found_token = tagged.token_at(match.start(group))
        return found_token.value if found_token and found_token.value else None

    def countries_of(match: re.Match[str]) -> tuple[str, ...]:
        codes = country_codes(tagged.tokens_in(match.group("subj"), "C"))
        if match.groupdict().get("comp"):
            codes += country_codes(tagged.tokens_in(match.group("comp"), "C"))
        return codes

    def count_of(match: re.Match[str], tier: str, start: int, end: int) -> None:
        # "devolvió a Venezuela al grupo de 42 naciones en observación": the tier's size.
        number = token(match, "n") or token(match, "n0")
        if number and number.isdigit():
            add(Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=int(number)), start, end)

    for pattern in (VERB_OBJECT_TIER, VERB_TIER_OBJECT):
        for match in pattern.finditer(tagged.text):
            tier = token(match, "t")
            verb = re.sub(r"\s+", " ", match.group("verb"))
            between = f"{match.group('mid')} {match.group('mid2')}"
            if not tier or not clear(match.start(), f"{verb} {between}"):
                continue
            prep = re.sub(r"\s+", " ", match.group("prep") or "en")
            kind = "at" if prep in ("en", "como", "entre", "dentro de", "dentro del", "con") else (
                "from" if prep in ("de", "del", "desde") else "to")  # fmt: skip
            claim = _object_claim(verb, kind, tier, countries_of(match))
            onward = token(match, "t2") if pattern is VERB_OBJECT_TIER else None
            if claim is not None and kind == "from" and onward and onward != tier:
                direction = claim.direction or move_direction(tier, onward)
                claim = replace(claim, tier=onward, direction=direction)
            if claim is not None:
                add(claim, match.start(), match.end(), placer_before=match.start("verb"))
                count_of(match, tier, match.start(), match.end())
                # "mantuvo a Cuba e incluyó a la República Dominicana en su lista negra": the
                # first verb's object is on the tier the second names.
                first = _FIRST_OBJECT.search(tagged.text, 0, match.start())
                if first is not None and pattern is VERB_OBJECT_TIER:
                    first_verb = re.sub(r"\s+", " ", first.group("verb"))
                    earlier = _object_claim(first_verb, kind, tier, countries_of(first))
                    if earlier is not None and clear(first.start(), first_verb):
                        add(earlier, first.start(), first.end(), placer_before=first.start("verb"))

    for match in VERB_OBJECT_MOVE.finditer(tagged.text):
        verb = re.sub(r"\s+", " ", match.group("verb"))
        direction = _direction(verb)
        if direction is None or not clear(match.start(), f"{verb} {match.group('mid')}"):
            continue
        rest = CLAUSE_END.split(tagged.text[match.end() :], maxsplit=1)[0]
        if re.search(T, rest) or re.search(T, match.group("mid")):
            continue  # a tier in the clause: the readings above say where it went
        group = "subj" if match.group("subj") else "subj2"
        countries = country_codes(tagged.tokens_in(match.group(group), "C"))
        claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, direction=direction)
        add(claim, match.start(), match.end(), placer_before=match.start("verb"))

    for match in JOINS.finditer(tagged.text):
        tier = token(match, "t")
        if not tier or not clear(match.start(), match.group("verb")):
            continue
        codes = countries_of(match) + country_codes(tagged.tokens_in(match.group("subj2"), "C"))
        add(Claim(ClaimKind.TIER, "", (0, 0), countries=codes, tier=tier), match.start(),
            match.end())  # fmt: skip
        number = token(match, "n")
        if number and number.isdigit():
            # "y otros 16 países en el peor renglón" counts some of the tier, not all of it.
            for item in overlapping(match.start(), match.end()):
                if item in chosen and item.claim.kind is ClaimKind.COUNT:
                    chosen.remove(item)
            add(Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=int(number) + len(codes)),
                match.start(), match.end())  # fmt: skip

    joined = [*JOINED_COUNT.finditer(tagged.text), *JOINED_COUNT_AFTER.finditer(tagged.text)]
    for match in joined:
        tier = token(match, "t")
        verb = re.sub(r"\s+", " ", match.group("verb")).strip()
        placed = (
            BE_VERBS.search(verb)
            or STAY_VERBS.search(verb)
            or re.search(
                r"\b(?:se\s+ubic|se\s+situ|fue|fueron|qued|incluid|clasificad|ubicad)", verb
            )
        )
        if not tier or not placed or not clear(match.start(), verb):
            continue
        number = token(match, "n")
        if number and number.isdigit():
            total = int(number) + len(countries_of(match))
            add(Claim(ClaimKind.COUNT, "", (0, 0), tier=tier, count=total), match.start(),
                match.end())  # fmt: skip

    for pattern in (TIER_BEFORE, TIER_THEN_WHICH, MEMBERS_AFTER, COMPANIONS_AFTER):
        for match in pattern.finditer(tagged.text):
            tier = token(match, "t")
            verb = re.sub(r"\s+", " ", match.group("verb"))
            start = match.start() if pattern is MEMBERS_AFTER else match.start("t")
            mid = match.groupdict().get("mid") or ""
            if not tier or not clear(start, f"{mid} {verb}"):
                continue
            stays = bool(STAY_VERBS.search(verb)) or VOCABULARY.is_unchanged(
                f"{TOKEN.sub(' ', mid)} {verb}".strip(), verb
            )
            tier_first = pattern in (TIER_BEFORE, TIER_THEN_WHICH)
            if tier_first and not stays and not BE_VERBS.search(verb):
                continue
            if pattern is COMPANIONS_AFTER:
                stays = False
            countries = countries_of(match)
            if match.groupdict().get("new"):
                # "aparecen ocho países nuevos este año: ...": new to the tier this year.
                claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier)
            else:
                claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier,
                              unchanged=stays)  # fmt: skip
            add(claim, start, match.end())

    for match in TIER_WHICH_GETS.finditer(tagged.text):
        tier = token(match, "t")
        if not tier or not clear(match.start("t"), match.group("verb")):
            continue
        add(Claim(ClaimKind.TIER, "", (0, 0), countries=countries_of(match), tier=tier),
            match.start("t"), match.end())  # fmt: skip

    for match in COUNT_COLON_LIST.finditer(tagged.text):
        tier = token(match, "t")
        before = CLAUSE_BREAK.split(tagged.text[: match.start()])[-1]
        if not tier or not clear(match.start(), before):
            continue
        if TAKEN_OFF.search(match.group("words")):
            if match.group("prep") in ("de", "del"):
                left = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries_of(match),
                             from_tier=tier)  # fmt: skip
                add(left, match.start("t"), match.end())
            continue  # "Tres países fueron retirados de la lista negra: ...": not on it now
        add(Claim(ClaimKind.TIER, "", (0, 0), countries=countries_of(match), tier=tier),
            match.start("t"), match.end())  # fmt: skip

    for match in PRONOUN_OBJECT.finditer(tagged.text):
        # "... acusó a Venezuela de no hacer esfuerzos y la mantuvo en el escalón más bajo": the
        # pronoun stands for the country named last before it, unless that country is the
        # verb's own subject ("Estados Unidos la mantuvo en ...", whose object is elsewhere).
        tier = token(match, "t")
        verb = re.sub(r"\s+", " ", match.group("verb"))
        if not tier or not clear(match.start(), f"{verb} {match.group('mid')}"):
            continue
        named = [
            t
            for t in tagged.tokens_in(tagged.text[: match.start()], "C")
            if t.value and "+" not in t.value
        ]
        if not named:
            continue
        last = list(TOKEN.finditer(tagged.text, 0, match.start()))
        last_c = [m for m in last if m.group().startswith("\u27e6C")]
        if last_c and not tagged.text[last_c[-1].end() : match.start()].strip():
            continue  # the subject right before the pronoun placed it
        prep = re.sub(r"\s+", " ", match.group("prep"))
        kind = "at" if prep in ("en", "como", "entre", "dentro de", "dentro del") else (
            "from" if prep in ("de", "del", "desde") else "to")  # fmt: skip
        claim = _object_claim(verb, kind, tier, (named[-1].value,))
        if claim is not None:
            add(claim, match.start(), match.end())

    for match in BEFORE_NOW.finditer(tagged.text):
        # "Colombia ahora se encuentra en el Nivel 2, pese a que antes estaba en el Nivel 1": the
        # tier the country had in the report before (the move the two make follows from them).
        tier = token(match, "t")
        now = [
            item
            for item in chosen + found
            if item.end <= match.start()
            and item.claim.kind is ClaimKind.TIER
            and not item.claim.negated
            and item.claim.tier not in (None, tier)
            and NOW.search(tagged.text, item.start, item.end)
        ]
        if not tier or not now or not clear(match.start(), match.group("verb")):
            continue
        before = Claim(ClaimKind.TIER, "", (0, 0), countries=now[-1].claim.countries, tier=tier)
        found.append(Found(before, match.start(), match.end(), rule="clause-es", back=1))

    for match in VERB_TIER_SUBJECT.finditer(tagged.text):
        tier = token(match, "t")
        verb = re.sub(r"\s+", " ", match.group("verb"))
        if not tier or not clear(match.start("verb"), f"{verb} {match.group('mid')}"):
            continue
        prep = re.sub(r"\s+", " ", match.group("prep"))
        direction = _direction(verb)
        countries = countries_of(match)
        if prep in ("de", "del", "desde"):
            if direction or re.match(r"(?:(?:ha|han|habia|habian)\s+)?sal", verb):
                add(Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, from_tier=tier,
                          direction=direction), match.start("verb"), match.end())  # fmt: skip
        elif direction or re.match(r"(?:ingres|entr)", verb):
            add(Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                      direction=direction), match.start("verb"), match.end())  # fmt: skip
        elif prep in ("en", "como", "entre", "dentro de", "dentro del"):
            stays = bool(STAY_VERBS.search(verb))
            add(Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier,
                      unchanged=stays), match.start("verb"), match.end())  # fmt: skip

    for match in PASSED.finditer(tagged.text):
        old_tier, new_tier = token(match, "t"), token(match, "t2")
        if not old_tier or not new_tier or old_tier == new_tier:
            continue
        if not clear(match.start("verb"), ""):
            continue
        countries = countries_of(match)
        y1, y2 = token(match, "y1"), token(match, "y2")
        start, end = match.start(), match.end()
        direction = move_direction(old_tier, new_tier)
        moved = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=new_tier,
                      from_tier=old_tier, direction=direction)  # fmt: skip
        if y1 and y2:
            # Each tier with its own year: where it was, where it is, and the move between; a
            # reading of the first half alone (the move dated by the first year) goes.
            for item in overlapping(start, end):
                if item in chosen and item.claim.kind is ClaimKind.CHANGE:
                    chosen.remove(item)
            for claim, year in (
                (Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=old_tier), y1),
                (Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=new_tier), y2),
            ):
                found.append(Found(claim, start, end, years=(int(year),), rule="clause-es"))
            if int(y2) == int(y1) + 1:
                found.append(Found(moved, start, end, years=(int(y2),), rule="clause-es"))
        elif not y1 and not y2:
            add(moved, start, end)

    for match in TIER_INCLUDES.finditer(tagged.text):
        tier = token(match, "t")
        if not tier or not clear(match.start("t"), f"{match.group('mid')} {match.group('verb')}"):
            continue
        if match.group("new"):
            claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries_of(match), tier=tier)
        else:
            claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries_of(match), tier=tier)
        add(claim, match.start("t"), match.end())

    for match in SHARES_WITH.finditer(tagged.text):
        tier = token(match, "t")
        if not tier or not clear(match.start(), match.group("mid")):
            continue
        codes = countries_of(match) + country_codes(tagged.tokens_in(match.group("subj2"), "C"))
        add(Claim(ClaimKind.TIER, "", (0, 0), countries=codes, tier=tier), match.start(),
            match.end())  # fmt: skip

    for match in LEFT_FOR.finditer(tagged.text):
        old, new = token(match, "t"), token(match, "t2")
        if not old or not new or old == new or not clear(match.start(), match.group("mid")):
            continue
        direction = move_direction(old, new)
        claim = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries_of(match), tier=new,
                      from_tier=old, direction=direction)  # fmt: skip
        add(claim, match.start(), match.end())
    return found


# "mantuvo a Cuba e ...": an active verb and its object, coordinated with the next one.
_FIRST_OBJECT = re.compile(rf"{VERB}\s+a\s+(?:(?:los|las|la|el)\s+)?(?P<subj>{CL})\s+(?:y|e)\s+$")


def _object_claim(verb: str, kind: str, tier: str, countries: tuple[str, ...]) -> Claim | None:
    """The claim an active verb makes about its object and a tier it is "at", moved "to" or
    taken "from"."""
    direction = _direction(verb)
    if kind == "from" and (direction or _stem(verb, EXIT_STEMS)):
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, from_tier=tier,
                     direction=direction)  # fmt: skip
    if kind != "from" and direction:
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                     direction=direction)  # fmt: skip
    if kind != "from" and _stem(verb, ADD_STEMS) and verb.startswith("se "):
        return None  # "Cuba se suma a Irán en ...": Cuba joins; Irán is not moved
    if kind != "from" and _stem(verb, ADD_STEMS) and tier == "3":
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier,
                     direction="down")  # fmt: skip
    if kind == "to" and _stem(verb, MOVE_STEMS):
        return Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=tier)
    if kind == "at" and _stem(verb, KEEP_STEMS):
        return Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier, unchanged=True)
    if kind == "at" and _stem(verb, PLACE_STEMS):
        return Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
    return None


def _direction(verb: str) -> str | None:
    return VOCABULARY.direction(verb.split()[-1])
