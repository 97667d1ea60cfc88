"""Factories for pages, images and TIP data used across the site's tests."""

from __future__ import annotations

import io
from typing import Any, TypeVar

import factory
from django.core.files.images import ImageFile
from django.utils.text import slugify
from factory.declarations import BaseDeclaration
from factory.django import DjangoModelFactory
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText

from tipwatch.core.models import CustomImage
from tipwatch.pages.models import HomePage, StandardPage
from tipwatch.tip.models import Country, Placement, Report

PageT = TypeVar("PageT", bound=Page)


def image_file(name: str = "test.png", colour: str = "#8b1e3f") -> ImageFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 180), colour).save(buffer, format="PNG")
    return ImageFile(buffer, name=name)


class ImageFactory(DjangoModelFactory[CustomImage]):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Image {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(lambda o: image_file(f"{slugify(o.title)}.png"))
    caption = "A test picture"
    credit = "Photo: tests"


class PageFactory(DjangoModelFactory[PageT]):
    """Adds the page under `parent` in the tree and publishes it (pass publish=False not to)."""

    class Meta:
        abstract = True

    # Subclasses may replace these declarations with plain values.
    title: str | BaseDeclaration = factory.Sequence(lambda n: f"Page {n}")
    slug: str | BaseDeclaration = factory.LazyAttribute(lambda o: slugify(o.title))

    @classmethod
    def _create(cls, model_class: type[PageT], *args: Any, **kwargs: Any) -> PageT:
        parent = kwargs.pop("parent", None) or Page.get_first_root_node()
        publish = kwargs.pop("publish", True)
        topics = kwargs.pop("topics", None)
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        if topics:
            page.topics.add(*topics)
            page.save()
        if publish:
            page.save_revision().publish()
        else:
            page.live = False
            page.save_revision()
            page.save()
        return page


class HomePageFactory(PageFactory[HomePage]):
    class Meta:
        model = HomePage

    title = "Home"
    slug = "tipwatch-home"
    intro = "<p>Welcome to tipwatch.</p>"
    join_heading = "Join us"
    join_text = "Become a member."

    @classmethod
    def _create(cls, model_class: type[HomePage], *args: Any, **kwargs: Any) -> HomePage:
        home = super()._create(model_class, *args, **kwargs)
        site = Site.objects.get(is_default_site=True)
        site.root_page = home
        site.save()
        return home


class StandardPageFactory(PageFactory[StandardPage]):
    class Meta:
        model = StandardPage

    intro = "An introduction."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "A heading", "level": "h2"}),
            ("paragraph", RichText("<p>Some <b>rich</b> text.</p>")),
            ("quote", {"quote": "A wise saying.", "attribution": "Someone wise"}),
        ]
    )


class CountryFactory(DjangoModelFactory[Country]):
    class Meta:
        model = Country
        django_get_or_create = ("iso3",)

    iso3 = "PER"
    name = "Peru"
    name_es = "Perú"


class ReportFactory(DjangoModelFactory[Report]):
    class Meta:
        model = Report
        django_get_or_create = ("year",)

    year = 2015
    title = factory.LazyAttribute(lambda o: f"Trafficking in Persons Report {o.year}")
    source_url = factory.LazyAttribute(lambda o: f"https://reports.example.org/tip/{o.year}/")


class PlacementFactory(DjangoModelFactory[Placement]):
    class Meta:
        model = Placement

    country = factory.SubFactory(CountryFactory)
    report = factory.SubFactory(ReportFactory)
    tier = "2"
    source_kind = "official"
    source_name = factory.LazyAttribute(lambda o: f"TIP Report {o.report.year}, tier list")
