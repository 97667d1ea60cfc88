"""The dataset build's source ranking and conflict recording, on small made-up inputs."""

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


# The build is a package beside its script; the application never imports it, so only the tests
# put its folder on the path.
sys.path.insert(0, str(REPO_ROOT / "scripts"))
build_module = importlib.import_module("dataset_build.build")
countries = importlib.import_module("dataset_build.countries")
build_errors = importlib.import_module("dataset_build.errors")
placements = importlib.import_module("dataset_build.placements")
sources = importlib.import_module("dataset_build.sources")
source_kinds = importlib.import_module("dataset_build.source_kinds")
coverage_gaps = importlib.import_module("dataset_build.coverage_gaps")
report_wording_ranking = importlib.import_module("dataset_build.report_wording_ranking")
merge_report_wording = load_script("merge_report_wording")

HEADER = "iso3,report_year,tier,quote,url,publisher,kind,note"
ECOI = "https://www.ecoi.net/en/document/{}.html"
STATE_2016 = "https://2009-2017.state.gov/j/tip/rls/tiprpt/countries/2016/{}.htm"


def new_build(tmp_path: Path) -> object:
    new = build_module.Build(tmp_path)
    for iso3, (name, _es, _kind, aliases) in countries.COUNTRIES.items():
        new.names.add(name, iso3, seen=False)
        for alias in aliases:
            new.names.add(alias, iso3, seen=False)
    return new


def place(into: object, iso3: str, tier: str, kind: str, **extra: object) -> None:
    source = sources.Source(kind, f"{kind} source", f"https://{kind}.example.org/{iso3}")
    into.put(  # type: ignore[attr-defined]
        placements.Placement(iso3, 2016, tier, source, inferred=kind == "inferred", **extra)
    )


def write_table(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def applied(tmp_path: Path) -> object:
    build = new_build(tmp_path)
    place(build, "PER", "2", "secondary")
    place(build, "CRI", "2WL", "dataset")
    place(build, "HTI", "2", "inferred")
    place(build, "ECU", "2", "official", quote="ECUADOR: Tier 2")
    place(build, "CAN", "1", "secondary")
    table = write_table(
        tmp_path / "report_wording.csv",
        f"PER,2016,2WL,PERU: Tier 2 Watch List,{ECOI.format(1)},ecoi.net,verbatim_copy,",
        f"CRI,2016,2WL,COSTA RICA: Tier 2 Watch List,{ECOI.format(2)},ecoi.net,verbatim_copy,",
        f"HTI,2016,2WL,HAITI: Tier 2 Watch List,{STATE_2016.format(3)},"
        "U.S. Department of State,official,",
        f"ECU,2016,1,ECUADOR: Tier 1,{ECOI.format(4)},ecoi.net,verbatim_copy,",
        f"ARG,2016,2,ARGENTINA: Tier 2,{ECOI.format(5)},ecoi.net,verbatim_copy,title names 2016",
        "URY,2016,,,,,,not found: two queries",
        "CAN,2016,,,,,,not found: one query",
    )
    report_wording_ranking.apply_report_wording(build, table)
    coverage_gaps.build_gaps(build)
    return build


def test_a_verbatim_copy_beats_a_secondary_source_and_the_disagreement_is_recorded(
    applied: object,
) -> None:
    peru = applied.placements[("PER", 2016)]  # type: ignore[attr-defined]
    assert (peru.tier, peru.source.kind, peru.quote) == (
        "2WL",
        "verbatim_copy",
        "PERU: Tier 2 Watch List",
    )
    assert "replaces secondary source [secondary]" in peru.note
    (conflict,) = [c for c in applied.conflicts if c.iso3 == "PER"]  # type: ignore[attr-defined]
    assert (conflict.kept_tier, conflict.other_tier) == ("2WL", "2")
    assert "[verbatim_copy]" in conflict.kept_source
    assert "[secondary]" in conflict.other_source
    assert "report's own words" in conflict.resolution


def test_a_copy_with_the_same_tier_replaces_a_dataset_row_without_a_conflict(
    applied: object,
) -> None:
    costa_rica = applied.placements[("CRI", 2016)]  # type: ignore[attr-defined]
    assert (costa_rica.source.kind, costa_rica.source.name) == ("verbatim_copy", "ecoi.net")
    assert not [c for c in applied.conflicts if c.iso3 == "CRI"]  # type: ignore[attr-defined]


def test_an_inferred_row_stays_only_where_no_copy_was_found(applied: object) -> None:
    haiti = applied.placements[("HTI", 2016)]  # type: ignore[attr-defined]
    assert (haiti.tier, haiti.source.kind, haiti.inferred) == ("2WL", "official", False)
    (conflict,) = [c for c in applied.conflicts if c.iso3 == "HTI"]  # type: ignore[attr-defined]
    assert conflict.other_tier == "2"


def test_an_official_quote_outranks_a_copy_and_the_copy_is_recorded(applied: object) -> None:
    ecuador = applied.placements[("ECU", 2016)]  # type: ignore[attr-defined]
    assert (ecuador.tier, ecuador.source.kind) == ("2", "official")
    (conflict,) = [c for c in applied.conflicts if c.iso3 == "ECU"]  # type: ignore[attr-defined]
    assert (conflict.kept_tier, conflict.other_tier) == ("2", "1")
    assert "[verbatim_copy]" in conflict.other_source


def test_a_copy_fills_a_gap_and_a_failed_search_explains_one(applied: object) -> None:
    argentina = applied.placements[("ARG", 2016)]  # type: ignore[attr-defined]
    assert argentina.quote == "ARGENTINA: Tier 2"
    gaps = {(iso3, year): reason for year, iso3, reason in applied.gaps}  # type: ignore[attr-defined]
    assert ("ARG", 2016) not in gaps
    assert "without success: not found: two queries" in gaps[("URY", 2016)]


def test_a_weak_row_says_that_the_report_s_words_were_looked_for(applied: object) -> None:
    canada = applied.placements[("CAN", 2016)]  # type: ignore[attr-defined]
    assert canada.source.kind == "secondary"
    assert "searched for a copy of the report's own words without success" in canada.note


def test_a_bad_table_row_stops_the_build_naming_its_line(tmp_path: Path) -> None:
    table = write_table(
        tmp_path / "report_wording.csv",
        f"PER,2016,2,PERU: Tier 2,{ECOI.format(1)},ecoi.net,verbatim_copy,",
        f"PER,2016,2,CHILE: Tier 2,{ECOI.format(2)},ecoi.net,verbatim_copy,",
    )

    with pytest.raises(build_errors.BuildError, match=r"line 3: the quote 'CHILE: Tier 2'"):
        report_wording_ranking.apply_report_wording(new_build(tmp_path), table)


@pytest.mark.parametrize(
    ("kind", "url", "inferred", "expected"),
    [
        ("narrative_header", "https://www.state.gov/reports/x/", False, "official"),
        ("narrative_header", "https://pe.usembassy.gov/x/", False, "official"),
        ("official_list", "https://www.refworld.org/docid/x.html", False, "verbatim_copy"),
        ("official_list", "https://regulations.justia.com/x", False, "verbatim_copy"),
        (
            "narrative_header",
            "https://cmmaruba.com/trafficking-in-persons-report-2020/",
            False,
            "verbatim_copy",
        ),
        (
            "narrative_header",
            "https://public-preview-server.prod.cstreetsandbox.com/reports/x/",
            False,
            "official",
        ),
        ("narrative_header", "http://www.gvnet.com/x.htm", False, "secondary"),
        ("narrative_header", "https://statenewswire.com/stories/x", False, "secondary"),
        ("official_list", "https://thefederalnewswire.com/x", False, "secondary"),
        ("wikipedia", "https://en.wikipedia.org/wiki/x", False, "secondary"),
        ("secondary_list", "https://github.com/factbook/x", True, "inferred"),
    ],
)
def test_transcribed_kinds_map_onto_ranked_kinds_by_site(
    kind: str, url: str, inferred: bool, expected: str
) -> None:
    assert source_kinds.source_kind_for(kind, url, inferred) == expected


def test_the_preview_server_is_named_as_the_state_department_with_its_host_visible() -> None:
    url = "https://public-preview-server.prod.cstreetsandbox.com/reports/x/peru/"
    assert source_kinds.publisher(url) == "U.S. Department of State (preview server)"
    assert source_kinds.publisher("https://statenewswire.com/stories/x") == "statenewswire.com"


def test_the_merge_takes_the_preview_server_as_official_but_not_a_news_wire(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    preview = "https://public-preview-server.prod.cstreetsandbox.com/reports/"
    found = write_table(
        tmp_path / "found.csv",
        f"TZA,2023,2,TANZANIA (Tier 2),{preview}2023-trafficking-in-persons-report/tanzania/,"
        "U.S. Department of State (preview server),official,",
        "BEN,2023,2,BENIN (Tier 2),https://statenewswire.com/stories/1-benin,"
        "statenewswire.com,verbatim_copy,",
        f"NPL,2023,2,NEPAL (Tier 2),{preview}2023-trafficking-in-persons-report/nepal/,"
        "U.S. Department of State (preview server),verbatim_copy,",
    )
    table = tmp_path / "table.csv"

    assert merge_report_wording.main([str(found), "--table", str(table)]) == 0

    errors = capsys.readouterr().err.splitlines()
    assert [e.split(": ", 1)[0] for e in errors] == [f"{found}, line 3", f"{found}, line 4"]
    assert "publisher 'statenewswire.com' is not one of" in errors[0]
    assert "kind 'verbatim_copy' does not fit publisher" in errors[1]
    with table.open(encoding="utf-8", newline="") as handle:
        rows = [(r["iso3"], r["kind"], r["publisher"]) for r in csv.DictReader(handle)]
    assert rows == [("TZA", "official", "U.S. Department of State (preview server)")]


def test_the_merge_keeps_good_rows_and_names_each_rejected_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = write_table(
        tmp_path / "found.csv",
        f"PER,2016,2WL,PERU: Tier 2 Watch List,{ECOI.format(1)},ecoi.net,verbatim_copy,",
        f"CUW,2016,2,Tier 2,{STATE_2016.format(2)},U.S. Department of State,official,",
        f"BOL,2016,2,BOLIVIA: Tier 2,{ECOI.format(3)},gvnet.com,verbatim_copy,",
        "BOL,2016,,,,,,not found: one query",
        "URY,2016,,,,,,not found: two queries",
        f"URY,2016,2,URUGUAY: Tier 2,{ECOI.format(4)},ecoi.net,verbatim_copy,",
    )
    table = tmp_path / "table.csv"

    status = merge_report_wording.main([str(found), "--table", str(table)])

    assert status == 0
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        f"{found}, line 3: the quote 'Tier 2' does not name Curaçao or one of its aliases",
        f"{found}, line 4: publisher 'gvnet.com' is not one of U.S. Department of State, "
        "U.S. Department of State (preview server), Refworld (UNHCR), ecoi.net, "
        "U.S. Embassy in <country>, Coordination Center on Human Trafficking and Migrant "
        "Smuggling (Aruba)",
    ]
    with table.open(encoding="utf-8", newline="") as handle:
        rows = [(r["iso3"], r["report_year"], r["tier"]) for r in csv.DictReader(handle)]
    assert rows == [("BOL", "2016", ""), ("PER", "2016", "2WL"), ("URY", "2016", "2")]
    first = table.read_bytes()

    assert merge_report_wording.main([str(found), "--table", str(table)]) == 0
    assert table.read_bytes() == first


def test_the_merge_takes_an_untitled_copy_only_where_its_note_fixes_the_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quote = "therefore Nepal remained on Tier 2"
    dated = (
        "untitled ecoi.net copy; year fixed by: 'identified 90 victims in 2023, compared with 65 "
        "in 2022'; no later year on the page"
    )
    found = write_table(
        tmp_path / "found.csv",
        f'NPL,2024,2,{quote},{ECOI.format(1)},ecoi.net,verbatim_copy,"{dated}"',
        f"NPL,2025,2,{quote},{ECOI.format(2)},ecoi.net,verbatim_copy,untitled ecoi.net copy",
        f'NPL,2023,2,{quote},{ECOI.format(3)},ecoi.net,verbatim_copy,"{dated}"',
        "ABW,2021,2WL,ARUBA: Tier 2 Watch List,https://cmmaruba.com/tip-2021/,Coordination "
        "Center on Human Trafficking and Migrant Smuggling (Aruba),verbatim_copy,",
        "ABW,2022,2WL,Aruba (Tier 2 Watch List),https://arubanews.example.org/tip/,Coordination "
        "Center on Human Trafficking and Migrant Smuggling (Aruba),verbatim_copy,",
    )
    table = tmp_path / "table.csv"

    assert merge_report_wording.main([str(found), "--table", str(table)]) == 0

    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        f"{found}, line 3: an untitled copy's note must say what in its text fixes the year "
        "('year fixed by:')",
        f"{found}, line 4: an untitled copy quoted as naming 2023 cannot be the 2023 report",
        f"{found}, line 6: the URL's host 'arubanews.example.org' is not a Coordination Center "
        "on Human Trafficking and Migrant Smuggling (Aruba) site",
    ]
    with table.open(encoding="utf-8", newline="") as handle:
        rows = [(r["iso3"], r["report_year"]) for r in csv.DictReader(handle)]
    assert rows == [("ABW", "2021"), ("NPL", "2024")]


def test_a_fresh_merge_drops_rows_no_longer_in_the_files(tmp_path: Path) -> None:
    table = tmp_path / "table.csv"
    old = write_table(
        tmp_path / "old.csv",
        f"PER,2016,2WL,PERU: Tier 2 Watch List,{ECOI.format(1)},ecoi.net,verbatim_copy,",
    )
    new = write_table(
        tmp_path / "new.csv",
        f"PER,2016,2,PERU: Tier 2,{ECOI.format(2)},ecoi.net,verbatim_copy,corrected",
    )
    assert merge_report_wording.main([str(old), "--table", str(table)]) == 0

    assert merge_report_wording.main([str(new), "--table", str(table)]) == 0
    assert table.read_text(encoding="utf-8").count("PER,2016") == 2

    assert merge_report_wording.main([str(new), "--fresh", "--table", str(table)]) == 0
    assert table.read_text(encoding="utf-8").count("PER,2016") == 1


def test_earlier_conflicts_follow_the_row_that_replaced_their_kept_one(tmp_path: Path) -> None:
    build = new_build(tmp_path)
    place(build, "PER", "2WL", "official")
    place(build, "CRI", "2WL", "official")
    for iso3 in ("PER", "CRI"):
        kept = build.placements[(iso3, 2016)]  # type: ignore[attr-defined]
        build.conflict(iso3, 2016, kept, "2", "a news site", "Kept the memorandum.")  # type: ignore[attr-defined]
    table = write_table(
        tmp_path / "report_wording.csv",
        f"PER,2016,2WL,PERU: Tier 2 Watch List,{ECOI.format(1)},ecoi.net,verbatim_copy,",
        f"CRI,2016,2,COSTA RICA: Tier 2,{ECOI.format(2)},ecoi.net,verbatim_copy,",
    )

    report_wording_ranking.apply_report_wording(build, table)

    conflicts = {(c.iso3, c.other_source): c for c in build.conflicts}  # type: ignore[attr-defined]
    peru = conflicts[("PER", "a news site")]
    assert (peru.kept_tier, peru.resolution) == ("2WL", "Kept the memorandum.")
    assert "[verbatim_copy]" in peru.kept_source
    # Costa Rica: the copy says Tier 2, as the news site did; the memorandum now disagrees.
    assert ("CRI", "a news site") not in conflicts
    (costa_rica,) = [c for c in conflicts.values() if c.iso3 == "CRI"]
    assert (costa_rica.kept_tier, costa_rica.other_tier) == ("2", "2WL")
