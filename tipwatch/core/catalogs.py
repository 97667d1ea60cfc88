"""Compile the gettext catalogs (.po) into the binary files (.mo) Django reads, in pure Python.

Django's own `compilemessages` runs GNU gettext's `msgfmt`, which a fresh machine may not have;
Babel, already a dependency for CLDR names and dates, reads and writes the same formats, so
installing needs nothing but Python. Like `msgfmt` (and `compilemessages`), fuzzy entries are
left out and a placeholder that differs from the English is an error. Only translators, who
extract new strings with `makemessages`, need GNU gettext.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


class CatalogError(Exception):
    """A catalog that cannot be compiled; the message names the file, line and entry."""


def catalogs_under(locale_dirs: Iterable[Path]) -> Iterator[Path]:
    """Every `<language>/LC_MESSAGES/*.po` under the given locale folders."""
    for locale_dir in locale_dirs:
        yield from sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po"))


def compile_catalog(po_path: Path, mo_path: Path | None = None) -> Path:
    """Write `po_path` compiled beside it (or to `mo_path`); return the file written.

    Raises CatalogError when the catalog does not parse or an entry's placeholders do not match
    its source; the .mo file is then left as it was, never half-written."""
    target = Path(mo_path) if mo_path is not None else Path(po_path).with_suffix(".mo")
    locale = Path(po_path).parents[1].name
    try:
        with open(po_path, "rb") as handle:
            catalog = read_po(handle, locale=locale, abort_invalid=True)
    except Exception as error:  # Babel raises its own errors and ValueError for bad syntax.
        raise CatalogError(f"{po_path}: cannot be read: {error}") from error
    problems = [
        f"{po_path}:{message.lineno}: {message.id!r}: {'; '.join(str(e) for e in errors)}"
        for message, errors in catalog.check()
    ]
    if problems:
        raise CatalogError(
            "The catalog has entries that cannot be compiled:\n" + "\n".join(problems)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and moved over it, so a reader never sees half a file; opened
    # plainly (not with mkstemp's private mode) so the web server's user can read it.
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as out:
            write_mo(out, catalog, use_fuzzy=False)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
