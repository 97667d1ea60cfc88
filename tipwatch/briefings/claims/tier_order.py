"""The order of the ranked tiers, best first, and the direction of a move between two."""

from __future__ import annotations

_RANK = {"1": 1, "2": 2, "2WL": 3, "3": 4}


def move_direction(old: str | None, new: str | None) -> str | None:
    """ "up" or "down" for a move between two ranked tiers; None when either is unranked
    (a special case) or missing."""
    if old not in _RANK or new not in _RANK:
        return None
    return "up" if _RANK[new] < _RANK[old] else "down"
