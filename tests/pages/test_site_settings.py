"""Whom the site is for comes from the site settings: focus country and home group."""

from __future__ import annotations

from typing import Any

import pytest
from wagtail.models import Site

from tests.tip.factories import CountryFactory, GroupFactory
from tipwatch.members.forms import JoinForm, MemberDetailsForm
from tipwatch.pages.models import SiteSettings
from tipwatch.pages.site_settings import focus_country, home_group_slug

pytestmark = pytest.mark.django_db


def set_site(**values: Any) -> SiteSettings:
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()
    return settings


def test_nothing_set_names_no_place(home: Any) -> None:
    assert focus_country() is None
    assert home_group_slug() is None
    assert JoinForm().fields["alerts_opt_in"].label == (
        "Send me alerts when a new TIP report is published."
    )


def test_the_forms_and_feeds_name_the_focus_country(client: Any, home: Any) -> None:
    chile = CountryFactory.create(iso3="CHL", name="Chile")
    set_site(focus_country=chile, home_group=GroupFactory.create(slug="south-america"))

    assert home_group_slug() == "south-america"
    for form in (JoinForm(), MemberDetailsForm()):
        assert form.fields["alerts_opt_in"].label == (
            "Send me alerts when a new TIP report rates Chile."
        )
    feed = client.get("/news/feed/rss/").content.decode()
    assert "human rights in Chile." in feed
    assert "Peru" not in feed
