"""The English `Vocabulary`: the words that tell a move's direction, a stay, a hypothesis."""

from __future__ import annotations

import re

from .grammar import Vocabulary
from .model import Comparator

VOCABULARY = Vocabulary(
    up=(
        "upgrad",
        "promot",
        "moved up",
        "moves up",
        "rose",
        "rise",
        "climb",
        "improv",
        "rais",
        "elevat",
        "bumped up",
        "went up",
        "goes up",
        "jump",
        "advanc",
        "walked away",
        "walks away",
        "escap",
        "climbing",
        "rising",
        "boost",
        "is up",
        "was up",
        "are up",
        "were up",
    ),
    down=(
        "downgrad",
        "demot",
        "moved down",
        "moves down",
        "fell",
        "fall",
        "drop",
        "slip",
        "slid",
        "sank",
        "sink",
        "declin",
        "tumbl",
        "lower",
        "relegat",
        "bumped down",
        "went down",
        "goes down",
        "regress",
        "worsen",
        "falling",
        "dropping",
        "slipping",
        "sliding",
        "is down",
        "was down",
        "are down",
        "were down",
    ),
    unchanged=(
        "remain",
        "stay",
        "continue",
        "keep",
        "kept",
        "maintain",
        "retain",
        "leave",
        "leaving",
        "left",
        "repeat",
    ),
    unchanged_adverbs=("still", "once again", "again"),
    from_words=("from", "back from", "off", "out of", "up from", "down from"),
    to_words=(
        "to",
        "into",
        "onto",
        "back to",
        "back into",
        "back onto",
        "up to",
        "down to",
        "back up to",
    ),
    above=("above", "higher than", "better than"),
    below=("below", "under", "beneath", "lower than", "worse than"),
    comparators={
        "at least": Comparator.AT_LEAST,
        "more than": Comparator.MORE_THAN,
        "over": Comparator.MORE_THAN,
        "fewer than": Comparator.FEWER_THAN,
        "less than": Comparator.FEWER_THAN,
        "under": Comparator.FEWER_THAN,
        "about": Comparator.ABOUT,
        "around": Comparator.ABOUT,
        "roughly": Comparator.ABOUT,
        "nearly": Comparator.ABOUT,
        "almost": Comparator.ABOUT,
        "some": Comparator.ABOUT,
    },
    # "Unlike Chile, Peru remains on Tier 2": a list with no "and" before a verb in the singular
    # is not the subject; its last country is.
    singular=re.compile(
        r"(?:(?:also|still|now|again|only|once\s+again|currently|already)\s+)*"
        r"(?:is|was|has|[a-z]*[^s\W]s)\b"
    ),
    hypothetical=re.compile(
        r"\b(?:if|unless|whether|should|would|could|might|will|may\s+be|risks?|faces?|"
        r"expected\s+to|likely\s+to|predicted|predicts|calls?\s+for|urged?|ought\s+to|"
        # what is asked for, sought or expected is not done: "NGOs called for Peru to be
        # downgraded", "Peru is seeking an upgrade to Tier 1", "Peru expects to be placed",
        # "Peru lobbied to be moved"
        r"call(?:ed|ing)\s+for|expect(?:s|ing)?\s+to|seek(?:s|ing)?\s+(?:an?|the)|sought|"
        r"lobb(?:y|ies|ied|ying)|push(?:es|ed|ing)?\s+for|"
        # a step nearly taken was not: "Peru was nearly downgraded to Tier 3", "almost fell",
        # "came close to being upgraded" (only before a verb: "nearly 20 countries" counts)
        r"(?:nearly|almost|all\s+but)\s+(?:been\s+)?(?:[a-z]+ed|fell|fall|falls|sank|slid|rose|"
        r"put)|c(?:ame|omes?|oming)\s+(?:very\s+|so\s+)?close\s+to|"
        # a step in prospect, feared or recommended is not taken: "Peru is poised to move up",
        # "is in line for an upgrade", "is headed for a downgrade", "fears a downgrade", "was on
        # the verge of falling to Tier 3", "moved closer to Tier 1", "recommended a Tier 3
        # ranking for Peru"
        r"poised\s+to|on\s+track\s+to|in\s+line\s+for|head(?:s|ed|ing)?\s+for|"
        r"brac(?:e|es|ed|ing)\s+for|fear(?:s|ed|ing)?|campaign(?:s|ed|ing)?\s+for|"
        r"recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|up\s+for|in\s+danger\s+of|"
        r"on\s+the\s+(?:verge|brink|edge)\s+of|close\s+to|closer|nearer|"
        # a tier held once and no longer: "Peru used to be on Tier 3"
        r"used\s+to|"
        # a hope is no claim, nor a prediction: "expressed confidence that Peru will be able
        # to retain its Tier 1 status", "Peru aims to keep ...", "officials hope Kenya will ..."
        r"hop(?:e|es|ed|ing)|(?:expressed|voiced)\s+(?:confidence|hope|optimism)|"
        r"(?:is|are|was|were)\s+(?:confident|optimistic|hopeful)|aim(?:s|ed|ing)?\s+to|"
        r"seek(?:s|ing)?\s+to|want(?:s|ed)?\s+to|be\s+able\s+to|"
        # a step weighed or threatened is not taken: "is considering leaving Peru on Tier 2",
        # "threatened to downgrade", "plans to move"
        r"consider(?:s|ed|ing)?\s+\w+ing|weigh(?:s|ed|ing)?\s+\w+ing|mull(?:s|ed|ing)?|"
        r"threat(?:en|ens|ened|ening)\s+to|plan(?:s|ned|ning)?\s+to|"
        # what is denied or rumoured is not asserted: "denied reports that it had been placed"
        r"den(?:y|ies|ied|ying)\s+(?:the\s+)?(?:reports?|claims?|suggestions?|allegations?)\s+that|"
        r"rumou?rs?\s+that|"
        # "Peru denies being on Tier 3", "denied it had been downgraded" (the subject the
        # tagger puts back for "it" is taken out before this is matched), "it is not true
        # that ...", "is wrongly believed to be on Tier 3"
        r"den(?:y|ies|ied|ying)(?:\s+(?:being|having|that|it|they|(?:had|has|have|was|were|is|are)\b)|"
        r"(?=\s*$))|"
        r"(?:false|untrue|not\s+true|incorrect)\s+that|"
        # what someone believes, expects or wants is their view, not the report's: "Many
        # believe Peru is on Tier 3", "Nobody thinks ...", "Many expected Ghana to be ranked
        # Tier 3", "Activists want Chile to be downgraded" (the verb right before the claim)
        r"believ(?:e|es|ed|ing)|think(?:s|ing)?(?!\s+tanks?\b)|thought|suspect(?:s|ed|ing)?|"
        r"assum(?:e|es|ed|ing)|suppos(?:e|es|ed|ing)|imagin(?:e|es|ed|ing)|"
        r"(?<!as\s)(?<!than\s)(?:expect|want|wish|prefer)(?:s|ed|ing)?(?=\s*$)|"
        # what a country deserves is an opinion of where it should be: "Rights groups say
        # Thailand deserved a Tier 3 ranking"
        r"deserv(?:e|es|ed|ing)|merit(?:s|ed)?\s+(?:an?|the)|"
        # a report, claim or rumour named as a noun is not the report's word: "Reports that
        # Peru fell to Tier 3 were false" (not "the State Department reports that ...")
        r"^\W*(?:(?:the|some|recent|earlier|media|press|news|unconfirmed|initial|persistent|"
        r"these|those)\s+)*(?:reports|claims|suggestions|speculation|allegations|stories|"
        r"assertions)\s+that|"
        r"(?:wrongly|falsely|mistakenly)\s+(?:believed|thought|assumed|reported|rumou?red))\b"
    ),
)
