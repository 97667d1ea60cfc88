"""Metrics and trafficking forms: what a count counts.

The names of the metrics (``METRICS``: investigations, prosecutions, convictions and
victims identified, each also by form), the verb or noun that names a metric, and the
reading of a count's form from the words after it ("10 for sex trafficking").
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.numbers import (
    DIGITS_PATTERN,
    WORDS_PATTERN,
)
from tipwatch.ingest.parsing.statistics.patterns import (
    ANCHOR_WORD,
    COMPARE,
    FOR_FORM,
    FORM,
    PERSON_NOUNS,
)

BASE_METRICS = ("investigations", "prosecutions", "convictions", "victims_identified")

FORMS = ("sex_trafficking", "labor_trafficking")

METRICS = BASE_METRICS + tuple(f"{base}_{form}" for base in BASE_METRICS for form in FORMS)

_FORM_AFTER = re.compile(
    # "exploited 144 of these identified victims in forced labor": a part named as such
    rf"\s+(?:(?:(?:of\s+(?:the|these|those)\s+)?(?:[a-z][\w\-]*\s+){{0,2}}?(?:{PERSON_NOUNS})\s+)?"
    r"(?:for|of|involving|involved|concerned|in|into|related\s+to|under|were\s+for"
    r"|were\s+related\s+to|(?:were\s+|was\s+)?charged\s+with|with)\s+"
    # "for trafficking for the purpose of sexual (or labor) exploitation"
    r"(?:(?:(?:human\s+)?trafficking\s+(?:for|in)\s+(?:the\s+purposes?\s+of\s+)?)?"
    # "190 involved predominantly sex trafficking": the form the report files the count under
    rf"(?:(?:alleged|suspected|child|adult|possible|potential|predominantly|primarily|mainly"
    rf"|mostly)\s+)*(?P<form>{FORM})\b"
    r"|(?:human\s+)?trafficking\s+for\s+(?:the\s+purposes?\s+of\s+)?"
    r"(?P<form5>lab(?:or|our)\s+exploitation)\b)"
    # "three were sex trafficking victims and one was a labor trafficking victim"
    rf"|(?:(?:were|was\s+(?:an?\s+)?)\s*)?(?:(?:potential|suspected|alleged|possible|child|adult|new|additional"
    rf"|separate|female|male)\s+)*(?P<form2>{FORM})\b"
    # "41 of whom were exploited in forced labor", "25 of which were for sex trafficking",
    # "25 of which involved sex trafficking", "25 of whom were sex trafficking victims": the
    # relative clause names the part's form, with or without a preposition ("25 of whom
    # were child sex trafficking victims" is the children's count, as CHILD_FORM_AFTER reads)
    r"|of\s+(?:them|whom|which)\s+(?:(?:were|was|involved|concerned)\s+)?"
    r"(?:(?:exploited|subjected|victims)\s+)?"
    rf"(?:(?:in|to|for|of)\s+)?(?!child\b)(?P<form3>{FORM})\b"
    # "71 were exploited in sex trafficking", "81 were victims exploited in sex trafficking"
    rf"|(?:(?:were|was)\s+)?(?:victims\s+)?(?:exploited|subjected)\s+(?:in|to)\s+(?P<form4>{FORM})\b"
    # "9 alleged traffickers, all for sex trafficking": one form for the whole count
    rf"|(?:[a-z][\w\-]*\s+){{0,2}}?(?:{PERSON_NOUNS}|investigations|prosecutions|convictions)"
    r"\s*,\s+all\s+(?:of\s+(?:them|whom|which)\s+)?(?:(?:were|was)\s+)?(?:for|of|involving|in)\s+"
    rf"(?P<form6>{FORM})\b)",
    re.IGNORECASE,
)

# A second offense named beside the form ("cases of labor trafficking and exploiting a
# trafficked person"): the count is not restricted to that form.
_OFFENSE_GERUND = (
    r"(?:exploiting|facilitating|harbou?ring|transporting|recruiting|procuring|soliciting"
    r"|pimping|promoting|selling|buying|smuggling)"
)

_FORM_MIXTURE = re.compile(
    rf"\s*(?:,\s*)?(?:and|or|and/or)\s+(?:{FORM}|{_OFFENSE_GERUND}\s+(?:a|an|the|of)\b"
    r"|(?:[\w\-]+\s+)?trafficking\b"
    # "23 for sex trafficking and “pimping”": an offense that is no trafficking form
    r"|[\u201c\"']?(?:pimping|pandering|procuring|prostitution)\b)",
    re.IGNORECASE,
)

_IN_CASES = re.compile(
    rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{PERSON_NOUNS})\s+in\s+[\w,]+\s+cases?(?=\s)"
    # "four cases involving seven suspects for forced labor": the form follows the people
    rf"|\s+(?:[a-z][\w\-]*\s+){{0,2}}?cases?\s+(?:involving|against)\s+[\w,]+\s+"
    rf"(?:[a-z][\w\-]*\s+)?(?:{PERSON_NOUNS})(?=\s)",
    re.IGNORECASE,
)

_MORE_CASES_AFTER = re.compile(
    rf"\s*,?\s+and\s+(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\s+(?:other\s+)?cases?\s+of\b",
    re.IGNORECASE,
)

_FORM_OF_ONE_GROUP = re.compile(
    r"\s+of\s+(?:an?\s+)?(?:child|children|minors?|adults?)\b", re.IGNORECASE
)

# "(three for labor and two for sex trafficking)": the first form's noun is the second's.
_ELIDED_FORM = re.compile(
    rf"\s+for\s+(?P<form>sex|labou?r)\s+and\s+(?:{WORDS_PATTERN}|{DIGITS_PATTERN})\s+for\s+"
    r"(?!(?P=form)\b)(?:sex|labou?r)\s+trafficking\b",
    re.IGNORECASE,
)


# "15 sex cases and five labor trafficking cases": the first form's "trafficking" is the
# second's.
_ELIDED_TRAFFICKING = re.compile(
    r"\s+(?P<form>sex|labou?r)\s+(?P<noun>cases|investigations|prosecutions|convictions)\s+and\s+"
    rf"(?:{WORDS_PATTERN}|{DIGITS_PATTERN})\s+(?!(?P=form)\b)(?:sex|labou?r)\s+trafficking\s+"
    r"(?P=noun)\b",
    re.IGNORECASE,
)


def metric_of(verb_or_noun: str) -> str:
    word = verb_or_noun.lower()
    if word.startswith(("investigat", "record", "regist")):
        return "investigations"
    if word.startswith(("prosecut", "indict", "charg")):
        return "prosecutions"
    if word.startswith("convict"):
        return "convictions"
    return "victims_identified"


def form_of(text: str | None) -> str | None:
    if not text:
        return None
    return (
        "sex_trafficking"
        if re.match(r"(?:child\s+)?sex", text, re.IGNORECASE)
        else "labor_trafficking"
    )


# "three traffickers—two men and one woman—for forced labor": an aside set off by dashes
# between the count's noun and its form.
_DASHED_ASIDE = re.compile(
    rf"(?P<noun>\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{PERSON_NOUNS}))\s*[\u2014\u2013]"
    r"[^\u2014\u2013]{1,80}?[\u2014\u2013]",
    re.IGNORECASE,
)


def form_match(after: str, start: int = 0) -> str | None:
    """The form of trafficking a figure is restricted to, read right after it."""
    aside = _DASHED_ASIDE.match(after, start)
    if aside is not None:
        after = after[: aside.end("noun")] + " " + after[aside.end() :].lstrip()
    match = _FORM_AFTER.match(after, start)
    if match is None and (elided := _ELIDED_FORM.match(after, start)) is not None:
        return form_of(elided.group("form"))
    if match is None and (elided := _ELIDED_TRAFFICKING.match(after, start)) is not None:
        return form_of(elided.group("form"))
    if match is None:
        # "41 suspects in 11 cases for sex trafficking": the form follows the cases.
        cases = _IN_CASES.match(after, start)
        match = FOR_FORM.match(after, cases.end()) if cases else None
        if match is None:
            return None
        if _FORM_MIXTURE.match(after, match.end()) or _MORE_CASES_AFTER.match(after, match.end()):
            # "22 defendants in nine cases of sex trafficking and one case of sex and labor
            # trafficking": the people of cases of more than one form
            return None
        return form_of(match.group("form"))
    if _FORM_MIXTURE.match(after, match.end()):
        return None  # "victims of sex trafficking and forced labor": both forms
    if _FORM_OF_ONE_GROUP.match(after, match.end()):
        return None  # "one for sex trafficking of a child": one group's part of the form
    return form_of(
        match.group("form")
        or match.group("form2")
        or match.group("form3")
        or match.group("form4")
        or match.group("form5")
        or match.group("form6")
    )


def anchor_before(sentence: str, position: int) -> str:
    """The metric named last before a comparison that has no figure of its own to
    attach to ("did not report any convictions, compared with three in 2013")."""
    phrases = [m.start() for m in COMPARE.finditer(sentence, 0, position)]
    limit = phrases[-1] if phrases else position
    words = list(ANCHOR_WORD.finditer(sentence, 0, limit))
    return metric_of(words[-1].group("word")) if words else ""
