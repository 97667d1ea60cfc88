"""Which request input no view should ever see: pure functions over the raw bytes and text.

PostgreSQL refuses NUL in text (`DataError`), and control characters, noncharacters or bytes
that are not UTF-8 in an address or a query parameter are never meaningful. Form fields may hold
what an editor pastes (a vertical tab from a word processor is harmless), so they are refused
only for NUL and for bytes that are not UTF-8.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote_to_bytes

ALLOWED_CONTROLS = frozenset("\t\n\r")


def _odd_character(text: str) -> str | None:
    """A description of the first character no address or parameter may hold, or None."""
    for char in text:
        if char in ALLOWED_CONTROLS:
            continue
        code = ord(char)
        category = unicodedata.category(char)
        if category in ("Cc", "Cs") or (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:
            return f"the character U+{code:04X}"
    return None


def problem_in_path(path: str) -> str | None:
    """The problem with a request's decoded path (Django's `request.path_info`), or None.

    Django keeps bytes that are not UTF-8 percent-encoded in the decoded path, so they reach
    no view decoded and need no check here."""
    odd = _odd_character(path)
    return f"the address contains {odd}" if odd else None


def _unquote(part: bytes) -> bytes:
    return unquote_to_bytes(part.replace(b"+", b" "))


def _decoded_pairs(raw: bytes) -> list[tuple[str, str]] | tuple[str, str]:
    """The name and value of each `a=b` pair of a query string or urlencoded body, or the
    (name, problem) of the first pair that is not UTF-8."""
    pairs = []
    for pair in raw.split(b"&"):
        if not pair:
            continue
        name, _, value = pair.partition(b"=")
        try:
            decoded = [
                unquote_to_bytes(p.replace(b"+", b" ")).decode("utf-8") for p in (name, value)
            ]
        except UnicodeDecodeError:
            shown = _unquote(name).decode("utf-8", "replace")
            return shown, f"the parameter {shown[:40]!r} is not valid UTF-8"
        pairs.append((decoded[0], decoded[1]))
    return pairs


def parameter_problem_in_query(raw_query: bytes) -> tuple[str, str] | None:
    """The parameter at fault and the problem, or None."""
    pairs = _decoded_pairs(raw_query)
    if isinstance(pairs, tuple):
        return pairs
    for name, value in pairs:
        odd = _odd_character(name) or _odd_character(value)
        if odd:
            return name, f"the parameter {name[:40]!r} contains {odd}"
    return None


def problem_in_form_text(name: str, value: str) -> str | None:
    if "\x00" in name or "\x00" in value:
        return f"the form field {name.replace(chr(0), '')[:40]!r} contains the character U+0000"
    return None


def problem_in_urlencoded_form(raw_body: bytes) -> str | None:
    pairs = _decoded_pairs(raw_body)
    if isinstance(pairs, tuple):
        return pairs[1].replace("the parameter", "the form field")
    for name, value in pairs:
        problem = problem_in_form_text(name, value)
        if problem:
            return problem
    return None
