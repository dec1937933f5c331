"""The one place code reaches ontology terms. tests/test_ontology.py fails if this and ontology/kg.ttl drift apart."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_IRI = "https://w3id.org/kg-news/ontology#"
DEFAULT_BASE_IRI = "https://w3id.org/kg-news/id/"
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
GEONAMES = Namespace("https://sws.geonames.org/")
# RDF 1.2: a reifier rdf:reifies a triple term (`--provenance rdf12`); rdflib 7's RDF namespace lacks it
RDF_REIFIES = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies")


class KG(DefinedNamespace):
    _fail = True
    _NS = Namespace(KG_IRI)

    # classes
    Agent: URIRef
    Party: URIRef
    Vessel: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Country: URIRef
    Delegation: URIRef
    Event: URIRef
    Meeting: URIRef
    Summit: URIRef
    Measure: URIRef
    Tariff: URIRef
    ExportControl: URIRef
    Sanction: URIRef
    Goods: URIRef
    Article: URIRef
    # relations
    title: URIRef
    affiliatedWith: URIRef
    leads: URIRef
    memberOf: URIRef
    represents: URIRef
    participant: URIRef
    location: URIRef
    locatedIn: URIRef
    startDate: URIRef
    endDate: URIRef
    precedes: URIRef
    imposes: URIRef
    proposes: URIRef
    targets: URIRef
    appliesTo: URIRef
    status: URIRef
    ratePercent: URIRef
    # provenance
    evidence: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    confidence: URIRef
    extractionRule: URIRef
    publicationDate: URIRef
    sourceFile: URIRef
    contentHash: URIRef
    url: URIRef
