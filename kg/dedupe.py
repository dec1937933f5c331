"""Near-duplicate articles: the same story published by several outlets.

A wire story reprinted by many outlets differs from copy to copy in its
headline, byline, furniture or a trailing line ("Reporting by ..."), so its
content hash differs and every copy would add its own event nodes. This
module finds such copies from their body text (headline and furniture are not
read: `Article.body()`), so the pipeline can tie their events to the first
copy's (`Article.near_duplicate_of`) or skip them (`kg build --dedupe`).

Method: word 5-gram shingles of the normalized body, a MinHash signature of
``PERMUTATIONS`` values (numpy, seeded: the same bytes every run), LSH
banding to find candidates in constant time, and the signatures' estimated
Jaccard similarity to decide (``THRESHOLD``). Two rewrites of one event by
different reporters share few 5-grams and stay apart; a copy with one line
added or dropped shares nearly all of them. Bodies with fewer than
``MIN_SHINGLES`` shingles are not compared (too short to tell a copy from a
coincidence). Memory is about 0.9 KB an article (a 512-byte signature, 32
8-byte band keys and their 4-byte rows); the index keeps the last ``max_articles`` (oldest forgotten first).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

import numpy as np

from . import arrays

SHINGLE_WORDS = 5
PERMUTATIONS = 128
BANDS = 32  # 32 bands of 4 rows: a pair at similarity 0.8 is a candidate with probability > 0.999
THRESHOLD = 0.8
MIN_SHINGLES = 20
MAX_ARTICLES = 200_000

# Universal hashing (a*x + b) mod p with p = 2**31 - 1: x, a, b < p, so a*x + b < 2**62 fits in uint64 and the
# modulus wraps many times (a larger p would leave h monotonic in x and every minimum the same shingle).
_PRIME = (1 << 31) - 1
_rng = np.random.RandomState(20260501)  # fixed seed: same signatures, same decisions, every run
_A = _rng.randint(1, _PRIME, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, _PRIME, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
_WORD = re.compile(r"[^\W_]+")
_MASK31, _SHIFT = np.uint64(_PRIME), np.uint64(31)


@dataclass(frozen=True)
class Match:
    original: str      # id of the earlier article this one copies
    source: str        # where that article was read from
    similarity: float  # estimated Jaccard similarity of the two bodies' shingles


def body_text(article) -> str:
    """The text a copy shares with the original: body paragraphs only (no headline, byline, captions)."""
    parts = [article.text[p.span.start:p.span.end] for p in article.body()]
    return "\n".join(parts) if parts else article.text


def shingles(text: str) -> set[int]:
    """Hashes of the text's word 5-grams, case, accents and punctuation ignored."""
    return set(_shingle_array(text).tolist())


def _shingle_array(text: str) -> np.ndarray:
    """`shingles` as a sorted array of distinct uint32 values (what `signature` reads)."""
    folded = text.lower()
    if not folded.isascii():  # ASCII has no accents to fold: most articles skip the loop over characters
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    words = _WORD.findall(folded)
    grams = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}
    digests = b"".join([hashlib.blake2b(g.encode(), digest_size=4).digest() for g in grams])
    return _sorted_distinct(np.frombuffer(digests, dtype="<u4"))


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """`np.unique(values)` for a 1-d array, without its overhead (and its first call's import of numpy.ma,
    8 ms of every build's start)."""
    values = np.sort(values)
    if len(values) > 1:
        keep = np.empty(len(values), dtype=bool)
        keep[0] = True
        np.not_equal(values[1:], values[:-1], out=keep[1:])
        values = values[keep]
    return values


def signature(hashes) -> np.ndarray:
    """MinHash: for each of PERMUTATIONS hash functions, the least value over the shingles (a set of
    ints, or `_shingle_array`'s array)."""
    if not isinstance(hashes, np.ndarray):
        hashes = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    values = np.multiply.outer(_mod_prime(hashes.astype(np.uint64)), _A)
    values += _B  # < 2**62: no wrap
    return _mod_prime(values).min(axis=0).astype(np.uint32)


def _mod_prime(x: np.ndarray) -> np.ndarray:
    """x % (2**31 - 1) for x < 2**62, by folding the high bits (a Mersenne prime): several times faster
    than numpy's uint64 modulo, and the same values."""
    x = (x & _MASK31) + (x >> _SHIFT)  # < 2**32
    x = (x & _MASK31) + (x >> _SHIFT)  # <= 2**31
    x[x >= _MASK31] -= _MASK31
    return x


def article_signature(article) -> np.ndarray | None:
    """The MinHash signature of the article's body, or None when the body is too short to compare."""
    hashes = _shingle_array(body_text(article))
    return signature(hashes) if len(hashes) >= MIN_SHINGLES else None


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


class NearDuplicates:
    """An index of the articles seen so far; `check` answers "is this a copy of one of them?".

    Compact, as it lives as long as a build: signatures are rows of blocks of arrays, and the LSH buckets
    are one sorted array of 64-bit band keys (with each key's 32-bit row, oldest first) plus an array of
    the latest articles' keys, merged into the sorted ones every ``_MERGE`` articles: about 0.9 KB an
    article where dicts of lists took 7."""

    _MERGE = 512
    # articles `check_many` looks up at once, and candidate pairs it scores at once: small enough that its arrays
    # stay below the 128 KiB a Dask client maps afresh for each one (kg.runtime.map_large_allocations)
    _BATCH = 32
    _SCORED = 256

    def __init__(self, threshold: float = THRESHOLD, max_articles: int = MAX_ARTICLES) -> None:
        self.threshold = threshold
        self.max_articles = max_articles
        self._ids: list[str] = []  # by row from self._base on; rows below self._first are forgotten
        self._sources: list[str] = []
        self._roots: list[str] = []  # the first article of each row's family
        self._row: dict[str, int] = {}
        self._first = 0
        self._base = 0  # the row of the lists' first entry: they are trimmed a block at a time
        self._sigs = _SignatureBlocks()
        self._keys = np.empty(0, dtype=np.uint64)  # sorted band keys of the merged rows ...
        # ... and their rows, oldest first among equal keys (32 bits: a build of up to 4 billion articles)
        self._key_rows = np.empty(0, dtype=np.uint32)
        self._recent = np.empty((self._MERGE, BANDS), dtype=np.uint64)  # band keys of the rows not merged yet
        self._recent_rows = 0  # how many: they are the last rows added
        # their keys sorted, with each one's place in `_recent` (row * BANDS + band), for `check_many`: as far as
        # the first `_recent_sorted_rows` of them
        self._recent_sorted = np.empty(0, dtype=np.uint64)
        self._recent_sorted_at = np.empty(0, dtype=np.int32)
        self._recent_sorted_rows = 0

    def check(self, article) -> Match | None:
        """The earliest indexed article this one nearly copies, or None; then indexes it.

        A copy of a copy points at the first article of the family, so every copy
        of one story names the same original.
        """
        return self.check_signature(article, article_signature(article))

    def check_signature(self, article, sig: np.ndarray | None, keys: np.ndarray | None = None) -> Match | None:
        """`check` with the article's `article_signature` (and its band keys) computed elsewhere (a Dask
        worker): the article's id and source are all that is read of it here."""
        if sig is None:
            return None
        keys = _band_keys(sig) if keys is None else keys
        rows = self._candidates(keys)
        best: Match | None = None
        if rows:
            # the first candidate with the highest estimate (candidates in bucket order, oldest first)
            scores = np.count_nonzero(self._sigs.take(np.array(rows)) == sig, axis=1) / PERMUTATIONS
            top = int(np.argmax(scores))
            if scores[top] >= self.threshold:
                best = self._match_of(rows[top], float(scores[top]))
        if article.id not in self._row:
            self._add(article, sig, keys, best.original if best else article.id)
        return best

    def check_many(self, articles: list, signatures: np.ndarray, keys: np.ndarray) -> list[Match | None]:
        """`check_signature` of each article in turn (its signature and band keys the rows of these arrays):
        the same answers, the candidates of ``_BATCH`` articles at a time gathered and scored as arrays at
        once. A batch costs a few dozen array operations instead of a few dozen each (the reader of a Dask
        build decides on a few hundred verdicts at a time)."""
        ids = {a.id for a in articles}
        if len(ids) < len(articles) or not ids.isdisjoint(self._row):  # ids met before: one at a time
            return [self.check_signature(a, s, k) for a, s, k in zip(articles, signatures, keys)]
        out: list[Match | None] = []
        for lo in range(0, len(articles), self._BATCH):
            start = self._next_row()  # the rows the batch's articles get: start, start + 1, ...
            ranked = self._ranked_candidates(signatures[lo:lo + self._BATCH], keys[lo:lo + self._BATCH], start)
            for i, article in enumerate(articles[lo:lo + self._BATCH]):
                best = None
                row, alike = ranked.get(i, (None, 0))
                if row is not None and alike / PERMUTATIONS >= self.threshold:
                    best = self._match_of(row, alike / PERMUTATIONS)
                self._add(article, signatures[lo + i], keys[lo + i], best.original if best else article.id)
                out.append(best)
        return out

    def _match_of(self, row: int, similarity: float) -> Match:
        """The match with an indexed row: the first article of its family, where that one was read (the row's
        own source once the first is forgotten)."""
        root = self._roots[row - self._base]
        at = self._row.get(root)
        return Match(root, self._sources[(at if at is not None else row) - self._base], similarity)

    def _ranked_candidates(self, signatures: np.ndarray, keys: np.ndarray, start: int) -> dict[int, tuple[int, int]]:
        """For each article (by position) with candidates, the one `check_signature` would rank first and
        how many of the signatures' values it shares: most values alike, then the first in bucket order
        (the lowest band it shares, then the oldest row: buckets list their rows oldest first, and rows not
        merged yet are newer than all merged ones). Candidates are the rows indexed before the article,
        in the sorted keys or not merged yet, and the articles before it here; less the rows forgotten
        by then (the index keeps the last ``max_articles``)."""
        flat = keys.ravel()  # entry i: article i // BANDS, band i % BANDS
        needles = np.argsort(flat)  # looked up in order: a sorted search touches each part of the keys once
        # the merged rows sharing each key
        at, rows = _runs(self._keys, flat, needles)
        found_at, found_band, found_row = [at // BANDS], [at % BANDS], [self._key_rows[rows]]
        # the recent rows (not merged yet) sharing each key, kept sorted for these lookups a batch at a time
        self._sort_recent_keys()
        first_recent = start - self._recent_rows
        for haystack, where, first in ((self._recent_sorted, self._recent_sorted_at, first_recent),
                                       (flat[needles], needles, start)):  # then these articles: each meets itself
            at, rows = _runs(haystack, flat, needles)
            rows, same_band = np.divmod(where[rows], BANDS)
            band = at % BANDS
            at //= BANDS
            rows += first
            keep = (same_band == band) & (rows < start + at)  # the same band (as the sorted keys' buckets), before it
            found_at.append(at[keep])
            found_band.append(band[keep])
            found_row.append(rows[keep])
        at = np.concatenate(found_at).astype(np.int64)
        row = np.concatenate(found_row).astype(np.int64)
        band = np.concatenate(found_band).astype(np.int64)
        alive = row >= np.maximum(self._first, start + at - self.max_articles)  # forgotten before the article
        # each (article, row) once, with the lowest band it shares
        code = np.sort((at[alive] << 37) | (row[alive] << 5) | band[alive])
        code = code[np.r_[True, (code[1:] >> 5) != (code[:-1] >> 5)]] if code.size else code
        at, row, band = code >> 37, (code >> 5) & 0xFFFFFFFF, code & 31
        alike = np.empty(len(code), dtype=np.int64)
        for lo in range(0, len(code), self._SCORED):  # a slice at a time: the rows' signatures are copied
            part = slice(lo, lo + self._SCORED)
            theirs = np.empty((len(row[part]), PERMUTATIONS), dtype=np.uint32)
            indexed = row[part] < start
            if indexed.any():
                theirs[indexed] = self._sigs.take(row[part][indexed])
            theirs[~indexed] = signatures[row[part][~indexed] - start]
            alike[part] = np.count_nonzero(theirs == signatures[at[part]], axis=1)
        order = np.lexsort((row, band, -alike, at))
        first = order[np.r_[True, at[order][1:] != at[order][:-1]]] if order.size else order
        return dict(zip(at[first].tolist(), zip(row[first].tolist(), alike[first].tolist())))

    def _candidates(self, keys: np.ndarray) -> list[int]:
        """Rows sharing a band key, in the order buckets list them (band by band, oldest first), once each."""
        rows: list[int] = []
        lo = np.searchsorted(self._keys, keys, side="left")
        hi = np.searchsorted(self._keys, keys, side="right")
        recent = self._recent[:self._recent_rows] == keys  # (recent rows, bands)
        oldest_recent = self._next_row() - self._recent_rows
        for band in np.nonzero((hi > lo) | recent.any(axis=0))[0].tolist():
            rows += self._key_rows[lo[band]:hi[band]].tolist()
            rows += (np.nonzero(recent[:, band])[0] + oldest_recent).tolist()
        # once each, where first listed: a story told in many articles fills every band's bucket with them
        found = dict.fromkeys(rows)
        return [row for row in found if row >= self._first] if self._first else list(found)

    def _sort_recent_keys(self) -> None:
        """Bring `_recent_sorted` up to the recent rows: the band keys of those added since, sorted and merged in
        (an argsort of all recent keys for every batch made fresh arrays of ~160 KB each time)."""
        done = self._recent_sorted_rows
        if done == self._recent_rows:
            return
        new = self._recent[done:self._recent_rows].ravel()
        order = np.argsort(new)
        new = new[order]
        at = np.searchsorted(self._recent_sorted, new)
        self._recent_sorted = np.insert(self._recent_sorted, at, new)
        self._recent_sorted_at = np.insert(self._recent_sorted_at, at, order.astype(np.int32) + done * BANDS)
        self._recent_sorted_rows = self._recent_rows

    def _add(self, article, sig: np.ndarray, keys: np.ndarray, root: str) -> None:
        row = self._next_row()
        self._sigs.put(row, sig)
        self._ids.append(article.id)
        self._sources.append(article.source)
        self._roots.append(root)
        self._row[article.id] = row
        self._recent[self._recent_rows] = keys
        self._recent_rows += 1
        if self._recent_rows >= self._MERGE:
            self._merge()
        while self._next_row() - self._first > self.max_articles:
            self._forget_oldest()

    def _merge(self) -> None:
        """Move the recent rows' keys into the sorted arrays (after the older rows with the same key)."""
        count = self._recent_rows
        keys = self._recent[:count].ravel()  # row by row: a stable sort keeps each key's rows in order
        rows = np.repeat(np.arange(self._next_row() - count, self._next_row(), dtype=np.uint32), BANDS)
        order = np.argsort(keys, kind="stable")
        keys, rows = keys[order], rows[order]
        if self._first and self._key_rows.size and self._key_rows.min() < self._first:
            alive = self._key_rows >= self._first  # forgotten rows leave the arrays here
            self._keys, self._key_rows = self._keys[alive], self._key_rows[alive]
        at = np.searchsorted(self._keys, keys, side="right")
        # in place (`arrays.insert`): a merged copy beside the old one was the client's largest passing peak
        self._keys = arrays.insert(self._keys, at, keys)
        self._key_rows = arrays.insert(self._key_rows, at, rows)
        self._recent_rows = self._recent_sorted_rows = 0
        self._recent_sorted, self._recent_sorted_at = self._recent_sorted[:0], self._recent_sorted_at[:0]

    def _next_row(self) -> int:
        return self._base + len(self._ids)

    def _forget_oldest(self) -> None:
        del self._row[self._ids[self._first - self._base]]
        self._first += 1
        self._sigs.forget_below(self._first)
        if self._first - self._base >= _SignatureBlocks.BLOCK:  # a list shifts once a block, not once an article
            del self._ids[:_SignatureBlocks.BLOCK], self._sources[:_SignatureBlocks.BLOCK]
            del self._roots[:_SignatureBlocks.BLOCK]
            self._base += _SignatureBlocks.BLOCK


class _SignatureBlocks:
    """Signatures by row, in blocks of ``BLOCK`` rows: the index grows a block at a time and never copies
    what it holds (an array doubled when full held both copies at once, and wrote its whole new half)."""

    BLOCK = 8192  # 4 MB a block (its pages come as rows are written): a lookup visits few blocks

    def __init__(self) -> None:
        self._blocks: list[np.ndarray] = []
        self._base = 0  # the row of the first block's first signature

    def put(self, row: int, sig: np.ndarray) -> None:
        """Store the signature of the next row (rows come in order)."""
        block, at = divmod(row - self._base, self.BLOCK)
        if block == len(self._blocks):
            self._blocks.append(np.empty((self.BLOCK, PERMUTATIONS), dtype=np.uint32))
        self._blocks[block][at] = sig

    def take(self, rows: np.ndarray) -> np.ndarray:
        """The signatures of these rows (an int array), one a line: a fancy index a block, not a row at a
        time (a story told in many articles brings ~100 rows by 10,000 articles)."""
        block, at = np.divmod(rows - self._base, self.BLOCK)
        if (block == block[0]).all():
            return self._blocks[int(block[0])][at]
        out = np.empty((len(rows), PERMUTATIONS), dtype=np.uint32)
        for b in sorted(set(block.tolist())):
            here = block == b
            out[here] = self._blocks[b][at[here]]
        return out

    def forget_below(self, first: int) -> None:
        """Free the blocks whose rows are all below ``first``."""
        while first - self._base >= self.BLOCK:
            del self._blocks[0]
            self._base += self.BLOCK


def mark(articles: Iterable, index: NearDuplicates | None = None) -> Iterator:
    """Articles with `near_duplicate_of` set on each copy of an earlier one (the pipeline's hook)."""
    index = index or NearDuplicates()
    for article in articles:
        match = index.check(article)
        yield replace(article, near_duplicate_of=match.original) if match else article


def _runs(haystack: np.ndarray, needles: np.ndarray, order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each needle occurs in the sorted haystack: (needle index, haystack index) pairs, the needles
    looked up in ``order`` (their argsort)."""
    ranked = needles[order]
    lo = np.searchsorted(haystack, ranked, side="left")
    sizes = np.searchsorted(haystack, ranked, side="right") - lo
    hit = np.flatnonzero(sizes)
    sizes = sizes[hit]
    ends = np.cumsum(sizes)
    places = np.arange(ends[-1] if ends.size else 0) + np.repeat(lo[hit] - ends + sizes, sizes)
    return np.repeat(order[hit], sizes), places


def _band_keys(sig: np.ndarray) -> np.ndarray:
    """One 64-bit key per band of ``PERMUTATIONS // BANDS`` rows (the band's number mixed in, so two
    bands never share a bucket). Keys of different bands' values could collide only by a 64-bit
    chance, and a colliding candidate is still compared in full."""
    halves = np.ascontiguousarray(sig).view(np.uint64).reshape(BANDS, -1)  # a band's 4 values as two uint64
    with np.errstate(over="ignore"):
        key = (halves[:, 0] * _MIX[0]) ^ (halves[:, 1] * _MIX[1]) ^ _BANDS
        key ^= key >> np.uint64(31)
        key *= _MIX[2]
    return key


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))
_BANDS = np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)
