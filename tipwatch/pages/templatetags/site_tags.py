"""Template tags for the public site: cache versions, links, and metadata for <head>."""

from __future__ import annotations

import re
from typing import Any

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from tipwatch.core.process_copies import keep, read
from tipwatch.pages import breadcrumbs as _breadcrumbs
from tipwatch.pages import chrome as _chrome
from tipwatch.pages import languages as _languages
from tipwatch.pages.cache import content_version as _content_version
from tipwatch.pages.cache import fragment_key
from tipwatch.pages.models import META_IMAGE_RENDITION

register = template.Library()

SCRIPT_ELEMENT = re.compile(r"<script\b[^>]*>.*?</script>", re.DOTALL | re.IGNORECASE)


@register.simple_tag
def content_version() -> int:
    return _content_version()


@register.simple_tag(takes_context=True)
def site_chrome(context: dict[str, Any]) -> _chrome.Chrome:
    """The site's name, navigation and footer, read once per content version."""
    return _chrome.chrome_for(context.get("request"))


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context: dict[str, Any], page: Any) -> _breadcrumbs.Trail:
    """The page's ancestors below the root as (address, label), read once per content version."""
    return _breadcrumbs.trail(page, context.get("request"))


@register.simple_tag(takes_context=True)
def link_href(context: dict[str, Any], link: Any) -> str:
    """The address of a LinkBlock value: the chosen page's URL or the given address."""
    return _chrome.link_href(link, context.get("request"))


@register.simple_tag(takes_context=True)
def canonical_url(context: dict[str, Any]) -> str:
    request: HttpRequest | None = context.get("request")
    page = context.get("page")
    if page is not None and hasattr(page, "get_full_url"):
        url = page.get_full_url(request)
        if url:
            return str(url)
    if request is not None:
        return request.build_absolute_uri(request.path)
    return ""


@register.simple_tag(takes_context=True)
def meta_description(context: dict[str, Any]) -> str:
    page = context.get("page")
    if page is not None and hasattr(page, "get_meta_description"):
        return str(page.get_meta_description() or "")
    return ""


@register.simple_tag(takes_context=True)
def meta_image_url(context: dict[str, Any]) -> str:
    """An absolute URL for the page's social-media image, or the site's default, or ''."""
    request: HttpRequest | None = context.get("request")
    page = context.get("page")
    image = page.get_meta_image() if page is not None and hasattr(page, "get_meta_image") else None
    if image is not None:
        url = image.get_rendition(META_IMAGE_RENDITION).url
    else:
        # The site's default (none for pages served with no Site: the explorer, the API docs).
        url = _chrome.chrome_for(request).social_image_url
        if not url:
            return ""
    return request.build_absolute_uri(url) if request is not None else url


@register.filter
def tier_class(tier: str) -> str:
    return {"1": "tier-1", "2": "tier-2", "2WL": "tier-2wl", "3": "tier-3"}.get(
        tier, "tier-special"
    )


@register.simple_tag
def field_widget(field: Any) -> str:
    """Render a form field's widget linked to its help text and error message."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-help")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
    attrs: dict[str, str] = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return str(field.as_widget(attrs=attrs))


@register.filter
def chart_svg(svg: str) -> SafeString:
    """A chart's SVG (made by the site itself) for inline use, without pygal's inline script.

    The script only configures pygal's tooltips, which the site does not load, and an inline
    script without a nonce breaks the Content-Security-Policy.
    """
    return mark_safe(SCRIPT_ELEMENT.sub("", str(svg)))


@register.simple_tag(takes_context=True)
def language_versions(context: dict[str, Any]) -> dict[str, Any]:
    """The page in each site language: absolute `hreflang` links of its real equivalents
    (with x-default, the English one), and the switcher's links, which keep the query string."""
    request: HttpRequest | None = context.get("request")
    found = _languages.versions(request, context.get("page"))
    if request is None:
        return {"alternates": [], "switcher": [], "default": ""}
    query = request.META.get("QUERY_STRING", "")
    current = translation.get_language()
    alternates = [
        (version.hreflang, request.build_absolute_uri(version.url))
        for version in found
        if version.equivalent
    ]
    default = next(
        (
            request.build_absolute_uri(version.url)
            for version in found
            if version.equivalent and version.language == settings.LANGUAGE_CODE
        ),
        "",
    )
    switcher = [
        {
            "language": version.hreflang,
            "name": version.name,
            "url": f"{version.url}?{query}" if query and version.keeps_query else version.url,
            "current": version.language == current,
        }
        for version in found
    ]
    return {"alternates": alternates, "switcher": switcher, "default": default}


@register.simple_tag
def html_lang() -> str:
    return _languages.bcp47(translation.get_language() or settings.LANGUAGE_CODE)


class KeptFragmentNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str, parts: list[Any]) -> None:
        self.nodelist = nodelist
        self.name = name
        self.parts = parts

    def render(self, context: template.Context) -> str:
        request: HttpRequest | None = context.get("request")
        user = getattr(request, "user", None)
        if (
            request is None
            or getattr(request, "is_preview", False)
            or (user is not None and user.is_authenticated)
        ):
            # A preview shows a draft under the live page's id, and editors may see drafts.
            return self.nodelist.render(context)
        parts = tuple(part.resolve(context) for part in self.parts)
        key = fragment_key(request, self.name, parts)
        html = read(key)
        if html is None:
            html = self.nodelist.render(context)
            keep(key, html)
        return html


@register.tag
def kept_fragment(parser: template.base.Parser, token: template.base.Token) -> KeptFragmentNode:
    """`{% kept_fragment "name" value... %}...{% endkept_fragment %}`: what is inside rendered
    once per content version, data version, language and host (and the values given: the page,
    a filter) and kept in the cache, for the parts of a page that render the same for every
    visitor (an article's body and its rich text, images and cited reports).

    Nothing inside may depend on the request otherwise: no form (CSRF token), no nonce, nothing
    about the visitor or the query string unless it is among the values.
    """
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(
            f'{bits[0]} needs a quoted name first, e.g. {{% {bits[0]} "body" page.pk %}}'
        )
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    return KeptFragmentNode(nodelist, bits[1][1:-1], [parser.compile_filter(b) for b in bits[2:]])
