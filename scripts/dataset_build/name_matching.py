"""Matching the sources' spellings of country names and codes onto our countries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .countries import CODE_FIXES, COUNTRIES
from .errors import fail
from .raw_rows import clean_name, norm_key


@dataclass
class Names:
    index: dict[str, str] = field(default_factory=dict)
    seen: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, name: str, iso3: str, *, seen: bool) -> None:
        name = clean_name(name)
        if not name:
            return
        key = norm_key(name)
        other = self.index.get(key)
        if other is not None and other != iso3:
            fail(f"name {name!r} would match both {other} and {iso3}")
        self.index[key] = iso3
        if seen:
            self.seen[iso3].add(name)

    def resolve(self, name: str, where: str) -> str:
        iso3 = self.index.get(norm_key(clean_name(name)))
        if iso3 is None:
            fail(f"{where}: country name {name!r} does not match any country or alias")
        self.seen[iso3].add(clean_name(name))
        return iso3


def fix_code(code: str, where: str) -> str:
    code = CODE_FIXES.get(code.strip(), code.strip())
    if code not in COUNTRIES:
        fail(f"{where}: unknown country code {code!r}")
    return code
