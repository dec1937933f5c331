"""Who bears a measure is not who imposes it ("people who are subject to travel bans"), a sum of rates is no measure
of its own ("taking the total levy to 35%"), goods owned in general ("each country's goods") or a quoted name
("the 'Copper Month' duties") name no goods, and a measure that hits someone is not theirs. (text, present, absent)
tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


BEARER_CASES = [
    pytest.param("date: 2026-07-03\nBans\n\nVenezuelans were added to the roster of officials who are subject to "
                 "visa restrictions.", set(), {("Venezuela", "imposes", "*"), ("Venezuela", "proposes", "*")},
                 id="subject-to"),
    pytest.param("date: 2026-07-03\nBans\n\nMore Cubans were added to the list of individuals who are liable to "
                 "entry bans.", set(), {("Cuba", "imposes", "*"), ("Cuba", "proposes", "*")}, id="liable-to"),
    pytest.param("date: 2026-07-03\nBans\n\nNine Nicaraguans were added to the register of persons who are subject "
                 "to asset freezes, the ministry said.", set(), {("Nicaragua", "imposes", "*")},
                 id="subject-to-comma"),
    pytest.param("date: 2026-07-03\nBans\n\nEritreans were added to the list of firms that are exposed to the new "
                 "sanctions.", set(), {("Eritrea", "imposes", "*"), ("Eritrea", "proposes", "*")}, id="exposed-to"),
    # guard: the one imposing on them still imposes
    pytest.param("date: 2026-07-03\nBans\n\nCanada imposed travel bans on Belarusian officials.",
                 {("Canada", "imposes", "*"), ("*", "targets", "Belarus")}, set(), id="keep-imposer"),
]


@pytest.mark.parametrize("text, present, absent", BEARER_CASES)
def test_bearer_is_no_imposer(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


SUM_CASES = [
    pytest.param("date: 2026-07-03\nLumber\n\nWashington raised duties on Canadian lumber by 10 percent on Friday, "
                 "taking the total levy to 35 percent.", {("*", "appliesTo", "lumber")},
                 {("*total levy*", "a", "Tariff")}, id="total-levy"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru added a 5% surcharge on Chilean wine, bringing the combined tariff "
                 "to 25%.", {("*", "appliesTo", "wine")}, {("*combined tariff*", "a", "Tariff")}, id="combined"),
    pytest.param("date: 2026-07-03\nSteel\n\nOttawa raised its duty on Turkish steel by 8%, pushing the overall duty "
                 "to 30%.", {("*", "appliesTo", "steel")}, {("*overall duty*", "a", "Tariff")}, id="overall"),
    # guard: a total told with what it is on stays a measure
    pytest.param("date: 2026-07-03\nWheat\n\nBrazil imposed a total tariff of 40% on Argentine wheat.",
                 {("Brazil", "imposes", "*"), ("*", "appliesTo", "wheat")}, set(), id="keep-total-on-goods"),
]


@pytest.mark.parametrize("text, present, absent", SUM_CASES)
def test_sum_of_rates(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


GENERIC_OWNER_CASES = [
    pytest.param("date: 2026-07-03\nLevies\n\nThe two sides imposed triple-digit duties on each country's goods.",
                 set(), {("*", "appliesTo", "*goods*")}, id="each-country"),
    pytest.param("date: 2026-07-03\nLevies\n\nThe rivals slapped 50% tariffs on the other side's products.",
                 set(), {("*", "appliesTo", "*products*")}, id="other-side"),
    pytest.param("date: 2026-07-03\nLevies\n\nBoth nations raised levies on each nation's goods.",
                 set(), {("*", "appliesTo", "*goods*")}, id="each-nation"),
    # guard: a named owner still tells the target and whose goods
    pytest.param("date: 2026-07-03\nLevies\n\nGhana raised levies on Togo's goods.",
                 {("Ghana", "imposes", "*"), ("*", "targets", "Togo")}, set(), id="keep-named-owner"),
]


@pytest.mark.parametrize("text, present, absent", GENERIC_OWNER_CASES)
def test_generic_owner_names_no_goods(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


HIT_BY_CASES = [
    pytest.param("date: 2026-07-03\nLevies\n\nVietnam was hit by the revised tariffs last week.", set(),
                 {("Vietnam", "imposes", "*")}, id="hit-by-tariffs"),
    pytest.param("date: 2026-07-03\nLevies\n\nLaos was hit by the new duties on rice.", set(),
                 {("Laos", "imposes", "*")}, id="hit-by-duties"),
    pytest.param("date: 2026-07-03\nLevies\n\nMali was hit by fresh sanctions in May.", set(),
                 {("Mali", "imposes", "*")}, id="hit-by-sanctions"),
    pytest.param("date: 2026-07-03\nLevies\n\nGhana has been hit by the new levies on cocoa.", set(),
                 {("Ghana", "imposes", "*")}, id="has-been-hit-by"),
    # guard: the agent of "imposed" still imposes
    pytest.param("date: 2026-07-03\nLevies\n\nThe tariffs were imposed by Peru.", {("Peru", "imposes", "*")}, set(),
                 id="keep-imposed-by"),
]


@pytest.mark.parametrize("text, present, absent", HIT_BY_CASES)
def test_hit_by_measure(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


QUOTED_NAME_CASES = [
    pytest.param("date: 2026-07-03\nLevies\n\nExporters face Trump's revised 'Freedom Day' tariffs, which took effect "
                 "on Thursday.", set(), {("*", "appliesTo", "*Freedom*")}, id="single-quotes"),
    pytest.param("date: 2026-07-03\nLevies\n\nBrazil faced the revised \"Freedom Day\" duties of 50%.", set(),
                 {("*", "appliesTo", "*Freedom*")}, id="double-quotes"),
    pytest.param("date: 2026-07-03\nLevies\n\nImporters paid the \"Harbour Week\" levies in June.", set(),
                 {("*", "appliesTo", "*Harbour*")}, id="double-quotes-paid"),
    pytest.param("date: 2026-07-03\nLevies\n\nChileans braced for the new 'Copper Month' duties.", set(),
                 {("*", "appliesTo", "*Copper*")}, id="single-quotes-braced"),
    # guard: an unquoted modifier still names goods
    pytest.param("date: 2026-07-03\nLevies\n\nPeru imposed steel tariffs on Chinese goods.",
                 {("*", "appliesTo", "steel")}, set(), id="keep-unquoted"),
]


@pytest.mark.parametrize("text, present, absent", QUOTED_NAME_CASES)
def test_quoted_name_is_no_goods(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
