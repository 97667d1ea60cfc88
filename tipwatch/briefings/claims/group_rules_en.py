"""The English rules that read the only members of a group on a tier: "Peru is the only
country in South America on Tier 1", "only Chile and Colombia are on Tier 1"."""

from __future__ import annotations

from .count_words_en import GROUP_VERBS, IN_GROUP, IN_GROUP2
from .grammar import CL, QT, G, N, Rule, T, rule, words
from .model import ClaimKind
from .sentence_parts_en import COUNTRY_NOUN
from .verbs_en import REL, STANDING

_IS_OR_REMAINS = words("is", "are", "was", "were", "remains", "remain", "remained")
# "the only", "the sole", "its lone": a group with one member, or one list.
ONLY = words("only", "sole", "lone", "single")
# "Japan is only a Tier 2 country": "only" before an indefinite article means "merely", and
# the sentence places Japan without saying it is alone there.
_NOT_MERELY = r"(?!(?:a|an)\s)"
# "Belize is the only Central American country with a Tier 3 ranking": at that tier.
_WITH_A = rf"\s+with\s+(?:a|an)(?=\s+{QT}{T}[\"']?\s+{STANDING})"

GROUP_RULES: list[Rule] = [
    rule(
        ClaimKind.GROUP,
        "only-list",
        rf"(?<!not\s)\b(?:only|just|solely)\s+(?P<subj>{CL}){IN_GROUP}{GROUP_VERBS}"
        rf"(?:\s+(?P<rel>{REL}))?\s+{QT}(?P<t>{T}){IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "the-only",
        rf"(?P<subj>{CL})\s+{_IS_OR_REMAINS}"
        rf"\s+(?:the\s+)?{ONLY}\s+{_NOT_MERELY}(?:{N}\s+)?"
        rf"(?:(?P<gadj>{G})\s+|[a-z-]+\s+)?(?:{COUNTRY_NOUN}|members?){IN_GROUP}"
        rf"(?:\s+(?:that|which|to\s+be))?{GROUP_VERBS}(?:\s+(?P<rel>{REL})|{_WITH_A})?"
        rf"\s+{QT}(?P<t>{T}){IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "only-tier-country",
        rf"(?P<subj>{CL})\s+{_IS_OR_REMAINS}"
        rf"\s+(?:the\s+|(?P<g>{G})'s?\s+)?{ONLY}\s+{_NOT_MERELY}"
        rf"{QT}(?P<t>{T})"
        rf"\s+(?:{COUNTRY_NOUN}|members?){IN_GROUP2}",
    ),
    # The same, the subject last: "The only Tier 1 country in South America is Chile", "the
    # region's only Tier 1 countries are Chile and Colombia", "the only country in the region
    # on Tier 1 is Chile".
    rule(
        ClaimKind.GROUP,
        "the-only-tier-country-is",
        rf"\bthe\s+(?:(?P<gadj>{G})'s?\s+)?{ONLY}\s+{_NOT_MERELY}{QT}(?P<t>{T})[\"']?\s+"
        rf"(?:{COUNTRY_NOUN}|members?){IN_GROUP}\s+{_IS_OR_REMAINS}(?:\s+still)?\s+(?P<subj>{CL})",
    ),
    rule(
        ClaimKind.GROUP,
        "the-only-country-on-the-tier-is",
        rf"\bthe\s+{ONLY}\s+(?:(?P<gadj>{G})\s+)?(?:{COUNTRY_NOUN}|members?){IN_GROUP}"
        rf"(?:\s+(?:that|which)\s+(?:is|was|remains))?\s+(?:on|in|at)\s+(?:the\s+)?{QT}(?P<t>{T})"
        rf"[\"']?(?:\s+{STANDING})?{IN_GROUP2}\s+{_IS_OR_REMAINS}(?:\s+still)?\s+(?P<subj>{CL})",
    ),
    # "..., leaving Peru as the only Tier 2 country in South America", "That makes Chile the
    # region's only Tier 1 country": what the sentence made the country, it is.
    rule(
        ClaimKind.GROUP,
        "left-as-the-only",
        rf"\b{words('leaving', 'leaves', 'left', 'leave', 'makes', 'made', 'making', 'make')}"
        rf"\s+(?P<subj>{CL})\s+(?:as\s+)?(?:the\s+|(?P<g>{G})'s?\s+)?{ONLY}\s+{_NOT_MERELY}"
        rf"{QT}(?P<t>{T})[\"']?\s+(?:{COUNTRY_NOUN}|members?){IN_GROUP2}",
    ),
    rule(
        ClaimKind.GROUP,
        "alone",
        rf"(?P<subj>{CL})\s+alone{IN_GROUP}{GROUP_VERBS}(?:\s+(?P<rel>{REL}))?\s+{QT}(?P<t>{T})"
        rf"{IN_GROUP2}",
    ),
]
