"""Names NER glued to a word of something else, or read as the wrong kind: a host city before the group meeting
there ("the Lima G20 summit"). Each case is (article text, facts that must be in the graph, facts that must not)."""
from __future__ import annotations

import pytest

from test_extract_names import test_names as assert_names

HOST_PLACE_CASES = [
    pytest.param("date: 2026-05-04\nLeaders\n\nLeaders gathered at the Lima G20 summit on Friday to discuss debt.",
                 {("Lima", "a", "Place")}, {("Lima G20", "a", "Organization"), ("Lima G20", "a", "Person")},
                 id="city-before-numbered-group"),
    pytest.param("date: 2026-05-04\nLeaders\n\nThe Nagoya G7 summit closed with a short statement, said Ana Ruiz.",
                 set(), {("Nagoya G7", "a", "Organization"), ("Nagoya G7", "a", "Person")},
                 id="city-before-group-opening-a-sentence"),
    pytest.param("date: 2026-05-04\nFinance\n\nFinance ministers flew home after the Perth G-20 meeting, aides said.",
                 {("Perth", "a", "Place")}, {("Perth G-20", "a", "Organization"), ("Perth G-20", "a", "Person")},
                 id="city-before-hyphened-group"),
    pytest.param("date: 2026-05-04\nLeaders\n\nSeveral leaders skipped the Cairns G20 talks this year.",
                 {("Cairns", "a", "Place")}, {("Cairns G20", "a", "Organization"), ("Cairns G20", "a", "Person")},
                 id="city-before-group-talks"),
    # guards: a known body after a city; a body named for its city stays whole; a group with no city before it
    pytest.param("date: 2026-05-04\nAllies\n\nDefence ministers prepared for the Riga NATO meeting next week.",
                 {("Riga", "a", "Place")}, {("Riga NATO", "a", "Organization")}, id="negative-city-before-known-body"),
    pytest.param("date: 2026-05-04\nRates\n\nThe Dallas Fed said on Monday that rates would hold.",
                 {("Dallas Fed", "a", "Organization")}, set(), id="negative-body-named-for-its-city"),
    pytest.param("date: 2026-05-04\nLeaders\n\nLeaders met at the G20 summit in Lima on Friday.",
                 {("G20", "a", "Organization"), ("Lima", "a", "Place")}, set(), id="negative-group-then-city"),
]


# A capital that does something in a clause of its own is its country acting, no place: the doer of an -ing form
# after a preposition of cause or condition, the one asked to act
CAPITAL_ACTING_CASES = [
    pytest.param("date: 2026-05-04\nDuties\n\nA deal now hinges on Ottawa first lifting its steel duties, aides said.",
                 {("Canada", "a", "Country")}, {("Ottawa", "a", "Place")}, id="gerund-after-on"),
    pytest.param("date: 2026-05-04\nDuties\n\nThe row over Canberra refusing the quota deepened on Monday.",
                 {("Australia", "a", "Country")}, {("Canberra", "a", "Place")}, id="gerund-after-over"),
    pytest.param("date: 2026-05-04\nDuties\n\nFarm groups urged Wellington to drop the new levy on dairy.",
                 {("New Zealand", "a", "Country")}, {("Wellington", "a", "Place")}, id="asked-to-act"),
    pytest.param("date: 2026-05-04\nDuties\n\nExporters called on Canberra to scrap the fee.",
                 {("Australia", "a", "Country")}, {("Canberra", "a", "Place")}, id="called-on-to-act"),
    # guards: a capital where someone is or goes stays a place
    pytest.param("date: 2026-05-04\nVisit\n\nAna Ruiz spent Monday in Ottawa meeting lawmakers.",
                 {("Ottawa", "a", "Place")}, set(), id="negative-in-the-capital-doing"),
    pytest.param("date: 2026-05-04\nVisit\n\nThe team left Canberra to visit Perth.",
                 {("Canberra", "a", "Place")}, set(), id="negative-left-the-capital-to"),
]



# A state body's name NER cut before "of (the)" when a possessive follows: one body, no bare "Department"
BODY_OF_CASES = [
    pytest.param("date: 2026-05-04\nFunds\n\nThe Ruritanian Department of the Treasury's audit unit flagged two banks.",
                 {("Ruritanian Department of the Treasury", "a", "Organization")},
                 {("Ruritanian Department", "a", "Organization")}, id="department-of-the"),
    pytest.param("date: 2026-05-04\nFunds\n\nThe US Department of the Interior's land office froze the leases.",
                 {("US Department of the Interior", "a", "Organization")},
                 {("US Department", "a", "Organization")}, id="us-department-of-the"),
    pytest.param("date: 2026-05-04\nFunds\n\nOn Monday the U.S. Department of the Treasury's sanctions office listed "
                 "three firms.", set(), {("U.S. Department", "a", "Organization")}, id="dotted-department-of-the"),
    # guard: a body named whole stays as it is
    pytest.param("date: 2026-05-04\nFunds\n\nThe Ministry of Finance said on Monday it would act.",
                 {("Ministry of Finance", "a", "Organization")}, set(), id="negative-named-whole"),
]

# An acronym set in brackets after a body's name is that body, not another the gazetteer knows by those letters
DEFINED_ACRONYM_CASES = [
    pytest.param("date: 2026-05-04\nSteel\n\nDuties follow a ruling by the US International Trade Commission (ITC) on "
                 "Monday. The ITC will vote again in May.",
                 {("US International Trade Commission", "a", "Organization")},
                 {("International Trade Centre", "a", "Organization")}, id="last-initials"),
    pytest.param("date: 2026-05-04\nSteel\n\nThe Ruritanian International Trade Centre Authority (ITCA) set the rates. "
                 "Later the ITCA raised them.", {("Ruritanian International Trade Centre Authority", "a", "Organization")},
                 {("ITCA", "a", "Organization")}, id="acronym-used-again"),
    pytest.param("date: 2026-05-04\nSteel\n\nThe Ministry of Commerce (MOC) raised the duties. MOC officials said "
                 "more would follow.", {("Ministry of Commerce", "a", "Organization")}, {("MOC", "a", "Organization")},
                 id="initials-with-of"),
    # guards: a country's short name in brackets stays the country; a body's own acronym stays that body
    pytest.param("date: 2026-05-04\nOil\n\nMinisters of the United Arab Emirates (UAE) met on Monday.",
                 {("United Arab Emirates", "a", "Country")}, set(), id="negative-country-in-brackets"),
    pytest.param("date: 2026-05-04\nDebt\n\nThe International Monetary Fund (IMF) cut its forecast.",
                 {("International Monetary Fund", "a", "Organization")}, set(), id="negative-body-own-acronym"),
]



# A surname opening with a particle, capitalised at a sentence's start ("Von der Leyen said") after the full name
# ("Ursula von der Leyen"): that person, one node, whatever NER read it as
PARTICLE_SURNAME_CASES = [
    pytest.param("date: 2026-05-04\nTalks\n\nCommission President Greta von der Aue arrived in Oslo on Monday.\n\n"
                 "Von der Aue insisted on Thursday that the rules apply.",
                 {("Greta von der Aue", "a", "Person")}, {("Von der Aue", "a", "Organization"),
                                                          ("Von der Aue", "a", "Person")}, id="von-der"),
    pytest.param("date: 2026-05-04\nTalks\n\nDutch Trade Minister Lotte van Aken arrived in Lima on Monday.\n\n"
                 "Van Aken said the deal was close.",
                 {("Lotte van Aken", "a", "Person")}, {("Van Aken", "a", "Person"), ("Van Aken", "a", "Organization")},
                 id="van"),
    pytest.param("date: 2026-05-04\nTalks\n\nBrazilian envoy Luiz da Silveira arrived in Lima on Monday.\n\n"
                 "Da Silveira told reporters the deal was close.",
                 {("Luiz da Silveira", "a", "Person")}, {("Da Silveira", "a", "Person"),
                                                         ("Da Silveira", "a", "Organization")}, id="da"),
    # guard: two people of the family: the surname alone is neither
    pytest.param("date: 2026-05-04\nTalks\n\nTrade envoy Luiz da Silveira met Farm Minister Marta da Silveira in Lima on Monday.\n\n"
                 "Da Silveira told reporters the deal was close.",
                 {("Luiz da Silveira", "a", "Person"), ("Marta da Silveira", "a", "Person")},
                 {("Da Silveira", "a", "Person")}, id="negative-two-of-the-family"),
]


# Terms news writes capitalised that name no one: no person, body or place
NEWS_TERM_CASES = [
    pytest.param("date: 2026-05-04\nRecovery\n\nThe ministers discussed the Covid recovery on Monday.", set(),
                 {("Covid", "a", "Person"), ("Covid", "a", "Organization"), ("Covid", "a", "Place")}, id="covid"),
    pytest.param("date: 2026-05-04\nTrade\n\nAna Ruiz was expected to share her views on the Brexit row.", set(),
                 {("Brexit", "a", "Person"), ("Brexit", "a", "Place"), ("Brexit", "a", "Organization")}, id="brexit"),
    pytest.param("date: 2026-05-04\nHealth\n\nTravel curbs over Omicron hit airlines, Ana Ruiz said.", set(),
                 {("Omicron", "a", "Person"), ("Omicron", "a", "Place"), ("Omicron", "a", "Organization")},
                 id="omicron"),
    # guard: a person named like no term stays
    pytest.param("date: 2026-05-04\nTrade\n\nTrade Minister Ana Ruiz spoke about the Brexit row.", {("Ana Ruiz", "a", "Person")},
                 set(), id="negative-person-beside-a-term"),
]

# A good's acronym after a trade measure's or flow's noun is no body
GOODS_ACRONYM_CASES = [
    pytest.param("date: 2026-05-04\nDuties\n\nChina set duties on POM from Japan on Monday.", set(),
                 {("POM", "a", "Organization")}, id="duties-on"),
    pytest.param("date: 2026-05-04\nDuties\n\nThe bloc set duties on PTFE and PFA from Freedonia.", set(),
                 {("PTFE", "a", "Organization"), ("PFA", "a", "Organization")}, id="listed-after-duties-on"),
    pytest.param("date: 2026-05-04\nDuties\n\nIndia imposed a duty on imports of PET resin from China.", set(),
                 {("PET", "a", "Organization")}, id="imports-of"),
    pytest.param("date: 2026-05-04\nDuties\n\nCanada slapped tariffs on EPDM from Korea.", set(),
                 {("EPDM", "a", "Organization")}, id="tariffs-on"),
    # guard: a firm under sanctions stays a body
    pytest.param("date: 2026-05-04\nDuties\n\nThe United States imposed sanctions on ZTE on Monday.",
                 {("ZTE", "a", "Organization")}, set(), id="negative-sanctions-on-a-firm"),
]


# "House" alone is any country's chamber: no body of that name; in a post's name it is the post's
BARE_HOUSE_CASES = [
    pytest.param("date: 2026-05-04\nBudget\n\nSarah Collins, the Leader of the House, said the bill would pass.",
                 {("Sarah Collins", "title", "Leader of the House")},
                 {("House", "a", "Organization"), ("Sarah Collins", "title", "Leader")}, id="leader-of-the-house"),
    pytest.param("date: 2026-05-04\nBudget\n\nTom Reyes, Deputy Speaker of the House, read the motion on Monday.",
                 {("Tom Reyes", "title", "Deputy Speaker of the House")}, {("House", "a", "Organization")},
                 id="deputy-speaker-of-the-house"),
    pytest.param("date: 2026-05-04\nBudget\n\nThe House passed the farm bill on Tuesday by 12 votes.", set(),
                 {("House", "a", "Organization")}, id="the-house-passed"),
    # guards: a chamber named in full, and a seat named for its house, stay bodies
    pytest.param("date: 2026-05-04\nBudget\n\nThe House of Councillors passed the farm bill on Tuesday.",
                 {("House of Councillors", "a", "Organization")}, set(), id="negative-house-of"),
    pytest.param("date: 2026-05-04\nBudget\n\nThe White House said it would sign the bill.",
                 {("White House", "a", "Organization")}, set(), id="negative-white-house"),
]


# A person's name NER cut in two right before a possessive is one person when the article writes it whole elsewhere
PERSON_HALVES_CASES = [
    pytest.param("date: 2026-05-04\nVisit\n\nForeign Minister Farhan Bhutto Khan will visit Oslo on Monday.\n\n"
                 "This would be Foreign Minister Farhan Bhutto Khan's first visit abroad.",
                 {("Farhan Bhutto Khan", "a", "Person")}, {("Farhan Bhutto", "a", "Person")}, id="foreign-minister"),
    pytest.param("date: 2026-05-04\nVisit\n\nInterior Minister Kamal Bhutto Khan will visit Oslo on Monday.\n\n"
                 "It was Interior Minister Kamal Bhutto Khan's second trip.",
                 {("Kamal Bhutto Khan", "a", "Person")}, {("Kamal Bhutto", "a", "Person")}, id="interior-minister"),
    pytest.param("date: 2026-05-04\nVisit\n\nTalks with Kamal Bhutto Khan ended on Monday.\n\n"
                 "It was Interior Minister Kamal Bhutto Khan's second trip this year.",
                 {("Kamal Bhutto Khan", "a", "Person")}, {("Kamal Bhutto", "a", "Person")}, id="talks-with"),
    # guard: with no whole name written, the parts are left as NER read them
    pytest.param("date: 2026-05-04\nVisit\n\nFarhan Bhutto and Khan arrived in Oslo on Monday.",
                 set(), {("Farhan Bhutto Khan", "a", "Person")}, id="negative-two-names-listed"),
]


# A picture's credit in brackets, an agency and its photographer after a slash: no body, no person
PHOTO_CREDIT_CASES = [
    pytest.param("date: 2026-05-04\nTalks\n\nPresident Ana Ruiz met the envoy in Lima on Monday. (Xinhua/Tomas Berg)",
                 {("Ana Ruiz", "a", "Person")}, {("Xinhua/Tomas Berg", "a", "Organization")}, id="agency-and-photographer"),
    pytest.param("date: 2026-05-04\nTalks\n\nThe two sides signed six deals in Quito. (Reuters/Nora Lind)", set(),
                 {("Reuters/Nora Lind", "a", "Organization")}, id="wire-and-photographer"),
    pytest.param("date: 2026-05-04\nTalks\n\nThe ministers met in Lima on Friday. (AFP/Getty Images)", set(),
                 {("AFP/Getty Images", "a", "Organization")}, id="agency-and-agency"),
    # guard: a body with a slash in a bracket that no agency opens stays
    pytest.param("date: 2026-05-04\nTalks\n\nThe Lima Port Authority said on Friday that traffic rose.",
                 {("Lima Port Authority", "a", "Organization")}, set(), id="negative-body-not-credit"),
]


# "A, and Chief of Staff B": the next item of a list opens with "and"; it is no post of A's
LIST_AND_TITLE_CASES = [
    pytest.param("date: 2026-05-04\nDefence\n\nThe ministry designated two officials: Minister of Defence of Ruritania, "
                 "Tomas Berg, and Chief of the General Staff of the Ruritanian Army, First Deputy Minister of Defence, "
                 "and General of the Army Jan Holm.", set(),
                 {("Tomas Berg", "title", "and Chief"), ("Tomas Berg", "affiliatedWith", "Ruritanian Army")},
                 id="and-chief"),
    pytest.param("date: 2026-05-04\nDefence\n\nThe ministry designated two officials: Minister of Security of "
                 "Freedonia, Omar Lind, and Chief of the General Staff of the Freedonian Navy, First Deputy Minister of "
                 "Security, and Admiral of the Fleet Jan Holm.", set(),
                 {("Omar Lind", "title", "and Chief"), ("Omar Lind", "affiliatedWith", "Freedonian Navy")},
                 id="and-chief-navy"),
    pytest.param("date: 2026-05-04\nDefence\n\nThe order also names Minister of Defence of Freedonia, Lena Dahl, and "
                 "Chief of the Joint Staff of the Freedonian Armed Forces, Deputy Minister of Defence, and General of "
                 "the Army Piet Roos.", {("Piet Roos", "a", "Person"), ("Lena Dahl", "a", "Person")},
                 {("Lena Dahl", "title", "and Chief"), ("Lena Dahl", "affiliatedWith", "Freedonian Armed Forces")},
                 id="and-chief-joint-staff"),
]


@pytest.mark.parametrize("text, present, absent", HOST_PLACE_CASES + CAPITAL_ACTING_CASES + BODY_OF_CASES
                         + DEFINED_ACRONYM_CASES + PARTICLE_SURNAME_CASES
                         + NEWS_TERM_CASES + GOODS_ACRONYM_CASES
                         + BARE_HOUSE_CASES + PERSON_HALVES_CASES + PHOTO_CREDIT_CASES
                         + LIST_AND_TITLE_CASES)
def test_glued_names(nlp, text, present, absent):
    assert_names(nlp, text, present, absent)
