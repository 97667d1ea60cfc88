"""Loading the dataset: one transaction, idempotent, every change recorded."""

import shutil
from pathlib import Path

import pytest
from wagtail.models import ModelLogEntry

from tipwatch.tip.models import (
    Country,
    CoverageGap,
    DatasetLoad,
    Group,
    Placement,
    Report,
    SourceConflict,
)
from tipwatch.tip.services.dataset_files import BUNDLED_DATA_DIR, DatasetError
from tipwatch.tip.services.dataset_loader import DatasetLoader

from .test_dataset_files import write_dataset

pytestmark = pytest.mark.django_db


def test_loads_every_file(tmp_path: Path) -> None:
    summary = DatasetLoader(write_dataset(tmp_path), loaded_by="test").load()

    assert summary.placements_created == 3
    assert Country.objects.get(iso3="MMR").alias_names == ["Myanmar"]
    assert Country.objects.get(iso3="PER").bureau_for(2015) == "WHA"
    assert Report.objects.get(year=2015).is_partial
    peru = Placement.objects.for_country("PER").for_year(2015).get()
    assert (peru.tier, peru.page) == ("2", 278)
    assert set(Group.objects.get(slug="latin-america").members.values_list("iso3", flat=True)) == {
        "CHL",
        "PER",
    }
    assert SourceConflict.objects.count() == 1
    assert CoverageGap.objects.get().country.iso3 == "MMR"
    assert DatasetLoad.objects.get().loaded_by == "test"


def test_loading_again_changes_nothing(tmp_path: Path) -> None:
    directory = write_dataset(tmp_path)
    DatasetLoader(directory).load()

    again = DatasetLoader(directory).load()

    assert (again.placements_created, again.placements_updated) == (0, 0)
    assert again.placements_unchanged == 3
    assert Placement.objects.count() == 3
    assert not ModelLogEntry.objects.filter(action="tipwatch.dataset").exists()


def test_a_changed_row_is_updated_and_its_history_says_why(tmp_path: Path) -> None:
    DatasetLoader(write_dataset(tmp_path)).load()
    write_dataset(
        tmp_path,
        placements=[
            "PER,2014,2,dataset,Test,,,,,false",
            "PER,2015,2WL,official,Test,,278,'PERU: Tier 2 Watch List',,false",
            "CHL,2015,1,dataset,Test,https://example.org/chl,,,,false",
        ],
    )

    summary = DatasetLoader(tmp_path).load()

    assert summary.placements_updated == 1
    peru = Placement.objects.for_country("PER").for_year(2015).get()
    assert peru.tier == "2WL"
    entry = ModelLogEntry.objects.get(action="tipwatch.dataset", object_id=str(peru.pk))
    assert entry.data["changes"] == {
        "tier": ["2", "2WL"],
        "quote": ["'PERU: Tier 2'", "'PERU: Tier 2 Watch List'"],
    }
    assert entry.data["reason"].startswith("Bundled dataset ")


def test_a_malformed_file_loads_nothing(tmp_path: Path) -> None:
    write_dataset(
        tmp_path,
        placements=["PER,2014,2,dataset,Test,,,,,false", "PER,2015,Tier 9,dataset,Test,,,,,false"],
    )

    with pytest.raises(DatasetError, match=r"placements\.csv, line 3"):
        DatasetLoader(tmp_path).load()

    assert not Country.objects.exists()
    assert not Placement.objects.exists()
    assert not DatasetLoad.objects.exists()


def test_a_failure_while_writing_rolls_everything_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(DatasetLoader, "_load_groups", fail)

    with pytest.raises(RuntimeError, match="disk full"):
        DatasetLoader(write_dataset(tmp_path)).load()

    assert not Country.objects.exists()
    assert not Placement.objects.exists()


def test_only_if_empty_leaves_loaded_data_alone(tmp_path: Path) -> None:
    DatasetLoader(write_dataset(tmp_path)).load()
    Placement.objects.filter(country__iso3="CHL").update(note="edited by an editor")

    summary = DatasetLoader(tmp_path).load(only_if_empty=True)

    assert summary.skipped
    assert Placement.objects.get(country__iso3="CHL").note == "edited by an editor"


def test_the_bundled_dataset_loads_and_reloads_unchanged(tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(BUNDLED_DATA_DIR, copy)
    first = DatasetLoader(copy).load()

    second = DatasetLoader(copy).load()

    assert first.placements_created == Placement.objects.count() > 3500
    assert second.placements_unchanged == first.placements_created
    assert Report.objects.count() == 25
