"""PDF text extraction with pypdfium2.

Per page: one text page, one pass over PDFium's text rectangles (a few hundred
C calls, no per-character Python loop) to decide whether the page is set in two
columns; only two-column pages are re-read region by region with bounded text
queries (left column, then right column, with full-width bands in between).

Long reports are read by one forked process per core. A caller with other work to do
first (the command line loads Django) can start that reading early with `read_ahead`.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import Pool
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tipwatch.ingest.parsing.columns import Rect, plan_page
from tipwatch.ingest.parsing.errors import (
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NotPdfError,
    ReportReadError,
    ScannedPdfError,
)
from tipwatch.ingest.parsing.textnorm import normalise_text

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


def _read_pages(pdf: Any, start: int, stop: int) -> list[list[str]]:
    """The normalised lines of pages [start, stop) of an open PDF."""
    pages: list[list[str]] = []
    for index in range(start, stop):
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            raise DamagedPdfError(f"page {index + 1} cannot be loaded") from exc
        try:
            pages.append(normalise_text(page_text(page)))
        finally:
            page.close()
    return pages


# Set before the reading processes fork: they share the bytes with the parent, and each opens
# the document once, in `_open_in_worker`, for all the chunks it is given.
_shared_data: bytes = b""
_worker_pdf: Any = None


def _open_in_worker() -> None:
    global _worker_pdf
    _worker_pdf = _open(_shared_data)


def _read_shared_range(bounds: tuple[int, int]) -> list[list[str]]:
    return _read_pages(_worker_pdf, *bounds)


def _parallel_workers(pages: int) -> int:
    """How many processes to read with: one per core for long reports, where fork exists."""
    if pages < PARALLEL_FROM_PAGES or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _chunks(count: int) -> list[tuple[int, int]]:
    return [(start, min(start + CHUNK_PAGES, count)) for start in range(0, count, CHUNK_PAGES)]


@dataclass
class _ParallelRead:
    """Pages being read by a pool of forked processes, in chunks, results in order."""

    data: bytes
    page_count: int
    chunks: list[tuple[int, int]]
    pool: Pool
    results: Iterator[list[list[str]]]

    @classmethod
    def start(cls, data: bytes, page_count: int, workers: int) -> _ParallelRead:
        global _shared_data
        _shared_data = data
        pool = multiprocessing.get_context("fork").Pool(workers, _open_in_worker)
        chunks = _chunks(page_count)
        return cls(data, page_count, chunks, pool, pool.imap(_read_shared_range, chunks))

    def collect(self, progress: PageProgress | None) -> list[list[str]]:
        pages: list[list[str]] = []
        try:
            for (_, stop), chunk in zip(self.chunks, self.results, strict=True):
                pages.extend(chunk)
                if progress is not None:
                    progress(stop, self.page_count)
        finally:
            self.stop()
        return pages

    def stop(self) -> None:
        global _shared_data
        self.pool.terminate()
        _shared_data = b""


_read_ahead: _ParallelRead | None = None


def read_ahead(data: bytes) -> bool:
    """Start reading a long PDF's pages in the background and return at once.

    `extract_page_lines` given the same bytes later collects what was read; given other bytes,
    it stops this reading. Returns whether reading started: short, damaged and non-PDF input is
    left to `extract_page_lines`, which reports any problem.
    """
    global _read_ahead
    if _read_ahead is not None:
        _read_ahead.stop()
        _read_ahead = None
    try:
        check_pdf_bytes(data)
        pdf = _open(data)
    except ReportReadError:
        return False
    count = len(pdf)
    pdf.close()
    workers = _parallel_workers(count)
    if workers == 1:
        return False
    _read_ahead = _ParallelRead.start(data, count, workers)
    return True


def _take_read_ahead(data: bytes) -> _ParallelRead | None:
    global _read_ahead
    pending, _read_ahead = _read_ahead, None
    if pending is None:
        return None
    if pending.data == data:  # bytes compare by identity first
        return pending
    pending.stop()
    return None


def extract_page_lines(data: bytes, progress: PageProgress | None = None) -> list[list[str]]:
    """The lines of every page of a PDF given as bytes, in physical order.

    Each page's text is normalised (`textnorm.normalise_text`) where it is read, so that
    long reports get that work done in the reading processes too.

    ``progress``, when given, is called with (pages read, page count) as pages are read.
    Long reports are read by one forked process per core, each over its own chunks of pages.

    Raises a ``ReportReadError`` subclass for empty, non-PDF, truncated, damaged,
    encrypted and scanned (no text layer anywhere) files.
    """
    check_pdf_bytes(data)
    pending = _take_read_ahead(data)
    if pending is not None:
        pages = pending.collect(progress)
    else:
        pdf = _open(data)
        count = len(pdf)
        workers = _parallel_workers(count)
        if workers == 1:
            pages = []
            try:
                for start, stop in _chunks(count):
                    pages.extend(_read_pages(pdf, start, stop))
                    if progress is not None:
                        progress(stop, count)
            finally:
                pdf.close()
        else:
            pdf.close()
            pages = _ParallelRead.start(data, count, workers).collect(progress)
    if not any(any(lines) for lines in pages):
        raise ScannedPdfError()
    return pages
