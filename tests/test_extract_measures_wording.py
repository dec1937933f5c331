"""Goods, status and labels from wordings of real trade copy: a rate's size is no goods, whose goods face a measure
are never a bare "goods", a measure vowed to be fought is in force and not the fighter's, a verbal sanction's label
leaves out the reasons and clauses after its object. (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


GOODS_CASES = [
    pytest.param("date: 2026-07-03\nCars\n\nThe US threatened triple-digit duties on Korean cars.",
                 {("*", "appliesTo", "Korean cars")}, {("*", "appliesTo", "*digit*")}, id="triple-digit"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru imposed double-digit tariffs on Chilean wine.",
                 {("*", "appliesTo", "wine")}, {("*", "appliesTo", "*digit*")}, id="double-digit"),
    pytest.param("date: 2026-07-03\nCement\n\nIndia slapped single-digit levies on Thai cement.",
                 {("*", "appliesTo", "cement")}, {("*", "appliesTo", "*digit*")}, id="single-digit"),
    pytest.param("date: 2026-07-03\nLevies\n\nPeruvian goods will face a 20% tariff.",
                 {("*", "appliesTo", "Peruvian goods")}, {("*", "appliesTo", "goods")}, id="goods-will-face"),
    pytest.param("date: 2026-07-03\nLevies\n\nChilean and Bolivian goods could face reciprocal levies.",
                 {("*", "targets", "Chile")}, {("*", "appliesTo", "goods")}, id="goods-could-face"),
    pytest.param("date: 2026-07-03\nLevies\n\nThai products will face a 15% tariff.",
                 {("*", "appliesTo", "Thai products")}, {("*", "appliesTo", "products")}, id="products-will-face"),
    # guard: named goods facing a rate stay as they are
    pytest.param("date: 2026-07-03\nLevies\n\nTurkish rebar will face a 20% tariff.",
                 {("*", "appliesTo", "rebar"), ("*", "targets", "Türkiye")}, set(), id="keep-named-goods-face"),
]


@pytest.mark.parametrize("text, present, absent", GOODS_CASES)
def test_goods(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


FIGHT_CASES = [
    pytest.param("date: 2026-07-03\nTomatoes\n\nMexico vowed to fight tariffs on its tomatoes.",
                 {("*", "status", "in force")}, {("Mexico", "imposes", "*"), ("Mexico", "proposes", "*"),
                                                  ("*", "status", "threatened")}, id="vowed-to-fight"),
    pytest.param("date: 2026-07-03\nSteel\n\nOttawa vowed to fight back the new US duties on its steel.",
                 {("*", "status", "in force")}, {("*", "status", "threatened"), ("Canada", "proposes", "*")},
                 id="vowed-to-fight-back"),
    pytest.param("date: 2026-07-03\nBeef\n\nBrazil pledged to combat tariffs on its beef.",
                 {("*", "status", "in force")}, {("Brazil", "imposes", "*"), ("Brazil", "proposes", "*"),
                                                  ("*", "status", "threatened")}, id="pledged-to-combat"),
    # guard: a vow to impose is a threat
    pytest.param("date: 2026-07-03\nSteel\n\nCanada vowed to impose tariffs on US steel.",
                 {("*", "status", "threatened"), ("Canada", "proposes", "*")}, set(), id="keep-vowed-to-impose"),
]


@pytest.mark.parametrize("text, present, absent", FIGHT_CASES)
def test_fight(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


VERBAL_LABEL_CASES = [
    pytest.param("date: 2026-07-03\nShips\n\nThe Treasury sanctioned two firms and three tankers for trading in "
                 "Iranian oil.", {("sanctioned two firms and three tankers", "a", "Sanction")},
                 {("*trading*", "a", "Sanction")}, id="for-reason-after-conjuncts"),
    pytest.param("date: 2026-07-03\nBank\n\nBrussels sanctioned Delta Shipping, which operates a fleet of old tankers.",
                 {("sanctioned Delta Shipping", "a", "Sanction")}, {("*fleet*", "a", "Sanction")}, id="which-clause"),
    pytest.param("date: 2026-07-03\nBank\n\nOttawa sanctioned six officials and a bank for their role in the "
                 "crackdown.", {("sanctioned six officials and a bank", "a", "Sanction")},
                 {("*crackdown*", "a", "Sanction")}, id="for-their-role"),
    pytest.param("date: 2026-07-03\nBank\n\nCanberra sanctioned Nova Metals, which is owned by a senator.",
                 {("sanctioned Nova Metals", "a", "Sanction")}, {("*owned*", "a", "Sanction")}, id="which-is-owned"),
    # guard: the object stays in the label
    pytest.param("date: 2026-07-03\nBank\n\nLondon sanctioned two banks.",
                 {("sanctioned two banks", "a", "Sanction")}, set(), id="keep-object"),
]


@pytest.mark.parametrize("text, present, absent", VERBAL_LABEL_CASES)
def test_verbal_label(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


# Who breaks a measure, named by it ("Iran sanctions busters", "US tariff evaders"): people, no measure, and the
# country before the measure word imposes nothing.
BREAKER_CASES = [
    pytest.param("date: 2026-07-03\nNames\n\nThe report listed Iran sanctions busters operating from Dubai.",
                 set(), {("Iran", "imposes", "*"), ("*", "a", "Sanction")}, id="sanctions-busters"),
    pytest.param("date: 2026-07-03\nPorts\n\nCustoms officers caught US tariff evaders at the port on Monday.",
                 set(), {("United States", "imposes", "*"), ("*", "a", "Tariff")}, id="tariff-evaders"),
    pytest.param("date: 2026-07-03\nCourts\n\nOfficials named the EU sanctions violators on Monday.",
                 set(), {("European Union", "imposes", "*"), ("*", "a", "Sanction")}, id="sanctions-violators"),
    pytest.param("date: 2026-07-03\nShips\n\nInvestigators tracked Russia sanctions breakers in Cyprus on Monday.",
                 set(), {("Russia", "imposes", "*"), ("*", "a", "Sanction")}, id="sanctions-breakers"),
    # guard: a measure on such people is one
    pytest.param("date: 2026-07-03\nShips\n\nCanada imposed sanctions on two smugglers on Monday.",
                 {("Canada", "imposes", "*")}, set(), id="guard-sanctions-on-smugglers"),
]


@pytest.mark.parametrize("text, present, absent", BREAKER_CASES)
def test_breakers_of_a_measure(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
