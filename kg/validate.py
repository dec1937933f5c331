"""Validate stage: SHACL over the graph, with the ontology supplying the class hierarchy.

`validate_file` checks any graph or dataset file: a dataset (TriG, N-Quads, JSON-LD with named
graphs) is checked as the union of all its graphs, the graph kg builds and `kg load` splits, and
each violation is traced to the graph(s) holding the offending triples.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Dataset, Graph, URIRef

from .errors import InputError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
SHAPES_DIR = PROJECT_ROOT / "shapes"


@dataclass(frozen=True)
class Violation:
    focus: object  # the node that broke a shape
    path: object | None  # the property, when the shape is about one
    message: str


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: int
    report: str  # pySHACL's readable report
    results: tuple[Violation, ...] = ()  # one per violation (empty when it conforms)


@dataclass(frozen=True)
class FileValidation:
    """`kg validate` on one file: the result for the union of its graphs, and where each violation is."""

    result: ValidationResult
    triples: int
    graphs: list[str]  # names of the non-empty graphs read: "default graph" and <IRI>s
    located: list[tuple[Violation, list[str]]] = field(default_factory=list)  # violation -> graph names


def _load_dir(directory: Path) -> Graph:
    files = sorted(directory.glob("*.ttl"))
    if not files:
        raise InputError(f"no Turtle files in {directory}", hint="reinstall kg from its repository (pip install -e .)")
    graph = Graph()
    for path in files:
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def ontology() -> Graph:
    return _load_dir(ONTOLOGY_DIR)


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return _load_dir(SHAPES_DIR)


def validate(graph: Graph) -> ValidationResult:
    """SHACL-validate a graph.

    The compiled shapes (`kg.shacl_fast`) answer "does it conform?" in a few
    milliseconds; pySHACL runs only when they find a violation (to write the
    report, and as the authority) or when the shapes use something the fast
    checker does not support.
    """
    fast = _compiled_shapes()
    if fast is not None and fast.conforms(graph):
        return ValidationResult(True, 0, "Validation Report\nConforms: True\n")
    return validate_with_pyshacl(graph)


def validate_with_pyshacl(graph: Graph) -> ValidationResult:
    """pySHACL in place: the ontology's triples are added for the check and taken out again,
    so the data graph is not copied."""
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import SH

    added = [t for t in ontology() if t not in graph]
    graph.addN((s, p, o, graph) for s, p, o in added)
    try:
        conforms, results, text = shacl_validate(graph, shacl_graph=shapes(), ont_graph=None, inference="none",
                                                 abort_on_first=False, allow_warnings=True, inplace=True)
    finally:
        for t in added:
            graph.remove(t)
    found = []
    for result in sorted(set(results.subjects(predicate=SH.resultSeverity)), key=str):
        message = results.value(result, SH.resultMessage)
        found.append(Violation(results.value(result, SH.focusNode), results.value(result, SH.resultPath),
                               str(message) if message is not None else ""))
    found.sort(key=lambda v: (str(v.focus), str(v.path), v.message))
    return ValidationResult(bool(conforms), len(found), text, tuple(found))


def validate_file(path: Path, rdf_format: str) -> FileValidation:
    """Read a graph or dataset file (rdflib format name) and validate the union of all its graphs.

    Raises InputError when the file cannot be read."""
    path = Path(path)
    dataset = Dataset()
    try:
        dataset.parse(path, format=rdf_format)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a folder, not a graph file") from exc
    except Exception as exc:  # rdflib raises many parser-specific errors
        raise InputError(f"{path}: not a readable RDF graph ({type(exc).__name__}: {' '.join(str(exc).split())[:300]})",
                         hint="give Turtle (.ttl), N-Triples, N-Quads, TriG, JSON-LD or RDF/XML") from exc
    union = Graph()
    named: dict[str, Graph] = {}
    for graph in dataset.graphs():
        if not len(graph):
            continue
        named[_graph_name(graph, dataset)] = graph
        union += graph
    result = validate(union)
    located = []
    for violation in result.results:
        located.append((violation, _where(named, violation)))
    return FileValidation(result, len(union), sorted(named, key=lambda n: (n != "default graph", n)), located)


def _graph_name(graph: Graph, dataset: Dataset) -> str:
    identifier = graph.identifier
    if identifier == dataset.default_graph.identifier:
        return "default graph"
    if isinstance(identifier, BNode):
        return f"_:{identifier}"
    return f"<{identifier}>" if isinstance(identifier, URIRef) else str(identifier)


def _where(named: dict[str, Graph], violation: Violation) -> list[str]:
    """The graphs holding what a violation is about: the focus node with the property the shape is
    about, else the focus node as subject, else as object."""
    if violation.focus is None:
        return []
    patterns = [(violation.focus, None, None), (None, None, violation.focus)]
    if isinstance(violation.path, URIRef):
        patterns.insert(0, (violation.focus, violation.path, None))
    for pattern in patterns:
        hits = [name for name, graph in named.items() if pattern in graph]
        if hits:
            return hits
    return []


@lru_cache(maxsize=1)
def _compiled_shapes():
    from .shacl_fast import compile_shapes

    return compile_shapes(shapes(), ontology())
