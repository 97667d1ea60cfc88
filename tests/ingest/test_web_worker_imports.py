"""A web worker does not carry the PDF reader: PDFium loads when a PDF is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LOAD_THE_SITE = """
import sys
import django
django.setup()
from django.urls import resolve, reverse
resolve("/")
resolve(reverse("ingest:upload"))
print("pypdfium2" in sys.modules)
"""

READ_A_PDF = """
import sys
from tipwatch.ingest.parsing import read_any
try:
    read_any(b"%PDF-1.7 not really a pdf")
except Exception:
    pass
print("pypdfium2" in sys.modules)
"""


def _run(code: str) -> str:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tipwatch.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_loading_the_site_and_its_import_screens_leaves_pdfium_unloaded() -> None:
    assert _run(LOAD_THE_SITE) == "False"


def test_reading_a_pdf_loads_pdfium() -> None:
    assert _run(READ_A_PDF) == "True"
