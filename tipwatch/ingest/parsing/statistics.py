"""Law-enforcement and victim statistics from narrative sentences.

Works one sentence at a time, in four passes:

1. find every number (digits or words) with its qualifier ("at least", ...) and
   drop those that are not counts (years, "Tier 2", "Article 153", ages, "four
   years", "20 percent", money);
2. give numbers a metric from their grammatical slot: a verb before ("convicted
   19"), a noun after ("59 investigations"), a noun phrase before
   ("prosecutions of 35 defendants") or a passive after ("12 suspects were
   prosecuted"); "identified" only counts with "victims";
3. numbers without a slot of their own inherit one: a split by form ("10 for sex
   trafficking and two for labor trafficking"), a comparison ("compared with 41
   in 2013", "(70 in the previous reporting period)", "up from seven");
4. give each number its period: an explicit year or "previous reporting period"
   next to it, a sentence-initial "In 2014,", else the reporting period
   (report year - 1) for primary figures and the period before for comparisons.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tipwatch.ingest.parsing.numbers import (
    DIGITS_PATTERN,
    TENS,
    UNITS,
    WORDS_PATTERN,
    parse_digits,
    words_to_int,
)

BASE_METRICS = ("investigations", "prosecutions", "convictions", "victims_identified")
FORMS = ("sex_trafficking", "labor_trafficking")
METRICS = BASE_METRICS + tuple(f"{base}_{form}" for base in BASE_METRICS for form in FORMS)
QUALIFIERS = ("at_least", "approximately", "more_than", "fewer_than")

_QUALIFIER_WORDS = {
    "at least": "at_least",
    "a minimum of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not fewer than": "at_least",
    "not less than": "at_least",
    "approximately": "approximately",
    "about": "approximately",
    "around": "approximately",
    "roughly": "approximately",
    "an estimated": "approximately",
    "nearly": "approximately",
    "almost": "approximately",
    "some": "approximately",
    "close to": "approximately",
    "more than": "more_than",
    "over": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "greater than": "more_than",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
}
_QUAL_ALT = "|".join(
    re.escape(q).replace(r"\ ", r"\s+") for q in sorted(_QUALIFIER_WORDS, key=len, reverse=True)
)
_NUMBER = re.compile(
    rf"(?P<digits>{DIGITS_PATTERN})|\b(?P<words>{WORDS_PATTERN})\b|\b(?P<no>no)\b"
    # "compared with 14 in 2017 and none in 2016": "none" counts only before a period.
    r"|\b(?P<none>none)\b(?=\s+(?:in|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}|previous|prior|preceding)"
    # "convicted three traffickers for forced labor and none for sex trafficking": a form's zero
    r"|\s+for\s+(?:sex\s+trafficking|labou?r\s+trafficking|forced\s+labou?r)\b)",
    re.IGNORECASE,
)
_COMPARATIVE_BUT = re.compile(r"\bbut\s+$", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<qual>{_QUAL_ALT})\s+$", re.IGNORECASE)
_ESTIMATED_BEFORE = re.compile(
    r"\bestimated\s+(?:that\s+)?(?:it|they|the\s+government|authorities|officials)\s+[a-z]+\s+$",
    re.IGNORECASE,
)
_ANY_NUMBER = re.compile(
    rf"\d|\b(?:no|hundred|thousand|{'|'.join(sorted(UNITS) + sorted(TENS))})\b"
)

_FORM = (
    r"(?:child\s+)?sex(?:ual)?\s+(?:trafficking|traffickers?|exploitation)"
    r"|(?:forced\s+)?(?:child\s+)?lab(?:or|our)\s+(?:trafficking|traffickers?)"
    r"|forced\s+(?:child\s+)?lab(?:or|our)"
    # Brazil's "trabalho escravo", the report's "slave labor"
    r"|slave\s+lab(?:or|our)"
)
_PERSON_NOUNS = (
    r"cases?|victims?|survivors?|defendants?|suspects?|traffickers?|individuals?|people|persons?"
    r"|offenders?|perpetrators?|alleged\s+traffickers|children|adults|women|men|girls|boys"
    r"|nationals?"
)

# --- exclusions ------------------------------------------------------------------
_PRE_EXCLUDE = re.compile(
    r"(?:\b(?:tier|articles?|art\.|sections?|paragraphs?|chapters?|laws?|decrees?|no\.|nos\."
    r"|numbers?|acts?|codes?|resolutions?|conventions?|protocols?|ordinances?|bills?|clauses?"
    r"|titles?|pages?|under(?:\s+the\s+age\s+of)?|aged?|ages|age\s+of|older\s+than"
    r"|younger\s+than|between|years?|fy|level|phase|grade|class|category|rank(?:ed)?"
    r"|hotline|line|route|km|kilometer|mile)|[$\u20ac\u00a3#]|us\$|usd|eur)\s*$",
    re.IGNORECASE,
)
_PRE_LIST_EXCLUDE = re.compile(
    r"\b(?:articles?|sections?|paragraphs?|chapters?|laws?|decrees?)\s+\d[\w.-]*"
    r"(?:\s*(?:,|and|or)\s*\d[\w.-]*)*\s*(?:,|and|or|to|through)\s*$",
    re.IGNORECASE,
)
_UNITS = (
    r"%|percent\b|per\s*cent\b|(?:calendar\s+|fiscal\s+)?years?\b|-?\s*years?-old|-year\b|months?\b"
    # "in the past three reporting periods": a count of periods
    r"|(?:(?:consecutive|previous|prior|preceding|past)\s+)?reporting\s+(?:periods?|years?|cycles?)\b"
    r"|consecutive\s+(?:years?|periods?)\b"
    r"|weeks?\b|days?\b|hours?\b|minutes?\b|times\b|dollars\b|euros?\b|pounds\b|million\b"
    r"|billion\b|km\b|kilomet(?:er|re)s?\b|miles\b|hectares\b|per\s+\w+|-month\b|-day\b"
    r"|[a-z]{3}\b(?=\s+\(\$)|soles\b|pesos\b|rupees\b|naira\b|shillings\b"
)
# "data from 40 provinces", "30 of 45 provinces": counts of places, not of cases or people.
_PLACES = (
    r"(?:of\s+(?:the\s+|its\s+)?[\d,]+\s+)?(?:provinces|regions|districts|municipalities"
    r"|departments|prefectures|governorates|oblasts|counties|cantons|states|cities|towns"
    r"|villages|islands|countries|territories|border\s+(?:posts|crossings)|sites|locations)\b"
)
_POST_EXCLUDE = re.compile(rf"^\s*(?:{_UNITS}|{_PLACES})", re.IGNORECASE)
# "between 200 and 300 victims", "40-50 victims": a range is no count of its own.
_RANGE_OPENING = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_CLOSING = re.compile(
    rf"^\s*(?:and|to|-|\u2013)\s*(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\b", re.IGNORECASE
)
_RANGE_BETWEEN_BEFORE = re.compile(
    rf"\bbetween\s+(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\s+and\s+$", re.IGNORECASE
)
_RANGE_DASHED = re.compile(r"^\s*[-\u2013]\s*\d")
_RANGE_DASHED_BEFORE = re.compile(r"\d\s*[-\u2013]\s*$")
_RANGE_EXCLUDE = re.compile(
    rf"^\s*(?:to|and|or|-|\u2013|through)\s*(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\s*(?:{_UNITS})",
    re.IGNORECASE,
)
# Periods that are no one year: "between 2016 and 2018", and a part of a year ("in the
# first eight months of 2021": no count for the year).
_YEAR_SPAN = re.compile(
    r"\s*\b(?:between\s+(?:19|20)\d{2}\s+and|from\s+(?:19|20)\d{2}\s+(?:to|through|until))\s+"
    r"(?:19|20)\d{2}\b"
    r"|\s*\b(?:in|during|for|over)\s+the\s+(?:first|last|final|second)\s+(?:half|quarter"
    r"|(?:[\w\-]+\s+)?(?:months|weeks))\s+of\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\bsince\b|\bcumulative|\bin\s+total\s+since\b", re.IGNORECASE)

# --- slots that give a metric ---------------------------------------------------------
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>investigat(?:ed|ing)|prosecut(?:ed|ing)|indict(?:ed|ing)|convict(?:ed|ing)"
    r"|recorded|registered|recording|registering|charg(?:ed|ing)"
    r"|identif(?:ied|ying)|confirm(?:ed|ing)"
    # "granted official trafficking victim status to 73 individuals": identified them
    r"|grant(?:ed|ing)\s+(?:official\s+)?(?:trafficking\s+)?victim\s+status\s+to"
    # "using a newly enacted law to prosecute three traffickers" (but not "failed to ...")
    r"|(?<=\bto\s)(?:investigate|prosecute|convict|indict))"
    r"(?:\s+and\s+(?:assist|refer|protect|shelter|certif|support|rescu|repatriat|sentenc)\w*"
    # "identified and referred to government-run shelters 121 trafficking victims"
    r"(?:\s+to\s+(?:[\w\-]+\s+){0,2}?(?:shelters?|care|services|NGOs?|assistance))?"
    # "identifying and providing services for 262 trafficking victims"
    r"|\s+and\s+provid(?:ed|ing)\s+(?:[\w\-]+\s+)?(?:services|assistance|care|shelter)"
    r"\s+(?:for|to))?"
    r"\s+(?:(?:a\s+total\s+of|an?\s+(?:additional|further)|only|just|another|all)\s+)?$",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    r"\b(?P<noun>investigations?|prosecutions?|convictions?|charges(?=\s+against))\s+(?:of|into|against|involving|for"
    r"|(?<=s\s)(?P<in>in))"
    # "initiated prosecutions in all eight of the confirmed cases"
    r"\s+(?:(?:a\s+total\s+of|only|all)\s+)?$",
    re.IGNORECASE,
)
# "70 sex and labor trafficking victims": "and" joins the two forms of one count.
_BOTH_FORMS = r"(?:sex|labou?r)\s+(?:and|or)\s+(?=(?:sex|labou?r|forced)\b)"
_BOTH_FORMS_IN_TEXT = re.compile(r"\b(?:sex|labou?r)\s+(?:and|or)\s+(?:sex|labou?r|forced)\b", re.I)
_STOP_MODIFIERS = (
    r"of|the|in|for|from|to|and|or|with|were|was|by|on|at|which|that|who|had|have|has|been"
    r"|whom|under|against|during|while|after|before"
)
_NOUN_AFTER = re.compile(
    rf"^\s+(?P<mods>(?:{_BOTH_FORMS}|(?!(?:{_STOP_MODIFIERS})\b)[A-Za-z][\w\-]*\s+){{0,4}}?)"
    # "four victims' dependents" counts the dependents, not the victims
    r"(?P<noun>investigations?|prosecutions?|convictions?|victims?|survivors?)\b(?![\u2019'])",
    re.IGNORECASE,
)
_PASSIVE_AFTER = re.compile(
    rf"^\s+(?P<words>(?:(?!(?:{_STOP_MODIFIERS})\b)[\w\-]+\s+){{0,4}}?|of\s+(?:whom|them)\s+"
    # "12 cases of trafficking involving 25 victims were investigated"
    r"|(?:cases?|victims?)\s+of\s+(?:human\s+|child\s+)?trafficking\s+"
    r"(?:involving\s+[\w,]+\s+[a-z]+\s+)?)"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:(?:reportedly|formally|officially|newly|also)\s+)?"
    r"(?P<verb>investigated|prosecuted|convicted|identified)\b",
    re.IGNORECASE,
)
_CASES_NEXT = re.compile(
    r"\s+(?:of\s+(?:the|these|those)\s+)?(?:[\w\-]+\s+){0,2}?cases\b", re.IGNORECASE
)
_VICTIM_WORD = re.compile(r"\b(?:victims?|survivors?)\b", re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(
    # "26 traffickers prosecuted, and 26 convicted during the previous reporting period"
    rf"^\s+(?:(?P<words>(?:(?!(?:{_STOP_MODIFIERS})\b)[\w\-]+\s+){{0,2}}?(?:{_PERSON_NOUNS}))\s+)?"
    r"(?P<verb>investigated|prosecuted|convicted|identified|confirmed)"
    r"(?=\s+(?:in\s+(?:19|20)\d{2}|during\b|in\s+the\s+(?:previous|prior)|the\s+previous|last\s+year"
    r"|and\b)|\s*[,.;)])",
    re.IGNORECASE,
)
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
_FORM_AFTER = re.compile(
    rf"\s+(?:(?:(?:[a-z][\w\-]*\s+){{0,2}}?(?:{_PERSON_NOUNS})\s+)?"
    r"(?:for|of|involving|involved|concerned|in|into|related\s+to|under|were\s+for"
    r"|were\s+related\s+to|(?:were\s+|was\s+)?charged\s+with|with)\s+"
    # "for trafficking for the purpose of sexual (or labor) exploitation"
    r"(?:(?:(?:human\s+)?trafficking\s+(?:for|in)\s+(?:the\s+purposes?\s+of\s+)?)?"
    # "190 involved predominantly sex trafficking": the form the report files the count under
    rf"(?:(?:alleged|suspected|child|adult|possible|potential|predominantly|primarily|mainly"
    rf"|mostly)\s+)*(?P<form>{_FORM})\b"
    r"|(?:human\s+)?trafficking\s+for\s+(?:the\s+purposes?\s+of\s+)?"
    r"(?P<form5>lab(?:or|our)\s+exploitation)\b)"
    rf"|(?:(?:were|was)\s+)?(?:(?:potential|suspected|alleged|possible|child|adult|new|additional"
    rf"|separate|female|male)\s+)*(?P<form2>{_FORM})\b"
    r"|of\s+(?:them|whom)\s+(?:(?:were|was)\s+)?(?:(?:exploited|subjected|victims)\s+)?"
    rf"(?:in|to|for|of)\s+(?P<form3>{_FORM})\b"
    # "71 were exploited in sex trafficking", "81 were victims exploited in sex trafficking"
    rf"|(?:(?:were|was)\s+)?(?:victims\s+)?(?:exploited|subjected)\s+(?:in|to)\s+(?P<form4>{_FORM})\b"
    # "9 alleged traffickers, all for sex trafficking": one form for the whole count
    rf"|(?:[a-z][\w\-]*\s+){{0,2}}?(?:{_PERSON_NOUNS}|investigations|prosecutions|convictions)"
    r"\s*,\s+all\s+(?:of\s+(?:them|whom|which)\s+)?(?:(?:were|was)\s+)?(?:for|of|involving|in)\s+"
    rf"(?P<form6>{_FORM})\b)",
    re.IGNORECASE,
)
# A second offense named beside the form ("cases of labor trafficking and exploiting a
# trafficked person"): the count is not restricted to that form.
_OFFENSE_GERUND = (
    r"(?:exploiting|facilitating|harbou?ring|transporting|recruiting|procuring|soliciting"
    r"|pimping|promoting|selling|buying|smuggling)"
)
_FORM_MIXTURE = re.compile(
    rf"\s*(?:,\s*)?(?:and|or|and/or)\s+(?:{_FORM}|{_OFFENSE_GERUND}\s+(?:a|an|the|of)\b"
    r"|(?:[\w\-]+\s+)?trafficking\b"
    # "23 for sex trafficking and “pimping”": an offense that is no trafficking form
    r"|[\u201c\"']?(?:pimping|pandering|procuring|prostitution)\b)",
    re.IGNORECASE,
)
# "64 investigations involving 150 suspects", "728 people in 589 cases": the second count
# describes the first, it is no figure.
_ATTACHED_NUMBER = re.compile(
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+"
    # "labor and sex trafficking investigations involving" but not "traffickers and the
    # initiation of": the count's noun phrase does not run over a new one, nor over "a
    # total" ("89 traffickers for a total of 155 convictions": the total is no one's people).
    r"(?:(?!(?:and|or)\s+(?:the|a|an|its|their)\b|total\b)[\w\-]+\s+){1,6}"
    # "one prosecution initiated in the previous reporting period against three suspects"
    r"(?:(?:in|during)\s+the\s+(?:previous|prior|preceding)\s+reporting\s+period\s+)?"
    r"(?:involving|against|of|into)\s+$"
    rf"|(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:[\w\-]+\s+){{0,2}}(?:{_PERSON_NOUNS})\s+"
    # "16 defendants convicted in 13 cases in 2017": the cases of the people counted first
    r"(?:(?:investigated|prosecuted|indicted|charged|convicted|sentenced)\s+)?"
    r"(?:in|from\s+the)\s+$",
    re.IGNORECASE,
)
# "208 federal human trafficking prosecutions in FY 2014, charging 335 defendants": the
# people charged in the prosecutions counted first are no count of their own.
_CHARGING_AFTER_COUNT = re.compile(
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:[\w\-]+,?\s+){{1,8}}charging\s+$", re.IGNORECASE
)
# "eight investigations (six for sex trafficking and two for labor trafficking) of 19
# individuals": the people of a count whose parts by form come between.
_ATTACHED_AFTER_PARTS = re.compile(
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:[\w\-]+\s+){{1,4}}\([^()]*\)\s+"
    r"(?:involving|against|of)\s+$",
    re.IGNORECASE,
)
# "34 of 135 involved forced labor": 135 is the whole, the form after it is the part's.
_PART_OF_BEFORE = re.compile(rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_NUMBER_BEFORE_NOUN = re.compile(
    # "15 sex trafficking investigations of ..." (but "15 defendants and convictions of three":
    # the count before "and" is another noun phrase's)
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:(?!(?:and|or)\b)[\w\-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# "opening a sex trafficking investigation involving one potential victim": the count is of
# the people in one case, not of investigations.
_ONE_OF_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|one|single)\s+(?:[\w\-]+\s+){0,3}?(?:investigation|prosecution)\s+"
    r"(?:involving|of|against|into)\s+(?:(?:a\s+total\s+of|only)\s+)?$",
    re.IGNORECASE,
)
_FORM_IN_TEXT = re.compile(_FORM, re.IGNORECASE)
_FOR_FORM = re.compile(
    rf"\s+(?:for|of|involving|under)\s+(?:(?:alleged|suspected|child|adult)\s+)*(?P<form>{_FORM})\b",
    re.IGNORECASE,
)
_ANCHOR_WORD = re.compile(
    r"\b(?P<word>investigat(?:ions?|ed|ing)|prosecut(?:ions?|ed|ing)|convict(?:ions?|ed|ing)"
    r"|identif(?:y|ied|ying)\s+(?:any\s+)?(?:[\w\-]+\s+){0,2}?victims)\b",
    re.IGNORECASE,
)

# --- subjects: figures reported by NGOs are not the government's ---------------------
_OTHER_SUBJECT = re.compile(
    r"\b(?:NGOs?|non-governmental\s+organi[sz]ations?|civil\s+society|international\s+"
    r"organi[sz]ations?|IOM|UNICEF|UNODC|UNHCR|ILO|the\s+media|journalists?|researchers?"
    r"|observers|foreign\s+governments?|the\s+UN)\b"
    # bodies outside the government: human rights commissions and ombudsmen, the Red Cross,
    # other UN agencies and the OSCE, foreign embassies, trade unions, faith-based groups
    r"|\b(?:(?:[A-Z]\w+\s+){0,3}Human\s+Rights\s+(?:Commission|Council|Institution|Ombudsman"
    r"|Defender)|[Oo]mbuds(?:man|person|woman)|(?:the\s+)?Red\s+Cross|ICRC|UNFPA|UNDP|OHCHR"
    r"|UN\s+Women|OSCE|(?:[Ff]oreign|[Ss]ource[- ]country)\s+embass(?:y|ies)"
    r"|(?:trade|labou?r)\s+unions?"
    r"|faith-based\s+organi[sz]ations?|the\s+press|media\s+(?:reports|outlets))\b"
)
_OTHER_RIGHT_BEFORE = re.compile(
    r"\b(?:NGOs?|civil\s+society(?:\s+organi[sz]ations)?|international\s+organi[sz]ations?|IOM"
    r"|Human\s+Rights\s+(?:Commission|Council|Institution|Ombudsman|Defender)"
    r"|[Oo]mbuds(?:man|person|woman)(?:'s\s+[Oo]ffice)?|Red\s+Cross|ICRC|OSCE"
    r"|(?:[Ff]oreign|[Ss]ource[- ]country)\s+embass(?:y|ies)|(?:trade|labou?r)\s+unions?)"
    r"\s+(?:(?:also|reportedly|jointly)\s+)?(?:reported\s+)?$"
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

# --- comparisons and periods ------------------------------------------------------
_COMPARE = re.compile(
    r"\b(?:(?:as\s+)?compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?"
    r"|(?:up|down)\s+(?:by\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?from|relative\s+to"
    r"|(?:an?\s+)?(?:increase|decrease|rise|drop|decline"
    r"|reduction|jump|fall)\s+from|(?:fewer|more|less|lower|higher)\s+than\s+the"
    r"|(?:the\s+)?same\s+(?:number\s+)?as"
    # "a decrease compared with 235 in 2019 but more than 187 in 2018": a second comparison
    r"|(?<=\bbut\s)(?:more|fewer|less|lower|higher)\s+than)(?=\s)",
    re.IGNORECASE,
)
_CONTINUATION_BEFORE = re.compile(r"(?:(?:,\s*|\s)and|\(|;)\s*$", re.IGNORECASE)
_PERIOD = re.compile(
    r"\b(?:in|during|throughout|for|over)\s+(?:the\s+)?(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?"
    r"(?P<year>(?:19|20)\d{2})\b(?!\s*[-\u2013/]\s*\d)(?!\s+(?:law|act|report\b))"
    r"|\b(?:in|during)\s+the\s+(?P<year2>(?:19|20)\d{2})\s+reporting\s+(?:period|year)"
    r"|\b(?P<prev>(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:reporting\s+(?:period|year)"
    r"|year))\b"
    r"|\b(?P<cur>(?:the\s+)?(?:current|this)\s+reporting\s+(?:period|year)"
    r"|(?:in|during)\s+the\s+reporting\s+(?:period|year))\b"
    # "an increase from FY 2013, during which DOJ brought 161 prosecutions"
    r"|\b(?:FY\s*)?(?P<year3>(?:19|20)\d{2}),\s+(?=(?:during|in)\s+which\b)",
    re.IGNORECASE,
)
_YEAR_DURING_WHICH = re.compile(
    r"\b(?:FY\s*)?(?:19|20)\d{2},\s+(?:during|in)\s+which\b", re.IGNORECASE
)
_LEADING_PERIOD = re.compile(
    r"^\s*(?:(?:in|during|throughout|over|for)\s+(?:the\s+)?(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?"
    r"(?P<year>(?:19|20)\d{2})\b"
    r"|(?:in|during)\s+the\s+(?P<prev>(?:previous|prior|preceding|last)\s+(?:reporting\s+)?"
    r"(?:period|year))"
    r"|(?:in|during)\s+the\s+(?P<cur>(?:current\s+)?reporting\s+(?:period|year))"
    # "On March 31, 2019, the government identified two ...": the day names the year
    r"|on\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2}\s*,\s*(?P<year2>(?:19|20)\d{2})\s*,)",
    re.IGNORECASE,
)
# After a count and its year, a comma and the next count: "245 in 2017, 295 in 2016".
_COMMA_CONTINUATION = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:in|during)\s+(?:19|20)\d{2}\s*[,;]\s*(?:and\s+)?", re.IGNORECASE
)
# After a compared count: its year, then a part of it set off by "including" up to a
# semicolon ("124 potential victims identified in 2019, including 12 in servile marriage; ").
_INCLUDING_ASIDE_CONTINUATION = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:in|during)\s+(?:19|20)\d{2}\s*,\s*including\s+[^;()]{1,80};"
    r"\s*(?:and\s+)?",
    re.IGNORECASE,
)
# After a compared count: its noun and year, then a parenthesis opening its parts by form.
_YEAR_THEN_PARTS = re.compile(
    r"(?:\s+[\w\-]+){0,4}?\s+(?:in|during)\s+(?:19|20)\d{2}\s*\(\s*", re.IGNORECASE
)
# A split's parenthesis closed, a few words, and a new parenthesis opened.
_PARTS_CLOSED = re.compile(r"[^()]*\)(?:\s+[\w\-]+){0,4}\s*\(\s*")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_PREVIOUS_WHEN = re.compile(
    r"\b(?:previous|prior|preceding|last)\s+reporting\s+(?:period|year)\s*,?\s+when\b",
    re.IGNORECASE,
)
_WINDOW = 70


@dataclass(frozen=True, slots=True)
class SentenceFigure:
    """A figure found in one sentence (before page/quote are attached)."""

    metric: str
    value: int
    period_year: int
    qualifier: str | None


@dataclass
class _Num:
    start: int  # of the number itself
    end: int
    qstart: int  # of the qualifier, or == start
    value: int
    qualifier: str | None
    role: str = ""  # "primary", "split", "compare"
    slot: str = ""  # how a primary got its metric: "verb", "noun_before", "noun_after", "passive",
    # "participle"
    base: str = ""
    form: str | None = None
    parent: _Num | None = None
    year: int | None = None
    explicit_year: bool = False
    dropped: bool = False
    attached: bool = False  # describes the count before it ("in 589 cases")
    restricted: bool = False  # no figure: a count of one group ("11 foreign victims")
    dropped_part: bool = False  # a part, by form, of a count that is no figure
    mapped: bool = False  # a comparison's count set against one count each, in order


def _metric_of(verb_or_noun: str) -> str:
    word = verb_or_noun.lower()
    if word.startswith(("investigat", "record", "regist")):
        return "investigations"
    if word.startswith(("prosecut", "indict", "charg")):
        return "prosecutions"
    if word.startswith("convict"):
        return "convictions"
    return "victims_identified"


def _form_of(text: str | None) -> str | None:
    if not text:
        return None
    return (
        "sex_trafficking"
        if re.match(r"(?:child\s+)?sex", text, re.IGNORECASE)
        else "labor_trafficking"
    )


_ONE_CASE = re.compile(r"\s+case\b", re.IGNORECASE)
_IN_CASES = re.compile(
    rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{_PERSON_NOUNS})\s+in\s+[\w,]+\s+cases?(?=\s)",
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


def _form_match(after: str, start: int = 0) -> str | None:
    """The form of trafficking a figure is restricted to, read right after it."""
    match = _FORM_AFTER.match(after, start)
    if match is None and (elided := _ELIDED_FORM.match(after, start)) is not None:
        return _form_of(elided.group("form"))
    if match is None:
        # "41 suspects in 11 cases for sex trafficking": the form follows the cases.
        cases = _IN_CASES.match(after, start)
        match = _FOR_FORM.match(after, cases.end()) if cases else None
        if match is None:
            return None
        if _FORM_MIXTURE.match(after, match.end()) or _MORE_CASES_AFTER.match(after, match.end()):
            # "22 defendants in nine cases of sex trafficking and one case of sex and labor
            # trafficking": the people of cases of more than one form
            return None
        return _form_of(match.group("form"))
    if _FORM_MIXTURE.match(after, match.end()):
        return None  # "victims of sex trafficking and forced labor": both forms
    if _FORM_OF_ONE_GROUP.match(after, match.end()):
        return None  # "one for sex trafficking of a child": one group's part of the form
    return _form_of(
        match.group("form")
        or match.group("form2")
        or match.group("form3")
        or match.group("form4")
        or match.group("form5")
        or match.group("form6")
    )


# "did not report how many of the 45 investigations involved forced labor": the total
# restated, the form is of an unknown part of it.
_HOW_MANY_OF = re.compile(r"\bhow\s+many\s+of\s+(?:the|these|its|those)\s+$", re.IGNORECASE)


def _find_numbers(sentence: str) -> list[_Num]:
    found: list[_Num] = []
    for match in _NUMBER.finditer(sentence):
        if match.group("digits") is not None:
            raw = match.group("digits")
            start = match.start("digits")
            value = parse_digits(raw)
            raw = raw.rstrip(",")
            end = start + len(raw)
            if value is None or (len(raw) == 4 and "," not in raw and 1900 <= value <= 2099):
                continue
        elif match.group("words") is not None:
            start, end = match.span("words")
            value = words_to_int(match.group("words"))
            if value is None:
                continue
        else:
            start, end = match.span("no") if match.group("no") is not None else match.span("none")
            value = 0
        qual_match = _QUALIFIER_BEFORE.search(sentence, max(0, start - 25), start)
        if qual_match and _COMPARATIVE_BUT.search(
            sentence, max(0, qual_match.start() - 6), qual_match.start()
        ):
            qual_match = None  # "but more than 187 in 2018": a comparison, not a qualifier
        qual = qual_match.group("qual") if qual_match else None
        if qual and match.group("digits") is None and match.group("words") is None:
            continue  # "no fewer than": the qualifier of the next number
        qualifier = _QUALIFIER_WORDS[" ".join(qual.lower().split())] if qual else None
        qstart = qual_match.start("qual") if qual_match else start
        if qualifier is None and _ESTIMATED_BEFORE.search(sentence, max(0, start - 60), start):
            qualifier = "approximately"  # "the government estimated it identified 100 victims"
        pre = sentence[max(0, qstart - 40) : qstart]
        post = sentence[end : end + 40]
        if _PRE_EXCLUDE.search(pre) or _PRE_LIST_EXCLUDE.search(pre):
            continue
        if _POST_EXCLUDE.match(post) or _RANGE_EXCLUDE.match(post):
            continue
        if _in_range(sentence, qstart, start, end):
            continue
        found.append(_Num(start, end, qstart, value, qualifier))
    return found


def _in_range(sentence: str, qstart: int, start: int, end: int) -> bool:
    """ "between 200 and 300", "40-50", "200 to 300" (but not "from 20 to 35", a change)."""
    before = sentence[max(0, qstart - 12) : qstart]
    if "etween" in before and _RANGE_OPENING.search(before):
        return _RANGE_CLOSING.match(sentence, end) is not None
    if "between" in sentence[max(0, qstart - 40) : qstart] and _RANGE_BETWEEN_BEFORE.search(
        sentence, max(0, qstart - 40), qstart
    ):
        return True
    return sentence[start:end][:1].isdigit() and bool(
        _RANGE_DASHED.match(sentence, end) or _RANGE_DASHED_BEFORE.search(before)
    )


def _clause_start(sentence: str, position: int) -> int:
    return sentence.rfind(";", 0, position) + 1


def _government_subject(sentence: str, anchor: int) -> bool:
    """False when the clause's subject before ``anchor`` is an NGO, the media, etc."""
    prefix = sentence[_clause_start(sentence, anchor) : anchor]
    if "ssistance" in prefix or "elp" in prefix or "upport" in prefix:
        prefix = _ASSISTED_BY.sub(lambda m: " " * len(m.group(0)), prefix)
    other = _OTHER_SUBJECT.search(prefix)
    if not other:
        return True
    right_before = _OTHER_RIGHT_BEFORE.search(prefix)
    if right_before and not _JOINT_BEFORE.search(prefix, 0, right_before.start()):
        # "compared with identifying 216 victims and NGOs identifying 15" (but "the
        # government and NGOs identified 50" is the government's too)
        return False
    government = _GOV_SUBJECT.search(prefix)
    # "NGOs reported to the government that they identified 172": the first named is the
    # one that acted.
    return government is not None and government.start() < other.start()


def _identify_context(sentence: str, num: _Num, mods: str, noun_end: int) -> bool:
    if re.search(r"\bidentified\b", mods, re.IGNORECASE):
        return True
    if _IDENTIFIED_AFTER_NOUN.match(sentence, noun_end) or _IDENTIFIED_BY_AFTER_NOUN.match(
        sentence, noun_end
    ):
        return True
    prefix = sentence[_clause_start(sentence, num.qstart) : num.qstart]
    verbs = list(_VICTIM_VERBS.finditer(prefix))
    return bool(verbs) and verbs[-1].group("verb").lower().startswith("identif")


# Counts that are not the government's totals for a period: complicit officials, a single
# case, cases carried over, victims of one age, sex or nationality.
_COMPLICIT_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,4}?(?:(?:of|against|into|involving)\s+(?:an?\s+|one\s+|\w+\s+)?)?"
    r"(?:complicit|corrupt)\s+(?:(?:government|public|police)\s+)?(?:officials?|officers?)\b"
    # "investigated three officials for alleged complicity"
    r"|^\s+(?:(?:government|public|police|law\s+enforcement)\s+)?(?:officials?|officers?)\s+"
    r"(?:for|of|on)\s+(?:alleged\s+|suspected\s+|possible\s+)?(?:complicity|corruption)\b"
    # "only two officials were prosecuted for trafficking offenses": officials investigated,
    # prosecuted or convicted are the report's counts of complicity, never the totals
    r"|^\s+(?:(?:government|public|police|law\s+enforcement|state|local|senior)\s+)?"
    r"(?:officials|civil\s+servants|public\s+servants)\s+(?:(?:were|was|had\s+been)\s+)?"
    r"(?:(?:also|reportedly|allegedly)\s+)?(?:investigated|prosecuted|convicted|charged|indicted)\b",
    re.IGNORECASE,
)
_ONE_CASE_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?in\s+(?:the|that|this|one|a)\s+case\b"
    # "96 suspected trafficking victims in La Pampa during the May 2018 raid"
    r"|^\s+(?:[\w\-]+\s+){0,5}?(?:during|in)\s+(?:the|a|an|one|that|this)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:raid|operation)\b",
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
    r"|quashed|vacated|expunged|expunging|pardoned|pardoning)\s+(?:(?:the|all|only)\s+)?$",
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
# "3,000 investigations into labor violations", "12 cases of pimping": other offenses.
_OTHER_OFFENSE_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?(?:for|of|with|into|under)\s+"
    # "four defendants for exploitative child labor"
    r"(?:(?:alleged|suspected|possible|exploitative|aggravated|attempted)\s+)?"
    r"(?:(?:migrant\s+)?smuggling|pimping|procuring|pandering|prostitution"
    r"|commercial\s+sex\s+(?:offen[cs]es|crimes|charges)|labou?r\s+(?:law\s+)?"
    r"(?:violations|infractions|code\s+violations)|child\s+trafficking"
    # other crimes the report names beside trafficking: "45 cases of child labor", "20
    # defendants for illegal recruitment", "30 cases of kidnapping", "15 people of rape"
    r"|(?<!forced\s)child\s+labou?r|illegal\s+recruitment|kidnapping|abduction|rape"
    r"|(?:child\s+)?sexual\s+(?:abuse|assault|violence)|domestic\s+violence|illegal\s+adoptions?"
    r"|organ\s+(?:trafficking|harvesting|removal)|document\s+fraud|forced\s+marriages?)\b"
    # "convicted 12 illegal recruiters", "arrested 40 smugglers": offenders of other crimes
    r"|^\s+(?:[\w\-]+\s+){0,2}?(?:illegal\s+recruiters|(?:migrant\s+)?smugglers|kidnappers|pimps"
    r"|procurers|rapists)\b",
    re.IGNORECASE,
)
# "786 victims of commercial sexual exploitation, some of whom may have been victims of sex
# trafficking": victims of a wider crime the report counts beside trafficking, not
# trafficking victims (a count of trafficking victims names trafficking before "victims").
_OTHER_CRIME_VICTIMS_AFTER = re.compile(
    r"^\s+(?:(?!traffick)[\w\-]+\s+){0,2}?(?:victims?|survivors?)\s+of\s+(?:the\s+)?"
    r"commercial\s+sex(?:ual)?\s+exploitation\b"
    # "28 victims of “sexual exploitation”": a category the report quotes to keep its
    # distance from is not the trafficking it counts (a quoted trafficking form is)
    r"|^\s+(?:(?!traffick)[\w\-]+\s+){0,2}?(?:victims?|survivors?)\s+of\s+[“\"](?![^”\"]{0,40}traffick)",
    re.IGNORECASE,
)
_SUBSET_MODIFIERS = re.compile(
    r"\b(?:child(?:ren)?|female|male|minor|adult|foreign(?:\s+national)?|girls?|boys?"
    r"|migrants?|refugees?|asylum-seekers?)\b",
    re.IGNORECASE,
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
# "prosecuted three defendants for child sex trafficking", "two child sex trafficking
# cases": a count restricted to cases of child victims.
_CHILD_FORM_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?(?:for|of|involving|in)\s+(?:(?:alleged|suspected)\s+)?"
    r"child\s+sex(?:ual)?\s+(?:trafficking|exploitation)\b"
    r"|^\s+child\s+sex(?:ual)?\s+trafficking\s+(?:cases|investigations|prosecutions"
    r"|convictions)\b",
    re.IGNORECASE,
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
    r"(?:the\s+)?[A-Z][a-z]"
    # "at least 15 victims were from other countries": the foreigners among them
    r"|^\s+(?:[\w\-]+\s+){0,3}?(?:victims?|survivors?)\s+(?:were|was)\s+(?:from|of)\s+"
    r"(?:other|foreign|neighbou?ring)\s+(?:countries|nationalities)\b"
)


# "including" opening a list of parts, the list not yet closed by a clause of its own
# (a comparison, a new verb)
_INCLUDING_LIST_BEFORE = re.compile(
    r"\bincluding\b(?:(?!compared|versus|\bfrom\b|investigat|prosecut|convict|identif)[^;()])*$",
    re.IGNORECASE,
)
_MANY_YEARS = re.compile(
    r"\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous)\s+(?:[\w\-]+\s+)?"
    r"(?:years|decades?)\b",
    re.IGNORECASE,
)
_OTHER_PARTICIPLE_AFTER = re.compile(
    rf"^\s+(?:(?!(?:investigations?|prosecutions?|convictions?)\b)[\w\-]+\s+){{0,2}}?"
    rf"(?:{_PERSON_NOUNS})\s+(?:arrested|detained|rescued|referred"
    r"|assisted|repatriated|sheltered|intercepted|deported|screened|removed|returned)\b",
    re.IGNORECASE,
)
_IDENTIFIED_BY_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,4}?(?:identified|investigated|prosecuted|convicted)\s+by\s+"
    r"(?P<agent>[^;()]{0,80}?)(?=\s+(?:in|during)\b|[;()]|$)",
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


def _not_a_total(sentence: str, num: _Num) -> bool:
    after = sentence[num.end : num.end + 90]
    before = sentence[max(0, num.qstart - 50) : num.qstart]
    if _COMPLICIT_AFTER.match(after) or _ONE_CASE_AFTER.match(after):
        return True
    if _NATIONALITY_AFTER.match(after) or _RESULTED_FROM_AFTER.match(after):
        return True
    if _CASES_OF_NATIONALITY_AFTER.match(after):
        return True
    if _NOT_ACCEPTED_BEFORE.search(before) or _NOT_ACCEPTED_AFTER.match(after):
        return True
    if _CHILD_FORM_AFTER.match(after):
        return True
    if _PLACE_SUBJECT_BEFORE.search(sentence, max(0, num.qstart - 120), num.qstart):
        return True  # "more populous states, such as Rio de Janeiro, identified only three"
    if _REST_BEFORE.search(before) and not num.form:
        return True
    if _CHARGING_AFTER_COUNT.search(sentence, max(0, num.qstart - 80), num.qstart):
        return True
    if _APPEAL_BEFORE.search(before):
        return True  # "the Supreme Court upheld 5 convictions": appeals, no new convictions
    if _PENDING_AFTER.match(after) or _OTHER_OFFENSE_AFTER.match(after):
        return True
    if _OTHER_CRIME_VICTIMS_AFTER.match(after):
        return True
    if num.base == "victims_identified" and _BY_SEX_AFTER.match(after):
        return True  # "48 men and 12 women as victims": counts by sex are not totals
    if _CARRIED_OVER_AFTER.match(after) or (num.value == 1 and _ONE_DESCRIBED_AFTER.match(after)):
        return True
    if _STARTED_EARLIER_AFTER.match(after) and not _COMPARE.search(before):
        return True
    if _HELD_AFTER.match(after):
        return True  # "28 individuals incarcerated in Russia": a group held somewhere
    if _CARRIED_OVER_BEFORE.search(before) or _FROM_PLACE_AFTER.match(after):
        return True
    if _OTHER_PARTICIPLE_AFTER.match(after):
        return True  # "42 suspects arrested": a count of something else
    if _MANY_YEARS.search(sentence, _clause_start(sentence, num.qstart), num.qstart):
        return True  # "in the last five years, the government convicted only two"
    agent = _IDENTIFIED_BY_AFTER.match(after)
    if agent and _OTHER_SUBJECT.search(agent.group("agent")):
        return True  # "10 victims identified by officials, international organizations and NGOs"
    noun = _NOUN_AFTER.match(after)
    if noun and _CARRIED_OVER_MODS.search(noun.group("mods")):
        return True  # "(including 29 ongoing investigations)"
    if noun and _ATTACHED_NUMBER.search(sentence, max(0, num.qstart - 80), num.qstart):
        return True  # "identified 43 victims from the 127 potential victims"
    if num.value == 0 and noun and _ZERO_OTHER_PREDICATE.match(after, noun.end()):
        return True  # "No identified victims ... were transferred to the shelter"
    return _restricted(after)


def _restricted(after: str) -> bool:
    """Whether the noun after a count restricts it to one group: a nationality, children,
    foreigners, one sex (unless the count is of one form)."""
    if _NATIONALITY_AFTER.match(after):
        return True
    noun = _NOUN_AFTER.match(after)
    if not noun or not noun.group("noun").lower().startswith(("vic", "sur")):
        return False
    mods = noun.group("mods")
    if _NATIONALITY_MODIFIER.search(mods) or _AGE_AFTER.match(after, noun.end()):
        return True
    if _SECTOR_AFTER.match(after, noun.end()):
        return True  # "zero trafficking victims in the fishing industry": one sector's
    subset = _SUBSET_MODIFIERS.search(mods)
    # "five female sex trafficking victims ... and eight forced labor victims": a count of
    # one form told by sex is that form's count; one of children or foreigners is not.
    return bool(
        subset and not (_SEX_WORD.fullmatch(subset.group(0)) and _FORM_IN_TEXT.search(mods))
    )


_SECTOR_AFTER = re.compile(
    r"\s+(?:(?:who\s+were\s+)?exploited\s+)?in\s+the\s+(?:[\w\-]+\s+){1,2}?(?:industry|sector)\b",
    re.IGNORECASE,
)
_SEX_WORD = re.compile(r"female|male", re.IGNORECASE)
# "three potential victims younger than 15 years old": children, told by their age.
_AGE_AFTER = re.compile(
    r"\s+(?:(?:who\s+were|were|aged)\s+)?(?:younger\s+than|under(?:\s+the\s+age\s+of)?"
    r"|below\s+the\s+age\s+of)\s+(?:age\s+)?\d",
    re.IGNORECASE,
)


def _assign_slot(sentence: str, num: _Num) -> None:
    """Give ``num`` a metric from its own grammatical slot, unless it counts something
    other than a period's total (complicit officials, one case, one group of victims)."""
    _assign_own_slot(sentence, num)
    if not num.role and _OTHER_PARTICIPLE_AFTER.match(sentence[num.end : num.end + 90]):
        num.dropped = True  # "compared with 42 suspects arrested": no metric to inherit
    if not num.role and _GROUP_PREDICATE_AFTER.match(sentence, num.end):
        # "compared with 24 in 2020, of which three were foreign nationals (11 in 2020)": a
        # group among the victims, no part of a split by form and no count to compare
        num.dropped = num.restricted = True
    if (
        num.role == "primary"
        and not num.form
        and _INCLUDING_LIST_BEFORE.search(sentence, max(0, num.qstart - 150), num.qstart)
    ):
        # "identified 1,634 victims, including 841 sex trafficking victims, ... and 250
        # victims of unspecified forms": a part of the total that no form names
        num.role, num.dropped = "", True
    if num.role and _not_a_total(sentence, num):
        num.role, num.dropped = "", True
        after = sentence[num.end : num.end + 90]
        # a comparison right after it compares the same group or the same other offense:
        # "prosecuted four defendants for child labor, compared with five in 2019"
        num.restricted = (
            _restricted(after)
            or _OTHER_OFFENSE_AFTER.match(after) is not None
            or _CHILD_FORM_AFTER.match(after) is not None
        )
    if num.form and _HOW_MANY_OF.search(sentence, max(0, num.qstart - 30), num.qstart):
        num.form = None


_GROUP_PREDICATE_AFTER = re.compile(
    r"\s+(?:were|was)\s+(?:(?:foreign|[A-Z][a-z]+(?:n|i|ese|ish|ian|an))\s+"
    r"(?:nationals|citizens|victims)|children|minors|girls|boys|women|men|adults)\b"
)


# An infinitive counts only what was done: "used the new law to prosecute three
# traffickers", not "failed to prosecute" or "plans to investigate".
_UNDONE_BEFORE = re.compile(
    r"\b(?:fail(?:ed|s)?|need(?:ed|s)?|plan(?:ned|s)?|aim(?:ed|s)?|sought|seeks?|intend(?:ed|s)?"
    r"|unable|refused|declined|efforts?|attempt(?:ed|s)?|expected|would|will|should|must|not)"
    r"\s+(?:\w+\s+)?to\s+$",
    re.IGNORECASE,
)


_OTHER_CHARGES_BEFORE = re.compile(
    # not "trafficking-related charges"
    r"(?<![\w\-])(?:exploitation|smuggling|pimping|pandering|procuring|prostitution|fraud|rape|assault"
    r"|kidnapping|abduction|immigration|labou?r|lesser|other|non-trafficking|related)\s+$",
    re.IGNORECASE,
)


_STATUS_GRANTED = re.compile(r"grant", re.IGNORECASE)


def _assign_own_slot(sentence: str, num: _Num) -> None:
    before = sentence[max(0, num.qstart - 60) : num.qstart]
    after = sentence[num.end : num.end + 90]
    verb = _VERB_BEFORE.search(before)
    recorded = verb is not None and verb.group("verb").lower().startswith(("record", "regist"))
    if recorded and not _CASES_NEXT.match(after):
        return  # "recorded 300 calls": only recorded cases are investigations
    if (
        verb
        and verb.group("verb")[-1:].lower() == "e"
        and _UNDONE_BEFORE.search(before, 0, verb.start())
    ):
        return  # "failed to prosecute 12 suspects": nothing done
    if verb:
        base = _metric_of(verb.group("verb"))
        if base == "victims_identified":
            victims = re.match(
                rf"^\s+(?:{_BOTH_FORMS}|(?!(?:{_STOP_MODIFIERS})\b)[\w\-]+\s+){{0,4}}?"
                r"(?:victims?|survivors?)\b"
                r"|^\s+(?:[\w\-]+\s+){0,3}?as\s+(?:potential\s+|possible\s+|suspected\s+)?"
                r"(?:trafficking\s+)?victims\b",
                after,
                re.IGNORECASE,
            )
            if not victims and not _STATUS_GRANTED.match(verb.group("verb")):
                return  # (the status granted names them victims: "to 73 individuals")
        anchor = num.qstart - len(before) + verb.start()
        if not _government_subject(sentence, anchor):
            num.dropped = True
            return
        num.role, num.base, num.slot = "primary", base, "verb"
        num.form = _form_match(after)
        noun = _NOUN_AFTER.match(after) if num.form is None else None
        if noun is not None and not _BOTH_FORMS_IN_TEXT.search(noun.group("mods")):
            # "identified five female sex trafficking victims": the form among the modifiers
            num.form = (
                _form_of(m.group(0)) if (m := _FORM_IN_TEXT.search(noun.group("mods"))) else None
            )
        return
    victims_next = _VICTIMS_NEXT.match(after)
    if (
        victims_next is not None
        and _REPORTED_BEFORE.search(before)
        and not _VICTIMS_DID_OTHER.match(after, victims_next.end())
    ):
        # "The public ministry reported 882 suspected victims in 2018": a count reported
        # as victims is of victims identified (the subject must be the government's).
        if _government_subject(sentence, num.qstart):
            num.role, num.base, num.slot = "primary", "victims_identified", "verb"
            num.form = _form_match(after, victims_next.end())
            mods = after[: victims_next.end()]
            if num.form is None and not _BOTH_FORMS_IN_TEXT.search(mods):
                found = _FORM_IN_TEXT.search(mods)
                num.form = _form_of(found.group(0)) if found else None
        return
    if victims_next is not None and _IDENTIFICATION_OF.search(before):
        # "reported the identification of 50 victims"
        if _government_subject(sentence, num.qstart):
            num.role, num.base, num.slot = "primary", "victims_identified", "noun_before"
            num.form = _form_match(after, victims_next.end())
        return
    noun_before = _NOUN_BEFORE.search(before)
    if noun_before and _CHARGES_DROPPED.search(before, 0, noun_before.end()):
        noun_before = None  # "dropped charges against 7 suspects"
    if (
        noun_before
        and noun_before.group("noun").lower() == "charges"
        and _OTHER_CHARGES_BEFORE.search(before, 0, noun_before.start())
    ):
        noun_before = None  # "exploitation charges against one defendant": another offense
    if noun_before and noun_before.group("in") and not _CASES_NEXT.match(after):
        noun_before = None  # "prosecutions in 12 cases", but not "convictions in two years"
    if noun_before and _ONE_OF_NOUN_BEFORE.search(before, 0, noun_before.end()):
        return  # "a sex trafficking investigation involving one potential victim": one case's
    if noun_before and not _NUMBER_BEFORE_NOUN.search(before, 0, noun_before.start()):
        num.role, num.slot = "primary", "noun_before"
        num.base = _metric_of(noun_before.group("noun"))
        num.form = _form_match(after)
        return
    noun = _NOUN_AFTER.match(after)
    if noun:
        base = _metric_of(noun.group("noun"))
        mods = noun.group("mods")
        is_victims = noun.group("noun").lower().startswith(("vic", "sur"))
        if is_victims and not _identify_context(sentence, num, mods, num.end + noun.end()):
            return
        if not _government_subject(sentence, num.qstart):
            num.dropped = True
            return
        num.role, num.base, num.slot = "primary", base, "noun_after"
        form_in_mods = _FORM_IN_TEXT.search(mods)
        if _BOTH_FORMS_IN_TEXT.search(mods):
            num.form = None  # "11 new labor and sex trafficking investigations": both forms
        elif form_in_mods:
            num.form = _form_of(form_in_mods.group(0))
        else:
            num.form = _form_match(after, noun.end())
        return
    passive = _PASSIVE_AFTER.match(after)
    if passive:
        base = _metric_of(passive.group("verb"))
        if base == "victims_identified" and not _VICTIM_WORD.search(passive.group("words")):
            return
        num.role, num.base, num.slot = "primary", base, "passive"
        in_words = _FORM_IN_TEXT.search(passive.group("words"))
        for_form = _FOR_FORM.match(after, passive.end())
        if in_words:
            num.form = _form_of(in_words.group(0))
        elif for_form:
            num.form = _form_of(for_form.group("form"))
        return
    participle = _PARTICIPLE_AFTER.match(after)
    if participle:
        participle_verb = participle.group("verb").lower()
        words = participle.group("words") or ""
        is_victims = _VICTIM_WORD.search(words) is not None
        if is_victims != (participle_verb in ("identified", "confirmed")):
            return  # victims are identified; cases and people are investigated, ...
        base = "victims_identified" if is_victims else _metric_of(participle_verb)
        # A participle names the metric of its count within a clause; unlike a verb it
        # does not open a new clause (and so does not end a comparison).
        num.role, num.base, num.slot = "primary", base, "participle"
        in_words = _FORM_IN_TEXT.search(words)
        if in_words:
            num.form = _form_of(in_words.group(0))


_GERUND_OPENING = re.compile(
    r"\s+(?:(?:not\s+)?(?:reporting|initiating|opening|investigating|prosecuting|convicting"
    r"|identifying|indicting|charging|securing|obtaining)\s+){1,2}(?:(?:a\s+total\s+of|only|at\s+least"
    r"|approximately|more\s+than|some|about)\s+)?",
    re.IGNORECASE,
)


# "compared with prosecutions of 15 defendants and convictions of three sex traffickers
# during the previous year": a noun phrase right after the comparison (or joined to one by
# "and") names the comparison's metric, it opens no clause.
_NOUN_PHRASE_OPENING = re.compile(
    r"\s+(?:(?:initiating|opening|filing|reporting|securing|obtaining)\s+)?(?:the\s+)?"
    r"(?:investigations?|prosecutions?|convictions?)\s+(?:of|against|involving|into|for)\s+"
    r"(?:[^;,()]*?\s+and\s+(?:the\s+)?(?:investigations?|prosecutions?|convictions?)\s+"
    r"(?:of|against|involving|into|for)\s+)?",
    re.IGNORECASE,
)


def _comparison_regions(sentence: str, nums: list[_Num]) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    # A new verb or noun phrase opens a new clause, ending the comparison; a bare
    # "41 prosecutions" inside the comparison does not.
    primaries = [
        n.qstart for n in nums if n.role == "primary" and n.slot not in ("noun_after", "participle")
    ]
    for match in _COMPARE.finditer(sentence):
        start = match.end()
        end = len(sentence)
        # The comparison ends with its clause: ";", ", but", or the dash closing a
        # dashed aside it opened in ("—a rise from two in 2013—but ...").
        for stop in (";", " but "):
            found = sentence.find(stop, start)
            if found != -1:
                end = min(end, found)
        if sentence.count("\u2014", 0, match.start()) % 2 == 1:
            dash = sentence.find("\u2014", start)
            if dash != -1:
                end = min(end, dash)
        depth = sentence.count("(", 0, match.start()) - sentence.count(")", 0, match.start())
        if depth > 0:
            close = sentence.find(")", start)
            if close != -1:
                end = min(end, close)
        # "compared with identifying 851 victims ... the previous reporting period": a
        # gerund right after the comparison names its metric, it opens no clause.
        later = [
            p
            for p in primaries
            if p > start
            and not _GERUND_OPENING.fullmatch(sentence, start, p)
            and not _NOUN_PHRASE_OPENING.fullmatch(sentence, start, p)
        ]
        if later:
            end = min(end, later[0])
        # "increased efforts compared to the previous reporting period, initiating 86
        # investigations": a comparison with no count before its clause's comma compares
        # no figure, and the counts after the comma are the period's own.
        comma = sentence.find(",", start, end)
        if (
            comma != -1
            and not any(start <= n.qstart < comma for n in nums)
            # "an increase from FY 2013, during which DOJ brought 161 prosecutions": the
            # clause after the comma tells of the year compared with
            and not _YEAR_DURING_WHICH.search(sentence, start, comma + 30)
        ):
            end = comma
        regions.append((match.start(), end))
    return regions


def _period(match: re.Match[str], report_year: int) -> int:
    year = match.group("year") or match.groupdict().get("year2") or match.groupdict().get("year3")
    if year:
        return int(year)
    if match.group("prev"):
        return report_year - 2
    return report_year - 1


def _find_period(sentence: str, start: int, end: int) -> re.Match[str] | None:
    return _PERIOD.search(sentence, start, end) if end > start else None


def keeps_earlier_context(sentence: str, figures: Sequence[SentenceFigure]) -> bool:
    """Whether the sentence after ``sentence`` still refers to the figures before it: a
    sentence that only compares them ("This compared with zero identified victims ... in
    2021.") or re-tells a total without a figure ("Of the 260 victims identified, 201 were
    men ...") does not become what the next sentence breaks down."""
    if _COMPARED_OPENING.match(sentence):
        return True
    return not figures and _BREAKDOWN_OPENING.match(sentence) is not None


def has_trigger(text: str) -> bool:
    """Cheap test: ``text`` mentions investigating, prosecuting, convicting or identifying
    (or confirming) victims, or recording cases."""
    return (
        "nvestigat" in text
        or "rosecut" in text
        or "onvict" in text
        or "dentif" in text
        or "ndict" in text
        or "onfirmed" in text
        or "ecorded" in text
        or "egistered" in text
        or "harged" in text
        or "harges against" in text
        or ("eported" in text and "victim" in text)
        or "victim status" in text
    )


def figures_in_sentence(
    sentence: str,
    report_year: int,
    context: SentenceFigure | None = None,
    previous: Sequence[SentenceFigure] = (),
    previous_text: str = "",
) -> list[SentenceFigure]:
    """Every statistic stated in one sentence.

    ``context`` is the first figure of the sentence before: "Of those, 50 were victims of
    sex trafficking" breaks it down by form. ``previous`` is every figure of the sentence
    before: "Seventeen of the 24 victims were exploited in labor trafficking" names the
    total it breaks down. ``previous_text`` is the sentence before: "This was an increase
    from 10" compares the last count it states.
    """
    part = _PART_OPENING.match(sentence) if previous else None
    if part is not None:
        return _part_of_total(sentence, part, previous)
    cared_for = _CARED_FOR_OPENING.match(sentence)
    if cared_for is not None and _CARE_PARTICIPLE.search(cared_for.group("head")):
        # "Of those referred, 113 were victims of sexual exploitation, 41 of forced labor":
        # the parts of a count of victims cared for, itself no figure.
        return []
    if (
        previous
        and _COMPARED_OPENING.match(sentence)
        and not has_trigger(_up_to_last_count(sentence))
    ):
        if previous_text and not _last_count_is_figure(previous_text, previous):
            # "... the PNTL referred 21 to shelter. This was an increase from 10 in 2015":
            # the comparison is of the referrals, the last count, which is no figure.
            return []
        # "This is compared to 121 trafficking victims—including 20 victims of forced
        # labor—the government identified during the previous year": the verb after the
        # counts is the comparison's own, the metric is the sentence before's.
        return _compared_with_previous(sentence, report_year, previous)
    split_opening = (
        context is not None
        and context.metric.startswith("victims_identified")
        and _FORM_SPLIT_OPENING.match(sentence) is not None
    )
    if context is not None and (_BREAKDOWN_OPENING.match(sentence) or split_opening):
        pass  # a breakdown may name no metric of its own
    elif not has_trigger(sentence):
        return []
    if not _ANY_NUMBER.search(sentence.lower()):
        return []
    nums = _find_numbers(sentence)
    if not nums:
        return []
    for num in nums:
        _assign_slot(sentence, num)
    _shared_complicit_object(sentence, nums)
    _elided_noun(sentence, nums)
    _coordinate(sentence, nums)
    _parts_before_total(sentence, nums)
    breakdown = _BREAKDOWN_OPENING.match(sentence)
    if breakdown is not None:
        _breakdown_roles(sentence, nums, breakdown.end(), context)
    elif split_opening:
        # "In 2015, 21 victims were subjected to sex trafficking, three to forced labor" after
        # the count of victims: a split of that count by form, in the year it opens with.
        _breakdown_roles(sentence, nums, -2, context)
        opening = _LEADING_PERIOD.match(sentence)
        for num in nums:
            if num.slot == "breakdown" and opening is not None:
                num.year = _period(opening, report_year)
    _parts_of_a_part(sentence, nums)
    regions = _comparison_regions(sentence, nums)

    def region_of(num: _Num) -> tuple[int, int] | None:
        for region in regions:
            if region[0] <= num.qstart < region[1]:
                return region
        return None

    # Inherited roles: comparisons, continuations and splits by form.
    last_primary: _Num | None = None
    last_assigned: _Num | None = None
    previous_end = 0
    for index, num in enumerate(nums):
        if num.dropped:
            previous_end = num.end
            continue
        region = region_of(num)
        after = sentence[num.end : num.end + 90]
        if num.role == "primary":
            if (
                region is not None
                and not num.form
                and _unformed_parts_after_year(sentence, nums, index)
            ):
                # "from 142 victims identified in 2020 (21 victims of sex trafficking, ...,
                # 66 victims of fraudulent marriage)": a part of no form is no figure
                num.role, num.dropped = "", True
                previous_end = num.end
                continue
            if region is not None:
                num.role = "compare"
                num.parent = last_primary
            elif _breaks_down(sentence, num, last_primary):
                # "identified 492 victims (336 victims sex trafficking, 73 ...)": a part of
                # the total by form, not a figure a later comparison could refer to.
                num.role, num.parent = "split", last_primary
            elif _unformed_part_in_parenthesis(sentence, num, last_primary):
                # "38 trafficking victims (13 sex trafficking victims, ..., and nine victims
                # of unspecified forms of trafficking)": a part of no form is no figure.
                num.role, num.dropped = "", True
                previous_end = num.end
                continue
            elif _earlier_year_in_parenthesis(sentence, num, last_primary):
                # "identified six victims (nine victims in 2018); four were ...": the count
                # in parentheses is the earlier year's, and what follows splits the first.
                num.role, num.parent = "compare", last_primary
            else:
                last_primary = num
            last_assigned = num
            previous_end = num.end
            continue
        if region is not None and _unformed_parts_after_year(sentence, nums, index):
            # "204 total convictions in 2021 (81 trial and 123 appellate)": the compared
            # count's parts by court, of no form, are no figures
            num.dropped = True
            previous_end = num.end
            continue
        if (
            last_primary is not None
            and last_primary.base
            and _DETERMINED_BEFORE.search(sentence, max(0, num.qstart - 30), num.qstart)
            and _OF_THESE_TO_BE.match(sentence, num.end)
        ):
            # "investigated 13 potential trafficking cases, determining eight of these cases
            # to be trafficking": a part by status of the count before, in its year
            num.role, num.parent, num.base = "split", last_primary, last_primary.base
            last_assigned = num
            previous_end = num.end
            continue
        form = _form_match(after)
        if form is None and "subjected to" in sentence[: num.qstart]:
            # "41 of whom were subjected to forced labor and 15 to sex trafficking"
            subjected = _SUBJECTED_TO_FORM.match(sentence, num.end)
            form = _form_of(subjected.group("form")) if subjected else None
        if _PART_OF_BEFORE.search(sentence, max(0, num.qstart - 30), num.qstart):
            form = None
        if num.value == 1 and _ONE_CASE.match(after):
            form = None  # "including one case of forced labor": a case described, no split
        if _ATTACHED_NUMBER.search(
            sentence, max(0, num.qstart - 80), num.qstart
        ) or _ATTACHED_AFTER_PARTS.search(sentence, max(0, num.qstart - 160), num.qstart):
            num.attached = True
            previous_end = num.end
            continue
        if form and _splits_dropped_count(sentence, nums, index):
            # "identified only three victims—two for sex trafficking and one for forced
            # labor" after a count that is no figure: its parts are none either
            num.dropped = num.dropped_part = True
            previous_end = num.end
            continue
        if (
            region is not None
            and not form
            and last_assigned is not None
            and last_assigned.role == "compare"
            and region_of(last_assigned) == region
            and _BY_AGE_OR_SEX.match(sentence, num.end)
        ):
            # "compared with identifying 126 victims - 114 females, 12 males, and 45
            # children - in 2021": the compared count's parts by sex or age are no figures,
            # as the first count's are not.
            num.role, num.dropped = "", True
            previous_end = num.end
            continue
        if (
            region is not None
            and form
            and last_assigned is not None
            and last_assigned.role == "compare"
            and last_assigned.base
            and region_of(last_assigned) == region
            and _YEAR_THEN_PARTS.fullmatch(sentence, last_assigned.end, num.qstart)
        ):
            # "compared with 10 investigations in 2016 (two of forced labor and eight of sex
            # trafficking)": the parts of the compared count, in its year.
            num.role, num.parent = "split", last_assigned
            num.base = _effective_base(last_assigned)
            num.form = form
        elif region is not None:
            num.role = "compare"
            num.parent = last_primary
            if (
                form
                and last_assigned is not None
                and last_assigned.role == "compare"
                and last_assigned.base
                and region_of(last_assigned) == region
            ):
                # "compared with investigating two cases and 27 potential labor trafficking
                # cases": the count joined to the comparison's own takes its metric.
                num.parent = last_assigned
            num.form = form
        elif form and last_assigned is not None and _effective_base(last_assigned):
            parent = last_assigned if last_assigned.role != "split" else last_assigned.parent
            if parent is not None and parent.role == "compare" and last_primary is not None:
                # "compared with 48 in 2020; 23 were victims of sex trafficking": the
                # comparison's clause has ended, the split is of the primary figure.
                parent = last_primary
            num.role, num.parent = "split", parent
            num.base = _effective_base(last_assigned)
            num.form = form
        elif (
            last_primary is not None
            and _CONTINUATION_BEFORE.search(sentence, previous_end, num.qstart)
            and (index == 0 or nums[index - 1].role or nums[index - 1].attached)
            and (
                index == 0
                or nums[index - 1].role != "split"
                # "two traffickers (one sex trafficking and one labor trafficking) under
                # Section 154-1 (three in 2019)": the parts' parenthesis has closed
                or _PARTS_CLOSED.fullmatch(sentence, previous_end, num.qstart) is not None
            )
        ):
            # "(44 in 2017)" continues the count right before it, and only when that
            # count is a figure ("the opening of 26 trafficking cases (44 in 2017)" is not)
            # and no part of a split by form ("35 sex trafficking and three forced begging
            # in 2017": a part whose form is no trafficking form)
            window_end = nums[index + 1].qstart if index + 1 < len(nums) else len(sentence)
            period = _find_period(sentence, num.end, min(window_end, num.end + 40))
            if period is not None and period.start() - num.end <= 25:
                num.role, num.parent = "compare", last_primary
        elif (
            compared := _last_compared_count(nums, index)
        ) is not None and _INCLUDING_ASIDE_CONTINUATION.fullmatch(
            sentence, compared.end, num.qstart
        ):
            # "compared with 124 potential victims identified in 2019, including 12 in servile
            # marriage; 114 in 2018, including nine ...": the next earlier year's count, after
            # the compared count's part
            period = _find_period(sentence, num.end, min(len(sentence), num.end + 40))
            if period is not None and period.start() - num.end <= 4:
                num.role, num.parent, num.base = "compare", compared.parent, compared.base
        elif last_assigned is not None and _COMMA_CONTINUATION.fullmatch(
            sentence, previous_end, num.qstart
        ):
            # "(245 in 2017, 295 in 2016, 442 in 2015)": a list of earlier years' counts.
            period = _find_period(sentence, num.end, min(len(sentence), num.end + 40))
            if period is not None and period.start() - num.end <= 4:
                parent = last_assigned.parent if last_assigned.role == "compare" else last_assigned
                num.role, num.parent = "compare", parent
        if num.role:
            last_assigned = num
        previous_end = num.end

    _resolve_respectively(sentence, nums, regions)

    # Periods.
    leading = _LEADING_PERIOD.match(sentence)
    leading_year = _period(leading, report_year) if leading else None
    previous_when = _PREVIOUS_WHEN.search(sentence)
    for index, num in enumerate(nums):
        if not num.role or num.dropped:
            continue
        following = [n for n in nums[index + 1 :] if not n.attached]
        next_start = following[0].qstart if following else len(sentence)
        region = region_of(num)
        limit = min(next_start, num.end + _WINDOW)
        clause_end = sentence.find(";", num.end)
        if clause_end != -1:
            limit = min(limit, clause_end)  # a period after ";" is the next clause's
        if num.role == "primary":
            compare_starts = [r[0] for r in regions if r[0] > num.end]
            if compare_starts:
                limit = min(limit, compare_starts[0])
        elif region is not None:
            limit = min(limit, region[1])
        window = sentence[num.end : limit]
        # "identified 18 victims during 2019, bringing the total since 2015 to 104": a
        # cumulative count after a comma is another count's, not this one's.
        if _SINCE.search(re.split(r"[,;]", window, maxsplit=1)[0]):
            num.dropped = True
            continue
        period = _find_period(sentence, num.end, limit)
        span = _YEAR_SPAN.search(sentence, num.end, limit)
        if span is None and period is None:
            # "Between 2016 and 2019, the government identified 45 victims", "...; in the
            # first eight months of 2021, it identified 392": the clause opens with it
            semicolon = sentence.rfind(";", 0, num.qstart)
            opening = _YEAR_SPAN.match(sentence, semicolon + 1)
            span = opening if opening is not None and opening.end() <= num.qstart else None
        if span is not None and (period is None or span.start() <= period.start()):
            # "no victims identified between 2016 and 2018": several years, no one period
            num.dropped = True
            continue
        if period is not None:
            num.year, num.explicit_year = _period(period, report_year), True
    if breakdown is not None:
        for num in nums:
            if (
                num.role == "primary"
                and num.qstart <= breakdown.end() + 1
                and num.year is None
                and (context is not None or num.base != "victims_identified")
            ):
                # "Of the 77 sex traffickers convicted, only 17 were ...": the total re-told
                # with no period of its own is the earlier sentence's figure, not a new one
                # (but with no figure in the sentence before, "Among the 176 suspected
                # trafficking victims identified, ..." states the count first).
                num.role, num.dropped = "", True
    for index, num in enumerate(nums):
        if not num.role or num.dropped or num.year is not None:
            continue
        if num.role == "primary" and previous_when and num.qstart > previous_when.end():
            num.year = report_year - 2
            continue
        if num.role == "primary":
            run_end = min([r[0] for r in regions if r[0] > num.end] or [len(sentence)])
            clause_end = sentence.find(";", num.end)
            if clause_end != -1:
                run_end = min(run_end, clause_end)
            later = [n for n in nums[index + 1 :] if n.role == "primary" and n.qstart < run_end]
            shared = later[-1] if later else None
            # "In 2019, it investigated 22 cases ...; in 2018, it investigated 19 cases": a
            # clause that opens with its own period keeps it.
            clause_start = _clause_start(sentence, num.qstart)
            clause_leading = (
                _LEADING_PERIOD.match(sentence[clause_start:]) if clause_start else None
            )
            inside = _parenthesis_year(sentence, num)
            if clause_leading is not None:
                num.year = _period(clause_leading, report_year)
            elif inside is not None:
                # "(identified 104 potential victims and assisted 390 individuals in 2018)"
                num.year = inside
            elif leading_year is not None:
                num.year = leading_year
            elif (
                shared is not None
                and shared.explicit_year
                and _is_list_end(sentence, shared, run_end)
                and "(" not in sentence[num.end : shared.qstart]
            ):
                num.year = shared.year
            else:
                num.year = report_year - 1
        elif num.role == "split":
            num.year = num.parent.year if num.parent and num.parent.year else None
        else:
            region = region_of(num)
            period = _find_period(sentence, num.end, region[1]) if region else None
            if period is None and region is not None:
                # "an increase from FY 2013, during which DOJ brought 161 prosecutions": the
                # year the comparison names before the clause about it
                before = _YEAR_DURING_WHICH.search(sentence, region[0], num.qstart)
                period = _PERIOD.search(sentence, before.start(), before.end()) if before else None
            if period is not None:
                num.year = _period(period, report_year)
            elif (
                num.parent is not None and num.parent.year is not None and num.parent.explicit_year
            ):
                num.year = num.parent.year - 1
            else:
                num.year = report_year - 2
    # Splits whose parent got its year late.
    for num in nums:
        if num.role == "split" and num.year is None:
            parent_year = num.parent.year if num.parent else None
            num.year = parent_year if parent_year is not None else report_year - 1
        if num.role == "split":
            # "(30 were victims of sex trafficking and one of forced labor in 2018)"
            closing_year = _parenthesis_year(sentence, num)
            if closing_year is not None:
                num.year = closing_year

    figures: list[SentenceFigure] = []
    for num in nums:
        if not num.role or num.dropped or num.year is None:
            continue
        base, figure_form = num.base, num.form
        if num.role == "compare" and _compares_excluded_count(sentence, nums, num, regions):
            continue
        if num.role == "compare" and _compares_unnamed_count(sentence, nums, num, region_of(num)):
            continue
        if num.role == "compare" and (
            _CARE_VERB_AFTER.match(sentence, num.end) or _OTHER_NOUN_AFTER.match(sentence, num.end)
        ):
            continue  # "compared with 30 referred in 2018", "40 arrests": not the metric
        if num.role == "compare" and _no_metric_verb_in_comparison(sentence, num, region_of(num)):
            # "compared with intercepting 10,100 potential victims in 2018", "compared with 53
            # in 2019, and referred 15 to protection services": a count of its own verb
            continue
        if num.role == "primary" and _re_counts_part(sentence, num, previous, previous_text):
            # "prosecuted 387 individuals ... Officials prosecuted 267 of these individuals
            # under the anti-trafficking proclamation": a part of the count just stated
            continue
        if (
            num.role == "compare"
            and not num.base
            and _compares_count_of_no_metric(sentence, nums, num, region_of(num))
        ):
            continue
        if num.role == "compare":
            if not base:
                if num.parent is not None and num.parent.dropped:
                    continue
                if num.parent is not None:
                    # The metric is the count's compared with, the form only the
                    # comparison's own: "425 sex trafficking investigations, compared with
                    # 491 in 2012" says no more than that 491 investigations were completed,
                    # while "compared with 20 and 8, respectively" names each count's form.
                    base = num.parent.base
                    if num.mapped:
                        figure_form = figure_form or num.parent.form
                else:
                    # "compared with 13 convictions in 2021 and three in 2020": the
                    # comparison's own noun names the metric of the counts after it.
                    region = region_of(num)
                    period = _find_period(sentence, num.end, min(len(sentence), num.end + 30))
                    named = [
                        n.base
                        for n in nums
                        if n.role == "compare"
                        and n.base
                        and n.qstart < num.qstart
                        and region is not None
                        and region_of(n) == region
                        and period is not None
                        and _BARE_BEFORE_PERIOD.fullmatch(sentence, num.end, period.start())
                    ]
                    before_region = [n for n in nums if region is not None and n.end <= region[0]]
                    if before_region and (
                        before_region[-1].dropped
                        or not (before_region[-1].role or before_region[-1].attached)
                    ):
                        # "identified 235 foreign victims, an increase from 59 in 2017":
                        # the comparison is of the restricted count, itself no figure
                        continue
                    if named:
                        base = named[-1]
                    elif not _VICTIMS_NEXT.match(sentence, num.end):
                        # "compared with screening 288 potential victims": a count of its
                        # own kind, not of the metric named before.
                        base = _anchor_before(sentence, num.qstart)
        elif num.role == "split" and (num.parent is None or num.parent.dropped) and not base:
            continue
        if not base:
            continue
        metric = f"{base}_{figure_form}" if figure_form else base
        figures.append(SentenceFigure(metric, num.value, num.year, num.qualifier))
        other = _coordinated_metric(sentence, num, base)
        if other is not None:
            # "prosecuted and convicted two sex traffickers", "21 prosecutions and
            # convictions in 2006": one count of both.
            other_metric = f"{other}_{figure_form}" if figure_form else other
            figures.append(SentenceFigure(other_metric, num.value, num.year, num.qualifier))
        if num.role == "primary":
            same = _same_as_before(sentence, num, nums, report_year)
            if same is not None:
                # "five investigations, the same number as in 2016": that year's count too
                figures.append(SentenceFigure(metric, num.value, same, num.qualifier))
    paired = paired_figures(sentence, report_year)
    if paired:
        # Those numbers were read whole: drop what the slot reading made of them.
        values = {extra.value for extra in paired}
        figures = [f for f in figures if f.value not in values] + paired
    for metric, value, year, other_year in each_in_two_years(sentence):
        for each_year in (year, other_year):
            if not any(
                (f.metric, f.value, f.period_year) == (metric, value, each_year) for f in figures
            ):
                figures.append(SentenceFigure(metric, value, each_year, None))
    # A report covers the year before it and compares with a few before that: a count for
    # the report's own year (part of a year, "from January to March 2020") or for a year
    # long past (a history, "in 2008 it convicted ...") is no figure of the period.
    return [f for f in figures if report_year - 1 - _OLDEST_COMPARED <= f.period_year < report_year]


# How many years before the reporting period a report's comparisons reach back.
_OLDEST_COMPARED = 5


def _compares_unnamed_count(
    sentence: str, nums: list[_Num], num: _Num, region: tuple[int, int] | None
) -> bool:
    """Whether the comparison holding ``num`` is set in parentheses right after a count
    that is no figure: "two for forced begging (compared to two in 2017)" compares the
    begging cases, not the total."""
    if region is None:
        return False
    before = [n for n in nums if n.end <= region[0] and not n.attached]
    if not before or before[-1].role or before[-1] is num.parent:
        return False
    between = sentence[before[-1].end : region[0]]
    return "(" in between and ")" not in between


# "compared with 30 referred in 2018", "compared with 20 assisted the previous year"
_CARE_VERB_AFTER = re.compile(
    r"\s+(?:(?:victims?|survivors?|people|persons|individuals)\s+)?(?:(?:who\s+)?(?:were|was)\s+)?"
    r"(?:referred|assisted|sheltered|repatriated|rescued|served|accommodated|housed|supported"
    r"|returned|received)\b",
    re.IGNORECASE,
)


# "compared with 30 investigations and 40 arrests in 2018": a count of something else
_OTHER_NOUN_AFTER = re.compile(
    r"\s+(?:[\w\-]+\s+)?(?:arrests|detentions|referrals|raids|inspections|trainings|acquittals"
    r"|calls|complaints|deportations|rescues|repatriations)\b",
    re.IGNORECASE,
)
# the verb of a count that has no metric: victims cared for, suspects arrested, ...
_NO_METRIC_VERB_BEFORE = re.compile(
    r"\b(?:referred|referring|assisted|assisting|sheltered|repatriated|rescued|served"
    r"|accommodated|housed|supported|returned|arrested|arresting|detained|apprehended|acquitted"
    r"|screened|screening|trained|training|inspected|raided|removed|deported|intercepted"
    r"|intercepting"
    r"|provided\s+(?:[\w\-]+\s+){0,3}?(?:to|for))\s+(?:[\w\-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _compares_count_of_no_metric(
    sentence: str, nums: list[_Num], num: _Num, region: tuple[int, int] | None
) -> bool:
    """ "Officials identified 45 victims; NGOs assisted 60 victims, compared with 40 in
    2018": a bare comparison right after a count of no metric, in a clause of its own after
    the last figure, compares that count."""
    if region is None:
        return False
    before = [n for n in nums if n.end <= region[0] and not n.attached]
    if len(before) < 2 or before[-1].role or before[-1] is num.parent:
        return False
    last = before[-1]
    if _PART_MARK_BEFORE.search(sentence, max(0, last.qstart - 12), last.qstart):
        return False  # "45 victims, including 20 children, compared with ...": a part
    if sentence.count("(", 0, last.qstart) > sentence.count(")", 0, last.qstart):
        return False
    figured = [n for n in before[:-1] if n.role and not n.dropped]
    if not figured:
        return False
    between = sentence[figured[-1].end : last.qstart]
    # the count of no metric opens a clause of its own: after ";" or a verb of its own
    return (
        ";" in between
        or _NO_METRIC_VERB_BEFORE.search(sentence, max(0, last.qstart - 60), last.qstart)
        is not None
    )


# The opening of a breakdown, up to its comma: "Of those referred, ...", "Among the 40
# victims assisted, ..."
_CARED_FOR_OPENING = re.compile(r"^\s*(?:Of|Among)\s+(?P<head>[^,;]{1,80}?),", re.IGNORECASE)
_CARE_PARTICIPLE = re.compile(
    r"\b(?:referred|assisted|sheltered|repatriated|rescued|served|accommodated|housed"
    r"|intercepted|screened)\b",
    re.IGNORECASE,
)
# "compared with identifying and assisting 40 victims": the count is identified, too
_IDENTIFIED_AND_BEFORE = re.compile(
    r"\bidentif(?:y|ied|ying)\s+(?:and|or)\s+(?:[\w\-]+\s+){0,3}?$", re.IGNORECASE
)


def _no_metric_verb_in_comparison(sentence: str, num: _Num, region: tuple[int, int] | None) -> bool:
    """Whether a compared count follows, inside its comparison, a verb of its own that
    names no metric ("compared with intercepting 10,100 potential victims", "..., and
    referred 15 to protection services")."""
    if region is None:
        return False
    verb = _NO_METRIC_VERB_BEFORE.search(sentence, max(region[0], num.qstart - 60), num.qstart)
    if verb is None:
        return False
    return not _IDENTIFIED_AND_BEFORE.search(sentence, max(0, verb.start() - 40), verb.end())


# "267 of these individuals", "12 of them": a part of a count already stated
_OF_THESE_AFTER = re.compile(r"\s+of\s+(?:these|those|them)\b", re.IGNORECASE)


def _re_counts_part(
    sentence: str, num: _Num, previous: Sequence[SentenceFigure], previous_text: str
) -> bool:
    """Whether ``num`` ("prosecuted 267 of these individuals") is a part of a larger count of
    the same metric the sentence before stated or re-told ("Of the 387 individuals
    prosecuted, ..."): no figure of its own (a count of another metric, "convicted 10 of
    these defendants", is)."""
    if num.form or not _OF_THESE_AFTER.match(sentence, num.end):
        return False
    if any(
        figure.metric.split("_sex_")[0].split("_labor_")[0] == num.base
        and figure.period_year == num.year
        and figure.value > num.value
        for figure in previous
    ):
        return True
    told = _find_numbers(previous_text) if previous_text else []
    for earlier in told:
        _assign_slot(previous_text, earlier)
    return any(earlier.base == num.base and earlier.value > num.value for earlier in told)


# Between a comparison's bare count and its period: nothing, or the verb the named count
# had ("28 prosecutions initiated in the previous reporting period and 35 initiated in 2016").
_BARE_BEFORE_PERIOD = re.compile(
    r"\s{0,4}|\s+(?:initiated|opened|filed|recorded|registered|obtained|secured|identified)\s+"
    # "compared with 20 traffickers prosecuted in 2017, 40 traffickers in 2016": the people
    # the named count counted
    r"|\s+(?:defendants|suspects|traffickers|individuals|offenders)\s+",
    re.IGNORECASE,
)


_FOR_A_TOTAL_BEFORE = re.compile(
    r"\b(?:for|with|to)\s+a\s+(?:combined\s+|grand\s+)?total\s+of\s+$", re.IGNORECASE
)


# "232 were labor trafficking victims, a number which included 214 victims of forced labor"
_WHICH_INCLUDED_BEFORE = re.compile(
    r"\b(?:an?\s+(?:number|total|figure)\s+)?(?:which|that)\s+included\s+$", re.IGNORECASE
)


def _parts_of_a_part(sentence: str, nums: list[_Num]) -> None:
    """A count "which included" others, itself of one form, holds parts of that part: no
    figures of their own."""
    for previous, num in itertools.pairwise(nums):
        if (
            num.role
            and previous.role
            and previous.form
            and _WHICH_INCLUDED_BEFORE.search(sentence, max(0, num.qstart - 40), num.qstart)
        ):
            num.role, num.dropped = "", True


def _parts_before_total(sentence: str, nums: list[_Num]) -> None:
    """ "trial courts convicted 66 traffickers and appellate courts ... 89 traffickers for a
    total of 155 convictions": the counts of the total's metric before it, in its clause,
    are its parts (those of one form stay, its split by form)."""
    for index, total in enumerate(nums):
        if total.role != "primary" or not _FOR_A_TOTAL_BEFORE.search(
            sentence, max(0, total.qstart - 40), total.qstart
        ):
            continue
        clause = _clause_start(sentence, total.qstart)
        for part in nums[:index]:
            if (
                part.qstart >= clause
                and part.role == "primary"
                and part.base == total.base
                and not (part.form and not total.form)
            ):
                # (a part of one form is still the total's split by form)
                part.role, part.dropped = "", True


def _unformed_parts_after_year(sentence: str, nums: list[_Num], index: int) -> bool:
    """Whether ``nums[index]`` stands in a parenthesis that opens right after a count and its
    year and names no form and no period of its own."""
    num = nums[index]
    opening = sentence.rfind("(", 0, num.qstart)
    if opening == -1 or ")" in sentence[opening : num.qstart]:
        return False
    closing = sentence.find(")", num.end)
    if closing == -1:
        return False
    if _PERIOD.search(sentence, opening, closing):
        return False
    if _FORM_IN_TEXT.search(sentence, opening, closing) and _form_match(
        sentence[num.end : num.end + 90]
    ):
        # "(21 victims of sex trafficking, 39 victims of labor trafficking, 66 victims of
        # fraudulent marriage)": the parts of a form are the compared count's; the others,
        # of no form, are no figures.
        return False
    before = [n for n in nums[:index] if n.end <= opening]
    return (
        bool(before)
        and _YEAR_THEN_PARTS.fullmatch(sentence, before[-1].end, opening + 1) is not None
    )


_DETERMINED_BEFORE = re.compile(
    r"\b(?:determin(?:ed|ing)|confirm(?:ed|ing)|verif(?:ied|ying)|establish(?:ed|ing))\s+"
    r"(?:that\s+)?$",
    re.IGNORECASE,
)
_OF_THESE_TO_BE = re.compile(
    r"\s+of\s+(?:these|them|those|the\s+[\w\-]+)\s+(?:[\w\-]+\s+)?(?:to\s+be|as|were|was)\s+"
    r"(?:(?:genuine|actual|confirmed)\s+)?(?:human\s+)?trafficking\b",
    re.IGNORECASE,
)


def _splits_dropped_count(sentence: str, nums: list[_Num], index: int) -> bool:
    """Whether the count at ``index`` opens a split, set off by a dash, a parenthesis or a
    colon, of a count right before it that is no figure."""
    before = [n for n in nums[:index] if not n.attached]
    if not before or not before[-1].dropped or before[-1].role:
        return False
    between = sentence[before[-1].end : nums[index].qstart]
    if ";" in between:
        return False
    if before[-1].dropped_part:
        return True  # "... and one for forced labor": the split goes on
    return any(mark in between for mark in ("\u2014", "(", ":", " - "))


def _compares_excluded_count(
    sentence: str, nums: list[_Num], num: _Num, regions: list[tuple[int, int]]
) -> bool:
    """ "identified 11 foreign victims in 2020, an increase from six in 2019": a comparison
    right after a count that is no figure (one nationality, children, ...) compares that
    count, whatever figure came before it."""
    region = next((r for r in regions if r[0] <= num.qstart < r[1]), None)
    # "of which three were foreign nationals (11 in 2020)": the count right before it
    for opening in (num.qstart, region[0] if region is not None else None):
        if opening is None:
            continue
        before = [n for n in nums if n.end <= opening and not n.attached]
        if before and before[-1].restricted and sentence.count(";", before[-1].end, opening) == 0:
            return True
    return False


_COORDINATED_VERB_BEFORE = re.compile(
    # "prosecuted and convicted two", "compared with prosecuting and convicting 14"
    r"\b(?P<verb>investigat(?:ed|ing)|prosecut(?:ed|ing)|indict(?:ed|ing)|convict(?:ed|ing))"
    r"\s+and\s+$",
    re.IGNORECASE,
)
_COORDINATED_NOUN_AFTER = re.compile(
    r"\s+(?:investigations|prosecutions|convictions)\s+and\s+"
    r"(?P<noun>investigations|prosecutions|convictions)\b",
    re.IGNORECASE,
)


_COORDINATED_PARTICIPLES_AFTER = re.compile(
    rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:cases|{_PERSON_NOUNS})\s+"
    r"(?P<first>investigated|prosecuted|indicted|convicted)\s+and\s+"
    r"(?P<second>investigated|prosecuted|indicted|convicted)\b",
    re.IGNORECASE,
)


def _coordinated_metric(sentence: str, num: _Num, base: str) -> str | None:
    """The second metric of a count two verbs or two nouns share."""
    other: str | None = None
    if num.slot == "verb":
        before = sentence[max(0, num.qstart - 80) : num.qstart]
        verb = _VERB_BEFORE.search(before)
        if verb is not None:
            joined = _COORDINATED_VERB_BEFORE.search(before, 0, verb.start())
            if joined is not None and joined.end() == verb.start():
                other = _metric_of(joined.group("verb"))
    else:
        noun = _COORDINATED_NOUN_AFTER.match(sentence, num.end)
        if noun is not None:
            other = _metric_of(noun.group("noun"))
        participles = _COORDINATED_PARTICIPLES_AFTER.match(sentence, num.end)
        if noun is None and participles is not None:
            # "four cases investigated and prosecuted in 2013": one count of both
            first, second = (_metric_of(participles.group(g)) for g in ("first", "second"))
            other = second if first == base else first if second == base else None
    if other is None or other == base or base == "victims_identified":
        return None
    return other


# "five trafficking investigations, the same number as in 2016", "convicted one trafficker,
# which is the same as the previous reporting period"
_SAME_AS = re.compile(
    # "investigated 10 new trafficking cases in 2014, the same amount as in 2013"
    r"\s*[,\u2014\u2013]\s*(?:which\s+(?:is|was)\s+)?(?:the\s+)?same\s+(?:(?:number|amount)\s+)?"
    # "identified 17 victims—the same number of potential victims identified during the
    # previous reporting period"
    r"(?:as\s+|(?P<of>of\s+))",
    re.IGNORECASE,
)


# "the same number as reported during the previous reporting period"
_SAME_AS_VERB = re.compile(
    r"(?:(?:was|were)\s+)?(?:reported|recorded|registered|identified|investigated|prosecuted"
    r"|convicted|initiated)\s+(?:(?:during|in)\s+(?=the\s+(?:previous|prior|preceding|last)\b))?",
    re.IGNORECASE,
)


def _same_as_before(sentence: str, num: _Num, nums: list[_Num], report_year: int) -> int | None:
    """The earlier period a count is said to equal, with no number of its own."""
    parts = [n for n in nums if n.role == "split" and n.parent is num]
    start = num.end
    if parts:
        # "three new cases (one sex trafficking and two labor trafficking) under Section
        # 154-1 in 2019, the same number as in 2018": the parts in parentheses are passed,
        # with the counts of no form among them ("10 forced criminality, 11 uncategorized")
        opening = sentence.rfind("(", num.end, parts[0].qstart)
        close = sentence.find(")", parts[-1].end)
        if opening == -1 or close == -1 or "(" in sentence[opening + 1 : close]:
            return None
        start = close + 1
    following = [n for n in nums if n.qstart >= start and n not in parts]
    limit = following[0].qstart if following else len(sentence)
    noun_end = start
    # "one conviction under Article 130.1, the same number of convictions as in 2013"
    noun = re.match(r"(?:\s+[\w\-\u2019'.]+){0,6}?(?=\s*[,\u2014\u2013])", sentence[start:limit])
    if noun is not None:
        noun_end = start + noun.end()
    same = _SAME_AS.match(sentence, noun_end)
    if same is None:
        return None
    if same.group("of"):
        # the period closes the noun phrase: "of potential victims identified during ..."
        phrase = re.match(r"(?:[\w\-]+\s+){1,5}?(?=(?:in|during)\b)", sentence[same.end() : limit])
        if phrase is None:
            return None
        start = same.end() + phrase.end()
        period = _PERIOD.search(sentence, start, min(limit, start + 50))
        if period is None:
            return None
        return _period(period, report_year)
    period = _PERIOD.match(sentence, same.end())
    if period is None:
        period = _PERIOD.match(sentence, max(0, same.end() - 3))  # "as in 2016"
    if period is None and (verb := _SAME_AS_VERB.match(sentence, same.end())) is not None:
        period = _PERIOD.match(sentence, verb.end())  # "as reported during the previous ..."
    if period is None or period.end() > limit:
        return None
    return _period(period, report_year)


# "Seventeen of the 24 victims, including one child, were exploited in labor trafficking"
_PART_OPENING = re.compile(
    rf"^\s*(?P<part>{DIGITS_PATTERN}|{WORDS_PATTERN})\s+of\s+the\s+(?P<total>{DIGITS_PATTERN})\s+",
    re.IGNORECASE,
)
_PART_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|and)\b")


def _part_of_total(
    sentence: str, part: re.Match[str], previous: Sequence[SentenceFigure]
) -> list[SentenceFigure]:
    """The part of a total of the sentence before that its clause restricts to one form; the
    rest of the sentence is not read (its parts are described by age, sex or nationality
    as often as by form)."""
    value, total = _number_value(part.group("part")), _number_value(part.group("total"))
    named = [f for f in previous if f.value == total and f.metric in BASE_METRICS]
    if value is None or not named:
        return []
    end = _PART_CLAUSE_END.search(sentence, part.end())
    forms = {
        _form_of(m.group(0))
        for m in _FORM_IN_TEXT.finditer(sentence, part.end(), end.start() if end else len(sentence))
    }
    if len(forms) != 1:
        return []
    form = forms.pop()
    return [SentenceFigure(f"{named[0].metric}_{form}", value, named[0].period_year, None)]


# "This compared with 12 in 2017, 13 in 2016, 30 in 2015, and 51 in 2014." after a sentence
# that gave the period's figures: the comparison names no metric of its own.
_COMPARED_OPENING = re.compile(
    # "Compared with 226 trafficking victims in 2020 and 467 victims in 2019; this was a
    # significant decrease": the comparison alone opens the sentence
    r"^\s*(?:As\s+)?Compared\s+(?:with|to)\b"
    r"|^\s*(?:This|That|These|It|Those)\s+(?:(?:is|was|were|represents|represented|marked"
    r"|constituted)\s+)?(?:(?:an?\s+)?(?:significant\s+|slight\s+|substantial\s+)?(?:increase"
    r"|decrease|rise|drop|decline|reduction)\s+(?:from|compared\s+(?:with|to)|over)"
    r"|(?:as\s+)?compared\s+(?:with|to)|(?:up|down)\s+from|in\s+comparison\s+(?:with|to)"
    r"|versus)\b",
    re.IGNORECASE,
)


_PART_MARK_BEFORE = re.compile(r"(?:\bincluding|\()\s*$", re.IGNORECASE)
# "the PNTL referred 21 ... to short-term shelter": victims cared for, no count identified
_CARE_VERB_BEFORE = re.compile(
    r"\b(?:referred|assisted|sheltered|repatriated|rescued|served|accommodated|housed"
    r"|supported|returned|provided\s+(?:[\w\-]+\s+){0,3}?(?:to|for))\s+(?:[\w\-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _last_count_is_figure(text: str, figures: Sequence[SentenceFigure]) -> bool:
    """False when the last count of ``text`` (parts after "including" or in parentheses
    aside) is of victims cared for, and none of its ``figures``."""
    counts = [
        n
        for n in _find_numbers(text)
        if not _PART_MARK_BEFORE.search(text, max(0, n.qstart - 12), n.qstart)
        and text.count("(", 0, n.qstart) <= text.count(")", 0, n.qstart)
    ]
    if not counts or any(f.value == counts[-1].value for f in figures):
        return True
    last = counts[-1]
    return _CARE_VERB_BEFORE.search(text, max(0, last.qstart - 60), last.qstart) is None


# After "investigated 12 officials for complicity", a bare count of the next verb: "and
# convicted 2" are officials too.
_BARE_COUNT_AFTER = re.compile(
    r"\s*(?:[,.;)]|$|(?:in|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}|previous|prior|reporting)\b)",
    re.IGNORECASE,
)
_VERB_JOIN = re.compile(r"^[^;]{0,40}\band\s+(?:[\w\-]+\s+){0,2}$")


def _shared_complicit_object(sentence: str, nums: list[_Num]) -> None:
    for earlier, num in itertools.pairwise(nums):
        if (
            num.role == "primary"
            and num.slot == "verb"
            and earlier.dropped
            and _COMPLICIT_AFTER.match(sentence[earlier.end : earlier.end + 90])
            and _VERB_JOIN.match(sentence[earlier.end : num.qstart])
            and _BARE_COUNT_AFTER.match(sentence, num.end)
        ):
            num.role, num.dropped = "", True


# "initiated one sex trafficking and two forced labor investigations": the first form's
# noun is the second's.
_ELIDED_NOUN = re.compile(
    rf"\s+(?P<form>{_FORM})\s+(?:and|or)\s+(?=(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\s+(?:{_FORM})\s+"
    r"(?:investigations?|prosecutions?|convictions?|victims?|cases?)\b)",
    re.IGNORECASE,
)


def _elided_noun(sentence: str, nums: list[_Num]) -> None:
    for num, following in itertools.pairwise(nums):
        if num.role or num.dropped or following.role != "primary" or following.form is None:
            continue
        elided = _ELIDED_NOUN.match(sentence, num.end)
        if elided is None or elided.end() != following.qstart:
            continue
        form = _form_of(elided.group("form"))
        if form is None or form == following.form:
            continue
        num.role, num.base, num.slot, num.form = "primary", following.base, following.slot, form


def _up_to_last_count(sentence: str) -> str:
    nums = _find_numbers(sentence)
    return sentence[: nums[-1].end] if nums else sentence


def _last_compared_count(nums: Sequence[_Num], index: int) -> _Num | None:
    """The last compared count with a metric of its own before ``nums[index]``."""
    return next((n for n in reversed(nums[:index]) if n.role == "compare" and n.base), None)


def _compared_with_previous(
    sentence: str, report_year: int, previous: Sequence[SentenceFigure]
) -> list[SentenceFigure]:
    """The earlier periods' counts of a sentence that opens with a comparison and names no
    metric: they are of the metric the sentence before gave for the period. Several
    metrics before take the counts in their order; otherwise nothing is read."""
    latest = max(f.period_year for f in previous)
    metrics = list(dict.fromkeys(f.metric for f in previous if f.period_year == latest))
    bases = [m for m in metrics if m in BASE_METRICS] or metrics[:1]
    nums = [
        n
        for n in _find_numbers(sentence)
        if not _ATTACHED_NUMBER.search(sentence, max(0, n.qstart - 80), n.qstart)
    ]
    if not nums:
        return []
    if any(_OTHER_CRIME_VICTIMS_AFTER.match(sentence[n.end : n.end + 90]) for n in nums):
        # "This compared with 785 victims of commercial sexual exploitation in 2019": the
        # comparison names the victims of another crime, not the metric before
        return []
    found: list[SentenceFigure] = []
    if len(bases) == 1:
        pairs = [(bases[0], n) for n in nums]
    elif len(bases) == len(nums):
        pairs = list(zip(bases, nums, strict=True))
    else:
        return []
    for index, (metric, num) in enumerate(pairs):
        form = _form_match(sentence[num.end : num.end + 90]) if len(bases) == 1 else None
        if form is not None and metric in BASE_METRICS:
            metric = f"{metric}_{form}"  # "including 20 victims of forced labor"
        following = nums[index + 1].qstart if index + 1 < len(nums) else len(sentence)
        period = _find_period(sentence, num.end, min(following, num.end + 40))
        if period is None and len(bases) > 1:
            period = _find_period(sentence, nums[-1].end, len(sentence))
        if period is not None and period.start() - num.end > 25 and len(bases) == 1:
            period = None
        year = _period(period, report_year) if period is not None else latest - 1
        if year >= latest:
            continue  # not an earlier period: no comparison this reading understands
        found.append(SentenceFigure(metric, num.value, year, num.qualifier))
    return found


def _anchor_before(sentence: str, position: int) -> str:
    """The metric named last before a comparison that has no figure of its own to
    attach to ("did not report any convictions, compared with three in 2013")."""
    phrases = [m.start() for m in _COMPARE.finditer(sentence, 0, position)]
    limit = phrases[-1] if phrases else position
    words = list(_ANCHOR_WORD.finditer(sentence, 0, limit))
    return _metric_of(words[-1].group("word")) if words else ""


def _breaks_down(sentence: str, num: _Num, total: _Num | None) -> bool:
    """``num`` opens or continues a parenthesis right after ``total`` and restricts the
    same count to one form: "492 victims (336 victims sex trafficking, 73 ...)"."""
    if total is None or not num.form or total.form or num.base != total.base:
        return False
    opening = sentence.rfind("(", total.end, num.qstart)
    return opening != -1 and ")" not in sentence[opening : num.qstart]


def _effective_base(num: _Num) -> str:
    if num.base:
        return num.base
    return num.parent.base if num.parent is not None else ""


def _is_list_end(sentence: str, shared: _Num, run_end: int) -> bool:
    """The explicit period after the last figure of a list applies to the whole list."""
    return shared.end <= run_end


def _resolve_respectively(sentence: str, nums: list[_Num], regions: list[tuple[int, int]]) -> None:
    """ "compared with 70, 41, and 21, respectively" maps onto the primaries in order."""
    for start, end in regions:
        bare = [n for n in nums if n.role == "compare" and not n.base and start <= n.qstart < end]
        primaries = [
            n for n in nums if n.role in ("primary", "split") and n.base and n.qstart < start
        ]
        # "investigated 24 cases and indicted 31 suspects ..., compared with 18 cases and 20
        # suspects": as many counts as metrics before, in the same order.
        parallel = len(primaries) >= 2 and len({(n.base, n.form) for n in primaries}) == len(
            primaries
        )
        respectively = _RESPECTIVELY.search(sentence, start, end)
        if not (parallel or respectively):
            continue
        if not respectively and _each_with_its_year(sentence, bare, end):
            # "63 investigations (59 for sex trafficking, four for labor trafficking) in 2020,
            # compared with 26 investigations in 2019, 11 in 2018, 17 in 2017": earlier
            # years of the one count, not one count for each part before
            continue
        if bare and len(bare) == len(primaries):
            for num, primary in zip(bare, primaries, strict=True):
                num.parent, num.mapped = primary, True


def _each_with_its_year(sentence: str, bare: list[_Num], end: int) -> bool:
    """Whether every count of ``bare`` is followed by a year of its own, each a different
    one ("11 in 2018, 17 in 2017, and 25 in 2016")."""
    years = []
    for num in bare:
        period = _find_period(sentence, num.end, min(end, num.end + 12))
        if period is None:
            return False
        years.append(period.group(0).lower())
    return len(years) >= 2 and len(set(years)) == len(years)


_BREAKDOWN_OPENING = re.compile(
    # "Within the total number of trafficking victims reported in 2016, 185 were ..."
    r"^\s*(?:Of|Among|Within)\s+(?:those|these|them|whom|this\s+total|the\s+(?:total|(?=\d)"
    # "Of the investigations, there were 356 for sex trafficking": the total named by its noun
    r"|(?:investigations|prosecutions|convictions|cases|victims)\b"
    rf"|(?=(?:{WORDS_PATTERN})\s)))",
    re.IGNORECASE,
)
_INITIATED_BEFORE = re.compile(r"\b(?:initiated|initiating|opened|opening)\s+$", re.IGNORECASE)
_AND_CONTINUED = re.compile(r"\s+and\s+(?:continued|continuing)\s+$", re.IGNORECASE)
_COORDINATED = re.compile(rf"\s+(?!(?:{_PERSON_NOUNS})\b)[a-z\-]+\s+(?:and|or)\s+$")
_BY_AGE_OR_SEX = re.compile(
    r"\s+(?:adult\s+|female\s+|male\s+)?(?:women|men|girls|boys|children|adults|minors|females|males)\b",
    re.IGNORECASE,
)
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+$", re.IGNORECASE)
_BY_SEX_AFTER = re.compile(
    r"^\s+(?:adult\s+)?(?:women|men|girls|boys|females|males)\b(?!\s+and\s+(?:children|minors))",
    re.IGNORECASE,
)
_RESTATED_VICTIMS = re.compile(
    r"\s+(?:[\w\-]+\s+){0,4}?(?:victims?|survivors?)\s+(?:that\s+|whom\s+)?"
    r"(?:the\s+government|authorities|officials|police|it)\s+(?:had\s+)?identified\b",
    re.IGNORECASE,
)
_EXPLOITED_FORM = re.compile(
    # "five were Panamanian girls exploited in sex trafficking": up to two words name who
    r"\bwere\s+(?:[A-Za-z]+\s+){0,2}?"
    r"(?:(?P<sex>sexually\s+exploited|exploited\s+in\s+(?:sex\s+trafficking|commercial\s+sex)"
    r"|subjected\s+to\s+sex\s+trafficking)|exploited\s+in\s+(?:forced\s+labou?r|labou?r\s+trafficking)"
    r"|subjected\s+to\s+(?:forced\s+labou?r|labou?r\s+trafficking))",
    re.IGNORECASE,
)
_EACH_IN_TWO_YEARS = re.compile(
    rf"\b(?P<n>{DIGITS_PATTERN}|{WORDS_PATTERN})\s+(?P<noun>investigations?|prosecutions?|convictions?)"
    r"\s+each\s+in\s+(?P<y1>(?:19|20)\d{2})\s+and\s+(?P<y2>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


# "no convictions in 2021 or 2020": none in either year (a count other than none, "12
# convictions in 2021 and 2020", may be the two years' sum, and is left to the slots).
_NONE_IN_TWO_YEARS = re.compile(
    r"\b(?:no|zero)\s+(?:new\s+)?(?P<noun>investigations|prosecutions|convictions)\s+"
    r"(?:in|during)\s+(?P<y1>(?:19|20)\d{2})\s+(?:or|and)\s+(?:in\s+)?(?P<y2>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def _coordinate(sentence: str, nums: list[_Num]) -> None:
    """ "two confirmed and 129 potential trafficking victims": the first count shares the
    noun of the second."""
    for num, following in itertools.pairwise(nums):
        if (
            not num.role
            and not num.dropped
            and following.dropped
            and following.slot == "noun_after"
            and _INITIATED_BEFORE.search(sentence, max(0, num.qstart - 30), num.qstart)
            and _AND_CONTINUED.match(sentence, num.end, following.qstart)
        ):
            # "initiating 10 and continuing 13 investigations": the new ones count, the
            # continued ones do not.
            num.role, num.slot, num.base, num.form = (
                "primary",
                "noun_after",
                following.base,
                following.form,
            )
            continue
        if num.role or num.dropped or following.role != "primary":
            continue
        if following.slot == "noun_after" and _COORDINATED.match(
            sentence, num.end, following.qstart
        ):
            num.role, num.slot, num.base, num.form = (
                "primary",
                "noun_after",
                following.base,
                (following.form),
            )


_CONFIRMED_BEFORE = re.compile(r"\bconfirm(?:ed|ing)\s+(?:only\s+)?$", re.IGNORECASE)


def _breakdown_roles(
    sentence: str, nums: list[_Num], opening_end: int, context: SentenceFigure | None
) -> None:
    """In "Of those, 50 were victims of sex trafficking, 20 of forced labor" only the split
    by form is new; a count without a form re-tells part of the total (one agency's, one
    law's) and is dropped, except the restated total right after "Of the"."""
    base = context.metric.split("_sex_")[0].split("_labor_")[0] if context else ""
    named = [n for n in nums if n.qstart <= opening_end + 1 and n.base]
    comma = sentence.find(",", opening_end)
    anchor = _ANCHOR_WORD.search(sentence, opening_end, comma) if comma != -1 else None
    if named:
        base = named[0].base
    elif anchor is not None:
        base = _metric_of(anchor.group("word"))  # "Of the 55 convicted traffickers, 17 ..."
    for index, num in enumerate(nums):
        if num.qstart <= opening_end + 1:
            # "Of the 131 confirmed and potential victims the government identified in 2017"
            if not num.role and _RESTATED_VICTIMS.match(sentence, num.end):
                num.role, num.slot, num.base = "primary", "noun_after", "victims_identified"
            continue
        if _INCLUDING_BEFORE.search(sentence, max(0, num.qstart - 12), num.qstart):
            continue  # "127 victims, including 26 children, were ...": a part, no figure
        if _under_unfigured_head(sentence, nums, num):
            continue  # "71 were Kazakhstani citizens, including 51 ... and 16 ...": parts
        if not num.role and _BY_AGE_OR_SEX.match(sentence, num.end):
            continue  # "traffickers exploited 23 women and seven girls in sex trafficking"
        later = [
            n.qstart
            for n in nums[index + 1 :]
            if not _INCLUDING_BEFORE.search(sentence, max(0, n.qstart - 12), n.qstart)
        ]
        stop = later[0] if later else len(sentence)
        form = _form_match(sentence[num.end : num.end + 90])
        if form is None and (subjected := _SUBJECTED_TO_FORM.match(sentence, num.end)):
            form = _form_of(subjected.group("form"))  # "..., three to forced labor"
        exploited = _EXPLOITED_FORM.search(sentence, num.end, min(stop, num.end + 80))
        if form is None and exploited is not None:
            form = "sex_trafficking" if exploited.group("sex") else "labor_trafficking"
        if num.role == "primary" and not num.form:
            if form:
                num.form = form
            elif _CONFIRMED_BEFORE.search(sentence, max(0, num.qstart - 40), num.qstart):
                pass  # "Of the 46 potential victims, authorities confirmed five": a part by status
            elif not base or num.base == base:
                # a count of the total's own metric with no form re-tells a part of it;
                # another metric ("Of the 16 cases ruled on, ... convictions for 13
                # traffickers") is a figure of its own
                num.role, num.dropped = "", True
        elif not num.role and not num.dropped and form and base and context is not None:
            num.role, num.slot, num.base, num.form = "primary", "breakdown", base, form
            compared = list(_COMPARE.finditer(sentence, opening_end, num.qstart))
            if compared and not re.search(r"[);]", sentence[compared[-1].end() : num.qstart]):
                # "Of the 38 victims, 26 were ..., compared with 34 victims of sex
                # trafficking and six ... identified in 2019": a compared part takes the
                # comparison's period, not the total's
                continue
            num.year, num.explicit_year = context.period_year, True
            # "(21 were victims of sex trafficking, four of forced labor ... in 2017)": the
            # year closing the parenthesis is the year of the split inside it.
            closing_year = _parenthesis_year(sentence, num)
            if closing_year is not None:
                num.year = closing_year


def _under_unfigured_head(sentence: str, nums: list[_Num], num: _Num) -> bool:
    """Whether ``num`` stands in an "including" list whose head count is no figure."""
    including = _INCLUDING_LIST_BEFORE.search(sentence, 0, num.qstart)
    if including is None:
        return False
    heads = [n for n in nums if n.end <= including.start()]
    return bool(heads) and (not heads[-1].role or heads[-1].dropped)


_SUBJECTED_TO_FORM = re.compile(
    rf"\s+(?:(?:victims\s+)?(?:were|was)\s+)?(?:subjected\s+)?to\s+(?P<form>{_FORM})\b",
    re.IGNORECASE,
)
_PARENTHESIS_YEAR = re.compile(r"\b(?:in|during)\s+(?P<year>(?:19|20)\d{2})\s*$", re.IGNORECASE)


def _earlier_year_in_parenthesis(sentence: str, num: _Num, total: _Num | None) -> bool:
    """Whether ``num`` opens a parenthesis right after the count ``total`` of the same
    metric and stands for a year the parenthesis names: "six victims (nine victims in
    2018)"."""
    if total is None or (num.base, num.form) != (total.base, total.form):
        return False
    between = sentence[total.end : num.qstart]
    if not re.fullmatch(r"[^()]*\(\s*", between) or len(between) > 60:
        return False
    closing = _closing_parenthesis(sentence, num)
    return closing > 0 and _PERIOD.search(sentence, num.end, closing) is not None


def _unformed_part_in_parenthesis(sentence: str, num: _Num, total: _Num | None) -> bool:
    """Whether ``num``, of no form, stands in a parenthesis that breaks down the count
    ``total`` right before it (no year of its own inside)."""
    if total is None or num.form or num.base != total.base:
        return False
    opening = sentence.rfind("(", total.end, num.qstart)
    closing = _closing_parenthesis(sentence, num)
    if opening == -1 or not closing or opening - total.end > 60:
        return False
    if ")" in sentence[total.end : opening] or _PERIOD.search(sentence, opening, closing):
        return False
    return _FORM_IN_TEXT.search(sentence, opening, closing) is not None


def _parenthesis_year(sentence: str, num: _Num) -> int | None:
    """The year the parenthesis ``num`` stands in names at its end ("(30 were victims of sex
    trafficking ... in 2018)") or at its opening ("(in 2018, 11 were subjected to ...)")."""
    closing = _closing_parenthesis(sentence, num)
    if not closing:
        return None
    end = _PARENTHESIS_YEAR.search(sentence, 0, closing)
    if end is not None:
        return int(end.group("year"))
    opening = _PARENTHESIS_OPENING_YEAR.match(sentence, sentence.rfind("(", 0, num.qstart))
    return int(opening.group("year")) if opening is not None else None


_PARENTHESIS_OPENING_YEAR = re.compile(
    r"\(\s*(?:in|during)\s+(?P<year>(?:19|20)\d{2})\s*,", re.IGNORECASE
)


def _closing_parenthesis(sentence: str, num: _Num) -> int:
    """Where the parenthesis ``num`` stands in closes, or 0 when it stands in none."""
    opening = sentence.rfind("(", 0, num.qstart)
    if opening == -1 or ")" in sentence[opening : num.qstart]:
        return 0
    closing = sentence.find(")", num.end)
    return closing if closing != -1 else 0


def each_in_two_years(sentence: str) -> list[tuple[str, int, int, int]]:
    """ "(one investigation each in 2018 and 2017)", "compared with no convictions in 2021
    or 2020": (metric, value, year, other year)."""
    found: list[tuple[str, int, int, int]] = [
        (_metric_of(match.group("noun")), 0, int(match.group("y1")), int(match.group("y2")))
        for match in _NONE_IN_TWO_YEARS.finditer(sentence)
    ]
    if " each in " not in sentence:
        return found
    for match in _EACH_IN_TWO_YEARS.finditer(sentence):
        value = parse_digits(match.group("n")) if match.group("n")[0].isdigit() else None
        if value is None:
            value = words_to_int(match.group("n"))
        if value is not None:
            found.append(
                (
                    _metric_of(match.group("noun")),
                    value,
                    int(match.group("y1")),
                    int(match.group("y2")),
                )
            )
    return found


_CHARGES_DROPPED = re.compile(
    r"\b(?:dropped|drop|dropping|withdrew|withdrawn|withdrawing|dismissed|dismissing|cleared"
    r"|reduced|reducing)\s+(?:all\s+|the\s+)*charges\s+against\s+$",
    re.IGNORECASE,
)
_REPORTED_BEFORE = re.compile(
    r"\b(?:reported|reporting|reports)\s+(?:(?:a\s+total\s+of|only|at\s+least|approximately"
    r"|more\s+than|some|nearly)\s+)?$",
    re.IGNORECASE,
)
# "reported 30 victims were rescued": what was done to them, not their identification.
_VICTIMS_DID_OTHER = re.compile(
    # "16 sex trafficking victims, 10 girls and six women, received services"
    r"(?:\s*,[^,;()]{1,60},)?"
    r"(?:\s+(?:were|was)\s+[\w+\-]+\s+(?:persons|people|individuals)\b|"
    r"\s+(?:[\w\-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:rescued|assisted"
    r"|referred|repatriated|sheltered|housed|returned|deported|received|receiving|served|placed"
    r"|in\s+(?:shelters?|care)|at\s+(?:shelters?|the\s+shelter))\b)",
    re.IGNORECASE,
)
_IDENTIFICATION_OF = re.compile(
    r"\bidentification\s+of\s+(?:(?:a\s+total\s+of|only)\s+)?$", re.IGNORECASE
)
_VICTIMS_NEXT = re.compile(
    rf"\s+(?:(?!(?:{_STOP_MODIFIERS})\b)[\w\-]+\s+){{0,4}}?(?:victims?|survivors?)\b",
    re.IGNORECASE,
)
_NUMBER_TEXT = rf"(?:{DIGITS_PATTERN}|{WORDS_PATTERN})"
# "Investigations increased from 20 in 2017 to 35 in 2018."
_FROM_TO = re.compile(
    r"\b(?P<noun>investigations|prosecutions|convictions|identified\s+victims"
    r"|victims\s+identified)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:increased|decreased|rose|fell|dropped|declined|grew|went\s+(?:up|down))\s+from\s+"
    rf"(?P<a>{_NUMBER_TEXT})(?:\s+in\s+(?P<ya>(?:19|20)\d{{2}}))?\s+to\s+(?P<b>{_NUMBER_TEXT})"
    r"(?:\s+in\s+(?P<yb>(?:19|20)\d{2}))?",
    re.IGNORECASE,
)
# "The number of trafficking convictions increased to 18 in 2009 from 11 in 2008."
_TO_FROM = re.compile(
    r"\b(?P<noun>investigations|prosecutions|convictions|identified\s+victims"
    r"|victims\s+identified)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:increased|decreased|rose|fell|dropped|declined|grew|went\s+(?:up|down))\s+to\s+"
    rf"(?P<b>{_NUMBER_TEXT})(?:\s+in\s+(?P<yb>(?:19|20)\d{{2}}))?\s*,?\s+(?:up\s+|down\s+)?from\s+"
    rf"(?P<a>{_NUMBER_TEXT})(?:\s+in\s+(?P<ya>(?:19|20)\d{{2}}))?",
    re.IGNORECASE,
)
_RESPECTIVE_NOUNS = re.compile(
    rf"(?P<numbers>{_NUMBER_TEXT}(?:\s*,\s*{_NUMBER_TEXT})*\s*,?\s+and\s+{_NUMBER_TEXT})\s+"
    r"(?P<nouns>(?:investigations|prosecutions|convictions)(?:\s*,\s*(?:investigations|prosecutions"
    r"|convictions))*\s*,?\s+and\s+(?:investigations|prosecutions|convictions))\s*,?\s+"
    r"respectively\b",
    re.IGNORECASE,
)


_FORM_SPLIT_OPENING = re.compile(
    rf"^\s*(?:(?:In|During)\s+(?:the\s+)?(?:19|20)\d{{2}}\s*,\s*)?{_NUMBER_TEXT}\s+"
    r"(?:(?:identified|confirmed|potential|trafficking|of\s+the|of\s+these|of\s+them)\s+)*"
    r"(?:victims\s+)?(?:were|was|had\s+been)\s+"
    # "Eighty-one were victims exploited in sex trafficking, six in forced labor"
    r"(?:subjected\s+to|exploited\s+in|victims\s+of|victims\s+exploited\s+in)\s+"
    rf"(?:{_FORM})"
    # "Traffickers exploited 238 victims in forced labor, 20 in sex trafficking, ..."
    rf"|^\s*(?:Traffickers|They)\s+(?:had\s+)?exploited\s+{_NUMBER_TEXT}\s+"
    r"(?:(?:of\s+(?:the|these|them)\s+)?(?:identified\s+|confirmed\s+|potential\s+)?victims\s+)?"
    rf"in\s+(?:{_FORM})",
    re.IGNORECASE,
)
_METRIC_NOUN = re.compile(r"investigations|prosecutions|convictions", re.IGNORECASE)


def _number_value(text: str) -> int | None:
    text = text.strip()
    return parse_digits(text) if text[:1].isdigit() else words_to_int(text)


# "a decrease in prosecutions from 341 cases in the previous Nepali fiscal year to 218"
_CHANGE_IN_FROM_TO = re.compile(
    r"\b(?:increase|decrease|rise|drop|decline|reduction)\s+in\s+(?:the\s+number\s+of\s+)?"
    r"(?:trafficking\s+)?(?P<noun>investigations|prosecutions|convictions)\s+"
    rf"from\s+(?P<a>{_NUMBER_TEXT})(?:\s+(?:cases|defendants|suspects|traffickers|individuals))?"
    r"\s+(?:in\s+(?P<ya>(?:19|20)\d{2})|in\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:year|reporting\s+period))"
    rf"\s+to\s+(?P<b>{_NUMBER_TEXT})(?:\s+in\s+(?P<yb>(?:19|20)\d{{2}}))?\b",
    re.IGNORECASE,
)


def paired_figures(sentence: str, report_year: int) -> list[SentenceFigure]:
    """Figures in two shapes the slot reading misses: "investigations increased from 20 in
    2017 to 35 in 2018" and "59, 37, and 12 investigations, prosecutions, and convictions,
    respectively"."""
    found: list[SentenceFigure] = []
    lowered = sentence.lower()
    if " from " not in lowered and "respectively" not in lowered:
        return found  # the cheap test first: most sentences have neither
    for match in itertools.chain(
        _FROM_TO.finditer(sentence),
        _TO_FROM.finditer(sentence),
        _CHANGE_IN_FROM_TO.finditer(sentence),
    ):
        metric = _metric_of(match.group("noun"))
        later = int(match.group("yb")) if match.group("yb") else report_year - 1
        earlier = int(match.group("ya")) if match.group("ya") else later - 1
        for value_text, year in ((match.group("a"), earlier), (match.group("b"), later)):
            value = _number_value(value_text)
            if value is not None:
                found.append(SentenceFigure(metric, value, year, None))
    for match in _RESPECTIVE_NOUNS.finditer(sentence):
        pieces = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("numbers"))
        values = [value for piece in pieces if (value := _number_value(piece)) is not None]
        nouns = _METRIC_NOUN.findall(match.group("nouns"))
        if len(values) != len(nouns) or len(values) != len([p for p in pieces if p.strip()]):
            continue
        leading = _LEADING_PERIOD.match(sentence)
        year = _period(leading, report_year) if leading else report_year - 1
        for value, noun in zip(values, nouns, strict=True):
            found.append(SentenceFigure(_metric_of(noun), value, year, None))
    return found
