"""A city's name and the region or country written after it ("Paris, Texas"): which city it is, and
that a namesake never takes the famous city's links. Texts are written for the case."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDFS, Literal

from kg.link import gazetteer
from test_extract import assert_facts, graph_of


# (name, qualifier, whether the tables can tell, the Wikidata ID of the city it is or None for a namesake)
# IDs from kg/data/links/cities.tsv (Natural Earth's populated places)
QUALIFIED = [
    ("Perth", "Western Australia", True, "Q3183"),     # the one the name alone gives
    ("Atlanta", "Georgia", True, "Q23556"),            # a US state before the country of that name
    ("Tbilisi", "Georgia", True, "Q994"),              # ... and the country where its city is
    ("Córdoba", "Spain", True, "Q5818"),               # not Argentina's, the name's default
    ("Cordoba", "Argentina", True, "Q44210"),
    ("Valencia", "Spain", True, "Q8818"),
    ("Paris", "Texas", True, None),                    # a region the tables know, no Paris in it
    ("London", "Ontario", True, None),
    ("Birmingham", "Alabama", True, None),
    ("Kuala Lumpur", "Malaysia", True, "Q1865"),
    ("Washington", "D.C.", False, None),               # nothing the tables can check: left as it is
    ("Perth", "Scotland", False, None),
]


@pytest.mark.parametrize("name, qualifier, known, wikidata", QUALIFIED, ids=[f"{n}, {q}" for n, q, _, _ in QUALIFIED])
def test_qualified_city(name, qualifier, known, wikidata):
    told, record = gazetteer().qualified_city(name, qualifier)
    assert told is known
    assert (record.wikidata if record else None) == wikidata


def test_a_qualified_name_is_looked_up_as_one():
    gaz = gazetteer()
    assert gaz.city("Córdoba, Spain").wikidata == "Q5818"
    assert gaz.city("Paris, Texas") is None
    assert gaz.city("Washington, D.C.") is not None  # a name of the table, not a qualified one
    assert gaz.city_label(gaz.city("Córdoba, Spain")) == "Córdoba, Spain"
    assert gaz.city_label(gaz.city("Córdoba")) == "Córdoba"
    assert gaz.city_country("Paris, Texas").label == "United States"
    assert gaz.city_country("London, Ontario").label == "Canada"


PLACE_CASES = [
    pytest.param(
        "BIRMINGHAM, Alabama, June 9, 2026 - Cotton buyers from Egypt and Pakistan met in Birmingham on Monday, "
        "the organisers said.",
        {("Birmingham, Alabama", "a", "Place"), ("meeting in Birmingham, Alabama", "location", "Birmingham, Alabama"),
         ("Birmingham, Alabama", "locatedIn", "United States")},
        {("Birmingham", "locatedIn", "United Kingdom"), ("Birmingham", "a", "Place")}, id="dateline-and-bare-mention"),
    pytest.param(
        "date: 2026-06-09\nFarm trade\n\nThe next round of talks between Chile and Peru will be held in London, "
        "Ontario, on Thursday.",
        {("London, Ontario", "a", "Place"), ("London, Ontario", "locatedIn", "Canada")},
        {("London", "locatedIn", "United Kingdom"), ("London", "a", "Place")}, id="city-comma-province"),
    pytest.param(
        "date: 2026-06-09\nCattle\n\nRanchers from Uruguay held talks with buyers in Paris, Texas, on Tuesday.",
        {("Paris, Texas", "a", "Place")},
        {("Paris", "locatedIn", "France"), ("France", "a", "Country"), ("Paris", "a", "Place")},
        id="city-comma-state-mid-sentence"),
    pytest.param(
        "date: 2026-06-09\nOlive oil\n\nTunisian exporters met Spanish importers in Córdoba, Spain, on Friday.",
        {("Córdoba, Spain", "a", "Place"), ("Córdoba, Spain", "locatedIn", "Spain")},
        {("Córdoba", "locatedIn", "Argentina"), ("Argentina", "a", "Country")}, id="city-of-another-country"),
    pytest.param(
        "date: 2026-06-09\nWheat\n\nGrain traders from Kazakhstan met Australian officials in Perth, Western "
        "Australia, on Friday. The talks in Perth ended with a deal.",
        {("Perth", "a", "Place"), ("Perth", "locatedIn", "Australia")},
        {("Perth, Western Australia", "a", "Place")}, id="negative-the-region-confirms-the-default"),
    pytest.param(
        "Peanut trade\n\nATLANTA, Georgia, May 5, 2026 - Peanut exporters from Senegal met buyers from Japan in Atlanta on Tuesday.",
        {("Atlanta", "a", "Place"), ("Georgia", "a", "Place")},
        {("Georgia", "a", "Country"), ("Atlanta, Georgia", "a", "Place")}, id="negative-a-state-named-like-a-country"),
    pytest.param(
        "date: 2026-06-09\nVisit\n\nThe delegation flew from Paris, France, to Paris, Texas, on Monday. Officials "
        "in Paris praised the visit.",
        {("Paris, Texas", "a", "Place"), ("Paris", "a", "Place")},
        {("Paris, Texas", "locatedIn", "France")}, id="negative-two-readings-leave-bare-mentions-alone"),
]


# A region named like a country, lower-case words NER took for places, and country codes that name no country
# in news ("AU" is the African Union, "SA" South Africa as often as Saudi Arabia).
REGION_AND_WORD_CASES = [
    pytest.param(
        "date: 2026-03-04\nPecans\n\nKenya's trade envoy met pecan growers from the US state of Georgia in Nairobi "
        "on Tuesday.",
        {("Georgia", "a", "Place")}, {("Georgia", "a", "Country")}, id="us-state-of"),
    # a lone "Georgia" in a story of the US state (its cities, US home politics) is no country; one of the
    # Caucasus (Tbilisi, "Georgian", the country alone) stays the country
    pytest.param(
        "date: 2026-04-14\nPorts\n\nDock workers in Savannah ended their strike on Tuesday. Georgia exported "
        "record volumes of poultry to Mexico last year, the port authority said.",
        {("Georgia", "a", "Place"), ("Mexico", "a", "Country")}, {("Georgia", "a", "Country")}, id="georgia-city-of-the-state"),
    pytest.param(
        "date: 2026-05-02\nRace\n\nDemocrats hope to flip two counties in Georgia, where the United States "
        "Senate race is tight, a party official said on Friday.",
        {("Georgia", "a", "Place")}, {("Georgia", "a", "Country")}, id="georgia-us-home-politics"),
    pytest.param(
        "Farm exports\n\nATLANTA, Georgia, May 5, 2026 - Poultry farmers met buyers from Japan in Atlanta on Tuesday. "
        "Georgia sold more chicken to Asia than any other state.",
        {("Georgia", "a", "Place")}, {("Georgia", "a", "Country")}, id="georgia-bare-after-the-qualified-one"),
    pytest.param(
        "date: 2026-05-02\nVisit\n\nRepublican senators from the United States met Georgian officials in Tbilisi "
        "on Friday. Georgia hopes to join the European Union.",
        {("Georgia", "a", "Country")}, {("Georgia", "a", "Place")}, id="negative-georgia-the-caucasus-country"),
    pytest.param(
        "date: 2026-05-02\nTrade\n\nThe United States and Georgia signed a customs agreement on Friday, "
        "officials in Washington said.",
        {("Georgia", "a", "Country")}, {("Georgia", "a", "Place")}, id="negative-georgia-with-the-us-alone"),
    pytest.param(
        "date: 2026-03-04\nMaize\n\nFarmers in the Mexican state of Mexico said on Monday that the quota was too low.",
        {("Mexico", "a", "Place")}, {("Mexico", "a", "Country")}, id="mexican-state-of-mexico"),
    pytest.param(
        "date: 2026-03-04\nGas\n\nThe State of Qatar signed the supply deal with Japan on Monday.",
        {("Qatar", "a", "Country")}, {("Qatar", "a", "Place")}, id="negative-the-state-of-a-country"),
    pytest.param(
        "date: 2026-03-04\nDuties\n\nA trader of the Lusaka Chamber of Commerce said retailers stocking fine china "
        "and crystal would not be affected.",
        set(), {("China", "a", "Country"), ("china", "a", "Place"), ("china", "a", "Country")}, id="lower-case-china"),
    pytest.param(
        "date: 2026-03-04\nDuties\n\nShops selling bone china, glassware and cutlery in Accra will pay the new duty, "
        "the ministry said.",
        {("Accra", "a", "Place")}, {("China", "a", "Country"), ("china", "a", "Place")}, id="lower-case-china-in-a-list"),
    pytest.param(
        "date: 2026-03-04\nSummit\n\nBrazil's president spoke to the AU summit in Addis Ababa on Monday, calling for "
        "lower tariffs.", {("Brazil", "a", "Country")}, {("Australia", "a", "Country")}, id="iso-code-au"),
    # "AU" for gold (its chemical symbol) and "ISA" for a savings account name no body
    pytest.param(
        "date: 2026-03-04\nBullion\n\nSpot gold (AU) traded at $3,050 an ounce on Monday. Central banks added to AU "
        "reserves as Japan raised tariffs on steel.",
        {("Japan", "a", "Country")}, {("African Union", "a", "Organization"), ("AU", "a", "Organization")},
        id="au-gold-symbol"),
    pytest.param(
        "date: 2026-03-04\nMiners\n\nShares in gold miners rose after AU futures climbed. The AU price has risen "
        "30 per cent this year.",
        set(), {("African Union", "a", "Organization")}, id="au-gold-futures"),
    pytest.param(
        "date: 2026-03-04\nBars\n\nBullion dealers said AU demand from India rose after the United States imposed "
        "tariffs on Swiss bars.",
        {("India", "a", "Country")}, {("African Union", "a", "Organization")}, id="au-gold-demand"),
    pytest.param(
        "date: 2026-03-04\nSavings\n\nBritons put more money into their ISA accounts before the tax year ended, "
        "the Treasury said.",
        set(), {("ISA", "a", "Organization"), ("International Solar Alliance", "a", "Organization")},
        id="isa-savings-account"),
    pytest.param(
        "date: 2026-03-04\nVote\n\nThe AU said on Monday it would send observers to the vote in Malawi, as African "
        "states pushed for more gold refining at home.",
        {("African Union", "a", "Organization")}, set(), id="negative-au-the-african-body-in-a-gold-story"),
    # a hotel or a palace after "at" is a venue, not a body, whatever NER tagged it
    pytest.param(
        "date: 2026-03-04\nEnvoys\n\nThe envoys met at the Intercontinental Hotel on Friday, the ministry said.",
        {("Intercontinental Hotel", "a", "Place")}, {("Intercontinental Hotel", "a", "Organization")},
        id="venue-hotel-after-at"),
    pytest.param(
        "date: 2026-03-04\nGrain\n\nThe agreement was initialled at the Hyatt Regency Hotel near the river, "
        "officials in Kyiv said.", {("Hyatt Regency Hotel", "a", "Place")},
        {("Hyatt Regency Hotel", "a", "Organization")}, id="venue-hotel-initialled-at"),
    # a leader's aircraft is no body
    pytest.param(
        "date: 2026-08-15\nSummit\n\nAir Force One has landed at the air base, and President Donald Trump will greet "
        "his guest on the tarmac.", {("Donald Trump", "a", "Person")}, {("Air Force One", "a", "Organization")},
        id="air-force-one-landed"),
    pytest.param(
        "date: 2026-08-15\nVisit\n\nAir Force One touched down in Tokyo on Monday evening.", set(),
        {("Air Force One", "a", "Organization"), ("Air Force One", "a", "Place")}, id="air-force-one-touched-down"),
    pytest.param(
        "date: 2026-08-15\nVisit\n\nReporters watched as Marine One lifted off from the South Lawn on Friday.", set(),
        {("Marine One", "a", "Organization"), ("Marine One", "a", "Place")}, id="marine-one"),
    pytest.param(
        "date: 2026-03-04\nCitrus\n\nSA citrus growers said on Monday that the new EU rules would cost them R2 "
        "billion a year.", set(), {("Saudi Arabia", "a", "Country")}, id="iso-code-sa"),
    pytest.param(
        "date: 2026-03-04\nDuties\n\nChina said on Monday that Kenya's duties on glass were unfair.",
        {("China", "a", "Country")}, set(), id="negative-the-country-capitalised"),
]


# A state's or another city's name among a city's alternative names (Natural Earth lists "Penang" for George Town,
# "Dispur" for Guwahati) made the gazetteer relabel that state or city as the city
REGION_ALIAS_CASES = [
    pytest.param("date: 2026-03-04\nChips\n\nTrade ministers from five countries met in Penang on Tuesday to discuss "
                 "chip supply chains.",
                 {("Penang", "a", "Place")}, {("George Town", "a", "Place")}, id="a-state-is-not-its-capital"),
    pytest.param("date: 2026-03-04\nFloods\n\nOfficials from Delhi travelled to Dispur on Monday for talks on the "
                 "flood relief plan.",
                 {("Dispur", "a", "Place")}, {("Guwahati", "a", "Place")}, id="a-city-is-not-its-neighbour"),
    pytest.param("date: 2026-03-04\nTalks\n\nThe governor of Sverdlovsk met Chinese investors on Friday to "
                 "discuss a new rail terminal.",
                 set(), {("Yekaterinburg", "a", "Place")}, id="a-region-named-for-the-old-city-name"),
]


# A city written with accents the table leaves out ("Bogotá" for its "Bogota"), or without those it keeps
# ("Asuncion" for "Asunción"), is that city
ACCENT_CITY_CASES = [
    pytest.param("date: 2026-03-04\nPeace\n\nPeace talks between the government and the rebels resumed in Bogotá on "
                 "Monday.", {("Bogota", "locatedIn", "Colombia")}, set(), id="bogota-with-an-accent"),
    pytest.param("date: 2026-03-04\nSummit\n\nCentral African leaders gathered in Yaoundé on Friday for a summit "
                 "on security.", {("Yaounde", "locatedIn", "Cameroon")}, set(), id="yaounde-with-an-accent"),
    pytest.param("date: 2026-03-04\nTrade\n\nMercosur ministers met in Asuncion on Friday to discuss tariffs.",
                 {("Asunción", "locatedIn", "Paraguay")}, set(), id="asuncion-without-its-accent"),
]

# A building and its city NER read as one facility ("the Great Hall of the People in Beijing"), or a building with
# the "in" before its city: the building's name alone, and the city its own place
VENUE_IN_CITY_CASES = [
    pytest.param("date: 2026-03-04\nTalks\n\nA welcome ceremony was held at the Great Hall of the People in Beijing.",
                 {("Great Hall of the People", "a", "Place"), ("Beijing", "a", "Place")},
                 {("Great Hall of the People in Beijing", "a", "Place")}, id="building-in-city-as-one"),
    pytest.param("date: 2026-03-04\nTalks\n\nPremier Li received the visiting prime minister at the Great Hall of the "
                 "People in Beijing on Thursday.",
                 {("Great Hall of the People", "a", "Place")}, {("Great Hall of the People in Beijing", "a", "Place")},
                 id="received-at-building-in-city"),
    pytest.param("date: 2026-03-04\nTalks\n\nLeaders gathered at the Hall of the People in Hanoi.",
                 {("Hall of the People", "a", "Place")}, {("Hall of the People in", "a", "Place")},
                 id="building-with-a-trailing-in"),
]

# A venue with its city written right after it is in that city; a hotel of one name in two cities is two places
VENUE_LOCATED_CASES = [
    pytest.param("date: 2026-03-04\nDefence\n\nDefence ministers met at the Marina Bay Hotel in Singapore on Saturday.",
                 {("Marina Bay Hotel", "locatedIn", "Singapore")}, set(), id="hotel-in-a-city-state"),
    pytest.param("date: 2026-03-04\nTrade\n\nThe trade ministers held talks at the Grand Orchid Hotel, Jakarta, on "
                 "Saturday.", {("Grand Orchid Hotel", "locatedIn", "Jakarta")}, set(), id="hotel-comma-city"),
    pytest.param("date: 2026-03-04\nTrade\n\nThe accord was signed at the Royal Palm Palace in Bangkok on Monday.",
                 {("Royal Palm Palace", "locatedIn", "Bangkok")}, set(), id="palace-in-city"),
    pytest.param("date: 2026-03-04\nTrade\n\nThe ministers met at the Grand Orchid Hotel on Saturday, officials in "
                 "Jakarta said.", set(), {("Grand Orchid Hotel", "locatedIn", "Jakarta")},
                 id="negative-a-city-elsewhere-in-the-sentence"),
]

# "the Korean side": a demonym two countries share names neither
SHARED_DEMONYM_CASES = [
    pytest.param("date: 2026-03-04\nChips\n\nThe Korean side said it would answer the tariffs after talks in "
                 "Washington on Monday.", set(),
                 {("South Korea", "a", "Country"), ("North Korea", "a", "Country"), ("South Korea", "a", "Place"),
                  ("talks in Washington, D.C.", "participant", "South Korea")}, id="the-korean-side"),
    pytest.param("date: 2026-03-04\nChips\n\nKorean Trade Minister Park Jae-won met his Japanese counterpart in "
                 "Tokyo on Monday.", set(),
                 {("Park Jae-won", "affiliatedWith", "South Korea"), ("Park Jae-won", "affiliatedWith", "North Korea")},
                 id="korean-minister"),
    pytest.param("date: 2026-03-04\nChips\n\nThe Korean delegation, led by Deputy Minister Kim Ha-eun, arrived in "
                 "Geneva on Tuesday.", set(),
                 {("delegation of South Korea", "a", "Delegation"), ("delegation of North Korea", "a", "Delegation")},
                 id="korean-delegation"),
]

# A land form NER took for a body ("the Amazon rainforest"): a place, one node with its adjectival uses ("Amazon
# nations"), unless some mention acts
LANDFORM_CASES = [
    pytest.param("date: 2026-03-04\nForests\n\nMinisters pledged to curb logging in the Amazon rainforest on Tuesday.",
                 {("Amazon", "a", "Place")}, {("Amazon", "a", "Organization")}, id="rainforest-after-the-name"),
    pytest.param("date: 2026-03-04\nForests\n\nBrazil and Colombia agreed to protect the Amazon rainforest. A summit "
                 "of Amazon nations is planned for August.",
                 {("Amazon", "a", "Place")}, {("Amazon", "a", "Organization")}, id="landform-then-adjective"),
    pytest.param("date: 2026-03-04\nRivers\n\nVietnam and Cambodia discussed saltwater intrusion in the Mekong delta. "
                 "Officials from Mekong countries met in Phnom Penh.",
                 {("Mekong", "a", "Place")}, {("Mekong", "a", "Organization")}, id="delta-after-the-name"),
]

# A territory (countries.tsv's rows not independent: Hong Kong, Macao, Guam) is a place, not a country, unless the
# text makes it act (then kg:Country is the one agent class it fits)
TERRITORY_CASES = [
    pytest.param("date: 2026-03-04\nChips\n\nTOKYO, March 4 (Kyodo) - Japan widened its export controls on "
                 "chipmaking tools on Monday to cover shipments routed through Hong Kong.",
                 {("Hong Kong", "a", "Place")}, {("Hong Kong", "a", "Country")}, id="hong-kong-as-a-route"),
    pytest.param("date: 2026-03-04\nFlights\n\nDirect flights between Macao and Guam resume next month, the "
                 "airline said on Tuesday.",
                 {("Macao", "a", "Place"), ("Guam", "a", "Place")}, {("Macao", "a", "Country"), ("Guam", "a", "Country")},
                 id="two-territories-as-places"),
    pytest.param("date: 2026-03-04\nTrade\n\nA trade fair in Hong Kong drew buyers from Vietnam and Thailand on "
                 "Wednesday.",
                 {("Vietnam", "a", "Country")}, {("Hong Kong", "a", "Country")}, id="a-fair-in-hong-kong"),
    pytest.param("date: 2026-03-04\nFish\n\nNorway and the Faroe Islands held fisheries talks in Bergen on "
                 "Tuesday.",
                 {("Faroe Islands", "a", "Country")}, set(), id="negative-a-territory-party-to-talks"),
]

# a name NER cut at its hyphen goes on into the short lower-case word after it; a word that makes an adjective of a
# name ("Lima-based", "EU-wide") does not
HYPHENED_PLACE_CASES = [
    pytest.param("date: 2026-03-04\nBorder\n\nTrade officials met in Hpa-an on Monday to discuss border trade.",
                 {("Hpa-an", "a", "Place")}, {("Hpa", "a", "Place")}, id="town-cut-at-its-hyphen"),
    pytest.param("date: 2026-03-04\nBorder\n\nThe talks in Hpa-an ended on Friday without a deal.",
                 {("talks in Hpa-an", "location", "Hpa-an")}, {("Hpa", "a", "Place")}, id="talks-in-a-hyphened-town"),
    pytest.param("date: 2026-03-04\nBorder\n\nThe Lima-based firm welcomed the EU-wide rules on Monday.",
                 {("Lima", "a", "Place")}, {("Lima-based", "a", "Place")}, id="negative-an-adjective-after-a-hyphen"),
]


# a one-word name NER tagged ORG that is where people meet or arrive is a place, not a body
GATHERING_PLACE_CASES = [
    pytest.param("date: 2026-03-04\nOil\n\nThe ministers met in Erbil on Tuesday.",
                 {("meeting in Erbil", "location", "Erbil")}, {("Erbil", "a", "Organization")}, id="met-in-a-town"),
    pytest.param("date: 2026-03-04\nOil\n\nTalks were held in Erbil, the capital of the Kurdistan region, on Sunday.",
                 {("Erbil", "a", "Place")}, {("Erbil", "a", "Organization")}, id="held-in-a-capital"),
    pytest.param("date: 2026-03-04\nOil\n\nDelegates gathered in Erbil for talks on oil exports.",
                 {("Erbil", "a", "Place")}, {("Erbil", "a", "Organization")}, id="gathered-in-a-town"),
    pytest.param("date: 2026-03-04\nOil\n\nLawmakers met in Congress on Tuesday to debate the tariffs.",
                 set(), {("Congress", "a", "Place")}, id="negative-a-legislature-met-in"),
    pytest.param("date: 2026-03-04\nOil\n\nNegotiators met in Erbil on Monday. Erbil said the deal was fair.",
                 set(), {("Erbil", "a", "Place")}, id="negative-a-name-that-acts"),
]


# "Congo" alone names both Congos (Kinshasa's and Brazzaville's): no country unless the text says which.
SHARED_COUNTRY_NAME_CASES = [
    pytest.param("date: 2026-03-04\nFighting\n\nThe rebels promised to halt their advance in Congo by Friday.",
                 set(), {("Republic of the Congo", "a", "Country"), ("Democratic Republic of the Congo", "a", "Country")},
                 id="congo-alone"),
    pytest.param("date: 2026-03-04\nCobalt\n\nMiners in Congo exported more cobalt to China last year, traders said.",
                 {("China", "a", "Country")}, {("Republic of the Congo", "a", "Country")}, id="congo-alone-with-another-country"),
    pytest.param("date: 2026-03-04\nVisit\n\nCongo's foreign minister flew to Luanda for talks with Angola on Monday.",
                 {("Angola", "a", "Country")}, {("Republic of the Congo", "a", "Country")}, id="congo-possessive"),
    pytest.param("date: 2026-03-04\nFighting\n\nThe rebels promised to halt their advance in the Democratic Republic "
                 "of Congo by Friday.", {("Democratic Republic of the Congo", "a", "Country")},
                 {("Republic of the Congo", "a", "Country")}, id="negative-the-democratic-republic-without-the"),
    pytest.param("date: 2026-03-04\nTimber\n\nLoggers from the Republic of Congo met buyers from Vietnam on Tuesday.",
                 {("Republic of the Congo", "a", "Country")}, {("Democratic Republic of the Congo", "a", "Country")},
                 id="negative-the-republic-of-congo"),
    pytest.param("date: 2026-03-04\nFighting\n\nTroops from the DRC and Rwanda agreed to a ceasefire on Monday.",
                 {("Democratic Republic of the Congo", "a", "Country")}, set(), id="negative-drc"),
]

MACEDONIA_CASES = [
    # "Macedonia" alone is also Greece's region: no name of North Macedonia in the data tables, no link
    pytest.param("date: 2026-03-04\nFarms\n\nFarmers in Macedonia, in northern Greece, blocked roads on Monday.",
                 {("Greece", "a", "Country")}, {("North Macedonia", "a", "Country")}, id="greek-macedonia"),
    pytest.param("date: 2026-03-04\nPort\n\nDockers in Thessaloniki, the largest city of Greek Macedonia, struck.",
                 set(), {("North Macedonia", "a", "Country")}, id="greek-macedonia-city"),
    pytest.param("date: 2026-03-04\nWine\n\nVineyards across Macedonia suffered a late frost this spring.",
                 set(), {("North Macedonia", "a", "Country")}, id="macedonia-alone"),
    pytest.param("date: 2026-03-04\nVisit\n\nPrime Minister Hristijan Mickoski of North Macedonia visited Sofia.",
                 {("Hristijan Mickoski", "affiliatedWith", "North Macedonia")}, set(), id="negative-north-macedonia"),
]

COUNTY_OF_REGION_CASES = [
    # "X County, Georgia": a US county before the name writes it as the US state, not the country
    pytest.param("date: 2026-03-04\nPlant\n\nThe carmaker's plant in Bryan County, Georgia, will open next year.",
                 {("Georgia", "a", "Place")}, {("Georgia", "a", "Country")}, id="plant-in-a-county"),
    pytest.param("date: 2026-03-04\nVote\n\nVoters in Cobb County, Georgia, waited for hours on Tuesday.",
                 {("Georgia", "a", "Place")}, {("Georgia", "a", "Country")}, id="voters-in-a-county"),
    pytest.param("date: 2026-03-04\nJobs\n\nThe battery factory in Jackson County, Georgia, hired 900 workers.",
                 {("Georgia", "a", "Place")}, {("Georgia", "a", "Country")}, id="factory-in-a-county"),
    pytest.param("date: 2026-03-04\nVisit\n\nPrime Minister Irakli Kobakhidze of Georgia met officials in Tbilisi.",
                 {("Georgia", "a", "Country")}, set(), id="negative-the-country"),  # guard
]


@pytest.mark.parametrize("text, present, absent", PLACE_CASES + REGION_AND_WORD_CASES + REGION_ALIAS_CASES
                         + HYPHENED_PLACE_CASES + TERRITORY_CASES + ACCENT_CITY_CASES + VENUE_IN_CITY_CASES
                         + LANDFORM_CASES + VENUE_LOCATED_CASES + SHARED_DEMONYM_CASES + GATHERING_PLACE_CASES
                         + SHARED_COUNTRY_NAME_CASES + MACEDONIA_CASES + COUNTY_OF_REGION_CASES)
def test_qualified_places(nlp, text, present, absent):
    assert_facts(nlp, text, present, absent)


def test_a_hotel_of_one_name_in_two_cities_is_two_places(nlp):
    graph = graph_of(nlp, "date: 2026-03-04\nA\n\nDefence ministers met at the Marina Bay Hotel in Singapore on Friday.",
                     "date: 2026-03-04\nB\n\nTrade ministers met at the Marina Bay Hotel in Manila on Monday.")
    hotels = set(graph.subjects(RDFS.label, Literal("Marina Bay Hotel")))
    assert len(hotels) == 2, sorted(hotels)


@pytest.mark.parametrize("first, second", [
    ("HANOI, July 2 (VNA) - The prime minister hosted a welcome ceremony for the Lao premier at the Presidential "
     "Palace on Wednesday.",
     "KYIV, July 2 - The president received his Polish counterpart at the Presidential Palace on Thursday."),
    ("NAIROBI, May 4 - The president received the Ugandan envoy at the State Lodge on Monday.",
     "ACCRA, May 4 - Talks on cocoa were held at the State Lodge, officials said."),
], ids=["presidential-palaces-of-two-datelines", "state-lodges-of-two-datelines"])
def test_a_venue_of_one_name_under_two_datelines_is_two_places(nlp, first, second):
    graph = graph_of(nlp, first, second)
    label = "Presidential Palace" if "Presidential" in first else "State Lodge"
    assert len(set(graph.subjects(RDFS.label, Literal(label)))) == 2


def test_a_namesake_takes_no_links(nlp):
    graph = graph_of(nlp, PLACE_CASES[0].values[0], PLACE_CASES[3].values[0])
    namesake = graph.value(predicate=RDFS.label, object=Literal("Birmingham, Alabama"))
    assert namesake is not None and list(graph.objects(namesake, OWL.sameAs)) == []
    cordoba = graph.value(predicate=RDFS.label, object=Literal("Córdoba, Spain"))
    assert "http://www.wikidata.org/entity/Q5818" in {str(o) for o in graph.objects(cordoba, OWL.sameAs)}


# The small model sometimes takes a city for a date ("resumed talks in Montevideo on Thursday"): a DATE entity that
# is only a city's or a country's name is a place.
DATE_READ_CASES = [
    pytest.param("date: 2026-02-20\nTalks\n\nNegotiators from the European Union and Mercosur resumed talks in Montevideo "
                 "on Thursday, officials said.",
                 {("talks in Montevideo", "location", "Montevideo"), ("Montevideo", "a", "Place")}, set(),
                 id="city-read-as-date"),
    pytest.param("date: 2026-02-20\nTalks\n\nNegotiators resumed talks in Montevideo on Thursday.",
                 {("Montevideo", "a", "Place")}, set(), id="city-read-as-date-short"),
    pytest.param("date: 2026-02-20\nTalks\n\nThe ministers will meet in Lima on Thursday, May 7.",
                 {("meeting in Lima", "startDate", "2026-05-07")}, set(), id="negative-dates-stay-dates"),
]


@pytest.mark.parametrize("text, present, absent", DATE_READ_CASES)
def test_places_read_as_dates(nlp, text, present, absent):
    assert_facts(nlp, text, present, absent)


# ... or for a group's name, a product's or a work's ("arrived in Asuncion", "a summit in Montevideo"): a big city's name
# right after a preposition of place is the place; not a work's title elsewhere ("watched Casablanca").
MISTYPED_CITY_CASES = [
    pytest.param("date: 2026-02-20\nTalks\n\nDelegates arrived in Asuncion for talks on Monday.",
                 {("talks in Asunci\u00f3n", "location", "Asunci\u00f3n"), ("Asunci\u00f3n", "a", "Place")}, set(),
                 id="city-read-as-group"),
    pytest.param("date: 2026-02-20\nSummit\n\nLeaders gathered for the trade summit in Montevideo on Tuesday.",
                 {("trade summit in Montevideo", "location", "Montevideo")}, set(), id="city-read-as-product"),
    pytest.param("date: 2026-02-20\nTalks\n\nDelegates arrived in Montevideo for talks on Monday.",
                 {("talks in Montevideo", "location", "Montevideo")}, set(), id="city-read-as-work"),
    pytest.param("date: 2026-02-20\nSummit\n\nLeaders gathered for the Mercosur summit in Asuncion on Tuesday.",
                 {("Mercosur summit in Asunci\u00f3n", "location", "Asunci\u00f3n")}, set(), id="city-read-as-group-summit"),
    pytest.param("date: 2026-02-20\nFilms\n\nThe ministers watched Casablanca together on Monday.",
                 set(), {("Casablanca", "a", "Place")}, id="guard-work-title-not-after-a-preposition"),
]


@pytest.mark.parametrize("text, present, absent", MISTYPED_CITY_CASES)
def test_cities_read_as_groups_or_works(nlp, text, present, absent):
    assert_facts(nlp, text, present, absent)


def test_no_month_or_weekday_is_a_place():
    import calendar

    gaz = gazetteer()
    words = [m for m in calendar.month_name if m] + list(calendar.day_name) + ["Today", "Tomorrow", "Yesterday"]
    assert [w for w in words if gaz.city(w) or gaz.country(w)] == []


# A dateline's place that NER took for a body: "JEJU, South Korea, May 22 (Yonhap) --".
DATELINE_PLACE_CASES = [
    pytest.param("Ministers meet\n\nJEJU, South Korea, May 22 (Yonhap) -- Trade ministers from 21 economies began a "
                 "two-day meeting on Thursday, with tariffs topping the agenda.",
                 {("Jeju", "a", "Place")}, {("JEJU", "a", "Organization"), ("Jeju", "a", "Organization")},
                 id="dateline-in-capitals"),
    pytest.param("Talks\n\nSAVUSAVU, Fiji, March 3 - Fisheries officers from Tonga and Samoa met on Tuesday to set "
                 "tuna quotas for the season.",
                 set(), {("SAVUSAVU", "a", "Organization"), ("Savusavu", "a", "Organization")}, id="dateline-small-town"),
    pytest.param("Chips\n\nHyundai Motor, South Korea's biggest carmaker, said on Monday that exports rose in May.",
                 set(), {("Hyundai Motor", "a", "Place")}, id="negative-a-firm-before-a-possessive-country"),
]


# The country or region of a dateline says where its place is; it takes no part in the sentence after it.
DATELINE_COUNTRY_CASES = [
    pytest.param("Talks\n\nPUNTA DEL ESTE, Uruguay (AP) - Brazilian President Lula met Argentine President Milei on "
                 "Friday.", {("meeting", "participant", "Javier Milei"), ("Uruguay", "a", "Country")},
                 {("meeting", "participant", "Uruguay")}, id="country-after-a-place-with-agency"),
    pytest.param("Talks\n\nMOSCOW, Russia (Interfax) - Chinese President Xi Jinping met Indian Prime Minister Narendra "
                 "Modi on Friday.", {("meeting", "participant", "Xi Jinping"), ("Moscow", "locatedIn", "Russia")},
                 {("meeting", "participant", "Russia")}, id="country-after-a-capital-with-agency"),
    pytest.param("Talks\n\nLIMA, Peru, July 2 - The foreign ministers of Chile and Bolivia held talks on Thursday.",
                 {("Lima", "a", "Place")}, {("talks", "participant", "Peru")}, id="country-and-date"),
    pytest.param("Talks\n\nNAIROBI, Kenya - President William Ruto met Tanzanian President Samia Suluhu Hassan on "
                 "Friday.", {("meeting", "participant", "Samia Suluhu Hassan"), ("Nairobi", "locatedIn", "Kenya")},
                 {("meeting", "participant", "Kenya")}, id="country-and-dash"),
    pytest.param("Talks\n\nNAIROBI, Kenya (Wire) - Kenya and Uganda held talks on Friday.",
                 {("talks", "participant", "Kenya"), ("talks", "participant", "Uganda")}, set(),
                 id="guard-the-datelines-country-named-again-takes-part"),
]


@pytest.mark.parametrize("text, present, absent", DATELINE_COUNTRY_CASES)
def test_a_datelines_country_takes_no_part(nlp, text, present, absent):
    assert_facts(nlp, text, present, absent)


@pytest.mark.parametrize("text, present, absent", DATELINE_PLACE_CASES)
def test_dateline_places(nlp, text, present, absent):
    assert_facts(nlp, text, present, absent)
