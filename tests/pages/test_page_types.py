"""Page types: where each may be created, and creating each through Wagtail's admin."""

from __future__ import annotations

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.news.factories import NewsIndexPageFactory
from tests.pages.factories import HomePageFactory
from tipwatch.members.models import JoinPage
from tipwatch.news.models import NewsIndexPage, NewsPage
from tipwatch.pages.models import HomePage, StandardPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_goes_under_the_root_only(self) -> None:
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {StandardPage, NewsIndexPage, JoinPage})

    def test_standard_pages_nest(self) -> None:
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_news(self) -> None:
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)

    def test_join_page(self) -> None:
        self.assertAllowedParentPageTypes(JoinPage, {HomePage})
        self.assertAllowedSubpageTypes(JoinPage, set())


class AdminCreationTests(WagtailPageTestCase):
    def setUp(self) -> None:
        self.user = self.login()
        self.home = HomePageFactory.create()

    def test_only_one_home_page(self) -> None:
        root = Page.get_first_root_node()
        assert not HomePage.can_create_at(root)

    def test_create_home_page_when_none_exists(self) -> None:
        Site.objects.update(root_page=Page.objects.get(depth=2, slug="home"))
        self.home.delete()
        root = Page.get_first_root_node()
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data(
                {
                    "title": "New home",
                    "slug": "new-home",
                    "intro": rich_text("<p>Hi</p>"),
                    "join_heading": "Join",
                    "join_text": "",
                }
            ),
        )

    def test_create_standard_page(self) -> None:
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Our aims",
                    "intro": "What we want.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Aims", "level": "h2"}),
                            ("paragraph", rich_text("<p>To support human rights.</p>")),
                            ("quote", {"quote": "Quoted", "attribution": "Someone"}),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="our-aims")
        assert page.live
        assert [block.block_type for block in page.body] == ["heading", "paragraph", "quote"]

    def test_create_news_index_and_article(self) -> None:
        self.assertCanCreate(
            self.home,
            NewsIndexPage,
            nested_form_data({"title": "All news", "slug": "news", "intro": rich_text("")}),
        )
        index = NewsIndexPage.objects.get()
        self.assertCanCreate(
            index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Peru in 2015",
                    "date": "2015-07-30",
                    "summary": "Peru was on Tier 2.",
                    "topics": "TIP Report, Peru",
                    "listing_image_alt": "",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Text.</p>")),
                            ("pull_quote", {"quote": "Words", "attribution": "A person"}),
                            (
                                "source",
                                {"report_year": "2015", "page": "283", "quote": "", "url": ""},
                            ),
                        ]
                    ),
                }
            ),
        )
        article = NewsPage.objects.get(slug="peru-in-2015")
        assert sorted(t.name for t in article.topics.all()) == ["Peru", "TIP Report"]
        assert article.body[2].value["report_year"] == 2015

    def test_create_join_page(self) -> None:
        self.assertCanCreate(
            self.home,
            JoinPage,
            nested_form_data(
                {
                    "title": "Why join",
                    "intro": rich_text("<p>Join.</p>"),
                    "privacy_notice_version": "1",
                    "thank_you_text": rich_text(""),
                }
            ),
        )

    def test_home_page_is_renderable_and_editable(self) -> None:
        NewsIndexPageFactory(parent=self.home)
        self.assertPageIsRenderable(self.home)
        self.assertPageIsEditable(self.home)
