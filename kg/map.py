"""Map stage: `Resolved` -> an rdflib Graph in ontology terms, every relation annotated with its evidence.

How a relation carries its evidence is the provenance mode, decided here and nowhere else:

- "reification" (default): an rdf:Statement with rdf:subject, rdf:predicate, rdf:object;
- "rdf12": an RDF 1.2 reifier, `data:statement/... rdf:reifies <<( s p o )>>` (a `kg.rdf12.TripleTerm`);
- "none": no provenance, the relations alone.

The reifier node, its IRI and its evidence, offsets, article, rule and confidence are the same in both.
"""
from __future__ import annotations

from rdflib import RDF, RDFS, OWL, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

from .errors import ConfigError
from .model import Article, Resolved
from .names import clean_text, short_hash
from .namespace import DEFAULT_BASE_IRI, KG, KG_IRI, RDF_REIFIES

_DATATYPES = {"date": XSD.date, "decimal": XSD.decimal, "": XSD.string}
INSTANCE_PREFIX = "data"
PROVENANCE_MODES = ("reification", "rdf12", "none")


def check_base_iri(base: str) -> str:
    """The base IRI nodes are minted under, checked as an absolute RFC 3987 IRI (by the IRI parser of
    pyoxigraph, which the store uses too) that ends where a local name can follow."""
    if base == DEFAULT_BASE_IRI:  # valid (tests/test_map.py checks it): most builds need no IRI parser imported
        return base
    hint = "give an absolute http(s) IRI ending in '/' or '#', e.g. https://example.org/news/"
    shown = ascii(base) if any(not c.isprintable() for c in base) else repr(base)
    if not isinstance(base, str) or not base.startswith(("http://", "https://", "urn:")) \
            or not base.endswith(("/", "#", ":")):
        raise ConfigError(f"base IRI {shown} is not usable", hint=hint)
    bad = next((c for c in base if c.isspace() or not c.isprintable() or c in ' <>"{}|\\^`'), None)
    if bad is not None:
        raise ConfigError(f"base IRI {shown} contains {ascii(bad)}, which is not allowed in an IRI", hint=hint)
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(base + "x")  # a local name must be able to follow
    except ValueError as exc:
        raise ConfigError(f"base IRI {shown} is not a valid IRI ({' '.join(str(exc).split())})", hint=hint) from None
    if base.startswith(("http://", "https://")):
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(base)
            parts.port  # noqa: B018 - raises on a port that is not a number in range
        except ValueError as exc:
            raise ConfigError(f"base IRI {shown} is not a valid IRI ({exc})", hint=hint) from None
        if not parts.hostname or not base.split(":", 1)[1].startswith("//"):
            raise ConfigError(f"base IRI {shown} has no host name", hint=hint)
    return base


def check_provenance(mode: str) -> str:
    if mode not in PROVENANCE_MODES:
        raise ConfigError(f"unknown provenance mode {mode!r}", hint="use one of: " + ", ".join(PROVENANCE_MODES))
    return mode


def to_graph(resolved: Resolved, base_iri: str = DEFAULT_BASE_IRI, provenance: str = "reification") -> Graph:
    base = Namespace(check_base_iri(base_iri))
    reifies = _REIFIERS[check_provenance(provenance)]
    g = Graph()
    g.bind("kg", Namespace(KG_IRI))
    g.bind(INSTANCE_PREFIX, base)
    for prefix, ns in (("rdf", RDF), ("rdfs", RDFS), ("owl", OWL), ("skos", SKOS), ("xsd", XSD), ("prov", PROV)):
        g.bind(prefix, ns)

    for article in resolved.articles:
        _add_article(g, base, article)
    for node in resolved.nodes:
        iri = base[node.id]
        g.add((iri, RDF.type, KG[node.kind]))
        for name, values in node.attributes:
            if name == "alsoKind":
                for kind in values:
                    g.add((iri, RDF.type, KG[kind]))
            elif name == "status":
                for value in values:
                    g.add((iri, KG.status, Literal(value)))
        g.add((iri, RDFS.label, Literal(clean_text(node.label))))
        for alias in node.aliases:
            g.add((iri, SKOS.altLabel, Literal(clean_text(alias))))
        for link in node.same_as:
            g.add((iri, OWL.sameAs, URIRef(link)))

    # Terms repeat a lot (every statement names its article, its sentence, a few confidences):
    # make each once. Building rdflib terms is a good share of the time on big inputs.
    iri = _TermCache(lambda path: base[path])
    evidence_text = _TermCache(lambda text: Literal(clean_text(" ".join(text.split()))))
    integer = _TermCache(lambda n: Literal(n, datatype=XSD.integer))
    decimal = _TermCache(lambda c: Literal(f"{c:.3f}", datatype=XSD.decimal))
    plain = _TermCache(lambda text: Literal(clean_text(text)))
    add = g.add
    for triple in resolved.triples:
        subject = iri(triple.subject)
        predicate = KG[triple.predicate]
        if not triple.literal:
            obj = iri(triple.object)
        elif triple.datatype == "":
            obj = plain(triple.object)
        else:
            obj = Literal(triple.object, datatype=_DATATYPES[triple.datatype])
        add((subject, predicate, obj))
        if reifies is None:
            continue
        best: dict[tuple, object] = {}
        for ev in triple.evidence:  # one statement per sentence, with its strongest reading
            key = (ev.article_id, ev.sentence.start, ev.sentence.end)
            if key not in best or ev.confidence > best[key].confidence:
                best[key] = ev
        reified = reifies(subject, predicate, obj)
        for (article_id, start, end), ev in sorted(best.items()):
            statement = base["statement/" + short_hash(f"{triple.subject}|{triple.predicate}|{triple.object}|{article_id}|{start}", 16)]
            for p, o in reified:
                add((statement, p, o))
            add((statement, _EVIDENCE, evidence_text(ev.text)))
            add((statement, PROV.wasDerivedFrom, iri("article/" + article_id)))
            add((statement, _SENTENCE_START, integer(start)))
            add((statement, _SENTENCE_END, integer(end)))
            add((statement, _CONFIDENCE, decimal(ev.confidence)))
            add((statement, _RULE, plain(ev.rule)))
    return g


_EVIDENCE, _SENTENCE_START, _SENTENCE_END = KG.evidence, KG.sentenceStart, KG.sentenceEnd
_CONFIDENCE, _RULE = KG.confidence, KG.extractionRule


def _reification(subject, predicate, obj) -> tuple:
    return ((RDF.type, RDF.Statement), (RDF.subject, subject), (RDF.predicate, predicate), (RDF.object, obj))


def _rdf12(subject, predicate, obj) -> tuple:
    from .rdf12 import TripleTerm

    return ((RDF_REIFIES, TripleTerm(subject, predicate, obj)),)


# provenance mode -> (subject, predicate, object) -> the (predicate, object) pairs that tie a
# statement node to its relation; None: no statement nodes at all
_REIFIERS = {"reification": _reification, "rdf12": _rdf12, "none": None}


class _TermCache(dict):
    def __init__(self, make) -> None:
        super().__init__()
        self._make = make

    def __call__(self, key):
        term = self.get(key)
        if term is None:
            term = self[key] = self._make(key)
        return term


def _add_article(g: Graph, base: Namespace, article: Article) -> None:
    iri = base["article/" + article.id]
    g.add((iri, RDF.type, KG.Article))
    title = article.title or article.source or "untitled article"
    g.add((iri, RDFS.label, Literal(clean_text(title))))
    g.add((iri, KG.contentHash, Literal(article.id)))
    if article.date:
        g.add((iri, KG.publicationDate, Literal(article.date.isoformat(), datatype=XSD.date)))
    if article.source:
        g.add((iri, KG.sourceFile, Literal(clean_text(article.source))))
    if article.url:  # what identifies the article in a store (kg.store.article_key)
        g.add((iri, KG.url, Literal(clean_text(article.url), datatype=XSD.anyURI)))
