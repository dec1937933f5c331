"""Hostile input and faults (issue 9): each case reproduced as a user would meet it, through the CLI.

Builds run in this process through CliRunner (spaCy loads once) unless the case needs a real
process: signals, a closed or huge standard input, a file system as another user sees it, peak
memory. Queries and pushes meet real servers on 127.0.0.1: an Oxigraph server and small
http.server fakes (a 401 that echoes the login, a server that trickles its answer, one that fails
half-way). Every server and loop here is bounded in time and stops by itself.
"""
from __future__ import annotations

import base64
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from kg.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CONTENT_HASH = URIRef("https://w3id.org/kg-news/ontology#contentHash")
SOURCE_FILE = URIRef("https://w3id.org/kg-news/ontology#sourceFile")

ROME = """Italy and Spain meet in Rome

ROME, May 2, 2025 - Italian and Spanish ministers met in Rome on Friday to discuss olive oil exports.
"""
GENEVA = """Japan and South Korea open chip talks in Geneva

GENEVA, March 3, 2026 - Japanese and South Korean negotiators opened two days of talks in Geneva on Tuesday.

Economy Minister Kenji Sato led the Japanese delegation.
"""
OSLO = """Norway and Iceland hold fishing talks

OSLO, June 4, 2025 - Norwegian and Icelandic ministers met in Oslo on Wednesday to discuss fishing quotas.
"""


@pytest.fixture(scope="module", autouse=True)
def _model_loaded(nlp):
    """spaCy once for the module: CliRunner builds run in this process."""


def invoke(*args, input=None, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env=env)


def build(*args, input=None):
    return invoke("build", *args, input=input)


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def sources(path: Path) -> set[str]:
    fmt = "nt" if path.suffix == ".nt" else "turtle"
    return {str(o) for o in Graph().parse(path, format=fmt).objects(None, SOURCE_FILE)}


def failures(out: Path) -> list[dict]:
    path = out.with_name(out.name + ".failures.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def kg_process(*args, **kwargs) -> subprocess.Popen:
    """`kg ARGS` in its own process (what a shell runs)."""
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=REPO,
                            stdout=kwargs.pop("stdout", subprocess.PIPE), stderr=subprocess.PIPE, **kwargs)


def peak_rss_mib(*args, stdin_bytes: int = 0, timeout: float = 300) -> tuple[int, str, int]:
    """Run `kg ARGS` in a child of a small wrapper and return (exit code, stderr, the child's peak RSS in MiB).
    With stdin_bytes, that many bytes of text are written to its standard input (as fast as it reads)."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "n = int(sys.argv[1])\n"
        "p = subprocess.Popen([sys.executable, '-m', 'kg.cli'] + sys.argv[2:], stdin=subprocess.PIPE,\n"
        "                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "def feed():\n"
        "    block = b'word ' * 200_000\n"
        "    sent = 0\n"
        "    try:\n"
        "        while sent < n:\n"
        "            p.stdin.write(block[: n - sent]); sent += len(block)\n"
        "        p.stdin.close()\n"
        "    except (BrokenPipeError, ValueError, OSError):\n"
        "        pass\n"
        "import threading; t = threading.Thread(target=feed, daemon=True); t.start()\n"
        "err = p.stderr.read(); p.wait()\n"
        "sys.stderr.buffer.write(err)\n"
        "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n"
    )
    done = subprocess.run([sys.executable, "-c", wrapper, str(stdin_bytes), *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)
    code, peak = done.stdout.split()
    return int(code), done.stderr, int(peak)


# ================================================================ 1. a deeply nested JSON line

def test_a_deeply_nested_json_line_is_that_line_s_failure(tmp_path):
    feed = tmp_path / "feed.jsonl"
    deep = '{"text": "x", "m": ' + "[" * 100_000 + "]" * 100_000 + "}"
    feed.write_text("\n".join([json.dumps({"text": ROME}), deep, json.dumps({"text": OSLO})]) + "\n")
    out = tmp_path / "g.nt"
    result = build(feed, "-o", out)
    no_traceback(result)
    assert result.exit_code == 2
    assert sources(out) == {f"{feed}:1", f"{feed}:3"}
    [failure] = failures(out)
    assert failure["line"] == 2 and failure["code"] == "E106" and "nested too deeply" in failure["reason"]
    assert f"{feed}:2" in result.stderr


# ================================================================ 2. folders: links, loops, what cannot be read

def test_a_linked_subfolder_is_read_and_a_link_loop_ends(tmp_path):
    inputs = tmp_path / "in"
    (inputs / "own").mkdir(parents=True)
    (inputs / "own" / "rome.txt").write_text(ROME)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "oslo.txt").write_text(OSLO)
    (inputs / "linked").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "back").symlink_to(inputs, target_is_directory=True)  # a loop through both folders
    (inputs / "loop").symlink_to(inputs, target_is_directory=True)
    out = tmp_path / "g.nt"
    result = build(inputs, "-o", out)
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert sources(out) == {str(inputs / "linked" / "oslo.txt"), str(inputs / "own" / "rome.txt")}
    assert "same text as" not in result.stderr  # each real file read once


def test_a_broken_link_in_a_folder_is_reported(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "rome.txt").write_text(ROME)
    (inputs / "gone").symlink_to(tmp_path / "moved-away", target_is_directory=True)
    out = tmp_path / "g.nt"
    result = build(inputs, "-o", out)
    assert result.exit_code == 2
    assert f"{inputs / 'gone'}: a broken link" in result.stderr
    assert sources(out) == {str(inputs / "rome.txt")}


def test_an_unreadable_subfolder_is_reported_and_the_rest_built(tmp_path, monkeypatch):
    """In this process, as the user who cannot read the folder would see it (os.scandir refused)."""
    inputs = tmp_path / "in"
    (inputs / "locked").mkdir(parents=True)
    (inputs / "locked" / "oslo.txt").write_text(OSLO)
    (inputs / "rome.txt").write_text(ROME)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).rstrip("/").endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "g.nt"
    result = build(inputs, "-o", out)
    assert result.exit_code == 2
    assert f"{inputs / 'locked'}: folder cannot be read (Permission denied)" in result.stderr
    assert sources(out) == {str(inputs / "rome.txt")}
    result = build(inputs / "locked", "-o", tmp_path / "h.nt")
    assert result.exit_code == 2
    assert "folder cannot be read (Permission denied)" in result.stderr and "no article files" not in result.stderr


def _as_other_user():
    """A way to run kg as a user that is not root (file permissions mean nothing to root), or None."""
    if os.geteuid() != 0:
        return {}
    try:
        import pwd

        nobody = pwd.getpwnam("nobody")
    except (ImportError, KeyError):
        return None
    for path in [REPO, *REPO.parents, Path(sys.executable).resolve(), *Path(sys.executable).resolve().parents]:
        if path.exists() and not os.stat(path).st_mode & 0o005 and path.is_dir():
            return None  # nobody could not reach kg or Python

    def drop():
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)

    return {"preexec_fn": drop, "env": {**os.environ, "HOME": tempfile.gettempdir()}}


@pytest.mark.slow
def test_unreadable_folders_with_real_permissions():
    how = _as_other_user()
    if how is None:
        pytest.skip("no unprivileged user to run kg as")
    top = Path(tempfile.mkdtemp(prefix="kg-perm-"))
    try:
        top.chmod(0o777)
        inputs = top / "in"
        (inputs / "locked").mkdir(parents=True)
        (inputs / "locked" / "oslo.txt").write_text(OSLO)
        (inputs / "rome.txt").write_text(ROME)
        for path in (inputs, inputs / "rome.txt", inputs / "locked" / "oslo.txt"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        (inputs / "locked").chmod(0o000)
        out = top / "g.nt"
        process = kg_process("build", inputs, "-o", out, "--jobs", "1", **how)
        _, err = process.communicate(timeout=300)
        assert process.returncode == 2, err
        assert f"{inputs / 'locked'}: folder cannot be read (Permission denied)".encode() in err
        assert sources(out) == {str(inputs / "rome.txt")}
        process = kg_process("build", inputs / "locked", "-o", top / "h.nt", **how)
        _, err = process.communicate(timeout=300)
        assert process.returncode == 2 and b"folder cannot be read (Permission denied)" in err
        assert b"no article files" not in err
    finally:
        (top / "in" / "locked").chmod(0o755)
        shutil.rmtree(top, ignore_errors=True)


# ================================================================ 3. file names that are not UTF-8

def test_a_file_name_that_is_not_utf8_with_a_problem(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "rome.txt").write_text(ROME)
    bad = os.path.join(os.fsencode(inputs), b"caf\xe9-\xff.txt")
    with open(bad, "wb") as handle:
        handle.write(b"%PDF-1.7 not an article")
    good_name = os.path.join(os.fsencode(inputs), b"\xe9t\xe9.txt")
    with open(good_name, "wb") as handle:
        handle.write(OSLO.encode())
    out = tmp_path / "g.nt"
    result = build(inputs, "-o", out)
    no_traceback(result)
    assert result.exit_code == 2
    [failure] = failures(out)
    assert failure["source"] == f"{inputs}/caf\\xe9-\\xff.txt" and "PDF" in failure["reason"]
    assert sources(out) == {str(inputs / "rome.txt"), f"{inputs}/\\xe9t\\xe9.txt"}


# ================================================================ 4. kg's own outputs are never input

def test_outputs_inside_the_input_folder_are_not_read_back(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "rome.txt").write_text(ROME)
    (inputs / "broken.jsonl").write_text('{"text": "unterminated\n')
    out = inputs / "graph.nt"
    first = build(inputs, "-o", out, "--unmapped", inputs / "unmapped.jsonl")
    assert first.exit_code == 2
    assert (inputs / "graph.nt.failures.jsonl").is_file()
    (inputs / "broken.jsonl").unlink()  # the cause is fixed
    (inputs / ".graph.nt.123.abcdefgh.part").write_text('{"text": "left by a crash"}\n')
    (inputs / "failures.jsonl").write_text('{"code": "E100", "reason": "from an old kg", "source": "x"}\n')
    second = build(inputs, "-o", out, "--unmapped", inputs / "unmapped.jsonl")
    assert second.exit_code == 0, second.output
    assert sources(out) == {str(inputs / "rome.txt")}
    assert not (inputs / "graph.nt.failures.jsonl").exists()


def test_two_builds_into_one_folder_keep_their_own_failure_lists(tmp_path):
    (tmp_path / "a.txt").write_text(ROME)
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.4")
    (tmp_path / "b.txt").write_text(OSLO)
    out = tmp_path / "out"
    assert build(tmp_path / "a.txt", tmp_path / "bad.txt", "-o", out / "a.nt").exit_code == 2
    assert build(tmp_path / "b.txt", "-o", out / "b.nt").exit_code == 0
    assert [f["source"] for f in failures(out / "a.nt")] == [str(tmp_path / "bad.txt")]
    assert failures(out / "b.nt") == []


# ================================================================ 5. standard input: closed, or far too big

def test_a_closed_standard_input(tmp_path):
    process = kg_process("build", "-", "-o", tmp_path / "g.nt", stdin=None, preexec_fn=lambda: os.close(0))
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert b"standard input is closed" in err and b"Traceback" not in err


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_a_huge_standard_input_is_not_read_whole(tmp_path, fmt):
    code, err, peak = peak_rss_mib("build", "-", "-o", tmp_path / "g.nt", "--format", fmt, stdin_bytes=300_000_000)
    assert code == 2, err
    assert "too large for one article" in err and "Traceback" not in err
    assert peak < 400, f"{peak} MiB for 300 MB on standard input"


# ================================================================ 6. one big article has a bounded cost

@pytest.mark.slow
def test_an_article_of_long_paragraphs_builds_in_bounded_memory(tmp_path):
    """Paragraphs far longer than news paragraphs go to spaCy in sentence-sized pieces, at most
    100,000 characters at once (spaCy's parser needs about 1 GB per 100,000 characters of one text).
    Three paragraphs of 95,000 characters peaked at 1,048 MiB before, 546 MiB after."""
    sentences = [line for line in (GENEVA + ROME + OSLO).splitlines() if len(line) > 60]
    wall = " ".join(sentences[i % len(sentences)] for i in range(900))  # ~95,000 characters, one line
    article = tmp_path / "wall.txt"
    article.write_text("Talks everywhere\n\n" + "\n\n".join([wall] * 3) + "\n")
    code, err, peak = peak_rss_mib("build", article, "-o", tmp_path / "g.nt", "--jobs", "1")
    assert code == 0, err
    assert peak < 800, f"{peak} MiB for a {article.stat().st_size:,}-byte article"


# ================================================================ 8. kg validate on datasets

@pytest.fixture(scope="module")
def exported(tmp_path_factory, sample_graph):
    folder = tmp_path_factory.mktemp("exported")
    store = folder / "store"
    assert invoke("load", sample_graph, "--store", store).exit_code == 0
    for name in ("all.trig", "all.nq"):
        assert invoke("export", "--store", store, "-o", folder / name).exit_code == 0
    return folder


@pytest.mark.parametrize("name", ["all.trig", "all.nq"])
def test_validate_a_dataset_checks_every_graph(exported, sample_graph, name):
    result = invoke("validate", exported / name)
    assert result.exit_code == 0, result.output
    triples = len(Graph().parse(sample_graph, format="turtle"))
    assert f"conforms ({triples} triples in " in result.output and "(0 triples)" not in result.output


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_validate_names_the_graph_a_violation_is_in(exported, tmp_path, suffix):
    from rdflib import Dataset, Literal
    from rdflib.namespace import RDFS

    dataset = Dataset()
    dataset.parse(exported / "all.nq", format="nquads")
    graphs = sorted(g.identifier for g in dataset.graphs() if len(g) and isinstance(g.identifier, URIRef)
                    and "/graph/" in str(g.identifier))
    target = graphs[-1]
    node = next(s for s in dataset.graph(target).subjects(RDFS.label, None) if "/country/" in str(s))
    dataset.graph(target).add((node, RDFS.label, Literal("A second label")))
    path = tmp_path / f"broken{suffix}"
    dataset.serialize(path, format="trig" if suffix == ".trig" else "nquads")
    result = invoke("validate", path)
    assert result.exit_code == 1, result.output
    assert "1 violation(s)" in result.output
    assert f"<{target}>: <{node}>" in result.output
    assert "Violations by graph:" in result.output


# ================================================================ 10. --base-iri checked as an IRI everywhere

@pytest.mark.parametrize("base, says", [
    ("https://example.org/news\n/", "'\\n'"),
    ("https://example.org/news\t/", "'\\t'"),
    ("https://example.org/news\r/", "'\\r'"),
    ("https://example.org/\x01news/", "'\\x01'"),
    ("https://example.org/a#b#", "Invalid IRI code point '#'"),
    ("https://example.org/%zz/", "percent encoding"),
    ("https://example.org/[x]/", "Invalid IRI code point '['"),
    ("https://example.org:99999/", "out of range"),
    ("http:///news/", "no host"),
])
def test_a_bad_base_iri_is_refused_before_anything_is_built(tmp_path, base, says):
    (tmp_path / "rome.txt").write_text(ROME)
    for extra in ([], ["--store", tmp_path / "store"]):
        result = build(tmp_path / "rome.txt", "-o", tmp_path / "g.nt", "--base-iri", base, *extra)
        no_traceback(result)
        assert result.exit_code == 2 and "[E400] base IRI" in result.stderr and says in result.stderr
        assert not (tmp_path / "g.nt").exists() and not (tmp_path / "store").exists()


def test_kg_load_of_a_graph_with_a_bad_iri_is_a_message(tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text('<https://example.org/x%zz> <https://example.org/p> "v" .\n')
    result = invoke("load", bad, "--store", tmp_path / "store")
    no_traceback(result)
    # pyoxigraph's parser (kg load's bulk path) or its term check names the bad IRI either way
    assert result.exit_code == 2 and "%zz" in result.stderr
    assert "is not a valid RDF term" in result.stderr or "not a readable RDF graph" in result.stderr


# ================================================================ 12. kg query: deadline, Ctrl-C, streaming, SERVICE, updates

CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CARTESIAN_ROWS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store(tmp_path_factory, sample_graph):
    path = tmp_path_factory.mktemp("query") / "store"
    assert invoke("load", sample_graph, "--store", path).exit_code == 0
    return path


def test_query_timeout_stops_a_runaway_query(store):
    started = time.monotonic()
    result = invoke("query", "--store", store, "--timeout", "2", CARTESIAN_COUNT)
    assert time.monotonic() - started < 15
    no_traceback(result)
    assert result.exit_code == 2 and "ran longer than --timeout 2s" in result.stderr


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_query_stops_at_once_on_ctrl_c_and_sigterm(store, sig, code):
    process = kg_process("query", "--store", store, "--timeout", "0", CARTESIAN_COUNT)
    time.sleep(3)  # well inside the query
    assert process.poll() is None
    sent = time.monotonic()
    process.send_signal(sig)
    _, err = process.communicate(timeout=20)
    assert time.monotonic() - sent < 5
    assert process.returncode == code and b"the query was stopped" in err and b"Traceback" not in err


def test_query_results_stream_as_they_come(store):
    process = kg_process("query", "--store", store, "--timeout", "20", "--format", "tsv", CARTESIAN_ROWS)
    try:
        first = process.stdout.read(100_000)  # arrives long before the query could end
        assert first.startswith(b"?a\t?b\t?c") and len(first) == 100_000
    finally:
        process.kill()
        process.communicate()


def test_query_limit(store):
    result = invoke("query", "--store", store, "--limit", "3", "--format", "csv", "SELECT ?s WHERE { ?s ?p ?o }")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "s" and len(result.stdout.splitlines()) == 4
    assert "stopped after 3 rows" in result.stderr
    result = invoke("query", "--store", store, "--limit", "3", "--format", "nt", "CONSTRUCT WHERE { ?s ?p ?o }")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


def test_query_streamed_formats_are_the_sparql_results_formats(store):
    """Written a row at a time, the results are what pyoxigraph's own writers give."""
    import pyoxigraph as ox

    from kg.store import QUERY_PREFIXES, open_store

    text = "SELECT ?s ?p ?o ?nothing WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    reference = open_store(store, read_only=True)
    for fmt, results_format in (("csv", ox.QueryResultsFormat.CSV), ("tsv", ox.QueryResultsFormat.TSV),
                                ("json", ox.QueryResultsFormat.JSON)):
        result = CliRunner().invoke(main, ["query", "--store", str(store), "--format", fmt, text])
        expected = reference.query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
        assert result.stdout_bytes.rstrip(b"\n") == expected.serialize(format=results_format).rstrip(b"\n"), fmt


def test_query_updates_are_refused(store):
    before = invoke("query", "--store", store, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").stdout
    for update in ("INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }",
                   "PREFIX ex: <https://example.org/>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
                   "DROP ALL", "CLEAR DEFAULT", "LOAD <https://example.org/data.ttl>"):
        result = invoke("query", "--store", store, update)
        assert result.exit_code == 2 and "updates are refused" in result.stderr, update
        assert "expected CONSTRUCT" not in result.stderr
    after = invoke("query", "--store", store, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").stdout
    assert before == after


def test_query_evaluation_errors_are_messages(store):
    result = invoke("query", "--store", store, "--allow-service", "--timeout", "10",
                    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    no_traceback(result)
    assert result.exit_code == 2 and "[E600] the query failed while it ran" in result.stderr


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A SPARQL endpoint that answers every query with one row and remembers the requests."""

    requests: list[str] = []

    def do_GET(self):
        self._answer()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer()

    def _answer(self):
        type(self).requests.append(self.path)
        body = json.dumps({"head": {"vars": ["s"]},
                           "results": {"bindings": [{"s": {"type": "uri", "value": "https://example.org/remote"}}]}})
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def serve(handler) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def test_query_service_sends_nothing_unless_allowed(store):
    _Recorder.requests = []
    server, url = serve(_Recorder)
    try:
        text = f"SELECT ?s WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"
        refused = invoke("query", "--store", store, "--format", "csv", text)
        assert refused.exit_code == 2 and "--allow-service" in refused.stderr
        assert _Recorder.requests == []
        # a variable or a prefixed name called "service" is no SERVICE clause
        assert invoke("query", "--store", store, "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1").exit_code == 0
        allowed = invoke("query", "--store", store, "--format", "csv", "--allow-service", text)
        assert allowed.exit_code == 0, allowed.output
        assert "https://example.org/remote" in allowed.stdout and len(_Recorder.requests) == 1
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    binary = Path(sys.executable).with_name("oxigraph")
    binary = str(binary) if binary.is_file() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen([binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    import urllib.request

    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.skip("the oxigraph server did not start")
            time.sleep(0.2)
    yield base
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def test_query_service_to_a_real_oxigraph_server(store, oxigraph_server, sample_graph):
    assert invoke("push", sample_graph, "--endpoint", f"{oxigraph_server}/store").exit_code == 0
    text = (f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ SERVICE <{oxigraph_server}/query> "
            "{ GRAPH ?g { ?p a kg:Person } } }")
    result = invoke("query", "--store", store, "--format", "csv", "--allow-service", text)
    assert result.exit_code == 0, result.output
    local = invoke("query", "--store", store, "--format", "csv",
                   "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Person }")
    assert result.stdout == local.stdout and int(result.stdout.split()[1]) > 0


# ================================================================ 13. querying a store while it is written

@pytest.mark.slow
def test_queries_while_a_store_is_written_never_fail(tmp_path, sample_graph):
    store = tmp_path / "store"
    assert invoke("load", sample_graph, "--store", store).exit_code == 0
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sys, time, pyoxigraph as ox\n"
        "s = ox.Store(sys.argv[1]); end = time.monotonic() + float(sys.argv[2]); i = 0\n"
        "while time.monotonic() < end:\n"
        "    g = ox.NamedNode(f'https://example.org/churn/{i % 20}')\n"
        "    s.remove_graph(g)\n"
        "    s.extend([ox.Quad(ox.NamedNode(f'https://example.org/s/{i}/{j}'), ox.NamedNode('https://example.org/p'),\n"
        "                      ox.Literal('x' * 40), g) for j in range(400)])\n"
        "    if i % 5 == 0: s.flush()\n"
        "    if i % 25 == 0: s.optimize()\n"
        "    i += 1\n"), str(store), "25"])
    try:
        time.sleep(1)
        answers, failed = set(), []
        started = time.monotonic()
        while time.monotonic() - started < 20:
            result = invoke("query", "--store", store, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }")
            if result.exit_code != 0:
                failed.append(result.stderr)
            answers.add(result.stdout)
        assert not failed, failed[:3]
        assert answers == {"n\n3\n"}
    finally:
        writer.kill()
        writer.wait()


# ================================================================ 14. kg push: credentials, deadlines, half-way failures

USER, LONG_PASSWORD, SHORT_PASSWORD = "kg-user", "correct-horse-battery", "e"


class _EchoLogin(http.server.BaseHTTPRequestHandler):
    """Asks for a basic login, then refuses it with a body that echoes the request's headers."""

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = f"denied\nAuthorization: {self.headers.get('Authorization')}\nheaders: {dict(self.headers)}\n"
        body += f"token {self.headers.get('Authorization', '').split(' ')[-1]} password {LONG_PASSWORD}\n"
        data = body.encode()
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="kg"')
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("password", [LONG_PASSWORD, SHORT_PASSWORD, "pw"])
def test_push_never_prints_what_a_server_echoes_of_the_login(sample_graph, password):
    server, url = serve(_EchoLogin)
    try:
        result = invoke("push", sample_graph, "--endpoint", f"{url}/store", "--retries", "0",
                        env={"KG_STORE_USER": USER, "KG_STORE_PASSWORD": password})
    finally:
        server.shutdown()
    no_traceback(result)
    assert result.exit_code == 2 and "HTTP 401" in result.stderr
    secret = base64.b64encode(f"{USER}:{password}".encode()).decode()
    for leak in (secret, secret.rstrip("="), f"{USER}:{password}", LONG_PASSWORD):
        assert leak not in result.output
    if len(password) >= 8:
        assert "***" in result.stderr or "(credentials hidden)" in result.stderr
    assert "(credentials hidden)" in result.stderr


def test_a_short_password_does_not_mangle_messages(sample_graph):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    result = invoke("push", sample_graph, "--endpoint", f"http://127.0.0.1:{port}/store", "--retries", "0",
                    env={"KG_STORE_USER": USER, "KG_STORE_PASSWORD": SHORT_PASSWORD})
    assert result.exit_code == 2
    assert "Connection refused" in result.stderr and "***" not in result.stderr


class _Trickle(http.server.BaseHTTPRequestHandler):
    """Answers, one byte every 0.2 s, for at most 30 s."""

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 150\r\n\r\n")
        self.wfile.flush()
        end = time.monotonic() + 30
        try:
            while time.monotonic() < end:
                self.wfile.write(b".")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass
        self.close_connection = True

    def log_message(self, *args):
        pass


def test_push_timeout_is_a_deadline_per_request(sample_graph):
    server, url = serve(_Trickle)
    try:
        started = time.monotonic()
        result = invoke("push", sample_graph, "--endpoint", f"{url}/store", "--timeout", "1", "--retries", "0")
        took = time.monotonic() - started
    finally:
        server.shutdown()
    no_traceback(result)
    assert result.exit_code == 2, result.output
    assert took < 6, f"{took:.1f}s with --timeout 1"
    assert "did not answer PUT within 1s" in result.stderr
    assert "none of the" in result.stderr and "named graph(s) was stored" in result.stderr


class _FailsLater(http.server.BaseHTTPRequestHandler):
    """Stores two graphs, then fails every request with HTTP 500."""

    seen = 0

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).seen += 1
        ok = type(self).seen <= 2
        self.send_response(204 if ok else 500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_failure_after_some_graphs_says_how_many_were_stored(sample_graph):
    _FailsLater.seen = 0
    server, url = serve(_FailsLater)
    try:
        result = invoke("push", sample_graph, "--endpoint", f"{url}/store", "--retries", "0")
    finally:
        server.shutdown()
    assert result.exit_code == 2
    from kg.store import split_files

    total = len(split_files([sample_graph]).graphs)
    assert f"2 of {total} named graph(s) were stored before this" in result.stderr


@pytest.mark.parametrize("url", ["http://[::1/store", "http://127.0.0.1:99999/store", "http://127.0.0.1:port/store",
                                 "http://exa mple.org/store", "ftp://example.org/store", "store"])
def test_a_malformed_endpoint_url_is_a_message(sample_graph, url):
    result = invoke("push", sample_graph, "--endpoint", url, "--retries", "0")
    no_traceback(result)
    assert result.exit_code == 2 and "[E500]" in result.stderr


# ================================================================ 15. the smaller ones

def test_utf16_files_are_decoded_not_called_binary(tmp_path):
    (tmp_path / "wide.txt").write_bytes(ROME.encode("utf-16"))
    (tmp_path / "wide.jsonl").write_bytes((json.dumps({"text": OSLO}) + "\r\n").encode("utf-16"))
    out = tmp_path / "g.nt"
    result = build(tmp_path / "wide.txt", tmp_path / "wide.jsonl", "-o", out)
    assert result.exit_code == 0, result.output
    assert sources(out) == {str(tmp_path / "wide.txt"), f"{tmp_path / 'wide.jsonl'}:1"}


def test_utf16_json_lines_on_standard_input(tmp_path):
    lines = "".join(json.dumps({"text": text}) + "\r\n" for text in (ROME, OSLO))
    out = tmp_path / "g.nt"
    result = build("-", "-o", out, input=lines.encode("utf-16"))
    assert result.exit_code == 0, result.output
    assert sources(out) == {"-:1", "-:2"}


def test_a_gzip_file_named_jsonl_is_one_error(tmp_path):
    import gzip

    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(gzip.compress("".join(json.dumps({"text": f"Article {i}."}) + "\n" for i in range(2000)).encode()))
    (tmp_path / "rome.txt").write_text(ROME)
    out = tmp_path / "g.nt"
    result = build(feed, tmp_path / "rome.txt", "-o", out)
    assert result.exit_code == 2
    [failure] = failures(out)
    assert "gzip" in failure["reason"] and "line" not in failure
    assert result.stderr.count("error:") == 1


def _many_articles(folder: Path, n: int) -> Path:
    folder.mkdir()
    sentences = [line for line in (GENEVA + ROME + OSLO).splitlines() if len(line) > 60]
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(f"Talks number {i}\n\ndate: 2025-05-02\n\n"
                                              + "\n\n".join(sentences[j % len(sentences)] + f" Round {i}."
                                                            for j in range(i, i + 4)) + "\n")
    return folder


def _build_until_writing(inputs: Path, out: Path, *args: str) -> subprocess.Popen:
    """`kg build` in its own process, returned once its atomic write has begun (its .part file exists)."""
    process = kg_process("build", inputs, "-o", out, *args, "--batch-size", "4")
    deadline = time.monotonic() + 120
    while not list(out.parent.glob(f".{out.name}.*.part")) and time.monotonic() < deadline:
        time.sleep(0.1)
    return process


@pytest.mark.slow
def test_sigterm_stops_a_build_like_ctrl_c(tmp_path):
    inputs = _many_articles(tmp_path / "in", 400)
    out = tmp_path / "out" / "g.nt"
    process = _build_until_writing(inputs, out, "--jobs", "2")
    time.sleep(2)  # workers busy
    assert process.poll() is None, process.communicate()[1]
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143, err
    assert b"Traceback" not in err and b"stopped by SIGTERM" in err
    assert not out.exists() and list(out.parent.iterdir()) == []


@pytest.mark.slow
def test_a_part_file_left_by_kill_9_is_cleaned_on_the_next_run(tmp_path):
    inputs = _many_articles(tmp_path / "in", 200)
    out = tmp_path / "out" / "g.nt"
    process = _build_until_writing(inputs, out, "--jobs", "1")
    process.kill()
    process.communicate()
    [left] = list(out.parent.glob(".g.nt.*.part"))
    (inputs / "extra.txt").write_text(ROME)
    result = build(inputs / "extra.txt", "-o", out)
    assert result.exit_code == 0, result.output
    assert not left.exists() and sorted(p.name for p in out.parent.iterdir()) == ["g.nt"]


def test_a_live_writer_s_part_file_is_left_alone(tmp_path):
    from kg.cli import remove_stale_parts

    target = tmp_path / "g.nt"
    live = tmp_path / f".g.nt.{os.getppid()}.abcdefgh.part"  # a process that runs
    dead = tmp_path / ".g.nt.4194304999.abcdefgh.part"  # no such process
    other = tmp_path / ".h.nt.4194304999.abcdefgh.part"  # another target's
    for path in (live, dead, other):
        path.write_text("x")
    remove_stale_parts(target)
    assert live.exists() and not dead.exists() and other.exists()
