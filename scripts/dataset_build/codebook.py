"""Refreshing CODEBOOK.md after a build: its coverage table and its files' row counts."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .errors import fail

CODEBOOK_START = "<!-- coverage-table:start -->"
CODEBOOK_END = "<!-- coverage-table:end -->"


def update_codebook(out_dir: Path, table: str, row_counts: dict[str, int]) -> None:
    """Refresh the coverage table and the row counts of the files table."""
    path = out_dir / "CODEBOOK.md"
    if not path.is_file():
        print(f"note: {path} not found; coverage table not inserted", file=sys.stderr)
        return
    text = path.read_text(encoding="utf-8")
    if CODEBOOK_START not in text or CODEBOOK_END not in text:
        fail(f"{path}: coverage-table markers missing")
    head, rest = text.split(CODEBOOK_START, 1)
    _, tail = rest.split(CODEBOOK_END, 1)
    new = f"{head}{CODEBOOK_START}\n{table}{CODEBOOK_END}{tail}"
    for name, count in row_counts.items():
        pattern = re.compile(rf"^(\| `{re.escape(name)}` \|[^|\n]*\| )[\d,]+( \|)$", re.MULTILINE)
        new, found = pattern.subn(rf"\g<1>{count:,}\g<2>", new)
        if found != 1:
            fail(f"{path}: no row for {name} in the files table")
    if new != text:
        path.write_bytes(new.encode("utf-8"))
