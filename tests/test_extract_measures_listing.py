"""Parties listed in a sentence after a sanction: they join the sanction told last, and no earlier one.

Every text is invented; each table holds several phrasings of one pattern, and guard rows for the true cases.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like

# A sanctioning verb not read as a measure (its doer or its target unknown) still tells the sanction that the
# parties listed after it belong to: they are no targets of a sanction told before it.
def _case(story: str, kept: set, dropped: set, name: str):
    return pytest.param(f"date: 2026-07-03\nSanctions\n\n{story}", kept, dropped, id=name)


UNREAD_SANCTION_CASES = [
    _case("OFSI fined a Dutch broker last month for breaking its sanctions on Syria. OFSI on Monday sanctioned dozens "
          "of Belarusian potash traders. OFSI's action includes the designation of Brestline Holdings.",
          {("*", "targets", "Syria")}, {("*", "targets", "Brestline Holdings")}, "action-includes-designation"),
    _case("SECO said a shipper had dodged its sanctions on Myanmar. SECO on Friday blacklisted scores of Iranian "
          "shipping agents. SECO's move includes the designation of Tabriz Marine Ltd.",
          {("*", "targets", "Myanmar")}, {("*", "targets", "Tabriz Marine*")}, "move-includes-designation"),
    _case("OFAC reminded exporters of its sanctions on Libya. OFAC on Tuesday sanctioned hundreds of Russian grain "
          "traders. OFAC's package includes the designation of Volga Agro Ltd.",
          {("*", "targets", "Libya")}, {("*", "targets", "Volga Agro*")}, "package-includes-designation"),
    # guard: with no sanctioning verb between, the parties listed join the sanction told last
    _case("The United States imposed sanctions on Iranian shipping agents on Friday. The Treasury designated Tabriz "
          "Marine Ltd and Caspian Wave Ltd.",
          {("*", "targets", "Tabriz Marine Ltd"), ("*", "targets", "Caspian Wave Ltd.")}, set(),
          "keep-listing-after-sanction"),
]


@pytest.mark.parametrize("text, present, absent", UNREAD_SANCTION_CASES)
def test_listing(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
