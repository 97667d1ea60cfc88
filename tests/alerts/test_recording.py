"""Change sets are recorded from the three places placements change, and only for news."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.alerts.reports import NEW_YEAR, import_and_apply
from tests.tip.test_admin import form_data
from tipwatch.alerts.models import ChangeSet, ChangeSetState, Source
from tipwatch.tip.models import Placement
from tipwatch.tip.services.dataset_loader import DatasetLoader

pytestmark = pytest.mark.usefixtures("tip_data")


def peru(year: int = 2025) -> Placement:
    return Placement.objects.select_related("country", "report").get(
        country__iso3="PER", report__year=year
    )


def test_an_applied_import_records_a_held_change_set_of_what_moved(admin_client: Client) -> None:
    run = import_and_apply(admin_client)

    change_set = ChangeSet.objects.get()
    assert (change_set.source, change_set.state, change_set.report_year) == (
        Source.IMPORT,
        ChangeSetState.HELD,
        NEW_YEAR,
    )
    assert change_set.import_run == run.pk
    [entry] = change_set.entries.select_related("country")  # Chile stayed on Tier 1: not news
    assert (entry.country.iso3, entry.old_tier, entry.new_tier, entry.change) == (
        "PER",
        "2",
        "2WL",
        "down",
    )
    assert "Applied import" in entry.reason
    assert {s["metric"] for s in entry.statistics}  # the import's new figures for Peru


def test_applying_nothing_that_moves_records_nothing(admin_client: Client) -> None:
    from tests.ingest.reports import CHILE

    import_and_apply(admin_client, CHILE)

    assert not ChangeSet.objects.exists()


def edit(client: Client, placement: Placement, **changes: Any) -> None:
    response = client.post(
        reverse("placements:edit", args=[placement.pk]), form_data(placement, **changes)
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def test_edits_of_one_year_within_the_window_fold_into_one(admin_client: Client) -> None:
    edit(admin_client, peru(), tier="2WL", editor_correction="on", change_reason="Page 412")
    edit(admin_client, peru(), tier="3", editor_correction="on", change_reason="Second look")

    change_set = ChangeSet.objects.get()
    assert change_set.source == Source.EDIT
    assert change_set.state == ChangeSetState.FOLDING
    assert change_set.send_after is not None
    assert change_set.send_after > timezone.now()
    [entry] = change_set.entries.all()
    assert (entry.old_tier, entry.new_tier, entry.change) == ("2", "3", "down")
    assert entry.reason == "Second look"
    assert "Page 412" in change_set.reason
    assert "Second look" in change_set.reason


def test_an_edit_undone_in_the_window_withdraws_the_change_set(admin_client: Client) -> None:
    edit(admin_client, peru(), tier="2WL", editor_correction="on", change_reason="Oops")
    edit(admin_client, peru(), tier="2", editor_correction="on", change_reason="Undo")

    assert ChangeSet.objects.get().state == ChangeSetState.WITHDRAWN


def test_an_edit_after_the_window_starts_a_new_change_set(admin_client: Client) -> None:
    edit(admin_client, peru(), tier="2WL", editor_correction="on", change_reason="First")
    ChangeSet.objects.update(send_after=timezone.now() - datetime.timedelta(seconds=1))
    edit(admin_client, peru(), tier="3", editor_correction="on", change_reason="Later")

    assert ChangeSet.objects.count() == 2


def test_fixing_a_source_or_a_note_is_not_news(admin_client: Client) -> None:
    placement = peru()
    edit(
        admin_client,
        placement,
        note="Typo fixed",
        source_name="ecoi.net (2025)",
        change_reason="Tidying",
    )

    assert not ChangeSet.objects.exists()


def test_reloading_the_bundled_dataset_after_an_edit_records_the_move_back() -> None:
    Placement.objects.filter(pk=peru().pk).update(tier="3")

    DatasetLoader().load()

    change_set = ChangeSet.objects.get()
    assert (change_set.source, change_set.state) == (Source.DATASET, ChangeSetState.HELD)
    [entry] = change_set.entries.select_related("country")
    assert (entry.country.iso3, entry.old_tier, entry.new_tier, entry.change) == (
        "PER",
        "3",
        "2",
        "up",
    )


def test_reloading_an_unchanged_dataset_records_nothing() -> None:
    DatasetLoader().load()

    assert not ChangeSet.objects.exists()


def test_deleting_a_placement_in_the_admin_is_a_removal(admin_client: Client) -> None:
    placement = peru()

    response = admin_client.post(reverse("placements:delete", args=[placement.pk]))

    assert response.status_code == 302
    change_set = ChangeSet.objects.get()
    assert (change_set.source, change_set.state) == (Source.EDIT, ChangeSetState.FOLDING)
    [entry] = change_set.entries.all()
    assert (entry.old_tier, entry.new_tier, entry.change) == ("2", "", "removed")
