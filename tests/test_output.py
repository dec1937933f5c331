"""Serialized output: deterministic bytes, the `kg` prefix, a committed graph that is
not stale, Turtle that other parsers accept, valid IRIs and literals for nasty text,
and the --base-iri option."""
from __future__ import annotations

import shutil
import subprocess
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from conftest import KG_NS, REPO, run_kg
from kg.cli import main
from kg.map import to_graph
from kg.model import Evidence, Node, Resolved, Span, Triple
from kg.names import slugify
from kg.namespace import DEFAULT_BASE_IRI
from kg.pipeline import build
from kg.read import parse_article
from kg.serialize import serialize

COMMITTED = REPO / "out" / "graph.ttl"
# Characters RFC 3987 does not allow anywhere in an IRI.
IRI_FORBIDDEN = set(' <>"{}|\\^`')

NASTY_ARTICLE = (
    'Ports "deal" \\ signed \U0001f6a2 \u202eRTL\u202c \u0645\u064a\u0646\u0627\u0621\x07\n\n'
    "LISBON, March 3, 2026 - Foreign Minister Ana Souza led Brazil's delegation at talks with Portugal on Tuesday. "
    'She called the deal "close \U0001f91d" \x1b and thanked the \u05e0\u05de\u05dc officials.\n\n'
    "Trade Minister !!! met Deputy Minister \u00bf? of Portugal in Lisbon.\n\n"
    "Brazil imposed a 10 percent tariff on Portuguese cork \U0001f37e on Monday.\n"
)
NASTY_NAMES = ["!!!", "\u00bf?", "...", '"Quoted" \\ name', "\U0001f6a2\U0001f6a2", "\u0645\u064a\u0646\u0627\u0621",
               "\u202eReversed\u202c", "Ana\x07Souza", "Tab\tName", "Jos\u00e9 Mar\u00eda", "O'Brien-Smith",
               "\u4e60\u8fd1\u5e73", "Line\nBreak", "percent % and #hash", "a" * 300]


def examples_turtle(nlp, monkeypatch, tmp_path) -> bytes:
    """`kg build examples -o ...` run in-process from the repository root, as `make graph` does."""
    monkeypatch.chdir(REPO)
    out = tmp_path / f"examples-{len(list(tmp_path.iterdir()))}.ttl"
    result = CliRunner().invoke(main, ["build", "examples", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def ntriples_lines(graph: Graph, limit: int = 40) -> str:
    lines = sorted(serialize(graph, "nt").decode("utf-8").splitlines())
    more = f"\n... and {len(lines) - limit} more" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


def check_iris_and_literals(graph: Graph) -> None:
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                bad = [c for c in str(term) if c in IRI_FORBIDDEN or ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F
                       or unicodedata.category(c) in ("Cs", "Cn")]
                assert not bad, f"invalid characters {bad!r} in IRI {term!r}"
                assert str(term).split(":", 1)[0] in ("http", "https", "urn"), term
            elif isinstance(term, Literal):
                text = str(term)
                text.encode("utf-8")  # raises on lone surrogates
                assert not [c for c in text if ord(c) < 0x20 and c not in "\t\n\r"], repr(text)


def parse_back(data: bytes, fmt: str) -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format=fmt)


# ---------------------------------------------------------------- determinism

def test_same_input_same_bytes_in_process(nlp, monkeypatch, tmp_path):
    first = examples_turtle(nlp, monkeypatch, tmp_path)
    second = examples_turtle(nlp, monkeypatch, tmp_path)
    assert first == second
    assert serialize(parse_back(first, "turtle"), "nt") == serialize(parse_back(second, "turtle"), "nt")


def test_same_bytes_across_processes_with_different_hash_seeds(tmp_path):
    outputs = {seed: tmp_path / f"seed-{seed}.ttl" for seed in ("0", "4242")}

    def run(seed: str):
        return run_kg("build", "examples", "-o", str(outputs[seed]), env={"PYTHONHASHSEED": seed})

    with ThreadPoolExecutor(max_workers=len(outputs)) as pool:
        runs = list(pool.map(run, outputs))
    for proc in runs:
        assert proc.returncode == 0, proc.stderr
    first, *others = (path.read_bytes() for path in outputs.values())
    assert first and all(other == first for other in others)
    # and the committed graph was written by the same code path, byte for byte, when it is fresh
    if COMMITTED.is_file() and isomorphic(parse_back(first, "turtle"), Graph().parse(COMMITTED, format="turtle")):
        assert COMMITTED.read_bytes() == first, "out/graph.ttl holds the same triples in other bytes"


def test_ntriples_output_is_sorted_and_stable(nlp, monkeypatch, tmp_path):
    graph = parse_back(examples_turtle(nlp, monkeypatch, tmp_path), "turtle")
    data = serialize(graph, "nt")
    lines = data.splitlines()
    assert lines == sorted(set(lines)) and len(lines) == len(graph)
    assert data == serialize(parse_back(data, "nt"), "nt")


# ---------------------------------------------------------------- prefixes and the committed graph

def test_graph_binds_kg_prefix(nlp, monkeypatch, tmp_path):
    data = examples_turtle(nlp, monkeypatch, tmp_path)
    assert f"@prefix kg: <{KG_NS}> .".encode() in data
    assert ("kg", URIRef(KG_NS)) in set(parse_back(data, "turtle").namespaces())


def test_committed_graph_is_not_stale(nlp, monkeypatch, tmp_path):
    """out/graph.ttl is what `kg build examples -o out/graph.ttl` writes today."""
    assert COMMITTED.is_file(), "out/graph.ttl is missing: run `kg build examples -o out/graph.ttl`"
    committed = Graph().parse(COMMITTED, format="turtle")
    rebuilt = parse_back(examples_turtle(nlp, monkeypatch, tmp_path), "turtle")
    if not isomorphic(committed, rebuilt):
        _, only_committed, only_rebuilt = graph_diff(to_isomorphic(committed), to_isomorphic(rebuilt))
        pytest.fail("out/graph.ttl is stale: rebuild it with `kg build examples -o out/graph.ttl`\n"
                    f"only in out/graph.ttl ({len(only_committed)}):\n{ntriples_lines(only_committed)}\n"
                    f"only in a fresh build ({len(only_rebuilt)}):\n{ntriples_lines(only_rebuilt)}")
    assert ("kg", URIRef(KG_NS)) in set(committed.namespaces())


# ---------------------------------------------------------------- other parsers

def _external_parsers():
    return [pytest.param(["rapper", "-i", "turtle", "-c"], id="rapper"),
            pytest.param(["serdi", "-i", "turtle", "-o", "ntriples"], id="serdi")]


def run_external(command: list[str], path: Path) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (apt-get install raptor2-utils serdi)")
    return subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("command", _external_parsers())
def test_committed_graph_parses_with(command):
    proc = run_external(command, COMMITTED)
    assert proc.returncode == 0, proc.stderr
    if command[0] == "serdi":
        assert not proc.stderr.strip(), proc.stderr
        assert len(proc.stdout.splitlines()) == len(Graph().parse(COMMITTED, format="turtle"))


@pytest.fixture(scope="module")
def nasty_turtle(nlp, tmp_path_factory) -> Path:
    article = parse_article(NASTY_ARTICLE, source='we"ird \U0001f6a2 name\x07.txt')
    path = tmp_path_factory.mktemp("nasty") / "nasty.ttl"
    path.write_bytes(serialize(build([article], nlp).graph, "turtle"))
    return path


@pytest.mark.parametrize("command", _external_parsers())
def test_nasty_article_output_parses_with(command, nasty_turtle):
    proc = run_external(command, nasty_turtle)
    assert proc.returncode == 0, proc.stderr


# ---------------------------------------------------------------- nasty text

@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_nasty_article_round_trips(nasty_turtle):
    data = nasty_turtle.read_bytes()
    graph = parse_back(data, "turtle")
    assert len(graph) > 20, "the article should still yield facts"
    check_iris_and_literals(graph)
    for fmt in ("turtle", "nt", "xml", "json-ld"):
        assert isomorphic(parse_back(serialize(graph, fmt), fmt), graph), fmt
    labels = {str(o) for o in graph.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert any('"deal"' in label and "\U0001f6a2" in label for label in labels), labels


@pytest.mark.parametrize("name", NASTY_NAMES, ids=lambda n: repr(n)[1:20])
def test_slug_is_a_usable_iri_segment(name):
    slug = slugify(name)
    assert slug and slug == slugify(name)
    assert not (set(slug) & (IRI_FORBIDDEN | set("/#?%:")))
    assert len(slug) <= 60


def hand_built(names: list[str], base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """to_graph over nodes named with nasty strings, one relation and one title each, with evidence."""
    article = parse_article("Nasty names\n\nLISBON, March 3, 2026 - Something happened.", source="nasty.txt")
    sentence = Span(23, 42)
    nodes = [Node(id="country/lisbonia", kind="Country", label="Lisbonia")]
    triples = []
    for i, name in enumerate(names):
        node_id = f"person/{slugify(name)}-{i}"
        nodes.append(Node(id=node_id, kind="Person", label=name, aliases=(name + " (alias)",)))
        evidence = (Evidence(article.id, sentence, f"{name} said \"yes\" \x1b today.", 0.5, "nasty"),)
        triples.append(Triple(node_id, "affiliatedWith", "country/lisbonia", evidence=evidence))
        triples.append(Triple(node_id, "title", f"Minister of {name}", literal=True, evidence=evidence))
    return to_graph(Resolved(articles=(article,), nodes=tuple(nodes), triples=tuple(triples)), base_iri)


def test_nasty_names_give_valid_iris_and_literals():
    graph = hand_built(NASTY_NAMES)
    check_iris_and_literals(graph)
    for fmt in ("turtle", "nt"):
        assert isomorphic(parse_back(serialize(graph, fmt), fmt), graph), fmt
    persons = set(graph.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(KG_NS + "Person")))
    assert len(persons) == len(NASTY_NAMES)


@pytest.mark.parametrize("command", _external_parsers())
def test_nasty_names_parse_with(command, tmp_path):
    path = tmp_path / "names.ttl"
    path.write_bytes(serialize(hand_built(NASTY_NAMES), "turtle"))
    proc = run_external(command, path)
    assert proc.returncode == 0, proc.stderr


def test_no_blank_nodes_in_output(nasty_turtle):
    graph = parse_back(nasty_turtle.read_bytes(), "turtle")
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


# ---------------------------------------------------------------- --base-iri

def instance_iris(graph: Graph) -> set[str]:
    return {str(s) for s in graph.subjects() if isinstance(s, URIRef)}


@pytest.mark.parametrize("base", ["https://example.org/news/", "http://example.org/kg#", "urn:example:news:"])
def test_base_iri_changes_node_iris(base, article_dir, tmp_path):
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(article_dir), "-o", str(out), "--base-iri", base])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out, format="turtle")
    iris = instance_iris(graph)
    assert iris and all(iri.startswith(base) for iri in iris), sorted(iris)[:5]
    assert not any(DEFAULT_BASE_IRI in str(term) for triple in graph for term in triple)
    check_iris_and_literals(graph)


def test_base_iri_default(article_dir, tmp_path):
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(article_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert all(iri.startswith(DEFAULT_BASE_IRI) for iri in instance_iris(Graph().parse(out, format="turtle")))


def test_default_base_iri_passes_the_full_check(monkeypatch):
    # kg.map.check_base_iri returns the default at once, without the IRI parser: it must pass the whole check
    import kg.map

    monkeypatch.setattr(kg.map, "DEFAULT_BASE_IRI", "https://example.org/other/")
    assert kg.map.check_base_iri(DEFAULT_BASE_IRI) == DEFAULT_BASE_IRI


@pytest.mark.parametrize("base", ["not-an-iri", "https://example.org/news", "https://exa mple.org/",
                                  "ftp://example.org/", "https://example.org/<x>/", "", "/relative/path/",
                                  'https://example.org/"q"/'])
def test_bad_base_iri_is_rejected(base, article_dir, tmp_path):
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(article_dir), "-o", str(out), "--base-iri", base])
    assert result.exit_code == 2, result.output
    assert "base IRI" in result.output
    assert not out.exists()
