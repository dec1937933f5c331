"""Command-line conventions for output: `-o -` is stdout, files follow the umask, a symlink is written
through, an unknown suffix is an error naming the formats (`--to` names one), a real progress bar,
compact JSON-LD, `kg validate --report/--shapes`, and the same bytes in every format across processes."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from conftest import REPO, TEST_DATA
from kg.cli import main, write_atomic

ARTICLE = str(TEST_DATA / "harbour-talks.txt")


def same(a: Graph, b: Graph) -> bool:
    """The same triples, literals compared by value: Turtle writes the decimal "10" as 10.0."""
    def norm(graph):
        return {tuple((t.toPython(), t.datatype) if isinstance(t, Literal) else t for t in triple) for triple in graph}

    return norm(a) == norm(b)


def kg(*args: str, **kwargs):
    return CliRunner().invoke(main, list(args), **kwargs)


@pytest.fixture(scope="module")
def turtle(tmp_path_factory, nlp) -> Graph:
    out = tmp_path_factory.mktemp("conventions") / "g.ttl"
    result = kg("build", ARTICLE, "-o", str(out))
    assert result.exit_code == 0, result.output
    return Graph().parse(out)


# -- -o - ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("args, rdflib_format", [((), "turtle"), (("--to", "nt"), "nt"), (("--to", "jsonld"), "json-ld")])
def test_build_to_stdout(args, rdflib_format, turtle, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = kg("build", ARTICLE, "-o", "-", *args)
    assert result.exit_code == 0, result.stderr
    assert same(Graph().parse(data=result.stdout_bytes, format=rdflib_format), turtle)
    assert "-> stdout" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no file named '-', no failures.jsonl


def test_export_to_stdout_and_by_to(turtle, tmp_path):
    source = tmp_path / "g.ttl"
    source.write_bytes(turtle.serialize(format="turtle", encoding="utf-8"))
    store = tmp_path / "store"
    assert kg("load", str(source), "--store", str(store)).exit_code == 0
    result = kg("export", "--store", str(store), "-o", "-", "--to", "nt")
    assert result.exit_code == 0 and same(Graph().parse(data=result.stdout_bytes, format="nt"), turtle)
    assert kg("export", "--store", str(store), "-o", str(tmp_path / "dump.data"), "--to", "trig").exit_code == 0
    assert kg("export", "--store", str(store), "-o", str(tmp_path / "dump.data")).exit_code == 2


# -- unknown suffixes and --to ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["graph.txt", "graph", "graph.ttl.bak"])
def test_unknown_output_suffix_is_an_error_listing_the_formats(name, tmp_path):
    result = kg("build", ARTICLE, "-o", str(tmp_path / name))
    assert result.exit_code == 2
    assert "[E410]" in result.stderr and ".ttl" in result.stderr and "--to" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_to_names_the_format_whatever_the_suffix(turtle, tmp_path):
    out = tmp_path / "graph.txt"
    result = kg("build", ARTICLE, "-o", str(out), "--to", "nt")
    assert result.exit_code == 0, result.output
    assert same(Graph().parse(out, format="nt"), turtle)


# -- file modes and symlinks -----------------------------------------------------------------------------

@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_new_output_files_follow_the_umask(umask, mode, tmp_path):
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "g.ttl", b"")
    finally:
        os.umask(old)
    assert (tmp_path / "g.ttl").stat().st_mode & 0o777 == mode


def test_a_replaced_file_keeps_its_mode(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_bytes(b"old")
    path.chmod(0o664)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and path.stat().st_mode & 0o777 == 0o664


def test_build_output_is_not_private(tmp_path, nlp):
    old = os.umask(0o022)
    try:
        assert kg("build", ARTICLE, "-o", str(tmp_path / "g.nt")).exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "g.nt").stat().st_mode & 0o777 == 0o644


def test_output_through_a_symlink_writes_its_target(turtle, tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "graph.ttl"
    target.write_bytes(b"stale")
    link = tmp_path / "latest.ttl"
    link.symlink_to(target)
    result = kg("build", ARTICLE, "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert same(Graph().parse(target), turtle)
    assert not [p for p in tmp_path.rglob("*.part")]


# -- progress ----------------------------------------------------------------------------------------------

def test_progress_bar_shows_rate_and_eta(tmp_path, nlp):
    result = kg("build", ARTICLE, "-o", str(tmp_path / "g.nt"), "--progress")
    assert result.exit_code == 0
    bar = result.stderr.split("1 article(s) -> ")[0]
    assert "100%" in bar and "B/s" in bar and "<00:00" in bar  # done, a rate, the (remaining) ETA
    assert "1 article(s) built, 0 failed" in bar
    quiet = kg("build", ARTICLE, "-o", str(tmp_path / "h.nt"), "--no-progress")
    assert "B/s" not in quiet.stderr


@pytest.mark.parametrize("more", [0, 10], ids=["all read before", "a few bytes more"])
def test_progress_bar_is_redrawn_as_articles_are_built_whatever_is_read(capsys, more):
    import time

    from kg.cli import _Progress

    class Reader:  # a reader ahead of the build: most of the input read before the first window is built
        total_bytes, read_bytes = 1 << 20, 1 << 19

    reader = Reader()
    progress = _Progress(True, reader)
    progress.update(1, 0)
    for built in (2, 3, 4, 5):
        time.sleep(0.25)
        reader.read_bytes += more
        progress.update(built, 0)
    assert "5 article(s) built" in capsys.readouterr().err  # drawn now, not only when the bar closes
    progress.close()


# -- JSON-LD -----------------------------------------------------------------------------------------------

def test_json_ld_is_compact_with_kg_terms(turtle, tmp_path):
    out = tmp_path / "g.jsonld"
    assert kg("build", ARTICLE, "-o", str(out)).exit_code == 0
    data = json.loads(out.read_bytes())
    context = data["@context"]
    assert context["kg"] == "https://w3id.org/kg-news/ontology#"
    assert context["leads"] == {"@id": "kg:leads", "@type": "@id"}
    assert context["startDate"] == {"@id": "kg:startDate", "@type": "xsd:date"}
    nodes = {node["@id"]: node for node in data["@graph"]}
    ana = nodes["https://w3id.org/kg-news/id/person/ana-souza"]
    assert ana["label"] == "Ana Souza" and ana["@type"] == "Person" and "leads" in ana
    assert [n["@id"] for n in data["@graph"]] == sorted(nodes)
    assert same(Graph().parse(out, format="json-ld"), turtle)


# -- the same bytes in every format, whatever the hash seed -----------------------------------------------

SERIALIZE_ALL = """
import sys
from rdflib import Graph
from kg.serialize import serialize
graph = Graph().parse(sys.argv[1])
for fmt in ("turtle", "nt", "nquads", "trig", "json-ld", "xml"):
    sys.stdout.buffer.write(fmt.encode() + b"\\n" + serialize(graph, fmt) + b"\\n")
"""


def test_every_format_is_the_same_bytes_across_processes():
    runs = [subprocess.run([sys.executable, "-c", SERIALIZE_ALL, str(REPO / "out" / "graph.ttl")], cwd=REPO,
                           env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, timeout=300)
            for seed in ("1", "2")]
    assert all(run.returncode == 0 for run in runs), runs[0].stderr.decode()[-2000:]
    assert runs[0].stdout == runs[1].stdout


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".trig", ".jsonld", ".rdf"])
def test_kg_build_is_the_same_bytes_across_processes(suffix, tmp_path):
    from conftest import run_kg

    outputs = []
    for seed in ("3", "4"):
        out = tmp_path / f"{seed}{suffix}"
        result = run_kg("build", ARTICLE, "-o", str(out), env={"PYTHONHASHSEED": seed}, timeout=300)
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_trig_has_one_stable_named_graph_per_article(turtle, tmp_path):
    out = tmp_path / "g.trig"
    assert kg("build", ARTICLE, "-o", str(out)).exit_code == 0
    from rdflib import Dataset

    dataset = Dataset().parse(out, format="trig")
    names = {g.identifier for g in dataset.graphs() if len(g)}
    (article,) = turtle.subjects(predicate=URIRef("https://w3id.org/kg-news/ontology#contentHash"))
    assert URIRef(str(article).replace("/article/", "/graph/")) in names
    assert all(isinstance(name, URIRef) and name.startswith("https://w3id.org/kg-news/id/graph/") for name in names)
    if shutil.which("rapper"):
        check = subprocess.run(["rapper", "-i", "trig", "-c", str(out)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


# -- kg validate --report / --shapes -----------------------------------------------------------------------

def test_validate_writes_a_json_report(tmp_path):
    report = tmp_path / "report.json"
    result = kg("validate", str(TEST_DATA / "violation.ttl"), "--report", str(report))
    assert result.exit_code == 1
    data = json.loads(report.read_bytes())
    assert data["conforms"] is False and data["violations"] == len(data["results"]) > 0
    assert {"focusNode", "path", "message", "severity", "constraint"} <= set(data["results"][0])


def test_validate_writes_a_turtle_report(tmp_path):
    from rdflib.namespace import SH

    report = tmp_path / "report.ttl"
    for graph_file, conforms in (("valid.ttl", True), ("violation.ttl", False)):
        kg("validate", str(TEST_DATA / graph_file), "--report", str(report))
        graph = Graph().parse(report)
        (node,) = graph.subjects(predicate=SH.conforms)
        assert graph.value(node, SH.conforms).toPython() is conforms


def test_validate_report_to_stdout_keeps_stdout_for_the_report(tmp_path):
    result = kg("validate", str(TEST_DATA / "violation.ttl"), "--report", "-")
    assert result.exit_code == 1
    assert len(Graph().parse(data=result.stdout, format="turtle")) > 3  # '-' is Turtle: the report graph
    assert "violation(s)" in result.stderr


@pytest.mark.parametrize("path, exit_code", [("kg:title", 0), ("kg:affiliatedWith", 1)])
def test_validate_against_other_shapes(path, exit_code, tmp_path):
    """valid.ttl's one person has a title and no affiliation: kg's shapes accept both."""
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "people.ttl").write_text(f"""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
<https://example.org/shapes#Person> a sh:NodeShape ; sh:targetClass kg:Person ;
    sh:property [ sh:path {path} ; sh:minCount 1 ; sh:message "every person needs {path} here" ] .
""")
    assert kg("validate", str(TEST_DATA / "valid.ttl")).exit_code == 0
    result = kg("validate", str(TEST_DATA / "valid.ttl"), "--shapes", str(shapes))
    assert result.exit_code == exit_code, result.output
    assert (f"every person needs {path} here" in result.output) == bool(exit_code)


@pytest.mark.parametrize("args, code", [
    (("--report", "report.txt"), "[E410]"),
    (("--shapes", "empty"), "[E420]"),
])
def test_validate_option_errors_have_their_own_codes(args, code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = kg("validate", str(TEST_DATA / "valid.ttl"), *args)
    assert result.exit_code == 2 and code in result.stderr


@pytest.mark.parametrize("setup, args, code", [
    ("none", ("validate", "missing.ttl"), "[E101]"),
    ("garbage", ("validate", "garbage.ttl"), "[E140]"),
    ("none", ("build", ARTICLE, "-o", "graph.txt"), "[E410]"),
    ("folder", ("build", ARTICLE, "-o", "taken/graph.ttl"), "[E150]"),
    ("none", ("remove", "--store", "nostore", "x"), "[E500]"),
])
def test_distinct_problems_have_distinct_codes(setup, args, code, tmp_path, monkeypatch, nlp):
    monkeypatch.chdir(tmp_path)
    if setup == "garbage":
        (tmp_path / "garbage.ttl").write_text("this is { not turtle")
    if setup == "folder":
        (tmp_path / "taken").write_text("a file where the output folder should be")
    result = kg(*args)
    assert result.exit_code == 2 and code in result.stderr, result.output


@pytest.mark.slow
def test_stdout_closed_by_its_reader_is_a_message_not_a_traceback():
    """`kg build ... -o - | head -c 100`: a window at a time, so the reader is gone before the last ones."""
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(REPO / "examples"), "-o", "-",
                                "--to", "nt", "--batch-size", "1", "--jobs", "1"], cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout.read(100).startswith(b"<https://w3id.org/kg-news/id/")
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=300) == 2
    assert "stopped: the reader of stdout closed it" in stderr and "Traceback" not in stderr
