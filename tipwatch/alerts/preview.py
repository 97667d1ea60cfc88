"""Who would get what from a change set, and a sample rendered: for the admin and the command."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.db.models import Count

from tipwatch.members.emails import site_root_url
from tipwatch.members.models import Member

from .audience import recipients
from .compose import Composer
from .models import ChangeSet, ChangeSetEntry, Delivery, DeliveryState


@dataclass(frozen=True)
class Sample:
    to: str
    subject: str
    text: str
    html: str
    headers: dict[str, str]


@dataclass(frozen=True)
class Preview:
    change_set: ChangeSet
    entries: list[ChangeSetEntry]
    recipients: int
    by_country: dict[str, int]  # ISO3 -> how many members hear about it
    deliveries: dict[str, int]  # delivery state -> count (after release)
    sample: Sample | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.change_set.pk,
            "state": self.change_set.state,
            "report_year": self.change_set.report_year,
            "recipients": self.recipients,
            "by_country": self.by_country,
            "deliveries": self.deliveries,
            "entries": [
                {
                    "iso3": e.country.iso3,
                    "old_tier": e.old_tier or None,
                    "new_tier": e.new_tier or None,
                    "change": e.change,
                    "flags_added": e.flags_added,
                    "flags_removed": e.flags_removed,
                }
                for e in self.entries
            ],
            "sample": None
            if self.sample is None
            else {"to": self.sample.to, "subject": self.sample.subject, "text": self.sample.text},
        }


def delivery_counts(change_set: ChangeSet) -> dict[str, int]:
    rows = Delivery.objects.filter(change_set=change_set).values("state").annotate(n=Count("pk"))
    counts = dict.fromkeys(DeliveryState.values, 0)
    counts.update({row["state"]: row["n"] for row in rows})
    return counts


def preview(change_set: ChangeSet, root_url: str | None = None) -> Preview:
    entries = list(change_set.entries.select_related("country"))
    iso3_of = {e.pk: e.country.iso3 for e in entries}
    if change_set.is_waiting:
        audience = recipients(change_set)
    else:  # after release, who hears is what was recorded then
        audience = dict(
            Delivery.objects.filter(change_set=change_set).values_list("member_id", "entry_ids")
        )
    by_country: Counter[str] = Counter()
    for entry_ids in audience.values():
        by_country.update(iso3_of[pk] for pk in entry_ids if pk in iso3_of)
    sample = None
    if audience:
        first = min(audience, key=lambda pk: (-len(audience[pk]), pk))
        member = Member.objects.get(pk=first)
        message = Composer(change_set, root_url or site_root_url()).message(member, audience[first])
        html = next((c for c, kind in message.alternatives if kind == "text/html"), "")
        sample = Sample(
            to=member.email,
            subject=str(message.subject),
            text=str(message.body),
            html=str(html),
            headers={k: str(v) for k, v in message.extra_headers.items()},
        )
    return Preview(
        change_set,
        entries,
        len(audience),
        dict(sorted(by_country.items())),
        delivery_counts(change_set),
        sample,
    )
