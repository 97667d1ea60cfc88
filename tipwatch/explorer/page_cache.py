"""The cache decorator of the explorer's HTML pages: per visitor, keyed by the site's content
version too (the pages show the site's navigation and settings); and the parts of a page that
the TIP data alone decides, rendered once per data version."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.utils import translation

from tipwatch.pages.cache import CONTENT_VERSION
from tipwatch.tip.response_cache import cached
from tipwatch.tip.versioning import data_state_for

if TYPE_CHECKING:
    from django.http import HttpRequest

cached_page = cached("page", versions=(CONTENT_VERSION,))

# As long as the response cache keeps a page: the key changes with the data, so this only
# bounds what an address nobody asks for again holds in the shared cache.
DATA_HTML_SECONDS = 60 * 60


def data_html_key(request: HttpRequest, name: str, parts: tuple[object, ...]) -> str:
    """The key of a part of a page the TIP data decides: the data version, the language and
    the host (as for every fragment, though these parts link by path), and the values given."""
    where = "|".join(
        [request.get_host(), translation.get_language() or "", *(str(part) for part in parts)]
    )
    digest = hashlib.sha256(where.encode()).hexdigest()[:32]
    return f"tipwatch:data-html:{name}:{data_state_for(request).token}:{digest}"


def kept_data_html(
    request: HttpRequest, name: str, parts: tuple[object, ...], render: Callable[[], str]
) -> str:
    """What `render` returns (the HTML of a country's profile, a comparison), rendered once per
    data version, language and `parts` and kept in the shared cache.

    Keyed on the data version alone, not the content version: a publish, which every page's
    whole response is keyed on, leaves these parts in place, as does a query string that does
    not change what they show. So `render` may use nothing but the data and `parts`: nothing
    about the visitor, the site's pages or settings, a form (CSRF token) or a CSP nonce.
    Kept only in the shared cache, not in each process's copies of fragments (a country's
    profile is tens of kilobytes, and there are a few hundred profiles and comparisons a
    language): one round trip, and no memory in the workers.
    """
    key = data_html_key(request, name, parts)
    html: str | None = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, DATA_HTML_SECONDS)
    return html
