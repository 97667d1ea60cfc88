"""PDF text extraction with pypdfium2.

Per page: one text page, one pass over PDFium's text rectangles (a few hundred
C calls, no per-character Python loop) to decide whether the page is set in two
columns; only two-column pages are re-read region by region with bounded text
queries (left column, then right column, with full-width bands in between).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
from collections.abc import Callable
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tipwatch.ingest.parsing.columns import Rect, plan_page
from tipwatch.ingest.parsing.errors import (
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NotPdfError,
    ScannedPdfError,
)

PageProgress = Callable[[int, int], None]

CHUNK_PAGES = 25
PARALLEL_FROM_PAGES = 100
MAX_WORKERS = 4
PDF_MAGIC = b"%PDF-"
_EOF_MARKER = b"%%EOF"


def looks_like_pdf(data: bytes) -> bool:
    return PDF_MAGIC in data[:1024]


def check_pdf_bytes(data: bytes) -> None:
    """Cheap structural checks before handing the bytes to PDFium."""
    if not data.strip():
        raise EmptyFileError()
    if not looks_like_pdf(data):
        raise NotPdfError()
    if _EOF_MARKER not in data[-4096:]:
        raise DamagedPdfError(
            f"no end-of-file marker after {len(data):,} bytes (the file was probably cut short)"
        )


def _open(data: bytes) -> Any:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPdfError("a password is required to open it") from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedPdfError("it uses an unsupported security handler") from exc
        raise DamagedPdfError(f"PDFium cannot load it ({exc})") from exc


def _text_rects(textpage: Any) -> list[Rect]:
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountRects(raw, 0, -1)
    left, top, right, bottom = (
        ctypes.c_double(),
        ctypes.c_double(),
        ctypes.c_double(),
        ctypes.c_double(),
    )
    get_rect = pdfium_c.FPDFText_GetRect
    rects: list[Rect] = []
    append = rects.append
    for index in range(max(count, 0)):
        if get_rect(raw, index, left, top, right, bottom):
            append((left.value, bottom.value, right.value, top.value))
    return rects


def page_text(page: Any) -> str:
    """The text of one page in reading order (CRLF line breaks as PDFium gives them)."""
    textpage = page.get_textpage()
    try:
        if textpage.count_chars() <= 0:
            return ""
        plan = plan_page(_text_rects(textpage), tuple(page.get_bbox()))
        if plan is None or plan.stream_in_order:
            return str(textpage.get_text_range())
        return "\n".join(textpage.get_text_bounded(*region) for region in plan.regions)
    finally:
        textpage.close()


def _read_pages(pdf: Any, start: int, stop: int) -> list[str]:
    """The text of pages [start, stop) of an open PDF."""
    texts: list[str] = []
    for index in range(start, stop):
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            raise DamagedPdfError(f"page {index + 1} cannot be loaded") from exc
        try:
            texts.append(page_text(page))
        finally:
            page.close()
    return texts


# Set before the reading processes fork: they share the bytes with the parent, and each opens
# the document once, in `_open_in_worker`, for all the chunks it is given.
_shared_data: bytes = b""
_worker_pdf: Any = None


def _open_in_worker() -> None:
    global _worker_pdf
    _worker_pdf = _open(_shared_data)


def _read_shared_range(bounds: tuple[int, int]) -> list[str]:
    return _read_pages(_worker_pdf, *bounds)


def _parallel_workers(pages: int) -> int:
    """How many processes to read with: one per core for long reports, where fork exists."""
    if pages < PARALLEL_FROM_PAGES or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def extract_pages(data: bytes, progress: PageProgress | None = None) -> list[str]:
    """Raw text of every page of a PDF given as bytes, in physical order.

    ``progress``, when given, is called with (pages read, page count) as pages are read.
    Long reports are read by one forked process per core, each over its own chunks of pages.

    Raises a ``ReportReadError`` subclass for empty, non-PDF, truncated, damaged,
    encrypted and scanned (no text layer anywhere) files.
    """
    global _shared_data
    check_pdf_bytes(data)
    pdf = _open(data)
    count = len(pdf)
    chunks = [(start, min(start + CHUNK_PAGES, count)) for start in range(0, count, CHUNK_PAGES)]
    texts: list[str] = []
    workers = _parallel_workers(count)
    if workers == 1:
        try:
            for start, stop in chunks:
                texts.extend(_read_pages(pdf, start, stop))
                if progress is not None:
                    progress(stop, count)
        finally:
            pdf.close()
    else:
        pdf.close()
        _shared_data = data
        try:
            with multiprocessing.get_context("fork").Pool(workers, _open_in_worker) as pool:
                for (_, stop), chunk in zip(
                    chunks, pool.imap(_read_shared_range, chunks), strict=True
                ):
                    texts.extend(chunk)
                    if progress is not None:
                        progress(stop, count)
        finally:
            _shared_data = b""
    if not texts or not any(text.strip() for text in texts):
        raise ScannedPdfError()
    return texts
