"""Store stage: the graph in a SPARQL store, one named graph per article.

An embedded pyoxigraph store on disk (`kg load`, `kg query --store`, `kg export`)
and any SPARQL 1.1 server over HTTP (`kg push`) get the same named graphs:

- `<base>graph/<article-id>`: the article node, the statements derived from the
  article, the relation triples those statements reify, and the descriptive
  triples (type, labels, sameAs, status, literal attributes) of every node the
  article mentions (the subject or object of one of its statements);
- `<base>graph/reference`: triples no article supports (e.g. an affiliation
  from a linking table), with the descriptive triples of the nodes they touch
  and of nodes no statement mentions; it is merged into, never replaced;
- `<base>graph/file/<name>`: a graph file with no article nodes, whole.

Loading an article again replaces its named graph (what it no longer says is
deleted and what is new inserted, in one transaction), so the store never holds
two copies of an article's facts.
Queries see the union of all graphs as their default graph.
"""
from __future__ import annotations

import base64
import gc
import http.client
import itertools
import operator
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV

from .errors import ArticleNotInStore, InputError, NotRdf, StoreError
from .model import Resolved
from .names import short_hash
from .namespace import DEFAULT_BASE_IRI, KG, KG_IRI, RDF_REIFIES
from .rdf12 import TripleTerm, not_rdf_error, parse_file, reading_graph_file, to_ox

STANDARD_PREFIXES = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
}
QUERY_PREFIXES = {**STANDARD_PREFIXES, "kg": KG_IRI}
# Triples that describe a node rather than relate it: they go wherever the node is mentioned.
DESCRIPTIVE = frozenset({RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs, KG.status})
REFERENCE = "reference"
# file suffix -> (rdflib parser, pyoxigraph format)
RDF_SUFFIXES = {
    ".ttl": ("turtle", ox.RdfFormat.TURTLE), ".nt": ("nt", ox.RdfFormat.N_TRIPLES),
    ".nq": ("nquads", ox.RdfFormat.N_QUADS), ".trig": ("trig", ox.RdfFormat.TRIG),
    ".jsonld": ("json-ld", ox.RdfFormat.JSON_LD), ".json": ("json-ld", ox.RdfFormat.JSON_LD),
    ".rdf": ("xml", ox.RdfFormat.RDF_XML), ".xml": ("xml", ox.RdfFormat.RDF_XML), ".owl": ("xml", ox.RdfFormat.RDF_XML),
}
EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML, "rdfxml": ox.RdfFormat.RDF_XML,
}
EXPORT_SUFFIX_FORMAT = {".ttl": "turtle", ".nt": "nt", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld",
                        ".json": "jsonld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}
UPDATE_BATCH = 10_000  # triples per INSERT DATA request when pushing over SPARQL Update

Triple3 = tuple  # (subject, predicate, object) as rdflib terms


# --------------------------------------------------------------------------- splitting


@dataclass
class _Split:
    """Named graphs a splitter made. A `replace` graph, once loaded, holds exactly these triples (or
    lines); the others (the reference graph) are merged into."""

    graphs: dict = field(default_factory=dict)  # graph -> its triples (`NamedGraphs`) or lines (`LineGraphs`)
    replace: set[URIRef] = field(default_factory=set)
    articles: dict[URIRef, str] = field(default_factory=dict)  # article graph -> content hash
    # objects that may be one term in two forms ("0.90", "0.9"), when they are known (`_scan`, `_split_ox`)
    variants: set | None = None
    loose: bool = False  # a string may be written two ways (`_plain_lines`)

    def __len__(self) -> int:
        return sum(len(triples) for triples in self.graphs.values())

    def distinct_quads(self, names: list) -> int | None:
        """The quads these graphs are in a store: one a triple or line, unless two may be one quad or
        that is not known (then None)."""
        if not names:
            return 0
        if self.loose or self.variants is None or not _one_form_each(self.variants):
            return None
        return sum(len(self.graphs[name]) for name in names)


@dataclass
class NamedGraphs(_Split):
    """A graph split into named graphs of rdflib or pyoxigraph triples."""

    def merge(self, other: "NamedGraphs") -> None:
        for name, triples in other.graphs.items():
            self.graphs.setdefault(name, set()).update(triples)
        self.replace |= other.replace
        self.articles.update(other.articles)
        self.variants = None  # not known for the merged graphs (`_split_ox` tells it once all are in)


def graph_iri(base: str, name: str) -> URIRef:
    return URIRef(f"{base}graph/{name}")


def file_graph_iri(path: str | Path, base: str = DEFAULT_BASE_IRI) -> URIRef:
    return graph_iri(base, "file/" + urllib.parse.quote(Path(path).name, safe=""))


def _article_ids(graph: Graph) -> dict[URIRef, str]:
    ids = {}
    for article in graph.subjects(RDF.type, KG.Article):
        if isinstance(article, URIRef):
            content_hash = graph.value(article, KG.contentHash)
            ids[article] = str(content_hash) if content_hash is not None else article.rsplit("/", 1)[-1]
    return ids


def article_key(content_hash: str, url: str | None = None) -> str:
    """What names an article's graph in a store (`<base>graph/<key>`): its URL (kg:url, from a `url:`
    header or JSON "url") when it has one, so a corrected version replaces the earlier one; else its
    content hash. Every path that splits a graph by article must use this."""
    return f"url-{short_hash(url.strip(), 16)}" if url and url.strip() else content_hash


def _reified_triple(graph: Graph, statement) -> Triple3 | None:
    """The relation a statement node stands for: an RDF 1.2 triple term, or rdf:subject/predicate/object."""
    term = graph.value(statement, RDF_REIFIES)
    if isinstance(term, TripleTerm):
        return term.triple
    parts = tuple(graph.value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    return None if None in parts else parts


def _base_of(article: URIRef, article_id: str) -> str:
    tail = "article/" + article_id
    return str(article)[: -len(tail)] if str(article).endswith(tail) else DEFAULT_BASE_IRI


def split_by_article(graph: Graph, *, name: str | Path = "graph") -> NamedGraphs:
    """Split a graph into per-article named graphs (see the module docstring).

    `name` names the one graph a graph without article nodes goes to (usually its file name).
    """
    articles = _article_ids(graph)
    if not articles:
        target = file_graph_iri(name)
        return NamedGraphs({target: set(graph)}, {target})
    base = _base_of(*min(articles.items()))
    home = {article: graph_iri(base, article_key(article_id, graph.value(article, KG.url)))
            for article, article_id in articles.items()}
    reference = graph_iri(base, REFERENCE)

    routing = _Routing(home, reference, DESCRIPTIVE)
    for statement in set(graph.subjects(RDF.type, RDF.Statement)) | set(graph.subjects(RDF_REIFIES, None)):
        parts = _reified_triple(graph, statement)
        mentions = () if parts is None else [n for n in (parts[0], parts[2]) if not isinstance(n, Literal)]
        routing.statement(statement, graph.objects(statement, PROV.wasDerivedFrom), parts, mentions)
    out = _route(graph, routing, Literal)
    return NamedGraphs(dict(out), set(home.values()), {home[a]: i for a, i in articles.items()})


class _Routing:
    """The module docstring's rules, in one place for every splitter: which named graphs a triple goes to.
    Its nodes may be rdflib terms, pyoxigraph terms or N-Triples tokens (bytes); each splitter finds the
    articles and statements in its own way, tells them here, then asks where each triple goes."""

    def __init__(self, home: dict, reference: URIRef, descriptive_predicates: frozenset) -> None:
        self.home = {node: (graph,) for node, graph in home.items()}  # article node -> its graph
        self.reference, self.only_reference = reference, (reference,)
        self.descriptive = descriptive_predicates
        self.statement_graphs: dict = {}  # statement node -> its graphs
        self.reified: dict[tuple, set] = {}  # (subject, predicate, object) a statement stands for -> graphs
        self.mentioned: dict[object, set] = {}  # node -> the graphs its descriptive triples go to

    def statement(self, node, derived_from: Iterable, parts: tuple | None, mentions: Iterable = ()) -> None:
        """A statement node goes to the graphs of the articles it was derived from, else the reference
        graph; so does the relation it stands for (`parts`, None when it names none), and `mentions` (that
        relation's subject and object, less literals) are mentioned there."""
        home, targets = self.home, None
        for article in derived_from:
            graph = home.get(article)  # one tuple per graph, shared by its statements
            if graph is not None and (targets is None or graph[0] not in targets):
                targets = graph if targets is None else tuple(sorted(targets + graph))
        targets = targets or self.only_reference
        self.statement_graphs[node] = targets
        if parts is not None:
            self.relation(parts, targets, mentions)

    def relation(self, parts: tuple, targets: tuple, mentions: Iterable) -> None:
        """A relation a statement in `targets` stands for, and the nodes it mentions there."""
        _join(self.reified, parts, targets)
        for node in mentions:
            _join(self.mentioned, node, targets)

    def of_subject(self, subject) -> tuple | None:
        """The graphs of every triple about an article or a statement; None for any other subject."""
        return self.home.get(subject) or self.statement_graphs.get(subject)

    def of_other(self, subject, predicate, obj, literal: bool):
        """The graphs of a triple whose subject is no article or statement: those of the statements that
        stand for it; None for a descriptive one (type, labels, a literal attribute), which goes where its
        subject is mentioned (`of_descriptive`, asked once every triple is routed); else a relation no
        article states, in the reference graph, which mentions its nodes there."""
        targets = self.reified.get((subject, predicate, obj))
        if targets:
            return targets
        if literal or predicate in self.descriptive:
            return None
        for node in (subject, obj):
            _join(self.mentioned, node, self.only_reference)
        return self.only_reference

    def of_descriptive(self, subject):
        return self.mentioned.get(subject) or self.only_reference


def _join(table: dict, key, graphs: tuple) -> None:
    """`graphs` added to the set `table` holds for `key`."""
    known = table.get(key)
    if known is None:
        table[key] = set(graphs)
    else:
        known.update(graphs)


def _route(triples, routing: _Routing, literal_type) -> dict:
    """Each triple (rdflib or pyoxigraph terms) to its named graphs."""
    out: dict[URIRef, set[Triple3]] = defaultdict(set)
    descriptive: list[Triple3] = []
    of_subject, of_other = routing.of_subject, routing.of_other
    for triple in triples:
        subject, predicate, obj = triple
        targets = of_subject(subject)
        if targets is None:
            targets = of_other(subject, predicate, obj, isinstance(obj, literal_type))
            if targets is None:
                descriptive.append(triple)
                continue
        for target in targets:
            out[target].add(triple)
    for triple in descriptive:
        for target in routing.of_descriptive(triple[0]):
            out[target].add(triple)
    return out


def _parse(path: Path) -> Graph | Dataset:
    rdflib_format = RDF_SUFFIXES.get(path.suffix.lower(), ("turtle", None))[0]
    with reading_graph_file(path, not_rdf=(Exception,)):  # rdflib raises many parser-specific errors
        return parse_file(path, rdflib_format)  # RDF 1.2 triple terms through pyoxigraph


def split_files(paths: Iterable[Path]) -> NamedGraphs:
    """Read graph or dataset files and split them into named graphs.

    The default graphs of all files that hold article nodes are split together (so an article's
    facts spread over two files still meet); a file without article nodes is one graph of its own;
    a dataset's own named graphs are kept as they are (and replaced on load).
    """
    result, articles = NamedGraphs(), Graph()
    for path in map(Path, paths):
        data = _parse(path)
        default = Graph()
        if isinstance(data, Dataset):
            for graph in data.graphs():
                if graph.identifier == data.default_graph.identifier or not isinstance(graph.identifier, URIRef):
                    default += graph
                elif len(graph):
                    result.merge(NamedGraphs({graph.identifier: set(graph)}, {graph.identifier}))
        else:
            default = data
        if not len(default):
            continue
        if _article_ids(default):
            articles += default
        else:
            result.merge(split_by_article(default, name=path.name))
    if len(articles):
        result.merge(split_by_article(articles))
    return result


def split_file(path: Path) -> NamedGraphs:
    return split_files([path])


# --------------------------------------------------------------------------- terms


def _key(term) -> str:
    return "" if isinstance(term, ox.DefaultGraph) else str(term)


def _ntriples(triples: Iterable[Triple3]) -> list[str]:
    """Sorted N-Triples lines (valid Turtle and valid SPARQL INSERT DATA content)."""
    return sorted({f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in triples})


def replace_graph_update(graph: URIRef | str, lines: list[str], *, drop: bool = True) -> str:
    """SPARQL 1.1 Update text: drop a named graph, then insert N-Triples lines into it."""
    name = f"<{graph}>"
    parts = [f"DROP SILENT GRAPH {name}"] if drop else []
    if lines:
        body = "\n".join(lines)
        parts.append(f"INSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
    return " ;\n".join(parts)


# --------------------------------------------------------------------------- the embedded store


def is_store(path: Path) -> bool:
    return (Path(path) / "CURRENT").is_file()


def open_store(path: str | Path, *, create: bool = False, read_only: bool = False) -> ox.Store:
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder", hint="give the folder `kg load --store` created")
    if not is_store(path):
        if not create:
            raise StoreError(f"{path}: no store there", hint=f"create one with: kg load GRAPH_FILE --store {path}")
        if path.exists() and any(path.iterdir()):
            raise StoreError(f"{path}: the folder is not empty and holds no store",
                             hint="give a new or empty folder for the store")
    attempts = READ_ATTEMPTS if read_only else 1
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except (OSError, RuntimeError) as exc:
            if attempt < attempts - 1 and is_transient_read_error(exc):
                time.sleep(0.05 * 2 ** min(attempt, 4))
                continue
            if isinstance(exc, RuntimeError) and not is_transient_read_error(exc):
                raise
            raise StoreError(f"{path}: the store cannot be opened ({' '.join(str(exc).split())})",
                             hint="another process (a kg command or an oxigraph server) may have it open"
                             if not read_only else "a build or load may be writing it; try again") from exc
    raise AssertionError("unreachable")


READ_ATTEMPTS = 8  # read-only opens of a store that another process is writing
_TRANSIENT_MARKERS = ("Corruption", "MANIFEST", "No such file or directory", "IO error")


def is_transient_read_error(exc: BaseException) -> bool:
    """An error a read-only view of a store gives while another process writes it (a compaction
    removed a file the view's manifest names): the store is fine, and opening it again works."""
    return isinstance(exc, (OSError, RuntimeError)) and any(m in str(exc) for m in _TRANSIENT_MARKERS)


@dataclass(frozen=True)
class LoadStats:
    graphs: int  # named graphs written
    triples: int  # quads written: what the graphs loaded hold, each once, as the store holds it
    articles: tuple[str, ...]  # content hashes of the articles (re)loaded
    store_quads: int  # quads in the store afterwards
    store_graphs: int


def load_into(store: ox.Store, named: "NamedGraphs | LineGraphs", *, bulk: bool = False) -> LoadStats:
    """Write named graphs into a store. A graph in `named.replace` ends up holding exactly the new
    triples: what it held and no longer should is deleted in the same transaction that adds the rest.

    ``bulk`` (`kg load`): the graphs the store does not hold yet go in through pyoxigraph's bulk
    loader, all at once and without a transaction (an interrupted load is mended by loading again:
    the graphs then exist and are replaced). The stats count each quad once, as the store holds it."""
    was_empty = next(iter(store), None) is None
    fresh, held = [], []
    for name in sorted(named.graphs):
        (fresh if bulk and not store.contains_named_graph(ox.NamedNode(str(name))) else held).append(name)
    held_quads = (_load_lines if isinstance(named, LineGraphs) else _load_terms)(store, named, fresh, held)
    store.flush()
    # Counting the store reads all of it (1.5 s of 40 at 10,000 articles). A held graph's quads are counted
    # as it is written; the new graphs' are told from their lines or terms, unless two of those may be one
    # quad in a store: then the new graphs are counted in the store.
    fresh_quads, store_quads = named.distinct_quads(fresh), None
    if fresh_quads is None and was_empty:
        store_quads = len(store)
        fresh_quads = store_quads - held_quads
    elif fresh_quads is None:
        fresh_quads = _quads_in(store, fresh)
    written = held_quads + fresh_quads
    if store_quads is None:
        store_quads = written if was_empty else len(store)
    return LoadStats(len(named.graphs), written, tuple(sorted(named.articles.values())),
                     store_quads, sum(1 for _ in store.named_graphs()))


def _quads_in(store: ox.Store, graphs: list) -> int:
    """The quads in these named graphs of a store."""
    if not graphs:
        return 0
    names = " ".join(f"<{name}>" for name in graphs)
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {names} }} GRAPH ?g {{ ?s ?p ?o }} }}")
    return int(next(iter(rows))["n"].value)


_XSD_STRING = ox.NamedNode(str(XSD.string))


def _one_form_each(objects: set) -> bool:
    """Whether no two of these objects (N-Triples text, or pyoxigraph terms) are one term in a
    store, and none is a plain string there (`"x"^^xsd:string` is `"x"`): then triples that differ are
    quads that differ. Each is written once into a store in memory, which holds a literal in its
    canonical form ("0.90"^^xsd:decimal as "0.9")."""
    if not objects:
        return True
    staged, predicate = ox.Store(), ox.NamedNode("urn:x:o")
    try:
        if isinstance(next(iter(objects)), bytes):
            staged.bulk_load(input=b"".join(b"<urn:x:%d> <urn:x:o> %s .\n" % (i, o) for i, o in enumerate(objects)),
                             format=ox.RdfFormat.N_TRIPLES)
        else:
            staged.extend(ox.Quad(ox.NamedNode(f"urn:x:{i}"), predicate, o) for i, o in enumerate(objects))
    except (SyntaxError, ValueError):
        return False
    held = [quad.object for quad in staged]
    return len({str(o) for o in held}) == len(objects) and not any(
        isinstance(o, ox.Literal) and o.language is None and o.datatype == _XSD_STRING for o in held)


def _load_terms(store: ox.Store, named: NamedGraphs, fresh: list, held: list) -> int:
    """The held graphs written one by one, the fresh ones through the bulk loader; the quads the held ones
    were given."""
    written = sum(_write_graph(store, ox.NamedNode(str(name)), named.graphs[name], replace=name in named.replace)
                  for name in held)
    if fresh:
        with _no_gc():
            store.bulk_extend(itertools.chain.from_iterable(
                _ox_quads(ox.NamedNode(str(name)), named.graphs[name]) for name in fresh))
    return written


def _ox_quads(node: ox.NamedNode, triples: set[Triple3]):
    """The triples as pyoxigraph quads in graph `node`; terms already pyoxigraph's (kg load's bulk path) are
    used as they are."""
    first = next(iter(triples), None)
    if first is not None and all(isinstance(t, (ox.NamedNode, ox.BlankNode, ox.Literal)) for t in first):
        return (ox.Quad(s, p, o, node) for s, p, o in triples)
    return (ox.Quad(to_ox(s), to_ox(p), to_ox(o), node) for s, p, o in triples)


class _no_gc:
    """Millions of small tuples make Python's cyclic collector rescan them again and again; they hold no
    cycles, so it sleeps while they are made (measured: half the time of splitting a 1M-triple file)."""

    def __enter__(self) -> None:
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc) -> None:
        if self.was:
            gc.enable()


def _write_graph(store: ox.Store, name: ox.NamedNode, triples: set[Triple3], *, replace: bool) -> int:
    """Write one graph's triples; the quads they are in the store."""
    staged = ox.Store()  # in memory: literals take the store's canonical form ("0.800" -> "0.8"), so they compare
    staged.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in triples)
    new = {str(q): q for q in staged}
    old = {str(q): q for q in store.quads_for_pattern(None, None, None, name)} if replace else {}
    if not old:
        store.extend(new.values())  # one transaction
        return len(new)
    stale = [old[k] for k in sorted(old.keys() - new.keys())]
    fresh = [new[k] for k in sorted(new.keys() - old.keys())]
    if not stale and not fresh:
        return len(new)
    if any(isinstance(term, ox.BlankNode) for q in stale for term in (q.subject, q.object)):
        # DELETE DATA takes no blank nodes: replace the whole graph
        store.update(replace_graph_update(name.value, [f"{q.triple} ." for q in new.values()]))
        return len(new)
    operations = []
    if stale:
        body = "\n".join(f"{q.triple} ." for q in stale)
        operations.append(f"DELETE DATA {{ GRAPH {name} {{\n{body}\n}} }}")
    if fresh:
        operations.append(replace_graph_update(name.value, [f"{q.triple} ." for q in fresh], drop=False))
    store.update(" ;\n".join(operations))  # one transaction
    return len(new)


# .. the bulk path: large files parsed by pyoxigraph and written with its bulk loader ..

BULK_SUFFIXES = {".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
                 ".trig": ox.RdfFormat.TRIG}
_OX = {name: ox.NamedNode(str(term)) for name, term in (
    ("type", RDF.type), ("article", KG.Article), ("hash", KG.contentHash), ("statement", RDF.Statement),
    ("derived", PROV.wasDerivedFrom), ("subject", RDF.subject), ("predicate", RDF.predicate),
    ("object", RDF.object), ("url", KG.url), ("reifies", RDF_REIFIES))}
_OX_DESCRIPTIVE = frozenset(ox.NamedNode(str(term)) for term in DESCRIPTIVE)


def read_graph_files(paths: Iterable[Path]) -> "NamedGraphs | LineGraphs":
    """`split_files` for `kg load`. N-Triples files in the plain form kg build writes are split as lines of
    text (`_split_lines_of_files`, the fastest); other N-Triples, N-Quads, Turtle and TriG files are parsed
    by pyoxigraph and split over its terms (`_split_ox`), several times faster than through rdflib; with any
    other format among them, all go through `split_files`. All three make the same named graphs."""
    paths = [Path(p) for p in paths]
    # files are split together (an article spread over two files meets itself), so one slow file takes all
    if not all(p.suffix.lower() in BULK_SUFFIXES for p in paths):
        return split_files(paths)
    with _no_gc():
        if all(p.suffix.lower() == ".nt" for p in paths) and (lines := _split_lines_of_files(paths)) is not None:
            return lines
        return _split_ox(paths)


def _parse_ox(path: Path) -> list:
    with reading_graph_file(path, not_rdf=(SyntaxError, ValueError, OSError)):
        return list(ox.parse(path=str(path), format=BULK_SUFFIXES[path.suffix.lower()], rename_blank_nodes=True))


def _split_ox(paths: list[Path]) -> NamedGraphs:
    """`split_files` over pyoxigraph terms: a dataset's own named graphs are kept, the default graphs
    holding articles are split together, a default graph with none is one graph named after its file."""
    result = NamedGraphs()
    with_articles: list[tuple] = []
    variants: set = set()
    literal, xsd_string = ox.Literal, _XSD_STRING
    for path in paths:
        default = []
        for s, p, o, graph in _parse_ox(path):  # quads, in the default graph for N-Triples and Turtle
            kind = type(o)  # see `_is_variant`
            if kind is literal and o.datatype != xsd_string or kind is ox.Triple:
                variants.add(o)
            if isinstance(graph, ox.NamedNode):
                result.graphs.setdefault(URIRef(graph.value), set()).add((s, p, o))
                result.replace.add(URIRef(graph.value))
            else:
                default.append((s, p, o))
        if any(p == _OX["type"] and o == _OX["article"] for _, p, o in default):
            with_articles += default
        elif default:
            target = file_graph_iri(path.name)
            result.merge(NamedGraphs({target: set(default)}, {target}))
    if with_articles:
        result.merge(_split_ox_articles(with_articles))
    result.variants = variants
    return result


def _split_ox_articles(triples: list[tuple]) -> NamedGraphs:
    """`split_by_article`'s routing (see the module docstring), on pyoxigraph terms."""
    out_of: dict = defaultdict(list)  # subject -> [(predicate, object)]
    for s, p, o in triples:
        out_of[s].append((p, o))
    first = lambda node, predicate: next((o for p, o in out_of.get(node, ()) if p == predicate), None)  # noqa: E731
    articles = {}
    for s, pos in out_of.items():
        if isinstance(s, ox.NamedNode) and (_OX["type"], _OX["article"]) in pos:
            content_hash = first(s, _OX["hash"])
            articles[s] = content_hash.value if content_hash is not None else s.value.rsplit("/", 1)[-1]
    base = _base_of(*min(((URIRef(a.value), i) for a, i in articles.items())))
    # named as split_by_article names them: by the article's URL when it has one (kg.store.article_key)
    home = {a: graph_iri(base, article_key(i, url.value if (url := first(a, _OX["url"])) is not None else None))
            for a, i in articles.items()}
    routing = _Routing(home, graph_iri(base, REFERENCE), _OX_DESCRIPTIVE)
    for s, pos in out_of.items():
        term = first(s, _OX["reifies"])  # an RDF 1.2 reifier stands for its triple term
        if (_OX["type"], _OX["statement"]) not in pos and not isinstance(term, ox.Triple):
            continue
        parts = ((term.subject, term.predicate, term.object) if isinstance(term, ox.Triple)
                 else tuple(first(s, _OX[k]) for k in ("subject", "predicate", "object")))
        parts = None if None in parts else parts
        mentions = () if parts is None else [n for n in (parts[0], parts[2]) if not isinstance(n, ox.Literal)]
        routing.statement(s, (o for p, o in pos if p == _OX["derived"]), parts, mentions)
    out = _route(triples, routing, ox.Literal)
    return NamedGraphs(dict(out), set(home.values()), {home[a]: i for a, i in articles.items()})


# .. the line path: N-Triples as kg build writes them, split as lines of text ..
#
# Making a pyoxigraph term of every subject, predicate and object in Python, and a Quad of every triple
# again to write it, cost 12 s of CPU at 10,000 articles, and about as long again to free them. In the
# plain form kg build writes (one space between terms, " ." ending every line, no blank nodes, comments or
# \u escapes) equal text is an equal IRI, so the routing can key on the lines' text: one bytes split a line,
# and the lines go to the store's bulk loader as N-Quads text, parsed in Rust. Literals can be written in
# several ways for one term, so where a literal decides (the object of a reified relation) it is compared
# as pyoxigraph reads it.


def _term_token(term) -> bytes:
    return str(term).encode()


_LINE = {name: _term_token(term) for name, term in _OX.items()}
_LINE_DESCRIPTIVE = frozenset(map(_term_token, _OX_DESCRIPTIVE))
# lines that say what a node is (an article, a statement) or what a statement stands for
_LINE_WATCHED = frozenset(_LINE[k] for k in ("type", "derived", "subject", "predicate", "object", "hash", "url",
                                             "reifies"))
# what a plain N-Triples file never holds; single bytes are looked for first, as memchr finds them ten
# times faster than a two-byte pattern (this runs over the whole file)
_UCHAR = re.compile(rb"\\[uU]")
# \u and \U are not plain; \b, \f and \' are, but where one is, its character may also stand as it is
_ESCAPE = re.compile(rb"\\[uUbf']")
_TWO_SPACES = re.compile(rb"  ")


def _plain_lines(data: bytes) -> tuple[list[bytes] | None, bool]:
    """The file's lines without their " ." ends, when it is plain N-Triples (see above), else None; and
    whether it writes a character as \b, \f or \' (which may also stand as it is: two lines' text can then
    differ for one triple). (A line that starts with a space or "#" is found by `_split_article_lines`: its
    subject is not an IRI.)"""
    if not data:
        return [], False
    if not data.endswith(b" .\n") or b"\t" in data or b"\r" in data:
        return None, False
    escape = _ESCAPE.search(data) if b"\\" in data else None
    if escape is not None and escape[0] in (b"\\u", b"\\U") or escape is not None and _UCHAR.search(data, escape.end()):
        return None, False
    if (b"_" in data and b"_:" in data) or _TWO_SPACES.search(data):
        return None, False
    lines = data.split(b" .\n")
    lines.pop()  # the empty text after the last line
    if data.count(b"\n") != len(lines):  # a line does not end in " ."
        return None, False
    return lines, escape is not None


def _read_bytes(path: Path) -> bytes:
    with reading_graph_file(path, unreadable=(OSError,)):
        return path.read_bytes()


def _split_lines_of_files(paths: list[Path]) -> "LineGraphs | None":
    """`_split_ox` on lines of text, or None when a file is not plain N-Triples."""
    article_lines: list[bytes] = []
    result = LineGraphs(paths=paths)
    marker = b" " + _LINE["type"] + b" " + _LINE["article"] + b" .\n"  # only ever at the end of a line
    for path in paths:
        data = _read_bytes(path)
        lines, loose = _plain_lines(data)
        if lines is None:
            return None
        result.loose |= loose
        if marker in data:
            article_lines += lines
        elif lines:
            if any(line.count(b" ") < 2 for line in lines):  # not three terms: the term path says where
                return None
            target = file_graph_iri(path.name)
            # a file's graph holds a line once, however often it (or another file of that name) says it
            result.graphs[target] = list(dict.fromkeys(itertools.chain(result.graphs.get(target, ()), lines)))
            result.replace.add(target)
            result.variants.update(_variant_objects(lines))
        del data
    if article_lines:
        try:
            _split_article_lines(article_lines, result)
        except (ValueError, IndexError):  # a line that is not three terms
            return None
    return result


def _is_variant(o: bytes) -> bool:
    """An object whose text may differ for one term: a literal with a datatype or language (it neither
    ends in '"' nor, as an IRI does, starts with '<'), or a triple term ('<<')."""
    return o[-1:] != b'"' and (o[:1] != b"<" or o[:2] == b"<<")


def _variant_objects(lines: Iterable[bytes]) -> set[bytes]:
    """`_scan`'s `variants` of lines it does not see."""
    return {o for o in (line.split(b" ", 2)[2] for line in lines) if _is_variant(o)}


def _parse_lines(lines: list[bytes]) -> list[ox.Triple]:
    """Lines (without " .") as pyoxigraph reads them."""
    if not lines:
        return []
    return [quad.triple for quad in ox.parse(input=b" .\n".join(lines) + b" .\n", format=ox.RdfFormat.N_TRIPLES)]


def _parse_each(lines: list[bytes]) -> list[ox.Triple]:
    """`_parse_lines` for lines that must be one triple each, in order (a ValueError sends the files to the
    term path, whose parser reports what is wrong)."""
    try:
        triples = _parse_lines(lines)
    except SyntaxError as exc:
        raise ValueError(str(exc)) from exc
    if len(triples) != len(lines):
        raise ValueError("a line is not one triple")
    return triples


def _is_literal_or_triple(token: bytes) -> bool:
    """A literal or a triple term: text that may differ for one term (escapes, "x"^^xsd:string)."""
    return token[:1] == b'"' or token[:2] == b"<<"


def _scan(lines: list[bytes]) -> tuple[dict, list, set]:
    """Where each subject's lines are (runs of lines, [start, end) spans: kg build writes a subject's lines
    together, so a dict entry per run instead of per line), the (predicate, subject, object) of the lines
    `_LINE_WATCHED` names, in order, and the objects that are literals with a datatype or language, or
    triple terms: text that may differ for one term ("0.90" and "0.9" are one xsd:decimal in a store)."""
    spans: dict[bytes, list[tuple[int, int]]] = {}
    facts = []
    variants: set[bytes] = set()
    watched, variant = _LINE_WATCHED, variants.add
    previous, start = None, 0
    for i, line in enumerate(lines):
        s, p, o = line.split(b" ", 2)
        if s != previous:
            if previous is not None:
                spans.setdefault(previous, []).append((start, i))
            previous, start = s, i
        if p in watched:
            facts.append((p, s, o))
        if o[-1] != 34 and (o[0] != 60 or o[1] == 60):  # `_is_variant`, inline (an IndexError: not a term)
            variant(o)
    if previous is not None:
        spans.setdefault(previous, []).append((start, len(lines)))
    # copies, made together: the objects split out of the lines lie among millions freed, whose memory
    # they would keep from being given back (200 MB at 10,000 articles)
    return spans, facts, {bytes(bytearray(o)) for o in variants}


def _once(lines: list[bytes], spans: dict[bytes, list[tuple[int, int]]]) -> None:
    """Each subject's lines once: a line two files (or one file twice) hold would be written, and counted,
    twice. Lines repeat only within a subject's lines; kg build writes them sorted, so only a subject with
    several runs, or a run that is not in strictly rising order, is looked at (as one run appended to
    `lines`)."""
    falls = itertools.compress(range(1, len(lines)), map(operator.ge, lines, itertools.islice(lines, 1, None)))
    suspects = {s for s, runs in spans.items() if len(runs) > 1}
    for i in falls:
        s = lines[i].split(b" ", 1)[0]
        if lines[i - 1].startswith(s + b" "):  # inside a run
            suspects.add(s)
    looked_at = list(itertools.chain.from_iterable(lines[start:end] for s in suspects for start, end in spans[s]))
    if len(set(looked_at)) == len(looked_at):  # as in what kg build writes: nothing repeats
        return
    for s in suspects:
        runs = spans[s]
        once = list(dict.fromkeys(itertools.chain.from_iterable(lines[start:end] for start, end in runs)))
        if len(once) < sum(end - start for start, end in runs):
            spans[s] = [(len(lines), len(lines) + len(once))]
            lines += once


@dataclass
class _Facts:
    """What the watched lines say, as text: a dict per predicate, subject -> its first object (first in
    file order, as `_split_ox_articles`'s `first` takes it)."""

    articles: set[bytes] = field(default_factory=set)
    statements: set[bytes] = field(default_factory=set)
    derived: dict[bytes, list[bytes]] = field(default_factory=dict)  # statement -> articles
    first: dict[bytes, dict[bytes, bytes]] = field(default_factory=dict)

    @classmethod
    def of(cls, facts: list[tuple]) -> "_Facts":
        result = cls(first={_LINE[k]: {} for k in ("subject", "predicate", "object", "hash", "url", "reifies")})
        type_, derived, article, statement = _LINE["type"], _LINE["derived"], _LINE["article"], _LINE["statement"]
        add_statement, add_article, derived_of, first = (result.statements.add, result.articles.add,
                                                          result.derived.setdefault, result.first)
        for p, s, o in reversed(facts):  # a later write wins: `first` keeps the first in file order
            if p == type_:
                if o == statement:
                    add_statement(s)
                elif o == article:
                    add_article(s)
            elif p == derived:
                derived_of(s, []).append(o)
            else:
                first[p][s] = o
        return result


def _split_article_lines(lines: list[bytes], result: "LineGraphs") -> None:
    """`_split_ox_articles` on lines: the same graphs, each a list of lines."""
    spans, facts, variants = _scan(lines)
    if any(s[:1] != b"<" or s[:2] == b"<<" for s in spans):  # a comment, a space, not a subject IRI
        raise ValueError("not plain N-Triples")
    _once(lines, spans)
    result.variants |= variants
    known = _Facts.of(facts)
    del facts
    routing, articles = _line_articles(known)
    _line_statements(known, routing)
    out = result.graphs
    for target in itertools.chain.from_iterable(routing.home.values()):
        out.setdefault(target, [])
    out.setdefault(routing.reference, [])
    reified_pairs = {(s, p) for s, p, _ in routing.reified}
    of_subject, of_other = routing.of_subject, routing.of_other
    descriptive, undecided = [], []

    def place(s: bytes, line: bytes, targets) -> None:
        if targets is None:  # descriptive: placed once every relation is routed
            descriptive.append((s, line))
        else:
            for target in targets:
                out[target].append(line)

    for s, subject_spans in spans.items():
        targets = of_subject(s)
        if targets is not None:  # an article's or a statement's lines, a run at a time
            for target in targets:
                graph = out[target]
                for start, end in subject_spans:
                    graph += lines[start:end]
            continue
        for start, end in subject_spans:
            for line in lines[start:end]:
                _, p, o = line.split(b" ", 2)
                if (s, p) in reified_pairs and _is_literal_or_triple(o):
                    undecided.append(line)  # compared as a term below
                    continue
                place(s, line, of_other(s, p, o, o[:1] == b'"'))
    for line, triple in zip(undecided, _parse_each(undecided)):
        s, p, _ = line.split(b" ", 2)
        place(s, line, of_other(s, p, _term_token(triple.object), isinstance(triple.object, ox.Literal)))
    for s, line in descriptive:
        for target in routing.of_descriptive(s):
            out[target].append(line)
    if not out[routing.reference]:
        del out[routing.reference]
    result.replace |= {graph for graph, in routing.home.values()}
    result.articles.update({routing.home[a][0]: i for a, i in articles.items()})


def _line(s: bytes, p: bytes, o: bytes) -> bytes:
    return b" ".join((s, p, o))


def _line_articles(known: _Facts) -> tuple[_Routing, dict]:
    """The routing of the articles' lines (each article's graph named by `article_key`, as
    `split_by_article` names it), and each article's id."""
    subjects = sorted(known.articles)
    hashes, urls = known.first[_LINE["hash"]], known.first[_LINE["url"]]
    valued = [(s, p, values[s]) for s in subjects for p, values in ((_LINE["hash"], hashes), (_LINE["url"], urls))
              if s in values]
    value = {(s, p): t.object.value for (s, p, _), t in zip(valued, _parse_each([_line(*v) for v in valued]))}
    articles, keys = {}, {}
    for s in subjects:
        iri = s[1:-1].decode()
        content_hash = value.get((s, _LINE["hash"]))
        articles[s] = content_hash if content_hash is not None else iri.rsplit("/", 1)[-1]
        keys[s] = article_key(articles[s], value.get((s, _LINE["url"])))
    base = _base_of(*min((URIRef(s[1:-1].decode()), i) for s, i in articles.items()))
    home = {s: graph_iri(base, key) for s, key in keys.items()}
    return _Routing(home, graph_iri(base, REFERENCE), _LINE_DESCRIPTIVE), articles


def _line_statements(known: _Facts, routing: _Routing) -> None:
    """Each statement to `routing`, with the relation it stands for as tokens (subject, predicate, object
    text as pyoxigraph writes the term)."""
    first = known.first
    reifies = {s: o for s, o in first[_LINE["reifies"]].items() if o[:2] == b"<<"}
    statements = known.statements | reifies.keys()
    derived = known.derived
    subjects, predicates, objects = (first[_LINE[k]] for k in ("subject", "predicate", "object"))
    as_terms = []  # statements whose triple or object is compared as pyoxigraph reads it
    statement = routing.statement
    for s, o in objects.items():  # in the order the dicts were filled: their entries are near each other
        if s not in statements or s in reifies or s not in subjects or s not in predicates:
            continue
        if o[:1] == b'"' or o[:2] == b"<<":  # a literal or a triple term
            statement(s, derived.get(s, ()), None)
            as_terms.append((s, _line(s, _LINE["object"], o)))
        else:
            statement(s, derived.get(s, ()), (subjects[s], predicates[s], o), (subjects[s], o))
    for s in statements - routing.statement_graphs.keys():  # a reifier's relation is its triple term's, below
        statement(s, derived.get(s, ()), None)
    as_terms += [(s, _line(s, _LINE["reifies"], o)) for s, o in reifies.items()]
    for (s, _), triple in zip(as_terms, _parse_each([line for _, line in as_terms])):
        if s in reifies:
            term = triple.object
            parts = (_term_token(term.subject), _term_token(term.predicate), _term_token(term.object))
            obj = term.object
        else:
            obj = triple.object
            parts = (subjects[s], predicates[s], _term_token(obj))
        routing.relation(parts, routing.statement_graphs[s], parts[::2] if not isinstance(obj, ox.Literal)
                         else parts[:1])


@dataclass
class LineGraphs(_Split):
    """Named graphs as lists of N-Triples lines (without their " ."; each once in a graph), from
    `_split_lines_of_files`."""

    paths: list[Path] = field(default_factory=list)
    variants: set[bytes] = field(default_factory=set)

    def triples(self, name: URIRef) -> set[tuple]:
        """A graph's triples as pyoxigraph terms (for the graphs a store already holds)."""
        return {(t.subject, t.predicate, t.object) for t in self._parsed(self.graphs[name])}

    def _parsed(self, lines: list[bytes]) -> list[ox.Triple]:
        try:
            return _parse_lines(lines)
        except (SyntaxError, ValueError) as exc:
            raise self.not_rdf(exc) from exc

    def nquads(self, names: Iterable[URIRef]) -> Iterable[bytes]:
        """N-Quads text of these graphs, a graph at a time: each line gets its graph before the " ."."""
        for name in names:
            end = b" <" + str(name).encode() + b"> .\n"
            yield end.join(self.graphs[name]) + end

    def not_rdf(self, exc: Exception) -> NotRdf:
        """The error pyoxigraph gives on the file itself (with its line), else `exc` as a NotRdf."""
        for path in self.paths:
            try:
                for _ in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
                    pass
            except (SyntaxError, ValueError) as own:
                exc = own
                break
        return not_rdf_error(", ".join(str(p) for p in self.paths), exc)


def _load_lines(store: ox.Store, named: LineGraphs, fresh: list, held: list) -> int:
    """`_load_terms` for lines. Every line is read by pyoxigraph before the store changes: the graphs the
    store holds are parsed first, then the new ones go through the bulk loader, and if it finds a line it
    cannot read, what it wrote is removed before anything else is; only then are the held graphs replaced."""
    held = [(ox.NamedNode(str(name)), named.triples(name), name in named.replace) for name in held]
    if fresh:
        try:
            store.bulk_load(input=b"".join(named.nquads(fresh)),
                            format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, ValueError) as exc:
            for name in fresh:
                store.remove_graph(ox.NamedNode(str(name)))
            raise named.not_rdf(exc) from exc
    return sum(_write_graph(store, node, triples, replace=replace) for node, triples, replace in held)


def load_graph_into_store(graph: Graph | Resolved, store_path: str | Path, *,
                          base_iri: str = DEFAULT_BASE_IRI, name: str = "graph") -> LoadStats:
    """Load a built graph (or a `Resolved`, mapped with `base_iri`) into the store at `store_path`.

    For `kg build --store`: articles already there are replaced, never duplicated.
    """
    if isinstance(graph, Resolved):
        from .map import to_graph

        graph = to_graph(graph, base_iri)
    store = open_store(store_path, create=True)
    return load_into(store, split_by_article(graph, name=name))


def article_ids_in_store(store_path: str | Path) -> set[str]:
    """The kg:contentHash of every article in the store (empty when there is no store yet)."""
    if not is_store(Path(store_path)):
        return set()
    store = open_store(store_path, read_only=True)
    rows = store.query("SELECT DISTINCT ?h WHERE { ?a a kg:Article ; kg:contentHash ?h }",
                       prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
    return {row["h"].value for row in rows}


@dataclass(frozen=True)
class RemoveStats:
    graphs: tuple[str, ...]  # the named graphs removed
    quads: int  # quads removed
    missing: tuple[str, ...] = ()  # keys no article has: then nothing was removed
    store_quads: int = 0  # quads in the store afterwards


def remove_articles(store: ox.Store, keys: Iterable[str]) -> RemoveStats:
    """Remove the named graphs of the articles given by URL (kg:url), content hash (kg:contentHash) or
    article IRI. All or nothing: when a key matches no article, nothing is removed and the key is in
    `missing` (the caller raises `not_in_store(...)` once it has let go of the store).
    The reference graph, shared by all articles, is left as it is."""
    found: dict[str, set[ox.NamedNode]] = {key: set() for key in keys}
    kg_url, content_hash = ox.NamedNode(str(KG.url)), ox.NamedNode(str(KG.contentHash))
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Article)), None):
        if not isinstance(quad.graph_name, ox.NamedNode):
            continue
        names = {quad.subject.value} if isinstance(quad.subject, ox.NamedNode) else set()
        for predicate in (kg_url, content_hash):
            names |= {q.object.value for q in store.quads_for_pattern(quad.subject, predicate, None, quad.graph_name)}
        for key in found.keys() & names:
            found[key].add(quad.graph_name)
    missing = tuple(sorted(key for key, graphs in found.items() if not graphs))
    if missing:
        return RemoveStats((), 0, missing, len(store))
    graphs = sorted({g for names in found.values() for g in names}, key=lambda g: g.value)
    quads = sum(len(list(store.quads_for_pattern(None, None, None, g))) for g in graphs)
    for graph in graphs:
        store.remove_graph(graph)
    store.flush()
    return RemoveStats(tuple(g.value for g in graphs), quads, (), len(store))


def not_in_store(missing: Iterable[str]) -> ArticleNotInStore:
    return ArticleNotInStore(f"no article in the store has the URL, id or IRI {', '.join(map(repr, missing))}; "
                             "nothing was removed",
                             hint="list the articles with: kg query --store DIR "
                                  "'SELECT ?url ?id WHERE { ?a a kg:Article ; kg:contentHash ?id "
                                  "OPTIONAL { ?a kg:url ?url } }'")


def memory_store(paths: Iterable[Path]) -> ox.Store:
    """Graph files in an in-memory store, for `kg query FILE`."""
    store = ox.Store()
    for path in paths:
        fmt = RDF_SUFFIXES.get(Path(path).suffix.lower(), (None, ox.RdfFormat.TURTLE))[1]
        try:
            store.load(path=str(path), format=fmt)
        except FileNotFoundError as exc:
            raise InputError(f"{path}: no such file") from exc
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(f"{path}: not a readable RDF graph ({exc})") from exc
    return store


def query(store: ox.Store, text: str):
    """Run a SPARQL query over the union of the store's graphs, with kg: and the standard prefixes predeclared.

    A prefix the query declares itself wins. Raises SyntaxError for a malformed query.
    """
    return store.query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)


def _sorted_quads(store: ox.Store) -> list[ox.Quad]:
    return sorted(store, key=lambda q: (_key(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def export(store: ox.Store, fmt: str) -> bytes:
    """The store in one format, sorted. N-Quads and TriG keep the named graphs, the others get the union."""
    rdf_format = EXPORT_FORMATS[fmt]
    quads = _sorted_quads(store)
    if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        items: list = quads
    else:
        unique = {(str(q.subject), str(q.predicate), str(q.object)): q.triple for q in quads}
        items = [unique[k] for k in sorted(unique)]
        if rdf_format == ox.RdfFormat.JSON_LD:  # compacted with kg's @context, as `kg build` writes it
            from .rdf12 import from_ox
            from .serialize import serialize

            graph = Graph()
            for prefix, namespace in QUERY_PREFIXES.items():
                graph.bind(prefix, namespace)
            for t in items:
                graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
            return serialize(graph, "json-ld")
    prefixes = None if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES) else QUERY_PREFIXES
    return ox.serialize(items, format=rdf_format, prefixes=prefixes)


def store_graphs(store: ox.Store) -> NamedGraphs:
    """The store's named graphs (pyoxigraph terms), for pushing them elsewhere. `kg load` never
    writes the default graph; triples another tool put there are left out."""
    result = NamedGraphs()
    for quad in store:
        if isinstance(quad.graph_name, ox.NamedNode):
            name = URIRef(quad.graph_name.value)
            result.graphs.setdefault(name, set()).add((quad.subject, quad.predicate, quad.object))
            result.replace.add(name)
    return result


# --------------------------------------------------------------------------- pushing over HTTP


class Refused(StoreError):
    """The server answered, and said no."""

    def __init__(self, message: str, status: int, *, hint: str = "") -> None:
        self.status = status
        super().__init__(message, hint=hint)


def public_url(url: str) -> str:
    """The URL without any user:password part, for messages (a URL too broken to parse loses
    everything up to its last '@' before the host)."""
    try:
        parts = urllib.parse.urlsplit(url)
        if parts.username is None and parts.password is None:
            return url
        return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]))
    except ValueError:
        return re.sub(r"^([A-Za-z][\w+.-]*://)[^/?#]*@", r"\1", url)


def check_endpoint(url: str) -> str:
    """An http(s) URL with a host and no credentials in it; anything else is a StoreError, never a
    traceback (urllib raises ValueError on a bad port or IPv6 address)."""
    shown = public_url(url)
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number in range
        host = parts.hostname
    except ValueError as exc:
        raise StoreError(f"{shown!r} is not a valid URL ({exc})", hint="e.g. http://127.0.0.1:7878/store") from None
    if parts.scheme not in ("http", "https") or not host:
        raise StoreError(f"{shown!r} is not an http(s) URL", hint="e.g. http://127.0.0.1:7878/store")
    if any(c.isspace() or not c.isprintable() for c in url):
        raise StoreError(f"{ascii(shown)} is not a valid URL (it holds spaces or control characters)",
                         hint="percent-encode them (%20 for a space)")
    if parts.username is not None or parts.password is not None:
        raise StoreError(f"{shown}: credentials in the URL are not used",
                         hint="set KG_STORE_USER and KG_STORE_PASSWORD instead")
    return url


def gsp_url(endpoint: str, graph: str, param: str | None = None) -> str:
    """The Graph Store Protocol URL of one graph: ?graph= (standard) or ?graph-uri= (Virtuoso)."""
    parts = urllib.parse.urlsplit(endpoint)
    if param is None:
        param = "graph-uri" if "sparql-graph-crud" in parts.path else "graph"
    query_string = "&".join(filter(None, [parts.query, urllib.parse.urlencode({param: graph})]))
    return urllib.parse.urlunsplit(parts._replace(query=query_string))


MIN_MASKED_SECRET = 8  # a shorter secret is not replaced inside words ("e" in "Connection refused")
CREDENTIALS_HIDDEN = "(credentials hidden)"
# what a server may echo of a request's credentials: the header, or the scheme and its token
_AUTH_HEADER_RE = re.compile(r"(?i)(?:proxy-)?authori[sz]ation\b.*")
_AUTH_TOKEN_RE = re.compile(r"(?i)\b(basic|bearer)\s+(?!(?:realm|charset|scope|error)\s*=)[A-Za-z0-9+/._~-]{4,}=*"
                            r"|\bdigest\s+(?!realm\s*=)\w+\s*=.*")


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Server text (an error body, a reason) made safe to print: anything that looks like an
    Authorization header or credentials token is cut to the end of its line, a secret of 8 or more
    characters is masked wherever it appears, and when a shorter secret appears as a whole word the
    text is replaced by "(credentials hidden)" (masking it inside words would show where it is)."""
    lines = []
    for line in text.splitlines() or [""]:
        line = _AUTH_HEADER_RE.sub(CREDENTIALS_HIDDEN, line)
        line = _AUTH_TOKEN_RE.sub(CREDENTIALS_HIDDEN, line)
        lines.append(line)
    text = "\n".join(lines)
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        if len(secret) >= MIN_MASKED_SECRET:
            text = text.replace(secret, "***")
        elif re.search(rf"(?<![\w]){re.escape(secret)}(?![\w])", text):
            return CREDENTIALS_HIDDEN
    return text


class _Deadline:
    """A deadline for one HTTP request: when it passes, the request's sockets are shut down, so a
    server that trickles its answer a byte at a time cannot hold a request longer than --timeout
    (a socket timeout only bounds each read)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._sockets: list = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return max(0.001, self.ends - time.monotonic())

    def watch(self, sock) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _watched_handlers(deadline: _Deadline) -> list:
    """urllib handlers whose connections report their sockets to `deadline`."""

    class Watched:  # before the connection class in the bases: its connect() wraps theirs
        def connect(self):
            self.timeout = min(self.timeout, deadline.remaining()) if self.timeout else deadline.remaining()
            super().connect()
            deadline.watch(self.sock)

    class WatchedHTTP(Watched, http.client.HTTPConnection):
        pass

    class WatchedHTTPS(Watched, http.client.HTTPSConnection):
        pass

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(WatchedHTTP, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(WatchedHTTPS, req, context=self._context)

    return [HTTPHandler(), HTTPSHandler()]


class Http:
    """urllib with basic and digest auth, a deadline per request, and bounded retries with backoff.

    `timeout` is a deadline for each request (connecting, sending, the whole answer), not a limit
    on each socket read. Nothing a server sends back is printed before `scrub` has taken out
    whatever may hold the credentials."""

    def __init__(self, *, timeout: float = 30, retries: int = 3, backoff: float = 0.5,
                 user: str | None = None, password: str | None = None) -> None:
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self._user, self._password = user or "", password or ""
        self._has_credentials = bool(user)
        self._manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        self._sites: set[str] = set()

    def _secrets(self) -> list[str]:
        if not self._password and not self._has_credentials:
            return []
        pair = f"{self._user}:{self._password}"
        encoded = base64.b64encode(pair.encode("utf-8")).decode("ascii")
        return [self._password, pair, encoded, encoded.rstrip("="), urllib.parse.quote(self._password, safe=""),
                urllib.parse.quote_plus(self._password)]

    def _scrub(self, text: str) -> str:
        return scrub(text, self._secrets())

    def _opener(self, deadline: _Deadline):
        handlers = _watched_handlers(deadline)
        if self._has_credentials:  # digest is tried before basic when a server offers both
            handlers += [urllib.request.HTTPDigestAuthHandler(self._manager),
                         urllib.request.HTTPBasicAuthHandler(self._manager)]
        return urllib.request.build_opener(*handlers)

    def send(self, method: str, url: str, body: bytes, content_type: str) -> int:
        site = "{0.scheme}://{0.netloc}/".format(urllib.parse.urlsplit(url))
        if self._has_credentials and site not in self._sites:
            self._manager.add_password(None, site, self._user, self._password)
            self._sites.add(site)
        shown = public_url(url)
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": content_type})
            deadline = _Deadline(self.timeout)
            try:
                with self._opener(deadline).open(request, timeout=self.timeout) as response:
                    response.read()
                    status = response.status
                if deadline.expired:  # the answer was cut off by the deadline
                    raise TimeoutError("deadline")
                return status
            except urllib.error.HTTPError as exc:
                status = exc.code
                detail = "" if deadline.expired else self._scrub(_body_snippet(exc))
                if status >= 500 and status not in (501, 505) and attempt < self.retries:
                    time.sleep(self.backoff * 2 ** attempt)
                    continue
                raise self._refusal(method, shown, status, exc.reason, detail, attempt + 1) from None
            except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                reason = getattr(exc, "reason", exc)
                timed_out = deadline.expired or isinstance(reason, (TimeoutError, socket.timeout))
                if attempt < self.retries:
                    time.sleep(self.backoff * 2 ** attempt)
                    continue
                if timed_out:
                    raise StoreError(f"{shown} did not answer {method} within {self.timeout:g}s "
                                     f"after {attempt + 1} attempt(s)",
                                     hint="a big graph or a busy server may need a longer --timeout") from None
                raise StoreError(f"{shown} cannot be reached ({self._scrub(str(reason))}) "
                                 f"after {attempt + 1} attempt(s)",
                                 hint="check that the server runs and the URL") from None
            finally:
                deadline.cancel()
        raise AssertionError("unreachable")

    def _refusal(self, method: str, url: str, status: int, reason, detail: str, attempts: int) -> Refused:
        reason = self._scrub(" ".join(str(reason).split()))[:100]
        message = (f"{url} refused {method} (HTTP {status} {reason})" + (f": {detail}" if detail else "")
                   + (f" after {attempts} attempts" if attempts > 1 else ""))
        if status == 401:
            hint = ("the credentials in KG_STORE_USER and KG_STORE_PASSWORD were not accepted"
                    if self._has_credentials else
                    "the server wants a login: set KG_STORE_USER and KG_STORE_PASSWORD")
        elif status == 403:
            hint = "the user in KG_STORE_USER may not write to this store"
        elif status in (405, 501):
            hint = "the endpoint does not take this method; try --protocol update with --update-endpoint URL"
        else:
            hint = ""
        return Refused(message, status, hint=hint)


BODY_SNIPPET = 200  # characters of a server's error text shown in a message


def _body_snippet(exc: urllib.error.HTTPError, limit: int = BODY_SNIPPET) -> str:
    """The start of an error answer's text, read no further than needed; HTML pages say nothing the
    status does not. The caller scrubs it."""
    try:
        data = exc.read(16 * 1024) if exc.fp is not None else b""
    except Exception:  # a broken body is no reason to hide the status
        data = b""
    text = data.decode("utf-8", errors="replace")
    if text.lstrip().startswith("<"):
        return ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    text = "\n".join(line for line in lines if line)
    return text[:limit] + ("..." if len(text) > limit else "")


@dataclass(frozen=True)
class PushStats:
    graphs: int
    triples: int
    protocol: str  # "gsp", "update", or "gsp+update" after a fallback


def push(named: NamedGraphs, endpoint: str, *, protocol: str = "gsp", update_endpoint: str | None = None,
         graph_param: str | None = None, http: Http | None = None,
         progress: Callable[[str], None] | None = None) -> PushStats:
    """Send each named graph to a SPARQL 1.1 store, replacing what that graph held.

    protocol "gsp" (Graph Store Protocol): one PUT per graph, falling back to SPARQL Update on
    `update_endpoint` when the server refuses PUT with 405 or 501. protocol "update": DROP SILENT
    GRAPH, then INSERT DATA, on `update_endpoint` (or `endpoint` when that is not given).
    """
    http = http or Http()
    check_endpoint(endpoint)
    if update_endpoint:
        check_endpoint(update_endpoint)
    if protocol == "update":
        update_endpoint = update_endpoint or endpoint
    used: list[str] = []
    mode = "update" if protocol == "update" else "gsp"
    stored = 0
    try:
        for name in sorted(named.graphs):
            lines = _ntriples(named.graphs[name])
            if mode == "gsp":
                body = ("\n".join(lines) + "\n").encode("utf-8")
                try:
                    http.send("PUT", gsp_url(endpoint, str(name), graph_param), body, "text/turtle; charset=utf-8")
                except Refused as exc:
                    if exc.status not in (405, 501):
                        raise
                    if not update_endpoint:
                        raise Refused(exc.message, exc.status,
                                      hint="PUT is not supported there: give --update-endpoint URL "
                                           "to send SPARQL Update instead") from None
                    if progress:
                        progress(f"{public_url(endpoint)} refused PUT (HTTP {exc.status}); "
                                 f"using SPARQL Update at {public_url(update_endpoint)}")
                    mode = "update"
            if mode == "update":
                for start in range(0, max(len(lines), 1), UPDATE_BATCH):
                    text = replace_graph_update(name, lines[start:start + UPDATE_BATCH], drop=start == 0)
                    http.send("POST", update_endpoint, text.encode("utf-8"),
                              "application/sparql-update; charset=utf-8")
            stored += 1
            if mode not in used:
                used.append(mode)
    except StoreError as exc:
        total = len(named.graphs)
        exc.message += (f"; {stored} of {total} named graph(s) were stored before this" if stored else
                        f"; none of the {total} named graph(s) was stored")
        raise
    return PushStats(len(named.graphs), len(named), "+".join(used) or protocol)
