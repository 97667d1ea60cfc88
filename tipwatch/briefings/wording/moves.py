"""The moves paragraph: which members changed tier since the report before, and which are rated
for the first time, again, or cannot be compared."""

from __future__ import annotations

from django.utils.translation import pgettext

from tipwatch.tip.language import cardinal
from tipwatch.tip.rules import Change, Tier

from ..facts import BriefingFacts
from .phrases import group_name, name, names, tier_name


def moves_paragraph(facts: BriefingFacts) -> str:
    previous = facts.previous_report
    if previous is None:
        return pgettext(
            "briefing",
            "The %(year)s report is the first in our data, so there is no earlier "
            "placement to compare with.",
        ) % {"year": facts.year}
    values: dict[str, object] = {"year": previous.year, "group": group_name(facts.group)}
    sentences = []
    moves = facts.moves
    if moves:
        described = []
        for move in moves:
            # A comparison's moves are between two tiers.
            assert move.from_tier is not None
            assert move.to_tier is not None
            change = {
                "name": name(move.country),
                "before": tier_name(Tier(move.from_tier)),
                "after": tier_name(Tier(move.to_tier)),
            }
            if move.change == str(Change.UP):
                described.append(
                    pgettext("briefing", "%(name)s rose from %(before)s to %(after)s") % change
                )
            elif move.change == str(Change.DOWN):
                described.append(
                    pgettext("briefing", "%(name)s fell from %(before)s to %(after)s") % change
                )
            else:
                described.append(
                    pgettext("briefing", "%(name)s moved from %(before)s to %(after)s") % change
                )
        values["moves"] = "; ".join(described)
        if len(moves) == 1:
            template = pgettext(
                "briefing", "Since the %(year)s report, one member has changed tier: %(moves)s."
            )
        else:
            values["count_words"] = cardinal(len(moves))
            template = pgettext(
                "briefing",
                "Since the %(year)s report, %(count_words)s members have changed tier: %(moves)s.",
            )
        sentences.append(template % values)
    else:
        sentences.append(
            pgettext("briefing", "No member of %(group)s changed tier since the %(year)s report.")
            % values
        )
    if facts.newly_rated:
        sentences.append(
            pgettext("briefing", "The report rates %(names)s for the first time.")
            % {"names": names(facts.newly_rated)}
        )
    if facts.returned:
        sentences.append(
            pgettext(
                "briefing",
                "It rates %(names)s again, after no placement in the %(year)s report.",
            )
            % {**values, "names": names(facts.returned)}
        )
    if facts.unknown_before:
        values["names"] = names(facts.unknown_before)
        if len(facts.unknown_before) == 1:
            template = pgettext(
                "briefing",
                "Our %(year)s data lacks %(names)s, so we cannot say whether it moved.",
            )
        else:
            template = pgettext(
                "briefing",
                "Our %(year)s data lacks %(names)s, so we cannot say whether they moved.",
            )
        sentences.append(template % values)
    return " ".join(sentences)
