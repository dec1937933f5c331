"""README "Serving the store": the store kg writes, served read-only by the Oxigraph server as the
README says (`oxigraph serve-read-only --location out/store --union-default-graph`), while kg's own
read-only commands still open it."""
from __future__ import annotations

import shutil
import sys
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from test_servers import free_port, select, start_server, stop_server


def test_readme_shows_the_command_this_test_runs():
    from conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "oxigraph serve-read-only --location out/store --bind 127.0.0.1:7878 --union-default-graph" in readme


@pytest.mark.slow
def test_served_store_answers_sparql_over_every_article(sample_graph, tmp_path):
    binary = Path(sys.executable).with_name("oxigraph")
    binary = str(binary) if binary.is_file() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["load", str(sample_graph), "--store", str(store)]).exit_code == 0
    base = f"http://127.0.0.1:{free_port()}"
    process = start_server([binary, "serve-read-only", "--location", str(store), "--bind", base[7:],
                            "--union-default-graph"], f"{base}/query?query=ASK%7B%7D", tmp_path / "server.log",
                           timeout=30)
    try:
        # distinct triples: a node's label stands in the graph of every article that mentions it
        rows = select(f"{base}/query", "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
        assert int(rows[0]["n"]["value"]) == len(Graph().parse(sample_graph))
        with urllib.request.urlopen(f"{base}/", timeout=10) as response:
            page = response.read().decode("utf-8")
        assert "Yasgui" in page and 'src="./yasgui.min.js"' in page  # the query page is served locally
        # kg's read-only commands open the store while the server has it
        result = CliRunner().invoke(main, ["query", "--store", str(store), "--format", "csv",
                                           "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }"])
        assert result.exit_code == 0, result.output
        assert result.output.split() == ["n", "3"]
    finally:
        stop_server(process)
