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
    from pyshacl import validate as shacl_validate

    conforms, results, text = shacl_validate(graph, shacl_graph=shapes(), ont_graph=ontology(), inference="none",
                                             abort_on_first=False, allow_warnings=True)
    from rdflib.namespace import SH
    violations = len(set(results.subjects(predicate=SH.resultSeverity)))
    return ValidationResult(bool(conforms), violations, text)
