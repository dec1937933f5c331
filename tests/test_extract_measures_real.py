"""False measure facts seen running kg on news: (text, present, absent) tables.

Every text is invented; each table holds several phrasings of one pattern, and guard rows for the true cases.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like

# Being ready, prepared or willing to impose a measure is no measure taken: to come at most.
READINESS_CASES = [
    pytest.param("date: 2026-07-03\nIran\n\nNordic ministers said they were ready to impose harsh new sanctions on "
                 "Iran.", {("*", "status", "proposed")}, {("*", "status", "in force")}, id="said-they-were-ready"),
    pytest.param("date: 2026-07-03\nSteel\n\nMexico is prepared to impose fresh duties on Chinese steel, the economy "
                 "minister said.", {("*", "status", "proposed")}, {("*", "status", "in force")}, id="is-prepared-to"),
    pytest.param("date: 2026-07-03\nOil\n\nBrussels was ready to bring forward new sanctions hitting Venezuelan oil "
                 "exports.", {("*", "status", "proposed")}, {("*", "status", "in force")}, id="ready-to-bring-forward"),
    pytest.param("date: 2026-07-03\nFish\n\nNorway is willing to impose tariffs on Scottish salmon.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="is-willing-to"),
    pytest.param("date: 2026-07-03\nCars\n\nSeoul stands ready to slap levies on Japanese cars.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="stands-ready-to"),
    # guards: a measure imposed is in force; a lifting one is ready for leaves it in force
    pytest.param("date: 2026-07-03\nFish\n\nNorway imposed tariffs on Scottish salmon on Monday.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-imposed"),
    pytest.param("date: 2026-07-03\nWhisky\n\nOttawa is ready to lift its tariffs on American whiskey.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-ready-to-lift"),
]
# A measure word modifying a noun that is no measure (a body, a person, talks, a frame, money) makes no measure.
MODIFIER_CASES = [
    pytest.param("date: 2026-07-03\nChips\n\nDelegates held the India-Japan export control dialogue mechanism meeting "
                 "in Tokyo on Tuesday.", set(), {("*", "a", "ExportControl"), ("*", "appliesTo", "*")},
                 id="export-control-dialogue-meeting"),
    pytest.param("date: 2026-07-03\nChips\n\nThe two governments launched an export control enforcement information "
                 "exchange.", set(), {("*", "a", "ExportControl"), ("*", "status", "*")}, id="export-control-exchange"),
    pytest.param("date: 2026-07-03\nIran\n\nThe UN sanctions committee on Libya met on Monday.",
                 set(), {("*", "a", "Sanction"), ("*", "imposes", "*")}, id="sanctions-committee"),
    pytest.param("date: 2026-07-03\nBudget\n\nCanadian tariff revenue on American goods doubled in May.",
                 set(), {("*", "a", "Tariff")}, id="tariff-revenue"),
    pytest.param("date: 2026-07-03\nChips\n\nExport control officials from Chile and Peru spoke on Monday.",
                 set(), {("*", "a", "ExportControl")}, id="export-control-officials"),
    pytest.param("date: 2026-07-03\nLaw\n\nA sanctions lawyer in London said Moscow's banks had few options.",
                 set(), {("*", "a", "Sanction")}, id="sanctions-lawyer"),
    # guards: a measure word heading, or modifying a measure's own noun, is still a measure
    pytest.param("date: 2026-07-03\nSugar\n\nWashington imposed a tariff rate quota on Mexican sugar.",
                 {("United States", "imposes", "*"), ("*", "a", "Tariff")}, set(), id="keep-tariff-rate-quota"),
    pytest.param("date: 2026-07-03\nRussia\n\nThe EU adopted a new sanctions package against Russia on Friday.",
                 {("European Union", "imposes", "*"), ("*", "targets", "Russia")}, set(), id="keep-sanctions-package"),
    pytest.param("date: 2026-07-03\nChips\n\nJapan tightened export controls on chip tools on Monday.",
                 {("Japan", "imposes", "*"), ("*", "a", "ExportControl")}, set(), id="keep-export-controls"),
]
# Of several mentions of one measure, a node keeps one status: the furthest along its course told; a mention telling
# none (in force by default) is of the measure the others tell of.
ONE_STATUS_CASES = [
    pytest.param("date: 2026-07-03\nPaper\n\nPeru hopes to avert lumber and paper tariffs. Officials said the exemption "
                 "of several nations from lumber and paper tariffs expires on June 1.",
                 {("lumber and paper tariffs", "status", "proposed")}, {("*", "status", "in force")},
                 id="averted-then-exemption"),
    pytest.param("date: 2026-07-03\nCopper\n\nPeru hopes to avert US tariffs on copper. The exclusion of some allies from "
                 "the US tariffs on copper will end in May.", {("*", "status", "proposed")}, {("*", "status", "in force")},
                 id="averted-then-exclusion"),
    pytest.param("date: 2026-07-03\nSugar\n\nKenya imposed duties on Ugandan sugar in March. In June, Kenya scrapped its "
                 "duties on Ugandan sugar.", {("*", "status", "lifted")}, {("*", "status", "in force")},
                 id="imposed-then-scrapped"),
    pytest.param("date: 2026-07-03\nWine\n\nChile proposed levies on Argentine wine. A week later, Chile threatened "
                 "levies on Argentine wine.", {("*", "status", "threatened")}, {("*", "status", "proposed")},
                 id="proposed-then-threatened"),
    pytest.param("date: 2026-07-03\nTiles\n\nIndia is weighing duties on Vietnamese tiles. Duties on Vietnamese tiles "
                 "have been discussed for months.", {("*", "status", "proposed")}, {("*", "status", "in force")},
                 id="weighed-then-discussed"),
    # guards: a measure told in force stays so; two measures keep their own statuses
    pytest.param("date: 2026-07-03\nWhisky\n\nCanada imposed tariffs on American whiskey in March. The tariffs on "
                 "American whiskey hurt Kentucky distillers.", {("*", "status", "in force")},
                 {("*", "status", "proposed"), ("*", "status", "lifted")}, id="keep-imposed-then-mentioned"),
    pytest.param("date: 2026-07-03\nFruit\n\nPeru lifted its tariffs on Chilean wine on Monday. Peru kept its ban on "
                 "Chilean apples.", {("tariffs", "status", "lifted"), ("ban on Chilean apples", "status", "in force")},
                 {("tariffs", "status", "in force"), ("ban on Chilean apples", "status", "lifted")}, id="keep-two-measures-apart"),
]
# A measure one is ready with, holds ready, is in a position to or has the right or power to impose is to come at
# most; the means used to impose one ("invoked a law to impose duties") leave it taken.
ABILITY_CASES = [
    pytest.param("date: 2026-07-03\nBikes\n\nThe bloc stands ready with a package of countermeasures, including levies "
                 "on American motorcycles.", {("*", "status", "proposed")}, {("*", "status", "in force")},
                 id="ready-with-countermeasures"),
    pytest.param("date: 2026-07-03\nDairy\n\nOttawa has duties on US dairy ready to go.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("Canada", "imposes", "*")},
                 id="measure-held-ready"),
    pytest.param("date: 2026-07-03\nSolar\n\nTokyo is in a position to impose tariffs on Chinese solar panels.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="in-a-position-to"),
    pytest.param("date: 2026-07-03\nTiles\n\nIndia reserves the right to impose duties on Chinese tiles.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="reserves-the-right-to"),
    pytest.param("date: 2026-07-03\nBelarus\n\nParliament gave the cabinet the power to impose sanctions on Belarus.",
                 set(), {("*", "status", "in force")}, id="given-the-power-to"),
    pytest.param("date: 2026-07-03\nLumber\n\nWashington invoked a trade law to impose duties on Canadian lumber.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="invoked-a-law-to-impose"),
    # guards
    pytest.param("date: 2026-07-03\nDairy\n\nCanada used its power to impose duties on US dairy.",
                 {("Canada", "imposes", "*"), ("*", "status", "in force")}, {("*", "status", "proposed")},
                 id="keep-used-its-power"),
    pytest.param("date: 2026-07-03\nIran\n\nMinisters will meet to agree sanctions on Iran.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="keep-meet-to-agree"),
]
# The noun a measure word modifies may tell its status ("the tariff threat", "a sanctions proposal", "a sanctions
# bill", "the tariff announcement") or that it is paused ("the tariff pause"): never in force.
HEAD_STATUS_CASES = [
    pytest.param("date: 2026-07-03\nPeso\n\nThe tariff threat against Colombia unsettled investors.",
                 {("*", "status", "threatened")}, {("*", "status", "in force")}, id="tariff-threat"),
    pytest.param("date: 2026-07-03\nIran\n\nThe sanctions proposal against Syria won broad support in Brussels.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="sanctions-proposal"),
    pytest.param("date: 2026-07-03\nBill\n\nTwo senators introduced a sanctions bill targeting Nicaragua.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="sanctions-bill"),
    pytest.param("date: 2026-07-03\nSteel\n\nOttawa published its tariff proposal on Korean steel on Monday.",
                 {("*", "status", "proposed")}, {("Canada", "imposes", "*"), ("*", "status", "announced")},
                 id="published-tariff-proposal"),
    pytest.param("date: 2026-07-03\nLumber\n\nA tariff suspension on Chilean lumber began on Monday.",
                 set(), {("*", "status", "in force")}, id="tariff-suspension"),
    pytest.param("date: 2026-07-03\nCars\n\nThe tariff pause on Japanese cars ends in August.",
                 set(), {("*", "status", "in force")}, id="tariff-pause"),
    # guards
    pytest.param("date: 2026-07-03\nCloth\n\nThe tariff hike on Indian textiles took effect on Friday.",
                 {("*", "status", "in force")}, set(), id="keep-tariff-hike"),
    pytest.param("date: 2026-07-03\nRussia\n\nThe EU adopted a new sanctions package against Russia on Friday.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-adopted-package"),
]
# A measure "on the table" or one the door is left open to is possible only; "off the table", none.
TABLE_CASES = [
    pytest.param("date: 2026-07-03\nIran\n\nSanctions on Iraq remain on the table, the foreign minister said.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="remain-on-the-table"),
    pytest.param("date: 2026-07-03\nWatches\n\nWashington put tariffs on Swiss cheese on the table.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("United States", "imposes", "*")},
                 id="put-on-the-table"),
    pytest.param("date: 2026-07-03\nCars\n\nTariffs on Mexican trucks are off the table.",
                 set(), {("*", "status", "*"), ("*", "a", "Tariff")}, id="off-the-table"),
    pytest.param("date: 2026-07-03\nSteel\n\nSeoul left the door open to duties on Chinese steel.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="door-open-to"),
    pytest.param("date: 2026-07-03\nCuba\n\nLifting the sanctions on Venezuela is off the table.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="lifting-off-the-table"),
    # guards
    pytest.param("date: 2026-07-03\nSteel\n\nOttawa imposed tariffs on US steel on Monday.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-imposed-tariffs"),
    pytest.param("date: 2026-07-03\nCuba\n\nWashington lifted the sanctions on Venezuela on Monday.",
                 {("*", "status", "lifted")}, set(), id="keep-lifted-sanctions"),
]
# Readiness told by a noun ("declared its readiness to impose") or of the measure itself ("the list of tariffs is
# ready"): to come at most.
READINESS_NOUN_CASES = [
    pytest.param("date: 2026-07-03\nGoods\n\nPeru declared its readiness to impose tariffs on Chilean goods.",
                 {("*", "status", "proposed")}, {("*", "status", "announced"), ("*", "status", "in force")},
                 id="declared-readiness"),
    pytest.param("date: 2026-07-03\nCars\n\nSeveral member states signalled a willingness to impose duties on Korean "
                 "cars.", {("*", "status", "proposed")}, {("*", "status", "in force")}, id="signalled-willingness"),
    pytest.param("date: 2026-07-03\nLumber\n\nOttawa voiced its preparedness to slap levies on Brazilian lumber.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="voiced-preparedness"),
    pytest.param("date: 2026-07-03\nPork\n\nColombia's list of tariffs on Ecuadorian pork is ready, the trade minister "
                 "said.", {("*", "status", "proposed")}, {("*", "status", "in force"), ("Colombia", "imposes", "*")},
                 id="list-is-ready"),
    # guard: a measure taken stays in force
    pytest.param("date: 2026-07-03\nPork\n\nColombia imposed tariffs on Ecuadorian pork on Monday.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-imposed-pork"),
]
# A measure being prepared ("is working on", "drew up", "lined up", "is readying", "crafted") is not taken.
PREPARING_CASES = [
    pytest.param("date: 2026-07-03\nRussia\n\nThe Commission is working on fresh sanctions against Belarus.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="working-on"),
    pytest.param("date: 2026-07-03\nCorn\n\nGuatemala has lined up tariffs on Mexican corn.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("Guatemala", "imposes", "*")},
                 id="lined-up"),
    pytest.param("date: 2026-07-03\nSyria\n\nLondon drew up sanctions against Eritrea last week.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="drew-up"),
    pytest.param("date: 2026-07-03\nBelarus\n\nThe bloc is readying sanctions on Myanmar.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="readying"),
    pytest.param("date: 2026-07-03\nSteel\n\nOfficials in Ankara crafted duties on Ukrainian steel.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="crafted"),
    # guards
    pytest.param("date: 2026-07-03\nSteel\n\nAnkara imposed duties on Ukrainian steel that work on a sliding scale.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-imposed-duties"),
    pytest.param("date: 2026-07-03\nBelarus\n\nThe bloc imposed sanctions on Myanmar on Monday.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-imposed-sanctions"),
]
# A measure told only as possible: the risk, fear or talk "of" it, one that "could follow" or "is looming", one
# "if imposed".
PROSPECT_CASES = [
    pytest.param("date: 2026-07-03\nRice\n\nGrowers face the risk of tariffs on Vietnamese rice.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="risk-of"),
    pytest.param("date: 2026-07-03\nSerbia\n\nTalk of sanctions on Serbia grew in Brussels.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="talk-of"),
    pytest.param("date: 2026-07-03\nOil\n\nAnalysts warned that sanctions on Libyan oil could follow.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="could-follow"),
    pytest.param("date: 2026-07-03\nSteel\n\nNew Mexican tariffs on Peruvian steel are looming.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("Mexico", "imposes", "*")},
                 id="are-looming"),
    pytest.param("date: 2026-07-03\nRice\n\nTariffs on Vietnamese rice, if imposed, would hurt Thai millers.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="if-imposed"),
    # guards
    pytest.param("date: 2026-07-03\nRice\n\nTariffs on Vietnamese rice, imposed in May, hurt Thai millers.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-imposed-in-may-clause"),
    pytest.param("date: 2026-07-03\nSerbia\n\nSanctions on Serbia followed in May.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-followed"),
]
# "duty-free", "tariff-free", "sanctions-exempt": the measure word tells the measure is not there.
ABSENT_CASES = [
    pytest.param("date: 2026-07-03\nRice\n\nSeoul offered tariff-free quotas for Laotian rice.",
                 set(), {("*", "a", "Tariff"), ("*", "a", "Measure"), ("South Korea", "proposes", "*")},
                 id="tariff-free-quotas"),
    pytest.param("date: 2026-07-03\nTea\n\nThe new rules give Rwandan coffee duty free entry into Kenya.",
                 set(), {("*", "a", "Tariff"), ("*", "status", "*")}, id="duty-free-entry"),
    pytest.param("date: 2026-07-03\nFruit\n\nMorocco granted duty-free access to Tunisian dates.",
                 set(), {("*", "a", "Tariff")}, id="duty-free-access"),
    pytest.param("date: 2026-07-03\nOil\n\nIndia kept buying sanctions-exempt crude from Kazakhstan.",
                 set(), {("*", "a", "Sanction")}, id="sanctions-exempt"),
    # guards
    pytest.param("date: 2026-07-03\nRice\n\nSeoul imposed quotas on Laotian rice in May.",
                 {("South Korea", "imposes", "*"), ("*", "a", "Measure")}, set(), id="keep-quotas"),
    pytest.param("date: 2026-07-03\nFruit\n\nMorocco imposed duties on Tunisian dates.",
                 {("Morocco", "imposes", "*"), ("*", "a", "Tariff")}, set(), id="keep-duties"),
]
# A measure word and a non-measure noun both modifying the same head ("export control cooperation memorandum"): no
# measure either.
MODIFIER_SPAN_CASES = [
    pytest.param("date: 2026-07-03\nChips\n\nThe two ministries signed an export control cooperation memorandum.",
                 set(), {("*", "a", "ExportControl"), ("*", "appliesTo", "*")}, id="export-control-cooperation-memorandum"),
    pytest.param("date: 2026-07-03\nChips\n\nThe firm set up an export control compliance programme.",
                 set(), {("*", "a", "ExportControl"), ("*", "appliesTo", "*")}, id="export-control-compliance-programme"),
    pytest.param("date: 2026-07-03\nChips\n\nManila hosted an export control training course for Thai officials.",
                 set(), {("*", "a", "ExportControl"), ("*", "appliesTo", "*")}, id="export-control-training-course"),
    # guard
    pytest.param("date: 2026-07-03\nMetals\n\nBeijing announced export control measures on germanium.",
                 {("China", "imposes", "*"), ("*", "a", "ExportControl")}, set(), id="keep-export-control-measures"),
]
# A measure eyed or toyed with is considered, not taken.
EYED_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nChile eyes tariffs on Brazilian steel.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="eyes"),
    pytest.param("date: 2026-07-03\nWatches\n\nWashington is toying with tariffs on Swiss chocolate.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="toying-with"),
    pytest.param("date: 2026-07-03\nDairy\n\nOttawa has been flirting with duties on Dutch cheese.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="flirting-with"),
    # guard
    pytest.param("date: 2026-07-03\nSteel\n\nChile imposed tariffs on Brazilian steel with an eye to Argentina.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-with-an-eye-to"),
]
# A measure wanted, pushed or called for is not taken; one demanded of another ("demanded that X lift its tariffs")
# is only asked for: lifting it leaves it in force, imposing it makes no one its proposer.
DESIRED_CASES = [
    pytest.param("date: 2026-07-03\nGas\n\nEstonia wants sanctions on Russian fertiliser.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="wants"),
    pytest.param("date: 2026-07-03\nPotash\n\nLatvia is pushing for sanctions on Belarusian timber.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="pushing-for"),
    pytest.param("date: 2026-07-03\nBeef\n\nRanchers called for tariffs on Uruguayan beef.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="called-for"),
    pytest.param("date: 2026-07-03\nSteel\n\nMill owners lobbied for duties on Turkish rebar.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="lobbied-for"),
    pytest.param("date: 2026-07-03\nLumber\n\nOttawa demanded that Washington lift its tariffs on Canadian paper.",
                 {("United States", "imposes", "*"), ("*", "status", "in force")}, {("*", "status", "lifted")},
                 id="demanded-that-lift"),
    pytest.param("date: 2026-07-03\nSteel\n\nKyiv demanded that Brussels impose sanctions on Russian nickel.",
                 {("*", "status", "proposed")}, {("European Union", "proposes", "*"), ("*", "status", "in force")},
                 id="demanded-that-impose"),
    # guards
    pytest.param("date: 2026-07-03\nLumber\n\nOttawa said that Washington imposed tariffs on Canadian paper.",
                 {("United States", "imposes", "*"), ("*", "status", "in force")}, set(), id="keep-said-that-imposed"),
    pytest.param("date: 2026-07-03\nGas\n\nEstonia imposed sanctions on Russian fertiliser makers.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-imposed-sanctions-estonia"),
]

ALL_CASES = READINESS_CASES + MODIFIER_CASES + ONE_STATUS_CASES + ABILITY_CASES + HEAD_STATUS_CASES + TABLE_CASES + READINESS_NOUN_CASES + PREPARING_CASES + PROSPECT_CASES + ABSENT_CASES + MODIFIER_SPAN_CASES + EYED_CASES + DESIRED_CASES



@pytest.mark.parametrize("text, present, absent", ALL_CASES)
def test_extraction(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)
