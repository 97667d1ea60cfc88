"""Pure-text ingestion of the Trafficking in Persons Report (no Django here).

Typical use::

    document = read_any(path)                      # PDF, HTML or text
    matcher = CountryMatcher([(iso3, name, aliases), ...])
    parsed = parse_report(document, 2015, matcher)
    payload = parsed.to_json_dict()
    if parsed.fatal: ...                            # exit 2
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Nothing is imported until it is asked for. The command line starts reading a PDF (the
# `pdf` module: PDFium and the column planning) before anything else loads, and the readers,
# segmentation, tags and the statistics' hundreds of patterns are not needed for that: loaded
# here, they took a tenth of a second before the first page could be read. (The function
# `segment` is not offered here: once its module is loaded, that name on this package is the
# module. Import it from `tipwatch.ingest.parsing.segment`.)
if TYPE_CHECKING:
    from tipwatch.ingest.parsing.countries import CountryMatcher, normalise_name
    from tipwatch.ingest.parsing.document import Document, Page, PagedText, Span
    from tipwatch.ingest.parsing.errors import (
        DamagedPdfError,
        EmptyFileError,
        EncryptedPdfError,
        FileAccessError,
        LimitExceededError,
        NotPdfError,
        ReportReadError,
        ScannedPdfError,
        TextDecodeError,
        UnsupportedFormatError,
    )
    from tipwatch.ingest.parsing.extract import (
        Statistic,
        extract_statistics,
        extract_summary_sentence,
        extract_tier,
        tier_from_finding,
        tier_from_text,
    )
    from tipwatch.ingest.parsing.limits import ReadLimits
    from tipwatch.ingest.parsing.narrative import (
        Narrative,
        Problem,
        Section,
        Segmentation,
        Sentence,
    )
    from tipwatch.ingest.parsing.readers import (
        document_from_html,
        document_from_text,
        read_any,
        read_html,
        read_pdf,
        read_text,
    )
    from tipwatch.ingest.parsing.report import CountryResult, ParsedReport, parse_report
    from tipwatch.ingest.parsing.segment import NOT_A_REPORT
    from tipwatch.ingest.parsing.statistics import METRICS, QUALIFIERS
    from tipwatch.ingest.parsing.tags import Tags, extract_tags

_LOADED_WHEN_ASKED = {
    "CountryMatcher": "countries",
    "normalise_name": "countries",
    "Document": "document",
    "Page": "document",
    "PagedText": "document",
    "Span": "document",
    "DamagedPdfError": "errors",
    "EmptyFileError": "errors",
    "EncryptedPdfError": "errors",
    "FileAccessError": "errors",
    "LimitExceededError": "errors",
    "NotPdfError": "errors",
    "ReportReadError": "errors",
    "ScannedPdfError": "errors",
    "TextDecodeError": "errors",
    "UnsupportedFormatError": "errors",
    "Statistic": "extract",
    "extract_statistics": "extract",
    "extract_summary_sentence": "extract",
    "extract_tier": "extract",
    "tier_from_finding": "extract",
    "tier_from_text": "extract",
    "ReadLimits": "limits",
    "Narrative": "narrative",
    "Problem": "narrative",
    "Section": "narrative",
    "Segmentation": "narrative",
    "Sentence": "narrative",
    "document_from_html": "readers",
    "document_from_text": "readers",
    "read_any": "readers",
    "read_html": "readers",
    "read_pdf": "readers",
    "read_text": "readers",
    "CountryResult": "report",
    "ParsedReport": "report",
    "parse_report": "report",
    "NOT_A_REPORT": "segment",
    "METRICS": "statistics",
    "QUALIFIERS": "statistics",
    "Tags": "tags",
    "extract_tags": "tags",
}


def __getattr__(name: str) -> Any:
    module = _LOADED_WHEN_ASKED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "METRICS",
    "NOT_A_REPORT",
    "QUALIFIERS",
    "CountryMatcher",
    "CountryResult",
    "DamagedPdfError",
    "Document",
    "EmptyFileError",
    "EncryptedPdfError",
    "FileAccessError",
    "LimitExceededError",
    "Narrative",
    "NotPdfError",
    "Page",
    "PagedText",
    "ParsedReport",
    "Problem",
    "ReadLimits",
    "ReportReadError",
    "ScannedPdfError",
    "Section",
    "Segmentation",
    "Sentence",
    "Span",
    "Statistic",
    "Tags",
    "TextDecodeError",
    "UnsupportedFormatError",
    "document_from_html",
    "document_from_text",
    "extract_statistics",
    "extract_summary_sentence",
    "extract_tags",
    "extract_tier",
    "normalise_name",
    "parse_report",
    "read_any",
    "read_html",
    "read_pdf",
    "read_text",
    "tier_from_finding",
    "tier_from_text",
]
