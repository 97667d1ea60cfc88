"""`tipwatch brief PER --year 2015 [--group latin-america]`: write a briefing on one country."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from tipwatch.briefings.briefing import to_json, to_markdown
from tipwatch.briefings.composer import BriefingComposer
from tipwatch.briefings.drafts import DraftError, save_draft
from tipwatch.briefings.facts import BriefingError
from tipwatch.core.commands import TipwatchCommand, UsageError
from tipwatch.pages.site_settings import home_group_slug
from tipwatch.tip.services.lookup import (
    UnknownChoiceError,
    find_country,
    find_group,
    find_report,
)


class Command(TipwatchCommand):
    help = (
        "Write a briefing on a country's placement in one report, compared with a group: "
        "tier, change, what it means, the group, movers and Watch List rule consequences. "
        "--save-draft saves it as an unpublished news article (again: a new revision)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("country", help="An ISO3 code such as PER, or a country name.")
        parser.add_argument("--year", type=int, required=True, help="Report (publication) year.")
        parser.add_argument(
            "--group",
            help="A group slug such as latin-america; by default the site's home group.",
        )
        parser.add_argument("--lang", choices=["en", "es"], default="en")
        parser.add_argument("--format", choices=["markdown", "json"], default="markdown")
        parser.add_argument(
            "--save-draft",
            action="store_true",
            help="Save the briefing as an unpublished news article under the news index.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        slug = options["group"] or home_group_slug()
        if not slug:
            raise UsageError("no group given and the site settings name no home group: use --group")
        try:
            country = find_country(options["country"])
            group = find_group(slug)
            report = find_report(options["year"])
        except UnknownChoiceError as error:
            raise UsageError(str(error)) from error
        try:
            briefing = BriefingComposer().compose(country, report, group, options["lang"])
        except BriefingError as error:
            raise UsageError(str(error)) from error

        if options["save_draft"]:
            try:
                result = save_draft(briefing, country, group)
            except DraftError as error:
                raise UsageError(str(error)) from error
            action = "Created draft" if result.created else "Added a revision to draft"
            self.stderr.write(
                f"{action} {result.page.title!r} (page {result.page.pk}, "
                f"revision {result.revision.pk}).",
                style_func=lambda s: s,
            )
        if options["format"] == "json":
            self.stdout.write(to_json(briefing))
        else:
            self.stdout.write(to_markdown(briefing), ending="")
