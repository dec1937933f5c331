"""Validate stage: SHACL over the graph, with the ontology supplying the class hierarchy."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from .errors import InputError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
SHAPES_DIR = PROJECT_ROOT / "shapes"


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: int
    report: str  # pySHACL's readable report


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


def validate_triples(triples) -> ValidationResult:
    """`validate` for a set of (s, p, o) rdflib terms (kg.emit's): the compiled shapes check the set as it
    is; only on a violation (or shapes beyond their subset) is an rdflib Graph made for pySHACL."""
    fast = _compiled_shapes()
    if fast is not None and fast.conforms(triples):
        return ValidationResult(True, 0, "Validation Report\nConforms: True\n")
    graph = Graph()
    for triple in triples:
        graph.add(triple)
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
    return ValidationResult(bool(conforms), len(set(results.subjects(predicate=SH.resultSeverity))), text)


@lru_cache(maxsize=1)
def _compiled_shapes():
    from .shacl_fast import compile_shapes

    return compile_shapes(shapes(), ontology())
