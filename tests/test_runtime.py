"""Process settings for a long build (kg.runtime): the collector paused and restored, the allocator told."""
from __future__ import annotations

import gc
import platform

import pytest

from kg.runtime import collector_paused, keep_freed_memory, map_large_allocations, settle_after_model_load


@pytest.fixture
def restored_collector():
    thresholds, enabled = gc.get_threshold(), gc.isenabled()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    (gc.enable if enabled else gc.disable)()


def test_the_collector_is_paused_inside_the_block_and_restored_after(restored_collector):
    gc.set_threshold(700, 10, 10)
    with collector_paused():
        assert gc.get_threshold()[0] == 0
        gc.disable()
        gc.enable()  # what srsly does around every msgpack it reads: the pause must survive it
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (700, 10, 10)


def test_the_thresholds_come_back_when_the_block_fails(restored_collector):
    gc.set_threshold(500, 5, 5)
    with pytest.raises(RuntimeError):
        with collector_paused():
            raise RuntimeError("the model did not load")
    assert gc.get_threshold() == (500, 5, 5)


def test_a_build_freezes_what_the_block_made_before_the_collector_comes_back(restored_collector):
    gc.set_threshold(700, 10, 10)
    with collector_paused(freeze=True):
        imported = [[i] for i in range(5000)]  # what imports and a model stand for here
    # frozen, and no young generation left for the first allocation to collect
    assert gc.get_freeze_count() >= len(imported)
    assert gc.get_count()[0] < 700
    assert gc.get_threshold() == (700, 10, 10)


def test_a_library_import_freezes_nothing(restored_collector):
    gc.unfreeze()
    with collector_paused():
        kept = [[i] for i in range(100)]
    assert gc.get_freeze_count() == 0 and kept


def test_after_the_model_loads_its_objects_are_frozen_and_young_sweeps_rarer(restored_collector):
    model_objects = [[i] for i in range(1000)]  # what a loaded model stands for here
    settle_after_model_load()
    assert gc.get_freeze_count() >= len(model_objects)
    assert gc.get_threshold()[0] == 50_000


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's mallopt")
def test_glibc_takes_the_allocator_settings():
    assert keep_freed_memory()  # a local build's
    assert map_large_allocations()  # a Dask client's
