"""The ontology, the code's namespace and the shapes agree: no term exists in one and not the others."""
from __future__ import annotations

import re

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib import namespace as rns
from rdflib.namespace import SH

from conftest import KG_NS, REPO, SHARED
from kg.namespace import KG, KG_IRI

ONTOLOGY_FILE = REPO / "ontology" / "kg.ttl"
SHAPES_FILE = REPO / "shapes" / "kg-shapes.ttl"
EVAL_README = SHARED / "eval" / "README.md"
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def kg_terms(graph: Graph) -> set[URIRef]:
    return {s for t in TERM_TYPES for s in graph.subjects(RDF.type, t) if str(s).startswith(KG_IRI)}


def code_terms() -> set[URIRef]:
    return {URIRef(KG_IRI + name) for name in KG.__annotations__}


def test_namespace_iri_is_the_contract_one():
    assert KG_IRI == KG_NS
    assert str(KG.Person) == KG_NS + "Person"


def test_every_ontology_term_is_in_the_code_namespace(onto):
    missing = kg_terms(onto) - code_terms()
    assert not missing, f"in ontology/kg.ttl but not in kg.namespace.KG: {sorted(missing)}"


def test_every_code_term_is_in_the_ontology(onto):
    missing = code_terms() - kg_terms(onto)
    assert not missing, f"in kg.namespace.KG but not declared in ontology/kg.ttl: {sorted(missing)}"


def test_no_undeclared_kg_iri_in_ontology(onto):
    """A kg: IRI used anywhere in the ontology (a domain, a superclass) is declared there."""
    used = {term for triple in onto for term in triple if isinstance(term, URIRef) and str(term).startswith(KG_IRI)}
    assert used - kg_terms(onto) == set()


def test_each_term_is_one_kind(onto):
    for term in kg_terms(onto):
        kinds = [t for t in TERM_TYPES if (term, RDF.type, t) in onto]
        assert len(kinds) == 1, f"{term} is declared as {kinds}"


@pytest.mark.parametrize("term", sorted(code_terms()), ids=lambda t: t.split("#")[-1])
def test_term_is_documented(onto, term):
    labels = list(onto.objects(term, RDFS.label))
    comments = list(onto.objects(term, RDFS.comment))
    assert len(labels) == 1 and str(labels[0]).strip(), f"{term}: needs exactly one rdfs:label, has {labels}"
    assert len(comments) == 1 and len(str(comments[0]).split()) >= 3, f"{term}: needs an rdfs:comment"
    if (term, RDF.type, OWL.Class) not in onto:
        domains, ranges = list(onto.objects(term, RDFS.domain)), list(onto.objects(term, RDFS.range))
        assert len(domains) == 1, f"{term}: needs one rdfs:domain, has {domains}"
        assert len(ranges) == 1, f"{term}: needs one rdfs:range, has {ranges}"


def test_property_kinds_match_ranges(onto):
    """Datatype properties range over xsd datatypes, object properties over classes."""
    for prop in onto.subjects(RDF.type, OWL.DatatypeProperty):
        for rng in onto.objects(prop, RDFS.range):
            assert str(rng).startswith(str(rns.XSD)), f"{prop} is a DatatypeProperty with range {rng}"
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        for rng in onto.objects(prop, RDFS.range):
            assert (rng, RDF.type, OWL.Class) in onto, f"{prop} is an ObjectProperty with range {rng}, not a kg class"


def test_subclass_hierarchy_has_no_cycles(onto):
    for cls in kg_terms(onto):
        seen, todo = set(), [cls]
        while todo:
            for parent in onto.objects(todo.pop(), RDFS.subClassOf):
                assert parent != cls, f"{cls} is its own superclass"
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)


def test_ontology_header(onto):
    header = URIRef(KG_IRI.rstrip("#"))
    assert (header, RDF.type, OWL.Ontology) in onto
    assert onto.value(header, OWL.versionInfo) is not None
    assert onto.value(header, RDFS.label) is not None


def test_every_term_in_the_shapes_exists(onto, shapes_graph):
    """Classes in sh:targetClass / sh:class and properties in sh:path are ontology terms (or standard ones)."""
    used = set()
    for pred in (SH.targetClass, SH["class"], SH.path, SH.targetSubjectsOf, SH.targetObjectsOf):
        used |= {o for o in shapes_graph.objects(None, pred) if isinstance(o, URIRef)}
    kg_used = {t for t in used if str(t).startswith(KG_IRI)}
    assert kg_used, "the shapes use no kg: term at all"
    assert kg_used - kg_terms(onto) == set(), "shapes name terms the ontology does not declare"
    # the shapes' literal-valued paths should agree with the ontology's datatype ranges
    for shape in shapes_graph.objects(None, SH.property):
        path, datatype = shapes_graph.value(shape, SH.path), shapes_graph.value(shape, SH.datatype)
        if datatype is not None and str(path).startswith(KG_IRI):
            assert (path, RDFS.range, datatype) in onto, f"shape says {path} is {datatype}, ontology disagrees"
        cls = shapes_graph.value(shape, SH["class"])
        if cls is not None and str(path).startswith(KG_IRI):
            assert (path, RDFS.range, cls) in onto, f"shape says {path} points at {cls}, ontology disagrees"


def test_every_contract_term_exists(onto):
    """Every `kg:Xxx` the competency-question README's tables name is declared in the ontology."""
    if not EVAL_README.is_file():
        pytest.skip(f"{EVAL_README} not found")
    table_lines = [line for line in EVAL_README.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    named = {name for line in table_lines for cell in re.findall(r"`([^`]*)`", line)
             for name in re.findall(r"\bkg:([A-Za-z]\w*)", cell)}
    assert len(named) >= 15, f"expected the README's tables to name kg: terms, found {sorted(named)}"
    missing = {n for n in named if URIRef(KG_IRI + n) not in kg_terms(onto)}
    assert not missing, f"the contract names terms the ontology lacks: {sorted(missing)}"


def test_unknown_term_raises():
    with pytest.raises(AttributeError):
        KG.notATerm  # noqa: B018
    with pytest.raises(AttributeError):
        KG["notATerm"]
