"""Migration 0004 maps the old source kinds onto the ranked ones, and back."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("tip", "0003_data_version_from_explorer")]
AFTER = [("tip", "0004_source_kinds_by_strength")]

OLD_ROWS = [
    # (iso3, old kind, url, inferred) -> new kind
    ("AAA", "official_list", "https://www.state.gov/memo/", False, "official"),
    ("BBB", "narrative_header", "https://www.ecoi.net/en/document/1.html", False, "verbatim_copy"),
    ("CCC", "narrative_header", "https://www.gvnet.com/x.htm", False, "secondary"),
    ("DDD", "official_list", "https://thefederalnewswire.com/x", False, "secondary"),
    ("EEE", "secondary_list", "https://github.com/factbook/", False, "secondary"),
    ("FFF", "secondary_list", "", True, "inferred"),
    ("GGG", "dataset", "https://github.com/andrewheiss/", False, "dataset"),
    ("HHH", "narrative_header", "https://pe.usembassy.gov/tip/", False, "official"),
]


def migrate(targets: list[tuple[str, str]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.mark.django_db(transaction=True)
def test_old_kinds_become_ranked_kinds_and_go_back() -> None:
    apps = migrate(BEFORE).loader.project_state(BEFORE).apps
    Country = apps.get_model("tip", "Country")
    Report = apps.get_model("tip", "Report")
    Placement = apps.get_model("tip", "Placement")
    report = Report.objects.create(year=2019, title="Trafficking in Persons Report 2019")
    for iso3, kind, url, inferred, _ in OLD_ROWS:
        Placement.objects.create(
            country=Country.objects.create(iso3=iso3, name=iso3),
            report=report,
            tier="2",
            source_kind=kind,
            source_name="test",
            source_url=url,
            inferred=inferred,
        )
    try:
        apps = migrate(AFTER).loader.project_state(AFTER).apps
        Placement = apps.get_model("tip", "Placement")
        kinds = dict(Placement.objects.values_list("country__iso3", "source_kind"))
        assert kinds == {iso3: new for iso3, _, _, _, new in OLD_ROWS}

        apps = migrate(BEFORE).loader.project_state(BEFORE).apps
        Placement = apps.get_model("tip", "Placement")
        back = dict(Placement.objects.values_list("country__iso3", "source_kind"))
        assert back["FFF"] == "secondary_list"
        assert back["BBB"] == "narrative_header"
        assert back["GGG"] == "dataset"
    finally:
        migrate(executor_leaf_nodes())


def executor_leaf_nodes() -> list[tuple[str, str]]:
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
