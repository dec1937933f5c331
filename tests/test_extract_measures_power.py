""""Control" in the singular with no word of exports is power over something ("under Russian control", "took
control of the port"), no measure; a measure word before "risk", "compliance", "screening" or "exposure" tells what
they are about. (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like


CASES = [
    pytest.param("date: 2026-07-03\nRegion\n\nThe valley has been under Russian control since 2019, Peru said.",
                 set(), {("*", "a", "Measure"), ("*", "imposes", "*")}, id="under-control"),
    pytest.param("date: 2026-07-03\nAssets\n\nThe yachts of Ivo Marek under British control were seized.",
                 set(), {("*", "a", "Measure"), ("United Kingdom", "imposes", "*")}, id="under-british-control"),
    pytest.param("date: 2026-07-03\nPort\n\nChile took control of the port after the Peruvian control of it ended.",
                 set(), {("*", "a", "Measure"), ("*", "imposes", "*")}, id="took-control"),
    pytest.param("date: 2026-07-03\nBanks\n\nThe Treasury raised the sanctions risk for banks in Dravia.",
                 set(), {("*", "a", "Sanction")}, id="sanctions-risk"),
    pytest.param("date: 2026-07-03\nBanks\n\nLatvia's sanctions compliance is weak, Peru said.",
                 set(), {("*", "a", "Sanction")}, id="sanctions-compliance"),
    pytest.param("date: 2026-07-03\nBanks\n\nEstonia's export control screening improved.",
                 set(), {("*", "a", "ExportControl")}, id="export-control-screening"),
    # guards: controls on exports, and export control in the singular, are measures
    pytest.param("date: 2026-07-03\nChips\n\nJapan tightened export control on chips to Dravia.",
                 {("*", "a", "ExportControl"), ("Japan", "imposes", "*")}, set(), id="keep-export-control"),
    pytest.param("date: 2026-07-03\nNickel\n\nIndonesia imposed controls on Chinese nickel.",
                 {("*", "a", "Measure"), ("Indonesia", "imposes", "*")}, set(), id="keep-controls"),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_control_as_power(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
