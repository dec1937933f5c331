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
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto wanted to attend the talks in Geneva on "
                 "Monday.", {("talks in Geneva", "participant", "William Ruto")}, set(), id="keep-wanted-to-attend"),
    pytest.param("date: 2026-07-03\nTalks\n\nKenyan President William Ruto attended the summit in Nairobi on Monday.",
                 {("summit in Nairobi", "participant", "William Ruto")}, set(), id="keep-attended"),
]

ALL_CASES = REFUSED_CASES


@pytest.mark.parametrize("text, present, absent", ALL_CASES)
def test_extraction(nlp, text, present, absent):
    assert_facts(nlp, text, present, absent)
