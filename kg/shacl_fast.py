"""A fast SHACL Core checker for the subset of constraints kg's shapes use.

pySHACL spends ~100 microseconds per data triple; a window of 64 articles
(~18,000 triples) takes over a second, as long as spaCy takes to read them.
This module compiles the shapes graph once into plain Python checks over one
index of the data graph and answers the only question the build needs per
window: does it conform? It reads the shapes (nothing is hard-coded), and
`compile_shapes` returns None when the shapes use anything beyond the subset
below, so the caller falls back to pySHACL. pySHACL also writes the report
whenever this checker finds a violation, and stays the reference:
tests/test_properties.py checks both agree on valid and broken graphs.

Supported: targets sh:targetClass (with rdfs:subClassOf from the ontology),
sh:targetNode, sh:targetSubjectsOf, sh:targetObjectsOf; property shapes whose
sh:path is one IRI; sh:minCount, sh:maxCount, sh:datatype, sh:nodeKind,
sh:class, sh:in, sh:minLength, sh:maxLength, sh:minInclusive, sh:maxInclusive,
sh:minExclusive, sh:maxExclusive, sh:hasValue (on node and property shapes);
sh:severity (only violations fail, as with pySHACL's allow_warnings) and
sh:deactivated.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

_SHAPE_KEYS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property, SH.path,
               SH.message, SH.name, SH.description, SH.severity, SH.deactivated, SH.order, SH.group,
               SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH["class"], SH["in"], SH.minLength,
               SH.maxLength, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.hasValue,
               RDF.type, RDFS.comment, RDFS.label}
_NODE_KINDS = {SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,),
               SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
               SH.IRIOrLiteral: (URIRef, Literal)}

Check = Callable[[list, "_Data"], bool]  # value nodes, data -> conforms
# looked up once: rdflib's namespace attributes cost a __getattr__ each time, and these are read per triple
_RDF_TYPE, _RDF_LANGSTRING, _XSD_STRING = RDF.type, RDF.langString, XSD.string


@dataclass
class _Shape:
    target_classes: list = field(default_factory=list)
    target_nodes: list = field(default_factory=list)
    target_subjects_of: list = field(default_factory=list)
    target_objects_of: list = field(default_factory=list)
    node_checks: list = field(default_factory=list)  # checks on [focus]
    properties: list = field(default_factory=list)  # (path, [checks])


class _Data:
    """The data graph indexed by predicate, then subject: a check reads one predicate's table per shape and
    looks its focus nodes up in it. Filled with plain dicts: this loop sees every triple of a window (~300
    an article), and predicates are compared only as dict keys (rdflib's `==` is Python code)."""

    def __init__(self, graph, superclasses: dict) -> None:
        # graph: an rdflib Graph or any iterable of distinct (s, p, o) terms (kg.emit's light set)
        by_predicate: dict = {}  # predicate -> {subject: [object]}
        for s, p, o in graph:
            table = by_predicate.get(p)
            if table is None:
                by_predicate[p] = {s: [o]}
            else:
                values = table.get(s)
                if values is None:
                    table[s] = [o]
                else:
                    values.append(o)
        supers = dict(superclasses)
        subclass_of = by_predicate.get(RDFS.subClassOf)
        if subclass_of:
            supers = _closure([(s, o) for s, objects in subclass_of.items() for o in objects], supers)
        types: dict = {}
        instances: dict = {}  # class (and every superclass) -> nodes
        for node, classes in by_predicate.get(_RDF_TYPE, {}).items():
            closed = set()
            for c in classes:
                closed |= supers.get(c, {c})
            types[node] = closed
            for c in closed:
                instances.setdefault(c, []).append(node)
        self.by_predicate, self.types, self.instances = by_predicate, types, instances
        self.answers: dict = {}  # _EachValue check -> {id(value): passes}

    def table(self, path) -> dict:
        """subject -> objects of one predicate."""
        return self.by_predicate.get(path, _NO_VALUES)

    def pairs(self, path):
        for s, objects in self.table(path).items():
            for o in objects:
                yield s, o


_NO_VALUES: dict = {}
_EMPTY: list = []


class CompiledShapes:
    def __init__(self, shapes: list[_Shape], superclasses: dict) -> None:
        self.shapes = shapes
        self.superclasses = superclasses

    def conforms(self, graph) -> bool:
        """graph: an rdflib Graph, or a set of (s, p, o) terms (what kg.emit makes)."""
        data = _Data(graph, self.superclasses)
        for shape in self.shapes:
            focus_nodes = list(_focus_nodes(shape, data))
            for check in shape.node_checks:
                for focus in focus_nodes:
                    if not check([focus], data):
                        return False
            for path, checks in shape.properties:
                table = data.table(path)
                for focus in focus_nodes:
                    values = table.get(focus, _EMPTY)
                    for check in checks:
                        if not check(values, data):
                            return False
        return True


def compile_shapes(shapes: Graph, ontology: Graph | None = None) -> CompiledShapes | None:
    """The shapes as Python checks, or None when they use something this checker does not support."""
    subclass_pairs = list((ontology or Graph()).subject_objects(RDFS.subClassOf))
    subclass_pairs += list(shapes.subject_objects(RDFS.subClassOf))
    superclasses = _closure(subclass_pairs, {})
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    for key in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property):
        node_shapes |= set(shapes.subjects(key, None))
    classes = set(shapes.subjects(RDF.type, RDFS.Class)) | set(shapes.subjects(RDF.type, URIRef(
        "http://www.w3.org/2002/07/owl#Class")))
    if node_shapes & classes:
        return None  # implicit class targets: leave to pySHACL
    compiled = []
    for shape_node in sorted(node_shapes, key=str):
        if _deactivated(shapes, shape_node):
            continue
        if _unsupported(shapes, shape_node):
            return None
        shape = _Shape(
            target_classes=list(shapes.objects(shape_node, SH.targetClass)),
            target_nodes=list(shapes.objects(shape_node, SH.targetNode)),
            target_subjects_of=list(shapes.objects(shape_node, SH.targetSubjectsOf)),
            target_objects_of=list(shapes.objects(shape_node, SH.targetObjectsOf)),
        )
        if _is_violation(shapes, shape_node):
            checks = _checks(shapes, shape_node, node_level=True)
            if checks is None:
                return None
            shape.node_checks = checks
        for prop in shapes.objects(shape_node, SH.property):
            if _unsupported(shapes, prop):
                return None
            if _deactivated(shapes, prop) or not _is_violation(shapes, prop):
                continue
            paths = list(shapes.objects(prop, SH.path))
            if len(paths) != 1 or not isinstance(paths[0], URIRef):
                return None  # property paths beyond one predicate
            checks = _checks(shapes, prop, node_level=False)
            if checks is None:
                return None
            shape.properties.append((paths[0], checks))
        compiled.append(shape)
    return CompiledShapes(compiled, superclasses)


def _closure(pairs, start: dict) -> dict:
    parents = defaultdict(set)
    for sub, sup in pairs:
        parents[sub].add(sup)
    for c, sups in start.items():
        parents[c] |= sups - {c}
    out = {}
    for c in list(parents):
        seen, stack = {c}, [c]
        while stack:
            for sup in parents.get(stack.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    stack.append(sup)
        out[c] = seen
    return out


def _unsupported(shapes: Graph, node) -> bool:
    return any(p not in _SHAPE_KEYS for p in shapes.predicates(node, None))


def _deactivated(shapes: Graph, node) -> bool:
    return any(isinstance(v, Literal) and v.toPython() is True for v in shapes.objects(node, SH.deactivated))


def _is_violation(shapes: Graph, node) -> bool:
    severities = set(shapes.objects(node, SH.severity))
    return not severities or SH.Violation in severities


def _one(shapes, node, key):
    values = list(shapes.objects(node, key))
    return values[0] if values else None


class _EachValue:
    """A check that every value passes a test of that value alone. A window repeats the same literal
    objects (offsets, confidences, kinds) in many statements: each object's answer is remembered, by
    identity, for the window being checked."""

    def __init__(self, test: Callable[[object, "_Data"], bool]) -> None:
        self.test = test

    def __call__(self, values: list, data: "_Data") -> bool:
        answers = data.answers.get(self)
        if answers is None:
            answers = data.answers[self] = {}
        for value in values:
            answer = answers.get(id(value))
            if answer is None:
                answer = answers[id(value)] = self.test(value, data)
            if not answer:
                return False
        return True


def _checks(shapes: Graph, node, node_level: bool) -> list[Check] | None:
    checks: list[Check] = []
    if not node_level:
        low, high = _one(shapes, node, SH.minCount), _one(shapes, node, SH.maxCount)
        if low is not None:
            n = int(low)
            checks.append(lambda vs, d, n=n: len(vs) >= n)
        if high is not None:
            n = int(high)
            checks.append(lambda vs, d, n=n: len(vs) <= n)
    datatype = _one(shapes, node, SH.datatype)
    if datatype is not None:
        checks.append(_EachValue(lambda v, d, dt=datatype: _has_datatype(v, dt)))
    kind = _one(shapes, node, SH.nodeKind)
    if kind is not None:
        if kind not in _NODE_KINDS:
            return None
        types = _NODE_KINDS[kind]
        checks.append(_EachValue(lambda v, d, t=types: isinstance(v, t)))
    for cls in shapes.objects(node, SH["class"]):
        checks.append(_EachValue(lambda v, d, c=cls: not isinstance(v, Literal) and c in d.types.get(v, ())))
    members = _one(shapes, node, SH["in"])
    if members is not None:
        allowed = set(Collection(shapes, members))
        checks.append(_EachValue(lambda v, d, a=allowed: v in a))
    for key, test in ((SH.minLength, lambda n, m: n >= m), (SH.maxLength, lambda n, m: n <= m)):
        limit = _one(shapes, node, key)
        if limit is not None:
            m = int(limit)
            checks.append(_EachValue(lambda v, d, m=m, t=test: not isinstance(v, BNode) and t(len(str(v)), m)))
    for key, test in ((SH.minInclusive, lambda a, b: a >= b), (SH.maxInclusive, lambda a, b: a <= b),
                      (SH.minExclusive, lambda a, b: a > b), (SH.maxExclusive, lambda a, b: a < b)):
        bound = _one(shapes, node, key)
        if bound is not None:
            checks.append(_EachValue(lambda v, d, b=bound.toPython(), t=test: _compare(v, b, t)))
    value = _one(shapes, node, SH.hasValue)
    if value is not None:
        checks.append(lambda vs, d, x=value: x in vs)
    return checks


def _has_datatype(value, datatype) -> bool:
    if not isinstance(value, Literal):
        return False
    if value.language:
        return datatype == _RDF_LANGSTRING
    actual = value.datatype or _XSD_STRING
    return actual == datatype and not getattr(value, "ill_typed", False)


def _compare(value, bound, test) -> bool:
    if not isinstance(value, Literal) or getattr(value, "ill_typed", False):
        return False
    try:
        return bool(test(value.toPython(), bound))
    except TypeError:
        return False


def _focus_nodes(shape: _Shape, data: _Data):
    seen = set()
    for c in shape.target_classes:
        for node in data.instances.get(c, ()):
            if node not in seen:
                seen.add(node)
                yield node
    for node in shape.target_nodes:
        if node not in seen:
            seen.add(node)
            yield node
    for p in shape.target_subjects_of:
        for s, _ in data.pairs(p):
            if s not in seen:
                seen.add(s)
                yield s
    for p in shape.target_objects_of:
        for _, o in data.pairs(p):
            if o not in seen:
                seen.add(o)
                yield o
