"""The label of a measure told by a verb ("sanctioned four firms") ends with whom or what it is on: not with a
participle clause telling more of them ("accused of ...", "linked to ..."), nor with the names "including" lists.
(text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


CASES = [
    pytest.param("date: 2026-07-03\nFirms\n\nThe Treasury sanctioned four firms accused of helping Dravia ship oil.",
                 {("sanctioned four firms", "a", "Sanction")}, {("*accused*", "a", "Sanction")}, id="accused-of"),
    pytest.param("date: 2026-07-03\nBanks\n\nBritain sanctioned three banks linked to the Zorvian junta.",
                 {("sanctioned three banks", "a", "Sanction")}, {("*linked*", "a", "Sanction")}, id="linked-to"),
    pytest.param("date: 2026-07-03\nTraders\n\nJapan sanctioned 40 traders involved in selling drones to Dravia.",
                 {("sanctioned 40 traders", "a", "Sanction")}, {("*involved*", "a", "Sanction")}, id="involved-in"),
    pytest.param("date: 2026-07-03\nOfficials\n\nCanada sanctioned six officials, including two generals, on Monday.",
                 {("sanctioned six officials", "a", "Sanction")}, {("*including*", "a", "Sanction")},
                 id="including"),
    # guard: names the verb is on stay in the label
    pytest.param("date: 2026-07-03\nFirms\n\nThe Treasury sanctioned Acme Trading and Vega Shipping.",
                 {("sanctioned Acme Trading and Vega Shipping", "a", "Sanction")}, set(), id="keep-names"),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_label_ends_before_participle(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
