"""The `tipwatch` console command, run as a user runs it: a real process on a real database."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.ingest.reports import CHILE, PERU, pdf_report
from tipwatch.ingest.parsing.pdf import PARALLEL_FROM_PAGES

Run = Callable[..., subprocess.CompletedProcess[str]]
TIPWATCH = [sys.executable, "-c", "from tipwatch.cli import main; main()"]


@pytest.fixture(scope="module")
def tipwatch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    var = tmp_path_factory.mktemp("var")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tipwatch.settings.dev",
        "DATABASE_URL": f"sqlite:///{var / 'cli.sqlite3'}",
        "TIPWATCH_VAR_DIR": str(var),
    }

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*TIPWATCH, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).resolve().parents[2],
        )
        if check and result.returncode != 0:
            pytest.fail(f"tipwatch {' '.join(args)} failed:\n{result.stderr}")
        return result

    run("setup")
    return run


def test_help_lists_the_commands(tipwatch: Run) -> None:
    output = tipwatch("--help").stdout

    for command in ("serve", "tiers", "country", "compare", "load-data"):
        assert f"  {command} " in output


def test_each_command_has_help(tipwatch: Run) -> None:
    for command in ("serve", "tiers", "country", "compare", "load-data", "setup"):
        result = tipwatch(command, "--help")
        assert result.stdout.startswith(f"usage: tipwatch {command}")


def test_setup_again_changes_nothing(tipwatch: Run) -> None:
    assert "already loaded" in tipwatch("setup").stdout


def test_tiers_csv(tipwatch: Run) -> None:
    result = tipwatch("tiers", "--year", "2015", "--group", "latin-america", "--format", "csv")

    lines = result.stdout.strip().splitlines()
    assert lines[0] == "iso3,country,tier"
    assert "CHL,Chile,1" in lines
    assert "PER,Peru,2" in lines
    assert len(lines) == 21


def test_country_json(tipwatch: Run) -> None:
    data = json.loads(tipwatch("country", "PER", "--format", "json").stdout)

    assert data["iso3"] == "PER"
    assert data["placements"][0]["report_year"] == 2004


def test_compare_table(tipwatch: Run) -> None:
    output = tipwatch(
        "compare", "--year", "2015", "--group", "latin-america", "--country", "PER"
    ).stdout

    assert "Above: Chile" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tiers", "--year", "1999"], "tipwatch tiers: no report for 1999"),
        (["tiers", "--year", "2015", "--group", "nowhere"], "tipwatch tiers: unknown group"),
        (["country", "XYZ"], "tipwatch country: unknown country 'XYZ'"),
        (["compare", "--year", "2015", "--region", "MARS"], "tipwatch compare: unknown region"),
        (["frobnicate"], "tipwatch: unknown command 'frobnicate'"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    tipwatch: Run, args: list[str], message: str
) -> None:
    result = tipwatch(*args, check=False)

    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(message)


def test_a_bad_option_value_exits_2(tipwatch: Run) -> None:
    result = tipwatch("tiers", "--year", "2015", "--format", "xml", check=False)

    assert result.returncode == 2
    assert "invalid choice: 'xml'" in result.stderr


def long_report(pages: int) -> bytes:
    """Peru's narrative running over ``pages - 1`` pages, then Chile's: long enough to be
    read by forked processes while the command starts. Each page's prose differs, as in a
    real report, so that none of it is taken for a running head."""
    words = ["inspectors", "visited", "farms", "mines", "factories", "and", "ports"]
    filler = []
    for page in range(pages - 3):
        random.Random(page).shuffle(words)
        filler.append([f"{' '.join(words).capitalize()}."])
    filler.append(["Authorities prosecuted 23 suspects in 2014."])
    return pdf_report(PERU, *filler, CHILE)


def test_import_report_reads_a_long_pdf_while_starting(tipwatch: Run, tmp_path: Path) -> None:
    pages = PARALLEL_FROM_PAGES + 20
    report = tmp_path / "tip-2015.pdf"
    report.write_bytes(long_report(pages))
    last = 277 + pages - 1

    result = tipwatch(
        "import-report", str(report), "--year", "2015", "--dry-run", "--format", "json"
    )

    data = json.loads(result.stdout)
    assert (data["pages"], data["problems"]) == (pages, [])
    peru, chile = data["countries"]
    assert (peru["iso3"], peru["tier"], peru["pages"]) == ("PER", "2", [277, last - 1])
    assert (chile["iso3"], chile["tier"], chile["pages"]) == ("CHL", "1", [last, last])
    figures = {(s["metric"], s["value"]): s["page"] for s in peru["statistics"]}
    assert figures[("convictions", 19)] == 277
    assert figures[("prosecutions", 23)] == last - 1
