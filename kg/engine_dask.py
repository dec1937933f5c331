"""`kg build` on a Dask cluster (`--scheduler tcp://HOST:PORT` or `--cluster local:N`).

The same stages as `kg.pipeline.stream`, placed for many machines:

- the client reads the articles without parsing them (`kg.inputs.Unparsed`: their text and id) and
  sends them to the workers in chunks to be parsed and screened (`_screen`: language, near-duplicate
  signature, missing date); it decides on the verdicts in input order (`kg.cli._Inputs.admit`: a copy
  of an earlier article is marked or skipped) and cuts the articles kept into the windows of a local
  build (``options.window`` articles), ``DaskEngine.GROUP`` windows to a partition (one task);
- a worker extracts and resolves each window of a partition (`pipeline._stage_extract`) and keeps
  them; it sends back only their outlines (`pipeline.outline`: no article texts, no evidence sentences);
- the client makes each window agree with the ones before it, in input order (one IRI per real
  thing, one node per event across windows): `Registry.decide` reads the outline and gives the
  registry's `Decisions` (which ids move where, the labels and single values already written), so
  the graph is the one a local build of the same input gives;
- the worker holding the partition applies those decisions to the whole of each window, maps,
  validates and serializes it (`_render`) and sends back its N-Triples with the index of the lines the client must
  deduplicate; the client writes them in input order.

The client so unpickles an outline and bytes per partition and sends a few small dicts back, rather
than the whole remapped partition both ways.

At most a few partitions per worker are in flight, so the client never holds more than those
(what still grows with the input is the registry and the 8-byte keys of the node lines written, as
in a local build). A worker that dies mid-run costs a retry of its tasks (Dask reschedules them); nothing is
written twice because only the client writes, once per partition, in order. Ctrl-C (or any error)
cancels every future before the exception goes on.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from concurrent.futures import CancelledError
from dataclasses import dataclass, replace
from itertools import islice
from typing import Iterable, Iterator

import numpy as np

from .errors import ClusterError, ConfigError
from .model import Article
from . import pipeline
from .pipeline import Registry, StreamOptions, Timings, WindowResult
from .runtime import settle_collector

CONNECT_TIMEOUT = 10  # seconds to reach a scheduler before giving up with exit 2


def parse_cluster(spec: str) -> int:
    """``local:N`` -> N (the number of local worker processes)."""
    kind, _, count = spec.partition(":")
    if kind != "local" or not count.isdigit() or int(count) < 1:
        raise ConfigError(f"--cluster {spec!r} is not understood",
                          hint="give local:N, e.g. --cluster local:4 for four worker processes on this machine")
    return int(count)


class DaskEngine:
    """A connection to a Dask cluster, used as a context manager; `stream` builds on it.

    Give ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``) to use a running cluster, or
    ``local_workers`` to start a LocalCluster of that many single-threaded worker processes."""

    # windows in one partition (one task of each kind), once the build is under way (`_partition_size`):
    # each task costs the client a few milliseconds (sending it, hearing it is done, fetching its result)
    # whatever its size. The registry still decides window by window, so the graph is the same.
    GROUP = 2

    def __init__(self, scheduler: str | None = None, local_workers: int | None = None,
                 connect_timeout: float = CONNECT_TIMEOUT, processes: bool = True) -> None:
        if (scheduler is None) == (local_workers is None):
            raise ConfigError("give either a scheduler address or a number of local workers, not both")
        self.scheduler = scheduler
        self.local_workers = local_workers
        self.connect_timeout = connect_timeout
        self.processes = processes  # False: local workers are threads of this process (tests)
        self.client = None
        self.cluster = None
        self.partitions_done = 0
        self._workers = (0, 0.0)  # (count, when it was asked)
        self._config = None

    def __enter__(self) -> "DaskEngine":
        import dask
        from distributed import Client, LocalCluster

        # distributed keeps its last 1,000 messages to the scheduler for debugging (each task's arguments,
        # a partition of articles): the client's memory would grow with the input up to that many
        self._config = dask.config.set({"distributed.admin.low-level-log-length": 0})
        try:
            self._connect(Client, LocalCluster)
        except BaseException:  # no client: __exit__ will not run, so the setting is undone here
            self._config.__exit__(None, None, None)
            raise
        return self

    def _connect(self, Client, LocalCluster) -> None:
        if self.scheduler is not None:
            try:
                self.client = Client(self.scheduler, timeout=self.connect_timeout, set_as_default=False,
                                     direct_to_workers=_direct_to_workers())
            except (OSError, TimeoutError, ValueError) as exc:
                raise ClusterError(f"cannot reach the Dask scheduler at {self.scheduler} ({type(exc).__name__})",
                                  hint="start one (`dask scheduler`) or check the address and port; "
                                       "--cluster local:N runs one on this machine") from None
        else:
            self.cluster = LocalCluster(n_workers=self.local_workers, threads_per_worker=1, processes=self.processes,
                                        dashboard_address="127.0.0.1:0",
                                        **({"host": "127.0.0.1"} if self.processes else {}))  # threads: in-process comms
            self.client = Client(self.cluster, set_as_default=False, direct_to_workers=_direct_to_workers())

    def __exit__(self, *exc) -> None:
        try:
            if self.client is not None:
                self.client.close()
            if self.cluster is not None:
                self.cluster.close()
        finally:
            self._config.__exit__(None, None, None)

    @property
    def dashboard(self) -> str | None:
        """The dashboard's address, when the scheduler serves one (it needs bokeh)."""
        services = self.client.scheduler_info().get("services", {}) if self.client else {}
        return self.client.dashboard_link if "dashboard" in services else None

    @property
    def workers(self) -> int:
        count, asked = self._workers
        now = time.monotonic()
        if now - asked > 1.0:  # a round trip to the scheduler: at most once a second
            # the count alone: each worker's description (its metrics) would make the answer grow with the cluster
            count = self.client.scheduler_info(n_workers=0).get("n_workers", 0)
            self._workers = (count, now)
        return count

    def stream(self, articles: Iterable[Article], options: StreamOptions, timings: Timings | None = None,
               registry: Registry | None = None) -> Iterator[WindowResult]:
        """What `pipeline.stream` yields, one `WindowResult` per window in input order, built on the cluster.

        ``articles`` with an ``unscreened`` method (`kg.cli._Inputs`) are screened on the workers
        (`_ScreenedWindows`); any other iterable is taken as screened already."""
        timings = timings if timings is not None else Timings()
        registry = registry or Registry(options.max_events)
        # what the client imported (dask, rdflib, numpy) and the gazetteer: full collections walked them again,
        # a quarter of the client's CPU on short articles; every unpickled outline sets off young ones
        settle_collector()
        wakeup = _Wakeup()
        feed = (_ScreenedWindows(self.client, articles, options.window, wakeup, timings)
                if hasattr(articles, "unscreened") else _Windows(articles, options.window))
        flight: deque[_Partition] = deque()
        limit = self._in_flight()  # asked again as each partition is sent, not on every turn of the loop
        pending: list[list] = []  # windows not sent yet
        sent = 0
        from distributed import KilledWorker
        from distributed.comm import CommClosedError

        try:
            while True:
                while len(flight) < limit:
                    size = self._partition_size(sent)
                    while len(pending) < size:
                        window = feed.next()
                        if window is None:
                            break
                        pending.append(window)
                    if not pending or (len(pending) < size and not feed.done):
                        break
                    full = self.client.submit(_extract, pending, options.model, pure=False)
                    flight.append(_Partition(full, wakeup.watch(self.client.submit(_outline, full, pure=False))))
                    pending = []
                    sent += 1
                    limit = self._in_flight()
                self._remap_ready(flight, registry, options, timings, wakeup)
                if not flight and not pending and feed.done:
                    return
                head = flight[0] if flight else None
                if head is not None and head.render is not None and head.render.done():
                    flight.popleft()
                    rendered_all = head.render.result()
                    failed = [i for i, r in enumerate(rendered_all) if r.validation is not None and not r.validation.conforms]
                    # the articles of a window with violations are retried one by one: that needs its
                    # extractions, left on the worker
                    full = head.extract.result() if failed else None
                    head.extract = head.outline = head.render = None  # let Dask forget them
                    self.partitions_done += 1
                    for i, extracted in enumerate(head.extracted):
                        if i in failed:
                            extracted = replace(full[i], seconds=extracted.seconds)
                        # each window's N-Triples let go once written, not with the partition's last
                        rendered, rendered_all[i] = rendered_all[i], None
                        yield pipeline._finish(extracted, registry, options, timings, None, rendered=rendered,
                                               written=head.written[i])
                    continue
                awaited = [head.render] if head is not None and head.render is not None else []
                awaited += [p.outline for p in flight if p.render is None][:1]
                wakeup.wait_for(self.client, awaited + (feed.awaited() if len(flight) < limit else []))
        except (KilledWorker, CommClosedError, CancelledError) as exc:
            raise ClusterError(f"the Dask cluster lost the build ({type(exc).__name__}: {exc})",
                               hint="check that the scheduler and workers are running (a worker that kept dying "
                                    "on one partition may have run out of memory); nothing was written") from None
        finally:
            futures = [f for p in flight for f in (p.extract, p.outline, p.render) if f is not None] + feed.futures()
            if futures:
                self.client.cancel(futures)

    def _in_flight(self) -> int:
        """Partitions out at once: one more than the workers, so none waits while the client decides; more
        would hold more partitions' results on the client (`workers` asks the scheduler at most once a second)."""
        return max(self.workers, 1) + 1

    def _partition_size(self, sent: int) -> int:
        """Windows in the next partition: one each for the workers' first, so that every worker starts at
        once and the first windows are written soon (a small corpus is a few partitions), then one more
        each round up to ``GROUP``."""
        return min(self.GROUP, 1 + sent // max(self.workers, 1))

    def _remap_ready(self, flight: deque, registry: Registry, options: StreamOptions, timings: Timings,
                     wakeup: "_Wakeup") -> None:
        """Make the extracted partitions agree with all before them, window by window in input order, and
        send them to render."""
        for part in flight:
            if part.render is not None:
                continue
            if not part.outline.done():
                return
            part.extracted, part.written, decisions = [], [], []
            outlines = part.outline.result()
            for i, extracted in enumerate(outlines):
                outlines[i] = None  # each outline let go once decided, not with the partition's last
                if extracted.resolved is None:  # nothing extracted: nothing to render
                    part.extracted.append(extracted)
                    part.written.append(None)
                    decisions.append(None)
                    continue
                t0 = time.perf_counter()
                remapped, decided = registry.remap_deciding(extracted.resolved)
                timings.add({"registry (cross-window)": time.perf_counter() - t0})
                decisions.append(decided)
                # until the window is written, only its articles, unmapped mentions and counts are kept:
                # the outline's nodes and relations were for the registry
                part.written.append(pipeline._written(remapped))
                slim = pipeline.Resolved(extracted.resolved.articles, (), (), extracted.resolved.unmapped)
                part.extracted.append(replace(extracted, resolved=slim))
            if all(d is None for d in decisions):
                part.render = _Finished([pipeline._Rendered(None, None, 0, None, {}) for _ in decisions])
                continue
            # the worker holding the partition applies those decisions to the whole of it
            part.render = wakeup.watch(self.client.submit(_render, part.extract, decisions, options.base_iri,
                                                          options.validate, options.ntriples, options.provenance,
                                                          pure=False))


def _direct_to_workers() -> bool:
    """Whether the client fetches results from the workers themselves: yes, unless Dask's configuration
    says otherwise (``distributed.client.direct-to-workers: false``, for a client that cannot reach the
    workers' addresses). Through the scheduler, every partition's N-Triples would cross the network twice,
    the scheduler would hold and copy them, and they would travel inside the pickle (the scheduler speaks
    pickle protocol 4) rather than as buffers the client reads where they arrive."""
    import dask

    configured = dask.config.get("distributed.client.direct-to-workers", None)
    return True if configured is None else bool(configured)


class _Wakeup:
    """Wakes the client when a future it watches is done. Polling `done()` every few milliseconds cost
    the client a tenth of a millisecond per article; distributed's `Future.result(timeout=...)` can
    lose that race and raise UnboundLocalError."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def watch(self, future):
        future.add_done_callback(lambda _: self._event.set())
        return future

    def wait_for(self, client, futures: list, timeout: float = 0.1) -> None:
        """Wait until one of the (watched) futures the client needs next is done, or a moment has passed.
        A client that gave up reconnecting to a lost scheduler is closed: say so (CancelledError)."""
        self._event.clear()
        if not any(f.done() for f in futures):
            self._event.wait(timeout)
        if client.status in ("closing", "closed"):
            raise CancelledError("the client lost its scheduler")


class _Windows:
    """Windows of articles already screened (`pipeline._windows`), in the shape of `_ScreenedWindows`."""

    def __init__(self, articles: Iterable[Article], size: int) -> None:
        self._windows = pipeline._windows(articles, size)
        self.done = False

    def next(self) -> list[Article] | None:
        window = next(self._windows, None)
        self.done = window is None
        return window

    def awaited(self) -> list:
        return []

    def futures(self) -> list:
        return []


class _ScreenedWindows:
    """Windows of the articles a source admits, screened on the workers.

    The articles read (unparsed: `kg.inputs.Unparsed`) go to the workers in chunks (`_screen`: each
    article parsed, its language and near-duplicate signature, the CPU-heavy part of reading and
    screening), ahead of the windows; the source
    decides on the verdicts here, article by article in input order (`_Inputs.admit_chunk`: whether an
    article copies an earlier one depends on all before it), so the windows, and the near-copies
    they mark, are those of a local build."""

    CHUNK = 4  # windows' worth of articles screened in one task: fewer tasks, each a round trip for the client
    AHEAD = 2  # chunks out at a time: the next windows' verdicts are in before they are needed

    def __init__(self, client, source, size: int, wakeup: "_Wakeup", timings: Timings) -> None:
        self.client = client
        self.source = source
        self.size = size
        self.wakeup = wakeup
        self.timings = timings
        self._articles = iter(source.unscreened())
        self._chunks: deque[tuple[list, object]] = deque()  # (articles, Future of their verdicts)
        self._kept: list = []  # admitted, not yet in a window
        self._read_all = False
        self._held_back = True  # the source holds back the problems read after its last article

    @property
    def done(self) -> bool:
        return self._read_all and not self._chunks and not self._kept

    def next(self) -> list | None:
        """The next window, or None while its articles' verdicts are not all in (or at the end)."""
        self._send()
        while len(self._kept) < self.size and self._chunks and self._chunks[0][1].done():
            self._admit(*self._chunks.popleft())
            self._send()
        screened_all = self._read_all and not self._chunks
        if screened_all and self._held_back:
            self.source.admitted_all()
            self._held_back = False
        if len(self._kept) < self.size and not screened_all:
            return None
        window, self._kept = self._kept[:self.size], self._kept[self.size:]
        return window or None

    def awaited(self) -> list:
        """What the next window waits for: the verdicts of the oldest chunk out."""
        return self.futures()[:1]

    def futures(self) -> list:
        return [future for _, future in self._chunks]

    def _send(self) -> None:
        while not self._read_all and len(self._chunks) < self.AHEAD:
            chunk = list(islice(self._articles, self.size * self.CHUNK))
            if not chunk:
                self._read_all = True
                return
            # ahead of the extractions already queued: the next windows wait for these verdicts
            self._chunks.append((chunk, self.wakeup.watch(self.client.submit(_screen, chunk, pure=False, priority=1))))

    def _admit(self, chunk: list, future) -> None:
        verdicts = future.result()
        t0 = time.perf_counter()
        self._kept += [kept for kept in self.source.admit_chunk(chunk, verdicts) if kept is not None]
        # counted with reading, as a local build screens while it reads
        self.timings.add({"read": verdicts.seconds + time.perf_counter() - t0})


@dataclass
class _Partition:
    extract: object  # the Future of `_extract`: stays on its worker unless SHACL finds a violation
    outline: object  # the Future of `_outline`: what the client needs of it
    render: object = None  # the Future of `_render`, once remapped
    extracted: list[pipeline._Extracted] | None = None  # each window's outline, slimmed once decided
    written: list | None = None  # each window's remapped articles and counts (`pipeline._finish`)


class _Finished:
    """A result already at hand, shaped like a Future."""

    def __init__(self, value) -> None:
        self.value = value

    def done(self) -> bool:
        return True

    def result(self):
        return self.value


# .. on the workers ..

_NLP: dict = {}
_NLP_LOCK = threading.Lock()  # a worker with several threads shares one pipeline, one partition at a time


def _extract(windows: list[list], model: str | None) -> list[pipeline._Extracted]:
    """A worker's task: spaCy + rules + resolve for each window of a partition (their articles parsed here
    if they were read unparsed: `kg.inputs.Unparsed`), with the model loaded once per worker."""
    from .inputs import parsed

    with _NLP_LOCK:
        nlp = _NLP.get(model)
        if nlp is None:
            from .nlp import load_nlp

            t0 = time.perf_counter()
            nlp = _NLP[model] = load_nlp(model)
            loaded = {"load spaCy model": time.perf_counter() - t0}
        else:
            loaded = {}
        out = []
        for window in windows:
            t0 = time.perf_counter()
            window = [parsed(item) for item in window]
            read = time.perf_counter() - t0
            extracted = pipeline._stage_extract(window, nlp)
            extracted.seconds.update(loaded, read=read)
            loaded = {}
            out.append(extracted)
    return out


def _screen(articles: list):
    """A worker's task: the screening verdicts of a chunk of articles, parsed here if they were read
    unparsed (`kg.screen.screen_chunk`)."""
    from .screen import screen_chunk

    return screen_chunk(articles)


def _outline(extracted: list[pipeline._Extracted]) -> list[pipeline._Extracted]:
    """What the client needs of an extracted partition: the registry's outline of each window
    (`pipeline.outline`: no article texts, no evidence sentences) and no extractions."""
    return [pipeline._Extracted([], pipeline.outline(x.resolved) if x.resolved is not None else None, x.failed,
                                x.seconds) for x in extracted]


def _render(extracted: list[pipeline._Extracted], decisions: list, base_iri: str, validate: bool,
            as_ntriples: bool, provenance: str) -> list[pipeline._Rendered]:
    """A worker's task: each window of the partition it extracted, remapped by the registry's decisions
    (None: nothing extracted), mapped, validated and serialized (with the line index the client's
    deduplication reads)."""
    out = []
    for x, decided in zip(extracted, decisions):
        if decided is None:
            out.append(pipeline._Rendered(None, None, 0, None, {}))
            continue
        t0 = time.perf_counter()
        remapped = pipeline.apply_decisions(x.resolved, decided)
        applied = time.perf_counter() - t0
        rendered = pipeline._stage_render(remapped, base_iri, validate, as_ntriples, provenance)
        rendered.seconds["registry (cross-window)"] = applied
        if rendered.ntriples is not None:
            # as an array, the bytes travel out of band: the client reads them where they arrive instead
            # of copying a partition's N-Triples (~10 MB) out of the message it received
            rendered.ntriples = np.frombuffer(rendered.ntriples, dtype=np.uint8)
        out.append(rendered)
    return out
