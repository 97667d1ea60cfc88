"""Tags for a narrative: forms of trafficking, economic sectors and named places.

Everything is read from the trafficking profile when the narrative has one (the
government-efforts sections talk about laws and shelters, not about where and how
people are exploited); otherwise from the narrative minus its recommendations and
law-enforcement sections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipwatch.ingest.parsing.countries import CountryMatcher, normalise_name
from tipwatch.ingest.parsing.narrative import Narrative

# tag -> (substrings one of which every match contains, lowercase pattern). The cheap
# substring test skips most regex searches.
FORMS: dict[str, tuple[tuple[str, ...], str]] = {
    "sex_trafficking": (
        ("sex", "prostitution"),
        r"sex\s+traffick\w*|commercial\s+sexual\s+exploitation|forced\s+prostitution"
        r"|sexual\s+exploitation|exploited\s+in\s+(?:commercial\s+sex|prostitution)",
    ),
    "forced_labor": (
        ("labor", "labour"),
        r"forced\s+labou?r|labou?r\s+traffick\w*|labou?r\s+exploitation",
    ),
    "child_labor": (("child",), r"child\s+labou?r"),
    "domestic_servitude": (("servitude",), r"domestic\s+servitude"),
    "forced_begging": (("beg",), r"\bbegging\b|forced\s+to\s+beg\b"),
    "forced_criminality": (
        ("crim", "drugs"),
        r"forced\s+criminality|forced\s+(?:to\s+commit|into)\s+(?:crimes?|criminal)"
        r"|compelled\s+to\s+commit\s+crimes|forced\s+criminal\s+activit\w*"
        r"|forced\s+to\s+(?:sell|transport|smuggle|carry)\s+(?:illicit\s+)?drugs",
    ),
    "debt_bondage": (
        ("bond", "debt"),
        r"debt\s+bondage|bonded\s+labou?r|debt-based\s+coercion",
    ),
    "child_soldiers": (
        ("soldier", "armed groups"),
        r"child\s+soldiers?|recruit\w*\s+(?:and\s+use\s+)?(?:of\s+)?child(?:ren)?\s+"
        r"(?:soldiers|by\s+armed\s+groups|into\s+armed\s+groups)",
    ),
    "organ_removal": (
        ("organ",),
        r"organ\s+removal|removal\s+of\s+(?:their\s+)?organs|organ\s+trafficking"
        r"|trafficking\s+in\s+(?:human\s+)?organs",
    ),
    "forced_marriage": (("marriage",), r"forced\s+marriages?"),
    "sex_tourism": (("tourism",), r"sex\s+tourism"),
    "online_sexual_exploitation": (
        ("online", "cybersex"),
        r"online\s+sexual\s+exploitation|cybersex",
    ),
}
SECTORS: dict[str, tuple[tuple[str, ...], str]] = {
    "mining": (("min", "quarr"), r"\bmin(?:ing|es)\b|\bquarr(?:y|ies|ying)\b"),
    "illegal_gold_mining": (
        ("mining", "mines"),
        r"(?:illegal|illicit|informal|unlicensed|artisanal)\s+(?:gold\s+)?mining"
        r"|illegal\s+(?:gold\s+)?mines",
    ),
    "logging": (("logging", "timber"), r"\blogging\b|\btimber\b"),
    "agriculture": (
        ("agricult", "plantation", "farm", "harvest", "cocoa", "coffee", "sugarcane", "cotton"),
        r"\bagricultur\w*|\bplantations?\b|\bfarms?\b|\bfarming\b|\bharvest\w*"
        r"|\bcocoa\b|\bcoffee\b|\bsugarcane\b|\bcotton\b",
    ),
    "fishing": (
        ("fish", "seafood"),
        r"\bfishing\b|\bfisheries\b|\bfish\s+processing\b|\bseafood\b",
    ),
    "construction": (("construction",), r"\bconstruction\b"),
    "domestic_work": (
        ("domestic", "housemaid"),
        r"domestic\s+(?:work(?:ers?)?|service|servants?|helpers?)|\bhousemaids?\b",
    ),
    "manufacturing": (("manufactur", "factor"), r"\bmanufactur\w*|\bfactor(?:y|ies)\b"),
    "textiles": (("textile", "garment", "sewing"), r"\btextiles?\b|\bgarments?\b|\bsewing\b"),
    "brick_kilns": (("brick",), r"brick\s+kilns?|brick-?making"),
    "hospitality_tourism": (
        ("hospitality", "touris", "hotel"),
        r"\bhospitality\b|\btourism\b|\btourist\w*|\bhotels?\b",
    ),
    "entertainment": (
        ("nightclub", "bars", "karaoke", "massage", "entertainment"),
        r"\bnightclubs?\b|\bbars\b|\bkaraoke\b|massage\s+parlou?rs?|entertainment\s+venues?",
    ),
    "street_vending": (("vend",), r"street\s+vend\w*"),
    "cattle_ranching": (("cattle", "ranch"), r"\bcattle\b|\branch(?:es|ing)\b"),
}

# Patterns are lowercase and run on lowercased text (faster than IGNORECASE).
_FORM_RES = {tag: (keys, re.compile(pattern)) for tag, (keys, pattern) in FORMS.items()}
_SECTOR_RES = {tag: (keys, re.compile(pattern)) for tag, (keys, pattern) in SECTORS.items()}


def _tags(lowered: str, patterns: dict[str, tuple[tuple[str, ...], re.Pattern[str]]]) -> list[str]:
    return sorted(
        tag
        for tag, (keys, pattern) in patterns.items()
        if any(key in lowered for key in keys) and pattern.search(lowered)
    )


_NAME_WORD = r"[A-Z][a-z\u00e0-\u00ff\-]*[a-z\u00e0-\u00ff]"
_PARTICLE = r"(?:de|del|de\s+la|la|las|los|da|do|dos|das|du|des|el|al|di|van|von)"
_PLACE_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}}(?:'s|\u2019s)?"
_INNER_PLACE = re.compile(rf"\s+(?P<place>{_PLACE_NAME})")
_PLACE_AFTER_IN = re.compile(rf"\bin\s+(?P<the>the\s+)?(?P<place>{_PLACE_NAME})")
_LIST_NEXT = re.compile(
    rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?P<place>{_PLACE_NAME})"
)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+|[^\sA-Za-z])?")
_FOLLOWERS_OK = frozenset(
    [
        "and",
        "or",
        "as",
        "where",
        "which",
        "who",
        "whose",
        "to",
        "from",
        "with",
        "for",
        "near",
        "along",
        "on",
        "through",
        "is",
        "are",
        "were",
        "was",
        "by",
        "in",
        "at",
        "but",
        "while",
        "region",
        "regions",
        "province",
        "provinces",
        "department",
        "departments",
        "city",
        "cities",
        "state",
        "states",
        "district",
        "districts",
        "area",
        "areas",
        "municipality",
        "municipalities",
        "county",
        "counties",
        "valley",
        "border",
        "borders",
        "governorate",
        "oblast",
        "prefecture",
        "island",
        "islands",
        "zone",
        "zones",
        "town",
        "towns",
        "village",
        "villages",
        "capital",
        "communities",
        "community",
        "neighborhood",
        "neighborhoods",
        "coast",
        "highlands",
        "lowlands",
        "amazon",
        "basin",
        "corridor",
        "river",
        "port",
        "ports",
    ]
)
_REGION_NOUNS = frozenset(
    [
        "region",
        "regions",
        "province",
        "provinces",
        "department",
        "departments",
        "state",
        "district",
        "area",
        "valley",
        "border",
        "governorate",
        "oblast",
        "prefecture",
        "island",
        "islands",
        "zone",
        "coast",
        "highlands",
        "basin",
        "corridor",
        "river",
    ]
)
_STOP_TOKENS = frozenset(
    [
        "Government",
        "Governments",
        "Ministry",
        "Ministries",
        "Department",
        "Office",
        "National",
        "Council",
        "Commission",
        "Court",
        "Courts",
        "Congress",
        "Parliament",
        "Police",
        "Law",
        "Laws",
        "Act",
        "Code",
        "Article",
        "Tier",
        "Report",
        "Committee",
        "Agency",
        "Unit",
        "Directorate",
        "Bureau",
        "Program",
        "Programme",
        "Plan",
        "Action",
        "Strategy",
        "Protocol",
        "Convention",
        "Organization",
        "Organisation",
        "International",
        "Union",
        "Nations",
        "Trafficking",
        "Persons",
        "Labor",
        "Labour",
        "Prosecutor",
        "Prosecutors",
        "Public",
        "Service",
        "Services",
        "Inspector",
        "Inspectorate",
        "Federal",
        "Church",
        "University",
        "Foundation",
        "Center",
        "Centre",
        "Shelter",
        "Shelters",
        "Hotline",
        "Task",
        "Force",
        "Forces",
        "Secretariat",
        "Institute",
        "Army",
        "Navy",
        "Military",
        "Group",
        "Groups",
        "Party",
        "Front",
        "Movement",
        "Minister",
        "President",
        "Prime",
        "Special",
        "Case",
        "Watch",
        "List",
        "Penal",
        "Criminal",
        "Civil",
        "Constitution",
        "Decree",
        "Supreme",
        "General",
        "Attorney",
        "Immigration",
        "Migration",
        "Embassy",
        "Consulate",
        "Assembly",
        "Senate",
        "Cabinet",
        "Interior",
        "Justice",
        "Health",
        "Social",
        "Women",
        "Children",
        "Family",
        "Youth",
        "Development",
        "Human",
        "Rights",
        "Anti",
        "English",
        "Spanish",
        "French",
        "Arabic",
        "Portuguese",
        "Russian",
        "Chinese",
        "Mandarin",
        "Hindi",
        "Swahili",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "This",
        "These",
        "Those",
        "Their",
        "Its",
        "His",
        "Her",
        "Our",
        "COVID",
        "Internet",
        "Facebook",
        "Islamic",
        "State",
        "Catholic",
        "Christian",
        "Muslim",
        "Buddhist",
        "Hindu",
        "Jewish",
    ]
)
_NOT_PLACES = frozenset(
    normalise_name(name)
    for name in (
        "Africa", "Asia", "Europe", "Latin America", "South America", "North America",
        "Central America", "Middle East", "the Middle East", "Caribbean", "the Caribbean",
        "West Africa", "East Africa", "Southern Africa", "North Africa", "Central Africa",
        "Central Asia", "Southeast Asia", "East Asia", "South Asia", "Western Europe",
        "Eastern Europe", "Gulf", "Persian Gulf", "Arabian Gulf", "Pacific", "Atlantic",
        "Mediterranean", "Sub-Saharan Africa", "European Union", "Schengen", "Balkans",
        "Americas", "Oceania", "Asia Pacific", "Western Hemisphere", "Horn of Africa",
        "Sahel", "Gulf States", "Gulf Cooperation Council", "Scandinavia", "Nordic",
    )
)  # fmt: skip


@dataclass(frozen=True)
class Tags:
    forms: list[str]
    sectors: list[str]
    places: list[str]

    def as_dict(self) -> dict[str, list[str]]:
        return {"forms": self.forms, "sectors": self.sectors, "places": self.places}


def _source_text(narrative: Narrative) -> tuple[str, str]:
    """(text for forms and sectors, text for places)."""
    profiles = [s.text for s in narrative.sections if s.name == "trafficking_profile"]
    if profiles:
        profile = "\n".join(profiles)
        return profile, profile
    skip = {"recommendations", "prosecution", "protection", "prevention"}
    rest = "\n".join(s.text for s in narrative.sections if s.name not in skip)
    return rest, ""


def _strip_possessive(name: str) -> tuple[str, bool]:
    for suffix in ("'s", "\u2019s"):
        if name.endswith(suffix):
            return name[: -len(suffix)], True
    return name, False


def _accept_place(
    name: str,
    follower: str,
    with_the: bool,
    own: str,
    matcher: CountryMatcher | None,
) -> bool:
    tokens = name.split()
    if any(token in _STOP_TOKENS for token in tokens):
        return False
    key = normalise_name(name)
    if not key or key == own or key in _NOT_PLACES:
        return False
    if matcher is not None and matcher.match(name) is not None:
        return False
    if follower and follower[0].isalpha() and follower.islower() and follower not in _FOLLOWERS_OK:
        return False  # an adjective: "in Peruvian mines"
    # "in the Amazon region" yes, "in the Northern Triangle" no.
    return not (with_the and follower not in _REGION_NOUNS)


def _follower(text: str, position: int) -> str:
    match = _NEXT_WORD.match(text, position)
    return (match.group(1) or "") if match else ""


def extract_places(
    text: str, own_name: str = "", matcher: CountryMatcher | None = None
) -> list[str]:
    """Capitalised place names following "in" (and lists after them) in ``text``."""
    own = normalise_name(own_name)
    found: set[str] = set()
    for match in _PLACE_AFTER_IN.finditer(text):
        candidates: list[tuple[str, int, bool]] = [
            (match.group("place"), match.end("place"), bool(match.group("the")))
        ]
        position = match.end("place")
        while True:
            following = _LIST_NEXT.match(text, position)
            if following is None:
                break
            candidates.append((following.group("place"), following.end("place"), False))
            position = following.end("place")
        for raw, end, with_the in candidates:
            name, possessive = _strip_possessive(raw)
            if possessive and (
                normalise_name(name) == own or (matcher is not None and matcher.match(name))
            ):
                # "in Peru's Madre de Dios region": the place follows the possessive.
                inner = _INNER_PLACE.match(text, end)
                if inner:
                    place, _ = _strip_possessive(inner.group("place"))
                    follower = _follower(text, inner.end("place"))
                    if _accept_place(place, follower, False, own, matcher):
                        found.add(place)
                continue
            follower = "" if possessive else _follower(text, end)
            if _accept_place(name, follower, with_the, own, matcher):
                found.add(name)
    return sorted(found)


def extract_tags(narrative: Narrative, matcher: CountryMatcher | None = None) -> Tags:
    """Forms of trafficking, sectors and places mentioned by the narrative."""
    text, place_text = _source_text(narrative)
    lowered = text.lower()
    forms = _tags(lowered, _FORM_RES)
    sectors = _tags(lowered, _SECTOR_RES)
    places = extract_places(place_text, narrative.name, matcher) if place_text else []
    return Tags(forms=forms, sectors=sectors, places=places)
