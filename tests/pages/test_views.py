"""The home and standing pages, site settings, metadata, errors, robots and the sitemap."""

from __future__ import annotations

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from wagtail.models import Site
from wagtail.rich_text import RichText

from tests.html import attr, css, one
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import (
    CountryFactory,
    ImageFactory,
    PlacementFactory,
    ReportFactory,
    StandardPageFactory,
)
from tipwatch.pages.models import NavigationSettings, SiteSettings

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def news(home):
    index = NewsIndexPageFactory(parent=home)
    articles = [
        NewsPageFactory(parent=index, title=f"Story {n}", date=datetime.date(2024, 1, n + 1))
        for n in range(5)
    ]
    return index, articles


@pytest.fixture
def focus_peru(home):
    peru = CountryFactory()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.focus_country = peru
    site_settings.save()
    return peru


class TestHomePage:
    def test_latest_three_news_newest_first(self, client, news):
        response = client.get("/")
        assert response.status_code == 200
        titles = [a.get_text() for a in soup(response).select(".latest-news .card__title a")]
        assert titles == ["Story 4", "Story 3", "Story 2"]
        assert one(soup(response), "a", string="All news")["href"] == "/news/"

    def test_unpublished_news_not_shown(self, client, news):
        index, _ = news
        NewsPageFactory(parent=index, title="Draft", date=datetime.date(2030, 1, 1), publish=False)
        assert b"Draft" not in client.get("/").content

    def test_tier_card_without_data(self, client, home):
        response = client.get("/")
        card = css(soup(response), ".tier-card")
        assert "No data loaded" in card.get_text()

    def test_tier_card_focus_country_without_placements(self, client, focus_peru):
        card = css(soup(client.get("/")), ".tier-card")
        assert "No data loaded" in card.get_text()
        assert "Peru" in card.get_text()

    def test_tier_card_shows_latest_tier_and_year(self, client, focus_peru):
        PlacementFactory(country=focus_peru, report=ReportFactory(year=2014), tier="2")
        PlacementFactory(country=focus_peru, report=ReportFactory(year=2016), tier="1")
        card = css(soup(client.get("/")), ".tier-card")
        text = " ".join(card.get_text().split())
        assert "Peru in the 2016 TIP Report" in text
        assert "Tier 1" in text
        assert "partial data" not in text.lower()

    def test_tier_card_links_to_the_explorer_report_page(self, client, focus_peru):
        PlacementFactory(country=focus_peru, report=ReportFactory(year=2016), tier="1")
        card = css(soup(client.get("/")), ".tier-card")
        assert one(card, "a")["href"] == "/reports/2016/"

    def test_tier_card_says_partial_data(self, client, focus_peru):
        report = ReportFactory(year=2017, coverage="partial")
        PlacementFactory(country=focus_peru, report=report, tier="2WL")
        text = " ".join(css(soup(client.get("/")), ".tier-card").get_text().split())
        assert "Tier 2 Watch List" in text
        assert "2017 (partial data)" in text
        assert "Partial data:" in text

    def test_tier_card_notes_newer_report_without_placement(self, client, focus_peru):
        PlacementFactory(country=focus_peru, report=ReportFactory(year=2015), tier="2")
        ReportFactory(year=2016)
        text = " ".join(css(soup(client.get("/")), ".tier-card").get_text().split())
        assert "Peru in the 2015 TIP Report" in text
        assert "no placement for Peru in the 2016 report" in text

    def test_call_to_join(self, client, home):
        from tests.members.factories import JoinPageFactory

        join = JoinPageFactory(parent=home)
        home.join_page = join
        home.save_revision().publish()
        link = one(soup(client.get("/")), "a", string="Become a member")
        assert link["href"] == "/join/"

    def test_query_count_is_bounded(self, client, news, focus_peru, django_assert_max_num_queries):
        index, _ = news
        image = ImageFactory()
        for n in range(3):
            NewsPageFactory(
                parent=index,
                date=datetime.date(2025, 1, n + 1),
                listing_image=image,
                topics=["TIP Report", f"Topic {n}"],
            )
        PlacementFactory(country=focus_peru, report=ReportFactory(year=2015))
        client.get("/")  # renditions are made on first view
        from django.core.cache import cache

        cache.clear()
        with django_assert_max_num_queries(25):
            response = client.get("/")
        assert response.status_code == 200
        assert response["X-Tipwatch-Cache"] == "miss"


class TestPageCache:
    def test_second_view_is_served_from_cache(self, client, news, django_assert_max_num_queries):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as first_queries:
            first = client.get("/news/")
        assert first["X-Tipwatch-Cache"] == "miss"
        # Only finding the site, routing to the page and reading the content version (kept in
        # the database so that every worker sees a publish); the page comes from the cache.
        with django_assert_max_num_queries(7):
            second = client.get("/news/")
        assert len(first_queries) > 10
        assert second["X-Tipwatch-Cache"] == "hit"
        assert second.content == first.content

    def test_publishing_an_article_shows_it_at_once(self, client, news):
        index, _ = news
        assert client.get("/")["X-Tipwatch-Cache"] == "miss"
        assert client.get("/")["X-Tipwatch-Cache"] == "hit"
        assert client.get("/news/")["X-Tipwatch-Cache"] == "miss"
        NewsPageFactory(parent=index, title="Breaking story", date=datetime.date(2026, 5, 1))
        home_response = client.get("/")
        assert home_response["X-Tipwatch-Cache"] == "miss"
        assert soup(home_response).select(".latest-news .card__title a")[0].get_text() == (
            "Breaking story"
        )
        news_titles = [a.get_text() for a in soup(client.get("/news/")).select(".card__title a")]
        assert news_titles[0] == "Breaking story"

    def test_unpublishing_removes_it_at_once(self, client, news):
        _, articles = news
        assert b"Story 4" in client.get("/").content
        articles[4].unpublish()
        assert b"Story 4" not in client.get("/").content
        assert b"Story 4" not in client.get("/news/").content

    def test_logged_in_editors_are_not_served_cached_pages(self, client, news, admin_user):
        client.get("/")
        client.force_login(admin_user)
        response = client.get("/")
        assert "X-Tipwatch-Cache" not in response

    def test_settings_change_invalidates(self, client, home):
        client.get("/")
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.site_name = "Renamed group"
        site_settings.save()
        assert b"Renamed group" in client.get("/").content


class TestStandardPage:
    def test_renders_body_blocks(self, client, home):
        image = ImageFactory(title="Machu Picchu")
        page = StandardPageFactory.create(
            parent=home,
            title="Our aims",
            body=[
                ("heading", {"text": "What we do", "level": "h2"}),
                ("paragraph", RichText("<p>We <b>support</b> rights.</p>")),
                ("image", {"image": image, "alt_text": "Ruins on a ridge", "caption": "The site"}),
                ("quote", {"quote": "Nothing about us without us.", "attribution": "Partners"}),
            ],
        )
        response = client.get(page.url)
        assert response.status_code == 200
        html = soup(response)
        assert one(html, "h1").get_text() == "Our aims"
        assert html.find("h2", string="What we do")
        assert css(html, ".rich-text b").get_text() == "support"
        figure = css(html, "figure.figure")
        assert one(figure, "img")["alt"] == "Ruins on a ridge"
        assert "The site" in one(figure, "figcaption").get_text()
        assert css(html, ".quote figcaption").get_text() == "Partners"
        crumbs = html.select(".breadcrumbs a")
        assert crumbs[0]["href"] == "/"


class TestLayoutAndMeta:
    def test_landmarks_skip_link_and_assets_are_local(self, client, home):
        html = soup(client.get("/"))
        assert one(html, "html")["lang"] == "en-GB"
        skip = one(html, "a", class_="skip-link")
        assert skip["href"] == "#main"
        assert html.find("main", id="main")
        assert html.find("header")
        assert html.find("footer")
        assert html.find("nav", attrs={"aria-label": "Main"})
        assert one(html, "form", attrs={"role": "search"}).find("label")
        for tag in html.find_all(["link", "script", "img"]):
            url = tag.get("href") or tag.get("src") or ""
            assert isinstance(url, str), url
            if tag.name == "link" and tag.get("rel") in (["canonical"], ["alternate"]):
                continue
            assert not re.match(r"^(https?:)?//", url), f"external asset {url}"

    def test_navigation_and_footer_come_from_settings(self, client, home):
        about = StandardPageFactory(parent=home, title="About us", slug="about")
        nav = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
        nav.primary_links = [
            ("link", {"label": "About", "page": about, "url": ""}),
            ("link", {"label": "Elsewhere", "page": None, "url": "https://example.org/"}),
        ]
        nav.footer_text = "<p>Registered in England.</p>"
        nav.footer_links = [("link", {"label": "Privacy", "page": about, "url": ""})]
        nav.save()
        html = soup(client.get("/about/"))
        links = [(a.get_text(), a["href"]) for a in html.select(".site-nav a")]
        assert links == [("About", "/about/"), ("Elsewhere", "https://example.org/")]
        assert css(html, ".site-nav a")["aria-current"] == "page"
        assert "Registered in England." in one(html, "footer").get_text()
        assert css(html, "footer nav a").get_text() == "Privacy"

    def test_canonical_open_graph_and_twitter(self, client, news):
        _, articles = news
        article = articles[0]
        article.listing_image = ImageFactory()
        article.search_description = ""
        article.save_revision().publish()
        html = soup(client.get(article.url))

        def meta(key: str) -> str:
            tag = html.find("meta", attrs={"property": key}) or html.find(
                "meta", attrs={"name": key}
            )
            assert tag is not None, f"no meta tag for {key!r}"
            return attr(tag, "content")

        assert one(html, "link", rel="canonical")["href"] == article.full_url
        assert meta("og:title") == article.title
        assert meta("og:description") == article.summary
        assert meta("description") == article.summary
        assert meta("og:type") == "article"
        assert meta("og:image").startswith("http://testserver/media/images/")
        assert meta("twitter:card") == "summary_large_image"
        assert meta("twitter:title") == article.title

    def test_search_description_wins_for_description(self, client, home):
        page = StandardPageFactory.create(parent=home, search_description="Chosen words.")
        html = soup(client.get(page.url))
        assert one(html, "meta", attrs={"property": "og:description"})["content"] == (
            "Chosen words."
        )

    def test_feed_autodiscovery(self, client, home):
        html = soup(client.get("/"))
        alternates = {
            link["type"]: link["href"] for link in html.find_all("link", rel="alternate", type=True)
        }
        assert alternates == {
            "application/rss+xml": "/news/feed/rss/",
            "application/atom+xml": "/news/feed/atom/",
        }


class TestErrorsRobotsSitemap:
    def test_404_uses_site_template(self, client, home):
        response = client.get("/no-such-page/")
        assert response.status_code == 404
        assert b"Page not found" in response.content
        assert b"skip-link" in response.content

    def test_500_template_is_plain(self, django_assert_num_queries):
        with django_assert_num_queries(0):
            html = render_to_string("500.html")
        assert "Sorry, something went wrong" in html
        assert "{%" not in html
        assert "<link" not in html  # no stylesheet that might fail to load

    def test_robots_points_at_sitemap(self, client, home):
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/plain")
        assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
        assert "Disallow: /admin/" in response.content.decode()

    def test_sitemap_lists_live_pages(self, client, news):
        index, articles = news
        NewsPageFactory(parent=index, title="Hidden draft", publish=False)
        response = client.get("/sitemap.xml")
        assert response.status_code == 200
        from xml.etree import ElementTree

        namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        root = ElementTree.fromstring(response.content)
        locations = [loc.text for loc in root.findall("sm:url/sm:loc", namespace)]
        assert "http://localhost/news/" in locations
        assert f"http://localhost{articles[0].url}" in locations
        assert not any(loc and "hidden-draft" in loc for loc in locations)
