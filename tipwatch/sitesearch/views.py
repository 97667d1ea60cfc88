"""Search over the site: country profiles and report pages first, then live public pages.

Country profiles and reports are views of the TIP data, found through the tip read layer
(`tip.services.search`); news and standing pages come from Wagtail's search index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site

from tipwatch.pages.sites import localized_root_for
from tipwatch.tip.models import Report
from tipwatch.tip.names import country_name
from tipwatch.tip.services.search import search_countries, search_reports

PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_PAGE_DIGITS = 6
WORD = re.compile(r"\w+")


def search_terms(raw: str) -> str:
    """The words of a query, and nothing else.

    The search backends read quotes, brackets and other marks as their own syntax (an unpaired
    `"` is an error in SQLite's full-text search), so only the words are passed on.
    """
    return " ".join(WORD.findall(raw[:MAX_QUERY_LENGTH]))


def page_number(raw: str) -> int:
    """The results page asked for; 1 for anything that is not a plain number.

    `str.isdigit` alone also accepts digits such as "²" that `int` refuses.
    """
    if raw.isascii() and raw.isdigit() and len(raw) <= MAX_PAGE_DIGITS:
        return max(int(raw), 1)
    return 1


def _description(page: Page) -> str:
    describe = getattr(page, "get_meta_description", None)
    return str(describe() if callable(describe) else page.search_description)


class Results(Sequence[dict[str, Any]]):
    """The data results, then the page results, as one list the paginator can slice.

    Only the slice shown is read from the search backend, as with Wagtail's results alone.
    """

    def __init__(self, first: list[dict[str, Any]], pages: Any, request: HttpRequest) -> None:
        self.first, self.pages, self.request = first, pages, request
        self._page_count: int | None = None

    def __len__(self) -> int:
        if self._page_count is None:
            self._page_count = self.pages.count()
        return len(self.first) + self._page_count

    def __getitem__(self, index: Any) -> Any:
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _ = index.indices(len(self))
        head = self.first[start:stop]
        page_start = max(start - len(self.first), 0)
        page_stop = max(stop - len(self.first), 0)
        tail = [
            {
                "url": page.get_url(self.request),
                "title": page.title,
                "description": _description(page),
                "kind": "page",
            }
            for page in self.pages[page_start:page_stop]
        ]
        return head + tail


def _spanish() -> bool:
    return (translation.get_language() or "").startswith("es")


def _report_title(report: Report) -> str:
    # The report's own title is English; a Spanish page names it in Spanish.
    if _spanish():
        return gettext("Trafficking in Persons Report %(year)s") % {"year": report.year}
    return str(report)


def _data_results(terms: str) -> list[dict[str, Any]]:
    results = []
    for hit in search_countries(terms):
        country = hit.country
        name = country_name(country)
        other = hit.matched_other_name
        also = f" ({other})" if other and other != name else ""
        results.append(
            {
                "url": reverse("explorer:country", args=[country.iso3]),
                "title": f"{name}{also}",
                "description": gettext(
                    "Country profile: %(country)s's tier in every TIP Report, the Watch List "
                    "rule and the source of each placement."
                )
                % {"country": name},
                "kind": "country",
            }
        )
    for report in search_reports(terms):
        results.append(
            {
                "url": reverse("explorer:report", kwargs={"year": report.year}),
                "title": _report_title(report),
                "description": gettext(
                    "The %(year)s report: counts per tier, upgrades and downgrades, the list "
                    "by tier and how complete our data is."
                )
                % {"year": report.year_label},
                "kind": "report",
            }
        )
    return results


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    terms = search_terms(query)
    page_obj = None
    results: list[dict[str, Any]] = []
    if terms:
        # The pages in the search page's own language: /es/search/ finds the Spanish pages.
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        site = Site.find_for_request(request)
        if site is not None:
            root = localized_root_for(request, site)
            pages = pages.descendant_of(root, inclusive=True)
        everything = Results(_data_results(terms), pages.search(terms), request)
        paginator = Paginator(everything, PER_PAGE)
        try:
            page_obj = paginator.page(page_number(request.GET.get("page", "1")))
        except EmptyPage as error:
            raise Http404("No such page of results") from error
        results = list(page_obj.object_list)
    return render(
        request,
        "sitesearch/search.html",
        {"query": query, "results": results, "page_obj": page_obj},
    )
