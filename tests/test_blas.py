"""kg.blas: the model's matrix products through numpy's BLAS on one thread, with the annotations BLIS gives."""
from __future__ import annotations

import pytest

from conftest import REPO, stock_pipeline
from kg import blas
from kg.extract import _pipe

pytestmark = pytest.mark.skipif(blas._controller() is None, reason="numpy's BLAS is neither OpenBLAS nor MKL here")


def _annotations(nlp, texts):
    return [[(t.i, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]
            for doc in nlp.pipe(texts)]


def _texts():
    paragraphs = []
    for path in sorted((REPO / "examples").glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paragraphs


def test_every_model_of_the_pipeline_multiplies_through_numpy(nlp):
    from thinc.api import NumpyOps

    models = [c.model for _, c in nlp.pipeline if hasattr(getattr(c, "model", None), "walk")]
    assert models
    for model in models:
        for node in model.walk():
            assert isinstance(node.ops, NumpyOps) and not node.ops.use_blis, (model.name, node.name)


def test_numpy_blas_gives_the_annotations_blis_gives():
    texts = _texts()
    assert len(texts) > 10
    stock = stock_pipeline()
    with_blis = _annotations(stock, texts)
    assert blas.use_numpy_blas(stock)
    with blas.one_thread():
        assert _annotations(stock, texts) == with_blis


def test_kg_blas_blis_keeps_blis(monkeypatch):
    monkeypatch.setenv(blas.BLAS_ENV, "blis")
    stock = stock_pipeline()
    assert not blas.use_numpy_blas(stock)
    assert all(node.ops.use_blis for _, c in stock.pipeline if hasattr(getattr(c, "model", None), "walk")
               for node in c.model.walk())


def test_one_thread_while_spacy_reads_and_the_setting_back_after(nlp):
    controller = blas._controller()

    def threads() -> set[int]:
        return {lib["num_threads"] for lib in controller.info()}

    with controller.limit(limits=2):  # what a user's process may have set
        reading = _pipe(nlp, ["Trade ministers met in Oslo on Monday.", "Talks resumed in Geneva."])
        next(reading)
        while_reading = threads()
        rest = list(reading)
        after = threads()
    assert len(rest) == 1
    assert (while_reading, after) == ({1}, {2})
