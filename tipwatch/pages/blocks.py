"""StreamField blocks shared by the site's page types."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading (H2)"), ("h3", "Sub-heading (H3)")], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text="Describe the image for people who cannot see it. Leave empty if decorative.",
    )
    caption = blocks.CharBlock(required=False, max_length=500)

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to another address: exactly one of the two."""

    label = blocks.CharBlock(max_length=80)
    # Site settings belong to a site, not a locale, so wagtail-localize cannot translate them:
    # the Spanish wording sits beside the English. A page link without it is labelled with the
    # page's Spanish title.
    label_es = blocks.CharBlock(
        max_length=80, required=False, label="Label in Spanish", help_text="Shown on /es/ pages."
    )
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, label="Other address")

    class Meta:
        icon = "link"

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = "Choose a page or give an address (one of the two)."
            raise StructBlockValidationError(block_errors={"url": ValidationError(message)})
        return value


def standard_body_blocks() -> list[tuple[str, blocks.Block]]:
    return [
        ("heading", HeadingBlock()),
        (
            "paragraph",
            blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"),
        ),
        ("image", CaptionedImageBlock()),
        ("quote", QuoteBlock()),
    ]
