"""glibc's allocator, told to give large freed blocks back to the system.

glibc serves a request above its mmap threshold that its heaps cannot serve from free memory
they already hold with a mapping of its own, returned to the system when it is freed; smaller
ones grow the heap, which it keeps. Unless the threshold is set, glibc raises it each time it
frees a mapped block, to that block's size (up to 32 MiB): after a worker frees one large block,
blocks up to that size come from the heap, and the worker keeps the high-water mark of whatever
it once held at once. Making two renditions of a 6000x4000 JPEG in a worker left it at 270 MB
with the threshold free to rise, 149 MB with it fixed (the peak was 513 MB either way:
renditions are made in a child process, `core.models`).

Fixed at 1 MiB rather than glibc's starting 128 KiB: the explorer's and the map's pages are about
166 KB, and a block of that size taken from a fresh mapping each time cost 780-850 µs to
allocate and fill on the shared development machine against 10-55 µs from the heap. Blocks of
1 MiB and more (decoded images, a PDF being read, a large download) are rare in a worker and go
back when freed. docs/performance.md, "Worker memory", has the figures.

Called from `tipwatch/wsgi.py`, so every app server gets it; gunicorn loads that module in its
master, and the workers forked from it inherit the setting.
"""

from __future__ import annotations

import ctypes
import ctypes.util

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
MMAP_THRESHOLD = 1024 * 1024


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
