"""Declarative tables: the words that map text to ontology terms.

Extraction rules read these tables instead of hard-coding words, so a new
trigger or title is one line here. Everything is general English news
vocabulary; nothing is specific to any one article.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .model import EXPORT_CONTROL, MEASURE, MEETING, SANCTION, SUMMIT, TARIFF
from .names import fold_accents, normalize_name

# --- page furniture -------------------------------------------------------
_furniture = [
    r"follow us\b", r"read (also|more)\b", r"also read\b", r"others also read", r"next in\b",
    r"related( articles| stories| news)?\s*:?", r"recommended\b", r"more from\b", r"leave a (reply|comment)",
    r"your email address", r"subscribe\b", r"sign up\b", r"share (this|on)\b", r"click here", r"advertisement\b",
    r"copyright\b", r"\u00a9", r"all rights reserved", r"download (our|the) app", r"tags?\s*:", r"photo\s*:",
    r"(image|photo) (credit|source)\b", r"(written|reported) by\b",
    # a byline: "By Ana Lupu", "By Ana Lupu and Ion Vasko", "By Ana Lupu, Ion Vasko and Eva Moro"
    r"by (?-i:[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}(?:(?:,| and|, and) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}){0,3})\s*$",
    # wire credits, often in brackets: "(Reporting by ...; Editing by ...)"
    r"\(?editing by\b", r"\(?(additional )?reporting by\b", r"\(?(writing|compiled) by\b",
]
FURNITURE_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in _furniture)
# After these lines everything else on the page is links and footers.
FURNITURE_TAIL_MARKERS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"next in\b", r"others also read", r"related( articles| stories| news)?\s*:?\s*$", r"more from\b",
    r"recommended( for you)?\s*$", r"leave a (reply|comment)", r"read (also|more)\s*$",
))

# --- entity labels --------------------------------------------------------
# spaCy NER label -> the kind of node it becomes before gazetteer checks.
NER_LABEL_KIND = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place", "NORP": "Demonym"}
NER_LABELS_IGNORED = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT",
                                "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"})
# A name ending in one of these is an organization whatever NER said ("South China Morning Post").
ORGANIZATION_HEAD_WORDS = frozenset("""
agency association authority bank board bureau cabinet center centre commission committee company cooperation
corporation council court department fed federation forum foundation fund group inc institute institution league
ltd ministry news office organisation organization parliament party post press reserve secretariat senate service
times tribune union university journal herald guardian telegraph gazette daily television tv radio network
""".split())
# Head words of a state body named for what it handles, after "of (the)" ("the US Department of the Treasury",
# "the Ministry of the Interior"): NER may cut the name before "of" when a possessive follows; the head and the
# capitalised name right after "of (the)" are one body.
BODY_HEADS_BEFORE_OF = frozenset({"department", "ministry", "secretariat", "bureau", "directorate"})
# Plural nouns of a body's members that NER ends a body's name on, before the "of" that says whose
# ("the Council of Heads | of Member States", "the Committee of Chiefs | of Defence Staff"): the name runs on.
BODY_MEMBER_NOUNS_BEFORE_OF = frozenset({"heads", "chiefs"})
# Single words that, as a whole name, point back at a body named earlier ("the Commission's", "the
# Council says"): they are that body, or no node at all when none was named.
BACK_REFERENCE_HEAD_WORDS = frozenset("""
agency authority board bureau commission committee council court department ministry office secretariat tribunal union
""".split())
# A name that begins or ends with one of these is a treaty or a deal, not a body ("Agreement on Reciprocal
# Trade", "Tarsa Accord").
AGREEMENT_WORDS = frozenset({"agreement", "treaty", "accord", "pact", "convention", "protocol", "charter", "memorandum"})
# The last word of a law's or a treaty's name ("the Taiwan Travel Act", "the Farm Bill", "the Abraham Accords",
# "the EU Deforestation Regulation"): a text, never a body nor a person, unless a body's head word is in the name
# too ("Institute of International Law"). "law" not after a person's name ("Jude Law").
LAW_NAME_ENDINGS = AGREEMENT_WORDS | {w + "s" for w in AGREEMENT_WORDS} | frozenset(
    {"act", "acts", "bill", "law", "statute", "directive", "ordinance", "regulation"})
# Trade agreements written as acronyms, not bodies ("the CPTPP", "USMCA review talks"), and the endings of the
# acronyms of free-trade and partnership agreements ("AANZFTA", "IEU-CEPA", "India-UAE CEPA"); a body the gazetteer
# knows by such an acronym ("EFTA") stays a body.
AGREEMENT_ACRONYMS = frozenset({"CPTPP", "TPP", "RCEP", "USMCA", "CUSMA", "NAFTA", "CETA", "TTIP", "GATT", "TRIPS"})
AGREEMENT_ACRONYM_ENDINGS = ("FTA", "CEPA", "CECA", "ECTA")
# Time zones a live page writes after its time stamps ("10:42 GMT - ..."): never a body. Not "PT" (an Indonesian
# firm's "PT Pertamina") nor "ET", "IST", "CAT", words or names of their own.
TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "JST", "KST", "AEST", "AEDT",
                        "SGT", "HKT", "MSK", "SAST"})
# Markers a wire story ends on, alone in their paragraph ("(END)", "-- MORE --"): no body.
WIRE_END_MARKERS = frozenset({"END", "ENDS", "MORE", "ENDIT"})
# "X Convention Centre", "X Exhibition Center": a venue, a place rather than a body.
VENUE_MODIFIERS = frozenset({"convention", "conference", "exhibition", "congress", "expo", "events", "trade"})
VENUE_HEADS = frozenset({"centre", "center", "hall", "complex", "grounds"})
# Nouns right after a name that make it a place ("the Tarsa border post", "Mombasa port").
PLACE_NOUNS_AFTER = frozenset({"border", "frontier", "crossing", "port", "harbour", "harbor"})
# Titles of heads of state and government: "President Trump" is the sitting leader of that name, not the
# article's "Eric Trump" (kg/extract/mentions.py).
LEADER_TITLES = frozenset({"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "prime minister",
                           "taoiseach", "emperor"})
# "his Peruvian counterpart Ana Quispe": a name after these is a person's, whatever NER tagged it.
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts", "predecessor", "successor", "deputy", "colleague"})
# Lower-case particles inside a person's name ("Maria Laura da Rocha", "Ursula von der Leyen", "Ahmad bin Ali").
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "di", "del", "della", "der", "den", "van", "von", "du",
                            "la", "le", "bin", "binti", "bint", "ibn", "al", "el", "y", "ter", "ten", "zu", "af"})
# ... of which those that open a family name, written alone for the person ("von der Leyen", "da Silva", "van
# Aken"); not "bin"/"ibn" (a father's name) nor "y" (between two surnames).
SURNAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "du", "le", "la",
                               "ter", "ten"})
# Given names written short with a full stop that are no whole word or name of their own ("Mohd. Nasir",
# "Muhd. Amin"): one token each (kg/nlp.py). spaCy already keeps "Md.", "Jr." and "Mr." whole.
NAME_ABBREVIATIONS = ("Mohd.", "Muhd.", "Moh.")
# Particles before a father's name inside a person's name ("Mohammed bin Salman"): a name never starts with one.
PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bint", "ibn"})
# "the US state of X", "the Indian province of Y": X and Y are a country's regions, even where a country
# bears the name (kg/extract/places.py).
REGION_NOUNS = frozenset({"state", "province", "region", "prefecture", "county", "governorate", "oblast", "canton",
                          "emirate", "territory"})
# A lone name that is a country's and another country's region ("Georgia": the Caucasus country, the US
# state) is the region when the article shows that country's home politics (with the country named) and
# nothing of the country of that name (kg/extract/places.py). Words, lower case.
REGION_HOME_WORDS = {"United States": frozenset({
    "republican", "republicans", "democrat", "democrats", "gop", "senator", "senators", "congressman",
    "congresswoman", "statehouse", "midterm", "midterms", "county", "counties", "statewide"})}
# ... and the capitalised word of its own divisions that, right before ", X", writes X as that country's region
# ("Bryan County, Georgia")
REGION_DIVISION_WORDS = {"United States": frozenset({"county"})}
# ... and words that tell of the country bearing the name, besides its cities and its demonym
COUNTRY_NAMESAKE_WORDS = {"Georgia": frozenset({"caucasus", "abkhazia", "ossetia", "tskhinvali", "sukhumi", "lari"})}
# An abbreviation a body shares with something else news writes it for: "AU" is gold's chemical symbol
# ("spot gold (AU)", "AU reserves") as well as the African Union; "ISA" a British savings account as well as
# the International Solar Alliance. abbreviation -> (words of the other reading, words of the body's own):
# the abbreviation is no body in an article with words of the first set and none of the second.
# Abbreviations of terms of trade and economics that name no body, though NER tags them as one ("long-term LNG
# contracts", "FDI inflows", "AI chips"); written as news writes them.
TERM_ACRONYMS = frozenset({"LNG", "LPG", "CNG", "EV", "EVs", "AI", "GDP", "GNP", "FDI", "VAT", "GST", "CPI", "PMI",
                           "IPO", "IPOs", "SME", "SMEs", "MSME", "MSMEs", "ICT", "GHG", "OEM", "OEMs", "FTA", "FTAs",
                           "MoU", "MOU", "MoUs", "MOUs", "EEZ", "SEZ", "SEZs", "NTB", "NTBs", "CEO", "CEOs",
                           "EPS", "EBITDA", "CFO", "CFOs", "ETF", "ETFs", "M&A"})
# Words news writes capitalised that name an event, a process or an illness, never a person, body or place, though
# NER tags them as one ("the Covid recovery", "the Brexit row", "Megxit"); normalized.
NEWS_TERMS = frozenset({"covid", "covid 19", "sars", "sars cov 2", "mers", "coronavirus", "omicron", "brexit",
                        "grexit", "frexit", "megxit", "bitcoin", "ethereum"})
# Nouns of the goods a trade measure or a trade flow is about ("duties on PVDF", "imports of HFCs", "exports of
# DRAM"): an acronym right after one and "on"/"of" that the gazetteer knows as no body is a good, no body.
GOODS_FLOW_NOUNS = frozenset({"duty", "duties", "tariff", "tariffs", "levy", "levies", "imports", "exports",
                              "shipments", "dumping"})
SHARED_ABBREVIATIONS = {
    "AU": (frozenset({"gold", "bullion", "ounce", "ounces", "troy", "precious", "spot", "futures"}),
           frozenset({"african", "africa", "addis"})),
    "ISA": (frozenset({"savings", "saver", "savers", "isas", "tax-free", "allowance", "account", "accounts"}),
            frozenset({"solar", "seabed"})),
}
# The last word of a venue's name ("the Grand Hotel", "Lancaster House", "the Peace Palace"): a place within a
# city, so talks "in Stockholm" and talks "at the Grand Hotel" of one article can be one event when the article
# sets the venue in that city ("the Grand Hotel in Stockholm", or the one city of its dateline).
# Of these, VENUE_ONLY_WORDS name no body, so a name ending in one after "at" is a place whatever NER tagged it ("at
# the Hyatt Regency Hotel"); a house, a hall or a centre may be a body's seat that stands for it ("the White House").
VENUE_ONLY_WORDS = frozenset({"hotel", "palace", "resort", "castle", "villa", "manor", "mansion", "pavilion", "lodge"})
VENUE_WORDS = VENUE_ONLY_WORDS | {"house", "centre", "center", "hall", "residence", "building", "complex"}
# "the island of X", "the port of X": X is a place.
PLACE_NOUNS_BEFORE_OF = frozenset({"island", "islands", "atoll", "port", "city", "town", "village", "province",
                                   "district", "region", "municipality", "archipelago"})
# Prepositions before a name that make it a vehicle or venue, not an agent ("aboard Air Force One").
VEHICLE_PREPOSITIONS = frozenset({"aboard", "onboard"})
# Leaders' aircraft news names like bodies ("Air Force One has landed"): vehicles, never agents (normalized).
VEHICLE_NAMES = frozenset({"air force one", "air force two", "marine one", "air india one", "air china one"})

# --- people ---------------------------------------------------------------
# Words that make up a position before or after a name; a title needs one head word.
TITLE_HEAD_WORDS = frozenset("""
president premier minister secretary representative chancellor ambassador envoy spokesperson spokesman spokeswoman
governor senator congressman congresswoman chairman chairwoman chair chief director commissioner king queen emperor
sultan prince princess mayor speaker leader negotiator adviser advisor counsellor counselor undersecretary
secretary-general deputy official diplomat economist analyst expert professor researcher fellow strategist
lawmaker legislator general admiral ceo executive head editor correspondent attorney-general treasurer
commissioner high-commissioner councillor councilor secretary-general under-secretary undersecretary
attaché attache consul consul-general chargé negotiator representative administrator pm cs dpm fm eam cm
taoiseach tánaiste tanaiste
""".split())
TITLE_MODIFIER_WORDS = frozenset("""
vice deputy prime first foreign trade commerce finance treasury defense defence state interior home justice health
education energy economy economic industry agriculture national security special senior chief executive general
assistant acting top lead former deputy-general central bank foreign-affairs affairs international external
commercial fiscal monetary digital environment labour labor transport foreign-policy policy political military
ministry office department state war army navy house white
cabinet principal permanent under parliamentary federal high fisheries intelligence police crown managing
attorney solicitor surgeon auditor lieutenant
""".split())
# Title modifiers written abbreviated with a full stop ("Lt. Governor", "Asst. Secretary"): part of the title after
# them, which the stop (often read as a sentence's end) cuts off.
ABBREVIATED_TITLE_MODIFIERS = frozenset({"lt", "asst", "dep"})
# A royal style that may follow a post before the name ("Energy Minister Prince Abdulaziz"): not the post's.
ROYAL_STYLE_WORDS = frozenset({"prince", "princess"})
# Words of a post's portfolio, after "Minister of" / "Secretary for" ("Minister of Mines and Energy",
# "Under Secretary for Arms Control"): capitalised words past these in a title are the holder's name.
PORTFOLIO_WORDS = frozenset("""
affairs agriculture aid arms budget business climate commerce communications communities community competition control
cooperation co-operation culture customs defence defense development diaspora digital disarmament economic economy
education electricity employment energy enterprise entrepreneurship environment europe european exports external
family finance financial fisheries food foreign forestry forests fuel gender growth health higher home housing
human immigration industry industries information infrastructure innovation integration intelligence interior
internal international investment investments irrigation justice labor labour land lands law livestock local
management manufacturing marine maritime markets media migration mines mineral minerals mining national natural
ocean oceans oil partnerships peace petroleum planning policy political ports power privatization public reform
regional regions relations religious research resources rights rural science security services small social
space sport sports state strategic strategy technology telecommunications terrorism tourism trade training
transport transportation treasury urban veterans water welfare women works youth negotiations talks standards
statistics operations protocol procurement sanctions quotas tariffs portfolio presidency staff sales marketing
fishery aquaculture aviation railway railways textile textiles telecom telecommunication heritage wildlife
""".split())
# Plural nouns for people who act for a state ("three Iranian officials"): the people listed after one, behind a
# cue of GROUP_MEMBER_CUES ("including", "among them"), act for the country named before it. "Nationals",
# "citizens" or "businessmen" are not here: being someone's citizen is not acting for them.
OFFICIAL_GROUP_NOUNS = frozenset({"officials", "ministers", "diplomats", "envoys", "negotiators", "lawmakers",
                                  "legislators", "generals", "commanders", "officers", "ambassadors", "senators",
                                  "deputies", "judges", "prosecutors", "governors", "mayors", "regulators"})
GROUP_MEMBER_CUES = (("including",), ("among", "them"), ("among", "whom"), ("such", "as"))
# Posts only one country has: their holder serves it though the text names no country ("Federal Councillor for
# Home Affairs A" is Swiss).
POSTS_OF_ONE_COUNTRY = {"federal councillor": "Switzerland", "taoiseach": "Ireland", "tánaiste": "Ireland",
                        "tanaiste": "Ireland"}
# Honorifics and forms of address: neither titles nor part of a name ("Datuk Seri Azlan Harun" is Azlan
# Harun). Each entry is a sequence of lower-cased tokens without their full stops.
HONORIFICS = tuple(tuple(h.split()) for h in """
mr|mrs|ms|miss|mx|dr|prof|sir|dame|madam|madame|lord|lady|h.e|hon|rt hon|the hon|amb|excellency|his excellency
her excellency|datuk|datuk seri|dato|dato seri|dato sri|dato'|dato' seri|dato' sri|datin|datin seri|tan sri|puan sri
toh puan|tun|tengku|tunku|ungku|datuk seri utama|dato seri utama|dato' seri utama|datuk seri panglima|sheikh|sheikha|shaikh|sheik|sayyid|sayyida|ratu|adi|u|daw|haji|hajjah|hajah|rev|reverend|pastor|engr|atty
shri|shrimati|smt
""".replace("\n", "|").strip("|").split("|"))
# Honorifics that are also ordinary capitalised words or letters: they count only before two or more
# capitalised name words ("U Thein Naing", "Adi Litia Cakobau"), never before one.
WEAK_HONORIFICS = frozenset({("u",), ("adi",), ("lady",), ("lord",)})
# Role nouns before a name that make it a person's ("former MP Ion Vasko", "financier Ana Lupu"), even
# when NER called the name an organization.
PERSON_ROLE_NOUNS = frozenset("""
mp businessman businesswoman financier tycoon oligarch activist lawyer journalist banker entrepreneur
executive lawmaker senator congressman congresswoman businessperson broker trader magnate
""".split()) | (PERSON_TRADE_NOUNS := frozenset("""
farmer fisherman fisherwoman grower rancher herder labourer laborer teacher nurse shopkeeper pensioner retiree
student homeowner actor actress singer songwriter novelist poet musician rapper footballer comedian filmmaker
""".split()))  # (these never name a firm, as "trader", "broker" or "executive" may: "Farmer Ana Lupu said")
# Nouns that make a name a firm's when they stand in apposition to it ("Kestrel Vane, a Lisbon-based
# consultancy") or a firm's officer follows it ("Kestrel Vane chief executive ...").
FIRM_NOUNS = frozenset("""
company firm consultancy consultant steelmaker carmaker automaker chipmaker maker manufacturer producer group
bank lender insurer brokerage shipper operator conglomerate developer miner refiner retailer startup shipbuilder
airline shipowner
association federation chamber exporter importer supplier distributor agency fund
""".split())
# ... of which those no person is called by, so that one right before a name makes it a firm's ("carmaker Juno
# Falk"), where "producer", "developer", "consultant", "operator" or "shipowner" may be a person's trade.
FIRM_ONLY_NOUNS = frozenset("""
company firm consultancy steelmaker carmaker automaker chipmaker manufacturer group bank lender insurer brokerage
conglomerate startup shipbuilder airline association federation chamber agency fund
""".split()) & FIRM_NOUNS
# "Gucci-owner Kering", "Jeep-maker Stellantis": a name's owner or maker, hyphened to a name before it, is a firm
# ("owner John Smith" alone may be a person's).
HYPHENED_FIRM_NOUNS = frozenset({"owner", "maker", "parent"})
FIRM_OFFICERS = ("chief executive", "ceo", "chairman", "chairwoman", "spokesperson", "spokesman", "spokeswoman",
                 "managing director", "president")
# Nouns before a name that make it a ship's: not a person, not an organization.
VESSEL_NOUNS = frozenset({"tanker", "tankers", "vessel", "vessels", "ship", "ships", "freighter", "carrier", "barge",
                          "trawler", "yacht"})
# A country's missions abroad: whoever works at "the Embassy of X" serves X.
MISSION_NOUNS = frozenset({"embassy", "consulate", "consulate general", "consulate-general", "high commission",
                           "permanent mission", "mission", "delegation"})
# Role nouns that are not positions ("a longtime associate of").
NOT_TITLES = frozenset({"associate", "friend", "ally", "wife", "husband", "son", "daughter", "father", "mother"})
# Kin only a person has ("Navalny's widow"); a person's or a group's close ones ("Orban's ally": Hamas has allies too).
KIN_NOUNS = frozenset({"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow", "widower",
                       "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "father-in-law",
                       "mother-in-law", "nephew", "niece", "grandson", "granddaughter", "stepson", "stepdaughter"})
CLOSE_ONE_NOUNS = frozenset({"ally", "allies", "friend", "associate", "associates", "confidant", "protege", "protégé"})

# --- delegations ----------------------------------------------------------
DELEGATION_NOUNS = frozenset({"delegation", "side", "team", "negotiators", "delegates", "contingent"})
LEAD_VERBS = frozenset({"lead", "head", "chair", "helm", "spearhead"})
MEMBER_VERBS = frozenset({"join", "accompany", "include", "comprise", "represent"})
# Words after which a delegation's members are listed ("included A and B", "along with C").
MEMBER_CUES = frozenset({"included", "includes", "include", "including", "comprised", "comprises", "comprising",
                         "accompanied", "joined", "with"})
# A team told only as missing is sent by no one: "in the absence of a Canadian delegation", "without the US team".
DELEGATION_ABSENCE_NOUNS = frozenset({"absence", "boycott", "lack"})
DELEGATION_ABSENCE_PREPOSITIONS = frozenset({"without"})
DELEGATION_ABSENCE_ADJECTIVES = frozenset({"absent", "missing"})
# A sentence opening with these continues the delegation of the sentence before ("It included ...").
DELEGATION_REFERENCES = frozenset({"it", "delegation", "team", "side"})
# ... unless a determiner before it brings in a new team: "A delegation led by X will visit ...", "Another team ...".
DELEGATION_NEW_DETERMINERS = frozenset({"a", "an", "another"})
# "Ministers A and B led their respective delegations": each leads the team of the country they act for.
RESPECTIVE_TEAM_NOUNS = frozenset({"delegations", "teams", "sides"})
RESPECTIVE_WORDS = frozenset({"respective", "their"})
# A team named with no side is the side of its one leader's country ("A delegation led by Indian Minister X will
# visit ..."): only these nouns, which name a side's team ("a team of researchers led by X" is none).
LEADER_SIDE_NOUNS = frozenset({"delegation"})
# A country or body that sends a team is its side: "Brazil sent a delegation headed by X", "Kenya dispatched a team".
DELEGATION_SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "field"})

# --- events ---------------------------------------------------------------
# Event words that name an event only after one of these prepositions: "leaders travel to X for their retreat",
# "at the leaders' retreat" (a "retreat in prices" or an army's retreat is none).
EVENT_TRIGGERS_AFTER = {"retreat": frozenset({"for", "at", "during", "ahead"}), "retreats": frozenset({"for", "at", "during"})}
EVENT_TRIGGERS = {
    **{word: MEETING for word in EVENT_TRIGGERS_AFTER},
    "talk": MEETING, "talks": MEETING, "meeting": MEETING, "negotiation": MEETING, "negotiations": MEETING,
    "dialogue": MEETING, "discussion": MEETING, "discussions": MEETING, "session": MEETING, "visit": MEETING,
    "conference": MEETING, "consultation": MEETING, "consultations": MEETING, "signing": MEETING,
    "round": MEETING, "meet": MEETING, "summit": SUMMIT, "engagement": MEETING, "trip": MEETING,
    "ceremony": MEETING,
}
# Words that tell an event held with no one in one place: "virtual talks", "a video conference", "talks by video
# link", "met via videoconference", "over the phone"; such an event has no place, nor takes another meeting's.
VIRTUAL_EVENT_WORDS = frozenset({"virtual", "online", "remote", "video", "videoconference", "video-conference",
                                 "videolink", "video-link", "telephone", "phone", "teleconference", "zoom"})
VIRTUAL_EVENT_ADVERBS = frozenset({"virtually", "remotely", "online"})
# Event words whose plural tells one event as readily as several ("talks in Geneva and London" may be one round that
# moved): a list of places after them is not one event in each (unlike "rounds", "meetings", "summits").
PLURAL_ONLY_EVENT_WORDS = frozenset({"talks", "negotiations", "discussions", "consultations"})
# Nouns an event word can modify to name a standing arrangement, not a meeting held ("the dialogue process", "a
# talks mechanism", "the negotiation framework").
EVENT_FRAME_NOUNS = frozenset({"process", "mechanism", "framework", "format", "platform", "channel", "channels",
                               "architecture", "partnership"})
# Event words that also name a relationship kept up: "political dialogue", "deepen engagement" tell no meeting.
RELATIONSHIP_EVENT_WORDS = frozenset({"dialogue", "dialogues", "engagement", "engagements"})
RELATIONSHIP_MODIFIERS = frozenset({"political", "strategic", "ongoing", "continued", "regular", "constant",
                                    "permanent", "sustained", "closer", "deeper", "enhanced"})
# ... and so do such words told only as more to come ("further engagements", "future engagements", "more dialogue"),
# unless held at a place or on a day told ("held further engagements in Accra on Monday")
MORE_TO_COME_MODIFIERS = frozenset({"further", "future", "more", "frequent", "greater", "additional"})
# Verbs that only value a relationship word's dialogue ("both countries prize their dialogue"): no meeting held,
# unless the word itself is placed or dated ("praised the dialogue held in Accra")
VALUING_VERBS = frozenset({"value", "prize", "cherish", "treasure", "appreciate", "praise", "hail", "commend", "laud",
                           "applaud", "welcome"})
FOSTERING_VERBS = frozenset({"intensify", "strengthen", "deepen", "promote", "enhance", "expand", "boost", "foster",
                             "encourage", "maintain", "develop", "advance", "broaden", "build", "bolster",
                             "consolidate", "reinforce", "nurture", "value", "support", "step"})
# "separate talks with A and B": one meeting with each of them
SEPARATE_WORDS = frozenset({"separate", "individual", "bilateral"})
# Adverbs on a verb of meeting that make it one meeting with each counterpart: "met separately with A and B".
SEPARATELY_WORDS = frozenset({"separately", "individually", "bilaterally"})
# "held meetings with several leaders. He met A, B and C": counterparts told only as many; those met next are each met
# apart.
SEVERAL_WORDS = frozenset({"several", "various", "multiple", "many", "numerous", "other", "some"})
# Words before a meeting word that make it a summit: "the summit meeting", "the Andean Leaders Meeting" (a meeting
# of heads of state or government) ...
SUMMIT_MODIFIERS = frozenset({"summit", "leaders", "leader", "leaders'"})
# ... unless the leaders are of some other kind ("business leaders' meeting").
NOT_STATE_LEADERS = frozenset({"business", "opposition", "party", "religious", "faith", "church", "community", "union",
                               "industry", "tribal", "military", "student", "civic", "corporate", "youth", "team",
                               "group", "local", "parliamentary", "congressional", "senate", "house", "world-business"})
# Verbs that tell of a meeting when someone receives a named person somewhere: "the Prime Minister received X at
# State House", "she hosted her counterpart in Lima". Without a person and a place they tell of nothing
# ("received a shipment", "hosted a dinner").
GUEST_VERBS = frozenset({"receive", "host", "welcome"})
# "X briefs EU ambassadors in Brussels on Wednesday": a briefing of named or official people somewhere is a
# meeting; one of the press ("briefed reporters in Geneva") is press remarks, not a meeting.
BRIEFING_VERBS = frozenset({"brief"})
PRESS_AUDIENCES = frozenset({"reporters", "journalists", "press", "media", "correspondents", "newsmen", "reporter",
                             "journalist", "newspapers", "public"})
# "The minister visited Nairobi for talks", "the delegation visited Lach Huyen port": a place visited is where the
# visit (or the event it is for) takes place; the visit itself is a meeting when someone named makes it.
VISIT_VERBS = frozenset({"visit", "tour"})
# Verbs whose subject makes a trip told by their object: "A paid a visit to Oslo", "B made a trip to Lima", "C
# undertook a tour of Peru". Only with an event word of travelling: "made the talks possible" names no one in them.
TRIP_MAKING_VERBS = frozenset({"pay", "make", "undertake"})
# Event words of travelling: "visits to Oslo and Lima" are one visit to each place, "a trip to Oslo and Lima" is in
# neither place for sure.
TRIP_NOUNS = frozenset({"visit", "trip", "tour"})
# Verbs that tell of a meeting without naming it ("the ministers met in Luxembourg").
VERB_EVENT_TRIGGERS = {"meet": MEETING, "negotiate": MEETING, "confer": MEETING, "sign": MEETING,
                       **{verb: MEETING for verb in GUEST_VERBS | BRIEFING_VERBS | VISIT_VERBS}}
# Verbs that tell of a meeting only when they say where ("the accord was signed at State House").
VERB_EVENT_TRIGGERS_NEEDING_PLACE = frozenset({"sign"}) | GUEST_VERBS | BRIEFING_VERBS
# Verbs whose passive agents took part: "the talks were attended by X", "the session was chaired by Y".
ATTENDING_VERBS = frozenset({"attend", "join", "chair", "host", "open", "address", "co-chair"})
# "Also present at the meeting were X and Y".
PRESENCE_WORDS = frozenset({"present", "attendance"})
# "Attending the talks were A and B", "Also present at the meeting was C": a sentence opening with one of
# these words (after an optional "also") names, after its copula, who took part.
ATTENDANCE_OPENERS = frozenset({"attending", "present", "participating"})
ATTENDANCE_COPULAS = frozenset({"were", "was", "are", "is"})
# Verbs that tell someone stayed away from an event: their subject is no participant.
ABSENCE_VERBS = frozenset({"skip", "miss", "boycott", "snub", "shun", "avoid", "forgo", "decline"})
# Verbs whose passive subject was not there but sent someone: "X was represented at the summit by his deputy".
STAND_IN_VERBS = frozenset({"represent"})
# ... and adjectives that say so of whoever is "unable to attend" an event.
ABSENCE_ADJECTIVES = frozenset({"unable", "unwilling", "reluctant"})
# Nouns of a state of affairs somewhere: a place after them ("the conflict in Sudan", "end their offensive in Congo",
# "peace in Haiti") is what an event is about, not where it is held.
TOPIC_NOUNS = frozenset({"conflict", "conflicts", "war", "wars", "crisis", "crises", "offensive", "offensives",
                         "incursion", "incursions", "invasion", "occupation", "violence", "fighting", "clashes",
                         "hostilities", "insurgency", "unrest", "tension", "tensions", "situation", "peace", "ceasefire",
                         "truce", "stability", "security", "bloodshed", "atrocities", "famine"})
# ... and so is a place after what is discussed: the object of a verb of discussing ("to discuss investment in Kenya")
# or of a preposition telling an event's subject ("talks about refugees in Kenya", "talks on trade in Asia").
TOPIC_VERBS = frozenset({"discuss", "address", "review", "debate", "consider", "examine", "explore", "tackle"})
TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "regarding", "concerning"})
MOTION_VERBS = frozenset({"fly", "travel", "go", "come", "head", "arrive", "return", "journey", "move"})
# Verbs of going home after a trip: the day told on one coordinated with an event's verb is the day of going back,
# not of the event ("will visit Oslo and return home on May 2", "met X in Lima and left for Quito on Friday").
GOING_HOME_VERBS = frozenset({"return", "leave", "depart", "fly"})
# Modifiers that make an event word something else: "news conference", "panel discussion".
NOT_EVENT_MODIFIERS = frozenset({"news", "press", "panel", "phone", "telephone", "board", "cabinet", "parliamentary",
                                 "award", "opening", "closing", "wedding", "funeral", "memorial", "budget", "wage",
                                 "pay", "salary", "contract"})
# "two days of talks", "a new round of talks": the clause describes the talks through these nouns.
PARTITIVE_NOUNS = frozenset({"round", "day", "days", "series", "week", "session", "hour", "part", "set"})
# Nouns that only name an event when something else says so ("round of talks").
WEAK_EVENT_TRIGGERS = frozenset({"round", "session", "engagement", "meet"})
# precedes cues: text before the cue happens first ("forward") or after it ("reverse").
_BARE_CUE_END = r"(?!\s*(?:[,.;:)\u2013\u2014]|$))"
PRECEDES_CUES = (
    (re.compile(r"\b(ahead of|prior to|in the run-up to|in preparation for|prelude to|precursor to)\b", re.I), "forward"),
    (re.compile(r"\b(set(ting|s)? the stage for|groundwork for|pav(e|es|ed|ing) the way for|clear(s|ed|ing)? the way for|open(s|ed|ing)? the (?:door|way) (?:to|for)|lead(s|ing)? up to|lay(s|ing)? the groundwork)\b", re.I), "forward"),
    # "talks in Accra, followed by a summit in Lome", "will be followed next month by": the passive turns the order
    # round (a few words may come before its "by"); "A summit followed talks by ministers" stays a reverse cue
    (re.compile(r"\b(followed by|(?:be|been|being|is|are|was|were)\s+followed(?:\s+[\w-]+){1,3}?\s+by)\b"
                r"|,\s*followed(?:\s+[\w-]+){1,3}?\s+by\b", re.I), "forward"),
    (re.compile(r"\b(following|follow|follows|(?<!\bbe\s)(?<!been\s)(?<!being\s)(?<!\bis\s)(?<!are\s)(?<!was\s)"
                r"(?<!were\s)(?<!,\s)(?<!,)followed(?!\s+by\b)|in the wake of|on the heels of)\b", re.I), "reverse"),
    # "The pact follows on from talks held in Mombasa in June": those talks came before the article's event
    (re.compile(r"\b(builds? on|built on|building on|follow-up to|follows? up on|since (?:their|the) last)\b", re.I),
     "reverse-main"),
    # "before" and "after" only with something after them: "They had met in Tallinn the day before.", "The day
    # after, ..." order nothing (their day is told against the event before them, `DAYS_FROM_PREVIOUS_EVENT`)
    (re.compile(r"\bbefore\b" + _BARE_CUE_END, re.I), "forward"),
    (re.compile(r"\bafter\b" + _BARE_CUE_END, re.I), "reverse"),
)
# What a match of each PRECEDES_CUES pattern holds, one of these words at least (in the same order): a sentence
# holding none of a row's words, in lower case, is not searched with that row's pattern (most hold no cue at all).
PRECEDES_CUE_WORDS = (
    ("ahead of", "prior to", "run-up to", "preparation for", "prelude to", "precursor to"),
    ("stage for", "groundwork", "way for", "way to", "door to", "door for", "up to"),
    ("followed",),
    ("follow", "wake of", "heels of"),
    ("build", "built", "follow", "since"),
    ("before",),
    ("after",),
)
# Verbs that tell an event's first or last day: "the round opened on Monday", "talks ended on Thursday".
START_VERBS = frozenset({"open", "begin", "start", "kick", "launch", "commence", "resume", "convene"})
END_VERBS = frozenset({"end", "close", "conclude", "wrap", "finish", "complete", "adjourn"})
# Verbs and words that tell the next day of an event already going on, not an event of its own: "the talks
# will continue tomorrow", "move to a closed session", "the ministers meet again on Wednesday". Its date is
# no start of the event (a live page's "talks opened today ... a closed session tomorrow").
CONTINUE_VERBS = frozenset({"continue", "move", "reconvene", "extend", "spill", "carry"})
CONTINUE_ADVERBS = frozenset({"again"})
# ... but these set a clause's event after or apart from the one told before: "A later met C", "separately held talks"
AFTERWARDS_ADVERBS = frozenset({"later", "afterwards", "afterward", "subsequently", "separately"})
# ... and these on a verb of meeting with someone new: "A held talks with B. He also met C": another meeting, whatever
# the talks' other side (not "C also attended the talks", which names the event).
ALSO_ADVERBS = frozenset({"also", "additionally", "further"})
# ... and event words that name a sitting of a meeting: "a closed session tomorrow" after the talks opened
SITTING_WORDS = frozenset({"session", "sessions", "sitting", "plenary"})
# "The session began with a keynote by X": whoever gives the opening speech takes part.
SPEECH_NOUNS = frozenset({"address", "speech", "keynote", "remarks"})
# How far apart (days) the opening and the close of one event may be told.
EVENT_SPAN_DAYS = 7
# Two undated events told by articles this many days apart are not one event, whoever took part: the same two
# leaders meet again and again ("met briefly" in one year's article, "will meet next week" in another's).
UNDATED_EVENT_GAP_DAYS = 60
# Words that tell how many sides meet: "bilateral talks" and "a trilateral dialogue" are two meetings, even when one
# side takes part in both; "multilateral" is any number from three (0 here).
EVENT_SIDE_COUNT_WORDS = {"bilateral": 2, "two-way": 2, "one-on-one": 2, "trilateral": 3, "three-way": 3,
                          "tripartite": 3, "quadrilateral": 4, "four-way": 4, "quadripartite": 4, "multilateral": 0}
# An event told as making way ("the trade talks made headway after meetings in Delhi", "negotiations gained momentum
# following a round in Rome") goes on through the events after the cue: those are part of it, not before it.
EVENT_PROGRESS_VERBS = frozenset({"progress", "advance", "stall", "falter", "accelerate", "intensify", "resume"})
EVENT_PROGRESS_NOUNS = frozenset({"headway", "progress", "strides", "momentum", "pace", "ground", "breakthrough",
                                  "steam", "traction"})
# Nouns that take their own "with" ("skipped the summit in solidarity with X", "talks in line with Y"): the parser
# may hang that "with" on the event word, but X takes no part in the event.
WITH_TAKING_NOUNS = frozenset({"solidarity", "line", "accordance", "keeping", "contrast", "comparison", "tandem",
                               "parallel", "conjunction", "sympathy", "step", "compliance", "alignment"})
# Verbs that tell a trip's first or last day: "arrived on Monday on a four-day visit" (Monday to Thursday), "returned
# on Friday from a three-day tour" (Wednesday to Friday).
TRIP_START_VERBS = frozenset({"arrive", "land", "reach", "embark", "depart", "leave", "fly", "travel", "set"})
TRIP_END_VERBS = frozenset({"return"})
# Ordinals that number rounds of talks: "the second round" comes after "the first round".
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
            "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}
FUTURE_CUES = frozenset({"will", "expected", "upcoming", "scheduled", "slated", "pencilled", "penciled", "set", "plan", "planned", "due", "next",
                         "coming", "later", "potential", "would", "shall", "going", "supposed"})
# Verbs whose infinitive is an act still to come, whatever their own tense: "agreed to meet in Madrid on Friday",
# "decided to hold a summit", "hope to meet next month".
INTENT_VERBS = frozenset({"agree", "decide", "promise", "pledge", "vow", "hope", "intend", "aim", "want", "wish",
                          "seek", "arrange", "resolve", "undertake", "prepare", "offer", "plan"})

# --- measures -------------------------------------------------------------
# (lemma of the head noun, modifier words that must be present or None) -> class
MEASURE_TRIGGERS = {
    "tariff": TARIFF, "levy": TARIFF, "duty": TARIFF, "toll": TARIFF, "surtax": TARIFF, "surcharge": TARIFF,
    "sanction": SANCTION, "embargo": SANCTION, "blacklist": SANCTION,
    "control": MEASURE, "restriction": MEASURE, "ban": MEASURE, "curb": MEASURE, "limit": MEASURE, "quota": MEASURE,
    "freeze": SANCTION,
}
# Nouns that a measure word modifies without making a measure of them: bodies and people ("the sanctions committee",
# "export control officials"), talks and forums ("an export control dialogue", "tariff consultations"), the frame
# measures are made in ("the sanctions regime", "the export control law"), and what they bring or stir ("tariff
# revenue", "tariff uncertainty").
MEASURE_MODIFIED_NON_MEASURES = frozenset({
    "committee", "panel", "council", "group", "team", "unit", "office", "bureau", "agency", "body", "official",
    "officer", "expert", "lawyer", "attorney", "specialist", "adviser", "advisor", "monitor", "inspector", "staff",
    # who breaks a measure: "sanctions evaders", "tariff dodgers"
    "evader", "invader", "violator", "buster", "dodger", "breaker", "smuggler",
    "dialogue", "mechanism", "meeting", "seminar", "forum", "conference", "consultation", "exchange", "workshop",
    "summit", "symposium", "session", "roundtable", "talk", "negotiation", "cooperation", "coordination",
    "memorandum", "programme", "program", "course", "training", "partnership",
    "regime", "system", "framework", "law", "policy", "agenda", "strategy", "doctrine", "architecture",
    "revenue", "income", "receipt", "proceeds", "windfall", "refund", "uncertainty", "tension", "fear", "worry",
    "concern", "turmoil", "chaos", "news", "headline", "information", "data", "truce", "ceasefire",
    # a pause of a measure is relief from it, not one: "the tariff pause on Chinese goods ends in August"
    "pause", "suspension", "holiday",
    # the legal power to take a measure is none taken: "expanded US sanctions authority against Iran"
    "authority", "power",
    # what a measure makes others watch for: "raised the sanctions risk for banks", "tighter sanctions compliance"
    "risk", "compliance", "screening", "exposure",
    # how goods are sorted for duties, not a duty: "150 tariff lines", "the tariff heading", "a tariff code"
    "line", "heading", "subheading", "code", "classification", "nomenclature"})
# Words after a measure word that tell its absence: "duty-free access", "tariff-free quotas", "sanctions-exempt
# trade". Neither the measure word nor a measure noun it modifies ("tariff-free quotas") is a measure then.
MEASURE_ABSENCE_WORDS = frozenset({"free", "exempt"})
# Words that make a duty or a quota a favour granted rather than a measure taken against anyone: "shipped under duty
# concession quotas", "a concessional tariff of 2%", "preferential tariffs on rice from Laos".
MEASURE_GRANT_MODIFIERS = frozenset({"concession", "concessions", "concessional", "concessionary", "preferential"})
# Breaking a measure, told by a verb or a noun: only a measure in force can be broken, whatever the verbs above say
# ("plans to prosecute firms for breaching its export controls", "rules to stop circumvention of its sanctions").
MEASURE_BREACH_WORDS = frozenset({"violate", "breach", "evade", "circumvent", "flout", "bust", "violation", "evasion",
                                  "circumvention", "busting"})
# Bans on people rather than goods are sanctions ("travel bans", "entry bans"); "asset freeze" is one too.
SANCTION_BAN_MODIFIERS = frozenset({"travel", "entry", "visa", "asset", "assets"})
# Licence requirements on exports are export controls: "exporters will need a licence to ship X to Y".
LICENCE_NOUNS = frozenset({"licence", "license", "licences", "licenses", "permit", "permits"})
LICENCE_VERBS = frozenset({"need", "require", "must", "introduce", "impose"})
SHIPPING_VERBS = frozenset({"ship", "export", "sell", "send", "supply", "transfer"})
# Verbs of reporting: "said it would require licences" announces, the modal is the reported future.
# "Bianchi, Rossi and Ferrari voted against the bill", "Brandt signed": what people (or bodies) do, no place.
VOTING_VERBS = frozenset({"vote", "sign", "abstain", "veto", "countersign", "cosign", "co-sign"})
# People a bank or a broker employs to read markets: "Jefferies analysts wrote", "Citi economists expect". A name
# before one the gazetteer knows as no place is their employer's, not a place.
MARKET_WATCHER_NOUNS = frozenset({"analyst", "analysts", "economist", "economists", "strategist", "strategists"})
# What members of a body and heads of state do, not a firm: a one-word name the gazetteer does not know, doing it,
# is no body for sure ("Brandt vetoed the bill", "Lind and Berg abstained"); countries and parties it knows.
PERSON_SUBJECT_VERBS = frozenset({"abstain", "veto", "resign"})
# What a legislature votes on: voting for or against one is a member's act, not a firm's ("Costa and Ferrari voted
# against the bill"); shareholders' resolutions left out.
LEGISLATIVE_VOTE_OBJECTS = frozenset({"bill", "bills", "motion", "amendment", "amendments", "law", "legislation",
                                      "budget", "reform", "impeachment"})
# Verbs of meeting a person that a firm's name is hardly the subject of: a name owned by a country doing it
# ("Kenya's Njeri Wanjiku met the envoy") is more likely a person's than a body's.
PERSON_MEETING_VERBS = frozenset({"meet", "greet", "congratulate", "phone", "telephone"})
# Nouns of a firm's line of goods: a name between "its" and one ("its Dynasty series", "its Ice Cream range") is the
# goods', no body or place.
PRODUCT_LINE_NOUNS = frozenset({"series", "range", "lineup", "line-up", "model", "models", "brand", "brands",
                                "sedan", "sedans", "suv", "suvs", "handset", "handsets", "phones", "chips"})
# Verbs whose object takes an "of" of their own ("reminded Envoy A of the treaty", "accused Minister B of the
# bank of fraud"): an "of" after such an object names whom the person serves only when a second "of" follows.
OBJECT_OF_VERBS = frozenset({"remind", "accuse", "inform", "notify", "apprise", "warn", "convince", "persuade",
                             "assure", "reassure", "suspect", "deprive", "rob", "clear", "absolve", "relieve",
                             "strip", "disabuse"})
REPORTING_VERBS = frozenset({"say", "announce", "state", "tell", "confirm", "declare", "add", "note"})
# Verbs that are themselves a measure ("the Treasury sanctioned five firms").
MEASURE_VERB_TRIGGERS = {"sanction": SANCTION, "blacklist": SANCTION, "embargo": SANCTION, "ban": MEASURE,
                         "restrict": MEASURE, "bar": MEASURE, "prohibit": MEASURE}
# Verbs that are a measure only when a state (or a body acting for one) does it: a court or a league
# "bars" someone too.
STATE_ONLY_MEASURE_VERBS = frozenset({"bar", "prohibit"})
# "barred Chilean trawlers from landing hake": what they may not land, sell or ship is what the measure covers.
BARRED_ACTIONS = frozenset({"land", "export", "import", "sell", "ship", "buy", "supply", "fish", "catch", "trade"})
# Places that, acting, stand for an organization rather than their country ("Brussels imposed ...").
PLACE_METONYMS = {"Brussels": ("Organization", "European Union")}
# Prepositions after which a place with a verb's -ing form right after it is that verb's doer, a capital acting for
# its country ("depends on Ottawa lifting its duties", "a row over Canberra refusing"); never a preposition of
# place ("in Ottawa meeting officials").
GERUND_SUBJECT_PREPOSITIONS = frozenset({"on", "upon", "over", "about", "for", "against", "without", "despite", "of"})
# Adjectives that stand for a body only where the article names that body ("Gulf negotiators" in a story on
# the Gulf Cooperation Council; elsewhere "Gulf" may be a sea or a coast).
ADJECTIVES_OF_A_NAMED_BODY = {"Gulf": "Gulf Cooperation Council", "African": "African Union",
                              "Andean": "Andean Community", "Caribbean": "Caribbean Community",
                              "Nordic": "Nordic Council", "Arab": "Arab League"}
# Adjectives that name an organization the way demonyms name countries ("European Commissioner").
ORGANIZATION_ADJECTIVES = {"European": "European Union"}
# Words that make an organization a government body: its measures are its country's ("U.S. Treasury").
GOVERNMENT_BODY_WORDS = frozenset({"treasury", "ministry", "department", "government", "administration", "office",
                                   "commerce", "cabinet", "state", "council"})
# Words of a government body's common name ("Ministry of Commerce", "the foreign ministry", "Department of
# Trade and Industry"): many countries have a body so called, so the one an article names is told apart by its
# owner (kg/extract/__init__.py `_own_generic_bodies`).
GENERIC_BODY_WORDS = GOVERNMENT_BODY_WORDS | PORTFOLIO_WORDS | frozenset({"of", "and", "for", "the", "&", "agency",
                                                                          "bureau"})
# Government bodies whose name says no country, yet only one country has (normalized name -> country).
# Not "Foreign Office" or "Home Office": Britain's are called so, but so are Germany's, India's and others'
# in English ("Germany's Foreign Office"); their owner is read from the text (`_government_of`).
NATIONAL_BODIES = {"state department": "United States", "us state department": "United States",
                   "department of state": "United States", "pentagon": "United States",
                   "white house": "United States", "kremlin": "Russia", "downing street": "United Kingdom",
                   "elysee": "France",
                   "elysée": "France", "quai d'orsay": "France", "bundestag": "Germany", "duma": "Russia",
                   "knesset": "Israel", "zhongnanhai": "China"}
# Listing a named party under a measure: "OFAC designated X and Y", "It also named Z", "added W to its list".
LISTING_VERBS = frozenset({"designate", "name", "list", "add", "blacklist", "include"})
# Legal-form suffixes that end a company's name ("Vega Shipping Ltd and Orion Trade FZE" is two firms).
COMPANY_SUFFIXES = frozenset({"ltd", "ltd.", "limited", "inc", "inc.", "llc", "fze", "fzco", "co", "co.", "corp", "corp.",
                              "plc", "sa", "s.a.", "ag", "gmbh", "pte", "bv", "nv", "srl", "spa", "jsc", "pjsc", "oao",
                              "ooo", "lp", "llp", "kg", "oy", "ab", "as", "asa", "bhd", "sdn", "tbk"})
# Subjects of "The listed are A, B and C" / "The companies are X and Y": the parties just sanctioned.
LISTED_NOUNS = frozenset({"listed", "designated", "sanctioned", "individuals", "individual", "people", "persons",
                          "person", "companies", "company", "firms", "firm", "entities", "entity", "targets",
                          "vessels", "vessel", "tankers", "tanker", "ships", "ship"})
# "listed the same three vessels": the kind of party a listed noun names, to find them in an earlier list.
LISTED_NOUN_KINDS = {"vessels": "Vessel", "vessel": "Vessel", "tankers": "Vessel", "tanker": "Vessel", "ships": "Vessel",
                     "ship": "Vessel", "companies": "Organization", "company": "Organization", "firms": "Organization",
                     "firm": "Organization", "entities": "Organization", "entity": "Organization",
                     "individuals": "Person", "individual": "Person", "people": "Person", "persons": "Person"}
# How far (characters) a listing sentence may stand from the measure it names parties for.
LISTING_REACH = 700
# Modifiers that make a generic restriction an export control.
EXPORT_CONTROL_CUES = frozenset({"export", "exports", "technology", "tech", "chip", "chips", "semiconductor",
                                 "semiconductors", "licensing", "licence", "license"})
DUTY_EXCLUDED_MODIFIERS = frozenset({"active", "military", "official", "civic", "moral"})
# Limits on how much traders may hold are domestic market rules, no trade measure: "stock limits on wheat traders",
# "stockholding curbs on pulses".
STOCK_LIMIT_MODIFIERS = frozenset({"stock", "stocks", "stockholding", "stock-holding", "inventory", "storage", "hoarding"})
STOCK_LIMIT_LEMMAS = frozenset({"limit", "restriction", "curb", "control", "cap", "ceiling"})
# "ahead of a July 9 deadline for higher tariffs": a measure due at a date is not in force yet.
MEASURE_DUE_NOUNS = frozenset({"deadline", "cutoff", "countdown"})
# "Ottawa paused a second list of levies": put on hold, as "suspended".
MEASURE_PAUSE_VERBS = frozenset({"pause", "shelve", "halt"})
# A raise of a measure put on hold ("suspended higher tariffs on Laos", "the steeper duties were paused") is held
# before it comes: the raise was told, never in force (announced), and was not lifted.
MEASURE_RAISE_ADJECTIVES = frozenset({"higher", "steeper", "stiffer", "heavier", "tougher", "increased", "raised",
                                      "hiked"})
# A measure someone hopes to avoid or braces for is not in force on them: "hopes to avoid US tariffs on its cars",
# "is bracing for US tariffs", "to head off sanctions". At most to come.
MEASURE_AVERTING_VERBS = frozenset({"avoid", "avert", "dodge", "forestall", "prevent", "escape"})
MEASURE_AVERTING_PHRASES = frozenset({("head", "off"), ("stave", "off"), ("ward", "off"), ("fend", "off"),
                                      ("brace", "for")})
# A measure being prepared or toyed with is not taken: "is working on new sanctions", "drew up tariffs", "has lined up
# duties", "put together a package of sanctions", "is toying with tariffs" (verb, particle or preposition); and the
# verbs "readied", "crafted", "eyes tariffs".
MEASURE_PREPARING_PHRASES = frozenset({("work", "on"), ("draw", "up"), ("line", "up"), ("put", "together"),
                                       ("map", "out"), ("toy", "with"), ("flirt", "with")})
MEASURE_PREPARING_VERBS = frozenset({"ready", "craft", "devise", "formulate", "eye"})
# A measure told only as possible: "the risk of tariffs", "fear of sanctions", "talk of curbs" (a noun it is "of");
# "sanctions could follow", "tariffs loom" (a verb of coming it is the subject of, with a modal or "will"; "loom"
# alone); "tariffs, if imposed, would hurt farmers".
MEASURE_PROSPECT_NOUNS = frozenset({"risk", "danger", "spectre", "specter", "fear", "talk", "likelihood", "chance",
                                    "odds", "speculation", "rumour", "rumor", "probability", "scenario"})
MEASURE_ARRIVAL_VERBS = frozenset({"follow", "come", "arrive", "loom", "ensue"})
MEASURE_IMPENDING_VERBS = frozenset({"loom"})
# A measure wanted or pushed for is not taken: "wants sanctions on X", "demanded tariffs", "pushed for duties",
# "called for curbs", "lobbied for tariffs" (verbs, then (verb, preposition)). Not "support", "back", "oppose": said
# of measures in force too.
MEASURE_DESIRE_VERBS = frozenset({"want", "demand", "advocate", "desire", "request", "crave"})
# A measure one wants, hopes, wishes or tries to impose (or lift) right under these is not imposed (lifted): "wants to
# impose tariffs", "hopes to lift sanctions", "tried to scrap the duties" ("hop": the model's lemma of "hopes").
MEASURE_WISH_VERBS = frozenset({"want", "hope", "hop", "wish", "try", "attempt"})
# Being allowed or empowered to impose (or lift) a measure is not imposing (lifting) it: "the act allows Canada to impose
# duties", "the law lets the president impose tariffs", "authorizes the EU to lift sanctions".
MEASURE_ENABLING_VERBS = frozenset({"allow", "let", "enable", "authorize", "authorise", "permit", "empower", "entitle"})
MEASURE_DESIRE_PHRASES = frozenset({("call", "for"), ("push", "for"), ("lobby", "for"), ("press", "for"),
                                    ("clamour", "for"), ("clamor", "for"), ("campaign", "for"), ("argue", "for"),
                                    ("ask", "for"), ("appeal", "for"), ("plead", "for"), ("agitate", "for")})
# A measure challenged is there: "asked the WTO to rule against Canadian duties", "may challenge the duties", "plans to
# appeal against them": the hedge or the appeal above is of the challenge, not of the measure. Verbs with "against"
# (or "to"), then verbs whose object it is.
MEASURE_CHALLENGE_PREP_VERBS = frozenset({"rule", "act", "appeal", "complain", "lobby", "campaign", "fight", "litigate"})
MEASURE_CHALLENGE_VERBS = frozenset({"challenge", "contest", "condemn", "criticise", "criticize", "denounce", "decry",
                                     # "vowed to fight (back) the US tariffs": the vow is of the fight
                                     "fight", "combat"})
# A measure lifted, then put back by "them" or "the" measure word: "lifted sanctions in 2023 but reimposed them in
# 2024", "... The tariffs were reinstated in June.": in force again.
# Whom a state's measure may be on that are its own only by relation ("sanctions on its allies"): not what it owns.
MEASURE_PARTNER_NOUNS = frozenset({"ally", "neighbour", "neighbor", "partner", "rival", "adversary", "enemy", "friend",
                                   "competitor", "foe"})
# Activities a ban may be on, which are no goods: "a ban on trading in the bond market", "a ban on lending to X".
MEASURE_ACTIVITY_NOUNS = frozenset({"trading", "dealing", "dealings", "lending", "financing", "transaction",
                                    "transactions", "business", "borrowing", "investing"})
# A freeze on measures is none taken: "a 90-day freeze on new tariffs", "a moratorium on further sanctions" (the
# freeze is no measure either).
MEASURE_FREEZE_NOUNS = frozenset({"freeze", "moratorium", "standstill"})
# A text proposing a measure, and what turns it down: "rejected a resolution imposing an arms embargo", "voted down a
# bill on lifting sanctions", "the draft was defeated": the measure is proposed only.
MEASURE_TEXT_NOUNS = frozenset({"resolution", "bill", "draft", "motion", "amendment", "proposal"})
MEASURE_REJECTING_VERBS = frozenset({"reject", "defeat", "veto", "scuttle", "kill", "sink", "torpedo"})
MEASURE_REJECTING_PHRASES = frozenset({("vote", "down"), ("shoot", "down"), ("strike", "down")})
# Nouns before a measure word telling when it was taken, not what it covers: "Trump-era tariffs", "Soviet-era curbs",
# "wartime sanctions", "pandemic-period export bans".
MEASURE_TIME_MODIFIERS = frozenset({"era", "period", "age", "time", "wartime", "decade", "epoch", "regime"})
# Prefixes of a measure's kind, telling what it acts against ("anti-dumping duties", "counter-subsidy levies"): split
# from their word by a stray space ("anti- dumping duty", common in copied text), neither half names goods.
MEASURE_AGAINST_PREFIXES = frozenset({"anti", "counter"})
# Adjectives (and passive verbs) telling who bears a measure ("individuals who are subject to travel bans", "firms
# liable to the duties", "firms that were exposed to sanctions"): the one they are said of is no imposer.
MEASURE_BEARER_ADJECTIVES = frozenset({"subject", "liable", "exposed", "vulnerable", "susceptible", "expose"})
# Words before a measure telling a sum of rates ("taking the total levy to 35%", "the combined duty"): no measure of
# its own when nothing it is on is told.
MEASURE_SUM_WORDS = frozenset({"total", "combined", "cumulative", "overall", "aggregate"})
MEASURE_RESTORING_VERBS = frozenset({"reimpose", "restore", "reinstate", "reintroduce", "reinstitute"})
# "would trigger a snapback of UN sanctions", "vowed the reimposition of the tariffs": the noun is a putting back of
# the measure, so the verb above tells when it comes as a verb of imposing would.
MEASURE_RETURN_NOUNS = frozenset({"snapback", "reimposition", "reinstatement", "restoration", "return", "reintroduction"})
# Starting the putting back: "triggered the snapback of UN sanctions", "invoked the reimposition of duties" sets it
# going, the measure is back only later: announced, not in force.
MEASURE_STARTING_VERBS = frozenset({"trigger", "invoke", "initiate", "launch", "start", "begin", "activate"})
# A measure proposed, with a clause telling it was then taken: "proposed sanctions, which were adopted on Friday" (in
# force), "... that member states approved" (announced).
MEASURE_TAKEN_VERBS = {"in_force": frozenset({"adopt", "impose", "implement", "enact"}), "announced": frozenset({"approve"})}
# A measure delayed or postponed ("delayed its retaliatory tariffs until July") is told but not in force yet.
MEASURE_DELAY_VERBS = frozenset({"delay", "postpone", "defer"})
# Relief from a measure for some ("a waiver from sanctions", "an exemption from its tariffs"): what is done to the
# relief (renewed, revoked, ended) is not done to the measure, and tells nothing of who imposed it.
MEASURE_RELIEF_NOUNS = frozenset({"waiver", "exemption", "exclusion", "carve-out", "carveout", "reprieve", "relief",
                                  "exception", "dispensation", "derogation"})
# Told as not to be expected: "is unlikely to impose tariffs", "it is doubtful that they will meet". No measure
# or event under these is taken or held (a lifting under them leaves the measure in force).
UNLIKELY_WORDS = frozenset({"unlikely", "doubtful", "improbable"})
# A lifting or cut agreed or committed to ("agreed to lift its tariffs", "committed to removing") or told as the
# infinitive of a noun ("a deal to scrap the duties", "ways to remove", "efforts to lift", "a bill to repeal") is
# still to come: the measure stays in force until it is done. But for nouns of the lifting itself, taken: "the
# decision to lift sanctions", "in a move to scrap the levy".
MEASURE_COMMIT_VERBS = frozenset({"agree", "commit", "undertake", "consent"})
MEASURE_DONE_NOUNS = frozenset({"decision", "move", "order", "vote", "ruling", "step", "act"})
# What a lifting or cut must first meet or follows is no lifting yet: "set out the conditions for lifting sanctions",
# "a roadmap for removing the tariffs", "the prerequisites for ending the duties".
MEASURE_CONDITION_NOUNS = frozenset({"condition", "precondition", "prerequisite", "requirement", "criterion", "roadmap",
                                     "timetable", "timeline", "path", "pathway", "benchmark"})
# A measure that "expired" or "lapsed" (its subject) applies no more; one "struck down" (by a court) neither.
MEASURE_EXPIRY_VERBS = frozenset({"expire", "lapse"})
MEASURE_LIFTING_PHRASES = frozenset({("strike", "down")})
# A measure a court or a judge blocks ("a federal judge blocked the tariffs", "the duties were enjoined by a court")
# applies no more, as one struck down. By anyone else, "blocked new sanctions" is a veto: not adopted.
MEASURE_COURT_VERBS = frozenset({"block", "enjoin", "invalidate", "void", "nullify", "quash", "vacate", "stay"})
# Who blocks as a court: the court, its judges, and what it issues ("an injunction that blocked the duties").
COURT_NOUNS = frozenset({"court", "judge", "tribunal", "justice", "judiciary", "injunction", "ruling", "order"})
MEASURE_VETO_VERBS = frozenset({"veto", "block"})
# "a court ordered a halt to the tariffs", "a judge granted a stay of the duties": a court's halt ends it too.
MEASURE_COURT_HALT_NOUNS = frozenset({"halt", "suspension", "stay", "injunction"})
# "put its tariffs on hold", "placed the sanctions on ice", "kept the levy in abeyance": a pause too (the noun after
# "on"/"in" bare), and no goods.
MEASURE_HOLD_NOUNS = frozenset({"hold", "ice", "abeyance"})
MEASURE_HOLD_VERBS = frozenset({"put", "place", "keep", "leave"})
# Verbs whose present or past is also a noun, that the parser, finding no verb, may glue to a measure's goods as a
# compound: "US tariffs on steel cost Canada billions" read as goods "steel cost billions" aimed at Canada.
# (Not words that are goods or parts of goods' names too: "cut flowers", "jet fuel", "drive shafts".)
MISPARSED_PREDICATE_VERBS = frozenset({"cost", "hit", "hurt", "help", "weigh", "squeeze", "dent", "threaten"})
# Verbs whose object is a clause, never a measure: "officials said the tariffs on steel cost ..." read with "tariffs"
# as the object of "said" has no verb for the tariffs either.
CLAUSE_OBJECT_VERBS = frozenset({"say", "tell", "state", "note", "estimate", "argue", "think", "believe", "reckon"})
# Liftings that only a measure undergoes, so that a clause of them hung by the parser on the measure's goods ("tariffs
# on Chinese steel, which the US lifted last year") tells of the measure (goods are "suspended" or "cancelled" too).
# Modifiers telling a measure applies no more, besides participles of lifting or expiring ("the lifted sanctions",
# "the now-scrapped tariffs", "tariffs on steel, since lifted"): "the former tariffs", "the defunct levy".
MEASURE_ENDED_ADJECTIVES = frozenset({"former", "defunct", "erstwhile", "bygone"})
MEASURE_ONLY_LIFTING_VERBS = frozenset({"lift", "repeal", "rescind", "revoke", "scrap", "axe", "annul", "overturn",
                                        "remove", "drop"})
MEASURE_STATUS_VERBS = {
    "in_force": {"impose", "broaden", "widen", "tighten", "expand", "slap", "levy", "introduce", "extend", "raise", "hike",
                 "retaliate", "respond", "hit", "counter", "double", "triple", "have", "keep", "use", "maintain",
                 "enforce", "maintain", "keep", "apply", "add", "increase", "escalate", "reimpose", "implement", "adopt",
                 "place", "put", "set", "designate", "renew", "prolong", "enact"} | MEASURE_RESTORING_VERBS,
    "announced": {"announce", "outline", "unveil", "declare", "issue", "publish", "order", "approve", "sign",
                  "direct"},  # "the ministry directed 25% tariffs on cement": ordered
    "proposed": {"propose", "float", "consider", "weigh", "plan", "mull", "seek", "suggest", "draft", "explore",
                 "recommend", "expect", "prepare", "intend", "aim", "offer"} | MEASURE_PREPARING_VERBS,
    "threatened": {"threaten", "warn", "vow", "pledge", "promise"},
    "lifted": {"lift", "remove", "suspend", "drop", "scrap", "end", "roll", "withdraw", "revoke", "rescind",
               "repeal", "reverse", "overturn", "annul", "cancel", "terminate", "axe"} | MEASURE_PAUSE_VERBS,
}
# "Libya's proposal to lift the arms embargo", "Tehran's call for the lifting of sanctions": who asks for a measure to
# go is not said to have taken it (often its target).
MEASURE_ASKING_NOUNS = frozenset({"proposal", "call", "request", "bid", "plea", "appeal", "demand", "push", "petition",
                                  "motion", "suggestion"})
# ... and verbs of it: "the trade authority recommended to revoke import curbs" (what it advises its government to do).
MEASURE_ASKING_VERBS = frozenset({"recommend", "advise"})
# Opposing an act on a measure: "France opposed imposing tariffs" (none taken, and not France's), "opposed extending
# the embargo" (the embargo stays as it is, whoever imposed it).
MEASURE_OPPOSING_VERBS = frozenset({"oppose", "resist"})
# Nouns of a measure's going: "the lifting of the embargo", "the removal of tariffs".
MEASURE_LIFTING_NOUNS = frozenset({"lifting", "removal", "repeal", "easing", "end", "suspension", "withdrawal",
                                   "scrapping", "cancellation", "termination"})
# ... and those told with "to" or "on" as well: "declared an end to its duties", "a halt to the tariffs", "ordered a
# pause on the levies", "put a stop to the curbs".
MEASURE_HALT_NOUNS = frozenset({"end", "halt", "pause", "stop", "suspension"})
# A measure told as due to start ("duties, scheduled to start Tuesday", "tariffs set to take effect next week",
# "curbs slated to begin in May"): the participle, then the verb of starting under it.
# Being prepared, told by the subject of a verb above the measure ("preparations are on to impose curbs", "made
# preparations to ban imports", parsed with the noun as the infinitive's subject): not taken yet.
MEASURE_PREPARATION_NOUNS = frozenset({"preparation", "groundwork"})
# General nouns that take up the measure the sentence before told: "The EU adopted new sanctions. The new measures
# will take effect in days."
MEASURE_BACK_NOUNS = frozenset({"measure", "penalty", "step"})
MEASURE_SCHEDULE_WORDS = frozenset({"schedule", "set", "slate", "slat", "due", "expect"})  # "slat": the model's lemma of "slated"
MEASURE_START_VERBS = frozenset({"start", "begin", "take", "kick", "come", "enter", "commence"})
# "Further sanctions against Russia were discussed", "debated new tariffs on steel": measures not yet taken that are
# talked about are proposed at most (measures already there may be talked about too: only with a word telling new).
MEASURE_DISCUSSION_VERBS = frozenset({"discuss", "debate", "talk", "negotiate"})
MEASURE_NEW_WORDS = frozenset({"new", "further", "additional", "fresh", "more", "extra"})
# "The Executive Order on Chip Security bans sales of chips": a text that sets a measure out (often named as a body)
# does not impose it; who issued it does.
MEASURE_INSTRUMENT_NOUNS = frozenset({"rule", "regulation", "order", "act", "law", "decree", "directive", "statute",
                                      "ordinance", "proclamation", "resolution", "bill", "amendment"})
MEASURE_STATUS_NOUNS = {
    "proposed": {"idea", "proposal", "plan", "prospect", "possibility", "threat", "option", "preparation"} | MEASURE_DUE_NOUNS,
    "threatened": {"threat", "vow", "prospect"},
}
# Nouns of telling a measure, above it: "the US announcement to impose duties on steel", "the announcement of
# sanctions on Belarus": told, not yet said to apply.
MEASURE_ANNOUNCEMENT_NOUNS = frozenset({"announcement", "unveiling"})
# Nouns a measure word modifies that tell its status, as they do above it ("a plan to impose tariffs"): "the tariff
# threat against Mexico", "a sanctions proposal", "a sanctions bill", "the tariff announcement".
MEASURE_HEAD_STATUS_NOUNS = {"proposed": MEASURE_STATUS_NOUNS["proposed"] | {"bill", "draft", "push", "motion"},
                             "threatened": MEASURE_STATUS_NOUNS["threatened"] | {"ultimatum"},
                             "announced": {"announcement"}}
MEASURE_STATUS_ADJECTIVES = {"proposed": {"proposed", "potential", "possible", "planned", "additional", "new"} - {"new", "additional"},
                             "threatened": {"threatened"}}
# Carrying out one's own threat or plan, told by a verb and its particle: "did so", "went ahead", "followed through",
# "made good on the threat".
MEASURE_CARRY_OUT_PHRASES = frozenset({("do", "so"), ("go", "ahead"), ("follow", "through"), ("make", "good")})
# Carrying out a threat or plan named as the verb's object: "followed through with its threat to", "made good on
# its threat to", "carried out its threat to", "delivered on its pledge to".
MEASURE_CARRY_OUT_OBJECT_PHRASES = MEASURE_CARRY_OUT_PHRASES | frozenset({("carry", "out"), ("deliver", "on"),
                                                                         ("act", "on"), ("follow", "on")})
# Giving up one's own threat or plan, told by a verb and its particle: "backed down", "climbed down" (no object),
# "walked back the threat".
MEASURE_RETREAT_PHRASES = frozenset({("back", "down"), ("climb", "down"), ("back", "off"), ("walk", "back")})
# "is likely to face steep duties", "are set to face higher duties", "is poised to impose": a measure under these
# words, through the verb they open, is to come at most. So under readiness: "is ready to impose sanctions", "stands
# prepared to", "was willing to", "is ready with tariffs on bourbon", "has tariffs ready" tell of a measure not taken.
MEASURE_READINESS_WORDS = frozenset({"ready", "prepared", "willing", "eager", "keen", "minded"})
MEASURE_HEDGE_WORDS = frozenset({"likely", "unlikely", "poised", "set", "slated", "due", "bound", "expected",
                                 "scheduled"}) | MEASURE_READINESS_WORDS
# Of these, the words of a timetable: with a day told for the act, in the present ("is due to impose duties from
# Thursday", "is scheduled to lift the ban on May 2"), the act is fixed, as "will impose ... on Thursday": announced.
# Without a day ("is set to impose tariffs") they forecast, as "likely": proposed. "expected" forecasts even with one.
MEASURE_TIMETABLE_WORDS = frozenset({"set", "slated", "due", "scheduled"})
# "Sanctions remain on the table", "put tariffs on the table": to come at most; "tariffs are off the table": none
# (preposition before "the table" -> status). "left the door open to tariffs": to come at most.
MEASURE_TABLE_PREPOSITIONS = {"on": "proposed", "off": "denied"}
MEASURE_TABLE_NOUNS = frozenset({"table"})
MEASURE_OPEN_DOOR_NOUNS = frozenset({"door"})
# Nouns of what one may do, or is ready to, an infinitive hung on them: "is in a position to impose duties", "reserves
# the right to impose tariffs", "has the power to", "declared its readiness to": to come at most. But one used
# ("invoked its powers to impose tariffs") is done.
MEASURE_ABILITY_NOUNS = frozenset({"position", "right", "power", "authority", "ability", "capacity", "leeway",
                                   "latitude", "scope", "readiness", "willingness", "preparedness", "eagerness",
                                   "room", "flexibility", "freedom", "discretion"})
MEASURE_ABILITY_USE_VERBS = frozenset({"use", "exercise", "invoke", "wield", "employ", "apply", "deploy", "tap"})
# (verb, preposition) that turn down the act on a measure below them: "decided against imposing tariffs", "refrained
# from imposing curbs", "stopped short of imposing sanctions", "backed away from", "balked at", "voted against".
MEASURE_REFUSAL_PREPS = frozenset({("decide", "against"), ("vote", "against"), ("argue", "against"), ("warn", "against"),
                                   ("refrain", "from"), ("back", "from"), ("shy", "from"), ("balk", "at"),
                                   ("stop", "of")})
# "has no plans to impose", "had no intention of imposing", "saw no need to lift": none taken (or lifted).
MEASURE_INTENT_NOUNS = frozenset({"plan", "intention", "intent", "desire", "appetite", "need", "decision", "move",
                                  "reason", "wish"})
# A measure being lifted was in force until now: its author imposed it.
IMPOSED_STATUSES = frozenset({"in_force", "announced", "lifted"})
# Modifiers of a ban or sanction that say what kind it is, not what goods it covers ("travel bans").
MEASURE_KIND_MODIFIERS = frozenset({"travel", "entry", "visa", "flight", "landing", "fishing", "financial", "targeted",
                                    "asset", "trade", "investment", "transit", "port", "overflight",
                                    # the kind of duty or the law it rests on: "safeguard duties", "emergency
                                    # tariffs", "Section 232 tariffs", "penalty tariffs"
                                    "safeguard", "emergency", "section", "penalty", "baseline", "reciprocal",
                                    # "customs duties", "excise duties": the tax, not the goods
                                    "customs", "excise", "custom",  # "custom duties", as often written
                                    # why it is taken, read as a noun before it: "vowed retaliatory tariffs"
                                    "retaliatory", "punitive", "countervailing",
                                    # how much it lets in or at what price, not what: "volume limits on steel", "quantity curbs", "price controls"
                                    "volume", "quantity", "quantitative", "price"})
# Verbs of asking someone else to act: "Ghana urged the EU to scrap its duties", "called on Washington to lift
# its tariffs". The measure is the addressee's (who is asked to lift it) or no one's yet (asked to impose it):
# never the asker's. Its lifting is only asked for: the measure stays in force.
APPEAL_VERBS = frozenset({"urge", "call", "ask", "press", "push", "pressure", "lobby", "implore", "appeal", "demand",
                          "request", "encourage", "invite", "beg", "exhort"})
# The statuses of a measure, furthest along its course first: of several an article tells of one measure, the node
# keeps the first ("announced", then "took effect": in force).
MEASURE_STATUS_PRECEDENCE = ("lifted", "in_force", "announced", "threatened", "proposed")
# What a measure is "in" when it applies: "the tariffs are now in force", "have been in effect since May", "are in
# place".
MEASURE_IN_FORCE_NOUNS = frozenset({"force", "effect", "place"})
# Status -> confidence multiplier: hedged statements are weaker evidence.
STATUS_CONFIDENCE = {"in_force": 1.0, "announced": 0.95, "proposed": 0.8, "threatened": 0.7, "lifted": 0.8}

# --- confidence -----------------------------------------------------------
# Base confidence per kind of evidence; rules multiply these.
CONFIDENCE = {
    "syntax": 0.9,       # read from the dependency parse
    "pattern": 0.8,      # read from a surface pattern in one sentence
    "gazetteer": 0.95,   # a name found in a reference table
    "default": 0.6,      # inherited from the article's main event or a neighbouring sentence
    "date_order": 0.7,   # event order read from dates, not stated
    "relative_date": 0.85,
}

# --- people: given names, roles, bodies in titles ---
# Given names across languages (kg/data/names/given_names.tsv, built by scripts/build_name_tables.py from the US
# census's given names and the first words of the world's leaders' names in Wikidata; sources in the NOTICE
# there): a name NER tagged ORG whose first word is one of these and that has no organization word ("Alison
# McBride") is a person's. Read once at import (4,800 lines, under a millisecond).
# Keys are folded (no accents): ask `is_given_name`, so "José" finds the census's "jose" and "Zoë" its "zoe".
# Each name with the sources that give it ("census-1990-male", "census-1990-female", "wikidata-leaders").
# (An ASCII name has no accents to fold; the few distinct source lists are made once, not once a name.)
_sources_of = lru_cache(maxsize=None)(lambda sources: frozenset(sources.split(",")))
GIVEN_NAME_SOURCES = {name if name.isascii() else fold_accents(name): _sources_of(sources) for name, sources in (
    line.split("\t")[:2] for line in (Path(__file__).resolve().parent / "data" / "names" / "given_names.tsv")
    .read_text(encoding="utf-8").splitlines()[1:])}
del _sources_of
GIVEN_NAMES = frozenset(GIVEN_NAME_SOURCES)


@lru_cache(maxsize=1 << 16)  # the rules ask it of the same few words again and again; a pure function of the word
def is_given_name(word: str) -> bool:
    """Whether a word is a given name of the table, accents or not ("José", "Zoë", "ANDRÉS")."""
    return fold_accents(normalize_name(word)) in GIVEN_NAMES


# The US census's 88,799 family names, commonest first (kg/data/names/family_names.tsv, built by
# scripts/build_name_tables.py, see its NOTICE), read once at import (a few milliseconds).
_CENSUS_FAMILY_NAMES = (Path(__file__).resolve().parent / "data" / "names" / "family_names.tsv") \
    .read_text(encoding="utf-8").splitlines()[1:]
# A sitting leader who bears one of the 1,000 commonest ("Lee", "Wong") is not named by it alone without a sign of
# whom it means.
COMMON_SURNAMES = frozenset(_CENSUS_FAMILY_NAMES[:1_000])
# A name that ends in any may be a person's or a firm's named after one ("Goldman Sachs"), whichever NER says.
CENSUS_FAMILY_NAMES = frozenset(_CENSUS_FAMILY_NAMES)
# A one-word name a person talks with is likelier one of the 10,000 commonest ("spoke with Kovacs"), which two in
# three Americans bear, than a firm the text never shows acting (Siemens ranks 13,160, Toyota 77,018).
FAMILY_NAMES = frozenset(_CENSUS_FAMILY_NAMES[:10_000])
del _CENSUS_FAMILY_NAMES


# Post words that, with only rank words before them, describe a person rather than name a post ("the State
# Department's senior official for North Korea", "a top diplomat"): no title.
DESCRIPTIVE_ROLE_HEADS = frozenset({"official", "officials", "diplomat", "source", "figure", "insider", "aide"})
DESCRIPTIVE_ROLE_MODIFIERS = frozenset({"senior", "top", "high-ranking", "high-level", "junior", "government", "key",
                                        "veteran", "leading", "ranking", "former"})
# A body's bare common name, capitalised or not, naming no body on its own ("the Government headquarters"):
# no organization node. "House" alone is any country's lower (or upper) chamber ("Leader of the House", "the House
# passed the bill"): which one, the name does not say, unless the article named it in full before.
BARE_BODY_WORDS = frozenset({"government", "administration", "authorities", "regime", "house"})
# ... though a chamber's word followed by "of" names a legislature in full ("House of Representatives", "House of
# Councillors", "Chamber of Deputies"), a body, even when its other words are a post's ("representatives").
CHAMBER_WORDS = frozenset({"house", "chamber"})
# Words of a body named inside a title ("Under Secretary of the Treasury for ...", "President of the Commission"):
# the holder serves the one body of the article whose name holds the word.
TITLE_BODY_WORDS = frozenset({"treasury", "exchequer", "commission", "council", "board", "bank", "fund", "office",
                              "department", "agency", "authority", "bureau", "secretariat", "parliament", "assembly"})
# Head words of a firm's name that are no one's surname nor a building's ("Qingyuan Petrochemical", "Geely
# Holding"): a name NER tagged PERSON or FAC ending in one is a firm's.
FIRM_HEAD_WORDS = frozenset({"holding", "holdings", "petrochemical", "petrochemicals", "pharmaceutical",
                             "pharmaceuticals", "industries", "enterprises", "logistics", "technologies", "refining",
                             "shipping", "trading"})
# Last words of a firm's name that are a business's line or legal form ("Halvorsen Marine", "Nordvik Energy",
# Malay "Dagangan" (trading), "Niaga" (commerce), "Perkapalan" (shipping), "Berhad", and Japanese "Tsusho" (trading),
# "Zosen" (shipbuilding), "Kogyo"/"Sangyo" (industry), "Kaiun"/"Kisen" (shipping), "Shoken" (securities), "Seitetsu"
# (steelworks); not "Shoji" (trading), a given name too): a name NER tagged PERSON ending in one, whose first word is
# no given name, is a firm's, and so is one such word NER tagged PERSON right after a body ("Toyota | Tsusho"). Some
# are rare surnames too ("Power", "Steel"): "Samantha Power" keeps her given name, so stays a person.
FIRM_NAME_ENDINGS = FIRM_HEAD_WORDS | frozenset({
    "marine", "maritime", "offshore", "energy", "power", "resources", "securities", "capital", "airlines",
    "airways", "aviation", "motors", "automotive", "foods", "investments", "ventures", "minerals", "mining",
    "metals", "steel", "petroleum", "oil", "gas", "telecom", "pharma", "insurance", "group", "electronics",
    "chemicals", "textiles", "construction", "engineering", "properties", "cement", "semiconductor",
    "semiconductors", "shipyard", "shipbuilding", "fisheries", "plantations", "line", "lines", "dagangan", "niaga",
    "perkapalan", "berhad", "tsusho", "zosen", "kogyo", "jukogyo", "sangyo", "kaiun", "kisen", "shoken", "seitetsu"})
# Head words of a body's name that are no one's surname: a name NER tagged PERSON ending in one ("the Bac Ninh
# People's Committee") is a body's.
BODY_ONLY_HEAD_WORDS = frozenset({"committee", "ministry", "commission", "council", "department", "agency",
                                  "authority", "bureau", "secretariat", "federation", "association", "corporation",
                                  "institute", "university", "foundation", "organization", "organisation",
                                  "directorate", "inc", "ltd"}) | FIRM_HEAD_WORDS
# Words of an armed group's or a movement's name, English and the Arabic ones news keeps untranslated ("Kataib
# Hezbollah": the Hezbollah Brigades; "Jaish al-Adl", "Harakat al-Nujaba", "Asaib Ahl al-Haq"): no one's given name
# or surname, so a name NER tagged PERSON holding one is a group's (normalized).
# What NER calls a surname listed among people's ("Suluhu, Museveni and Kagame"): a place, a body, a group.
LISTED_NAME_MISTYPES = frozenset({"", "NORP", "GPE", "LOC", "ORG", "FAC"})
# "Group of 20", "Group of Seven", "Group of 77": a forum's name ends in the number after these words; NER tags
# "Group" (or "Group of") and the number apart, and "Group" alone is no body.
NUMBERED_GROUP_WORDS = ("group", "of")
# The numbers a "Group of ..." is written with in words ("the Group of Twenty"): one body with its short form "G20".
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-four": 24, "seventy-seven": 77}
ARMED_GROUP_WORDS = frozenset({"militia", "militias", "brigade", "brigades", "battalion", "battalions", "kataib",
                               "jaish", "liwa", "harakat", "saraya", "asaib", "hizb",
                               "jabhat", "hezbollah", "hizbollah", "hizbullah", "hizballah", "houthi", "houthis",
                               "shabaab", "ansar"})
# Words of a style some people are known by with "the" before it ("the Dalai Lama", "the Aga Khan", "the
# Karmapa"): such a name after "the" is still a person's.
THE_STYLE_NAME_WORDS = frozenset({"lama", "khan", "karmapa", "rinpoche", "pope", "patriarch", "ayatollah", "mufti",
                                  "mahdi", "emir", "sultan", "maharaja", "nawab", "aga"})
# News agencies by the names their stories credit them with ("Yonhap reported", "according to Xinhua"): bodies,
# whatever NER tagged them (general knowledge of the wire services; names only, no links).
NEWS_AGENCIES = frozenset({"reuters", "afp", "agence france-presse", "associated press", "xinhua", "yonhap", "kyodo",
                           "kyodo news", "jiji", "jiji press", "tass", "ria novosti", "interfax", "sputnik", "bernama",
                           "antara", "anadolu", "anadolu agency", "kcna", "vietnam news agency", "press trust of india",
                           "efe", "ansa", "dpa", "wafa", "irna", "mena", "saudi press agency", "qatar news agency",
                           "emirates news agency", "pap", "ctk", "aap", "central news agency", "kpl", "pna",
                           "philippine news agency", "agencia brasil", "telam", "prensa latina", "notimex"})
# Credit rating agencies by the names stories use ("Fitch's rating of Ghana", "S&P cut ..."), normalized (the "'s"
# and "&" dropped): bodies, whatever NER tagged them (general knowledge; names only, no links). Not "moody": the
# bare word is a surname too, and NER reads "Moody's" as a body.
RATING_AGENCIES = frozenset({"fitch", "fitch ratings", "sp", "sp global", "sp global ratings", "standard poor",
                             "moodys", "moodys investors service", "dbrs", "dbrs morningstar", "scope ratings",
                             "crisil", "icra", "kroll bond rating agency", "japan credit rating agency"})
# Endings of family names that no firm's or body's one-word name has in the news (general knowledge of East Slavic,
# Polish, Balkan, Romanian, Greek, Armenian and Georgian surnames: "Kovalenko", "Shevchuk", "Popescu",
# "Papadopoulos", "Beridze"): a one-word name NER tagged ORG ending in one is a person's as likely as not. Without
# accents: a name is matched with its accents taken off ("Jovanović").
SURNAME_ENDINGS = ("enko", "chuk", "czuk", "vich", "vych", "ovic", "evic", "escu", "poulos", "akis",
                   "idis", "shvili", "dze", "yan", "wicz", "czyk", "ski", "sky", "ska", "ov", "ova", "ev", "eva")
# Short forms of given names: "Dave" said is the article's one "David ..." ("David Burritt"), not someone else.
GIVEN_NAME_SHORT_FORMS = {
    "dave": "david", "bob": "robert", "rob": "robert", "bill": "william", "will": "william", "mike": "michael",
    "jim": "james", "jimmy": "james", "tom": "thomas", "joe": "joseph", "dan": "daniel", "danny": "daniel",
    "steve": "steven", "chris": "christopher", "tony": "anthony", "nick": "nicholas", "ben": "benjamin",
    "sam": "samuel", "matt": "matthew", "pat": "patrick", "andy": "andrew", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine", "katie": "katherine", "jenny": "jennifer", "jen": "jennifer", "alex": "alexander",
    "ed": "edward", "ted": "edward", "greg": "gregory", "tim": "timothy", "charlie": "charles", "chuck": "charles",
    "rick": "richard", "dick": "richard", "larry": "lawrence", "jack": "john", "peggy": "margaret",
    "maggie": "margaret", "sasha": "alexander", "misha": "mikhail", "dima": "dmitri", "pepe": "jose",
    "paco": "francisco",
}
# "A stood in for President B": the stand-in and the one they stand in for act for the same country (lemma of the
# verb, the words after it).
STAND_IN_CUES = (("stand", ("in", "for")), ("deputise", ("for",)), ("deputize", ("for",)), ("substitute", ("for",)))
# A country's missions abroad are bodies, though NER often files "the Embassy of Chile" with buildings (FAC).
MISSION_BODY_WORDS = frozenset({"embassy", "consulate", "consulate-general"})
# Words of a post that only a state gives (a head of state or government, a minister): whom such a holder serves may
# be read from the two sides of a bilateral story.
NATIONAL_POST_WORDS = frozenset({"president", "vice-president", "minister", "premier", "chancellor", "pm"})
# Verbs whose subject and object, in a story between two countries, are one from each side ("A received B", "A
# shook hands with B", "A called on B", "A met B").
MEETING_PAIR_VERBS = frozenset({"receive", "meet", "welcome", "host", "greet", "shake", "call", "hold", "co-chair"})
# Verbs whose coordinated subjects face each other: "A and B co-chaired the session", "A and B met", "A and B signed".
JOINT_VERBS = frozenset({"meet", "co-chair", "chair", "sign", "negotiate", "talk", "hold"})
# Verbs whose object is a person met or spoken to, never a place ("Carney met Okafor", "received Nwosu"), and
# verbs of talking whose "with" takes a person ("spoke with Mensah", "held talks with Adeyemi").
PERSON_OBJECT_VERBS = frozenset({"meet", "receive", "welcome", "greet", "call", "phone", "telephone", "congratulate",
                                 "thank", "brief", "tell", "interview"})
TALKING_WITH_WORDS = frozenset({"meet", "talk", "talks", "speak", "confer", "hold", "meeting", "call", "chat", "phone",
                                "telephone", "discuss", "negotiate", "exchange", "conversation", "discussion",
                                "dialogue"})
# Verbs and event nouns whose "in" is where people meet or arrive ("met in Erbil", "talks in Erbil", "gathered
# in Erbil"), not what they invest in or work for ("invested in Nvidia", "a stake in Rosneft").
GATHERING_WORDS = frozenset(VERB_EVENT_TRIGGERS) | frozenset(EVENT_TRIGGERS) | MOTION_VERBS | frozenset({
    "hold", "gather", "convene", "arrive", "land", "summit"})
# Bodies that sit in a building and are spoken of as a place people meet in ("lawmakers met in Congress").
LEGISLATURE_WORDS = frozenset({"congress", "parliament", "senate", "assembly", "legislature", "diet", "cabinet"})
# "Shares of X", "a stake in X": X is a firm (not "a share of China's exports": the singular is a portion).
SHARE_NOUNS = frozenset({"shares", "stock", "stocks", "stake", "stakes", "shareholder", "shareholders", "bonds"})
# "Executives from X, Y and Z", "exports by X, Y and Z", "shares of X": nouns of a firm's staff, stock or trade whose
# "of", "from", "by", "at" or "in" names firms (no person's surname is a firm's staff or goods).
FIRM_LIST_NOUNS = SHARE_NOUNS | frozenset({
    "executives", "bosses", "investors", "exports", "imports", "sales", "products", "plants", "factories",
    "suppliers", "customers", "earnings", "profits", "revenues", "orders", "deliveries", "employees", "brands"})
FIRM_LIST_PREPOSITIONS = frozenset({"of", "from", "by", "at", "in"})
# "Investors sold X, Y and Z": verbs whose object is a firm's stock, no person.
STOCK_TRADING_VERBS = frozenset({"buy", "sell", "short", "dump", "offload"})
# Prepositions that set a name up as a place: "in Okafor", "from Erbil", "near Goma".
PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "into", "across", "outside", "inside", "around",
                                "toward", "towards", "via", "through", "throughout", "of", "within", "off", "onto"})
# Nouns that, set beside a name, make it a place's ("Luang Prabang, the former royal capital,").
PLACE_APPOSITION_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "district", "port",
                                    "island", "resort", "county", "municipality", "prefecture", "enclave"})
# Verbs of a country's own act: "Colombia will impose duties, the trade ministry said" - a body with no owner named
# that reports such an act by a country is that country's body.
OWN_ACT_VERBS = frozenset({"impose", "raise", "introduce", "levy", "ban", "lift", "extend", "sign", "adopt", "approve",
                           "apply", "cut", "reduce", "suspend", "launch", "open", "reopen", "close"})
# Words of a firm's or a place's name that no surname is: "Victoria Securities", "Grace Shipping" stay what NER said.
NOT_SURNAME_WORDS = frozenset("""
securities capital holdings partners trading shipping logistics energy resources airways airlines motors foods
systems technologies technology solutions ventures investments investment properties media pharma pharmaceuticals
labs laboratories insurance finance trust industries mining steel oil gas power telecom consulting advisors advisory
associates management asset assets global international brands retail markets health hotels resorts falls bay
harbour harbor island islands street square park bridge airport station church cathedral mosque hospital school
college academy stadium arena hotel tower mall
""".split())

# --- events: hosts, pairs, pronouns ---
# "Lima hosts the summit on July 2": a place as the subject of these verbs is where the event is held.
PLACE_HOST_VERBS = frozenset({"host", "stage"})
# "held under the co-chairmanship of A and B": whoever chairs an event takes part in it.
CHAIR_NOUNS = frozenset({"chairmanship", "co-chairmanship", "chairing", "co-chairing", "chairpersonship",
                         "co-chairpersonship", "chairship"})
# "The day before, they met in Tallinn", "The same day, the prime minister received ...": a day told against
# the event last dated before it, not against the article's date.
DAYS_FROM_PREVIOUS_EVENT = {
    "the day before": -1, "the previous day": -1, "the preceding day": -1, "a day earlier": -1, "one day earlier": -1,
    "a day before": -1, "the day after": 1, "the next day": 1, "the following day": 1, "a day later": 1,
    "one day later": 1, "two days earlier": -2, "two days later": 2, "the same day": 0, "that same day": 0,
    "later that day": 0, "earlier that day": 0, "on the same day": 0,
}
DAYS_FROM_PREVIOUS_EVENT_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, DAYS_FROM_PREVIOUS_EVENT), key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:yesterday|tomorrow|the|a|an|their|its|his|her)\b)", re.I)
# "Rebar from Turkey will face a duty of 35%", "sheet from Egypt would pay 24%": the subject of these verbs is
# the goods a tariff (or the rate of one told just before) applies to.
RATE_VERBS = frozenset({"face", "pay", "attract", "incur", "draw"})
# Nouns that name a tariff's rate in such a sentence ("would face the top rate of 35%").
RATE_NOUNS = frozenset({"rate", "rates", "levy", "level", "margin"})
# An event these verbs govern was not held (or not when planned): "would cancel his meeting with X", "the summit
# was called off", "postponed talks". It gives no participants, place or date as if it had been.
CANCEL_VERBS = frozenset({"cancel", "scrap", "abandon", "scrub", "postpone", "axe", "shelve", "defer", "abort",
                          "delay", "nix"})
# Phrasal ones: (verb, particle) - "called off", "put off".
CANCEL_PHRASES = frozenset({("call", "off"), ("put", "off")})
CANCEL_ADJECTIVES = frozenset({"cancelled", "canceled", "postponed", "aborted", "scrapped", "abandoned",
                               "called-off", "shelved", "deferred", "delayed"})
# Words of setting a day for an event: said "originally" or "first", or in the pluperfect ("had been scheduled for
# June 2", "had been due to start on Monday"), they tell a plan given up, whose day is no day of the event.
PLAN_WORDS = frozenset({"schedule", "plan", "set", "slate", "due", "expect", "pencil"})
EARLIER_PLAN_ADVERBS = frozenset({"originally", "initially", "first", "previously", "earlier"})
# Adverbs of an event held in place of the one planned: "were due to meet in Accra, but met in Lome instead";
# "instead of meeting in Geneva, they met in Vienna". The plan given up is no event, its place and day none.
INSTEAD_WORDS = frozenset({"instead"})
# Verbs that move an event: the day it is moved from is no day of it ("rescheduled from April", "pushed back from
# June 3").
# Verbs of need before a move: "the talks would have to be moved", "will need to be rescheduled".
NEED_VERBS = frozenset({"have", "need"})
RESCHEDULE_VERBS = frozenset({"reschedule", "move", "shift", "push", "bring", "delay", "postpone", "defer", "put"})
# Goods that headlines and trade copy write in capitals ("duties on Steel and Aluminium"): a name made only of
# these (and "and", "&") is goods, not an organization; "Steel and Aluminium Association" still is one.
COMMODITY_WORDS = frozenset({
    "steel", "aluminium", "aluminum", "iron", "copper", "nickel", "zinc", "tin", "lead", "cobalt", "lithium",
    "gold", "silver", "platinum", "coal", "oil", "gas", "crude", "timber", "lumber", "cement", "fertiliser",
    "fertilizer", "wheat", "rice", "maize", "corn", "soybeans", "soybean", "soya", "sugar", "coffee", "cocoa", "tea",
    "cotton", "wool", "beef", "pork", "poultry", "dairy", "fish", "seafood", "wine", "spirits", "tobacco", "rubber",
    "textiles", "apparel", "footwear", "solar", "panels", "semiconductors", "chips", "vehicles", "cars", "autos",
    "auto", "parts", "machinery", "electronics", "pharmaceuticals", "chemicals", "plastics", "paper", "glass",
    "ceramics", "furniture", "rare", "earths", "earth", "graphite", "gallium", "germanium", "antimony",
})
# Plural nouns for people that a sanction can name as a group ("four officials, among them A and B") and then
# point back to ("entry bans on all four officials").
PERSON_GROUP_NOUNS = frozenset({"officials", "individuals", "people", "persons", "ministers", "generals", "officers",
                                "commanders", "executives", "businessmen", "oligarchs", "lawmakers", "judges",
                                "politicians", "men", "women", "leaders", "figures", "members"})
# Words that open the list of a group's named members: "among them", "including", "such as".
GROUP_MEMBER_CUES = (("among", "them"), ("among", "whom"), ("including",), ("such", "as"), ("notably",))
# Determiners that make a group noun point back to one named before: "all four officials", "those officials".
GROUP_BACK_REFERENCES = frozenset({"all", "the", "those", "these", "same", "both"})
# "The two last met in Seoul", "the pair met", "both men met": a subject that stands for the two people named
# in the sentence before.
PAIR_WORDS = frozenset({"two", "pair", "both", "duo"})
# "he"/"she" as the subject of a meeting ("his"/"her" owning it): taken for the earlier sentence's subject, not the last person named,
# unless the census gives that subject's given name to the other sex only ("Emmanuel ... She met X")
PERSON_SUBJECT_PRONOUNS = {"he": "census-1990-male", "she": "census-1990-female",
                           "his": "census-1990-male", "her": "census-1990-female"}  # "her second visit"
_SEXES = frozenset(PERSON_SUBJECT_PRONOUNS.values())
CENSUS_SEXES_OF_GIVEN_NAMES = {name: sources & _SEXES for name, sources in GIVEN_NAME_SOURCES.items()}
del _SEXES
# "visited Kyiv on Monday, where he met Y": a clause opened by "where" (the parser hangs it on the place, the date
# or the verb) tells of an event held at the place named right before it, past a date ("on Monday", "last week")
WHERE_WORDS = frozenset({"where"})
WHERE_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl"})
DATE_PREPOSITIONS = frozenset({"on", "last", "this", "next", "earlier", "late"})
PAIR_NOUNS = frozenset({"men", "women", "leaders", "ministers", "envoys", "officials", "negotiators", "presidents",
                        "diplomats", "counterparts"})  # not "sides": "the two sides" are countries, not two people
# "A summit is planned for July 20. It will take place in Kigali.": "it" as the subject of these verbs is the
# event the sentence before told ("take" counts only with "place").
# Verbs telling an event is held: negated ("the summit will not take place", "never held the talks") no event is.
EVENT_HOLDING_VERBS = frozenset({"take", "hold", "open", "begin", "start", "convene", "resume", "happen", "occur", "go",
                                 "stage", "have"})
# Verbs turning down an event under them: "refused to meet", "declined to hold talks", "failed to meet".
EVENT_REFUSAL_VERBS = frozenset({"refuse", "decline", "fail"})
# Verbs rejecting an event, or a proposal or report of one, under them: "ruled out a meeting", "rejected a proposal
# for talks", "denied that its ministers met"; and the nouns of proposing or reporting one passes on the way.
# Words telling an event only wished for, not held or set: "a meeting between A and B is needed", "a summit was
# necessary for progress" (said of an event with "a", or none); "ready to meet", "willing to hold talks", "open to
# talks", "expressed willingness to meet".
EVENT_NEED_WORDS = frozenset({"necessary", "needed", "essential", "required", "imperative"})
EVENT_NEED_VERBS = frozenset({"need", "require"})
EVENT_READY_WORDS = frozenset({"ready", "willing", "prepared", "open", "eager", "keen"})
EVENT_READINESS_NOUNS = frozenset({"willingness", "readiness", "eagerness", "openness", "desire", "wish"})
# ... and verbs of wanting one: "wants to meet Y", "offered to hold talks", "sought a meeting with Y", "urged Y to meet",
# "would like to meet": wished for, not set.
EVENT_WISH_VERBS = frozenset({"want", "wish", "offer", "seek", "urge", "like", "desire"})
# What makes an event possible, not held or set: "allows for meetings", "paves the way for talks", "clears the way for
# a summit", "opens the door to talks" (verb, and the noun between it and "for"/"to" when there is one).
EVENT_ENABLING = frozenset({("allow", ""), ("pave", "way"), ("clear", "way"), ("open", "door")})
EVENT_REJECTING_VERBS = frozenset({"reject", "deny", "dismiss", "refute", "rebuff", "spurn"})
EVENT_PROPOSAL_NOUNS = frozenset({"proposal", "offer", "request", "invitation", "call", "suggestion", "idea", "report",
                                  "claim", "rumour", "rumor", "speculation"})
# Verbs proposing an event (their object, "call for", "invite ... to"): the event is still to come, and a day on the
# verb itself is the day of proposing ("Ghana proposed talks in Accra on Tuesday" is no talks last Tuesday).
EVENT_PROPOSING_VERBS = frozenset({"propose", "suggest", "request", "demand", "urge", "call", "invite", "seek", "ask"})
# Verbs weighing the holding of an event ("discussed holding a summit", "considered hosting talks"): still to come.
# (Not their bare object: "discussed the talks" may be of talks held.)
EVENT_WEIGHING_VERBS = frozenset({"discuss", "consider", "explore", "weigh", "mull", "debate"})
EVENT_PRONOUN_VERBS = frozenset({"take", "hold", "open", "begin", "start", "run", "close", "end", "conclude", "convene",
                                 "resume"})

# --- measures: rate changes, generic goods ---
# Verbs that change a measure's rate without ending it: "cutting tariffs on motorcycles to 30%" leaves the tariff
# in force, and only the side that cuts has it. (Out of MEASURE_STATUS_VERBS["lifted"]: a cut is not a lifting.)
MEASURE_REDUCING_VERBS = frozenset({"cut", "reduce", "lower", "trim", "slash", "ease"})
# Easing a measure, told by a verb or a noun: "signed an order easing export curbs", "allowing a relaxation of quota
# restrictions". The measure eased was in force and stays so; what is said above the easing (signed, announced,
# approved) is said of the easing, not of the measure.
MEASURE_EASING_VERBS = frozenset({"ease", "relax", "loosen", "soften"})
MEASURE_EASING_NOUNS = frozenset({"easing", "relaxation", "loosening", "softening"})
# Keeping a measure on, told by a noun: "recommended the continuation of duties on steel", "approved the renewal of
# sanctions". The measure is there already: in force whatever is said of its keeping; who recommends or asks for it
# is not who imposed it. ("extension" is left out: "the extension of sanctions to Belarus" may be of new ones.)
MEASURE_CONTINUING_NOUNS = frozenset({"continuation", "renewal", "prolongation", "retention", "maintenance"})
# A share of the measures a lifting acts on: "scrapped most of its counter-tariffs", "lifted some of the sanctions",
# "eased part of the controls", "partially lifted": the rest stays, so the measure is still in force, not lifted.
MEASURE_PART_WORDS = frozenset({"most", "some", "part", "parts", "portion", "portions", "bulk", "half", "many", "several",
                                "few", "majority", "share", "third", "thirds", "quarter", "quarters", "fraction", "much",
                                "number", "handful", "dozens", "hundreds", "one", "two", "three", "four", "five", "six",
                                "seven", "eight", "nine", "ten"})
MEASURE_PART_ADVERBS = frozenset({"partially", "partly", "selectively"})
# Nouns that name no goods of their own: "a tariff on Japanese goods" covers "Japanese goods", never a bare "goods"
# node that every such measure would share. (Trade flows, "imports from Peru", are read as flows: not here.)
# "China-made goods", "Mexican-built cars": the place before the participle is where the goods come from.
MADE_IN_VERBS = frozenset({"make", "build", "produce", "manufacture", "grow", "assemble", "source", "origin"})
GENERIC_GOODS_NOUNS = frozenset({"good", "goods", "product", "products", "item", "items", "merchandise", "ware", "wares",
                                 "commodity", "commodities", "thing", "things"})
# Owners of goods told only in general ("each country's goods", "the other side's products", "partners' goods"):
# whose they are is not said, and the goods are the bare "goods": none named.
GENERIC_GOODS_OWNERS = frozenset({"country", "nation", "side", "other", "party", "partner", "economy", "state",
                                  "rival", "trader", "exporter"})
# Nouns that make a preposition with "on ... of": "on top of existing duties", "on behalf of", "on account of" name
# neither goods nor whom a measure hits.
PREPOSITION_NOUNS = frozenset({"top", "behalf", "account"})
# A measure another is added to is one already there: "a surcharge on top of existing duties", "in addition to the
# tariffs" (the noun and the preposition after it).
MEASURE_BASE_PHRASES = frozenset({("top", "of"), ("addition", "to")})
# Participles after goods that tell where they come from: "ODCB imported from India", "PTFE originating in China".
GOODS_ORIGIN_VERBS = MADE_IN_VERBS | frozenset({"import", "originate", "ship", "export"})
# Verbs of taking or ending a measure: "imposed duties on steel from Vietnam", the parser hanging "from Vietnam" on
# the verb, tells where the goods come from. (Not "sought tariffs on steel from Brussels": whom it is asked of.)
GOODS_FROM_VERBS = (MEASURE_STATUS_VERBS["in_force"] | MEASURE_STATUS_VERBS["announced"] | MEASURE_STATUS_VERBS["lifted"]
                    | MEASURE_STATUS_VERBS["threatened"] | frozenset({"propose", "plan", "consider", "weigh", "mull"})) \
    - frozenset({"have", "keep", "use", "respond", "retaliate", "counter", "hit", "add", "set", "put"})
# Verbs that set a measure's rate anew: "raised the tariff on steel to 50%" - the rate is the one after "to".
RATE_CHANGE_VERBS = MEASURE_REDUCING_VERBS | frozenset({"raise", "hike", "increase", "double", "triple", "boost"})
# Verbs that change a measure in place ("proposed doubling its steel tariffs"): a proposal or threat of the change
# leaves the measure itself in force.
MEASURE_CHANGE_VERBS = (RATE_CHANGE_VERBS - MEASURE_REDUCING_VERBS) | frozenset(
    {"extend", "expand", "widen", "broaden", "tighten", "prolong", "renew", "toughen"})

# --- events: later days, kinds of event, counted since ---
# Partitive nouns of time: "the second day of talks" is a later day of the talks, never their second round.
TIME_PARTITIVES = frozenset({"day", "days", "week", "hour"})
# "the first such trip since 2023", "such talks": a kind of event spoken of, not one held.
KIND_OF_EVENT_MODIFIERS = frozenset({"such"})
# A place named by a continent ("East Africa", "Southeast Asia", "Latin America") is a region, whatever NER tags it.
CONTINENT_WORDS = frozenset({"africa", "asia", "europe", "america", "americas", "oceania", "antarctica", "eurasia",
                             "australasia"})
# "Visits rose 5%", "the number of visits grew": plural event nouns counted as a statistic, no event held.
COUNT_CHANGE_VERBS = frozenset({"rise", "fall", "grow", "drop", "increase", "decline", "jump", "surge", "climb",
                                "slump", "plunge", "dip", "soar", "double", "triple", "halve", "rebound", "shrink"})
COUNT_NOUNS = frozenset({"number", "numbers", "count", "total", "share", "rate", "volume", "tally", "thousands",
                         "millions", "hundreds", "rise", "fall", "drop", "increase", "decline", "jump", "surge", "dip",
                         "slump", "rebound", "growth"})
# "2 million visits", "visits topped 3 million": counts this large are a statistic of many, not events told one by one.
COUNT_SCALE_WORDS = frozenset({"thousand", "million", "billion", "thousands", "millions", "hundreds", "percent"})
# ... but "talks fell apart", "the visit fell through": what became of events held or planned, not a count.
COUNT_CHANGE_NOT_PARTICLES = frozenset({"apart", "through", "short", "flat", "silent", "away", "out", "off"})
# "the ninth since 2012", "their first talks since March": a date after these words tells another time.
SINCE_WORDS = frozenset({"since"})

# --- lists of those a measure applies to ---
# A government's list of whom a measure applies to: being added to one starts the measure for them, being removed
# lifts it ("added nine firms to its entity list", "removed Sberbank from its sanctions list"). The list itself is
# no measure. Keys are the list's name without its determiner, lower case.
MEASURE_LISTS = {"sanctions list": SANCTION, "sanction list": SANCTION, "sanctions blacklist": SANCTION,
                 "entity list": EXPORT_CONTROL, "export control list": EXPORT_CONTROL,
                 "export blacklist": EXPORT_CONTROL}
LIST_ADDING_VERBS = frozenset({"add", "put", "place", "include", "return"})
LIST_REMOVING_VERBS = frozenset({"remove", "drop", "delete", "strike", "take", "delist"})
# Parts of a firm named by their parent: "sanctioned five US subsidiaries of Hanwha Ocean". The country before them
# says where they sit, not whom the measure is aimed at: the parent is.
FIRM_PART_NOUNS = frozenset({"subsidiary", "unit", "affiliate", "arm", "branch", "division", "offshoot", "entity"})
# Nouns for firms: a measure on "two Singapore shipping firms", "Chinese refiners", "three Iranian banks" is aimed at
# those firms (named or not), not at the country they sit in ("tariffs on Chinese goods" are; a ban on "Faroese
# vessels" keeps a country's ships out). The firm nouns above, less the bodies that are no firms (a state's agency,
# a chamber), and a few words for traders.
MEASURED_FIRM_NOUNS = (FIRM_NOUNS - {"association", "federation", "chamber", "agency", "fund", "group", "consultant"}) \
    | frozenset({"refinery", "trader", "buyer", "entity", "business", "enterprise", "carrier"})

# --- venues ---
# Last words of a building's name ("Lancaster House", "Blair House", "State House", "Marlborough House"): a name
# ending in one that the article shows only as a venue (talks at it, it hosts them), never acting ("State House
# said", "Chatham House's report"), names no body, whatever NER tagged it. (It gets no node: an event's location
# is its city, "talks at Lancaster House in London" are in London.)
VENUE_BUILDING_WORDS = frozenset({"house"})
# Prepositions that put an event in a building: "talks at Lancaster House", "a dinner inside Blair House".
VENUE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "to"})

# --- land forms ---
# Lower-case land-form nouns after a name that make it a place NER took for a body ("the Amazon rainforest", "the
# Congo basin", "the Mekong delta"); read with PLACE_NOUNS_AFTER (kg/extract/mentions.py).
LANDFORM_NOUNS_AFTER = frozenset({"rainforest", "rainforests", "basin", "delta", "river", "valley", "desert",
                                  "plateau", "peninsula", "lowlands", "highlands", "corridor"})
# Last words of a place's name that no one's name ends in ("Victoria Falls", "Palm Springs", "Golan Heights"): a
# name NER tagged PERSON ending in one is a place's or a body's named after it (normalized).
PLACE_NAME_ENDINGS = frozenset({"falls", "springs", "heights", "island", "islands", "river", "delta", "basin",
                                "desert", "peninsula", "plateau", "highlands", "lowlands", "valley"})

# --- bare state nouns ---
# A state's common noun capitalised as a name ("ties between India and the Kingdom", "the Republic's envoy"):
# NER tags it GPE, but it names no place of its own; no node (normalized).
BARE_STATE_WORDS = frozenset({"kingdom", "republic", "emirate", "emirates", "sultanate", "principality", "federation",
                              "commonwealth", "realm", "confederation"})

# --- US states ---
# The fifty US states (normalized): "Georgia Governor X", "Washington Senator Y" name the state, not the country
# Georgia or the US capital, when a state's post follows the name.
US_STATE_NAMES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming"})
# Posts of a US state (lower-case words right after the state's name, "Georgia Gov. X", "the Georgia governor");
# no country's national post is written this way after its name.
# "Democrat Maria Cantwell of Washington", "Rep. Dan Newhouse of Washington": a US party's member or a House member,
# then the holder's name before "of <state>", like a state's post.
US_STATE_MEMBER_WORDS = frozenset({"democrat", "democrats", "republican", "republicans", "rep", "rep.",
                                   "representative", "representatives"})
US_STATE_POST_WORDS = frozenset({"governor", "gov", "gov.", "senator", "sen", "sen.", "lieutenant", "lt", "lt.",
                                 "congressman", "congresswoman", "attorney", "legislature", "statehouse"})
# The US states' and the capital district's abbreviations as news writes them after a city and a comma ("Austin,
# TX", "Sacramento, Calif.", "Washington, D.C."): the city's qualifier, no body's name (case as written).
US_STATE_ABBREVIATIONS = frozenset("""
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI
SC SD TN TX UT VT VA WA WV WI WY DC D.C. Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md.
Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt.
Va. Wash. W.Va. Wis. Wyo.
""".split())

# --- places: compass words and continents ---
# A compass word before a region's name ("South and Central Asia", "East Asia"); alone and followed by "and" and
# another region's words it is a region's name cut short by the coordination, no place of its own.
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                           "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
                           "south-east", "south-west"})
CONTINENT_NAMES = frozenset({"africa", "asia", "europe", "america", "americas", "oceania", "antarctica", "eurasia",
                             "pacific", "caribbean", "middle east", "balkans", "caucasus", "arctic"})

# --- names: common nouns and event names NER reads as names ---
# Gatherings and meals written capitalised in readouts ("attended the Luncheon hosted by ..."): no person's name.
GATHERING_NOUNS = frozenset({"luncheon", "lunch", "dinner", "banquet", "breakfast", "reception", "gala", "ceremony",
                             "conference", "summit", "forum", "dialogue", "session", "meeting", "retreat", "symposium",
                             "seminar", "workshop", "roundtable", "convention", "congress", "plenary", "assembly"})
# ... of which meals and receptions are never a body's name either ("attended the Reception hosted by ...")
MEAL_NOUNS = frozenset({"luncheon", "lunch", "dinner", "banquet", "breakfast", "reception", "gala"})
# The last word of a gathering's name ("the Seventh Indian Ocean Conference"): an event or a body, never a place,
# whatever NER tagged it ("forum" is left out: "the Pacific Islands Forum" is a body NER may tag as a place).
GATHERING_NAME_ENDINGS = frozenset({"conference", "summit", "dialogue", "symposium", "seminar", "workshop",
                                    "roundtable", "congress", "expo", "meeting", "session"})
# Words that end the name of a plan or a scheme ("Belt and Road Initiative", "Marshall Plan"): no one's name.
# Words that make a capitalised name a gathering's wherever they stand in it, never a body's or a place's: "the NATO
# Summit", "the Summit of the Americas", "the Mercosur Summit in Asuncion", "the Foreign Ministers' Meeting" (NER's one
# body name), unless the gazetteer knows the whole name as a body's. A body named before
# the word is a body of its own, and a place after "in" a place ("the NATO summit in Vilnius", as written in lower case).
GATHERING_ONLY_NAME_WORDS = frozenset({"summit", "meeting"})
PLAN_NAME_ENDINGS = frozenset({"initiative", "initiatives", "programme", "program", "plan", "strategy", "project",
                               "corridor", "scheme", "doctrine", "vision", "agenda", "compact"})
# Nouns for a news outlet after its name ("told the Lao Dong newspaper"): the name is the outlet's, a body's.
MEDIA_NOUNS = frozenset({"newspaper", "newspapers", "daily", "weekly", "magazine", "tabloid", "broadsheet",
                         "website"})
