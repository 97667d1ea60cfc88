from __future__ import annotations

from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from tests.pages.factories import PageFactory
from tipwatch.members.models import JoinPage, Member, MembershipType


class MembershipTypeFactory(DjangoModelFactory[MembershipType]):
    class Meta:
        model = MembershipType
        django_get_or_create = ("slug",)

    name = "Individual"
    slug = factory.LazyAttribute(lambda o: o.name.lower())
    annual_fee = Decimal("30.00")
    description = "For one person."
    active = True


class MemberFactory(DjangoModelFactory[Member]):
    class Meta:
        model = Member

    name = factory.Sequence(lambda n: f"Member {n}")
    email = factory.Sequence(lambda n: f"member{n}@example.org")
    membership_type = factory.SubFactory(MembershipTypeFactory)
    consent_at = factory.LazyFunction(timezone.now)
    privacy_notice_version = "1"


class JoinPageFactory(PageFactory[JoinPage]):
    class Meta:
        model = JoinPage

    title = "Why join"
    slug = "join"
    intro = "<p>Join us.</p>"
    privacy_notice_version = "2026-1"
