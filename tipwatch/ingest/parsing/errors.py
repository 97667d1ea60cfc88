"""Exceptions raised while reading a report file.

Every reader error is a ``ReportReadError`` (a ``ValueError``) whose message is one
human-readable line naming the problem, suitable for printing as-is by a CLI.
"""

from __future__ import annotations


class ReportReadError(ValueError):
    """The file could not be turned into a Document."""


class EmptyFileError(ReportReadError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("the file is empty" + (f": {detail}" if detail else ""))


class FileAccessError(ReportReadError):
    """The file could not be opened or read (missing, permissions, a directory...)."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"cannot read the file: {detail}")


class NotPdfError(ReportReadError):
    def __init__(self, detail: str = "it does not start with %PDF-") -> None:
        super().__init__(f"not a PDF: {detail}")


class EncryptedPdfError(ReportReadError):
    def __init__(self, detail: str = "a password is required to open it") -> None:
        super().__init__(f"the file is encrypted: {detail}")


class DamagedPdfError(ReportReadError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"the PDF is damaged or truncated: {detail}")


class ScannedPdfError(ReportReadError):
    def __init__(self) -> None:
        super().__init__("scanned PDF: run OCR first")


class UnsupportedFormatError(ReportReadError):
    def __init__(self, detail: str = "not a PDF, HTML or UTF-8 text file") -> None:
        super().__init__(f"unsupported file type: {detail}")


class TextDecodeError(ReportReadError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"the text file is not valid UTF-8: {detail}")


class LimitExceededError(ReportReadError):
    """Reading the file would take more of something than the limit allows."""
