"""The model's `attribute_ruler`, answered from a table instead of spaCy's `Matcher`.

en_core_web_sm's attribute ruler (tag map, morph rules, lemma exceptions:
~180 patterns) runs a `Matcher` over every token and costs about as much as
its parser. Its patterns are all fixed-length and test only a token's own
TAG, LOWER, DEP and IS_SPACE, so whether a pattern token matches depends on
those four values alone: the answer is computed once per distinct
combination and cached. The attributes are then set with spaCy's own
`set_token_attrs`, in the ruler's order (later patterns win), so the
annotations are the ones the stock ruler writes (`tests/test_attribute_table.py`
compares them token by token). A pattern outside this subset (an operator,
another attribute) keeps the stock ruler.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# What a pattern token may test, and how its value is read from the token's (tag, lower, dep, is_space).
_FEATURES = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
_MAX_CACHED = 1 << 18


class UnsupportedPattern(ValueError):
    """A ruler pattern this table cannot answer exactly; the stock ruler stays."""


def _predicate(feature: str, spec) -> Callable[[tuple], bool]:
    index = _FEATURES.get(feature)
    if index is None:
        raise UnsupportedPattern(feature)
    if isinstance(spec, dict):
        if len(spec) != 1:
            raise UnsupportedPattern(str(spec))
        (op, value), = spec.items()
        if op == "IN":
            allowed = frozenset(value)
            return lambda f: f[index] in allowed
        if op == "NOT_IN":
            refused = frozenset(value)
            return lambda f: f[index] not in refused
        if op == "REGEX":
            pattern = re.compile(value)
            return lambda f: isinstance(f[index], str) and pattern.search(f[index]) is not None
        raise UnsupportedPattern(op)
    return lambda f: f[index] == spec


def _required(token_pattern: dict) -> tuple[int | None, tuple]:
    """(0 for TAG or 1 for LOWER, the values one of which a token must have to pass), or (None, ()) when the
    pattern token requires neither a TAG nor a LOWER value from a list."""
    for feature, name in ((0, "TAG"), (1, "LOWER")):
        spec = token_pattern.get(name)
        if isinstance(spec, str):
            return feature, (spec,)
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return feature, tuple(spec["IN"])
    return None, ()


def _token_test(token_pattern: dict) -> Callable[[tuple], bool]:
    if not token_pattern or "OP" in token_pattern:
        raise UnsupportedPattern(str(token_pattern))
    tests = [_predicate(feature, spec) for feature, spec in token_pattern.items()]
    return lambda f: all(test(f) for test in tests)


class AttributeTable:
    """A pipeline component equal in output to a given `AttributeRuler`."""

    def __init__(self, ruler) -> None:
        self.vocab = ruler.vocab
        # (attr_id, attrs, index, [test per pattern token]) in the ruler's order: its match ids are its indices
        self._rules = []
        # The (rule, position) tests a token may pass, by the TAG or LOWER value each test requires: a token new to
        # the cache is tried on those of its tag and word and on the others (~30), not on all ~190 (a miss took
        # ~80 us; 400 short articles meet ~900 distinct tokens)
        self._by_feature: tuple[dict, dict] = ({}, {})  # TAG value -> tests, LOWER value -> tests
        unindexed = []
        for attr_id, attrs in enumerate(ruler.attrs):
            found = ruler.matcher.get(str(attr_id))
            if found is None:
                raise UnsupportedPattern(f"no patterns for rule {attr_id}")
            for pattern in found[1]:
                r = len(self._rules)
                self._rules.append((attr_id, attrs, ruler.indices[attr_id], [_token_test(t) for t in pattern]))
                for p, token_pattern in enumerate(pattern):
                    feature, values = _required(token_pattern)
                    if feature is None:
                        unindexed.append((r, p))
                    for value in values:
                        self._by_feature[feature].setdefault(value, []).append((r, p))
        self._unindexed = unindexed
        self._matches_cache: dict[tuple, tuple] = {}

    def _token_matches(self, hashes: tuple) -> tuple:
        """For a token with these (tag, lower, dep, is_space) values: the single-token rules' attributes merged in
        the ruler's order (later rules win, as when applied one by one), the (rule, position) pairs of the
        longer rules it satisfies, and the single-token rules it satisfies."""
        found = self._matches_cache.get(hashes)
        if found is None:
            strings = self.vocab.strings
            features = (strings[hashes[0]] if hashes[0] else "", strings[hashes[1]] if hashes[1] else "",
                        strings[hashes[2]] if hashes[2] else "", bool(hashes[3]))
            merged: dict = {}
            singles, longer = [], []
            candidates = sorted({*self._by_feature[0].get(features[0], ()), *self._by_feature[1].get(features[1], ()),
                                 *self._unindexed})  # the ruler's order
            rules = self._rules
            for r, p in candidates:
                _, attrs, _, tests = rules[r]
                if tests[p](features):
                    if len(tests) == 1:
                        merged.update(attrs)
                        singles.append(r)
                    else:
                        longer.append((r, p))
            found = (merged, frozenset(longer), tuple(singles))
            if len(self._matches_cache) >= _MAX_CACHED:  # a corpus's vocabulary only grows: start again
                self._matches_cache.clear()
            self._matches_cache[hashes] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cache, token_matches = self._matches_cache, self._token_matches
        found = [cache.get(key) or token_matches(key) for key in map(tuple, doc.to_array(_ARRAY_ATTRS).tolist())]
        # Most paragraphs have a token that may begin or continue a longer rule ("'s", a quote) but no longer rule
        # matched whole: only the tokens a matched longer rule targets need the rules one by one
        targeted = self._longer_matches(doc, found) if any(longer for _, longer, _ in found) else None
        for i, (merged, _, singles) in enumerate(found):
            if targeted and i in targeted:
                self._apply_in_order(doc[i], i, singles, targeted[i])
            elif merged:
                set_token_attrs(doc[i], merged)
        return doc

    def _longer_matches(self, doc: Doc, found: list) -> dict[int, list]:
        """The token each matched longer rule targets -> [(attr_id, start, attrs)] of those rules."""
        targeted: dict[int, list] = {}
        for start, (_, longer, _) in enumerate(found):
            for rule, position in longer:
                attr_id, attrs, index, tests = self._rules[rule]
                end = start + len(tests)
                if position or end > len(doc) or any((rule, p) not in found[start + p][1] for p in range(1, len(tests))):
                    continue
                target = start + index if index >= 0 else end + index
                if not start <= target < end:
                    raise ValueError(f"attribute rule {attr_id}: index {index} outside its {len(tests)}-token match")
                targeted.setdefault(target, []).append((attr_id, start, attrs))
        return targeted

    def _apply_in_order(self, token, i: int, singles: tuple, longer: list) -> None:
        """A token a longer rule targets: its rules one by one, ordered as the ruler orders its matches."""
        rules = [(self._rules[rule][0], i, self._rules[rule][1]) for rule in singles] + longer
        for _, _, attrs in sorted(rules, key=lambda rule: rule[:2]):
            set_token_attrs(token, attrs)


@Language.factory("kg_attribute_table")
def make_attribute_table(nlp: Language, name: str, source: str = "attribute_ruler"):
    return AttributeTable(nlp.get_pipe(source))


def use_attribute_table(nlp: Language) -> bool:
    """Put the table in place of the model's attribute ruler; False (the ruler kept) when it cannot be exact."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe("kg_attribute_table", before="attribute_ruler")
    except UnsupportedPattern:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True
