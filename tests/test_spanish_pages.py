"""No English interface words on the Spanish versions of the public page types.

One check for every page type: fetch the Spanish address, keep what a visitor reads or hears
(the visible text, and the labels, placeholders, titles and alternative texts of elements),
drop whatever is marked as English (`lang="en"`: the report's own words, the switcher's
"English"), and fail on any English function word left, matched as a whole word. These are
words no Spanish sentence has, so a hit is an untranslated string, not a false alarm.

To cover another page type, add its Spanish address to `SPANISH_PAGES` (with what the page
needs in `site`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag

from tests.members.factories import JoinPageFactory, MembershipTypeFactory
from tests.pages.bilingual import Bilingual, bilingual_site, translate
from tests.pages.fixtures import _isolated_media_and_cache  # noqa: F401
from tipwatch.members.models import JoinPage

ENGLISH_WORDS = ("the", "and", "with", "your", "of", "to", "for", "our", "is", "Tier")
ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")
HIDDEN = ("script", "style", "template", "head")

WORD = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in ENGLISH_WORDS if word.islower()) + r")\b",
    re.IGNORECASE,
)
# Capitalised words are matched as written ("Tier", not the Spanish "tier" of nothing else).
PROPER = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in ENGLISH_WORDS if not word.islower()) + r")\b"
)


def is_english(tag: Tag) -> bool:
    language = str(tag.get("lang") or "").lower()
    return language == "en" or language.startswith("en-")


def readable_text(html: str) -> str:
    """What a visitor reads or hears of the page, without anything marked as English."""
    soup = BeautifulSoup(html, "html.parser")
    body = soup.body or soup
    for tag in body.find_all(HIDDEN):
        tag.decompose()
    for tag in body.find_all(is_english):
        tag.decompose()
    parts = [body.get_text(" ")]
    for tag in body.find_all(True):
        parts.extend(str(tag[name]) for name in ATTRIBUTES if tag.has_attr(name))
    return " ".join(" ".join(parts).split())


def english_words(html: str) -> list[str]:
    """Each English word left on the page, with a little of its context."""
    text = readable_text(html)
    found = []
    for pattern in (WORD, PROPER):
        for match in pattern.finditer(text):
            start, end = max(match.start() - 30, 0), match.end() + 30
            found.append(f"{match.group()!r} in ...{text[start:end]}...")
    return found


# The mechanism itself: it must see English, and must let marked quotes through.


def test_finds_english_interface_words() -> None:
    html = '<body><p>Últimas noticias</p><nav aria-label="Main">Inicio</nav><p>Tier 2</p></body>'
    assert [hit.split(" in ")[0] for hit in english_words(html)] == ["'Tier'"]
    html = "<body><p>Vea <a>the report</a></p><input placeholder='Search your site'></body>"
    assert [hit.split(" in ")[0] for hit in english_words(html)] == ["'the'", "'your'"]


def test_ignores_text_marked_as_english_and_spanish_words() -> None:
    html = (
        '<body><q lang="en">The report of the year</q><a lang="en-GB">English</a>'
        "<p>El Perú y la trata; Theodora, andar, office.</p><script>var the = 1;</script></body>"
    )
    assert english_words(html) == []


# The Spanish page types. Each entry gives the address from the site built below.

SPANISH_PAGES: dict[str, Callable[[Bilingual], str]] = {
    "home": lambda site: "/es/",
    "standing_page": lambda site: site.es_about.url,
    "news_index": lambda site: site.es_news.url,
    "news_index_topic": lambda site: (
        f"{site.es_news.url}?topic={site.es_article.topic_list()[0].slug}"
    ),
    "news_index_year": lambda site: f"{site.es_news.url}?year=2015",
    "article": lambda site: site.es_article.url,
    "explorer": lambda site: "/es/explorer/",
    "map": lambda site: "/es/map/",
    "country_index": lambda site: "/es/countries/",
    "country": lambda site: "/es/countries/PER/",
    "compare": lambda site: "/es/compare/?group=latin-america",
    "report_index": lambda site: "/es/reports/",
    "report": lambda site: "/es/reports/2015/",
    "downloads": lambda site: "/es/downloads/",
    "search": lambda site: "/es/search/?q=Per%C3%BA",
    "join": lambda site: JoinPage.objects.get(locale__language_code="es").url,
}


@pytest.fixture
def site(tip_data: object) -> Bilingual:
    site = bilingual_site()
    # The join page, its translation, and membership types named in both languages.
    join = JoinPageFactory(parent=site.home, slug="join")
    translate(join, slug="unase", title="Únase")
    for slug, name, name_es, description, description_es in MEMBERSHIP_TYPES:
        MembershipTypeFactory(
            slug=slug,
            name=name,
            name_es=name_es,
            description=description,
            description_es=description_es,
        )
    return site


@pytest.mark.parametrize("name", list(SPANISH_PAGES))
def test_no_english_on_spanish_pages(client: Any, site: Bilingual, name: str) -> None:
    url = SPANISH_PAGES[name](site)
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert 'lang="es"' in html.split(">", 2)[1], url
    assert english_words(html) == [], url


MEMBERSHIP_TYPES = [
    ("individual", "Individual", "Individual", "For one person.", "Para una persona."),
    (
        "concession",
        "Concession",
        "Tarifa reducida",
        "For students, the unwaged and pensioners.",
        "Para estudiantes, personas sin empleo y jubilados.",
    ),
]


def test_the_spanish_join_page_names_the_membership_types_in_spanish(
    client: Any, site: Bilingual
) -> None:
    html = client.get(SPANISH_PAGES["join"](site)).content.decode()
    text = readable_text(html)
    for _, _, name_es, description, description_es in MEMBERSHIP_TYPES:
        assert f"{name_es}: £" in text
        assert description_es in text
        assert description not in text
    assert "Concession" not in text
    assert english_words(html) == []
