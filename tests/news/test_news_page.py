"""A news article and its blocks, including the citation of a TIP report."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.rich_text import RichText

from tests.html import css, one
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import ImageFactory, ReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return NewsIndexPageFactory(parent=home)


def source_block(year=2015, page=None, quote="", url=""):
    return ("source", {"report_year": year, "page": page, "quote": quote, "url": url})


def test_article_renders_all_blocks(client, index):
    image = ImageFactory(title="Lima", caption="Lima at dusk")
    article = NewsPageFactory.create(
        parent=index,
        title="Peru in 2015",
        date=datetime.date(2015, 7, 30),
        summary="Peru was on Tier 2.",
        topics=["TIP Report", "Peru"],
        listing_image=image,
        listing_image_alt="The city of Lima",
        body=[
            ("heading", {"text": "Neighbours", "level": "h2"}),
            ("paragraph", RichText("<p>Chile alone was on <b>Tier 1</b>.</p>")),
            ("pull_quote", {"quote": "Not a pass mark.", "attribution": "Our chair"}),
            ("image", {"image": image, "alt_text": "Lima", "caption": "A caption"}),
            source_block(page=283, quote="Peru is a source country."),
        ],
    )
    response = client.get(article.url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert one(html, "h1").get_text() == "Peru in 2015"
    assert one(html, "time")["datetime"] == "2015-07-30"
    assert css(html, ".lead").get_text() == "Peru was on Tier 2."
    assert html.find("img", alt="The city of Lima")
    assert css(html, ".pull-quote blockquote").get_text(strip=True) == "Not a pass mark."
    assert css(html, ".pull-quote figcaption").get_text() == "Our chair"
    assert html.select("figure.figure figcaption")[1].get_text().startswith("A caption")
    source = css(html, ".source")
    text = " ".join(source.get_text().split())
    assert "Trafficking in Persons Report 2015, page 283" in text
    assert "Peru is a source country." in text
    topics = {a.get_text(): a["href"] for a in html.select(".article-topics a")}
    assert topics == {"Peru": "/news/?topic=peru", "TIP Report": "/news/?topic=tip-report"}


def test_source_without_report_in_data_is_plain_text(client, index):
    # No report of that year in our data, so no page of ours to link to.
    article = NewsPageFactory.create(parent=index, body=[source_block(year=2009)])
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    citation = css(html, ".source__citation")
    assert "Trafficking in Persons Report 2009" in citation.get_text()
    assert citation.find("a") is None


def test_source_extra_url_is_linked(client, index):
    article = NewsPageFactory.create(
        parent=index, body=[source_block(url="https://example.org/peru")]
    )
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert html.find("a", href="https://example.org/peru")


def test_source_links_to_the_explorer_report_page(client, index):
    ReportFactory(year=2015, source_url="https://example.org/tip-2015.pdf")
    article = NewsPageFactory.create(parent=index, body=[source_block()])
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert css(html, ".source__citation a")["href"] == "/reports/2015/"


def test_draft_article_is_not_public(client, index):
    draft = NewsPageFactory.create(parent=index, title="Draft", publish=False)
    assert client.get("/news/" + draft.slug + "/").status_code == 404
