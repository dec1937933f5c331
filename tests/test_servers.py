"""`kg push` against real SPARQL servers on 127.0.0.1, started and stopped here:
an Oxigraph server (Graph Store Protocol at /store, SPARQL Update at /update) and
Virtuoso (Graph Store Protocol at /sparql-graph-crud-auth with digest auth, SPARQL
Update at /sparql-auth). A test skips, saying why, when its server's binary is missing."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.namespace import DEFAULT_BASE_IRI
from kg.store import open_store, split_file

pytestmark = pytest.mark.slow
OUR_GRAPHS = DEFAULT_BASE_IRI + "graph/"
DBA = {"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "dba"}  # a fresh Virtuoso database's administrator
NO_LOGIN = {"KG_STORE_USER": "", "KG_STORE_PASSWORD": ""}


def invoke(*args, env: dict | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], prog_name="kg", env={**NO_LOGIN, **(env or {})})


def refused(graph_file: Path, url: str, *options: str, env: dict | None = None) -> str:
    """`kg push` that the server must refuse: exit 2 and a message naming the URL. Returns the message."""
    result = invoke("push", graph_file, "--endpoint", url, *options, env=env)
    assert result.exit_code == 2, result.output
    assert url in result.stderr
    return result.output


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(command: list[str], ready_url: str, log: Path, timeout: float) -> subprocess.Popen:
    """Start a server and wait until ready_url answers 200; the caller stops it (stop_server)."""
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=log.parent,
                                   start_new_session=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(ready_url, timeout=2) as response:
                if response.status == 200:
                    return process
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    stop_server(process)
    tail = log.read_text(errors="replace")[-2000:]
    pytest.fail(f"{command[0]} did not come up at {ready_url} within {timeout:.0f}s:\n{tail}")


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def select(query_url: str, query: str) -> list[dict]:
    url = f"{query_url}?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["results"]["bindings"]


def graph_sizes(query_url: str) -> dict[str, int]:
    """Triples in each of our named graphs on the server."""
    rows = select(query_url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                             f'FILTER(STRSTARTS(STR(?g), "{OUR_GRAPHS}")) }} GROUP BY ?g')
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def update(url: str, text: str, login: dict | None = None) -> None:
    handlers = []
    if login:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, login["KG_STORE_USER"], login["KG_STORE_PASSWORD"])
        handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
    request = urllib.request.Request(url, data=text.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    with urllib.request.build_opener(*handlers).open(request, timeout=30) as response:
        assert response.status in (200, 204)


@pytest.fixture(scope="module")
def expected(sample_graph) -> dict[str, int]:
    """Triples per named graph, as `kg push` splits the sample graph."""
    return {str(g): len(triples) for g, triples in split_file(sample_graph).graphs.items()}


# ---------------------------------------------------------------- Oxigraph


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    binary = Path(sys.executable).with_name("oxigraph")
    binary = str(binary) if binary.is_file() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    folder = tmp_path_factory.mktemp("oxigraph")
    base = f"http://127.0.0.1:{free_port()}"
    process = start_server([binary, "serve", "--location", str(folder / "data"), "--bind", base[7:]],
                           f"{base}/query?query=ASK%7B%7D", folder / "server.log", timeout=30)
    try:
        yield base
    finally:
        stop_server(process)


def test_oxigraph_push_graph_store_protocol_replaces_graphs(oxigraph, sample_graph, expected):
    for _ in range(2):  # the second push replaces every graph: the same sizes, no duplicates
        result = invoke("push", sample_graph, "--endpoint", f"{oxigraph}/store")
        assert result.exit_code == 0, result.output
        assert f"pushed {len(expected)} named graph(s)" in result.stderr and "Graph Store Protocol" in result.stderr
        assert graph_sizes(f"{oxigraph}/query") == expected


def test_oxigraph_push_sparql_update(oxigraph, sample_graph, expected):
    update(f"{oxigraph}/update", "DROP ALL")
    result = invoke("push", sample_graph, "--endpoint", f"{oxigraph}/update", "--protocol", "update")
    assert result.exit_code == 0, result.output
    assert "SPARQL Update" in result.stderr
    assert graph_sizes(f"{oxigraph}/query") == expected


def test_oxigraph_push_a_store_matches_the_store(oxigraph, sample_graph, tmp_path):
    store = tmp_path / "store"
    assert invoke("load", sample_graph, "--store", store).exit_code == 0
    update(f"{oxigraph}/update", "DROP ALL")
    result = invoke("push", "--store", store, "--endpoint", f"{oxigraph}/store")
    assert result.exit_code == 0, result.output
    local = open_store(store, read_only=True)
    sizes = {g.value: len(list(local.quads_for_pattern(None, None, None, g))) for g in local.named_graphs()}
    assert graph_sizes(f"{oxigraph}/query") == sizes


def test_oxigraph_refusal_exits_2_naming_url_and_status(oxigraph, sample_graph):
    url = f"{oxigraph}/no-such-endpoint"
    message = refused(sample_graph, url)
    assert f"{url}?graph=" in message and "HTTP 404" in message


# ---------------------------------------------------------------- Virtuoso

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 2000
MaxDirtyBuffers = 1200
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    binary = shutil.which("virtuoso-t")
    if not binary:
        pytest.skip("virtuoso-t is not installed (apt-get install virtuoso-opensource-7)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql_port=free_port(), http_port=http_port), encoding="utf-8")
    base = f"http://127.0.0.1:{http_port}"
    process = start_server([binary, "+configfile", str(ini), "+foreground"], f"{base}/sparql?query=ASK%7B%7D",
                           folder / "server.log", timeout=60)
    try:
        yield base
    finally:
        stop_server(process)


def test_virtuoso_push_with_digest_auth_replaces_graphs(virtuoso, sample_graph, expected):
    for _ in range(2):
        result = invoke("push", sample_graph, "--endpoint", f"{virtuoso}/sparql-graph-crud-auth", env=DBA)
        assert result.exit_code == 0, result.output
        assert graph_sizes(f"{virtuoso}/sparql") == expected


def test_virtuoso_without_login_exits_2_saying_which_variables(virtuoso, sample_graph):
    url = f"{virtuoso}/sparql-graph-crud-auth"
    message = refused(sample_graph, url)
    assert f"{url}?graph-uri=" in message and "HTTP 401" in message
    assert "KG_STORE_USER" in message and "KG_STORE_PASSWORD" in message


def test_virtuoso_wrong_password_is_never_printed(virtuoso, sample_graph):
    secret = "not-the-Password-42"
    message = refused(sample_graph, f"{virtuoso}/sparql-graph-crud-auth",
                      env={"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": secret})
    assert "HTTP 401" in message and "not accepted" in message
    assert secret not in message


def test_virtuoso_falls_back_to_sparql_update_when_put_is_refused(virtuoso, sample_graph, expected):
    for graph in expected:
        update(f"{virtuoso}/sparql-auth", f"DROP SILENT GRAPH <{graph}>", DBA)
    assert graph_sizes(f"{virtuoso}/sparql") == {}
    result = invoke("push", sample_graph, "--endpoint", f"{virtuoso}/no-graph-store-here",  # Virtuoso: 501
                    "--update-endpoint", f"{virtuoso}/sparql-auth", env=DBA)
    assert result.exit_code == 0, result.output
    assert "refused PUT (HTTP 501)" in result.stderr and "SPARQL Update" in result.stderr
    assert graph_sizes(f"{virtuoso}/sparql") == expected


def test_virtuoso_put_refused_without_update_endpoint_exits_2(virtuoso, sample_graph):
    message = refused(sample_graph, f"{virtuoso}/no-graph-store-here", env=DBA)
    assert "HTTP 501" in message and "--update-endpoint" in message


def test_virtuoso_server_errors_are_retried_then_reported(virtuoso, sample_graph):
    """Virtuoso's anonymous /sparql answers SPARQL Update with HTTP 500 (no permission): retried, then exit 2."""
    message = refused(sample_graph, f"{virtuoso}/sparql", "--protocol", "update", "--retries", "1")
    assert "HTTP 500" in message and "after 2 attempts" in message, message
