"""The stages wired together: articles -> validated graph. Used by the CLI, the tests and the benchmark."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from rdflib import Graph

from .extract import extract_articles
from .map import to_graph
from .model import Article, Resolved
from .namespace import DEFAULT_BASE_IRI
from .resolve import resolve


@dataclass(frozen=True)
class BuildResult:
    resolved: Resolved
    graph: Graph


def build(articles: Iterable[Article], nlp, base_iri: str = DEFAULT_BASE_IRI, batch_size: int = 64) -> BuildResult:
    resolved = resolve(extract_articles(articles, nlp, batch_size=batch_size))
    return BuildResult(resolved, to_graph(resolved, base_iri))


def summary(resolved: Resolved) -> dict[str, int]:
    """How many nodes of each kind, and how many relations: the numbers a user checks first."""
    counts: dict[str, int] = {}
    for node in resolved.nodes:
        counts[node.kind] = counts.get(node.kind, 0) + 1
    counts["relations"] = sum(1 for t in resolved.triples if not t.literal)
    counts["unmapped"] = len(resolved.unmapped)
    return dict(sorted(counts.items()))
