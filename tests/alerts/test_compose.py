"""The email links to the briefing for the country and year when one is published, in the
member's language when there is one, and to nothing when the draft is not live."""

from __future__ import annotations

from typing import Any

import pytest

from tests.alerts.factories import FollowerFactory, change_set_touching
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.tip.factories import CountryFactory, GroupFactory
from tipwatch.alerts.compose import Composer
from tipwatch.briefings.models import BriefingDraft

pytestmark = pytest.mark.django_db


def test_the_published_briefing_is_linked_and_an_unpublished_one_is_not(home: Any) -> None:
    peru = CountryFactory.create(iso3="PER", name="Peru")
    bolivia = CountryFactory.create(iso3="BOL", name="Bolivia")
    group = GroupFactory.create(slug="andes")
    index = NewsIndexPageFactory.create(parent=home)
    live = NewsPageFactory.create(parent=index, title="Peru in the 2026 report", slug="peru-2026")
    draft = NewsPageFactory.create(
        parent=index, title="Bolivia draft", slug="bolivia-2026", publish=False
    )
    BriefingDraft.objects.create(country=peru, report_year=2026, group=group, page=live)
    BriefingDraft.objects.create(country=bolivia, report_year=2026, group=group, page=draft)
    member = FollowerFactory.create(follows=["PER", "BOL"])
    change_set = change_set_touching(peru, bolivia)

    message = Composer(change_set, "https://tipwatch.example").message(
        member, list(change_set.entries.order_by("pk").values_list("pk", flat=True))
    )

    body = str(message.body)
    peru_part, bolivia_part = body.split("Bolivia (BOL)")
    assert "Our briefing: https://tipwatch.example/news/peru-2026/" in peru_part
    assert "briefing" not in bolivia_part.split("The 2026 report")[0].lower()
    assert "Country page: https://tipwatch.example/countries/BOL/" in bolivia_part
