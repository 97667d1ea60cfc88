"""The site in English and Spanish: lang, hreflang alternates, the language switcher, the
chrome, feeds and the sitemap in each language."""

from __future__ import annotations

from xml.etree import ElementTree

from bs4 import BeautifulSoup
from wagtail.test.utils import WagtailPageTestCase

from tests.html import attr, css, one
from tests.pages.bilingual import bilingual_site

SITEMAP = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def html(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def alternates(page: BeautifulSoup) -> dict[str, str]:
    links = page.select("link[rel=alternate][hreflang]")
    return {attr(link, "hreflang"): attr(link, "href") for link in links}


def switcher(page: BeautifulSoup) -> dict[str, str]:
    """The switcher's links by language (the current language is not a link)."""
    return {
        attr(link, "hreflang"): attr(link, "href") for link in page.select(".language-switcher a")
    }


class SpanishPagesTests(WagtailPageTestCase):
    def setUp(self) -> None:
        self.site = bilingual_site()

    def test_spanish_home_answers_in_spanish(self) -> None:
        response = self.client.get("/es/")
        page = html(response)
        assert attr(one(page, "html"), "lang") == "es"
        assert response["Content-Language"] == "es"
        assert one(page, "h1").get_text() == "Derechos humanos en el Perú"
        assert "Últimas noticias" in page.get_text()
        assert css(page, ".skip-link").get_text() == "Saltar al contenido principal"
        # The home lists the Spanish articles, not the English ones.
        titles = [title.get_text(strip=True) for title in page.select(".card__title")]
        assert titles == ["El Perú en el informe 2015"]

    def test_english_home_keeps_british_english(self) -> None:
        page = html(self.client.get("/"))
        assert attr(one(page, "html"), "lang") == "en-GB"
        assert "Latest news" in page.get_text()

    def test_hreflang_both_ways(self) -> None:
        english = alternates(html(self.client.get("/")))
        spanish = alternates(html(self.client.get("/es/")))
        expected = {
            "en-GB": "http://testserver/",
            "es": "http://testserver/es/",
            "x-default": "http://testserver/",
        }
        assert english == spanish == expected
        article = self.site.article.url
        es_article = self.site.es_article.url
        assert es_article == "/es/noticias/peru-2015/"
        assert alternates(html(self.client.get(es_article))) == {
            "en-GB": f"http://testserver{article}",
            "es": f"http://testserver{es_article}",
            "x-default": f"http://testserver{article}",
        }

    def test_untranslated_page_names_no_spanish_equivalent(self) -> None:
        page = html(self.client.get(self.site.untranslated.url))
        assert set(alternates(page)) == {"en-GB", "x-default"}
        # The switcher still offers Spanish: the Spanish home page.
        assert switcher(page) == {"es": "/es/"}

    def test_switcher_keeps_the_visitor_on_the_same_page(self) -> None:
        pairs = [
            ("/", "/es/"),
            (self.site.about.url, self.site.es_about.url),
            (self.site.news.url, self.site.es_news.url),
            (self.site.article.url, self.site.es_article.url),
        ]
        for english, spanish in pairs:
            assert switcher(html(self.client.get(english))) == {"es": spanish}, english
            assert switcher(html(self.client.get(spanish))) == {"en-GB": english}, spanish
        current = css(html(self.client.get("/es/")), ".language-switcher [aria-current]")
        assert current.get_text() == "Español"

    def test_switcher_on_other_views_keeps_the_address_and_query(self) -> None:
        page = html(self.client.get("/es/search/?q=peru"))
        assert attr(one(page, "html"), "lang") == "es"
        assert switcher(page) == {"en-GB": "/search/?q=peru"}
        assert switcher(html(self.client.get("/search/?q=peru"))) == {"es": "/es/search/?q=peru"}

    def test_chrome_in_each_language(self) -> None:
        spanish = html(self.client.get("/es/"))
        nav = [(a.get_text(), attr(a, "href")) for a in spanish.select(".site-nav a")]
        # A page link takes the page's translation and its title; an address its Spanish label.
        assert nav == [("Nuestros fines", "/es/nuestros-fines/"), ("Datos TIP", "/es/explorer/")]
        assert "Un grupo en el Reino Unido." in css(spanish, ".site-footer").get_text()
        english = html(self.client.get("/"))
        nav = [(a.get_text(), attr(a, "href")) for a in english.select(".site-nav a")]
        assert nav == [("Our aims", "/about/"), ("TIP data", "/explorer/")]
        assert "A group in the UK." in css(english, ".site-footer").get_text()

    def test_breadcrumbs_and_dates_in_spanish(self) -> None:
        page = html(self.client.get(self.site.es_article.url))
        crumbs = [a.get_text() for a in page.select(".breadcrumbs a")]
        assert crumbs == ["Inicio", "Todas las noticias"]
        assert css(page, "time").get_text() == "30 de julio de 2015"

    def test_feeds_carry_each_language_articles(self) -> None:
        spanish = self.client.get("/es/news/feed/rss/").content.decode()
        assert "El Perú en el informe 2015" in spanish
        assert "Peru in the 2015 report" not in spanish
        assert ": noticias</title>" in spanish
        assert "<language>es</language>" in spanish
        english = self.client.get("/news/feed/rss/").content.decode()
        assert "Peru in the 2015 report" in english
        assert "El Perú" not in english

    def test_sitemap_lists_both_languages_with_alternates(self) -> None:
        response = self.client.get("/sitemap.xml")
        assert response.status_code == 200
        root = ElementTree.fromstring(response.content)
        urls = {
            url.findtext("sm:loc", namespaces=SITEMAP): {
                link.get("hreflang"): link.get("href")
                for link in url.findall("x:link", namespaces=SITEMAP)
            }
            for url in root.findall("sm:url", namespaces=SITEMAP)
        }
        article = f"http://localhost{self.site.article.url}"
        es_article = f"http://localhost{self.site.es_article.url}"
        assert {"http://localhost/", "http://localhost/es/", article, es_article} <= set(urls)
        assert urls[es_article] == {"en-GB": article, "es": es_article}
        assert urls[article] == urls[es_article]
        # A page with no translation lists no alternates.
        assert urls[f"http://localhost{self.site.untranslated.url}"] == {}
