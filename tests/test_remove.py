"""Updating and removing an article in a store: an article with a URL is identified by it, so a
corrected version replaces the earlier one (`kg load`, `kg build --store`); `kg remove` drops an
article's graph by URL, content hash or IRI, all or nothing."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import QUERY_PREFIXES

URL = "https://example.org/news/harbour-talks"
FIRST = f"""url: {URL}
title: Harbour talks open in Lisbon
date: 2026-03-03

LISBON, March 3, 2026 - Foreign Minister Ana Souza led Brazil's delegation at talks with Portugal in Lisbon on Tuesday.
"""
# The correction: it was Rui Pires, not Ana Souza, who led the delegation.
CORRECTED = FIRST.replace("Foreign Minister Ana Souza", "Trade Minister Rui Pires")
OTHER = """title: Ferry strike ends
date: 2026-03-04

PORTO, March 4, 2026 - Transport Minister Joao Alves led Portugal's delegation at talks with Spain in Porto on Wednesday.
"""


def kg(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result


def select(store_dir, query: str) -> list[tuple[str, ...]]:
    store = ox.Store.read_only(str(store_dir))
    rows = store.query(query, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
    out = sorted(tuple(row[i].value for i in range(len(rows.variables))) for row in rows)
    del store
    return out


LEADERS = "SELECT ?name WHERE { ?p kg:leads ?d ; rdfs:label ?name }"
ARTICLES = "SELECT ?hash WHERE { ?a a kg:Article ; kg:contentHash ?hash }"


@pytest.fixture
def articles(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("first.txt", FIRST), ("corrected.txt", CORRECTED), ("other.txt", OTHER)):
        (folder / name).write_text(text)
    return folder


def test_a_corrected_version_replaces_the_earlier_one_with_build_store(articles, tmp_path):
    store = tmp_path / "store"
    for name in ("first.txt", "other.txt"):
        assert kg("build", str(articles / name), "-o", str(tmp_path / f"{name}.ttl"), "--store", str(store)).exit_code == 0
    assert select(store, LEADERS) == [("Ana Souza",), ("Joao Alves",)]
    result = kg("build", str(articles / "corrected.txt"), "-o", str(tmp_path / "corrected.ttl"), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert select(store, LEADERS) == [("Joao Alves",), ("Rui Pires",)]
    assert len(select(store, ARTICLES)) == 2  # the correction and the other article; the first version is gone
    assert select(store, "SELECT ?url WHERE { ?a kg:url ?url }") == [(URL,)]


def test_a_corrected_version_replaces_the_earlier_one_with_load(articles, tmp_path):
    for name in ("first", "corrected"):
        assert kg("build", str(articles / f"{name}.txt"), "-o", str(tmp_path / f"{name}.ttl")).exit_code == 0
    store = tmp_path / "store"
    assert kg("load", str(tmp_path / "first.ttl"), "--store", str(store)).exit_code == 0
    before = select(store, "SELECT ?g WHERE { GRAPH ?g { ?a a kg:Article } }")
    assert kg("load", str(tmp_path / "corrected.ttl"), "--store", str(store)).exit_code == 0
    assert select(store, "SELECT ?g WHERE { GRAPH ?g { ?a a kg:Article } }") == before  # the same graph, replaced
    assert select(store, LEADERS) == [("Rui Pires",)]


@pytest.fixture
def store(articles, tmp_path):
    store = tmp_path / "store"
    for name in ("first.txt", "other.txt"):
        assert kg("build", str(articles / name), "-o", str(tmp_path / f"{name}.ttl"), "--store", str(store)).exit_code == 0
    return store


def test_remove_by_url(store):
    result = kg("remove", "--store", str(store), URL)
    assert result.exit_code == 0, result.output
    assert "removed 1 article graph(s)" in result.output
    assert select(store, LEADERS) == [("Joao Alves",)]
    assert len(select(store, ARTICLES)) == 1


def test_remove_by_content_hash_and_by_iri(store):
    (other,) = [h for (h,) in select(store, ARTICLES) if h not in
                {x for (x,) in select(store, f'SELECT ?h WHERE {{ ?a kg:url "{URL}"^^xsd:anyURI ; kg:contentHash ?h }}')}]
    (iri,) = select(store, f'SELECT ?a WHERE {{ ?a kg:url "{URL}"^^xsd:anyURI }}')[0]
    result = kg("remove", "--store", str(store), other, iri)
    assert result.exit_code == 0, result.output
    assert select(store, ARTICLES) == [] and select(store, LEADERS) == []


def test_remove_of_an_unknown_article_removes_nothing(store):
    before = select(store, "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    result = kg("remove", "--store", str(store), URL, "https://example.org/news/never-seen")
    assert result.exit_code == 2
    assert "[E510]" in result.output and "never-seen" in result.output and "nothing was removed" in result.output
    assert select(store, "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }") == before


def test_remove_needs_a_store(tmp_path):
    result = kg("remove", "--store", str(tmp_path / "none"), URL)
    assert result.exit_code == 2 and "no store there" in result.output


@pytest.mark.parametrize("url, expected", [
    (None, "0f0f0f0f0f0f0f0f"),
    ("", "0f0f0f0f0f0f0f0f"),
    ("   ", "0f0f0f0f0f0f0f0f"),
    (URL, "url-"),
    (f"  {URL} ", "url-"),
])
def test_article_key_is_the_url_when_there_is_one(url, expected):
    from kg.store import article_key

    key = article_key("0f0f0f0f0f0f0f0f", url)
    assert key.startswith(expected)
    if url and url.strip():
        assert key == article_key("another text, another hash", URL) and len(key) == len("url-") + 16
