"""The addresses of country profiles and reports, without a full `reverse()` for every link.

The report, compare and map pages link every country they list: up to two hundred
`{% url 'explorer:country' ... %}` per page, each a full URL reversal (about a fifth of the
report page's time); a country's profile links every report. Every such address is the same
pattern with the code or year in the middle, so it is reversed once per language, script
prefix and URL configuration, and the code or year put in. A code the pattern would not take
goes through `reverse()` and fails there as it always did.
"""

from __future__ import annotations

import functools
import re

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation

# A code the pattern takes (`explorer/urls.py`) and that needs no quoting in a path.
_CODE = re.compile(r"[A-Za-z]{3}")
_MARK = "QQQ"
_YEAR_MARK = 987654321


@functools.lru_cache(maxsize=64)
def _around(
    name: str, mark: str | int, language: str | None, prefix: str, urlconf: object
) -> tuple[str, str]:
    # The language, prefix and URL configuration are the key; reverse() reads them itself.
    before, _, after = reverse(name, args=[mark]).rpartition(str(mark))
    return before, after


def country_url(iso3: str) -> str:
    """`reverse("explorer:country", args=[iso3])`, in the active language."""
    if not _CODE.fullmatch(iso3):
        return reverse("explorer:country", args=[iso3])
    key = (translation.get_language(), get_script_prefix(), get_urlconf())
    before, after = _around("explorer:country", _MARK, *key)
    return f"{before}{iso3}{after}"


def report_url(year: int) -> str:
    """`reverse("explorer:report", kwargs={"year": year})`, in the active language."""
    if type(year) is not int or year < 0:
        return reverse("explorer:report", kwargs={"year": year})
    key = (translation.get_language(), get_script_prefix(), get_urlconf())
    before, after = _around("explorer:report", _YEAR_MARK, *key)
    return f"{before}{year}{after}"
