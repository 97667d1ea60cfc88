"""Telling a file's kind from its first bytes, without loading a reader for it."""

from __future__ import annotations

PDF_MAGIC = b"%PDF-"


def looks_like_pdf(data: bytes) -> bool:
    # PDF readers accept the header anywhere in the first kilobyte, after junk bytes.
    return PDF_MAGIC in data[:1024]
