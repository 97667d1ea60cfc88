"""The page note that follows a figure, a tag list or a quote: " (page 12)", " (pages 3 and 5)"."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import pgettext


def pages_note(pages: Sequence[int | None]) -> str:
    unique = sorted({page for page in pages if page})
    if not unique:
        return ""
    if len(unique) == 1:
        text = pgettext("briefing", "page %(page)s") % {"page": unique[0]}
    else:
        text = pgettext("briefing", "pages %(pages)s and %(last)s") % {
            "pages": ", ".join(str(p) for p in unique[:-1]),
            "last": unique[-1],
        }
    return f" ({text})"
