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
        r"expected\s+to|likely\s+to|predicted|predicts|calls?\s+for|urged?|"
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
        r"rumou?rs?\s+that)\b"
    ),
)
