"""A measure's status: one a node, the furthest along its course that an article tells; articles telling one measure
at different points of its course give one node per status. (text, present, absent) tables; every text is invented.
"""
from __future__ import annotations

import pytest

from kg.namespace import KG
from test_extract import assert_facts_like, graph_of



# A measure told as proposed, threatened or announced, then in the next sentence as taking effect or being in force
# ("the tariffs", "they"), is in force: not left proposed while the article says it applies.
IN_FORCE_NEXT_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nCanada proposed tariffs on Mexican steel in May. The tariffs took effect "
                 "on Monday.", {("Canada", "imposes", "*"), ("*", "status", "in force")},
                 {("*", "status", "proposed"), ("Canada", "proposes", "*")}, id="proposed-then-took-effect"),
    pytest.param("date: 2026-07-03\nWine\n\nChile threatened levies on Argentine wine in April. The levies are now in "
                 "force.", {("Chile", "imposes", "*"), ("*", "status", "in force")},
                 {("*", "status", "threatened"), ("Chile", "proposes", "*")}, id="threatened-then-are-in-force"),
    pytest.param("date: 2026-07-03\nChips\n\nJapan will impose export controls on chip tools. The controls came into "
                 "force on June 2.", {("Japan", "imposes", "*"), ("*", "status", "in force")},
                 {("*", "status", "announced")}, id="announced-then-came-into-force"),
    pytest.param("date: 2026-07-03\nCoffee\n\nKenya proposed duties on Ethiopian coffee last year. They have been in "
                 "effect since January.", {("Kenya", "imposes", "*"), ("*", "status", "in force")},
                 {("*", "status", "proposed")}, id="proposed-then-pronoun-in-effect"),
    pytest.param("date: 2026-07-03\nCars\n\nMexico floated tariffs on Korean cars in March. The tariffs will take "
                 "effect in August.", {("Mexico", "imposes", "*"), ("*", "status", "announced")},
                 {("*", "status", "proposed"), ("*", "status", "in force")}, id="proposed-then-will-take-effect"),
    pytest.param("date: 2026-07-03\nRice\n\nManila threatened a ban on Vietnamese rice in May. The ban is now in "
                 "place.", {("Philippines", "imposes", "*"), ("*", "status", "in force")},
                 {("*", "status", "threatened")}, id="threatened-then-in-place"),
    # adopted or imposed, but told as to take effect: announced
    pytest.param("date: 2026-07-03\nRussia\n\nThe EU adopted sanctions on Russia on Monday. They will take effect on "
                 "Friday.", {("*", "status", "announced")}, {("*", "status", "in force")}, id="adopted-then-will-take-effect"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada imposed tariffs on Mexican steel. The tariffs will come into force "
                 "in August.", {("Canada", "imposes", "*"), ("*", "status", "announced")}, {("*", "status", "in force")},
                 id="imposed-then-will-come-into-force"),
    pytest.param("date: 2026-07-03\nOre\n\nPeru banned exports of copper ore on Monday. The ban will take effect next "
                 "month.", {("*", "status", "announced")}, {("*", "status", "in force")}, id="banned-then-will-take-effect"),
    pytest.param("date: 2026-07-03\nBanks\n\nBritain imposed sanctions on Iranian banks. The sanctions will come into "
                 "effect on Friday.", {("*", "status", "announced")}, {("*", "status", "in force")},
                 id="imposed-then-will-come-into-effect"),
    # guards: a hedged or denied taking effect, or one of other goods, leaves the measure where it was
    pytest.param("date: 2026-07-03\nSteel\n\nCanada proposed tariffs on Mexican steel in May. The tariffs could take "
                 "effect in August.", {("Canada", "proposes", "*"), ("*", "status", "proposed")},
                 {("*", "status", "in force"), ("*", "status", "announced")}, id="keep-could-take-effect"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada proposed tariffs on Mexican steel in May. The tariffs did not take "
                 "effect.", {("Canada", "proposes", "*"), ("*", "status", "proposed")},
                 {("*", "status", "in force")}, id="keep-did-not-take-effect"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada proposed tariffs on Mexican steel in May. The tariffs on Mexican "
                 "cement took effect in June.", {("Canada", "proposes", "tariffs on Mexican steel"),
                                                 ("tariffs on Mexican steel", "status", "proposed")},
                 {("Canada", "imposes", "*")}, id="keep-other-goods-took-effect"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada imposed tariffs on Mexican steel. The tariffs could take effect in "
                 "August.", {("*", "status", "in force")}, {("*", "status", "announced")}, id="keep-imposed-could-take-effect"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada imposed tariffs on Mexican steel. The tariffs took effect on "
                 "Monday.", {("*", "status", "in force")}, {("*", "status", "announced")}, id="keep-imposed-took-effect"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada announced tariffs on Mexican steel in June. The tariffs take effect "
                 "on August 1.", {("*", "status", "announced")}, {("*", "status", "in force")},
                 id="keep-announced-take-effect-later"),
]


@pytest.mark.parametrize("text, present, absent", IN_FORCE_NEXT_CASES)
def test_extraction(nlp, text, present, absent):
    assert_facts_like(nlp, text, present, absent)


# A measure one wants, hopes, wishes or tries to impose is not imposed, and one it wants to lift is not lifted; nor is
# one whose lifting only has conditions or a roadmap set out.
WISHED_CASES = [
    pytest.param("date: 2026-07-03\nGas\n\nThe EU wants to impose sanctions on Russian gas.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="wants-to-impose"),
    pytest.param("date: 2026-07-03\nRice\n\nJapan hopes to impose tariffs on Thai rice.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="hopes-to-impose"),
    pytest.param("date: 2026-07-03\nDairy\n\nOttawa tried to impose duties on US dairy last year.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="tried-to-impose"),
    pytest.param("date: 2026-07-03\nSyria\n\nThe EU wants to lift its sanctions on Syria.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="wants-to-lift"),
    pytest.param("date: 2026-07-03\nSteel\n\nSeoul hoped to scrap its duties on Chinese steel.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="hoped-to-scrap"),
    pytest.param("date: 2026-07-03\nBelarus\n\nThe EU set out conditions for lifting its sanctions on Belarus.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="conditions-for-lifting"),
    pytest.param("date: 2026-07-03\nCars\n\nBrussels laid out a roadmap for removing its tariffs on Chinese cars.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="roadmap-for-removing"),
    pytest.param("date: 2026-07-03\nKorea\n\nThe UN listed the preconditions for ending sanctions on North Korea.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="preconditions-for-ending"),
    # guards: done, it is imposed or lifted; one hoped to be avoided stays to come
    pytest.param("date: 2026-07-03\nRice\n\nJapan imposed tariffs on Thai rice on Monday.",
                 {("*", "status", "in force")}, {("*", "status", "proposed")}, id="keep-imposed"),
    pytest.param("date: 2026-07-03\nBelarus\n\nThe EU met its own conditions and lifted its sanctions on Belarus.",
                 {("*", "status", "lifted")}, {("*", "status", "in force")}, id="keep-lifted-after-conditions"),
    pytest.param("date: 2026-07-03\nCars\n\nJapan hopes to avoid US tariffs on its cars.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="keep-hopes-to-avoid"),
]


@pytest.mark.parametrize("text, present, absent", WISHED_CASES)
def test_wished(nlp, text, present, absent):
    test_extraction(nlp, text, present, absent)


# Who reports a sentence listing for a sanction ("..., the BBC reported") is not among those it names.
LISTING_REPORTER_CASES = [
    pytest.param("date: 2026-07-03\nIran\n\nThe EU named conditions for lifting sanctions against Iran, the BBC "
                 "reported.", {("*", "targets", "Iran")}, {("*", "targets", "BBC")}, id="named-conditions-bbc-reported"),
    pytest.param("date: 2026-07-03\nBelarus\n\nLondon added details to its sanctions against Belarus, the Guardian "
                 "reported.", {("*", "targets", "Belarus")}, {("*", "targets", "Guardian")},
                 id="added-details-guardian-reported"),
    pytest.param("date: 2026-07-03\nCuba\n\nOttawa imposed sanctions on Cuban officials. It also named the reasons "
                 "for the sanctions, CBC News said on Monday.", set(), {("*", "targets", "CBC News")},
                 id="named-reasons-cbc-said"),
    # guards: those named are still listed
    pytest.param("date: 2026-07-03\nIran\n\nThe US sanctioned two Iranian banks. It also named Bank Sepah and Bank "
                 "Melli, the Treasury said.", {("*", "targets", "Bank Sepah"), ("*", "targets", "Bank Melli")}, set(),
                 id="keep-named-banks-treasury-said"),
    pytest.param("date: 2026-07-03\nOil\n\nBritain imposed sanctions on Russian oil firms. It listed Rosneft and "
                 "Lukoil, Al Jazeera reported.", {("*", "targets", "Rosneft"), ("*", "targets", "Lukoil")},
                 {("*", "targets", "Al Jazeera")}, id="keep-listed-firms-reported"),
]


@pytest.mark.parametrize("text, present, absent", LISTING_REPORTER_CASES)
def test_listing_reporter(nlp, text, present, absent):
    test_extraction(nlp, text, present, absent)


# A rate ("of 10 per cent") or an amount ("$2 billion worth of") is no goods: the goods are what follows.
RATE_AND_WORTH_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nThe US announced tariffs of 8 to 30 per cent on steel imports.",
                 {("*", "appliesTo", "steel")}, {("*", "appliesTo", "per cent")}, id="of-8-to-30-per-cent-on"),
    pytest.param("date: 2026-07-03\nWine\n\nPeru imposed duties of 10 per cent on Chilean wine.",
                 {("*", "appliesTo", "wine"), ("*", "targets", "Chile")}, {("*", "appliesTo", "per cent")},
                 id="of-10-per-cent-on"),
    pytest.param("date: 2026-07-03\nRice\n\nJapan imposed tariffs of 15 percent on Thai rice.",
                 {("*", "appliesTo", "rice")}, {("*", "appliesTo", "percent")}, id="of-15-percent-on"),
    pytest.param("date: 2026-07-03\nGoods\n\nCanada announced tariffs of 25% on $29.8 billion worth of US goods.",
                 {("*", "targets", "United States")}, {("*", "appliesTo", "worth")}, id="billion-worth-of-us-goods"),
    pytest.param("date: 2026-07-03\nSteel\n\nMexico imposed duties on $2 billion worth of Chinese steel.",
                 {("*", "appliesTo", "steel"), ("*", "targets", "China")}, {("*", "appliesTo", "worth")},
                 id="billion-worth-of-chinese-steel"),
    # guards
    pytest.param("date: 2026-07-03\nSugar\n\nKenya imposed a 25 per cent duty on Ugandan sugar.",
                 {("*", "appliesTo", "sugar"), ("*", "ratePercent", "25")}, set(), id="keep-25-per-cent-duty"),
    pytest.param("date: 2026-07-03\nRice\n\nJapan imposed tariffs on Thai rice.",
                 {("*", "appliesTo", "rice"), ("*", "targets", "Thailand")}, set(), id="keep-tariffs-on-rice"),
]


@pytest.mark.parametrize("text, present, absent", RATE_AND_WORTH_CASES)
def test_rate_and_worth(nlp, text, present, absent):
    test_extraction(nlp, text, present, absent)


# A measure word before another ("restriction limits", "tariff quotas") tells what kind of measure, not what goods.
MEASURE_WORD_MODIFIER_CASES = [
    pytest.param("date: 2026-07-03\nChips\n\nFirms must report chips that come in just under restriction limits.",
                 set(), {("*", "appliesTo", "restriction"), ("*", "a", "Measure")}, id="under-restriction-limits"),
    pytest.param("date: 2026-07-03\nRice\n\nJapan set tariff quotas on Thai rice.",
                 {("*", "appliesTo", "rice")}, {("*", "appliesTo", "tariff")}, id="tariff-quotas-on-rice"),
    pytest.param("date: 2026-07-03\nGallium\n\nChina imposed export control restrictions on gallium.",
                 {("*", "appliesTo", "gallium")}, {("*", "appliesTo", "export control")},
                 id="export-control-restrictions"),
    pytest.param("date: 2026-07-03\nSugar\n\nIndia imposed quota limits on sugar exports.",
                 {("*", "appliesTo", "sugar")}, {("*", "appliesTo", "quota")}, id="quota-limits-on-sugar"),
    # guard: a goods noun before the measure word is still its goods
    pytest.param("date: 2026-07-03\nSteel\n\nCanada imposed steel tariffs on Mexico on Monday.",
                 {("*", "appliesTo", "steel"), ("*", "targets", "Mexico")}, set(), id="keep-steel-tariffs"),
]


@pytest.mark.parametrize("text, present, absent", MEASURE_WORD_MODIFIER_CASES)
def test_measure_word_modifier(nlp, text, present, absent):
    test_extraction(nlp, text, present, absent)


# The authority or power to take a measure ("sanctions authority", "tariff powers") is no measure taken.
AUTHORITY_CASES = [
    pytest.param("date: 2026-07-03\nIran\n\nThe order expanded US sanctions authority against Iran.",
                 set(), {("*", "a", "Sanction"), ("United States", "imposes", "*")}, id="sanctions-authority-against"),
    pytest.param("date: 2026-07-03\nBelarus\n\nThe EU gained sanctions powers against Belarus.",
                 set(), {("*", "a", "Sanction"), ("*", "targets", "Belarus")}, id="sanctions-powers-against"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe law grants Canada tariff authority on US steel.",
                 set(), {("*", "a", "Tariff"), ("Canada", "imposes", "*")}, id="tariff-authority-on"),
    # guard: a measure the authorities take is one
    pytest.param("date: 2026-07-03\nRice\n\nThe tariff authorities of Japan imposed duties on Thai rice.",
                 {("*", "appliesTo", "rice"), ("*", "targets", "Thailand")}, set(), id="keep-duties-authorities-imposed"),
]


@pytest.mark.parametrize("text, present, absent", AUTHORITY_CASES)
def test_authority(nlp, text, present, absent):
    test_extraction(nlp, text, present, absent)


# Being allowed, let or empowered to impose (or lift) a measure is not imposing (lifting) it.
ENABLED_CASES = [
    pytest.param("date: 2026-07-03\nDairy\n\nThe act allows Canada to impose duties on US dairy.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("Canada", "imposes", "*")},
                 id="allows-to-impose"),
    pytest.param("date: 2026-07-03\nSteel\n\nThe law lets the president impose tariffs on Chinese steel.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="lets-impose"),
    pytest.param("date: 2026-07-03\nBelarus\n\nThe bill authorizes the EU to impose sanctions on Belarus.",
                 {("*", "status", "proposed")}, {("*", "status", "in force")}, id="authorizes-to-impose"),
    pytest.param("date: 2026-07-03\nRice\n\nThe treaty enables Japan to impose tariffs on Thai rice.",
                 {("*", "status", "proposed")}, {("*", "status", "in force"), ("Japan", "imposes", "*")},
                 id="enables-to-impose"),
    pytest.param("date: 2026-07-03\nDairy\n\nThe deal permits Ottawa to scrap its duties on US dairy.",
                 {("*", "status", "in force")}, {("*", "status", "lifted")}, id="permits-to-scrap"),
    # guard: a measure that allows something is still taken
    pytest.param("date: 2026-07-03\nDairy\n\nCanada imposed duties on US dairy, which allowed farmers to recover.",
                 {("Canada", "imposes", "*"), ("*", "status", "in force")}, set(), id="keep-imposed-which-allowed"),
]


@pytest.mark.parametrize("text, present, absent", ENABLED_CASES)
def test_enabled(nlp, text, present, absent):
    test_extraction(nlp, text, present, absent)


# A number before the goods of a measure ("232 steel tariffs": the law's section) is not part of the goods.
NUMBERED_GOODS_CASES = [
    pytest.param("date: 2026-07-03\nSteel\n\nThe EU retaliated against America's 232 steel and aluminum tariffs.",
                 {("*", "appliesTo", "steel and aluminum")}, {("*", "appliesTo", "232 steel and aluminum")},
                 id="232-steel-and-aluminum-tariffs"),
    pytest.param("date: 2026-07-03\nSteel\n\nCanada hit the US 232 steel tariffs with duties.",
                 {("*", "appliesTo", "steel")}, {("*", "appliesTo", "232 steel")}, id="us-232-steel-tariffs"),
    pytest.param("date: 2026-07-03\nSteel\n\nMexico protested the US 232 steel and aluminum duties.",
                 {("*", "appliesTo", "steel and aluminum")}, {("*", "appliesTo", "232 steel and aluminum")},
                 id="us-232-steel-and-aluminum-duties"),
    # guard
    pytest.param("date: 2026-07-03\nSteel\n\nMexico imposed tariffs on 50 steel products from China.",
                 {("*", "appliesTo", "steel products")}, set(), id="keep-50-steel-products"),
]


@pytest.mark.parametrize("text, present, absent", NUMBERED_GOODS_CASES)
def test_numbered_goods(nlp, text, present, absent):
    test_extraction(nlp, text, present, absent)


# Two articles naming one measure alike at two points of its course: each status is its own node (no node says
# "proposed" and "in force" at once), and the imposer proposes the one and imposes the other.
TWO_ARTICLE_CASES = [
    pytest.param("date: 2026-05-04\nSteel\n\nCanada proposed steel and aluminum tariffs on Mexico on Monday.",
                 "date: 2026-06-10\nSteel\n\nCanada's steel and aluminum tariffs on Mexico are in force, officials said.",
                 {"proposed", "in force"}, id="proposed-and-in-force"),
    pytest.param("date: 2026-05-04\nOil\n\nThe EU threatened sanctions on Iran on Monday.",
                 "date: 2026-06-10\nOil\n\nThe EU lifted its sanctions on Iran on Friday.",
                 {"threatened", "lifted"}, id="threatened-and-lifted"),
    pytest.param("date: 2026-05-04\nChips\n\nJapan will impose export controls on chip tools, the trade minister said.",
                 "date: 2026-06-10\nChips\n\nJapan imposed export controls on chip tools on Monday.",
                 {"announced", "in force"}, id="announced-and-in-force"),
]


@pytest.mark.parametrize("first, second, statuses", TWO_ARTICLE_CASES)
def test_one_status_a_node_across_articles(nlp, first, second, statuses):
    graph = graph_of(nlp, first, second)
    told: dict = {}
    for node, status in graph.subject_objects(KG.status):
        told.setdefault(node, set()).add(str(status))
    assert all(len(s) == 1 for s in told.values()), told
    assert set().union(*told.values()) == statuses, told
    for node, (status,) in told.items():
        # the imposer imposes a measure taken, and only proposes one to come
        predicate = KG.proposes if status in ("proposed", "threatened") else KG.imposes
        assert any(True for _ in graph.subjects(predicate, node)), (node, status)
