"""Process settings for a long build: Python's garbage collector and the C allocator.

Garbage collector. Importing spaCy and loading its model allocate a few million objects, none of them
garbage (a collection afterwards finds nothing), yet the collector would run ~350 times over them, a
tenth of a second on every start: it is paused meanwhile (`collector_paused`), by a threshold of zero
rather than `gc.disable()`, which spaCy's model loading undoes (srsly re-enables the collector after
each msgpack it reads). Once the model is loaded
it lives as long as the process, so `settle_after_model_load` freezes it out of the collector's sight
and makes young collections rarer.

C allocator (glibc only; elsewhere nothing changes). A build frees most of what a window allocated when the window is written. glibc then gives the top of
its heap back to the system (above `M_TRIM_THRESHOLD`, 128 KiB by default, and it sets that threshold
for itself only while it also chooses the mmap threshold), and the next window asks for the same pages
again: each one a page fault, which the kernel must zero. On 400 short articles that was twice raw
spaCy's page faults and a fifth of a second of system time. Keeping up to `KEEP_FREED_BYTES` of freed
heap, and serving allocations below `MMAP_THRESHOLD_BYTES` from the heap (spaCy's arrays are a few MB),
stops the churn; the peak memory is the same, since the pages are reused by the next window.
"""
from __future__ import annotations

import ctypes
import gc
import sys
from contextlib import contextmanager
from typing import Iterator

# mallopt's parameter numbers, from glibc's malloc.h
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3

KEEP_FREED_BYTES = 128 * 2**20
MMAP_THRESHOLD_BYTES = 32 * 2**20  # glibc's largest allowed value on 64-bit systems
CLIENT_MMAP_THRESHOLD_BYTES = 128 * 2**10  # glibc's default, kept from then on


@contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """No automatic garbage collection inside the block (imports, model loading); as before after it.

    With `freeze`, what the process holds at the end of the block is frozen before the collector comes back:
    otherwise the first allocation after the block meets a young generation of a million objects and runs a
    collection that walks them all (40 ms after kg's imports, 30 ms more when the gazetteer loads). Only a
    process that keeps what it imported, a build, asks for it: a library import must not freeze the
    objects of the program that imports it."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        if freeze:
            gc.freeze()  # also empties the young generation's count
        gc.set_threshold(*thresholds)


def settle_collector() -> None:
    """What the process holds for good from now on (a model, the modules it imported, the gazetteer: a
    million objects or more) out of the collector's sight, which every full collection would walk again;
    and young collections less often. Both hold for the whole process: only a build calls it, once."""
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)  # a window allocates ~10^5 short-lived objects: fewer, larger young sweeps


def settle_after_model_load() -> None:
    """Once a local build has its model: `settle_collector`, and the allocator told to keep freed memory."""
    settle_collector()
    keep_freed_memory()


def keep_freed_memory() -> bool:
    """A local build: glibc keeps freed memory for the next window; True when it took both settings."""
    # the mmap threshold first: setting either one stops glibc from moving both by itself
    return _mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) and _mallopt(M_TRIM_THRESHOLD, KEEP_FREED_BYTES)


def map_large_allocations() -> bool:
    """A Dask client: every allocation of 128 KiB or more gets its own mapping, returned to the system when
    freed (True when glibc took it). By default glibc raises that threshold to the largest block freed so
    far: a Dask client's large blocks (each partition's N-Triples and outline, a few MB) then come from the
    heap, between the registry's long-lived small objects, and the heap keeps the holes they leave (~1.5 KB
    an article). The client's memory, not its page faults, is what grows with the input there; a local
    build, whose model and windows dwarf that, keeps its freed memory instead (`keep_freed_memory`)."""
    return _mallopt(M_MMAP_THRESHOLD, CLIENT_MMAP_THRESHOLD_BYTES)


def _mallopt(parameter: int, value: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library this Python is linked with
    except (OSError, AttributeError, TypeError):  # a C library without mallopt
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(parameter, value) == 1
