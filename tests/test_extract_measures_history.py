"""False measure facts seen on real news (statuses told later or told as history, imposers who are the targets):
(text, present, absent) tables. Every text is invented; each table holds several phrasings of one pattern.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like



def _check(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


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


# A measure an order, a law or a bill authorizes or permits is only made possible: not in force, and not imposed by
# whoever issues or passes the text.
AUTHORIZED_CASES = [
    pytest.param("date: 2026-07-03\nIran\n\nThe Treasury issued rules to implement an executive order authorizing new "
                 "sanctions on Iran.", {("*", "status", "proposed")},
                 {("*", "status", "in force"), ("*", "status", "announced"), ("Treasury", "imposes", "*"),
                  ("Treasury", "proposes", "*")},
                 id="rules-implement-order-authorizing"),
    pytest.param("date: 2026-07-03\nVenezuela\n\nCongress passed a law that authorizes sanctions on Venezuelan officials.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("Congress", "imposes", "*")},
                 id="law-that-authorizes"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe bill permits tariffs on Chinese steel, officials said.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="bill-permits"),
    pytest.param("date: 2026-07-03\nChips\n\nThe White House signed an order allowing export controls on chip tools.",
                 {("*", "status", "proposed")}, {("*", "status", "announced"), ("White House", "imposes", "*")},
                 id="signed-order-allowing"),
    pytest.param("date: 2026-07-03\nSyria\n\nThe ministry published rules implementing a decree authorizing sanctions "
                 "on Syrian officials.", {("*", "status", "proposed")}, {("*", "status", "announced")},
                 id="rules-implementing-decree-authorizing"),
    # guards: a measure taken that then allows something; implementing sanctions is taking them
    pytest.param("date: 2026-07-03\nIran\n\nThe EU imposed sanctions on Iran, which allowed banks to freeze assets.",
                 {("European Union", "imposes", "*"), ("*", "status", "in force")}, set(), id="keep-imposed-allowing"),
    pytest.param("date: 2026-07-03\nIran\n\nCanada adopted regulations to implement sanctions on Iran.",
                 {("Canada", "imposes", "*"), ("*", "status", "in force")}, set(), id="keep-implement-sanctions"),
]


@pytest.mark.parametrize("text, present, absent", AUTHORIZED_CASES)
def test_authorized(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A verb of taking a measure after "or", "and", "to" or a modal, parsed as a noun before the measure word ("modify the
# tariffs or enact quotas"), is not the goods the measure covers.
VERB_AS_GOODS_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nOfficials said there is room to adjust the duties or enact quotas.",
                 set(), {("*", "appliesTo", "enact"), ("enact", "a", "Goods")}, id="room-to-adjust-or-enact-quotas"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe minister said there is flexibility to change the levies or enact quotas.",
                 set(), {("*", "appliesTo", "enact"), ("*", "status", "in force")}, id="flexibility-or-enact-quotas"),
    pytest.param("date: 2026-07-03\nCars\n\nMacron said there was flexibility to modify the duties or enact curbs.",
                 set(), {("*", "appliesTo", "enact"), ("enact", "a", "Goods")}, id="modify-or-enact-curbs"),
    # guards: goods before a measure word; a measure enacted is in force
    pytest.param("date: 2026-07-03\nSteel\n\nCanada will keep its steel quotas and lumber tariffs.",
                 {("*", "appliesTo", "steel"), ("*", "appliesTo", "lumber")}, set(), id="keep-steel-quotas"),
    pytest.param("date: 2026-07-03\nSteel\n\nCongress enacted tariffs on Chinese steel.",
                 {("Congress", "imposes", "*"), ("*", "status", "in force"), ("*", "appliesTo", "steel")}, set(),
                 id="keep-enacted-tariffs"),
]


@pytest.mark.parametrize("text, present, absent", VERB_AS_GOODS_CASES)
def test_verb_as_goods(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A measure told as lifted, then told ("the ban") as imposed in the past, is one measure, lifted: the history of how it
# came about is not a second one in force.
HISTORY_NEXT_CASES = [
    pytest.param("date: 2026-07-03\nRice\n\nIndia has lifted a ban on rice exports. The ban on rice exports was imposed "
                 "in 2008 to curb prices.", {("India", "imposes", "*"), ("*", "status", "lifted")},
                 {("*", "status", "in force")}, id="lifted-then-was-imposed-in"),
    pytest.param("date: 2026-07-03\nMaize\n\nKenya lifted its ban on maize imports. The ban on maize imports was imposed "
                 "in 2021 after a drought.", {("*", "status", "lifted")}, {("*", "status", "in force")},
                 id="lifted-then-was-imposed-after"),
    pytest.param("date: 2026-07-03\nRice\n\nGhana scrapped its tariffs on rice last week. The tariffs on rice were "
                 "introduced in 2019 to protect farmers.", {("*", "status", "lifted")}, {("*", "status", "in force")},
                 id="scrapped-then-were-introduced"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru has ended its tariffs on Chilean wine. The tariffs on Chilean wine were "
                 "imposed in 2017 amid a dispute.", {("Peru", "imposes", "*"), ("*", "status", "lifted")},
                 {("*", "status", "in force")}, id="ended-then-were-imposed-amid"),
    pytest.param("date: 2026-07-03\nSalmon\n\nChile lifted the ban on salmon exports. Santiago imposed the ban on salmon "
                 "exports in 2016.", {("*", "status", "lifted")}, {("*", "status", "in force")},
                 id="keep-lifted-then-imposed-the-ban-in"),
    # the lifted one told with no goods
    pytest.param("date: 2026-07-03\nCashews\n\nVietnam has lifted a ban imposed in March on exports of cashews. The ban "
                 "on cashew exports was imposed to curb prices.", {("*", "status", "lifted")},
                 {("*", "status", "in force")}, id="lifted-ban-no-goods-then-imposed"),
    pytest.param("date: 2026-07-03\nMaize\n\nKenya lifted the ban on Monday. The ban on maize imports was imposed in "
                 "2021.", {("*", "status", "lifted")}, {("*", "status", "in force")}, id="lifted-the-ban-then-imposed"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru scrapped the tariffs last week. The tariffs on Chilean wine were "
                 "introduced in 2017.", {("*", "status", "lifted")}, {("*", "status", "in force")},
                 id="scrapped-the-tariffs-then-introduced"),
    # guards: put back, or another measure
    pytest.param("date: 2026-07-03\nMaize\n\nKenya lifted its ban on wheat imports. The ban on maize imports was "
                 "imposed in 2021.", {("*", "status", "in force"), ("*", "status", "lifted")}, set(),
                 id="keep-other-goods-ban-in-force"),
    pytest.param("date: 2026-07-03\nRice\n\nIndia has lifted a ban on rice exports. The ban on rice exports was "
                 "reimposed in May.", {("*", "status", "in force")}, set(), id="keep-reimposed"),
    pytest.param("date: 2026-07-03\nRice\n\nIndia has lifted a ban on rice exports. The ban on sugar exports was "
                 "imposed in 2008.", {("*", "status", "in force"), ("*", "status", "lifted")}, set(),
                 id="keep-other-goods-in-force"),
]


@pytest.mark.parametrize("text, present, absent", HISTORY_NEXT_CASES)
def test_history_next(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A measure told as imposed, then in the same sentence as lifted or reversed ("but this was reversed last year") by a
# passive with a pronoun, is lifted.
LIFTED_PASSIVE_AFTER_CASES = [
    pytest.param("date: 2026-07-03\nRice\n\nThe country first imposed a ban on rice exports in 2008, said it needed the "
                 "rice at home, but this was reversed last year.", {("*", "status", "lifted")},
                 {("*", "status", "in force")}, id="but-this-was-reversed"),
    pytest.param("date: 2026-07-03\nSugar\n\nEgypt imposed a ban on sugar exports in 2012, but it was lifted in 2015.",
                 {("Egypt", "imposes", "*"), ("*", "status", "lifted")}, {("*", "status", "in force")},
                 id="but-it-was-lifted"),
    pytest.param("date: 2026-07-03\nSteel\n\nIndonesia slapped a tariff on Chinese steel in 2019 and this was scrapped "
                 "two years later.", {("*", "status", "lifted")}, {("*", "status", "in force")},
                 id="and-this-was-scrapped"),
    # guards: not lifted, or only possibly
    pytest.param("date: 2026-07-03\nSugar\n\nEgypt imposed a ban on sugar exports in 2012, but it was not lifted.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-it-was-not-lifted"),
    pytest.param("date: 2026-07-03\nSugar\n\nEgypt imposed a ban on sugar exports in 2012, but it could be lifted.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-it-could-be-lifted"),
]


@pytest.mark.parametrize("text, present, absent", LIFTED_PASSIVE_AFTER_CASES)
def test_lifted_passive_after(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# Who wants (or moves) to lift sanctions on what it owns, or sanctions the article told it as the target of, is their
# target: not the one who imposed them.
TARGET_LIFTING_CASES = [
    pytest.param("date: 2026-07-03\nFood\n\nThe Russian Federation would like to lift sanctions against its food "
                 "sector.", {("*", "targets", "Russia")}, {("Russia", "imposes", "*"), ("Russia", "proposes", "*")},
                 id="would-like-to-lift-against-its"),
    pytest.param("date: 2026-07-03\nOil\n\nIran wants to lift sanctions on its oil exports.",
                 {("*", "targets", "Iran")}, {("Iran", "imposes", "*"), ("Iran", "proposes", "*")},
                 id="wants-to-lift-on-its"),
    pytest.param("date: 2026-07-03\nBanks\n\nThe EU imposed sanctions on Russia in 2014. Moscow hopes to lift the "
                 "sanctions against the banks and shipping firms.", {("European Union", "imposes", "*")},
                 {("Russia", "imposes", "*"), ("Russia", "proposes", "*")}, id="target-told-before-hopes-to-lift"),
    pytest.param("date: 2026-07-03\nOil\n\nWashington imposed sanctions on Iran last year. Tehran wants to lift the "
                 "sanctions on oil sales and shipping.", {("United States", "imposes", "*")},
                 {("Iran", "imposes", "*"), ("Iran", "proposes", "*")}, id="target-told-before-wants-to-lift"),
    # guards: the imposer lifts its own sanctions, on others or on whom it is allied with
    pytest.param("date: 2026-07-03\nSyria\n\nThe EU imposed sanctions on Russia. The EU lifted sanctions on Syria.",
                 {("European Union", "imposes", "*"), ("*", "status", "lifted")}, set(), id="keep-imposer-lifts"),
    pytest.param("date: 2026-07-03\nFirms\n\nThe EU imposed sanctions on Russia. Russia lifted sanctions on Turkish "
                 "firms.", {("Russia", "imposes", "*")}, set(), id="keep-sanctioned-lifts-own-on-others"),
    pytest.param("date: 2026-07-03\nAllies\n\nThe United States lifted sanctions on its allies.",
                 {("United States", "imposes", "*")}, set(), id="keep-lifted-on-its-allies"),
]


@pytest.mark.parametrize("text, present, absent", TARGET_LIFTING_CASES)
def test_target_lifting(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A measure put back ("restored", "reinstated", "reintroduced") is in force, and imposed by who put it back, even when a
# clause on it tells of its earlier lifting.
RESTORED_CASES = [
    pytest.param("date: 2026-07-03\nWheat\n\nIndia on Tuesday restored the wheat export ban that was lifted earlier this "
                 "month.", {("India", "imposes", "*"), ("*", "status", "in force")}, {("*", "status", "lifted")},
                 id="restored-ban-that-was-lifted"),
    pytest.param("date: 2026-07-03\nSteel\n\nPeru reinstated the tariffs on steel that it had scrapped in May.",
                 {("Peru", "imposes", "*"), ("*", "status", "in force")}, {("*", "status", "lifted")},
                 id="reinstated-tariffs-it-had-scrapped"),
    pytest.param("date: 2026-07-03\nRice\n\nGhana reintroduced the duties on rice that were scrapped in 2020.",
                 {("Ghana", "imposes", "*"), ("*", "status", "in force")}, {("*", "status", "lifted")},
                 id="reintroduced-duties-that-were-scrapped"),
    pytest.param("date: 2026-07-03\nIran\n\nJapan restored its sanctions on Iran on Friday.",
                 {("Japan", "imposes", "*"), ("*", "status", "in force")}, set(), id="restored-sanctions"),
    # guards: lifted and not put back; a restoring only possible
    pytest.param("date: 2026-07-03\nWheat\n\nIndia kept the wheat export ban that was lifted earlier this month.",
                 {("*", "status", "lifted")}, set(), id="keep-kept-ban-that-was-lifted"),
    pytest.param("date: 2026-07-03\nMaize\n\nKenya may reimpose the ban on maize imports which was lifted last year.",
                 set(), {("*", "status", "in force")}, id="keep-may-reimpose"),
]


@pytest.mark.parametrize("text, present, absent", RESTORED_CASES)
def test_restored(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A noun before a measure word telling when it was taken ("Trump-era tariffs") is not goods it covers.
ERA_CASES = [
    pytest.param("date: 2026-07-03\nIran\n\nThe EU eased Trump-era restrictions on Iran.", set(),
                 {("*", "appliesTo", "era"), ("era", "a", "Goods")}, id="trump-era-restrictions"),
    pytest.param("date: 2026-07-03\nGoods\n\nBiden kept the Trump-era tariffs on Chinese goods.",
                 {("*", "appliesTo", "Chinese goods")}, {("*", "appliesTo", "era")}, id="kept-trump-era-tariffs"),
    pytest.param("date: 2026-07-03\nMasks\n\nBeijing lifted its Covid-era export ban on masks.",
                 {("*", "appliesTo", "masks")}, {("*", "appliesTo", "Covid-era")}, id="covid-era-export-ban"),
    pytest.param("date: 2026-07-03\nMasks\n\nCanada dropped its pandemic-period tariffs on masks.",
                 {("*", "appliesTo", "masks")}, {("*", "appliesTo", "pandemic-period")}, id="pandemic-period-tariffs"),
    pytest.param("date: 2026-07-03\nChips\n\nThe Commerce Department kept Biden-era export controls on chips.",
                 {("*", "appliesTo", "chips")}, {("*", "appliesTo", "era")}, id="biden-era-export-controls"),
    # guard: goods named before the measure word
    pytest.param("date: 2026-07-03\nLumber\n\nCanada kept its lumber tariffs.", {("*", "appliesTo", "lumber")}, set(),
                 id="keep-lumber-tariffs"),
]


@pytest.mark.parametrize("text, present, absent", ERA_CASES)
def test_era(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# Room, flexibility, freedom or discretion to impose a measure is not imposing it (as "the power to").
LEEWAY_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nMexico has room to raise tariffs or impose quotas on Chinese steel.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("Mexico", "imposes", "*")},
                 id="room-to-raise-or-impose"),
    pytest.param("date: 2026-07-03\nEthanol\n\nBrazil has flexibility to impose duties on US ethanol.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("Brazil", "imposes", "*")},
                 id="flexibility-to-impose"),
    pytest.param("date: 2026-07-03\nRice\n\nThe treaty gives Japan the freedom to impose tariffs on Thai rice.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="freedom-to-impose"),
    pytest.param("date: 2026-07-03\nBanks\n\nCanada has the discretion to impose sanctions on Russian banks.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("Canada", "imposes", "*")},
                 id="discretion-to-impose"),
    # guard: the discretion used
    pytest.param("date: 2026-07-03\nSugar\n\nKenya used its discretion to impose tariffs on sugar.",
                 {("Kenya", "imposes", "*"), ("*", "status", "in force")}, set(), id="keep-used-discretion"),
]


@pytest.mark.parametrize("text, present, absent", LEEWAY_CASES)
def test_leeway(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A measure a rejected resolution, bill or motion would have taken is proposed only (one it would have lifted stays in
# force).
REJECTED_TEXT_CASES = [
    pytest.param("date: 2026-07-03\nSudan\n\nThe UN Security Council rejected a resolution on imposing an arms embargo "
                 "on South Sudan.", {("*", "status", "proposed")}, {("*", "status", "in force")},
                 id="rejected-resolution-on-imposing"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe Senate rejected a bill imposing tariffs on Chinese steel.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="rejected-bill-imposing"),
    pytest.param("date: 2026-07-03\nSteel\n\nA bill imposing tariffs on Chinese steel was rejected by the Senate.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="bill-imposing-was-rejected"),
    pytest.param("date: 2026-07-03\nCuba\n\nLawmakers defeated a motion to lift sanctions on Cuba.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="keep-defeated-motion-to-lift"),
    # guards: adopted, or not rejected
    pytest.param("date: 2026-07-03\nLibya\n\nThe council adopted a resolution imposing an arms embargo on Libya.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-adopted-resolution"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe Senate did not reject the bill imposing tariffs on Chinese steel.",
                 {("*", "status", "in force")}, set(), id="keep-did-not-reject"),
]


@pytest.mark.parametrize("text, present, absent", REJECTED_TEXT_CASES)
def test_rejected_text(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# "went on to impose" is imposing: then done, not what one went for.
WENT_ON_CASES = [
    pytest.param("date: 2026-07-03\nCars\n\nDays later Beijing went on to impose additional tariffs on American cars.",
                 {("China", "imposes", "*"), ("*", "status", "in force")}, {("*", "status", "proposed")},
                 id="days-later-went-on-to-impose"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada later went on to impose duties on US steel.",
                 {("Canada", "imposes", "*"), ("*", "status", "in force")}, {("*", "status", "proposed")},
                 id="later-went-on-to-impose"),
    pytest.param("date: 2026-07-03\nChips\n\nJapan went on to tighten export controls on chip tools in May.",
                 {("Japan", "imposes", "*"), ("*", "status", "in force")}, {("*", "status", "proposed")},
                 id="went-on-to-tighten"),
    # guard: what one goes for
    pytest.param("date: 2026-07-03\nSteel\n\nCanada will go to the WTO to impose duties on US steel.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="keep-go-to-impose"),
]


@pytest.mark.parametrize("text, present, absent", WENT_ON_CASES)
def test_went_on(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A freeze or moratorium on measures is no measure, and the measures frozen are none taken.
FREEZE_ON_MEASURES_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nThe EU agreed a moratorium on new tariffs on US steel.",
                 set(), {("*", "status", "in force"), ("*", "a", "Tariff")}, id="moratorium-on-new-tariffs"),
    pytest.param("date: 2026-07-03\nChips\n\nJapan announced a standstill on new export controls on chip tools.",
                 set(), {("Japan", "imposes", "*"), ("*", "status", "announced")}, id="standstill-on-new-controls"),
    pytest.param("date: 2026-07-03\nVenezuela\n\nBrazil declared a freeze on new sanctions against Venezuela.",
                 set(), {("Brazil", "imposes", "*"), ("*", "a", "Sanction")}, id="freeze-on-new-sanctions"),
    pytest.param("date: 2026-07-03\nIran\n\nThe EU announced a freeze on further sanctions against Iran.",
                 set(), {("European Union", "imposes", "*"), ("*", "a", "Sanction")}, id="freeze-on-further-sanctions"),
    pytest.param("date: 2026-07-03\nGoods\n\nCanada agreed to a freeze on new duties on US goods.",
                 set(), {("*", "status", "in force"), ("*", "a", "Tariff")}, id="agreed-to-freeze-on-new-duties"),
    # guards: a freeze on assets or on banks is a sanction
    pytest.param("date: 2026-07-03\nBanks\n\nThe EU imposed an asset freeze on Russian banks.",
                 {("European Union", "imposes", "*"), ("*", "status", "in force")}, set(), id="keep-asset-freeze"),
    pytest.param("date: 2026-07-03\nAssets\n\nWashington announced a freeze on the assets of Iranian officials.",
                 {("United States", "imposes", "*")}, set(), id="keep-freeze-on-assets"),
]


@pytest.mark.parametrize("text, present, absent", FREEZE_ON_MEASURES_CASES)
def test_freeze_on_measures(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# "customs" or "excise" before a duty tells what tax it is, not goods it covers.
CUSTOMS_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nEgypt imposed customs duties on Turkish steel.",
                 {("*", "appliesTo", "steel")}, {("*", "appliesTo", "customs"), ("customs", "a", "Goods")},
                 id="customs-duties-on-steel"),
    pytest.param("date: 2026-07-03\nGold\n\nIndia cut customs duties on gold.",
                 {("*", "appliesTo", "gold")}, {("*", "appliesTo", "customs")}, id="cut-customs-duties"),
    pytest.param("date: 2026-07-03\nRice\n\nGhana slapped customs tariffs on rice.",
                 {("*", "appliesTo", "rice")}, {("*", "appliesTo", "customs")}, id="customs-tariffs"),
    pytest.param("date: 2026-07-03\nTobacco\n\nPeru raised excise duties on tobacco.",
                 {("*", "appliesTo", "tobacco")}, {("*", "appliesTo", "excise")}, id="excise-duties"),
    # guard: goods before the duty word
    pytest.param("date: 2026-07-03\nSteel\n\nChile imposed steel duties.", {("*", "appliesTo", "steel")}, set(),
                 id="keep-steel-duties"),
]


@pytest.mark.parametrize("text, present, absent", CUSTOMS_CASES)
def test_customs(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A ban on an activity (trading, transactions, financing) covers no goods.
ACTIVITY_CASES = [
    pytest.param("date: 2026-07-03\nBonds\n\nThe ban on trading in the primary bond market remains in place, the "
                 "Treasury said.", set(), {("*", "appliesTo", "trading"), ("trading", "a", "Goods")},
                 id="ban-on-trading"),
    pytest.param("date: 2026-07-03\nBanks\n\nThe EU kept its ban on transactions with the central bank.",
                 {("European Union", "imposes", "*")}, {("*", "appliesTo", "transactions")}, id="ban-on-transactions"),
    pytest.param("date: 2026-07-03\nCoal\n\nJapan imposed a ban on financing of coal plants.",
                 {("Japan", "imposes", "*")}, {("*", "appliesTo", "financing")}, id="ban-on-financing"),
    # guard: a ban on goods
    pytest.param("date: 2026-07-03\nWheat\n\nIndia imposed a ban on wheat exports.", {("*", "appliesTo", "wheat")},
                 set(), id="keep-ban-on-wheat-exports"),
]


@pytest.mark.parametrize("text, present, absent", ACTIVITY_CASES)
def test_activity(nlp, text, present, absent):
    _check(nlp, text, present, absent)
