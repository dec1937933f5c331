"""kg.arrays.insert: np.insert's result, without a second copy of a large array."""
import numpy as np
import pytest

from kg import arrays


def _case(seed: int, size: int, new: int, dtype) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    base = np.sort(rng.integers(0, 1000, size=size)).astype(dtype)  # few distinct values: many equal keys
    values = np.sort(rng.integers(0, 1000, size=new)).astype(dtype)
    return base, np.searchsorted(base, values, side="right"), values


@pytest.mark.parametrize("size", [0, 5, arrays._CHUNK - 1, arrays._CHUNK, arrays._CHUNK + 1, 3 * arrays._CHUNK + 17])
@pytest.mark.parametrize("new", [0, 1, 40, 2 * arrays._CHUNK + 3])
@pytest.mark.parametrize("dtype", [np.uint64, np.uint32])
def test_insert_gives_what_np_insert_gives(size, new, dtype):
    for seed in range(3):
        base, at, values = _case(seed, size, new, dtype)
        expected = np.insert(base, at, values)
        merged = arrays.insert(base.copy(), at, values)
        assert merged.dtype == expected.dtype
        assert np.array_equal(merged, expected)


@pytest.mark.parametrize("where", ["start", "end", "middle"])
def test_insert_all_at_one_place(where):
    base = np.arange(3 * arrays._CHUNK, dtype=np.uint64) * 2
    place = {"start": 0, "end": len(base), "middle": len(base) // 2}[where]
    values = np.full(50, 7, dtype=np.uint64)
    at = np.full(50, place)
    assert np.array_equal(arrays.insert(base.copy(), at, values), np.insert(base, at, values))


def test_a_large_array_grows_in_place_and_a_view_is_copied():
    base, at, values = _case(1, 4 * arrays._CHUNK, 100, np.uint64)
    owned = base.copy()
    assert arrays.insert(owned, at, values) is owned  # the same object, resized: no second copy made
    view = base[:]
    merged = arrays.insert(view, at, values)
    assert merged is not view and np.array_equal(merged, np.insert(base, at, values))
    assert np.array_equal(view, base)  # a view is left as it was
