"""A number's grammatical slot, which gives it its metric.

A verb before ("convicted 19"), a noun after ("59 investigations"), a noun phrase before
("prosecutions of 35 defendants"), a passive after ("12 suspects were prosecuted") or a
participle ("victims identified"). Also the slots shared by several counts: one count of
two coordinated metrics ("prosecuted and convicted two"), a shared object, an elided noun.
"""

from __future__ import annotations

import itertools
import re

from tipwatch.ingest.parsing.numbers import (
    DIGITS_PATTERN,
    WORDS_PATTERN,
)
from tipwatch.ingest.parsing.statistics.metrics import form_match, form_of, metric_of
from tipwatch.ingest.parsing.statistics.patterns import (
    BOTH_FORMS,
    BOTH_STATUSES,
    CHILD_FORM_AFTER,
    COMPLICIT_AFTER,
    FOR_FORM,
    FORM,
    FORM_IN_TEXT,
    IDENTIFICATION_TOTALING,
    INCLUDING_LIST_BEFORE,
    NOUN_AFTER,
    OTHER_OFFENSE_AFTER,
    OTHER_PARTICIPLE_AFTER,
    PERSON_NOUNS,
    STOP_MODIFIERS,
    VICTIMS_NEXT,
)
from tipwatch.ingest.parsing.statistics.sentence_numbers import FoundNumber
from tipwatch.ingest.parsing.statistics.subject import government_subject, identify_context
from tipwatch.ingest.parsing.statistics.subsets import (
    not_a_total,
    people_exploited,
    restricted_to_one_group,
)

# --- slots that give a metric ---------------------------------------------------------
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>investigat(?:ed|ing)|prosecut(?:ed|ing)|indict(?:ed|ing)|convict(?:ed|ing)"
    r"|recorded|registered|recording|registering|charg(?:ed|ing)"
    r"|identif(?:ied|ying)|confirm(?:ed|ing)"
    # "granted official trafficking victim status to 73 individuals": identified them
    r"|grant(?:ed|ing)\s+(?:official\s+)?(?:trafficking\s+)?victim\s+status\s+to"
    # "using a newly enacted law to prosecute three traffickers" (but not "failed to ...")
    r"|(?<=\bto\s)(?:investigate|prosecute|convict|indict))"
    # "The courts convicted traffickers in 67 cases": the offenders' count told in cases
    r"(?P<offenders>\s+(?:(?!(?:" + WORDS_PATTERN + r")\b)[A-Za-z][\w\-]*\s+)?"
    r"(?:traffickers?|suspects?|defendants?|offenders?|perpetrators?|persons|individuals)"
    r"\s+in)?"
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
    r"\b(?P<noun>investigations?|prosecutions?|convictions?|charges(?=\s+against))\s+"
    # "prosecutions were initiated in 16 cases": the noun's count told in the passive
    r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:initiated|opened|launched|begun|started"
    r"|filed|brought|obtained|secured)\s+(?=in\s|against\s|into\s))?"
    r"(?:of|into|against|involving|for|(?<=s\s|d\s)(?P<in>in))"
    # "initiated prosecutions in all eight of the confirmed cases"
    r"\s+(?:(?:a\s+total\s+of|only|all)\s+)?$",
    re.IGNORECASE,
)

_BOTH_FORMS_IN_TEXT = re.compile(r"\b(?:sex|labou?r)\s+(?:and|or)\s+(?:sex|labou?r|forced)\b", re.I)

_PASSIVE_AFTER = re.compile(
    rf"^\s+(?P<words>(?:(?!(?:{STOP_MODIFIERS})\b)[\w\-]+\s+){{0,4}}?|of\s+(?:whom|them)\s+"
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

# "received 47 cases for investigation", "opened 12 cases for investigation": the cases a
# body took up to investigate are its investigations.
_TAKEN_UP_BEFORE = re.compile(
    r"\b(?:received|receiving|opened|opening|accepted|accepting)\s+$", re.IGNORECASE
)
_CASES_FOR_INVESTIGATION_AFTER = re.compile(
    r"^\s+(?:(?:new|potential|possible|suspected|trafficking|human)\s+){0,3}cases?\s+for\s+"
    r"(?:criminal\s+)?investigation\b",
    re.IGNORECASE,
)

_VICTIM_WORD = re.compile(r"\b(?:victims?|survivors?)\b", re.IGNORECASE)

_PARTICIPLE_AFTER = re.compile(
    # "26 traffickers prosecuted, and 26 convicted during the previous reporting period"
    rf"^\s+(?:(?P<words>(?:(?!(?:{STOP_MODIFIERS})\b)[\w\-]+\s+){{0,2}}?(?:{PERSON_NOUNS}))\s+)?"
    r"(?P<verb>investigated|prosecuted|convicted|identified|confirmed)"
    r"(?=\s+(?:in\s+(?:19|20)\d{2}|during\b|in\s+the\s+(?:previous|prior)|the\s+previous|last\s+year"
    r"|and\b)|\s*[,.;)])",
    re.IGNORECASE,
)

# "Of the 40 cases investigated, 25 resulted in prosecutions", "12 of which led to
# convictions": the outcome names the count's metric (a count of cases, which counts).
_RESULTED_IN_AFTER = re.compile(
    r"^\s+(?:(?:cases|(?P<of>of\s+(?:these|them|which|those))(?:\s+cases)?)\s+)?"
    r"(?:resulted|ended|led)\s+(?:in|to)\s+(?:an?\s+)?(?:successful\s+)?"
    r"(?P<noun>convictions?|prosecutions?|indictments?)\b",
    re.IGNORECASE,
)

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

# "did not report how many of the 45 investigations involved forced labor": the total
# restated, the form is of an unknown part of it.
_HOW_MANY_OF = re.compile(r"\bhow\s+many\s+of\s+(?:the|these|its|those)\s+$", re.IGNORECASE)

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

# "identified 45 victims during the reporting period; it identified 30 in the previous
# reporting period": the verb's object left out is the victims the sentence counted before,
# as a bare count after "investigated" is of the cases before it.
_VICTIMS_COUNTED_BEFORE = re.compile(
    rf"\bidentif\w*\s+(?:[\w\-]+\s+){{0,2}}?(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\s+"
    r"(?:[\w\-]+\s+){0,4}?victims\b",
    re.IGNORECASE,
)

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
    rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:cases|{PERSON_NOUNS})\s+"
    r"(?P<first>investigated|prosecuted|indicted|convicted)\s+and\s+"
    r"(?P<second>investigated|prosecuted|indicted|convicted)\b",
    re.IGNORECASE,
)

# After "investigated 12 officials for complicity", a bare count of the next verb: "and
# convicted 2" are officials too.
_BARE_COUNT_AFTER = re.compile(
    r"\s*(?:[,.;)]|$|(?:in|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}|previous|prior|reporting)\b)",
    re.IGNORECASE,
)

_VERB_JOIN = re.compile(r"^[^;]{0,40}\b(?:and|but)\s+(?:[\w\-]+\s+){0,2}$")

# "initiated one sex trafficking and two forced labor investigations": the first form's
# noun is the second's.
_ELIDED_NOUN = re.compile(
    rf"\s+(?P<form>{FORM})\s+(?:and|or)\s+(?=(?:{DIGITS_PATTERN}|{WORDS_PATTERN})\s+(?:{FORM})\s+"
    r"(?:investigations?|prosecutions?|convictions?|victims?|cases?)\b)",
    re.IGNORECASE,
)

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


# "identified 14 foreign trafficking victims": a count of foreigners, which is the country's
# count where the section has stated none other (a country whose victims are all foreign).
_FOREIGN_MODIFIER = re.compile(r"\bforeign(?:[\s-]+nationals?)?(?=\s)", re.IGNORECASE)
_FOREIGN_REACH = 40


def _restricted_only_as_foreign(sentence: str, num: FoundNumber) -> bool:
    """Whether a victims count is no total only for its "foreign" (and nothing else would
    make it none): read again with the word blanked out, it would be one."""
    if num.base != "victims_identified":
        return False
    if _FOREIGN_MODIFIER.search(sentence, 0, num.qstart):
        # "did not adequately identify foreign national victims, only identifying three
        # foreign victims": the group was set apart before its count
        return False
    window = sentence[num.end : num.end + _FOREIGN_REACH]
    found = _FOREIGN_MODIFIER.search(window)
    if found is None:
        return False
    start, end = num.end + found.start(), num.end + found.end()
    # Blanks of the word's width keep every offset; the patterns read the run of blanks
    # ("14         trafficking victims") as the one between words.
    return not not_a_total(sentence[:start] + " " * (end - start) + sentence[end:], num)


# "two forced child labor victims", "one child sex trafficking victim": a form of trafficking
# named with the children it exploits.
_CHILD_FORM_VICTIMS_AFTER = re.compile(
    # matched at the count's end: no "^", which matches only at the string's start
    r"\s+(?:[\w\-]+\s+){0,2}?(?:child\s+sex\s+trafficking|forced\s+child\s+labou?r"
    r"|child\s+forced\s+labou?r|child\s+labou?r\s+trafficking)\s+(?:victims?|survivors?)\b",
    re.IGNORECASE,
)


def child_forms_of_a_split(sentence: str, nums: list[FoundNumber]) -> None:
    """A count of victims of a form named with children ("two forced child labor victims")
    beside a count of victims of another form ("95 sex trafficking victims ... and two forced
    child labor victims", "one forced labor victim ..., compared with identifying one child
    sex trafficking victim") is that form's count in a split by form, not a group among the
    victims (beside a count of the same form, "100 sex trafficking victims, including 40
    child sex trafficking victims", it stays a group)."""
    for num in nums:
        if not (num.restricted and num.base == "victims_identified" and num.form):
            continue
        if not _CHILD_FORM_VICTIMS_AFTER.match(sentence, num.end):
            continue
        if any(
            other.base == num.base and other.form and other.form != num.form and not other.dropped
            for other in nums
            if other is not num
        ):
            num.role, num.dropped, num.restricted = "primary", False, False


def assign_slot(sentence: str, num: FoundNumber, *, foreign_total: bool = False) -> None:
    """Give ``num`` a metric from its own grammatical slot, unless it counts something
    other than a period's total (complicit officials, one case, one group of victims).
    With ``foreign_total``, a count of foreign victims is the total (see
    `_restricted_only_as_foreign`)."""
    _assign_own_slot(sentence, num)
    if not num.role and OTHER_PARTICIPLE_AFTER.match(sentence[num.end : num.end + 90]):
        num.dropped = True  # "compared with 42 suspects arrested": no metric to inherit
    if not num.role and _GROUP_PREDICATE_AFTER.match(sentence, num.end):
        # "compared with 24 in 2020, of which three were foreign nationals (11 in 2020)": a
        # group among the victims, no part of a split by form and no count to compare
        num.dropped = num.restricted = True
    if (
        num.role == "primary"
        and not num.form
        and INCLUDING_LIST_BEFORE.search(sentence, max(0, num.qstart - 150), num.qstart)
    ):
        # "identified 1,634 victims, including 841 sex trafficking victims, ... and 250
        # victims of unspecified forms": a part of the total that no form names
        num.role, num.dropped = "", True
    if people_exploited(sentence, num):
        num.role, num.dropped = "", True
    if (
        num.role
        and not_a_total(sentence, num)
        and not (foreign_total and _restricted_only_as_foreign(sentence, num))
    ):
        num.role, num.dropped = "", True
        after = sentence[num.end : num.end + 90]
        # a comparison right after it compares the same group or the same other offense:
        # "prosecuted four defendants for child labor, compared with five in 2019"
        num.restricted = (
            restricted_to_one_group(after, sentence[max(0, num.qstart - 50) : num.qstart])
            or OTHER_OFFENSE_AFTER.match(after) is not None
            or CHILD_FORM_AFTER.match(after) is not None
        )
    if num.form and _HOW_MANY_OF.search(sentence, max(0, num.qstart - 30), num.qstart):
        num.form = None


def _assign_own_slot(sentence: str, num: FoundNumber) -> None:
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
        base = metric_of(verb.group("verb"))
        if verb.group("offenders") and (
            base == "victims_identified" or not _CASES_NEXT.match(after)
        ):
            return  # "convicted traffickers in 2018", "in three regions": no count of cases
        if base == "victims_identified":
            victims = re.match(
                rf"^\s+(?:{BOTH_FORMS}|{BOTH_STATUSES}|(?!(?:{STOP_MODIFIERS})\b)[\w\-]+\s+){{0,4}}?"
                r"(?:victims?|survivors?)\b"
                r"|^\s+(?:[\w\-]+\s+){0,3}?as\s+(?:potential\s+|possible\s+|suspected\s+)?"
                r"(?:trafficking\s+)?victims\b",
                after,
                re.IGNORECASE,
            )
            if (
                not victims
                and not _STATUS_GRANTED.match(verb.group("verb"))
                and not (
                    _BARE_COUNT_AFTER.match(sentence, num.end)
                    and _VICTIMS_COUNTED_BEFORE.search(sentence, 0, num.qstart)
                )
            ):
                return  # (the status granted names them victims: "to 73 individuals")
        anchor = num.qstart - len(before) + verb.start()
        if not government_subject(sentence, anchor):
            num.dropped = True
            return
        num.role, num.base, num.slot = "primary", base, "verb"
        num.form = form_match(after)
        offenders = verb.group("offenders")
        if num.form is None and offenders and (found := FORM_IN_TEXT.search(offenders)):
            num.form = form_of(found.group(0))  # "convicted sex traffickers in 12 cases"
        noun = NOUN_AFTER.match(after) if num.form is None else None
        if noun is not None and not _BOTH_FORMS_IN_TEXT.search(noun.group("mods")):
            # "identified five female sex trafficking victims": the form among the modifiers
            num.form = (
                form_of(m.group(0)) if (m := FORM_IN_TEXT.search(noun.group("mods"))) else None
            )
        return
    victims_next = VICTIMS_NEXT.match(after)
    if (
        victims_next is not None
        and _REPORTED_BEFORE.search(before)
        and not _VICTIMS_DID_OTHER.match(after, victims_next.end())
    ):
        # "The public ministry reported 882 suspected victims in 2018": a count reported
        # as victims is of victims identified (the subject must be the government's).
        if government_subject(sentence, num.qstart):
            num.role, num.base, num.slot = "primary", "victims_identified", "verb"
            num.form = form_match(after, victims_next.end())
            mods = after[: victims_next.end()]
            if num.form is None and not _BOTH_FORMS_IN_TEXT.search(mods):
                found = FORM_IN_TEXT.search(mods)
                num.form = form_of(found.group(0)) if found else None
        return
    if victims_next is not None and (
        _IDENTIFICATION_OF.search(before) or IDENTIFICATION_TOTALING.search(before)
    ):
        # "reported the identification of 50 victims"
        if government_subject(sentence, num.qstart):
            num.role, num.base, num.slot = "primary", "victims_identified", "noun_before"
            num.form = form_match(after, victims_next.end())
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
        num.base = metric_of(noun_before.group("noun"))
        num.form = form_match(after)
        return
    noun = NOUN_AFTER.match(after)
    if noun:
        base = metric_of(noun.group("noun"))
        mods = noun.group("mods")
        is_victims = noun.group("noun").lower().startswith(("vic", "sur"))
        if is_victims and not identify_context(sentence, num, mods, num.end + noun.end()):
            return
        if not government_subject(sentence, num.qstart):
            num.dropped = True
            return
        num.role, num.base, num.slot = "primary", base, "noun_after"
        form_in_mods = FORM_IN_TEXT.search(mods)
        if _BOTH_FORMS_IN_TEXT.search(mods):
            num.form = None  # "11 new labor and sex trafficking investigations": both forms
        elif form_in_mods:
            num.form = form_of(form_in_mods.group(0))
        else:
            num.form = form_match(after, noun.end())
        return
    passive = _PASSIVE_AFTER.match(after)
    if passive:
        base = metric_of(passive.group("verb"))
        if base == "victims_identified" and not _VICTIM_WORD.search(passive.group("words")):
            return
        num.role, num.base, num.slot = "primary", base, "passive"
        in_words = FORM_IN_TEXT.search(passive.group("words"))
        for_form = FOR_FORM.match(after, passive.end())
        if in_words:
            num.form = form_of(in_words.group(0))
        elif for_form:
            num.form = form_of(for_form.group("form"))
        return
    if _TAKEN_UP_BEFORE.search(before) and _CASES_FOR_INVESTIGATION_AFTER.match(after):
        if not government_subject(sentence, num.qstart):
            num.dropped = True
            return
        num.role, num.base, num.slot = "primary", "investigations", "noun_after"
        num.form = form_match(after)
        return
    resulted = _RESULTED_IN_AFTER.match(after)
    if resulted:
        if not government_subject(sentence, num.qstart):
            num.dropped = True
            return
        num.role, num.base = "primary", metric_of(resulted.group("noun"))
        num.slot = "outcome_of" if resulted.group("of") else "noun_after"
        num.form = form_match(after, resulted.end())
        return
    participle = _PARTICIPLE_AFTER.match(after)
    if participle:
        participle_verb = participle.group("verb").lower()
        words = participle.group("words") or ""
        is_victims = _VICTIM_WORD.search(words) is not None
        if is_victims != (participle_verb in ("identified", "confirmed")):
            return  # victims are identified; cases and people are investigated, ...
        base = "victims_identified" if is_victims else metric_of(participle_verb)
        # A participle names the metric of its count within a clause; unlike a verb it
        # does not open a new clause (and so does not end a comparison).
        num.role, num.base, num.slot = "primary", base, "participle"
        in_words = FORM_IN_TEXT.search(words)
        if in_words:
            num.form = form_of(in_words.group(0))


def outcomes_of_unread_counts(nums: list[FoundNumber]) -> None:
    """ "Authorities in Puntland prosecuted 23 child sex trafficking cases, three of which
    resulted in convictions": outcomes of a count that is no figure are none either."""
    for earlier, num in itertools.pairwise(nums):
        if num.slot == "outcome_of" and (earlier.role != "primary" or earlier.dropped):
            num.role, num.dropped = "", True


def coordinated_metric(sentence: str, num: FoundNumber, base: str) -> str | None:
    """The second metric of a count two verbs or two nouns share."""
    other: str | None = None
    if num.slot == "verb":
        before = sentence[max(0, num.qstart - 80) : num.qstart]
        verb = _VERB_BEFORE.search(before)
        if verb is not None:
            joined = _COORDINATED_VERB_BEFORE.search(before, 0, verb.start())
            if joined is not None and joined.end() == verb.start():
                other = metric_of(joined.group("verb"))
    else:
        noun = _COORDINATED_NOUN_AFTER.match(sentence, num.end)
        if noun is not None:
            other = metric_of(noun.group("noun"))
        participles = _COORDINATED_PARTICIPLES_AFTER.match(sentence, num.end)
        if noun is None and participles is not None:
            # "four cases investigated and prosecuted in 2013": one count of both
            first, second = (metric_of(participles.group(g)) for g in ("first", "second"))
            other = second if first == base else first if second == base else None
    if other is None or other == base or base == "victims_identified":
        return None
    return other


def shared_complicit_object(sentence: str, nums: list[FoundNumber]) -> None:
    for earlier, num in itertools.pairwise(nums):
        if (
            num.role == "primary"
            and num.slot == "verb"
            and earlier.dropped
            and COMPLICIT_AFTER.match(sentence[earlier.end : earlier.end + 90])
            and _VERB_JOIN.match(sentence[earlier.end : num.qstart])
            and _BARE_COUNT_AFTER.match(sentence, num.end)
        ):
            num.role, num.dropped = "", True


def elided_noun(sentence: str, nums: list[FoundNumber]) -> None:
    for num, following in itertools.pairwise(nums):
        if num.role or num.dropped or following.role != "primary" or following.form is None:
            continue
        elided = _ELIDED_NOUN.match(sentence, num.end)
        if elided is None or elided.end() != following.qstart:
            continue
        form = form_of(elided.group("form"))
        if form is None or form == following.form:
            continue
        num.role, num.base, num.slot, num.form = "primary", following.base, following.slot, form
