"""Several saved pages imported as one report: a zip file, or a folder zipped on the way in.

On the day a report is published a group saves the State Department's country pages one by
one; the pages of a folder (or of a zip) are read in the order of their names and joined
into one Document, numbered on from one file to the next.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from tipwatch.ingest.parsing.document import Document, Page
from tipwatch.ingest.parsing.errors import EmptyFileError, ReportReadError
from tipwatch.ingest.parsing.limits import DEFAULT_LIMITS, ReadLimits
from tipwatch.ingest.parsing.readers import read_any

if TYPE_CHECKING:
    from tipwatch.ingest.parsing.pdf import PageProgress

ZIP_SIGNATURE = b"PK\x03\x04"
MAX_BUNDLE_FILES = 1000
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024  # uncompressed: a zip bomb stops here, not in memory
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same folder zips to the same bytes, run after run


class BundleError(ReportReadError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"the zip file cannot be read: {detail}")


def _wanted(name: str) -> bool:
    parts = name.split("/")
    return not name.endswith("/") and not any(
        part.startswith(".") or part == "__MACOSX" for part in parts
    )


def read_bundle(
    data: bytes, progress: PageProgress | None = None, limits: ReadLimits = DEFAULT_LIMITS
) -> Document:
    """Every file in a zip read as a report file, in name order, as one Document.

    Each file is held to ``limits`` as if it had been imported alone.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = sorted(
            (i for i in archive.infolist() if _wanted(i.filename)), key=lambda i: i.filename
        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
        raise BundleError(str(exc) or "it is damaged") from exc
    if not entries:
        raise EmptyFileError("the zip file holds no files")
    if len(entries) > MAX_BUNDLE_FILES:
        raise BundleError(f"it holds {len(entries)} files; {MAX_BUNDLE_FILES} at most")
    if sum(entry.file_size for entry in entries) > MAX_BUNDLE_BYTES:
        raise BundleError(f"it unpacks to more than {MAX_BUNDLE_BYTES // 2**20} MB")
    pages: list[Page] = []
    warnings: list[str] = []
    kinds: set[str] = set()
    starts: set[int] = set()
    for done, entry in enumerate(entries, start=1):
        try:
            content = archive.read(entry)
            if content.startswith(ZIP_SIGNATURE):
                raise BundleError("a zip inside the zip")
            document = read_any(content, limits=limits)
        except ReportReadError as exc:
            raise ReportReadError(f"{entry.filename}: {exc}") from exc
        except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
            raise BundleError(f"{entry.filename}: {exc}") from exc
        offset = len(pages)
        starts.add(offset + 1)
        pages.extend(
            Page(offset + index, page.text, page.heading_lines)
            for index, page in enumerate(document.pages, start=1)
        )
        warnings.extend(f"{entry.filename}: {warning}" for warning in document.warnings)
        kinds.add(document.kind)
        if progress is not None:
            progress(done, len(entries))
    kind = kinds.pop() if len(kinds) == 1 else "mixed"
    return Document(pages=pages, kind=kind, warnings=warnings, file_starts=frozenset(starts))


def read_report(
    data: bytes, progress: PageProgress | None = None, limits: ReadLimits = DEFAULT_LIMITS
) -> Document:
    """A report file (PDF, HTML, text) or a zip of them, read under ``limits``."""
    if data.startswith(ZIP_SIGNATURE):
        return read_bundle(data, progress, limits)
    return read_any(data, progress, limits)


def zip_folder(folder: Path) -> bytes:
    """The folder's files (not hidden ones), as the zip `read_bundle` reads, byte-stable."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for root, directories, files in os.walk(folder):
            directories[:] = sorted(d for d in directories if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = Path(root) / name
                info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), _FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes())
    return buffer.getvalue()
