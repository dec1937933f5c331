"""The words that gate each precedes cue pattern (kg.tables.PRECEDES_CUE_WORDS) never hide a cue the pattern finds."""
import pytest

from kg.extract.events import cue_matches
from kg.tables import PRECEDES_CUE_WORDS, PRECEDES_CUES

CUE_SENTENCES = [
    "Ministers met in Tromso ahead of the summit.",
    "AHEAD OF THE SUMMIT, envoys met in Bergen.",
    "Talks were held prior to the vote, in the run-up to the election and in preparation for the summit.",
    "The meeting was a prelude to a wider accord and a precursor to the talks in Oslo.",
    "The talks set the stage for a summit; they are setting the stage for more and sets the stage for a deal.",
    "The envoys laid groundwork for the summit and lay the groundwork for talks.",
    "The meeting paved the way for a deal and cleared the way for talks; it opens the door to a summit.",
    "It opened the way for talks, leading up to the summit, and leads up to a vote.",
    "Talks in Accra, followed by a summit in Lome, ended well.",
    "The meeting will be followed next month by a summit.",
    "The talks were followed two weeks later by a summit.",
    "Following the summit, the ministers met. The talks follow the meeting and follows the vote.",
    "A summit followed talks by ministers in Oslo.",
    "In the wake of the summit and on the heels of the vote, envoys met.",
    "The pact builds on talks held in Mombasa and built on the summit; building on the accord, they met.",
    "The visit is a follow-up to the talks and follows up on the summit; since their last meeting, little changed.",
    "Before the summit, envoys met in Bergen. They met after the talks ended.",
    "They had met in Tallinn the day before. The day after, they left.",
    "FOLLOWING THE SUMMIT, THE MINISTERS MET BEFORE THE VOTE.",
    "Nothing here orders anything.",
    "Talks \u201cahead of\u201d the summit \u2014 after the vote \u2014 went on.",
]


def _ungated(text: str) -> list:
    return [(m.span(), d) for pattern, d in PRECEDES_CUES for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", CUE_SENTENCES)
def test_gated_search_finds_what_every_pattern_finds(text):
    assert [(m.span(), d) for m, d in cue_matches(text)] == _ungated(text)


def test_every_row_has_its_words():
    assert len(PRECEDES_CUE_WORDS) == len(PRECEDES_CUES)
    assert all(words and all(w == w.lower() for w in words) for words in PRECEDES_CUE_WORDS)


@pytest.mark.parametrize("text", ["Talks were held \u017fince their last meeting.", "In the wa\u212ae of the vote, they met.",
                                  "Talks were held pr\u0130or to the vote."])
def test_letters_a_case_blind_regex_folds_apart_turn_the_gate_off(text):
    # the long s, the Kelvin sign, the dotted capital I: read as s, k, i by the regex but not by str.lower
    assert [(m.span(), d) for m, d in cue_matches(text)] == _ungated(text)


def test_the_gate_skips_sentences_with_no_cue_word():
    assert cue_matches("Envoys of Chile and Peru met in Lima on Monday.") == ()
