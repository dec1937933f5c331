"""Emit stage for the streamed formats: `Resolved` -> the triples `kg.map.to_graph` makes, without an rdflib Graph.

`kg.map.to_graph` builds an rdflib Graph: every `Graph.add` updates three
indexes, and for the ~280 triples of an article (70% of them reified
evidence) that cost more than the extraction rules. N-Triples and N-Quads
need no graph: this module makes the same terms (rdflib `URIRef` and
`Literal`, so `kg.shacl_fast` can check them) into a plain set of tuples
and writes the sorted N-Triples lines itself, byte for byte what
`kg.serialize.serialize(to_graph(...), "nt")` writes (tests/test_emit.py
compares them). Only the default provenance (reification) is made here;
the pipeline builds the rdflib graph for anything else.
"""
from __future__ import annotations

from rdflib import RDF, RDFS, OWL, SKOS, XSD, Literal, URIRef
from rdflib.namespace import PROV

from .map import check_base_iri
from .model import Resolved
from .names import clean_text, short_hash
from .namespace import DEFAULT_BASE_IRI, KG_IRI

_DATATYPES = {"date": XSD.date, "decimal": XSD.decimal, "": XSD.string}
_TYPE, _LABEL, _ALT, _SAME = RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.Statement, RDF.subject, RDF.predicate, RDF.object
_DERIVED = PROV.wasDerivedFrom


def _kg(name: str) -> URIRef:
    return URIRef(KG_IRI + name)


_EVIDENCE, _START, _END, _CONFIDENCE, _RULE = (_kg(n) for n in ("evidence", "sentenceStart", "sentenceEnd",
                                                                 "confidence", "extractionRule"))
_STATUS, _ARTICLE = _kg("status"), _kg("Article")
_HASH, _DATE, _SOURCE = _kg("contentHash"), _kg("publicationDate"), _kg("sourceFile")


class _Terms(dict):
    """key -> term, made once per call (every statement names its article, a few confidences...)."""

    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key):
        term = self[key] = self._make(key)
        return term


def triples(resolved: Resolved, base_iri: str = DEFAULT_BASE_IRI) -> set[tuple]:
    """The set of (subject, predicate, object) rdflib terms `kg.map.to_graph` would put in its graph."""
    base = check_base_iri(base_iri)
    out: set[tuple] = set()
    add = out.add
    iri = _Terms(lambda path: URIRef(base + path))
    kg = _Terms(_kg)
    plain = _Terms(lambda text: Literal(clean_text(text)))
    for article in resolved.articles:
        node = iri["article/" + article.id]
        add((node, _TYPE, _ARTICLE))
        add((node, _LABEL, plain[article.title or article.source or "untitled article"]))
        add((node, _HASH, Literal(article.id)))
        if article.date:
            add((node, _DATE, Literal(article.date.isoformat(), datatype=XSD.date)))
        if article.source:
            add((node, _SOURCE, plain[article.source]))
        if article.url:  # what identifies the article in a store (kg.store.article_key), as kg.map writes it
            add((node, _kg("url"), Literal(clean_text(article.url), datatype=XSD.anyURI)))
    for n in resolved.nodes:
        node = iri[n.id]
        add((node, _TYPE, kg[n.kind]))
        for name, values in n.attributes:
            if name == "alsoKind":
                for kind in values:
                    add((node, _TYPE, kg[kind]))
            elif name == "status":
                for value in values:
                    add((node, _STATUS, Literal(value)))
        add((node, _LABEL, plain[n.label]))
        for alias in n.aliases:
            add((node, _ALT, plain[alias]))
        for link in n.same_as:
            add((node, _SAME, URIRef(link)))

    evidence_text = _Terms(lambda text: Literal(clean_text(" ".join(text.split()))))
    integer = _Terms(lambda n: Literal(n, datatype=XSD.integer))
    decimal = _Terms(lambda c: Literal(f"{c:.3f}", datatype=XSD.decimal))
    for t in resolved.triples:
        subject, predicate = iri[t.subject], kg[t.predicate]
        if not t.literal:
            obj = iri[t.object]
        elif t.datatype == "":
            obj = plain[t.object]
        else:
            obj = Literal(t.object, datatype=_DATATYPES[t.datatype])
        add((subject, predicate, obj))
        best: dict[tuple, object] = {}
        for ev in t.evidence:  # one statement per sentence, with its strongest reading (as kg.map)
            key = (ev.article_id, ev.sentence.start, ev.sentence.end)
            if key not in best or ev.confidence > best[key].confidence:
                best[key] = ev
        for (article_id, start, end), ev in sorted(best.items()):
            statement = URIRef(base + "statement/" + short_hash(
                f"{t.subject}|{t.predicate}|{t.object}|{article_id}|{start}", 16))
            add((statement, _TYPE, _STATEMENT))
            add((statement, _SUBJECT, subject))
            add((statement, _PREDICATE, predicate))
            add((statement, _OBJECT, obj))
            add((statement, _EVIDENCE, evidence_text[ev.text]))
            add((statement, _DERIVED, iri["article/" + article_id]))
            add((statement, _START, integer[start]))
            add((statement, _END, integer[end]))
            add((statement, _CONFIDENCE, decimal[ev.confidence]))
            add((statement, _RULE, plain[ev.rule]))
    return out


def _n3(term) -> str:
    """A term as rdflib's N-Triples serializer writes it."""
    if isinstance(term, Literal):
        text = '"%s"' % term.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^<{term.datatype}>" if term.datatype else text
    return term.n3()


def ntriples(terms: set[tuple]) -> bytes:
    """Sorted, distinct N-Triples lines, as `kg.serialize.serialize(graph, "nt")` writes them."""
    cache: dict = {}

    def n3(term) -> str:
        text = cache.get(term)
        if text is None:
            text = cache[term] = _n3(term)
        return text

    lines = sorted(f"{n3(s)} {n3(p)} {n3(o)} .\n" for s, p, o in terms)
    return "".join(lines).encode("utf-8")
