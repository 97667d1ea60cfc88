"""`tipwatch check-claims article.txt --year 2015`: check the tier claims in a text."""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management import CommandError

from tipwatch.briefings.verify import CheckResult, ClaimChecker
from tipwatch.core.commands import TipwatchCommand, UsageError
from tipwatch.tip.models import Placement
from tipwatch.tip.services.lookup import UnknownChoiceError, find_group, find_report

CONTRADICTED_EXIT = 1


class ClaimsContradictedError(CommandError):
    """The data contradicts a claim: exit status 1 on the command line, raised in Python."""

    def __init__(self, message: str) -> None:
        super().__init__(message, returncode=CONTRADICTED_EXIT)


class Command(TipwatchCommand):
    stealth_options = ("stdin",)
    help = (
        "Find the tier claims in a text (English or Spanish) and check each against the data: "
        "supported, contradicted, or not covered by our data. The year a sentence names "
        '("the 2015 report") wins over --year. Sentences that mention a tier but make no '
        'claim we can check are listed as "not checked". Exits with status 1 when any claim '
        "is contradicted (see --no-fail). The explanations are in the language of the text."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "file", nargs="?", default="-", help="A text file; '-' or nothing reads stdin."
        )
        parser.add_argument(
            "--year", type=int, required=True, help="Report year for claims that name none."
        )
        parser.add_argument(
            "--lang",
            choices=["en", "es"],
            default=None,
            help="Language of the text (default: read both English and Spanish claims).",
        )
        parser.add_argument(
            "--group",
            default=None,
            help="Group for claims that name none, e.g. 'in the region' (default: all "
            "countries; 'the region' means the home group of the site settings).",
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument(
            "--no-fail",
            action="store_true",
            help="Exit 0 even when a claim is contradicted (for pipelines that only want the "
            "report).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        text = self._read(options["file"], options.get("stdin"))
        if not text.strip():
            raise UsageError("the text is empty: nothing to check")
        try:
            report = find_report(options["year"])
            group = find_group(options["group"]).slug if options["group"] else None
        except UnknownChoiceError as error:
            raise UsageError(str(error)) from error
        if not Placement.objects.filter(report=report).exists():
            raise UsageError(f"our data holds no placements for the {report.year} report")

        result = ClaimChecker(report.year, default_group=group).check_text(text, options["lang"])
        if options["format"] == "json":
            data = result.as_dict()
            data["lang"] = result.lang
            self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            self.stdout.write(render_text(result))
        if result.contradicted and not options["no_fail"]:
            counts = result.counts()
            raise ClaimsContradictedError(
                f"{counts['contradicted']} of {len(result.claims)} claims contradicted "
                "(--no-fail to exit 0)"
            )

    def _read(self, name: str, stdin: Any = None) -> str:
        if name == "-":
            return str((stdin or sys.stdin).read())
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"no such file: {name}")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise UsageError(f"{name} is not UTF-8 text") from error


def render_text(result: CheckResult) -> str:
    unchecked = result.not_checked_lines()
    if not result.claims:
        return "\n".join(["No tier claims found.", *unchecked])
    lines = []
    for number, checked in enumerate(result.claims, start=1):
        start, end = checked.claim.span
        lines.append(
            f"{number}. [{checked.verdict}] \u201c{checked.claim.text}\u201d "
            f"(characters {start}-{end}, {checked.year} report)"
        )
        if checked.explanation:
            lines.append(f"   {checked.explanation}")
        for evidence in checked.evidence:
            lines.append(
                f"   - {evidence.country} ({evidence.iso3}) {evidence.report_year}: "
                f"{evidence.tier_label}; "
                f"{evidence.source}"
            )
        if checked.group is not None:
            lines.append(f"   Group used: {checked.group.name} ({checked.group.slug}).")
            if checked.group.definition:
                lines.append(f"   Definition: {checked.group.definition}")
            for alternative in checked.alternatives:
                lines.append(f"   Other definition: {alternative.note}")
        for note in checked.rule_notes:
            lines.append(f"   Rule flag: {note}")
    counts = result.counts()
    if unchecked:
        lines.append("")
        lines += unchecked
    lines.append(
        f"\n{len(result.claims)} claims: {counts['supported']} supported, "
        f"{counts['contradicted']} contradicted, {counts['not_covered']} not covered; "
        f"{len(unchecked)} sentences not checked."
    )
    return "\n".join(lines)
