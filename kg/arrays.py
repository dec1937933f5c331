"""Sorted numpy arrays that take new entries in place.

The long-lived indexes of a build (kg.dedupe's band keys, the registry's hashed maps and key sets in
kg.pipeline) are sorted arrays merged with a batch of new entries now and then. ``np.insert`` builds the
merged array beside the old one, so each merge briefly held two copies of the largest array the client has:
a passing peak that grew with the build (~4 MB at 10,000 articles, ~80 MB at 200,000). `insert` grows the
array where it is instead.
"""
from __future__ import annotations

import numpy as np

# entries moved at a time: the chunk's arrays stay below the 128 KiB a Dask client maps afresh for each
# allocation (kg.runtime.map_large_allocations)
_CHUNK = 1 << 13


def insert(array: np.ndarray, at: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``np.insert(array, at, values)`` for a non-decreasing ``at`` (as `np.searchsorted` gives for sorted
    values), without a second copy of ``array``: it is resized (a large block is remapped by the allocator,
    not copied) and its entries move up from the end a chunk at a time. Returns the merged array: ``array``
    itself, or a new one when it cannot be resized (a view, or small enough that copying costs nothing)."""
    n, k = len(array), len(values)
    if not k:
        return array
    if n < _CHUNK or array.base is not None or not array.flags.owndata or array.ndim != 1:
        return np.insert(array, at, values)
    at = np.asarray(at, dtype=np.int64)
    array.resize(n + k, refcheck=False)
    # entry i moves up by the number of values inserted at or before it; moving from the end, a chunk's new
    # places are above every entry not moved yet, so nothing is overwritten before it moves
    for end in range(n, 0, -_CHUNK):
        start = max(0, end - _CHUNK)
        shift = np.searchsorted(at, np.arange(start, end), side="right")
        if not shift[-1]:  # no value goes below `end`: the rest stays where it is
            break
        array[np.arange(start, end) + shift] = array[start:end].copy()
    array[at + np.arange(k)] = values
    return array
