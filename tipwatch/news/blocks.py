"""Blocks for news articles: a pull quote and a citation of a TIP report."""

from __future__ import annotations

from typing import Any

from wagtail import blocks

from tipwatch.pages.blocks import RICH_TEXT_FEATURES, CaptionedImageBlock, HeadingBlock
from tipwatch.pages.tiers import explorer_report_url


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "blocks/pull_quote.html"


class ReportSourceBlock(blocks.StructBlock):
    """Cites a TIP report by year. Links to the site's page for the report once one exists."""

    report_year = blocks.IntegerBlock(min_value=2001, max_value=2100)
    page = blocks.IntegerBlock(required=False, min_value=1, label="Page number")
    quote = blocks.TextBlock(required=False, help_text="The report's own words, if quoted.")
    url = blocks.URLBlock(
        required=False, help_text="A more precise address, e.g. the country narrative."
    )

    class Meta:
        icon = "doc-full"
        label = "Source (TIP report)"
        template = "blocks/report_source.html"

    def get_context(self, value: Any, parent_context: dict[str, Any] | None = None) -> dict:
        from tipwatch.tip.services.report_index import report_for_year

        context = super().get_context(value, parent_context=parent_context)
        year = value.get("report_year")
        request = (parent_context or {}).get("request")
        report = report_for_year(year, request) if year else None
        context["report"] = report
        context["report_title"] = str(report) if report else f"Trafficking in Persons Report {year}"
        # Link to the report's page on this site (once the explorer provides one) only when
        # our data holds that report; otherwise to the report's own address.
        context["report_link"] = explorer_report_url(year) if report else ""
        return context


def news_body_blocks() -> list[tuple[str, blocks.Block]]:
    return [
        ("heading", HeadingBlock()),
        (
            "paragraph",
            blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"),
        ),
        ("pull_quote", PullQuoteBlock()),
        ("image", CaptionedImageBlock()),
        ("source", ReportSourceBlock()),
    ]
