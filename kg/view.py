"""View stage: a graph -> one self-contained HTML page a person opens in a browser.

The page draws the graph with vis-network, whose JavaScript file comes from
an installed dependency (the `pyvis` package ships it) and is inlined when the
page is written, so the page needs no network. Our own page (kg/data/view/)
gets the graph as JSON in a ``<script type="application/json">`` block and
puts every label into the page as text (``textContent``, canvas text), never
as markup.

What is drawn:

- nodes: every resource typed with a `kg:` class other than `kg:Article`,
  coloured by its most specific class; edges: the `kg:` relations between
  them, labelled with the property's name (`kg:precedes` in its own colour);
- events with a start date stand on a timeline, one column per date, in date order;
- a node's panel: its labels, class, literal properties, Wikidata/GeoNames
  links, and the evidence sentences (reified statements) with their article.

A graph with more than ``max_nodes`` nodes is drawn a part at a time: the
best-connected events (up to a third of the nodes drawn) and then the
best-connected other nodes, the page says so, and choosing an article or an
event (or a search result) draws that part.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from .errors import ConfigError
from .namespace import KG, KG_IRI

MAX_NODES = 500
PAGE_DIR = Path(__file__).resolve().parent / "data" / "view"
VIS_NETWORK = ("pyvis", "lib/vis-9.1.2/vis-network.min.js")  # package, file inside it

# Most specific first: a node typed Country and Place is coloured as a Country.
CLASS_ORDER = ("Summit", "Meeting", "Event", "Tariff", "ExportControl", "Sanction", "Measure", "Delegation",
               "Person", "Country", "Organization", "Place", "Goods", "Agent")
CLASS_COLOURS = {
    "Summit": "#b8336a", "Meeting": "#e07a5f", "Event": "#d1495b",
    "Tariff": "#3d5a80", "ExportControl": "#5c7aa6", "Sanction": "#293241", "Measure": "#6c8ebf",
    "Delegation": "#f2cc8f", "Person": "#81b29a", "Country": "#4f9d69", "Organization": "#9c89b8",
    "Place": "#a3c4bc", "Goods": "#c9ada7", "Agent": "#bbbbbb",
}
OTHER_COLOUR = "#cccccc"
EVENT_CLASSES = frozenset({"Summit", "Meeting", "Event"})
_PROPERTY_ORDER = ("title", "status", "ratePercent", "startDate", "endDate")


def to_html(graph: Graph, *, max_nodes: int = MAX_NODES, title: str = "kg graph") -> str:
    """The whole page: vis-network, our script and style, and the graph's data, in one string."""
    if max_nodes < 1:
        raise ConfigError(f"max_nodes must be at least 1, not {max_nodes}")
    data = view_data(graph, max_nodes=max_nodes)
    page = (PAGE_DIR / "page.html").read_text(encoding="utf-8")
    parts = {
        "TITLE": html.escape(title),
        "STYLE": (PAGE_DIR / "view.css").read_text(encoding="utf-8"),
        "VIS_NETWORK": _script_safe(vis_network_js()),
        "DATA": _json_for_script(data),
        "SCRIPT": (PAGE_DIR / "view.js").read_text(encoding="utf-8"),
    }
    # one pass over the template: a name in the data that looks like a placeholder stays text
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], page)


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The vis-network library from the installed `pyvis` package (Apache-2.0/MIT)."""
    from importlib.util import find_spec

    package, name = VIS_NETWORK
    # find_spec locates the package without importing it (pyvis's own import pulls in IPython)
    spec = find_spec(package)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise ConfigError(f"the vis-network JavaScript library was not found ({package}: {name})",
                      hint="pip install 'pyvis==0.3.2' (kg depends on it; reinstall kg)")


def view_data(graph: Graph, *, max_nodes: int = MAX_NODES) -> dict:
    """The graph as the page reads it (plain JSON data, sorted, so the same graph gives the same page)."""
    articles = _articles(graph)
    article_index = {iri: i for i, iri in enumerate(articles)}
    node_iris = sorted({s for s, c in graph.subject_objects(RDF.type)
                        if isinstance(s, URIRef) and _kg_local(c) and c != KG.Article})
    index = {iri: i for i, iri in enumerate(node_iris)}
    evidence, node_evidence, edge_evidence = _evidence(graph, index, article_index)

    nodes = []
    for iri in node_iris:
        classes = sorted({_kg_local(c) for c in graph.objects(iri, RDF.type)} - {None, "Article"})
        kind = next((c for c in CLASS_ORDER if c in classes), classes[0])
        labels = sorted(str(o) for o in graph.objects(iri, RDFS.label))
        node_articles = sorted({evidence[e]["article"] for e in node_evidence[iri]} - {None})
        nodes.append({
            "iri": str(iri),
            "label": labels[0] if labels else _local(iri),
            "labels": labels[1:],
            "alt": sorted(str(o) for o in graph.objects(iri, SKOS.altLabel)),
            "class": kind,
            "classes": classes,
            "props": _properties(graph, iri),
            "links": sorted(str(o) for o in graph.objects(iri, OWL.sameAs) if isinstance(o, URIRef)),
            "articles": node_articles,
            "evidence": node_evidence[iri],
        })
    edges = []
    for s, p, o in sorted(graph.triples((None, None, None))):
        name = _kg_local(p)
        if name and s in index and o in index:
            edges.append({"from": index[s], "to": index[o], "label": name,
                          "evidence": edge_evidence.get((s, p, o), [])})
    _date_events(nodes)
    degree = defaultdict(int)
    for e in edges:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    # The order nodes are drawn in when there are too many: the best-connected events (up to a third
    # of what is drawn, so the timeline does not crowd out the rest), then every other node by degree.
    by_degree = sorted(range(len(nodes)), key=lambda i: (-degree[i], i))
    events = [i for i in by_degree if nodes[i]["class"] in EVENT_CLASSES][: max_nodes // 3]
    chosen = set(events)
    rank = events + [i for i in by_degree if i not in chosen]
    return {
        "nodes": nodes,
        "edges": edges,
        "evidence": evidence,
        "articles": [articles[iri] for iri in articles],
        "rank": rank,
        "max_nodes": max_nodes,
        "colours": {**CLASS_COLOURS, "": OTHER_COLOUR},
        "legend": [c for c in CLASS_ORDER if any(n["class"] == c for n in nodes)],
    }


def _kg_local(term) -> str | None:
    text = str(term)
    return text[len(KG_IRI):] if isinstance(term, URIRef) and text.startswith(KG_IRI) else None


def _local(iri: URIRef) -> str:
    return str(iri).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _articles(graph: Graph) -> dict[URIRef, dict]:
    out = {}
    for iri in sorted(s for s in graph.subjects(RDF.type, KG.Article) if isinstance(s, URIRef)):
        out[iri] = {"iri": str(iri), "title": _first(graph, iri, RDFS.label) or _local(iri),
                    "date": _first(graph, iri, KG.publicationDate), "source": _first(graph, iri, KG.sourceFile)}
    return out


def _first(graph: Graph, subject, predicate) -> str:
    values = sorted(str(o) for o in graph.objects(subject, predicate))
    return values[0] if values else ""


def _properties(graph: Graph, iri: URIRef) -> list[list[str]]:
    props = []
    for p, o in graph.predicate_objects(iri):
        name = _kg_local(p)
        if name and isinstance(o, Literal):
            props.append([name, _text(o)])
    order = {name: i for i, name in enumerate(_PROPERTY_ORDER)}
    return sorted(props, key=lambda kv: (order.get(kv[0], len(order)), kv))


def _evidence(graph: Graph, index: dict, article_index: dict):
    """The reified statements: one record each, listed under the nodes and edges they are about."""
    records, by_node, by_edge = [], defaultdict(list), defaultdict(list)
    statements = sorted(s for s in graph.subjects(RDF.type, RDF.Statement))
    for statement in statements:
        s, p, o = (graph.value(statement, term) for term in (RDF.subject, RDF.predicate, RDF.object))
        text = graph.value(statement, KG.evidence)
        if s is None or p is None or o is None or text is None:
            continue
        article = graph.value(statement, PROV.wasDerivedFrom)
        confidence = graph.value(statement, KG.confidence)
        number = len(records)
        records.append({
            "text": str(text),
            "subject": index.get(s),
            "predicate": _kg_local(p) or str(p),
            "object": index.get(o),
            "value": _text(o) if isinstance(o, Literal) else None,
            "article": article_index.get(article),
            "confidence": _text(confidence) if confidence is not None else "",
        })
        for node in (s, o):
            if node in index and number not in by_node[node]:
                by_node[node].append(number)
        if s in index and o in index:
            by_edge[(s, p, o)].append(number)
    return records, by_node, by_edge


def _text(literal: Literal) -> str:
    """A literal as shown: decimals without trailing zeros, so "0.900" read by one parser and
    "0.9" by another show (and page) alike."""
    text = str(literal)
    if literal.datatype in (XSD.decimal, XSD.double, XSD.float) and "." in text and "e" not in text.lower():
        text = text.rstrip("0").rstrip(".")
    return text


def _date_events(nodes: list[dict]) -> None:
    """Events with a start date go on the timeline (the page lays out the dates of what it draws)."""
    for node in nodes:
        start = dict((k, v) for k, v in node["props"]).get("startDate")
        if node["class"] in EVENT_CLASSES and start and _is_date(start):
            node["timeline"] = start[:10]


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def _json_for_script(data) -> str:
    """JSON that cannot end its <script> block: every '<', '>' and '&' is a \\u escape."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _script_safe(js: str) -> str:
    # An inlined library must not contain the tag that would end its <script> block.
    if "</script" in js.lower():
        raise ConfigError("the vis-network file contains '</script' and cannot be inlined",
                          hint="install pyvis 0.3.2, whose copy can be")
    return js
