"""Names and affiliations (round ent19): an "of" that belongs to a verb of the person's sentence, not to the
person's title; bodies named with "Without". Each case is (article text, facts that must be in the graph, facts that must not). All names are
invented."""
from __future__ import annotations

import pytest

from test_extract_names import test_names as _check

D = "date: 2026-05-04\nTalks\n\n"

CASES = [
    # "remind/accuse/warn X of Y": the "of" is the verb's, Y is not whom X serves
    pytest.param(D + "President Ana Lupu reminded Envoy Ola Dahl of the United Nations' charter on Monday.",
                 {("Ola Dahl", "title", "Envoy")}, {("Ola Dahl", "affiliatedWith", "United Nations")},
                 id="reminded-of-bodies-apostrophe"),
    pytest.param(D + "Ana Lupu reminded Ambassador Ola Dahl of the World Bank during the dinner in Lima.",
                 set(), {("Ola Dahl", "affiliatedWith", "World Bank")}, id="reminded-of-body"),
    pytest.param(D + "The opposition accused Minister Ola Dahl of Norway on Tuesday.",
                 set(), {("Ola Dahl", "affiliatedWith", "Norway")}, id="accused-of-country"),
    pytest.param(D + "The envoy warned Governor Ola Dahl of the European Union during the talks in Lima.",
                 set(), {("Ola Dahl", "affiliatedWith", "European Union")}, id="warned-of-body"),
    # guards: the verb's own complement comes after the owner, so the first "of" is the title's
    pytest.param(D + "They accused Envoy Ola Dahl of the World Bank of lying about the loans.",
                 {("Ola Dahl", "affiliatedWith", "World Bank")}, set(), id="guard-accused-of-body-of"),
    pytest.param(D + "Ana Lupu reminded Minister Ola Dahl of Norway that the vote was near.",
                 {("Ola Dahl", "affiliatedWith", "Norway")}, set(), id="guard-reminded-of-country-that"),
    pytest.param(D + "Ana Lupu met Minister Ola Dahl of Norway in Lima on Monday.",
                 {("Ola Dahl", "affiliatedWith", "Norway")}, set(), id="guard-met-minister-of-norway"),
    # a body named with a capitalised "Without"/"Sans": one name, not a body named by its last word
    pytest.param(D + "Doctors Without Borders said its clinic in Lima had run out of fuel.",
                 {("Doctors Without Borders", "a", "Organization")}, {("Borders", "a", "Organization")},
                 id="doctors-without-borders"),
    pytest.param(D + "The charity Reporters Without Borders said two writers were held in Minsk.",
                 {("Reporters Without Borders", "a", "Organization")}, {("Borders", "a", "Organization")},
                 id="reporters-without-borders"),
    pytest.param(D + "Lawyers Without Borders said the trial in Minsk was unfair.",
                 {("Lawyers Without Borders", "a", "Organization")}, {("Borders", "a", "Organization")},
                 id="lawyers-without-borders"),
    pytest.param(D + "Pharmacists Sans Frontieres said the convoy reached Gaza on Monday.",
                 {("Pharmacists Sans Frontieres", "a", "Organization")}, {("Frontieres", "a", "Organization")},
                 id="sans-frontieres"),
    # guard: a capitalised "Without" opening a sentence opens no body
    pytest.param(D + "Without Borders the region would trade more, Ana Lupu said in Lima.",
                 set(), {("Without Borders", "a", "Organization")}, id="guard-without-opening-a-sentence"),
    # a post's capitalised portfolio after its title ("Minister Without Portfolio") is no person's name
    pytest.param(D + "Prime Minister Ana Lupu named Ola Dahl Minister Without Portfolio on Monday.",
                 {("Ana Lupu", "title", "Prime Minister")}, {("Without Portfolio", "a", "Person")},
                 id="named-minister-without-portfolio"),
    pytest.param(D + "Ana Lupu appointed him Minister Without Portfolio on Friday.",
                 set(), {("Without Portfolio", "a", "Person")}, id="appointed-minister-without-portfolio"),
    pytest.param(D + "Ola Dahl became Minister Without Portfolio in March.",
                 set(), {("Without Portfolio", "a", "Person")}, id="became-minister-without-portfolio"),
    # guard: the title before its holder's name stays whole
    pytest.param(D + "Minister Without Portfolio Ola Dahl met Ana Lupu in Lima on Monday.",
                 {("Ola Dahl", "title", "Minister Without Portfolio")}, set(), id="guard-minister-without-portfolio"),
    # a name after "the" listed with a body is a body's (a paper's), no person's
    pytest.param(D + "The Tan Thanh and the Daily Star reported that the talks in Lima had ended.",
                 {("Tan Thanh", "a", "Organization")}, {("Tan Thanh", "a", "Person")}, id="the-paper-and-the-paper"),
    pytest.param(D + "Reuters and the Tan Thanh reported on Monday that the talks had ended.",
                 set(), {("Tan Thanh", "a", "Person")}, id="agency-and-the-paper"),
    pytest.param(D + "The World Bank and the Tan Thanh said on Monday that exports fell.",
                 set(), {("Tan Thanh", "a", "Person")}, id="body-and-the-paper"),
    # guards: no "the", a style name
    pytest.param(D + "Minister Ana Lupu and the World Bank met in Lima on Monday.",
                 {("Ana Lupu", "a", "Person")}, set(), id="guard-person-and-the-body"),
    pytest.param(D + "The Aga Khan and the World Bank signed the deal in Lima on Monday.",
                 {("Aga Khan", "a", "Person")}, {("Aga Khan", "a", "Organization")}, id="guard-the-aga-khan"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_names_ent19(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# a country's name glued by NER to a person's name after it: a country and a person apart
GLUED_COUNTRY_CASES = [
    pytest.param(D + "Chile Ola Dahl met officials in Lima on Monday.",
                 {("Ola Dahl", "a", "Person")}, {("Chile Ola Dahl", "a", "Organization"), ("Chile Ola Dahl", "a", "Person")},
                 id="chile-glued"),
    pytest.param(D + "Peru Ana Lupu said on Monday that the talks would go on.",
                 {("Ana Lupu", "a", "Person")}, {("Peru Ana Lupu", "a", "Organization"), ("Peru Ana Lupu", "a", "Person")},
                 id="peru-glued"),
    pytest.param(D + "New Zealand Maria Lupu met officials in Lima on Monday.",
                 {("Maria Lupu", "a", "Person")}, {("New Zealand Maria Lupu", "a", "Organization"),
                                                   ("New Zealand Maria Lupu", "a", "Person")}, id="two-word-country-glued"),
    pytest.param(D + "Officials said Ghana Ola Dahl would visit Lima in June.",
                 {("Ola Dahl", "a", "Person")}, {("Ghana Ola Dahl", "a", "Person")}, id="ghana-glued-person"),
    pytest.param(D + "Norway Ana Lupu told reporters in Oslo that the deal was close.",
                 {("Ana Lupu", "a", "Person")}, {("Norway Ana Lupu", "a", "Organization")}, id="norway-glued"),
    # guard: a title between them, as before
    pytest.param(D + "Chile President Ola Dahl met officials in Lima on Monday.",
                 {("Ola Dahl", "a", "Person"), ("Ola Dahl", "title", "President")}, set(), id="guard-country-title-name"),
]


@pytest.mark.parametrize("text,present,absent", GLUED_COUNTRY_CASES)
def test_glued_country_ent19(nlp, text, present, absent):
    _check(nlp, text, present, absent)


# "informed X of Y's views": NER glued the verb's object, its "of" and a country's possessive into one body
VERB_OF_OWNER_CASES = [
    pytest.param(D + "Ana Lupu informed Dahl of Chile's views on the quota.",
                 {("Chile", "a", "Country")}, {("Dahl of Chile", "a", "Organization")}, id="informed-of-chiles"),
    pytest.param(D + "Ana Lupu assured Dahl of Chile's support for the plan.",
                 set(), {("Dahl of Chile", "a", "Organization")}, id="assured-of-chiles"),
    pytest.param(D + "The envoy informed Dahl of Norway's views.",
                 set(), {("Dahl of Norway", "a", "Organization")}, id="envoy-informed-of-norways"),
    # guards: a body's own name with "of" and a country stays whole; an object NER kept apart stays a person
    pytest.param(D + "Ana Lupu informed the Bank of Japan's board on Monday.",
                 {("Bank of Japan", "a", "Organization")}, set(), id="guard-bank-of-japan"),
    pytest.param(D + "Ana Lupu informed Kowalczyk of Chile's views on the quota.",
                 {("Kowalczyk", "a", "Person")}, set(), id="guard-object-apart"),
]


@pytest.mark.parametrize("text,present,absent", VERB_OF_OWNER_CASES)
def test_verb_of_owner_ent19(nlp, text, present, absent):
    _check(nlp, text, present, absent)
