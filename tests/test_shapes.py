"""SHACL shapes: a minimal valid graph conforms, and each small defect added to it
is rejected by `kg.validate.validate` with the violated component, path (or
shape) and focus node named in the report."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SH

from conftest import KG_NS
from kg.validate import validate

PREFIXES = f"""\
@prefix kg:   <{KG_NS}> .
@prefix ex:   <https://example.org/id/> .
@prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""

# One node of every class, every property used once, one complete statement.
VALID = """\
ex:article a kg:Article ; rdfs:label "Harbour talks open in Lisbon" ; kg:contentHash "0f0f0f0f" ;
    kg:publicationDate "2026-03-03"^^xsd:date ; kg:sourceFile "harbour.txt" .
ex:ana a kg:Person ; rdfs:label "Ana Souza" ; skos:altLabel "Souza" ; kg:title "Foreign Minister" ;
    kg:affiliatedWith ex:brazil ; kg:leads ex:delegation .
ex:rui a kg:Person ; rdfs:label "Rui Pires" ; kg:memberOf ex:delegation ; kg:affiliatedWith ex:ministry .
ex:ministry a kg:Organization ; rdfs:label "Ministry of Ports" .
ex:brazil a kg:Country ; rdfs:label "Brazil" ; owl:sameAs <http://www.wikidata.org/entity/Q155> .
ex:portugal a kg:Country ; rdfs:label "Portugal" .
ex:lisbon a kg:Place ; rdfs:label "Lisbon" ; kg:locatedIn ex:portugal .
ex:delegation a kg:Delegation ; rdfs:label "Brazilian delegation" ; kg:represents ex:brazil .
ex:talks a kg:Meeting ; rdfs:label "talks in Lisbon" ; kg:location ex:lisbon ;
    kg:startDate "2026-03-03"^^xsd:date ; kg:endDate "2026-03-04"^^xsd:date ;
    kg:participant ex:delegation, ex:portugal, ex:ana ; kg:precedes ex:summit .
ex:summit a kg:Summit ; rdfs:label "harbour summit" .
ex:gathering a kg:Event ; rdfs:label "port open day" .
ex:tariff a kg:Tariff ; rdfs:label "tariff on cork" ; kg:targets ex:portugal ; kg:appliesTo ex:cork ;
    kg:status "in force" ; kg:ratePercent 12.5 .
ex:ban a kg:ExportControl ; rdfs:label "ban on cork machinery" ; kg:status "proposed" .
ex:freeze a kg:Sanction ; rdfs:label "asset freeze" ; kg:status "lifted" ; kg:targets ex:ministry .
ex:levy a kg:Measure ; rdfs:label "port levy" ; kg:status "threatened" .
ex:cork a kg:Goods ; rdfs:label "cork" .
ex:brazil kg:imposes ex:tariff ; kg:proposes ex:ban .
ex:ministry kg:imposes ex:levy .
ex:statement a rdf:Statement ; rdf:subject ex:ana ; rdf:predicate kg:leads ; rdf:object ex:delegation ;
    kg:evidence "Foreign Minister Ana Souza led the Brazilian delegation." ;
    prov:wasDerivedFrom ex:article ; kg:sentenceStart 0 ; kg:sentenceEnd 56 ;
    kg:confidence 0.9 ; kg:extractionRule "test-rule" .
"""


def statement(node: str = "ex:s2", **fields: str | None) -> str:
    """A new rdf:Statement with every field valid, except those given (None drops a field)."""
    values = {
        "rdf:subject": "ex:brazil", "rdf:predicate": "kg:imposes", "rdf:object": "ex:tariff",
        "kg:evidence": '"Brazil put a tariff on cork."', "prov:wasDerivedFrom": "ex:article",
        "kg:sentenceStart": "60", "kg:sentenceEnd": "89", "kg:confidence": "0.8", "kg:extractionRule": '"test-rule"',
    }
    for key, value in fields.items():
        values[key.replace("__", ":")] = value
    body = " ;\n    ".join(f"{p} {o}" for p, o in values.items() if o is not None)
    return f"{node} a rdf:Statement ;\n    {body} ."


def parse(turtle: str) -> Graph:
    return Graph().parse(data=PREFIXES + turtle, format="turtle")


@dataclass(frozen=True)
class Result:
    component: str
    focus: str
    path: str
    shape: str


def results(report: str) -> list[Result]:
    """pySHACL's text report, one `Result` per violation."""
    out = []
    for block in report.split("Constraint Violation in ")[1:]:
        component = block.split(" ", 1)[0].replace("ConstraintComponent", "")
        fields = dict(re.findall(r"^\t([A-Za-z ]+): (.*)$", block, re.MULTILINE))
        out.append(Result(component, fields.get("Focus Node", ""), fields.get("Result Path", ""),
                          fields.get("Source Shape", "")))
    return out


# (id, Turtle added to VALID, constraint component, focus node, path or (for node constraints) shape, count)
CASES = [
    # LabelledShape
    ("label-missing", 'ex:x a kg:Person .', "MinCount", "ex:x", "rdfs:label", 1),
    ("label-two", 'ex:brazil rdfs:label "Brasil" .', "MaxCount", "ex:brazil", "rdfs:label", 1),
    ("label-empty", 'ex:x a kg:Goods ; rdfs:label "" .', "MinLength", "ex:x", "rdfs:label", 1),
    ("label-language-tagged", 'ex:x a kg:Goods ; rdfs:label "cork"@en .', "Datatype", "ex:x", "rdfs:label", 1),
    ("label-number", 'ex:x a kg:Place ; rdfs:label 7 .', "Datatype", "ex:x", "rdfs:label", 1),
    ("altlabel-number", 'ex:cork skos:altLabel 5 .', "Datatype", "ex:cork", "skos:altLabel", 1),
    ("sameas-literal", 'ex:brazil owl:sameAs "Q155" .', "NodeKind", "ex:brazil", "owl:sameAs", 1),
    # PersonShape
    ("title-number", 'ex:ana kg:title 3 .', "Datatype", "ex:ana", "kg:title", 1),
    ("affiliated-with-place", 'ex:ana kg:affiliatedWith ex:lisbon .', "Class", "ex:ana", "kg:affiliatedWith", 1),
    ("leads-non-delegation", 'ex:ana kg:leads ex:brazil .', "Class", "ex:ana", "kg:leads", 1),
    ("leads-untyped", 'ex:ana kg:leads ex:nowhere .', "Class", "ex:ana", "kg:leads", 1),
    ("member-of-event", 'ex:rui kg:memberOf ex:talks .', "Class", "ex:rui", "kg:memberOf", 1),
    # PlaceShape
    ("located-in-goods", 'ex:lisbon kg:locatedIn ex:cork .', "Class", "ex:lisbon", "kg:locatedIn", 1),
    # DelegationShape
    ("delegation-no-represents", 'ex:d2 a kg:Delegation ; rdfs:label "Second delegation" .',
     "MinCount", "ex:d2", "kg:represents", 1),
    ("delegation-two-represents", 'ex:delegation kg:represents ex:portugal .',
     "MaxCount", "ex:delegation", "kg:represents", 1),
    ("delegation-represents-goods", 'ex:d2 a kg:Delegation ; rdfs:label "Cork team" ; kg:represents ex:cork .',
     "Class", "ex:d2", "kg:represents", 1),
    # EventShape
    ("participant-goods", 'ex:talks kg:participant ex:cork .', "Class", "ex:talks", "kg:participant", 1),
    ("two-locations", 'ex:talks kg:location ex:portugal .', "MaxCount", "ex:talks", "kg:location", 1),
    ("location-delegation", 'ex:summit kg:location ex:delegation .', "Class", "ex:summit", "kg:location", 1),
    ("start-date-string", 'ex:summit kg:startDate "2026-03-20" .', "Datatype", "ex:summit", "kg:startDate", 1),
    ("start-date-datetime", 'ex:summit kg:startDate "2026-03-20T09:00:00"^^xsd:dateTime .',
     "Datatype", "ex:summit", "kg:startDate", 1),
    ("start-date-impossible", 'ex:summit kg:startDate "2026-02-30"^^xsd:date .',
     "Datatype", "ex:summit", "kg:startDate", 1),
    ("two-start-dates", 'ex:talks kg:startDate "2026-03-05"^^xsd:date .', "MaxCount", "ex:talks", "kg:startDate", 1),
    ("end-date-words", 'ex:summit kg:endDate "March 21" .', "Datatype", "ex:summit", "kg:endDate", 1),
    ("two-end-dates", 'ex:talks kg:endDate "2026-03-06"^^xsd:date .', "MaxCount", "ex:talks", "kg:endDate", 1),
    ("precedes-place", 'ex:talks kg:precedes ex:lisbon .', "Class", "ex:talks", "kg:precedes", 1),
    # MeasureShape
    ("targets-goods", 'ex:tariff kg:targets ex:cork .', "Class", "ex:tariff", "kg:targets", 1),
    ("applies-to-country", 'ex:tariff kg:appliesTo ex:portugal .', "Class", "ex:tariff", "kg:appliesTo", 1),
    ("status-unknown", 'ex:levy kg:status "rumoured" .', "In", "ex:levy", "kg:status", 1),
    ("status-wrong-case", 'ex:m2 a kg:Sanction ; rdfs:label "travel ban" ; kg:status "In Force" .',
     "In", "ex:m2", "kg:status", 1),
    ("rate-string", 'ex:m2 a kg:Tariff ; rdfs:label "duty" ; kg:ratePercent "25%" .',
     "Datatype", "ex:m2", "kg:ratePercent", 1),
    ("rate-double", 'ex:m2 a kg:Tariff ; rdfs:label "duty" ; kg:ratePercent 2.5e1 .',
     "Datatype", "ex:m2", "kg:ratePercent", 1),
    # ImposerShape (a node constraint: the shape, not a path, is named)
    ("imposes-from-goods", 'ex:cork kg:imposes ex:tariff .', "Class", "ex:cork", "kgsh:ImposerShape", 1),
    ("proposes-from-untyped", 'ex:someone kg:proposes ex:ban .', "Class", "ex:someone", "kgsh:ImposerShape", 1),
    ("imposes-from-event", 'ex:summit kg:imposes ex:levy .', "Class", "ex:summit", "kgsh:ImposerShape", 1),
    ("imposes-goods", 'ex:brazil kg:imposes ex:cork .', "Class", "ex:brazil", "kg:imposes", 1),
    ("proposes-country", 'ex:ministry kg:proposes ex:portugal .', "Class", "ex:ministry", "kg:proposes", 1),
    # ArticleShape
    ("two-publication-dates", 'ex:article kg:publicationDate "2026-03-04"^^xsd:date .',
     "MaxCount", "ex:article", "kg:publicationDate", 1),
    ("publication-date-string", 'ex:a2 a kg:Article ; rdfs:label "Other" ; kg:contentHash "1a" ; kg:publicationDate "3 March" .',
     "Datatype", "ex:a2", "kg:publicationDate", 1),
    ("two-source-files", 'ex:article kg:sourceFile "other.txt" .', "MaxCount", "ex:article", "kg:sourceFile", 1),
    ("content-hash-missing", 'ex:a2 a kg:Article ; rdfs:label "Other" .', "MinCount", "ex:a2", "kg:contentHash", 1),
    ("content-hash-two", 'ex:article kg:contentHash "1b" .', "MaxCount", "ex:article", "kg:contentHash", 1),
    # StatementShape
    ("evidence-missing", statement(kg__evidence=None), "MinCount", "ex:s2", "kg:evidence", 1),
    ("evidence-empty", statement(kg__evidence='""'), "MinLength", "ex:s2", "kg:evidence", 1),
    ("evidence-two", statement(kg__evidence='"One.", "Two."'), "MaxCount", "ex:s2", "kg:evidence", 1),
    ("derived-from-missing", statement(prov__wasDerivedFrom=None), "MinCount", "ex:s2", "prov:wasDerivedFrom", 1),
    ("derived-from-country", statement(prov__wasDerivedFrom="ex:brazil"), "Class", "ex:s2", "prov:wasDerivedFrom", 1),
    ("confidence-above-one", statement(kg__confidence="1.5"), "MaxInclusive", "ex:s2", "kg:confidence", 1),
    ("confidence-negative", statement(kg__confidence="-0.1"), "MinInclusive", "ex:s2", "kg:confidence", 1),
    ("confidence-missing", statement(kg__confidence=None), "MinCount", "ex:s2", "kg:confidence", 1),
    ("confidence-two", statement(kg__confidence="0.5, 0.6"), "MaxCount", "ex:s2", "kg:confidence", 1),
    ("confidence-double", statement(kg__confidence="5e-1"), "Datatype", "ex:s2", "kg:confidence", 1),
    ("sentence-start-negative", statement(kg__sentenceStart="-1"), "MinInclusive", "ex:s2", "kg:sentenceStart", 1),
    ("sentence-start-string", statement(kg__sentenceStart='"60"'), "Datatype", "ex:s2", "kg:sentenceStart", 2),  # and not comparable to 0
    ("sentence-end-missing", statement(kg__sentenceEnd=None), "MinCount", "ex:s2", "kg:sentenceEnd", 1),
    ("subject-literal", statement(rdf__subject='"Brazil"'), "NodeKind", "ex:s2", "rdf:subject", 1),
    ("predicate-missing", statement(rdf__predicate=None), "MinCount", "ex:s2", "rdf:predicate", 1),
    ("object-missing", statement(rdf__object=None), "MinCount", "ex:s2", "rdf:object", 1),
    ("rule-two", statement(kg__extractionRule='"a", "b"'), "MaxCount", "ex:s2", "kg:extractionRule", 1),
]


def test_valid_graph_conforms():
    result = validate(parse(VALID))
    assert result.conforms, result.report
    assert result.violations == 0


def test_valid_statement_helper_conforms():
    result = validate(parse(VALID + statement()))
    assert result.conforms, result.report


@pytest.mark.parametrize("added, component, focus, where, count", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_defect_is_rejected(added, component, focus, where, count):
    result = validate(parse(VALID + added))
    assert not result.conforms, f"accepted:\n{added}"
    found = results(result.report)
    assert result.violations == len(found) == count, result.report
    expected = [r for r in found if r.component == component and r.focus == focus and where in (r.path, r.shape)]
    assert expected, f"no {component} violation on {focus} at {where} in:\n{result.report}"


def _shape_iris() -> set[URIRef]:
    from kg.validate import shapes

    return set(shapes().subjects(RDF.type, SH.NodeShape))


def test_every_shape_has_a_failing_case():
    """Each NodeShape in shapes/ is exercised by at least one case above."""
    kgsh = Namespace("https://w3id.org/kg-news/shapes#")
    covered = set()
    shape_paths = _shape_paths()
    for _, _, _, _, where, _ in CASES:
        if where.startswith("kgsh:"):
            covered.add(kgsh[where.split(":", 1)[1]])
        covered |= {shape for shape, paths in shape_paths.items() if where in paths}
    missing = _shape_iris() - covered
    assert not missing, f"shapes with no failing case: {sorted(missing)}"


def _shape_paths() -> dict[URIRef, set[str]]:
    from kg.validate import shapes

    g = shapes()
    out: dict[URIRef, set[str]] = {}
    for shape in g.subjects(RDF.type, SH.NodeShape):
        out[shape] = {g.namespace_manager.normalizeUri(p)
                      for prop in g.objects(shape, SH.property) for p in g.objects(prop, SH.path)}
    return out


def test_every_target_class_needs_a_label():
    """The label rule holds for each class LabelledShape targets, not only the ones used above."""
    from kg.validate import shapes

    g = shapes()
    classes = sorted(g.objects(URIRef("https://w3id.org/kg-news/shapes#LabelledShape"), SH.targetClass))
    assert len(classes) >= 15
    turtle = "\n".join(f"ex:unlabelled{i} a <{c}> ." for i, c in enumerate(classes))
    found = results(validate(parse(VALID + turtle)).report)
    unlabelled = {r.focus for r in found if r.path == "rdfs:label" and r.component == "MinCount"}
    assert unlabelled == {f"ex:unlabelled{i}" for i in range(len(classes))}


def test_subclass_instance_is_accepted_where_superclass_is_required():
    """sh:class follows rdfs:subClassOf from the ontology: a Summit is an Event, a Country an Agent and a Place."""
    added = 'ex:summit kg:precedes ex:gathering . ex:freeze kg:targets ex:brazil . ex:summit kg:location ex:brazil .'
    result = validate(parse(VALID + added))
    assert result.conforms, result.report


def test_the_compiled_shapes_read_the_same_triples_as_rdflib():
    # kg.validate reads the shapes and the ontology with pyoxigraph for the compiled shapes (faster at start-up)
    from rdflib.compare import isomorphic

    from rdflib import RDFS

    from kg.validate import ONTOLOGY_DIR, SHAPES_DIR, _load_dir, _read_turtle

    for directory in (SHAPES_DIR, ONTOLOGY_DIR):
        fast, slow = _read_turtle(directory), _load_dir(directory)
        assert len(fast) == len(slow) and isomorphic(fast, slow)
    hierarchy = _read_turtle(ONTOLOGY_DIR, only=RDFS.subClassOf)
    assert len(hierarchy) and set(hierarchy) == set(_load_dir(ONTOLOGY_DIR).triples((None, RDFS.subClassOf, None)))
