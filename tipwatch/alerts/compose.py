"""Write one member's alert for a change set: plain text and HTML, with the one-click
unsubscribe headers of RFC 8058 and a Message-ID fixed by the change set and member, so a
message sent again after a crash can be recognised as the same one."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import get_template
from django.urls import reverse
from django.utils.safestring import mark_safe

from tipwatch.members.language import in_language_of, member_language
from tipwatch.members.models import Member
from tipwatch.members.tokens import MANAGE_SALT, make_token
from tipwatch.tip.names import country_name

from . import wording
from .models import ChangeSet, ChangeSetEntry
from .tokens import unsubscribe_token


@dataclass(frozen=True)
class EntryLines:
    """An entry as a member reads it, in one language."""

    iso3: str
    country: str
    change: str
    flags: list[str]
    statistics: str
    country_url: str
    briefing_url: str | None
    text: str = ""  # the entry as written in the email, rendered once per language
    html: str = ""


@dataclass
class Composer:
    change_set: ChangeSet
    root_url: str
    _entries: dict[int, ChangeSetEntry] = field(init=False)
    _briefings: dict[tuple[int, str], str] = field(init=False)
    _lines: dict[tuple[int, str], EntryLines] = field(init=False, default_factory=dict)
    _label_cache: dict[str, dict[str, str]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        from tipwatch.briefings.models import BriefingDraft

        self.root_url = self.root_url.rstrip("/")
        self._entries = {
            e.pk: e for e in self.change_set.entries.select_related("country").order_by("pk")
        }
        drafts = BriefingDraft.objects.filter(
            country_id__in=[e.country_id for e in self._entries.values()],
            report_year=self.change_set.report_year,
            page__live=True,
        ).select_related("page")
        self._briefings = {}
        for draft in drafts:
            url = draft.page.url or ""
            self._briefings[(draft.country_id, draft.lang)] = (
                self.root_url + url if url.startswith("/") else url
            )
        self._text = get_template("alerts/email/alert.txt")
        self._html = get_template("alerts/email/alert.html")
        self._entry_text = get_template("alerts/email/entry.txt")
        self._entry_html = get_template("alerts/email/entry.html")
        domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
        self.domain = domain

    def report_url(self) -> str:
        return self.root_url + reverse("explorer:report", args=[self.change_set.report_year])

    def lines(self, entry_id: int, lang: str) -> EntryLines:
        """The entry in `lang`, the member language active around the call."""
        key = (entry_id, lang)
        if key not in self._lines:
            entry = self._entries[entry_id]
            country = entry.country
            name = country_name(country, lang)
            flags = wording.flag_lines(entry.flags_added, entry.flags_removed)
            figures = ", ".join(
                f"{s.get('metric')} {s.get('period_year')}: {s.get('value')}"
                for s in entry.statistics
            )
            lines = EntryLines(
                iso3=country.iso3,
                country=name,
                change=wording.describe_change(
                    entry.change, entry.old_tier or None, entry.new_tier or None
                ),
                flags=flags,
                statistics=wording.phrase("statistics", figures=figures) if figures else "",
                country_url=self.root_url + reverse("explorer:country", args=[country.iso3]),
                briefing_url=self._briefings.get((country.pk, lang))
                or self._briefings.get((country.pk, "en")),
            )
            # Each entry is rendered once per language and reused for every member who hears
            # of it: with 20,000 members, rendering it per member was most of the work.
            context = {"entry": lines, "labels": self._labels(lang)}
            self._lines[key] = dataclasses.replace(
                lines, text=self._entry_text.render(context), html=self._entry_html.render(context)
            )
        return self._lines[key]

    def site_url(self) -> str:
        """The home page in the active language: the bare address for English, as always."""
        home = reverse("wagtail_serve", args=[""])
        return self.root_url + ("" if home == "/" else home)

    def _labels(self, lang: str) -> dict[str, str]:
        if lang not in self._label_cache:
            site = self.site_url()
            self._label_cache[lang] = {
                key: wording.phrase(key, year=self.change_set.report_year, site=site)
                for key in (
                    "intro",
                    "country_page",
                    "report_page",
                    "briefing",
                    "why",
                    "change_follows",
                    "unsubscribe",
                )
            }
        return self._label_cache[lang]

    def subject(self, entries: list[EntryLines], lang: str) -> str:
        year = self.change_set.report_year
        if len(entries) == 1:
            return wording.phrase(
                "subject_one", country=entries[0].country, change=entries[0].change, year=year
            )
        return wording.phrase("subject_many", count=len(entries), year=year)

    def message_id(self, member: Member) -> str:
        return f"<alert.{self.change_set.pk}.{member.pk}@{self.domain}>"

    def message(self, member: Member, entry_ids: list[int]) -> EmailMultiAlternatives:
        """The member's alert, written in their language with links to the pages in it, whatever
        language the worker has active."""
        with in_language_of(member):
            return self._message(member, entry_ids, member_language())

    def _message(self, member: Member, entry_ids: list[int], lang: str) -> EmailMultiAlternatives:
        entries = [self.lines(pk, lang) for pk in entry_ids if pk in self._entries]
        unsubscribe = self.root_url + reverse(
            "alerts:unsubscribe", args=[unsubscribe_token(member)]
        )
        manage = self.root_url + reverse("members:manage", args=[make_token(member, MANAGE_SALT)])
        labels = self._labels(lang)
        context = {
            "entries_text": "".join(e.text for e in entries),
            # Rendered (and escaped) by our own entry template: safe to place as it is.
            "entries_html": mark_safe("".join(e.html for e in entries)),
            "labels": labels,
            "report_url": self.report_url(),
            "unsubscribe_url": unsubscribe,
            "manage_url": manage,
            "member": member,
            "lang": lang,
        }
        message = EmailMultiAlternatives(
            subject=self.subject(entries, lang),
            body=self._text.render(context),
            to=[member.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Message-ID": self.message_id(member),
                "Content-Language": lang,
            },
        )
        message.attach_alternative(self._html.render(context), "text/html")
        return message
