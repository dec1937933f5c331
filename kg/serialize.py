"""Serialize stage: Graph -> bytes. Same graph, same bytes (rdflib sorts subjects and predicates)."""
from __future__ import annotations

from rdflib import Graph

FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "nq": "nquads", "trig": "trig",
           "jsonld": "json-ld", "json-ld": "json-ld", "xml": "xml", "rdfxml": "xml"}
SUFFIX_FORMAT = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
                 ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    fmt = FORMATS.get(fmt, fmt)
    if fmt == "nt":
        # N-Triples has no order of its own: sort the lines
        lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
        return b"".join(sorted(set(line for line in lines if line.strip())))
    return graph.serialize(format=fmt, encoding="utf-8")
