"""A visitor reads the news, follows a topic, and joins, confirming through the email."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.management import call_command

from tipwatch.members.models import Member, MemberState

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_visitor_reads_news_and_joins(live_server, page, shoot):
    call_command("load_demo_site", verbosity=0)

    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Human rights and development in Peru"
    assert "No data loaded" in page.locator(".tier-card").inner_text()
    assert page.locator(".latest-news .card").count() == 3
    # The stylesheet is served by the site itself.
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")
    shoot(page, "01-home")

    # Keyboard users get a skip link first.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"

    page.get_by_role("link", name="All news").click()
    page.wait_for_url("**/news/")
    titles = page.locator(".cards .card__title a").all_inner_texts()
    assert titles[0] == "Our annual general meeting"
    shoot(page, "02-all-news")

    page.get_by_role("link", name="Peru in the 2015 TIP Report: Tier 2").click()
    page.wait_for_url("**/news/peru-tip-report-2015/")
    assert "Chile alone was on Tier 1" in page.locator("article").inner_text()
    shoot(page, "03-article")

    page.locator(".article-topics").get_by_role("link", name="Latin America").click()
    page.wait_for_url(re.compile(r".*/news/\?topic=latin-america$"))
    assert page.locator(".cards .card__title a").all_inner_texts() == [
        "Peru in the 2015 TIP Report: Tier 2"
    ]
    shoot(page, "04-topic")

    page.locator(".site-nav").get_by_role("link", name="Join").click()
    page.wait_for_url("**/join/")
    # Submitting an incomplete form shows errors and keeps what was typed.
    page.get_by_label("Name").fill("Ana Quispe")
    page.get_by_role("button", name="Join").click()
    assert (
        "Please confirm you agree to the privacy notice."
        in page.locator(".error-summary").inner_text()
    )
    assert page.get_by_label("Name").input_value() == "Ana Quispe"
    shoot(page, "05-join-errors")

    page.get_by_label("Email").fill("ana@example.org")
    page.get_by_label("Individual: £30.00 a year").check()
    page.get_by_label("I have read the privacy notice").check()
    page.get_by_label("Send me alerts").check()
    page.get_by_role("button", name="Join").click()
    page.wait_for_url("**/join/thanks/")
    assert page.locator("h1").inner_text() == "Check your email"
    shoot(page, "06-join-thanks")

    member = Member.objects.get(email="ana@example.org")
    assert member.state == MemberState.PENDING
    assert member.alerts_opt_in
    assert not member.newsletter_opt_in
    assert len(mail.outbox) == 1
    body = str(mail.outbox[0].body)
    found = re.search(r"(http://\S+/members/confirm/\S+/)", body)
    assert found, body
    link = found.group(1)
    assert link.startswith(live_server.url)

    page.goto(link)
    assert page.locator("h1").inner_text() == "Confirm your email address"
    member.refresh_from_db()
    assert member.state == MemberState.PENDING
    page.get_by_role("button", name="Confirm my email address").click()
    assert page.locator("h1").inner_text() == "Email address confirmed"
    shoot(page, "07-confirmed")
    member.refresh_from_db()
    assert member.state == MemberState.CONFIRMED

    page.goto(link)
    assert page.locator("h1").inner_text() == "Already confirmed"
