"""`tipwatch brief` and `tipwatch check-claims`: output formats and bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from tipwatch.briefings.models import BriefingDraft
from tipwatch.news.models import NewsPage

pytestmark = pytest.mark.usefixtures("tip_data")


def run(name: str, *args: str, stdin: str | None = None) -> str:
    out = io.StringIO()
    kwargs: dict[str, Any] = {"stdout": out, "stderr": io.StringIO()}
    if stdin is not None:
        kwargs["stdin"] = io.StringIO(stdin)
    call_command(name, *args, **kwargs)
    return out.getvalue()


def test_brief_as_json() -> None:
    data = json.loads(
        run("brief", "PER", "--year", "2015", "--group", "latin-america", "--format", "json")
    )

    assert data["headline"] == "Peru stays on Tier 2 in the 2015 TIP Report"
    assert isinstance(data["paragraphs"], list)
    assert all(isinstance(p, str) for p in data["paragraphs"])
    assert "Chile alone ranks above Peru, on Tier 1." in " ".join(data["paragraphs"])
    first = data["citations"][0]
    assert set(first) >= {"text", "report_year", "page", "url"}
    assert first["report_year"] == 2015


def test_brief_as_markdown_in_spanish_by_name() -> None:
    text = run("brief", "Perú", "--year", "2015", "--group", "latin-america", "--lang", "es")
    assert text.startswith("# Informe TIP 2015: Perú se mantiene en el Nivel 2\n")
    assert "## Fuentes" in text


def test_the_spanish_peru_2015_brief_passes_its_own_check(tmp_path: Path) -> None:
    text = run("brief", "PER", "--year", "2015", "--group", "latin-america", "--lang", "es")
    path = tmp_path / "brief.md"
    path.write_text(text, encoding="utf-8")

    data = json.loads(
        run(
            "check_claims",
            str(path),
            "--year",
            "2015",
            "--group",
            "latin-america",
            "--format",
            "json",
        )
    )

    assert data["lang"] == "es"
    assert len(data["claims"]) >= 5
    assert [c["text"] for c in data["claims"] if c["verdict"] == "contradicted"] == []
    assert data["claims"][0]["explanation"] == (
        "Perú está en el Nivel 2 en el informe de 2015, como en 2014."
    )
    # Its own check run the way the issue states it: the command's exit status is 0.
    run("check_claims", str(path), "--year", "2015", "--lang", "es", "--group", "latin-america")


def test_brief_without_a_group_uses_the_home_group_of_the_site_settings() -> None:
    from wagtail.models import Site

    from tipwatch.pages.models import SiteSettings
    from tipwatch.tip.models import Group

    with pytest.raises(CommandError, match="no home group"):
        run("brief", "PER", "--year", "2015", "--lang", "es")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.home_group = Group.objects.get(slug="latin-america")
    settings.save()

    data = json.loads(run("brief", "PER", "--year", "2015", "--lang", "es", "--format", "json"))
    assert data["group"] == "latin-america"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["XYZ", "--year", "2015", "--group", "latin-america"], "unknown country 'XYZ'"),
        (["PER", "--year", "2015", "--group", "nowhere"], "unknown group 'nowhere'"),
        (["PER", "--year", "2030", "--group", "latin-america"], "no report for 2030"),
        (["PER", "--year", "2003", "--group", "latin-america"], "does not rate Peru"),
        (["ESP", "--year", "2015", "--group", "latin-america"], "Spain is not a member"),
        (["", "--year", "2015", "--group", "latin-america"], "no country given"),
    ],
)
def test_brief_bad_input(args: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message) as raised:
        run("brief", *args)
    assert raised.value.returncode == 2


def test_brief_of_a_country_missing_from_the_year(remove_from_data: Any) -> None:
    remove_from_data(("ARG", 2016))
    with pytest.raises(CommandError, match="holds no placement for Argentina") as raised:
        run("brief", "ARG", "--year", "2016", "--group", "latin-america")
    assert raised.value.returncode == 2


def test_brief_bad_input_saves_nothing(news_index: Any, remove_from_data: Any) -> None:
    remove_from_data(("ARG", 2016))
    with pytest.raises(CommandError):
        run("brief", "ARG", "--year", "2016", "--group", "latin-america", "--save-draft")
    assert not NewsPage.objects.exists()
    assert not BriefingDraft.objects.exists()


def test_brief_save_draft_without_a_news_index() -> None:
    with pytest.raises(CommandError, match="no news index page") as raised:
        run("brief", "PER", "--year", "2015", "--group", "latin-america", "--save-draft")
    assert raised.value.returncode == 2
    assert not BriefingDraft.objects.exists()


def test_brief_save_draft_twice(news_index: Any) -> None:
    args = ["PER", "--year", "2015", "--group", "latin-america", "--save-draft"]
    run("brief", *args)
    run("brief", *args)

    page = NewsPage.objects.get()
    assert page.revisions.count() == 2
    assert not page.live


ARTICLE = """Peru stays on Tier 2 in the 2015 TIP Report

The 2015 report keeps Peru on Tier 2 for the ninth consecutive year. Only Bolivia, Costa Rica
and Venezuela are ranked below Tier 2 in Latin America.
"""


def test_check_claims_from_a_file_as_json(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    data = json.loads(
        run("check_claims", str(path), "--year", "2015", "--format", "json", "--no-fail")
    )

    verdicts = [(c["text"], c["verdict"]) for c in data["claims"]]
    assert ("Peru stays on Tier 2", "supported") in verdicts
    below = next(c for c in data["claims"] if c["structured"]["kind"] == "group")
    assert below["verdict"] == "contradicted"
    assert {"Cuba", "Haiti"} <= {e["country"] for e in below["evidence"]}
    start, end = below["span"]
    assert ARTICLE[start:end] == below["text"]
    assert data["lang"] == "en"


def test_check_claims_from_stdin_as_text(remove_from_data: Any) -> None:
    remove_from_data(("ARG", 2016))
    text = run("check_claims", "-", "--year", "2016", stdin="Argentina se mantiene en el Nivel 2.")
    assert "[not_covered]" in text
    # The explanations speak the text's language.
    assert "   Nuestros datos de 2016 no incluyen a Argentina.\n" in text
    assert (
        "   - Argentina (ARG) 2016: sin calificación; ausente de nuestros datos (laguna de "
        "cobertura): removed by the test\n"
    ) in text
    assert "1 claims: 0 supported, 0 contradicted, 1 not covered; 0 sentences not checked." in text


def test_check_claims_fails_when_a_claim_is_contradicted_unless_told_not_to() -> None:
    text = "Peru stays on Tier 2. Chile is on Tier 3."
    with pytest.raises(CommandError, match="1 of 2 claims contradicted") as raised:
        run("check_claims", "--year", "2015", stdin=text)
    assert raised.value.returncode == 1
    output = run("check_claims", "--year", "2015", "--no-fail", stdin=text)
    assert "[contradicted]" in output


def test_check_claims_checks_each_year_and_the_subjectless_downgrade(
    remove_from_data: Any,
) -> None:
    # As the 2016 placement stood before the report's own wording filled it.
    remove_from_data(("BOL", 2016))
    text = run(
        "check_claims", "--year", "2018", "--no-fail",
        stdin="Bolivia was on the Watch List in 2016 and 2017 and was downgraded in 2018.",
    )  # fmt: skip
    assert "3 claims: 2 supported, 0 contradicted, 1 not covered" in text
    assert "(characters 0-46, 2016 report)" in text
    assert "2017 report" in text
    assert "\u201cwas downgraded in 2018\u201d" in text
    assert "Rule flag: Watch List rule for the 2018 report unknown: 2016 missing from our data" in (
        text
    )


def test_check_claims_lists_the_tier_sentences_it_could_not_check() -> None:
    text = run(
        "check_claims", "--year", "2015",
        stdin="Peru stays on Tier 2. The tiers were reshuffled across the board.",
    )  # fmt: skip
    assert "not checked: \u201cThe tiers were reshuffled across the board.\u201d" in text
    assert "1 sentences not checked." in text


def test_check_claims_in_spanish_explains_in_spanish_and_keeps_its_exit_codes(
    remove_from_data: Any,
) -> None:
    remove_from_data(("BOL", 2016))
    text = (
        "Perú se mantiene en el Nivel 2. Chile está en el Nivel 3. Bolivia descendió al Nivel 3 "
        "en el informe de 2018. Los niveles se reorganizaron por completo este año."
    )
    with pytest.raises(CommandError, match="1 of 3 claims contradicted") as raised:
        run("check_claims", "--year", "2015", "--lang", "es", stdin=text)
    assert raised.value.returncode == 1

    output = run("check_claims", "--year", "2015", "--lang", "es", "--no-fail", stdin=text)
    assert "   Perú está en el Nivel 2 en el informe de 2015, como en 2014.\n" in output
    assert "   - Perú (PER) 2015: Nivel 2; " in output
    assert "   Chile está en el Nivel 1 en el informe de 2015.\n" in output
    assert "   Bolivia: Lista de Vigilancia del Nivel 2 en 2017, Nivel 3 en 2018.\n" in output
    assert (
        "   Rule flag: Regla de la Lista de Vigilancia para el informe de 2018: desconocido, "
        "faltan en nuestros datos 2016."
    ) in output
    assert "no comprobado: «Los niveles se reorganizaron por completo este año.»" in output
    assert "3 claims: 2 supported, 1 contradicted, 0 not covered; 1 sentences not checked." in (
        output
    )
    # Without --lang the language is read from the text; JSON says which.
    data = json.loads(
        run("check_claims", "--year", "2015", "--format", "json", "--no-fail", stdin=text)
    )
    assert data["lang"] == "es"
    assert data["claims"][1]["explanation"] == "Chile está en el Nivel 1 en el informe de 2015."
    assert data["claims"][1]["evidence"][0]["country"] == "Chile"
    run("check_claims", "--year", "2015", "--lang", "es", stdin="Perú se mantiene en el Nivel 2.")


def test_check_claims_with_no_claims() -> None:
    assert run("check_claims", "--year", "2015", stdin="Nothing to see.") == (
        "No tier claims found.\n"
    )


def test_check_claims_group_option() -> None:
    text = run(
        "check_claims", "--year", "2015", "--group", "latin-america",
        stdin="Only Chile is on Tier 1.",
    )  # fmt: skip
    assert "[supported]" in text
    assert "Group used: Latin America (latin-america)." in text


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["--year", "2015"], "", "the text is empty"),
        (["--year", "2015"], "   \n ", "the text is empty"),
        (["--year", "2030"], "Peru is on Tier 2.", "no report for 2030"),
        (["--year", "2015", "--group", "nowhere"], "Peru is on Tier 2.", "unknown group"),
        (["/no/such/file.txt", "--year", "2015"], None, "no such file"),
    ],
)
def test_check_claims_bad_input(args: list[str], stdin: str | None, message: str) -> None:
    with pytest.raises(CommandError, match=message) as raised:
        run("check_claims", *args, stdin=stdin)
    assert raised.value.returncode == 2


def test_check_claims_year_with_no_data() -> None:
    from tipwatch.tip.models import Report

    Report.objects.create(year=2026, title="Trafficking in Persons Report 2026")
    with pytest.raises(CommandError, match="no placements for the 2026 report") as raised:
        run("check_claims", "--year", "2026", stdin="Peru is on Tier 2.")
    assert raised.value.returncode == 2


def test_the_console_command_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from tipwatch.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["brief", "XYZ", "--year", "2015", "--group", "latin-america"])
    assert exited.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("tipwatch brief: unknown country 'XYZ'")
