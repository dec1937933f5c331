"""`kg build --scheduler` / `--cluster`: the build on Dask gives the graph of a local build.

Real processes on loopback: a `dask scheduler` and two `dask worker` processes started here on
random ports and stopped after; `kg build` runs as its own process, as a user runs it.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import REPO, run_kg

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent

# Articles written for these tests: who met whom, where and when varies with i, so events, people and
# delegations repeat across partitions (the registry must merge them exactly as a local build does).
SIDES = [("Brazil", "Brazilian", "Lisbon", "Portugal"), ("Japan", "Japanese", "Geneva", "South Korea"),
         ("Canada", "Canadian", "Ottawa", "Mexico"), ("Chile", "Chilean", "Lima", "Peru")]
PEOPLE = ["Ana Souza", "Kenji Sato", "Claire Martin", "Diego Rojas", "Lena Vogel", "Omar Haddad"]
GOODS = ["steel", "copper", "rice", "solar panels"]


def article(i: int) -> dict:
    country, adjective, city, other = SIDES[i % len(SIDES)]
    person = PEOPLE[i % len(PEOPLE)]
    day = 1 + i % 5  # a few articles share each meeting: cross-partition event merging
    text = (f"{city.upper()}, March {day}, 2026 - Foreign Minister {person} led {country}'s delegation at talks "
            f"with {other} in {city} on Monday.\n\n{country} imposed a {10 + i % 4 * 5} percent tariff on "
            f"{GOODS[i % len(GOODS)]} from {other}, {person.split()[1]} said. Story {i}.\n")
    return {"title": f"{adjective} minister in {city} talks ({i})", "text": text, "date": f"2026-03-{day:02d}"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dask") / "corpus.jsonl"
    path.write_text("".join(json.dumps(article(i)) + "\n" for i in range(72)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_graph(corpus) -> bytes:
    out = corpus.parent / "local.nt"
    result = run_kg("build", str(corpus), "-o", str(out), "--jobs", "1", "--batch-size", "8", timeout=300)
    assert result.returncode == 0, result.stderr
    return out.read_bytes()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Cluster:
    """A scheduler and two single-threaded workers, each its own process, on 127.0.0.1."""

    def __init__(self, folder: Path) -> None:
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        self.log = folder
        self.scheduler = self._start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port",
                                                   self.address.rsplit(":", 1)[1], "--no-dashboard"])
        self.workers = [self._start(f"worker{i}", ["worker", self.address, "--host", "127.0.0.1", "--nthreads", "1",
                                                   "--no-nanny", "--no-dashboard", "--name", f"w{i}"])
                        for i in range(2)]
        self._wait_for_workers(2)

    def _start(self, name: str, args: list[str]) -> subprocess.Popen:
        log = (self.log / f"{name}.log").open("wb")
        return subprocess.Popen([str(BIN / "dask"), *args], stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
                                start_new_session=True)

    def _wait_for_workers(self, n: int, timeout: float = 120) -> None:
        from distributed import Client

        deadline = time.monotonic() + timeout
        while True:
            try:
                with Client(self.address, timeout=5) as client:
                    client.wait_for_workers(n, timeout=max(1, deadline - time.monotonic()))
                    return
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise

    def close(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in [*self.workers, self.scheduler]:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture
def cluster(tmp_path):
    c = _Cluster(tmp_path)
    try:
        yield c
    finally:
        c.close()


def _build_until_a_partition_is_written(corpus: Path, out: Path, *args: str):
    """`kg build` as a process, returned once it has written its first partition (so every worker holds
    tasks): the process, its stderr as it comes, and the thread reading it."""
    # Ctrl-C as a terminal sends it, even when these tests run as a background job (whose children the
    # shell starts with SIGINT ignored, so that the signal would never reach kg)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), *args,
                             "--progress"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    stderr = bytearray()
    reader = threading.Thread(target=lambda: [stderr.extend(c) for c in iter(lambda: proc.stderr.read(1), b"")])
    reader.start()
    deadline = time.monotonic() + 240
    # the progress bar redraws a few times a second, so the first count it shows may be past 1
    while not re.search(rb" [1-9][0-9]* partition\(s\)", bytes(stderr)) and proc.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before its first partition was seen: make the corpus larger"
    return proc, stderr, reader


def test_a_build_on_a_scheduler_and_two_workers_is_the_local_build(cluster, corpus, local_graph, tmp_path):
    out = tmp_path / "graph.nt"
    result = run_kg("build", str(corpus), "-o", str(out), "--scheduler", cluster.address, "--batch-size", "8",
                    timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"building on Dask: {cluster.address}, 2 worker(s)" in result.stderr
    assert "72 article(s)" in result.stderr
    assert out.read_bytes() == local_graph


def test_a_worker_killed_mid_run_costs_only_a_retry(cluster, tmp_path):
    # six times the shared corpus: the build must still be running when the first partition shows
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(article(i)) + "\n" for i in range(432)), encoding="utf-8")
    local = tmp_path / "local.nt"
    assert run_kg("build", str(corpus), "-o", str(local), "--jobs", "1", "--batch-size", "8",
                  timeout=300).returncode == 0
    out = tmp_path / "graph.nt"
    proc, stderr, reader = _build_until_a_partition_is_written(corpus, out, "--scheduler", cluster.address,
                                                               "--batch-size", "8")
    os.killpg(cluster.workers[0].pid, signal.SIGKILL)
    assert proc.wait(timeout=300) == 0, stderr.decode()
    reader.join()
    assert cluster.workers[0].poll() is not None
    assert b"432 article(s)" in stderr
    assert out.read_bytes() == local.read_bytes()


def test_an_unreachable_scheduler_is_exit_2_naming_the_address(tmp_path, corpus):
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    out = tmp_path / "graph.nt"
    result = run_kg("build", str(corpus), "-o", str(out), "--scheduler", address, timeout=120)
    assert result.returncode == 2
    assert f"cannot reach the Dask scheduler at {address}" in result.stderr
    assert not out.exists() and not list(tmp_path.glob(".graph.nt.*"))


def test_a_local_cluster_of_two_is_the_local_build(corpus, local_graph, tmp_path):
    out = tmp_path / "graph.nq"
    result = run_kg("build", str(corpus), "-o", str(out), "--cluster", "local:2", "--batch-size", "8", timeout=300)
    assert result.returncode == 0, result.stderr
    assert "building on Dask: a local cluster of 2 worker process(es)" in result.stderr
    assert out.read_bytes() == local_graph  # N-Quads of the default graph: the same lines


@pytest.mark.parametrize("args, message", [
    (["--cluster", "remote:2"], "--cluster 'remote:2' is not understood"),
    (["--cluster", "local:0"], "--cluster 'local:0' is not understood"),
    (["--cluster", "local:2", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler and --cluster both given"),
])
def test_bad_dask_options_are_exit_2(tmp_path, corpus, args, message):
    result = run_kg("build", str(corpus), "-o", str(tmp_path / "g.nt"), *args, timeout=120)
    assert result.returncode == 2 and message in result.stderr


def test_ctrl_c_cancels_the_cluster_build_and_writes_nothing(tmp_path):
    # five times the shared corpus: the build must still be running when the first partition shows
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(article(i)) + "\n" for i in range(360)), encoding="utf-8")
    out = tmp_path / "graph.nt"
    proc, stderr, reader = _build_until_a_partition_is_written(corpus, out, "--cluster", "local:2",
                                                               "--batch-size", "4")
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=120) == 130, stderr.decode()
    reader.join()
    assert b"interrupted" in stderr
    assert not out.exists() and not list(tmp_path.glob(".graph.nt.*"))


def test_an_article_that_breaks_the_shapes_is_left_out_on_dask_as_locally(nlp, monkeypatch):
    """The SHACL fallback (articles retried one by one) needs the extractions left on the worker."""
    import datetime as dt

    from rdflib import RDFS, Literal, URIRef

    import kg.emit as emit
    from kg.engine_dask import DaskEngine
    from kg.pipeline import StreamOptions, stream
    from kg.read import parse_article

    real = emit.triples

    def triples(resolved, base_iri):  # a second rdfs:label for one article breaks the shapes
        out = real(resolved, base_iri)
        for a in resolved.articles:
            if a.title.endswith("(5)"):
                out.add(tuple(emit.term_text(t) for t in (URIRef(base_iri + "article/" + a.id), RDFS.label,
                                                          Literal("another title"))))
        return out

    monkeypatch.setattr(emit, "triples", triples)
    records = [article(i) for i in range(12)]
    articles = [parse_article(r["title"] + "\n\n" + r["text"], source=f"a{i}.txt", default_date=dt.date(2026, 3, 1))
                for i, r in enumerate(records)]
    options = StreamOptions(window=4, jobs=1)

    def run(engine=None):
        results = list(stream(articles, options, nlp=nlp, engine=engine))
        failed = [(f.code, f.article.source) for r in results for f in r.failed]
        return failed, b"".join(r.ntriples for r in results), sum(len(r.articles) for r in results)

    local = run()
    with DaskEngine(local_workers=2, processes=False) as engine:
        on_dask = run(engine)
    assert local[0] == [("E300", "a5.txt")] and local[2] == 11
    assert on_dask == local


def test_store_resume_works_on_a_cluster(corpus, tmp_path):
    store, out = tmp_path / "store", tmp_path / "graph.nt"
    first = run_kg("build", str(corpus), "-o", str(out), "--cluster", "local:2", "--store", str(store), timeout=300)
    assert first.returncode == 0, first.stderr
    again = run_kg("build", str(corpus), "-o", str(out), "--cluster", "local:2", "--store", str(store), timeout=300)
    assert again.returncode == 0, again.stderr
    assert "nothing new to build: 72 article(s) already in" in again.stderr


def test_screening_on_the_workers_marks_and_skips_what_a_local_build_does(tmp_path):
    """Language and near-duplicate signatures are computed on the workers; the decisions, made on the
    client in input order, give the local build's graph, near-copies and failures list, with and without
    --dedupe."""
    from test_dedupe import copy
    from test_screen import GERMAN

    # copies of one wire story in three partitions (its third round is tied across copies by nothing else)
    records = [article(i) for i in range(16)]
    for at, record in [(2, {"text": copy(0)}), (6, {"title": "Zölle auf Stahl", "text": GERMAN}),
                       (9, {"text": copy(1)}), (12, {"text": ""}), (15, {"text": copy(2)})]:
        records.insert(at, record)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    for extra in ([], ["--dedupe"]):
        local, on_dask = tmp_path / "local.nt", tmp_path / "dask.nt"
        here = run_kg("build", str(corpus), "-o", str(local), "--jobs", "1", "--batch-size", "4", *extra, timeout=300)
        there = run_kg("build", str(corpus), "-o", str(on_dask), "--cluster", "local:2", "--batch-size", "4", *extra,
                       timeout=300)
        assert here.returncode == there.returncode == 2, there.stderr  # the German article and the empty line
        assert "near-duplicate of" in here.stderr and "written in German" in here.stderr
        assert on_dask.read_bytes() == local.read_bytes()
        failures = (tmp_path / "dask.nt.failures.jsonl").read_text()
        assert failures == (tmp_path / "local.nt.failures.jsonl").read_text()
        assert "near-duplicate of" in failures and "E110" in failures


@pytest.mark.parametrize("configured, direct", [(None, True), (True, True), (False, False)])
def test_the_client_fetches_results_from_the_workers_unless_dask_is_told_not_to(configured, direct):
    """Through the scheduler, each partition's N-Triples would cross the network twice and travel inside
    the pickle; a client that cannot reach the workers sets Dask's own option to false."""
    import dask
    import distributed  # noqa: F401  (its defaults loaded before the setting is changed)

    from kg.engine_dask import DaskEngine

    with dask.config.set({"distributed.client.direct-to-workers": configured}):
        with DaskEngine(local_workers=1, processes=False) as engine:
            assert engine.client.direct_to_workers is direct
