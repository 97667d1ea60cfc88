"""Pure extraction functions over a segmented narrative."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipwatch.ingest.parsing.narrative import Narrative
from tipwatch.ingest.parsing.openings import FINDING_SUBJECT, SPECIAL_CASE_IN_TEXT
from tipwatch.ingest.parsing.sentences import sentence_spans, split_sentences
from tipwatch.ingest.parsing.statistics import (
    SentenceFigure,
    figures_in_sentence,
    has_trigger,
    keeps_earlier_context,
)
from tipwatch.ingest.parsing.tags import Tags, extract_tags

__all__ = [
    "STATISTIC_SECTIONS_EXCLUDED",
    "Statistic",
    "Tags",
    "extract_statistics",
    "extract_summary_sentence",
    "extract_tags",
    "extract_tier",
    "narrative_summary",
    "tier_from_finding",
    "tier_from_text",
]

# Figures in these sections are not the government's own results.
STATISTIC_SECTIONS_EXCLUDED = frozenset({"trafficking_profile", "recommendations"})

_MINIMUM_STANDARDS = re.compile(r"minimum\s+standards", re.IGNORECASE)
_TIER_IN_TEXT = re.compile(
    r"\b(?:remained|remains|remain|placed|upgraded|downgraded|moved|ranked|granted|is|was"
    r"|be|being|kept|placement)\b[^.;]{0,60}?\b(?:on|to|at|in)\s+(?:the\s+)?"
    r"(?:Tier\s+(?P<num>1|2|3|One|Two|Three)(?P<wl>\s+Watch\s+List)?|(?P<special>Special\s+Case))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Statistic:
    """One figure: ``metric`` (see ``statistics.METRICS``), ``value``, the calendar
    ``period_year`` it refers to, an optional ``qualifier``, the sentence it was
    found in (``quote``), the ``page`` that sentence starts on and the narrative
    ``section`` it is in ("prosecution", "protection", ...)."""

    metric: str
    value: int
    period_year: int
    qualifier: str | None
    quote: str
    page: int
    section: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "metric": self.metric,
            "value": self.value,
            "period_year": self.period_year,
            "qualifier": self.qualifier,
            "quote": self.quote,
            "page": self.page,
            "section": self.section,
        }


def tier_from_text(text: str) -> str | None:
    """The tier a narrative's own words place the country on ("... therefore Peru
    remained on Tier 2"), taking the last such statement; None when absent."""
    found: str | None = None
    for match in _TIER_IN_TEXT.finditer(text):
        if match.group("special"):
            found = "special_case"
            continue
        num = match.group("num").lower()
        value = {"1": "1", "one": "1", "2": "2", "two": "2", "3": "3", "three": "3"}[num]
        found = "2WL" if value == "2" and match.group("wl") else value
    if found is None and SPECIAL_CASE_IN_TEXT.search(text):
        return "special_case"
    return found


# The finding that opens a narrative, by the TVPA's definitions: only Tier 1 "fully meets" the
# minimum standards, and only Tier 3 is "not making significant efforts" (unless a waiver kept
# the country on the Watch List). "Does not fully meet ... but is making significant efforts"
# is Tier 2 or the Watch List, which the finding alone cannot tell apart.
_MEETS = re.compile(
    r"\b(?P<not>does\s+not\s+)?(?:fully\s+)?(?:meets?|compl(?:y|ies)(?:\s+with)?)\s+"
    r"(?:all\s+of\s+)?the\s+minimum\s+standards\b",
    re.IGNORECASE,
)
_NO_SIGNIFICANT_EFFORTS = re.compile(r"\bis\s+not\s+making\s+significant\s+efforts\b", re.I)
_WAIVER = re.compile(r"\bwaiver\b", re.IGNORECASE)


def tier_from_finding(text: str) -> str | None:
    """Tier 1 or Tier 3 from the narrative's minimum-standards finding ("The Government of
    Sweden fully meets the minimum standards ..."), for a page whose header and tier statement
    are both missing; None when the finding does not tell the tier."""
    sentence = extract_summary_sentence(text)
    if sentence is None or not FINDING_SUBJECT.search(sentence):
        return None
    meets = _MEETS.search(sentence)
    if meets is None:
        return None
    if not meets.group("not"):
        return "1"
    if _NO_SIGNIFICANT_EFFORTS.search(sentence) and not _WAIVER.search(text):
        return "3"
    return None


def extract_tier(narrative: Narrative) -> str | None:
    """The narrative's tier: from its header, else from its opening text's tier statement,
    else from its opening finding."""
    if narrative.tier is not None:
        return narrative.tier
    opening = [
        section.text
        for name in ("summary", "government_efforts")
        if (section := narrative.section(name)) is not None
    ]
    for text in opening:
        tier = tier_from_text(text)
        if tier is not None:
            return tier
    for text in opening:
        tier = tier_from_finding(text)
        if tier is not None:
            return tier
    return None


def extract_summary_sentence(text: str) -> str | None:
    """The first sentence of ``text`` that mentions the "minimum standards"."""
    if not _MINIMUM_STANDARDS.search(text):
        return None
    for sentence in split_sentences(text):
        if _MINIMUM_STANDARDS.search(sentence):
            return sentence
    return None


def narrative_summary(narrative: Narrative) -> str | None:
    """The minimum-standards sentence of a narrative (summary or efforts paragraph first)."""
    ordered = sorted(
        narrative.sections,
        key=lambda s: 0 if s.name in ("summary", "government_efforts") else 1,
    )
    for section in ordered:
        sentence = extract_summary_sentence(section.text)
        if sentence is not None:
            return sentence
    return None


# A copy that interleaves a PDF's columns runs the section headings into the prose, so the
# whole narrative lands in one section: there the figures of "PROSECUTION" are read too.
_INLINE_HEADINGS = re.compile(r"\bPRO(?:SECUTION|TECTION)\b")

# A sentence whose subject is one agency named by its initials ("The GIS identified ...").
_AGENCY_SUBJECT = re.compile(
    r"^\s*(?:Of\s+the\s+[\d,]+\s*,\s*)?(?:[Tt]he\s+)?(?!NGOs?\b)[A-Z]{2,6}\s+(?:also\s+)?[a-z]+ed\b"
    # "DCI's Transnational Organized Crime Unit (TOCU) proactively identified 144 victims"
    r"|^\s*(?:[Tt]he\s+)?(?:[A-Z]{2,6}[\u2019']s\s+)?(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*\s+){1,5}"
    r"(?:Unit|Office|Agency|Directorate|Bureau|Department|Division|Secretariat|Task\s+Force)"
    r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:also\s+|proactively\s+|reportedly\s+)?[a-z]+ed\b"
)


# "...; regional asylum offices identified 15 victims (two in 2018)": a clause whose
# subject is one office or unit, after the national total.
_AGENCY_CLAUSE = re.compile(
    r"(?:^|;\s*|\(\s*)(?:the\s+)?(?:[A-Za-z\-]+\s+){0,4}(?:offices|units|agencies|directorates|bureaus"
    r"|departments|divisions|inspectors|inspectorates|task\s+forces|teams)\s+"
    r"(?:also\s+|proactively\s+)?(?:identified|investigated|prosecuted|convicted)\b"
)


# The subject of a sentence's first figure verb: "The DFA foreign missions, primarily in the
# Middle East and Asia, identified 6,772 ...".
_SUBJECT_BEFORE_VERB = re.compile(
    r"^\s*(?:(?:In|During)\s+[^,;]{1,40},\s*)?(?P<subject>[^;]{1,300}?)\s+"
    r"(?:also\s+|proactively\s+|reportedly\s+)?"
    # "Two other NETPs reported identifying four victims"
    r"(?:(?:reported|recorded)\s+(?=identifying|investigating|prosecuting|convicting))?"
    r"(?:identified|opened|initiated|investigated|prosecuted|convicted|received|filed|charged"
    r"|identifying|investigating|prosecuting|convicting)\b"
)
_APPOSITION_END = re.compile(r",[^,]*,\s*$")
# One body among the government's: an office, unit, task force or mission, a body named by
# its initials, or one kind of official ("immigration officials").
_ONE_BODY = re.compile(
    # "three of the 27 NETPs reported identifying 30 victims": bodies named by initials too
    r"\b(?!NGOs?\b)[A-Z]{2,9}s?\b"
    r"|\b(?:[Uu]nits?|[Oo]ffices?|Agency|Directorate|Bureau|Division|Secretariat|Commission"
    # "The Labor Inspectorate identified 95 victims of forced labor", "labor inspectors"
    r"|Committee|[Tt]ask\s+[Ff]orces?|missions?|[Ii]nspectorates?|[Ii]nspectors|Ministry"
    r"|Service)\b"
    r"|\b(?:immigration|consular|border|customs|labou?r)\s+(?:officials|officers|authorities"
    r"|inspectors)\b"
    # "Border guards identified 33 victims at the airport"
    r"|\b(?:[Bb]order|[Cc]oast)\s+[Gg]uards?\b"
    # "Regional authorities identified 44 victims", "Police in Lima identified 40": the bodies
    # of one part of the country
    r"|\b(?:[Rr]egional|[Pp]rovincial|[Mm]unicipal|[Ll]ocal|[Dd]istrict|[Cc]ity|[Ss]tate-level)"
    r"\s+(?:authorities|officials|police|governments?|offices|prosecutors|courts)\b"
    # "The federal government identified 140 victims ... The state governments identified
    # 527": the two levels of a federation, each a share of the country's count
    r"|\b[Ff]ederal\s+government\b|\b[Ss]tate\s+governments\b"
    r"|\b(?:[Pp]olice|[Pp]rosecutors|[Cc]ourts|[Jj]udges)\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:[A-Z]|capital\b)",
)

# "In the Kurdistan Region, authorities identified 30 victims": a sentence opened by one part
# of the country tells that part's count.
_PLACE_OPENING = re.compile(
    r"^\s*(?:In|Within)\s+(?:the\s+)?(?:[A-Z][\w'\u2019\-]+\s+){1,4}(?:[Rr]egion|[Pp]rovince"
    r"|[Ss]tate|[Gg]overnorate|[Dd]istrict|[Oo]blast|[Dd]epartment|[Pp]refecture|[Tt]erritory"
    r"|[Mm]unicipality|[Cc]anton|[Ee]mirate)s?\s*,"
    r"|^\s*In\s+the\s+capital(?:\s+city)?\s*,"
    # "The Kurdistan Regional Government reported investigating 12 cases": a region's
    # government as the sentence's subject
    r"|^\s*(?:The\s+)?(?:[A-Z][\w'\u2019\-]+\s+){1,4}(?:Regional|Provincial|Autonomous)\s+"
    r"(?:Government|Authorities|Police)\b"
)

# "37 of the 48 victims identified by law enforcement were Slovaks": the count of one kind
# of body, set against the country's count stated before.
_IDENTIFIED_BY_ONE_BODY = re.compile(
    r"\b(?:identified|investigated|prosecuted)\s+by\s+(?:the\s+)?(?:national\s+)?(?:law\s+enforcement"
    r"|police|border\s+(?:police|guards?)|labou?r\s+inspect\w+|prosecutors?|(?!NGOs?\b)[A-Z]{2,6}\b)"
)

# "Agenzjja Appogg identified nine potential victims, while the police identified five": two
# bodies each with its own count of one metric are shares, not the country's count.
_BODIES_CONTRASTED = re.compile(
    r"\b(?P<verb>identified|investigated|prosecuted|convicted)\b[^;]{1,120}?,?\s+"
    r"(?:(?:while|whereas)\s+(?:the\s+)?(?:[\w\-]+\s+){1,5}?"
    # "... and the general police investigated 20": after "and", a body named as one
    r"|and\s+(?:the\s+(?:[\w\-]+\s+){0,3}?(?:police|office|unit|agency|ministry|inspectorate"
    r"|directorate|prosecutors?|courts?|service|department)\s+|(?:[A-Z]{2,6}|NGOs)\s+))"
    r"(?:also\s+|initially\s+)?(?P=verb)\b"
)


def _one_body_subject(sentence: str) -> bool:
    """Whether the sentence's figures are one body's ("The anti-trafficking prosecutor's
    office (PROTEX) opened 332 preliminary investigations", "... and immigration officials
    identified 15 trafficking victims"), read from the subject of its first figure verb."""
    match = _SUBJECT_BEFORE_VERB.match(sentence)
    if match is None:
        return False
    subject = _APPOSITION_END.sub("", match.group("subject"))
    # the last clause's subject: "Working with the IOM, the government" is the government
    subject = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[a-z]+\s+officials\b)", subject)[-1]
    return bool(_ONE_BODY.search(subject))


# A count said to be the total ("in total", "the total of", "altogether", "combined").
_TOTAL_AFTER_SHARES = re.compile(
    r"\bin\s+total\b|\bthe\s+total\s+(?:of|number)\b|\baltogether\b|\bcombined\b"
    r"|\bby\s+both\b",
    re.IGNORECASE,
)


def _base(metric: str) -> str:
    return metric.replace("_sex_trafficking", "").replace("_labor_trafficking", "")


def extract_statistics(narrative: Narrative, report_year: int) -> list[Statistic]:
    """Every law-enforcement and victim-identification figure in the narrative.

    The reporting period of the ``report_year`` report is the calendar year
    ``report_year - 1``. Figures repeated in several sentences are kept once (the
    first occurrence, in document order).
    """
    out: list[Statistic] = []
    seen: set[tuple[str, int, int]] = set()
    only = len(narrative.sections) == 1
    for section in narrative.sections:
        if not has_trigger(section.text):
            continue
        if section.name in STATISTIC_SECTIONS_EXCLUDED and not (
            only and _INLINE_HEADINGS.search(section.text)
        ):
            continue
        text = section.text
        context: SentenceFigure | None = None
        previous: list[SentenceFigure] = []
        stated: set[tuple[str, int]] = set()  # (base metric, year) given so far in the section
        # (base metric, year) the country's own count gave: one body's count after it is a
        # share, while after another body's count it is a second body's count
        national: set[tuple[str, int]] = set()
        agency_figures: list[Statistic] = []  # one body's figures, kept until a total comes
        previous_text = ""
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            # Until the section states a count of victims, one of foreign victims is the
            # country's (a country whose victims were all foreign says so). The opening
            # summary weighs the year's efforts: a count of foreigners there is a group set
            # against the rest.
            foreign_total = section.name != "summary" and not any(
                base == "victims_identified" for base, _ in stated
            )
            figures = figures_in_sentence(
                sentence, report_year, context, previous, previous_text, foreign_total=foreign_total
            )
            if context is None or not keeps_earlier_context(sentence, figures):
                context = figures[0] if figures else None
                previous = figures
            previous_text = sentence
            if not figures:
                continue  # most sentences: the agency patterns below need not run
            agency = bool(
                _AGENCY_SUBJECT.match(sentence)
                or _AGENCY_CLAUSE.search(sentence)
                or _one_body_subject(sentence)
                or _PLACE_OPENING.match(sentence)
                or _BODIES_CONTRASTED.search(sentence)
                or _IDENTIFIED_BY_ONE_BODY.search(sentence)
            )
            if agency and any((_base(f.metric), f.period_year) in national for f in figures):
                # "The GIS identified 55 potential trafficking victims compared with 215 in
                # 2017" after the national total: one agency's share, not a figure of its own.
                continue
            if not agency and _TOTAL_AFTER_SHARES.search(sentence):
                # "The 212 investigations in total represented ..." after "the ISF
                # investigated 45 cases": the agencies' counts were shares of this total.
                totals = {(_base(f.metric), f.period_year) for f in figures}
                dropped = {
                    id(s) for s in agency_figures if (_base(s.metric), s.period_year) in totals
                }
                out = [s for s in out if id(s) not in dropped]
                seen = {(s.metric, s.value, s.period_year) for s in out}
            stated.update((_base(f.metric), f.period_year) for f in figures)
            if not agency:
                national.update((_base(f.metric), f.period_year) for f in figures)
            for figure in figures:
                key = (figure.metric, figure.value, figure.period_year)
                if key in seen:
                    continue
                seen.add(key)
                statistic = Statistic(
                    metric=figure.metric,
                    value=figure.value,
                    period_year=figure.period_year,
                    qualifier=figure.qualifier,
                    quote=sentence,
                    page=section.page_at(start),
                    section=section.name,
                )
                out.append(statistic)
                if agency:
                    agency_figures.append(statistic)
    return out
