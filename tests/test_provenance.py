"""`--provenance reification|rdf12|none`: the same evidence as an rdf:Statement or an RDF 1.2 reifier
(`rdf:reifies <<( s p o )>>`), shapes for both, RDF 1.2 files that round-trip through pyoxigraph,
and Oxigraph answering "what is the evidence for this relation?" both ways."""
from __future__ import annotations

import datetime as dt
import pickle

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from conftest import KG_NS, TEST_DATA
from kg.cli import main
from kg.map import to_graph
from kg.model import Article, Evidence, Node, Resolved, Span, Triple
from kg.namespace import DEFAULT_BASE_IRI as BASE, KG, RDF_REIFIES
from kg.rdf12 import TripleTerm, from_ox, parse_rdf12, to_ox
from kg.serialize import serialize
from kg.store import QUERY_PREFIXES, split_by_article
from kg.validate import validate
from test_shapes import PREFIXES, VALID, results

ANA, DELEGATION = URIRef(BASE + "person/ana-souza"), URIRef(BASE + "delegation/brazil")
ARTICLE = URIRef(BASE + "article/aaaa")


def small() -> Resolved:
    """One article: Ana leads the delegation (read twice: two sentences), her title is a literal."""
    said = (Evidence("aaaa", Span(0, 40), "Ana Souza led the delegation.", 0.9, "lead-lead"),
            Evidence("aaaa", Span(50, 90), "Souza headed the team.", 0.7, "lead-head"))
    article = Article("aaaa", "text", "Talks", dt.date(2026, 3, 3), "header", "a.txt", (), url="https://example.org/a")
    return Resolved((article,),
                    (Node("person/ana-souza", "Person", "Ana Souza"), Node("delegation/brazil", "Delegation", "Brazil"),
                     Node("country/brazil", "Country", "Brazil")),
                    (Triple("person/ana-souza", "leads", "delegation/brazil", evidence=said),
                     Triple("delegation/brazil", "represents", "country/brazil", evidence=said[:1]),
                     Triple("person/ana-souza", "title", "Foreign Minister", literal=True, evidence=said[:1])))


PROVENANCE = (KG.evidence, KG.sentenceStart, KG.sentenceEnd, KG.confidence, KG.extractionRule,
              URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))


def evidence_of(graph: Graph) -> set[tuple]:
    """(statement, relation, provenance...) for every statement node, whichever mode wrote it."""
    out = set()
    for statement in set(graph.subjects(PROVENANCE[0], None)):
        term = graph.value(statement, RDF_REIFIES)
        relation = term.triple if term is not None else tuple(
            graph.value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        out.add((statement, relation, *(graph.value(statement, p) for p in PROVENANCE)))
    return out


def test_the_modes_carry_the_same_evidence():
    reified, rdf12, bare = (to_graph(small(), provenance=mode) for mode in ("reification", "rdf12", "none"))
    assert len(evidence_of(reified)) == 4  # two sentences for leads, one each for represents and title
    assert evidence_of(reified) == evidence_of(rdf12)
    relations = {t for t in reified if t[1] in (KG.leads, KG.represents, KG.title)}
    assert len(relations) == 3 and relations <= set(rdf12) and relations <= set(bare)  # asserted in every mode
    assert not set(rdf12.subjects(RDF.type, RDF.Statement)) and not set(reified.subjects(RDF_REIFIES, None))
    assert evidence_of(bare) == set() and not set(bare.subjects(RDF.type, RDF.Statement))
    # rdf12 writes one triple where reification writes four
    assert len(reified) - len(rdf12) == 3 * 4
    assert len(rdf12) - len(bare) == 4 * 7
    for graph in (reified, rdf12, bare):
        assert validate(graph).conforms


def test_unknown_mode_is_a_config_error():
    from kg.errors import ConfigError

    with pytest.raises(ConfigError, match="provenance"):
        to_graph(small(), provenance="star")


def test_triple_term_equality_pickling_and_ntriples_form():
    term = TripleTerm(ANA, KG.leads, DELEGATION)
    assert term == TripleTerm(ANA, KG.leads, DELEGATION) and term != TripleTerm(ANA, KG.leads, ANA)
    assert term != URIRef(str(term))
    again = pickle.loads(pickle.dumps(term))  # what a worker process sends back
    assert isinstance(again, TripleTerm) and again.triple == term.triple
    assert term.n3() == f"<<( <{ANA}> <{KG.leads}> <{DELEGATION}> )>>"
    literal = TripleTerm(ANA, KG.title, Literal('a "quoted"\nname'))
    assert from_ox(to_ox(literal)) == literal


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig", "xml"])
def test_rdf12_output_round_trips_through_pyoxigraph(fmt):
    graph = to_graph(small(), provenance="rdf12")
    data = serialize(graph, fmt)
    assert data == serialize(graph, fmt)
    back = parse_rdf12(data, fmt)
    if fmt in ("trig", "nquads"):
        union = Graph()
        for s, p, o, _ in back.quads((None, None, None, None)):  # the union of the named graphs
            union.add((s, p, o))
        back = union
    assert isomorphic(back, graph), fmt
    assert b"<<(" in data or b'parseType="Triple"' in data


def test_rdf12_cannot_be_json_ld():
    from kg.errors import OutputFormatError

    with pytest.raises(OutputFormatError, match="JSON-LD"):
        serialize(to_graph(small(), provenance="rdf12"), "json-ld")


def test_split_by_article_keeps_reifiers_with_their_article():
    graph = to_graph(small(), provenance="rdf12")
    named = split_by_article(graph)
    assert len(named.replace) == 1
    (home,) = named.replace
    assert (ANA, KG.leads, DELEGATION) in named.graphs[home]
    assert {t for t in graph if t[1] == RDF_REIFIES} <= named.graphs[home]


# -- shapes for the rdf12 form: one invalid graph per new shape and property shape ------------------------

REIFIER = """
ex:r1 rdf:reifies <<( ex:ana kg:leads ex:delegation )>> ;
    kg:evidence "Foreign Minister Ana Souza led the Brazilian delegation." ;
    prov:wasDerivedFrom ex:article ; kg:sentenceStart 0 ; kg:sentenceEnd 56 ;
    kg:confidence 0.9 ; kg:extractionRule "test-rule" .
"""


def parse12(turtle: str) -> Graph:
    graph = parse_rdf12((PREFIXES + turtle).encode(), "turtle")
    for prefix, namespace in (("ex", "https://example.org/id/"), ("kg", KG_NS), ("prov", "http://www.w3.org/ns/prov#")):
        graph.bind(prefix, namespace)  # so the report names ex:r1, as test_shapes' does
    return graph


def test_valid_rdf12_graph_conforms():
    result = validate(parse12(VALID + REIFIER))
    assert result.conforms, result.report


CASES_12 = [
    ("reifies-two-triples", 'ex:r1 rdf:reifies <<( ex:ana kg:leads ex:brazil )>> .', "MaxCount", "ex:r1", "rdf:reifies"),
    ("reifies-a-literal", 'ex:r2 rdf:reifies "Ana leads" ; kg:evidence "x" ; prov:wasDerivedFrom ex:article ; '
     'kg:sentenceStart 0 ; kg:sentenceEnd 1 ; kg:confidence 0.5 .', "NodeKind", "ex:r2", "rdf:reifies"),
    ("reifier-evidence-missing", 'ex:r2 rdf:reifies <<( ex:ana kg:leads ex:delegation )>> ; '
     'prov:wasDerivedFrom ex:article ; kg:sentenceStart 0 ; kg:sentenceEnd 1 ; kg:confidence 0.5 .',
     "MinCount", "ex:r2", "kg:evidence"),
    ("reifier-not-from-article", 'ex:r1 prov:wasDerivedFrom ex:brazil .', "MaxCount", "ex:r1", "prov:wasDerivedFrom"),
    ("reifier-confidence-high", 'ex:r2 rdf:reifies <<( ex:ana kg:leads ex:delegation )>> ; kg:evidence "x" ; '
     'prov:wasDerivedFrom ex:article ; kg:sentenceStart 0 ; kg:sentenceEnd 1 ; kg:confidence 1.5 .',
     "MaxInclusive", "ex:r2", "kg:confidence"),
    ("reifier-offsets-missing", 'ex:r2 rdf:reifies <<( ex:ana kg:leads ex:delegation )>> ; kg:evidence "x" ; '
     'prov:wasDerivedFrom ex:article ; kg:confidence 0.5 .', "MinCount", "ex:r2", "kg:sentenceStart"),
    ("article-two-urls", 'ex:article kg:url "https://example.org/a"^^xsd:anyURI, "https://example.org/b"^^xsd:anyURI .',
     "MaxCount", "ex:article", "kg:url"),
    ("article-url-string", 'ex:article kg:url "https://example.org/a" .', "Datatype", "ex:article", "kg:url"),
]


@pytest.mark.parametrize("added, component, focus, path", [c[1:] for c in CASES_12], ids=[c[0] for c in CASES_12])
def test_rdf12_defect_is_rejected(added, component, focus, path):
    result = validate(parse12(VALID + REIFIER + added))
    assert not result.conforms, f"accepted:\n{added}"
    found = [r for r in results(result.report) if r.component == component and r.focus == focus and r.path == path]
    assert found, f"no {component} violation on {focus} at {path} in:\n{result.report}"


# -- built, loaded, asked --------------------------------------------------------------------------------

EVIDENCE_QUERIES = {
    "reification": """SELECT ?evidence ?start ?rule ?confidence WHERE {
        ?s rdf:subject ?p ; rdf:predicate kg:leads ; rdf:object ?d ;
           kg:evidence ?evidence ; kg:sentenceStart ?start ; kg:extractionRule ?rule ; kg:confidence ?confidence .
        ?p rdfs:label "Ana Souza" }""",
    "rdf12": """SELECT ?evidence ?start ?rule ?confidence WHERE {
        ?r rdf:reifies <<( ?p kg:leads ?d )>> ;
           kg:evidence ?evidence ; kg:sentenceStart ?start ; kg:extractionRule ?rule ; kg:confidence ?confidence .
        ?p rdfs:label "Ana Souza" }""",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp) -> dict:
    """The test article built in both modes, as Turtle, and loaded into a store each."""
    folder = tmp_path_factory.mktemp("provenance")
    out = {}
    for mode in EVIDENCE_QUERIES:
        graph, store = folder / f"{mode}.ttl", folder / f"store-{mode}"
        result = CliRunner().invoke(main, ["build", str(TEST_DATA / "harbour-talks.txt"), "-o", str(graph),
                                           "--provenance", mode])
        assert result.exit_code == 0, result.output
        loaded = CliRunner().invoke(main, ["load", str(graph), "--store", str(store)])
        assert loaded.exit_code == 0, loaded.output
        out[mode] = (graph, store)
    return out


def test_oxigraph_gives_the_same_evidence_both_ways(built):
    answers = {}
    for mode, query in EVIDENCE_QUERIES.items():
        store = ox.Store.read_only(str(built[mode][1]))
        rows = store.query(query, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
        answers[mode] = sorted(tuple(row[v].value for v in ("evidence", "start", "rule", "confidence")) for row in rows)
        del store
    assert answers["reification"] == answers["rdf12"]
    assert answers["rdf12"] and "Ana Souza led Brazil's delegation" in answers["rdf12"][0][0]


def test_rdf12_file_is_read_by_pyoxigraph_and_validated(built):
    graph_file = built["rdf12"][0]
    data = graph_file.read_bytes()
    assert b"rdf:reifies <<(" in data
    quads = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert any(isinstance(q.object, ox.Triple) for q in quads)
    result = CliRunner().invoke(main, ["validate", str(graph_file)])
    assert result.exit_code == 0 and "conforms" in result.output
    reified = Graph().parse(built["reification"][0])
    assert len(quads) < len(reified)  # the point of rdf12: fewer triples for the same facts


def test_rdf12_to_json_ld_is_refused_before_building(tmp_path):
    result = CliRunner().invoke(main, ["build", str(TEST_DATA / "harbour-talks.txt"), "-o", str(tmp_path / "g.jsonld"),
                                       "--provenance", "rdf12"])
    assert result.exit_code == 2
    assert "[E410]" in result.output and "JSON-LD" in result.output
    assert not (tmp_path / "g.jsonld").exists()


def test_streamed_rdf12_ntriples_loads_into_a_store(tmp_path, nlp):
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(TEST_DATA / "harbour-talks.txt"), "-o", str(tmp_path / "g.nt"),
                                       "--provenance", "rdf12", "--store", str(store)])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "g.nt").read_bytes().splitlines()
    assert lines == sorted(lines) and any(b"<<(" in line for line in lines)
    oxi = ox.Store.read_only(str(store))
    rows = list(oxi.query(EVIDENCE_QUERIES["rdf12"], prefixes=QUERY_PREFIXES, use_default_graph_as_union=True))
    assert rows


def test_none_mode_writes_no_statements(tmp_path, nlp):
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["build", str(TEST_DATA / "harbour-talks.txt"), "-o", str(out),
                                       "--provenance", "none"])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out)
    assert not set(graph.subjects(KG.evidence, None)) and set(graph.subjects(KG.leads, None))
    assert str(KG_NS) in out.read_text()
