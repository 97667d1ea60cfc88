"""The site's home page, standing content pages and its editable settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, LinkBlock, standard_body_blocks
from .cache import CachedPageMixin, per_content_version
from .privacy import UnrestrictedCheckMixin
from .tiers import tier_card_for

if TYPE_CHECKING:
    from django.http import HttpRequest

IMAGE_MODEL = get_image_model_string()
# The social-media image in <head> (`site_tags.meta_image_url`).
META_IMAGE_RENDITION = "fill-1200x630"


class SeoMixin(UnrestrictedCheckMixin):
    """What the <head> of a page says about it to search engines and social sites (every
    page type has it, so it also carries the quick view restriction check)."""

    search_description: str

    def get_meta_description(self) -> str:
        return self.search_description or ""

    def get_meta_image(self) -> Any:
        return None

    og_type = "website"


class HomePage(CachedPageMixin, SeoMixin, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        IMAGE_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    join_heading = models.CharField(max_length=120, default="Join us")
    join_text = models.TextField(
        blank=True, help_text="A sentence or two on why someone should become a member."
    )
    join_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [FieldPanel("join_heading"), FieldPanel("join_text"), FieldPanel("join_page")],
            heading="Call to join",
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["pages.StandardPage", "news.NewsIndexPage", "members.JoinPage"]
    max_count = 1

    # Loaded before the page is kept in the cache (`pages/routing.py`).
    shown_relations = ("hero_image", "join_page")
    shown_renditions = {"hero_image": ("fill-640x400", META_IMAGE_RENDITION)}

    def get_meta_image(self) -> Any:
        return self.hero_image

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from tipwatch.news.models import NewsIndexPage, NewsPage

        from .privacy import public

        context = super().get_context(request, *args, **kwargs)
        # This home page's own language tree: the Spanish home lists the Spanish news.
        # Read once per content version, as the news index's listing.
        context["latest_news"] = per_content_version(
            request,
            f"latest-news:{self.pk}",
            lambda: NewsPage.objects.descendant_of(self).latest_for_listing(request, limit=3),
        )
        context["news_index"] = per_content_version(
            request,
            f"news-index:{self.pk}",
            lambda: public(NewsIndexPage.objects.live().descendant_of(self), request).first(),
        )
        context["tier_card"] = tier_card_for(request)
        return context


class StandardPage(SeoMixin, Page):
    intro = models.TextField(blank=True, help_text="A short introduction, shown in bold.")
    body = StreamField(standard_body_blocks(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    def get_meta_description(self) -> str:
        return self.search_description or self.intro


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField(max_length=100, default="tipwatch")
    tagline = models.CharField(
        max_length=200,
        blank=True,
        default="Watching the Trafficking in Persons Report",
    )
    # Settings belong to a site, not a locale (wagtail-localize translates pages and snippets
    # only), so the Spanish wording of the chrome sits beside the English.
    tagline_es = models.CharField(
        "tagline in Spanish",
        max_length=200,
        blank=True,
        default="Atentos al Informe sobre la Trata de Personas",
        help_text="Shown on /es/ pages.",
    )
    focus_country = models.ForeignKey(
        "tip.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The country the group follows: the home page shows its latest tier, and "
        "the join form, alerts and feeds name it.",
    )
    home_group = models.ForeignKey(
        "tip.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The group of countries the focus country is compared with by default "
        "(the compare page, briefings, 'the region' in checked claims).",
    )
    default_social_image = models.ForeignKey(
        IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when a page shared on social media has no image of its own.",
    )
    twitter_handle = models.CharField(max_length=40, blank=True, help_text="Without the @.")

    panels = [
        FieldPanel("site_name"),
        FieldPanel("tagline"),
        FieldPanel("tagline_es"),
        FieldPanel("focus_country"),
        FieldPanel("home_group"),
        FieldPanel("default_social_image"),
        FieldPanel("twitter_handle"),
    ]

    class Meta:
        verbose_name = "site settings"


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    primary_links = StreamField([("link", LinkBlock())], blank=True)
    footer_text = RichTextField(blank=True, features=RICH_TEXT_FEATURES)
    footer_text_es = RichTextField(
        "footer text in Spanish",
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="Shown on /es/ pages.",
    )
    footer_links = StreamField([("link", LinkBlock())], blank=True)

    panels = [
        FieldPanel("primary_links"),
        FieldPanel("footer_text"),
        FieldPanel("footer_text_es"),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = "navigation and footer"
