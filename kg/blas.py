"""Which library multiplies the model's matrices, and on how many threads.

spaCy's models compute through thinc's `NumpyOps`, which by default sends every
matrix product to the BLIS that thinc bundles. `NumpyOps(use_blis=False)` is
thinc's own option to send them to numpy instead, that is to the OpenBLAS (or
MKL) numpy was built with. On the machine kg is measured on (2-core AMD EPYC),
spaCy's part of a build of 400 short articles took 5.1 s of CPU with BLIS and
2.9 s with numpy's OpenBLAS on one thread, with the same entities and parses
(README, Performance). kg's parallelism is processes (`--jobs`, Dask workers),
so the products run on one thread while spaCy reads (`one_thread`): more threads
per process only fight over the cores (the same run took 6.6-7.1 s of CPU with
OpenBLAS's default two threads).

Used when numpy's BLAS is OpenBLAS or MKL and threadpoolctl can limit it; else
BLIS stays, as in stock spaCy. `KG_BLAS=blis` keeps BLIS whatever numpy has.
"""
from __future__ import annotations

import contextlib
import os
from functools import lru_cache
from typing import ContextManager

BLAS_ENV = "KG_BLAS"
_THREAD_LIMITED = ("openblas", "mkl")


def use_numpy_blas(nlp) -> bool:
    """Give every model of the pipeline thinc's `NumpyOps(use_blis=False)`, when numpy's BLAS can be held to
    one thread; True when done."""
    if os.environ.get(BLAS_ENV, "").strip().lower() == "blis" or _controller() is None:
        return False
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return True


def one_thread() -> ContextManager:
    """numpy's BLAS held to one thread for the block (restored after); nothing when it is not used."""
    controller = _controller()
    return controller.limit(limits=1) if controller is not None else contextlib.nullcontext()


@lru_cache(maxsize=1)
def _controller():
    """threadpoolctl's handle on numpy's BLAS, when that is OpenBLAS or MKL; else None."""
    try:
        import numpy
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    try:
        built_with = str(numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]).lower()
    except Exception:  # an older numpy, or a build that does not say
        return None
    if not any(name in built_with for name in _THREAD_LIMITED):
        return None
    controller = ThreadpoolController().select(internal_api=list(_THREAD_LIMITED))
    return controller if controller.lib_controllers else None
