"""Which report a claim is about when it names no year: the one the text is about, the one
before ("last year", "had been", "after being on Tier 3"), or some other time ("until 2019")."""

from __future__ import annotations

import re

from .clause_bounds import CLAUSE_BREAK
from .found import Found
from .model import PLACING_KINDS, Claim, ClaimKind
from .tagger import TOKEN, Tagged

# A claim about another time than the report's: "in later reports", "el año pasado".
_OTHER_TIME = re.compile(
    r"^[^,;:]*?\b(?:in\s+(?:later|earlier|previous|past|future|subsequent|other)\s+"
    r"(?:reports|years|editions)|previously|formerly|in\s+the\s+past|next\s+year|last\s+year|"
    r"the\s+year\s+before|until|en\s+(?:informes|anos|ediciones)\s+(?:anteriores|posteriores)|"
    r"anteriormente|antes|el\s+ano\s+(?:pasado|anterior|proximo|que\s+viene)|hasta)\b"
)

# "Last year, ...", "Vietnam last year was upgraded", "hace dos años": the claim is about an
# earlier report than the one being written about.
YEARS_BACK = re.compile(
    r"(?<!\w)(?:(?P<one>last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:ago|earlier)|"
    # "In the previous report, ...", "The prior year's report placed Peru on Tier 2"
    r"the\s+(?:previous|preceding|prior)\s+(?:year'?s\s+)?(?:report|edition|ranking)(?!s)|"
    r"d?el\s+ano\s+(?:pasado|anterior)|(?:el|del)\s+(?:informe|reporte)\s+(?:anterior|previo))|"
    r"(?:(?P<n>\u27e6N(?P<i>\d+)\u27e7|two|three)\s+years\s+ago)|"
    r"hace\s+(?P<n2>\u27e6N(?P<i2>\d+)\u27e7|dos|tres|un)\s+anos?|"
    # "A decade ago, Peru was on Tier 3", "hace dos décadas": ten reports a decade (a number
    # word may have been read as a number: "two" is then its token).
    r"(?P<decades>a|one|two|\u27e6N(?P<di>\d+)\u27e7)\s+decades?\s+ago|"
    r"hace\s+(?P<decades2>una|dos|\u27e6N(?P<di2>\d+)\u27e7)\s+decadas?)\b"
)
_WORD_NUMBERS = {"two": 2, "three": 3, "dos": 2, "tres": 3, "un": 1}
_DECADES = {"a": 1, "one": 1, "una": 1, "two": 2, "dos": 2}


def _reports_in_decades(said: str) -> int:
    """ "a decade", "dos décadas", "2 decades": ten reports a decade."""
    return 10 * (int(said) if said.isdigit() else _DECADES[said])


# The first report came out in 2001: a claim counted further back than that is about no report.
_MOST_REPORTS_BACK = 30
# "..., just a year after the Southeast Asian nation was upgraded": what follows "after" came
# that many reports before the clause it hangs on.
_YEARS_AFTER = re.compile(
    r"(?<!\w)(?:(?:just|only)\s+)?(?P<n>a|one|two|three|un|una|dos|tres|\u27e6N(?P<i>\d+)\u27e7)\s+"
    r"(?:years?|anos?)\s+(?:after|despues\s+de(?:\s+que)?)\s+(?:[a-z]+\s+){0,4}$"
)
_AFTER_WORDS = {"a": 1, "one": 1, "un": 1, "una": 1} | _WORD_NUMBERS
# A verb in the present joined after the time: the claim it makes is the report's own.
_PRESENT_AFTER = re.compile(
    r"\b(?:and|but|y|pero)\s*(?:\u27e6C\d+\u27e7\s*)?\s(?:(?:still|now|todavia|aun|ahora)\s+)?"
    r"(?:remains|stays|is|are|"
    r"sits|continues|permanece|permanecen|sigue|siguen|se\s+mantiene|se\s+mantienen|continua|"
    r"esta|estan)\b"
)
_THIS_YEAR = re.compile(r"\b(?:este\s+ano|esta\s+vez|this\s+year|this\s+time)\b")
# A state before the report's ("Cuba had been on a watch list for three consecutive years"),
# and a streak something came "after" ("tras permanecer dos años consecutivos en ...").
_PLUPERFECT = re.compile(
    r"\b(?:had\s+(?:long\s+|once\s+|previously\s+|always\s+|not\s+|never\s+)?been|"
    r"hadn't\s+been|had\s+remained|had\s+stayed|habia\s+estado|habian\s+estado|llevaba|llevaban|"
    r"habia\s+sido|habian\s+sido|habia\s+permanecido|habian\s+permanecido|habia\s+figurado|"
    r"habian\s+figurado)\b"
)
# A stay since a year told in the imperfect or as a finished stay ("estaba", "estuvo",
# "permanecía ... desde 2011"): it ended in the report before this one.
_PAST_STAY = re.compile(
    r"\b(?:estaba|estaban|estuvo|estuvieron|permanecia|permanecian|se\s+encontraba|"
    r"se\s+ubico|se\s+ubicaron|se\s+situo|se\s+situaron|"
    r"se\s+encontraban|se\s+mantenia|se\s+mantenian|seguia|seguian|figuraba|figuraban|"
    r"ocupaba|ocupaban|era|eran)\b"
)
_AFTER = re.compile(
    r"\b(?:after|tras|luego\s+de|despues\s+de)(?:\s*\u27e6C\d+\u27e7)?\s+(?:[a-z]+\s+){0,2}$"
)
# "after being on Tier 3": the subject the tagger puts back after "after" may stand between.
AFTER_SUBJECT = r"\bafter\s*(?:\u27e6C\d+\u27e7\s*)?"
_AFTER_GERUND = re.compile(rf"{AFTER_SUBJECT}[a-z]+ing\b")


def _after_gerund(tagged: Tagged, start: int) -> bool:
    """Does the claim at `start` open an "after being on ..." phrase (the tagger may have put
    the subject back between "after" and the verb)?"""
    return any(
        m.start() <= start <= m.end()
        for m in _AFTER_GERUND.finditer(tagged.text, max(0, start - 40), start + 40)
    )


# "pasó tres años consecutivos en la Lista de Vigilancia antes de ser ascendida al Nivel 2":
# a run that ended before a move the sentence does not date (the move is the report's own).
_BEFORE_A_MOVE_ES = re.compile(
    r"\s*,?\s*antes\s+de\s+(?:ser\s+[a-z]+(?:ad|id)[oa]s?|"
    r"(?:subir|bajar|caer|pasar|ascender|descender|salir|volver)|"
    r"que\s+(?:(?:lo|la|los|las|se)\s+)?[a-z]+(?:aran?|ieran?|o|io)\b)"
    r"[^\u27e6.;]*(?:\u27e6[CT]\d+\u27e7[^\u27e6.;]*)*(?:[.;]|$)"
)
# "... antes de ser ascendida al Nivel 2 en 2015": a move the sentence dates, which the run
# ended the report before.
_BEFORE_A_DATED_MOVE_ES = re.compile(
    r"\s*,?\s*antes\s+de\s+(?:ser\s+[a-z]+(?:ad|id)[oa]s?|"
    r"(?:subir|bajar|caer|pasar|ascender|descender|salir|volver)|"
    r"que\s+(?:(?:lo|la|los|las|se)\s+)?[a-z]+(?:aran?|ieran?|o|io)\b)"
    r"[^\u27e6.;]*(?:\u27e6[CT]\d+\u27e7[^\u27e6.;]*)*?\ben\s+(?:el\s+(?:ano\s+)?)?"
    r"\u27e6Y(?P<i>\d+)\u27e7\s*(?:[.;]|$)"
)


def before_a_dated_move(tagged: Tagged, item: Found) -> int | None:
    """The report a run ended in, when a move the sentence dates came right after it."""
    if item.claim.kind is not ClaimKind.STREAK:
        return None
    match = _BEFORE_A_DATED_MOVE_ES.match(tagged.text, item.end)
    return int(tagged.tokens[int(match.group("i"))].value) - 1 if match else None


# "after remaining on the Tier 2 Watch List for the past four years": the tier between.
_AFTER_STAYING = re.compile(
    r"\b(?:after|tras|luego\s+de|despues\s+de)(?:\s*\u27e6C\d+\u27e7)?\s+"
    r"(?:remaining|staying|sitting|being|permanecer|"
    r"estar|seguir|haber\s+(?:permanecido|estado))\b[^.;,]*$"
)


_FROM_THEN = re.compile(
    r"(?P<from>\b(?:from|del|de)\s+(?:the\s+|el\s+|la\s+)?[\"']?\u27e6T\d+\u27e7[\"']?)\s*,?\s+"
    r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year|el\s+ano\s+(?:pasado|anterior))"
)


_COMPARED_WITH_THEN = re.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to|than)\s+(?:in\s+)?(?:the\s+previous\s+year|"
    r"last\s+year|a\s+year\s+(?:ago|earlier))"
)
# "..., after three years ranked at Tier 1, ...": a run that ended before this report, when
# the streak's own span holds the "after".
_AFTER_RUN_INSIDE = re.compile(
    r"\bafter\s+\u27e6N\d+\u27e7\s+(?:consecutive\s+|straight\s+)?years\b"
)


# The words that lead into a time opening a sentence: "In ...", "According to ...".
_OPENING_WORDS = re.compile(
    r"^(?:in|according\s+to|under|as\s+of|en|segun|de\s+acuerdo\s+(?:con|a)|conforme\s+a)\s+"
)
# "In the report of last year, ...", "En el informe del año pasado, ...": last year's report.
_REPORT_OF_LAST_YEAR = re.compile(
    r"^(?:the|el)\s+(?:report|informe|reporte|edition|edicion|ranking)\s+(?:of|from|for|del|de)\s+"
    r"(?:el\s+)?(?:(?P<en>last\s+year)|(?P<es>ano\s+(?:pasado|anterior)))$"
)


def _last_year_said(phrase: str) -> str:
    """The opening phrase with last year's report said as `YEARS_BACK` reads it."""
    phrase = re.sub(r"^(last\s+year)'s\s+(?:report|edition)$", r"\1", phrase)
    named = _REPORT_OF_LAST_YEAR.match(phrase)
    if named:
        return named.group("en") or f"el {named.group('es')}"
    return phrase


def years_back(tagged: Tagged, item: Found) -> int:
    """How many reports before the current one a claim is about (0: the current one)."""
    clause_start = 0
    for match in CLAUSE_BREAK.finditer(tagged.text, 0, item.start):
        clause_start = match.end()
    own = tagged.text[clause_start : item.end]
    if not item.relative:
        # "put Japan, which was on Tier 2 in last year's report, on ...", "Peru, Tier 2 last
        # year, moved up": the relative clause or apposition dates its own claim, not this one.
        own = re.sub(r",[^,;:]*,", ", ", own)
        # "Vietnam - which just two years ago was at Tier 3 - was upgraded": so does one in dashes.
        own = re.sub(r"\s-\s(?:which|who|whose)\b[^;:]*?\s-\s", " ", own)
    after = _YEARS_AFTER.search(tagged.text, clause_start, item.start)
    if after is not None:
        index = after.group("i")
        value = int(tagged.tokens[int(index)].value) if index else _AFTER_WORDS[after.group("n")]
        return value if 0 < value <= 10 else 0
    # "upgraded from Tier 3 last year to Tier 2": the time dates the tier it left.
    own = _FROM_THEN.sub(r"\g<from>", own)
    # "not making progress compared to the previous year": a comparison, not a date.
    own = _COMPARED_WITH_THEN.sub(" ", own)
    backs = list(YEARS_BACK.finditer(own))
    back = backs[-1] if backs else None
    if back and any(m.start() > back.start() for m in _THIS_YEAR.finditer(own)):
        back = None  # "... el año pasado y este año subió al Nivel 2": this report
    if back and any(m.start() > back.end() for m in _PRESENT_AFTER.finditer(own)):
        back = None  # "downgraded in last year's report and remains there": this report
    opening = re.match(r"[\s\"'(]*(?P<phrase>[^,;:]{0,40}),", tagged.text)
    if back is None and opening and opening.end() <= item.start:
        # "Last year, Malaysia was upgraded to Tier 2", "According to the previous report, ...":
        # the opening phrase dates the sentence.
        phrase = _OPENING_WORDS.sub("", opening.group("phrase").strip())
        back = YEARS_BACK.fullmatch(_last_year_said(phrase))
    if back:
        if back.group("one"):
            return 1
        index = back.group("i") or back.group("i2")
        decades = back.group("decades") or back.group("decades2")
        decades_index = back.group("di") or back.group("di2")
        if index is not None:
            value = int(tagged.tokens[int(index)].value)
        elif decades:
            said = tagged.tokens[int(decades_index)].value if decades_index else decades
            value = _reports_in_decades(said)
        else:
            value = _WORD_NUMBERS[back.group("n") or back.group("n2")]
        return value if 0 < value <= _MOST_REPORTS_BACK else 0
    kind = item.claim.kind
    if kind in (ClaimKind.TIER, ClaimKind.STREAK) and _PLUPERFECT.search(own):
        return 1
    if kind is ClaimKind.TIER and item.since is not None and _PAST_STAY.search(own):
        return 1  # "Desde 2011 estaba en el Nivel 2": a stay that ended with the report before
    if kind is ClaimKind.STREAK and (
        _AFTER.search(tagged.text[max(0, item.start - 40) : item.start])
        or _BEFORE_A_MOVE_ES.match(tagged.text, item.end)
        or _AFTER_RUN_INSIDE.search(own)
        or _after_gerund(tagged, item.start)
        or _AFTER_STAYING.search(tagged.text[max(0, item.start - 90) : item.start])
    ):
        return 1
    return 0


def moved_elsewhere(
    claim: Claim, moved: dict[str, tuple[int | None, str]], year: int | None
) -> bool:
    if claim.kind not in (ClaimKind.TIER, ClaimKind.STREAK) or claim.negated or not claim.tier:
        return False
    return any(
        code in moved and moved[code][0] == year and moved[code][1] != claim.tier
        for code in claim.countries
    )


_PAST_RELATIVE = re.compile(
    r",\s*(?:que|which|who)\s+(?:estuvo|estaba|se\s+encontraba|figuraba|permanecia|ocupaba|"
    r"habia\s+estado|was|had\s+been)\b"
)


_HAVING = re.compile(r"\bhaving\s+(?:been|spent|remained|stayed|sat|languished|ranked|appeared)\b")


def before_a_move(item: Found, chosen: list[Found], tagged: Tagged) -> bool:
    """ "Honduras, que estaba en la lista de vigilancia, ascendió al nivel 2": a tier that the
    same sentence says the country moved away from is its tier in the report before. So is
    one said "after" the move ("moved up to the Watch List after being on Tier 3"), and so
    does a run on it ("Haití, que estuvo cuatro años en el Nivel 2, bajó al 3")."""
    claim = item.claim
    if claim.kind not in (ClaimKind.TIER, ClaimKind.STREAK) or claim.negated or not claim.tier:
        return False
    # "downgraded to Tier 3, having spent two years on the Watch List": a perfect participle
    # tells of a time before the move, wherever it stands.
    after = _after_gerund(tagged, item.start) or bool(
        _HAVING.search(tagged.text, max(0, item.start - 20), item.end)
    )
    past = _PAST_RELATIVE.search(tagged.text, item.start, item.end)
    for other in chosen:
        moved = other.claim
        if (
            past
            and moved.kind is ClaimKind.TIER
            and not moved.negated
            and other.start >= item.end
            and set(moved.countries) & set(claim.countries)
            and moved.tier not in (None, claim.tier)
        ):
            # "Perú, que estuvo en el Nivel 3, está ahora en el Nivel 2": the past of a
            # relative clause, beside another tier now, is the report before.
            return True
        if moved.kind is not ClaimKind.CHANGE or moved.negated:
            continue
        if other.start <= item.start and not (after and other.end <= item.start):
            continue
        if not set(moved.countries) & set(claim.countries):
            continue
        if moved.from_tier == claim.tier or (moved.tier is not None and moved.tier != claim.tier):
            return True
        if (
            claim.kind is ClaimKind.STREAK
            and moved.tier is None
            and moved.direction is not None
            and other.start >= item.end
        ):
            # "on the Watch List for three consecutive years before being downgraded": a run
            # then a move away from it (one that names no tier still leaves the run's).
            return True
    return False


# What a claim's own clause says after it may date it: "... in last year's report" is the
# report before, "... two years ago" the one before that, and so is "... in the previous
# report"; "in later reports", "until 2019", "until last year" are other times, which are left
# alone. A subordinate clause ("after it followed advice given last year") does not date the
# claim. English only; "the year before", "the previous year" compare rather than date.
_BACK_AFTER = re.compile(
    r"^[^,;:]*?\b(?P<until>(?:until|till|before|prior\s+to)\s+)?(?P<when>(?:in\s+)?(?:"
    r"(?P<one>last\s+year(?:'s\s+(?:report|edition|ranking))?|a\s+year\s+ago|"
    r"the\s+(?:previous|preceding|prior)\s+(?:year'?s\s+)?(?:report|edition|ranking)(?!s)|"
    r"the\s+(?:previous|prior)\s+year(?!'))"
    r"|(?P<n>\d\d?|two|three|four|five)\s+(?:years|reports)\s+ago"
    r"|(?P<decades>a|one|two|\d)\s+decades?\s+ago))\b"
)
# "... made less progress compared to the previous year", "the same tier as the year before":
# a time compared with, not the claim's.
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|relative\s+to|over|as)\s+(?:in\s+)?$"
)
_COUNTED_BACK = {"two": 2, "three": 3, "four": 4, "five": 5}
_NUMBER_TOKEN = re.compile(r"\u27e6N(?P<i>\d+)\u27e7")
_SUBORDINATE = re.compile(
    r"\b(?:after|because|since|when|while|despite|although|though|which|who|whose|that|"
    r"tras|porque|cuando|aunque|despues|luego)\b"
)


_BEFORE_THEN = re.compile(
    r"^[\"']?\s*,?\s*(?:before|prior\s+to)\s+(?:(?:the\s+)?\u27e6Y\d+\u27e7(?!\s*(?:report|tip))|"
    # "Peru was on Tier 1 before it was downgraded": before a move the clause does not date
    r"(?:(?:it|they|its|their|being)\b|\u27e6C\d+\u27e7))"
)


# "... put into Tier 2 in the 2022 report ... and remained there in last year's report": a
# claim followed by the report it is in names its own report (the sentence's year), whatever
# the clause says of another after it.
_IN_THE_REPORT = re.compile(
    r"^[\"']?\s*,?\s*in\s+(?:the|its)\s+(?:[a-z.]+(?:'s)?\s+){0,3}?\u27e6Y\d+\u27e7\s+"
    r"(?:[a-z.]+\s+){0,4}?(?:report|tip)\b"
)


def time_after(tail: str, tagged: Tagged | None = None) -> int | None:
    """0: the claim is about the report its sentence is about; 1: about the one before, 2:
    the one before that, and so on; None: about some other time. `tagged`, the sentence the
    tail ends, gives the numbers it names ("3 years ago")."""
    if _IN_THE_REPORT.match(tail):
        return 0
    if _BEFORE_THEN.match(tail):
        return None  # "Peru was on Tier 3 before 2007": some time before, not this report
    if tagged is not None:
        tail = _NUMBER_TOKEN.sub(lambda m: f" {tagged.tokens[int(m.group('i'))].value} ", tail)
    tail = TOKEN.sub(" ", tail)
    cut = _SUBORDINATE.search(tail)
    if cut:
        tail = tail[: cut.start()]
    back = _BACK_AFTER.match(tail)
    if back and _COMPARED_BEFORE.search(tail, 0, back.start("when")):
        # "Japan is in the same Tier 2 category as last year": the time compared with is not
        # the claim's, which is the report's own.
        return 0
    if back and back.group("until"):
        return None  # "Peru was on Tier 3 until last year": some time before that
    if back and back.group("one"):
        return 1
    if back:
        count = back.group("n")
        if count is None:
            value = _reports_in_decades(back.group("decades"))
        else:
            value = int(count) if count.isdigit() else _COUNTED_BACK[count]
        return value if 0 < value <= _MOST_REPORTS_BACK else None
    return None if _OTHER_TIME.match(tail) else 0


# Words of the claim's own clause (before it, or inside it) that set it at a time before the
# report's, which they do not name: "Back then, Peru was on Tier 3", "Until 2012, Peru was on
# Tier 3", "Peru was previously on Tier 3", "Before its upgrade, Peru was on Tier 3". English
# only; an aside between commas keeps its time to itself ("Peru, once on Tier 3, is now on
# Tier 2"), and "now", "currently", "still" bring the claim back to the report's time.
_EARLIER_IN_CLAUSE = re.compile(
    r"\b(?:previously|formerly|once(?!\s+(?:again|more)\b)|in\s+the\s+past|back\s+then|"
    r"by\s+then|at\s+the\s+time|at\s+that\s+time|in\s+those\s+days|"
    # "A year later, Malaysia fell to the Watch List" with no year named before: a report
    # after some other, not the one the text is about (`context.implied_years` dates it when
    # a year was named)
    r"(?:a|one)\s+year\s+later|the\s+(?:next|following)\s+year|"
    r"(?:al|el)\s+ano\s+(?:siguiente|posterior)|un\s+ano\s+(?:mas\s+tarde|despues))\b"
)
# and what dates it only when it stands before the claim ("Peru stayed on the Watch List
# before being upgraded to Tier 2" is about the upgrade)
_EARLIER_BEFORE = re.compile(r"\b(?:until|till|before\s+(?:its|their|the|it|they|being|his|her))\b")
_NOW = re.compile(r"\b(?:now|currently|today|still|this\s+year|presently)\b")


# "Perú, que estuvo en el Nivel 3, firmó un acuerdo": where the subject once stood, in an
# aside in a past tense of being (not "que fue incluida", this report's placing), before the
# sentence goes on to what it did.
_ONCE_STOOD_ES = re.compile(
    r"\u27e6C\d+\u27e7[^,]*,\s*(?:que|el\s+cual|la\s+cual)\s+(?:ya\s+)?"
    r"(?:estuvo|estuvieron|estaba|estaban|(?:habia|habian)\s+estado|figuraba|figuraban|figuro|"
    r"figuraron|permanecio|permanecieron|permanecia|permanecian|se\s+encontraba|"
    r"se\s+encontraban|se\s+ubicaba|se\s+ubicaban|aparecia|aparecian|era|eran)\b"
)
_ASIDE_CLOSES = re.compile(r"[\"']?\s*,\s+(?:(?:ya|tambien|luego|despues)\s+)?[a-z]")


def another_time(tagged: Tagged, item: Found) -> bool:
    """Do the claim's own words set it before the report's time, without naming when?"""
    if item.claim.kind not in PLACING_KINDS:
        return False
    if _ONCE_STOOD_ES.match(tagged.text, item.start) and _ASIDE_CLOSES.match(tagged.text, item.end):
        return True
    clause_start = 0
    for match in CLAUSE_BREAK.finditer(tagged.text, 0, item.start):
        if match.group() != ",":
            clause_start = match.end()
    fronted = TOKEN.sub(" ", tagged.text[clause_start : item.start])
    own = TOKEN.sub(" ", tagged.text[clause_start : item.end])
    if not item.relative:
        own = re.sub(r",[^,;:]*,", ", ", own)
    earlier = _EARLIER_IN_CLAUSE.search(own) or _EARLIER_BEFORE.search(fronted)
    return bool(earlier) and not _NOW.search(own)


def before_a_current_run(item: Found, chosen: list[Found]) -> int | None:
    """ "After spending four years on the Watch List, Peru now has two consecutive years at
    Tier 2": a run said to come before a run up to this report of N years, on another tier,
    ended N reports before (not the one report before that "after" alone gives)."""
    claim = item.claim
    if claim.kind is not ClaimKind.STREAK:
        return None
    for other in chosen:
        later = other.claim
        if (
            other is not item
            and later.kind is ClaimKind.STREAK
            and other.start >= item.end
            and not other.back
            and later.years
            and not later.at_least
            and later.tier not in (None, claim.tier)
            and set(later.countries) & set(claim.countries)
        ):
            return later.years
    return None
