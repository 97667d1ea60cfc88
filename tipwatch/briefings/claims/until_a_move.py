"""A stay on a tier "until" a year, "when" the country moved: "Malaysia remained on Tier 1
until 2012, when it was downgraded to Tier 2" puts it on Tier 1 in the 2011 report and moves
it to Tier 2 in the 2012 one; "se mantuvo en el Nivel 1 hasta el año pasado, cuando pasó al
Nivel 2" does the same a report and two before the text's. English and Spanish.

"Until 2012" alone is left unread (it may or may not take in 2012); the move the "when" clause
tells is what says the stay ended the report before."""

from __future__ import annotations

import re
from dataclasses import replace

from .country_tokens import country_codes, is_author
from .found import Found
from .model import Claim, ClaimKind
from .tagger import Tagged
from .tier_order import move_direction

_UNTIL_A_MOVE = re.compile(
    r"(?P<c>\u27e6C\d+\u27e7)\s+(?:(?:had|has)\s+)?"
    r"(?P<stay>was|were|remained|stayed|sat|been|estuvo|estuvieron|estaba|estaban|"
    r"se\s+mantuvo|se\s+mantuvieron|permanecio|permanecieron|figuro|figuraba)\s+"
    r"(?:(?:on|in|at|en|el|la|the|a|an|tier|nivel)\s+)*[\"']?(?P<t1>\u27e6T\d+\u27e7)[\"']?"
    r"(?:\s+(?:status|ranking|category|categoria))?\s*,?\s+(?:until|till|hasta)\s+"
    r"(?:(?:the|el)\s+)?(?:(?P<y>\u27e6Y\d+\u27e7)(?:\s+(?:report|informe))?|"
    r"(?P<last>last\s+year|(?:el\s+)?ano\s+pasado))\s*,\s*(?:when|cuando)\s+"
    r"(?:(?:it|they|\u27e6C\d+\u27e7)\s+)?(?:(?:was|were|se)\s+)?"
    r"(?P<verb>downgraded|upgraded|demoted|relegated|promoted|moved|fell|dropped|slipped|rose|"
    r"climbed|paso|bajo|subio|cayo|descendio|ascendio|fue\s+(?:degradad|rebajad|relegad|"
    r"ascendid|elevad|trasladad|movid)[oa])\s+(?:(?:up|down|back)\s+)?"
    r"(?:to|into|al|a\s+la|a)\s+(?:(?:the|el|la)\s+)?[\"']?(?P<t2>\u27e6T\d+\u27e7)"
)


def until_a_move(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """`chosen` with each such stay read as the tier of the report before the move, and the
    move itself (unless a reader already read it), dated by the year the "until" names."""
    result = list(chosen)
    for match in _UNTIL_A_MOVE.finditer(tagged.text):
        subject = tagged.tokens[int(match.group("c")[2:-1])]
        if "+" in subject.value or is_author(tagged, subject):
            continue
        countries = country_codes([subject])
        left = tagged.tokens[int(match.group("t1")[2:-1])].value
        went = tagged.tokens[int(match.group("t2")[2:-1])].value
        if not left or not went or left == went:
            continue
        # the move's report and the stay's: the year named and the one before, or (for "last
        # year") one report and two before the text's
        moved_in: tuple[int, ...] = ()
        stayed_in: tuple[int, ...] = ()
        if match.group("y"):
            year = int(tagged.tokens[int(match.group("y")[2:-1])].value)
            moved_in, stayed_in = (year,), (year - 1,)
        back = 0 if moved_in else 1
        # the stay, read elsewhere as some other time ("until ..."), is given its report
        result = [
            f
            for f in result
            if not (
                f.claim.kind is ClaimKind.TIER
                and f.claim.tier == left
                and set(f.claim.countries) == set(countries)
                and match.start() <= f.start < match.end()
            )
        ]
        stay = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=left)
        end = match.start("t1") + len(match.group("t1"))
        result.append(Found(stay, match.start(), end, years=stayed_in, back=back and back + 1,
                            rule="until-a-move"))  # fmt: skip
        moved = [
            f
            for f in result
            if f.claim.kind is ClaimKind.CHANGE
            and f.claim.tier == went
            and set(f.claim.countries) == set(countries)
            and match.start() <= f.start < match.end()
        ]
        if moved:
            # (read already: its own year, or the one "until" names)
            for f in moved:
                if not f.years and not f.year:
                    result[result.index(f)] = replace(f, years=moved_in, back=back)
            continue
        move = Claim(ClaimKind.CHANGE, "", (0, 0), countries=countries, tier=went,
                     direction=move_direction(left, went))  # fmt: skip
        result.append(Found(move, match.start("verb"), match.end(), years=moved_in, back=back,
                            rule="until-a-move"))  # fmt: skip
    return result
