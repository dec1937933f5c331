"""False measure facts seen running kg on news (kinds, owners of proposals, rates, snapbacks, moratoriums):
(text, present, absent) tables. Every text is invented; each table holds several phrasings of one pattern, and guard
rows for the true cases.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts_like



def _check(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


# A ban or curb on the exports of goods is an export control, as an "export ban" on them is.
EXPORT_ON_CASES = [
    pytest.param("date: 2026-07-03\nNuts\n\nIndia imposed a ban on cashew exports.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "cashew")}, {("*", "a", "Measure")},
                 id="ban-on-cashew-exports"),
    pytest.param("date: 2026-07-03\nOnions\n\nEgypt lifted its ban on onion exports on Monday.",
                 {("*", "a", "ExportControl"), ("*", "status", "lifted")}, {("*", "a", "Measure")},
                 id="lifted-ban-on-onion-exports"),
    pytest.param("date: 2026-07-03\nCopper\n\nZambia announced a ban on exports of raw copper.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "raw copper")}, {("*", "a", "Measure")},
                 id="ban-on-exports-of"),
    pytest.param("date: 2026-07-03\nFertiliser\n\nMinsk introduced curbs on fertiliser exports last week.",
                 {("*", "a", "ExportControl")}, {("*", "a", "Measure")}, id="curbs-on-fertiliser-exports"),
    # guards: an export ban stays one; a ban on imports is no export control
    pytest.param("date: 2026-07-03\nNuts\n\nIndia imposed an export ban on cashews.",
                 {("*", "a", "ExportControl"), ("*", "appliesTo", "cashews")}, set(), id="keep-export-ban"),
    pytest.param("date: 2026-07-03\nBeef\n\nChina imposed a ban on beef imports from Brazil.",
                 {("*", "a", "Measure")}, {("*", "a", "ExportControl")}, id="keep-import-ban"),
]


@pytest.mark.parametrize("text, present, absent", EXPORT_ON_CASES)
def test_export_on(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# Who proposes, calls for or requests that a measure be lifted is not said to have imposed it (often its target).
ASKED_LIFTING_CASES = [
    pytest.param("date: 2026-07-03\nLibya\n\nLibya's proposal to lift the arms embargo was rejected by the council.",
                 set(), {("Libya", "imposes", "*")}, id="proposal-to-lift"),
    pytest.param("date: 2026-07-03\nIran\n\nIran's request to lift the sanctions was turned down.",
                 set(), {("Iran", "imposes", "*")}, id="request-to-lift"),
    pytest.param("date: 2026-07-03\nOil\n\nCaracas renewed its call to scrap the oil sanctions.",
                 set(), {("Venezuela", "imposes", "*")}, id="its-call-to-scrap"),
    pytest.param("date: 2026-07-03\nLibya\n\nLibya's request for the lifting of the arms embargo failed.",
                 set(), {("Libya", "imposes", "*")}, id="request-for-the-lifting"),
    # guards: a decision to lift a measure is its imposer's; a proposal to impose one is its proposer's
    pytest.param("date: 2026-07-03\nWine\n\nRussia's decision to lift its ban on Georgian wine surprised many.",
                 {("Russia", "imposes", "*"), ("*", "status", "lifted")}, set(), id="keep-decision-to-lift"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe EU's proposal to impose tariffs on Chinese steel was welcomed.",
                 {("European Union", "proposes", "*")}, set(), id="keep-proposal-to-impose"),
]


@pytest.mark.parametrize("text, present, absent", ASKED_LIFTING_CASES)
def test_asked_lifting(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A measure that a snapback, reinstatement or reimposition only to come would bring back is not in force.
RETURN_CASES = [
    pytest.param("date: 2026-07-03\nIran\n\nThe United States said on Tuesday it would trigger a snapback of all UN "
                 "sanctions on Iran.", {("*", "targets", "Iran")}, {("*", "status", "in force")}, id="would-trigger-snapback"),
    pytest.param("date: 2026-07-03\nIran\n\nBritain will trigger the snapback of UN sanctions on Iran next week.",
                 {("*", "targets", "Iran")}, {("*", "status", "in force")}, id="will-trigger-snapback"),
    pytest.param("date: 2026-07-03\nBikes\n\nThe EU said it would push for the reimposition of tariffs on US "
                 "motorcycles.", {("*", "appliesTo", "motorcycles")}, {("*", "status", "in force")},
                 id="push-for-reimposition"),
    pytest.param("date: 2026-07-03\nIran\n\nParis said the snapback of UN sanctions on Iran would follow.",
                 {("*", "targets", "Iran")}, {("*", "status", "in force")}, id="snapback-would-follow"),
    # guards: sanctions told back are in force
    pytest.param("date: 2026-07-03\nIran\n\nThe UN sanctions on Iran returned on Sunday after the snapback.",
                 {("*", "status", "in force")}, set(), id="keep-returned"),
    pytest.param("date: 2026-07-03\nIran\n\nWashington reimposed sanctions on Iran's oil sector on Monday.",
                 {("*", "status", "in force")}, set(), id="keep-reimposed"),
]


@pytest.mark.parametrize("text, present, absent", RETURN_CASES)
def test_return(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A moratorium or freeze on a measure is none taken, also when the parser hangs its "on" on the verb.
FREEZE_ON_VERB_CASES = [
    pytest.param("date: 2026-07-03\nData\n\nWTO members extended the moratorium on customs duties on electronic "
                 "transmissions.", set(), {("*", "imposes", "*"), ("*", "status", "in force")}, id="extended-moratorium"),
    pytest.param("date: 2026-07-03\nMusic\n\nMinisters renewed the moratorium on tariffs on digital downloads for two "
                 "years.", set(), {("*", "status", "in force")}, id="renewed-moratorium"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada imposed a moratorium on duties on Mexican steel.",
                 set(), {("Canada", "imposes", "*"), ("*", "status", "in force")}, id="imposed-moratorium"),
    pytest.param("date: 2026-07-03\nApps\n\nMembers agreed to keep the moratorium on duties on software downloads "
                 "until 2028.", set(), {("*", "status", "in force")}, id="keep-the-moratorium"),
    # guards: the freeze's "on" parsed as the freeze's; extended duties are in force
    pytest.param("date: 2026-07-03\nWheat\n\nBrazil extended the freeze on import duties on Argentine wheat.",
                 set(), {("Brazil", "imposes", "*"), ("*", "status", "in force")}, id="keep-freeze-on-noun"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada extended the duties on Mexican steel.",
                 {("Canada", "imposes", "*"), ("*", "status", "in force")}, set(), id="keep-extended-duties"),
]


@pytest.mark.parametrize("text, present, absent", FREEZE_ON_VERB_CASES)
def test_freeze_on_verb(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# "China-made goods", "Mexican-built cars": the place the goods are made in is whom the measure is aimed at, so the
# mention is its own measure and its rate goes to it, not to another the article tells (no bare "goods" node).
MADE_IN_CASES = [
    pytest.param("date: 2026-07-03\nTariffs\n\nPresident Donald Trump has suspended reciprocal tariffs for 90 days, "
                 "except those on China. Trump had previously announced he was raising the US tariff on China-made "
                 "goods to 125%.", {("US tariff", "ratePercent", "125"), ("US tariff", "targets", "China")},
                 {("reciprocal tariffs", "ratePercent", "*"), ("*", "appliesTo", "goods")}, id="china-made-goods-rate"),
    pytest.param("date: 2026-07-03\nCars\n\nCanada imposed duties on Japanese-made cars.",
                 {("*", "targets", "Japan"), ("*", "appliesTo", "cars")}, set(), id="japanese-made-cars"),
    pytest.param("date: 2026-07-03\nSolar\n\nThe US imposed tariffs on Vietnam-made solar panels.",
                 {("*", "targets", "Vietnam"), ("*", "appliesTo", "solar panels")}, set(), id="vietnam-made-panels"),
    pytest.param("date: 2026-07-03\nTrucks\n\nOttawa slapped a 25% tariff on US-built trucks.",
                 {("*", "targets", "United States"), ("*", "appliesTo", "trucks")}, set(), id="us-built-trucks"),
    # guard: an owner adjective still names the goods' origin
    pytest.param("date: 2026-07-03\nCars\n\nCanada imposed duties on Japanese cars.",
                 {("*", "targets", "Japan"), ("*", "appliesTo", "cars")}, set(), id="keep-japanese-cars"),
]
# A rate told of a measure not lifted is not of the measure the article told lifted, that the mention joined for
# naming the same goods and targets: the two cannot be one, and which one the rate is of is unclear.
RATE_NOT_ON_LIFTED_CASES = [
    pytest.param("date: 2026-07-03\nWine\n\nBeijing removed its duties on Australian wine. Officials later said they "
                 "were raising the Chinese duties on Australian wine to 200%.", {("*", "status", "lifted")},
                 {("*", "ratePercent", "*")}, id="removed-then-raising"),
    pytest.param("date: 2026-07-03\nNuts\n\nIndia scrapped its tariffs on US almonds. Modi later said he was raising "
                 "the Indian tariffs on US almonds to 30%.", {("*", "status", "lifted")}, {("*", "ratePercent", "*")},
                 id="scrapped-then-raising"),
    pytest.param("date: 2026-07-03\nWhiskey\n\nBrussels suspended its levies on US whiskey. The commission then "
                 "announced it was raising the EU levies on US whiskey to 50%.", {("*", "status", "lifted")},
                 {("*", "ratePercent", "*")}, id="suspended-then-raising"),
    # guards: a rate told with the lifting is of the lifted measure; one raised after imposing stays
    pytest.param("date: 2026-07-03\nOnions\n\nDelhi lifted its 40% duty on onions.",
                 {("*", "ratePercent", "40"), ("*", "status", "lifted")}, set(), id="keep-lifted-rate"),
    pytest.param("date: 2026-07-03\nTrucks\n\nOttawa imposed a tariff on US trucks. It raised the tariff on US trucks "
                 "to 40% in May.", {("*", "ratePercent", "40")}, set(), id="keep-raised-after-imposed"),
]


@pytest.mark.parametrize("text, present, absent", MADE_IN_CASES + RATE_NOT_ON_LIFTED_CASES)
def test_made_in_and_rates(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# The words of a rate told before a measure word ("25 per cent import duties") name no goods.
RATE_WORDS_CASES = [
    pytest.param("date: 2026-07-03\nDuties\n\nChina will impose 25 per cent import duties on US goods.",
                 {("*", "ratePercent", "25")}, {("*", "appliesTo", "cent"), ("cent", "a", "Goods")}, id="per-cent-import"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada imposed 10 percent import tariffs on American steel.",
                 {("*", "appliesTo", "steel")}, {("*", "appliesTo", "percent")}, id="percent-import"),
    pytest.param("date: 2026-07-03\nDuties\n\nBrazil imposed 12 per cent import duties.",
                 {("*", "ratePercent", "12")}, {("*", "appliesTo", "*")}, id="per-cent-no-goods"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada imposed 10 percent steel tariffs on the US.",
                 {("*", "appliesTo", "steel"), ("*", "ratePercent", "10")}, {("*", "appliesTo", "percent steel")},
                 id="percent-steel"),
    # guard: a rate told after its goods
    pytest.param("date: 2026-07-03\nRice\n\nAnkara announced 40 percent import levies on US rice.",
                 {("*", "appliesTo", "rice")}, {("*", "appliesTo", "percent")}, id="keep-goods-after-on"),
]


@pytest.mark.parametrize("text, present, absent", RATE_WORDS_CASES)
def test_rate_words(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A noun of how much ("the same amount of", "a large quantity of") names no goods: the goods are what it is of.
AMOUNT_CASES = [
    pytest.param("date: 2026-07-03\nTariffs\n\nThe US imposed tariffs on the same amount of Chinese goods.",
                 {("*", "targets", "China")}, {("*", "appliesTo", "same amount")}, id="same-amount-of"),
    pytest.param("date: 2026-07-03\nBarley\n\nBeijing imposed duties on a large quantity of Australian barley.",
                 {("*", "appliesTo", "barley")}, {("*", "appliesTo", "large quantity")}, id="large-quantity-of"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada slapped tariffs on a huge volume of US steel.",
                 {("*", "appliesTo", "steel")}, {("*", "appliesTo", "huge volume")}, id="huge-volume-of"),
    pytest.param("date: 2026-07-03\nBeef\n\nJapan imposed tariffs on the bulk of US beef.",
                 {("*", "appliesTo", "beef")}, {("*", "appliesTo", "bulk")}, id="bulk-of"),
    # guard: goods of their own
    pytest.param("date: 2026-07-03\nBeef\n\nJapan imposed tariffs on US beef.", {("*", "appliesTo", "beef")}, set(),
                 id="keep-plain-goods"),
]


@pytest.mark.parametrize("text, present, absent", AMOUNT_CASES)
def test_amount(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A measure told in the present of a time clause ("after", "once", "when", "before") under a future is to come.
TIME_CLAUSE_CASES = [
    pytest.param("date: 2026-07-03\nCars\n\nChina's duties will take effect after the US imposes tariffs on Chinese "
                 "cars next week.", {("tariffs", "status", "announced")}, {("tariffs", "status", "in force")},
                 id="after-the-us-imposes"),
    pytest.param("date: 2026-07-03\nShoes\n\nBrazil will cut its own levies after Argentina imposes duties on "
                 "Brazilian shoes.", {("duties on Brazilian shoes", "status", "announced")},
                 {("duties on Brazilian shoes", "status", "in force")}, id="after-argentina-imposes"),
    pytest.param("date: 2026-07-03\nGrapes\n\nPeru's quota will lapse before Chile imposes tariffs on Peruvian grapes.",
                 {("tariffs on Peruvian grapes", "status", "announced")},
                 {("tariffs on Peruvian grapes", "status", "in force")}, id="before-chile-imposes"),
    # guards: under a verb of reacting, already to come; told in the past, the measure was taken
    pytest.param("date: 2026-07-03\nChips\n\nSeoul will respond after Tokyo imposes export controls on chip materials.",
                 {("*", "status", "announced")}, {("*", "status", "in force")}, id="keep-respond-after-tokyo-imposes"),
    pytest.param("date: 2026-07-03\nCars\n\nChina imposed its duties after the US imposed tariffs on Chinese cars.",
                 {("tariffs on Chinese cars", "status", "in force")}, set(), id="keep-after-imposed"),
]


@pytest.mark.parametrize("text, present, absent", TIME_CLAUSE_CASES)
def test_time_clause(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# New measures that are only discussed, debated or talked about are proposed at most.
DISCUSSED_NEW_CASES = [
    pytest.param("date: 2026-07-03\nRussia\n\nFurther sanctions against Russia were also discussed.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="further-were-discussed"),
    pytest.param("date: 2026-07-03\nBelarus\n\nEU ministers discussed new sanctions on Belarus on Monday.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="discussed-new"),
    pytest.param("date: 2026-07-03\nSteel\n\nFresh tariffs on Chinese steel were debated in parliament.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="fresh-were-debated"),
    pytest.param("date: 2026-07-03\nCars\n\nThe two leaders talked about additional tariffs on US cars.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="talked-about-additional"),
    # guard: measures there may be discussed too
    pytest.param("date: 2026-07-03\nSteel\n\nThe leaders discussed US tariffs on steel.",
                 {("*", "status", "in force")}, set(), id="keep-discussed-existing"),
]


@pytest.mark.parametrize("text, present, absent", DISCUSSED_NEW_CASES)
def test_discussed_new(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A rule, order, regulation or act (NER often names one as a body) sets a measure out; it does not impose it.
INSTRUMENT_CASES = [
    pytest.param("date: 2026-07-03\nDrones\n\nThe Foreign Trade Regulation on Dual-Use Items restricts the export of "
                 "drones to Russia.", set(), {("Foreign Trade Regulation on Dual-Use Items", "imposes", "*")},
                 id="regulation-restricts"),
    pytest.param("date: 2026-07-03\nChips\n\nAdopted last year, the Executive Order on Chip Security bans sales of "
                 "chips to Chinese firms.", set(), {("Executive Order on Chip Security", "imposes", "*")},
                 id="order-bans"),
    pytest.param("date: 2026-07-03\nChips\n\nConfirmed on Monday, the Interim Final Rule on Chip Security restricts "
                 "the access of Chinese firms to AI chips.", set(), {("Interim Final Rule on Chip Security", "imposes", "*")},
                 id="rule-restricts"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe Executive Order on Steel Security imposes tariffs on Chinese steel.",
                 {("*", "targets", "China")}, {("Executive Order on Steel Security", "imposes", "*")}, id="order-imposes"),
    # guard: a state bans
    pytest.param("date: 2026-07-03\nDrones\n\nCanada banned exports of drones to Russia.",
                 {("Canada", "imposes", "*"), ("*", "appliesTo", "drones")}, set(), id="keep-state-bans"),
]


@pytest.mark.parametrize("text, present, absent", INSTRUMENT_CASES)
def test_instrument(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# A measure told done in a clause of its own ("after the US imposed", "because Washington imposed") keeps that status,
# whatever the clause above tells of another measure.
DONE_IN_CLAUSE_CASES = [
    pytest.param("date: 2026-07-03\nCars\n\nChina will impose duties after the US imposed tariffs on Chinese cars last "
                 "week.", {("tariffs on Chinese cars", "status", "in force")},
                 {("tariffs on Chinese cars", "status", "announced")}, id="will-after-imposed"),
    pytest.param("date: 2026-07-03\nLumber\n\nOttawa will retaliate because Washington imposed duties on Canadian "
                 "lumber.", {("*", "status", "in force")}, {("*", "status", "announced")}, id="will-because-imposed"),
    pytest.param("date: 2026-07-03\nShoes\n\nBrazil could cut its levies after Argentina lifted duties on Brazilian "
                 "shoes.", {("duties on Brazilian shoes", "status", "lifted")},
                 {("duties on Brazilian shoes", "status", "in force")}, id="could-after-lifted"),
    # guard: the present of a time clause under a future is still to come
    pytest.param("date: 2026-07-03\nCars\n\nChina's duties will take effect after the US imposes tariffs on Chinese "
                 "cars.", {("tariffs", "status", "announced")}, {("tariffs", "status", "in force")},
                 id="keep-after-imposes"),
]


@pytest.mark.parametrize("text, present, absent", DONE_IN_CLAUSE_CASES)
def test_done_in_clause(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# Who recommends or advises that a measure be lifted is not said to have imposed it (a body advising its government).
ADVISED_LIFTING_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nThe UK Trade Remedies Authority recommended to revoke import curbs on "
                 "nine steel products.", set(), {("UK Trade Remedies Authority", "imposes", "*")}, id="recommended-to-revoke"),
    pytest.param("date: 2026-07-03\nTyres\n\nThe European Commission recommended lifting the duties on Chinese tyres.",
                 set(), {("European Commission", "imposes", "*"), ("European Union", "imposes", "*")},
                 id="recommended-lifting"),
    pytest.param("date: 2026-07-03\nPipes\n\nThe Australian Anti-Dumping Commission advised scrapping the duties on "
                 "Thai pipes.", set(), {("*", "imposes", "*")}, id="advised-scrapping"),
    # guard: who lifts its duties imposed them
    pytest.param("date: 2026-07-03\nTyres\n\nCanada lifted its duties on Chinese tyres.",
                 {("Canada", "imposes", "*"), ("*", "status", "lifted")}, set(), id="keep-lifted-its"),
]


@pytest.mark.parametrize("text, present, absent", ADVISED_LIFTING_CASES)
def test_advised_lifting(nlp, text, present, absent):
    _check(nlp, text, present, absent)
