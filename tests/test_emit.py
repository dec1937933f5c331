"""kg.emit writes exactly what kg.map.to_graph + kg.serialize write for N-Triples, without an rdflib Graph."""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import RDFS, Graph
from rdflib.compare import isomorphic

from conftest import REPO
from kg import emit
from kg.extract import extract_articles
from kg.map import to_graph
from kg.read import parse_article
from kg.resolve import resolve
from kg.serialize import serialize
from kg.validate import validate, validate_triples

# Written for these tests: quotes, a backslash, accents and a line break inside a title, a measure with
# a rate, a summit with dates, a surname-only mention.
TEXTS = {
    "quotes": 'Ministers call tariff talks "a real step"\n\nGENEVA, May 4, 2026 - Trade Minister Lucía Gómez of '
              'Chile met Japanese Economy Minister Kenji Sato in Geneva on Monday. Gómez called the talks '
              '"a real step" and said Chile would lift its 15 percent tariff on Japanese steel.\n',
    "summit": "Leaders gather in Oslo\n\nOSLO, June 10, 2026 - Leaders of Norway and Canada will hold a summit in "
              "Oslo from June 20 to June 22, Prime Minister Erik Dahl said. Canada imposed export controls on "
              "Norwegian salmon last week. Dahl said the summit would discuss the controls.\n",
    "backslash": "A back\\slash in the title and Zürich\n\nZURICH, March 2, 2026 - Swiss Finance Minister Anna Keller "
                 "led Switzerland's delegation at talks with Austria in Zurich on Monday.\n",
}


def _resolved(nlp, texts):
    articles = [parse_article(text, source=f"{name}.txt", default_date=dt.date(2026, 1, 1))
                for name, text in texts.items()]
    return resolve(list(extract_articles(articles, nlp)))


def _cases():
    examples = {p.stem: p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))}
    cases = [pytest.param({k: v}, id=k) for k, v in {**examples, **TEXTS}.items()]
    return cases + [pytest.param({**examples, **TEXTS}, id="all-together")]


@pytest.mark.parametrize("texts", _cases())
@pytest.mark.parametrize("base", ["https://w3id.org/kg-news/id/", "urn:test:"])
def test_emitted_ntriples_are_the_bytes_of_the_rdflib_graph(nlp, texts, base):
    resolved = _resolved(nlp, texts)
    graph = to_graph(resolved, base)
    terms = emit.triples(resolved, base)
    assert len(terms) == len(graph) > 0
    assert emit.ntriples(terms) == serialize(graph, "nt")
    emitted = Graph().parse(data=emit.ntriples(terms).decode("utf-8"), format="nt")
    assert isomorphic(emitted, graph)


def test_the_light_index_and_the_graph_agree_on_shacl(nlp):
    resolved = _resolved(nlp, TEXTS)
    terms = emit.triples(resolved)
    assert validate_triples(terms).conforms and validate(to_graph(resolved)).conforms
    # a node without its one rdfs:label breaks the shapes, on both paths
    label = next(t for t in sorted(terms) if t[1] == emit.term_text(RDFS.label) and "/person/" in t[0])
    broken = emit.Triples()
    for t in terms:
        if t != label:
            broken.add(t)
    assert len(broken) == len(terms) - 1 and label not in broken and label in terms
    graph = Graph().parse(data=emit.ntriples(broken).decode("utf-8"), format="nt")
    fast, full = validate_triples(broken), validate(graph)
    assert not fast.conforms and not full.conforms
    assert fast.violations == full.violations >= 1
