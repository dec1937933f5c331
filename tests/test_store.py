"""The embedded store: per-article named graphs, `kg load`, `kg query`, `kg export`, and the
`kg push` errors that need no server (tests/test_servers.py pushes to real servers)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import socket
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from conftest import SHARED
from kg.cli import main
from kg.map import to_graph
from kg.model import Article, Evidence, Node, Resolved, Span, Triple
from kg.namespace import DEFAULT_BASE_IRI, KG
from kg.store import (QUERY_PREFIXES, article_ids_in_store, file_graph_iri, graph_iri, load_graph_into_store,
                      open_store, split_by_article)

BASE = DEFAULT_BASE_IRI
QUERIES = SHARED / "eval" / "queries"
LEADERS = "SELECT ?leader ?side WHERE { ?p kg:leads ?d ; rdfs:label ?leader . ?d kg:represents ?c . " \
          "?c rdfs:label ?side } ORDER BY ?leader"


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], prog_name="kg", env=env)


def quad_count(store_dir: Path) -> int:
    return len(open_store(store_dir, read_only=True))


@pytest.fixture(scope="module")
def store(sample_graph, tmp_path_factory) -> Path:
    """The sample graph loaded into a store by `kg load`."""
    path = tmp_path_factory.mktemp("store") / "store"
    result = invoke("load", sample_graph, "--store", path)
    assert result.exit_code == 0, result.output
    return path


# ---------------------------------------------------------------- splitting into named graphs


def _article(article_id: str) -> Article:
    return Article(id=article_id, text="...", title=f"Article {article_id}", date=dt.date(2026, 3, 3),
                   date_source="header", source=f"{article_id}.txt", paragraphs=())


def _said(article_id: str, start: int = 0) -> Evidence:
    return Evidence(article_id, Span(start, start + 10), f"a sentence of {article_id}", 0.9, "test-rule")


def hand_built(*, with_lisbon: bool = True) -> Resolved:
    """Two articles: both say Ana leads the delegation; only A says where Lisbon is, only B gives her title;
    her UN affiliation comes from no article (a table)."""
    nodes = (Node("person/ana-souza", "Person", "Ana Souza", aliases=("Souza",)),
             Node("delegation/brazil", "Delegation", "Brazilian delegation"),
             Node("country/brazil", "Country", "Brazil", same_as=("http://www.wikidata.org/entity/Q155",)),
             Node("organization/un", "Organization", "United Nations"))
    triples = [Triple("person/ana-souza", "leads", "delegation/brazil", evidence=(_said("aaaa"), _said("bbbb"))),
               Triple("delegation/brazil", "represents", "country/brazil", evidence=(_said("aaaa"),)),
               Triple("person/ana-souza", "title", "Foreign Minister", literal=True, evidence=(_said("bbbb", 40),)),
               Triple("person/ana-souza", "affiliatedWith", "organization/un")]
    if with_lisbon:
        nodes += (Node("place/lisbon", "Place", "Lisbon"), Node("country/portugal", "Country", "Portugal"))
        triples.append(Triple("place/lisbon", "locatedIn", "country/portugal", evidence=(_said("aaaa", 80),)))
    return Resolved((_article("aaaa"), _article("bbbb")), nodes, tuple(triples))


def test_split_puts_each_triple_where_it_belongs():
    graph = to_graph(hand_built())
    named = split_by_article(graph)
    a, b, reference = graph_iri(BASE, "aaaa"), graph_iri(BASE, "bbbb"), graph_iri(BASE, "reference")
    assert set(named.graphs) == {a, b, reference}
    assert named.replace == {a, b} and set(named.articles.values()) == {"aaaa", "bbbb"}
    ana, delegation = URIRef(BASE + "person/ana-souza"), URIRef(BASE + "delegation/brazil")
    brazil, lisbon = URIRef(BASE + "country/brazil"), URIRef(BASE + "place/lisbon")
    un = URIRef(BASE + "organization/un")

    def where(triple) -> set[URIRef]:
        return {name for name, triples in named.graphs.items() if triple in triples}

    assert where((ana, KG.leads, delegation)) == {a, b}  # a relation goes to each article that states it
    assert where((delegation, KG.represents, brazil)) == {a}
    assert where((lisbon, KG.locatedIn, URIRef(BASE + "country/portugal"))) == {a}
    assert where((ana, KG.title, Literal("Foreign Minister"))) == {b}
    assert where((ana, KG.affiliatedWith, un)) == {reference}  # no statement: reference
    assert where((ana, RDFS.label, Literal("Ana Souza"))) == {a, b, reference}  # every graph that mentions her
    assert where((brazil, RDFS.label, Literal("Brazil"))) == {a}
    assert where((un, RDFS.label, Literal("United Nations"))) == {reference}
    for article_id, home in (("aaaa", a), ("bbbb", b)):
        article = URIRef(f"{BASE}article/{article_id}")
        assert {t for t in graph if t[0] == article} <= named.graphs[home]
        statements = set(graph.subjects(URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), article))
        assert statements and all(where(t) == {home} for t in graph if t[0] in statements)
    union = set().union(*named.graphs.values())
    assert union == set(graph)  # nothing lost, nothing invented


def test_a_graph_without_articles_goes_to_one_graph_named_after_the_file():
    graph = Graph()
    graph.add((URIRef("http://example.org/a"), RDFS.label, Literal("a")))
    named = split_by_article(graph, name="extra facts.ttl")
    assert list(named.graphs) == [file_graph_iri("extra facts.ttl")]
    assert str(file_graph_iri("extra facts.ttl")) == BASE + "graph/file/extra%20facts.ttl"


def test_load_resolved_replaces_an_article_instead_of_adding_a_copy(tmp_path):
    path = tmp_path / "store"
    assert article_ids_in_store(path) == set() and not path.exists()
    first = load_graph_into_store(hand_built(), path)
    assert first.articles == ("aaaa", "bbbb") and first.graphs == 3
    assert article_ids_in_store(path) == {"aaaa", "bbbb"}
    again = load_graph_into_store(hand_built(), path)
    assert again.store_quads == first.store_quads  # loading the same articles twice: same store

    b_before = _graph_quads(path, graph_iri(BASE, "bbbb"))
    load_graph_into_store(hand_built(with_lisbon=False), path)  # article A now says less
    store = open_store(path, read_only=True)
    ask = "ASK { ?l kg:locatedIn ?c }"
    assert not bool(store.query(ask, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True))
    assert not list(store.query('SELECT ?x WHERE { ?x rdfs:label "Portugal" }', prefixes=QUERY_PREFIXES,
                                use_default_graph_as_union=True))
    del store
    assert _graph_quads(path, graph_iri(BASE, "bbbb")) == b_before  # article B untouched


def _graph_quads(path: Path, name: URIRef) -> set[str]:
    store = open_store(path, read_only=True)
    return {str(q) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))}


# ---------------------------------------------------------------- kg load


def test_kg_load_twice_leaves_the_same_quads(sample_graph, tmp_path):
    path = tmp_path / "store"
    first = invoke("load", sample_graph, "--store", path)
    assert first.exit_code == 0, first.output
    count = quad_count(path)
    second = invoke("load", sample_graph, "--store", path)
    assert second.exit_code == 0, second.output
    assert quad_count(path) == count
    assert f"the store holds {count} quads" in second.stderr
    articles = len(set(Graph().parse(sample_graph).subjects(None, KG.Article)))
    assert len(list(open_store(path, read_only=True).named_graphs())) == articles


def test_kg_load_store_union_is_the_graph(sample_graph, store):
    from_file = ox.Store()
    from_file.load(path=str(sample_graph), format=ox.RdfFormat.TURTLE)  # same literal canonical forms
    union = {str(q.triple) for q in open_store(store, read_only=True)}
    assert union == {str(q.triple) for q in from_file}


def test_kg_load_two_halves_of_a_graph_is_loading_the_whole(sample_graph, store, tmp_path):
    triples = sorted(Graph().parse(sample_graph))
    halves = []
    for number, part in enumerate((triples[::2], triples[1::2])):
        half = Graph()
        for triple in part:
            half.add(triple)
        halves.append(tmp_path / f"half{number}.ttl")
        half.serialize(halves[-1], format="turtle")
    assert invoke("load", *halves, "--store", tmp_path / "halves").exit_code == 0
    whole = invoke("export", "--store", store, "-o", "-", "--format", "nq").stdout
    assert invoke("export", "--store", tmp_path / "halves", "-o", "-", "--format", "nq").stdout == whole


def test_kg_load_a_file_without_articles_replaces_its_own_graph(tmp_path):
    facts = tmp_path / "facts.ttl"
    facts.write_text("<http://example.org/a> <http://example.org/p> 1, 2 .\n", encoding="utf-8")
    path = tmp_path / "store"
    assert invoke("load", facts, "--store", path).exit_code == 0
    assert invoke("load", facts, "--store", path).exit_code == 0
    assert len(_graph_quads(path, file_graph_iri(facts))) == 2
    facts.write_text("<http://example.org/a> <http://example.org/p> 3 .\n", encoding="utf-8")
    assert invoke("load", facts, "--store", path).exit_code == 0
    assert quad_count(path) == 1


def test_kg_load_replaces_a_graph_with_blank_nodes(tmp_path):
    facts = tmp_path / "facts.ttl"
    facts.write_text('<http://example.org/a> <http://example.org/p> [ <http://example.org/q> "x" ] .\n',
                     encoding="utf-8")
    path = tmp_path / "store"
    for _ in range(2):
        assert invoke("load", facts, "--store", path).exit_code == 0
        assert quad_count(path) == 2
    facts.write_text('<http://example.org/a> <http://example.org/p> [ <http://example.org/q> "y" ] .\n',
                     encoding="utf-8")
    assert invoke("load", facts, "--store", path).exit_code == 0
    assert quad_count(path) == 2


def test_kg_load_bad_input_exits_2(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://example.org/a> <http://example.org/p> .\n", encoding="utf-8")
    for args, code in (((broken,), "E140"), ((tmp_path / "missing.ttl",), "E101")):
        result = invoke("load", *args, "--store", tmp_path / "store")
        assert result.exit_code == 2
        assert f"error: [{code}]" in result.stderr and Path(args[0]).name in result.stderr


def test_kg_load_refuses_a_folder_that_is_not_a_store(sample_graph, tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = invoke("load", sample_graph, "--store", tmp_path)
    assert result.exit_code == 2 and "[E500]" in result.stderr and "not empty" in result.stderr


# ---------------------------------------------------------------- kg query


def test_query_table_is_aligned(store):
    result = invoke("query", "--store", store, "--format", "table", LEADERS)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["leader", "side"] and set(lines[1]) == {"-", " "}
    rows = lines[2:-1]
    assert rows and lines[-1] == f"({len(rows)} rows)"
    column = lines[0].index("side")
    assert lines[1][column - 2:column] == "  " and lines[1][column] == "-"
    assert all(row[column - 2:column] == "  " and row[column] != " " for row in rows)


def test_query_not_on_a_terminal_prints_csv(store):
    result = invoke("query", "--store", store, LEADERS)
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["leader", "side"] and len(rows) > 1


def test_query_json_and_tsv_are_sparql_results(store):
    result = invoke("query", "--store", store, "--format", "json", LEADERS)
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["leader", "side"]
    assert data["results"]["bindings"][0]["leader"]["type"] == "literal"
    tsv = invoke("query", "--store", store, "--format", "tsv", LEADERS).stdout.splitlines()
    assert tsv[0] == "?leader\t?side" and tsv[1].startswith('"')


def test_query_ask_and_construct(store):
    assert invoke("query", "--store", store, "ASK { ?p a kg:Person }").stdout == "true\n"
    assert invoke("query", "--store", store, "ASK { ?p a kg:Nothing }").stdout == "false\n"
    assert json.loads(invoke("query", "--store", store, "--format", "json", "ASK {}").stdout)["boolean"] is True
    result = invoke("query", "--store", store,
                    "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kg:Person ; rdfs:label ?l }")
    assert result.exit_code == 0
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert len(graph) > 0 and set(graph.predicates()) == {RDFS.label}
    assert "@prefix rdfs:" in result.stdout


def test_query_a_file_with_a_query_file(sample_graph, store, tmp_path):
    question = tmp_path / "leaders.rq"
    question.write_text(LEADERS, encoding="utf-8")
    from_file = invoke("query", sample_graph, "-f", question)
    assert from_file.exit_code == 0, from_file.output
    assert from_file.stdout == invoke("query", "--store", store, "-f", question).stdout


def test_query_from_standard_input(store):
    result = CliRunner().invoke(main, ["query", "--store", str(store), "-f", "-"], input="ASK { ?a a kg:Article }")
    assert result.exit_code == 0 and result.stdout == "true\n"


def test_query_own_prefix_wins(store):
    result = invoke("query", "--store", store, "PREFIX kg: <http://example.org/none#> ASK { ?p a kg:Person }")
    assert result.stdout == "false\n"


@pytest.mark.parametrize("args, message", [
    (("SELEC ?x WHERE { ?x ?p ?o }",), "not valid SPARQL"),
    (("SELECT ?x WHERE { ?x a nope:Thing }",), "not valid SPARQL"),
])
def test_query_syntax_error_exits_2(store, args, message):
    result = invoke("query", "--store", store, *args)
    assert result.exit_code == 2
    assert message in result.stderr and "line 1:" in result.stderr


def test_query_missing_store_exits_2(tmp_path):
    result = invoke("query", "--store", tmp_path / "nowhere", "ASK {}")
    assert result.exit_code == 2
    assert "no store there" in result.stderr and "kg load" in result.stderr
    assert not (tmp_path / "nowhere").exists()  # a query never creates a store


def test_query_needs_one_source_and_one_query(sample_graph, store, tmp_path):
    assert invoke("query", "ASK {}").exit_code == 2  # neither a store nor a file
    assert invoke("query", "--store", store, sample_graph, "ASK {}").exit_code == 2  # both
    assert invoke("query", "--store", store).exit_code == 2  # no query
    missing = invoke("query", tmp_path / "missing.ttl", "ASK {}")
    assert missing.exit_code == 2 and "missing.ttl: no such file" in missing.stderr


def _bindings(result) -> list[tuple]:
    data = json.loads(result.stdout)
    return sorted(tuple(sorted((k, v["type"], v["value"], v.get("datatype", ""), v.get("xml:lang", ""))
                               for k, v in row.items())) for row in data["results"]["bindings"])


def test_competency_questions_answer_the_same_from_store_and_file(sample_graph, store):
    """/work/shared/eval/queries: the same rows through the store (named graphs, union) as from the Turtle file."""
    if not QUERIES.is_dir():
        pytest.skip(f"competency questions not found at {QUERIES}")
    files = sorted(QUERIES.glob("*.rq"))
    answered = 0
    for question in files:
        from_store = invoke("query", "--store", store, "-f", question, "--format", "json")
        from_file = invoke("query", sample_graph, "-f", question, "--format", "json")
        assert from_store.exit_code == 0 and from_file.exit_code == 0, (question.name, from_store.output)
        assert _bindings(from_store) == _bindings(from_file), question.name
        answered += bool(_bindings(from_store))
    assert files and answered >= len(files) // 2  # the sample graph answers most questions


# ---------------------------------------------------------------- kg export

PARSERS = {  # our format -> (rapper -i, serdi -i)
    "turtle": ("turtle", "turtle"), "nt": ("ntriples", "ntriples"), "nq": ("nquads", "nquads"),
    "trig": ("trig", "trig"), "xml": ("rdfxml", None),
}
SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld", "xml": ".rdf"}


def _union_size(store_dir: Path) -> int:
    return len({str(q.triple) for q in open_store(store_dir, read_only=True)})


@pytest.mark.parametrize("fmt", sorted(SUFFIXES))
def test_export_parses_in_an_independent_parser(store, tmp_path, fmt):
    output = tmp_path / f"all{SUFFIXES[fmt]}"
    result = invoke("export", "--store", store, "-o", output)  # the format from the suffix
    assert result.exit_code == 0, result.output
    expected = quad_count(store) if fmt in ("nq", "trig") else _union_size(store)
    if fmt == "jsonld":  # neither raptor nor serd reads JSON-LD; rdflib's parser is not pyoxigraph's writer
        assert len(Graph().parse(output, format="json-ld")) == expected
        return
    rapper_format, serdi_format = PARSERS[fmt]
    if shutil.which("rapper"):
        run = subprocess.run(["rapper", "-i", rapper_format, "-c", str(output)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        assert re.search(rf"returned {expected} (triples|statements)", run.stderr), run.stderr
    elif shutil.which("serdi") and serdi_format:
        run = subprocess.run(["serdi", "-i", serdi_format, "-o", "ntriples", str(output)], capture_output=True)
        assert run.returncode == 0, run.stderr
        assert len(run.stdout.splitlines()) == expected
    else:
        pytest.skip("rapper (apt: raptor2-utils) and serdi are not installed; no independent parser for " + fmt)


def test_export_keeps_named_graphs_in_dataset_formats(store, tmp_path):
    output = tmp_path / "all.nq"
    invoke("export", "--store", store, "-o", output)
    graphs = {line.rsplit(" ", 2)[-2] for line in output.read_text(encoding="utf-8").splitlines()}
    assert graphs == {f"<{g.value}>" for g in open_store(store, read_only=True).named_graphs()}


def test_export_is_deterministic(store, tmp_path):
    """The same quads give the same bytes, however they got into the store."""
    invoke("export", "--store", store, "-o", tmp_path / "all.nq")
    copy = tmp_path / "copy"
    assert invoke("load", tmp_path / "all.nq", "--store", copy).exit_code == 0  # a dataset keeps its graphs
    for fmt in ("trig", "turtle", "jsonld", "xml", "nt"):
        one = invoke("export", "--store", store, "-o", "-", "--format", fmt)
        two = invoke("export", "--store", copy, "-o", "-", "--format", fmt)
        assert one.exit_code == 0 and one.stdout_bytes == two.stdout_bytes, fmt
    lines = invoke("export", "--store", store, "-o", "-", "--format", "nt").stdout.splitlines()
    assert lines == sorted(lines)


def test_export_errors_exit_2(store, tmp_path):
    assert invoke("export", "--store", tmp_path / "nowhere", "-o", tmp_path / "x.ttl").exit_code == 2
    unknown = invoke("export", "--store", store, "-o", tmp_path / "x.data")
    assert unknown.exit_code == 2 and "--to" in unknown.stderr and "[E410]" in unknown.stderr


# ---------------------------------------------------------------- kg push without a server


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_push_to_nothing_exits_2_naming_the_url(sample_graph):
    url = f"http://127.0.0.1:{_closed_port()}/store"
    result = invoke("push", sample_graph, "--endpoint", url, "--retries", "1", "--timeout", "2")
    assert result.exit_code == 2
    assert f"{url}?graph=" in result.stderr and "cannot be reached" in result.stderr
    assert "after 2 attempt(s)" in result.stderr


def test_push_never_prints_credentials(sample_graph):
    url = f"http://bob:s3cret-pw@127.0.0.1:{_closed_port()}/store"
    result = invoke("push", sample_graph, "--endpoint", url, "--retries", "0",
                    env={"KG_STORE_USER": "bob", "KG_STORE_PASSWORD": "s3cret-pw"})
    assert result.exit_code == 2
    assert "s3cret-pw" not in result.output and "KG_STORE_PASSWORD" in result.output


def test_push_to_a_silent_server_times_out(sample_graph):
    with socket.socket() as silent:  # accepts connections (the kernel does) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/store"
        result = invoke("push", sample_graph, "--endpoint", url, "--timeout", "0.5", "--retries", "0")
    assert result.exit_code == 2
    assert "did not answer PUT within 0.5s" in result.stderr and url in result.stderr


def test_scrub_cuts_what_may_hold_credentials():
    import base64

    from kg.store import CREDENTIALS_HIDDEN, scrub

    token = base64.b64encode(b"dba:correct-horse").decode()
    secrets = ["correct-horse", "dba:correct-horse", token]
    text = f"denied\nAuthorization: Basic {token}\nuser dba, password correct-horse\nplease retry"
    cleaned = scrub(text, secrets)
    assert token not in cleaned and "correct-horse" not in cleaned
    assert cleaned == f"denied\n{CREDENTIALS_HIDDEN}\nuser dba, password ***\nplease retry"
    assert scrub('{"headers": {"authorization": "Digest username=\\"dba\\", response=\\"f00\\""}}') \
        == '{"headers": {"' + CREDENTIALS_HIDDEN
    assert scrub(f"echo: Basic {token} done") == f"echo: {CREDENTIALS_HIDDEN} done"
    assert scrub('WWW-Authenticate: Basic realm="kg"') == 'WWW-Authenticate: Basic realm="kg"'


def test_scrub_masks_only_whole_short_secrets():
    from kg.store import CREDENTIALS_HIDDEN, scrub

    assert scrub("Connection refused", ["e"]) == "Connection refused"  # not "Conn***ction r***fus***d"
    assert scrub("the password e is wrong", ["e"]) == CREDENTIALS_HIDDEN
    assert scrub("wrong: hunter2", ["hunter2"]) == CREDENTIALS_HIDDEN
    assert scrub("wrong: hunter2hunter2", ["hunter2hunter2"]) == "wrong: ***"


@pytest.mark.parametrize("url", ["http://[::1/store", "http://127.0.0.1:99999/store", "http://h:port/x",
                                 "http://exa mple.org/", "file:///etc/passwd", "http:///store"])
def test_check_endpoint_turns_bad_urls_into_messages(url):
    from kg.errors import StoreError
    from kg.store import check_endpoint, public_url

    with pytest.raises(StoreError):
        check_endpoint(url)
    public_url(url)  # never raises


@pytest.mark.parametrize("text, form, service", [
    ("SELECT * WHERE { ?s ?p ?o }", "select", False),
    ("PREFIX ex: <http://example.org/#insert>\n# DELETE this comment\nASK { ?s ex:insert 'DROP' }", "ask", False),
    ("BASE <http://example.org/> CONSTRUCT WHERE { ?s ?p ?o }", "construct", False),
    ("describe <http://example.org/x>", "describe", False),
    ("INSERT DATA { <a:b> <a:c> 1 }", "update", False),
    ("PREFIX x: <http://example.org/>\nDELETE WHERE { ?s x:p ?o }", "update", False),
    ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "update", False),
    ("drop silent all", "update", False),
    ("SELECT ?service WHERE { ?service ex:service ?o FILTER(?o = 'SERVICE') }", "select", False),
    ("SELECT * WHERE { service <http://example.org/sparql> { ?s ?p ?o } }", "select", True),
    ('SELECT * WHERE { ?s ?p """SERVICE\n""" . SERVICE SILENT ?endpoint { ?s ?p ?o } }', "select", True),
])
def test_queries_are_told_apart_by_their_tokens(text, form, service):
    from kg.sparql import classify

    shape = classify(text)
    assert (shape.form, shape.uses_service) == (form, service)
