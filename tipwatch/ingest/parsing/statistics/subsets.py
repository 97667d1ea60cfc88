"""Counts that are no figure of the period: parts of a group and counts of other things.

``not_a_total`` tells a count the report does not mean as a figure of the year: complicit
officials, one case described, cases carried over or pending, appeals, counts of one
nationality or place, other offences, victims who identified themselves, cases worked with
foreign governments, parts of kinds of exploitation no form names. ``people_exploited``
tells the people a case exploited, told in its account ("found guilty of exploiting 42
women"). ``restricted_to_one_group`` tells a count of one group only ("11 foreign victims",
"five child victims").
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.numbers import (
    WORDS_PATTERN,
)
from tipwatch.ingest.parsing.statistics.patterns import (
    ATTACHED_NUMBER,
    CHILD_FORM_AFTER,
    COMPARE,
    COMPLICIT_AFTER,
    FORM_IN_TEXT,
    NOUN_AFTER,
    OTHER_CRIME_VICTIMS_AFTER,
    OTHER_OFFENSE_AFTER,
    OTHER_PARTICIPLE_AFTER,
)
from tipwatch.ingest.parsing.statistics.restated import restated_after_part
from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber
from tipwatch.ingest.parsing.statistics.subject import identified_by_others, start_of_clause

# "208 federal human trafficking prosecutions in FY 2014, charging 335 defendants": the
# people charged in the prosecutions counted first are no count of their own.
_CHARGING_AFTER_COUNT = re.compile(
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:[\w\-]+,?\s+){{1,8}}charging\s+$", re.IGNORECASE
)

_ONE_CASE_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?in\s+(?:the|that|this|one|a)\s+case\b"
    # "96 suspected trafficking victims in La Pampa during the May 2018 raid"
    r"|^\s+(?:[\w\-]+\s+){0,5}?(?:during|in)\s+(?:the|a|an|one|that|this|its|their)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:raid|operation)\b",
    re.IGNORECASE,
)

_CARRIED_OVER_BEFORE = re.compile(
    r"\b(?:continued|continuing|ongoing)\s+(?:(?:to\s+)?[a-z]+(?:\s+(?:of|into|against))?\s+)?"
    r"(?:(?:an?|the|its|their)\s+)?(?:(?:same|additional|further|other|remaining)\s+)?$",
    re.IGNORECASE,
)

# "the remaining 23 identified victims", "the other 11 victims": a part of a count stated
# before, no total of its own (unless it names a form: then it splits the total).
_REST_BEFORE = re.compile(r"\b(?:the\s+)?(?:remaining|other|rest\s+of\s+the)\s+$", re.IGNORECASE)

_APPEAL_BEFORE = re.compile(
    r"\b(?:upheld|upholding|affirmed|affirming|overturned|overturning|reversed|reversing|annulled"
    # "expunged more than 600 prior convictions": earlier convictions cleared, none new
    r"|quashed|vacated|expunged|expunging|pardoned|pardoning)\s+(?:(?:the|all|only)\s+)?"
    # "an appellate court upheld convictions against three traffickers": the people whose
    # earlier convictions the appeal ruled on
    r"(?:(?:convictions?|sentences?)\s+(?:against|of)\s+(?:(?:the|all)\s+)?)?$",
    re.IGNORECASE,
)

# "23 prosecutions remained pending", "27 defendants from previous reporting periods":
# counts still open at the period's end or carried over from earlier ones.
_PENDING_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,6}?(?:remained|remain|were|was|are|is)\s+(?:still\s+)?"
    r"(?:pending|ongoing|underway|open|in\s+progress|awaiting)\b"
    r"|^\s+(?:[\w\-]+\s+){0,6}?(?:from|in|during|since)\s+(?:the\s+)?(?:previous|prior|earlier|past)"
    r"\s+(?:reporting\s+periods|years)\b"
    # "eight prosecutions based on child trafficking charges filed one or two years ago"
    r"|^\s+(?:(?!(?:and|but|while|whereas|compared)\b)[\w\-]+\s+){0,8}?(?:filed|initiated|opened"
    r"|begun|launched|started)\s+(?:[\w\-]+\s+){0,4}?(?:years?|months?)\s+(?:ago|earlier)\b"
    r"|^\s+(?:(?!(?:and|but|while|whereas|compared)\b)[\w\-]+\s+){0,12}?(?:remained|remain)\s+"
    r"(?:still\s+)?pending\b"
    # "four additional investigations were carried over from 2013": still open, not new
    r"|^\s+(?:[\w\-]+\s+){0,4}?(?:(?:were|was|had\s+been|have\s+been)\s+)?carried\s+(?:over|forward)\b"
    # "one trafficking prosecution is assigned to the high court"
    r"|^\s+(?:[\w\-]+\s+){0,3}?(?:is|are|was|were)\s+(?:still\s+)?assigned\s+to\b",
    re.IGNORECASE,
)

_SUBSET_MODIFIERS = re.compile(
    r"\b(?:child(?:ren)?|female|male|minor|adult|foreign(?:\s+national)?|girls?|boys?"
    r"|migrants?|refugees?|asylum-seekers?|non-binary|transgender)\b"
    # "two LGBTQI+ victims": one group among the victims
    r"|\bLGBT\w*\+?",
    re.IGNORECASE,
)

# "Thirty-seven identified victims were foreign nationals", "only one victim identified in
# 2017 was male": the identified victims of one group, a part of the count told before.
_GROUP_OF_IDENTIFIED_AFTER = re.compile(
    r"^\s+(?:(?:identified|confirmed)\s+(?:[\w\-]+\s+)?(?:victims?|survivors?)"
    r"|(?:[\w\-]+\s+)?(?:victims?|survivors?)\s+(?:identified|confirmed)"
    r"(?:\s+(?:in|during)\s+(?:(?:19|20)\d{2}|the\s+reporting\s+period))?)\s+"
    r"(?:were|was)\s+(?:all\s+|also\s+)?(?:male|female|men|women|boys|girls|children|minors|adults"
    r"|foreign(?:\s+nationals?|ers)?|non-binary|transgender"
    r"|[A-Z][a-z]+(?:n|i|ese|ish|ian|an)s?)\b"
)


# "three Slovenian and 12 Chinese defendants", "two Nigerian traffickers": a count of one
# nationality, whatever it counts.
_NATIONALITY_AFTER = re.compile(
    r"^\s+(?:[a-z][\w\-]*\s+)?[A-Z][a-z]+(?:n|i|ese|ish|ian|an)\s+"
    rf"(?:(?:and|or)\s+(?:\d|{WORDS_PATTERN}\b)|(?:[\w\-]+\s+){{0,2}}?"
    # plural: "one Bangladeshi national" is the one person counted, described
    r"(?:defendants|suspects|traffickers|individuals|people|persons|offenders|perpetrators"
    r"|nationals|citizens|victims|survivors|workers|women|men|girls|boys|children)\b)"
)

# "eight investigations against suspected traffickers for Pakistani trafficking victims
# identified overseas": the cases of one nationality's victims, a share of the whole.
_CASES_OF_NATIONALITY_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:investigations?|prosecutions?|convictions?|cases?)\s+"
    r"(?:[a-z][\w\-]*\s+){0,4}?(?:for|of|involving)\s+(?:[a-z][\w\-]*\s+)?"
    r"[A-Z][a-z]+(?:n|i|ese|ish|ian|an|ina|ino)\s+(?:[a-z][\w\-]*\s+)?"
    r"(?:victims|nationals|citizens|workers)\b"
)

# "did not consider the 20 victims identified through Operation Ocean to be trafficking
# victims", "12 of them were not considered victims": counted, then not accepted.
_NOT_ACCEPTED_BEFORE = re.compile(
    r"\b(?:did|does|do)\s+not\s+(?:consider|count|recogni[sz]e|classify|deem|regard)\s+"
    r"(?:the\s+|these\s+|those\s+|all\s+)?$",
    re.IGNORECASE,
)

_NOT_ACCEPTED_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,6}?(?:were|was)\s+not\s+(?:considered|deemed|recogni[sz]ed"
    r"|classified|regarded)\b",
    re.IGNORECASE,
)

# Some of the country's states, provinces or regions as the subject: their share.
_PLACE_SUBJECT_BEFORE = re.compile(
    r"(?<!United\s)\b(?:states|provinces|regions|districts|municipalities|cities)"
    r"(?:\s*,\s*such\s+as\s+[^,;]{1,40},)?\s+(?:also\s+|together\s+)?identified\s+"
    r"(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)

# "43 investigations resulted from calls to the hotline": the share one source gave.
_RESULTED_FROM_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?(?:resulted|stemmed|arose|originated)\s+from\b", re.IGNORECASE
)

# A capitalised word among the modifiers names a nationality or a place: "one Kenyan victim".
_NATIONALITY_MODIFIER = re.compile(r"\b[A-Z][a-z]+(?:n|i|ese|ish|ian|an|ina|ino)\b")

_ZERO_OTHER_PREDICATE = re.compile(
    r"\s+(?:[\w\-]+\s+){0,6}?(?:were|was)\s+(?!(?:identified|investigated|prosecuted|convicted"
    r"|confirmed|officially|formally)\b)[a-z]+",
    re.IGNORECASE,
)

_FROM_PLACE_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?(?:victims?|survivors?)\s+(?:from|in)\s+"
    # "eight victims from The Gambia, Liberia, Nigeria, and Sierra Leone": where all of
    # them came from, not a group among them
    r"(?!(?:[Tt]he\s+)?[A-Z][\w\u2019'\-]*(?:\s+(?:and\s+)?[A-Z][\w\u2019'\-]*)*,\s+(?:and\s+)?"
    r"(?:the\s+)?[A-Z])"
    # "45 victims from January to December 2021", "12 victims in March 2021": a month is no
    # place, and the count's period is read as any other metric's
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)"
    # "46 trafficking victims in Sierra Leone and abroad": at home and abroad is all of them
    r"(?!(?:the\s+)?[A-Z][\w\u2019'\-]*(?:\s+[A-Z][\w\u2019'\-]*){0,3}\s+and\s+abroad\b)"
    r"(?:the\s+)?[A-Z][a-z]"
    # "at least 15 victims were from other countries": the foreigners among them
    r"|^\s+(?:[\w\-]+\s+){0,3}?(?:victims?|survivors?)\s+(?:were|was)\s+(?:from|of)\s+"
    r"(?:other|foreign|neighbou?ring)\s+(?:countries|nationalities)\b"
)

_MANY_YEARS = re.compile(
    r"\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous)\s+(?:[\w\-]+\s+)?"
    r"(?:years|decades?)\b",
    re.IGNORECASE,
)


# "an additional 11 victims (13 in 2019) were either self-identified or identified by the
# victim-care service provider": victims who came forward themselves or whom a provider
# found, not the government's identifications.
_SELF_IDENTIFIED_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?(?:\([^()]{0,30}\)\s+)?(?:were|was)\s+(?:either\s+|all\s+)?"
    r"self-identified\b",
    re.IGNORECASE,
)

# "at least 11 victims of sex trafficking, seven victims of forced begging, and four of
# forced criminality": after a part of one form, a part of another kind of exploitation,
# which no form names, is a part too, no total.
_OTHER_KIND_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:victims?|cases?|investigations?|prosecutions?|convictions?)\s+"
    r"(?:of|for|involving)\s+(?:forced\s+(?:begging|criminality|criminal\s+activit(?:y|ies)"
    r"|marriage)|organ\s+(?:removal|harvesting))\b",
    re.IGNORECASE,
)

# "coordinating with two foreign governments to investigate five potential trafficking
# cases", "cooperated with foreign counterparts on 12 investigations": cases worked with
# other countries, told apart from the government's own count.
_WITH_OTHER_GOVERNMENTS_BEFORE = re.compile(
    r"\b(?:coordinat|cooperat|collaborat|partner)(?:ed|ing)\s+with\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:foreign\s+(?:governments?|counterparts|law\s+enforcement)|other\s+governments)\s+"
    r"(?:to\s+investigate|on|in)\s+(?:(?:at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)

_CARRIED_OVER_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:continued|carried\s+over|pending)\s+from\b", re.IGNORECASE
)

# "One additional prosecution initiated in a previous reporting period was delayed", "three
# other prosecutions it had initiated in the previous reporting period": cases begun in an
# earlier period and carried into this one, no count of that period's (unless compared).
_STARTED_EARLIER_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?(?:prosecutions?|investigations?|cases)\s+"
    r"(?:(?:that|which|it|they)\s+)?(?:(?:had|has|have)\s+)?(?:(?:been|was|were)\s+)?"
    r"(?:initiated|opened|filed|begun|launched|started)\s+(?:in|during)\s+(?:a|the)\s+"
    r"(?:previous|prior|earlier|preceding)\s+reporting\s+period\b",
    re.IGNORECASE,
)

# "completed one investigation from the previous reporting period": a case of an earlier
# period brought to its end in this one, no new count.
_COMPLETED_BEFORE = re.compile(
    r"\b(?:completed|completing|concluded|concluding|finalized|finalizing|finished|closed)\s+"
    r"(?:(?:an?|the|its|their)\s+)?$",
    re.IGNORECASE,
)
_FROM_EARLIER_PERIOD_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?(?:investigations?|prosecutions?|cases?)\s+from\s+(?:an?|the)?\s*"
    r"(?:previous|prior|earlier|preceding)\s+(?:reporting\s+)?(?:periods?|years?)\b",
    re.IGNORECASE,
)

_HELD_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:individuals|persons|people|victims|citizens|nationals)\s+"
    r"(?:who\s+(?:were|are)\s+)?(?:incarcerated|detained|imprisoned|jailed)\b",
    re.IGNORECASE,
)

_CARRIED_OVER_MODS = re.compile(r"\b(?:ongoing|continuing|continued|pending)\b", re.IGNORECASE)

# "at least one reported conviction was for baby selling": one case described, no total.
_ONE_DESCRIBED_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:investigation|prosecution|conviction)\s+(?:was|involved)\b"
    # "led to one investigation into a suspected forced labor case": the case described
    r"|^\s+(?:investigation|prosecution|conviction)\s+(?:into|of|in)\s+an?\s+(?:[\w\-]+\s+){0,4}?"
    r"case\b"
    # "investigating one case of labor trafficking on a fishing vessel": the case told by
    # where it happened, one case described
    r"|^\s+(?:[\w\-]+\s+){0,2}?case\s+of\s+(?:[\w\-]+\s+){1,3}?(?:on|aboard|at)\s+(?:an?|one)\s+"
    r"(?!(?:later|earlier)\b)[a-z]",
    re.IGNORECASE,
)

_SECTOR_AFTER = re.compile(
    r"\s+(?:(?:who\s+were\s+)?exploited\s+)?in\s+the\s+(?:[\w\-]+\s+){1,2}?(?:industry|sector)\b",
    re.IGNORECASE,
)

# "four trafficking victims within the asylum system", "12 victims among asylum-seekers": the
# victims of one setting, a share of the period's count.
_ASYLUM_SETTING_AFTER = re.compile(
    r"\s+(?:(?:who\s+were\s+)?identified\s+)?(?:(?:with)?in|through)\s+the\s+asylum\s+"
    r"(?:system|procedure|process)\b"
    r"|\s+(?:(?:who\s+were\s+)?identified\s+)?among\s+(?:the\s+)?(?:asylum[\s\-]seekers"
    r"|asylum\s+applicants|refugees)\b",
    re.IGNORECASE,
)

# "144 trafficking victims during raids on commercial sex establishments", "40 victims
# identified through labor inspections": the victims one kind of operation found, a share of
# the period's count, not the count.
_INSPECTIONS_SETTING_AFTER = re.compile(
    r"\s+(?:(?:who\s+were\s+)?identified\s+)?(?:during|in|through|in\s+the\s+course\s+of)\s+"
    r"(?:(?:the|these|those|its|their|such)\s+)?(?:[\w\-]+\s+){0,2}?(?:inspections|raids)\b",
    re.IGNORECASE,
)

# "Authorities inspected thousands of establishments but only identified two victims",
# "conducted 31,000 inspections but identified only three victims": what the inspections or
# raids found, told against their number, not the period's count of victims.
_FOUND_IN_INSPECTIONS_BEFORE = re.compile(
    r"\b(?:inspect(?:ed|ing|ions)|raid(?:ed|ing|s))\b[^.;]{0,160}?\b(?:but|yet)\s+(?:only\s+)?"
    r"identified\s+(?:only\s+|just\s+)?(?:(?:at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)

_SEX_WORD = re.compile(r"female|male", re.IGNORECASE)

# "resulting in the identification of 16 potential adult victims": the adults one measure
# found, told as its outcome
_IDENTIFICATION_OF_BEFORE = re.compile(r"\bidentification\s+of\s+$", re.IGNORECASE)

# "three traffickers found guilty of exploiting 42 women", "charged with trafficking 12
# girls": the people the crime exploited, no count of the cases or of the people charged.
_EXPLOITED_PEOPLE_BEFORE = re.compile(
    r"\b(?:exploiting|subjecting|forcing|coercing|recruiting|trafficking|selling|enslaving)\s+"
    r"(?:(?:at\s+least|more\s+than|over|approximately|nearly|some)\s+)?$",
    re.IGNORECASE,
)

# "three potential victims younger than 15 years old": children, told by their age.
_AGE_AFTER = re.compile(
    r"\s+(?:(?:who\s+were|were|aged)\s+)?(?:younger\s+than|under(?:\s+the\s+age\s+of)?"
    r"|below\s+the\s+age\s+of)\s+(?:age\s+)?\d",
    re.IGNORECASE,
)

_BY_SEX_AFTER = re.compile(
    r"^\s+(?:adult\s+)?(?:women|men|girls|boys|females|males)\b(?!\s+and\s+(?:children|minors))",
    re.IGNORECASE,
)


# "identified an additional 20 victims after the reporting period": a count outside it.
_AFTER_THE_PERIOD_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,6}?(?:after|since|following)\s+the\s+(?:(?:end|close)\s+of\s+the\s+)?"
    r"reporting\s+period\b",
    re.IGNORECASE,
)


# "The Supreme Court convicted four traffickers on appeal": the appeals' rulings, no new
# convictions of the period.
_ON_APPEAL_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?(?:on|upon)\s+appeal\b|^\s+(?:[\w\-]+\s+){0,3}?in\s+"
    r"(?:the\s+)?appeals?\s+(?:courts?|proceedings|cases)\b",
    re.IGNORECASE,
)

# "provided shelter to one victim identified in a previous reporting period": people found at
# some time before, counted now for something else.
_IDENTIFIED_EARLIER_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?identified\s+(?:in|during)\s+(?:(?:a|an|one\s+of\s+the)\s+"
    r"(?:previous|prior|earlier|past)\s+(?:reporting\s+)?(?:period|year)\b|(?:the\s+)?(?:previous"
    r"|prior|earlier|past)\s+(?:reporting\s+)?(?:periods|years)\b)",
    re.IGNORECASE,
)

# "identified 40 potential victims among Ukrainian refugees", "15 victims in the capital",
# "30 victims who were exploited abroad": one population's, one place's or the nationals
# exploited elsewhere, a group of the country's victims.
_ONE_GROUP_OR_PLACE_AFTER = re.compile(
    # (not "among migrant workers": in many countries nearly all victims are)
    r"^\s+(?:[\w\-]+\s+){0,3}?among\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+)?(?:refugees"
    r"|asylum[\s-]+seekers|IDPs|internally\s+displaced|displaced\s+persons"
    r"|deportees|returnees|detainees|prisoners)\b"
    r"|^\s+(?:[\w\-]+\s+){0,3}?in\s+the\s+(?:capital|(?:north|south|east|west)(?:ern|east|west)?"
    r"(?:\s+(?:part|region)\s+of\s+the\s+country)?|north\s+of\s+the\s+country|south\s+of\s+the"
    r"\s+country|border\s+(?:area|region)s?)\b"
    r"|^\s+(?:[\w\-]+\s+){0,6}?(?:who|that)\s+(?:were|had\s+been)\s+(?:exploited|trafficked)\s+"
    r"(?:abroad|overseas|in\s+other\s+countries|outside\s+the\s+country)\b"
    # "933 victims abroad in 2019": the nationals found in other countries
    r"|^\s+(?:[\w\-]+\s+){0,3}?(?:victims?|survivors?)\s+(?:(?:exploited|identified)\s+)?"
    r"(?:abroad|overseas)\b",
    re.IGNORECASE,
)

# "In total, since the law's adoption in 2008, the government has identified 1,500 victims":
# a count since a time before the period, in the sentence the "since" opens.
_SINCE_OPENING = re.compile(
    r"^\s*(?:(?:In\s+total|Overall|Altogether|Cumulatively)\s*,\s*)?since\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019\-]+\s+){0,5}?(?:in\s+)?"
    r"(?:(?:19|20)\d{2}|adoption|enactment|creation|establishment|inception|passage)\b[^,;]{0,40},",
    re.IGNORECASE,
)

# "Courts convicted 12 traffickers, and 15 others were convicted in absentia": a count beside
# the one before, not the period's.
_OTHERS_AFTER = re.compile(r"^\s+others\b", re.IGNORECASE)


def not_a_total(sentence: str, num: FoundNumber) -> bool:
    after = sentence[num.end : num.end + 90]
    before = sentence[max(0, num.qstart - 50) : num.qstart]
    if COMPLICIT_AFTER.match(after) or _ONE_CASE_AFTER.match(after):
        return True
    if restated_after_part(sentence, num.qstart):
        return True  # "identified 43 of the 103 potential victims": a total re-told
    if _NATIONALITY_AFTER.match(after) or _RESULTED_FROM_AFTER.match(after):
        return True
    if _CASES_OF_NATIONALITY_AFTER.match(after):
        return True
    if _NOT_ACCEPTED_BEFORE.search(before) or _NOT_ACCEPTED_AFTER.match(after):
        return True
    if CHILD_FORM_AFTER.match(after):
        return True
    if _PLACE_SUBJECT_BEFORE.search(sentence, max(0, num.qstart - 120), num.qstart):
        return True  # "more populous states, such as Rio de Janeiro, identified only three"
    if _REST_BEFORE.search(before) and not num.form:
        return True
    if _CHARGING_AFTER_COUNT.search(sentence, max(0, num.qstart - 80), num.qstart):
        return True
    if _APPEAL_BEFORE.search(before):
        return True  # "the Supreme Court upheld 5 convictions": appeals, no new convictions
    if _PENDING_AFTER.match(after) or OTHER_OFFENSE_AFTER.match(after):
        return True
    if _AFTER_THE_PERIOD_AFTER.match(after) or _ON_APPEAL_AFTER.match(after):
        return True
    if _IDENTIFIED_EARLIER_AFTER.match(after) or _ONE_GROUP_OR_PLACE_AFTER.match(after):
        return True
    since = _SINCE_OPENING.match(sentence)
    if since is not None and since.end() <= num.qstart and ";" not in sentence[: num.qstart]:
        return True
    if _OTHERS_AFTER.match(after):
        return True  # "and 15 others were convicted in absentia": more than the count before
    if _GROUP_OF_IDENTIFIED_AFTER.match(after):
        return True
    if OTHER_CRIME_VICTIMS_AFTER.match(after):
        return True
    if num.base == "victims_identified" and _BY_SEX_AFTER.match(after):
        return True  # "48 men and 12 women as victims": counts by sex are not totals
    if _CARRIED_OVER_AFTER.match(after) or (num.value == 1 and _ONE_DESCRIBED_AFTER.match(after)):
        return True
    if _STARTED_EARLIER_AFTER.match(after) and not COMPARE.search(before):
        return True
    if _COMPLETED_BEFORE.search(before) and _FROM_EARLIER_PERIOD_AFTER.match(after):
        return True
    if _HELD_AFTER.match(after):
        return True  # "28 individuals incarcerated in Russia": a group held somewhere
    if _CARRIED_OVER_BEFORE.search(before) or _FROM_PLACE_AFTER.match(after):
        return True
    if OTHER_PARTICIPLE_AFTER.match(after):
        return True  # "42 suspects arrested": a count of something else
    if _MANY_YEARS.search(sentence, start_of_clause(sentence, num.qstart), num.qstart):
        return True  # "in the last five years, the government convicted only two"
    if _SELF_IDENTIFIED_AFTER.match(after):
        return True
    if _WITH_OTHER_GOVERNMENTS_BEFORE.search(sentence, max(0, num.qstart - 110), num.qstart):
        return True
    if _OTHER_KIND_AFTER.match(after) and FORM_IN_TEXT.search(sentence, 0, num.qstart):
        return True
    if identified_by_others(after):
        return True  # "10 victims identified by officials, international organizations and NGOs"
    noun = NOUN_AFTER.match(after)
    if noun and _CARRIED_OVER_MODS.search(noun.group("mods")):
        return True  # "(including 29 ongoing investigations)"
    if noun and ATTACHED_NUMBER.search(sentence, max(0, num.qstart - 80), num.qstart):
        return True  # "identified 43 victims from the 127 potential victims"
    if num.value == 0 and noun and _ZERO_OTHER_PREDICATE.match(after, noun.end()):
        return True  # "No identified victims ... were transferred to the shelter"
    if num.base == "victims_identified" and _FOUND_IN_INSPECTIONS_BEFORE.search(
        sentence, start_of_clause(sentence, num.qstart), num.qstart
    ):
        return True
    return restricted_to_one_group(after, before)


def people_exploited(sentence: str, num: FoundNumber) -> bool:
    """Whether ``num`` counts the people a crime exploited ("found guilty of exploiting 42
    women"), told in the account of a case: no count of investigations, prosecutions or
    convictions, whatever verb opens the sentence (victims identified are left to the
    victims' own readings)."""
    before = sentence[max(0, num.qstart - 50) : num.qstart]
    return num.base != "victims_identified" and _EXPLOITED_PEOPLE_BEFORE.search(before) is not None


def restricted_to_one_group(after: str, before: str = "") -> bool:
    """Whether the noun after a count restricts it to one group: a nationality, children,
    foreigners, one sex (unless the count is of one form). A count of adult victims the
    government identified ("identified 57 adult trafficking victims", "compared with 47
    adult victims in 2020") is the count where no total with the children is stated, and
    read as such; adults told in "the identification of 16 potential adult victims" at a
    border, or one adult victim beside the children, stay a group."""
    if _NATIONALITY_AFTER.match(after):
        return True
    noun = NOUN_AFTER.match(after)
    if not noun or not noun.group("noun").lower().startswith(("vic", "sur")):
        return False
    mods = noun.group("mods")
    if _NATIONALITY_MODIFIER.search(mods) or _AGE_AFTER.match(after, noun.end()):
        return True
    if _SECTOR_AFTER.match(after, noun.end()):
        return True  # "zero trafficking victims in the fishing industry": one sector's
    if _ASYLUM_SETTING_AFTER.match(after, noun.end()):
        return True
    if _INSPECTIONS_SETTING_AFTER.match(after, noun.end()):
        return True
    subset = _SUBSET_MODIFIERS.search(mods)
    if (
        subset is not None
        and subset.group(0).lower() == "adult"
        and len(_SUBSET_MODIFIERS.findall(mods)) == 1
        and noun.group("noun").lower().endswith("s")
        and not _IDENTIFICATION_OF_BEFORE.search(before)
    ):
        return False
    # "five female sex trafficking victims ... and eight forced labor victims": a count of
    # one form told by sex is that form's count; one of children or foreigners is not.
    return bool(subset and not (_SEX_WORD.fullmatch(subset.group(0)) and FORM_IN_TEXT.search(mods)))
