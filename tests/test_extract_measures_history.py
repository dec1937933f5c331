"""False measure facts seen on real news (statuses told later or told as history, imposers who are the targets):
(text, present, absent) tables. Every text is invented; each table holds several phrasings of one pattern.
"""
from __future__ import annotations

import pytest

from test_extract import facts, graph_of


def _matches(fact, pattern) -> bool:
    return all(p == "*" or p == f for p, f in zip(pattern, fact))


def _check(nlp, text, present, absent):
    """As `assert_facts`, with "*" standing for any label."""
    found = facts(graph_of(nlp, text))
    missing = [p for p in present if not any(_matches(f, p) for f in found)]
    assert not missing, f"missing {sorted(missing)}\nfound {sorted(found)}"
    wrong = [f for f in found for p in absent if _matches(f, p)]
    assert not wrong, f"should not be there: {sorted(wrong)}"


# A measure told as adopted, then in the next sentence as not taking effect (yet) or not in force, is announced: not
# left in force.
NOT_IN_EFFECT_NEXT_CASES = [
    pytest.param("date: 2026-07-03\nBelarus\n\nThe EU adopted sanctions on Belarus on Monday. These sanctions will not "
                 "come into effect immediately.", {("*", "status", "announced")}, {("*", "status", "in force")},
                 id="will-not-come-into-effect"),
    pytest.param("date: 2026-07-03\nBeef\n\nJapan imposed tariffs on Australian beef. They will not take effect until "
                 "September.", {("*", "status", "announced")}, {("*", "status", "in force")},
                 id="will-not-take-effect-until"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada adopted a ban on Chinese steel. The ban is not yet in force.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="not-yet-in-force"),
    pytest.param("date: 2026-07-03\nCars\n\nBrazil imposed duties on Korean cars last week. The duties did not take "
                 "effect, officials said.", {("*", "status", "announced")}, {("*", "status", "in force")},
                 id="did-not-take-effect"),
    # guards: told in force, or only proposed
    pytest.param("date: 2026-07-03\nBelarus\n\nThe EU adopted sanctions on Belarus. The sanctions are in force.",
                 {("*", "status", "in force")}, {("*", "status", "announced")}, id="keep-in-force"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada proposed tariffs on Mexican steel. The tariffs will not take effect.",
                 {("*", "status", "proposed")}, {("*", "status", "announced"), ("*", "status", "in force")},
                 id="keep-proposed-not-taking-effect"),
]


@pytest.mark.parametrize("text, present, absent", NOT_IN_EFFECT_NEXT_CASES)
def test_not_in_effect_next(nlp, text, present, absent):
    _check(nlp, text, present, absent)
