"""Property-based tests (hypothesis): whatever the text and the names, the output parses and
conforms, or the article fails with a clear error; and the fast SHACL checker agrees with pySHACL.

spaCy is slow per example, so each property runs few examples (the model is loaded once per session).
"""
from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from kg.inputs import Problem, read_text
from kg.model import Article
from kg.pipeline import StreamOptions, Timings, stream
from kg.validate import validate as validate_graph, validate_with_pyshacl
from kg.shacl_fast import compile_shapes
from kg.validate import ontology, shapes

FEW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KG = "https://w3id.org/kg-news/ontology#"

# Letters from many scripts, digits, punctuation, spaces, combining marks, emoji, controls, surrogate-free.
unicode_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=400)
name_part = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Mn", "Nd", "Pd", "Po")), min_size=1,
                    max_size=14)


def build_one(nlp, article: Article, fmt_nt: bool = True):
    results = list(stream([article], StreamOptions(ntriples=fmt_nt, window=1), nlp=nlp, timings=Timings()))
    assert len(results) == 1
    return results[0]


def check_outcome(result, article: Article) -> None:
    """Either the article is in the graph and the graph parses and conforms, or it failed with a reason."""
    if result.failed:
        assert [f.article.id for f in result.failed] == [article.id]
        assert result.failed[0].reason and result.failed[0].code in ("E300", "E900")
        return
    assert [a.id for a in result.articles] == [article.id]
    graph = Graph().parse(data=result.ntriples.decode("utf-8"), format="nt")
    assert (None, URIRef(KG + "contentHash"), Literal(article.id)) in graph
    report = validate_with_pyshacl(graph)
    assert report.conforms, report.report


@FEW
@given(text=unicode_text)
def test_any_text_builds_and_conforms_or_fails_clearly(nlp, text):
    items = list(read_text(text.encode("utf-8", "surrogatepass"), "prop.txt", dt.date(2025, 1, 1)))
    problems = [i for i in items if isinstance(i, Problem)]
    articles = [i for i in items if isinstance(i, Article)]
    for problem in problems:
        assert problem.source == "prop.txt" and problem.reason
    if not articles:
        assert any(p.skipped for p in problems)
        return
    check_outcome(build_one(nlp, articles[0]), articles[0])


@FEW
@given(first=name_part, last=name_part, city=name_part, org=name_part)
def test_any_names_build_and_conform(nlp, first, last, city, org):
    text = (f"{first} {last} visits {city}\n\n"
            f"{city.upper()}, March 3, 2026 - Trade Minister {first} {last} met officials of the {org} Institute "
            f"in {city} on Tuesday, and said China would impose a 15 percent tariff on {org} steel.\n\n"
            f"\"We came to listen,\" said {last}, who led the delegation of {org}.\n")
    items = list(read_text(text.encode("utf-8"), "names.txt"))
    articles = [i for i in items if isinstance(i, Article)]
    assert articles, items
    result = build_one(nlp, articles[0], fmt_nt=False)
    if not result.failed:
        # Turtle round trip too: what `-o x.ttl` writes parses back to the same graph
        data = result.graph.serialize(format="turtle", encoding="utf-8")
        again = Graph().parse(data=data, format="turtle")
        assert len(again) == len(result.graph)
        assert validate_with_pyshacl(again).conforms
    check_outcome_graph(result, articles[0])


def check_outcome_graph(result, article):
    if result.failed:
        assert result.failed[0].reason
    else:
        assert [a.id for a in result.articles] == [article.id]


# -- the fast checker agrees with pySHACL ---------------------------------------------------------

@pytest.fixture(scope="module")
def window_graph(nlp):
    from pathlib import Path

    from kg.cli import read_article_file

    examples = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
    articles = [read_article_file(p, None) for p in examples]
    result = list(stream(articles, StreamOptions(ntriples=False, window=len(articles)), nlp=nlp))[0]
    return result.graph


MUTATIONS = ["drop", "second_label", "bad_date", "literal_for_node", "untyped_object", "status", "confidence",
             "lang_label", "retype", "empty_label", "iri_evidence"]


def mutate(graph: Graph, how: str, rnd: random.Random) -> Graph:
    g = Graph()
    g += graph
    triples = sorted(g)
    s, p, o = rnd.choice(triples)
    subjects = sorted({t[0] for t in triples})
    pick = rnd.choice(subjects)
    if how == "drop":
        g.remove((s, p, o))
    elif how == "second_label":
        g.add((pick, RDFS.label, Literal(f"another name {rnd.random()}")))
    elif how == "bad_date":
        dated = [t for t in triples if isinstance(t[2], Literal) and t[2].datatype == XSD.date] or triples
        s, p, o = rnd.choice(dated)
        g.remove((s, p, o))
        g.add((s, p, Literal("2025-13-45", datatype=XSD.date) if rnd.random() < 0.5 else Literal("soon")))
    elif how == "literal_for_node":
        rels = [t for t in triples if isinstance(t[2], URIRef) and t[1] != RDF.type] or triples
        s, p, o = rnd.choice(rels)
        g.remove((s, p, o))
        g.add((s, p, Literal(str(o))))
    elif how == "untyped_object":
        rels = [t for t in triples if str(t[1]).startswith(KG) and isinstance(t[2], URIRef)] or triples
        s, p, o = rnd.choice(rels)
        g.add((s, p, URIRef("https://w3id.org/kg-news/id/nowhere")))
    elif how == "status":
        g.add((pick, URIRef(KG + "status"), Literal("maybe")))
    elif how == "confidence":
        g.add((pick, URIRef(KG + "confidence"), Literal("1.5", datatype=XSD.decimal)))
    elif how == "lang_label":
        for label in list(g.objects(pick, RDFS.label)):
            g.remove((pick, RDFS.label, label))
            g.add((pick, RDFS.label, Literal(str(label), lang="en")))
    elif how == "retype":
        g.add((pick, RDF.type, URIRef(KG + rnd.choice(["Delegation", "Event", "Measure", "Article", "Person"]))))
    elif how == "empty_label":
        for label in list(g.objects(pick, RDFS.label)):
            g.remove((pick, RDFS.label, label))
        g.add((pick, RDFS.label, Literal("")))
    elif how == "iri_evidence":
        g.add((pick, URIRef(KG + "evidence"), URIRef("https://example.org/x")))
    return g


def test_fast_checker_compiles_the_project_shapes():
    assert compile_shapes(shapes(), ontology()) is not None


def test_fast_checker_accepts_a_valid_window(window_graph):
    assert compile_shapes(shapes(), ontology()).conforms(window_graph)
    assert validate_graph(window_graph).conforms


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=st.sampled_from(MUTATIONS), seed=st.integers(0, 10**6))
def test_fast_checker_agrees_with_pyshacl(window_graph, how, seed):
    g = mutate(window_graph, how, random.Random(seed))
    fast = compile_shapes(shapes(), ontology()).conforms(g)
    assert fast == validate_with_pyshacl(g).conforms, how
    # and validate_graph (fast first, pySHACL on violations) gives pySHACL's verdict
    assert validate_graph(g).conforms == fast
