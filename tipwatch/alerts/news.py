"""What counts as news about one country in one report year. Pure Python: no Django.

A country is news when its tier moved (up, down, newly rated, no longer rated) or when the rule
flags about that year changed (for instance "would be downgraded next year unless waived").
The tier it is compared with is its own tier that year before the change, or, for a year it had
no placement (a new report), its tier in the latest earlier report. A source or a note fixed
alone changes neither, so it is not news.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from tipwatch.tip.rules import Tier
from tipwatch.tip.rules import compare as compare_tiers

UP, DOWN, NEW, REMOVED, SAME = "up", "down", "new", "removed", "same"


class State(Protocol):
    @property
    def tier(self) -> str | None: ...
    @property
    def previous_tier(self) -> str | None: ...
    @property
    def flags(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class News:
    old_tier: str | None
    new_tier: str | None
    change: str
    flags_added: tuple[str, ...]
    flags_removed: tuple[str, ...]


def change_between(old: str | None, new: str | None) -> str:
    if new is None:
        return SAME if old is None else REMOVED
    return str(compare_tiers(Tier(old) if old else None, Tier(new)))


def _news(
    old: str | None, new: str | None, before: frozenset[str], after: frozenset[str]
) -> News | None:
    change = change_between(old, new)
    added, removed = tuple(sorted(after - before)), tuple(sorted(before - after))
    if change == SAME and not added and not removed:
        return None
    return News(old, new, change, added, removed)


def news_of(before: State, after: State) -> News | None:
    """The news in one country-year's change, or None when nothing a member cares about moved."""
    old = before.tier if before.tier is not None else before.previous_tier
    if before.tier is None and after.tier is None:
        return None
    return _news(old, after.tier, frozenset(before.flags), frozenset(after.flags))


def fold(earlier: News, before: State, after: State) -> News | None:
    """Two changes of one country-year in a row, as one: from the first's old state to the
    second's new one. None when the second undid the first."""
    original_flags = (frozenset(before.flags) - set(earlier.flags_added)) | set(
        earlier.flags_removed
    )
    return _news(earlier.old_tier, after.tier, original_flags, frozenset(after.flags))
