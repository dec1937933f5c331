"""What `kg load` reports: the quads written and the store's size, counted the way the store holds them
(a line two files share, or a file repeats, is one quad; so is a literal written two ways), whether the
store was empty, held some of the graphs already (an interrupted load run again) or other graphs."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from rdflib import URIRef

from kg.store import LineGraphs, NamedGraphs, load_into, open_store, read_graph_files, split_files
from test_bulk_load import ID, KG, _every_rule

LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
A_LABEL = f'<{ID}person/x> {LABEL} "X" .\n'
DECIMAL = "<http://www.w3.org/2001/XMLSchema#decimal>"
A, B = "aaaa000000000001", "bbbb000000000002"


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def _load(store: ox.Store, files: list[Path]):
    return load_into(store, read_graph_files(files), bulk=True)


def _in_graphs(store: ox.Store, graphs) -> int:
    return sum(1 for g in graphs for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(str(g))))


def _halves(tmp_path: Path) -> tuple[Path, Path]:
    """The rules' lines in two files that both hold an article's two lines and the person's label (which
    goes to the graphs of the articles that mention the person)."""
    lines = _every_rule().splitlines(keepends=True)
    assert A_LABEL in lines
    half = len(lines) // 2
    return (_write(tmp_path / "a.nt", "".join(lines[:half]) + A_LABEL),
            _write(tmp_path / "b.nt", "".join(lines[:2]) + A_LABEL + "".join(lines[half:])))


def test_a_line_two_files_share_is_counted_once(tmp_path):
    first, second = _halves(tmp_path)
    assert isinstance(read_graph_files([first, second]), LineGraphs)
    store = open_store(tmp_path / "store", create=True)
    stats = _load(store, [first, second])
    whole = open_store(tmp_path / "whole", create=True)
    whole_stats = _load(whole, [_write(tmp_path / "whole.nt", _every_rule())])
    assert {str(q) for q in store} == {str(q) for q in whole}
    assert stats.triples == len(store) == whole_stats.triples == stats.store_quads


def _repeated(text: str) -> str:
    """The label line again further down, inside the run of its subject's lines."""
    return text.replace(A_LABEL, A_LABEL + f'<{ID}person/x> {LABEL} "Y" .\n' + A_LABEL)


def _two_decimals(text: str) -> str:
    """One subject's one value written two ways ("0.90" and "0.9" are one xsd:decimal in a store)."""
    return text + "".join(f'<{ID}person/x> <{KG}score> "{v}"^^{DECIMAL} .\n' for v in ("0.90", "0.9", "0.75"))


def _two_apostrophes(text: str) -> str:
    """One string written with and without an escape (\\' and ')."""
    return text + f"<{ID}person/x> {LABEL} \"Ana's\" .\n<{ID}person/x> {LABEL} \"Ana\\'s\" .\n"


INPUTS = {"plain": lambda t: t, "a line repeated": _repeated, "a decimal written two ways": _two_decimals,
          "an apostrophe written two ways": _two_apostrophes}


@pytest.mark.parametrize("suffix", [".nt", ".nq"])  # the line path, the term path
@pytest.mark.parametrize("name", INPUTS)
def test_the_counts_are_the_stores_on_every_kind_of_store(tmp_path, name, suffix):
    """"triples written" is what the load's graphs hold (as a new store holds them); "the store holds" is
    the store's size afterwards."""
    path = _write(tmp_path / f"graph{suffix}", INPUTS[name](_every_rule()))
    assert isinstance(read_graph_files([path]), LineGraphs if suffix == ".nt" else NamedGraphs)
    store = open_store(tmp_path / "store", create=True)
    stats = _load(store, [path])
    written = len(store)
    assert stats.triples == stats.store_quads == written
    # loaded again: every graph is held, and replaced
    stats = _load(store, [path])
    assert stats.triples == stats.store_quads == len(store) == written
    # a store that holds some of the graphs (an interrupted load), a graph of its own, and a reference
    # graph (merged into, never replaced) with a relation the whole file says an article states
    other = open_store(tmp_path / "other", create=True)
    _load(other, [_write(tmp_path / f"part{suffix}", "".join(_every_rule().splitlines(keepends=True)[:5]))])
    other.add(ox.Quad(ox.NamedNode(f"{ID}x"), ox.NamedNode(f"{KG}y"), ox.Literal("z"), ox.NamedNode(f"{ID}own")))
    before = len(other)
    stats = _load(other, [path])
    assert stats.triples == written and stats.store_quads == len(other) > written
    assert len(other) < before + written  # the held graphs were replaced, not added to


def test_the_line_path_counts_from_its_lines_only_when_each_line_is_a_triple(tmp_path):
    """The summary is told from the lines written when they say exactly what the store holds; where two
    lines may be one triple, the store is counted."""
    plain = read_graph_files([_write(tmp_path / "plain.nt", _repeated(_every_rule()))])
    assert plain.distinct_quads(list(plain.graphs)) == len(plain)
    for suffix in (".nt", ".nq"):
        for name in ("a decimal written two ways", "an apostrophe written two ways"):
            named = read_graph_files([_write(tmp_path / f"two{suffix}", INPUTS[name](_every_rule()))])
            # pyoxigraph reads \\' as ' for the term path: only the decimal is two forms there
            two_forms = suffix == ".nt" or name.startswith("a decimal")
            assert (named.distinct_quads(list(named.graphs)) is None) == two_forms
        # distinct decimals in canonical and other forms are still told apart without the store
        text = _every_rule() + "".join(f'<{ID}person/x> <{KG}score> "{v}"^^{DECIMAL} .\n' for v in ("0.90", "0.8"))
        named = read_graph_files([_write(tmp_path / f"distinct{suffix}", text)])
        assert named.distinct_quads(list(named.graphs)) == len(named)
    # a graph read by rdflib: not known
    assert split_files([tmp_path / "plain.nt"]).distinct_quads([]) == 0
    assert split_files([tmp_path / "plain.nt"]).distinct_quads([URIRef(f"{ID}graph/{A}")]) is None


def test_kg_load_reports_what_the_store_holds(tmp_path):
    first, second = _halves(tmp_path)
    store_dir = tmp_path / "store"
    runner = CliRunner()
    result = runner.invoke(main, ["load", str(first), str(second), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    quads = len(open_store(store_dir, read_only=True))
    assert (f"2 file(s), 2 article(s) -> {store_dir}: {quads} triples in 3 named graph(s) written; "
            f"the store holds {quads} quads in 3 graph(s)") in result.output
    # again, with --fresh and without: the same store, the same counts
    for args in (["--fresh"], []):
        result = runner.invoke(main, ["load", str(first), str(second), "--store", str(store_dir), *args])
        assert result.exit_code == 0, result.output
        assert f"{quads} triples in 3 named graph(s) written; the store holds {quads} quads" in result.output
    assert len(open_store(store_dir, read_only=True)) == quads


@pytest.mark.parametrize("name", INPUTS)
def test_the_rdflib_path_counts_each_graph_as_it_writes_it(tmp_path, name):
    """`kg build --store` and formats pyoxigraph does not split: every graph goes through a transaction,
    and is counted there."""
    path = _write(tmp_path / "graph.nt", INPUTS[name](_every_rule()))
    store = open_store(tmp_path / "store", create=True)
    stats = load_into(store, split_files([path]))
    assert stats.triples == stats.store_quads == len(store)
    store.add(ox.Quad(ox.NamedNode(f"{ID}x"), ox.NamedNode(f"{KG}y"), ox.Literal("z"), ox.NamedNode(f"{ID}own")))
    again = load_into(store, split_files([path]))
    assert again.triples == stats.triples and again.store_quads == len(store) == stats.triples + 1


@pytest.mark.parametrize("articles", [False, True])
def test_a_lone_angle_bracket_object_is_not_rdf(tmp_path, articles):
    """The line path looks at each object's first two characters: one of one character sends the file to
    the term path, whose parser says what is wrong."""
    from kg.errors import NotRdf

    text = (_every_rule() if articles else "") + f"<{ID}x> <{KG}y> < .\n"
    path = _write(tmp_path / "bad.nt", text)
    with pytest.raises(NotRdf, match="bad.nt: not a readable RDF graph"):
        _load(open_store(tmp_path / "store", create=True), [path])


def test_lines_repeated_out_of_order_within_a_subject_are_written_once(tmp_path):
    """Not sorted (as rdflib writes N-Triples): a repeated line is found wherever it is."""
    lines = _every_rule().splitlines(keepends=True)
    text = "".join(reversed(lines)) + "".join(lines[::3])
    shuffled = _write(tmp_path / "shuffled.nt", text)
    assert isinstance(read_graph_files([shuffled]), LineGraphs)
    store = open_store(tmp_path / "store", create=True)
    stats = _load(store, [shuffled])
    whole = open_store(tmp_path / "whole", create=True)
    _load(whole, [_write(tmp_path / "whole.nt", _every_rule())])
    assert {str(q) for q in store} == {str(q) for q in whole}
    assert stats.triples == stats.store_quads == len(store)
