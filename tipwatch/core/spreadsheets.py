"""Cells that spreadsheet programs would run as formulas, made plain text."""

from __future__ import annotations

# A cell starting with one of these is read as a formula by Excel, LibreOffice or Sheets
# (`=HYPERLINK(...)`, `+SUM(...)`, `@cmd`, or any of them behind a tab or a carriage return).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """Text that would start a formula gets a leading apostrophe; other values are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
