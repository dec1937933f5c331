"""Articles not in English are found (and skipped by kg build); English is never rejected,
however many foreign names, quotes or short paragraphs it has."""
from __future__ import annotations

import json

import pytest

from kg.language import MIN_WORDS, detect, english_share, foreign_language
from kg.read import parse_article

# Short news paragraphs written for these tests.
FOREIGN = [
    ("de", "Die Regierung in Nairobi kündigte am Dienstag an, die Zölle auf Stahl aus Kenia und Uganda um "
           "zehn Prozent zu erhöhen. Der Handelsminister sagte nach einem Treffen mit seinem Amtskollegen in "
           "Berlin, die Gespräche würden im nächsten Monat fortgesetzt. Die Opposition kritisierte den Schritt "
           "als schädlich für die Exporteure des Landes."),
    ("fr", "Le ministre du Commerce a rencontré mardi à Genève son homologue sénégalais pour discuter des droits "
           "de douane sur l'acier et l'aluminium. Selon un communiqué publié après la réunion, les deux pays "
           "veulent conclure un accord avant la fin de l'année, mais plusieurs points restent ouverts."),
    ("es", "El gobierno de Colombia anunció el martes que subirá los aranceles a las importaciones de acero "
           "procedentes de tres países asiáticos. La ministra de Comercio explicó en una rueda de prensa en "
           "Bogotá que la medida entrará en vigor el próximo mes y que se revisará dentro de un año."),
    ("nl", "Het kabinet in Den Haag heeft dinsdag besloten de invoerheffingen op staal te verhogen. De minister "
           "zei dat het overleg met de Verenigde Staten volgende maand wordt voortgezet, maar dat er nog geen "
           "akkoord is over de quota voor aluminium en staal."),
    ("de", "Bundeskanzler und Ministerpräsidenten trafen sich am Mittwoch in Brüssel. Auf dem Gipfel ging es um "
           "neue Sanktionen gegen Reedereien, deren Tanker Öl an der Seeblockade vorbei transportieren. Eine "
           "Einigung wurde nicht erzielt; die Verhandlungen sollen im Juli weitergehen."),
]

# English written for these tests, heavy with foreign names, titles, places and quotes.
ENGLISH = [
    "Datuk Seri Azlan Harun met Sheikh Salem Abdullah Al-Sabah and Dr. Khalifa Al-Suwaidi in Doha on Monday, "
    "where Tan Sri Noor Aini Kamaruddin and Ratu Epeli Naiqama of Fiji joined them for talks on palm oil.",
    "Nguyen Thi Thanh Huong, Luvsannamsrain Oyun-Erdene and Tô Lâm greeted Gombojav Zandanshatar at "
    "Ulaanbaatar's Sükhbaatar Square before the Vietnam-Mongolia intergovernmental committee opened.",
    "\"Wir sind bereit, weiter zu verhandeln,\" the German economy minister told reporters in Berlin on "
    "Friday, adding that the European Union would answer any new duties on cars within two weeks.",
    "The Ministerio de Comercio, Industria y Turismo said Bogotá would impose duties on steel rebar from "
    "Türkiye, Việt Nam and the Lao People's Democratic Republic, according to Resolución 0412.",
]


@pytest.mark.parametrize("code, text", FOREIGN, ids=[f"{c}-{i}" for i, (c, _) in enumerate(FOREIGN)])
def test_foreign_texts_are_found(code, text):
    found = detect(text)
    assert found.code == code and not found.english
    assert found.probability >= 0.9 and found.method == "py3langid"


@pytest.mark.parametrize("text", ENGLISH, ids=range(len(ENGLISH)))
def test_english_with_foreign_names_is_english(text):
    # Each alone is long enough to be judged, and several together too.
    for sample in (text + " " + text, " ".join(ENGLISH)):
        assert detect(sample).english


def test_a_list_of_foreign_names_is_not_rejected():
    # no English function words at all, but no confident other language either
    names = ("Attending: Datuk Seri Azlan Harun, Tan Sri Noor Aini Kamaruddin, Datuk Hisham Osman, Sheikh Salem "
             "Abdullah Al-Sabah, Dr. Khalifa Al-Suwaidi, Ratu Epeli Naiqama, U Kyaw Min Oo, Hon. Siosaia Tupou, "
             "Puan Sri Zarina Abdul Rahman, Encik Mohd Faizal bin Ismail, Dato' Sri Lim Wei Jie. Venue: Istana "
             "Negara, Kuala Lumpur. Agenda: palm oil, halal certification, semiconductors.")
    assert english_share(names)[0] < 0.05 and detect(names).english


@pytest.mark.parametrize("text", ["Talks in Geneva.", "Gespräche in Genf am Dienstag.", "Zölle: zehn Prozent.",
                                  "Reunión en Bogotá, el martes, con la ministra.", ""])
def test_short_texts_are_not_judged(text):
    found = detect(text)
    assert found.english and found.method == "too short"


def test_an_english_article_quoting_a_foreign_paragraph_is_english():
    quote = FOREIGN[0][1].split(". ")[1]  # one German sentence
    text = " ".join(ENGLISH[:2]) + f' "{quote}," the minister said. ' + " ".join(ENGLISH[2:])
    assert detect(text).english


def test_function_word_share_separates_the_languages():
    for _, text in FOREIGN:
        assert english_share(text)[0] < 0.05
    assert english_share(" ".join(ENGLISH))[0] > 0.15


def test_foreign_language_reads_the_body_not_the_headline():
    german_body = "Title: Trade talks open in Geneva with the United States\n\n" + FOREIGN[0][1]
    article = parse_article(german_body, source="a.txt")
    assert foreign_language(article).code == "de"
    english = parse_article("Zölle steigen um zehn Prozent\n\n" + " ".join(ENGLISH), source="b.txt")
    assert foreign_language(english) is None


def test_min_words_is_a_real_threshold():
    words = FOREIGN[2][1].split()
    assert detect(" ".join(words[:MIN_WORDS - 1])).method == "too short"
    assert detect(" ".join(words[:MIN_WORDS + 15])).code == "es"


def test_kg_build_skips_a_german_article_and_reports_it(tmp_path, nlp):
    from click.testing import CliRunner

    from kg.cli import main

    (tmp_path / "in").mkdir()
    german = [text for code, text in FOREIGN if code == "de"]
    (tmp_path / "in" / "de.txt").write_text("date: 2026-03-03\n\n" + "\n\n".join(german) + "\n")
    (tmp_path / "in" / "en.txt").write_text(
        "date: 2026-03-03\n\nForeign Minister Ana Souza led Brazil's delegation at talks with Portugal in "
        "Lisbon on Tuesday. Souza said the two countries would meet again next month.\n")
    out = tmp_path / "out" / "graph.ttl"
    out.parent.mkdir()
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(out)], catch_exceptions=False)
    assert "de.txt" in result.stderr and "German" in result.stderr
    text = out.read_text()
    assert "Kenia" not in text and "Prozent" not in text and "Ana Souza" in text
    failures = [json.loads(line) for line in (out.parent / "graph.ttl.failures.jsonl").read_text().splitlines()]
    entry = next(f for f in failures if f["source"].endswith("de.txt"))
    assert entry["skipped"] is True and "German" in entry["reason"] and entry["code"] == "E110"
    assert result.exit_code == 2  # an article was left out: the exit code says so
