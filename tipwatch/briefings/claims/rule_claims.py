"""The claim one rule's match makes: its countries, tiers, move, count or group."""

from __future__ import annotations

import re
from dataclasses import replace

from .country_tokens import country_codes
from .gazetteer import WORLD
from .grammar import Rule, Vocabulary
from .model import Claim, ClaimKind
from .tagger import TOKEN, Tagged

_TOKEN_AFTER = re.compile(r"\s*,?\s*\u27e6(?P<kind>G)(?P<index>\d+)\u27e7")


def group_of(match: re.Match[str], tagged: Tagged) -> tuple[str | None, int | None]:
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


_NEGATED_PERFECT = re.compile(r"\b(?:not|never)\s+been\b|n't\s+been\b")


def build_claim(
    rule: Rule, match: re.Match[str], tagged: Tagged, vocab: Vocabulary
) -> Claim | None:
    groups = match.groupdict()
    subject = tagged.tokens_in(groups.get("subj"), "C")
    countries = country_codes(subject)
    if groups.get("beside"):
        # "Perú se encuentra, al igual que Ecuador, en el Nivel 2": the countries set beside
        # the subject between its verb and its tier share the claim.
        beside = country_codes(tagged.tokens_in(groups["beside"], "C"))
        countries = (*countries, *(code for code in beside if code not in countries))
    tier_tokens = tagged.tokens_in(groups.get("t"), "T")
    tier = tier_tokens[0].value if tier_tokens else None
    verb = groups.get("verb") or ""
    # ("had not been on Tier 3": the negation inside a perfect of being)
    negated = bool(groups.get("neg")) or bool(_NEGATED_PERFECT.search(verb))
    base = Claim(kind=rule.kind, text="", span=(0, 0))
    # (one token for several countries, "ambos países", is a plural subject)
    if len(subject) > 1 and _one_subject(match, vocab):
        countries = countries[-1:]
    if "subj" in match.re.groupindex and match.group("subj") is not None:
        negated = negated or bool(NEITHER.search(tagged.text, 0, match.start("subj")))
    if "verb" in match.re.groupindex and match.group("verb") is not None:
        # "The report did not put Chile on Tier 1": a negation right before an active verb.
        start = match.start("verb")
        negated = negated or bool(NOT_BEFORE_VERB.search(tagged.text, max(0, start - 24), start))
        if WEIGHED_BEFORE_VERB.search(tagged.text, max(0, start - 24), start):
            return None  # "Washington estudia mantener a Perú en el Nivel 2": not done

    if rule.kind is ClaimKind.TIER:
        if not countries or tier is None:
            return None
        kept = vocab.is_unchanged(groups.get("ranked") or "", "")  # ("was kept on Tier 2")
        unchanged = (kept or vocab.is_unchanged(verb, match.group())) and not negated
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
            group=group_of(match, tagged)[0],
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
        group=group_of(match, tagged)[0],
    )


_DROPPED_OFF = re.compile(r"\s*dropp?(?:ed|s)?\s+off\b")
NOT_BEFORE_VERB = re.compile(
    r"(?:\b(?:did|does|do|has|have|had)\s+not|n't|\bnever|\bno\s+longer|"
    # "stopped short of putting Peru on the Watch List", "declined to move Peru to Tier 3"
    r"\bstop(?:s|ped)?\s+short\s+of|\brefrain(?:s|ed)?\s+from|\bdeclin(?:e|es|ed)\s+to|"
    r"\brefus(?:e|es|ed)\s+to|\bfail(?:s|ed)?\s+to|\bavoid(?:s|ed)?|\bwithout|"
    # "se abstuvo de colocar a Perú en la lista", "evitó rebajar a Perú"
    r"\bse\s+abst\w+\s+de|\babstenerse\s+de|\bevit\w+|\bdej\w+\s+de|\bsin)\s+(?:again\s+)?$"
)
# A verb of placing or moving after one of weighing or planning: a step not (yet) taken.
WEIGHED_BEFORE_VERB = re.compile(
    r"\b(?:estudi|evalu|analiz|sopes|plane|pretend)(?:a|an|aba|aban|o|aron|ando|ara|aran)\s+$"
)
# "ni Cuba ni Venezuela", "Neither Peru nor Chile is on Tier 3": a negation of the list.
# ("Not even Chile is on Tier 1": the subject's own negation)
NEITHER = re.compile(r"\b(?:ni|neither|not\s+even|ni\s+siquiera)\s+$")
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


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$")
_COUNT_VERB_IN = re.compile(
    r"\b(?:are|were|was|is|remain\w*|sit|sat|stay\w*|been|ended\s+up|landed|appear\w*)\b"
)
_AMONG_BEFORE = re.compile(
    r"\b(?:among|entre|one\s+of|uno\s+de|una\s+de)\s+(?:the\s+|los\s+|las\s+)?$"
)
