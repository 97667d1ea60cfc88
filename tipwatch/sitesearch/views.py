"""Search over the live, public pages of the site."""

from __future__ import annotations

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.models import Page, Site

PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def _description(page: Page) -> str:
    describe = getattr(page, "get_meta_description", None)
    return str(describe() if callable(describe) else page.search_description)


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    page_obj = None
    results: list[dict[str, object]] = []
    if query:
        pages = Page.objects.live().public().specific()
        site = Site.find_for_request(request)
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        paginator = Paginator(pages.search(query), PER_PAGE)
        raw_number = request.GET.get("page", "1")
        number = int(raw_number) if raw_number.isdigit() else 1
        try:
            page_obj = paginator.page(number)
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
