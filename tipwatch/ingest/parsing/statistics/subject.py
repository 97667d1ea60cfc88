"""Who did what a sentence counts: the subject and clause around a number.

Where a number's clause starts, whether a count is the government's own rather than an
NGO's or an international organisation's, and whether "identified" is said of victims in
a way that makes the count one of victims identified.
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.statistics.patterns import OTHER_SUBJECT
from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber

_IDENTIFIED_AFTER_NOUN = re.compile(
    r"\s*(?:of\s+(?:human\s+)?trafficking\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:(?:formally|officially|newly)\s+)?"
    r"(?:identified|confirmed)\b",
    re.IGNORECASE,
)

# "the 63 victims the government identified in 2019"
_IDENTIFIED_BY_AFTER_NOUN = re.compile(
    r"\s+(?:that\s+|whom\s+)?(?:the\s+government|authorities|officials|police|it)\s+"
    r"(?:had\s+)?identified\b",
    re.IGNORECASE,
)

_VICTIM_VERBS = re.compile(
    r"\b(?P<verb>identif(?:ied|ying|y)|referr(?:ed|ing)|refer|assist(?:ed|ing)|provid(?:ed|ing)"
    r"|shelter(?:ed|ing)|repatriat(?:ed|ing)|support(?:ed|ing)|serv(?:ed|ing)|rescu(?:ed|ing)"
    r"|remov(?:ed|ing)|receiv(?:ed|ing)|hous(?:ed|ing)|return(?:ed|ing)|deport(?:ed|ing)"
    r"|plac(?:ed|ing)|protect(?:ed|ing)|screen(?:ed|ing)|certif(?:ied|ying)|grant(?:ed|ing)"
    r"|offer(?:ed|ing)|help(?:ed|ing)|interview(?:ed|ing)|reintegrat(?:ed|ing)"
    r"|accommodat(?:ed|ing)|cared|treat(?:ed|ing)|compensat(?:ed|ing)|award(?:ed|ing))\b",
    re.IGNORECASE,
)

_OTHER_RIGHT_BEFORE = re.compile(
    r"\b(?:NGOs?|civil\s+society(?:\s+organi[sz]ations)?|international\s+organi[sz]ations?|IOM"
    r"|Human\s+Rights\s+(?:Commission|Council|Institution|Ombudsman|Defender)"
    r"|[Oo]mbuds(?:man|person|woman)(?:'s\s+[Oo]ffice)?|Red\s+Cross|ICRC|OSCE"
    r"|(?:[Ff]oreign|[Ss]ource[- ]country)\s+embass(?:y|ies)|(?:trade|labou?r)\s+unions?)"
    r"\s+(?:(?:also|reportedly|jointly|separately|independently|additionally)\s+)?(?:reported\s+)?$"
)

# "The government reported NGOs separately identified eight additional victims": what the
# government reported is the NGOs' count.
_REPORTED_OTHERS_COUNT = re.compile(
    r"\b(?:government|authorities|officials)\s+(?:also\s+)?reported\s+(?:that\s+)?"
    r"(?:the\s+|local\s+)?(?:NGOs?|civil\s+society(?:\s+organi[sz]ations)?"
    r"|international\s+organi[sz]ations?)\b",
    re.IGNORECASE,
)

_JOINT_BEFORE = re.compile(
    r"\b(?:government|authorities|officials|police|it)\s*,?\s+(?:and|with|together\s+with"
    r"|in\s+(?:partnership|cooperation|collaboration)\s+with)\s+(?:the\s+|local\s+)?$",
    re.IGNORECASE,
)

# "without assistance from international organizations, authorities identified 28": the
# organization named in an assistance phrase is not the one that acted.
_ASSISTED_BY = re.compile(
    r"\bwith(?:out)?\s+(?:the\s+|any\s+)?(?:[\w\-]+\s+)?(?:assistance|help|support)\s+"
    r"(?:from|of)\s+(?:an?\s+|the\s+|several\s+|local\s+)*(?:NGOs?|non-governmental\s+"
    r"organi[sz]ations?|international\s+organi[sz]ations?|civil\s+society(?:\s+organi[sz]ations)?"
    r"|IOM|UNICEF|UNODC|UNHCR|ILO)\b",
    re.IGNORECASE,
)

_GOV_SUBJECT = re.compile(
    # "Government-funded civil society organizations" are not the government.
    r"\b(?:government(?!-)|authorities|police|officials|ministry|prosecutors?|courts?|judges"
    r"|officers|inspectors|it|the\s+state|law\s+enforcement"
    r"|the\s+(?!(?:[A-Z]\w+\s+){0,3}Human\s+Rights\b)(?:[A-Z]\w+\s+){1,4}"
    r"(?:unit|office|agency|directorate|bureau|department|commission|service))\b",
    re.IGNORECASE,
)


def start_of_clause(sentence: str, position: int) -> int:
    return sentence.rfind(";", 0, position) + 1


def government_subject(sentence: str, anchor: int) -> bool:
    """False when the clause's subject before ``anchor`` is an NGO, the media, etc."""
    prefix = sentence[start_of_clause(sentence, anchor) : anchor]
    if "ssistance" in prefix or "elp" in prefix or "upport" in prefix:
        prefix = _ASSISTED_BY.sub(lambda m: " " * len(m.group(0)), prefix)
    other = OTHER_SUBJECT.search(prefix)
    if not other:
        return True
    right_before = _OTHER_RIGHT_BEFORE.search(prefix)
    if right_before and not _JOINT_BEFORE.search(prefix, 0, right_before.start()):
        # "compared with identifying 216 victims and NGOs identifying 15" (but "the
        # government and NGOs identified 50" is the government's too)
        return False
    if _REPORTED_OTHERS_COUNT.search(prefix):
        return False
    government = _GOV_SUBJECT.search(prefix)
    # "NGOs reported to the government that they identified 172": the first named is the
    # one that acted.
    return government is not None and government.start() < other.start()


def identify_context(sentence: str, num: FoundNumber, mods: str, noun_end: int) -> bool:
    if re.search(r"\bidentified\b", mods, re.IGNORECASE):
        return True
    if _IDENTIFIED_AFTER_NOUN.match(sentence, noun_end) or _IDENTIFIED_BY_AFTER_NOUN.match(
        sentence, noun_end
    ):
        return True
    prefix = sentence[start_of_clause(sentence, num.qstart) : num.qstart]
    verbs = list(_VICTIM_VERBS.finditer(prefix))
    return bool(verbs) and verbs[-1].group("verb").lower().startswith("identif")


_IDENTIFIED_BY_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,4}?(?:identified|investigated|prosecuted|convicted)\s+by\s+"
    r"(?P<agent>[^;()]{0,80}?)(?=\s+(?:in|during)\b|[;()]|$)",
    re.IGNORECASE,
)


def identified_by_others(after: str) -> bool:
    """The count the text ``after`` it names was found by bodies outside the government
    ("10 victims identified by officials, international organizations and NGOs")."""
    agent = _IDENTIFIED_BY_AFTER.match(after)
    return bool(agent and OTHER_SUBJECT.search(agent.group("agent")))
