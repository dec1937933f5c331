"""A threat or pledge told as carried out, and a verb the parser glued to the measure as its adjective.
(text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


# "delivered on its threat to impose", "made good on its pledge to lift": the act is done, whether the parser hangs
# the infinitive on the noun or on the verb; the one who carried it out (through "its") imposed the measure.
CARRIED_OUT_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nPresident Ana Ruiz of Chile delivered on her threat to slap tariffs on "
                 "Peruvian cement.", {("*", "status", "in force")}, {("*", "status", "proposed"),
                                                                       ("*", "status", "threatened")},
                 id="delivered-on-threat-to-slap"),
    pytest.param("date: 2026-07-03\nSanctions\n\nThe European Union made good on its pledge to lift sanctions on "
                 "Belarus.", {("*", "status", "lifted"), ("European Union", "imposes", "*")}, {("*", "status", "in force")},
                 id="made-good-on-pledge-to-lift"),
    pytest.param("date: 2026-07-03\nRice\n\nJapan delivered on its promise to scrap the tariffs on Thai rice.",
                 {("*", "status", "lifted"), ("Japan", "imposes", "*")}, {("*", "status", "in force")},
                 id="delivered-on-promise-to-scrap"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada carried out its threat to impose duties on Korean steel.",
                 {("*", "status", "in force"), ("Canada", "imposes", "*")}, {("*", "status", "threatened")},
                 id="carried-out-threat-to-impose"),
    # guards: a threat or pledge not (yet) carried out stays what it was
    pytest.param("date: 2026-07-03\nRice\n\nJapan will deliver on its promise to scrap the tariffs on Thai rice.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-will-deliver"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada repeated its threat to impose duties on Korean steel.",
                 {("*", "status", "threatened")}, {("*", "status", "in force")}, id="keep-repeated-threat"),
    pytest.param("date: 2026-07-03\nSanctions\n\nThe European Union renewed its pledge to lift sanctions on Belarus.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-renewed-pledge"),
]


@pytest.mark.parametrize("text, present, absent", CARRIED_OUT_CASES)
def test_carried_out(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


# "Washington relaxed export controls on chips", parsed as one noun phrase with the verb as the measure's adjective:
# the label starts after the verb, the name before it imposes, the verb tells the status.
GLUED_VERB_CASES = [
    pytest.param("date: 2026-07-03\nChips\n\nWashington relaxed export controls on chips to Vietnam.",
                 {("United States", "imposes", "export controls on chips")}, {("*relaxed*", "a", "*")},
                 id="relaxed-glued"),
    pytest.param("date: 2026-07-03\nBanks\n\nTokyo loosened sanctions on Syrian banks.",
                 {("Japan", "imposes", "sanctions on Syrian banks")}, {("*loosened*", "a", "*")},
                 id="loosened-sanctions-glued"),
    pytest.param("date: 2026-07-03\nLasers\n\nBeijing relaxed export curbs on lasers to Iran.",
                 {("China", "imposes", "export curbs on lasers")}, {("*relaxed*", "a", "*")},
                 id="relaxed-curbs-glued"),
    pytest.param("date: 2026-07-03\nSugar\n\nTokyo loosened import quotas on Thai sugar.",
                 {("Japan", "imposes", "import quotas on Thai sugar")}, {("*loosened*", "a", "*")},
                 id="loosened-quotas-glued"),
    # guards: a hyphened maker's adjective, an adverb before the participle
    pytest.param("date: 2026-07-03\nSteel\n\nThe newly imposed tariffs on steel hurt Canadian mills.",
                 {("newly imposed tariffs on steel", "a", "Tariff")}, set(), id="keep-newly-imposed"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe US-imposed tariffs on steel hurt Canadian mills.",
                 {("US-imposed tariffs on steel", "a", "Tariff")}, set(), id="keep-hyphened-maker"),
]


@pytest.mark.parametrize("text, present, absent", GLUED_VERB_CASES)
def test_glued_verb(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
