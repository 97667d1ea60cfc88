"""How much of the machine reading one untrusted report file may take.

Each refusal is one line that names the limit and the setting that holds it. The defaults
leave a real report far inside each limit: the 500-page benchmark report has 6,600 characters
on its fullest page, and a reading process needs some 10 MB beyond what it inherits.
"""

from __future__ import annotations

from dataclasses import dataclass

from tipwatch.ingest.parsing.errors import LimitExceededError

MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    max_file_bytes: int = 200 * MB
    max_pages: int = 2000
    max_page_chars: int = 50_000
    max_seconds: float = 120.0
    # Address space a reading process may add to what it inherits from its parent.
    max_memory_bytes: int = 512 * MB

    def check_file_size(self, size: int) -> None:
        if size > self.max_file_bytes:
            raise LimitExceededError(
                f"the file is {size / MB:,.1f} MB, more than the limit of "
                f"{self.max_file_bytes / MB:,.0f} MB (TIPWATCH_IMPORT_MAX_FILE_MB)"
            )

    def check_pages(self, count: int) -> None:
        if count > self.max_pages:
            raise LimitExceededError(
                f"the PDF has {count:,} pages, more than the limit of {self.max_pages:,} "
                "(TIPWATCH_IMPORT_MAX_PAGES)"
            )

    def check_page_chars(self, page_number: int, count: int) -> None:
        if count > self.max_page_chars:
            raise LimitExceededError(
                f"page {page_number} has {count:,} characters, more than the limit of "
                f"{self.max_page_chars:,} per page (TIPWATCH_IMPORT_MAX_PAGE_CHARS)"
            )

    def time_exceeded(self) -> LimitExceededError:
        return LimitExceededError(
            f"reading took longer than the limit of {self.max_seconds:g} seconds "
            "(TIPWATCH_IMPORT_MAX_SECONDS)"
        )

    def memory_exceeded(self, first_page: int, last_page: int) -> LimitExceededError:
        pages = f"page {first_page}" if first_page == last_page else f"pages {first_page}-"
        if first_page != last_page:
            pages += str(last_page)
        return LimitExceededError(
            f"reading {pages} needed more than the memory limit of "
            f"{self.max_memory_bytes / MB:,.0f} MB (TIPWATCH_IMPORT_MAX_MEMORY_MB)"
        )


DEFAULT_LIMITS = ReadLimits()
