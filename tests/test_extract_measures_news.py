"""False measure facts seen running kg on news (sanctions notices, trade press): (text, present, absent) tables.

Every text is invented; each table holds several phrasings of one pattern, and guard rows for the true cases.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like

# A sanctioning verb not read as a measure (its doer or its target unknown) still tells the sanction that the
# parties listed after it belong to: they are no targets of a sanction told before it.
def _case(story: str, kept: set, dropped: set, name: str):
    return pytest.param(f"date: 2026-07-03\nSanctions\n\n{story}", kept, dropped, id=name)


def _status(story: str, kept: str, dropped: str, name: str):
    """A case where the one measure told has status `kept`, not `dropped`."""
    return _case(story, {("*", "status", kept)}, {("*", "status", dropped)}, name)


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

# A duty or a quota told as a concession or a preference is a favour granted, no measure against anyone.
GRANT_CASES = [
    _case("Thai exporters ship sugar to Japan under duty concession quotas.", set(),
          {("*", "a", "Tariff"), ("*", "a", "Measure"), ("*", "appliesTo", "*")}, "duty-concession-quotas"),
    _case("Brazil ships beef to the EU under a tariff concession quota.", set(),
          {("*", "a", "Tariff"), ("*", "a", "Measure"), ("*", "appliesTo", "*")}, "tariff-concession-quota"),
    _case("Vietnam granted Laos preferential tariffs on rice.", set(),
          {("*", "a", "Tariff"), ("*", "appliesTo", "*")}, "preferential-tariffs"),
    # guards: a quota or a tariff with no word of favour is a measure
    _case("Chile imposed quotas on Argentine beef.", {("*", "targets", "Argentina"), ("*", "appliesTo", "beef")},
          set(), "keep-quotas-imposed"),
    _case("Vietnam imposed tariffs on rice from Laos.", {("Vietnam", "imposes", "*"), ("*", "appliesTo", "rice")},
          set(), "keep-tariffs-imposed"),
]

# One measure told, with the status it has and the one it has not: kept | dropped | id | text.
# Warning someone about or of a measure of one's own that is there tells of it, no threat: it is in force
# (new measures, measures told with what would come, or under a condition, stay threats).
# Only a measure in force can be broken: one told as violated, breached or evaded is in force whatever the
# verbs above it say (a plan to punish the breach is no plan of the measure; a threat for breaking a truce stays one).
# A measure told under the noun "announcement" is announced, not yet said to apply (an announced lifting
# leaves the measure as it was).
STATUS_ROWS = """
in force | threatened | warned-exporters-about-its | Norway warned exporters about its sanctions on Libya.
in force | threatened | warned-about-breaching-its | Canada warned banks about breaching its sanctions on Belarus.
in force | threatened | warned-of-its-existing | The ministry warned importers of its existing duties on Thai rice.
threatened | in force | keep-warned-of-new | Finland warned Minsk of new sanctions.
threatened | in force | keep-warned-of-its-if | Peru warned Chile of its tariffs if talks failed.
threatened | in force | keep-warned-about-tariffs | Kenya warned Uganda about tariffs on its sugar.
in force | proposed | prosecute-breaching | Canada plans to sue firms for breaching its export controls on drones.
in force | proposed | rules-on-circumvention | The EU proposed rules to stop circumvention of its sanctions on Russia.
in force | proposed | prosecute-violated | Chile would fine anyone who violated the tariffs on Peruvian sugar.
threatened | in force | keep-threat-violations | Seoul threatened sanctions on Pyongyang for violations of the truce.
proposed | in force | keep-plans-to-impose | Canada plans to impose export controls on drones.
announced | in force | reply-to-announcement | China replied to the US announcement to impose duties on Chinese steel.
announced | in force | studied-announcement | Kenya studied the Ugandan announcement to impose tariffs on Kenyan milk.
announced | in force | announcement-of-sanctions | Norway's announcement of sanctions on Belarus came on Monday.
in force | announced | keep-announced-lift | Ghana welcomed the Nigerian announcement to lift its ban on Ghanaian rice.
in force | announced | keep-imposed-duties | Peru imposed duties on Chilean wine.
"""
STATUS_CASES = [_status(text, kept, dropped, name) for kept, dropped, name, text in
                (tuple(part.strip() for part in row.split("|")) for row in STATUS_ROWS.strip().splitlines())]


@pytest.mark.parametrize("text, present, absent", UNREAD_SANCTION_CASES + GRANT_CASES + STATUS_CASES)
def test_news_cases(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
