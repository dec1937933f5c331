"""Validate stage: SHACL over the graph, with the ontology supplying the class hierarchy."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, Graph

from .errors import InputError, ShapesError

# kg/ontology and kg/shapes link to the top-level folders in a checkout and are copies in an
# installed wheel, so the same path works in both
PACKAGE_DIR = Path(__file__).resolve().parent
ONTOLOGY_DIR = PACKAGE_DIR / "ontology"
SHAPES_DIR = PACKAGE_DIR / "shapes"


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: int
    report: str  # pySHACL's readable report
    results: Graph | None = None  # pySHACL's sh:ValidationReport graph; None when the compiled shapes said "conforms"


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
    return ValidationResult(bool(conforms), len(set(results.subjects(predicate=SH.resultSeverity))), text, results)


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


@lru_cache(maxsize=1)
def _compiled_shapes():
    from .shacl_fast import compile_shapes

    return compile_shapes(shapes(), ontology())
