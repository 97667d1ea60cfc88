"""Membership: the kinds of membership on offer, the members, and the page people join from."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.validators import MinValueValidator
from django.db import models
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import timezone, translation
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from tipwatch.pages.models import SeoMixin

if TYPE_CHECKING:
    from django.http import HttpRequest


class MembershipTypeQuerySet(models.QuerySet["MembershipType"]):
    def active(self) -> MembershipTypeQuerySet:
        return self.filter(active=True)


class MembershipType(models.Model):
    """A kind of membership. Its Spanish name and description sit beside the English ones, as
    other reference data's do (a country's `name_es`): one row per type, whichever language a
    member joins in, so a member's type is the same row on both sites."""

    name = models.CharField(max_length=80)
    name_es = models.CharField(
        "Spanish name",
        max_length=80,
        blank=True,
        help_text="Shown on the Spanish site and in Spanish emails; the English name while empty.",
    )
    slug = models.SlugField(unique=True)
    annual_fee = models.DecimalField(
        "annual fee (GBP)",
        max_digits=7,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )
    description = models.TextField(blank=True)
    description_es = models.TextField(
        "Spanish description",
        blank=True,
        help_text="Shown on the Spanish join page; the English description while empty.",
    )
    active = models.BooleanField(default=True, help_text="Inactive types cannot be joined.")
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = MembershipTypeQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_es")]),
        FieldPanel("slug"),
        FieldPanel("annual_fee"),
        FieldPanel("description"),
        FieldPanel("description_es"),
        FieldPanel("active"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return f"{self.name} (£{self.annual_fee:.2f} a year)"

    @property
    def display_name(self) -> str:
        """The name in the active language (a page's, or the member's around an email)."""
        return self.name_es if _spanish() and self.name_es else self.name

    @property
    def display_description(self) -> str:
        """The description in the active language; the English one while it has no Spanish."""
        return self.description_es if _spanish() and self.description_es else self.description


def _spanish() -> bool:
    return (translation.get_language() or "").split("-")[0] == "es"


class MemberState(models.TextChoices):
    # Shown to members on their own page (and in their emails), so in their language.
    PENDING = "pending", pgettext_lazy("membership state", "Pending (email not confirmed)")
    CONFIRMED = "confirmed", pgettext_lazy("membership state", "Confirmed (awaiting approval)")
    ACTIVE = "active", pgettext_lazy("membership state", "Active")
    LAPSED = "lapsed", pgettext_lazy("membership state", "Lapsed")
    CANCELLED = "cancelled", pgettext_lazy("membership state", "Cancelled")


class AlertLanguage(models.TextChoices):
    # The languages the site writes to members in: every email, alerts included. Each is
    # named in itself, so a reader finds their own whatever the page's language.
    ENGLISH = "en", "English"
    SPANISH = "es", "Español"


class Member(models.Model):
    name = models.CharField(max_length=200)
    email = models.EmailField(unique=True, help_text="Stored in lower case.")
    postal_address = models.TextField(blank=True)
    membership_type = models.ForeignKey(
        MembershipType, on_delete=models.PROTECT, related_name="members"
    )
    state = models.CharField(
        max_length=10, choices=MemberState.choices, default=MemberState.PENDING, db_index=True
    )
    newsletter_opt_in = models.BooleanField("newsletter", default=False)
    alerts_opt_in = models.BooleanField("country alerts", default=False)
    followed_countries = models.ManyToManyField(
        "tip.Country",
        blank=True,
        related_name="followers",
        verbose_name="countries followed",
        help_text="Alerts name these countries when a report or an edit moves them.",
    )
    followed_groups = models.ManyToManyField(
        "tip.Group",
        blank=True,
        related_name="followers",
        verbose_name="groups followed",
        help_text="Every country in these groups is followed as well.",
    )
    language = models.CharField(
        "language",
        max_length=2,
        help_text="Every email to the member (confirmation, renewal, alerts) is written in this "
        "language, with links to the pages in it. Joining sets it to the join page's language.",
        choices=AlertLanguage.choices,
        default="en",
        blank=True,  # blank: English, the site's first language
    )
    consent_at = models.DateTimeField(help_text="When the privacy notice was accepted.")
    privacy_notice_version = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    renewal_due = models.DateField(null=True, blank=True)
    renewal_reminded_for = models.DateField(
        null=True,
        blank=True,
        help_text="The renewal date a reminder was last sent for; never reminded twice.",
    )
    notes = models.TextField(blank=True, help_text="For staff only.")

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.email = self.normalise_email(self.email)
        super().save(*args, **kwargs)

    @staticmethod
    def normalise_email(email: str) -> str:
        return email.strip().lower()

    @property
    def can_be_approved(self) -> bool:
        return self.state == MemberState.CONFIRMED

    def personal_data(self) -> dict[str, Any]:
        """Everything we hold about the member, for 'download my data'."""

        def iso(value: datetime.date | datetime.datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "name": self.name,
            "email": self.email,
            "postal_address": self.postal_address,
            "membership_type": self.membership_type.name,
            "annual_fee_gbp": str(self.membership_type.annual_fee),
            "state": self.state,
            "newsletter_opt_in": self.newsletter_opt_in,
            "alerts_opt_in": self.alerts_opt_in,
            "countries_followed": sorted(c.iso3 for c in self.followed_countries.all())
            if self.pk
            else [],
            "groups_followed": sorted(g.slug for g in self.followed_groups.all())
            if self.pk
            else [],
            "language": self.language,
            "consent_at": iso(self.consent_at),
            "privacy_notice_version": self.privacy_notice_version,
            "joined_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "confirmed_at": iso(self.confirmed_at),
            "approved_at": iso(self.approved_at),
            "cancelled_at": iso(self.cancelled_at),
            "renewal_due": iso(self.renewal_due),
            "renewal_reminded_for": iso(self.renewal_reminded_for),
            "notes": self.notes,
            "exported_at": timezone.now().isoformat(),
        }


class JoinPage(RoutablePageMixin, SeoMixin, Page):
    """'Why join': an introduction, the membership types on offer and the join form."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ul", "ol", "h2", "h3"])
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy notice people agree to when joining.",
    )
    privacy_notice_version = models.CharField(
        max_length=40,
        default="1",
        help_text="Change this whenever the privacy notice changes; each member's record "
        "keeps the version they agreed to.",
    )
    thank_you_text = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("privacy_notice_version")],
            heading="Privacy notice",
        ),
        FieldPanel("thank_you_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["membership_types"] = list(MembershipType.objects.active())
        return context

    @path("")
    def join(self, request: HttpRequest) -> HttpResponse:
        from .views import join_view

        return join_view(request, self)

    @path("thanks/")
    def thanks(self, request: HttpRequest) -> HttpResponse:
        return self.render(request, template="members/join_thanks.html")

    def thanks_url(self, request: HttpRequest) -> str:
        return self.get_url(request) + self.reverse_subpage("thanks")

    def redirect_to_thanks(self, request: HttpRequest) -> HttpResponseRedirect:
        return HttpResponseRedirect(self.thanks_url(request))
