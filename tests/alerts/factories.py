from __future__ import annotations

from typing import Any

import factory
from django.utils import timezone

from tests.members.factories import MemberFactory
from tipwatch.members.models import Member, MemberState
from tipwatch.tip.models import Country, Group


class FollowerFactory(MemberFactory):
    """An active member who wants alerts; `follows` (ISO3 codes) and `follows_groups` (slugs)."""

    class Meta:
        skip_postgeneration_save = True

    state = MemberState.ACTIVE
    alerts_opt_in = True
    approved_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def follows(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            assert isinstance(self, Member)
            self.followed_countries.set(Country.objects.filter(iso3__in=list(extracted)))

    @factory.post_generation
    def follows_groups(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            assert isinstance(self, Member)
            self.followed_groups.set(Group.objects.filter(slug__in=list(extracted)))
