"""The address of a country's profile, without a full `reverse()` for every country.

The report, compare and map pages link every country they list: up to two hundred
`{% url 'explorer:country' ... %}` per page, each a full URL reversal (about a fifth of the
report page's time). Every such address is the same pattern with the code in the middle, so
it is reversed once per language, script prefix and URL configuration, and the code put in.
A code the pattern would not take goes through `reverse()` and fails there as it always did.
"""

from __future__ import annotations

import functools
import re

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation

# A code the pattern takes (`explorer/urls.py`) and that needs no quoting in a path.
_CODE = re.compile(r"[A-Za-z]{3}")
_MARK = "QQQ"


@functools.lru_cache(maxsize=32)
def _around(language: str | None, prefix: str, urlconf: object) -> tuple[str, str]:
    # The language, prefix and URL configuration are the key; reverse() reads them itself.
    before, _, after = reverse("explorer:country", args=[_MARK]).rpartition(_MARK)
    return before, after


def country_url(iso3: str) -> str:
    """`reverse("explorer:country", args=[iso3])`, in the active language."""
    if not _CODE.fullmatch(iso3):
        return reverse("explorer:country", args=[iso3])
    before, after = _around(translation.get_language(), get_script_prefix(), get_urlconf())
    return f"{before}{iso3}{after}"
