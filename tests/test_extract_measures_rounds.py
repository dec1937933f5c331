"""False facts seen in measures and numbered rounds: (text, present, absent) tables.

Every text is invented; each table holds several phrasings of one pattern.
"""
from __future__ import annotations

import pytest

from test_extract import assert_facts

# A new numbered round told on another day than talks told before it is another meeting, which those talks precede:
# not a later day of the first talks (no end date for them).
NEW_ROUND_CASES = [
    pytest.param("date: 2026-05-14\nTalks\n\nThe talks between Kenya and Uganda began on Tuesday in Nairobi. A second "
                 "round was held on Wednesday, and officials said a deal was close.",
                 {("talks in Nairobi", "precedes", "second round"), ("second round", "startDate", "2026-05-13")},
                 {("talks in Nairobi", "endDate", "2026-05-13")}, id="second-round-held-next-day"),
    pytest.param("date: 2026-05-14\nTalks\n\nOfficials from Ghana and Nigeria began discussions on Tuesday in Accra. "
                 "A third round is planned for Thursday.",
                 {("discussions in Accra", "precedes", "third round")},
                 {("discussions in Accra", "endDate", "2026-05-14")}, id="third-round-planned"),
    pytest.param("date: 2026-05-14\nTalks\n\nFishery officials from Norway and Iceland opened talks in Oslo on Monday. "
                 "A second round started on Wednesday.",
                 {("talks in Oslo", "startDate", "2026-05-11")},
                 {("talks in Oslo", "endDate", "2026-05-13")}, id="second-round-started"),
]

ALL_CASES = NEW_ROUND_CASES


@pytest.mark.parametrize("text, present, absent", ALL_CASES)
def test_extraction(nlp, text, present, absent):
    assert_facts(nlp, text, present, absent)
