"""Patterns shared by several steps of reading a sentence's figures.

The trafficking forms ("sex trafficking", "forced labor"), the nouns for people, the
words that compare with an earlier year, the period phrases ("in 2019", "the previous
reporting period") and the other regular expressions more than one module of this
package reads with. A pattern one module alone uses lives in that module.
"""

from __future__ import annotations

import re

from tipwatch.ingest.parsing.numbers import (
    DIGITS_PATTERN,
    WORDS_PATTERN,
)

FORM = (
    r"(?:child\s+)?sex(?:ual)?\s+(?:trafficking|traffickers?|exploitation)"
    r"|(?:forced\s+)?(?:child\s+)?lab(?:or|our)\s+(?:trafficking|traffickers?)"
    r"|forced\s+(?:child\s+)?lab(?:or|our)"
    # Brazil's "trabalho escravo", the report's "slave labor"
    r"|slave\s+lab(?:or|our)"
)

PERSON_NOUNS = (
    r"cases?|victims?|survivors?|defendants?|suspects?|traffickers?|individuals?|people|persons?"
    r"|offenders?|perpetrators?|alleged\s+traffickers|children|adults|women|men|girls|boys"
    r"|nationals?"
)

# "70 sex and labor trafficking victims": "and" joins the two forms of one count.
BOTH_FORMS = r"(?:sex|labou?r)\s+(?:and|or)\s+(?=(?:sex|labou?r|forced)\b)"

# "95 official and potential victims", "184 confirmed and potential victims": two statuses
# joined before the noun qualify one count of both, as "sex and labor" joins two forms.
BOTH_STATUSES = (
    r"(?:confirmed|official|officially\s+recogni[sz]ed|recogni[sz]ed|identified|potential"
    r"|presumed|suspected|possible)\s+(?:and|or)\s+(?=(?:potential|presumed|suspected|possible"
    r"|confirmed|official)\b)"
)

STOP_MODIFIERS = (
    r"of|the|in|for|from|to|and|or|with|were|was|by|on|at|which|that|who|had|have|has|been"
    r"|whom|under|against|during|while|after|before"
)

NOUN_AFTER = re.compile(
    rf"^\s+(?P<mods>(?:{BOTH_FORMS}|{BOTH_STATUSES}|(?!(?:{STOP_MODIFIERS})\b)[A-Za-z][\w\-]*\s+)"
    r"{0,4}?)"
    # "four victims' dependents" counts the dependents, not the victims
    r"(?P<noun>investigations?|prosecutions?|convictions?|victims?|survivors?)\b(?![\u2019'])",
    re.IGNORECASE,
)

# "64 investigations involving 150 suspects", "728 people in 589 cases": the second count
# describes the first, it is no figure.
ATTACHED_NUMBER = re.compile(
    rf"(?:\d|\b(?:{WORDS_PATTERN}))\s+"
    # "labor and sex trafficking investigations involving" but not "traffickers and the
    # initiation of": the count's noun phrase does not run over a new one, nor over "a
    # total" ("89 traffickers for a total of 155 convictions": the total is no one's people).
    r"(?:(?!(?:and|or)\s+(?:the|a|an|its|their)\b|total\b)[\w\-]+\s+){1,6}"
    # "one prosecution initiated in the previous reporting period against three suspects"
    r"(?:(?:in|during)\s+the\s+(?:previous|prior|preceding)\s+reporting\s+period\s+)?"
    r"(?:involving|against|of|into)\s+$"
    rf"|(?:\d|\b(?:{WORDS_PATTERN}))\s+(?:[\w\-]+\s+){{0,2}}(?:{PERSON_NOUNS})\s+"
    # "16 defendants convicted in 13 cases in 2017": the cases of the people counted first
    r"(?:(?:investigated|prosecuted|indicted|charged|convicted|sentenced)\s+)?"
    r"(?:in|from\s+the)\s+$",
    re.IGNORECASE,
)

FORM_IN_TEXT = re.compile(FORM, re.IGNORECASE)

FOR_FORM = re.compile(
    rf"\s+(?:for|of|involving|under)\s+(?:(?:alleged|suspected|child|adult)\s+)*(?P<form>{FORM})\b",
    re.IGNORECASE,
)

ANCHOR_WORD = re.compile(
    # "did not convict any traffickers, compared with two in 2020": the bare verb after "not"
    r"\b(?P<word>investigat(?:ions?|ed|ing|e)|prosecut(?:ions?|ed|ing|e)|convict(?:ions?|ed|ing)?"
    r"|identif(?:y|ied|ying)\s+(?:any\s+)?(?:[\w\-]+\s+){0,2}?victims)\b",
    re.IGNORECASE,
)

# --- subjects: figures reported by NGOs are not the government's ---------------------
OTHER_SUBJECT = re.compile(
    # a capital where the word opens the sentence ("Civil society organizations identified
    # ..."); the initials stay in capitals ("Ilo" is a town in Peru)
    r"\b(?:NGOs?|[Nn]on-governmental\s+organi[sz]ations?|[Cc]ivil\s+society|[Ii]nternational\s+"
    r"organi[sz]ations?|IOM|UNICEF|UNODC|UNHCR|ILO|[Tt]he\s+media|[Jj]ournalists?|[Rr]esearchers?"
    r"|[Oo]bservers|[Ff]oreign\s+governments?|[Tt]he\s+UN)\b"
    # bodies outside the government: human rights commissions and ombudsmen, the Red Cross,
    # other UN agencies and the OSCE, foreign embassies, trade unions, faith-based groups
    r"|\b(?:(?:[A-Z]\w+\s+){0,3}Human\s+Rights\s+(?:Commission|Council|Institution|Ombudsman"
    r"|Defender)|[Oo]mbuds(?:man|person|woman)|(?:the\s+)?Red\s+Cross|ICRC|UNFPA|UNDP|OHCHR"
    r"|UN\s+Women|OSCE|(?:[Ff]oreign|[Ss]ource[- ]country)\s+embass(?:y|ies)"
    r"|(?:trade|labou?r)\s+unions?"
    r"|faith-based\s+organi[sz]ations?|the\s+press|media\s+(?:reports|outlets))\b"
)

# --- comparisons and periods ------------------------------------------------------
COMPARE = re.compile(
    r"\b(?:(?:as\s+)?compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?"
    r"|(?:up|down)\s+(?:by\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?from|relative\s+to"
    r"|(?:an?\s+)?(?:increase|decrease|rise|drop|decline"
    r"|reduction|jump|fall)\s+from|(?:fewer|more|less|lower|higher)\s+than\s+the"
    # "the same number as in 2016", "the same number of cases investigated in 2020"
    r"|(?:the\s+)?same\s+(?:number\s+)?as|(?:the\s+)?same\s+number\s+of"
    # "45 victims in 2021 as opposed to 30 in 2020", "nearly double the 23 identified in 2020"
    r"|as\s+(?:opposed\s+to|against)|(?:(?:nearly|almost|roughly|about|more\s+than|less\s+than)\s+)?"
    r"(?:double|triple|twice|half)\s+the"
    # "a decrease compared with 235 in 2019 but more than 187 in 2018": a second comparison
    r"|(?<=\bbut\s)(?:more|fewer|less|lower|higher)\s+than)(?=\s)",
    re.IGNORECASE,
)

# "produced one conviction over the last year": the twelve months the report covers, the
# reporting period, where "last year" alone is the year before it.
_OVER_THE_LAST_YEAR = r"(?:over|during|throughout|within)\s+the\s+last\s+year\b"

# "in FY 2020-2021", "in fiscal year 2020/21", "during the 2020-21 fiscal year": a fiscal year
# over two calendar years counts as the year it ends in (a fiscal year that ends in the
# reporting period is the reporting period, as "from April 2020 to March 2021" is), not the
# year it opens in.
_SPLIT_FISCAL_YEAR = (
    r"(?:in|during|throughout|for|over)\s+(?:the\s+)?(?:fiscal\s+year|FY)\s*"
    r"(?P<fy>(?:19|20)\d{2})\s*[-\u2013/]\s*(?P<fyend>(?:19|20)?\d{2})\b"
    r"|(?:in|during|throughout|for|over)\s+the\s+(?P<fy2>(?:19|20)\d{2})\s*[-\u2013/]\s*"
    r"(?P<fyend2>(?:19|20)?\d{2})\s+fiscal\s+year\b"
)

PERIOD = re.compile(
    r"\b" + _OVER_THE_LAST_YEAR + r"|\b" + _SPLIT_FISCAL_YEAR + r"|"
    r"\b(?:in|during|throughout|for|over)\s+(?:the\s+)?(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?"
    r"(?P<year>(?:19|20)\d{2})\b(?!\s*[-\u2013/]\s*\d)(?!\s+(?:law|act|report\b"
    # "50 reported in the 2019 TIP Report": a report's year, not the period it covers
    r"|TIP\s+report\b|Trafficking\s+in\s+Persons\s+report\b))"
    r"|\b(?:in|during)\s+the\s+(?P<year2>(?:19|20)\d{2})\s+reporting\s+(?:period|year)"
    # "compared with 30 in the previous reporting period and 20 in the reporting period before
    # that": two periods back, where "in the reporting period" alone is the current one
    r"|\b(?P<prev2>(?:(?:in|during)\s+)?the\s+(?:(?:previous|prior|preceding)\s+)?(?:reporting\s+)?"
    r"(?:period|year)\s+(?:before|prior\s+to)\s+(?:that|it)\b)"
    r"|\b(?P<prev>(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:reporting\s+(?:period|year)"
    r"|year))\b"
    r"|\b(?P<cur>(?:the\s+)?(?:current|this)\s+reporting\s+(?:period|year)"
    r"|(?:in|during)\s+the\s+reporting\s+(?:period|year))\b"
    # "an increase from FY 2013, during which DOJ brought 161 prosecutions"
    r"|\b(?:FY\s*)?(?P<year3>(?:19|20)\d{2}),\s+(?=(?:during|in)\s+which\b)",
    re.IGNORECASE,
)

YEAR_DURING_WHICH = re.compile(
    r"\b(?:FY\s*)?(?:19|20)\d{2},\s+(?:during|in)\s+which\b", re.IGNORECASE
)

LEADING_PERIOD = re.compile(
    # "In comparison, during the previous reporting period, the government investigated
    # one case": the words that mark the sentence as a comparison stand before its period
    r"^\s*(?:(?:in|by)\s+comparison\s*,\s*)?"
    r"(?:" + _OVER_THE_LAST_YEAR + r"|" + _SPLIT_FISCAL_YEAR + r"|"
    r"(?:in|during|throughout|over|for)\s+(?:the\s+)?(?:(?:calendar|fiscal)\s+year\s+|FY\s*)?"
    # "In 2019-2021, ..." names no one year (as PERIOD reads it)
    r"(?P<year>(?:19|20)\d{2})\b(?!\s*[-\u2013/]\s*\d)"
    r"|(?:in|during)\s+the\s+(?P<prev2>(?:(?:previous|prior|preceding)\s+)?(?:reporting\s+)?"
    r"(?:period|year)\s+(?:before|prior\s+to)\s+(?:that|it)\b)"
    r"|(?:(?:in|during)\s+the\s+"
    # "The previous year, the government identified 60 victims": the period set off by its
    # comma opens the sentence without "in"
    r"|the\s+(?=(?:previous|prior|preceding)\s+(?:reporting\s+)?(?:period|year)\s*,))"
    r"(?P<prev>(?:previous|prior|preceding|last)\s+(?:reporting\s+)?(?:period|year))"
    r"|(?:in|during)\s+the\s+(?P<cur>(?:current\s+)?reporting\s+(?:period|year))"
    # "On March 31, 2019, the government identified two ...": the day names the year
    r"|on\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2}\s*,\s*(?P<year2>(?:19|20)\d{2})\s*,)",
    re.IGNORECASE,
)

# After a compared count: its noun and year, then a parenthesis opening its parts by form.
YEAR_THEN_PARTS = re.compile(
    r"(?:\s+[\w\-]+){0,4}?\s+(?:in|during)\s+(?:19|20)\d{2}\s*\(\s*", re.IGNORECASE
)

# Counts that are not the government's totals for a period: complicit officials, a single
# case, cases carried over, victims of one age, sex or nationality.
COMPLICIT_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,4}?(?:(?:of|against|into|involving)\s+(?:an?\s+|one\s+|\w+\s+)?)?"
    r"(?:complicit|corrupt)\s+(?:(?:government|public|police)\s+)?(?:officials?|officers?)\b"
    # "investigated three officials for alleged complicity"
    r"|^\s+(?:(?:government|public|police|law\s+enforcement)\s+)?(?:officials?|officers?)\s+"
    r"(?:for|of|on)\s+(?:alleged\s+|suspected\s+|possible\s+)?(?:complicity|corruption)\b"
    # "only two officials were prosecuted for trafficking offenses": officials investigated,
    # prosecuted or convicted are the report's counts of complicity, never the totals
    r"|^\s+(?:(?:government|public|police|law\s+enforcement|state|local|senior)\s+)?"
    r"(?:officials|civil\s+servants|public\s+servants)\s+(?:(?:were|was|had\s+been)\s+)?"
    r"(?:(?:also|reportedly|allegedly)\s+)?(?:investigated|prosecuted|convicted|charged|indicted)\b"
    # "investigating two police officers for trafficking crimes": officials counted as the
    # ones investigated, prosecuted or convicted are complicit ones, whatever their charge
    r"|^\s+(?:(?:government|public|police|law\s+enforcement|border|immigration|military|army"
    r"|state|local|senior|former)\s+){0,2}(?:officials|officers|policemen|civil\s+servants"
    r"|public\s+servants|soldiers|judges)\s+(?:for|on|in\s+connection\s+with)\s+(?:alleged\s+"
    r"|suspected\s+|possible\s+)?(?:human\s+)?trafficking\b"
    # "convicted no government officials", "prosecuted one police officer": whatever the
    # charge or the words after, the officials counted are the complicit ones
    r"|^\s+(?:(?:government|public|police|law\s+enforcement|border|immigration|military|army"
    r"|state|local|senior|former|municipal|prison)\s+){0,2}(?:officials?|officers?|policemen"
    r"|civil\s+servants|public\s+servants)\b"
    # but "two official victims", "95 official and potential victims": "official" before the
    # victims is their status (recognised by the authorities), no official counted
    r"(?!(?<=\bofficial)\s+(?:(?:and|or)\s+[a-z]+\s+)?(?:[a-z]+\s+)?(?:victims?|survivors?)\b)"
    r"|^\s+(?:government|public|state|municipal)\s+(?:employees|workers)\b"
    # "no investigations, prosecutions, or convictions of government employees complicit in
    # trafficking": the counts of officials (but "12 cases involving police officers" are cases)
    r"|^\s+(?:[\w\-]+,?\s+){0,6}?(?:of|against)\s+(?:(?:government|public"
    r"|police|law\s+enforcement|state|local|senior)\s+){1,2}(?:officials|officers|employees)\b",
    re.IGNORECASE,
)

# "3,000 investigations into labor violations", "12 cases of pimping": other offenses.
OTHER_OFFENSE_AFTER = re.compile(
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
    r"|organ\s+(?:trafficking|harvesting|removal)|document\s+fraud|forced\s+marriages?"
    # "22 convictions for related crimes such as pimping", "for other offenses": crimes
    # named beside trafficking, not it ("trafficking-related crimes" are not matched)
    r"|(?<![\w\-])(?:other|related|non-trafficking)\s+(?:crimes|offen[cs]es|charges"
    # "60 investigations under other laws"
    r"|laws|statutes|articles|provisions))\b"
    # "convicted 12 illegal recruiters", "arrested 40 smugglers": offenders of other crimes
    r"|^\s+(?:[\w\-]+\s+){0,2}?(?:illegal\s+recruiters|(?:migrant\s+)?smugglers|kidnappers|pimps"
    r"|procurers|rapists)\b",
    re.IGNORECASE,
)

# "786 victims of commercial sexual exploitation, some of whom may have been victims of sex
# trafficking": victims of a wider crime the report counts beside trafficking, not
# trafficking victims (a count of trafficking victims names trafficking before "victims").
OTHER_CRIME_VICTIMS_AFTER = re.compile(
    r"^\s+(?:(?!traffick)[\w\-]+\s+){0,2}?(?:victims?|survivors?)\s+of\s+(?:the\s+)?"
    r"commercial\s+sex(?:ual)?\s+exploitation\b"
    # "28 victims of “sexual exploitation”": a category the report quotes to keep its
    # distance from is not the trafficking it counts (a quoted trafficking form is)
    r"|^\s+(?:(?!traffick)[\w\-]+\s+){0,2}?(?:victims?|survivors?)\s+of\s+[“\"](?![^”\"]{0,40}traffick)"
    # "64 potential victims of crimes other than trafficking", "210 victims of other crimes"
    r"|^\s+(?:(?!traffick)[\w\-]+\s+){0,2}?(?:victims?|survivors?)\s+of\s+(?:(?:crimes|offen[cs]es)"
    r"\s+other\s+than\b|(?:other|related|non-trafficking)\s+(?:crimes|offen[cs]es)\b)",
    re.IGNORECASE,
)

# "prosecuted three defendants for child sex trafficking", "two child sex trafficking
# cases": a count restricted to cases of child victims.
CHILD_FORM_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,3}?(?:for|of|involving|in)\s+(?:(?:alleged|suspected)\s+)?"
    r"child\s+sex(?:ual)?\s+(?:trafficking|exploitation)\b"
    r"|^\s+child\s+sex(?:ual)?\s+trafficking\s+(?:cases|investigations|prosecutions"
    r"|convictions)\b"
    # "two child forced labor cases", "three child labor trafficking cases": the labor form's
    # count of cases of child victims (child labor alone is another offense, above)
    r"|^\s+child\s+(?:forced\s+lab(?:or|our)|lab(?:or|our)\s+trafficking)\s+(?:cases"
    r"|investigations|prosecutions|convictions)\b",
    re.IGNORECASE,
)

# "including" opening a list of parts, the list not yet closed by a clause of its own
# (a comparison, a new verb)
INCLUDING_LIST_BEFORE = re.compile(
    r"\bincluding\b(?:(?!compared|versus|as\s+(?:against|opposed)\b|\bfrom\b|investigat|prosecut|convict|identif)[^;()])*$",
    re.IGNORECASE,
)

OTHER_PARTICIPLE_AFTER = re.compile(
    rf"^\s+(?:(?!(?:investigations?|prosecutions?|convictions?)\b)[\w\-]+\s+){{0,2}}?"
    rf"(?:{PERSON_NOUNS})\s+(?:arrested|detained|rescued|referred"
    r"|assisted|repatriated|sheltered|intercepted|deported|screened|removed|returned)\b",
    re.IGNORECASE,
)

BY_AGE_OR_SEX = re.compile(
    r"\s+(?:adult\s+|female\s+|male\s+)?(?:women|men|girls|boys|children|adults|minors|females|males)\b",
    re.IGNORECASE,
)

SUBJECTED_TO_FORM = re.compile(
    rf"\s+(?:(?:victims\s+)?(?:were|was)\s+)?(?:subjected\s+)?to\s+(?P<form>{FORM})\b",
    re.IGNORECASE,
)

VICTIMS_NEXT = re.compile(
    rf"\s+(?:(?!(?:{STOP_MODIFIERS})\b)[\w\-]+\s+){{0,4}}?(?:victims?|survivors?)\b",
    re.IGNORECASE,
)

NUMBER_TEXT = rf"(?:{DIGITS_PATTERN}|{WORDS_PATTERN})"

# "provided data on victim identification, totaling 98 victims in 2018": the total of the
# identifications the clause names
IDENTIFICATION_TOTALING = re.compile(
    r"\bvictim\s+identification\b[^.;()]{0,40}?\b(?:totaling|totalling|for\s+a\s+total\s+of)\s+$",
    re.IGNORECASE,
)
