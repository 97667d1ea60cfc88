"""The admin screens: draft a briefing, and check the facts of a news page."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from wagtail.rich_text import RichText

from tests.news.factories import NewsPageFactory
from tipwatch.briefings.models import BriefingDraft
from tipwatch.news.models import NewsPage

pytestmark = pytest.mark.usefixtures("tip_data")

DRAFT_URL = "/admin/briefings/draft/"


def post_draft(client: Client, **overrides: str) -> Any:
    data = {"country": "PER", "year": "2015", "group": "latin-america", "lang": "en"}
    data.update(overrides)
    return client.post(DRAFT_URL, data)


def test_the_draft_form_takes_the_country_from_the_address(
    admin_client: Client, news_index: Any
) -> None:
    from wagtail.models import Site

    from tipwatch.pages.models import SiteSettings
    from tipwatch.tip.models import Group

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.home_group = Group.objects.get(slug="latin-america")  # the group comes from here
    settings.save()
    response = admin_client.get(DRAFT_URL, {"country": "per"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<option value="PER" selected>Peru</option>' in html
    assert '<option value="latin-america" selected>' in html


def test_drafting_opens_the_editor_and_drafting_again_adds_a_revision(
    admin_client: Client, news_index: Any
) -> None:
    response = post_draft(admin_client)
    page = NewsPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live

    post_draft(admin_client)
    assert NewsPage.objects.count() == 1
    assert page.revisions.count() == 2
    listing = admin_client.get(DRAFT_URL).content.decode()
    assert "Recent briefing drafts" in listing
    assert page.title in listing


def test_the_editor_opens_with_the_briefing(admin_client: Client, news_index: Any) -> None:
    response = admin_client.get(post_draft(admin_client)["Location"])
    html = response.content.decode()
    assert response.status_code == 200
    assert "Peru stays on Tier 2 in the 2015 TIP Report" in html
    assert 'name="action-check-facts"' in html
    assert reverse("briefings_check", args=[NewsPage.objects.get().pk]) in html


def test_a_briefing_that_cannot_be_written_is_shown_and_nothing_is_saved(
    admin_client: Client, news_index: Any, remove_from_data: Any
) -> None:
    remove_from_data(("ARG", 2016))
    response = post_draft(admin_client, country="ARG", year="2016")
    assert response.status_code == 200
    assert "holds no placement for Argentina" in response.content.decode()
    assert not NewsPage.objects.exists()
    assert not BriefingDraft.objects.exists()


def test_bad_form_input_saves_nothing(admin_client: Client, news_index: Any) -> None:
    response = post_draft(admin_client, country="XYZ", year="1990")
    assert response.status_code == 200
    assert response.context["form"].errors.keys() >= {"country", "year"}
    assert not NewsPage.objects.exists()


def test_without_a_news_index_the_form_says_so(admin_client: Client, home: Any) -> None:
    response = admin_client.get(DRAFT_URL)
    assert "no news index page" in response.content.decode()
    assert post_draft(admin_client).status_code == 200
    assert not BriefingDraft.objects.exists()


def test_the_menu_links_to_the_draft_form(admin_client: Client, news_index: Any) -> None:
    assert DRAFT_URL in admin_client.get("/admin/").content.decode()


ARTICLE_BODY = (
    "<p>The 2015 report keeps Peru on Tier 2 for the ninth consecutive year.</p>"
    "<p>Only Bolivia, Costa Rica and Venezuela are ranked below Tier 2 in Latin America.</p>"
    "<p>In the 2016 report, Argentina se mantiene en el Nivel 2.</p>"
)


@pytest.fixture
def article(news_index: Any) -> NewsPage:
    page: NewsPage = NewsPageFactory.create(
        parent=news_index,
        title="Peru and its neighbours",
        body=[("paragraph", RichText(ARTICLE_BODY))],
        topics=["2015"],
    )
    return page


def test_the_check_view_shows_each_verdict(
    admin_client: Client, article: NewsPage, remove_from_data: Any
) -> None:
    remove_from_data(("ARG", 2016))
    response = admin_client.get(reverse("briefings_check", args=[article.pk]))
    html = response.content.decode()

    assert response.status_code == 200
    result = response.context["result"]
    verdicts = [(c.claim.text, str(c.verdict)) for c in result.claims]
    assert verdicts == [
        ("keeps Peru on Tier 2 for the ninth consecutive year", "supported"),
        (
            "Only Bolivia, Costa Rica and Venezuela are ranked below Tier 2 in Latin America",
            "contradicted",
        ),
        ("Argentina se mantiene en el Nivel 2", "not_covered"),
    ]
    assert "1 supported, 1 contradicted, 1 not covered by our data; 0 sentences not checked" in (
        html
    )
    assert "data-fact-check-failed" in html
    assert "Cuba and Haiti are also below Tier 2" in html
    assert "Latin America and the Caribbean" in html
    assert 'class="verdict-contradicted"' in html


def test_the_check_reads_the_latest_draft_not_the_live_page(
    admin_client: Client, article: NewsPage
) -> None:
    draft = article.get_latest_revision_as_object()
    draft.body = [("paragraph", RichText("<p>Peru was downgraded to Tier 3.</p>"))]
    draft.save_revision()

    result = admin_client.get(reverse("briefings_check", args=[article.pk])).context["result"]
    assert [(c.claim.text, str(c.verdict)) for c in result.claims] == [
        ("Peru was downgraded to Tier 3", "contradicted")
    ]


def test_the_check_year_can_be_changed(admin_client: Client, article: NewsPage) -> None:
    draft = article.get_latest_revision_as_object()
    draft.body = [("paragraph", RichText("<p>Haiti is on Tier 3.</p>"))]
    draft.save_revision()
    url = reverse("briefings_check", args=[article.pk])

    assert admin_client.get(url).context["result"].claims[0].verdict == "contradicted"
    checked = admin_client.get(url, {"year": "2016"}).context["result"].claims[0]
    assert (checked.year, checked.verdict) == (2016, "supported")


def test_saving_with_the_check_action_opens_the_check(
    admin_client: Client, article: NewsPage
) -> None:
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    form = admin_client.get(edit_url).context["form"]
    data = {
        **{k: v for k, v in form.initial.items() if isinstance(v, str | int)},
        "title": article.title,
        "slug": article.slug,
        "date": "2015-07-30",
        "summary": "Checked.",
        "topics": "2015",
        "body-count": "1",
        "body-0-type": "paragraph",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "p1",
        "body-0-value": '{"blocks":[{"key":"a","text":"Peru is on Tier 1.","type":"unstyled",'
        '"depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-check-facts": "Save draft and check facts",
    }
    response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    assert response["Location"] == reverse("briefings_check", args=[article.pk])
    result = admin_client.get(response["Location"]).context["result"]
    assert [(c.claim.text, str(c.verdict)) for c in result.claims] == [
        ("Peru is on Tier 1", "contradicted")
    ]


def test_the_check_needs_edit_permission(
    client: Client, article: NewsPage, django_user_model: Any
) -> None:
    user = django_user_model.objects.create_user("reader", "reader@example.org", "pw-12345678")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail turns PermissionDenied into a redirect to the dashboard with a message.
    for url in (reverse("briefings_check", args=[article.pk]), DRAFT_URL):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_a_page_without_claims(admin_client: Client, news_index: Any) -> None:
    page = NewsPageFactory.create(parent=news_index, title="Our annual meeting")
    html = admin_client.get(reverse("briefings_check", args=[page.pk])).content.decode()
    assert "No tier claims were found" in html


def test_the_check_view_lists_the_tier_sentences_it_could_not_check(
    admin_client: Client, news_index: Any
) -> None:
    page = NewsPageFactory.create(
        parent=news_index,
        title="Reshuffle",
        body=[
            (
                "paragraph",
                RichText("<p>Peru stays on Tier 2. The tiers were reshuffled this year.</p>"),
            )
        ],
        topics=["2015"],
    )
    html = admin_client.get(reverse("briefings_check", args=[page.pk])).content.decode()

    assert "not checked: \u201cThe tiers were reshuffled this year.\u201d" in html
    assert "1 sentence not checked" in html
    assert "data-fact-check-failed" not in html


def test_the_check_of_a_spanish_text_explains_in_spanish(
    admin_client: Client, news_index: Any
) -> None:
    page = NewsPageFactory.create(
        parent=news_index,
        title="Perú en el informe",
        body=[
            (
                "paragraph",
                RichText(
                    "<p>Perú se mantiene en el Nivel 2. Chile está en el Nivel 3. Los niveles se "
                    "reorganizaron por completo este año.</p>"
                ),
            )
        ],
        topics=["2015"],
    )
    html = admin_client.get(reverse("briefings_check", args=[page.pk])).content.decode()

    assert '<p lang="es">Perú está en el Nivel 2 en el informe de 2015, como en 2014.</p>' in html
    assert '<p lang="es">Chile está en el Nivel 1 en el informe de 2015.</p>' in html
    assert "Perú, 2015: Nivel 2 &mdash; " in html
    assert (
        "<li data-not-checked>no comprobado: «Los niveles se reorganizaron por completo este "
        in (html)
    )
    assert "data-fact-check-failed" in html


def test_the_check_of_a_spanish_briefing_draft_explains_in_spanish(
    admin_client: Client, news_index: Any
) -> None:
    post_draft(admin_client, lang="es")
    page = NewsPage.objects.get()
    response = admin_client.get(reverse("briefings_check", args=[page.pk]))
    result = response.context["result"]

    assert result.lang == "es"
    assert not result.contradicted
    assert result.claims[0].explanation == (
        "Perú está en el Nivel 2 en el informe de 2015, como en 2014."
    )
    # The language chosen on the screen wins: English claims are read, and explained in English.
    english = admin_client.get(
        reverse("briefings_check", args=[page.pk]), {"year": "2015", "lang": "en"}
    ).context["result"]
    assert english.lang == "en"
