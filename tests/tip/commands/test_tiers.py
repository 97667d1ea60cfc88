import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from tipwatch.tip.models import Placement

pytestmark = pytest.mark.usefixtures("tip_data")

LATIN_AMERICA_2015 = {
    "Chile": "1",
    "Bolivia": "2WL",
    "Costa Rica": "2WL",
    "Cuba": "2WL",
    "Haiti": "2WL",
    "Venezuela": "3",
}


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_latin_america_2015_as_csv() -> None:
    output = run("tiers", "--year", "2015", "--group", "latin-america", "--format", "csv")

    lines = output.strip().splitlines()
    assert lines[0] == "iso3,country,tier"
    rows = list(csv.DictReader(io.StringIO(output)))
    assert len(rows) == 20
    tiers = {row["country"]: row["tier"] for row in rows}
    for country, tier in LATIN_AMERICA_2015.items():
        assert tiers.pop(country) == tier, country
    assert set(tiers.values()) == {"2"}
    assert len(tiers) == 14
    names = [row["country"] for row in rows]
    assert names == sorted(names)


def test_a_whole_year_as_json_says_whether_it_is_partial() -> None:
    data = json.loads(run("tiers", "--year", "2016", "--format", "json"))

    assert data["partial_year"] is True
    assert 100 < len(data["placements"]) < 188
    assert {p["tier"] for p in data["placements"]} <= {"1", "2", "2WL", "3", "special_case"}


def test_region_uses_the_bureau_of_that_year() -> None:
    output = run("tiers", "--year", "2005", "--region", "EUR", "--format", "csv")
    later = run("tiers", "--year", "2006", "--region", "EUR", "--format", "csv")

    assert "KAZ,Kazakhstan" in output
    assert "KAZ,Kazakhstan" not in later


def test_the_table_ends_with_the_coverage_of_what_it_shows() -> None:
    partial = run("tiers", "--year", "2016", "--group", "caribbean")
    complete_for_group = run("tiers", "--year", "2016", "--group", "latin-america")
    whole_year = run("tiers", "--year", "2016")

    assert "Cuba" in partial
    assert "2016 report: PARTIAL coverage; missing from our data: Jamaica" in partial
    assert "2016 report: complete for Latin America, though the year's data is partial" in (
        complete_for_group
    )
    # The counts come from the data, which grows as the report's own words fill gaps.
    placed = Placement.objects.filter(report__year=2016).count()
    assert placed < 188
    assert f"2016 report: PARTIAL coverage. {placed} of 188 countries: {188 - placed} missing" in (
        whole_year
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "1999"], "no report for 1999: report years are 2001-2025"),
        (["--year", "2015", "--group", "atlantis"], "unknown group 'atlantis': choose one of"),
        (
            ["--year", "2015", "--region", "XYZ"],
            "unknown region 'XYZ': choose one of AF, EAP, EUR, NEA, SCA, WHA",
        ),
    ],
)
def test_bad_input_names_the_valid_choices(args: list[str], message: str) -> None:
    with pytest.raises(CommandError) as caught:
        call_command("tiers", *args)

    assert str(caught.value).startswith(message)
    assert caught.value.returncode == 2
    assert "latin-america" in str(caught.value) or "group" not in message
