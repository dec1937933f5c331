"""RDF 1.2 triple terms in rdflib graphs, and the bridge to pyoxigraph that reads and writes them.

rdflib 7 has no triple terms; pyoxigraph 0.5 reads and writes them in N-Triples, N-Quads, Turtle,
TriG and RDF/XML (not JSON-LD). A `TripleTerm` is an rdflib node that carries its triple: the
rest of kg (SHACL validation, splitting by article) handles it like any IRI node, and its
`n3()` is the N-Triples 1.2 form `<<( s p o )>>`, so rdflib's N-Triples writer already writes it
right. Every other format goes through pyoxigraph (kg.serialize).
"""
from __future__ import annotations

import contextlib
from pathlib import Path

import pyoxigraph as ox
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef

from .errors import InputError, MissingInput, NotRdf
from .namespace import RDF_REIFIES

# formats pyoxigraph reads with triple terms, by rdflib's format name
OX_FORMATS = {"nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE,
              "trig": ox.RdfFormat.TRIG, "xml": ox.RdfFormat.RDF_XML}


class TripleTerm(URIRef):
    """An RDF 1.2 triple term `<<( s p o )>>`. Two triple terms are equal when their triples are."""

    triple: tuple

    def __new__(cls, subject, predicate, obj):
        term = str.__new__(cls, f"<<( {ox.Triple(to_ox(subject), to_ox(predicate), to_ox(obj))} )>>")
        term.triple = (subject, predicate, obj)
        return term

    def n3(self, namespace_manager=None) -> str:
        return str(self)

    def __reduce__(self):  # URIRef's would rebuild a plain URIRef in a worker process
        return TripleTerm, self.triple

    def __repr__(self) -> str:
        return f"TripleTerm{self.triple!r}"


def has_triple_terms(graph: Graph) -> bool:
    return any(isinstance(o, TripleTerm) for o in graph.objects(None, RDF_REIFIES))


def to_ox(term):
    """rdflib term -> pyoxigraph term (a pyoxigraph term is returned as it is).

    Raises InputError for a term that is not valid RDF (an IRI that is no RFC 3987 IRI, a bad
    language tag): rdflib's parsers let some through, pyoxigraph does not."""
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
        return term
    if isinstance(term, TripleTerm):
        return ox.Triple(*map(to_ox, term.triple))
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as exc:
        shown = ascii(str(term)) if len(str(term)) <= 120 else ascii(str(term)[:117] + "...")
        raise InputError(f"{shown} is not a valid RDF term ({' '.join(str(exc).split())})",
                         hint="IRIs must be RFC 3987 IRIs: no spaces, control characters or bad %-escapes") from None
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term):
    """pyoxigraph term -> rdflib term; a plain string literal comes back without a datatype, as rdflib parses it."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.Triple):
        return TripleTerm(from_ox(term.subject), from_ox(term.predicate), from_ox(term.object))
    raise TypeError(f"not an RDF term: {term!r}")


def sorted_ox_triples(graph: Graph) -> list:
    """The graph's triples as pyoxigraph triples, sorted by their N-Triples text: same graph, same order."""
    triples = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph]
    return sorted(triples, key=str)


def parse_rdf12(data: bytes, rdflib_format: str) -> Graph | Dataset:
    """Parse RDF 1.2 data (with triple terms) into an rdflib Graph, or a Dataset for TriG and N-Quads.

    Raises SyntaxError (pyoxigraph's) on malformed data and ValueError for a format without triple terms.
    """
    if rdflib_format not in OX_FORMATS:
        raise ValueError(f"{rdflib_format} cannot hold RDF 1.2 triple terms")
    quads = ox.parse(data, format=OX_FORMATS[rdflib_format])
    if rdflib_format in ("trig", "nquads"):
        result = Dataset()
        for q in quads:
            graph = (result.default_graph if isinstance(q.graph_name, ox.DefaultGraph)
                     else result.graph(from_ox(q.graph_name)))
            graph.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return result
    graph = Graph()
    for q in quads:
        graph.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return graph


def parse_file(path, rdflib_format: str) -> Graph | Dataset:
    """A graph file (a Dataset for TriG and N-Quads) read by rdflib, or, when rdflib cannot read it and
    it holds triple terms, by pyoxigraph. Raises what the parser raises."""
    target = Dataset() if rdflib_format in ("trig", "nquads") else Graph()
    try:
        return target.parse(path, format=rdflib_format)
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        raise
    except Exception:
        with open(path, "rb") as handle:
            data = handle.read()
        if rdflib_format in OX_FORMATS and looks_like_rdf12(data):
            return parse_rdf12(data, rdflib_format)
        raise


@contextlib.contextmanager
def reading_graph_file(path: Path, *, not_rdf: tuple = (), unreadable: tuple = ()):
    """A graph file's reading errors as kg's: missing, a folder, `unreadable` (InputError), `not_rdf`
    (NotRdf). kg's own errors (a term pyoxigraph refuses) pass as they are."""
    try:
        yield
    except InputError:
        raise
    except FileNotFoundError as exc:
        raise MissingInput(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a folder, not a graph file") from exc
    except unreadable as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from exc
    except not_rdf as exc:
        raise not_rdf_error(str(path), exc) from exc


def not_rdf_error(names: str, exc: Exception) -> NotRdf:
    return NotRdf(f"{names}: not a readable RDF graph ({type(exc).__name__}: {' '.join(str(exc).split())[:300]})",
                  hint="give Turtle (.ttl), N-Triples, N-Quads, TriG, JSON-LD or RDF/XML")


def looks_like_rdf12(data: bytes) -> bool:
    """Triple terms (`<<( ... )>>`, or RDF/XML's parseType="Triple"): rdflib cannot read these."""
    return b"<<" in data or b'parseType="Triple"' in data
