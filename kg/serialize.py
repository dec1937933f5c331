"""Serialize stage: Graph -> bytes. Same graph, same bytes, in every format.

- Turtle: rdflib's writer (it sorts subjects and predicates);
- N-Triples, N-Quads: sorted lines (N-Quads: the default graph);
- TriG: one named graph per article, as `kg load` stores them (`<base>graph/<article-id>`), sorted;
- RDF/XML: pyoxigraph's writer over the sorted triples (rdflib's follows Python's hash order);
- JSON-LD: compacted with a `@context` naming every kg: term, nodes sorted by `@id`, values sorted.

A graph with RDF 1.2 triple terms (`--provenance rdf12`) is written by pyoxigraph in every format
but JSON-LD, which has no triple terms.
"""
from __future__ import annotations

import json
from functools import lru_cache

from rdflib import OWL, RDF, RDFS, XSD, Graph

from .errors import OutputFormatError
from .namespace import KG_IRI

FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "nq": "nquads", "nquads": "nquads",
           "trig": "trig", "jsonld": "json-ld", "json-ld": "json-ld", "xml": "xml", "rdfxml": "xml"}
SUFFIX_FORMAT = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
                 ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}
OUTPUT_FORMATS = ("turtle", "nt", "nq", "trig", "jsonld", "xml")  # the names `--to` takes
# not data: (the base): its local names hold '/', which Turtle would have to escape (data:person\/ana-souza)
_PREFIXES = ("kg", "rdf", "rdfs", "owl", "skos", "xsd", "prov")


def output_format(path: str, to: str | None = None) -> str:
    """The format to write `path` in (rdflib's name): `--to` when given, else the suffix; `-` (stdout) is Turtle.

    Raises OutputFormatError for a suffix that names no RDF format (`-o graph.txt`)."""
    if to is not None:
        if to.lower() not in FORMATS:
            raise OutputFormatError(f"unknown output format {to!r}", hint="--to takes " + ", ".join(OUTPUT_FORMATS))
        return FORMATS[to.lower()]
    if path == "-":
        return "turtle"
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if suffix not in SUFFIX_FORMAT:
        raise OutputFormatError(
            f"{path}: cannot tell the output format from the suffix {suffix or '(none)'!r}",
            hint="name the file .ttl (Turtle), .nt (N-Triples), .nq (N-Quads), .trig (TriG), .jsonld (JSON-LD) "
                 "or .rdf (RDF/XML), or give --to " + "|".join(OUTPUT_FORMATS))
    return SUFFIX_FORMAT[suffix]


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    from .rdf12 import has_triple_terms

    fmt = FORMATS.get(fmt, fmt)
    if fmt in ("nt", "nquads"):
        # N-Triples has no order of its own: sort the lines (a TripleTerm writes itself as <<( s p o )>>)
        lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
        return b"".join(sorted(set(line for line in lines if line.strip())))
    if fmt == "json-ld":
        if has_triple_terms(graph):
            raise OutputFormatError("JSON-LD cannot hold RDF 1.2 triple terms (--provenance rdf12)",
                                    hint="write .ttl, .nt, .nq, .trig or .rdf, or use --provenance reification")
        return _jsonld(graph)
    if fmt == "trig":
        return _trig(graph)
    if fmt == "xml" or has_triple_terms(graph):
        return _with_oxigraph(graph, fmt)
    return graph.serialize(format=fmt, encoding="utf-8")


def _prefixes(graph: Graph) -> dict[str, str]:
    return dict(sorted((prefix, str(ns)) for prefix, ns in graph.namespaces() if prefix in _PREFIXES))


def _with_oxigraph(graph: Graph, fmt: str) -> bytes:
    import pyoxigraph as ox

    from .rdf12 import OX_FORMATS, sorted_ox_triples

    return ox.serialize(sorted_ox_triples(graph), format=OX_FORMATS[fmt], prefixes=_prefixes(graph))


def _trig(graph: Graph) -> bytes:
    """One named graph per article (the graphs `kg load` makes), in a stable order."""
    import pyoxigraph as ox

    from .rdf12 import to_ox
    from .store import split_by_article

    named = split_by_article(graph)
    quads = sorted((ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(name)))
                    for name, triples in named.graphs.items() for s, p, o in triples),
                   key=lambda q: (q.graph_name.value, str(q.triple)))
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_prefixes(graph))


def _jsonld(graph: Graph) -> bytes:
    prefixes = _prefixes(graph)
    context = {**{p: prefixes[p] for p in sorted(prefixes)}, **jsonld_terms()}
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    # rdflib lists nodes and values in hash order: sort both (JSON-LD arrays of values are sets)
    nodes = data.get("@graph", [data] if "@id" in data else [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    nodes = [{k: v for k, v in node.items() if k != "@context"} for node in nodes]
    out = {"@context": data.get("@context", context), "@graph": sorted(nodes, key=lambda n: n.get("@id", ""))}
    return (json.dumps(out, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


@lru_cache(maxsize=1)
def jsonld_terms() -> dict:
    """A JSON-LD term for every kg: class and property (from the ontology), and the few other terms kg
    writes: `"leads": {"@id": "kg:leads", "@type": "@id"}`, `"startDate": {..., "@type": "xsd:date"}`."""
    from .validate import ontology

    onto = ontology()
    terms: dict = {"label": "rdfs:label", "altLabel": "skos:altLabel", "comment": "rdfs:comment",
                   "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
                   "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
                   "Statement": "rdf:Statement", "subject": {"@id": "rdf:subject", "@type": "@id"},
                   "predicate": {"@id": "rdf:predicate", "@type": "@id"}, "object": "rdf:object"}
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in onto.subjects(RDF.type, kind):
            if not str(term).startswith(KG_IRI):
                continue
            name = str(term)[len(KG_IRI):]
            if kind == OWL.ObjectProperty:
                terms[name] = {"@id": f"kg:{name}", "@type": "@id"}
            else:
                value_type = onto.value(term, RDFS.range)
                typed = kind == OWL.DatatypeProperty and value_type not in (None, XSD.string)
                terms[name] = {"@id": f"kg:{name}", "@type": "xsd:" + str(value_type)[len(str(XSD)):]} if typed \
                    else f"kg:{name}"
    return dict(sorted(terms.items()))
