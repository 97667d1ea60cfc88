"""Which code is serving: a mark of everything that decides the HTML a page renders to.

Cached HTML (whole responses, Wagtail fragments, the explorer's tables) is keyed on the data
version, which edits and imports bump. A deploy bumps nothing, so without a mark of the code a
changed template, translation or view would go on serving the old HTML until its entries
expire. The mark is part of the data version's token (`tip.versioning`), so every key built on
it changes with the code. During a rolling restart old and new code run side by side: each
keys on its own release, so neither stores its HTML under the other's keys.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from pathlib import Path

from django.conf import settings

PACKAGE = Path(__file__).resolve().parent.parent
# The files whose change can change a rendered page: code, templates, compiled catalogs and
# the static files templates link to. Not the bundled dataset: loading it bumps the version.
PAGE_SUFFIXES = frozenset({".py", ".html", ".txt", ".mo", ".css", ".js", ".svg"})
# Libraries whose templates and tags render parts of our pages.
RENDERING_LIBRARIES = ("django", "wagtail")


@functools.cache
def code_release() -> str:
    """`TIPWATCH_RELEASE` when the deployment names its release (a commit, a tag), else a
    digest of the package's page-deciding files and the rendering libraries' versions, read
    once per process (tens of milliseconds; the web server reads it before forking)."""
    named = str(getattr(settings, "TIPWATCH_RELEASE", "") or "")
    if named:
        return hashlib.sha1(named.encode(), usedforsecurity=False).hexdigest()[:12]
    libraries = "".join(f"{name}={metadata.version(name)}\n" for name in RENDERING_LIBRARIES)
    return files_digest(PACKAGE, salt=libraries)


def files_digest(root: Path, salt: str = "") -> str:
    """A digest of the names and bytes of the page-deciding files under `root`."""
    digest = hashlib.sha1(salt.encode(), usedforsecurity=False)
    for path in sorted(root.rglob("*")):
        if path.suffix in PAGE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
