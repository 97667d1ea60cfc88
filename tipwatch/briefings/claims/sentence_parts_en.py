"""English words that stand between a claim's parts: adverbs, asides, negation, a report's name."""

from __future__ import annotations

from .grammar import words

ADV = (
    r"(?:\s+"
    + words(
        "again",
        "still",
        "also",
        "once again",
        "once more",
        "yet again",
        "back",
        "now",
        "officially",
        "firmly",
        "solidly",
        "squarely",
        "merely",
        "simply",
        "currently",
        "presently",
        "last",
        "only",
        "just",
        "both",
        "all",
        "each",
        "together",
        "this year",
        "last year",
        # "has consistently retained its Tier 1 ranking": constancy says nothing of the tier
        "consistently",
        "continuously",
        "steadily",
        "successfully",
        "always",
    )
    + ")*"
)
# ", recognized for its "extraordinary strides" in the past year," between subject and verb.
APPOS = r"(?:\s*,\s+(?:recognized|recognised|praised|criticized|criticised|cited|long|once|"
APPOS += r"previously|formerly|already|which|who|a|an|the)\b"
APPOS += r"(?:[^,;:\u27e6]|\u27e6[TYNO]\d+\u27e7){1,200},"
# "Peru, Tier 2 last year, moved up to Tier 1": a bare tier in apposition.
APPOS += r"|\s*,\s+\u27e6T\d+\u27e7(?:[^,;:\u27e6]|\u27e6[YN]\d+\u27e7){0,60},"
# "Peru, along with Chile, was placed on Tier 1" (the companions are read by the parser).
APPOS += r"|\s*,\s+(?:along|together)\s+with\s+(?:the\s+)?\u27e6C\d+\u27e7"
APPOS += r"(?:(?:\s*,\s*|\s*,?\s*and\s+)(?:the\s+)?\u27e6C\d+\u27e7)*\s*,"
# "Vietnam - which just two years ago was at Tier 3 - was upgraded": the same between dashes.
APPOS += r"|\s+-\s+(?:which|who|once|long|previously|formerly|already|a|an|the)\b"
APPOS += r"(?:[^-;:\u27e6]|\u27e6[TYNO]\d+\u27e7){1,200}\s-)?"
# "Japan, which was a Tier 2 country last year, is now ...": a relative clause that carries a
# claim of its own (read by the rules with WHICH) between the subject and its verb.
REL_APPOS = r"\s*,\s+(?:which|who)\b(?:[^,;:\u27e6]|\u27e6[TYNO]\d+\u27e7){1,200},"
# "Cuba, which the report places on Tier 3, ...", "Thailand, which the US downgraded to Tier 3":
# a relative clause whose subject is the report's author and whose object is the country
# before it (a country token there is taken for the author: no country places another).
AUTHOR_RELATIVE = (
    r"\s*,\s+(?:which|whom|that)\s+(?:the\s+)?"
    r"(?:(?:\u27e6C\d+\u27e7|us|u\.s\.)(?:\s+(?:state\s+department|government|administration))?"
    r"|(?:(?:\u27e6C\d+\u27e7|us|u\.s\.)\s+)?(?:state\s+department|department|report))"
    r"(?:\s+(?:has|have|had|again|still|also|once\s+again|now|itself))*"
)
# "the newly created Tier 2 Watch List", "a new "watch list"".
NEW = r"(?:(?:newly\s+)?(?:created|new|newly-created)\s+)?"
NEG = r"(?P<neg>\s+not|\s+no\s+longer|n't|\s+never)?"
# The participle of a passive placing ("was ranked", "has been kept"): named, as "kept" says a
# stay ("Kenya was kept on Tier 2" as "Kenya remained on Tier 2").
RANKED = (
    r"(?:\s+(?P<ranked>"
    + words(
        "ranked",
        "rated",
        "placed",
        "listed",
        "classified",
        "classed",
        "kept",
        "designated",
        "assigned",
        "included",
        "graded",
        "categorised",
        "categorized",
        "put",
        # the report's verdict given as a name: "Syria was labelled Tier 3", "Jordan was
        # judged a Tier 2 country", "Cuba was again named a Tier 3 country"
        "labelled",
        "labeled",
        "branded",
        "named",
        "judged",
        "deemed",
        "assessed",
        "identified",
        "counted",
    )
    + "))?"
)
PREP = r"(?:\s+" + words("on", "in", "at", "as", "among", "onto", "into", "within") + ")?"
COUNTRY_NOUN = words(
    "country", "countries", "nation", "nations", "state", "states", "government", "governments"
)
WHICH = (
    r"(?:\s*,?\s+(?:which|that|who)|\s*,\s*(?:however|meanwhile|in\s+contrast|too|also),"
    r"|\s+(?:meanwhile|however),"
    # "Two other countries, The Gambia and Venezuela, were ...": the list closes an apposition.
    r"|\s*,(?=\s+(?:was|were|is|are|has|have|had)\b))?"
)

# "Myanmar (mee-an-MAWR')", "Eswatini (formerly Swaziland)": a gloss that names no country.
# "a new U.S. "watch list"": the report's author named before its list.
AUTHOR = r"(?:(?:\u27e6C\d+\u27e7|u\.s\.|us)\s+(?=[\"']?\u27e6T))?"
GLOSS = r"(?:\s*\([^()\u27e6]{1,40}\))?"
# "upgraded Cuba this year to the Tier 2 Watch List": the report year, between the country
# moved and its tiers ("last year" would name another report, so it is not skipped).
THIS_YEAR = r"(?:\s+this\s+year)?"
# "... Myanmar in its annual trafficking report from Tier 3 to ...".
IN_REPORT = (
    r"(?:\s+in\s+(?:the|its|this\s+year's|their)\s+(?:[a-z-]+\s+){0,4}?"
    r"(?:report|ranking|rankings))?"
)

# An elided verb follows a clause of its own, not the last name of a list ("added Brunei and
# Sudan to ...", "kept Kuwait, Oman and Qatar on ...").
NOT_IN_A_LIST = "".join(
    rf"(?<!\u27e6C{digits}\u27e7{comma}\s)" for digits in (r"\d", r"\d\d") for comma in ("", ",")
)
