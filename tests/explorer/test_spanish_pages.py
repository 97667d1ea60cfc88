"""The explorer in Spanish, under /es/: names, tiers, dates and numbers in Spanish, the report's
own words kept in English and marked so, and caches that never hand one language's page,
fragment or chart to the other."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.test import Client

from tipwatch.explorer import charts
from tipwatch.tip.models import Report

pytestmark = pytest.mark.usefixtures("tip_data_for_module", "db")

# Words of the English interface that must not show on a Spanish page (outside the report's own
# words, which are marked lang="en").
ENGLISH_WORDS = [
    "Tier 2",
    "Watch List rule",
    "Current tier",
    "Countries per tier",
    "Download the data",
    "World map of",
    "Not rated",
    "Report year",
]


def spanish(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Language"] == "es"
    return response.content.decode()


def interface_text(html: str) -> str:
    """The page without the parts in English on purpose, and without markup."""
    html = re.sub(r"<svg.*?</svg>", "", html, flags=re.S)  # charts are checked on their own
    html = re.sub(r'<(\w+)[^>]*\blang="en"[^>]*>.*?</\1>', "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def main_content(html: str) -> str:
    """The explorer's own part of the page (the site's header and footer are not ours)."""
    start = html.index('<nav class="explorer-nav"')
    end = html.index("</main>") if "</main>" in html else len(html)
    return html[start:end]


def test_peru_in_spanish(client: Client) -> None:
    html = spanish(client, "/es/countries/PER/")

    assert '<html lang="es">' in html
    assert "<h1>Perú" in html
    assert "Perú en el Informe TIP" in html
    assert "Nivel 2" in html
    assert "Nivel actual" in html
    assert "La regla de la Lista de Vigilancia" in html
    # Links stay in Spanish, and the report's own words are marked as English.
    assert 'href="/es/countries/"' in html
    assert re.search(r'<q lang="en"[^>]*>', html)


def test_no_english_interface_words_on_the_spanish_country_page(client: Client) -> None:
    text = interface_text(main_content(spanish(client, "/es/countries/PER/")))

    assert [word for word in ENGLISH_WORDS if word in text] == []


@pytest.mark.parametrize(
    "url",
    [
        "/es/explorer/",
        "/es/map/?year=2015",
        "/es/countries/",
        "/es/compare/?year=2015&group=latin-america",
        "/es/reports/",
        "/es/reports/2015/",
        "/es/downloads/",
    ],
)
def test_no_english_interface_words_on_the_spanish_explorer_pages(client: Client, url: str) -> None:
    text = interface_text(main_content(spanish(client, url)))

    assert [word for word in ENGLISH_WORDS if word in text] == []


def test_the_spanish_map_names_countries_and_tiers_in_spanish(client: Client) -> None:
    html = spanish(client, "/es/map/?year=2016")

    assert 'aria-label="Perú: Nivel 2"' in html
    assert "<title>Perú: Nivel 2</title>" in html
    assert 'href="/es/countries/PER/"' in html
    assert "2016 (datos parciales)" in html
    assert "Lista de Vigilancia del Nivel 2" in html  # the legend
    assert "Mapa mundial de los niveles del Informe TIP" in html


def test_the_spanish_country_index_sorts_by_the_spanish_name(client: Client) -> None:
    html = spanish(client, "/es/countries/")

    names = re.findall(r'<th scope="row"><a href="/es/countries/[A-Z]{3}/">([^<]+)</a>', html)
    assert "Alemania" in names
    assert "Perú" in names
    # Germany is Alemania, among the A's; Peru is among the P's despite its accent.
    assert names.index("Alemania") < names.index("Argentina")
    assert names.index("Panamá") < names.index("Perú") < names.index("Polonia")


def test_compare_in_spanish(client: Client) -> None:
    html = spanish(client, "/es/compare/?year=2015&group=latin-america")

    assert "América Latina en el informe de 2015" in html
    assert "Países por nivel" in html
    assert ">Perú</a>" in html
    assert "Lista de Vigilancia del Nivel 2" in html


def test_report_dates_are_formatted_for_the_language(client: Client) -> None:
    report = Report.objects.get(year=2015)
    english = client.get("/reports/2015/").content.decode()
    html = spanish(client, "/es/reports/2015/")

    assert f"{report.period_start.day} de abril de 2014" in html
    assert "1 April 2014" in english


def test_the_spanish_bad_request_page(client: Client) -> None:
    html = spanish(client, "/es/countries/ZZZ/", status=404)

    assert "No encontrado" in html
    assert "Perú (PER)" in html


def test_charts_are_drawn_in_the_page_s_language(client: Client) -> None:
    cache.clear()
    spanish_page = spanish(client, "/es/countries/PER/")
    english_page = client.get("/countries/PER/").content.decode()

    spanish_chart = re.search(r"<svg.*?</svg>", spanish_page, flags=re.S)
    english_chart = re.search(r"<svg.*?</svg>", english_page, flags=re.S)
    assert spanish_chart is not None
    assert english_chart is not None
    assert "Nivel 1" in spanish_chart.group(0)
    assert "Tier 1" not in spanish_chart.group(0)
    assert "Tier 1" in english_chart.group(0)
    assert "Nivel 1" not in english_chart.group(0)


def test_a_chart_with_the_same_inputs_is_kept_once_per_language() -> None:
    from django.utils import translation

    cache.clear()
    reports = list(Report.objects.order_by("year")[:3])
    tiers = {report.year: "2" for report in reports}
    with translation.override("es"):
        spanish_chart = charts.tier_timeline(reports, tiers, "Perú")
    with translation.override("en-gb"):
        english_chart = charts.tier_timeline(reports, tiers, "Perú")

    assert "Nivel 2" in spanish_chart
    assert "Tier 2" not in spanish_chart
    assert "Tier 2" in english_chart
    assert "Nivel 2" not in english_chart


@pytest.mark.parametrize(
    "path",
    ["/countries/PER/", "/map/?year=2016", "/compare/?year=2015&group=latin-america"],
)
def test_the_page_cache_keeps_each_language_apart(client: Client, path: str) -> None:
    cache.clear()
    first = client.get("/es" + path)
    second = client.get(path)
    again = client.get("/es" + path)

    assert "Perú" in first.content.decode()
    assert "Peru" in second.content.decode()
    assert "Perú" not in second.content.decode()
    assert again["X-Tipwatch-Cache"] == "hit"
    assert again.content == first.content
    assert first["ETag"] != second["ETag"]


def test_the_english_pages_are_unchanged_in_their_words(client: Client) -> None:
    html = client.get("/countries/PER/").content.decode()

    assert "<h1>Peru" in html
    assert "Tier 2" in html
    assert "Nivel" not in interface_text(html)


def test_a_bad_choice_is_explained_in_spanish_with_the_detail_in_english(client: Client) -> None:
    html = spanish(client, "/es/map/?year=abc", status=400)

    assert "El valor indicado para «year» no es válido." in html
    assert '<span lang="en">Year:' in html
    assert "Opciones válidas para" in html
    assert 'href="/es/map/?year=2015"' in html
