"""Shared fixtures and paths for the test suite.

Keep this file to things more than one test module needs: paths, the spaCy
pipeline (loaded once per session) and small build helpers.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
TEST_DATA = Path(__file__).resolve().parent / "data"
KG_NS = "https://w3id.org/kg-news/ontology#"


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline the CLI uses, loaded once (kg.nlp.load_nlp caches it too)."""
    from kg.nlp import load_nlp

    return load_nlp(None)  # the call `kg build` makes, so both share lru_cache's one entry


def stock_pipeline():
    """The English model as spaCy loads it, without kg's changes (skips when none is installed)."""
    import spacy

    from kg.nlp import MODEL_NAMES

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no spaCy English model installed")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    seeds = SHARED / "seeds"
    if not seeds.is_dir() or not any(seeds.glob("*.txt")):
        pytest.skip(f"seed articles not found at {seeds}")
    return seeds


@pytest.fixture
def article_dir(tmp_path) -> Path:
    """A folder holding one short article (tests/data/harbour-talks.txt)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour-talks.txt").write_bytes((TEST_DATA / "harbour-talks.txt").read_bytes())
    return folder


def run_kg(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: int = 120):
    """Run the `kg` command in a fresh Python process (what a user's shell does)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd or REPO, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="session")
def sample_graph(tmp_path_factory) -> Path:
    """A built graph with several articles: a copy of the committed out/graph.ttl (store tests)."""
    source = REPO / "out" / "graph.ttl"
    if not source.is_file():
        pytest.skip(f"{source} not built; run `make graph`")
    copy = tmp_path_factory.mktemp("sample") / "graph.ttl"
    copy.write_bytes(source.read_bytes())
    return copy
