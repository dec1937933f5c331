"""Emit stage for the streamed formats: `Resolved` -> the triples `kg.map.to_graph` makes, as N-Triples terms.

`kg.map.to_graph` builds an rdflib Graph: every `Graph.add` updates three
indexes, and every `Literal` parses its lexical form, and for the ~280
triples of an article (70% of them reified evidence) that costs more than
the extraction rules. N-Triples and N-Quads need no graph: this module makes
each term once as the text N-Triples writes for it (`<iri>`, `"text"`,
`"5"^^<...#integer>`), keeps the triples as a set of such tuples (what
`kg.shacl_fast` checks) and writes their sorted lines, byte for byte what
`kg.serialize.serialize(to_graph(...), "nt")` writes (tests/test_emit.py
compares them). Only the default provenance (reification) is made here; the
pipeline builds the rdflib graph for anything else.
"""
from __future__ import annotations

from rdflib import RDF, RDFS, OWL, SKOS, XSD, Literal
from rdflib.namespace import PROV

from .map import check_base_iri
from .model import Resolved
from .names import clean_text, short_hash
from .namespace import DEFAULT_BASE_IRI, KG_IRI

_DATATYPES = {"date": XSD.date, "decimal": XSD.decimal, "": XSD.string}


def term_text(term) -> str:
    """An rdflib term as rdflib's N-Triples serializer writes it."""
    if isinstance(term, Literal):
        text = literal_text(str(term))
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^<{term.datatype}>" if term.datatype else text
    return term.n3()


def literal_text(lexical: str) -> str:
    """A plain literal as N-Triples writes it (the escapes of rdflib's serializer)."""
    return '"%s"' % lexical.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")


def _iri(iri: str) -> str:
    return f"<{iri}>"


_TYPE, _LABEL, _ALT, _SAME = (_iri(t) for t in (RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs))
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = (_iri(t) for t in (RDF.Statement, RDF.subject, RDF.predicate, RDF.object))
_DERIVED = _iri(PROV.wasDerivedFrom)
_INTEGER, _DECIMAL = f"^^<{XSD.integer}>", f"^^<{XSD.decimal}>"


def _kg(name: str) -> str:
    return f"<{KG_IRI}{name}>"


_EVIDENCE, _START, _END, _CONFIDENCE, _RULE = (_kg(n) for n in ("evidence", "sentenceStart", "sentenceEnd",
                                                                 "confidence", "extractionRule"))
_STATUS, _ARTICLE, _URL = _kg("status"), _kg("Article"), _kg("url")
_HASH, _DATE, _SOURCE = _kg("contentHash"), _kg("publicationDate"), _kg("sourceFile")


class _Terms(dict):
    """key -> term, made once per call (every statement names its article, a few confidences...)."""

    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key):
        term = self[key] = self._make(key)
        return term


class Triples:
    """Distinct triples of N-Triples terms, held as predicate -> subject -> objects: the index `kg.shacl_fast`
    reads, made as the triples are (no second pass over them)."""

    def __init__(self) -> None:
        self.by_predicate: dict[str, dict[str, set[str]]] = {}

    def table(self, predicate: str) -> dict[str, set[str]]:
        """subject -> objects of one predicate, to add to."""
        found = self.by_predicate.get(predicate)
        if found is None:
            found = self.by_predicate[predicate] = {}
        return found

    def add(self, triple: tuple[str, str, str]) -> None:
        s, p, o = triple
        objects = self.table(p).get(s)
        if objects is None:
            self.by_predicate[p][s] = {o}
        else:
            objects.add(o)

    def discard(self, triple: tuple[str, str, str]) -> None:
        s, p, o = triple
        objects = self.by_predicate.get(p, {}).get(s)
        if objects is not None:
            objects.discard(o)
            if not objects:
                del self.by_predicate[p][s]

    def __contains__(self, triple) -> bool:
        s, p, o = triple
        return o in self.by_predicate.get(p, {}).get(s, ())

    def __iter__(self):
        for p, table in self.by_predicate.items():
            for s, objects in table.items():
                for o in objects:
                    yield s, p, o

    def __len__(self) -> int:
        return sum(len(objects) for table in self.by_predicate.values() for objects in table.values())


def triples(resolved: Resolved, base_iri: str = DEFAULT_BASE_IRI) -> Triples:
    """The triples `kg.map.to_graph` would put in its graph, each term as its N-Triples text."""
    base = check_base_iri(base_iri)
    out = Triples()
    add = out.add
    iri = _Terms(lambda path: f"<{base}{path}>")
    kg = _Terms(_kg)
    plain = _Terms(lambda text: literal_text(clean_text(text)))
    # typed literals other than offsets and confidences are few: rdflib makes them, so its normalisation
    # of their lexical forms is kept
    typed = _Terms(lambda pair: term_text(Literal(pair[0], datatype=pair[1])))
    for article in resolved.articles:
        node = iri["article/" + article.id]
        add((node, _TYPE, _ARTICLE))
        add((node, _LABEL, plain[article.title or article.source or "untitled article"]))
        add((node, _HASH, literal_text(article.id)))
        if article.date:
            add((node, _DATE, typed[article.date.isoformat(), XSD.date]))
        if article.source:
            add((node, _SOURCE, plain[article.source]))
        if article.url:  # what identifies the article in a store (kg.store.article_key), as kg.map writes it
            add((node, _URL, typed[clean_text(article.url), XSD.anyURI]))
    for n in resolved.nodes:
        node = iri[n.id]
        add((node, _TYPE, kg[n.kind]))
        for name, values in n.attributes:
            if name == "alsoKind":
                for kind in values:
                    add((node, _TYPE, kg[kind]))
            elif name == "status":
                for value in values:
                    add((node, _STATUS, literal_text(value)))
        add((node, _LABEL, plain[n.label]))
        for alias in n.aliases:
            add((node, _ALT, plain[alias]))
        for link in n.same_as:
            add((node, _SAME, _iri(link)))

    evidence_text = _Terms(lambda text: literal_text(clean_text(" ".join(text.split()))))
    integer = _Terms(lambda n: f'"{n}"{_INTEGER}')
    decimal = _Terms(lambda c: f'"{c:.3f}"{_DECIMAL}')
    # a statement is a new subject with one object for each of these: its tables are filled directly
    statement_tables = [out.table(p) for p in (_TYPE, _SUBJECT, _PREDICATE, _OBJECT, _EVIDENCE, _DERIVED, _START,
                                               _END, _CONFIDENCE, _RULE)]
    subjects = statement_tables[1]
    for t in resolved.triples:
        subject, predicate = iri[t.subject], kg[t.predicate]
        if not t.literal:
            obj = iri[t.object]
        elif t.datatype == "":
            obj = plain[t.object]
        else:
            obj = typed[t.object, _DATATYPES[t.datatype]]
        add((subject, predicate, obj))
        best: dict[tuple, object] = {}
        for ev in t.evidence:  # one statement per sentence, with its strongest reading (as kg.map)
            key = (ev.article_id, ev.sentence.start, ev.sentence.end)
            if key not in best or ev.confidence > best[key].confidence:
                best[key] = ev
        for (article_id, start, end), ev in sorted(best.items()):
            statement = f"<{base}statement/" + short_hash(
                f"{t.subject}|{t.predicate}|{t.object}|{article_id}|{start}", 16) + ">"
            values = (_STATEMENT, subject, predicate, obj, evidence_text[ev.text], iri["article/" + article_id],
                      integer[start], integer[end], decimal[ev.confidence], plain[ev.rule])
            if statement in subjects:  # met before (one IRI for two readings): add to its values, as a graph would
                for table, value in zip(statement_tables, values):
                    table[statement].add(value)
                continue
            for table, value in zip(statement_tables, values):
                table[statement] = {value}
    return out


def ntriples(terms) -> bytes:
    """Sorted, distinct N-Triples lines, as `kg.serialize.serialize(graph, "nt")` writes them (`terms`: a
    `Triples` or any iterable of distinct (s, p, o) N-Triples terms)."""
    if isinstance(terms, Triples):
        lines = [f"{s} {p} {o} .\n" for p, table in terms.by_predicate.items() for s, objects in table.items()
                 for o in objects]
    else:
        lines = [f"{s} {p} {o} .\n" for s, p, o in terms]
    lines.sort()
    return "".join(lines).encode("utf-8")
