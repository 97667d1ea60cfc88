"""The dataset reader: a malformed row names its file and line."""

from pathlib import Path

import pytest

from tipwatch.tip.services.dataset_files import (
    BUNDLED_DATA_DIR,
    FILES,
    DatasetError,
    read_dataset,
)

MINIMAL = {
    "countries.csv": [
        "PER,Peru,Perú,state,",
        "CHL,Chile,Chile,state,",
        "MMR,Burma,Birmania,state,Myanmar",
    ],
    "bureaus.csv": ["PER,WHA,2001,,test", "CHL,WHA,2001,,test", "MMR,EAP,2001,,test"],
    "reports.csv": [
        "2014,Trafficking in Persons Report 2014,2014-06-20,https://example.org/2014,,complete,",
        "2015,Trafficking in Persons Report 2015,2015-07-27,https://example.org/2015,,partial,x",
    ],
    "placements.csv": [
        "PER,2014,2,dataset,Test,,,,,false",
        "PER,2015,2,official,Test,,278,'PERU: Tier 2',,false",
        "CHL,2015,1,dataset,Test,https://example.org/chl,,,,false",
    ],
    "source_conflicts.csv": ["PER,2015,2,Test,2WL,Other,kept the report's own list"],
    "coverage_gaps.csv": ["2015,MMR,not in our sources"],
    "groups.csv": ["latin-america,Latin America,region,20 states,CHL|PER"],
}


MINIMAL_2015_COMPLETE = (
    "2015,Trafficking in Persons Report 2015,2015-07-27,https://example.org/2015,,complete,"
)


def write_dataset(directory: Path, **overrides: list[str]) -> Path:
    for name, header in FILES.items():
        rows = overrides.get(name.removesuffix(".csv"), MINIMAL[name])
        (directory / name).write_text("\n".join([",".join(header), *rows]) + "\n", encoding="utf-8")
    return directory


def test_reads_a_minimal_dataset(tmp_path: Path) -> None:
    data = read_dataset(write_dataset(tmp_path))

    assert [c.iso3 for c in data.countries] == ["PER", "CHL", "MMR"]
    assert data.countries[2].aliases == ("Myanmar",)
    peru_2015 = data.placements[1]
    assert (peru_2015.tier, peru_2015.page, peru_2015.quote) == ("2", 278, "'PERU: Tier 2'")
    assert data.groups[0].members == ("CHL", "PER")
    assert len(data.sha256) == 64


@pytest.mark.parametrize(
    ("file", "rows", "message"),
    [
        (
            "placements",
            ["PER,2014,2,dataset,Test,,,,,false", "PER,2015,2.5,dataset,Test,,,,,false"],
            "placements.csv, line 3: tier '2.5' is not one of 1, 2, 2WL, 3, special_case",
        ),
        (
            "placements",
            ["XXX,2015,2,dataset,Test,,,,,false"],
            "placements.csv, line 2: country XXX is not in countries.csv",
        ),
        (
            "placements",
            ["PER,2015,2,dataset,Test,,,,,false", "PER,2015,3,dataset,Test,,,,,false"],
            "placements.csv, line 3: PER already has a placement for 2015",
        ),
        (
            "placements",
            ["PER,1999,2,dataset,Test,,,,,false"],
            "placements.csv, line 2: report_year 1999 is not a report year (2001 or later)",
        ),
        (
            "placements",
            ["PER,2015,2,rumour,Test,,,,,false"],
            "placements.csv, line 2: source_kind 'rumour' is not one of",
        ),
        (
            "placements",
            ["PER,2015,2,dataset,Test,,p. 3,,,false"],
            "placements.csv, line 2: page 'p. 3' is not a whole number",
        ),
        ("placements", ["PER,2015,2"], "placements.csv, line 2: expected 10 columns, found 3"),
        (
            "placements",
            ["PER,2015,2,inferred,Test,,,,,false"],
            "placements.csv, line 2: inferred is false but source_kind is 'inferred'",
        ),
        (
            "placements",
            ["PER,2015,2,secondary,Test,,,,,true"],
            "placements.csv, line 2: inferred is true but source_kind is 'secondary'",
        ),
        (
            "placements",
            ["PER,2015,2,secondary,Test,,,PERU: Tier 2,,false"],
            "placements.csv, line 2: a quote needs a source_kind of official or verbatim_copy",
        ),
        (
            "placements",
            ["PER,2015,2,verbatim_copy,Test,,,CHILE: Tier 2,,false"],
            "placements.csv, line 2: the quote 'CHILE: Tier 2' does not name Peru",
        ),
        (
            "placements",
            ["PER,2015,2,official,Test,,,PERU: Tier 2 Watch List,,false"],
            "placements.csv, line 2: the quote 'PERU: Tier 2 Watch List' states Tier 2 Watch "
            "List, not Tier 2",
        ),
        (
            "countries",
            ["PER,Peru,Perú,state,", "per,Chile,Chile,state,"],
            "countries.csv, line 3: iso3 'per' is not a three-letter upper-case code",
        ),
        (
            "countries",
            ["PER,Peru,Perú,state,", "CHL,Chile,Chile,state,Peru", "MMR,Burma,,state,"],
            "countries.csv, line 3: the name 'Peru' is already used by PER",
        ),
        (
            "reports",
            ["2014,T,14 June,https://example.org,,complete,"],
            "reports.csv, line 2: publication_date '14 June' is not a date (YYYY-MM-DD)",
        ),
        (
            "coverage_gaps",
            ["2015,PER,missing"],
            "coverage_gaps.csv, line 2: PER is listed as missing from 2015 but has a placement",
        ),
        (
            "groups",
            ["Latin America,Latin America,region,,PER"],
            "groups.csv, line 2: slug 'Latin America' must be lower-case words",
        ),
    ],
)
def test_a_bad_row_names_file_line_and_problem(
    tmp_path: Path, file: str, rows: list[str], message: str
) -> None:
    write_dataset(tmp_path, **{file: rows})

    with pytest.raises(DatasetError) as caught:
        read_dataset(tmp_path)

    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    "row",
    [
        "MMR,2015,3,official,State,https://x.example/mmr,,BURMA: Tier 3,,false",
        "MMR,2015,2WL,verbatim_copy,Refworld,,,Myanmar (Tier 2 Watch List),,false",
        "MMR,2015,2,dataset,Kelley & Heiss,,,,tierupdated=2,false",
        "MMR,2015,2,secondary,Factbook,,,,,false",
        "MMR,2015,2,inferred,Residual of the lists,,,,INFERRED,true",
    ],
)
def test_every_source_kind_of_the_bundled_files_is_accepted(tmp_path: Path, row: str) -> None:
    write_dataset(tmp_path, placements=[row], coverage_gaps=[], reports=[MINIMAL_2015_COMPLETE])

    (placement,) = read_dataset(tmp_path).placements

    assert placement.source_kind == row.split(",")[3]
    assert placement.inferred == (placement.source_kind == "inferred")


def test_a_wrong_header_is_reported(tmp_path: Path) -> None:
    write_dataset(tmp_path)
    (tmp_path / "groups.csv").write_text("slug,name\nx,y\n", encoding="utf-8")

    with pytest.raises(DatasetError, match=r"groups.csv, line 1: the header is 'slug,name'"):
        read_dataset(tmp_path)


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    write_dataset(tmp_path)
    (tmp_path / "reports.csv").unlink()

    with pytest.raises(DatasetError, match=r"reports\.csv: the file is missing"):
        read_dataset(tmp_path)


def test_coverage_must_agree_with_the_gaps(tmp_path: Path) -> None:
    write_dataset(tmp_path, coverage_gaps=[])

    with pytest.raises(DatasetError, match=r"2015 is marked partial but coverage_gaps\.csv makes"):
        read_dataset(tmp_path)


def test_the_bundled_dataset_is_valid() -> None:
    data = read_dataset(BUNDLED_DATA_DIR)

    years = {report.year for report in data.reports}
    assert years == set(range(2001, 2026))
    assert len(data.placements) > 3500
