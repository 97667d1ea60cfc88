"""An editor's decision on a country name the report used that no country of ours answers to.

Mapping the name to a country keeps it as one of that country's aliases, so later imports
recognise it, and turns the row into that country's tier proposal. Skipping leaves the data alone.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.db import transaction
from wagtail.log_actions import log

from tipwatch.core.audit import CHANGE_ACTION
from tipwatch.ingest.models import ImportRun, ProposedChange
from tipwatch.tip.models import Country, CountryAlias, Placement

Action = ProposedChange.Action
Kind = ProposedChange.Kind


class DecisionRefusedError(ValueError):
    """The decision cannot be taken on this row."""


def _undecided(change_pk: int) -> ProposedChange:
    change = ProposedChange.objects.select_for_update().select_related("run").get(pk=change_pk)
    if change.kind != Kind.UNKNOWN_COUNTRY or change.action != Action.UNRESOLVED:
        raise DecisionRefusedError(f"'{change.name}' has been decided already")
    if change.run.status != ImportRun.Status.READY:
        raise DecisionRefusedError(
            f"import #{change.run.pk} is {change.run.get_status_display().lower()}"
        )
    return change


@transaction.atomic
def map_unknown_name(change_pk: int, country: Country, user: Any = None) -> ProposedChange:
    change = _undecided(change_pk)
    name = " ".join(change.name.split())
    known = {country.name.casefold(), *(a.casefold() for a in country.alias_names)}
    if name.casefold() not in known:
        clash = CountryAlias.objects.filter(name__iexact=name).select_related("country").first()
        if clash is not None:
            raise DecisionRefusedError(f"'{name}' is already a name of {clash.country.name}")
        CountryAlias.objects.create(country=country, name=name)
        log(
            country,
            CHANGE_ACTION,
            user=user if getattr(user, "is_authenticated", False) else None,
            uuid=uuid.uuid4(),
            data={
                "reason": f"The report's name '{name}' was mapped to it in import #{change.run.pk}",
                "changes": {"aliases": [None, name]},
            },
        )
    after = change.after or {}
    change.country = country
    change.kind = Kind.PLACEMENT
    change.key = "tier"
    if after.get("tier") is None:
        # The report gave no tier under this name: the alias is kept, nothing else to apply.
        change.action = Action.UNCHANGED
        change.accepted = False
        change.save()
        return change
    change.after = {"tier": after["tier"], "page": change.page, "quote": after.get("header", "")}
    year = change.run.report_year
    if year is None:  # proposals are stored with the year, so a run that has them has one
        raise ValueError(f"import #{change.run.pk} has proposals but no report year")
    existing = Placement.objects.filter(country=country, report__year=year).first()
    if existing is None:
        change.before = None
        change.action = Action.NEW
    else:
        change.before = {"tier": existing.tier, "page": existing.page, "quote": existing.quote}
        change.action = Action.UNCHANGED if change.before == change.after else Action.CHANGED
    change.accepted = change.is_actionable
    change.save()
    return change


@transaction.atomic
def skip_unknown_name(change_pk: int) -> ProposedChange:
    change = _undecided(change_pk)
    change.action = Action.SKIPPED
    change.accepted = False
    change.save(update_fields=["action", "accepted"])
    return change
