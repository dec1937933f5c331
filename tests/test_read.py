"""Read stage: `parse_article` finds title, date, dateline place and paragraph roles,
and its paragraph offsets always point back into the article text."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.read import parse_article

D = dt.date

# (id, text, --date, expected (date, date_source, dateline_place))
DATE_CASES = [
    ("dateline-with-date", "Ports deal signed\n\nLISBON, March 3, 2026 - Port officials signed a deal on Tuesday.",
     None, (D(2026, 3, 3), "dateline", "Lisbon")),
    ("dateline-em-dash", "Ports deal signed\n\nLISBON, March 3, 2026\u2014Port officials signed a deal.",
     None, (D(2026, 3, 3), "dateline", "Lisbon")),
    ("dateline-day-month", "Ports deal signed\n\nLISBON, 3 March 2026 - Port officials signed a deal.",
     None, (D(2026, 3, 3), "dateline", "Lisbon")),
    ("dateline-own-line", "Ports deal signed\n\nLisbon, March 3, 2026\nPort officials signed a deal on Tuesday.",
     None, (D(2026, 3, 3), "dateline", "Lisbon")),
    ("dateline-place-only-colon", "Fishing talks\n\nNAIROBI: Officials from Kenya and Uganda met on Monday.",
     None, (None, "", "Nairobi")),
    ("dateline-place-only-dash", "Fishing talks\n\nNAIROBI - Officials from Kenya and Uganda met on Monday.",
     None, (None, "", "Nairobi")),
    ("dateline-two-words-agency", "Fishing talks\n\nDAR ES SALAAM (Wire) - Officials met on Monday.",
     None, (None, "", "Dar Es Salaam")),
    ("date-header-iso", "date: 2025-11-02\nRiver treaty talks\n\nDiplomats met by the river.",
     None, (D(2025, 11, 2), "header", "")),
    ("date-header-words", "Date: November 2, 2025\nRiver treaty talks\n\nDiplomats met by the river.",
     None, (D(2025, 11, 2), "header", "")),
    ("header-beats-dateline", "date: 2025-11-02\nRiver talks\n\nVIENNA, March 3, 2026 - Diplomats met.",
     None, (D(2025, 11, 2), "header", "Vienna")),
    ("option-when-nothing-else", "River talks\n\nDiplomats met by the river on Friday.",
     D(2024, 6, 7), (D(2024, 6, 7), "option", "")),
    ("dateline-beats-option", "River talks\n\nVIENNA, March 3, 2026 - Diplomats met.",
     D(2024, 6, 7), (D(2026, 3, 3), "dateline", "Vienna")),
    ("option-beats-text", "River talks\n\nBoats on the river on 14 May 2024 (Photo: Jo Lee)\n\nDiplomats met.",
     D(2024, 6, 7), (D(2024, 6, 7), "option", "")),
    ("date-in-caption", "Harbour deal\n\nShips in the harbour on 14 May 2024 (Photo: Jo Lee)\n\nThe ports agreed on Friday.",
     None, (D(2024, 5, 14), "text", "")),
    ("date-in-body-text", "Harbour deal\n\nThe ports agreed on the deal, first announced on Oct. 1, 2025, at last.",
     None, (D(2025, 10, 1), "text", "")),
    ("no-date", "Harbour deal\n\nThe two ports agreed to cooperate on Friday.", None, (None, "", "")),
    ("year-less-date-is-not-a-date", "Harbour deal\n\nThe two ports will meet on March 20.", None, (None, "", "")),
    ("bad-header-date-falls-through", "date: soon\nHarbour deal\n\nThe ports met on 5 June 2024 at noon.",
     None, (D(2024, 6, 5), "text", "")),
    ("impossible-dateline-date", "Harbour deal\n\nLISBON, February 30, 2026 - The ports met.", None, (None, "", "Lisbon")),
    # wire datelines: an agency between slashes, a date closed by a full stop, a double hyphen
    ("agency-between-slashes", "Talks end\n\nVIENNA, March 4. /Wire/. Diplomats met on Monday.",
     D(2026, 3, 9), (D(2026, 3, 4), "dateline", "Vienna")),
    ("release-wire", "Ports deal\n\nLISBON, March 3, 2026 /Newswire/ -- Port officials signed a deal.",
     None, (D(2026, 3, 3), "dateline", "Lisbon")),
    ("double-hyphen", "Ports deal\n\nLISBON, March 3, 2026 -- Port officials signed a deal.",
     None, (D(2026, 3, 3), "dateline", "Lisbon")),
    ("mixed-case-place-short-date", "Ports deal\n\nLisbon, March 3 -- Port officials signed a deal.",
     D(2026, 3, 9), (D(2026, 3, 3), "dateline", "Lisbon")),
    ("short-date-in-a-sentence-is-no-dateline", "Ports deal\n\nLisbon, March 3 and Porto, March 4 host the talks.",
     D(2026, 3, 9), (D(2026, 3, 9), "option", "")),
    ("hyphenated-subtitle-is-no-dateline", "Alliance talks\nNATO-Russia council meets again\n\nThe council met.",
     None, (None, "", "")),
    # a region or a country after the place tells which place it is
    ("dateline-with-region-and-date", "Cotton fair\n\nMEMPHIS, Tennessee, April 8, 2026 - Buyers met on Tuesday.",
     None, (D(2026, 4, 8), "dateline", "Memphis, Tennessee")),
    ("dateline-with-country-and-agency", "Fishing talks\n\nMOMBASA, Kenya (Wire) - Officials met on Monday.",
     D(2026, 3, 9), (D(2026, 3, 9), "option", "Mombasa, Kenya")),
]


@pytest.mark.parametrize("text, default, expected", [c[1:] for c in DATE_CASES], ids=[c[0] for c in DATE_CASES])
def test_date_and_dateline(text, default, expected):
    article = parse_article(text, default_date=default)
    assert (article.date, article.date_source, article.dateline_place) == expected


# (id, text, expected title)
TITLE_CASES = [
    ("first-line", "Ports deal signed\n\nLISBON, March 3, 2026 - Text.", "Ports deal signed"),
    ("leading-blank-lines", "\n\n   Ports deal signed   \n\nText here.", "Ports deal signed"),
    ("after-date-header", "date: 2026-03-03\nPorts deal signed\n\nText here.", "Ports deal signed"),
    ("title-header", "title: Ports deal signed\ndate: 2026-03-03\n\nText here.", "Ports deal signed"),
    ("control-characters", "\x07Ports\x00 deal\x1b signed\n\nText here.", "Ports deal signed"),
    ("decomposed-accents", "Cafe\u0301 owners meet\n\nText here.", "Caf\u00e9 owners meet"),
    ("empty", "", ""),
    ("whitespace-only", " \n\t\n ", ""),
    # a story pasted without its headline: the lead paragraph is body text, not a title
    ("lead-of-two-sentences",
     "Port officials from Lisbon met their Brazilian counterparts on Tuesday. They signed a deal.\n\nMore text.", ""),
    ("long-lead-sentence",
     "Trade ministers from Portugal and Brazil signed a ports agreement in Lisbon on Tuesday after two days of "
     "talks that both sides called constructive.\n\nMore text.", ""),
    ("lead-ending-in-a-quote",
     "The minister told reporters in Lisbon that the agreement was signed. \"It is a good day,\" she said.\n\n"
     "More text.", ""),
    ("longer-than-any-headline", " ".join(["word"] * 41) + "\n\nMore text.", ""),
    # headlines stay titles: abbreviations, a question, a colon, one short sentence with a full stop
    ("abbreviation-is-no-sentence-end", "U.S. Trade Representative meets Lisbon officials\n\nText.",
     "U.S. Trade Representative meets Lisbon officials"),
    ("question-headline", "Will the ports deal survive? Ministers meet again\n\nText.",
     "Will the ports deal survive? Ministers meet again"),
    ("short-headline-with-full-stop", "Ports deal signed in Lisbon.\n\nText.", "Ports deal signed in Lisbon."),
    ("long-headline", "Portugal and Brazil close second round of ports talks in Lisbon, agree to meet again in "
     "Santos next spring\n\nText.", "Portugal and Brazil close second round of ports talks in Lisbon, agree to "
     "meet again in Santos next spring"),
]


@pytest.mark.parametrize("text, title", [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES])
def test_title(text, title):
    found = parse_article(text).title
    assert_clean(found)
    assert " ".join(found.split()) == title


def roles(text: str, **kwargs) -> list[tuple[str, str]]:
    article = parse_article(text, **kwargs)
    return [(p.role, article.text[p.span.start:p.span.end].strip()) for p in article.paragraphs]


# (id, text, expected [(role, paragraph text)])
ROLE_CASES = [
    # the dateline's region is read on its own, away from the sentence after it
    ("dateline-with-region-read-apart",
     "Ports deal\n\nPORTO, Portugal (Wire) - Port officials signed a deal.",
     [("title", "Ports deal"), ("body", "PORTO, Portugal (Wire) -"), ("body", "Port officials signed a deal.")]),
    ("dateline-split-from-body",
     "Ports deal\n\nLISBON, March 3, 2026 - Port officials signed a deal.\n\nThey will meet again in May.",
     [("title", "Ports deal"), ("dateline", "LISBON, March 3, 2026 -"),
      ("body", "Port officials signed a deal."), ("body", "They will meet again in May.")]),
    ("read-also-link-list",
     "Ports deal\n\nPort officials signed a deal on Tuesday.\n\nRead also\nMarkets calm after port deal\n"
     "Ferry strike ends\n\nFollow us for more news",
     [("title", "Ports deal"), ("body", "Port officials signed a deal on Tuesday."), ("furniture", "Read also"),
      ("furniture", "Markets calm after port deal"), ("furniture", "Ferry strike ends"),
      ("furniture", "Follow us for more news")]),
    ("related-link-list",
     "Ports deal\n\nPort officials signed a deal on Tuesday.\n\nRelated:\nFerry strike ends\nNew bridge opens",
     [("title", "Ports deal"), ("body", "Port officials signed a deal on Tuesday."), ("furniture", "Related:"),
      ("furniture", "Ferry strike ends"), ("furniture", "New bridge opens")]),
    ("inline-read-also-then-body",
     "Ports deal\n\nPort officials signed a deal on Tuesday.\n\nRead also: Ferry strike ends\n\n"
     "The deal takes effect in June.",
     [("title", "Ports deal"), ("body", "Port officials signed a deal on Tuesday."),
      ("furniture", "Read also: Ferry strike ends"), ("body", "The deal takes effect in June.")]),
    ("follow-us-mid-article",
     "Ports deal\n\nPort officials signed a deal on Tuesday.\n\nFollow us on our channel!\n\n"
     "The deal takes effect in June.",
     [("title", "Ports deal"), ("body", "Port officials signed a deal on Tuesday."),
      ("furniture", "Follow us on our channel!"), ("body", "The deal takes effect in June.")]),
    ("caption-photo-credit-in-brackets",
     "Ports deal\n\nCranes at the container terminal (Photo: Jo Lee)\n\nLISBON, March 3, 2026 - Officials signed.",
     [("title", "Ports deal"), ("caption", "Cranes at the container terminal (Photo: Jo Lee)"),
      ("dateline", "LISBON, March 3, 2026 -"), ("body", "Officials signed.")]),
    ("caption-dash-credit",
     "Ports deal\n\nOfficials arrive at the harbour office - Jo Lee\n\nLISBON, March 3, 2026 - Officials signed.",
     [("title", "Ports deal"), ("caption", "Officials arrive at the harbour office - Jo Lee"),
      ("dateline", "LISBON, March 3, 2026 -"), ("body", "Officials signed.")]),
    ("heading-without-punctuation",
     "Ports deal\n\nPort officials signed a deal on Tuesday.\n\nWhat happens next\n\nThe deal takes effect in June.",
     [("title", "Ports deal"), ("body", "Port officials signed a deal on Tuesday."), ("heading", "What happens next"),
      ("body", "The deal takes effect in June.")]),
    ("byline-and-footer",
     "Ports deal\n\nBy Jo Lee\n\nPort officials signed a deal on Tuesday.\n\nTags: ports, trade\n"
     "Copyright 2026 Harbour News. All rights reserved.",
     [("title", "Ports deal"), ("furniture", "By Jo Lee"), ("body", "Port officials signed a deal on Tuesday."),
      ("furniture", "Tags: ports, trade"), ("furniture", "Copyright 2026 Harbour News. All rights reserved.")]),
    ("quote-ending-is-body",
     "Ports deal\n\nPort officials signed a deal on Tuesday.\n\n\"We are pleased,\" the mayor said, \"very pleased.\"",
     [("title", "Ports deal"), ("body", "Port officials signed a deal on Tuesday."),
      ("body", "\"We are pleased,\" the mayor said, \"very pleased.\"")]),
    ("wire-credit-closing-a-paragraph",
     "Ports deal\n\nPort officials signed a deal on Tuesday, the agency reported. (Reporting by Jo Lee in Lisbon; "
     "Editing by Ana Cruz)",
     [("title", "Ports deal"), ("body", "Port officials signed a deal on Tuesday, the agency reported."),
      ("furniture", "(Reporting by Jo Lee in Lisbon; Editing by Ana Cruz)")]),
    ("wire-credit-writing-by-closing-a-paragraph",
     "Ports deal\n\nThe deal takes effect in June.   (Writing by Jo Lee)\n\nIt covers ferries.",
     [("title", "Ports deal"), ("body", "The deal takes effect in June."), ("furniture", "(Writing by Jo Lee)"),
      ("body", "It covers ferries.")]),
    ("wire-credit-closing-the-dateline-paragraph",
     "Ports deal\n\nLISBON, March 3, 2026 - Port officials signed a deal. (Reporting by Jo Lee; Editing by Ana Cruz)",
     [("title", "Ports deal"), ("dateline", "LISBON, March 3, 2026 -"), ("body", "Port officials signed a deal."),
      ("furniture", "(Reporting by Jo Lee; Editing by Ana Cruz)")]),
    ("brackets-inside-a-paragraph-are-body",
     "Ports deal\n\nThe deal (reported by the agency on Monday) takes effect in June.",
     [("title", "Ports deal"), ("body", "The deal (reported by the agency on Monday) takes effect in June.")]),
    ("header-lines-are-no-paragraphs",
     "date: 2026-03-03\nurl: https://example.org/ports\nPorts deal\n\nPort officials signed a deal.",
     [("title", "Ports deal"), ("body", "Port officials signed a deal.")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in ROLE_CASES], ids=[c[0] for c in ROLE_CASES])
def test_paragraph_roles(text, expected):
    assert roles(text) == expected


def test_lead_paragraph_without_headline_is_body():
    lead = "Port officials from Lisbon met their Brazilian counterparts on Tuesday. They signed a deal."
    assert roles(lead + "\n\nThe deal takes effect in June.") == [
        ("body", lead), ("body", "The deal takes effect in June.")]


@pytest.mark.parametrize("line, body", [
    ("VIENNA, March 4. /Wire/. Diplomats met.", "Diplomats met."),
    ("LISBON, March 3, 2026 -- Port officials met.", "Port officials met."),
    ("LISBON, March 3 (Wire) -- Port officials met.", "Port officials met."),
    # a dash with a space before it that touches the first word of the body
    ("LISBON, Portugal -Port officials met.", "Port officials met."),
    ("OSLO -Fishery Minister Ola Dahl met.", "Fishery Minister Ola Dahl met."),
    ("AUSTIN, TX --Trade officials met.", "Trade officials met."),
    # guard: a hyphened word in a line that opens with no dateline stays whole
    ("Port officials met Jean-Paul Roux.", "Port officials met Jean-Paul Roux."),
], ids=["slashed-agency", "double-hyphen", "agency-and-double-hyphen", "dash-touching-body-region",
        "dash-touching-body", "double-dash-touching-body", "guard-hyphened-name"])
def test_body_starts_after_the_whole_dateline(line, body):
    assert roles("Ports deal\n\n" + line)[-1] == ("body", body)


def test_first_body_paragraph_with_dash_clause_is_body():
    text = ("Ports deal\n\nPort officials in Lisbon signed a deal with Santos on Tuesday - a first step.\n\n"
            "The deal takes effect in June.")
    assert roles(text)[1] == ("body", "Port officials in Lisbon signed a deal with Santos on Tuesday - a first step.")


def test_header_url_is_kept():
    assert parse_article("url: https://example.org/ports\nPorts deal\n\nText.").url == "https://example.org/ports"


def test_source_is_kept():
    assert parse_article("Ports deal\n\nText.", source="ports.txt").source == "ports.txt"


def test_same_text_same_id_other_text_other_id():
    a, b, c = (parse_article(t) for t in ("Ports deal\n\nText.", "Ports deal\n\nText.", "Ports deal\n\nText!"))
    assert a.id == b.id != c.id


# ---------------------------------------------------------------- offsets and odd input

def check_offsets(article) -> None:
    """Spans are in order, inside the text, each a whole non-blank piece of one line, and they
    cover every non-space character of the text after the header lines."""
    text = article.text
    previous_end = 0
    for p in article.paragraphs:
        piece = text[p.span.start:p.span.end]
        assert previous_end <= p.span.start < p.span.end <= len(text)
        assert piece.strip(), p
        assert "\n" not in piece and "\r" not in piece
        if p.role != "dateline":  # the dateline keeps the space before the body
            assert piece == piece.strip(), p
        previous_end = p.span.end
    covered = "".join(text[p.span.start:p.span.end] for p in article.paragraphs)
    first = article.paragraphs[0].span.start if article.paragraphs else len(text)
    assert "".join(covered.split()) == "".join(text[first:].split())


@pytest.mark.parametrize("text", [c[1] for c in DATE_CASES + ROLE_CASES + TITLE_CASES],
                         ids=[c[0] for c in DATE_CASES + ROLE_CASES + TITLE_CASES])
def test_offsets_of_table_texts(text):
    check_offsets(parse_article(text))


def test_body_spans_slice_back_to_the_words():
    text = "Ports deal\n\nLISBON, March 3, 2026 - Port officials signed.\n\nThey meet in May."
    article = parse_article(text)
    assert [article.text[p.span.start:p.span.end] for p in article.body()] == ["Port officials signed.",
                                                                               "They meet in May."]
    assert article.text == text  # nothing to clean: offsets are those of the input


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_crlf_input_reads_like_lf(newline):
    lf = "Ports deal\n\nLISBON, March 3, 2026 - Port officials signed.\n\nRead also\nFerry strike ends\n"
    other = parse_article(lf.replace("\n", newline))
    plain = parse_article(lf)
    assert "\r" not in other.text
    assert roles(lf.replace("\n", newline)) == roles(lf)
    assert (other.title, other.date, other.id) == (plain.title, plain.date, plain.id)
    check_offsets(other)


NASTY = [
    ("controls", "Ports\x00 deal\x07\x1b\x7f\n\nLISBON, March 3, 2026 - Text\x0b with\x0c controls."),
    ("emoji", "\U0001f6a2 Ports deal \U0001f389\n\nPort officials \U0001f91d signed a deal on Tuesday."),
    ("rtl", "\u0645\u064a\u0646\u0627\u0621 \u202eReversed\u202c deal\n\n\u05e0\u05de\u05dc officials signed."),
    ("zero-width", "Ports\u200b deal\ufeff\n\nPort\u200d officials signed."),
    ("lone-surrogate", "Ports \ud800 deal\n\nPort officials \udfff signed."),
    ("non-characters", "Ports \ufffe deal \uffff\n\nText."),
    ("only-punctuation", "!!! ??? ...\n\n--- *** ---"),
    ("unicode-line-separators", "Ports deal\u2028second\u2029third\n\nText."),
    ("very-long-line", "Ports deal\n\n" + "word " * 5000),
]


@pytest.mark.parametrize("text", [c[1] for c in NASTY], ids=[c[0] for c in NASTY])
def test_nasty_input_does_not_crash_and_title_is_clean(text):
    article = parse_article(text)
    assert_clean(article.title)
    check_offsets(article)
    article.text.encode("utf-8")  # no lone surrogates left


def assert_clean(title: str) -> None:
    assert title == title.strip()
    assert "\n" not in title
    assert not [c for c in title if unicodedata.category(c) == "Cc" and c != "\t"], repr(title)
    assert not [c for c in title if unicodedata.category(c) == "Cs"], repr(title)
    assert title == unicodedata.normalize("NFC", title)


def test_c1_control_characters_leave_the_title():
    assert_clean(parse_article("Ports\x85deal\x9b signed\n\nText.").title)


C1_CONTROLS = "".join(map(chr, range(0x80, 0xA0)))  # covered by test_c1_control_characters_leave_the_title
PIECES = st.sampled_from(["\n", "\r\n", "\r", " - ", ": ", "LISBON, ", "March 3, 2026", "Read also", "(Photo: X)"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.characters(codec="utf-8", exclude_characters=C1_CONTROLS) | PIECES, max_size=120).map("".join))
def test_any_text_parses_with_consistent_offsets(text):
    assume(not text.lstrip().lower().startswith(("date", "title", "url", "source")))
    article = parse_article(text)
    assert_clean(article.title)
    check_offsets(article)
