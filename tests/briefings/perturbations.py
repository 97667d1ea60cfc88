# ruff: noqa: RUF002  (the characters these changes write are the point)
"""Changes of form that published text really shows, each as a named function of a text and
its language. A claim reader should read the same claims before and after each of them: they
change how a sentence is written, never what it says. Every one is deterministic, so a
difference it causes can be reproduced.

Each function's comment says where such text is met. Forms that real text does not use are
left out (no "TiEr 2", no accents taken off English words that never carry them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# --- Spanish without accents -------------------------------------------------------------------

_ACUTE = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


def without_accents(text: str, lang: str) -> str:
    """ "Peru", "solo", "descendio", "categoria": Spanish typed without accents, as in many web
    pages, social media posts, headlines set in capitals and old ASCII-only systems. The ñ and ü
    are kept: writers who drop accents keep them far more often than not."""
    return text.translate(_ACUTE) if lang == "es" else text


def decomposed_accents(text: str, lang: str) -> str:
    """ "Peru\u0301": each accent a combining mark after its letter (Unicode NFD), as text copied
    out of many PDFs and from macOS applications comes."""
    return unicodedata.normalize("NFD", text)


# "Lista de Vigilancia", "Tier 2 Watch List", "Lista Especial de Vigilancia": written in lower
# case ("la lista de vigilancia", "the tier 2 watch list") by papers whose style does not
# capitalise the report's terms.
_TERMS = re.compile(
    r"\b(?:Tier|Watch\s+List|Watchlist|Lista(?:\s+Especial)?\s+de\s+(?:Vigilancia|Observaci[oó]n)"
    r"|Nivel|Categor[ií]a)\b"
)


def terms_in_lower_case(text: str, lang: str) -> str:
    return _TERMS.sub(lambda m: m.group().lower(), text)


# --- quotation marks and apostrophes -----------------------------------------------------------


def straight_quotes(text: str, lang: str) -> str:
    """ "country's", "the "Watch List"": curly marks typed as straight ones (plain-text e-mail,
    wire copy, most hand-typed web forms)."""
    return re.sub("[\u2018\u2019]", "'", re.sub("[\u201c\u201d]", '"', text))


def curly_quotes(text: str, lang: str) -> str:
    """ "country’s", "the “Watch List”": straight marks turned typographic by a word processor
    or a publishing system's smart quotes."""
    text = re.sub(r"(?<=\w)'", "\u2019", text)
    text = text.replace("'", "\u2018")
    opening = True
    marks = []
    for piece in re.split(r'(")', text):
        if piece == '"':
            marks.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            marks.append(piece)
    return "".join(marks)


def acute_accent_apostrophes(text: str, lang: str) -> str:
    """ "country´s": the acute accent typed for an apostrophe, common on Spanish keyboards, so
    in Latin American English-language copy."""
    return re.sub(r"(?<=\w)['\u2019](?=s\b)", "\u00b4", text)


def angle_quotes(text: str, lang: str) -> str:
    """ "la «lista negra»": the Spanish press's angle quotes (El País, ABC, agency copy) for the
    double quotes of another paper."""
    if lang != "es":
        return text
    opening = True
    marks = []
    for piece in re.split('(["\u201c\u201d])', text):
        if piece in ('"', "\u201c", "\u201d"):
            marks.append("\u00ab" if opening else "\u00bb")
            opening = not opening
        else:
            marks.append(piece)
    return "".join(marks)


_ENTITIES = {"&": "&amp;", "\u2019": "&#8217;", "\u201c": "&#8220;", "\u201d": "&#8221;"}
_ENTITIES |= {'"': "&quot;", "\u00a0": "&nbsp;", "\u2013": "&#8211;", "\u2014": "&#8212;"}


def html_entities(text: str, lang: str) -> str:
    """ "the country&#8217;s &quot;Tier 3&quot;": characters left as HTML entities, as in text
    taken from RSS feeds and from pages escaped twice by their publishing system."""
    return "".join(_ENTITIES.get(ch, ch) for ch in text)


# --- dashes ------------------------------------------------------------------------------------


def dashes_as_hyphens(text: str, lang: str) -> str:
    """ "Tier 2 - Watch List", "Peru - once on Tier 1 - fell": en and em dashes typed as
    hyphens (plain-text copy, keyboards with no dash key)."""
    return re.sub("[\u2013\u2014]", "-", text)


def hyphens_as_dashes(text: str, lang: str) -> str:
    """ "Tier 2 – Watch List": a spaced hyphen turned into an en dash by a publishing system, and
    a double hyphen into an em dash."""
    return text.replace("--", "\u2014").replace(" - ", " \u2013 ")


_WATCH_LIST = re.compile(r"\b(Tier|tier|TIER)([ \u00a0])(2|Two|two|II)\s+(Watch\s*[Ll]ist)")


def watch_list_hyphenated(text: str, lang: str) -> str:
    """ "Tier 2-Watch List", "Tier 2 – Watch List": the two parts of the tier's name joined by
    a hyphen or a spaced en dash, as in the report's own tables of some years and in the press."""
    text = _WATCH_LIST.sub(lambda m: f"{m[1]}{m[2]}{m[3]}-{m[4]}", text)
    return text


def watch_list_with_en_dash(text: str, lang: str) -> str:
    return _WATCH_LIST.sub(lambda m: f"{m[1]}{m[2]}{m[3]} \u2013 {m[4]}", text)


def non_breaking_hyphens(text: str, lang: str) -> str:
    """ "Tier\u20112", "Guinea\u2011Bissau": the non-breaking hyphen (U+2011) word processors
    put where a hyphenated name must not be split at a line's end."""
    return re.sub(r"(?<=\w)-(?=\w)", "\u2011", text)


def watchlist_one_word(text: str, lang: str) -> str:
    """ "the Tier 2 Watchlist": the list's name as one word, as much of the press writes it."""
    return re.sub(r"\b([Ww])atch[ -]([Ll])ist\b", lambda m: f"{m[1]}atch{m[2].lower()}ist", text)


# --- spaces and invisible characters of web copies ---------------------------------------------

# A tier word and its number, a number and the word after it ("Tier 2", "2019 report",
# "Nivel 3"): where publishing systems put a no-break space so the pair is not split by a line.
_BOUND_PAIR = re.compile(r"\b((?:[Tt]ier|TIER|[Nn]ivel|[Cc]ategoría|\d+)) (?=\w)")


def non_breaking_spaces(text: str, lang: str) -> str:
    """ "Tier\u00a02": no-break spaces in web copies (HTML &nbsp;), where they bind a tier word
    to its number and a number to the word after it."""
    return _BOUND_PAIR.sub("\\1\u00a0", text)


def narrow_no_break_spaces(text: str, lang: str) -> str:
    """The narrow no-break space (U+202F) French-style typesetting and some CMSs put between a
    word and its number; copied from such pages it comes with the text."""
    return _BOUND_PAIR.sub("\\1\u202f", text)


def zero_width_spaces(text: str, lang: str) -> str:
    """Zero-width spaces (U+200B) after commas and slashes and between some words: left by web
    editors and by pages that allow line breaks in long words; invisible when copied."""
    text = re.sub(r"([,/])", "\\1\u200b", text)
    count = 0

    def every_third(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\u200b " if count % 3 == 0 else " "

    return re.sub(" ", every_third, text)


def soft_hyphens(text: str, lang: str) -> str:
    """ "down\u00adgraded", "Vigi\u00adlancia": soft hyphens (U+00AD) that pages with automatic
    hyphenation insert into long words and that come along when the text is copied."""
    return re.sub(r"\b([A-Za-zÀ-ÿ]{4})([a-zà-ÿ]{5,})", "\\1\u00ad\\2", text)


# --- PDF copies --------------------------------------------------------------------------------


def doubled_spaces(text: str, lang: str) -> str:
    """Two spaces where one is meant: justified PDF text copied out, and typists' habit after a
    comma or a full stop."""
    count = 0

    def every_other(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "  " if count % 2 else " "

    return re.sub(" ", every_other, text)


def _wrapped(text: str) -> str:
    """`text` broken into lines of about sixty characters, at the first space past the width."""
    out: list[str] = []
    column = 0
    for word in re.split(r"( )", text):
        if word == " " and column >= 60:
            out.append("\n")
            column = 0
            continue
        out.append(word)
        column = 0 if "\n" in word else column + len(word)
    return "".join(out)


def line_breaks(text: str, lang: str) -> str:
    """A sentence broken into lines of about sixty characters: text copied from a PDF keeps the
    page's line ends. A break never comes before a word that would look like a list item
    ("2." or "-" at the start of a line), which would be a different text."""
    return re.sub(r"\n(?=(?:\d+[.)]|[-*\u2022#])\s)", " ", _wrapped(text))


def windows_line_breaks(text: str, lang: str) -> str:
    """Lines of a PDF copied on Windows: each line ends in "\\r\\n"."""
    return line_breaks(text, lang).replace("\n", "\r\n")


def pdf_copy_with_typed_dashes(text: str, lang: str) -> str:
    """ "Peru  - once on Tier 1\r\n - fell": a PDF whose writer typed hyphens for dashes, copied
    out on Windows: doubled spaces, "\r\n" line ends, and lines of about sixty characters, a
    break now and then falling before a spaced dash so that the dash opens a line. (A break
    still never comes before "2.", "*" or "#", which would be a different text.)"""
    wrapped = _wrapped(doubled_spaces(dashes_as_hyphens(text, lang), lang))
    wrapped = re.sub(r"\n(?=[ ]?(?:\d+[.)]|[*\u2022#])\s)", " ", wrapped)
    return wrapped.replace("\n", "\r\n")


_VOWELS = "aeiouáéíóú"


def _syllable_break(word: str) -> int | None:
    """Where a word may be broken at a line's end: before a consonant between two vowels, the
    commonest rule of syllables in Spanish and a fair one in English ("pro-tección",
    "rele-gated"), the first such place at least three letters from either end."""
    for i in range(3, len(word) - 3):
        if word[i - 1] in _VOWELS and word[i] not in _VOWELS and word[i + 1] in _VOWELS:
            return i
    return None


def pdf_hyphenation(text: str, lang: str) -> str:
    """Long words broken by a hyphen at the end of lines of about fifty characters: justified
    PDF text copied out keeps the hyphens and line breaks its typesetting added."""
    out: list[str] = []
    column = 0
    for word in re.split(r"( )", text):
        cut = _syllable_break(word) if column >= 50 and word.isalpha() and word.islower() else None
        if cut is not None:
            out.append(f"{word[:cut]}-\n{word[cut:]}")
            column = len(word) - cut
            continue
        out.append(word)
        column += len(word)
    return "".join(out)


# --- the ways a tier is written ----------------------------------------------------------------

_EN_WORDS = {"1": "One", "2": "Two", "3": "Three"}
_ES_WORDS = {"1": "uno", "2": "dos", "3": "tres"}
_ROMAN = {"1": "I", "2": "II", "3": "III"}
# A tier word and its number, and a second number the word is not repeated for ("from Tier 3
# to 2", "del nivel 3 al 2"): a writer who spells one number out spells out both.
_TIER_EN = re.compile(r"\b(Tier) (1|2|3)\b(?![.,]\d)(?:( to | and | or )(1|2|3)\b(?![.,]\d))?")
_TIER_ES = re.compile(r"\b([Nn]ivel) (1|2|3)\b(?![.,]\d)(?:( al | a | y | o )(1|2|3)\b(?![.,]\d))?")


def _tiers(
    text: str, lang: str, word: Callable[[str], str], number: dict[str, str], between: str = " "
) -> str:
    """Each tier written as `word` (of the word as written), `between` and `number` (of its
    digit)."""
    pattern = _TIER_ES if lang == "es" else _TIER_EN

    def written(match: re.Match[str]) -> str:
        second = f"{match[3]}{number[match[4]]}" if match[4] else ""
        return f"{word(match[1])}{between}{number[match[2]]}{second}"

    return pattern.sub(written, text)


_DIGITS = {"1": "1", "2": "2", "3": "3"}


def tier_in_words(text: str, lang: str) -> str:
    """ "Tier Two", "nivel dos": the number spelled out, as many papers' style books want for
    numbers under ten."""
    return _tiers(text, lang, str, _ES_WORDS if lang == "es" else _EN_WORDS)


def tier_in_lower_case_words(text: str, lang: str) -> str:
    """ "tier two": the whole name in lower case, as in running text of blogs and op-eds."""
    words = _ES_WORDS if lang == "es" else {k: v.lower() for k, v in _EN_WORDS.items()}
    return _tiers(text, lang, str.lower, words)


def tier_in_roman_numerals(text: str, lang: str) -> str:
    """ "Tier II", "Nivel III": Roman numerals, as in some academic papers and NGO reports."""
    return _tiers(text, lang, str, _ROMAN)


def tier_in_capitals(text: str, lang: str) -> str:
    """ "TIER 2", "NIVEL 3": the tier set in capitals, as headlines and press-release subheads
    do (only the tier's words, so the country's name keeps its capital)."""
    return _tiers(text, lang, str.upper, _DIGITS)


def tier_hyphenated(text: str, lang: str) -> str:
    """ "Tier-2", "Tier-3 country": a hyphen between word and number, as the South Asian and
    African press often writes it."""
    return text if lang == "es" else _tiers(text, lang, str, _DIGITS, "-")


def nivel_as_categoria(text: str, lang: str) -> str:
    """ "Categoría 2": the Spanish press calls a tier "categoría" as often as "nivel"."""
    if lang != "es":
        return text
    return re.sub(
        r"\b([Nn])ivel (1|2|3)\b(?![.,]\d)",
        lambda m: ("C" if m[1] == "N" else "c") + f"ategoría {m[2]}",
        text,
    )


def tier_in_english_es(text: str, lang: str) -> str:
    """ "el Tier 2", "la categoría Tier 3": Spanish text that keeps the report's English word, as
    the Latin American press and governments' releases often do."""
    if lang != "es":
        return text
    return re.sub(r"\b[Nn]ivel (1|2|3)\b(?![.,]\d)", "Tier \\1", text)


# --- names and numbers -------------------------------------------------------------------------


# Words that follow "U.S." inside a sentence ("the U.S. State Department"); a capital after it may
# otherwise begin the next sentence.
_AFTER_US = (
    r"(?:State|Department|Embassy|Congress|Government|Secretary|President|Ambassador|"
    r"Trafficking|TIP|Treasury|Agency)\b"
)


def us_without_dots(text: str, lang: str) -> str:
    """ "the US State Department": "U.S." without its dots, as British and many web styles
    write it (only inside a sentence, where the dot cannot be the full stop)."""
    return re.sub(rf"\bU\.S\.(?= (?:[a-z]|{_AFTER_US}))", "US", text)


def ee_uu_forms(text: str, lang: str) -> str:
    """ "EEUU", "EE. UU.": the Spanish abbreviation of the United States, written without dots
    by many Latin American papers (and with a space by the RAE's rule)."""
    if lang != "es":
        return text
    return re.sub(r"\bEE\.\s?UU\.(?= [a-záéíóúñ])", "EEUU", text)


_ORDINALS_EN = {"second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th"}
_ORDINALS_EN |= {"seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th"}
_ORDINALS_ES = {"segundo": "2º", "tercer": "3er", "cuarto": "4º", "quinto": "5º", "sexto": "6º"}
_ORDINALS_ES |= {"séptimo": "7º", "octavo": "8º", "noveno": "9º", "décimo": "10º"}


def ordinals_as_figures(text: str, lang: str) -> str:
    """ "for the 3rd consecutive year", "por 3er año consecutivo": ordinals in figures, as
    headlines and much web copy write them."""
    table = _ORDINALS_ES if lang == "es" else _ORDINALS_EN
    words = "|".join(table)
    return re.sub(
        rf"\b({words})(?= (?:consecutive|straight|successive|year|time|año|vez)\b)",
        lambda m: table[m[1]],
        text,
    )


_SMALL_EN = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7"}
_SMALL_EN |= {"eight": "8", "nine": "9"}
_SMALL_ES = {"dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7"}
_SMALL_ES |= {"ocho": "8", "nueve": "9"}
_COUNTED = r"(?:countries|nations|governments|years|consecutive|straight|países|naciones|años)"


def numbers_as_figures(text: str, lang: str) -> str:
    """ "3 countries", "5 años": small numbers in figures, as headlines and web copy write them
    (style books spell them out in running text)."""
    table = _SMALL_ES if lang == "es" else _SMALL_EN
    words = "|".join(table)
    # (not a part of a compound number: "thirty-five", "twenty three", "treinta y cinco")
    return re.sub(
        rf"(?<![-\w])(?<!ty )(?<! y )\b({words})(?= {_COUNTED}\b)", lambda m: table[m[1]], text
    )


def numbers_as_words(text: str, lang: str) -> str:
    """ "three countries", "cinco años": small numbers spelled out, as AP and most Spanish
    style books want them in running text."""
    table = {v: k for k, v in (_SMALL_ES if lang == "es" else _SMALL_EN).items()}
    return re.sub(rf"(?<![\d.,])\b([2-9])(?= {_COUNTED}\b)", lambda m: table[m[1]], text)


@dataclass(frozen=True)
class Perturbation:
    name: str
    apply: Callable[[str, str], str]

    def change(self, item: dict[str, Any]) -> tuple[str, str]:
        """The corpus item's context and text after the change (made to both)."""
        return self.apply(item["context"], item["lang"]), self.apply(item["text"], item["lang"])


PERTURBATIONS: tuple[Perturbation, ...] = tuple(
    Perturbation(function.__name__, function)
    for function in (
        without_accents,
        decomposed_accents,
        terms_in_lower_case,
        straight_quotes,
        curly_quotes,
        acute_accent_apostrophes,
        angle_quotes,
        html_entities,
        dashes_as_hyphens,
        hyphens_as_dashes,
        watch_list_hyphenated,
        watch_list_with_en_dash,
        non_breaking_hyphens,
        watchlist_one_word,
        non_breaking_spaces,
        narrow_no_break_spaces,
        zero_width_spaces,
        soft_hyphens,
        doubled_spaces,
        line_breaks,
        windows_line_breaks,
        pdf_copy_with_typed_dashes,
        pdf_hyphenation,
        tier_in_words,
        tier_in_lower_case_words,
        tier_in_roman_numerals,
        tier_in_capitals,
        tier_hyphenated,
        nivel_as_categoria,
        tier_in_english_es,
        us_without_dots,
        ee_uu_forms,
        ordinals_as_figures,
        numbers_as_figures,
        numbers_as_words,
    )
)
