"""`kg load`'s bulk path (read_graph_files + load_into(bulk=True)) stores exactly what the rdflib path (split_files + load_into) stores."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef

from kg.store import load_into, open_store, read_graph_files, split_files


def load_files(store, files):
    return load_into(store, read_graph_files(files), bulk=True)


def _quads(store: ox.Store) -> set[str]:
    return {str(q) for q in store}


def _both(tmp_path: Path, files: list[Path]) -> tuple[set[str], set[str]]:
    bulk, reference = open_store(tmp_path / "bulk", create=True), open_store(tmp_path / "ref", create=True)
    load_files(bulk, files)
    load_into(reference, split_files(files))
    return _quads(bulk), _quads(reference)


@pytest.mark.parametrize("fmt, suffix", [("nt", ".nt"), ("turtle", ".ttl"), ("nquads", ".nq"), ("trig", ".trig")])
def test_the_bulk_path_stores_the_same_named_graphs(sample_graph, tmp_path, fmt, suffix):
    graph = Graph().parse(sample_graph, format="turtle")
    path = tmp_path / f"graph{suffix}"
    if fmt in ("nquads", "trig"):  # a dataset: the default graph plus a named graph of its own, kept as it is
        data = Dataset()
        for t in graph:
            data.add(t)
        own = data.graph(URIRef("https://example.org/own-graph"))
        own.add((URIRef("https://example.org/a"), URIRef("https://example.org/b"), URIRef("https://example.org/c")))
        data.serialize(path, format=fmt)
    else:
        graph.serialize(path, format=fmt)
    bulk, reference = _both(tmp_path, [path])
    assert bulk == reference
    graphs = {q.split(" ")[-2] for q in bulk}
    assert len(graphs) > 3  # the articles' graphs, the reference graph (and the dataset's own)


def test_two_files_of_one_graph_and_a_file_without_articles(sample_graph, tmp_path):
    triples = sorted(Graph().parse(sample_graph, format="turtle"))
    half = len(triples) // 2
    first, second, other = tmp_path / "a.nt", tmp_path / "b.nt", tmp_path / "vocab.ttl"
    for path, part in ((first, triples[:half]), (second, triples[half:])):
        g = Graph()
        for t in part:
            g.add(t)
        g.serialize(path, format="nt")
    other.write_text("<https://example.org/x> <https://example.org/y> \"z\" .\n")
    bulk, reference = _both(tmp_path, [first, second, other])
    assert bulk == reference
    assert any("graph/file/vocab.ttl" in q for q in bulk)


def test_loading_again_replaces_instead_of_adding(sample_graph, tmp_path):
    path = tmp_path / "graph.nt"
    Graph().parse(sample_graph, format="turtle").serialize(path, format="nt")
    store = open_store(tmp_path / "store", create=True)
    first = load_files(store, [path])
    once = _quads(store)
    # an article's graph now says less: loading replaces it in place, nothing is left over or doubled
    lines = path.read_text().splitlines(keepends=True)
    dropped = next(line for line in lines if "skos/core#altLabel" in line)
    path.write_text("".join(line for line in lines if line != dropped))
    load_files(store, [path])
    twice = _quads(store)
    assert first.store_quads == len(once) and len(twice) < len(once) and twice < once


def test_a_broken_file_is_an_input_error(tmp_path):
    from kg.errors import InputError

    path = tmp_path / "broken.nt"
    path.write_text("<https://example.org/a> <https://example.org/b> .\n")
    with pytest.raises(InputError, match="broken.nt: not a readable RDF graph"):
        load_files(open_store(tmp_path / "store", create=True), [path])
