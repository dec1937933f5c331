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
coincidence). Memory is a signature per article (512 bytes); the index keeps
the last ``max_articles`` (oldest forgotten first).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

import numpy as np

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
    folded = text.lower()
    if not folded.isascii():  # ASCII has nothing to decompose: most English text skips the per-letter pass
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    words = _WORD.findall(folded)
    grams = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little") for g in grams}


def signature(hashes: set[int]) -> np.ndarray:
    """MinHash: for each of PERMUTATIONS hash functions, the least value over the shingles."""
    x = np.fromiter(sorted(hashes), dtype=np.uint64, count=len(hashes)) % np.uint64(_PRIME)
    values = (np.outer(x, _A) + _B) % np.uint64(_PRIME)
    return values.min(axis=0).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


class NearDuplicates:
    """An index of the articles seen so far; `check` answers "is this a copy of one of them?"."""

    def __init__(self, threshold: float = THRESHOLD, max_articles: int = MAX_ARTICLES) -> None:
        self.threshold = threshold
        self.max_articles = max_articles
        self._signatures: OrderedDict[str, tuple[np.ndarray, str, str]] = OrderedDict()  # id -> (sig, source, root)
        self._buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)

    def check(self, article) -> Match | None:
        """The earliest indexed article this one nearly copies, or None; then indexes it.

        A copy of a copy points at the first article of the family, so every copy
        of one story names the same original.
        """
        hashes = shingles(body_text(article))
        if len(hashes) < MIN_SHINGLES:
            return None
        sig = signature(hashes)
        keys = self._band_keys(sig)
        candidates: dict[str, None] = {}
        for key in keys:
            for other in self._buckets.get(key, ()):
                candidates[other] = None
        best: Match | None = None
        for other in candidates:
            other_sig, other_source, root = self._signatures[other]
            score = similarity(sig, other_sig)
            if score >= self.threshold and (best is None or score > best.similarity):
                best = Match(root, self._signatures[root][1] if root in self._signatures else other_source, score)
        if article.id not in self._signatures:
            self._signatures[article.id] = (sig, article.source, best.original if best else article.id)
            for key in keys:
                self._buckets[key].append(article.id)
            self._forget_oldest()
        return best

    def _band_keys(self, sig: np.ndarray) -> list[tuple[int, bytes]]:
        rows = PERMUTATIONS // BANDS
        return [(band, sig[band * rows:(band + 1) * rows].tobytes()) for band in range(BANDS)]

    def _forget_oldest(self) -> None:
        while len(self._signatures) > self.max_articles:
            oldest, (sig, _, _) = self._signatures.popitem(last=False)
            for key in self._band_keys(sig):
                members = self._buckets.get(key)
                if members is not None:
                    members[:] = [m for m in members if m != oldest]
                    if not members:
                        del self._buckets[key]


def mark(articles: Iterable, index: NearDuplicates | None = None) -> Iterator:
    """Articles with `near_duplicate_of` set on each copy of an earlier one (the pipeline's hook)."""
    index = index or NearDuplicates()
    for article in articles:
        match = index.check(article)
        yield replace(article, near_duplicate_of=match.original) if match else article
