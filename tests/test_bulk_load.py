"""`kg load`'s bulk path (read_graph_files + load_into(bulk=True)) stores exactly what the rdflib path (split_files + load_into) stores."""
from __future__ import annotations

import re
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


# --------------------------------------------------------------------------- the line path (plain N-Triples)

from kg.store import LineGraphs, _split_ox  # noqa: E402

KG = "https://w3id.org/kg-news/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
ID = "https://w3id.org/kg-news/id/"
PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"


def _statement(name: str, s: str, p: str, o: str, *articles: str) -> list[str]:
    lines = [f"<{ID}statement/{name}> <{RDF}type> <{RDF}Statement> .",
             f"<{ID}statement/{name}> <{RDF}subject> {s} .",
             f"<{ID}statement/{name}> <{RDF}predicate> {p} .",
             f"<{ID}statement/{name}> <{RDF}object> {o} .",
             f'<{ID}statement/{name}> <{KG}evidence> "said \\"so\\" in {name}" .']
    return lines + [f"<{ID}statement/{name}> {PROV_DERIVED} <{ID}article/{a}> ." for a in articles]


def _article(key: str, url: str | None = None) -> list[str]:
    lines = [f"<{ID}article/{key}> <{RDF}type> <{KG}Article> .", f'<{ID}article/{key}> <{KG}contentHash> "{key}" .']
    return lines + ([f'<{ID}article/{key}> <{KG}url> "{url}" .'] if url else [])


def _every_rule() -> str:
    """Lines for each of split_by_article's rules: statements of one article, of two, of none; a relation
    no article states; descriptive triples of nodes mentioned in one, two or no graph; an RDF 1.2 reifier;
    a relation whose object is a literal; an article with a URL. Not sorted by subject."""
    a, b = "aaaa000000000001", "bbbb000000000002"
    person, country, other = f"<{ID}person/x>", f"<{ID}country/y>", f"<{ID}org/z>"
    lines = _article(a) + _article(b, "https://news.example/b")
    lines += _statement("s1", person, f"<{KG}leads>", country, a)
    lines += _statement("s2", country, f"<{KG}memberOf>", other, a, b)
    lines += _statement("s3", other, f"<{KG}locatedIn>", country)
    lines += _statement("s4", country, f"<{KG}ratePercent>", '"25"^^<http://www.w3.org/2001/XMLSchema#decimal>', b)
    lines += [f"{person} <{KG}leads> {country} .", f"{country} <{KG}memberOf> {other} .",
              f"{other} <{KG}locatedIn> {country} .",
              f'{country} <{KG}ratePercent> "25"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
              f'{person} <http://www.w3.org/2000/01/rdf-schema#label> "X" .',
              f"{country} <{RDF}type> <{KG}Country> .", f'{other} <http://www.w3.org/2004/02/skos/core#altLabel> "Z" .',
              f"<{ID}lone> <{KG}affiliatedWith> <{ID}lone2> .", f'<{ID}lone2> <http://www.w3.org/2000/01/rdf-schema#label> "L" .',
              f'<{ID}nobody> <http://www.w3.org/2000/01/rdf-schema#label> "N" .',
              f"<{ID}r1> <{RDF}reifies> <<( {person} <{KG}represents> {other} )>> .",
              f"<{ID}r1> {PROV_DERIVED} <{ID}article/{b}> .", f"{person} <{KG}represents> {other} ."]
    lines.insert(3, lines.pop())  # an article's lines apart, a relation before its statement
    return "\n".join(lines) + "\n"


def _term_path(store, files):
    return load_into(store, _split_ox(files), bulk=True)


def _on_both_paths(tmp_path, path, tag: str = "") -> ox.Store:
    """`path` loaded by the line path and by the term path into new stores: the line path's store, once
    both hold the same quads."""
    assert isinstance(read_graph_files([path]), LineGraphs)
    lines, terms = open_store(tmp_path / f"lines{tag}", create=True), open_store(tmp_path / f"terms{tag}", create=True)
    load_files(lines, [path])
    _term_path(terms, [path])
    assert _quads(lines) == _quads(terms)
    return lines


def test_the_line_path_splits_as_the_term_path_on_every_rule(tmp_path):
    path = tmp_path / "rules.nt"
    path.write_text(_every_rule())
    lines = _on_both_paths(tmp_path, path)
    graphs = {q.graph_name.value for q in lines}
    assert {f"{ID}graph/aaaa000000000001", f"{ID}graph/reference"} <= graphs
    assert any(g.startswith(f"{ID}graph/url-") for g in graphs)
    # a statement derived from both articles, and the node it mentions, are in both graphs
    assert len({q.graph_name for q in lines.quads_for_pattern(ox.NamedNode(f"{ID}statement/s2"), None, None)}) == 2


def test_a_literal_compared_as_a_term_where_it_decides(tmp_path):
    """The statement's object and the relation's object are one literal written two ways: the relation still
    goes to the statement's article, as the term path sends it."""
    typed = "^^<http://www.w3.org/2001/XMLSchema#string>"
    text = _every_rule()
    for name, stated, asserted in (("s5", f'"Minister"{typed}', '"Minister"'), ("s6", '"Envoy"', f'"Envoy"{typed}')):
        text += (f'<{ID}statement/{name}> <{RDF}type> <{RDF}Statement> .\n'
                 f'<{ID}statement/{name}> <{RDF}subject> <{ID}person/x> .\n'
                 f'<{ID}statement/{name}> <{RDF}predicate> <{KG}title> .\n'
                 f'<{ID}statement/{name}> <{RDF}object> {stated} .\n'
                 f'<{ID}statement/{name}> {PROV_DERIVED} <{ID}article/aaaa000000000001> .\n'
                 f'<{ID}person/x> <{KG}title> {asserted} .\n')
    path = tmp_path / "literal.nt"
    path.write_text(text)
    lines = _on_both_paths(tmp_path, path)
    title = list(lines.quads_for_pattern(ox.NamedNode(f"{ID}person/x"), ox.NamedNode(f"{KG}title"), None))
    assert len(title) == 2 and {q.graph_name.value for q in title} == {f"{ID}graph/aaaa000000000001"}


@pytest.mark.parametrize("change", [
    lambda t: "# a comment\n" + t,
    lambda t: t.replace(" <", "\t<", 3),
    lambda t: t.replace(f"<{ID}person/x>", "_:x"),
    lambda t: t.replace('"X"', '"\\u0058"'),
    lambda t: t.replace(" .\n", "  .\n", 1),
    lambda t: t.replace("\n", "\r\n"),
])
def test_a_file_not_plain_goes_the_term_path(tmp_path, change):
    path = tmp_path / "loose.nt"
    path.write_text(change(_every_rule()))
    named = read_graph_files([path])
    assert not isinstance(named, LineGraphs)
    bulk, reference = _both(tmp_path, [path])
    blank = re.compile(r"_:\w+")  # each load names a file's blank nodes afresh
    assert {blank.sub("_:b", q) for q in bulk} == {blank.sub("_:b", q) for q in reference}
    assert len(bulk) == len(reference)


def test_a_line_the_store_refuses_leaves_the_store_as_it_was(tmp_path):
    store = open_store(tmp_path / "store", create=True)
    good = tmp_path / "good.nt"
    good.write_text(_every_rule())
    load_files(store, [good])
    before = _quads(store)
    bad = tmp_path / "bad.nt"  # an article of its own, with an IRI pyoxigraph refuses in its graph
    bad.write_text("".join(line + "\n" for line in _article("cccc000000000003"))
                   + f"<{ID}article/cccc000000000003> <{KG}mentions> <not an iri> .\n")
    assert isinstance(read_graph_files([bad]), LineGraphs)
    from kg.errors import NotRdf

    with pytest.raises(NotRdf, match="bad.nt: not a readable RDF graph"):
        load_files(store, [bad])
    assert _quads(store) == before


def test_built_graphs_load_the_same_on_every_path(tmp_path):
    """kg build's own N-Triples, with both provenance modes that name articles: the line path, the term
    path and the rdflib path store the same quads."""
    from conftest import REPO, run_kg

    for mode in ("reification", "rdf12"):
        out = tmp_path / f"built-{mode}.nt"
        done = run_kg("build", *map(str, sorted((REPO / "examples").glob("*.txt"))), "-o", str(out),
                      "--provenance", mode, "--no-progress", timeout=300)
        assert done.returncode == 0, done.stderr
        lines = _on_both_paths(tmp_path, out, f"-{mode}")
        rdflib_store = open_store(tmp_path / f"rdflib-{mode}", create=True)
        load_into(rdflib_store, split_files([out]))
        assert _quads(lines) == _quads(rdflib_store)
        assert sum(1 for _ in lines.named_graphs()) >= 3  # a graph per article (and the reference graph if needed)
        # what kg build writes is counted from its lines, without the store
        named = read_graph_files([out])
        assert named.distinct_quads(list(named.graphs)) == len(lines)
