"""A claim found in a tagged sentence, with where it stands and what the words around it
say of its time: the record every reader of claims hands on to the parser."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Claim


@dataclass(frozen=True)
class Found:
    claim: Claim
    start: int  # tagged offsets
    end: int
    context_group_at: int | None = None  # where a group taken from the sentence was named
    year: int | None = None  # the claim's own year, when it says ("... (2012 to 2015)")
    years: tuple[int, ...] = ()  # the claim's own years, when its clause names several
    since: int | None = None  # "on Tier 3 since 2014": a streak from that year on
    listed: tuple[str, ...] = ()  # "31 countries including Australia, ...": some of a count
    among: int | None = None  # "China and Russia were among 19 countries on Tier 3"
    previous: int | None = None  # "rose from 19 to 21", "up from 19 last year": the count before
    rule: str = ""
    back: int = 0  # reports before the current one ("... in last year's report")
    relative: bool = False  # read in a relative clause: "Japan, which was on Tier 2, ..."
    # "... and has remained there ever since": about the report at the time of writing (the
    # caller's default year), whatever years the sentence names before it.
    now: bool = False
