"""`kg build`: input formats, bad input, OUTPUT.failures.jsonl, exit codes, atomic writes, resume, windows.

CliRunner runs the command in this process, so spaCy loads once for the whole module.
"""
from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
KG = "https://w3id.org/kg-news/ontology#"
CONTENT_HASH = URIRef(KG + "contentHash")

GENEVA = """Japan and South Korea open chip talks in Geneva

GENEVA, March 3, 2026 - Japanese and South Korean negotiators opened two days of talks in Geneva on Tuesday.

Economy Minister Kenji Sato led the Japanese delegation. South Korean Industry Minister Park Min-jun headed the South Korean team.
"""
GENEVA_AGAIN = """Chip talks begin in Geneva

GENEVA, March 3, 2026 - Talks between Japan and South Korea began in Geneva on Tuesday.

Economy Minister Kenji Sato, who leads the Japanese delegation, met Industry Minister Park Min-jun of South Korea.
"""
ROME = """Italy and Spain meet in Rome

ROME, May 2, 2025 - Italian and Spanish ministers met in Rome on Friday to discuss olive oil exports.
"""
NO_DATE = """Ministers meet

Trade ministers of Chile and Peru met in Lima on Tuesday to talk about copper.
"""


@pytest.fixture(scope="module", autouse=True)
def _model_loaded(nlp):
    """Load spaCy once before the first build (CliRunner runs the CLI in this process)."""


def run(*args, input=None):
    return CliRunner().invoke(main, ["build", *map(str, args)], input=input, catch_exceptions=False)


def write(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def graph_of(path: Path) -> Graph:
    fmt = "nt" if path.suffix == ".nt" else "turtle"
    return Graph().parse(path, format=fmt)


def hashes(path: Path) -> set[str]:
    return {str(o) for o in graph_of(path).objects(None, CONTENT_HASH)}


def failures(out: Path) -> list[dict]:
    path = out.with_name(out.name + ".failures.jsonl")
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def conforms(path: Path) -> bool:
    from kg.validate import validate_with_pyshacl

    return validate_with_pyshacl(graph_of(path)).conforms


# -- good input ---------------------------------------------------------------------------------

def test_a_folder_builds_with_exit_0_and_no_failures_file(tmp_path):
    out = tmp_path / "out" / "graph.ttl"
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.ttl.failures.jsonl").write_text('{"stale": true}\n')
    result = run(EXAMPLES, "-o", out)
    assert result.exit_code == 0, result.output
    assert len(hashes(out)) == 3
    assert "3 article(s)" in result.stderr and "SHACL validation" in result.stderr
    assert not (tmp_path / "out" / "graph.ttl.failures.jsonl").exists()  # a stale list is not left behind
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["graph.ttl"]  # no temporary files


def test_turtle_for_one_window_is_the_whole_graph_build(tmp_path, nlp):
    from kg.cli import read_article_file
    from kg.pipeline import build
    from kg.serialize import serialize

    out = tmp_path / "g.ttl"
    assert run(EXAMPLES, "-o", out).exit_code == 0
    articles = [read_article_file(p, None) for p in sorted(EXAMPLES.glob("*.txt"))]
    assert out.read_bytes() == serialize(build(articles, nlp).graph, "turtle")


def test_html_jsonl_and_stdin_inputs(tmp_path):
    page = (f"<html><head><meta name='date' content='2025-05-02'></head><body><nav>Home | World</nav><article>"
            f"<h1>Italy and Spain meet in Rome</h1><p>{ROME.splitlines()[2]}</p></article></body></html>")
    write(tmp_path, "in/page.html", page)
    write(tmp_path, "in/feed.jsonl", json.dumps({"text": GENEVA_AGAIN, "title": "Chip talks", "date": "2026-03-04"}) + "\n")
    out = tmp_path / "g.nt"
    result = run(tmp_path / "in", "-", "-o", out, input=GENEVA)
    assert result.exit_code == 0, result.output
    g = graph_of(out)
    sources = {str(o) for o in g.objects(None, URIRef(KG + "sourceFile"))}
    assert sources == {str(tmp_path / "in/page.html"), str(tmp_path / "in/feed.jsonl") + ":1", "-"}
    assert conforms(out)


def test_stdin_jsonl_is_recognised(tmp_path):
    lines = "".join(json.dumps({"text": t, "date": "2025-05-02"}) + "\n" for t in (ROME, GENEVA))
    out = tmp_path / "g.ttl"
    result = run("-", "-o", out, input=lines)
    assert result.exit_code == 0, result.output
    assert len(hashes(out)) == 2


def test_a_duplicate_article_is_built_once(tmp_path):
    write(tmp_path, "a.txt", ROME)
    write(tmp_path, "b.txt", ROME)
    out = tmp_path / "out" / "g.ttl"
    result = run(tmp_path / "a.txt", tmp_path / "b.txt", "-o", out)
    assert result.exit_code == 0 and "same text as" in result.stderr
    assert len(hashes(out)) == 1


# -- bad input: a clear message naming the file, the rest still builds, OUTPUT.failures.jsonl, exit 2 --

@pytest.mark.parametrize("name, data, reason, code", [
    ("empty.txt", b"", "empty", "E103"),
    ("blank.txt", b"  \n\n\t", "empty", "E103"),
    ("binary.txt", b"\x00\x01\x02garbage\x00" * 100, "binary", "E104"),
    ("scan.txt", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "binary", "E104"),
    ("paper.pdf", b"%PDF-1.5\n", "unknown extension", "E107"),
    ("notes.docx", b"PK\x03\x04", "unknown extension", "E107"),
    ("page.html", b"<html><body><script>x()</script></body></html>", "no article text", "E100"),
])
def test_a_bad_file_is_skipped_and_the_rest_builds(tmp_path, name, data, reason, code):
    good = write(tmp_path, "good.txt", ROME)
    bad = write(tmp_path, name, data)
    out = tmp_path / "out" / "graph.ttl"
    result = run(good, bad, "-o", out)
    assert result.exit_code == 2
    assert f"error: [{code}] {bad}: " in result.stderr and reason in result.stderr
    assert len(hashes(out)) == 1 and conforms(out)
    [failure] = failures(out)
    assert failure["source"] == str(bad) and reason in failure["reason"] and failure["skipped"] is True
    assert f"see {out.parent / 'graph.ttl.failures.jsonl'}" in result.stderr


def test_invalid_utf8_is_replaced_with_a_warning_and_built(tmp_path):
    bad = write(tmp_path, "latin1.txt", ROME.replace("olive", "ol\xedve").encode("latin-1"))
    out = tmp_path / "g.ttl"
    result = run(bad, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"warning: [E100] {bad}: invalid UTF-8" in result.stderr
    assert len(hashes(out)) == 1
    [warning] = failures(out)
    assert warning["skipped"] is False and "replaced" in warning["reason"]


def test_a_50_mb_text_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "dump.txt"
    with big.open("wb") as handle:
        handle.write(b"Ministers met in Rome on Friday. " * (50_000_000 // 33 + 1))
    good = write(tmp_path, "good.txt", ROME)
    out = tmp_path / "g.ttl"
    result = run(big, good, "-o", out)
    assert result.exit_code == 2
    assert f"{big}: too large for one article (50.0 MB; the limit is 2.0 MB)" in result.stderr
    assert len(hashes(out)) == 1
    assert failures(out)[0]["source"] == str(big)


def test_a_malformed_jsonl_line_names_file_and_line(tmp_path):
    lines = [json.dumps({"text": ROME}), '{"text": "unterminated', json.dumps({"title": "no text"}),
             json.dumps({"text": GENEVA})]
    feed = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    out = tmp_path / "g.nt"
    result = run(feed, "-o", out)
    assert result.exit_code == 2
    assert f"{feed}:2: not valid JSON" in result.stderr and f'{feed}:3: no "text"' in result.stderr
    assert len(hashes(out)) == 2 and conforms(out)
    assert [(f["source"], f["line"]) for f in failures(out)] == [(str(feed), 2), (str(feed), 3)]


def test_missing_and_unreadable_paths(tmp_path, monkeypatch):
    good = write(tmp_path, "good.txt", ROME)
    locked = write(tmp_path, "locked.txt", GENEVA)
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    real_open = Path.open

    def open_(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    out = tmp_path / "out" / "g.ttl"
    result = run(good, tmp_path / "missing.txt", dangling, locked, "-o", out)
    assert result.exit_code == 2
    assert f"{tmp_path / 'missing.txt'}: no such file or folder" in result.stderr
    assert f"{dangling}: a broken link (to {tmp_path / 'nowhere.txt'}, which does not exist)" in result.stderr
    assert f"{locked}: cannot be read (Permission denied)" in result.stderr
    assert len(hashes(out)) == 1
    assert len(failures(out)) == 3


def test_an_article_with_no_date_is_built_with_a_warning(tmp_path):
    article = write(tmp_path, "nodate.txt", NO_DATE)
    out = tmp_path / "g.ttl"
    result = run(article, "-o", out)
    assert result.exit_code == 0
    assert f"warning: [E100] {article}: no date found" in result.stderr
    assert len(hashes(out)) == 1
    assert failures(out)[0]["skipped"] is False


def test_nothing_to_build_writes_nothing(tmp_path):
    empty = write(tmp_path, "empty.txt", b"")
    out = tmp_path / "g.ttl"
    result = run(empty, "-o", out)
    assert result.exit_code == 2 and "no articles to build from" in result.stderr
    assert not out.exists()
    assert failures(out)[0]["source"] == str(empty)


def test_an_unwritable_output_is_a_clear_error(tmp_path):
    blocker = write(tmp_path, "file", "not a folder")
    result = run(EXAMPLES / "geneva-chip-talks.txt", "-o", blocker / "g.ttl")
    assert result.exit_code == 2 and "cannot write" in result.stderr


# -- failures inside the pipeline ------------------------------------------------------------------

def test_an_article_that_crashes_extraction_fails_alone(tmp_path, monkeypatch):
    import kg.pipeline as pipeline

    real = pipeline.extract_articles

    def extract(articles, nlp, batch_size=64):
        articles = list(articles)
        if any("Rome" in a.text for a in articles):
            raise RuntimeError("rule bug")
        return real(articles, nlp, batch_size=batch_size)

    monkeypatch.setattr(pipeline, "extract_articles", extract)
    rome, geneva = write(tmp_path, "rome.txt", ROME), write(tmp_path, "geneva.txt", GENEVA)
    out = tmp_path / "g.ttl"
    result = run(rome, geneva, "-o", out, "--jobs", "1")
    assert result.exit_code == 2
    assert f"{rome}: extraction failed (RuntimeError: rule bug)" in result.stderr
    assert len(hashes(out)) == 1
    assert failures(out)[0]["code"] == "E900"


@pytest.fixture
def rome_breaks_the_shapes(monkeypatch):
    import kg.pipeline as pipeline

    real = pipeline.to_graph

    def to_graph(resolved, base_iri, *args):
        g = real(resolved, base_iri, *args)
        for article in resolved.articles:
            if "Rome" in article.text:  # a second preferred name: violates the shapes
                g.add((URIRef(base_iri + "article/" + article.id), RDFS.label, Literal("another title")))
        return g

    monkeypatch.setattr(pipeline, "to_graph", to_graph)
    import kg.emit as emit  # N-Triples and N-Quads are made without a Graph: break those too

    real_triples = emit.triples

    def triples(resolved, base_iri):
        out = real_triples(resolved, base_iri)
        for article in resolved.articles:
            if "Rome" in article.text:
                out.add(tuple(emit.term_text(t) for t in (URIRef(base_iri + "article/" + article.id), RDFS.label,
                                                          Literal("another title"))))
        return out

    monkeypatch.setattr(emit, "triples", triples)


@pytest.mark.parametrize("suffix", [".nt", ".ttl"])
def test_an_article_that_does_not_conform_is_left_out_with_exit_1(tmp_path, rome_breaks_the_shapes, suffix):
    rome, geneva = write(tmp_path, "rome.txt", ROME), write(tmp_path, "geneva.txt", GENEVA)
    out = tmp_path / f"g{suffix}"
    result = run(rome, geneva, "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    assert f"error: [E300] {rome}: " in result.stderr and "SHACL violation" in result.stderr
    assert len(hashes(out)) == 1 and conforms(out)
    assert failures(out)[0]["code"] == "E300"
    if suffix == ".ttl":
        assert "@prefix kg: <https://w3id.org/kg-news/ontology#>" in out.read_text()


def test_nothing_conforms_is_exit_1(tmp_path, rome_breaks_the_shapes):
    out = tmp_path / "g.ttl"
    result = run(write(tmp_path, "rome.txt", ROME), "-o", out)
    assert result.exit_code == 1 and "no article conforms" in result.stderr
    assert not out.exists()


def test_ctrl_c_leaves_no_half_written_graph(tmp_path, monkeypatch):
    import kg.pipeline as pipeline

    real = pipeline.stream

    def interrupted(*args, **kwargs):
        for i, result in enumerate(real(*args, **kwargs)):
            yield result
            raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "stream", interrupted)
    out = tmp_path / "g.nt"
    out.write_text("the previous graph\n")
    result = run(EXAMPLES, "-o", out, "--batch-size", "1", "--jobs", "1")
    assert result.exit_code == 130 and "interrupted" in result.stderr
    assert out.read_text() == "the previous graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt"]


# -- resume through the store -------------------------------------------------------------------------

@pytest.fixture
def fake_store(monkeypatch):
    """kg.store's two functions, recording content hashes in a file (the real store is tested elsewhere)."""
    module = types.ModuleType("kg.store")

    def article_ids_in_store(store_path):
        ids = Path(store_path) / "ids.json"
        return set(json.loads(ids.read_text())) if ids.exists() else set()

    def load_graph_into_store(graph, store_path, base_iri=None):
        Path(store_path).mkdir(parents=True, exist_ok=True)
        ids = article_ids_in_store(store_path) | {str(o) for o in graph.objects(None, CONTENT_HASH)}
        (Path(store_path) / "ids.json").write_text(json.dumps(sorted(ids)))

    module.article_ids_in_store = article_ids_in_store
    module.load_graph_into_store = load_graph_into_store
    monkeypatch.setitem(sys.modules, "kg.store", module)
    return module


def test_an_interrupted_build_resumes_from_the_store(tmp_path, monkeypatch, fake_store):
    import kg.pipeline as pipeline

    real = pipeline.stream
    seen = []

    def interrupted(articles, *args, **kwargs):
        def counted():
            for article in articles:
                seen.append(article.source)
                yield article
        for result in real(counted(), *args, **kwargs):
            yield result
            raise KeyboardInterrupt

    store = tmp_path / "store"
    out = tmp_path / "g.nt"
    monkeypatch.setattr(pipeline, "stream", interrupted)
    result = run(EXAMPLES, "-o", out, "--store", store, "--batch-size", "1", "--jobs", "1")
    assert result.exit_code == 130 and "will be skipped" in result.stderr
    assert len(fake_store.article_ids_in_store(store)) == 1 and not out.exists()

    monkeypatch.setattr(pipeline, "stream", real)
    seen.clear()
    result = run(EXAMPLES, "-o", out, "--store", store, "--batch-size", "1", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "1 article(s) already in" in result.stderr
    assert len(hashes(out)) == 2 and len(fake_store.article_ids_in_store(store)) == 3

    result = run(EXAMPLES, "-o", out, "--store", store)
    assert result.exit_code == 0 and "nothing new to build" in result.stderr


def test_resume_with_the_real_store(tmp_path):
    pytest.importorskip("pyoxigraph")
    store_module = pytest.importorskip("kg.store")
    store, out = tmp_path / "store", tmp_path / "g.nt"
    result = run(EXAMPLES / "geneva-chip-talks.txt", "-o", out, "--store", store)
    assert result.exit_code == 0, result.output
    assert len(store_module.article_ids_in_store(store)) == 1
    result = run(EXAMPLES, "-o", out, "--store", store)
    assert result.exit_code == 0, result.output
    assert "1 article(s) already in" in result.stderr and len(hashes(out)) == 2
    assert len(store_module.article_ids_in_store(store)) == 3


# -- windows: the same graph, however the articles are cut up --------------------------------------------

def _one_label_each(g: Graph) -> None:
    for node in set(g.subjects(RDF.type, None)):
        if str(node).startswith("https://w3id.org/kg-news/id/") and "/statement/" not in str(node):
            assert len(list(g.objects(node, RDFS.label))) == 1, node


def test_windows_share_iris_and_merge_events(tmp_path):
    write(tmp_path, "in/a.txt", GENEVA)
    write(tmp_path, "in/b.txt", GENEVA_AGAIN)
    write(tmp_path, "in/c.txt", ROME)
    whole, windows = tmp_path / "whole.nt", tmp_path / "windows.nt"
    assert run(tmp_path / "in", "-o", whole, "--jobs", "1").exit_code == 0
    result = run(tmp_path / "in", "-o", windows, "--jobs", "1", "--batch-size", "1")
    assert result.exit_code == 0, result.output
    a, b = graph_of(whole), graph_of(windows)
    _one_label_each(b)
    assert conforms(windows)
    meeting = URIRef(KG + "Meeting")
    geneva_events = lambda g: {e for e in g.subjects(RDF.type, meeting) if "geneva" in str(e)}  # noqa: E731
    assert len(geneva_events(a)) == 1  # resolve merges the two articles' talks...
    assert geneva_events(b) == geneva_events(a)  # ...and so does the registry across windows
    people = lambda g: set(g.subjects(RDF.type, URIRef(KG + "Person")))  # noqa: E731
    assert people(a) == people(b)
    assert set(a.subjects(RDF.type, URIRef(KG + "Country"))) == set(b.subjects(RDF.type, URIRef(KG + "Country")))


def test_parallel_jobs_write_the_same_bytes(tmp_path):
    # three windows, two workers: the first is extracted and resolved whole by a worker, the last two
    # (the input's tail) in chunks resolved by the main process; both must give what one process gives
    one, two = tmp_path / "one.nt", tmp_path / "two.nt"
    assert run(EXAMPLES, "-o", one, "--batch-size", "1", "--jobs", "1").exit_code == 0
    result = run(EXAMPLES, "-o", two, "--batch-size", "1", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert one.read_bytes() == two.read_bytes()
    _one_label_each(graph_of(two))


def test_timings_show_each_stage(tmp_path):
    result = run(EXAMPLES / "geneva-chip-talks.txt", "-o", tmp_path / "g.ttl", "--timings")
    assert result.exit_code == 0
    for stage in ("extract (spaCy + rules)", "SHACL validation", "map", "resolve"):
        assert stage in result.stderr


# -- the registry, on hand-made windows (no spaCy) ----------------------------------------------------

def _window(nodes, triples):
    from kg.model import Evidence, Node, Resolved, Span, Triple

    ev = (Evidence("a1", Span(0, 10), "sentence", 0.9, "rule"),)
    return Resolved((), tuple(Node(*n) for n in nodes),
                    tuple(Triple(s, p, o, literal, "date" if literal else "", ev) for s, p, o, literal in triples))


def test_registry_merges_events_and_their_delegations_across_windows():
    from kg.pipeline import Registry

    registry = Registry()
    first = _window([("event/meeting-geneva-2026-03-03", "Meeting", "talks in Geneva"), ("place/geneva", "Place", "Geneva"),
                     ("country/japan", "Country", "Japan"), ("person/kenji-sato", "Person", "Kenji Sato")],
                    [("event/meeting-geneva-2026-03-03", "location", "place/geneva", False),
                     ("event/meeting-geneva-2026-03-03", "startDate", "2026-03-03", True),
                     ("event/meeting-geneva-2026-03-03", "participant", "person/kenji-sato", False)])
    same = registry.remap(first)  # the first window is left as it is
    assert set(same.nodes) == set(first.nodes) and set(same.triples) == set(first.triples)
    second = _window([("event/meeting-geneva-2026-03-02", "Meeting", "Geneva talks"), ("place/geneva", "Place", "Geneva"),
                      ("person/sato", "Person", "Sato"), ("country/japan", "Country", "Japan"),
                      ("delegation/japan-at-meeting-geneva-2026-03-02", "Delegation", "delegation of Japan")],
                     [("event/meeting-geneva-2026-03-02", "location", "place/geneva", False),
                      ("event/meeting-geneva-2026-03-02", "startDate", "2026-03-02", True),
                      ("event/meeting-geneva-2026-03-02", "endDate", "2026-03-03", True),
                      ("event/meeting-geneva-2026-03-02", "participant", "person/sato", False),
                      ("event/meeting-geneva-2026-03-02", "participant",
                       "delegation/japan-at-meeting-geneva-2026-03-02", False),
                      ("delegation/japan-at-meeting-geneva-2026-03-02", "represents", "country/japan", False)])
    out = registry.remap(second)
    ids = {n.id for n in out.nodes}
    assert ids == {"event/meeting-geneva-2026-03-03", "place/geneva", "person/kenji-sato", "country/japan",
                   "delegation/japan-at-meeting-geneva-2026-03-03"}
    event = next(n for n in out.nodes if n.kind == "Meeting")
    assert event.label == "talks in Geneva" and "Geneva talks" in event.aliases  # the label written first stays
    starts = [t.object for t in out.triples if t.predicate == "startDate"]
    assert starts == []  # 2026-03-03 was written already: a second start date would break the shapes
    assert any(t.predicate == "endDate" for t in out.triples)
    assert registry.counts["Meeting"] == 1 and registry.counts["Person"] == 1


def test_the_registrys_decisions_on_an_outline_remap_the_whole_window_as_remap_does():
    """On Dask the client decides from a window's outline and the worker applies the decisions to the
    whole window: that must be what `remap` gives (labels written first, merged events, single values)."""
    from kg.pipeline import Registry, apply_decisions, outline

    windows = [
        _window([("event/meeting-geneva-2026-03-03", "Meeting", "talks in Geneva"), ("place/geneva", "Place", "Geneva"),
                 ("person/kenji-sato", "Person", "Kenji Sato"), ("country/japan", "Country", "Japan")],
                [("event/meeting-geneva-2026-03-03", "location", "place/geneva", False),
                 ("event/meeting-geneva-2026-03-03", "startDate", "2026-03-03", True),
                 ("event/meeting-geneva-2026-03-03", "participant", "person/kenji-sato", False),
                 ("person/kenji-sato", "name", "Kenji Sato", True)]),
        _window([("event/meeting-geneva-2026-03-02", "Meeting", "Geneva talks"), ("place/geneva", "Place", "Genf"),
                 ("person/sato", "Person", "Sato"), ("country/japan", "Country", "Japan")],
                [("event/meeting-geneva-2026-03-02", "location", "place/geneva", False),
                 ("event/meeting-geneva-2026-03-02", "startDate", "2026-03-02", True),
                 ("event/meeting-geneva-2026-03-02", "endDate", "2026-03-03", True),
                 ("event/meeting-geneva-2026-03-02", "participant", "person/sato", False),
                 ("event/meeting-geneva-2026-03-02", "participant", "country/japan", False)]),
    ]
    whole, outlined = Registry(), Registry()
    for window in windows:
        expected = whole.remap(window)
        decisions = outlined.decide(outline(window))
        outlined.remember(apply_decisions(outline(window), decisions))
        assert apply_decisions(window, decisions) == expected
    assert decisions.mapping == {"event/meeting-geneva-2026-03-02": "event/meeting-geneva-2026-03-03",
                                 "person/sato": "person/kenji-sato"}
    nodes = {n.id: n for n in expected.nodes}
    assert nodes["place/geneva"].label == "Geneva" and nodes["place/geneva"].aliases == ("Genf",)
    assert not any(t.predicate == "startDate" for t in expected.triples)  # the first window's date stays
    assert outlined.counts == whole.counts and outlined.labels == whole.labels and outlined.single == whole.single


@pytest.mark.parametrize("make", ["window", "outline"])
def test_two_nodes_a_window_maps_onto_one_earlier_node_keep_no_relation_to_itself(make):
    """A talk that precedes a summit, both found to be one event an earlier window told: "X precedes X" is no fact."""
    from kg.pipeline import Decisions, apply_decisions, outline

    window = _window([("event/meeting-lima-2026-03-02", "Meeting", "talks in Lima"),
                      ("event/summit-lima-2026-03-03", "Summit", "summit in Lima")],
                     [("event/meeting-lima-2026-03-02", "precedes", "event/summit-lima-2026-03-03", False),
                      ("event/meeting-lima-2026-03-02", "startDate", "2026-03-02", True)])
    earlier = "event/summit-lima-2026-03-02"
    decisions = Decisions({"event/meeting-lima-2026-03-02": earlier, "event/summit-lima-2026-03-03": earlier}, {}, {})
    remapped = apply_decisions(window if make == "window" else outline(window), decisions)
    assert [(t.subject, t.predicate, t.object) for t in remapped.triples] == [(earlier, "startDate", "2026-03-02")]


def test_an_outline_travels_as_named_tuples_in_fewer_bytes_than_its_dataclasses():
    """A cluster's client unpickles an outline a window: named tuples carry no attribute dict to rebuild."""
    import pickle
    from dataclasses import astuple

    from kg.model import Node, Triple
    from kg.pipeline import OutlineNode, OutlineTriple, outline

    window = _window([(f"person/p{i}", "Person", f"Person {i}") for i in range(50)],
                     [(f"person/p{i}", "knows", f"person/p{i + 1}", False) for i in range(49)])
    slim = outline(window)
    assert all(isinstance(n, OutlineNode) for n in slim.nodes) and all(isinstance(t, OutlineTriple) for t in slim.triples)
    as_dataclasses = (tuple(Node(*n) for n in slim.nodes), tuple(Triple(*t) for t in slim.triples))
    assert [astuple(n) for n in as_dataclasses[0]] == [tuple(n) for n in slim.nodes]
    assert len(pickle.dumps((slim.nodes, slim.triples))) < 0.8 * len(pickle.dumps(as_dataclasses))


def test_ntriples_deduper_reads_an_index_made_elsewhere():
    from kg.pipeline import NTriplesDeduper, fresh_prefixes, line_index

    base = "https://w3id.org/kg-news/id/"
    node = f"<{base}country/japan> <http://www.w3.org/2000/01/rdf-schema#label> \"Japan\" .\n".encode()
    other = f"<{base}country/peru> <http://www.w3.org/2000/01/rdf-schema#label> \"Peru\" .\n".encode()
    article = f"<{base}article/abc> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n".encode()
    dedupe = NTriplesDeduper(base)
    window = node + article + node + b"\n" + other
    assert dedupe(window, line_index(window, fresh_prefixes(base))) == node + article + other
    assert dedupe(article + other + node) == article


def test_registry_keeps_unrelated_events_apart_and_forgets_the_oldest():
    from kg.pipeline import Registry

    registry = Registry(max_events=1)
    for day, place in (("2026-03-03", "geneva"), ("2026-05-01", "rome"), ("2026-03-03", "geneva")):
        window = _window([(f"event/meeting-{place}-x{day}", "Meeting", "talks"), (f"place/{place}", "Place", place),
                          ("country/japan", "Country", "Japan"), ("country/italy", "Country", "Italy")],
                         [(f"event/meeting-{place}-x{day}", "location", f"place/{place}", False),
                          (f"event/meeting-{place}-x{day}", "startDate", day, True),
                          (f"event/meeting-{place}-x{day}", "participant", "country/japan", False)])
        out = registry.remap(window)
        assert {n.id for n in out.nodes if n.kind == "Meeting"} == {f"event/meeting-{place}-x{day}"}
    assert len(registry.events) == 1


def test_ntriples_deduper_keeps_article_lines_and_drops_repeated_descriptions():
    from kg.pipeline import NTriplesDeduper

    base = "https://w3id.org/kg-news/id/"
    dedupe = NTriplesDeduper(base)
    node = f"<{base}country/japan> <http://www.w3.org/2000/01/rdf-schema#label> \"Japan\" .\n".encode()
    article = f"<{base}article/abc> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n".encode()
    assert dedupe(node + article) == node + article
    assert dedupe(node + article) == article


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_nquads_are_streamed_and_parse(tmp_path):
    out = tmp_path / "g.nq"
    result = run(EXAMPLES, "-o", out, "--batch-size", "2", "--jobs", "1")
    assert result.exit_code == 0, result.output
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(out, format="nquads")
    assert len(set(ds.objects(None, CONTENT_HASH))) == 3


def test_progress_line_on_request(tmp_path):
    result = run(EXAMPLES, "-o", tmp_path / "g.nt", "--progress", "--jobs", "1", "--batch-size", "1")
    assert result.exit_code == 0
    assert "article(s) built" in result.stderr
    quiet = run(EXAMPLES, "-o", tmp_path / "g2.nt", "--jobs", "1", "--batch-size", "1")
    assert "article(s) built" not in quiet.stderr  # not a terminal: no progress line
