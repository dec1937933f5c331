"""What an article's screening needs to know of it: its language (kg.language) and the MinHash
signature of its body (kg.dedupe).

Both read one article only, so they can be computed anywhere (a Dask build has its workers compute
them, a chunk of articles at a time: `screen_chunk`, which also parses the articles read unparsed and
says which have no date). What is decided on them is not: whether an
article copies an earlier one depends on every article before it, so the decisions stay with the
reader of the articles, in input order (`kg.cli._Inputs.admit`).
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .dedupe import BANDS, PERMUTATIONS, _band_keys, article_signature
from .inputs import parsed
from .language import Language, foreign_language


@dataclass(frozen=True)
class Verdict:
    foreign: Language | None  # the language of a body confidently not English, else None
    signature: np.ndarray | None  # of an English body long enough to compare (`kg.dedupe.article_signature`)
    keys: np.ndarray | None = None  # the signature's LSH band keys, when computed with it
    undated: bool = False  # an `Unparsed` article found to have no date when parsed for this


def screen(article) -> Verdict:
    """The article's verdict; a foreign article gets no signature (it is not built, so never compared)."""
    foreign = foreign_language(article)
    return Verdict(foreign, None if foreign is not None else article_signature(article))


@dataclass(frozen=True)
class ChunkVerdicts:
    """The verdicts of a chunk of articles, packed to travel: one array of signatures rather than an
    object per article (the reader unpickles thousands of these)."""

    foreign: dict[int, Language]  # position in the chunk -> its language, for the few foreign articles
    signatures: np.ndarray  # (articles, PERMUTATIONS) uint32; a row of a foreign or short article is unused
    keys: np.ndarray  # (articles, BANDS) uint64: each signature's band keys, computed here too
    signed: np.ndarray  # bool per article: whether its row is a signature
    undated: frozenset[int]  # positions of `Unparsed` articles found to have no date
    seconds: float  # spent screening them (and parsing those not parsed yet)

    def __len__(self) -> int:
        return len(self.signed)

    def __getitem__(self, i: int) -> Verdict:
        if not self.signed[i]:
            return Verdict(self.foreign.get(i), None, None, i in self.undated)
        return Verdict(None, self.signatures[i], self.keys[i], i in self.undated)


def screen_chunk(items: list) -> ChunkVerdicts:
    """The verdicts of articles, or of `kg.inputs.Unparsed` ones (parsed here for it)."""
    t0 = time.perf_counter()
    articles = [parsed(item) for item in items]
    verdicts = [screen(a) for a in articles]
    signatures = np.zeros((len(verdicts), PERMUTATIONS), dtype=np.uint32)
    keys = np.zeros((len(verdicts), BANDS), dtype=np.uint64)
    for row, verdict in enumerate(verdicts):
        if verdict.signature is not None:
            signatures[row] = verdict.signature
            keys[row] = _band_keys(verdict.signature)
    return ChunkVerdicts({i: v.foreign for i, v in enumerate(verdicts) if v.foreign is not None}, signatures, keys,
                         np.array([v.signature is not None for v in verdicts], dtype=bool),
                         frozenset(i for i, item in enumerate(items) if item is not articles[i] and articles[i].date is None),
                         time.perf_counter() - t0)
