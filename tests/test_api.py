"""The Python API (`import kg`): build_graph, Builder, validate and the public names.

The README's "Python API" examples and kg/api.py's docstrings run as doctests too
(pyproject's addopts); these tests cover what examples do not: the graph equals
`kg build`'s, each kind of input, errors, and what `__all__` promises."""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

import kg
from conftest import REPO, TEST_DATA
from test_build import rome_breaks_the_shapes  # noqa: F401  (a fixture)
from kg.serialize import serialize

HARBOUR = TEST_DATA / "harbour-talks.txt"
# Dated by its dateline; one sentence, one leader.
LISBON = ("LISBON, March 3, 2026 - Foreign Minister Ana Souza led Brazil's delegation at talks with Portugal "
          "in Lisbon on Tuesday.")
UNDATED = "Brazil and Portugal meet\n\nForeign Minister Ana Souza led Brazil's delegation at talks with Portugal in Lisbon on Tuesday."


@pytest.fixture(scope="module")
def builder(nlp):
    return kg.Builder()


def leaders(graph: Graph) -> list[str]:
    rows = graph.query("SELECT ?name WHERE { ?p kg:leads ?d ; rdfs:label ?name } ORDER BY ?name")
    return [str(row.name) for row in rows]


def test_build_graph_gives_the_graph_kg_build_writes(tmp_path, builder):
    from click.testing import CliRunner

    from kg.cli import main

    output = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(REPO / "examples"), "-o", str(output)])
    assert result.exit_code == 0, result.output
    graph = kg.build_graph(REPO / "examples")
    assert serialize(graph, "turtle") == output.read_bytes()  # same triples, same prefixes, same bytes


@pytest.mark.parametrize("make_input, articles", [
    (lambda: LISBON, 1),
    (lambda: [LISBON], 1),
    (lambda: HARBOUR, 1),
    (lambda: str(HARBOUR), 1),
    (lambda: str(TEST_DATA), 1),  # a folder: harbour-talks.txt is its one article file
    (lambda: _article(LISBON), 1),
    (lambda: [LISBON, HARBOUR, LISBON], 2),  # the same text twice is built once
], ids=["text", "list-of-text", "path", "str-path", "folder", "article", "mixed"])
def test_inputs(builder, make_input, articles):
    result = builder.build(make_input())
    assert len(result.articles) == articles
    assert "Ana Souza" in leaders(result.graph)
    assert not result.left_out and not [p for p in result.problems if p.skipped]


def _article(text: str) -> kg.Article:
    from kg.read import parse_article

    return parse_article(text, source="mine")


def test_jsonl_lines_are_articles(builder, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "%s"}\n{"text": "Nothing here.", "date": "2026-01-02"}\n' % LISBON, encoding="utf-8")
    result = builder.build(feed)
    assert [a.source for a in result.articles] == [f"{feed}:1", f"{feed}:2"]


@pytest.mark.parametrize("date", ["2026-03-03", dt.date(2026, 3, 3)])
def test_date_dates_undated_articles(builder, date):
    graph = builder(UNDATED, date=date)
    dates = {str(o) for o in graph.objects(None, kg.KG.startDate)}
    assert dates == {"2026-03-03"}  # "on Tuesday" read against Tuesday 3 March


def test_undated_article_is_a_warning_not_a_failure(builder):
    result = builder.build(UNDATED)
    assert len(result.articles) == 1
    assert [p.skipped for p in result.problems] == [False]
    assert "no date" in result.problems[0].reason


def test_bad_date_is_a_config_error(builder):
    with pytest.raises(kg.ConfigError, match="not a date"):
        builder(LISBON, date="3 March")


def test_base_iri(nlp):
    graph = kg.build_graph(LISBON, base_iri="https://example.org/news/")
    assert URIRef("https://example.org/news/person/ana-souza") in set(graph.subjects())
    with pytest.raises(kg.ConfigError, match="not usable"):
        kg.build_graph(LISBON, base_iri="example")


@pytest.mark.parametrize("item, reason", [
    ("missing.txt", "no such file or folder"),
    ("missing-folder/", "no such file or folder"),
], ids=["file", "folder"])
def test_missing_paths_raise_input_error(builder, item, reason):
    with pytest.raises(kg.InputError, match=reason) as caught:
        builder([LISBON, item])
    assert caught.value.code == "E100"
    result = builder.build([LISBON, item])  # build() keeps the rest
    assert leaders(result.graph) == ["Ana Souza"]
    assert [(p.source, p.reason) for p in result.problems] == [(item.rstrip("/"), reason)]


def test_a_sentence_is_text_even_when_it_ends_like_a_file_name(builder):
    graph = builder(["Talks open.txt", LISBON])  # has a space: text, not a path
    assert leaders(graph) == ["Ana Souza"]


def test_unreadable_input_is_reported(builder, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\x00\x01")
    with pytest.raises(kg.InputError, match="binary"):
        builder(binary)


def test_wrong_type_is_a_type_error(builder):
    with pytest.raises(TypeError, match="got int"):
        builder([LISBON, 3])


def test_builder_loads_the_model_once(builder):
    assert kg.Builder().nlp is builder.nlp
    first, second = builder(LISBON), builder(LISBON)
    assert isomorphic(first, second)


def test_nothing_to_build_is_an_empty_graph(builder):
    assert len(builder([])) == 0


def test_validate_reports_violations():
    good = kg.validate(Graph().parse(TEST_DATA / "valid.ttl"))
    bad = kg.validate(Graph().parse(TEST_DATA / "violation.ttl"))
    assert isinstance(good, kg.ValidationResult) and good.conforms and good.violations == 0
    assert not bad.conforms and bad.violations > 0 and "Constraint Violation" in bad.report


def test_public_names():
    assert kg.__all__, "kg.__all__ is empty"
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
    assert {"build_graph", "Builder", "validate", "Article", "Fact", "Node", "Triple"} <= set(kg.__all__)


def test_kg_validate_stays_the_function_when_the_module_is_imported():
    import kg.pipeline  # noqa: F401  (imports the kg.validate module)

    assert callable(kg.validate) and kg.validate.__module__ == "kg.validate"


# ---------------------------------------------------------------- articles the pipeline leaves out

# Rome's article gets a second preferred label in the map stage (test_build's fixture), which the shapes forbid.
ROME = "ROME, March 3, 2026 - Foreign Minister Marco Conti led Italy's delegation at talks with Spain in Rome."


def test_an_article_that_breaks_the_shapes_raises_validation_failed(builder, rome_breaks_the_shapes):
    with pytest.raises(kg.ValidationFailed, match="1 article") as caught:
        builder([ROME, LISBON])
    assert caught.value.code == "E300" and "Constraint Violation" in caught.value.report
    result = builder.build([ROME, LISBON])
    assert leaders(result.graph) == ["Ana Souza"]  # the rest of the window is kept
    assert [(x.code, "Rome" in x.article.text) for x in result.left_out] == [("E300", True)]
    assert kg.validate(result.graph).conforms


def test_without_validation_it_is_built_anyway(nlp, rome_breaks_the_shapes):
    graph = kg.Builder(validate=False)([ROME, LISBON])
    assert leaders(graph) == ["Ana Souza", "Marco Conti"]
    assert not kg.validate(graph).conforms


def test_an_extraction_crash_is_an_input_error(builder, monkeypatch):
    import kg.pipeline as pipeline

    def refuse_rome(articles):
        if any("Rome" in a.text for a in articles):
            raise RuntimeError("rule bug")
        return articles

    real = pipeline.extract_articles
    monkeypatch.setattr(pipeline, "extract_articles",
                        lambda articles, nlp, batch_size=64: real(refuse_rome(list(articles)), nlp, batch_size))
    with pytest.raises(kg.InputError, match=r"extraction failed \(RuntimeError: rule bug\)"):
        builder([ROME, LISBON])
    assert [x.code for x in builder.build([ROME, LISBON]).left_out] == ["E900"]
