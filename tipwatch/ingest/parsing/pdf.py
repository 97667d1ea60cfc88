"""PDF text extraction with pypdfium2.

Per page: one text page, one pass over PDFium's text rectangles (a few hundred
C calls, no per-character Python loop) to decide whether the page is set in two
columns; only two-column pages are re-read region by region with bounded text
queries (left column, then right column, with full-width bands in between).

The file is untrusted: its pages are read in forked processes, never in the caller, each under
`ReadLimits` (address space with RLIMIT_AS, a deadline, pages, characters per page), so that a
small hostile file cannot take the caller's memory or time. Long reports are read by one such
process per core. A caller with other work to do first (the command line loads Django) can
start that reading early with `read_ahead`.
"""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import os
import queue
import resource
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, Pipe, wait
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tipwatch.ingest.parsing import errors
from tipwatch.ingest.parsing.columns import Rect, Region, plan_page
from tipwatch.ingest.parsing.errors import (
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NotPdfError,
    ReportReadError,
    ScannedPdfError,
)
from tipwatch.ingest.parsing.filetypes import looks_like_pdf
from tipwatch.ingest.parsing.limits import DEFAULT_LIMITS, ReadLimits
from tipwatch.ingest.parsing.textnorm import normalise_text

PageProgress = Callable[[int, int], None]

CHUNK_PAGES = 25
PARALLEL_FROM_PAGES = 100
MAX_WORKERS = 4
_EOF_MARKER = b"%%EOF"


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


def _bounded_texts(textpage: Any, chars: int, regions: list[Region]) -> list[str]:
    """The text of each region, asking PDFium once per region.

    pypdfium2's ``get_text_bounded`` asks twice, the first time for the length, and PDFium
    goes through every character of the page each time. A region's text holds at most each
    of the page's characters (two UTF-16 units outside the BMP) with a line break before it,
    so one buffer of four units a character holds any of them; a text that filled the buffer
    all the same would be asked for again the long way rather than cut short.
    """
    size = 4 * chars + 16
    buffer = (ctypes.c_ushort * size)()
    raw = textpage.raw
    texts: list[str] = []
    for left, bottom, right, top in regions:
        units = pdfium_c.FPDFText_GetBoundedText(raw, left, top, right, bottom, buffer, size)
        if units >= size:
            texts.append(textpage.get_text_bounded(left, bottom, right, top))
            continue
        if units and buffer[units - 1] == 0:  # the terminating NUL PDFium writes and counts
            units -= 1
        texts.append(ctypes.string_at(buffer, 2 * units).decode("utf-16-le", "ignore"))
    return texts


def page_text(page: Any, limits: ReadLimits = DEFAULT_LIMITS, number: int = 0) -> str:
    """The text of one page in reading order (CRLF line breaks as PDFium gives them)."""
    textpage = page.get_textpage()
    try:
        chars = textpage.count_chars()
        if chars <= 0:
            return ""
        limits.check_page_chars(number, chars)
        plan = plan_page(_text_rects(textpage), tuple(page.get_bbox()))
        if plan is None or plan.stream_in_order:
            return str(textpage.get_text_range())
        return "\n".join(_bounded_texts(textpage, chars, plan.regions))
    finally:
        textpage.close()


def _read_pages(
    pdf: Any, start: int, stop: int, limits: ReadLimits = DEFAULT_LIMITS
) -> list[list[str]]:
    """The normalised lines of pages [start, stop) of an open PDF."""
    pages: list[list[str]] = []
    for index in range(start, stop):
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            raise DamagedPdfError(f"page {index + 1} cannot be loaded") from exc
        try:
            pages.append(normalise_text(page_text(page, limits, index + 1)))
        finally:
            page.close()
    return pages


def _reader_count() -> int:
    """How many processes read a long report: one per core, at most MAX_WORKERS."""
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _chunks(count: int) -> list[tuple[int, int]]:
    return [(start, min(start + CHUNK_PAGES, count)) for start in range(0, count, CHUNK_PAGES)]


def _sharing(count: int, readers: int) -> int:
    """How many of the started readers share the pages: short reports need only the first."""
    return readers if count >= PARALLEL_FROM_PAGES else 1


# What a reader dies of when PDFium cannot allocate under RLIMIT_AS: it aborts (or traps or
# faults on the null it was given) rather than report an error.
_OUT_OF_MEMORY_SIGNALS = {signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS, signal.SIGTRAP}


def _die_with_parent(parent: int) -> None:
    """A reader must not outlive the process that waits for it (say, a killed task worker)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def _limit_address_space(extra: int) -> None:
    """Cap this process's address space at what it inherited plus ``extra`` bytes."""
    with open("/proc/self/statm") as statm:
        inherited = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = inherited + extra
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _reader_main(
    data: bytes, index: int, readers: int, limits: ReadLimits, channel: Connection, parent: int
) -> None:
    """A forked reader: the page count, then every ``readers``-th chunk from ``index``."""
    try:
        _die_with_parent(parent)
        # PDFium aborts when it meets the memory cap; the parent reports that in one line.
        faulthandler.disable()
        with contextlib.suppress(OSError, ValueError):  # no /proc: no cap, as on other systems
            _limit_address_space(limits.max_memory_bytes)
        pdf = _open(data)
        count = len(pdf)
        limits.check_pages(count)
        channel.send(("count", count))
        sharing = _sharing(count, readers)
        if index < sharing:
            for number, (start, stop) in enumerate(_chunks(count)):
                if number % sharing == index:
                    channel.send(("pages", number, _read_pages(pdf, start, stop, limits)))
        channel.send(("done", None))
    except ReportReadError as error:
        channel.send(("error", (type(error).__name__, str(error))))
    except MemoryError:
        channel.send(("memory", None))
    except BaseException:  # anything else: the parent reports the reader's end
        pass
    finally:
        os._exit(0)


def _rebuild_error(name: str, message: str) -> ReportReadError:
    """The reader's error in the caller, with its class and its exact message."""
    cls = getattr(errors, name, ReportReadError)
    if not (isinstance(cls, type) and issubclass(cls, ReportReadError)):
        cls = ReportReadError
    error = cls.__new__(cls)
    ReportReadError.__init__(error, message)
    return error


@dataclass
class _Reader:
    pid: int
    channel: Connection
    index: int
    done: bool = False


Message = tuple[Any, ...] | None  # None: the reader closed its end


@dataclass
class _ForkedRead:
    """Pages being read by forked processes under limits, in chunks, results in order.

    A thread takes each reader's messages as they come, so that no reader waits on a full
    pipe while the caller is busy elsewhere (loading Django, for the command line).
    """

    data: bytes
    limits: ReadLimits
    readers: list[_Reader]
    deadline: float
    inbox: queue.SimpleQueue[tuple[_Reader, Message]] = field(default_factory=queue.SimpleQueue)
    count: int | None = None
    received: dict[int, list[list[str]]] = field(default_factory=dict)
    wake: tuple[Connection, Connection] = field(default_factory=lambda: Pipe(duplex=False))
    drainer: threading.Thread | None = None

    @classmethod
    def start(cls, data: bytes, limits: ReadLimits, readers: int) -> _ForkedRead:
        deadline = time.monotonic() + limits.max_seconds
        parent = os.getpid()
        started: list[_Reader] = []
        for index in range(readers):
            ours, theirs = Pipe(duplex=False)
            pid = os.fork()
            if pid == 0:  # the reader
                ours.close()
                _reader_main(data, index, readers, limits, theirs, parent)
            theirs.close()
            started.append(_Reader(pid, ours, index))
        read = cls(data, limits, started, deadline)
        read.drainer = threading.Thread(target=read._drain, name="pdf-readers", daemon=True)
        read.drainer.start()
        return read

    def _drain(self) -> None:
        listening = {reader.channel: reader for reader in self.readers}
        stop_signal = self.wake[0]
        while listening:
            ready = wait([*listening, stop_signal])
            if stop_signal in ready:
                return
            for reader in [listening[c] for c in list(listening) if c in ready]:
                message: Message
                try:
                    message = reader.channel.recv()
                except (EOFError, OSError):
                    message = None
                if message is None or message[0] in {"done", "error", "memory"}:
                    del listening[reader.channel]
                self.inbox.put((reader, message))

    def collect(self, progress: PageProgress | None) -> list[list[str]]:
        try:
            return self._collect(progress)
        finally:
            self.stop()

    def _collect(self, progress: PageProgress | None) -> list[list[str]]:
        pages: list[list[str]] = []
        following = 0
        while self.count is None or following < len(_chunks(self.count)):
            if all(reader.done for reader in self.readers):
                raise DamagedPdfError("its pages could not all be read")
            remaining = self.deadline - time.monotonic()
            try:
                reader, message = self.inbox.get(timeout=max(remaining, 0))
            except queue.Empty:
                raise self.limits.time_exceeded() from None
            self._receive(reader, message)
            if self.count is None:
                continue
            chunks = _chunks(self.count)
            while following < len(chunks) and following in self.received:
                pages.extend(self.received.pop(following))
                following += 1
                if progress is not None:
                    progress(chunks[following - 1][1], self.count)
        return pages

    def _receive(self, reader: _Reader, message: Message) -> None:
        if message is None:
            reader.done = True
            self._ended_early(reader)
            return
        kind, *payload = message
        if kind == "count":
            self.count = payload[0]
        elif kind == "pages":
            number, lines = payload
            self.received[number] = lines
        elif kind == "done":
            reader.done = True
        elif kind == "error":
            raise _rebuild_error(*payload[0])
        elif kind == "memory":
            raise self._memory_exceeded(reader)

    def _ended_early(self, reader: _Reader) -> None:
        """A reader closed its end without finishing: it died, most likely out of memory."""
        _, status = os.waitpid(reader.pid, 0)
        reader.pid = 0
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) in _OUT_OF_MEMORY_SIGNALS:
            raise self._memory_exceeded(reader)
        how = (
            f"signal {os.WTERMSIG(status)}"
            if os.WIFSIGNALED(status)
            else f"exit status {os.WEXITSTATUS(status)}"
        )
        raise DamagedPdfError(f"the process reading it stopped ({how})")

    def _memory_exceeded(self, reader: _Reader) -> ReportReadError:
        """The limit error naming the pages the reader was on when it ran out."""
        if self.count is None:
            return self.limits.memory_exceeded(1, 1)
        chunks = _chunks(self.count)
        sharing = _sharing(self.count, len(self.readers))
        mine = [n for n in range(len(chunks)) if n % sharing == reader.index]
        pending = next((n for n in mine if n not in self.received), mine[0] if mine else 0)
        start, stop = chunks[pending] if chunks else (0, 1)
        return self.limits.memory_exceeded(start + 1, stop)

    def stop(self) -> None:
        for reader in self.readers:
            if reader.pid:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(reader.pid, signal.SIGKILL)
        if self.drainer is not None:
            self.wake[1].send(None)
            self.drainer.join()
            self.drainer = None
        for reader in self.readers:
            reader.channel.close()
            if reader.pid:
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(reader.pid, 0)
                reader.pid = 0
        for end in self.wake:
            end.close()


def _can_fork() -> bool:
    return hasattr(os, "fork")


_read_ahead: _ForkedRead | None = None


def read_ahead(data: bytes, limits: ReadLimits = DEFAULT_LIMITS) -> bool:
    """Start reading a PDF's pages in the background and return at once.

    `extract_page_lines` given the same bytes and limits later collects what was read; given
    others, it stops this reading. Returns whether reading started: damaged, oversized and
    non-PDF input is left to `extract_page_lines`, which reports any problem.
    """
    global _read_ahead
    if _read_ahead is not None:
        _read_ahead.stop()
        _read_ahead = None
    try:
        limits.check_file_size(len(data))
        check_pdf_bytes(data)
    except ReportReadError:
        return False
    if not _can_fork():
        return False
    _read_ahead = _ForkedRead.start(data, limits, _reader_count())
    return True


def _take_read_ahead(data: bytes, limits: ReadLimits) -> _ForkedRead | None:
    global _read_ahead
    pending, _read_ahead = _read_ahead, None
    if pending is None:
        return None
    if pending.limits == limits and pending.data == data:  # bytes compare by identity first
        return pending
    pending.stop()
    return None


def _read_here(data: bytes, limits: ReadLimits, progress: PageProgress | None) -> list[list[str]]:
    """Where there is no fork: read in this process, with the limits on pages and characters."""
    pdf = _open(data)
    try:
        count = len(pdf)
        limits.check_pages(count)
        pages: list[list[str]] = []
        for start, stop in _chunks(count):
            pages.extend(_read_pages(pdf, start, stop, limits))
            if progress is not None:
                progress(stop, count)
        return pages
    finally:
        pdf.close()


def extract_page_lines(
    data: bytes, progress: PageProgress | None = None, limits: ReadLimits = DEFAULT_LIMITS
) -> list[list[str]]:
    """The lines of every page of a PDF given as bytes, in physical order.

    Each page's text is normalised (`textnorm.normalise_text`) where it is read, so that
    long reports get that work done in the reading processes too.

    ``progress``, when given, is called with (pages read, page count) as pages are read.
    Pages are read in forked processes under ``limits``; long reports by one per core, each
    over its own chunks of pages.

    Raises a ``ReportReadError`` subclass for empty, non-PDF, truncated, damaged,
    encrypted and scanned (no text layer anywhere) files, and ``LimitExceededError`` for a
    file that needs more than a limit allows.
    """
    limits.check_file_size(len(data))
    check_pdf_bytes(data)
    pending = _take_read_ahead(data, limits)
    if pending is not None:
        pages = pending.collect(progress)
    elif _can_fork():
        pages = _ForkedRead.start(data, limits, _reader_count()).collect(progress)
    else:
        pages = _read_here(data, limits, progress)
    if not any(any(lines) for lines in pages):
        raise ScannedPdfError()
    return pages
