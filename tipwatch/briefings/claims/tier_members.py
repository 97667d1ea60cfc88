"""Countries a tier is said to hold, where the tier or its count is the subject: "Tier 3 includes
23 countries: Belarus, Burundi, ...", "The 22 Tier 3 countries include Russia, China and Iran",
"El Nivel 3 incluye a Cuba, Irán y Rusia"; and a country that joins or sits in a counted group
of a tier: "Peru joins 22 other countries on Tier 3", "Peru is in a group of 80 Tier 2
countries". Each named country is on that tier (the count, if any, is the count readers'); a
clause that denies or supposes it ("could include") gives nothing."""

from __future__ import annotations

import re

from .clause_bounds import clause_before
from .clause_mood import LOOSE_MODAL, NEGATED_BEFORE
from .country_tokens import country_codes
from .found import Found
from .grammar import CL, COUNTRY_NOUNS, N, T
from .model import ClaimKind
from .pair_basics import tier_claim
from .tagger import TOKEN, Tagged

_ARTICLE = r"(?:(?:la|el|los|las|the|a|an|this\s+year's)\s+)?[\"']?"
_TIER_WORD = r"(?:\s+(?:list|category|group|ranking|countries|nations|categoria|lista|grupo))?"

# The tier, or a count of its countries, as the subject of "include" ("Tier 3 includes 23
# countries: ...", "The 22 Tier 3 countries include ...", "El Nivel 3 incluye a ..."). A count
# of the countries may stand between the verb and the names, set off by a colon or "including".
_TIER_INCLUDES = re.compile(
    rf"{_ARTICLE}(?:{N}\s+)?[\"']?{T}[\"']?{_TIER_WORD}"
    # ("The Tier 3 list, which includes Cuba and Venezuela, grew": in a relative clause)
    r"(?:\s*,\s*(?:which|que))?"
    r"(?:\s+(?:now|also|this\s+year|ahora|tambien|este\s+ano))?\s+"
    r"(?:includes?|included|comprises?|comprised|incluye|incluyen|incluia|comprende)\s+"
    r"(?:a\s+)?"
    rf"(?:(?:{N}\s+)?(?:[a-z-]+\s+)?{COUNTRY_NOUNS}\s*(?::|,?\s*(?:including|such\s+as|among\s+them|"
    r"entre\s+ell[oa]s|como))\s*,?\s*)?"
    rf"(?P<subj>{CL})"
)
# "Peru joins 22 other countries on Tier 3", "Peru is in a group of 80 Tier 2 countries":
# the country named before the group is in it. (A move that ends by joining a group is the
# companions' to read.)
_JOINS_GROUP = re.compile(
    rf"(?P<subj>{CL})\s+(?:now\s+|also\s+)?"
    r"(?:(?:joins|joined|has\s+joined|have\s+joined)\s+"
    rf"(?:{N}\s+other\s+{COUNTRY_NOUNS}|the\s+(?:[a-z-]+\s+){{0,2}}?{COUNTRY_NOUNS})\s+(?:on|in|at)\s+"
    rf"{_ARTICLE}{T}"
    r"|(?:is|are|was|were|sits?|sat|stands?|stood)\s+(?:now\s+)?(?:in|among|part\s+of)\s+"
    rf"(?:a|the)\s+(?:group|list|club|bloc|set)\s+of\s+{N}\s+(?:other\s+)?"
    rf"[\"']?{T}[\"']?\s+{COUNTRY_NOUNS})"
)

# The countries of a tier named after it: "Among the 22 Tier 3 countries are Russia, ...",
# "The 22 countries on Tier 3 are: ..." ("On Tier 3: ..." is `held_tiers`').
_TIER_COUNTRIES = (
    rf"(?:{N}\s+)?(?:[\"']?{T}[\"']?\s+{COUNTRY_NOUNS}|{COUNTRY_NOUNS}\s+(?:(?:ranked|rated|placed|listed)\s+)?"
    rf"(?:on|in|at|as)\s+{_ARTICLE}{T}[\"']?{_TIER_WORD})"
    r"(?:\s+(?:this\s+year|este\s+ano))?"
)
_TIER_COUNTRIES_ARE = re.compile(
    rf"(?:\b(?:among|entre)\s+{_ARTICLE}{_TIER_COUNTRIES}\s+(?:are|were|figure|figuran|estan|"
    rf"se\s+encuentran)|^\W*(?:the\s+|los\s+)?{_TIER_COUNTRIES}\s+(?:are|were|son|fueron))"
    rf"\s*:?\s+(?P<subj>{CL})"
)
# "Peru, one of 22 Tier 3 countries, ...", "Russia is one of 22 countries that received a Tier 3
# rating" (a country one of a tier's counted countries).
_ONE_OF_TIER = re.compile(
    rf"(?P<subj>{CL})\s*(?:,\s*|\s+(?:is|was|are|were|remains|remained)\s+)"
    rf"(?:(?:one|two|three|four|five|{N})\s+of\s+(?:the\s+|only\s+)?{N}\s+"
    rf"(?:[\"']?{T}[\"']?\s+{COUNTRY_NOUNS}|{COUNTRY_NOUNS}\s+(?:that\s+|which\s+)?(?:received|got|were\s+given|"
    rf"given|with|earned|drew)\s+{_ARTICLE}{T}))"
)


def tier_member_claims(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Tier claims for the countries a tier is said to include, or that join its group, where
    no claim read already places them."""
    extra: list[Found] = []
    for pattern in (_TIER_INCLUDES, _JOINS_GROUP, _TIER_COUNTRIES_ARE, _ONE_OF_TIER):
        for match in pattern.finditer(tagged.text):
            subj = match.group("subj")
            # the tier is the one token of a tier in the match outside the countries' list
            outside = match.group().replace(subj or "", " ")
            tiers = tagged.tokens_in(outside, "T")
            countries = country_codes(tagged.tokens_in(subj, "C"))
            if not subj or not tiers or not tiers[0].value or not countries:
                continue
            said = TOKEN.sub(" ", clause_before(tagged.text, match.start()) + match.group())
            if NEGATED_BEFORE.search(said) or LOOSE_MODAL.search(said):
                continue
            tier = tiers[0].value
            if any(
                f.claim.tier == tier
                and f.claim.kind in (ClaimKind.TIER, ClaimKind.CHANGE)
                and set(countries) <= set(f.claim.countries)
                for f in chosen
            ):
                continue
            claim = tier_claim(countries, tier)
            extra.append(Found(claim, match.start(), match.end(), rule="tier-members"))
    return extra
