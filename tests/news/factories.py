from __future__ import annotations

import datetime

import factory
from wagtail.rich_text import RichText

from tests.pages.factories import PageFactory
from tipwatch.news.models import NewsIndexPage, NewsPage


class NewsIndexPageFactory(PageFactory[NewsIndexPage]):
    class Meta:
        model = NewsIndexPage

    title = "All news"
    slug = "news"
    intro = "<p>All our news.</p>"


class NewsPageFactory(PageFactory[NewsPage]):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Article {n}")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    summary = factory.LazyAttribute(lambda o: f"Summary of {o.title}.")
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Article text.</p>"))])
