"""The sitemap: every public page in every language, each with its translations as alternates.

Wagtail's sitemap lists the descendants of the site's root page only, and the Spanish tree is
the root's translation, a sibling of it; Django's sitemap template writes `xhtml:link`
alternates for whatever `alternates` a URL carries, which Wagtail's pages do not give.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page

from .languages import bcp47


class TranslatedSitemap(Sitemap):
    def items(self) -> Any:
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for localized_root in root.get_translations(inclusive=True):
            pages = pages | localized_root.get_descendants(inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page: int, protocol: str, domain: str) -> list[dict[str, Any]]:
        urls = super()._urls(page, protocol, domain)
        listed = list(self.paginator.page(page).object_list)
        # One query for the translations of every listed page (their shared translation key).
        by_key: dict[Any, list[tuple[str, str]]] = defaultdict(list)
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in={item.translation_key for item in listed})
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for other in translations:
            url = other.get_full_url(self.request)
            if url:
                by_key[other.translation_key].append((other.locale.language_code, url))
        locations = {item.get_full_url(self.request): item for item in listed}
        for url_info in urls:
            item = locations.get(url_info["location"])
            versions = by_key.get(item.translation_key, []) if item is not None else []
            if len(versions) > 1:
                url_info["alternates"] = [
                    {"lang_code": bcp47(language), "location": url} for language, url in versions
                ]
        return urls
