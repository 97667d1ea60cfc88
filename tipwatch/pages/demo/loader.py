"""Build the demo site. Idempotent: whatever already exists is left exactly as it is."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from tipwatch.members.models import JoinPage, MembershipType
from tipwatch.news.models import NewsIndexPage, NewsPage
from tipwatch.pages.models import HomePage, NavigationSettings, SiteSettings, StandardPage
from tipwatch.tip.models import Country, Group

from . import content, content_es, spanish
from .images import ensure_image


class DemoLoader:
    def __init__(self, log: Any = None) -> None:
        self.log = log or (lambda message: None)
        self.created: list[str] = []

    def note(self, message: str) -> None:
        self.created.append(message)
        self.log(message)

    @transaction.atomic
    def run(self) -> list[str]:
        self.ensure_base_tree()
        home = self.ensure_home()
        site = self.ensure_site(home)
        pages: dict[str, Page] = {}
        for spec in content.STANDARD_PAGES:
            pages[spec["slug"]] = self.ensure_standard_page(home, spec)
        self.ensure_membership_types()
        join = self.ensure_join_page(home, pages["privacy"])
        news_index = self.ensure_news_index(home)
        for spec in content.NEWS:
            self.ensure_news(news_index, spec)
        if home.join_page_id is None:
            home.join_page = join
            self.publish(home, created=False)
        pages["join"] = join
        pages["news"] = news_index
        self.ensure_settings(site, pages)
        self.ensure_spanish(home, pages)
        return self.created

    # The Spanish tree ------------------------------------------------------------------------

    def ensure_spanish(self, home: HomePage, pages: dict[str, Page]) -> None:
        """Every page above in Spanish, as wagtail-localize translations (`demo/spanish.py`);
        a page already translated is left exactly as it is."""
        es_home, _ = self.translate(home, dict(content_es.HOME))
        for slug, spec in content_es.STANDARD_PAGES.items():
            self.translate(
                pages[slug],
                {key: spec[key] for key in ("title", "slug", "intro")}
                | {"search_description": spec["intro"]},
                body=self.stream(spec["body"], captions=content_es.CAPTIONS),
            )
        privacy = spanish.existing_translation(pages["privacy"])
        es_join, _ = self.translate(
            pages["join"], dict(content_es.JOIN_PAGE) | {"privacy_page": privacy}
        )
        news_index = pages["news"]
        self.translate(news_index, dict(content_es.NEWS_INDEX))
        for article in NewsPage.objects.child_of(news_index).specific():
            news_spec = content_es.NEWS.get(article.slug)
            if news_spec is None:
                continue
            self.translate(
                article,
                {key: news_spec[key] for key in ("title", "slug", "summary")}
                | {
                    "listing_image_alt": article.listing_image_alt,
                    "listing_image_caption": content_es.CAPTIONS.get(
                        article.listing_image.title if article.listing_image else "", ""
                    ),
                },
                body=self.stream(news_spec["body"], captions=content_es.CAPTIONS),
                topics=[content_es.TOPICS.get(tag.name, tag.name) for tag in article.topic_list()],
            )
        # Read again: its children were added through other copies of it (numchild).
        es_home = HomePage.objects.get(pk=es_home.pk)
        if es_home.join_page_id != es_join.pk:
            es_home.join_page = es_join
            self.publish(es_home, created=False)

    def translate(self, page: Page, fields: dict[str, Any], **extra: Any) -> tuple[Page, bool]:
        translated, created = spanish.translate_page(page, fields, **extra)
        if created:
            self.note(f"Translated page {page.title!r} into Spanish")
        return translated, created

    # Pages -------------------------------------------------------------------------------

    def publish(self, page: Page, created: bool = True) -> None:
        page.save_revision().publish()
        if created:
            self.note(f"Created page {page.title!r}")
        else:
            self.note(f"Updated page {page.title!r}")

    def child(self, parent: Page, slug: str) -> Page | None:
        found = parent.get_children().filter(slug=slug).first()
        return found.specific if found is not None else None

    def ensure_base_tree(self) -> None:
        """What Wagtail's migrations create, in case the database was emptied (flushed)."""
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        if not Locale.objects.exists():
            Locale.objects.create(language_code=language)
            self.note("Created the default locale")
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
            self.note("Created the root collection")
        if Page.get_first_root_node() is None:
            Page.add_root(instance=Page(title="Root", slug="root"))
            self.note("Created the root page")

    def ensure_home(self) -> HomePage:
        # The English home: the Spanish one is its translation (ensure_spanish).
        home = HomePage.objects.filter(locale=Locale.get_default()).first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        # Wagtail's own welcome page holds the slug "home": move it aside, then remove it.
        welcome = root.get_children().filter(slug="home").first()
        if welcome is not None:
            welcome.slug = "wagtail-welcome"
            welcome.save(update_fields=["slug"])
        home = HomePage(
            title=content.HOME_TITLE,
            slug="home",
            intro=content.HOME_INTRO,
            join_heading=content.JOIN_HEADING,
            join_text=content.JOIN_TEXT,
            hero_image=ensure_image("Andes at dawn"),
            seo_title="tipwatch: human rights and development in Peru",
            search_description="A UK group supporting human rights and development in Peru, "
            "following the US Trafficking in Persons Report.",
        )
        root.add_child(instance=home)
        self.publish(home)
        if welcome is not None:
            Site.objects.filter(root_page=welcome).update(root_page=home)
            if type(welcome.specific) is Page and not welcome.get_children().exists():
                welcome.delete()
                self.note("Removed Wagtail's welcome page")
        return home

    def ensure_site(self, home: HomePage) -> Site:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="tipwatch",
            )
            self.note("Created the default site")
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
            self.note("Made the home page the default site's root")
        return site

    def ensure_standard_page(self, parent: Page, spec: dict[str, Any]) -> StandardPage:
        existing = self.child(parent, spec["slug"])
        if existing is not None:
            return existing
        page = StandardPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            body=self.stream(spec["body"]),
            search_description=spec["intro"],
        )
        parent.add_child(instance=page)
        self.publish(page)
        return page

    def ensure_join_page(self, parent: Page, privacy: Page) -> JoinPage:
        existing = self.child(parent, content.JOIN_PAGE["slug"])
        if existing is not None:
            return existing
        page = JoinPage(
            title=content.JOIN_PAGE["title"],
            slug=content.JOIN_PAGE["slug"],
            intro=content.JOIN_PAGE["intro"],
            thank_you_text=content.JOIN_PAGE["thank_you_text"],
            privacy_page=privacy,
            privacy_notice_version="2026-1",
            search_description="Become a member of tipwatch and support human rights in Peru.",
        )
        parent.add_child(instance=page)
        self.publish(page)
        return page

    def ensure_news_index(self, parent: Page) -> NewsIndexPage:
        existing = self.child(parent, content.NEWS_INDEX["slug"])
        if existing is not None:
            return existing
        page = NewsIndexPage(
            title=content.NEWS_INDEX["title"],
            slug=content.NEWS_INDEX["slug"],
            intro=content.NEWS_INDEX["intro"],
            search_description="News and analysis on trafficking in persons and human rights "
            "in Peru.",
        )
        parent.add_child(instance=page)
        self.publish(page)
        return page

    def ensure_news(self, parent: NewsIndexPage, spec: dict[str, Any]) -> NewsPage:
        existing = self.child(parent, spec["slug"])
        if existing is not None:
            return existing
        image = ensure_image(spec["image"])
        page = NewsPage(
            title=spec["title"],
            slug=spec["slug"],
            date=spec["date"],
            summary=spec["summary"],
            listing_image=image,
            listing_image_alt="",
            listing_image_caption=image.caption,  # type: ignore[attr-defined]
            body=self.stream(spec["body"]),
        )
        parent.add_child(instance=page)
        page.topics.add(*spec["topics"])
        page.save()
        self.publish(page)
        return page

    def stream(
        self, blocks: list[tuple[str, Any]], captions: dict[str, str] | None = None
    ) -> list[tuple[str, Any]]:
        stream: list[tuple[str, Any]] = []
        for kind, value in blocks:
            if kind == "heading":
                stream.append(("heading", {"text": value, "level": "h2"}))
            elif kind == "paragraph":
                stream.append(("paragraph", RichText(value)))
            elif kind == "image":
                image = ensure_image(value)
                caption = (captions or {}).get(value, image.caption)  # type: ignore[attr-defined]
                stream.append(("image", {"image": image, "alt_text": "", "caption": caption}))
            elif kind in ("quote", "pull_quote"):
                quote, attribution = value
                stream.append((kind, {"quote": quote, "attribution": attribution}))
            else:
                stream.append((kind, value))
        return stream

    # Data and settings -------------------------------------------------------------------

    def ensure_membership_types(self) -> None:
        for (
            slug,
            name,
            fee,
            description,
            order,
            name_es,
            description_es,
        ) in content.MEMBERSHIP_TYPES:
            membership_type, created = MembershipType.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "name_es": name_es,
                    "annual_fee": Decimal(fee),
                    "description": description,
                    "description_es": description_es,
                    "sort_order": order,
                    "active": True,
                },
            )
            if created:
                self.note(f"Created membership type {name}")
            elif not membership_type.name_es and not membership_type.description_es:
                # A demo site set up before types had Spanish names gets them; an editor's own
                # Spanish wording is left alone.
                membership_type.name_es = name_es
                membership_type.description_es = description_es
                membership_type.save(update_fields=["name_es", "description_es"])
                self.note(f"Added the Spanish name of membership type {name}")

    def ensure_settings(self, site: Site, pages: dict[str, Page]) -> None:
        site_settings = SiteSettings.for_site(site)
        changed = False
        if site_settings.focus_country_id is None:
            peru = Country.objects.filter(iso3="PER").first()
            if peru is not None:
                site_settings.focus_country = peru
                changed = True
        if site_settings.home_group_id is None:
            home_group = Group.objects.filter(slug="latin-america").first()
            if home_group is not None:
                site_settings.home_group = home_group
                changed = True
        if site_settings.default_social_image_id is None:
            site_settings.default_social_image = ensure_image("Andes at dawn")
            changed = True
        if changed:
            site_settings.save()
            self.note("Updated the site settings")

        nav = NavigationSettings.for_site(site)
        if not nav.primary_links and not nav.footer_links and not nav.footer_text:
            links = [
                ("link", {"label": label, "page": pages[slug], "url": ""})
                for label, slug in content.PRIMARY_NAV
            ]
            # The explorer is not a page in the tree: link it by address, before "Join".
            links.insert(-1, ("link", {"label": "TIP data", "page": None, "url": "/explorer/"}))
            nav.primary_links = links
            nav.footer_links = [
                ("link", {"label": "Privacy notice", "page": pages["privacy"], "url": ""}),
                (
                    "link",
                    {"label": "Manage your membership", "page": None, "url": "/members/manage/"},
                ),
            ]
            nav.footer_text = content.FOOTER_TEXT
            nav.save()
            self.note("Set up the navigation and footer")
        if not nav.footer_text_es:
            self.add_spanish_navigation(nav)

    def add_spanish_navigation(self, nav: NavigationSettings) -> None:
        """The demo navigation's Spanish labels and footer, beside the English."""
        for stream in (nav.primary_links, nav.footer_links):
            for block in stream:
                label = content_es.NAV_LABELS.get(block.value["label"])
                if label and not block.value.get("label_es"):
                    block.value["label_es"] = label
        nav.footer_text_es = content_es.FOOTER_TEXT
        nav.save()
        self.note("Added the Spanish navigation and footer")
