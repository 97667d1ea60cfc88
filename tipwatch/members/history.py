"""Each change of a member's state, kept in Wagtail's log so the member's History shows it.

The log entry names the step and who took it (a staff user, or nobody when the member or a
scheduled task did). Erasing a member, at their request, deletes these entries with the record
and leaves one entry of its own, "erased at the member's request", that names no one: its label
is the record's number, not the name or email, and its data only the state the record was in.
Purging never-confirmed sign-ups leaves only a line in the server log.
"""

from __future__ import annotations

from typing import Any

from wagtail.log_actions import log

from .models import Member

STATE_ACTIONS: dict[str, str] = {
    "tipwatch.member.confirm": "The member confirmed their email address",
    "tipwatch.member.approve": "Approved: the membership is active",
    "tipwatch.member.cancel": "The member cancelled their membership",
    "tipwatch.member.rejoin": "The member asked to rejoin",
    "tipwatch.member.lapse": "The membership lapsed: renewal was due",
    "tipwatch.member.erase": "Erased at the member's request",
}
ERASED_LABEL = "Member {pk} (erased)"


def log_state_change(member: Member, action: str, user: Any = None, **data: Any) -> None:
    if action not in STATE_ACTIONS:
        raise ValueError(f"unknown member action {action!r}")
    staff = user if getattr(user, "is_authenticated", False) else None
    log(member, action, user=staff, data={"state": member.state, **data})


def log_erasure(member: Member) -> None:
    """Log the erase request against the record about to be deleted, under a label that
    identifies no one (Wagtail would otherwise store the member's name and email as the label)."""
    log(
        member,
        "tipwatch.member.erase",
        title=ERASED_LABEL.format(pk=member.pk),
        data={"state": member.state},
        deleted=True,
    )


def register_state_actions(actions: Any) -> None:
    for action, message in STATE_ACTIONS.items():
        actions.register_action(action, message, f"{message}.")
