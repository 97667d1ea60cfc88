"""Signed, expiring links for confirming an email address and managing a membership.

A token names the member and the email address it was sent to, so a link stops working
when the member is erased or their address changes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from django.core import signing

from .models import Member

CONFIRM_SALT = "tipwatch.members.confirm"
MANAGE_SALT = "tipwatch.members.manage"
CONFIRM_MAX_AGE = 3 * 24 * 60 * 60  # three days
MANAGE_MAX_AGE = 3 * 24 * 60 * 60


class TokenStatus(enum.Enum):
    VALID = "valid"
    EXPIRED = "expired"
    INVALID = "invalid"


@dataclass(frozen=True)
class TokenResult:
    status: TokenStatus
    member: Member | None = None


def make_token(member: Member, salt: str, signer_class: type = signing.TimestampSigner) -> str:
    signer = signer_class(salt=salt)
    return signer.sign_object({"m": member.pk, "e": member.email}, compress=False)


def read_token(token: str, salt: str, max_age: int) -> TokenResult:
    signer = signing.TimestampSigner(salt=salt)
    status = TokenStatus.VALID
    try:
        payload = signer.unsign_object(token, max_age=max_age)
    except signing.SignatureExpired:
        # Genuine but too old: still say whose it was, so a fresh link can be sent.
        status = TokenStatus.EXPIRED
        try:
            payload = signer.unsign_object(token)
        except signing.BadSignature:
            return TokenResult(TokenStatus.INVALID)
    except signing.BadSignature:
        return TokenResult(TokenStatus.INVALID)
    if not isinstance(payload, dict) or not isinstance(payload.get("m"), int):
        return TokenResult(TokenStatus.INVALID)
    member_pk: int = payload["m"]
    member = (
        Member.objects.select_related("membership_type")
        .filter(pk=member_pk, email=str(payload.get("e", "")))
        .first()
    )
    if member is None:
        return TokenResult(TokenStatus.INVALID)
    return TokenResult(status, member)
