"""A small site in English with its Spanish translation, for the tests of the bilingual site."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pages.factories import HomePageFactory, StandardPageFactory
from tipwatch.pages.models import NavigationSettings


def translate(page: Page, **fields: Any) -> Any:
    """The page's Spanish translation (same translation key), given `fields`, published."""
    spanish = page.specific.copy_for_translation(Locale.objects.get(language_code="es")).specific
    for name, value in fields.items():
        if name == "topics":
            spanish.topics.set(value)
        else:
            setattr(spanish, name, value)
    spanish.save()
    spanish.save_revision().publish()
    return type(spanish).objects.get(pk=spanish.pk)


@dataclass
class Bilingual:
    home: Any
    about: Any
    news: Any
    article: Any
    untranslated: Any
    es_home: Any
    es_about: Any
    es_news: Any
    es_article: Any


def bilingual_site() -> Bilingual:
    home: Any = HomePageFactory(title="Human rights in Peru", intro="<p>We follow the report.</p>")
    about = StandardPageFactory(parent=home, title="Our aims", slug="about", intro="Who we are.")
    news = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(
        parent=news,
        title="Peru in the 2015 report",
        slug="peru-2015",
        date=datetime.date(2015, 7, 30),
        summary="Peru stayed where it was.",
        topics=["Peru"],
    )
    untranslated = NewsPageFactory(parent=news, title="Only in English", slug="english-only")
    es_home = translate(
        home,
        slug="inicio",
        title="Derechos humanos en el Perú",
        intro="<p>Seguimos el informe.</p>",
        join_heading="Únase a nosotros",
        join_text="Hágase socio.",
    )
    es_about = translate(
        about, slug="nuestros-fines", title="Nuestros fines", intro="Quiénes somos."
    )
    es_news = translate(
        news, slug="noticias", title="Todas las noticias", intro="<p>Nuestras noticias.</p>"
    )
    es_article = translate(
        article,
        slug="peru-2015",
        title="El Perú en el informe 2015",
        summary="El Perú siguió donde estaba.",
        body=[("paragraph", RichText("<p>El texto del artículo.</p>"))],
        topics=["Perú"],
    )
    nav = NavigationSettings.for_site(home.get_site())
    nav.primary_links = [
        ("link", {"label": "Our aims", "label_es": "", "page": about, "url": ""}),
        ("link", {"label": "TIP data", "label_es": "Datos TIP", "page": None, "url": "/explorer/"}),
    ]
    nav.footer_text = "<p>A group in the UK.</p>"
    nav.footer_text_es = "<p>Un grupo en el Reino Unido.</p>"
    nav.save()
    return Bilingual(
        home, about, news, article, untranslated, es_home, es_about, es_news, es_article
    )
