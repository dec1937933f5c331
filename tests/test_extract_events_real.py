"""Events read from news as it is written: patterns that made false facts on real articles. (text, expected) tables.

Every text is written for these tests; each table holds several phrasings of one pattern, and guard rows showing the
true case still read.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts

# --- who turned an event down takes no part in it -----------------------------------------------------------------
# "refused to attend the talks", "failed to attend", "did not want to attend", "was unable to attend": the subject
# stayed away (the event itself may still be held).
REFUSED_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto refused to attend the peace talks in Geneva.",
                 {("peace talks in Geneva", "location", "Geneva")},
                 {("peace talks in Geneva", "participant", "William Ruto")}, id="refused-to-attend"),
    pytest.param("date: 2026-07-03\nSummit\n\nKenyan President William Ruto failed to attend the summit in Nairobi on "
                 "Monday.", {("summit in Nairobi", "location", "Nairobi")},
                 {("summit in Nairobi", "participant", "William Ruto")}, id="failed-to-attend"),
    pytest.param("date: 2026-07-03\nTalks\n\nUgandan President Yoweri Museveni did not want to attend the talks in "
                 "Arusha.", set(), {("talks in Arusha", "participant", "Yoweri Museveni")}, id="did-not-want-to-attend"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe Ghanaian Foreign Minister Ama Boateng declined to join the talks in "
                 "Lome on Monday.", set(), {("talks in Lome", "participant", "Ama Boateng")}, id="declined-to-join"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto was unable to attend the talks in Geneva on "
                 "Monday.", {("talks in Geneva", "location", "Geneva")},
                 {("talks in Geneva", "participant", "William Ruto")}, id="unable-to-attend"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto will attend the talks in Geneva on "
                 "Monday.", {("talks in Geneva", "participant", "William Ruto")}, set(), id="keep-will-attend"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto attended the summit in Nairobi on Monday.",
                 {("summit in Nairobi", "participant", "William Ruto")}, set(), id="keep-attended"),
]

# --- a person represented by someone else was not there ------------------------------------------------------------
# "President X was represented at the summit by his deputy": X takes no part; whoever stood in does, and so does a
# country represented.
REPRESENTED_CASES = [
    pytest.param("date: 2026-07-03\nSummit\n\nKenyan President William Ruto was represented at the summit in Addis "
                 "Ababa by his deputy.", {("summit in Addis Ababa", "location", "Addis Ababa")},
                 {("summit in Addis Ababa", "participant", "William Ruto")}, id="represented-by-deputy"),
    pytest.param("date: 2026-07-03\nTalks\n\nUgandan President Yoweri Museveni was represented at the talks in Geneva "
                 "by a junior minister.", set(), {("talks in Geneva", "participant", "Yoweri Museveni")},
                 id="represented-by-junior-minister"),
    pytest.param("date: 2026-07-03\nTalks\n\nUgandan President Yoweri Museveni was represented at the talks in Geneva "
                 "by Foreign Minister Jeje Odongo.", {("talks in Geneva", "participant", "Jeje Odongo")},
                 {("talks in Geneva", "participant", "Yoweri Museveni")}, id="represented-by-named-minister"),
    pytest.param("date: 2026-07-03\nTalks\n\nUganda was represented at the talks in Geneva on Monday by Foreign "
                 "Minister Jeje Odongo.", {("talks in Geneva", "participant", "Uganda")}, set(),
                 id="keep-country-represented"),
]

# --- who is only asked or may go takes no part ------------------------------------------------------------------------
# "was invited to attend the summit", "asked to join the talks", "is considering attending", "may attend", "invited Y
# to visit Nairobi": no one is told to be there ("is expected to attend" is set, and stays).
ASKED_CASES = [
    pytest.param("date: 2026-07-03\nSummit\n\nKenyan President William Ruto has been invited to attend the summit in "
                 "Addis Ababa.", {("summit in Addis Ababa", "location", "Addis Ababa")},
                 {("summit in Addis Ababa", "participant", "William Ruto")}, id="invited-to-attend"),
    pytest.param("date: 2026-07-03\nTalks\n\nUgandan President Yoweri Museveni was asked to join the talks in Geneva.",
                 set(), {("talks in Geneva", "participant", "Yoweri Museveni")}, id="asked-to-join"),
    pytest.param("date: 2026-07-03\nSummit\n\nKenyan President William Ruto may attend the summit in Addis Ababa.",
                 set(), {("summit in Addis Ababa", "participant", "William Ruto")}, id="may-attend"),
    pytest.param("date: 2026-07-03\nSummit\n\nKenyan President William Ruto is considering attending the summit in "
                 "Addis Ababa.", set(), {("summit in Addis Ababa", "participant", "William Ruto")},
                 id="considering-attending"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto invited Ugandan President Yoweri Museveni to "
                 "visit Nairobi.", set(), {("meeting in Nairobi", "participant", "William Ruto")},
                 id="invited-to-visit"),
    pytest.param("date: 2026-07-03\nSummit\n\nKenyan President William Ruto is expected to attend the summit in Addis "
                 "Ababa.", {("summit in Addis Ababa", "participant", "William Ruto")}, set(), id="keep-expected-to-attend"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto will visit Kampala on Monday.",
                 {("meeting in Kampala", "participant", "William Ruto")}, set(), id="keep-will-visit"),
]

# --- a place told of what an event is about is not where it is held ------------------------------------------------
# "discussed the conflict in Sudan", "agreed to end their offensive in Congo", "talks on the crisis in Haiti", "to
# discuss investment in Kenya", "talks about refugees in Kenya".
TOPIC_PLACE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nThe two leaders met on Monday and agreed to push the rebels to end their "
                 "offensive in Congo.", {("meeting", "startDate", "2026-06-29")},
                 {("meeting in Republic of the Congo", "location", "Republic of the Congo")}, id="end-offensive-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two foreign ministers met on Tuesday and agreed to cooperate to end "
                 "the incursion in Ukraine.", {("meeting", "startDate", "2026-06-30")},
                 {("meeting in Ukraine", "location", "Ukraine")}, id="end-incursion-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoys held talks on Wednesday on the crisis in Haiti.",
                 {("talks", "startDate", "2026-07-01")}, {("talks in Haiti", "location", "Haiti")}, id="talks-on-crisis-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two presidents met on Monday and discussed the conflict in Sudan.",
                 {("meeting", "startDate", "2026-06-29")}, {("meeting in Sudan", "location", "Sudan")},
                 id="discussed-conflict-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two presidents met on Monday to discuss peace in Sudan.",
                 {("meeting", "startDate", "2026-06-29")}, {("meeting in Sudan", "location", "Sudan")},
                 id="discuss-peace-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two presidents met in Nairobi on Monday to discuss the war in Sudan.",
                 {("meeting in Nairobi", "location", "Nairobi")}, {("meeting in Nairobi", "location", "Sudan")},
                 id="keep-met-in-place-on-war"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two presidents met on Monday to discuss investment in Kenya.",
                 {("meeting", "startDate", "2026-06-29")}, {("meeting in Kenya", "location", "Kenya")},
                 id="discuss-investment-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two ministers met on Tuesday to review a railway project in Uganda.",
                 {("meeting", "startDate", "2026-06-30")}, {("meeting in Uganda", "location", "Uganda")},
                 id="review-project-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoys held talks on Wednesday about refugees in Kenya.",
                 {("talks", "startDate", "2026-07-01")}, {("talks in Kenya", "location", "Kenya")},
                 id="talks-about-refugees-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoys held talks on trade in Nairobi on Monday.",
                 {("talks in Nairobi", "location", "Nairobi")}, set(), id="keep-talks-on-trade-in-place"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoys held talks on Monday in Nairobi.",
                 {("talks in Nairobi", "location", "Nairobi")}, set(), id="keep-talks-on-day-in-place"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoys held security talks in Kampala on Monday.",
                 {("security talks in Kampala", "location", "Kampala")}, set(), id="keep-topic-word-as-modifier"),
]

# --- a place in a clause of its own below the event is not where the event is held ---------------------------------
# "met on Monday and pledged to build a railway in Uganda": where the railway will be; "arrived in Kampala and met X",
# "met X at State House in Kampala" still place the meeting.
OWN_CLAUSE_PLACE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nThe two presidents met on Monday and pledged to build a railway in "
                 "Uganda.", {("meeting", "startDate", "2026-06-29")}, {("meeting in Uganda", "location", "Uganda")},
                 id="pledged-to-build-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two ministers met on Tuesday and agreed to open a consulate in "
                 "Mombasa.", {("meeting", "startDate", "2026-06-30")}, {("meeting in Mombasa", "location", "Mombasa")},
                 id="agreed-to-open-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoys held talks on Wednesday and promised new roads in Uganda.",
                 {("talks", "startDate", "2026-07-01")}, {("talks in Uganda", "location", "Uganda")},
                 id="talks-and-promised-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni at "
                 "State House in Kampala on Monday.", {("meeting in Kampala", "location", "Kampala")}, set(),
                 id="keep-met-at-venue-in-city"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoys met on Monday and agreed to meet again in Geneva.",
                 {("meeting in Geneva", "location", "Geneva")}, set(), id="keep-agreed-to-meet-in"),
]

# --- a trip told in another clause does not place the event --------------------------------------------------------
# "Envoys will travel to Beijing, the president said during a meeting": the trip's goal is no place of the meeting the
# sentence is said during; "flew to Kampala for talks" still places the talks.
OTHER_TRIP_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nTwo envoys are expected to travel to Beijing next week, the president "
                 "said during a meeting with French President Emmanuel Macron.",
                 {("meeting", "participant", "Emmanuel Macron")}, {("meeting in Beijing", "location", "Beijing")},
                 id="travel-said-during-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nA trade mission will go to Nairobi in August, Foreign Minister Ama "
                 "Boateng said at a meeting with her Kenyan counterpart on Tuesday.", set(),
                 {("meeting in Nairobi", "location", "Nairobi")}, id="go-said-at-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nAid convoys will head to Khartoum soon, the envoy said during talks with "
                 "Egyptian officials on Monday.", {("talks", "startDate", "2026-06-29")},
                 {("talks in Khartoum", "location", "Khartoum")}, id="head-said-during-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto flew to Kampala on Sunday for talks with "
                 "Ugandan President Yoweri Museveni.", {("talks in Kampala", "location", "Kampala")}, set(),
                 id="keep-flew-to-for-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe minister will fly to Riyadh on Sunday for talks with Saudi officials.",
                 {("talks in Riyadh", "location", "Riyadh")}, set(), id="keep-will-fly-to-for-talks"),
]

# --- an event only wished for is no event ----------------------------------------------------------------------------
# "a meeting between A and B was needed", "talks are necessary", "ready to meet", "willing to hold talks", "open to
# talks", "expressed willingness to meet", "wants to meet", "sought a meeting", "a summit would help": neither held
# nor set, so it neither stands alone nor lends its people to a real meeting of the article.
WISHED_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nOfficials said a meeting between Kenyan President William Ruto and "
                 "Ugandan President Yoweri Museveni was needed before any deal.", set(),
                 {("meeting", "participant", "William Ruto"), ("meeting", "participant", "Yoweri Museveni")},
                 id="meeting-was-needed"),
    pytest.param("date: 2026-07-03\nTalks\n\nDiplomats said a summit of the two presidents was necessary for any "
                 "progress.", set(), {("summit", "a", "Summit")}, id="summit-was-necessary"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto said he was ready to meet Ugandan President "
                 "Yoweri Museveni.", set(), {("meeting", "participant", "Yoweri Museveni")}, id="ready-to-meet"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto expressed willingness to meet with Ugandan "
                 "President Yoweri Museveni.", set(), {("meeting", "participant", "Yoweri Museveni")},
                 id="willingness-to-meet"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto said he was open to talks with Ugandan "
                 "President Yoweri Museveni.", set(), {("talks", "participant", "Yoweri Museveni")}, id="open-to-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto said he was willing to hold talks with "
                 "Ugandan President Yoweri Museveni.", set(), {("talks", "participant", "Yoweri Museveni")},
                 id="willing-to-hold-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto wants to meet Ugandan President Yoweri "
                 "Museveni.", set(), {("meeting", "participant", "Yoweri Museveni")}, id="wants-to-meet"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto offered to hold talks with Ugandan "
                 "President Yoweri Museveni.", set(), {("talks", "participant", "Yoweri Museveni")},
                 id="offered-to-hold-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto has sought a meeting with Ugandan President "
                 "Yoweri Museveni.", set(), {("meeting", "participant", "Yoweri Museveni")}, id="sought-a-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto urged Ugandan President Yoweri Museveni to "
                 "meet him.", set(), {("meeting", "participant", "Yoweri Museveni")}, id="urged-to-meet"),
    pytest.param("date: 2026-07-03\nTalks\n\nA summit between Kenyan President William Ruto and Ugandan President "
                 "Yoweri Museveni would help ease tensions.", set(), {("summit", "participant", "Yoweri Museveni")},
                 id="a-summit-would-help"),
    pytest.param("date: 2026-07-03\nTalks\n\nAnalysts said a meeting with Ugandan President Yoweri Museveni could calm "
                 "markets.", set(), {("meeting", "participant", "Yoweri Museveni")}, id="a-meeting-could-calm"),
    pytest.param("date: 2026-07-03\nTalks\n\nA meeting with Ugandan President Yoweri Museveni might reassure investors, "
                 "bankers said.", set(), {("meeting", "participant", "Yoweri Museveni")}, id="a-meeting-might-reassure"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe new law allows for higher-level meetings between the two governments.",
                 set(), {("higher-level meetings", "a", "Meeting")}, id="law-allows-for-meetings"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe ceasefire paves the way for talks between Kenya and Uganda.", set(),
                 {("talks", "participant", "Kenya"), ("talks", "a", "Meeting")}, id="paves-the-way-for-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe deal opens the door to a summit of the two presidents next year.",
                 set(), {("summit", "a", "Summit")}, id="opens-the-door-to-a-summit"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe vote cleared the way for talks with Uganda.", set(),
                 {("talks", "participant", "Uganda")}, id="cleared-the-way-for-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks in Nairobi paved the way for the summit in Kampala.",
                 {("summit in Kampala", "a", "Summit")}, set(), id="keep-paved-the-way-for-the-summit"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto said he was willing to find a solution and "
                 "to meet with Ugandan President Yoweri Museveni.", set(), {("meeting", "participant", "Yoweri Museveni")},
                 id="willing-to-do-and-to-meet"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto is ready to reopen the border and meet "
                 "Ugandan President Yoweri Museveni.", set(), {("meeting", "participant", "Yoweri Museveni")},
                 id="ready-to-do-and-meet"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto wants to cut fuel prices and to hold talks "
                 "with Ugandan President Yoweri Museveni.", set(), {("talks", "participant", "Yoweri Museveni")},
                 id="wants-to-do-and-hold-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto was ready to reopen the border and met "
                 "Ugandan President Yoweri Museveni on Monday.", {("meeting", "participant", "Yoweri Museveni")}, set(),
                 id="keep-ready-and-then-met"),
    pytest.param("date: 2026-07-03\nTalks\n\nA meeting between Kenyan President William Ruto and Ugandan President "
                 "Yoweri Museveni would take place in Nairobi on Tuesday, officials said.",
                 {("meeting in Nairobi", "participant", "Yoweri Museveni")}, set(), id="keep-a-meeting-would-take-place"),
    pytest.param("date: 2026-07-03\nTalks\n\nA meeting between Kenyan President William Ruto and Ugandan President "
                 "Yoweri Museveni on Monday helped ease tensions.", {("meeting", "participant", "Yoweri Museveni")}, set(),
                 id="keep-a-meeting-helped"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni on "
                 "Monday as he sought to ease tensions.", {("meeting", "participant", "Yoweri Museveni")}, set(),
                 id="keep-met-as-he-sought"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Kampala on Monday. Officials said a meeting with Rwandan President Paul Kagame was needed before any "
                 "deal.", {("meeting in Kampala", "participant", "Yoweri Museveni")},
                 {("meeting in Kampala", "participant", "Paul Kagame")}, id="wished-does-not-join-real-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Kampala on Monday. The meeting was necessary, officials said.",
                 {("meeting in Kampala", "participant", "Yoweri Museveni")}, set(), id="keep-the-meeting-was-necessary"),
]

# --- an event held before a past telling takes no day of one still to come ------------------------------------------
# "After meetings between A and B, the ministry said ...": the meetings were held (the cue opens a past sentence), so a
# meeting set for Tuesday in the next sentence is another one.
AFTER_PAST_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nAfter meetings between Chinese Vice Premier Ding Xuexiang and Treasury "
                 "official Anna Kell, the department said the two sides had made progress. The first meeting of the new "
                 "working group will take place in Beijing on Tuesday.",
                 {("meetings", "participant", "Anna Kell"), ("first meeting in Beijing", "startDate", "2026-07-07")},
                 {("meetings in Beijing", "startDate", "2026-07-07")}, id="after-meetings-then-first-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nFollowing a meeting between Ghanaian Foreign Minister Ama Boateng and her "
                 "Togolese counterpart Robert Dussey, officials said a deal was close. A new meeting of the border "
                 "committee will be held in Lome on Wednesday.", {("meeting", "participant", "Ama Boateng")},
                 {("meeting in Lomé", "participant", "Ama Boateng")}, id="following-meeting-then-new-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nAfter talks between Kenyan President William Ruto and Ugandan President "
                 "Yoweri Museveni, officials said ties had improved. A meeting of the joint trade council will be held "
                 "in Kampala on Thursday.", {("talks", "participant", "William Ruto")},
                 {("talks in Kampala", "participant", "William Ruto")}, id="after-talks-then-council-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nAfter talks between Kenyan President William Ruto and Ugandan President "
                 "Yoweri Museveni, officials said ties had improved. The talks were held in Nairobi on Monday.",
                 {("talks in Nairobi", "participant", "William Ruto"), ("talks in Nairobi", "startDate", "2026-06-29")},
                 set(), id="keep-after-talks-then-their-day"),
]

# --- what is said during an event tells neither its place nor its day ----------------------------------------------
# "Troops will stay in Goma, the president said during a meeting with X": the clause reported is about other things.
SAID_DURING_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nTroops will remain in Goma, the president said during a meeting with "
                 "French President Emmanuel Macron.", {("meeting", "participant", "Emmanuel Macron")},
                 {("meeting in Goma", "location", "Goma")}, id="clause-before-said-during"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe president said during a meeting with French President Emmanuel "
                 "Macron that a new factory would open in Lyon.", {("meeting", "participant", "Emmanuel Macron")},
                 {("meeting in Lyon", "location", "Lyon")}, id="that-clause-after-said-during"),
    pytest.param("date: 2026-07-03\nTalks\n\nRefugees will return to Juba on Friday, the envoy told reporters at a "
                 "meeting with Ugandan President Yoweri Museveni.", {("meeting", "participant", "Yoweri Museveni")},
                 {("meeting", "startDate", "2026-07-03"), ("meeting in Juba", "location", "Juba")},
                 id="told-at-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoy said at talks in Geneva on Monday that troops would stay in "
                 "Goma.", {("talks in Geneva", "location", "Geneva"), ("talks in Geneva", "startDate", "2026-06-29")},
                 set(), id="keep-said-at-talks-in-place"),
    pytest.param("date: 2026-07-03\nTalks\n\nOfficials said talks would be held in Nairobi on Tuesday.",
                 {("talks in Nairobi", "location", "Nairobi"), ("talks in Nairobi", "startDate", "2026-07-07")}, set(),
                 id="keep-said-talks-would-be-held"),
]

# --- a meeting to come "again" somewhere is not the meeting held ---------------------------------------------------
# "A met B. Their ministers will meet again in Arusha on Tuesday": the place told of the meeting to come is not where A
# and B met (the meeting held had no place).
AGAIN_ELSEWHERE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni. "
                 "Ministers of the two countries will meet again on Tuesday in Arusha.",
                 {("meeting in Arusha", "startDate", "2026-07-07")},
                 {("meeting in Arusha", "participant", "William Ruto")}, id="ministers-meet-again-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nGhanaian Foreign Minister Ama Boateng met her Togolese counterpart Robert "
                 "Dussey. The two will meet again in Lome on Monday.",
                 {("meeting", "participant", "Ama Boateng"), ("meeting in Lomé", "startDate", "2026-07-06")},
                 {("meeting", "location", "Lomé")}, id="the-two-meet-again-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto held talks with Ugandan President Yoweri "
                 "Museveni on Thursday. The talks will continue in Arusha on Saturday.",
                 {("talks", "participant", "William Ruto")}, {("talks in Arusha", "participant", "William Ruto")},
                 id="talks-continue-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Kampala on Monday. They will meet again on Tuesday.",
                 {("meeting in Kampala", "participant", "William Ruto")}, set(), id="keep-met-in-place-meet-again"),
]

# --- an event held by someone's officials is not that someone's event -----------------------------------------------
# "A met B. Their foreign ministers held talks on Tuesday": the ministers' talks are another meeting, whose day the
# leaders' meeting does not take.
SUBORDINATES_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Kampala. Their foreign ministers held talks on Tuesday.", {("talks", "startDate", "2026-06-30")},
                 {("meeting in Kampala", "startDate", "2026-06-30")}, id="their-ministers-held-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni. "
                 "Their envoys met in Arusha on Tuesday.", {("meeting in Arusha", "startDate", "2026-06-30")},
                 {("meeting in Arusha", "participant", "William Ruto")}, id="their-envoys-met-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nGhanaian Foreign Minister Ama Boateng met her Togolese counterpart Robert "
                 "Dussey in Lome. Their deputies met on Wednesday.", {("meeting", "startDate", "2026-07-01")},
                 {("meeting in Lomé", "startDate", "2026-07-01")}, id="their-deputies-met"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Kampala. The two leaders held talks on Tuesday.", {("meeting in Kampala", "startDate", "2026-06-30")},
                 set(), id="keep-the-two-leaders-held-talks"),
]

# "Samsung's Lee met X": the owner of a participant (a firm, a relative, a boss) is not at the meeting; the owner of
# the event itself ("Xi's meeting") is.
POSSESSOR_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nSamsung's Lee Jae-yong met President Donald Trump in Washington on "
                 "Monday.", {("meeting in Washington, D.C.", "participant", "Lee Jae-yong")},
                 {("meeting in Washington, D.C.", "participant", "Samsung")}, id="firm-owning-its-chief"),
    pytest.param("date: 2026-07-03\nTalks\n\nTesla's Elon Musk held talks with Prime Minister Narendra Modi in New "
                 "Delhi on Monday.", {("talks in New Delhi", "participant", "Narendra Modi")},
                 {("talks in New Delhi", "participant", "Tesla")}, id="firm-owning-its-chief-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nPutin's spokesman Dmitry Peskov met foreign diplomats in Moscow on "
                 "Monday.", {("meeting in Moscow", "participant", "Dmitry Peskov")},
                 {("meeting in Moscow", "participant", "Vladimir Putin")}, id="boss-owning-his-spokesman"),
    pytest.param("date: 2026-07-03\nTalks\n\nAmazon's Andy Jassy held talks with Prime Minister Narendra Modi in New "
                 "Delhi on Monday.", {("talks in New Delhi", "participant", "Andy Jassy")},
                 {("talks in New Delhi", "participant", "Amazon")}, id="firm-owning-its-chief-2"),
    pytest.param("date: 2026-07-03\nTalks\n\nXi Jinping's meeting with President Donald Trump in Seoul on Monday was "
                 "cordial.", {("Xi Jinping's meeting in Seoul", "participant", "Xi Jinping"),
                              ("Xi Jinping's meeting in Seoul", "participant", "Donald Trump")}, set(),
                 id="owner-of-the-meeting-takes-part"),
    # a country owning a person is the person's affiliation, not a participant
    pytest.param("date: 2026-07-03\nTalks\n\nJordan's King Abdullah met President Donald Trump in Washington on Monday.",
                 {("meeting in Washington, D.C.", "participant", "Abdullah"), ("Abdullah", "affiliatedWith", "Jordan")},
                 {("meeting in Washington, D.C.", "participant", "Jordan")}, id="country-owning-its-king"),
    pytest.param("date: 2026-07-03\nTalks\n\nSenator Tim Kaine and Georgia's President Mikheil Kavelashvili met in "
                 "Tbilisi on Monday.", {("meeting in Tbilisi", "participant", "Mikheil Kavelashvili")},
                 {("meeting in Tbilisi", "participant", "Georgia")}, id="country-owning-its-president-in-a-pair"),
    pytest.param("date: 2026-07-03\nTalks\n\nPeru's Foreign Minister Ana Ruiz met Chancellor Otto Brandt in Berlin on "
                 "Tuesday.", {("meeting in Berlin", "participant", "Ana Ruiz")},
                 {("meeting in Berlin", "participant", "Peru")}, id="country-owning-its-minister"),
    # ... and so is a country naming a person's post
    pytest.param("date: 2026-07-03\nTalks\n\nFrench President Emmanuel Macron and Prime Minister Keir Starmer met in "
                 "London on Monday.", {("meeting in London", "participant", "Emmanuel Macron"),
                                       ("Emmanuel Macron", "affiliatedWith", "France")},
                 {("meeting in London", "participant", "France")}, id="country-adjective-of-a-president"),
    pytest.param("date: 2026-07-03\nTalks\n\nU.S. President Donald Trump and Prime Minister Keir Starmer will meet in "
                 "London next week.", {("meeting in London", "participant", "Donald Trump")},
                 {("meeting in London", "participant", "United States")}, id="country-abbreviation-of-a-president"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Donald Trump and Chinese Premier Li Qiang met in Seoul on "
                 "Monday.", {("meeting in Seoul", "participant", "Li Qiang")},
                 {("meeting in Seoul", "participant", "China")}, id="country-adjective-of-a-premier"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan and Ugandan officials met in Kampala on Monday.",
                 {("meeting in Kampala", "participant", "Kenya"), ("meeting in Kampala", "participant", "Uganda")}, set(),
                 id="keep-country-adjectives-of-officials"),
    pytest.param("date: 2026-07-03\nTalks\n\nUS and Chinese officials met in Geneva on Tuesday.",
                 {("meeting in Geneva", "participant", "China"), ("meeting in Geneva", "participant", "United States")}, set(),
                 id="keep-countries-of-officials-as-sides"),
]

# A meeting of officials named by no one is not the talks of leaders told beside it, nor they its participants.
UNNAMED_OFFICIALS_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nForeign Minister Ana Ruiz said her talks with Chancellor Otto Brandt were "
                 "useful and officials would meet in Vienna on Friday.",
                 {("her talks", "participant", "Otto Brandt"), ("meeting in Vienna", "location", "Vienna")},
                 {("her talks in Vienna", "participant", "Ana Ruiz")}, id="officials-would-meet-beside-her-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nForeign Minister Ana Ruiz said her discussions with Secretary of State "
                 "Sam Ortiz were productive and that senior officials will meet in Madrid tomorrow.",
                 {("meeting in Madrid", "location", "Madrid")},
                 {("her discussions in Madrid", "participant", "Sam Ortiz")}, id="senior-officials-will-meet"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe ministerial meeting will not take place and will be replaced by "
                 "informal discussions by officials, the ministry said. Foreign Minister Ana Ruiz said her discussions "
                 "with Secretary of State Sam Ortiz were productive, and officials will meet in Madrid tomorrow.",
                 {("her discussions", "participant", "Sam Ortiz")},
                 {("informal discussions in Madrid", "participant", "Ana Ruiz"),
                  ("informal discussions in Madrid", "participant", "Sam Ortiz")}, id="discussions-by-officials"),
    pytest.param("date: 2026-07-03\nTalks\n\nOfficials held discussions in Geneva on Monday. Foreign Minister Ana Ruiz "
                 "said her discussions with Chancellor Otto Brandt had been useful.",
                 {("her discussions", "participant", "Otto Brandt")},
                 {("discussions in Geneva", "participant", "Ana Ruiz")}, id="officials-discussions-told-first"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Ana Lima and Chancellor Otto Brandt met in Oslo on Monday. "
                 "Officials from both sides held talks in Oslo on Tuesday.",
                 {("meeting in Oslo", "participant", "Ana Lima"), ("talks in Oslo", "startDate", "2026-06-30")},
                 {("talks in Oslo", "participant", "Ana Lima")}, id="keep-leaders-meeting-beside-officials"),
]

# "A and B met. A also held meetings with C and D": a meeting with each of C and D, and neither is A's meeting with B.
SEPARATE_MEETINGS_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Omar Haddad met Indian Prime Minister Narendra Modi in Seoul "
                 "on Tuesday. It was their first meeting since they met at a resort in the Maldives. Haddad also held "
                 "meetings with King Abdullah II of Jordan and Nguyen Tan Dung, prime minister of Vietnam.",
                 {("meeting in Maldives", "location", "Maldives")},
                 {("meeting in Maldives", "participant", "Abdullah II"),
                  ("meeting in Maldives", "participant", "Nguyen Tan Dung")}, id="one-of-several-joins-no-other-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Ana Ruiz and President Lee Jae-myung had an informal "
                 "meeting in Seoul on Tuesday. Ruiz also held meetings with King Abdullah II of Jordan and Vietnam's "
                 "prime minister Nguyen Tan Dung.", {("informal meeting in Seoul", "participant", "Lee Jae Myung")},
                 {("informal meeting in Seoul", "participant", "Abdullah II"),
                  ("informal meeting in Seoul", "participant", "Nguyen Tan Dung")}, id="also-held-meetings-with-two"),
    pytest.param("date: 2026-07-03\nTalks\n\nChancellor Friedrich Merz met President Emmanuel Macron in Paris on "
                 "Monday. Merz also held talks with Prime Minister Keir Starmer.",
                 {("talks", "participant", "Keir Starmer"), ("meeting in Paris", "participant", "Emmanuel Macron")},
                 {("meeting in Paris", "participant", "Keir Starmer")}, id="also-held-talks-with-another"),
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Keir Starmer and President Emmanuel Macron met in London "
                 "on Monday. Starmer later held meetings with Chancellor Friedrich Merz and Prime Minister Giorgia "
                 "Meloni.", {("meeting in London", "participant", "Emmanuel Macron")},
                 {("meeting in London", "participant", "Giorgia Meloni"),
                  ("meeting in London", "participant", "Friedrich Merz")}, id="later-held-meetings-with-two"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Lula held separate talks with Prime Minister Narendra Modi and "
                 "President Cyril Ramaphosa in Brasilia on Monday.",
                 # two nodes of one label, each in Brasília (tests/test_extract_events_split.py tells them apart)
                 {("separate talk in Brasília", "participant", "Narendra Modi"),
                  ("separate talk in Brasília", "participant", "Cyril Ramaphosa")}, set(), id="separate-talks-with-two"),
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Keir Starmer and President Emmanuel Macron met in London "
                 "on Monday. The meeting was also attended by Chancellor Friedrich Merz.",
                 {("meeting in London", "participant", "Friedrich Merz")}, set(), id="also-attended-the-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nPresident Lula held talks with Prime Minister Narendra Modi and "
                 "President Cyril Ramaphosa in Brasilia on Monday.",
                 {("talks in Brasília", "participant", "Narendra Modi"),
                  ("talks in Brasília", "participant", "Cyril Ramaphosa")}, set(), id="talks-with-two-together"),
]

# "the dialogue process", "political dialogue", "to intensify the dialogue": a relationship, no meeting held.
RELATIONSHIP_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nThe two leaders expressed their desire to intensify the bilateral "
                 "dialogue process.", set(), {("dialogue", "a", "Meeting")}, id="dialogue-process"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe ministers reviewed the dialogue mechanism between Kenya and "
                 "Uganda.", set(), {("dialogue", "a", "Meeting")}, id="dialogue-mechanism"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe leaders praised the regular political dialogue between Kenya and "
                 "Uganda.", set(), {("regular political dialogue", "a", "Meeting")}, id="political-dialogue"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two presidents pledged to deepen dialogue between Kenya and "
                 "Uganda.", set(), {("dialogue", "a", "Meeting")}, id="deepen-dialogue"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenya and Uganda held a political dialogue in Nairobi on Monday.",
                 {("political dialogue in Nairobi", "a", "Meeting")}, set(), id="held-a-political-dialogue"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe US-China Strategic Dialogue opened in Beijing on Monday.",
                 {("US-China Strategic Dialogue in Beijing", "a", "Meeting")}, set(), id="named-strategic-dialogue"),
    # a dialogue only valued: the relationship, no meeting held
    pytest.param("date: 2026-07-03\nTalks\n\nThe two sides prize their dialogue.", set(),
                 {("their dialogue", "a", "Meeting")}, id="prize-their-dialogue"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenya and Uganda appreciate the dialogue between them.", set(),
                 {("dialogue", "a", "Meeting")}, id="appreciate-the-dialogue-between-them"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two leaders cherish their dialogue.", set(),
                 {("their dialogue", "a", "Meeting")}, id="cherish-their-dialogue"),
    pytest.param("date: 2026-07-03\nTalks\n\nGhana and Togo treasure the dialogue between their governments.", set(),
                 {("dialogue", "a", "Meeting")}, id="treasure-the-dialogue"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe two presidents praised the dialogue held in Nairobi on Monday.",
                 {("dialogue in Nairobi", "a", "Meeting"), ("dialogue in Nairobi", "startDate", "2026-06-29")}, set(),
                 id="keep-praised-the-dialogue-held-in-nairobi"),
    # more engagements to come: the relationship, no meeting held
    pytest.param("date: 2026-07-03\nTalks\n\nThe two sides agreed to hold further engagements.", set(),
                 {("further engagements", "a", "Meeting")}, id="agreed-to-hold-further-engagements"),
    pytest.param("date: 2026-07-03\nTalks\n\nThey discussed future engagements between the two sides.", set(),
                 {("future engagements", "a", "Meeting")}, id="discussed-future-engagements"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe ministers called for further engagements between Kenya and Uganda.",
                 set(), {("further engagements", "a", "Meeting")}, id="called-for-further-engagements"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenya looks forward to more engagements with Uganda.", set(),
                 {("more engagements", "a", "Meeting")}, id="more-engagements-with"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenya and Uganda held further engagements in Nairobi on Monday.",
                 {("further engagements in Nairobi", "location", "Nairobi"),
                  ("further engagements in Nairobi", "participant", "Uganda")}, set(),
                 id="keep-held-further-engagements-in-nairobi"),
]

# "A held talks with Ugandan officials": the country's side, not its president, who is told at another meeting.
OFFICIALS_SIDE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto held talks with Ugandan officials on "
                 "Tuesday, days after Ugandan President Yoweri Museveni visited Mombasa.",
                 {("talks", "participant", "William Ruto")},
                 {("talks", "participant", "Yoweri Museveni"), ("talks in Mombasa", "participant", "Yoweri Museveni")},
                 id="officials-are-not-their-president"),
    pytest.param("date: 2026-07-03\nTalks\n\nGerman Chancellor Friedrich Merz held talks with French officials on "
                 "Tuesday, days after French President Emmanuel Macron visited Hamburg.",
                 {("talks", "participant", "Friedrich Merz")},
                 {("talks", "participant", "Emmanuel Macron"), ("talks in Hamburg", "participant", "Emmanuel Macron")},
                 id="french-officials-are-not-macron"),
    pytest.param("date: 2026-07-03\nTalks\n\nIndian Prime Minister Narendra Modi held talks with Japanese officials "
                 "on Thursday, days after Japanese Prime Minister Shigeru Ishiba visited Mumbai.",
                 {("talks", "participant", "Narendra Modi")},
                 {("talks", "participant", "Shigeru Ishiba"), ("talks in Mumbai", "participant", "Shigeru Ishiba")},
                 id="japanese-officials-are-not-ishiba"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto held talks with Ugandan President Yoweri "
                 "Museveni on Tuesday, days after Museveni arrived in Mombasa.",
                 {("talks", "participant", "Yoweri Museveni")}, set(), id="talks-with-the-president-himself"),
]

# "A, who met B last month, held talks with Tanzanian officials": a new country's side is another meeting than A's
# with B.
NEW_SIDE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto, who met Ugandan President Yoweri Museveni "
                 "last month, held talks with Tanzanian officials in Nairobi on Tuesday.",
                 {("talks in Nairobi", "participant", "Tanzania")},
                 {("talks in Nairobi", "participant", "Yoweri Museveni")}, id="relative-clause-meeting-last-month"),
    pytest.param("date: 2026-07-03\nTalks\n\nChancellor Friedrich Merz, who met President Emmanuel Macron last "
                 "month, held talks with Italian officials in Berlin on Tuesday.",
                 {("talks in Berlin", "participant", "Italy")},
                 {("talks in Berlin", "participant", "Emmanuel Macron")}, id="relative-clause-meeting-merz"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Nairobi on Tuesday. Later on Tuesday, Ruto held talks with Tanzanian officials.",
                 {("meeting in Nairobi", "participant", "Yoweri Museveni")},
                 {("meeting in Nairobi", "participant", "Tanzania")}, id="later-talks-with-officials"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in "
                 "Nairobi on Tuesday. Tanzanian officials also attended the meeting.",
                 {("meeting in Nairobi", "participant", "Tanzania")}, set(), id="officials-attended-the-meeting"),
]

# "talks between A and his German counterpart": the counterpart, unnamed, is his country's side; "Talks" was left
# with A alone.
COUNTERPART_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nTalks between Prime Minister Keir Starmer and his German counterpart "
                 "would focus on defence.", {("Talks", "participant", "Germany"),
                                              ("Talks", "participant", "Keir Starmer")}, set(),
                 id="talks-between-a-and-counterpart"),
    pytest.param("date: 2026-07-03\nTalks\n\nForeign Minister Yvette Cooper met her Italian counterpart in Rome on "
                 "Monday.", {("meeting in Rome", "participant", "Italy")}, set(), id="met-her-italian-counterpart"),
    pytest.param("date: 2026-07-03\nTalks\n\nTrade Secretary Peter Kyle held talks with his Japanese counterparts in "
                 "Tokyo on Monday.", {("talks in Tokyo", "participant", "Japan")}, set(),
                 id="talks-with-japanese-counterparts"),
    pytest.param("date: 2026-07-03\nTalks\n\nForeign Minister Yvette Cooper met her Italian counterpart Antonio "
                 "Tajani in Rome on Monday.", {("meeting in Rome", "participant", "Antonio Tajani")}, set(),
                 id="named-counterpart-still-there"),
]

# "A, who met B last month, held talks in Rome on Tuesday": the meeting told in a relative clause is another one.
RELATIVE_CLAUSE_EVENT_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nMudavadi, who met Tajani last month, held talks with Italian officials "
                 "in Rome on Tuesday.", {("talks in Rome", "participant", "Italy")},
                 {("meeting in Rome", "participant", "Tajani"), ("talks in Rome", "participant", "Tajani")},
                 id="who-met-last-month"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe envoy, who met President Emmanuel Macron last month, held talks "
                 "with Belgian officials in Brussels on Tuesday.", {("talks in Brussels", "participant", "Belgium")},
                 {("meeting in Brussels", "participant", "Emmanuel Macron"),
                  ("talks in Brussels", "participant", "Emmanuel Macron")}, id="envoy-who-met-macron"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe minister, who met President William Ruto in Nairobi in June, held "
                 "talks with Ugandan officials on Tuesday.", {("meeting in Nairobi", "participant", "William Ruto")},
                 {("meeting in Nairobi", "participant", "Uganda")}, id="who-met-in-june"),
    pytest.param("date: 2026-07-03\nTalks\n\nPrime Minister Keir Starmer, who met Chancellor Friedrich Merz in Berlin "
                 "on Monday, said the meeting had been useful.",
                 {("meeting in Berlin", "participant", "Friedrich Merz"), ("meeting in Berlin", "startDate", "2026-06-29")},
                 set(), id="who-met-then-the-meeting"),
]

# "A and B met in Beijing. A later met C": a meeting after the one told, not more people at it.
AFTERWARDS_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nThe foreign ministers of India and China met in Beijing on Monday. "
                 "Jaishankar later met Vice President Han Zheng.", {("meeting", "participant", "Han Zheng")},
                 {("meeting in Beijing", "participant", "Han Zheng")}, id="later-met"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe trade ministers of Kenya and Uganda met in Nairobi on Monday. "
                 "Mudavadi separately held talks with Tanzanian officials.", {("talks", "participant", "Tanzania")},
                 {("meeting in Nairobi", "participant", "Tanzania")}, id="separately-held-talks"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe finance ministers of France and Germany met in Paris on Monday. "
                 "Klingbeil subsequently met Italian Foreign Minister Antonio Tajani.",
                 {("meeting", "participant", "Antonio Tajani")},
                 {("meeting in Paris", "participant", "Antonio Tajani")}, id="subsequently-met"),
    pytest.param("date: 2026-07-03\nTalks\n\nNegotiators from Kenya and Uganda met in Nairobi on Monday. They later "
                 "met again on Tuesday.", {("meeting in Nairobi", "endDate", "2026-06-30")}, set(),
                 id="later-met-again-is-the-same"),
]

# "were due to meet in Accra, but met in Lome instead": the plan given up is no event, its place and day none.
INSTEAD_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nThe leaders, who were due to meet in Accra on Tuesday, met in Lome "
                 "instead.", {("meeting in Lomé", "location", "Lomé")},
                 {("meeting in Accra", "location", "Accra"), ("meeting in Accra", "a", "Meeting")},
                 id="due-to-meet-met-elsewhere-instead"),
    pytest.param("date: 2026-07-03\nTalks\n\nRuto and Museveni had planned to meet in Kampala, but met in Nairobi "
                 "instead.", {("meeting in Nairobi", "location", "Nairobi")},
                 {("meeting in Kampala", "location", "Kampala")}, id="had-planned-to-meet-instead"),
    pytest.param("date: 2026-07-03\nTalks\n\nInstead of meeting in Geneva as planned, the ministers held talks in "
                 "Vienna on Monday.", {("talks in Vienna", "location", "Vienna")},
                 {("meeting in Geneva", "location", "Geneva")}, id="instead-of-meeting"),
    pytest.param("date: 2026-07-03\nTalks\n\nGhana and Togo were scheduled to hold talks in Accra on Tuesday, but "
                 "instead met in Lome.", {("meeting in Lomé", "participant", "Togo")},
                 {("talks in Accra", "location", "Accra")}, id="scheduled-talks-instead-met"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks were to take place in Oslo on Monday but were instead held "
                 "in Stockholm.", {("talks in Stockholm", "location", "Stockholm")},
                 {("talks in Oslo", "location", "Oslo"), ("talks in Stockholm", "startDate", "2026-06-29")},
                 id="were-to-take-place-instead-held"),
    pytest.param("date: 2026-07-03\nSummit\n\nThe summit was scheduled for Abuja on Monday but was instead held in "
                 "Lagos on Tuesday.", {("summit in Lagos", "startDate", "2026-06-30")},
                 {("summit in Lagos", "startDate", "2026-06-29"), ("summit in Abuja", "location", "Abuja")},
                 id="scheduled-for-instead-held"),
    pytest.param("date: 2026-07-03\nTalks\n\nMinisters met in Lome instead of Accra on Tuesday.",
                 {("meeting in Lomé", "location", "Lomé"), ("meeting in Lomé", "startDate", "2026-06-30")}, set(),
                 id="keep-met-instead-of-a-place"),
    pytest.param("date: 2026-07-03\nTalks\n\nGhana and Togo were scheduled to hold talks in Accra on Tuesday.",
                 {("talks in Accra", "location", "Accra"), ("talks in Accra", "startDate", "2026-06-30")}, set(),
                 id="keep-scheduled-talks"),
]

# "The talks in Nairobi paved the way for the summit in Kampala on Tuesday": the day after the cue is the summit's.
PAVED_WAY_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks in Nairobi paved the way for the summit in Kampala on "
                 "Tuesday.", {("summit in Kampala", "startDate", "2026-06-30"),
                              ("talks in Nairobi", "precedes", "summit in Kampala")},
                 {("talks in Nairobi", "startDate", "2026-06-30")}, id="paved-the-way-for-the-summit"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks in Nairobi opened the door to the summit in Kampala on "
                 "Tuesday.", {("summit in Kampala", "startDate", "2026-06-30")},
                 {("talks in Nairobi", "startDate", "2026-06-30")}, id="opened-the-door-to-the-summit"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe meeting in Accra cleared the way for the summit in Lome on "
                 "Monday.", {("meeting in Accra", "precedes", "summit in Lomé")},
                 {("meeting in Accra", "startDate", "2026-06-29"), ("meeting in Accra", "startDate", "2026-07-06")},
                 id="cleared-the-way-for-the-summit"),
    pytest.param("date: 2026-07-03\nTalks\n\nTalks between Kenya and Uganda in Mombasa paved the way for the summit "
                 "in Arusha on Wednesday.", {("summit in Arusha", "startDate", "2026-07-01")},
                 {("Talks in Mombasa", "startDate", "2026-07-01")}, id="paved-the-way-talks-between"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks in Nairobi on Monday paved the way for the summit in Kampala "
                 "on Tuesday.", {("talks in Nairobi", "startDate", "2026-06-29"),
                                 ("summit in Kampala", "startDate", "2026-06-30")}, set(),
                 id="keep-each-its-own-day"),
]

# A precedes cue orders the events of its own clause: "Following the summit, officials said the talks had gone well"
# says when they spoke, not when the talks were held.
CUE_CLAUSE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nPeace talks were held in Istanbul on Monday. Following the summit in "
                 "Ankara, officials said the talks had gone well.", {("Peace talks in Istanbul", "location", "Istanbul")},
                 {("summit in Ankara", "precedes", "Peace talks in Istanbul")}, id="following-cue-of-the-saying"),
    pytest.param("date: 2026-07-03\nTalks\n\nFollowing the summit in Ankara, the ministry said talks in Istanbul had "
                 "ended on Monday.", {("talks in Istanbul", "location", "Istanbul")},
                 {("summit in Ankara", "precedes", "talks in Istanbul")}, id="following-cue-ministry-said"),
    pytest.param("date: 2026-07-03\nTalks\n\nMinisters met in Geneva on Monday, and following the summit in Vienna, "
                 "they issued a statement.", {("meeting in Geneva", "location", "Geneva")},
                 {("summit in Vienna", "precedes", "meeting in Geneva")}, id="following-cue-of-the-next-clause"),
    pytest.param("date: 2026-07-03\nTalks\n\nMinisters met in Geneva on Monday, and ahead of the summit in Vienna, "
                 "they issued a statement.", {("meeting in Geneva", "location", "Geneva")},
                 {("meeting in Geneva", "precedes", "summit in Vienna")}, id="ahead-of-cue-of-the-next-clause"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks in Oslo ended on Tuesday, the ministry said after the summit "
                 "in Bergen.", {("talks in Oslo", "location", "Oslo")},
                 {("summit in Bergen", "precedes", "talks in Oslo")}, id="after-cue-of-the-saying"),
    pytest.param("date: 2026-07-03\nTalks\n\nMinisters met in Geneva on Monday after the summit in Vienna.",
                 {("summit in Vienna", "precedes", "meeting in Geneva")}, set(), id="keep-met-after-the-summit"),
    pytest.param("date: 2026-07-03\nTalks\n\nMinisters met in Geneva on Monday, and after the summit in Vienna, they "
                 "held talks in Bern.", {("summit in Vienna", "precedes", "talks in Bern")},
                 {("summit in Vienna", "precedes", "meeting in Geneva")}, id="next-clause-cue-orders-its-own-event"),
    pytest.param("date: 2026-07-03\nTalks\n\nAfter the meeting in Doha, the ministers flew to Riyadh for talks.",
                 {("meeting in Doha", "precedes", "talks in Riyadh")}, set(), id="keep-after-the-meeting-flew-for-talks"),
]

# A place an event was once planned for ("had been set to travel to Lome for the discussions", "had planned to hold
# talks in Kampala", "originally planned to host the summit in Accra") is no place it was held: the plan was given up.
OLD_PLAN_PLACE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nGhana and Togo have put off their ministerial talks. The two foreign "
                 "ministers had been set to travel to Lome for the discussions.", set(),
                 {("discussions in Lomé", "location", "Lomé")}, id="had-been-set-to-travel-for"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenya and Uganda had planned to hold talks in Kampala.", set(),
                 {("talks in Kampala", "location", "Kampala")}, id="had-planned-to-hold-talks-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe meeting between Kenya and Uganda had been scheduled to take place "
                 "in Arusha.", set(), {("meeting in Arusha", "location", "Arusha")}, id="had-been-scheduled-in"),
    pytest.param("date: 2026-07-03\nSummit\n\nGhana had originally planned to host the summit in Accra.", set(),
                 {("summit in Accra", "location", "Accra")}, id="originally-planned-to-host-in"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks were scheduled to open in Geneva on Monday.",
                 {("talks in Geneva", "location", "Geneva")}, set(), id="keep-scheduled-to-open-in"),
]

# "The talks, originally planned in Nairobi, opened in Mombasa on Monday": the plan given up makes the talks no future
# event; Monday is the one gone by.
EARLIER_PLAN_TENSE_CASES = [
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks, originally planned in Nairobi, opened in Mombasa on Monday.",
                 {("talks in Mombasa", "startDate", "2026-06-29")}, {("talks in Mombasa", "startDate", "2026-07-06")},
                 id="originally-planned-opened-on-monday"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks, first planned for Nairobi, opened in Mombasa on Monday.",
                 {("talks in Mombasa", "startDate", "2026-06-29")}, {("talks in Mombasa", "startDate", "2026-07-06")},
                 id="first-planned-opened-on-monday"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe meeting, originally set for Accra, began in Lome on Monday.",
                 {("meeting in Lomé", "startDate", "2026-06-29")}, {("meeting in Lomé", "startDate", "2026-07-06")},
                 id="originally-set-began-on-monday"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks, originally scheduled in Geneva, opened in Vienna on "
                 "Wednesday.", {("talks in Vienna", "startDate", "2026-07-01")},
                 {("talks in Vienna", "startDate", "2026-07-08"), ("talks in Geneva", "startDate", "2026-07-08")},
                 id="originally-scheduled-opened-on-wednesday"),
    pytest.param("date: 2026-07-03\nTalks\n\nThe talks, originally planned in Nairobi, will open in Mombasa on Monday.",
                 {("talks in Mombasa", "startDate", "2026-07-06")}, set(), id="keep-originally-planned-will-open"),
]

ALL_CASES = (EARLIER_PLAN_TENSE_CASES + OLD_PLAN_PLACE_CASES + INSTEAD_CASES + PAVED_WAY_CASES + CUE_CLAUSE_CASES + AFTERWARDS_CASES + RELATIVE_CLAUSE_EVENT_CASES + COUNTERPART_CASES + NEW_SIDE_CASES + OFFICIALS_SIDE_CASES + RELATIONSHIP_CASES + SEPARATE_MEETINGS_CASES + POSSESSOR_CASES + UNNAMED_OFFICIALS_CASES + REFUSED_CASES + REPRESENTED_CASES + ASKED_CASES + TOPIC_PLACE_CASES + OWN_CLAUSE_PLACE_CASES + OTHER_TRIP_CASES + WISHED_CASES
             + AFTER_PAST_CASES + SAID_DURING_CASES + AGAIN_ELSEWHERE_CASES + SUBORDINATES_CASES)


@pytest.mark.parametrize("text, present, absent", ALL_CASES)
def test_extraction(nlp, text, present, absent):
    assert_facts(nlp, text, present, absent)
