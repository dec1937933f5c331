"""Validate stage: SHACL over the graph, with the ontology supplying the class hierarchy.

`validate_file` checks any graph or dataset file: a dataset (TriG, N-Quads, JSON-LD with named
graphs) is checked as the union of all its graphs, the graph kg builds and `kg load` splits, and
each violation is traced to the graph(s) holding the offending triples.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Dataset, Graph, URIRef

from .errors import InputError, ShapesError

# kg/ontology and kg/shapes link to the top-level folders in a checkout and are copies in an
# installed wheel, so the same path works in both
PACKAGE_DIR = Path(__file__).resolve().parent
ONTOLOGY_DIR = PACKAGE_DIR / "ontology"
SHAPES_DIR = PACKAGE_DIR / "shapes"


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
    results: Graph | None = None  # pySHACL's sh:ValidationReport graph; None when the compiled shapes said "conforms"
    found: tuple[Violation, ...] = ()  # one per violation (empty when it conforms)


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
        raise InputError(f"no Turtle files in {directory}", hint="reinstall kg (pip install .): the package ships its ontology and shapes")
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


def validate(graph: Graph, shapes_graph: Graph | None = None) -> ValidationResult:
    """SHACL-validate a graph against kg's shapes (or `shapes_graph`, e.g. from `load_shapes`).

    The compiled shapes (`kg.shacl_fast`) answer "does it conform?" in a few
    milliseconds; pySHACL runs only when they find a violation (to write the
    report, and as the authority) or when the shapes use something the fast
    checker does not support. Other shapes than kg's always go to pySHACL.
    """
    if shapes_graph is not None:
        return validate_with_pyshacl(graph, shapes_graph)
    fast = _compiled_shapes()
    if fast is not None and fast.conforms(graph):
        return ValidationResult(True, 0, "Validation Report\nConforms: True\n")
    return validate_with_pyshacl(graph)


def validate_triples(triples) -> ValidationResult:
    """`validate` for a set of (s, p, o) N-Triples terms (kg.emit's): the compiled shapes check the set as it
    is; only on a violation (or shapes beyond their subset) is an rdflib Graph read from them for pySHACL."""
    fast = _compiled_shapes()
    if fast is not None and fast.conforms(triples):
        return ValidationResult(True, 0, "Validation Report\nConforms: True\n")
    from .emit import ntriples

    return validate_with_pyshacl(Graph().parse(data=ntriples(triples).decode("utf-8"), format="nt"))


def validate_with_pyshacl(graph: Graph, shapes_graph: Graph | None = None) -> ValidationResult:
    """pySHACL in place: the ontology's triples are added for the check and taken out again,
    so the data graph is not copied."""
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import SH

    added = [t for t in ontology() if t not in graph]
    graph.addN((s, p, o, graph) for s, p, o in added)
    try:
        conforms, results, text = shacl_validate(graph, shacl_graph=shapes() if shapes_graph is None else shapes_graph,
                                                 ont_graph=None, inference="none",
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
    return ValidationResult(bool(conforms), len(found), text, results, tuple(found))


def load_shapes(path: Path) -> Graph:
    """The SHACL shapes in a folder of Turtle files (or one Turtle file), for `kg validate --shapes`."""
    from rdflib.namespace import SH

    path = Path(path)
    files = sorted(path.glob("*.ttl")) if path.is_dir() else [path] if path.is_file() else []
    if not files:
        raise ShapesError(f"{path}: no Turtle (.ttl) files with SHACL shapes there",
                          hint="give a folder of .ttl files (like shapes/ in kg's repository) or one .ttl file")
    graph = Graph()
    for file in files:
        try:
            graph.parse(file, format="turtle")
        except Exception as exc:  # rdflib raises many parser-specific errors
            raise ShapesError(f"{file}: not readable Turtle ({type(exc).__name__}: {exc})") from exc
    if not any(graph.subjects(RDF.type, SH.NodeShape)) and not any(graph.subjects(SH.path, None)):
        raise ShapesError(f"{path}: no SHACL shapes in it (nothing is a sh:NodeShape or has a sh:path)")
    return graph


def report_graph(result: ValidationResult) -> Graph:
    """The SHACL validation report as RDF (sh:ValidationReport): pySHACL's, or the empty one of a graph that conforms."""
    from rdflib import BNode, Literal
    from rdflib.namespace import SH

    if result.results is not None:
        return result.results
    graph = Graph()
    graph.bind("sh", SH)
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(True)))
    return graph


def report_json(result: ValidationResult, source: str = "") -> dict:
    """The report as plain JSON: one object per result, sorted, with the values as N-Triples terms."""
    from rdflib import BNode
    from rdflib.namespace import SH

    graph = report_graph(result)
    fields = {"focusNode": SH.focusNode, "path": SH.resultPath, "value": SH.value, "message": SH.resultMessage,
              "severity": SH.resultSeverity, "constraint": SH.sourceConstraintComponent, "shape": SH.sourceShape}
    results = []
    for node in graph.subjects(RDF.type, SH.ValidationResult):
        record = {}
        for name, predicate in fields.items():
            value = graph.value(node, predicate)
            if value is not None and not isinstance(value, BNode):  # a blank node's label changes every run
                record[name] = str(value) if name == "message" else value.n3()
        results.append(record)
    results.sort(key=lambda r: sorted(r.items()))
    return {"source": source, "conforms": result.conforms, "violations": result.violations, "results": results}


def validate_file(path: Path, rdf_format: str, shapes_graph: Graph | None = None) -> FileValidation:
    """Read a graph or dataset file (rdflib format name) and validate the union of all its graphs
    (against kg's shapes, or `shapes_graph`). RDF 1.2 triple terms are read through pyoxigraph.

    Raises InputError (or a subclass) when the file cannot be read."""
    from .rdf12 import parse_file, reading_graph_file

    path = Path(path)
    with reading_graph_file(path, not_rdf=(Exception,)):  # rdflib raises many parser-specific errors
        parsed = parse_file(path, rdf_format)
    union = Graph()
    named: dict[str, Graph] = {}
    graphs = parsed.graphs() if isinstance(parsed, Dataset) else [parsed]
    for graph in graphs:
        if not len(graph):
            continue
        named[_graph_name(graph, parsed) if isinstance(parsed, Dataset) else "default graph"] = graph
        union += graph
    result = validate(union, shapes_graph)
    located = [(violation, _where(named, violation)) for violation in result.found]
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

    # of the ontology, the checks need only the class hierarchy
    return compile_shapes(_read_turtle(SHAPES_DIR), _read_turtle(ONTOLOGY_DIR, only=RDFS.subClassOf))


def _read_turtle(directory: Path, only: URIRef | None = None) -> Graph:
    """`_load_dir`'s graph (the same triples, tests/test_shapes.py), or its triples of the predicate `only`, read
    by pyoxigraph's Turtle parser: every build compiles the shapes, and rdflib's parser took ~10 ms of it."""
    import pyoxigraph as ox

    from .rdf12 import from_ox

    files = sorted(directory.glob("*.ttl"))
    if not files:
        return _load_dir(directory)  # its error
    wanted = None if only is None else str(only)  # a URIRef is never equal to a plain str
    graph = Graph()
    for path in files:
        with path.open("rb") as handle:
            graph.addN((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), graph)
                       for q in ox.parse(handle, ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
                       if wanted is None or q.predicate.value == wanted)
    return graph
