"""The Python API: what `import kg` offers (`kg.build_graph`, `kg.Builder`, `kg.validate`).

It runs the same function `kg build` runs (`kg.pipeline.stream`, window by
window, every window SHACL-validated) and gives back an rdflib Graph. Like the
CLI, this module is an entry point: it is the one place besides `kg.cli` that
reads article files, and only when it is given paths.

>>> import kg
>>> graph = kg.build_graph(["LISBON, March 3, 2026 - Foreign Minister Ana Souza led Brazil's "
...                         "delegation at talks with Portugal in Lisbon on Tuesday."])
>>> sorted(str(name) for name in graph.objects(None, kg.KG.title))
['Foreign Minister']
>>> kg.validate(graph).conforms
True
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from rdflib import Graph

from .errors import ConfigError, InputError, ValidationFailed
from .inputs import Problem
from .model import Article
from .namespace import DEFAULT_BASE_IRI

Source = Union[str, "os.PathLike[str]", Article]


@dataclass(frozen=True)
class LeftOut:
    """An article read but not built: SHACL violations (E300, with pySHACL's report) or an
    extraction crash (E900, a kg bug)."""

    article: Article
    code: str
    reason: str
    report: str = ""


@dataclass(frozen=True)
class Build:
    """What one build gave: the validated graph, the articles in it, and what went wrong.

    `problems` are the inputs that could not be read (``skipped``) and warnings
    (no date, invalid UTF-8); `left_out` are the articles that were read but not built.
    """

    graph: Graph
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    left_out: tuple[LeftOut, ...]


class Builder:
    """A loaded pipeline: the spaCy model is loaded once, then each call builds a validated graph.

    >>> import kg
    >>> builder = kg.Builder()
    >>> first = builder("BERLIN, May 4, 2026 - Chancellor Lena Vogt met Prime Minister Tomas Berg in Berlin.")
    >>> second = builder(["TOKYO, June 2, 2026 - Japan imposed tariffs on steel from China."])
    >>> from rdflib import RDFS
    >>> sorted(str(label) for label in second.objects(None, RDFS.label) if "teel" in label)
    ['steel']

    Each call is independent: a node's IRI depends only on the text, so graphs
    of separate calls can be added together (``first + second``).
    """

    def __init__(self, model: str | None = None, base_iri: str = DEFAULT_BASE_IRI, *, validate: bool = True,
                 batch_size: int = 64) -> None:
        from .map import check_base_iri
        from .nlp import load_nlp

        self.base_iri = check_base_iri(base_iri)
        self.validate = validate
        self.batch_size = batch_size
        self.model = model
        self.nlp = load_nlp(model)

    def __call__(self, texts_or_paths: Source | Iterable[Source], date: dt.date | str | None = None) -> Graph:
        """The graph of every article; raises `InputError` (E100) when an input cannot be read and
        `ValidationFailed` (E300) when an article breaks the shapes: nothing is left out silently."""
        result = self.build(texts_or_paths, date)
        unread = [f"{p.where}: {p.reason}" for p in result.problems if p.skipped]
        unbuilt = [f"{x.article.source}: {x.reason}" for x in result.left_out]
        if unread or any(x.code != "E300" for x in result.left_out):
            raise InputError(f"{len(unread) + len(unbuilt)} input(s) could not be built: "
                             + "; ".join(unread + unbuilt),
                             hint="Builder.build() returns the graph of the rest, with the problems")
        if unbuilt:
            raise ValidationFailed(f"{len(unbuilt)} article(s) break the SHACL shapes: " + "; ".join(unbuilt),
                                   "\n".join(x.report for x in result.left_out),
                                   hint="Builder(validate=False) builds them anyway; kg.validate(graph) reports why")
        return result.graph

    def build(self, texts_or_paths: Source | Iterable[Source], date: dt.date | str | None = None) -> Build:
        """Like calling the builder, but keeps going: the graph of what could be built, and the rest."""
        from .pipeline import StreamOptions, stream

        problems: list[Problem] = []
        articles = _articles(texts_or_paths, _as_date(date), problems)
        options = StreamOptions(base_iri=self.base_iri, validate=self.validate, window=self.batch_size, jobs=1,
                                model=self.model, ntriples=False)
        graph, built, left_out = None, [], []
        for window in stream(articles, options, nlp=self.nlp):
            built += window.articles
            left_out += [LeftOut(f.article, f.code, f.reason, f.report) for f in window.failed]
            if window.graph is not None:
                if graph is None:
                    graph = window.graph
                else:
                    graph += window.graph
        return Build(graph if graph is not None else Graph(), tuple(built), tuple(problems), tuple(left_out))


def build_graph(texts_or_paths: Source | Iterable[Source], date: dt.date | str | None = None,
                base_iri: str = DEFAULT_BASE_IRI, *, model: str | None = None, validate: bool = True) -> Graph:
    """Articles in, a SHACL-validated rdflib Graph out: what `kg build` writes.

    `texts_or_paths` is one item or a list of them: article text (a str), a
    path (a `pathlib.Path`, or a str naming an existing file or folder: .txt,
    .html and .jsonl files, folders searched for them), or an `Article`.
    `date` (YYYY-MM-DD or a `datetime.date`) dates articles that carry no date
    of their own. The spaCy model is loaded once per process; `Builder`
    keeps it for many calls.
    """
    return Builder(model, base_iri, validate=validate)(texts_or_paths, date)


def _as_date(date: dt.date | str | None) -> dt.date | None:
    if date is None or isinstance(date, dt.date):
        return date
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise ConfigError(f"{date!r} is not a date", hint="use YYYY-MM-DD, e.g. 2025-10-24") from None


def _articles(items: Source | Iterable[Source], date: dt.date | None, problems: list[Problem]) -> Iterator[Article]:
    """Every article of the inputs, in order, each text once; what cannot be read goes to `problems`."""
    from .inputs import read_text

    if isinstance(items, (str, os.PathLike, Article)):
        items = [items]
    seen: set[str] = set()
    for index, item in enumerate(items):
        if isinstance(item, Article):
            found: Iterable = [item]
        elif isinstance(item, (str, os.PathLike)):
            path = _as_path(item)
            found = _read_path(path, date) if path is not None else \
                read_text(item.encode("utf-8"), f"<text {index + 1}>", date)
        else:
            raise TypeError(f"expected article text, a path or an Article, got {type(item).__name__}")
        for x in found:
            if isinstance(x, Problem):
                problems.append(x)
            elif x.id not in seen:  # the same text twice is built once, as `kg build` does
                seen.add(x.id)
                yield x


def _as_path(item) -> Path | None:
    """A Path is a path. A str is one when it is a single line that names an existing file or folder,
    or looks like a file name (no spaces, an article suffix) or a folder (ends in '/'): a mistyped
    path is then reported as missing rather than built as a one-line article."""
    from .inputs import SUFFIX_FORMATS

    if isinstance(item, os.PathLike):
        return Path(item)
    if "\n" in item or len(item) > 4096:
        return None
    try:
        if Path(item).exists():
            return Path(item)
    except OSError:  # a string the file system refuses to look up is text
        return None
    looks_like_path = not any(c.isspace() for c in item) and (
        item.endswith(("/", os.sep)) or os.path.splitext(item)[1].lower() in SUFFIX_FORMATS)
    return Path(item) if looks_like_path else None


def _read_path(path: Path, date: dt.date | None) -> Iterator[Article | Problem]:
    """The articles of a file, or of every article file below a folder."""
    from .inputs import MAX_ARTICLE_BYTES, SUFFIX_FORMATS, format_for, read_input, too_large

    if not path.exists():
        yield Problem(str(path), "no such file or folder", hint="check the path")
        return
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIX_FORMATS) \
        if path.is_dir() else [path]
    for file in files:
        fmt = format_for(file.name)
        if fmt is None:
            yield Problem(str(file), f"unknown extension {file.suffix or '(none)'!r}",
                          hint="kg reads .txt, .html and .jsonl files")
            continue
        try:
            size = file.stat().st_size
            if size > MAX_ARTICLE_BYTES and fmt != "jsonl":
                yield too_large(str(file), size)
                continue
            data = file.read_bytes()
        except OSError as exc:
            yield Problem(str(file), f"cannot be read ({exc.strerror})", hint="check the file's permissions")
            continue
        yield from read_input(data, str(file), fmt, date)
