"""Search over the live, public pages of the site."""

from __future__ import annotations

import re

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.models import Page, Site

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


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    terms = search_terms(query)
    page_obj = None
    results: list[dict[str, object]] = []
    if terms:
        pages = Page.objects.live().public().specific()
        site = Site.find_for_request(request)
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        paginator = Paginator(pages.search(terms), PER_PAGE)
        try:
            page_obj = paginator.page(page_number(request.GET.get("page", "1")))
        except EmptyPage as error:
            raise Http404("No such page of results") from error
        results = [
            {"page": page, "description": _description(page)} for page in page_obj.object_list
        ]
    return render(
        request,
        "sitesearch/search.html",
        {"query": query, "results": results, "page_obj": page_obj},
    )
