"""`kg load`, `kg query`, `kg export`, `kg push`: the graph in a SPARQL store.

Registered on the `kg` group by the import at the bottom of kg/cli.py.
"""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from .cli import EXIT_BAD_INPUT, main, write_atomic
from .errors import InputError, KgError, QueryError

STORE_HELP = "The store folder (an embedded Oxigraph database; `kg load` creates it)."
TABLE_MAX_WIDTH = 60  # characters per table column; csv, tsv and json are never cut
USER_ENV, PASSWORD_ENV = "KG_STORE_USER", "KG_STORE_PASSWORD"
QUERY_TIMEOUT = 60.0  # seconds; `kg query --timeout`
TABLE_ROWS = 10_000  # rows a table holds when no --limit is given (it needs them all to align columns)
QUERY_ATTEMPTS = 8  # reads of a store another process is writing


def _fails_with_exit_2(command):
    """Report a KgError as `error: ...` and exit 2: bad input, missing store, refusing server."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)

    return run


def _store_option(required: bool):
    return click.option("--store", "store_dir", required=required, type=click.Path(path_type=Path), help=STORE_HELP)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_store_option(required=True)
@click.option("--fresh", is_flag=True, help="Empty the store before loading.")
@_fails_with_exit_2
def load(files, store_dir, fresh):
    """Load graph files into a store, one named graph per article.

    \b
    kg load out/graph.ttl --store out/store

    An article already in the store is replaced, not added twice. Triples no
    article supports go to the graph <base>graph/reference; a file without
    article nodes goes whole to <base>graph/file/<file name>. TriG and N-Quads
    files keep their own named graphs.
    """
    from .store import load_into, open_store, read_graph_files

    named = read_graph_files(files)
    store = open_store(store_dir, create=True)
    if fresh:
        store.clear()
    stats = load_into(store, named, bulk=True)
    click.echo(f"{len(files)} file(s), {len(stats.articles)} article(s) -> {store_dir}: "
               f"{stats.triples} triples in {stats.graphs} named graph(s) written; "
               f"the store holds {stats.store_quads} quads in {stats.store_graphs} graph(s)", err=True)


def _split_query_args(args: tuple[str, ...], query_file) -> tuple[list[Path], str]:
    files, texts = [], []
    for arg in args:
        (files if Path(arg).is_file() else texts).append(arg)
    for text in texts:
        if query_file is not None or not any(c.isspace() or c in "{}" for c in text):
            raise InputError(f"{text}: no such file",
                             hint="give graph files that exist, and the query as text or -f FILE")
    if query_file is not None:
        return [Path(f) for f in files], query_file.read()
    if len(texts) != 1:
        raise click.UsageError("give one query: as text ('SELECT ...') or with -f FILE")
    return [Path(f) for f in files], texts[0]


@main.command(name="query")
@click.argument("args", nargs=-1, metavar="[GRAPH_FILE]... [QUERY]")
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file ('-' for standard input).")
@_store_option(required=False)
@click.option("--format", "fmt", default="auto", show_default=True,
              type=click.Choice(["auto", "table", "csv", "tsv", "json", "turtle", "nt"]),
              help="auto: SELECT gives a table on a terminal and CSV when piped or redirected.")
@click.option("--timeout", type=click.FloatRange(min=0), default=QUERY_TIMEOUT, show_default=True,
              help="Stop the query after this many seconds (0: no limit).")
@click.option("--limit", type=click.IntRange(min=0), default=0, metavar="N",
              help=f"Print at most N results (rows or triples) [default: all; a table shows at most {TABLE_ROWS:,}].")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE clauses send HTTP requests to the servers they name (refused by default).")
@_fails_with_exit_2
def query_command(args, query_file, store_dir, fmt, timeout, limit, allow_service):
    """Run a SPARQL query against a store (--store DIR) or graph files.

    \b
    kg query --store out/store 'SELECT ?p ?l WHERE { ?p a kg:Person ; rdfs:label ?l }'
    kg query out/graph.ttl -f question.rq --format json

    \b
    The default graph is the union of all named graphs. The prefixes kg:, rdf:,
    rdfs:, owl:, xsd:, skos: and prov: are predeclared (a PREFIX in the query wins).
    SELECT: an aligned table on a terminal (long values cut at 60 characters),
      CSV when stdout is not a terminal; --format table|csv|tsv|json
      (json and tsv are the SPARQL 1.1 results formats). Rows are written as they come.
    ASK: true or false (--format json: a SPARQL boolean result).
    CONSTRUCT, DESCRIBE: Turtle (--format nt: N-Triples), sorted.
    Updates are refused; so is SERVICE, unless --allow-service.
    A query that is not valid SPARQL, fails or runs past --timeout exits with 2;
    Ctrl-C stops it at once (130).
    """
    from .cli import StopSignals
    from .sparql import check_query, run_in_child

    files, text = _split_query_args(args, query_file)
    if (store_dir is None) == (not files):
        raise click.UsageError("query either a store (--store DIR) or graph files, one of the two")
    check_query(text, allow_service=allow_service)
    if store_dir is not None:
        from .store import is_store, open_store

        if not is_store(store_dir):
            open_store(store_dir, read_only=True)  # raises the reason, without starting anything
    select_format = fmt if fmt != "auto" else ("table" if sys.stdout.isatty() else "csv")
    work = functools.partial(_query_work, store_dir=store_dir, files=files, text=text, fmt=fmt, limit=limit,
                             select_format=select_format)
    signals = StopSignals()
    try:
        with signals:
            run_in_child(work, timeout=timeout or None, write=_write_bytes,
                         note=lambda message: click.echo(message, err=True))
    except KeyboardInterrupt:
        click.echo(f"\n{signals.what}: the query was stopped", err=True)
        sys.exit(signals.exit_code)
    except BrokenPipeError:  # `kg query ... | head`: the reader has what it wanted
        _quiet_stdout()


def _query_work(channel, *, store_dir, files, text, fmt, limit, select_format) -> None:
    """In the child process: open, run and print; a read that a concurrent writer broke is retried
    while nothing has been printed."""
    import time

    from pyoxigraph import QuerySolutions

    from .store import is_transient_read_error as is_transient
    from .store import memory_store, open_store, query

    for attempt in range(QUERY_ATTEMPTS):
        try:
            store = open_store(store_dir, read_only=True) if store_dir is not None else memory_store(files)
            result = query(store, text)
            _emit(channel, result, select_format if isinstance(result, QuerySolutions) else fmt, limit)
            return
        except SyntaxError as exc:
            raise InputError(f"the query is not valid SPARQL: {_syntax_message(text, str(exc))}",
                             hint="kg:, rdf:, rdfs:, owl:, xsd:, skos: and prov: need no PREFIX; "
                                  "other prefixes do") from None
        except KgError:
            raise
        except Exception as exc:
            if is_transient(exc) and channel.sent == 0 and attempt < QUERY_ATTEMPTS - 1:
                channel.discard()
                time.sleep(0.05 * 2 ** min(attempt, 4))
                continue
            message = " ".join(str(exc).split())
            if is_transient(exc):
                raise QueryError(f"the store changed while the query read it ({message[:300]})",
                                 hint="a build or load was writing it; run the query again") from None
            raise QueryError(f"the query failed while it ran: {message[:500]}") from None


def _emit(channel, result, fmt: str, limit: int) -> None:
    import pyoxigraph as ox

    from .sparql import SolutionWriter

    if isinstance(result, ox.QuerySolutions):
        if fmt in ("turtle", "nt"):
            raise InputError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries",
                             hint="SELECT results: --format table, csv, tsv or json")
        variables = [v.value for v in result.variables]
        cap = limit or (TABLE_ROWS if fmt == "table" else 0)
        if fmt == "table":
            rows = []
            for solution in result:
                if cap and len(rows) == cap:
                    channel.note(f"(stopped after {cap:,} rows: --limit)" if limit else
                                 f"(more rows than a table shows, {cap:,}; --limit N or --format csv for all)")
                    break
                rows.append([_cell(solution[v]) for v in variables])
            channel.out((format_table(variables, rows) + "\n"
                         + f"({len(rows)} row{'' if len(rows) == 1 else 's'})\n").encode("utf-8", "replace"))
            return
        writer = SolutionWriter(fmt, variables)
        channel.out(writer.start())
        for solution in result:
            if cap and writer.rows == cap:
                channel.note(f"(stopped after {cap:,} rows: --limit)")
                break
            channel.out(writer.row(solution))
        channel.out(writer.end())
    elif isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            channel.out(result.serialize(format=ox.QueryResultsFormat.JSON) + b"\n")
        else:
            channel.out(b"true\n" if bool(result) else b"false\n")
    else:
        channel.out(_triples_bytes(result, fmt, limit, channel))


def _syntax_message(text: str, message: str) -> str:
    """pyoxigraph's message, cut short, and the query line it names ('error at LINE:COLUMN')."""
    import re

    message = " ".join(message.split())
    if len(message) > 160:
        message = message[:159] + "…"
    found = re.search(r"at (\d+):\d+", message)
    lines = text.splitlines()
    if found and 0 < int(found.group(1)) <= len(lines):
        message += f"\n  line {found.group(1)}: {lines[int(found.group(1)) - 1].strip()}"
    return message


def _write_bytes(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _quiet_stdout() -> None:
    """stdout's reader went away: send what is left of it nowhere, so exiting does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _triples_bytes(result, fmt: str, limit: int, channel) -> bytes:
    import pyoxigraph as ox

    from .store import QUERY_PREFIXES

    if fmt not in ("auto", "table", "turtle", "nt"):
        raise InputError(f"--format {fmt} is for SELECT and ASK queries",
                         hint="CONSTRUCT and DESCRIBE results: --format turtle or nt")
    unique = {}
    for triple in result:
        if limit and len(unique) == limit and str(triple) not in unique:
            channel.note(f"(stopped after {limit:,} triples: --limit)")
            break
        unique[str(triple)] = triple
    triples = [unique[k] for k in sorted(unique)]
    if fmt == "nt":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=QUERY_PREFIXES)


def _cell(term) -> str:
    import pyoxigraph as ox

    from .namespace import DEFAULT_BASE_IRI
    from .store import QUERY_PREFIXES

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in sorted({**QUERY_PREFIXES, "data": DEFAULT_BASE_IRI}.items(), key=lambda x: -len(x[1])):
            local = term.value[len(namespace):]
            if term.value.startswith(namespace) and local and all(c.isalnum() or c in "-_./" for c in local):
                return f"{prefix}:{local}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return " ".join(term.value.split())
    return str(term)


def format_table(header: list[str], rows: list[list[str]], max_width: int = TABLE_MAX_WIDTH) -> str:
    """Aligned columns under a header and a rule; cells longer than max_width end in '…'."""
    def cut(text: str) -> str:
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cut(c) for c in row] for row in [header, *rows]]
    widths = [max([len(row[i]) for row in cells] + [1]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@main.command(name="export")
@_store_option(required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="The file to write ('-' for standard output).")
@click.option("--to", "fmt", type=click.Choice(["turtle", "nt", "nq", "trig", "jsonld", "xml"]),
              help="The output format [default: from the output file's suffix (.ttl .nt .nq .trig .jsonld .rdf/.xml); "
                   "turtle for '-'].")
@click.option("--format", "old_fmt", type=click.Choice(["turtle", "nt", "nq", "trig", "jsonld", "xml"]), hidden=True)
@_fails_with_exit_2
def export_command(store_dir, output, fmt, old_fmt):
    """Write the whole store to one file, sorted (the same store gives the same bytes).

    N-Quads and TriG keep the named graphs; Turtle, N-Triples, JSON-LD and
    RDF/XML get the union of all graphs.
    """
    from .cli import is_stdout
    from .serialize import output_format
    from .store import export, open_store

    fmt = fmt or old_fmt  # --format was this option's name before --to; still taken, no longer shown
    if fmt is None:
        fmt = _EXPORT_NAMES[output_format(str(output))]
    store = open_store(store_dir, read_only=True)
    data = export(store, fmt)
    write_atomic(output, data)
    if not is_stdout(output):
        click.echo(f"{store_dir} -> {output} ({fmt}, {len(store)} quads in the store)", err=True)


# kg.serialize's (rdflib's) format names -> kg.store.EXPORT_FORMATS names
_EXPORT_NAMES = {"turtle": "turtle", "nt": "nt", "nquads": "nq", "trig": "trig", "json-ld": "jsonld", "xml": "xml"}


@main.command(name="remove")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE_URL_OR_ID...")
@_store_option(required=True)
@_fails_with_exit_2
def remove_command(articles, store_dir):
    """Remove articles' named graphs from a store, by URL, content hash or article IRI.

    \b
    kg remove --store out/store https://example.org/news/ports-deal
    kg remove --store out/store 2b9c2dbd61514e99

    All or nothing: when one of them is not in the store, nothing is removed
    (exit 2). Facts no article states (the reference graph) stay.
    """
    from .store import not_in_store, open_store, remove_articles

    store = open_store(store_dir)
    stats = remove_articles(store, articles)
    del store  # closed before any error is raised: a traceback would keep it open
    if stats.missing:
        raise not_in_store(stats.missing)
    click.echo(f"removed {len(stats.graphs)} article graph(s), {stats.quads} quads, from {store_dir}; "
               f"the store holds {stats.store_quads} quads", err=True)


@main.command(name="push")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@_store_option(required=False)
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL: http://HOST:7878/store (Oxigraph), "
                   "http://HOST:8890/sparql-graph-crud-auth (Virtuoso); with --protocol update, "
                   "the SPARQL Update URL.")
@click.option("--update-endpoint", metavar="URL",
              help="SPARQL 1.1 Update URL (http://HOST:7878/update, http://HOST:8890/sparql-auth): "
                   "used when the endpoint refuses PUT (HTTP 405/501), and by --protocol update.")
@click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True,
              help="gsp: one PUT per named graph; update: DROP SILENT GRAPH then INSERT DATA per graph.")
@click.option("--graph-param", metavar="NAME",
              help="The query parameter naming the graph in a PUT URL "
                   "[default: graph-uri for Virtuoso's /sparql-graph-crud*, graph otherwise].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds to wait for each HTTP request.")
@click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True,
              help="Retries, with backoff, after a connection error or an HTTP 5xx answer.")
@_fails_with_exit_2
def push_command(files, store_dir, endpoint, update_endpoint, protocol, graph_param, timeout, retries):
    """Send graph files (or a store) to a SPARQL 1.1 store over HTTP, one named graph per article.

    \b
    kg push out/graph.ttl --endpoint http://127.0.0.1:7878/store
    kg push --store out/store --endpoint http://HOST:8890/sparql-graph-crud-auth

    Each named graph replaces the graph of the same name on the server. A
    login, when the server wants one (HTTP basic or digest), is read from the
    environment variables KG_STORE_USER and KG_STORE_PASSWORD only. Exit 0
    when every graph was stored, 2 when the server refuses or cannot be reached.
    """
    from .store import Http, open_store, public_url, push, split_files, store_graphs

    if (store_dir is None) == (not files):
        raise click.UsageError("push either graph files or a store (--store DIR), one of the two")
    named = store_graphs(open_store(store_dir, read_only=True)) if store_dir is not None else split_files(files)
    http = Http(timeout=timeout, retries=retries,
                user=os.environ.get(USER_ENV) or None, password=os.environ.get(PASSWORD_ENV))
    stats = push(named, endpoint, protocol=protocol, update_endpoint=update_endpoint, graph_param=graph_param,
                 http=http, progress=lambda message: click.echo(message, err=True))
    how = {"gsp": "Graph Store Protocol", "update": "SPARQL Update"}
    target = public_url(update_endpoint or endpoint) if stats.protocol == "update" else public_url(endpoint)
    click.echo(f"pushed {stats.graphs} named graph(s), {stats.triples} triples to {target} "
               f"({' then '.join(how[p] for p in stats.protocol.split('+'))})", err=True)
