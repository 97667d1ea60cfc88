"""The `tipwatch` console command, run as a user runs it: a real process on a real database."""

from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.ingest.parsing.hostile import inflation_bomb_pdf, many_text_operators_pdf
from tests.ingest.reports import CHILE, PERU, pdf_report
from tipwatch.ingest.parsing.pdf import PARALLEL_FROM_PAGES

Run = Callable[..., subprocess.CompletedProcess[str]]
TIPWATCH = [sys.executable, "-c", "from tipwatch.cli import main; main()"]


@pytest.fixture(scope="module")
def cli_var(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("var")


@pytest.fixture(scope="module")
def tipwatch(cli_var: Path) -> Run:
    var = cli_var
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
    listed = output.split("Commands:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    layout = [re.match(r"  (\S+)( +)\S", line) for line in listed]
    assert all(layout), listed
    summary_columns = {len(match[1]) + len(match[2]) for match in layout if match}
    assert len(summary_columns) == 1, "every summary starts in the same column"
    assert all(len(match[2]) >= 2 for match in layout if match), "no command runs into its summary"


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


def run_against(database_url: str, *args: str, var: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tipwatch.settings.dev",
        "DATABASE_URL": database_url,
        "TIPWATCH_VAR_DIR": str(var),
    }
    return subprocess.run(
        [*TIPWATCH, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def assert_one_line_without_traceback(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


# Nothing listens on this port of the range kept for this project's throwaway servers.
CLOSED_PORT_URL = "postgres://postgres@127.0.0.1:18298/tipwatch"


@pytest.mark.parametrize(
    "args",
    [
        ["tiers", "--year", "2015"],
        ["country", "PER"],
        ["compare", "--year", "2015", "--group", "latin-america"],
        ["load-data"],
        ["send-renewal-reminders", "--days", "30"],
    ],
)
def test_an_unreachable_database_is_one_line_naming_host_and_port(
    tmp_path: Path, args: list[str]
) -> None:
    line = assert_one_line_without_traceback(run_against(CLOSED_PORT_URL, *args, var=tmp_path))

    assert line.startswith(
        f"tipwatch {args[0]}: cannot connect to the database at 127.0.0.1:18298/tipwatch: "
        "check DATABASE_URL"
    )


def test_a_missing_sqlite_file_says_run_setup_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"

    line = assert_one_line_without_traceback(
        run_against(f"sqlite:///{missing}", "tiers", "--year", "2015", var=tmp_path)
    )

    assert line == (
        f"tipwatch tiers: there is no database at {missing}: run `tipwatch setup` "
        "(or check DATABASE_URL)"
    )
    assert not missing.exists()


def test_an_unmigrated_sqlite_database_says_run_setup(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")

    line = assert_one_line_without_traceback(
        run_against(f"sqlite:///{empty}", "tiers", "--year", "2015", var=tmp_path)
    )

    assert line.startswith(f"tipwatch tiers: the database at {empty} is not set up")
    assert line.endswith("run `tipwatch setup`")


@pytest.fixture
def empty_postgres_database() -> Iterator[str]:
    """A fresh, empty database on the PostgreSQL server the suite runs against."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("the suite runs on SQLite: DATABASE_URL names no PostgreSQL server")
    import psycopg

    server = url.rsplit("/", 1)[0]
    name = f"tw_cli_empty_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}"
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def test_an_unmigrated_postgres_database_says_run_setup(
    tmp_path: Path, empty_postgres_database: str
) -> None:
    line = assert_one_line_without_traceback(
        run_against(empty_postgres_database, "country", "PER", var=tmp_path)
    )

    assert " is not set up or not up to date " in line
    assert line.endswith("run `tipwatch setup`")


def test_a_missing_postgres_database_says_create_it(tmp_path: Path) -> None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("the suite runs on SQLite: DATABASE_URL names no PostgreSQL server")
    missing = f"{url.rsplit('/', 1)[0]}/tw_cli_missing_{uuid.uuid4().hex[:10]}"

    line = assert_one_line_without_traceback(
        run_against(missing, "tiers", "--year", "2015", var=tmp_path)
    )

    assert " does not exist at " in line
    assert line.endswith("run `tipwatch setup`")


@pytest.mark.parametrize(
    "build",
    [many_text_operators_pdf, inflation_bomb_pdf],
    ids=["1.5M-text-operators", "1MB-inflating-to-1GiB"],
)
def test_a_hostile_pdf_is_one_line_exit_2_in_bounded_memory(
    tipwatch: Run, cli_var: Path, tmp_path: Path, build: Callable[[], bytes]
) -> None:
    hostile = tmp_path / "hostile.pdf"
    hostile.write_bytes(build())
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tipwatch.settings.dev",
        "DATABASE_URL": f"sqlite:///{cli_var / 'cli.sqlite3'}",
        "TIPWATCH_VAR_DIR": str(cli_var),
        "TIPWATCH_IMPORT_MAX_MEMORY_MB": "256",
    }
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    started = time.monotonic()
    with out.open("w") as stdout_file, err.open("w") as stderr_file:
        process = subprocess.Popen(
            [*TIPWATCH, "import-report", str(hostile), "--year", "2015", "--apply"],
            env=env,
            stdout=stdout_file,
            stderr=stderr_file,
        )
        # wait4, not Popen.wait: it gives the peak memory of the command and of the readers it
        # forked and reaped, and of nothing else.
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - started
    stdout, stderr = out.read_text(), err.read_text()

    assert process.returncode == 2, stderr
    assert stdout == ""
    assert stderr.strip().splitlines() == [
        "tipwatch import-report: hostile.pdf: reading page 1 needed more than the memory limit "
        "of 256 MB (TIPWATCH_IMPORT_MAX_MEMORY_MB); nothing was written"
    ]
    # Unbounded, these took 87 s and 6.9 GB, and 2.2 GB.
    assert elapsed < 60
    assert usage.ru_maxrss / 1024 < 256 + 400  # the cap, plus what the reader inherits
    with sqlite3.connect(cli_var / "cli.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM ingest_importrun").fetchone() == (0,)
    assert not list((cli_var / "media").rglob("*.pdf"))
