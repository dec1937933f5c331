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

Terms are compared as the text N-Triples writes for them (`kg.emit.term_text`):
`kg.emit` makes them so, and an rdflib Graph is read into that form first.
A literal's datatype is checked on its lexical form: for xsd:string,
xsd:integer, xsd:decimal and xsd:date by the rules below, which accept no
form rdflib would call ill-typed; for any other datatype, rdflib decides.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain
from typing import Callable

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from .emit import Triples, term_text

_SHAPE_KEYS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property, SH.path,
               SH.message, SH.name, SH.description, SH.severity, SH.deactivated, SH.order, SH.group,
               SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH["class"], SH["in"], SH.minLength,
               SH.maxLength, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.hasValue,
               RDF.type, RDFS.comment, RDFS.label}
# a term's kind by the first character of its N-Triples text: "<" an IRI, "_" a blank node, '"' a literal
_NODE_KINDS = {SH.IRI: "<", SH.BlankNode: "_", SH.Literal: '"', SH.BlankNodeOrIRI: "_<", SH.BlankNodeOrLiteral: '_"',
               SH.IRIOrLiteral: '<"'}

Check = Callable[[list, "_Data"], bool]  # value nodes, data -> conforms
_RDF_TYPE, _SUBCLASS_OF = term_text(RDF.type), term_text(RDFS.subClassOf)


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
    looks its focus nodes up in it (kg.emit makes its triples so indexed; other graphs are indexed here)."""

    def __init__(self, graph, superclasses: dict) -> None:
        # graph: kg.emit's Triples (already indexed so), an rdflib Graph, or distinct (s, p, o) N-Triples terms
        if isinstance(graph, Triples):
            by_predicate = graph.by_predicate
        else:
            by_predicate = {}  # predicate -> {subject: [object]}
            for s, p, o in _as_text(graph):
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
        subclass_of = by_predicate.get(_SUBCLASS_OF)
        if subclass_of:
            supers = _closure([(s, o) for s, objects in subclass_of.items() for o in objects], supers)
        types: dict = {}
        instances: dict = {}  # class (and every superclass) -> nodes
        for node, classes in by_predicate.get(_RDF_TYPE, {}).items():
            if len(classes) == 1:  # most nodes: the closure of their one class, shared, not copied
                for c in classes:
                    closed = supers.get(c) or {c}
            else:
                closed = set()
                for c in classes:
                    closed |= supers.get(c, {c})
            types[node] = closed
            for c in closed:
                instances.setdefault(c, []).append(node)
        self.by_predicate, self.types, self.instances = by_predicate, types, instances
        self.answers: dict = {}  # _EachValue check -> {value: passes}

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
        # each property's checks by how they read the focus nodes' values: counts read only how many each has,
        # a check of each value alone reads each distinct value once, the others (sh:hasValue) each focus's list
        self._properties = [[(path, [c for c in checks if isinstance(c, _Count)],
                              [c for c in checks if isinstance(c, _EachValue)],
                              [c for c in checks if not isinstance(c, (_Count, _EachValue))])
                             for path, checks in shape.properties] for shape in shapes]

    def conforms(self, graph) -> bool:
        """graph: an rdflib Graph, or a set of (s, p, o) N-Triples terms (what kg.emit makes).

        Every check must pass on every focus node, so the order they are asked in cannot change the answer."""
        data = _Data(graph, self.superclasses)
        for shape, properties in zip(self.shapes, self._properties):
            focus_nodes = list(_focus_nodes(shape, data))
            for check in shape.node_checks:
                for focus in focus_nodes:
                    if not check([focus], data):
                        return False
            for path, counts, each_value, others in properties:
                table = data.table(path)
                rows = [table.get(focus, _EMPTY) for focus in focus_nodes]
                if counts:
                    lengths = set(map(len, rows))
                    if not all(count.allows(length) for count in counts for length in lengths):
                        return False
                for check in others:
                    for values in rows:
                        if not check(values, data):
                            return False
                if each_value:
                    distinct = set(chain.from_iterable(rows))
                    for check in each_value:
                        if not check(distinct, data):
                            return False
        return True


class _Count:
    """sh:minCount or sh:maxCount: how many values a focus node may have."""

    def __init__(self, low: int | None = None, high: int | None = None) -> None:
        self.low, self.high = low, high

    def allows(self, length: int) -> bool:
        return (self.low is None or length >= self.low) and (self.high is None or length <= self.high)

    def __call__(self, values: list, data: "_Data") -> bool:
        return self.allows(len(values))


def compile_shapes(shapes: Graph, ontology: Graph | None = None) -> CompiledShapes | None:
    """The shapes as Python checks, or None when they use something this checker does not support."""
    subclass_pairs = list((ontology or Graph()).subject_objects(RDFS.subClassOf))
    subclass_pairs += list(shapes.subject_objects(RDFS.subClassOf))
    superclasses = _closure([(term_text(a), term_text(b)) for a, b in subclass_pairs], {})
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
        shape = _Shape(*([term_text(t) for t in shapes.objects(shape_node, key)] for key in (
            SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)))
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
            shape.properties.append((term_text(paths[0]), checks))
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
    objects (offsets, confidences, kinds) in many statements: each value's answer is remembered, for the
    window being checked or, when the test reads nothing of the data (`pure`), for the next windows too."""

    def __init__(self, test: Callable[[str, "_Data"], bool], pure: bool = False) -> None:
        self.test = test
        self._answers: dict | None = {} if pure else None

    def __call__(self, values, data: "_Data") -> bool:
        answers = self._answers
        if answers is None:
            answers = data.answers.get(self)
            if answers is None:
                answers = data.answers[self] = {}
        elif len(answers) >= _MAX_ANSWERS:  # every window brings new texts: start again
            answers.clear()
        for value in values:
            answer = answers.get(value)
            if answer is None:
                answer = answers[value] = self.test(value, data)
            if not answer:
                return False
        return True


_MAX_ANSWERS = 1 << 16


def _checks(shapes: Graph, node, node_level: bool) -> list[Check] | None:
    checks: list[Check] = []
    if not node_level:
        low, high = _one(shapes, node, SH.minCount), _one(shapes, node, SH.maxCount)
        if low is not None:
            checks.append(_Count(low=int(low)))
        if high is not None:
            checks.append(_Count(high=int(high)))
    datatype = _one(shapes, node, SH.datatype)
    if datatype is not None:
        checks.append(_EachValue(lambda v, d, dt=str(datatype): _has_datatype(v, dt), pure=True))
    kind = _one(shapes, node, SH.nodeKind)
    if kind is not None:
        if kind not in _NODE_KINDS:
            return None
        checks.append(_EachValue(lambda v, d, firsts=_NODE_KINDS[kind]: v[:1] in firsts, pure=True))
    for cls in shapes.objects(node, SH["class"]):
        checks.append(_EachValue(lambda v, d, c=term_text(cls): v[:1] != '"' and c in d.types.get(v, ())))
    members = _one(shapes, node, SH["in"])
    if members is not None:
        allowed = {term_text(m) for m in Collection(shapes, members)}
        checks.append(_EachValue(lambda v, d, a=allowed: v in a, pure=True))
    for key, test in ((SH.minLength, lambda n, m: n >= m), (SH.maxLength, lambda n, m: n <= m)):
        limit = _one(shapes, node, key)
        if limit is not None:
            m = int(limit)
            checks.append(_EachValue(lambda v, d, m=m, t=test: v[:1] != "_" and t(len(_string_value(v)), m), pure=True))
    for key, test in ((SH.minInclusive, lambda a, b: a >= b), (SH.maxInclusive, lambda a, b: a <= b),
                      (SH.minExclusive, lambda a, b: a > b), (SH.maxExclusive, lambda a, b: a < b)):
        bound = _one(shapes, node, key)
        if bound is not None:
            checks.append(_EachValue(lambda v, d, b=bound.toPython(), t=test: _compare(v, b, t), pure=True))
    value = _one(shapes, node, SH.hasValue)
    if value is not None:
        checks.append(lambda vs, d, x=term_text(value): x in vs)
    return checks


# -- literals, read from their N-Triples text --------------------------------------------------------

_LANG_STRING, _XSD_STRING, _XSD_DATE = str(RDF.langString), str(XSD.string), str(XSD.date)
_ESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"n": "\n", "r": "\r"}


def _literal(term: str) -> tuple[str, str | None, str] | None:
    """(lexical form, language, datatype) of a literal's N-Triples text; None for an IRI or a blank node."""
    if term[:1] != '"':
        return None
    close = term.rindex('"')
    lexical = term[1:close]
    if "\\" in lexical:
        lexical = _ESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)), lexical)
    rest = term[close + 1:]
    if rest[:1] == "@":
        return lexical, rest[1:], _LANG_STRING
    return lexical, None, rest[3:-1] if rest else _XSD_STRING


def _string_value(term: str) -> str:
    """What sh:minLength measures: a literal's lexical form, an IRI's text."""
    literal = _literal(term)
    return literal[0] if literal else term[1:-1]


# Lexical forms of the datatypes kg writes, as strict as rdflib or stricter (a form these refuse and rdflib
# accepts only sends the window to pySHACL, which has the last word).
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _parse_date(lexical: str):
    return dt.date.fromisoformat(lexical) if _DATE.fullmatch(lexical) else None


_VALUES = {str(XSD.integer): lambda x: int(x) if _INTEGER.fullmatch(x) else None,
           str(XSD.decimal): lambda x: Decimal(x) if _DECIMAL.fullmatch(x) else None,
           str(XSD.string): lambda x: x}


def _value(lexical: str, language: str | None, datatype: str):
    """A literal's value, or None when its lexical form is not one of its datatype."""
    if datatype == _XSD_DATE:
        try:
            return _parse_date(lexical)
        except ValueError:
            return None  # "2026-02-30"
    read = _VALUES.get(datatype)
    if read is not None:
        return read(lexical)
    literal = Literal(lexical, lang=language) if language else Literal(lexical, datatype=URIRef(datatype))
    return None if literal.ill_typed else literal.toPython()


def _has_datatype(term: str, datatype: str) -> bool:
    literal = _literal(term)
    return literal is not None and literal[2] == datatype and (
        datatype in (_LANG_STRING, _XSD_STRING) or _value(*literal) is not None)


def _compare(term: str, bound, test) -> bool:
    literal = _literal(term)
    value = _value(*literal) if literal is not None else None
    if value is None:
        return False
    try:
        return bool(test(value, bound))
    except TypeError:
        return False


def _as_text(graph):
    """The triples of an rdflib Graph as N-Triples terms; kg.emit's set as it is."""
    if not isinstance(graph, Graph):
        return graph
    texts: dict = {}

    def text(term) -> str:
        found = texts.get(term)
        if found is None:
            found = texts[term] = term_text(term)
        return found

    return [(text(s), text(p), text(o)) for s, p, o in graph]


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
