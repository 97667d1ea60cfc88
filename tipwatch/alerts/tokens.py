"""The signed link in every alert that stops alerts in one click (RFC 8058).

It names the member and the address it was sent to, and does not expire: an old alert's
unsubscribe link must still work. It can do one thing only, turn alerts off.
"""

from __future__ import annotations

from django.core import signing

from tipwatch.members.models import Member

UNSUBSCRIBE_SALT = "tipwatch.alerts.unsubscribe"


def unsubscribe_token(member: Member) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object({"m": member.pk, "e": member.email})


def member_for(token: str) -> Member | None:
    try:
        payload = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
    except (signing.BadSignature, ValueError, UnicodeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("m"), int):
        return None
    return Member.objects.filter(pk=payload["m"], email=str(payload.get("e", ""))).first()
