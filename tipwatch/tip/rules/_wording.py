"""Small wording helpers shared by the rule messages."""

from __future__ import annotations

from typing import Final

STATUTE: Final[str] = "22 U.S.C. 7107"

_ORDINALS: Final[tuple[str, ...]] = (
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)


def ordinal(n: int) -> str:
    """English ordinal word for small numbers ("fourth"), "21st"-style digits beyond twenty."""
    if 0 <= n < len(_ORDINALS):
        return _ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def cite(provision: str) -> str:
    """Full citation of a paragraph of section 7107, e.g. "22 U.S.C. 7107(b)(2)(F)"."""
    return f"{STATUTE}{provision}"


def fill(template: str, country_name: str | None) -> str:
    """Put the country name into a message template (placeholder `{country}`).

    Plain replacement rather than str.format, so names containing braces are safe. Without a
    name the text says "the country".
    """
    return template.replace("{country}", country_name or "the country")
