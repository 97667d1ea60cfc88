"""glibc's allocator, told to give large blocks back to the system when they are freed.

glibc serves a request of 128 KiB or more with a mapping of its own (mmap), returned to the
system when it is freed, and smaller ones from the heap, which it keeps. Unless told otherwise
it raises that threshold each time it frees a mapped block, up to the size of the block (at
most 32 MiB): after the first large block a process frees, blocks up to that size come from
the heap, and a long-lived worker keeps the high-water mark of whatever it once held at once
(large response bodies, the bytes of a rendition). Setting the threshold fixes it at 128 KiB
for good. `bench/pages/memory.py --cold --repeat 3` (docs/performance.md): the highest
worker's RSS after 1,926 requests 145.0 MB with the threshold fixed against 148.2 MB without.

Called from `tipwatch/wsgi.py`, so every app server gets it; gunicorn loads that module in its
master, and the workers forked from it inherit the setting.
"""

from __future__ import annotations

import ctypes
import ctypes.util

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value


def fix_mmap_threshold(threshold: int = MMAP_THRESHOLD) -> bool:
    """True when the C library took the setting (glibc); False elsewhere (musl, macOS)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    mallopt = getattr(ctypes.CDLL(name), "mallopt", None)
    if mallopt is None:
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(mallopt(M_MMAP_THRESHOLD, threshold))
