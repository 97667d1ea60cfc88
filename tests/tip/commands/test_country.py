import io
import json

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.usefixtures("tip_data")


def history(code: str) -> dict:
    out = io.StringIO()
    call_command("country", code, "--format", "json", stdout=out)
    return json.loads(out.getvalue())


def test_peru_history() -> None:
    data = history("PER")

    assert (data["iso3"], data["name"], data["region"]) == ("PER", "Peru", "WHA")
    tiers = {p["report_year"]: p["tier"] for p in data["placements"]}
    assert tiers[2004] == "2WL"
    assert tiers[2005] == "2"
    assert tiers[2006] == "2WL"
    assert all(tier == "2" for year, tier in tiers.items() if year >= 2007)
    assert min(tiers) == 2004
    years = [p["report_year"] for p in data["placements"]]
    assert years == sorted(years)


def test_each_placement_carries_change_source_and_partial_flag() -> None:
    placements = {p["report_year"]: p for p in history("PER")["placements"]}

    assert placements[2004]["change"] == "new"
    assert placements[2005]["change"] == "up"
    assert placements[2006]["change"] == "down"
    assert placements[2007]["change"] == "up"
    assert placements[2008]["change"] == "same"
    assert placements[2015]["source"]["kind"] == "dataset"
    assert placements[2015]["partial_year"] is True or placements[2015]["partial_year"] is False
    assert placements[2016]["partial_year"] is True
    assert placements[2016]["source"]["url"]


def test_names_and_old_names_find_the_country() -> None:
    assert history("peru")["iso3"] == "PER"
    assert history("Burma")["iso3"] == "MMR"
    assert history("Swaziland")["iso3"] == "SWZ"


def test_haiti_watch_list_years_raise_rule_flags() -> None:
    flags = history("HTI")["rule_flags"]

    years_with_waivers = {f["report_year"] for f in flags if f["code"] == "waiver_used"}
    assert {2014, 2015} <= years_with_waivers
    assert all("Haiti" in f["message"] or "{country}" not in f["message"] for f in flags)


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("Peruu", "Peru (PER)"), ("Columbia", "Colombia (COL)"), ("Swazilnd", "(SWZ)")],
)
def test_unknown_country_names_the_closest_matches(typed: str, suggested: str) -> None:
    with pytest.raises(CommandError) as caught:
        call_command("country", typed)

    message = str(caught.value)
    assert message.startswith(f"unknown country {typed!r}: did you mean ")
    assert suggested in message
    assert len(message) < 120
    assert caught.value.returncode == 2


def test_unknown_country_with_nothing_close_says_how_to_find_the_codes() -> None:
    with pytest.raises(CommandError) as caught:
        call_command("country", "Zzyzx")

    assert str(caught.value) == (
        "unknown country 'Zzyzx': use a country's name or its ISO3 code, such as PER "
        "(`tipwatch tiers` lists them)"
    )
