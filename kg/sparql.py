"""`kg query` under control: what a query is, its results streamed, and a child process to run it in.

pyoxigraph evaluates a query inside Rust without letting Python run (a COUNT over a cartesian
product never gives the interpreter back), so neither Ctrl-C nor a timer can stop it in the
process that asked. `run_in_child` forks a process that opens the store, runs the query and
streams the formatted results through a pipe; this process copies them to stdout as they come
and kills the child on Ctrl-C, SIGTERM or when `--timeout` is up. Memory a runaway query took
goes with the child.

- `classify`: the query form (select, ask, construct, describe, or update, which is refused) and
  whether it uses SERVICE (sends HTTP requests; refused unless allowed), read from the query's
  tokens (comments, strings and IRIs skipped);
- `SolutionWriter`: SPARQL 1.1 results as CSV, TSV or JSON, a row at a time.
"""
from __future__ import annotations

import json
import os
import re
import select
import signal
import struct
import time
from dataclasses import dataclass
from typing import Callable

import pyoxigraph as ox

from .errors import KgError, QueryError

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
QUERY_KEYWORDS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
_TOKEN_RE = re.compile(r'''
    (?P<comment>\#[^\n\r]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<word>[?$]?[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*(?::[\w.\-%\\:\u00c0-\uffff]*)?|:[\w.\-%\\:]*)
  | (?P<other>\S)
''', re.VERBOSE)


@dataclass(frozen=True)
class QueryShape:
    form: str  # "select", "ask", "construct", "describe", "update" or "" when it cannot be told
    uses_service: bool


def classify(text: str) -> QueryShape:
    """The form of a SPARQL request and whether it has a SERVICE clause, from its tokens."""
    form = ""
    service = False
    for match in _TOKEN_RE.finditer(text):
        word = match.group("word")
        if word is None or word[0] in "?$:" or ":" in word:
            continue  # variables and prefixed names are never keywords
        upper = word.upper()
        if not form:
            if upper in QUERY_KEYWORDS:
                form = upper.lower()
            elif upper in UPDATE_KEYWORDS:
                form = "update"
        if upper == "SERVICE":
            service = True
    return QueryShape(form, service)


def check_query(text: str, *, allow_service: bool) -> QueryShape:
    """Refuse updates, and SERVICE unless allowed, before anything runs."""
    shape = classify(text)
    if shape.form == "update":
        raise QueryError("this is a SPARQL update; kg query only reads, and updates are refused",
                         hint="change a store with kg load (it replaces an article's graph); "
                              "a server's store with its own update endpoint")
    if shape.uses_service and not allow_service:
        raise QueryError("the query uses SERVICE, which sends HTTP requests to other servers; refused",
                         hint="give --allow-service to let it reach the servers it names")
    return shape


# ---------------------------------------------------------------- results, a row at a time

_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_TURTLE_NUMBER = {
    _XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    _XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
    _XSD + "boolean": re.compile(r"true|false"),
}
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def csv_value(term) -> str:
    if term is None:
        return ""
    value = f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def tsv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        shorthand = _TURTLE_NUMBER.get(datatype)
        if shorthand is not None and shorthand.fullmatch(term.value):
            return term.value
        quoted = '"' + term.value.translate(_TSV_ESCAPES) + '"'
        if term.language:
            return f"{quoted}@{term.language}"
        return quoted if datatype == _XSD_STRING else f"{quoted}^^<{datatype}>"
    return str(term)


def json_value(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": json_value(term.subject),
                                            "predicate": json_value(term.predicate),
                                            "object": json_value(term.object)}}
    return {"type": "literal", "value": str(term)}


class SolutionWriter:
    """SPARQL 1.1 query results in CSV, TSV or JSON, written as the solutions come."""

    def __init__(self, fmt: str, variables: list[str]) -> None:
        self.fmt, self.variables, self.rows = fmt, variables, 0

    def start(self) -> bytes:
        if self.fmt == "csv":
            return (",".join(self.variables) + "\r\n").encode("utf-8")
        if self.fmt == "tsv":
            return ("\t".join("?" + v for v in self.variables) + "\n").encode("utf-8")
        return ('{"head":{"vars":' + _json(self.variables) + '},"results":{"bindings":[').encode("utf-8")

    def row(self, solution) -> bytes:
        self.rows += 1
        if self.fmt == "csv":
            return (",".join(csv_value(solution[v]) for v in self.variables) + "\r\n").encode("utf-8", "replace")
        if self.fmt == "tsv":
            return ("\t".join(tsv_value(solution[v]) for v in self.variables) + "\n").encode("utf-8", "replace")
        binding = {v: json_value(solution[v]) for v in self.variables if solution[v] is not None}
        return (("," if self.rows > 1 else "") + _json(binding)).encode("utf-8", "replace")

    def end(self) -> bytes:
        return b"]}}\n" if self.fmt == "json" else b""


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- the child process

# frames on the pipe: one byte of kind, four of length, the payload
_OUT, _NOTE, _ERROR = b"o", b"n", b"e"
_FLUSH_BYTES = 64 * 1024
_FLUSH_SECONDS = 0.2


class Channel:
    """The child's end: results to stdout, notes to stderr, or one error."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.sent = 0  # result bytes sent so far
        self._buffer: list[bytes] = []
        self._size = 0
        self._since = time.monotonic()

    def out(self, data: bytes) -> None:
        self._buffer.append(data)
        self._size += len(data)
        if self._size >= _FLUSH_BYTES or time.monotonic() - self._since >= _FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            data = b"".join(self._buffer)
            self._buffer, self._size = [], 0
            self._frame(_OUT, data)
            self.sent += len(data)
        self._since = time.monotonic()

    def discard(self) -> None:
        """Drop what is buffered and not yet sent (a read is about to be retried)."""
        self._buffer, self._size = [], 0

    def note(self, text: str) -> None:
        self.flush()
        self._frame(_NOTE, text.encode("utf-8", "replace"))

    def error(self, exc: KgError) -> None:
        self.flush()
        self._frame(_ERROR, json.dumps({"type": type(exc).__name__, "message": exc.message,
                                        "hint": exc.hint}).encode("utf-8", "replace"))

    def _frame(self, kind: bytes, payload: bytes) -> None:
        data = kind + struct.pack(">I", len(payload)) + payload
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]


def run_in_child(work: Callable[[Channel], None], *, timeout: float | None, write: Callable[[bytes], None],
                 note: Callable[[str], None]) -> None:
    """Run `work(channel)` in a forked process; copy what it sends to `write` (stdout) and `note`
    (stderr) as it comes. Raises the KgError the child reported, QueryError when `timeout` seconds
    pass, and KeyboardInterrupt (after killing the child) on Ctrl-C or a signal that raises it."""
    if not hasattr(os, "fork"):  # no fork (Windows): run here, without a deadline
        channel = _LocalChannel(write, note)
        work(channel)
        return
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(read_fd)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides, and kills
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            channel = Channel(write_fd)
            try:
                work(channel)
                channel.flush()
            except KgError as exc:
                channel.error(exc)
            except BaseException as exc:  # a kg bug: say so rather than die silently
                channel.error(QueryError(f"the query failed ({type(exc).__name__}: {exc})",
                                         hint="please report this as a kg bug"))
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    deadline = time.monotonic() + timeout if timeout else None
    pending = b""
    error = None
    try:
        while True:
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                raise QueryError(f"the query ran longer than --timeout {timeout:g}s and was stopped",
                                 hint="narrow it (LIMIT, more specific patterns) or give a longer --timeout "
                                      "(--timeout 0: no limit)")
            ready, _, _ = select.select([read_fd], [], [], 0.5 if wait is None else min(wait, 0.5))
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 16)
            if not chunk:
                break
            pending += chunk
            while len(pending) >= 5:
                size = struct.unpack(">I", pending[1:5])[0]
                if len(pending) < 5 + size:
                    break
                kind, payload, pending = pending[:1], pending[5:5 + size], pending[5 + size:]
                if kind == _OUT:
                    write(payload)
                elif kind == _NOTE:
                    note(payload.decode("utf-8", "replace"))
                else:
                    error = json.loads(payload)
    finally:
        os.close(read_fd)
        _end_child(pid)
    if error is not None:
        from . import errors

        kind = getattr(errors, error["type"], None)
        if not (isinstance(kind, type) and issubclass(kind, KgError)) or kind is errors.ValidationFailed:
            kind = QueryError
        raise kind(error["message"], hint=error["hint"])


def _end_child(pid: int) -> None:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass


class _LocalChannel:
    def __init__(self, write, note) -> None:
        self._write, self.note, self.sent = write, note, 0

    def out(self, data: bytes) -> None:
        self.sent += len(data)
        self._write(data)

    def flush(self) -> None:
        pass

    def discard(self) -> None:
        pass
