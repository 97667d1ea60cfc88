import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.usefixtures("tip_data")


def compare(*args: str) -> dict:
    out = io.StringIO()
    call_command("compare", "--format", "json", *args, stdout=out)
    return json.loads(out.getvalue())


def test_latin_america_2015_around_peru() -> None:
    data = compare("--year", "2015", "--group", "latin-america", "--country", "PER")

    assert data["counts"] == {"1": 1, "2": 14, "2WL": 4, "3": 1, "special_case": 0}
    assert data["country"]["tier"] == "2"
    assert data["country"]["above"] == ["Chile"]
    assert data["country"]["below"] == ["Bolivia", "Costa Rica", "Cuba", "Haiti", "Venezuela"]
    assert len(data["country"]["same"]) == 13
    assert data["previous_report_year"] == 2014


def test_moves_since_the_previous_report() -> None:
    data = compare("--year", "2015", "--group", "latin-america")

    cuba = next(move for move in data["moves"] if move["iso3"] == "CUB")
    assert (cuba["from_tier"], cuba["to_tier"], cuba["change"]) == ("3", "2WL", "up")


def test_table_output_lists_each_tier() -> None:
    out = io.StringIO()
    call_command(
        "compare", "--year", "2015", "--group", "latin-america", "--country", "Peru", stdout=out
    )
    text = out.getvalue()

    assert "Tier 2 Watch List" in text
    assert "Above: Chile" in text
    assert "Cuba: Tier 3 -> Tier 2 Watch List (up)" in text


def test_a_country_outside_the_group_is_refused() -> None:
    with pytest.raises(CommandError, match="Spain is not a member of Latin America"):
        call_command("compare", "--year", "2015", "--group", "latin-america", "--country", "ESP")


def test_the_table_names_the_countries_missing_from_a_partial_year() -> None:
    def run(output: str) -> tuple[str, int]:
        out = io.StringIO()
        with CaptureQueriesContext(connection) as queries:
            call_command(
                "compare",
                "--year",
                "2016",
                "--group",
                "caribbean",
                "--format",
                output,
                stdout=out,
            )
        return out.getvalue(), len(queries)

    text, table_queries = run("table")
    data, json_queries = run("json")

    missing = json.loads(data)["missing_from_data"]
    assert missing
    assert f"missing from our data: {', '.join(sorted(missing))}." in text.splitlines()[0]
    assert table_queries == json_queries
