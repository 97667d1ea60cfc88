"""News: an index of articles (filterable, paginated, with a yearly archive) and the articles."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any

from django.core.paginator import EmptyPage, Paginator
from django.db import models
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model, get_image_model_string
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from tipwatch.pages.cache import CachedPageMixin, per_content_version
from tipwatch.pages.models import META_IMAGE_RENDITION, SeoMixin
from tipwatch.pages.privacy import public

from .blocks import news_body_blocks

if TYPE_CHECKING:
    from django.http import HttpRequest

PER_PAGE = 10
LISTING_RENDITION = "fill-640x360"
# The card's small variant (includes/news_card.html, `thumbnail`): the news index shows it, so
# it is prefetched with the large one, or each card would read its rendition on its own.
THUMBNAIL_RENDITION = "fill-320x240"


class NewsPageQuerySet(PageQuerySet):
    def newest_first(self) -> NewsPageQuerySet:
        return self.order_by("-date", "-first_published_at", "-pk")

    def for_listing(self, request: HttpRequest) -> NewsPageQuerySet:
        images = get_image_model().objects.prefetch_renditions(
            LISTING_RENDITION, THUMBNAIL_RENDITION
        )
        return (
            public(self.live(), request)
            .newest_first()
            .prefetch_related(
                models.Prefetch("listing_image", queryset=images),
                "topics",
            )
        )

    def latest_for_listing(self, request: HttpRequest, limit: int = 3) -> list[NewsPage]:
        return with_listing_renditions(list(self.for_listing(request)[:limit]))


def with_listing_renditions(articles: list[NewsPage]) -> list[NewsPage]:
    """The articles, each listing image holding both card renditions. A rendition the prefetch
    did not find (a new image) is made now and added to the image's prefetched ones: a listing
    kept in the cache would otherwise look it up again on every render from the cache."""
    for article in articles:
        if article.listing_image is not None:
            article.listing_image.get_renditions(LISTING_RENDITION, THUMBNAIL_RENDITION)
    return articles


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(CachedPageMixin, SeoMixin, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["news.NewsPage"]

    def articles(self, request: HttpRequest) -> NewsPageQuerySet:
        return NewsPage.objects.child_of(self).for_listing(request)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles(request)

        topic = None
        topic_slug = request.GET.get("topic", "").strip()
        if topic_slug:
            topic = Tag.objects.filter(slug=topic_slug).first()
            if topic is None:
                raise Http404("No such topic")
            articles = articles.filter(topics__slug=topic_slug)

        year = _parse_int(request.GET.get("year"))
        if year is not None and not 1 <= year <= 9999:
            year = None
        if year is not None:
            articles = articles.filter(date__year=year)

        archive = self.archive(request)
        paginator = Paginator(articles, PER_PAGE)
        if topic is None and year is None:
            # Every listed article is in the archive's yearly counts: no need to count again.
            paginator.count = sum(row["count"] for row in archive)
        number = _parse_int(request.GET.get("page"))
        try:
            page_obj = paginator.page(number if number is not None else 1)
        except EmptyPage as error:
            raise Http404("No such page of news") from error

        # The listed articles with their images and topics, read once per content version for
        # each filter and page (a publish, an image or a tag edit bumps it); an unknown topic or
        # a page past the end was refused above, so only real listings are kept.
        articles_shown = per_content_version(
            request,
            f"news-listing:{self.pk}:{topic_slug}:{year}:{page_obj.number}",
            lambda: with_listing_renditions(list(page_obj.object_list)),
        )
        context.update(
            articles=articles_shown,
            page_obj=page_obj,
            paginator=paginator,
            topic=topic,
            year=year,
            archive=archive,
            topics=self.topics(request),
        )
        return context

    def archive(self, request: HttpRequest) -> list[dict[str, int]]:
        """Years that have articles, newest first, with how many each has (built once per
        content version: publishing, moving or deleting an article bumps it)."""
        return per_content_version(
            request, f"news-archive:{self.pk}", lambda: self._archive(request)
        )

    def _archive(self, request: HttpRequest) -> list[dict[str, int]]:
        rows = (
            public(NewsPage.objects.child_of(self).live(), request)
            .annotate(year=ExtractYear("date"))
            .values("year")
            .annotate(count=models.Count("pk"))
            .order_by("-year")
        )
        return [{"year": row["year"], "count": row["count"]} for row in rows]

    def topics(self, request: HttpRequest) -> list[Tag]:
        """The topics of the listed articles, with how many each has, once per content version."""
        return per_content_version(request, f"news-topics:{self.pk}", lambda: self._topics(request))

    def _topics(self, request: HttpRequest) -> list[Tag]:
        news_ids = public(NewsPage.objects.child_of(self).live(), request).values("pk")
        return list(
            Tag.objects.filter(news_newspagetag_items__content_object__in=news_ids)
            .annotate(count=models.Count("news_newspagetag_items"))
            .order_by("name")
        )


def _parse_int(raw: str | None) -> int | None:
    """A whole number from a query string; None for anything else (letters, empty...)."""
    if raw is None:
        return None
    raw = raw.strip()
    if not re.fullmatch(r"-?[0-9]{1,30}", raw):
        return None
    return int(raw)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(SeoMixin, Page):
    date = models.DateField("Article date", default=datetime.date.today)
    summary = models.TextField(
        max_length=400, help_text="One or two sentences, shown in listings and feeds."
    )
    listing_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    listing_image_alt = models.CharField(
        max_length=255, blank=True, help_text="Describe the image. Leave empty if decorative."
    )
    # The image's own caption is one text for every page that shows it; a translated article
    # needs its caption in its own language.
    listing_image_caption = models.CharField(
        max_length=500,
        blank=True,
        help_text="Shown under the image on the article; the image's own caption if empty.",
    )
    topics = ClusterTaggableManager(through=NewsPageTag, blank=True)
    body = StreamField(news_body_blocks())

    objects = NewsPageManager()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("topics")],
            heading="Article information",
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("listing_image"),
                FieldPanel("listing_image_alt"),
                FieldPanel("listing_image_caption"),
            ],
            heading="Image",
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []
    og_type = "article"
    # Loaded before the page is kept in the cache (`pages/routing.py`).
    shown_relations = ("listing_image", "topics")
    shown_renditions = {"listing_image": ("fill-1200x675", META_IMAGE_RENDITION)}

    class Meta:
        verbose_name = "news article"

    def topic_list(self) -> list[Tag]:
        """The article's topics by name. The database returns tags in no set order, and every
        page and cached copy must read the same; a prefetch of the topics is used if present."""
        return sorted(self.topics.all(), key=lambda tag: (tag.name.casefold(), tag.pk))

    def get_meta_description(self) -> str:
        return self.search_description or self.summary

    def get_meta_image(self) -> Any:
        return self.listing_image

    @property
    def published_datetime(self) -> datetime.datetime:
        moment = datetime.datetime.combine(self.date, datetime.time(9, 0))
        return timezone.make_aware(moment)
