"""English word orders the patterns do not reach, read over a tagged sentence (tagger.py).

* A country's own earlier tier, named by a possessive and dated: "Indonesia has been classified
  in Tier 2 ..., marking an improvement over its Tier 2 Watch List position in 2006". "Its"
  stands for the country of the claim just before it, else for the one country the sentence
  names before it (the report's author aside); with two or more, it is left alone.
* A tier's heading, its definition, and examples in brackets: "Tier 1 - Countries whose
  governments fully comply with ... (examples: Canada, U.S., Australia)".
"""

from __future__ import annotations

import re

from .clause_bounds import clause_before
from .country_tokens import is_author
from .earlier_report import time_after
from .found import Found
from .grammar import CL, QT, T, words
from .model import Claim, ClaimKind
from .tagger import TOKEN, Tagged

_Y = r"\u27e6Y(?P<y>\d+)\u27e7"
_STANDING = words(
    "position", "ranking", "rating", "status", "placement", "standing", "classification"
)
_OWN_EARLIER_TIER = re.compile(
    rf"\b(?:its|their)\s+{QT}(?P<t>{T})[\"']?\s+{_STANDING}"
    rf"\s+(?:in|of)\s+(?:the\s+)?{_Y}(?!\s*(?:report|tip)\b)"
)

_HEADING_EXAMPLES = re.compile(
    rf"^\W*{QT}(?P<t>{T})[\"']?\s*[-:]\s+"
    r"(?:[^()\u27e6]|\([^()\u27e6]*\)|\u27e6[CGNYO]\d+\u27e7){1,400}?"
    r"\(\s*(?:examples?|e\.\s*g\.?|for\s+(?:example|instance)|such\s+as|including)\s*[:,]?\s*"
    rf"(?P<subj>{CL})\s*[.,]?\s*\)"
)

# "Vietnam - which just two years ago was at rock bottom at Tier 3 - was upgraded": a relative
# clause in dashes places the country on its own tier, dated by its own words.
_DASHED_RELATIVE = re.compile(
    rf"(?P<subj>{CL})\s-\s(?P<rel>(?:which|who)\s+"
    r"(?P<inner>(?:[^-;:\u27e6]|\u27e6[NYT]\d+\u27e7)*?)\s"
    r"(?:was|were|had\s+been|sat|stood|languished)\s+(?:[a-z-]+\s+){0,3}?"
    # ("at rock bottom at Tier 3": the tier named twice)
    rf"(?:(?:on|at|in)\s+{QT}{T}[\"']?\s+)?(?:on|at|in|among)\s+{QT}(?P<t>{T})[\"']?)\s-\s"
)
# "... from bottom-ranked Tier 3, where it fell last year": that tier, at the time named.
_WHERE_IT_WAS = re.compile(
    rf"(?P<t>{T})[\"']?\s*,\s*(?P<where>where\s+(?:it|they|\u27e6C\d+\u27e7)\s+"
    r"(?:had\s+)?(?:fell|fallen|landed|sank|sunk|dropped|slipped|was\s+placed|been\s+placed|"
    r"was\s+put|been\s+put|was|were|been|sat|stayed|remained)"
    rf"\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)|in\s+{_Y}))(?!\s*(?:report|tip)\b)"
)
# "..., downgraded to the Watch List, which it rebounded from back to Tier 2 in 2022 and 2023":
# on the tier it went back to, in each year named.
_WHICH_IT_LEFT = re.compile(
    rf"(?P<from>{T})[\"']?\s*,\s*(?P<rel>which\s+(?:it|they)\s+(?:later\s+|then\s+)?"
    r"(?:rebounded|climbed|moved|rose|returned|bounced|came|escaped)\s+(?:back\s+)?(?:from|out\s+of)"
    rf"\s+(?:back\s+)?(?:up\s+)?(?:to|into)\s+{QT}(?P<t>{T})[\"']?\s+in\s+"
    rf"(?P<years>{_Y}(?:\s*,\s*\u27e6Y\d+\u27e7)*(?:\s*,?\s*and\s+\u27e6Y\d+\u27e7)?))"
    r"(?!\s*(?:report|tip)\b)"
)
# "Maldives only narrowly avoided a descent to Tier 3": not on that tier.
_AVOIDED = re.compile(
    r"(?P<subj>\u27e6C\d+\u27e7)\s+(?:(?:only|narrowly|just|barely|again|has|had|thus)\s+)*"
    r"(?:avoided|escaped|averted|dodged|evaded|was\s+spared)\s+(?:an?\s+|the\s+)?"
    r"(?:[a-z-]+\s+)?(?:descent|downgrade|demotion|relegation|drop|fall|slide)\s+(?:to|into|onto)"
    rf"\s+{QT}(?P<t>{T})"
)
# "... placed Nepal in Tier 2, except for a brief elevation to Tier 1 in 2005": a spell on
# another tier in the year named.
_BRIEF_SPELL = re.compile(
    r"\b(?:except\s+for|apart\s+from|save\s+for|but\s+for|besides)\s+(?:a|an|one|its|their)\s+"
    r"(?:(?:brief|short|single|temporary|one-year|lone)\s+)?"
    r"(?:elevation|promotion|upgrade|rise|move|drop|downgrade|demotion|fall|stint|spell|stay)\s+"
    rf"(?:to|on|in|at|into)\s+{QT}(?P<t>{T})[\"']?\s+in\s+(?P<years>{_Y}(?:\s*(?:,|and)\s*"
    r"\u27e6Y\d+\u27e7)*)(?!\s*(?:report|tip)\b)"
)
# "In 2012 Israel was placed in Tier 1 for the first time, and has remained there ever since",
# "... upgraded to Tier 1 in 2012, where it has stayed since": on that tier from the year the
# claim names up to the report at the time of writing.
_EVER_SINCE = re.compile(
    r"(?P<gap>(?:[^.;:\u27e6]|\u27e6[YO]\d+\u27e7){0,60}?)\s*,?\s+"
    r"(?P<stay>(?:and|where)\s+(?:it|they|\u27e6C\d+\u27e7)?\s*(?:has|have)\s+"
    r"(?:(?:remained|stayed|been|sat)(?:\s+(?:there|on\s+it|in\s+it|at\s+it|\u27e6T\d+\u27e7))?|kept\s+it)"
    rf"\s+(?:ever\s+since|since\s+then|since(?=\s*[.;,]|\s*$)|since\s+{_Y}))"
)
# "Peru rose from Tier 3 in 2008 to Tier 2", "..., moving from being ranked Tier 3 in 2008 to
# now Tier 2-Watchlist": the tier left, in the year named with it.
_FROM_A_DATED_TIER = re.compile(
    r"\bfrom\s+(?:being\s+(?:ranked|placed|listed|rated|classified)\s+)?(?:(?:on|in|at|as)\s+)?"
    rf"{QT}(?P<f>{T})[\"']?(?:\s+(?:status|ranking|rating|category|list))?\s+in\s+{_Y}"
    r"\s*,?\s+(?:(?:up|down|back)\s+)?(?:to|into|onto)\s+(?P<now>(?:now|the\s+current)\s+)?"
    rf"{QT}(?P<t>{T})"
)
# "Peru has made progress, moving from ... to ...": a participle whose subject is the country
# named before it.
_MOVING = re.compile(
    r",\s*(?:\u27e6C\d+\u27e7\s*)?(?:moving|rising|climbing|going|jumping|improving|dropping|falling|slipping|sliding)"
    r"\s+$"
)
# What makes a relative clause say something else than "it was on that tier".
_NOT_SAID = re.compile(
    r"\b(?:not|no|never|nor|without|could|would|might|may|will|should|if|unless|risk\w*)\b"
)


def read(tagged: Tagged, chosen: list[Found]) -> list[Found]:

    found: list[Found] = []
    for match in _OWN_EARLIER_TIER.finditer(tagged.text):
        if any(match.start() < f.end and f.start < match.end() for f in chosen):
            continue
        # "Its": the country of the claim just before, or the one country named before.
        earlier = [f for f in chosen if f.end <= match.start() and f.claim.countries]
        countries: set[str]
        if earlier:
            countries = set(max(earlier, key=lambda f: f.end).claim.countries)
        else:
            named = [
                tagged.tokens[int(m.group("index"))]
                for m in TOKEN.finditer(tagged.text, 0, match.start())
            ]
            countries = {t.value for t in named if t.kind == "C" and not is_author(tagged, t)}
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        if len(countries) != 1 or not tier or "+" in next(iter(countries)):
            continue
        year = int(tagged.tokens[int(match.group("y"))].value)
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=tuple(countries), tier=tier)
        found.append(Found(claim, match.start(), match.end(), years=(year,), rule="its"))
    found += _asides(tagged, chosen)
    found += _stayed_ever_since(tagged, chosen)
    found += _from_a_dated_tier(tagged, chosen)
    heading = _HEADING_EXAMPLES.match(tagged.text)
    if heading and not any(heading.start("subj") < f.end for f in chosen):
        tier = tagged.tokens[int(heading.group("t")[2:-1])].value
        examples = tuple(
            dict.fromkeys(
                t.value for t in tagged.tokens_in(heading.group("subj"), "C") if "+" not in t.value
            )
        )
        if tier and examples:
            claim = Claim(ClaimKind.TIER, "", (0, 0), countries=examples, tier=tier)
            start, end = heading.start("subj"), heading.end()
            found.append(Found(claim, start, end, rule="heading-examples"))
    return found


def _asides(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """Tiers said of a country in a relative clause of a claim about it: in dashes, or after
    a tier it left ("..., where it fell last year")."""
    found: list[Found] = []
    for match in _DASHED_RELATIVE.finditer(tagged.text):
        if _NOT_SAID.search(TOKEN.sub(" ", match.group("rel"))):
            continue
        countries = tuple(
            dict.fromkeys(
                t.value
                for t in tagged.tokens_in(match.group("subj"), "C")
                if "+" not in t.value and not is_author(tagged, t)
            )
        )
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        if not countries or not tier:
            continue
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
        found.append(Found(claim, match.start("rel"), match.end("rel"), rule="dashed"))
    for match in _WHERE_IT_WAS.finditer(tagged.text):
        # the claim the tier belongs to: the last before it, with no other country between
        owner = [
            f
            for f in chosen
            if f.start < match.start("t")
            and f.claim.countries
            and not f.claim.negated
            and not tagged.tokens_in(tagged.text[f.end : match.start("t")], "C")
        ]
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        if not tier or not (owner or tagged.tokens_in(match.group("where"), "C")):
            continue
        named = tuple(t.value for t in tagged.tokens_in(match.group("where"), "C"))
        countries = named or max(owner, key=lambda f: f.end).claim.countries
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=tier)
        year = match.group("y")
        years: tuple[int, ...] = (int(tagged.tokens[int(year)].value),) if year else ()
        where = Found(claim, match.start("where"), match.end(), years=years, rule="where")
        found.append(where)
    for match in _WHICH_IT_LEFT.finditer(tagged.text):
        owner = [
            f
            for f in chosen
            if f.start < match.start("from") <= f.end and f.claim.countries and not f.claim.negated
        ]
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        if len(owner) != 1 or not tier:
            continue
        years = tuple(int(t.value) for t in tagged.tokens_in(match.group("years"), "Y"))
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=owner[0].claim.countries, tier=tier)
        found.append(
            Found(claim, match.start("rel"), match.end(), years=years, rule="which-it-left")
        )
    for match in _BRIEF_SPELL.finditer(tagged.text):
        before = [f for f in chosen if f.end <= match.start() and f.claim.countries]
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        if not before or not tier:
            continue
        last = max(before, key=lambda f: f.end)
        if last.claim.negated or tagged.tokens_in(tagged.text[last.end : match.start()], "C"):
            continue
        years = tuple(int(t.value) for t in tagged.tokens_in(match.group("years"), "Y"))
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=last.claim.countries, tier=tier)
        found.append(Found(claim, match.start(), match.end(), years=years, rule="spell"))
    for match in _AVOIDED.finditer(tagged.text):
        subject = tagged.tokens[int(match.group("subj")[2:-1])]
        tier = tagged.tokens[int(match.group("t")[2:-1])].value
        said = TOKEN.sub(" ", re.split(r"[,;:]", tagged.text[: match.start()])[-1])
        if not tier or "+" in subject.value or is_author(tagged, subject):
            continue
        if _NOT_SAID.search(said + " " + TOKEN.sub(" ", match.group())):
            continue
        # "Malaysia was spared a downgrade to Tier 3 last year": the time after dates it.
        back = time_after(tagged.text[match.end() :], tagged)
        if back is None:
            continue
        claim = Claim(ClaimKind.TIER, "", (0, 0), countries=(subject.value,), tier=tier,
                      negated=True)  # fmt: skip
        found.append(Found(claim, match.start(), match.end(), rule="avoided", back=back))
    return found


def _stayed_ever_since(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """A tier or a move to it, then "and has remained there ever since": on that tier in the
    report at the time of writing, in a run from the year named (when one is)."""
    found: list[Found] = []
    for item in chosen:
        claim = item.claim
        if claim.kind not in (ClaimKind.TIER, ClaimKind.CHANGE) or claim.negated or not claim.tier:
            continue
        match = _EVER_SINCE.match(tagged.text, item.end)
        if match is None or tagged.tokens_in(match.group("gap"), "C"):
            continue
        if any(t.value not in claim.countries for t in tagged.tokens_in(match.group("stay"), "C")):
            continue  # "..., and Chile has remained there ever since": another country's stay
        if _NOT_SAID.search(TOKEN.sub(" ", match.group("gap") + " " + match.group("stay"))):
            continue
        named = match.group("y") or None
        years = tagged.tokens_in(tagged.text[: match.start("stay")], "Y")
        since = int(tagged.tokens[int(named)].value) if named else None
        if since is None and years:
            since = int(years[-1].value)
        stay = Claim(ClaimKind.TIER, "", (0, 0), countries=claim.countries, tier=claim.tier,
                     unchanged=True)  # fmt: skip
        found.append(
            Found(stay, match.start("stay"), match.end(), since=since, rule="ever-since", now=True)
        )
    return found


def _from_a_dated_tier(tagged: Tagged, chosen: list[Found]) -> list[Found]:
    """The tier a move left, when the year it was on it is named ("from Tier 3 in 2008 to Tier
    2"): a tier claim in that year; after a participle ("..., moving from ... to now Tier 2")
    the subject named before it is also on the tier it reached."""
    found: list[Found] = []
    for match in _FROM_A_DATED_TIER.finditer(tagged.text):
        left = tagged.tokens[int(match.group("f")[2:-1])].value
        reached = tagged.tokens[int(match.group("t")[2:-1])].value
        if not left or not reached or left == reached:
            continue
        owners = [
            f
            for f in chosen
            if f.claim.kind is ClaimKind.CHANGE
            and f.start < match.start() < f.end
            and not f.claim.negated
            and f.claim.countries
        ]
        moving = _MOVING.search(tagged.text, 0, match.start())
        countries: tuple[str, ...] = ()
        if owners:
            countries = owners[0].claim.countries
        elif moving:
            named = [
                t
                for t in tagged.tokens_in(tagged.text[: moving.start()], "C")
                if not is_author(tagged, t) and "+" not in t.value
            ]
            countries = (named[-1].value,) if named else ()
        if not countries:
            continue
        if _NOT_SAID.search(TOKEN.sub(" ", clause_before(tagged.text, match.start()))):
            continue
        year = int(tagged.tokens[int(match.group("y"))].value)
        was = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=left)
        found.append(Found(was, match.start(), match.end("f"), years=(year,), rule="dated-from"))
        if moving and not owners:
            now = Claim(ClaimKind.TIER, "", (0, 0), countries=countries, tier=reached)
            found.append(Found(now, moving.start() + 1, match.end(), rule="dated-from"))
    return found
