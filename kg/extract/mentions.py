"""Named-entity mentions -> typed entities (persons, organizations, countries, places).

Keeps a name's type consistent across the article (tagged PERSON once, a
person everywhere), folds short names into full ones ("Trump" -> "Donald
Trump"), and uses the gazetteer to tell countries from cities and
organizations from places.
"""
from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
from spacy.tokens import Span as DocSpan

from ..link import gazetteer
from ..nlp import CITY_MIN_POPULATION
from ..model import COUNTRY, ORGANIZATION, PERSON, PLACE, VESSEL, Span
from ..names import fold_accents, normalize_name, standalone_name_words
from ..tables import (APPEAL_VERBS, CHAMBER_WORDS, NEWS_TERMS, GOODS_FLOW_NOUNS, SURNAME_PARTICLES, BODY_HEADS_BEFORE_OF, BODY_MEMBER_NOUNS_BEFORE_OF, GERUND_SUBJECT_PREPOSITIONS, LISTED_NAME_MISTYPES, NUMBERED_GROUP_WORDS, NUMBER_WORDS, KIN_NOUNS, CLOSE_ONE_NOUNS, ARMED_GROUP_WORDS, CENSUS_FAMILY_NAMES, COMMON_SURNAMES, FAMILY_NAMES, NEWS_AGENCIES, OBJECT_OF_VERBS, THE_STYLE_NAME_WORDS, PRESS_AUDIENCES, RATING_AGENCIES, SURNAME_ENDINGS, TIME_ZONES, WIRE_END_MARKERS, NAME_PARTICLES, PATRONYMIC_PARTICLES, BARE_STATE_WORDS, EVENT_TRIGGERS, LANDFORM_NOUNS_AFTER, AGREEMENT_WORDS, LAW_NAME_ENDINGS, AGREEMENT_ACRONYMS, AGREEMENT_ACRONYM_ENDINGS, BACK_REFERENCE_HEAD_WORDS, BARE_BODY_WORDS, BODY_ONLY_HEAD_WORDS, FIRM_HEAD_WORDS, FIRM_NAME_ENDINGS, COMMODITY_WORDS, SHARED_ABBREVIATIONS, TERM_ACRONYMS, VENUE_ONLY_WORDS, VENUE_BUILDING_WORDS, VENUE_PREPOSITIONS, VENUE_WORDS,
                      COMPANY_SUFFIXES, COUNTERPART_WORDS, FIRM_NOUNS, FIRM_ONLY_NOUNS, FIRM_OFFICERS, GIVEN_NAME_SHORT_FORMS, is_given_name,
                      HONORIFICS, LEADER_TITLES, MISSION_BODY_WORDS, MOTION_VERBS, NER_LABEL_KIND, NER_LABELS_IGNORED,
                      NOT_SURNAME_WORDS, ORGANIZATION_HEAD_WORDS, SHARE_NOUNS, FIRM_LIST_NOUNS, FIRM_LIST_PREPOSITIONS, STOCK_TRADING_VERBS, VOTING_VERBS, PERSON_SUBJECT_VERBS, LEGISLATIVE_VOTE_OBJECTS, PERSON_MEETING_VERBS, PRODUCT_LINE_NOUNS, MARKET_WATCHER_NOUNS, ABBREVIATED_TITLE_MODIFIERS, HYPHENED_FIRM_NOUNS, GATHERING_WORDS, GENERIC_BODY_WORDS, LEGISLATURE_WORDS, NATIONAL_BODIES, PERSON_OBJECT_VERBS, PLACE_PREPOSITIONS, TALKING_WITH_WORDS, PERSON_ROLE_NOUNS, PERSON_TRADE_NOUNS, PLACE_NAME_ENDINGS, PLACE_APPOSITION_NOUNS,
                      PLACE_HOST_VERBS, PLACE_METONYMS, PLACE_NOUNS_AFTER, PLACE_NOUNS_BEFORE_OF, PORTFOLIO_WORDS, REPORTING_VERBS,
                      TITLE_HEAD_WORDS, TITLE_MODIFIER_WORDS, US_STATE_ABBREVIATIONS, US_STATE_NAMES, COMPASS_WORDS, CONTINENT_NAMES, GATHERING_NOUNS, MEAL_NOUNS, MEDIA_NOUNS, GATHERING_NAME_ENDINGS, GATHERING_ONLY_NAME_WORDS, PLAN_NAME_ENDINGS, OFFICIAL_GROUP_NOUNS, MISSION_NOUNS, US_STATE_POST_WORDS, US_STATE_MEMBER_WORDS, VEHICLE_NAMES, VEHICLE_PREPOSITIONS, VENUE_HEADS, VENUE_MODIFIERS,
                      VESSEL_NOUNS, WEAK_HONORIFICS)
from .collector import Collector
from .places import QualifiedPlaces

_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
# "10:42 GMT - South Africa's ...": a live page's time zone NER took for a body or into a name
_LEADING_TIME_ZONE = re.compile(r"^(?:%s)(?:$|\s*[-\u2013\u2014|:]\s*|\s+)" % "|".join(sorted(TIME_ZONES)))
_LEADING_TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[aApP]\.?[mM]\.?|GMT|UTC|BST|CET))?\s*[-\u2013\u2014|:]\s*")
_NOT_NAME_WORDS = ORGANIZATION_HEAD_WORDS | TITLE_HEAD_WORDS | COMPANY_SUFFIXES
# NER's labels for a firm's name ("FAC": a building's; "LOC": "Hartwell Lisle, a Brussels consultancy")
_FIRM_LABELS = frozenset({"ORG", "PERSON", "FAC", "LOC"})
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CLASSIFIED_ACRONYM = re.compile(r"[A-Z][A-Z0-9.&-]{1,9}")  # what `ArticleEntities.classify` takes for an acronym
# a group's name as news writes it short: "NATO", "G20", "G-7", "BRICS+"
_BODY_ACRONYM = re.compile(r"[A-Z][A-Z0-9&+-]{1,7}")
# a country named as owner before a body: "South Korea's ", "When Ghana's "
OWNER_BEFORE = re.compile(r"((?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*)(?:'s|\u2019s)\s+(?:the\s+)?$")
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})


@dataclass
class Mention:
    text: str  # cleaned surface form
    ner: str
    start_token: int
    end_token: int
    span: Span  # article offsets


# string hash -> its text (lower-case forms) and lemma hash -> lemma in lower case, shared by all docs
_LOWERED: dict[int, str] = {}
_LEMMA_LOWERED: dict[int, str] = {}
_MAX_LOWERED = 1 << 20


@dataclass
class ParagraphContext:
    doc: object  # spacy Doc; stays inside extraction
    offset: int
    tok_entity: dict[int, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    # the paragraph's text, the one spaCy was given (the same as `Doc.text`, which joins every token
    # again on each call); read from the doc when not given
    text: str | None = None
    # what every rule reads, taken from the doc once when the context is made (spaCy makes a Token or a Span
    # object on each read): each token's lower-case form and lower-case lemma, its first character and the
    # character after it, the forms and lemmas as sets, and the doc's entities
    lowers: list[str] = field(init=False, repr=False, compare=False)
    lemmas: list[str] = field(init=False, repr=False, compare=False)
    starts: list[int] = field(init=False, repr=False, compare=False)
    ends: list[int] = field(init=False, repr=False, compare=False)
    word_set: set[str] = field(init=False, repr=False, compare=False)
    lemma_set: set[str] = field(init=False, repr=False, compare=False)
    ents: tuple = field(init=False, repr=False, compare=False)
    _roots: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # (start, end) -> `root`

    def __post_init__(self) -> None:
        doc = self.doc
        if self.text is None:
            self.text = doc.text
        strings = doc.vocab.strings
        if len(_LOWERED) + len(_LEMMA_LOWERED) >= _MAX_LOWERED:  # a long run's vocabulary only grows
            _LOWERED.clear()
            _LEMMA_LOWERED.clear()
        # one list per attribute, from one numpy call (numpy's per-call cost outweighs a short paragraph's work)
        lower_hashes, lemma_hashes, starts, lengths = doc.to_array([LOWER, LEMMA, IDX, LENGTH]).T.tolist()
        lowers = list(map(_LOWERED.get, lower_hashes))
        if None in lowers:  # (words not met before; most paragraphs have none after the first articles)
            for lower in set(lower_hashes).difference(_LOWERED):
                _LOWERED[lower] = strings[lower] if lower else ""
            lowers = list(map(_LOWERED.__getitem__, lower_hashes))
        lemmas = list(map(_LEMMA_LOWERED.get, lemma_hashes))
        if None in lemmas:
            for lemma in set(lemma_hashes).difference(_LEMMA_LOWERED):
                _LEMMA_LOWERED[lemma] = strings[lemma].lower() if lemma else ""
            lemmas = list(map(_LEMMA_LOWERED.__getitem__, lemma_hashes))
        self.lowers, self.lemmas = lowers, lemmas
        self.starts = starts
        self.ends = list(map(operator.add, starts, lengths))
        self.word_set = set(self.lowers)
        self.lemma_set = set(self.lemmas)
        self.ents = doc.ents

    def span(self, start_char: int, end_char: int) -> Span:
        return Span(self.offset + start_char, self.offset + end_char)

    def end_char(self, i: int) -> int:
        """The character after token `i` (`token.idx + len(token)`)."""
        return self.ends[i]

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens `start` to `end` (exclusive), as `doc[start:end].text`, without making Tokens."""
        if start >= end:
            return ""
        return self.text[self.starts[start]:self.ends[end - 1]]

    def indices_with(self, sent, words=frozenset(), lemmas=frozenset()) -> list[int]:
        """The indices of a sentence's tokens whose lower-case form is in `words` or lower-case lemma in
        `lemmas`: a rule that needs such a word reads only these instead of every token."""
        if self.word_set.isdisjoint(words) and self.lemma_set.isdisjoint(lemmas):
            return []
        lowers, lemma_lowers = self.lowers, self.lemmas
        return [i for i in range(sent.start, sent.end) if lowers[i] in words or lemma_lowers[i] in lemmas]

    def tokens_with(self, sent, words=frozenset(), lemmas=frozenset()) -> list:
        """The tokens of `indices_with`."""
        doc = self.doc
        return [doc[i] for i in self.indices_with(sent, words, lemmas)]

    def root(self, start: int, end: int):
        """The syntactic root of tokens `start` to `end` (`ctx.root(start, end)`), found once for each span: many
        rules ask it of the same mention, and each `doc[a:b]` makes a Span."""
        roots = self._roots
        key = (start, end)
        if key not in roots:
            # (one token is its own root: no Span made)
            roots[key] = self.doc[start] if end == start + 1 else self.doc[start:end].root
        return roots[key]

    def entity_at(self, token) -> str | None:
        return self.tok_entity.get(token.i)


# Characters that show nothing or are no text (a zero-width space, a soft hyphen, a stray C1 control byte of a
# mis-decoded page): left in a name they end its label with an invisible character or, once the graph's literal
# is cleaned of controls, with a space.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff]")
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@lru_cache(maxsize=1 << 14)  # an article names the same few things again and again
def clean_surface(text: str) -> str:
    text = " ".join(_CONTROL_CHARS.sub(" ", _INVISIBLE.sub("", text)).split())
    if "(" in text and ")" not in text:
        text = text[:text.index("(")]  # "Office of Foreign Assets Control (OFAC": NER cut the bracket short
    text = _LEADING_TIMESTAMP.sub("", text)  # "10:42 - Samoa": a live page's time stamp taken into the name
    text = _LEADING_TIME_ZONE.sub("", text)  # "GMT - South Africa", "GMT" alone
    text = _LEADING_ARTICLE.sub("", text)
    text = _TRAILING_CONNECTIVE.sub("", text)  # "Ministry of Foreign Trade and Tourism of" (Peru): NER cut it short
    return _POSSESSIVE.sub("", text).strip(" ,;:-\u2013\u2014\"'")


# (and a preposition NER took in: "the Hall of the People in" before "Hanoi")
_TRAILING_CONNECTIVE = re.compile(r"(?:\s+(?:of|for|and|the|in|at|de|del|des|du|da|do))+$")


_MAX_HONORIFIC = max(len(h) for h in HONORIFICS)
_HONORIFIC_SET = frozenset(HONORIFICS)
_HONORIFIC_WORDS = frozenset(h[0] for h in HONORIFICS if len(h) == 1 and h not in WEAK_HONORIFICS)
_HONORIFIC_FIRST_WORDS = frozenset(h[0] for h in HONORIFICS)
# the lower-case forms `honorific_at` may find an honorific at (whose `_honorific_lower` opens one): one set look-up
# per token instead of a call
_HONORIFIC_OPENING_FORMS = frozenset({w for w in _HONORIFIC_FIRST_WORDS if not (w.endswith(".") and len(w) > 1)}
                                     | {w + "." for w in _HONORIFIC_FIRST_WORDS})


def _honorific_word(token) -> str:
    return _honorific_lower(token.lower_)


def _honorific_lower(lower: str) -> str:
    """A lower-case form without its full stop ("dr." -> "dr"; lower-casing never shortens a word, so a form
    longer than one character is a word longer than one)."""
    return lower[:-1] if lower.endswith(".") and len(lower) > 1 else lower


def honorific_at(doc, i: int, end: int | None = None, lowers: list[str] | None = None) -> int:
    """How many tokens from `i` on are an honorific ("Datuk Seri", "H.E.", "Amb ."), 0 when none.

    `lowers` (the tokens' lower-case forms), when given, answers most tokens without reading them."""
    end = len(doc) if end is None else end
    if i >= end or (lowers is not None and _honorific_lower(lowers[i]) not in _HONORIFIC_FIRST_WORDS):
        return 0
    token = doc[i]
    if not token.text[:1].isupper() or _honorific_word(token) not in _HONORIFIC_FIRST_WORDS:
        return 0  # most tokens: no honorific starts here, and none needs its neighbours read
    for size in range(_MAX_HONORIFIC, 0, -1):
        words = tuple(_honorific_word(doc[j]) for j in range(i, min(i + size, end)))
        if len(words) == size and words in _HONORIFIC_SET:
            taken = size
            if taken + i < end and doc[i + taken].text == "." and doc[i + taken - 1].whitespace_ == "":
                taken += 1  # "Amb ." : the tokenizer split the full stop off
            names = _name_words(doc, _after_initials(doc, i + taken, end), end)
            needed = 2 if words in WEAK_HONORIFICS else 1
            if sum(1 for t in names if t.text not in "-'\u2019") >= needed:
                return taken
    return 0


_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")


def _after_initials(doc, i: int, end: int) -> int:
    """The index after the initials from `i` ("S.", "K.P.", "S. K."), at most three, before a name word."""
    j = i
    while j < end and j - i < 3 and _INITIAL.fullmatch(doc[j].text):
        j += 1
    return j if j < end and _capitalised_name_word(doc[j].text) else i


def _name_words(doc, i: int, end: int) -> list:
    """Capitalised words from `i`, joined by hyphens or apostrophes without spaces ("Al-Sabah", "Ma'asi")."""
    out = []
    while i < end and len(out) < 8:
        token = doc[i]
        if _capitalised_name_word(token.text) and token.lower_ not in TITLE_HEAD_WORDS:
            out.append(token)
        elif token.text in ("-", "'", "\u2019", "\u02bb") and out and doc[i - 1].whitespace_ == "" and i + 1 < end \
                and doc[i + 1].text[:1].isalpha() and token.whitespace_ == "":
            out.append(token)
        elif out and token.text in NAME_PARTICLES and _particle_run_ends_in_name(doc, i, end):
            out.append(token)  # "Joana dos Santos", "Ursula von der Leyen"
        elif out[-1:] and out[-1].text == "-" and _hyphened_syllable(token):
            out.append(token)  # "Choi Sang-mok", "Ahn Duk-geun": a Korean given name's second syllable
        else:
            break
        i += 1
    while out and not out[-1].text[-1:].isalpha():
        out.pop()
    return out


_NOT_SYLLABLE_TAGS = frozenset({"VBN", "VBD", "VBG", "JJ"})  # "Xi-led", "Trump-backed", "Ruto-leaning"


# words after a hyphen that make an adjective of a name, whatever the tagger says of them ("UK-based", "EU-wide")
_NOT_NAME_ENDINGS = frozenset({"based", "led", "run", "owned", "backed", "made", "born", "bound", "held", "linked",
                               "wide", "only", "free", "area", "era", "style", "type", "like", "ish", "esque",
                               # "Jeep-owner Stellantis", "iPhone-maker Apple": what a firm is to the name, no syllable
                               "owner", "maker", "parent", "rival", "giant", "buyer", "seller", "user", "unit"})


def _hyphened_syllable(token) -> bool:
    """A short lower-case word right after a hyphen inside a name: the second syllable of a Korean given name ("Sang-mok"), not a word that makes an adjective of a name ("Xi-led", "Kim-era")."""
    text = token.text
    return text.isalpha() and text.islower() and 2 <= len(text) <= 5 \
        and token.tag_ not in _NOT_SYLLABLE_TAGS and text not in ("era", "style", "type", "like")


def _particle_run_ends_in_name(doc, i: int, end: int) -> bool:
    """Whether the lower-case particles from `i` ("dos", "von der") are followed by a capitalised name word."""
    while i < end and doc[i].text in NAME_PARTICLES:
        i += 1
    return i < end and _capitalised_name_word(doc[i].text) and doc[i].lower_ not in TITLE_HEAD_WORDS


# a capitalised word, with apostrophes or an okina inside or before it: "Ta'ufa", "\u02bbOfa"
_NAME_WORD = re.compile(r"\u02bb?[^\W\d_]+(?:['\u2019\u02bb][^\W\d_]+)*")


def _capitalised_name_word(text: str) -> bool:
    return _NAME_WORD.fullmatch(text) is not None and text.lstrip("\u02bb")[:1].isupper()


def honorific_name_spans(doc, lowers: list[str]) -> list:
    """Names after an honorific, as PERSON spans without it, and the honorifics' token indices.

    NER often misses or mangles these names ("Sheikh Salem Abdullah Al-Sabah" -> "Abdullah Al-Sabah").
    `lowers` (the tokens' lower-case forms) lets it pass over words no honorific starts with.
    """
    spans, honorifics = [], set()
    free = 0  # the first token not inside a name found so far
    # (any other token: `honorific_at` finds none there)
    for i in [i for i, word in enumerate(lowers) if word in _HONORIFIC_OPENING_FORMS]:
        if i < free:
            continue
        taken = honorific_at(doc, i, lowers=lowers)
        while taken and (more := honorific_at(doc, i + taken, lowers=lowers)):  # "H.E. Dr. Dana Whitfield"
            taken += more
        if taken:
            names = _name_words(doc, _after_initials(doc, i + taken, len(doc)), len(doc))
            if names:  # (the initials before the name are the name's: "Dr. S. Raman")
                spans.append(DocSpan(doc, i + taken, names[-1].i + 1, label="PERSON"))
                honorifics.update(range(i, i + taken))
                free = names[-1].i + 1
    return spans, honorifics


_BEFORE_ABBREVIATED_NAME = frozenset({",", ".", "and", "(", '"', "\u201c", ":", ";", "-", "\u2013", "\u2014"})


def abbreviated_name_spans(doc, lowers: list[str]) -> list:
    """Names opening with "Ma." (Maria, in Philippine names: "Foreign Secretary Ma. Theresa Lazaro"), as PERSON
    spans: the tokenizer splits the full stop off and NER reads a person "Ma". The surname Ma ends sentences too
    ("founder Jack Ma. Elena Cruz ..."): only a "Ma." with a given name and a surname after it, and a title word,
    a comma, "and" or nothing before it."""
    spans = []
    for i in [i for i, word in enumerate(lowers[:-3]) if word == "ma" and lowers[i + 1] == "."]:
        token = doc[i]
        if token.text != "Ma" or token.whitespace_:
            continue
        if i and lowers[i - 1] not in _BEFORE_ABBREVIATED_NAME \
                and not (lowers[i - 1] in _TITLE_WORDS and doc[i - 1].text[:1].isupper()):
            continue
        names = _name_words(doc, i + 2, len(doc))
        words = [t for t in names if t.text not in "-'\u2019\u02bb"]
        if len(words) >= 2 and is_given_name(words[0].text) \
                and not any(lowers[t.i] in _NOT_NAME_WORDS or lowers[t.i] in TITLE_MODIFIER_WORDS for t in words):
            spans.append(DocSpan(doc, i, names[-1].i + 1, label="PERSON"))
    return spans


def vessel_name_spans(doc, lowers: list[str]) -> list:
    """Ship names after a vessel noun: "the tankers Kum Hae, Blue Tern and Rich Harvest 7", "tanker Sea Orchid"."""
    spans = []
    if VESSEL_NOUNS.isdisjoint(lowers):
        return spans  # (most paragraphs)
    for noun in (doc[i] for i, word in enumerate(lowers) if word in VESSEL_NOUNS):
        if not (noun.is_lower or noun.is_sent_start):
            continue  # "Sun Ship Management": a word of a firm's name, no vessel noun
        i = noun.i + 1
        while i < len(doc):
            start = i
            while i < len(doc) and i - start < 4 and (
                    (doc[i].is_alpha and doc[i].text[:1].isupper() and (doc[i].ent_type_ not in ("DATE", "GPE", "NORP")
                                                                        or _inside_capitalised_run(doc, i)))
                    or (doc[i].like_num and i > start)):
                i += 1
            if i == start:
                break
            spans.append(DocSpan(doc, start, i, label="VESSEL"))
            if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and":
                i += 1  # "A, B, and C"
            if i + 1 < len(doc) and doc[i].text in (",", "and") and doc[i + 1].text[:1].isupper():
                i += 1
                continue
            break
    return spans


_PORTFOLIO_JOINS = frozenset({"of", "for", "the", "and", "&", ","})
# Words between a title and its portfolio: "Minister of Mines", "Secretary for Trade", "Minister without Portfolio",
# "Minister in the Presidency"
_PORTFOLIO_OPENERS = frozenset({"of", "for", "without", "in"})


def portfolio_title_name_spans(doc, lowers: list[str]) -> list:
    """Names after a title with a portfolio, as PERSON spans: "Minister of Mines and Energy Ana Lupu said".

    NER reads such a run as one body or misses the name. The portfolio is read through words of
    `PORTFOLIO_WORDS` (or title words, or a country: "Minister of Foreign Affairs of Peru") joined by "and",
    commas, "of", "for"; two to four capitalised words right after a portfolio word are the holder's name.
    """
    spans = []
    # (a title word with an opener after it, read in `lowers` before a Token is made: few tokens are)
    for i in [i for i in range(len(lowers) - 2) if lowers[i] in TITLE_HEAD_WORDS and lowers[i + 1] in _PORTFOLIO_OPENERS]:
        if not doc[i].text[:1].isupper():
            continue
        j, last = i + 1 + (lowers[i + 1] not in _PORTFOLIO_JOINS), None
        while j < len(doc):
            token = doc[j]
            # a country's name of two or three words after "of (the)": "Prime Minister of the United Kingdom"
            size = next((n for n in (3, 2) if lowers[j - 1] in ("of", "the") and j + n <= len(doc)
                         and all(t.text[:1].isupper() for t in doc[j:j + n]) and gazetteer().country(doc[j:j + n].text)),
                        0)
            if size:
                last = j + size - 1
                j += size
                if j < len(doc) and lowers[j] not in _PORTFOLIO_JOINS:
                    break  # the name after it, whatever NER glued to the country
                continue
            if lowers[j] in _PORTFOLIO_JOINS:
                pass
            elif token.text[:1].isupper() and (lowers[j] in PORTFOLIO_WORDS or lowers[j] in TITLE_MODIFIER_WORDS
                                               or token.ent_type_ in ("GPE", "NORP")
                                               or lowers[j - 1] == "of" and gazetteer().country(token.text)):
                last = j  # (a country after "of" that NER took into the name: "Minister of Foreign Affairs of Peru")
            elif token.text == "-" and token.whitespace_ == "" and last == j - 1:
                pass  # "Agro-Industry"
            else:
                break
            j += 1
        set_off = last is not None and last == j - 2 and doc[j - 1].text == ","  # "Minister for Trade, Ana Ruiz,"
        if last is None or (last != j - 1 and not set_off):
            continue  # the name must follow a portfolio word, not a dangling "and" or "of"
        names = _name_words(doc, j, len(doc))
        words = [t for t in names if t.text not in "-'\u2019\u02bb"]
        if not 2 <= len(words) <= 4 or any(
                lowers[t.i] in PORTFOLIO_WORDS or lowers[t.i] in TITLE_MODIFIER_WORDS
                or lowers[t.i] in ORGANIZATION_HEAD_WORDS or t.ent_type_ in ("GPE", "NORP", "DATE")
                and not _city_surname_after_given_name(words, t) and not _glued_after(doc, t.i, names[0].i)
                for t in words):
            continue
        end = names[-1].i + 1
        if end < len(doc) and (doc[end].text[:1].isupper() or doc[end].like_num):
            continue  # "Minister of Energy Policy Review Board ...": the run goes on, no name ends here
        if set_off and end < len(doc) and doc[end].text not in (",", ".", ";", ")", ":"):
            continue  # after a comma only a name closed by punctuation is the holder's ("..., Ana Ruiz, said")
        spans.append(DocSpan(doc, names[0].i, end, label="PERSON"))
    return spans


def _glued_after(doc, i: int, start: int) -> bool:
    """Whether NER's entity that holds token `i` begins before `start`: "of the United Kingdom Ana Lupu" read as one
    place, the name glued to the country before it."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i < start


def _city_surname_after_given_name(words: list, token) -> bool:
    """ "Minister of Foreign Affairs Ana Lima": a city's name NER tagged GPE after a given name that opens the
    name is a surname, not the city (a country's name never is)."""
    return token.ent_type_ == "GPE" and token is not words[0] and is_given_name(words[0].text) \
        and words[0].ent_type_ not in ("GPE", "NORP") and gazetteer().country(token.text) is None


# NER labels a name after a title or a role noun may carry and still be a name NER misread ("fuel broker Tan Boon
# Huat" read as a work of art); a person, place or body it found stays as it is
_MISREAD_NAME_LABELS = NER_LABELS_IGNORED | {"NORP"}
# a title word or a role noun, in one set: what the finders of names after a title look for first
# "Presidents Ana Souza and Luis Vera", "Trade Ministers Jane Wambui of Kenya and ...": a plural title before names
_PLURAL_TITLE_WORDS = frozenset(word + "s" for word in TITLE_HEAD_WORDS if not word.endswith("s"))
_TITLE_OR_ROLE_WORDS = TITLE_HEAD_WORDS | PERSON_ROLE_NOUNS | _PLURAL_TITLE_WORDS


def titled_name_spans(doc, lowers: list[str], ents: tuple) -> list:
    """Names NER missed after a capitalised title word or a lower-case role noun, as PERSON spans: "Prime Minister
    Luong Quoc Bao received ...", "Singapore-based fuel broker Tan Boon Huat".

    Two to four capitalised name words, none a title, body, portfolio or place word, ending where the capitals end:
    one word alone ("President Kiptoo") may be a place or a body, and is left to NER."""
    # (looked up in the arrays before a Token is made: most words are neither, and most paragraphs have none)
    if _TITLE_OR_ROLE_WORDS.isdisjoint(lowers):
        return []
    openers = [i for i, word in enumerate(lowers[:-2]) if word in _TITLE_OR_ROLE_WORDS]
    if not openers:
        return []
    claimed = {i for e in ents if e.label_ not in _MISREAD_NAME_LABELS for i in range(e.start, e.end)}
    people = [e for e in ents if e.label_ == "PERSON"]
    spans = []
    for i in openers:
        word = lowers[i]
        token = doc[i]
        if (word in TITLE_HEAD_WORDS or word in _PLURAL_TITLE_WORDS) and token.text[:1].isupper():
            pass  # "Minister", "PM", "Presidents"
        elif word in PERSON_ROLE_NOUNS and token.is_lower:
            pass  # "broker", "financier"
        else:
            continue
        names = _name_words(doc, i + 1, len(doc))
        # (particles do not count: "Crown Prince Nasser bin Isa Al Khalifa")
        words = [t for t in names if t.text not in "-'\u2019\u02bb" and not (t.is_lower and t.text in NAME_PARTICLES)]
        # NER may cut such a name in pieces ("Truong" | "Vinh"): two or more people's names inside the run give way
        # to it; one ("Joe Biden" in "President Joe Biden Administration") is NER's name, left as it is
        inside = [e for e in people if names and names[0].i <= e.start and e.end <= names[-1].i + 1]
        pieces = {i for e in inside for i in range(e.start, e.end)} if len(inside) >= 2 else set()
        # ... and so does one that left out the given name opening the run ("Presidents Ana | Souza")
        if len(inside) == 1 and inside[0].start > names[0].i and inside[0].end == names[-1].i + 1 \
                and is_given_name(lowers[names[0].i]):
            pieces |= set(range(inside[0].start, inside[0].end))
        # ... and so does one NER ended on a particle ("Ursula von der" | "Leyen"): cut short
        # (or on a hyphen: "Ahn Duk-" | "geun")
        pieces |= {i for e in inside if doc[e.end - 1].text in NAME_PARTICLES or doc[e.end - 1].text == "-"
                   for i in range(e.start, e.end)}
        # a word after a name particle ("von der Leyen") is a surname, whatever NER tagged it
        surname = {t.i for t in names if t.i > 0 and doc[t.i - 1].text in NAME_PARTICLES}
        if not 2 <= len(words) <= 4 or any(t.i in claimed and t.i not in pieces and t.i not in surname for t in names) \
                or any(lowers[t.i] in _NOT_NAME_WORDS or lowers[t.i] in PORTFOLIO_WORDS or lowers[t.i] in TITLE_MODIFIER_WORDS
                       or lowers[t.i] in BARE_BODY_WORDS or honorific_at(doc, t.i, lowers=lowers)
                       or (t.ent_type_ in ("GPE", "LOC", "DATE") and t.i not in surname) for t in words) \
                or _title_case(token.sent):
            continue
        end = names[-1].i + 1
        if end < len(doc) and (doc[end].text[:1].isupper() or doc[end].like_num
                               or doc[end].lower_ in ("'s", "\u2019s")):
            continue  # the capitals go on, or a possessive ("Minister Ana Ruiz's"): left to NER
        spans.append(DocSpan(doc, names[0].i, end, label="PERSON"))
    return spans


# parts of speech of words written in lower case inside a sentence: one capitalised there after a title ("General
# Secretary To Lam", "Minister An Thi Hoa") is the first word of a name, not a preposition or an article
_FUNCTION_POS = frozenset({"ADP", "DET", "PART", "PRON", "CCONJ", "SCONJ", "AUX"})


def _name_opening_function_word(doc, i: int, lowers: list[str]) -> bool:
    """Whether token `i` is a function word capitalised inside a sentence, right after a title word or a role
    noun, with a capitalised name word after it: "To" in "Party chief To Lam said", "An" in "Deputy Minister An
    Thi Hoa"."""
    if i < 2 or (lowers[i - 1] not in TITLE_HEAD_WORDS and lowers[i - 1] not in PERSON_ROLE_NOUNS):
        return False  # the word before, from the paragraph's array: most tokens end here, with no Token made
    token = doc[i]
    if token.is_sent_start or token.pos_ not in _FUNCTION_POS or not token.is_title or not token.is_alpha:
        return False
    return i + 1 < len(doc) and _capitalised_name_word(doc[i + 1].text) and not _title_case(token.sent)


def function_word_name_spans(doc, lowers: list[str], ents: tuple) -> list:
    """Names whose first word NER read as a function word, as PERSON spans: "Vietnam's leader To Lam held talks"
    (no entity), "Party chief To Lam said" (NER: "Lam"). The name runs over the capitalised words after it (one
    to three); an entity NER found inside the run gives way."""
    spans = []
    # (only after a title word or a role noun, read in `lowers`: `_name_opening_function_word` is false elsewhere)
    if _TITLE_OR_ROLE_WORDS.isdisjoint(lowers):
        return spans
    for i in [i for i in range(2, len(lowers) - 1) if lowers[i - 1] in _TITLE_OR_ROLE_WORDS]:
        if not _name_opening_function_word(doc, i, lowers):
            continue
        names = _name_words(doc, i + 1, len(doc))
        words = [t for t in names if t.text not in "-'\u2019\u02bb"]
        if not 1 <= len(words) <= 3 or any(lowers[t.i] in _NOT_NAME_WORDS or lowers[t.i] in PORTFOLIO_WORDS
                                            or lowers[t.i] in TITLE_MODIFIER_WORDS or t.ent_type_ in ("GPE", "LOC", "DATE")
                                            or (t.ent_type_ == "ORG" and _known_body_word(t.text))
                                            for t in words):
            continue
        end = names[-1].i + 1
        if end < len(doc) and (doc[end].text[:1].isupper() or doc[end].like_num):
            continue
        spans.append(DocSpan(doc, i, end, label="PERSON"))
    return spans


def _known_body_word(text: str) -> bool:
    """An acronym or a body the gazetteer knows ("Envoy To NATO"): no person's name word, whatever NER said
    ("Party General Secretary To Lam": NER's "Lam" is no body)."""
    return text.isupper() or gazetteer().organization(text) is not None


def _title_case(sent) -> bool:
    """A headline set in title case ("Prime Minister Calls Snap Poll"): its capitals say nothing of names. Only
    short words ("of", "and", "to") are left in lower case there."""
    words = [t for t in sent if t.is_alpha and t.lower_ not in _HEADLINE_SMALL_WORDS and t.text not in NAME_PARTICLES]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


# words a title-case headline leaves in lower case; any other lower-case word ("met") makes a sentence no headline
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for",
                                   "by", "with", "as", "vs", "from", "into", "over", "up"})


def untagged_body_spans(doc, lowers: list[str], ents: tuple) -> list:
    """Bodies NER missed: "worked with the Riverside People's Committee" - after "the", two to six capitalised
    words (a possessive may join them) that end in a body's head word and that no entity covers, as ORG spans."""
    if "the" not in lowers or ORGANIZATION_HEAD_WORDS.isdisjoint(lowers):
        return []  # (most paragraphs: no body's head word, so no such body)
    claimed = {i for e in ents for i in range(e.start, e.end)}
    spans = []
    i = 0
    for the in [k for k, word in enumerate(lowers) if word == "the"]:  # (the other tokens open no body)
        if the < i or the >= len(doc) - 2:
            continue  # inside the run read after the one before
        i = the
        if i + 1 in claimed:
            continue
        j = i + 1
        while j < len(doc) and j not in claimed and (
                (doc[j].is_alpha and doc[j].text[:1].isupper())
                or (lowers[j] in ("'s", "\u2019s") and j + 1 < len(doc) and doc[j + 1].text[:1].isupper())):
            j += 1
        words = [t for t in doc[i + 1:j] if t.is_alpha]
        if 2 <= len(words) <= 6 and lowers[j - 1] in ORGANIZATION_HEAD_WORDS \
                and not (j < len(doc) and lowers[j] in ("'s", "\u2019s")) and not _title_case(doc[i].sent):
            spans.append(DocSpan(doc, i + 1, j, label="ORG"))
        i = max(j, i + 1)
    return spans


_WITHOUT_WORDS = frozenset({"without", "sans"})


def without_body_spans(doc, lowers: list[str], ents: tuple) -> list:
    """Bodies named with a capitalised "Without" or "Sans" inside a sentence ("Doctors Without Borders",
    "Reporters Sans Frontieres"), as ORG spans over the capitalised words either side (one to three each): NER
    kept only the words after it, a body "Borders". Not a post's portfolio ("Minister Without Portfolio"), nor
    a headline written in title case."""
    if _WITHOUT_WORDS.isdisjoint(lowers):
        return []
    spans = []
    for i in [k for k, word in enumerate(lowers) if word in _WITHOUT_WORDS]:
        token = doc[i]
        if i < 1 or token.is_sent_start or not token.text[:1].isupper() or _title_case(token.sent):
            continue
        start = i
        while start > max(0, i - 3) and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
                and (start == i or not doc[start].is_sent_start):
            start -= 1
        end = i + 1
        while end < min(len(doc), i + 4) and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        if start == i or end == i + 1 or any(lowers[k] in _TITLE_WORDS or lowers[k] in PORTFOLIO_WORDS
                                             for k in range(start, end)):
            continue
        spans.append(DocSpan(doc, start, end, label="ORG"))
    return spans


def _inside_capitalised_run(doc, i: int) -> bool:
    """A capitalised word with another right before or after it: "Polar Dawn" tagged NORP is a name, not the
    demonym a lone "Chinese" would be."""
    return any(0 <= j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].ent_type_ != "DATE"
               for j in (i - 1, i + 1)) and doc[i].ent_type_ != "DATE"


def _person_after_and(doc, ent, lowers: list[str]) -> int | None:
    """Where a person's name starts that NER took into a body's name over an "and" ("director general of the
    Bureau of Export Control of the MOFCOM and Ana Ruiz, deputy director at ..."): two or three capitalised
    words opening with a given name, none a body's, a title's or a portfolio's, ending the entity before a comma,
    a verb or the sentence's end, after a body's name that has its "of" already. None when there is none."""
    if ent.label_ != "ORG" or len(ent) < 5:
        return None
    start = next((i + 1 for i in range(ent.end - 3, ent.end - 5, -1) if lowers[i] in ("and", "&")), None)
    if start is None or "of" not in lowers[ent.start:start - 1] or not is_given_name(lowers[start]):
        return None
    words = doc[start:ent.end]
    if not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in _NOT_GIVEN_NAME_SURNAME_WORDS for t in words):
        return None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text not in (",", ".", ";") and after.pos_ not in ("VERB", "AUX"):
        return None
    return start


def _firm_slot(token) -> bool:
    """ "executives from Siemens", "exports by Vale, Petrobras and Embraer", "Investors sold Airbus, Safran and
    Embraer": a name (or one of names joined by commas and "and") after a preposition of a noun of a firm's staff,
    stock or trade, or the object of a verb of trading stock: a firm's slot, no person's."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # the first of the names listed
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in FIRM_LIST_PREPOSITIONS:
        return head.head.pos_ == "NOUN" and head.head.lower_ in FIRM_LIST_NOUNS
    return token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in STOCK_TRADING_VERBS


def _one_word_firm_in_slot(token) -> bool:
    """A one-word name in a firm's slot that nothing marks as a person's: no given name, no sitting leader's
    surname, nothing the gazetteer knows as a country or a city (whose people or goods these nouns may be)."""
    gaz = gazetteer()
    return _firm_slot(token) and not is_given_name(token.text) and not gaz.is_leader_surname(token.text) \
        and gaz.country(token.text) is None and gaz.city(token.text) is None


def listed_surname_spans(doc, lowers: list[str], ents: tuple) -> list:
    """A one-word name NER left out or typed a place, a body or a group in a list of people's one-word names
    ("Ruto, Museveni and Kagame met", "Suluhu, Museveni and Kagame", "Tinubu, Mahama and Faye"), as a PERSON span:
    when every other name of the list is a person's (NER's PERSON or a sitting leader's surname) and there are two
    of them, or the word is a sitting leader's surname; never a word the gazetteer knows as a country, a city, a
    body or a demonym, nor a title's, body's or portfolio's word. The list opens with a comma after its first name
    and holds one-word names only."""
    if "," not in lowers:
        return []  # (no list opens with a comma)
    one_word = {e.start for e in ents if len(e) == 1}
    people = {e.start for e in ents if e.label_ == "PERSON" and len(e) == 1}
    spans = []
    # (a comma after it, read in `lowers`, before the token is made: most tokens have none)
    for token in (doc[i] for i in range(len(lowers) - 1) if lowers[i + 1] == ","):
        if not _listed_name(doc, token, lowers, one_word):
            continue
        listed = [c for c in token.children if c.dep_ == "conj"]
        listed += [c for first in listed for c in first.children if c.dep_ == "conj"]
        if not listed or not all(_listed_name(doc, c, lowers, one_word) for c in listed) or _firm_slot(token):
            continue  # (not "executives from Siemens, Alstom and Embraer": a list of firms)
        gaz = gazetteer()
        members = [token] + listed
        leaders = {m.i for m in members if gaz.is_leader_surname(m.text)}
        persons = people | leaders
        changed = True
        while changed:  # a name made a person's may make the last one of the list a person's
            changed = False
            for m in members:
                if m.i in persons or gaz.country(m.text) or gaz.city(m.text) or gaz.organization(m.text) \
                        or gaz.is_demonym(m.text):
                    continue
                others = [o for o in members if o is not m]
                if all(o.i in persons for o in others) and (len(others) >= 2 or m.i in leaders):
                    persons = persons | {m.i}
                    changed = True
        spans += [DocSpan(doc, m.i, m.i + 1, label="PERSON") for m in members
                  if m.i in persons and m.i not in people]
    return spans


def _glued_list_words(doc, start: int, end: int, lowers: list[str]) -> list | None:
    """The one-word names of a list NER read as one name ("Suluhu, Ruto" tagged ORG): capitalised name words, each
    alone between commas or an "and", at least one comma; None when the span is no such list.

    The separators are read in `lowers` (the tokens' lower-case forms): a name's Tokens are made only for a list."""
    while end > start and lowers[end - 1] in (",", "and"):
        end -= 1  # "Hassan, Ruto and" tagged as one name
    separators = lowers[start + 1:end:2]
    if end - start < 3 or (end - start) % 2 == 0 or "," not in separators \
            or not all(word in (",", "and") for word in separators):
        return None
    words = [doc[i] for i in range(start, end, 2)]
    if not all(_capitalised_name_word(t.text) and t.is_alpha for t in words):
        return None
    return words


def _name_list_goes_on(ctx, i: int) -> bool:
    """Whether an "and" (or a comma) and a capitalised name word follow at i: the list goes on."""
    lowers = ctx.lowers
    if i < len(lowers) and lowers[i] == ",":
        i += 1
    return i + 1 < len(lowers) and lowers[i] == "and" and _capitalised_name_word(ctx.doc[i + 1].text)


def glued_surname_spans(doc, lowers: list[str], ents: tuple) -> list:
    """ "Suluhu, Ruto and Museveni signed": NER glued the first names of a list of people's one-word names into
    one body's or place's name; each word that is a sitting leader's surname (and nothing the gazetteer knows as
    a country, a city or a body) is a PERSON span, and the glued name gives way to them."""
    gaz = gazetteer()
    spans = []
    for ent in ents:
        words = _glued_list_words(doc, ent.start, ent.end, lowers) if ent.label_ in LISTED_NAME_MISTYPES else None
        if words is None or gaz.organization(ent.text):
            continue
        spans += [DocSpan(doc, t.i, t.i + 1, label="PERSON") for t in words
                  if gaz.is_leader_surname(t.text) and not gaz.country(t.text) and not gaz.city(t.text)
                  and not gaz.organization(t.text) and lowers[t.i] not in _NOT_GIVEN_NAME_SURNAME_WORDS]
    return spans


def paired_leader_spans(doc, lowers: list[str], ents: tuple) -> list:
    """ "Ruto and Museveni met in Kampala": two one-word names joined by "and" that NER left out or typed a group
    or a place, as PERSON spans: each a sitting leader's surname, when the other is one too or NER's PERSON; never a
    word the gazetteer knows as a country, a city, a body or a demonym. Only a pair: a longer list is
    `listed_surname_spans`'."""
    if "and" not in lowers:
        return []  # (most paragraphs' sentences join no two names)
    one_word = {e.start for e in ents if len(e) == 1}
    people = {e.start for e in ents if e.label_ == "PERSON" and len(e) == 1}
    gaz = gazetteer()
    spans = []
    # (the words around it read in `lowers`, before any Token is made)
    for i in [k - 1 for k, word in enumerate(lowers[1:-1], 1) if word == "and"]:
        if (i > 0 and lowers[i - 1] in (",", "and")) \
                or (i + 3 < len(lowers) and lowers[i + 3] in (",", "and")):
            continue
        token = doc[i]
        pair = [token, doc[i + 2]]
        # "Presidents Ruto and Museveni": a leaders' plural title may stand before the pair
        titled = i > 0 and lowers[i - 1].endswith("s") and lowers[i - 1][:-1] in LEADER_TITLES
        if pair[1].head.i != i or pair[1].dep_ != "conj" \
                or not all(_listed_name(doc, t, lowers, one_word, titled) for t in pair):
            continue
        leaders = {t.i for t in pair if gaz.is_leader_surname(t.text) and not gaz.country(t.text)
                   and not gaz.city(t.text) and not gaz.organization(t.text) and not gaz.is_demonym(t.text)}
        if leaders and all(t.i in leaders or t.i in people for t in pair):
            spans += [DocSpan(doc, t.i, t.i + 1, label="PERSON") for t in pair if t.i in leaders and t.i not in people]
    return spans


def _listed_name(doc, token, lowers: list[str], one_word: set[int], titled: bool = False) -> bool:
    """Whether `token` is a one-word name a list of people's names may hold: capitalised, a proper noun, untagged or
    NER's name of that word alone (LISTED_NAME_MISTYPES or PERSON), no title's or body's word, not in a longer
    capitalised run."""
    if token.pos_ != "PROPN" or not _capitalised_name_word(token.text) or lowers[token.i] in _NOT_GIVEN_NAME_SURNAME_WORDS:
        return False
    if token.ent_type_ and (token.i not in one_word or token.ent_type_ not in LISTED_NAME_MISTYPES | {"PERSON"}):
        return False
    if token.i > 0 and doc[token.i - 1].text[:1].isupper() and not token.is_sent_start and not titled:
        return False
    return not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())


def _added_apart(names: list, found) -> list:
    """``names`` and those of ``found`` that overlap none of them (the names found first win)."""
    if not found:
        return names  # (most finders find nothing in most paragraphs)
    return names + [f for f in found if not any(n.start < f.end and f.start < n.end for n in names)]


def _with_honorific_names(doc, lowers: list[str], doc_ents: tuple):
    """The document's entities with honorific names and ship names put in (overlapping NER entities give way)."""
    names, honorifics = honorific_name_spans(doc, lowers)
    if "ma" in lowers:
        names = _added_apart(names, abbreviated_name_spans(doc, lowers))
    for found in (portfolio_title_name_spans(doc, lowers), vessel_name_spans(doc, lowers)):
        names = _added_apart(names, found)
    # in this order: where two finders' names overlap, the earlier one's is kept
    for finder in (titled_name_spans, function_word_name_spans, untagged_body_spans, without_body_spans,
                   listed_surname_spans, glued_surname_spans, paired_leader_spans):
        names = _added_apart(names, finder(doc, lowers, doc_ents))
    taken = {t for span in names for t in range(span.start, span.end)} | honorifics
    # an entity overlapping such a name ("Datuk Seri Azlan Harun") gives way, and so does one that is
    # nothing but an honorific ("Amb" tagged PERSON)
    kept = [e for e in doc_ents if taken.isdisjoint(range(e.start, e.end)) and not _only_honorifics(lowers, e.start, e.end)]
    ents = sorted(kept + names, key=lambda e: e.start)
    # "Vega Shipping Ltd and Orion Trade FZE": NER joined two firms at an "and" after a legal form
    split = []
    for ent in ents:
        cut = next((i for i in range(ent.start + 1, ent.end - 1) if lowers[i] in ("and", "&")
                    and lowers[i - 1] in COMPANY_SUFFIXES and doc[i + 1].text[:1].isupper()), None) \
            if ent.label_ == "ORG" else None
        person = _person_after_and(doc, ent, lowers) if cut is None else None
        if person is not None:
            split += [DocSpan(doc, ent.start, person - 1, label="ORG"), DocSpan(doc, person, ent.end, label="PERSON")]
        elif cut is None:
            split.append(ent)
        else:
            split += [DocSpan(doc, ent.start, cut, label="ORG"), DocSpan(doc, cut + 1, ent.end, label="ORG")]
    ents = split
    # "Prince Abdulaziz | bin Salman Al Saud", "Prince Fahad | bin Turki Al Saud": NER cut a name before the
    # father's name; the name runs on over "bin" and the capitalised words after it
    patronymic = []
    for ent in ents:
        if patronymic and ent.start < patronymic[-1].end:
            continue  # inside a name run on
        end = ent.end
        if ent.label_ == "PERSON" and end + 1 < len(doc) and lowers[end] in PATRONYMIC_PARTICLES \
                and doc[end].is_lower and (names := _name_words(doc, end - 1, len(doc))) and names[-1].i >= end + 1:
            ent = DocSpan(doc, ent.start, names[-1].i + 1, label="PERSON")
        # "Salma bint | Nasser": NER kept only the father's name; the name runs back over "bint" to the given name
        # before it (one capitalised word, no title's word, in no longer name: NER's one word there, often read
        # as a place, gives way)
        if ent.label_ == "PERSON" and ent.start >= 2 and lowers[ent.start - 1] in PATRONYMIC_PARTICLES \
                and doc[ent.start - 1].is_lower and _capitalised_name_word(doc[ent.start - 2].text) \
                and lowers[ent.start - 2] not in _NOT_NAME_WORDS \
                and not (patronymic and patronymic[-1].end > ent.start - 2
                         and (patronymic[-1].start, patronymic[-1].end) != (ent.start - 2, ent.start - 1)):
            if patronymic and patronymic[-1].end > ent.start - 2:
                patronymic.pop()
            ent = DocSpan(doc, ent.start - 2, ent.end, label="PERSON")
        patronymic.append(ent)
    ents = patronymic
    # "Ministry of Commerce, Industry and | Tourism": NER split one name at its last "and"
    joined = []
    for ent in ents:
        if joined and ent.start == joined[-1].end and joined[-1].label_ == "ORG" and lowers[joined[-1].end - 1] in ("and", "&") \
                and ent.label_ != "PERSON" \
                and not _one_word_names_listed(doc, joined[-1].start, joined[-1].end - 1):
            # (not "... Control of the MOFCOM and | Denis Redonnet": the next person; not "Bayer, Henkel and |
            # Beiersdorf": a list of names, each one word, no body's name of its portfolios)
            joined[-1] = DocSpan(doc, joined[-1].start, ent.end, label="ORG")
        else:
            joined.append(_without_rank_word(doc, _with_last_portfolio(doc, _with_portfolio_list(doc, ent, lowers), lowers),
                                             lowers))
    return joined


def _with_portfolio_list(doc, ent, lowers: list[str]):
    """ "Ministry of Energy | , Mines and Petroleum": NER stopped a body's name at the comma of its list of
    portfolios; the list runs on, when every word of it is a portfolio's, up to the one after its "and"."""
    end = ent.end
    if ent.label_ != "ORG" or end + 3 >= len(doc) or lowers[end] != "," or lowers[end - 1] not in PORTFOLIO_WORDS:
        return ent
    first = lowers[ent.start + 1] if lowers[ent.start] == "the" and len(ent) > 1 else lowers[ent.start]
    if first not in ORGANIZATION_HEAD_WORDS or "of" not in lowers[ent.start:end]:
        return ent
    i, seen_and = end, False
    while i < len(doc) and i - end <= 12:
        if lowers[i] in (",", "and", "&") and not seen_and:
            seen_and = lowers[i] != ","
            i += 1
        elif doc[i].text[:1].isupper() and lowers[i] in PORTFOLIO_WORDS:
            i += 1
        else:
            break
        if seen_and and lowers[i - 1] in PORTFOLIO_WORDS and (i >= len(doc) or not (
                doc[i].text[:1].isupper() and lowers[i] in PORTFOLIO_WORDS)):
            return DocSpan(doc, ent.start, i, label="ORG")
    return ent


def _one_word_names_listed(doc, start: int, end: int) -> bool:
    """Whether tokens `start`..`end` are capitalised words one by one between commas ("Bayer, Henkel"), none a
    portfolio's or a body's word ("Trade, Industry")."""
    tokens = [doc[i] for i in range(start, end)]
    return len(tokens) >= 3 and all(t.text == "," if k % 2 else (t.is_alpha and t.text[:1].isupper()
                                                                  and t.lower_ not in PORTFOLIO_WORDS
                                                                  and t.lower_ not in ORGANIZATION_HEAD_WORDS)
                                    for k, t in enumerate(tokens)) and len(tokens) % 2 == 1


# Rank words that open a post ("Executive Secretary", "Deputy Secretary-General"): NER takes them into the body's
# name before the post ("Southern African Development Community Executive | Secretary")
_RANK_WORDS = frozenset({"executive", "deputy", "vice", "assistant", "acting", "senior", "chief", "principal",
                         "permanent"})


def _without_rank_word(doc, ent, lowers: list[str]):
    """A body's name without the rank words at its end that open the post after it."""
    end = ent.end
    while ent.label_ == "ORG" and end - ent.start > 1 and end < len(doc) and lowers[end - 1] in _RANK_WORDS \
            and (lowers[end] in TITLE_HEAD_WORDS or lowers[end] in _RANK_WORDS):
        end -= 1
    return ent if end == ent.end else DocSpan(doc, ent.start, end, label="ORG")


def _only_honorifics(lowers: list[str], start: int, end: int) -> bool:
    """Whether tokens `start` to `end` are all honorific words or full stops ("Amb", "Dr ."), from their
    lower-case forms."""
    for word in lowers[start:end]:
        if word != "." and _honorific_lower(word) not in _HONORIFIC_WORDS:
            return False
    return True


def _with_last_portfolio(doc, ent, lowers: list[str]):
    """ "Ministry of Fisheries, Forests, Water | and Agro-Processing Affairs": NER stopped a body's list
    of portfolios before its last one; the capitalised words after "and" belong to it (also when NER took the
    "and" in: "Ministry of Commerce, Industry and | Tourism")."""
    end = ent.end
    if ent.label_ != "ORG" or end >= len(doc):
        return ent
    if lowers[end - 1] in ("and", "&"):
        after = end
    elif end + 1 < len(doc) and lowers[end] in ("and", "&"):
        after = end + 1
    else:
        return ent
    first = lowers[ent.start + 1] if lowers[ent.start] == "the" and len(ent) > 1 else lowers[ent.start]
    if first not in ORGANIZATION_HEAD_WORDS or "," not in lowers[ent.start:end]:
        return ent
    i = after
    while i < len(doc) and i - end <= 6 and (
            (doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].ent_type_ in ("", "ORG"))
            or (doc[i].text == "-" and doc[i - 1].whitespace_ == "" and doc[i].whitespace_ == "")
            or (doc[i].is_alpha and doc[i - 1].text == "-" and doc[i - 1].whitespace_ == "")):  # "Agro-Processing"
        i += 1
    while i > after and not doc[i - 1].is_alpha:
        i -= 1
    if doc[after].ent_type_ == "PERSON" or (is_given_name(lowers[after]) and lowers[after] not in PORTFOLIO_WORDS):
        return ent  # "Control of the MOFCOM | and Denis Redonnet, ...": the next person named, no portfolio
    return DocSpan(doc, ent.start, i, label="ORG") if i > after else ent


_TITLE_WORDS = TITLE_HEAD_WORDS | TITLE_MODIFIER_WORDS


def _strip_person_prefix(ent, lowers: list[str]):
    """NER sometimes takes the title, a role noun or an honorific into the name ("President Xi Jinping", "Farmer
    Ana Lupu"): leave it out."""
    start = ent.start
    while start < ent.end - 1:
        if lowers[start] in _TITLE_WORDS or lowers[start] in PERSON_TRADE_NOUNS:
            start += 1
            continue
        taken = honorific_at(ent.doc, start, ent.end, lowers)
        if not taken:
            break
        start += taken
    return ent.doc[start:ent.end] if start != ent.start else ent


def _opens_a_role(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether one word opening its sentence is followed by a lower-case role noun or title word that a name
    follows ("Rice grower Ana Lupu", "Soy farmer Ion Bondar"): what the role is of, capitalised only because
    it opens the sentence."""
    i, end, lowers = m.start_token, m.end_token, ctx.lowers
    token = ctx.doc[i]
    return end == i + 1 and token.is_sent_start and end + 1 < len(lowers) and ctx.doc[end].is_lower \
        and (lowers[end] in PERSON_ROLE_NOUNS or lowers[end] in TITLE_HEAD_WORDS) \
        and _capitalised_name_word(ctx.doc[end + 1].text) and token.head.i > i


_SAYING_ON_WORDS = REPORTING_VERBS | {"post", "write", "tweet", "share", "publish", "comment", "message",
                                      "statement", "video", "account", "page", "broadcast", "remark"}


def _said_on(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name is what something is said or posted on: "said on LinkedIn", "a post on Weibo"."""
    root = ctx.root(m.start_token, m.end_token)
    return root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.lemma_.lower() in _SAYING_ON_WORDS


def _works_at(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name is where a person's post is held: "an analyst at Fitch", "an economist with Rystad"."""
    root = ctx.root(m.start_token, m.end_token)
    post = root.head.head
    # a building is where something happens, not a post: "for the Lao premier at the Presidential Palace"
    return root.dep_ == "pobj" and root.head.lower_ in ("at", "with") and post.is_lower \
        and (post.lower_ in TITLE_HEAD_WORDS or post.lower_ in PERSON_ROLE_NOUNS) \
        and VENUE_WORDS.isdisjoint(normalize_name(m.text).split()[-1:])


def _possessive_subject(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name is followed by "'s" and yet is the subject of a verb ("Moody's cut Ghana's rating",
    "Moody's said"): no owner's "'s" but the last of the name itself."""
    doc, lowers = ctx.doc, ctx.lowers
    i = m.end_token - 1 if lowers[m.end_token - 1] in ("'s", "\u2019s") else m.end_token
    if i >= len(lowers) or lowers[i] not in ("'s", "\u2019s") or i + 1 >= len(doc) or i == m.start_token:
        return False
    name = doc[i - 1]
    return name.dep_ in ("nsubj", "nsubjpass") and name.head.i == i + 1 and doc[i + 1].pos_ in ("VERB", "AUX")


def _role_noun_before_given_name(ent, lowers: list[str]) -> bool:
    """Whether a name opens with a role noun only people have ("Farmer", "Teacher") and runs on with a given name
    and one or two more capitalised name words, none a body's or a title's."""
    words = ent.doc[ent.start + 1:ent.end]
    return lowers[ent.start] in PERSON_TRADE_NOUNS and 2 <= len(words) <= 3 and is_given_name(words[0].text) \
        and all(_capitalised_name_word(t.text) and t.lower_ not in _OWNED_PERSON_NOT_WORDS for t in words)


def country_named_before(text: str, start: int, gaz):
    """The country (a gazetteer record) named as owner right before offset `start` of `text` ("South Korea's ",
    "When Ghana's ": the capitalised words may take in a sentence's first word, so shorter tails are tried too)."""
    owner = OWNER_BEFORE.search(text, max(0, start - 40), start)
    words = owner.group(1).split() if owner else []
    return next((r for k in range(len(words)) if (r := gaz.country(" ".join(words[k:])))), None)


def is_venue_name(label: str, gaz) -> bool:
    """Whether a place's name is a venue's: it ends in a venue word ("the Grand Hotel", "Lancaster House") and is no
    city or country the gazetteer knows."""
    words = normalize_name(label).split()
    return bool(words) and words[-1] in VENUE_WORDS and gaz.city(label) is None and gaz.country(label) is None


def city_written_after(ctx: ParagraphContext, i: int, gaz):
    """The city (a gazetteer record) written right after a name that ends before token `i`, after a comma or "in":
    "Seri Perdana in Putrajaya", "Lancaster House, London", "the Grand Hotel in Stockholm"; the longest run of up to
    three capitalised words the gazetteer knows as a city. None when there is none."""
    lowers, text = ctx.lowers, ctx.text
    if i + 1 >= len(lowers) or lowers[i] not in (",", "in"):
        return None
    end = i + 1
    while end < min(i + 4, len(lowers)) and text[ctx.starts[end]:ctx.starts[end] + 1].isupper():
        end += 1
    return next((c for j in range(end, i + 1, -1) if (c := gaz.city(ctx.span_text(i + 1, j)))), None)


def collect_mentions(ctx: ParagraphContext) -> None:
    lowers = ctx.lowers
    for ent in _gathering_names_split(ctx, _with_honorific_names(ctx.doc, lowers, ctx.ents)):
        label = ent.label_
        if label in ("ORG", "CARDINAL"):
            group = _numbered_group(ctx, ent)
            if group is not None:
                ent, label = group, "ORG"  # "Group | of | 20": one name, the G20
        if label == "DATE" and _place_read_as_date(ctx, ent):
            label = "GPE"  # "resumed talks in Montevideo on Thursday": the small model took the city for a date
        elif label in _CITY_MISTYPES and _big_city_after_preposition(ctx, ent):
            label = "GPE"  # "arrived in Asuncion" read as a group's name, "summit in Montevideo" as a product's
        elif label in NER_LABELS_IGNORED:
            continue
        if label == "ORG" and _role_noun_before_given_name(ent, lowers):
            # "Farmer Ana Lupu said": NER read the capitalised role noun and the name after it as a body
            ent, label = ent.doc[ent.start + 1:ent.end], "PERSON"
        if label == "PERSON" and ent.start > 0 and lowers[ent.start - 1] in _PORTFOLIO_OPENERS | _PORTFOLIO_JOINS \
                and all(lowers[i] in PORTFOLIO_WORDS for i in range(ent.start, ent.end)):
            continue  # "The Minister without Portfolio, Ana Ruiz,": the title's portfolio, no person
        if label == "PERSON" and ent.start > 0 and ent.end - ent.start >= 2 and lowers[ent.start] in _PORTFOLIO_OPENERS \
                and lowers[ent.start - 1] in TITLE_HEAD_WORDS \
                and all(lowers[i] in PORTFOLIO_WORDS for i in range(ent.start + 1, ent.end)):
            continue  # "named her Minister Without Portfolio": NER took the capitalised opener and portfolio for a name
        if label == "PERSON":
            ent = _strip_person_prefix(ent, lowers)
            if _first_given_name_before(ctx, ent):
                ent = DocSpan(ctx.doc, ent.start - 1, ent.end, label=label)  # "María | Jesús Montero"
        if _hyphened_ending(ctx, ent.end):
            ent = DocSpan(ctx.doc, ent.start, ent.end + 2, label=label)  # "Hpa | -an", "Choi Sang | -mok": one name
        surface = ctx.span_text(ent.start, ent.end)
        text = clean_surface(surface)
        if not text or not any(c.isalpha() for c in text):
            continue
        # clean_surface may drop a leading "the": keep offsets on the name itself
        start_char = ent.start_char + surface.find(text) if text in surface else ent.start_char
        ctx.mentions.append(Mention(text, label, ent.start, ent.end,
                                    ctx.span(start_char, start_char + len(text))))


def _gathering_names_split(ctx: ParagraphContext, ents):
    """The entities, with a name NER gave a body or a place that holds a word of GATHERING_ONLY_NAME_WORDS ("the
    NATO Summit", "the Mercosur Summit in Asuncion", "the Summit of the Americas") put apart: it is the gathering's
    name, which the event rules read from the word itself. What stays of it: a body the gazetteer knows named before
    the word ("NATO"), and a city or country it knows after the word's "in" ("Asuncion")."""
    lowers, doc = ctx.lowers, ctx.doc
    gaz = gazetteer()
    for ent in ents:
        # the word ends the name or opens its complement ("Summit of the Americas"), not "Summit Bank" or "the
        # Summit Declaration": a firm's or a document's name
        word = next((k for k in range(ent.start, ent.end) if lowers[k] in GATHERING_ONLY_NAME_WORDS
                     and doc[k].text[:1].isupper() and (k + 1 == ent.end or lowers[k + 1] in _GATHERING_COMPLEMENTS)),
                    None) if ent.label_ in _GATHERING_NAME_MISTYPES else None
        if word is None or gaz.organization(ctx.span_text(ent.start, ent.end)) is not None or _reports(ctx, ent):
            yield ent  # (a name that says something is a body's: "the Philadelphia Yearly Meeting said")
            continue
        start = ent.start + (lowers[ent.start] == "the")
        before = ctx.span_text(start, word)
        if start < word and (gaz.organization(before) is not None or word == start + 1 and _GROUP_ACRONYM.fullmatch(
                before) and before not in TERM_ACRONYMS and gaz.country(before) is None and gaz.city(before) is None):
            yield DocSpan(doc, start, word, label="ORG")  # "the NATO Summit", "the BRICS Summit": NATO, BRICS
        if word + 2 < ent.end and lowers[word + 1] == "in":
            place = ctx.span_text(word + 2, ent.end)
            if gaz.city(place) is not None or gaz.country(place) is not None:
                yield DocSpan(doc, word + 2, ent.end, label="GPE")


# a group's acronym before a gathering's word, known to no table: "BRICS", "G20" (not "AI", "COP28": terms, events)
_GROUP_ACRONYM = re.compile(r"[A-Z]{2,8}|G-?\d{1,2}")
def _reports(ctx: ParagraphContext, name) -> bool:
    """Whether a name (NER's span or a Mention) is the subject of a verb of saying ("X said", "X announced")."""
    root = ctx.root(name.start_token, name.end_token) if isinstance(name, Mention) else ctx.root(name.start, name.end)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in REPORTING_VERBS


_LIST_NAME = re.compile(r"(?:^| )lists?$|^list of ")
_GATHERING_COMPLEMENTS = frozenset({"in", "of", "on", "for", "at"})
_GATHERING_NAME_MISTYPES = frozenset({"ORG", "FAC", "LOC", "GPE", "NORP", "PERSON", "WORK_OF_ART", "EVENT"})


def _spells(acronym: str, name: str) -> bool:
    """Whether an acronym ("OFAC", "GoR") is the initials of a name's last capitalised words ("US International Trade
    Commission" -> "ITC"), or of all its words with the small ones ("Ministry of Commerce" -> "MOC")."""
    letters = acronym.replace(".", "")
    if not 2 <= len(letters) <= 8 or not letters.isalpha() or sum(c.isupper() for c in letters) < 2:
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    capitals = "".join(w[0] for w in words if w[0].isupper()).upper()
    every = "".join(w[0] for w in words).upper()
    return capitals.endswith(letters.upper()) or every.endswith(letters.upper())


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our", "his", "her", "my", "your"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)")


def _cut_before_a_plan(m: Mention, ctx: ParagraphContext) -> bool:
    """ "Belt" of "Belt and Road Initiative": a name right before "and" and a capitalised run that ends in a plan's
    word."""
    i = m.end_token
    lowers = ctx.lowers
    if i + 1 >= len(lowers) or lowers[i] not in ("and", "&") or not ctx.doc[i + 1].text[:1].isupper():
        return False
    k = i + 1
    while k < min(len(lowers), i + 5) and ctx.doc[k].text[:1].isupper():
        if lowers[k] in PLAN_NAME_ENDINGS:
            return True
        k += 1
    return False


def _compass_place(words: list[str], gaz) -> bool:
    """ "Central Asia", "Southern Africa", "East Asia": a compass word and a continent or region the gazetteer
    knows, or a continent alone."""
    if words and words[0].lower() in COMPASS_WORDS:
        words = words[1:]
    name = " ".join(words)
    return bool(name) and (name.lower() in CONTINENT_NAMES or gaz.country(name) is not None
                           or bool(gaz.region_countries(name)))


def _group_number(label: str) -> int | None:
    """The number of a "Group of 20" / "Group of Twenty" ("the" before it or not), else None."""
    found = re.fullmatch(r"(?:[Tt]he\s+)?Group\s+of\s+(?:the\s+)?(\w+(?:-\w+)?)", label.strip())
    if found is None:
        return None
    word = found.group(1)
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


_GOODS_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,7}s?")  # "PVDF", "PTFEs" (compiled once: asked of every name)


def _goods_acronym(m: Mention, ctx: ParagraphContext) -> bool:
    """ "anti-dumping duties on PVDF", "imports of HFCs from Ruritania": an acronym (a plural one too) right after a
    noun of GOODS_FLOW_NOUNS and "on"/"of", or listed after such an acronym ("on PVDF and PTFE")."""
    if not _GOODS_ACRONYM.fullmatch(m.text):
        return False
    i = m.start_token - 1
    lowers = ctx.lowers
    while i >= 2 and lowers[i] in (",", "and", "or") and _GOODS_ACRONYM.fullmatch(ctx.doc[i - 1].text):
        i -= 2  # "duties on PVDF, PTFE and PFA"
    return i >= 1 and lowers[i] in ("on", "of") and lowers[i - 1] in GOODS_FLOW_NOUNS


def _photo_credit(m: Mention, ctx: ParagraphContext) -> bool:
    """ "(Xinhua/Ana Ruiz)", "(AFP/Getty Images)": a picture's credit in brackets, a news agency and its photographer
    or another agency after a slash; names no one who takes part in the story."""
    lowers = ctx.lowers
    slash = next((i for i in range(m.start_token + 1, m.end_token - 1) if lowers[i] == "/"), None)
    return slash is not None and m.start_token > 0 and lowers[m.start_token - 1] == "(" \
        and m.end_token < len(lowers) and lowers[m.end_token] == ")" \
        and normalize_name(ctx.span_text(m.start_token, slash)) in NEWS_AGENCIES


def _hosted_body(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether `m` ends in a body's acronym right before an event's word ("[Lima] G20 summit", "NATO meeting"):
    the group meeting, which a host place before it is no part of."""
    return m.end_token < len(ctx.lowers) and EVENT_TRIGGERS.get(ctx.lowers[m.end_token]) is not None \
        and _BODY_ACRONYM.fullmatch(ctx.span_text(m.end_token - 1, m.end_token)) is not None


def _numbered_group(ctx: ParagraphContext, ent):
    """The whole "Group of 20" when `ent` is NER's "Group" or "Group of" before the number, or the number
    after an untagged "Group of"; else None."""
    lowers, doc = ctx.lowers, ctx.doc
    n = len(NUMBERED_GROUP_WORDS)
    if ent.label_ == "CARDINAL":
        start = ent.start - n
        if ent.end - ent.start == 1 and start >= 0 and tuple(lowers[start:ent.start]) == NUMBERED_GROUP_WORDS \
                and doc[start].text[0].isupper() and all(doc[i].ent_iob_ == "O" for i in range(start, ent.start)):
            return DocSpan(doc, start, ent.end, label="ORG")
        return None
    for k in range(1, n + 1):  # "Group" then "of 20", or "Group of" then "20"
        if tuple(lowers[ent.end - k:ent.end]) == NUMBERED_GROUP_WORDS[:k] and ent.end - k == ent.start \
                and ent.end + n - k < len(lowers) and tuple(lowers[ent.end:ent.end + n - k]) == NUMBERED_GROUP_WORDS[k:] \
                and doc[ent.end + n - k].like_num:
            return DocSpan(doc, ent.start, ent.end + n - k + 1, label="ORG")
    return None


def _first_given_name_before(ctx: ParagraphContext, ent) -> bool:
    """Whether a PERSON name opening with a given name ("Jesús Montero") has, right before it after one space, a
    capitalised proper noun NER left out that stands alone (at a sentence's start, or after a lower-case word or
    punctuation) and is no title, body, place or demonym: the first of a compound given name ("María Jesús
    Montero", "Ana Belén Ortega")."""
    i = ent.start - 1
    lowers, doc = ctx.lowers, ctx.doc
    if i < 0 or ctx.starts[ent.start] != ctx.ends[i] + 1 or not is_given_name(lowers[ent.start]) \
            or lowers[i] in _NOT_GIVEN_NAME_SURNAME_WORDS or _honorific_lower(lowers[i]) in _HONORIFIC_FIRST_WORDS \
            or lowers[i] in PERSON_ROLE_NOUNS:  # "Actor Jude Law": a role, capitalised opening the sentence
        return False
    token = doc[i]
    if token.ent_iob_ != "O" or token.pos_ != "PROPN" or not token.is_alpha or not token.text.istitle():
        return False
    if i > 0 and not token.is_sent_start and doc[i - 1].text[:1].isupper():
        return False  # "Banco Jesús ...", "Santa Maria": a longer capitalised run
    if i > 1 and lowers[i - 1] == "of" and lowers[i - 2] in TITLE_HEAD_WORDS:
        return False  # "Chief of Staff Susie Wiles", "Head of Sales Ana Ruiz": what the post covers
    gaz = gazetteer()
    word = token.text
    return not (gaz.country(word) or gaz.city(word) or gaz.is_demonym(word) or gaz.organization(word))


def _hyphened_ending(ctx: ParagraphContext, end: int) -> bool:
    """Whether a name ending before token `end` goes on past a hyphen with no space on either side into a short
    lower-case word that is no participle or adjective ("Hpa-an", "Pa-an", "Sang-mok"; not "Lima-based",
    "Xi-led", "EU-wide"), and no further hyphen: NER cut the name at its hyphen."""
    lowers, starts, ends = ctx.lowers, ctx.starts, ctx.ends
    if end + 1 >= len(lowers) or lowers[end] != "-" or starts[end] != ends[end - 1] or ends[end] != starts[end + 1] \
            or lowers[end + 1] in _NOT_NAME_ENDINGS:
        return False
    if end + 2 < len(lowers) and starts[end + 2] == ends[end + 1] and lowers[end + 2] not in ("'s", "\u2019s"):
        return False  # "Hpa-an-based": read no further
    return _hyphened_syllable(ctx.doc[end + 1])


def _us_state_post(m: Mention, ctx: ParagraphContext) -> bool:
    """ "Georgia Governor X", "the Georgia governor", "Georgia's senator", "Gov. X of Georgia", "Democrat X of
    Georgia": a US state's post (or a US party's member) beside the name makes it the state, not a country or a
    city of that name."""
    if normalize_name(m.text) not in US_STATE_NAMES:
        return False
    lowers, i = ctx.lowers, m.end_token
    if i < len(lowers) and lowers[i] in ("'s", "\u2019s"):
        i += 1
    if i < len(lowers) and lowers[i] in US_STATE_POST_WORDS:
        return True
    start = m.start_token
    if start < 1 or lowers[start - 1] != "of" or i != m.end_token:
        return False  # (not "governor of Georgia's central bank": the post is the bank's)
    # the post, then only the holder's name before "of" ("Gov. Brian Kemp of Georgia", "the governor of Georgia");
    # not "the governor of the central bank of Georgia"
    post = next((k for k in range(start - 2, max(-1, start - 7), -1)
                 if lowers[k] in US_STATE_POST_WORDS or lowers[k] in US_STATE_MEMBER_WORDS), None)
    return post is not None and all(ctx.doc[k].text[:1].isupper() for k in range(post + 1, start - 1))


def _place_read_as_date(ctx: ParagraphContext, ent) -> bool:
    """A DATE entity that is only a city's or a country's name, capitalised, with no digit (no month or weekday
    is one: checked in tests/test_places.py)."""
    text = ctx.span_text(ent.start, ent.end)
    if any(c.isdigit() for c in text) or not all(w[:1].isupper() for w in text.split()):
        return False
    gaz = gazetteer()
    return gaz.city(text) is not None or gaz.country(text) is not None


# NER's labels a big city's name right after "in", "at" or "to" gets that are no place's
_CITY_MISTYPES = frozenset({"NORP", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT"})


def _big_city_after_preposition(ctx: ParagraphContext, ent) -> bool:
    """Whether an entity is only the name of a city the gazetteer knows with CITY_MIN_POPULATION people or more (no
    country's name, no demonym), right after a preposition of place: the name stands where a place does, and a big
    city's name is no group's, work's or product's there ("Casablanca" the film is not "in Casablanca")."""
    if ent.start == 0 or ctx.lowers[ent.start - 1] not in VENUE_PREPOSITIONS:
        return False
    text = ctx.span_text(ent.start, ent.end)
    if not all(w[:1].isupper() for w in text.split()):
        return False
    gaz = gazetteer()
    city = gaz.city(text)
    return city is not None and gaz.population(city) >= CITY_MIN_POPULATION and gaz.country(text) is None \
        and not gaz.is_demonym(text)


# unions the mention rules test every name against, made once
_BODY_NAME_WORDS = ORGANIZATION_HEAD_WORDS | COMPANY_SUFFIXES | MISSION_BODY_WORDS
_PLACE_HEAD_WORDS = VENUE_ONLY_WORDS | VENUE_HEADS
_NOT_GIVEN_NAME_SURNAME_WORDS = _NOT_NAME_WORDS | TITLE_MODIFIER_WORDS | PORTFOLIO_WORDS | NOT_SURNAME_WORDS | LEGISLATURE_WORDS \
    | _PLURAL_TITLE_WORDS
_BODY_OR_TITLE_WORDS = ORGANIZATION_HEAD_WORDS | TITLE_HEAD_WORDS | TITLE_MODIFIER_WORDS
_TITLE_WORDS_ALL = TITLE_HEAD_WORDS | TITLE_MODIFIER_WORDS
# verbs whose subject is a person or a group of people, never a place: "Yemen's Houthis claimed the attack"
_GROUP_AGENT_VERBS = REPORTING_VERBS | {"claim", "deny", "threaten", "vow", "warn", "reject", "accuse", "pledge",
                                        "refuse", "demand", "insist", "condemn"}

class ArticleEntities:
    """Decides, for the whole article, which kind each name is and which node it belongs to."""

    def __init__(self, collector: Collector, gaz) -> None:
        self.collector = collector
        self.gaz = gaz
        self.person_names: set[str] = set()
        self.firm_names: set[str] = set()  # names the article calls a firm somewhere ("X, a consultancy,")
        self.company_short_names: dict[str, str] = {}  # "orion trade" -> "Orion Trade Ltd"
        self.company_first_words: dict[str, str] = {}  # "cisco" -> "Cisco Systems Inc."
        self.full_person_names: dict[str, str] = {}  # normalized token -> full name
        self._person_positions: list[tuple[int, str]] = []
        self._paragraph_starts: list[int] = []
        self.places = QualifiedPlaces(gaz)  # "Paris, Texas" is not the Paris the name alone is
        self._unowned_bodies: dict[str, set[str]] = {}  # head word -> bodies named with no owner before them
        self._long_forms: dict[str, str] = {}  # "bob ferris" -> "robert ferris" (normalized)
        self._shared_family_names: set[str] = set()  # "al thani", "smith" when two full names of the article end in it
        self._person_labels: dict[str, str] = {}  # normalized person name -> as the article writes it
        self.shared_abbreviations: set[str] = set()  # abbreviations of SHARED_ABBREVIATIONS that name no body here
        self.venue_cities: dict = {}  # a venue's place key -> the city (gazetteer record) written right after it
        self._names_acting_as_bodies: set[str] = set()  # ORG names the article shows acting, owning or taken up by "it"
        self._names_ending_in_s: set[str] = set()  # "moody": a body whose name ends in "'s" ("Moody's cut ...")
        self._people_named_like_cities: set[str] = set()  # "florence" when "Florence said she ..." (no city here)
        self._us_states: set[str] = set()  # "georgia" when "Georgia Governor X" shows the article's Georgia is the state
        self._particle_tails: set[str] = set()  # "von der leyen" when the article names "Ursula von der Leyen"
        self._contexts: list[ParagraphContext] = []  # the article's paragraphs, once learnt
        self._defined_acronyms: dict[str, tuple] = {}  # "ITC" -> the (mention, context) of the name it was set after

    def learn(self, contexts: list[ParagraphContext]) -> None:
        """First pass: every name ever tagged PERSON (and not a known country or organization) is a person."""
        fulls: dict[str, set[str]] = {}
        self._contexts = contexts
        self._paragraph_starts = sorted(ctx.offset for ctx in contexts)
        for ctx in contexts:
            ctx.mentions[:] = [part for m in ctx.mentions for part in self._split_posting(m, ctx)]
        self._learn_firms(contexts)
        for ctx in contexts:
            ctx.mentions[:] = [part for listed in ctx.mentions for m in _split_list(listed, ctx)
                               for piece in self._split_credits(m, ctx)
                               for placed in self._split_located(piece, ctx)
                               for split in self._split_places(placed, ctx)
                               for paired in self._split_pair(split, ctx)
                               for hosted in self._split_host_place(paired, ctx)
                               for part in self._split_owner(hosted, ctx)]
            ctx.mentions[:] = self._join_demonym_halves(ctx)
            ctx.mentions[:] = self._join_split_names(ctx)
            ctx.mentions[:] = self._join_unknown_pairs(ctx)
            ctx.mentions[:] = self._join_firm_endings(ctx)
            ctx.mentions[:] = self._join_body_of(ctx)
            ctx.mentions[:] = [self._body_of_members_run_on(m, ctx) for m in ctx.mentions]
            ctx.mentions[:] = [self._given_name_before_surname(m, ctx) for m in ctx.mentions]
            ctx.mentions[:] = [part for m in ctx.mentions for part in self._split_acronym_before_name(m, ctx)]
            ctx.mentions[:] = [part for m in ctx.mentions for part in self._split_chamber_before_name(m, ctx)]
            ctx.mentions[:] = [part for m in ctx.mentions for part in self._split_country_before_name(m, ctx)]
            ctx.mentions[:] = [part for m in ctx.mentions for part in self._split_verbs_of_owner(m, ctx)]
            ctx.mentions[:] = [self._person_after_portfolio(m, ctx) for m in ctx.mentions]
            ctx.mentions[:] = [part for m in ctx.mentions for part in self._region_read_as_person(m, ctx)]
            taken = {i for m in ctx.mentions for i in range(m.start_token, m.end_token)}
            ctx.mentions[:] = [self._given_name_left_out(m, ctx, taken) for m in ctx.mentions]
            ctx.mentions[:] = [self._last_name_left_out(m, ctx, taken) for m in ctx.mentions]
            self._dateline_left_in(ctx)
            for m in ctx.mentions:
                words = m.text.split()
                # "Greek shipowner Andreas Kostis" read as a nationality, "Port chief Andreas Kostis" as a place
                if (m.ner == "NORP" or (m.ner in ("GPE", "LOC") and _person_before(m, ctx))) \
                        and 2 <= len(words) <= 3 and is_given_name(words[0]) and _looks_like_name(m.text) \
                        and not self.gaz.country(m.text) and not self.gaz.city(m.text) \
                        and not self.gaz.is_demonym(words[-1]):
                    m.ner = "PERSON"
                if m.ner in ("ORG", "GPE", "LOC", "FAC", "NORP") and len(words) > 1 and self.gaz.leader(m.text) \
                        and not self.gaz.organization(m.text) and not self.gaz.country(m.text) \
                        and not self.gaz.city(m.text):
                    m.ner = "PERSON"  # "Nigeria's Bola Tinubu said": a sitting leader's full name, read as a body or a place
                if self._given_name_read_as_body(m, ctx) or self._owned_person_read_as_body(m, ctx) \
                        or self._surname_taken_up_by_person_pronoun(m, ctx) or self._country_post_beside(m, ctx):
                    m.ner = "PERSON"
                elif (m.ner == "PERSON" and len(m.text.split()) > 1
                      and normalize_name(m.text).split()[-1] in BODY_ONLY_HEAD_WORDS) \
                        or (m.ner == "FAC" and not FIRM_HEAD_WORDS.isdisjoint(normalize_name(m.text).split()[-1:])):
                    m.ner = "ORG"  # "the Bac Ninh People's Committee" read as a name, "Chambroad Petrochemicals" as a building
                elif m.ner == "PERSON" and 2 <= len(words) <= 3 and not is_given_name(words[0]) \
                        and (normalize_name(words[-1]) in FIRM_NAME_ENDINGS or self.gaz.organization(words[0])) \
                        and self.gaz.leader(m.text) is None and not _person_before(m, ctx):
                    # "Halvorsen Marine declined to comment", "Petronas Dagangan said": a business word last or a
                    # known firm's name first, and no given name: a firm (its unit), no person
                    m.ner = "ORG"
                elif m.ner in ("PERSON", "GPE", "LOC", "NORP") \
                        and not ARMED_GROUP_WORDS.isdisjoint(normalize_name(m.text).split()):
                    m.ner = "ORG"  # "Iraq's Kataib Hezbollah", "the Hezbollah Brigades": an armed group's name
                elif m.ner == "PERSON" and self._the_name_listed_with_a_body(m, ctx):
                    m.ner = "ORG"  # "the Tan Thanh and the Daily Star reported": a paper listed with one, no person
                elif m.ner in ("PERSON", "GPE", "LOC", "NORP") and normalize_name(m.text) in NEWS_AGENCIES:
                    m.ner = "ORG"  # "Yonhap reported", "according to Xinhua": a news agency, no person or place
                elif m.ner in ("PERSON", "GPE", "LOC", "NORP") and normalize_name(m.text) in RATING_AGENCIES \
                        and not _person_before(m, ctx):
                    m.ner = "ORG"  # "Fitch's rating of Ghana": a rating agency, no person (unless "Mr Fitch")
                elif m.ner == "PERSON" and _commodity_firm(m.text):
                    m.ner = "ORG"  # "Mumias Sugar said it would cut output": a producer named for its product
                elif m.ner in ("PERSON", "GPE", "LOC") and len(words) == 1 and not is_given_name(m.text) \
                        and not self.gaz.is_leader_surname(m.text) and not self.gaz.country(m.text) \
                        and not self.gaz.city(m.text) and not self.gaz.region_countries(m.text) \
                        and self._among_bodies(m, ctx):
                    # "Airbus, Boeing and Embraer", "Boeing, Airbus and Comac": a name in a list of bodies is one
                    # too, neither a person nor a place the gazetteer does not know
                    m.ner = "ORG"
                elif m.ner in ("GPE", "LOC") and len(words) == 1 and not self.gaz.country(m.text) \
                        and not self.gaz.city(m.text) and not self.gaz.region_countries(m.text) \
                        and normalize_name(m.text) not in self.firm_names \
                        and _listed_with_a_body(m, ctx) and not _shown_as_place(m, ctx, self.gaz):
                    # "Bosses at Unilever, Nestle and ...": a name listed beside a body, no place the gazetteer knows
                    # and no place's word around it, is no place for sure
                    m.ner = "UNTYPED"
                elif self._name_after_a_lower_case_post(m, ctx):
                    # "Chief financial officer Yoichiro Furuse quit": a name right after a post written in lower case
                    # is its holder's, no body's; a person's when a word of it is a given or family name we know
                    m.ner = "PERSON" if is_given_name(words[0]) or normalize_name(words[-1]) in CENSUS_FAMILY_NAMES \
                        else "UNTYPED"
                elif self._owned_name_of_a_family(m, ctx):
                    # "Japan's Kenji Sato will attend": two name words after a country's possessive, the last a
                    # family name, nothing of a body's: a person's more likely than a body's, and not sure
                    m.ner = "UNTYPED"
                elif m.ner in ("GPE", "LOC") and not self.gaz.country(m.text) and not self.gaz.city(m.text) \
                        and not self.gaz.region_countries(m.text) and m.end_token < len(ctx.lowers) \
                        and ctx.lowers[m.end_token] in MARKET_WATCHER_NOUNS:
                    # "Jefferies analysts wrote": most often a bank's or a broker's, though which is not sure
                    m.ner = "UNTYPED"
                elif m.ner == "PERSON" and m.end_token < len(ctx.lowers) and ctx.lowers[m.end_token] in MARKET_WATCHER_NOUNS \
                        and ctx.doc[m.end_token - 1].head.i == m.end_token and ctx.doc[m.end_token - 1].dep_ == "compound" \
                        and normalize_name(m.text) not in self.person_names:
                    # "Raymond James analysts said": a name modifying "analysts" is their employer's, a firm named
                    # after its founders more likely than a person; no person for sure
                    m.ner = "UNTYPED"
                elif m.ner == "PERSON" and _opens_a_role(m, ctx):
                    m.ner = "UNTYPED"  # "Rice grower Ana Lupu said": a good a role is named for, no one's name
                if normalize_name(m.text) in ABBREVIATED_TITLE_MODIFIERS and m.end_token < len(ctx.lowers) \
                        and ctx.lowers[m.end_token] == ".":
                    m.ner = "UNTYPED"  # "Asst. Secretary Ana Ruiz": an abbreviated title word, no one's name
            ctx.mentions[:] = self._join_place_led_firms(ctx)
        self._particle_surnames_read_as_bodies(contexts)
        self._join_person_halves(contexts)
        # a US state that shares a country's name ("Georgia") is that state all through an article that gives it a
        # state's post; a name only the state and a city share ("Washington") is the state only beside the post
        self._us_states = {normalize_name(m.text) for ctx in contexts for m in ctx.mentions
                           if self.gaz.country(m.text) and _us_state_post(m, ctx)}
        self._learn_named_bodies(contexts)
        self._learn_defined_acronyms(contexts)
        self._surnames_read_as_places(contexts)
        self._people_read_as_places(contexts)
        self._owners_of_people_read_as_places(contexts)
        self._owners_of_people_read_as_people(contexts)
        self._places_named_as_people(contexts)
        self._media_read_as_places(contexts)
        self._addressees_read_as_people(contexts)
        self._cities_speaking_as_people(contexts)
        self._leader_surnames_listed_with_others(contexts)
        self._names_ending_in_s = {normalize_name(m.text) for ctx in contexts for m in ctx.mentions
                                   if m.ner == "ORG" and _possessive_subject(m, ctx)}
        self._names_acting_as_bodies = {normalize_name(m.text) for ctx in contexts for m in ctx.mentions
                                        if m.ner == "ORG" and self._acting_as_body(m, ctx)}
        self._surnames_read_as_bodies(contexts)
        self._speakers_taken_up_as_people(contexts)
        self._gathering_places_read_as_bodies(contexts)
        self._places_read_as_people(contexts)
        self._plural_groups_read_as_people(contexts)
        self._people_taken_up_by_it(contexts)
        self._speakers_read_as_bodies(contexts)
        self._owned_speakers_with_no_sign(contexts)
        for ctx in contexts:
            self._venue_names_with_a_name_after(ctx)
        self._buildings_read_as_bodies(contexts)
        self._buildings_acting_as_bodies(contexts)
        self._landforms_read_as_bodies(contexts)
        for ctx in contexts:
            for m in ctx.mentions:
                if m.ner == "PERSON" and not self.gaz.country(m.text) and not self.gaz.organization(m.text):
                    norm = normalize_name(m.text)
                    if norm in self.firm_names or norm in self.company_short_names or _ACRONYM.fullmatch(m.text) \
                            or (" " not in norm and self.gaz.city(m.text) and norm not in self._people_named_like_cities) \
                            or _after_place_noun(m, ctx) \
                            or _place_noun_after(m, ctx):
                        continue
                    if _looks_like_name(m.text):
                        self.person_names.add(normalize_name(m.text))
                        self._person_labels.setdefault(normalize_name(m.text), m.text)
                        words = m.text.split()
                        if len(words) > 1 and normalize_name(m.text) not in self._particle_tails:
                            for _, word in standalone_name_words(m.text):
                                fulls.setdefault(normalize_name(word), set()).add(m.text)
                            for k in range(1, len(words) - 1):
                                if words[k] in ("Al", "al") or _particle_surname_start(words, k):
                                    # "Al Thani" for "Tamim bin Hamad Al Thani", "von der Leyen" for "Ursula von
                                    # der Leyen"
                                    fulls.setdefault(normalize_name(" ".join(words[k:])), set()).add(m.text)
        # "Minister of International Trade Maren Okafor" read as one body: the name at its end is a
        # person's when the article names that person elsewhere ("Okafor said")
        for ctx in contexts:
            for index, m in enumerate(ctx.mentions):
                split = self._name_after_title(m, ctx)
                if split is not None:
                    ctx.mentions[index] = split
                    self.person_names.add(normalize_name(split.text))
                    words = split.text.split()
                    if len(words) > 1:
                        for _, word in standalone_name_words(split.text):
                            fulls.setdefault(normalize_name(word), set()).add(split.text)
        # a short name folds into a full name only when exactly one full name has that word
        self.full_person_names = {w: next(iter(names)) for w, names in fulls.items() if len(names) == 1}
        # a family name alone ("Al Thani") that ends two full names of the article names neither for sure
        # ... and so does a surname alone that ends two full names ("Smith" after "John Smith" and "Jane Smith")
        self._shared_family_names = {w for w, names in fulls.items() if len(names) > 1 and (
            _family_name(w) or sum(normalize_name(n).split()[-1] == w for n in names) > 1)}
        # "Dave" for the one "David ..." the article names, when no full name has "Dave" itself
        for short, given in GIVEN_NAME_SHORT_FORMS.items():
            full = self.full_person_names.get(given)
            if full and short not in fulls and normalize_name(full.split()[0]) == given:
                self.full_person_names[short] = full
        # "Bob Ferris" and "Robert Ferris": one person, named by the long form of the given name
        by_rest: dict[tuple, set[str]] = {}
        for name in self.person_names:
            words = name.split()
            if len(words) > 1:
                by_rest.setdefault(tuple(words[1:]), set()).add(name)
        self._long_forms = {}
        for rest, names in by_rest.items():
            for name in names:
                given = GIVEN_NAME_SHORT_FORMS.get(name.split()[0])
                longer = [n for n in names if n.split()[0] == given]
                if given and len(longer) == 1:
                    self._long_forms[name] = longer[0]
        surnames = {full.split()[-1].lower() for full in self.full_person_names.values()}
        for ctx in contexts:
            self._bare_surnames(ctx, surnames)
        self.places.learn(contexts)
        words = set().union(*(ctx.word_set for ctx in contexts)) if contexts else set()
        # "AU" in a story of gold prices: gold's symbol, not the African Union
        self.shared_abbreviations = {abbreviation for abbreviation, (other, own) in SHARED_ABBREVIATIONS.items()
                                     if words & other and not words & own}

    def _dateline_left_in(self, ctx: ParagraphContext) -> None:
        """ "NUSA DUA, Indonesia (Reuters) - ...": a dateline the reader left in the paragraph (a region or country
        after its place): its place in capitals is a place, and the agency in brackets is no actor of the story
        (NAME: no node)."""
        end = _dateline_end(ctx)
        if end is None:
            return
        for m in ctx.mentions:
            if m.end_token > end:
                continue
            if m.start_token == 0 and m.ner in ("ORG", "PERSON", "NORP", "FAC") and not self.gaz.organization(m.text):
                m.ner = "GPE"
            elif m.start_token > 0 and ctx.lowers[m.start_token - 1] == "(" and not self.gaz.country(m.text):
                m.ner = "NAME"

    def _among_bodies(self, m: Mention, ctx: ParagraphContext) -> bool:
        """Whether the mention is one name of a list ("A, B and m", "A, m and B") whose other names, two or more,
        NER read as bodies, none of them a sitting leader's surname (a list of people NER read as bodies: "Ruto,
        Museveni and X")."""
        lowers = ctx.lowers
        ordered = sorted(ctx.mentions, key=lambda o: o.start_token)
        k = next(n for n, o in enumerate(ordered) if o is m)

        def linked(a: Mention, b: Mention) -> bool:  # only a comma, an "and" or both between them
            return lowers[a.end_token:b.start_token] in ([","], ["and"], [",", "and"], ["&"])

        first = k
        while first > 0 and linked(ordered[first - 1], ordered[first]):
            first -= 1
        last = k
        while last + 1 < len(ordered) and linked(ordered[last], ordered[last + 1]):
            last += 1
        others = [o for o in ordered[first:last + 1] if o is not m]
        return len(others) >= 2 and "and" in lowers[ordered[first].end_token:ordered[last].start_token] \
            and all(o.ner == "ORG" and not self.gaz.is_leader_surname(o.text) for o in others)

    def _bare_surnames(self, ctx: ParagraphContext, surnames: set[str]) -> None:
        """ "Okafor led the team": a surname NER left untagged (often at a sentence's start) is the person the article
        names in full elsewhere, when it stands alone: a proper noun with no capitalised word beside it."""
        if not surnames:
            return
        doc = ctx.doc
        candidates = [i for i, word in enumerate(ctx.lowers) if word in surnames]  # most paragraphs have none
        if not candidates:
            return
        taken = {i for m in ctx.mentions for i in range(m.start_token, m.end_token)}
        found = []
        for token in (doc[i] for i in candidates):
            full = self.full_person_names.get(normalize_name(token.text), "").split()
            # (the surname set is lowercased: a word can be in it and still not be a key of the full names)
            if token.i in taken or token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper() \
                    or token.lower_ in _NOT_NAME_WORDS or not full or full[-1] != token.text:
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            before = doc[token.i - 1] if token.i > 0 and not token.is_sent_start else None
            if any(n is not None and n.is_alpha and n.text[:1].isupper() for n in (before, after)):
                continue  # part of a longer name ("Okafor Holdings", "Dr Okafor"): not this person alone
            found.append(Mention(token.text, "PERSON", token.i, token.i + 1,
                                 ctx.span(token.idx, token.idx + len(token.text))))
        if found:
            ctx.mentions[:] = sorted(ctx.mentions + found, key=lambda m: m.start_token)

    def only_body_holding(self, word: str) -> str | None:
        """The one organization of the article whose longer name holds `word` ("Treasury" in "US Treasury
        Department"); None when none or several do."""
        word = normalize_name(word)
        found = {d.key for d in self.collector.entities.values() if d.kind == ORGANIZATION
                 and word in (names := normalize_name(d.label).split()) and len(names) > 1}
        return found.pop() if len(found) == 1 else None

    def _places_read_as_people(self, contexts: list[ParagraphContext]) -> None:
        """ "Luang Prabang hosted the talks": a name NER tags PERSON is a place's all through the article when the
        article shows it as one - tagged as a place elsewhere, set beside a place noun ("X, the former royal
        capital,"), the goal of a journey ("travelled to X") or one word after "in" ("talks in Akorda") - and
        never gives it a title, an honorific or a given name."""
        placed, personal = set(), set()
        for ctx in contexts:
            for m in ctx.mentions:
                norm = normalize_name(m.text)
                if m.ner in ("GPE", "LOC", "FAC") or (m.ner == "PERSON" and _place_context(m, ctx)):
                    placed.add(norm)
                before = ctx.lowers[m.start_token - 1] if m.start_token else ""
                if m.ner == "PERSON" and (before in _TITLE_WORDS or _honorific_lower(before) in _HONORIFIC_FIRST_WORDS
                                          or is_given_name(m.text.split()[0])):
                    personal.add(norm)
        for ctx in contexts:
            for m in ctx.mentions:
                norm = normalize_name(m.text)
                if m.ner == "PERSON" and norm in placed and norm not in personal:
                    m.ner = "GPE"

    def _plural_groups_read_as_people(self, contexts: list[ParagraphContext]) -> None:
        """ "Yemen's Houthis said they ...", "the Houthis have ...": a one-word name in the plural that NER tagged
        PERSON is a group's (a movement, a militia), all through the article, when the article shows it as a
        plural - "the" before it, a plural verb or "who" clause after it, or "they" taking it up after a
        country's possessive - and never as one person: no given name, title or honorific before it, no full
        name of the article ending in it, no sitting leader of the gazetteer bearing it ("Mitsotakis")."""
        candidates: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
        surnames = set()
        for ctx in contexts:
            for m in ctx.mentions:
                words = m.text.split()
                if m.ner == "PERSON" and len(words) > 1:
                    surnames.update(normalize_name(w) for w in words)
                elif m.ner == "PERSON" and len(m.text) > 3 and m.text.endswith("s") and m.text.istitle():
                    candidates.setdefault(normalize_name(m.text), []).append((m, ctx))
        for ctx in contexts:
            for m in ctx.mentions:
                # "Yemen's Houthis said": a plural that NER took for a place, owned by a country and speaking
                if m.ner in ("GPE", "LOC") and " " not in m.text and len(m.text) > 3 and m.text.endswith("s") \
                        and m.text.istitle() and self._group_owned_and_acting(m, ctx):
                    m.ner = "ORG"
        for norm, found in candidates.items():
            if norm in surnames or is_given_name(norm) or self.gaz.leader_by_surname(norm) \
                    or any(_person_before(m, ctx) for m, ctx in found) \
                    or not any(_plural_group(m, ctx, self.gaz) for m, ctx in found):
                continue
            for m, _ in found:
                m.ner = "ORG"

    def _people_taken_up_by_it(self, contexts: list[ParagraphContext]) -> None:
        """ "Mercado Libre said it would cut prices": a name of two or three words NER tagged PERSON, whose first
        word is no given name, that says something and is taken up by "it" doing something or by "its", is as
        likely a firm's: no type, all through the article, unless a mention of it shows a person's (a title,
        role or honorific before it, a post beside it, "he" or "she" taking it up). Not a firm's either: "it"
        may be what the speaker talks of ("Wang Tao said it would help exporters"). So is one that "which" takes up
        right after its comma ("Halvorsen Marine, which builds tankers,"), whatever its first word, and one word
        that is no family name of the census, no sitting leader's surname and no word of the article's full names
        ("Macquarie said it would buy the port"; with a country's possessive before it, the owned speakers' rule
        says)."""
        def personal(m, ctx, norm) -> bool:
            return _person_before(m, ctx) or _person_apposition(m, ctx, definite=True) or _taken_up_as_person(m, ctx)

        persons = _full_person_words(contexts)

        def taken_up(m, ctx, norm) -> bool:
            return (2 <= len(m.text.split()) <= 3 or " " not in norm and norm not in CENSUS_FAMILY_NAMES
                    and not self.gaz.is_leader_surname(m.text)
                    and norm not in persons and self._owner_before(m.span.start) is None) \
                and norm not in self.firm_names and norm not in self.company_short_names \
                and not _firm_context(m, ctx) \
                and _looks_like_name(m.text) and self.gaz.leader(m.text) is None \
                and not self.gaz.country(m.text) \
                and (_relative_after(m, ctx) == "which"
                     or not is_given_name(m.text.split()[0]) and _it_acting_after_speaker(m, ctx))

        _untype_doubted(contexts, "PERSON", personal, taken_up)

    def _speakers_read_as_bodies(self, contexts: list[ParagraphContext]) -> None:
        """ "India's Piyush Goyal said the talks were productive": a name of two or three capitalised words NER tagged
        ORG that says something and ends in a family name of the census, with no word of a body's, a firm's or a
        group's name, nor of a building's or a place's (or its plural: "Adani Ports"), no known body, country or
        city, is as likely a person's: no type, all through the article,
        unless a mention of it shows a body's (called a firm, taken up by "it" or "its", shares of it). Not a
        person's either: firms are named after people ("Goldman Sachs"). A name ending in no family name
        ("Tata Motors", "Standard Chartered") or opening with a place's ("Kenya Power") stays what NER says, unless
        "he" or "she" takes up one opening with a city's ("Sydney Sweeney said she ..."). So is
        one that "who" takes up right after its comma ("Piyush Goyal, who leads the talks,"), whatever its end, or
        that a country's or a known body's possessive owns ("Nigeria's Adebayo Ogunlesi said", "Lukoil's Vagit
        Alekperov said"), unless it ends in a plural ("India's Tata Motors": a firm's word no table holds)."""
        def bodily(m, ctx, norm) -> bool:
            return norm in self.firm_names or norm in self.company_short_names or _firm_context(m, ctx) \
                or _shares_after(m, ctx) or _it_acting_after_speaker(m, ctx)

        def speaking(m, ctx, norm) -> bool:
            return 2 <= len(m.text.split()) <= 3 \
                and (_says_something(m, ctx) and (norm.split()[-1] in CENSUS_FAMILY_NAMES
                                                  or (self._owner_before(m.span.start) is not None
                                                      or self._firm_owner_before(m.span.start))
                                                  and not norm.endswith("s"))
                     or _relative_after(m, ctx) == "who") \
                and all(_name_word(w) for w in m.text.split()) \
                and _OWNED_PERSON_NOT_WORDS.isdisjoint(norm.split()) and not _commodity_firm(m.text) \
                and _PLACE_NAME_WORDS.isdisjoint(norm.split() + [w[:-1] for w in norm.split() if w.endswith("s")]) \
                and not self.gaz.country(m.text.split()[0]) \
                and (not self.gaz.city(m.text.split()[0]) or _pronoun_after_speaker(m, ctx) == PERSON) \
                and not self.gaz.organization(m.text) and not self.gaz.country(m.text) \
                and not self.gaz.city(m.text)

        _untype_doubted(contexts, "ORG", bodily, speaking)

    def _owned_speakers_with_no_sign(self, contexts: list[ParagraphContext]) -> None:
        """ "Brazil's Embraer said", "Italy's Tajani said": one capitalised word after a country's possessive that
        says something is a firm's as often as a surname's, whatever NER tagged it (PERSON or ORG). With no sign
        either way it gets no type, all through the article; a sign of a body ("it" acting after it, a firm's
        words around it) makes it one, and a sign of a person's (a title or post, "he" or "she", a full name of
        the article ending in it, a sitting leader's surname) leaves it to the rules for people."""
        found, owned = _one_word_names(contexts, ("PERSON", "ORG"), lambda m, ctx: _says_something(m, ctx)
                                       and self._owner_before(m.span.start) is not None)
        if not owned:
            return
        persons = _full_person_words(contexts)
        for norm in owned:
            mentions = found[norm]
            text = mentions[0][0].text
            if norm in persons or norm in _OWNED_PERSON_NOT_WORDS or self.gaz.organization(text) \
                    or self.gaz.country(text) or self.gaz.city(text) or self.gaz.is_leader_surname(text) \
                    or any(_person_before(m, ctx) or _post_beside(m, ctx) or _person_apposition(m, ctx)
                           or _pronoun_after_speaker(m, ctx) == PERSON or _taken_up_as_person(m, ctx)
                           for m, ctx in mentions):
                continue
            body = norm in self.firm_names or norm in self.company_short_names \
                or any(_firm_context(m, ctx) or _shares_after(m, ctx) or _it_acting_after_speaker(m, ctx)
                       for m, ctx in mentions)
            for m, _ in mentions:
                if m.ner in ("PERSON", "ORG"):
                    m.ner = "ORG" if body else "UNTYPED"

    def _owned_person_read_as_body(self, m: Mention, ctx: ParagraphContext) -> bool:
        """ "Hungary's Szijjarto said he ...", "India's Piyush Goyal, the commerce minister,": a name NER tagged
        ORG, with a country's possessive before it, is a person's when a person's post is set beside it or it
        says something and the first pronoun after it (in its sentence or the next) is "he" or "she", with no
        other person named between; a firm ("Hungary's MOL said it ...") is taken up by "it" or "its"."""
        words = m.text.split()
        if m.ner != "ORG" or not 1 <= len(words) <= 3 or not _looks_like_name(m.text) \
                or any(len(w) > 1 and w.isupper() for w in words):
            return False
        norm = normalize_name(m.text)
        names = norm.split()
        if not _OWNED_PERSON_NOT_WORDS.isdisjoint(names) or norm in self.firm_names \
                or norm in self.company_short_names or self.gaz.organization(m.text) or self.gaz.country(m.text) \
                or self.gaz.city(m.text) or self._owner_before(m.span.start) is None:
            return False
        return _person_apposition(m, ctx, definite=True) or _pronoun_after_speaker(m, ctx) == PERSON

    def _name_after_a_lower_case_post(self, m: Mention, ctx: ParagraphContext) -> bool:
        """Whether a name NER tagged ORG is two or three capitalised words right after a post's last word written in
        lower case ("chief financial officer", "the trade minister"), with no word of a body's or a firm's and no
        body the gazetteer knows."""
        words = m.text.split()
        i = m.start_token - 1
        if m.ner != "ORG" or not 2 <= len(words) <= 3 or i < 0 or not all(w.isalpha() and w.istitle() for w in words):
            return False
        before = ctx.doc[i]
        if not before.is_lower or (before.lower_ not in _TITLE_WORDS and before.lower_ != "officer"):
            return False
        names = normalize_name(m.text).split()
        return ORGANIZATION_HEAD_WORDS.isdisjoint(names) and FIRM_HEAD_WORDS.isdisjoint(names) \
            and names[-1] not in FIRM_NAME_ENDINGS and names[-1] not in COMMODITY_WORDS \
            and not self.gaz.organization(m.text) and not self.gaz.country(m.text) and not self.gaz.city(m.text) \
            and normalize_name(m.text) not in self.firm_names

    def _owned_name_of_a_family(self, m: Mention, ctx: ParagraphContext) -> bool:
        """Whether a name NER tagged ORG is two capitalised words after a country's possessive, the last one of the
        census's family names or the name meeting a person ("Kenya's Njeri Wanjiku met the envoy"), with no word of a
        body's or a firm's, no body the gazetteer knows and nothing in the article showing a firm, no "it" taking it
        up ("Japan's Kenji Sato"; not "France's Louis Dreyfus said it")."""
        words = m.text.split()
        if m.ner != "ORG" or len(words) != 2 or not all(w.isalpha() and w.istitle() for w in words):
            return False
        norm = normalize_name(m.text)
        names = norm.split()
        if (names[-1] not in CENSUS_FAMILY_NAMES and not _meets_someone(m, ctx)) \
                or not _OWNED_PERSON_NOT_WORDS.isdisjoint(names) \
                or not ORGANIZATION_HEAD_WORDS.isdisjoint(names) or not FIRM_HEAD_WORDS.isdisjoint(names) \
                or names[-1] in FIRM_NAME_ENDINGS or names[-1] in COMMODITY_WORDS or names[-1] in BODY_ONLY_HEAD_WORDS \
                or norm in self.firm_names or norm in self.company_short_names or self.gaz.organization(m.text) \
                or self.gaz.country(m.text) or self.gaz.city(m.text) or self._owner_before(m.span.start) is None:
            return False
        return not _firm_context(m, ctx) and not _shares_after(m, ctx) and _pronoun_after_speaker(m, ctx) != ORGANIZATION

    def _surname_alone_read_as_body(self, m: Mention) -> bool:
        """Whether a mention is one capitalised word NER tagged ORG that nothing shows a body's: no acronym, no
        word of a body's, a firm's or a group's name, not a name the article calls a firm, and no known body,
        country or city."""
        return m.ner == "ORG" and m.end_token == m.start_token + 1 and m.text.isalpha() and m.text.istitle() \
            and _looks_like_name(m.text) and normalize_name(m.text) not in _OWNED_PERSON_NOT_WORDS \
            and normalize_name(m.text) not in self.firm_names and normalize_name(m.text) not in self.company_short_names \
            and not self.gaz.organization(m.text) and not self.gaz.country(m.text) and not self.gaz.city(m.text)

    def _given_name_before_surname(self, m: Mention, ctx: ParagraphContext) -> Mention:
        """ "chief executive Ana Lupu said": a surname NER tagged ORG right after (one space) a capitalised given
        name NER left out, itself after a lower-case word, punctuation or a sentence's start, is one person's
        name (not "Grace Holdings", "Vane Ana Lupu": a longer capitalised run)."""
        i = m.start_token - 1
        if i < 0 or not self._surname_alone_read_as_body(m) or ctx.starts[m.start_token] != ctx.ends[i] + 1:
            return m
        token = ctx.doc[i]
        if token.ent_iob_ != "O" or not token.is_alpha or not token.text.istitle() or not is_given_name(token.text) \
                or ctx.lowers[i] in _NOT_GIVEN_NAME_SURNAME_WORDS or _honorific_lower(ctx.lowers[i]) in _HONORIFIC_FIRST_WORDS \
                or _title_case(token.sent) or _firm_context(m, ctx) or _pronoun_after_speaker(m, ctx) == ORGANIZATION:
            return m
        if i > 0 and not token.is_sent_start and ctx.doc[i - 1].text[:1].isupper() and ctx.lowers[i - 1] not in _TITLE_WORDS:
            return m
        if self.gaz.country(token.text) or self.gaz.city(token.text) or self.gaz.is_demonym(token.text):
            return m
        return Mention(token.text + " " + m.text, "PERSON", i, m.end_token,
                       ctx.span(ctx.starts[i], ctx.ends[m.end_token - 1]))

    def _split_acronym_before_name(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "the intelligence service GRU Igor Petrov", "officials of the FSB Anna Lupu": a body's acronym (three
        letters or more: "JD Vance" opens with initials) glued by NER to the given name and surname after it are a
        body and a person apart, not one person or body."""
        words = m.text.split()
        i = m.start_token + (ctx.lowers[m.start_token] == "the")  # (NER's "the FSB ...": the name without it)
        if m.ner not in ("PERSON", "ORG") or not 3 <= len(words) <= 4 or i >= m.end_token or ctx.doc[i].text != words[0]:
            return [m]
        rest = words[1:]
        # (NER's person: the name after the acronym is a name; NER's body: only with a given name we know or the
        # body's noun before the acronym, "the agency MIA Igor Danko")
        if not re.fullmatch(r"[A-Z]{3,6}", words[0]) or normalize_name(words[0]) in _TITLE_WORDS \
                or not (m.ner == "PERSON" or is_given_name(rest[0]) or (i and ctx.lowers[i - 1] in ORGANIZATION_HEAD_WORDS)) \
                or not _looks_like_name(" ".join(rest)) \
                or self.gaz.organization(m.text) or self.gaz.country(rest[0]) or self.gaz.city(rest[0]) \
                or set(normalize_name(" ".join(rest)).split()) & _NOT_NAME_WORDS:
            return [m]
        return [Mention(words[0], "ORG", i, i + 1, ctx.span(ctx.starts[i], ctx.ends[i])),
                Mention(" ".join(rest), "PERSON", i + 1, m.end_token, ctx.span(ctx.starts[i + 1], ctx.ends[m.end_token - 1]))]

    def _split_country_before_name(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "Chile Ola Dahl met officials", "Peru Ana Lupu said": a country's name (one or two words, no demonym)
        glued by NER to a given name we know and a surname after it are a country and a person apart, not one body
        or person."""
        words = m.text.split()
        if m.ner not in ("PERSON", "ORG", "GPE") or not 3 <= len(words) <= 5 or ctx.doc[m.start_token].text != words[0]:
            return [m]
        for k in (1, 2):
            country, rest = " ".join(words[:k]), words[k:]
            # (not a country that is also a given name: "Jordan Ana Lupu" may be one person's three names)
            if not 2 <= len(rest) <= 3 or not self.gaz.country(country) or self.gaz.is_demonym(country) \
                    or (k == 1 and is_given_name(country)) \
                    or not is_given_name(rest[0]) or not _looks_like_name(" ".join(rest)) \
                    or set(normalize_name(" ".join(rest)).split()) & _NOT_NAME_WORDS \
                    or self.gaz.country(rest[-1]) or self.gaz.city(rest[-1]) or self.gaz.organization(m.text):
                continue
            i = m.start_token + k
            if not all(t.is_alpha for t in ctx.doc[i:m.end_token]):
                continue
            return [Mention(country, "GPE", m.start_token, i, ctx.span(ctx.starts[m.start_token], ctx.ends[i - 1])),
                    Mention(" ".join(rest), "PERSON", i, m.end_token, ctx.span(ctx.starts[i], ctx.ends[m.end_token - 1]))]
        return [m]

    def _split_verbs_of_owner(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "informed Dahl of Chile's views", "assured Lupu of Norway's support": NER glued a verb's object, the
        verb's own "of" and a country's possessive into one body's name. The country is named; the object, a
        person's or a body's, is left to other mentions of it."""
        lowers, doc = ctx.lowers, ctx.doc
        if m.ner not in ("ORG", "PERSON", "GPE") or m.start_token < 1 or doc[m.start_token - 1].lemma_ not in OBJECT_OF_VERBS:
            return [m]
        of = next((k for k in range(m.start_token + 1, m.end_token - 1) if lowers[k] == "of"), None)
        if of is None:
            return [m]
        end = m.end_token
        while end > of + 1 and lowers[end - 1] in ("'s", "\u2019s", "'", "\u2019"):
            end -= 1
        owned = end < len(lowers) and lowers[end] in ("'s", "\u2019s", "'", "\u2019") or end < m.end_token
        start = of + 1 + (lowers[of + 1] == "the")
        country = ctx.span_text(start, end) if start < end else ""
        if not owned or not country or not self.gaz.country(country) or self.gaz.is_demonym(country) \
                or self.gaz.organization(ctx.span_text(m.start_token, end)) \
                or not _BODY_OR_TITLE_WORDS.isdisjoint(lowers[m.start_token:of]):
            return [m]  # "informed the Bank of Japan's board": a body's own name, kept whole
        return [Mention(country, "GPE", start, end, ctx.span(ctx.starts[start], ctx.ends[end - 1]))]

    def _split_chamber_before_name(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "the Speaker National Assembly Ana Lupu", "Chairman Senate Ola Dahl", "Speaker of the Parliament Ola
        Dahl": a title's chamber (a legislature's name) glued by NER to its holder's name after it, or left right
        before it, are a body and a person apart (the title's words in neither), not one person or body. Only
        after a title's word ("Speaker", "Speaker of the")."""
        if m.ner not in ("PERSON", "ORG"):
            return [m]
        lowers, doc, end = ctx.lowers, ctx.doc, m.end_token
        chamber = next((k for k in range(max(0, m.start_token - 1), end) if lowers[k] in LEGISLATURE_WORDS), None)
        if chamber is None or not 2 <= end - chamber - 1 <= 3 or (chamber < m.start_token and m.ner != "PERSON"):
            return [m]
        start = chamber  # the chamber's name runs back over its capitalised words ("National Assembly")
        while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
                and lowers[start - 1] not in TITLE_HEAD_WORDS:
            start -= 1
        before = [w for w in lowers[max(0, start - 3):start] if w not in ("of", "the")]
        rest = doc[chamber + 1:end]
        taken = {t for other in ctx.mentions if other is not m for t in range(other.start_token, other.end_token)}
        if not before or before[-1] not in TITLE_HEAD_WORDS or taken & set(range(start, chamber + 1)) \
                or not all(t.is_alpha for t in rest) or not _looks_like_name(rest.text) \
                or set(normalize_name(rest.text).split()) & (_NOT_NAME_WORDS | LEGISLATURE_WORDS) \
                or self.gaz.country(rest[0].text) or self.gaz.city(rest[0].text) or self.gaz.organization(m.text):
            return [m]
        body = doc[start:chamber + 1]
        person = Mention(rest.text, "PERSON", rest.start, rest.end, ctx.span(rest.start_char, rest.end_char))
        if lowers[start - 1] in TITLE_HEAD_WORDS:
            return [person]  # "Speaker National Assembly": the chamber is the title's word, no body named apart
        return [Mention(body.text, "ORG", body.start, body.end, ctx.span(body.start_char, body.end_char)), person]

    def _person_after_portfolio(self, m: Mention, ctx: ParagraphContext) -> Mention:
        """ "Trade Representative for South and Central Asia Ana Lupu" with "Central Asia Ana Lupu" read as one
        name (a people's, a place's): a title's portfolio of place words ends where a given name opens the
        holder's name; the name is the person's, the place words part of the title."""
        words = m.text.split()
        if m.ner not in ("NORP", "GPE", "LOC", "ORG") or len(words) < 3 or not _portfolio_of_title(ctx.doc, m.start_token):
            return m
        for k in range(len(words) - 2, 0, -1):  # the longest place first ("Central Asia", not "Central")
            rest = words[k:]
            if is_given_name(words[k]) and 2 <= len(rest) <= 3 and _looks_like_name(" ".join(rest)) \
                    and not self.gaz.country(words[k]) and not self.gaz.city(words[k]) \
                    and words[k - 1].lower() not in COMPASS_WORDS \
                    and (self.gaz.country(" ".join(words[:k])) or self.gaz.region_countries(" ".join(words[:k]))
                         or self.gaz.city(" ".join(words[:k])) or _compass_place(words[:k], self.gaz)):
                start = m.start_token + k
                return Mention(" ".join(rest), "PERSON", start, m.end_token,
                               ctx.span(ctx.starts[start], ctx.ends[m.end_token - 1]))
        return m

    def _given_name_left_out(self, m: Mention, ctx: ParagraphContext, taken: set[int]) -> Mention:
        """ "Gazprom's Alexei Miller said", "Jalisco Governor Pablo Lemus": a capitalised proper noun NER left out
        right before (one space) a name it tagged PERSON, and joined to it as a compound, is the person's given
        name, after a possessive, a title word, a lower-case word, punctuation or (a given name of the table) a
        sentence's start; not a title's, a role's, a firm's, a body's or a place's word ("Trade Minister Miller",
        "Carmaker Juno Falk", "Texas Miller"), nor in a longer run of capitalised words or a headline."""
        i = m.start_token - 1
        if m.ner != "PERSON" or i < 0 or i in taken or ctx.starts[m.start_token] != ctx.ends[i] + 1:
            return m
        token = ctx.doc[i]
        if token.ent_iob_ != "O" or token.pos_ != "PROPN" or token.dep_ != "compound" \
                or not m.start_token <= token.head.i < m.end_token or not _name_word(token.text) \
                or ctx.lowers[i] in _NOT_GIVEN_NAME_SURNAME_WORDS or ctx.lowers[i] in _TITLE_WORDS \
                or _honorific_lower(ctx.lowers[i]) in _HONORIFIC_FIRST_WORDS or _title_case(token.sent) \
                or ctx.lowers[i] in FIRM_NOUNS or ctx.lowers[i] in PERSON_ROLE_NOUNS \
                or (i > 0 and ctx.doc[i - 1].pos_ == "DET"):  # "Minister in the Presidency Ana Lupu": no given name
            return m
        if token.is_sent_start and not is_given_name(token.text):
            return m  # "Carmaker Juno Falk said": any word opening a sentence is capitalised
        if i > 0 and not token.is_sent_start and ctx.doc[i - 1].text[:1].isupper() \
                and ctx.lowers[i - 1] not in _TITLE_WORDS:
            return m
        if self.gaz.country(token.text) or self.gaz.city(token.text) or self.gaz.is_demonym(token.text) \
                or self.gaz.organization(token.text) or self.gaz.region_countries(token.text):
            return m
        return Mention(token.text + " " + m.text, "PERSON", i, m.end_token,
                       ctx.span(ctx.starts[i], ctx.ends[m.end_token - 1]))

    def _last_name_left_out(self, m: Mention, ctx: ParagraphContext, taken: set[int]) -> Mention:
        """ "met with Prime Minister Pham Minh Chinh on Monday" tagged "Pham Minh": a capitalised proper noun NER
        left out right after (one space) a name of two or more words (or a given name: "foundation Treasurer Larry
        Dicke" tagged "Treasurer Larry") it tagged PERSON, which every word of that name modifies as a compound, is
        the name's last word; not a title's, a role's, a firm's, a body's or a place's word, nor in a longer run of
        capitalised words or a headline."""
        i = m.end_token
        if m.ner != "PERSON" or (m.end_token - m.start_token < 2 and not is_given_name(m.text)) \
                or i >= len(ctx.lowers) or i in taken \
                or ctx.starts[i] != ctx.ends[i - 1] + 1:
            return m
        token = ctx.doc[i]
        if token.ent_iob_ != "O" or token.pos_ != "PROPN" or not _name_word(token.text) \
                or any(ctx.doc[k].dep_ != "compound" or ctx.doc[k].head.i != i for k in range(m.start_token, i)) \
                or ctx.lowers[i] in _NOT_GIVEN_NAME_SURNAME_WORDS or ctx.lowers[i] in _TITLE_WORDS \
                or ctx.lowers[i] in FIRM_NOUNS or ctx.lowers[i] in PERSON_ROLE_NOUNS or _title_case(token.sent):
            return m
        if i + 1 < len(ctx.doc) and ctx.doc[i + 1].text[:1].isupper():
            return m  # a longer run of capitalised words: no name's end for sure
        if self.gaz.country(token.text) or self.gaz.city(token.text) or self.gaz.is_demonym(token.text) \
                or self.gaz.organization(token.text) or self.gaz.region_countries(token.text):
            return m
        return Mention(m.text + " " + token.text, "PERSON", m.start_token, i + 1,
                       ctx.span(ctx.starts[m.start_token], ctx.ends[i]))

    def _region_read_as_person(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "Nuevo Leon said it would ...", "talks in Nuevo León", "Nuevo León Governor Samuel Garcia": a name of two
        words or more NER tagged PERSON that the gazetteer knows as a region (title words after it left off: they
        are the next person's) is a place's, with no given name first, no title before it and no leader's name.
        So is a region or city NER ran into a title and a name ("Chihuahua Governor Maru Campos"): the place and
        the person apart."""
        if m.ner != "PERSON" or _person_before(m, ctx):
            return [m]
        lowers = ctx.lowers
        cut = next((i for i in range(m.start_token + 1, min(m.start_token + 4, m.end_token)) if lowers[i] in _TITLE_WORDS),
                   None)
        if cut is not None:
            rest = cut
            while rest < m.end_token and lowers[rest] in _TITLE_WORDS:
                rest += 1
            place, name = ctx.doc[m.start_token:cut], ctx.doc[rest:m.end_token]
            if len(name) and all(_name_word(t.text) or t.text == "-" for t in name) \
                    and (self.gaz.region_countries(place.text) or self.gaz.city(place.text)) \
                    and not is_given_name(place[0].text) and not self.gaz.country(place.text) \
                    and not self.gaz.organization(place.text) and self.gaz.leader(m.text) is None:
                return [Mention(place.text, "GPE", place.start, place.end, ctx.span(place.start_char, place.end_char)),
                        Mention(name.text, "PERSON", name.start, name.end, ctx.span(name.start_char, name.end_char))]
        end = m.end_token
        while end > m.start_token + 2 and lowers[end - 1] in _TITLE_WORDS:
            end -= 1
        if end - m.start_token < 2:
            return [m]
        text = ctx.span_text(m.start_token, end)
        if not self.gaz.region_countries(text) or is_given_name(text.split()[0]) \
                or self.gaz.leader(text) is not None or self.gaz.country(text) or self.gaz.organization(text):
            return [m]
        return [Mention(text, "GPE", m.start_token, end, ctx.span(ctx.starts[m.start_token], ctx.ends[end - 1]))]

    def _country_post_beside(self, m: Mention, ctx: ParagraphContext) -> bool:
        """ "Anne-Marie Trevelyan-Jones, Britain's minister for Indo-Pacific,": a name NER tagged ORG (no body word,
        not called a firm, no known body, country or city) set off by a comma and a country's possessive owning a
        person's post (the name's apposition) is a person's."""
        words = m.text.split()
        end, lowers = m.end_token, ctx.lowers
        if m.ner != "ORG" or not 1 <= len(words) <= 4 or not _looks_like_name(m.text) \
                or any(len(w) > 1 and w.isupper() for w in words) or end + 3 >= len(lowers) or lowers[end] != "," \
                or lowers[end + 2] not in ("'s", "\u2019s") or not self.gaz.country(ctx.doc[end + 1].text):
            return False
        norm = normalize_name(m.text)
        if not _OWNED_PERSON_NOT_WORDS.isdisjoint(norm.split()) or norm in self.firm_names \
                or norm in self.company_short_names or self.gaz.organization(m.text) or self.gaz.country(m.text) \
                or self.gaz.city(m.text):
            return False
        return _post_beside(m, ctx)

    def _the_name_listed_with_a_body(self, m: Mention, ctx: ParagraphContext) -> bool:
        """A name NER read as a person's, with "the" right before it and listed with a body ("the Tan Thanh and
        the Daily Star reported", "Reuters and the Tan Thanh"): a body's, as a person's name takes no article -
        unless a word of it is a style some are known by ("the Dalai Lama"), or it is a leader the gazetteer knows."""
        lowers = ctx.lowers
        the = m.start_token if lowers[m.start_token] == "the" else m.start_token - 1
        if the < 0 or lowers[the] != "the" or self.gaz.leader(m.text) is not None or _person_before(m, ctx):
            return False
        if not THE_STYLE_NAME_WORDS.isdisjoint(normalize_name(m.text).split()):
            return False
        return _listed_with_a_body(m, ctx)

    def _surname_taken_up_by_person_pronoun(self, m: Mention, ctx: ParagraphContext) -> bool:
        """ "Smith shares his view", "Harrow explained her position": a one-word name NER tagged ORG, the subject
        of a verb whose object is owned by "his" or "her" with no other person named between, is a person's."""
        if not self._surname_alone_read_as_body(m):
            return False
        root = ctx.doc[m.start_token]
        if root.dep_ != "nsubj":
            return False
        owner = next((p for c in root.head.children if c.dep_ == "dobj" for p in c.children
                      if p.dep_ == "poss" and p.lower_ in ("his", "her")), None)
        if owner is None or owner.i < m.end_token:
            return False
        return not any(other.ner == "PERSON" and m.end_token <= other.start_token < owner.i for other in ctx.mentions)

    @staticmethod
    def _acting_as_body(m: Mention, ctx: ParagraphContext) -> bool:
        """Whether a name acts or owns something ("Varga said", "Varga's plant"), is called a firm or is taken up
        by "it", unless a person's pronoun takes it up."""
        pronoun = _pronoun_after_speaker(m, ctx)
        return pronoun == ORGANIZATION or _firm_context(m, ctx) or _shares_after(m, ctx) \
            or (_acting(m, ctx) and pronoun != PERSON)

    def _spoken_with_by_person(self, m: Mention, ctx: ParagraphContext) -> bool:
        """ "Minister Tom Reed spoke with Varga": a one-word name NER tagged ORG that a person named or taken up
        by "he"/"she" talks or meets with, and that the article never shows acting as a body, is no body the text
        shows: one of the census's commoner family names is a person's most likely ("Hughes", "Kovacs"; "talked
        with Boeing" stays a body, as does a name called a firm, taken up by "it" or acting somewhere). The one
        talking may be named by a post alone ("The minister spoke with Kovacs")."""
        if not self._surname_alone_read_as_body(m) or normalize_name(m.text) not in FAMILY_NAMES \
                or normalize_name(m.text) in self._names_acting_as_bodies:
            return False
        root = ctx.doc[m.start_token]
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ != "pobj" or root.head.lower_ != "with" or root.head.head.lemma_.lower() not in TALKING_WITH_WORDS:
            return False
        talk = root.head.head
        if talk.dep_ == "dobj":
            talk = talk.head  # "held talks with Hughes"
        subject = next((c for c in talk.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        return subject.lower_ in ("he", "she") or subject.lower_ in TITLE_HEAD_WORDS or subject.lower_ in PERSON_ROLE_NOUNS \
            or any(
            other.ner == "PERSON" and other.start_token <= subject.i < other.end_token for other in ctx.mentions)

    def _group_owned_and_acting(self, m: Mention, ctx: ParagraphContext) -> bool:
        """Whether a name no gazetteer knows as a place has a country's possessive before it and is the subject of
        a verb only people and their groups do ("Yemen's Houthis claimed", "Iraq's Kurds said"): a group's name."""
        if self.gaz.country(m.text) or self.gaz.city(m.text):
            return False
        root = ctx.root(m.start_token, m.end_token)
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() not in _GROUP_AGENT_VERBS \
                or any(c.dep_ == "xcomp" for c in verb.children) and verb.lemma_.lower() in REPORTING_VERBS:
            return False  # (not "Canada's Rockies said to be warming": what is said of them)
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        return owner is not None and self.gaz.country(owner.text) is not None

    def _venue_names_with_a_name_after(self, ctx: ParagraphContext) -> None:
        """ "at State Guest House Jamuna", "at the Presidential Guest House Karasu": NER ended the name at the
        building's word and left the building's own name after it (or took that for a place of its own). The name
        runs on over the capitalised words the building's word is a compound of, unless they are a known place."""
        lowers, doc = ctx.lowers, ctx.doc
        out: list[Mention] = []
        mentions = ctx.mentions
        skip = None
        for k, m in enumerate(mentions):
            if m is skip:
                continue
            out.append(m)
            end = m.end_token
            if m.ner not in ("ORG", "FAC", "PERSON") or lowers[end - 1] not in VENUE_BUILDING_WORDS \
                    or end >= len(doc) or not _capitalised_name_word(doc[end].text) or doc[end - 1].dep_ != "compound":
                continue
            head = doc[end - 1].head
            if head.i < end or head.i > end + 2 or any(not _capitalised_name_word(t.text) for t in doc[end:head.i + 1]):
                continue
            following = mentions[k + 1] if k + 1 < len(mentions) else None
            if following is not None and following.start_token <= head.i:
                if following.start_token != end or following.end_token != head.i + 1 \
                        or self.gaz.city(following.text) or self.gaz.country(following.text):
                    continue
                skip = following
            text = clean_surface(ctx.span_text(m.start_token, head.i + 1))
            out[-1] = Mention(text, m.ner, m.start_token, head.i + 1, Span(m.span.start, m.span.start + len(text)))
        ctx.mentions[:] = out

    def _buildings_read_as_bodies(self, contexts: list[ParagraphContext]) -> None:
        """ "Talks were held at Lancaster House", "Blair House hosted the dinner": a building's name NER tagged ORG
        is a venue all through the article (no body, no node) when the article shows it only as one - after
        "at", "in" ..., or hosting - and never acting: not the subject of another verb, not an owner
        ("Chatham House's report"), not known as a body."""
        found: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
        building: set[str] = set()
        for ctx in contexts:
            for m in ctx.mentions:
                words = normalize_name(m.text).split()
                if m.ner in ("ORG", "FAC", "PERSON") and words \
                        and not set(words) & _BODY_NAME_WORDS \
                        and words[-1] not in _PLACE_HEAD_WORDS:  # (places of their own: _not_a_body)
                    found.setdefault(" ".join(words), []).append((m, ctx))
                    if len(words) >= 2 and (words[-1] in VENUE_BUILDING_WORDS or words[-2] in VENUE_BUILDING_WORDS):
                        building.add(" ".join(words))
        for norm, mentions in found.items():
            # any other name only when every mention is a venue with its city right after it: "received a
            # courtesy call at Seri Perdana in Putrajaya", "signed at Akorda, Astana"
            if norm not in building and not all(_venue(m, ctx, events_only=True) and self._city_after(m, ctx)
                                                for m, ctx in mentions):
                continue
            if self.gaz.organization(mentions[0][0].text) or any(_acting(m, ctx) for m, ctx in mentions) \
                    or not any(_venue(m, ctx) for m, ctx in mentions) \
                    or any(m.ner == "PERSON" and not _venue(m, ctx) for m, ctx in mentions):
                continue
            for m, _ in mentions:
                # (a FAC stays a place: "the Miraflores Palace", "the Holmen Hotel"); a name NER took for a
                # person's ("received Ruto at Qasr Al Watan in Abu Dhabi") is a venue unless a given name opens it
                if m.ner == "ORG" or (m.ner == "PERSON" and not is_given_name(m.text.split()[0])):
                    m.ner = "VENUE"

    def _buildings_acting_as_bodies(self, contexts: list[ParagraphContext]) -> None:
        """ "arrived at the Crescent House ... the Crescent House said": a seat's name that NER tagged a building
        (FAC) at one mention and a body acting at another is the body that sits there all through the article:
        one node, one type. Not a hotel's or a palace's name (VENUE_ONLY_WORDS: no body's)."""
        found: dict[str, list[Mention]] = {}
        acting: set[str] = set()
        for ctx in contexts:
            for m in ctx.mentions:
                words = normalize_name(m.text).split()
                if len(words) < 2 or words[-1] in VENUE_ONLY_WORDS \
                        or not (words[-1] in VENUE_WORDS or words[-1] in VENUE_BUILDING_WORDS
                                or " ".join(words) in NATIONAL_BODIES):
                    continue
                found.setdefault(" ".join(words), []).append(m)
                if m.ner == "ORG" and _acting(m, ctx):
                    acting.add(" ".join(words))
        for norm in acting:
            for m in found[norm]:
                if m.ner == "FAC":
                    m.ner = "ORG"

    def _landforms_read_as_bodies(self, contexts: list[ParagraphContext]) -> None:
        """ "protect the Amazon rainforest ... a summit of Amazon nations": a name NER tagged ORG that a land-form
        noun follows somewhere is a place at every mention, unless some mention acts ("Amazon said") or the
        gazetteer knows it as a body; one node, not a place and a body of one name."""
        found: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
        for ctx in contexts:
            for m in ctx.mentions:
                if m.ner == "ORG":
                    found.setdefault(normalize_name(m.text), []).append((m, ctx))
        for norm, mentions in found.items():
            if not any(_place_noun_after(m, ctx, landforms_only=True) for m, ctx in mentions) \
                    or any(_acting(m, ctx) for m, ctx in mentions) or self.gaz.organization(mentions[0][0].text):
                continue
            for m, _ in mentions:
                m.ner = "LOC"

    def _city_after(self, m: Mention, ctx: ParagraphContext) -> bool:
        """Whether a known city follows a name after a comma or "in": "Seri Perdana in Putrajaya"."""
        return city_written_after(ctx, m.end_token, self.gaz) is not None

    def _surnames_read_as_places(self, contexts: list[ParagraphContext]) -> None:
        """ "Andreas Kostis met investors ... Kostis said": a one-word name NER tagged GPE or LOC that is the surname of
        a person the article names in full with a given name, and that the gazetteer knows as no place, is that
        person's."""
        surnames = {normalize_name(m.text.split()[-1]) for ctx in contexts for m in ctx.mentions
                    if m.ner == "PERSON" and len(m.text.split()) >= 2 and is_given_name(m.text.split()[0])}
        for ctx in contexts:
            for m in ctx.mentions:
                if m.ner in ("GPE", "LOC") and " " not in m.text and normalize_name(m.text) in surnames \
                        and not self.gaz.city(m.text) and not self.gaz.country(m.text) and not _place_context(m, ctx):
                    m.ner = "PERSON"

    def _people_read_as_places(self, contexts: list[ParagraphContext]) -> None:
        """ "Carney met Okafor in Lagos", "held talks with Adeyemi", "Mensah said": a one-word name NER tagged GPE or
        LOC that the gazetteer knows as no place, met, spoken with or speaking, and that the article never shows as a
        place (no "in", "to", "from" ... before it, no place noun beside it, no qualifier or dateline after it), is
        no place: a person's when a title, an honorific or a post is set beside it or "he"/"she" takes it up after
        it speaks, else no one's for sure (NAME: no node). So is a name of two or three words tagged GPE, LOC or
        FAC with no building's or place's word ("India's Vikram Kapoor said"); a given name first is no sign of a
        person's ("Santa Clara said")."""
        found: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
        for ctx in contexts:
            for m in ctx.mentions:
                if m.ner in ("GPE", "LOC") and m.end_token == m.start_token + 1 and m.text.isalpha() \
                        and m.text[:1].isupper() and not m.text.isupper():
                    found.setdefault(normalize_name(m.text), []).append((m, ctx))
                elif m.ner in ("GPE", "LOC", "FAC") and 2 <= len(words := m.text.split()) <= 3 \
                        and all(_name_word(w) for w in words) \
                        and _PLACE_NAME_WORDS.isdisjoint(normalize_name(m.text).split()):
                    # "India's Vikram Kapoor said": two or three name words, none a building's or a place's
                    found.setdefault(normalize_name(m.text), []).append((m, ctx))
        if not found:
            return
        persons = {normalize_name(w) for ctx in contexts for m in ctx.mentions if m.ner == "PERSON" for w in m.text.split()}
        for norm, mentions in found.items():
            text = mentions[0][0].text
            if norm in persons or self.gaz.city(text) or self.gaz.country(text) or self.gaz.region_countries(text) \
                    or self.gaz.organization(text) or self.gaz.is_demonym(text) \
                    or self.gaz.is_leader_surname(text) \
                    or any(_shown_as_place(m, ctx, self.gaz) for m, ctx in mentions) \
                    or not any(_met_or_speaking(m, ctx) for m, ctx in mentions):
                continue
            person = any(_person_before(m, ctx) or _post_beside(m, ctx) or _pronoun_after_speaker(m, ctx) == PERSON
                         for m, ctx in mentions)
            for m, _ in mentions:
                m.ner = "PERSON" if person else "NAME"

    def _owners_of_people_read_as_places(self, contexts: list[ParagraphContext]) -> None:
        """ "Nvidia's Jensen Huang said", "Vitol's chief executive Ana Lupu": a name NER tagged GPE or LOC whose
        possessive owns a person (titles between or none) and that the gazetteer knows as no country, city, region
        or body is as likely a firm's as a place's: no type, all through the article, unless a mention of it
        shows a place's ("in Nvidia", "Nvidia, Kenya")."""
        owners: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
        for ctx in contexts:
            people = {m.start_token for m in ctx.mentions if m.ner == "PERSON"}
            for m in ctx.mentions:
                if m.ner in ("GPE", "LOC"):
                    owners.setdefault(normalize_name(m.text), []).append((m, ctx))
                    if self._owns_person(m, ctx, people):
                        m.ner = "OWNER"  # (marked for now: told below)
        for norm, mentions in owners.items():
            marked = [m for m, _ in mentions if m.ner == "OWNER"]
            if not marked:
                continue
            text = marked[0].text
            place = self.gaz.country(text) or self.gaz.city(text) or self.gaz.organization(text) \
                or self.gaz.region_countries(text) or self.gaz.is_demonym(text) \
                or any(_shown_as_place(m, ctx, self.gaz) for m, ctx in mentions)
            for m, _ in mentions:
                if m.ner == "OWNER":
                    m.ner = "GPE"
                if not place:
                    m.ner = "UNTYPED"

    def _owners_of_people_read_as_people(self, contexts: list[ParagraphContext]) -> None:
        """ "Petrobras's Magda Chambriard said", "Novatek's Leonid Walsh": a one-word name NER tagged PERSON whose
        possessive owns a person (titles between or none) is a firm's as often as a person's (a boss's: "Macron's
        adviser"): no type, all through the article, unless a mention of it or the article shows a person's (a
        given name, a full name of the article ending in it, a sitting leader's surname, a title or honorific
        before it, "he" or "she" after it speaking) or the gazetteer knows it as a body (then a body's)."""
        found: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
        owners = set()
        for ctx in contexts:
            people = {m.start_token for m in ctx.mentions if m.ner == "PERSON"}
            for m in ctx.mentions:
                if m.ner == "PERSON" and m.end_token == m.start_token + 1 and _name_word(m.text):
                    found.setdefault(normalize_name(m.text), []).append((m, ctx))
                    if self._owns_person(m, ctx, people - {m.start_token}):
                        owners.add(normalize_name(m.text))
        if not owners:
            return
        persons = _full_person_words(contexts)
        for norm in owners:
            mentions = found[norm]
            text = mentions[0][0].text
            if norm in persons or is_given_name(text) or self.gaz.country(text) or self.gaz.city(text) \
                    or self.gaz.is_leader_surname(text) \
                    or any(_person_before(m, ctx) or _post_beside(m, ctx) or _pronoun_after_speaker(m, ctx) == PERSON
                           for m, ctx in mentions):
                continue
            for m, _ in mentions:
                m.ner = "ORG" if self.gaz.organization(text) else "UNTYPED"

    def _media_read_as_places(self, contexts: list[ParagraphContext]) -> None:
        """ "Ion Bondar said on LinkedIn that ...", "posted on Weibo", "in a post on Truth Social": what one says or
        posts something on is a medium, no place; and "an analyst at Fitch" is where one works, most often a body.
        A name NER tagged GPE, LOC or FAC there, known to the gazetteer as no country, city or region and with no
        word of a body's ("the Embassy of Canada": a body), gets no type all through the article, unless a mention
        shows a place's."""
        found: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
        media = set()
        for ctx in contexts:
            for m in ctx.mentions:
                if m.ner in ("GPE", "LOC", "FAC"):
                    found.setdefault(normalize_name(m.text), []).append((m, ctx))
                    if _said_on(m, ctx) or _works_at(m, ctx):
                        media.add(normalize_name(m.text))
        for norm in media:
            mentions = found[norm]
            text = mentions[0][0].text
            if self.gaz.country(text) or self.gaz.city(text) or self.gaz.region_countries(text) \
                    or not _OWNED_PERSON_NOT_WORDS.isdisjoint(norm.split()) \
                    or any(_shown_as_place(m, ctx, self.gaz) and not _works_at(m, ctx) for m, ctx in mentions):
                continue  # (the "at" of "an analyst at Fitch" shows no place)
            for m, _ in mentions:
                m.ner = "UNTYPED"

    def _places_named_as_people(self, contexts: list[ParagraphContext]) -> None:
        """ "Victoria Falls said tourist arrivals fell": a name NER tagged PERSON that ends in a place's word
        (PLACE_NAME_ENDINGS) is a place's, or a body's named after one; a given name first is no sign of a
        person's. No type, all through the article, unless a mention shows a person's (a title or honorific
        before it, a post beside it, "he" or "she" taking it up). So is a city named after a person ("left Ho Chi
        Minh City"), which is a place when the gazetteer knows the whole name as a city's."""
        found: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
        for ctx in contexts:
            for m in ctx.mentions:
                words = normalize_name(m.text).split()
                if m.ner == "PERSON" and len(words) > 1 and (words[-1] in PLACE_NAME_ENDINGS or words[-1] in _CITY_WORDS
                                                             and self.gaz.city(m.text) is not None):
                    found.setdefault(" ".join(words), []).append((m, ctx))
        for norm, mentions in found.items():
            if not any(_person_before(m, ctx) or _post_beside(m, ctx) or _person_apposition(m, ctx)
                       or _pronoun_after_speaker(m, ctx) == PERSON for m, ctx in mentions):
                if norm.split()[-1] in _CITY_WORDS:
                    for m, _ in mentions:
                        m.ner = "GPE"
                else:
                    _untype(contexts, "PERSON", {norm})

    def _addressees_read_as_people(self, contexts: list[ParagraphContext]) -> None:
        """ "Bondar told Bloomberg that ...", "said in an interview with Politico", "according to Fitch": a one-word
        name one tells something or gives an interview to, or that news is credited to, is a news outlet's or an
        agency's as often as a person's, and never a place's. NER's
        PERSON, GPE or LOC there is no sign: no type, all through the article, unless the article names a person
        in full by it, a sitting leader bears it, or a mention shows a person's (a title or honorific before it, a
        post beside it, "he" or "she" taking it up)."""
        # ("an economist with Fitch": where one works)
        found, addressed = _one_word_names(contexts, ("PERSON", "GPE", "LOC"),
                                           lambda m, ctx: _addressee(m, ctx) or _works_at(m, ctx))
        if not addressed:
            return
        persons = _full_person_words(contexts)
        for norm in addressed:
            mentions = found[norm]
            text = mentions[0][0].text
            if norm in persons or self.gaz.country(text) or self.gaz.city(text) or self.gaz.organization(text) \
                    or self.gaz.is_leader_surname(text) \
                    or any(_person_before(m, ctx) or _post_beside(m, ctx) or _pronoun_after_speaker(m, ctx) == PERSON
                           for m, ctx in mentions):
                continue
            for m, _ in mentions:
                m.ner = "UNTYPED"

    @staticmethod
    def _join_person_halves(contexts: list[ParagraphContext]) -> None:
        """ "Foreign Minister Ana Maria | Ruiz's visit": NER cut a person's name in two, a person's and another name
        (a person's, a body's, a place's) one space apart; the two are one name when the article writes that name
        whole as a person's elsewhere."""
        whole = {normalize_name(m.text) for ctx in contexts for m in ctx.mentions if m.ner == "PERSON"}
        for ctx in contexts:
            out: list[Mention] = []
            for m in ctx.mentions:
                prev = out[-1] if out else None
                if prev is not None and prev.ner == "PERSON" and m.ner in ("PERSON", "ORG", "GPE", "LOC", "NORP") \
                        and prev.end_token == m.start_token \
                        and ctx.text[ctx.ends[prev.end_token - 1]:ctx.starts[m.start_token]] == " " \
                        and normalize_name(prev.text + " " + m.text) in whole:
                    out[-1] = Mention(prev.text + " " + m.text, "PERSON", prev.start_token, m.end_token,
                                      Span(prev.span.start, m.span.end))
                    continue
                out.append(m)
            ctx.mentions[:] = out

    def _particle_surnames_read_as_bodies(self, contexts: list[ParagraphContext]) -> None:
        """ "Von der Leyen insisted", "Van Aken said" after "Ursula von der Leyen", "Lotte van Aken": a surname
        opening with a particle (SURNAME_PARTICLES), capitalised at a sentence's start, that NER read as a body or
        a place is the surname of a person the article names in full: that person's."""
        tails = self._particle_tails
        for ctx in contexts:
            for m in ctx.mentions:
                words = m.text.split()
                if m.ner == "PERSON":
                    tails.update(normalize_name(" ".join(words[k:])) for k in range(1, len(words) - 1)
                                 if _particle_surname_start(words, k))
        for ctx in contexts:
            for m in ctx.mentions:
                if tails and m.ner != "PERSON" and _family_name(normalize_name(m.text)) \
                        and normalize_name(m.text) in tails:
                    m.ner = "PERSON"

    def _surnames_read_as_bodies(self, contexts: list[ParagraphContext]) -> None:
        """ "Kovalenko told Bloomberg the talks would resume", "Popescu met Ana Lupu": a one-word name NER tagged ORG
        that ends as family names do (SURNAME_ENDINGS), or that tells reporters something ("Novak told reporters":
        a person briefing the press more often than a body), and that the gazetteer knows as no body or place is a
        person's when a mention shows one (a title or post, "he" or "she" after it); a body's when a mention shows
        one (called a firm, shares of it, "it" acting after it); else no one's for sure: no type, all through
        the article."""
        # ... or that is one of the commonest surnames and speaks ("Prices rose, Smith said"), or that does what
        # people do ("Brandt vetoed the bill", "Lind, Berg and Holm abstained")
        found, ending = _one_word_names(contexts, ("ORG",), lambda m, ctx: fold_accents(m.text.lower()).endswith(
            SURNAME_ENDINGS) or _tells_the_press(m, ctx) or (m.text.lower() in COMMON_SURNAMES and _says_something(m, ctx))
            or _does_what_people_do(m, ctx))
        persons = _full_person_words(contexts) if ending else set()
        for norm in ending:
            mentions = found[norm]
            text = mentions[0][0].text
            if norm in _OWNED_PERSON_NOT_WORDS or self.gaz.organization(text) or self.gaz.country(text) \
                    or self.gaz.city(text) or self.gaz.region_countries(text) or self.gaz.is_demonym(text) \
                    or norm in persons or self.gaz.is_leader_surname(text):
                continue  # (a sitting leader's surname or one of the article's full names: the rules for people)
            if any(_person_before(m, ctx) or _post_beside(m, ctx) or _pronoun_after_speaker(m, ctx) == PERSON
                   or _taken_up_as_person(m, ctx) for m, ctx in mentions):
                ner = "PERSON"
            elif norm in self.firm_names or norm in self.company_short_names \
                    or any(_firm_context(m, ctx) or _shares_after(m, ctx) or _pronoun_after_speaker(m, ctx) == ORGANIZATION
                           for m, ctx in mentions):
                continue
            else:
                ner = "UNTYPED"
            for m, _ in mentions:
                m.ner = ner

    def _speakers_taken_up_as_people(self, contexts: list[ParagraphContext]) -> None:
        """ "Lincoln said he would sign the bill", "Chelsea told reporters she would not attend": a one-word name NER
        tagged ORG (no known body, country or city, no word of a body's, no sitting leader's surname, no full name
        of the article ending in it) that says something and that "he" or "she" then takes up is no body speaking
        of itself; a person's, or a club speaking of a player ("Chelsea said he would be out"): no type, all
        through the article, unless a mention shows a body's (called a firm, shares of it, "it" after it
        speaking) or a person's (a title before it: then left to the rules for people)."""
        found, taken_up = _one_word_names(contexts, ("ORG",), lambda m, ctx: self._surname_alone_read_as_body(m)
                                          and _pronoun_after_speaker(m, ctx) == PERSON)
        persons = _full_person_words(contexts) if taken_up else set()
        for norm in taken_up:
            mentions = found[norm]
            text = mentions[0][0].text
            if norm in persons or self.gaz.is_leader_surname(text):
                continue  # "Trump said he ...": a sitting leader's surname, left to the rules for people
            if any(_firm_context(m, ctx) or _shares_after(m, ctx) or _pronoun_after_speaker(m, ctx) == ORGANIZATION
                   or _person_before(m, ctx) for m, ctx in mentions):
                continue
            for m, _ in mentions:
                m.ner = "UNTYPED"

    def _leader_surnames_listed_with_others(self, contexts: list[ParagraphContext]) -> None:
        """ "Romano, Gallo and Costa signed the letter": a sitting leader's surname alone, in a list of one-word names
        none of which is a leader's (nor a known country, city or body), is one more surname of that list, not
        that leader: no type, all through the article, unless a title or a post beside one of its mentions or
        one of the article's full names shows whose it is ("Macron, Scholz and Costa" stay leaders)."""
        found, listed = _one_word_names(contexts, ("PERSON", "ORG", "GPE", "LOC", "NORP"), lambda m, ctx: (
            self.gaz.leader_by_surname(m.text) is not None and self._listed_with_unknown_names(m, ctx)))
        if not listed:
            return
        persons = _full_person_words(contexts)
        for norm in listed:
            mentions = found[norm]
            if norm in persons or self.gaz.country(mentions[0][0].text) or self.gaz.organization(mentions[0][0].text) \
                    or any(_person_before(m, ctx) or _post_beside(m, ctx) for m, ctx in mentions):
                continue
            for m, _ in mentions:
                m.ner = "UNTYPED"

    def _listed_with_unknown_names(self, m: Mention, ctx: ParagraphContext) -> bool:
        """Whether a mention is one name of a list ("A, B and m", "A and m") of one-word names, the others none the
        gazetteer knows (a leader's surname, a country, a city, a body)."""
        lowers = ctx.lowers
        ordered = sorted(ctx.mentions, key=lambda o: o.start_token)
        k = next(n for n, o in enumerate(ordered) if o is m)
        first = last = k
        while first > 0 and lowers[ordered[first - 1].end_token:ordered[first].start_token] in _LIST_LINKS:
            first -= 1
        while last + 1 < len(ordered) and lowers[ordered[last].end_token:ordered[last + 1].start_token] in _LIST_LINKS:
            last += 1
        others = [o for o in ordered[first:last + 1] if o is not m]
        if not others or not {"and", "or"} & set(lowers[ordered[first].end_token:ordered[last].start_token]):
            return False
        gaz = self.gaz
        return all(o.end_token == o.start_token + 1 and o.text.istitle() and not gaz.is_leader_surname(o.text)
                   and not gaz.country(o.text) and not gaz.city(o.text) and not gaz.organization(o.text)
                   for o in others)

    def _cities_speaking_as_people(self, contexts: list[ParagraphContext]) -> None:
        """ "Florence said she would resign", "Austin told reporters he would stay": a one-word name the gazetteer
        knows as a city (and no country), that says something and that "he" or "she" then takes up, or that a
        title or honorific is set before, is no city: a place does not speak of itself as "she". A person's, all
        through the article (the given-name table leaves out names that are places too). A country's capital
        with only a pronoun after it still speaks for its country ("Beijing said he would visit"), and a name the
        article also shows as a place, or names a person in full by, is left alone."""
        found, speaking = _one_word_names(contexts, ("PERSON", "ORG", "GPE", "LOC"), lambda m, ctx: (
            _pronoun_after_speaker(m, ctx) == PERSON or _says_something(m, ctx) and _person_before(m, ctx)))
        if not speaking:
            return
        persons = _full_person_words(contexts)
        for norm in speaking:
            mentions = found[norm]
            text = mentions[0][0].text
            if norm in persons or not self.gaz.city(text) or self.gaz.country(text) or self.gaz.organization(text) \
                    or any(_shown_as_place(m, ctx, self.gaz) for m, ctx in mentions):
                continue
            if self.gaz.capital_country(text) is not None and not any(_person_before(m, ctx) for m, ctx in mentions):
                continue
            self._people_named_like_cities.add(norm)
            for m, _ in mentions:
                m.ner = "PERSON"

    @staticmethod
    def _owns_person(m: Mention, ctx: ParagraphContext, people: set[int]) -> bool:
        """Whether a name of one to three name words is followed by a possessive, at most three title words,
        and a person's name."""
        lowers, i = ctx.lowers, m.end_token
        if not 1 <= len(m.text.split()) <= 3 or not all(_name_word(w) for w in m.text.split()) \
                or i >= len(lowers) or lowers[i] not in ("'s", "\u2019s"):
            return False
        i += 1
        while i < len(lowers) and i < m.end_token + 4 and i not in people \
                and (lowers[i] in _TITLE_WORDS or lowers[i] in PORTFOLIO_WORDS):
            i += 1
        return i in people or _untagged_name_run(ctx, i)

    def _gathering_places_read_as_bodies(self, contexts: list[ParagraphContext]) -> None:
        """ "The ministers met in Erbil", "talks in Erbil", "Erbil, the capital of the Kurdistan region,": a one-word
        name NER tagged ORG, with no body's word, that some mention shows as where people meet or arrive (right after
        the "in" of a verb or noun of meeting, or beside a place noun) is a place all through the article, unless
        some mention acts ("Erbil said"), is called a firm, or the gazetteer knows it as a body. Not after any "in":
        "invested in Nvidia", "a stake in Rosneft" are bodies."""
        found: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
        for ctx in contexts:
            for m in ctx.mentions:
                if m.ner == "ORG" and m.end_token == m.start_token + 1 and m.text.isalpha() and m.text[:1].isupper() \
                        and not m.text.isupper():
                    found.setdefault(normalize_name(m.text), []).append((m, ctx))
        for norm, mentions in found.items():
            if norm in _NOT_NAME_WORDS or norm in GENERIC_BODY_WORDS or norm in NATIONAL_BODIES \
                    or norm in LEGISLATURE_WORDS or norm in self.firm_names or norm in self.company_short_names \
                    or self.gaz.organization(mentions[0][0].text) \
                    or not any(_where_people_gather(m, ctx) for m, ctx in mentions) \
                    or any(_acting(m, ctx) or _firm_context(m, ctx) for m, ctx in mentions):
                continue
            for m, _ in mentions:
                m.ner = "GPE"

    def _join_demonym_halves(self, ctx: ParagraphContext) -> list[Mention]:
        """ "his Sierra Leonean counterpart": NER cut a people's two-word name in two ("Sierra" a body, "Leonean" a
        person); two names side by side that together are a demonym the gazetteer knows are that demonym."""
        out: list[Mention] = []
        for m in ctx.mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.end_token == m.start_token and prev.ner != "NORP" \
                    and ctx.starts[m.start_token] == ctx.ends[prev.end_token - 1] + 1 \
                    and self.gaz.is_demonym(prev.text + " " + m.text):
                out[-1] = Mention(prev.text + " " + m.text, "NORP", prev.start_token, m.end_token,
                                  Span(prev.span.start, m.span.end))
                continue
            out.append(m)
        return out

    def _join_split_names(self, ctx: ParagraphContext) -> list[Mention]:
        """ "the ambassador to the United States, Esteban Moctezuma": NER cut a name in two, a given name it took for
        a body and a surname it took for a place; one given name word right before another name is one person's
        name, unless either part is a known country or city."""
        out: list[Mention] = []
        for m in ctx.mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.end_token == m.start_token and len(prev.text.split()) == 1 \
                    and prev.ner in ("ORG", "GPE", "NORP", "PERSON") and m.ner in ("GPE", "LOC", "ORG", "PERSON") \
                    and not (prev.ner == m.ner == "PERSON") and is_given_name(prev.text) \
                    and _looks_like_name(prev.text + " " + m.text) and len(m.text.split()) <= 2 \
                    and not any(self.gaz.country(t) or self.gaz.city(t) or self.gaz.organization(t)
                                for t in (prev.text, m.text)) \
                    and not _title_case(ctx.doc[m.start_token].sent):
                out[-1] = Mention(prev.text + " " + m.text, "PERSON", prev.start_token, m.end_token,
                                  Span(prev.span.start, m.span.end))
                continue
            out.append(m)
        return out

    def _join_unknown_pairs(self, ctx: ParagraphContext) -> list[Mention]:
        """ "Kenya's Mutahi | Kagwe said": NER cut one name in two, a word it took for a place and a word it took for
        a nationality, neither known as such. Two such one-word names one space apart are one name, a person's or
        a firm's: no type, unless a title or an honorific before it shows a person's."""
        out: list[Mention] = []
        for m in ctx.mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.end_token == m.start_token and prev.ner in ("GPE", "LOC") \
                    and m.ner in ("NORP", "GPE", "LOC") and " " not in prev.text and " " not in m.text \
                    and ctx.text[ctx.ends[prev.end_token - 1]:ctx.starts[m.start_token]] == " " \
                    and _looks_like_name(prev.text + " " + m.text) and not _title_case(ctx.doc[m.start_token].sent) \
                    and not any(self.gaz.country(t) or self.gaz.city(t) or self.gaz.organization(t)
                                or self.gaz.is_demonym(t) or self.gaz.region_countries(t) for t in (prev.text, m.text)):
                joined = Mention(prev.text + " " + m.text, "PERSON", prev.start_token, m.end_token,
                                 Span(prev.span.start, m.span.end))
                if not _person_before(joined, ctx):
                    joined.ner = "UNTYPED"
                out[-1] = joined
                continue
            out.append(m)
        return out

    @staticmethod
    def _join_firm_endings(ctx: ParagraphContext) -> list[Mention]:
        """ "Toyota | Tsusho declined to comment": NER cut a firm's name in two, a body and a business's word it took
        for a person's name (FIRM_NAME_ENDINGS). One space apart, they are one firm's name."""
        out: list[Mention] = []
        for m in ctx.mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.ner == "ORG" and m.ner == "PERSON" and prev.end_token == m.start_token \
                    and m.end_token == m.start_token + 1 and normalize_name(m.text) in FIRM_NAME_ENDINGS \
                    and ctx.text[ctx.ends[prev.end_token - 1]:ctx.starts[m.start_token]] == " ":
                out[-1] = Mention(prev.text + " " + m.text, "ORG", prev.start_token, m.end_token,
                                  Span(prev.span.start, m.span.end))
                continue
            out.append(m)
        return out

    def _join_body_of(self, ctx: ParagraphContext) -> list[Mention]:
        """ "the US Department | of the | Treasury's office": NER cut a state body's name before "of", leaving a bare
        "US Department" and the body's field as a name of its own; a body ending in a head word of
        BODY_HEADS_BEFORE_OF and the capitalised name right after "of (the)" are one body."""
        out: list[Mention] = []
        lowers = ctx.lowers
        for m in ctx.mentions:
            prev = out[-1] if out else None
            gap = lowers[prev.end_token:m.start_token] if prev is not None else []
            if prev is not None and prev.ner == "ORG" and m.ner == "ORG" and gap in (["of"], ["of", "the"]) \
                    and lowers[prev.end_token - 1] in BODY_HEADS_BEFORE_OF and m.text[:1].isupper() \
                    and not self.gaz.country(m.text):
                between = ctx.text[ctx.ends[prev.end_token - 1]:ctx.starts[m.start_token]]
                out[-1] = Mention(prev.text + between + m.text, "ORG", prev.start_token, m.end_token,
                                  Span(prev.span.start, m.span.end))
                continue
            out.append(m)
        return out

    @staticmethod
    def _body_of_members_run_on(m: Mention, ctx: ParagraphContext) -> Mention:
        """ "the Council of Heads | of Member States of the League": NER ended a body's name on its members' plural
        noun (BODY_MEMBER_NOUNS_BEFORE_OF); the name runs on over "of" and the capitalised words after it."""
        lowers, end = ctx.lowers, m.end_token
        if m.ner != "ORG" or lowers[end - 1] not in BODY_MEMBER_NOUNS_BEFORE_OF or end + 1 >= len(lowers) \
                or lowers[end] != "of" or " of " not in m.text:
            return m
        k = end + 1
        while k < len(lowers) and k - end <= 3 and ctx.doc[k].is_alpha and ctx.doc[k].text[:1].isupper() \
                and not ctx.tok_entity.get(k) and ctx.doc[k].ent_iob_ == "O":
            k += 1
        if k == end + 1:
            return m
        return Mention(m.text + ctx.text[ctx.ends[end - 1]:ctx.ends[k - 1]], "ORG", m.start_token, k,
                       Span(m.span.start, ctx.span(0, ctx.ends[k - 1]).end))

    def _join_place_led_firms(self, ctx: ParagraphContext) -> list[Mention]:
        """ "Shandong | Yulong Petrochemical", "Tokyo | Electric Power": NER took a province or a city leading a
        firm's name for a place of its own; the place and the name right after it, one space apart, are one body.
        A country before a body ("US Treasury") is whose body it is, and a body the gazetteer knows is its own."""
        out: list[Mention] = []
        starts = {m.start_token for m in ctx.mentions}
        for m in ctx.mentions:
            if m.ner in ("GPE", "LOC") and (end := self._firm_name_after(ctx, m.end_token, starts)) \
                    and not self.gaz.country(m.text):
                # "Shares of Shandong | Chambroad Petrochemicals fell": the rest of the name NER left untagged
                m = Mention(ctx.span_text(m.start_token, end), "ORG", m.start_token, end,
                            ctx.span(ctx.starts[m.start_token], ctx.ends[end - 1]))
            prev = out[-1] if out else None
            if prev is not None and prev.end_token == m.start_token and prev.ner in ("GPE", "LOC") and m.ner == "ORG" \
                    and ctx.text[ctx.ends[prev.end_token - 1]:ctx.starts[m.start_token]] == " " \
                    and m.text[:1].isupper() and not self.gaz.country(prev.text) and not self.gaz.organization(m.text) \
                    and not self.gaz.is_demonym(prev.text) and not _hosted_body(m, ctx):
                out[-1] = Mention(prev.text + " " + m.text, "ORG", prev.start_token, m.end_token,
                                  Span(prev.span.start, m.span.end))
                continue
            out.append(m)
        return out

    @staticmethod
    def _firm_name_after(ctx: ParagraphContext, i: int, starts: set[int]) -> int:
        """The end of one to three capitalised words from token `i`, one space after the token before, no
        mention's start, ending in a firm's head word ("Chambroad Petrochemicals"); 0 when there are none."""
        lowers, text = ctx.lowers, ctx.text
        end = i
        while end < min(i + 3, len(lowers)) and end not in starts and text[ctx.starts[end]:ctx.starts[end] + 1].isupper() \
                and lowers[end].isalpha() and text[ctx.ends[end - 1]:ctx.starts[end]] == " ":
            end += 1
        return end if end > i and lowers[end - 1] in FIRM_HEAD_WORDS else 0

    def _split_credits(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "(UrduPoint News / Sputnik - 03rd March": NER read a credit line of two outlets and a date as one body;
        give back each outlet, without the date after a dash."""
        if m.ner != "ORG":
            return [m]
        lowers, doc = ctx.lowers, ctx.doc
        if _photo_credit(m, ctx):
            return []
        end = m.end_token
        dash = next((i for i in range(m.start_token + 1, end) if doc[i].text in ("-", "\u2013", "\u2014")
                     and doc[i - 1].whitespace_ and i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].is_digit
                                                                          or doc[i + 1].ent_type_ == "DATE"
                                                                          or doc[i + 1].text[:1].isdigit())), None)
        if dash is not None:
            end = dash
        cuts = [i for i in range(m.start_token + 1, end - 1) if lowers[i] == "/" and doc[i - 1].whitespace_]
        if dash is None and not cuts:
            return [m]
        parts, start = [], m.start_token
        for cut in cuts + [end]:
            if start < cut and any(t.is_alpha and t.text[:1].isupper() for t in doc[start:cut]):
                text = clean_surface(ctx.span_text(start, cut))
                parts.append(Mention(text, "ORG", start, cut, ctx.span(ctx.starts[start], ctx.ends[cut - 1])))
            start = cut + 1
        return parts or [m]

    def _split_located(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "at the Great Hall of the People in Beijing": NER read a building and the city after "in" as one
        facility; give back the building and the city (or country) the gazetteer knows, each on its own."""
        if m.ner not in ("FAC", "LOC"):
            return [m]
        lowers = ctx.lowers
        cut = next((i for i in range(m.end_token - 2, m.start_token, -1) if lowers[i] == "in"), None)
        if cut is None:
            return [m]
        tail = ctx.span_text(cut + 1, m.end_token)
        if not (self.gaz.city(tail) or self.gaz.country(tail)) or not ctx.doc[cut - 1].text[:1].isupper():
            return [m]
        head = clean_surface(ctx.span_text(m.start_token, cut))
        return [Mention(head, m.ner, m.start_token, cut, Span(m.span.start, m.span.start + len(head))),
                Mention(tail, "GPE", cut + 1, m.end_token, ctx.span(ctx.starts[cut + 1], ctx.ends[m.end_token - 1]))]

    def _split_places(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "a direct air route between Ha Noi and Ulaanbaatar": NER read two places joined by "and" as one body;
        give back each as a place when one of them is a known city or country and neither has a body's word."""
        lowers = ctx.lowers
        if m.ner not in ("ORG", "GPE", "LOC") or self.gaz.organization(m.text) or self.gaz.country(m.text) \
                or self.gaz.city(m.text):
            return [m]  # "Bosnia and Herzegovina", "Trinidad and Tobago": one country's name
        cut = next((i for i in range(m.start_token + 1, m.end_token - 1) if lowers[i] == "and"), None)
        if cut is None:
            return [m]
        parts = [(m.start_token, cut), (cut + 1, m.end_token)]
        texts = [ctx.span_text(a, b) for a, b in parts]
        if any(w in _NOT_NAME_WORDS for w in lowers[m.start_token:m.end_token]) \
                or not all(_looks_like_name(t) for t in texts) \
                or not any(self.gaz.city(t) or self.gaz.country(t) for t in texts):
            return [m]
        return [Mention(text, "GPE", a, b, ctx.span(ctx.starts[a], ctx.ends[b - 1]))
                for (a, b), text in zip(parts, texts)]

    def _split_host_place(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "the Lima G20 summit", "at the Oslo NATO meeting": NER read the host city (or country) and the group
        meeting there as one name (a body, even a person); give back the place the gazetteer knows and the body,
        each on its own. Only before an event's word, and only a body written as an acronym, so that a body named
        for its city ("the Dallas Fed") stays whole."""
        if m.ner not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP") or m.end_token - m.start_token < 2 \
                or not _hosted_body(m, ctx) \
                or self.gaz.organization(m.text) or self.gaz.country(m.text) or self.gaz.city(m.text):
            return [m]
        for cut in range(m.end_token - 1, m.start_token, -1):
            head, tail = ctx.span_text(m.start_token, cut), ctx.span_text(cut, m.end_token)
            if not (self.gaz.city(head) or self.gaz.country(head)) or not _BODY_ACRONYM.fullmatch(tail) \
                    or not any(c.isalpha() for c in tail) or self.gaz.country(tail):
                continue
            return [Mention(head, "GPE", m.start_token, cut, ctx.span(ctx.starts[m.start_token], ctx.ends[cut - 1])),
                    Mention(tail, "ORG", cut, m.end_token, ctx.span(ctx.starts[cut], ctx.ends[m.end_token - 1]))]
        return [m]

    def _leader_pair(self, m: Mention, ctx: ParagraphContext) -> list[Mention] | None:
        """ "A Putin-Obama meeting", "Trump-Putin talks": two surnames joined by a hyphen before a meeting's word
        are two people, not one; each sitting leader's surname among them (the other may be anyone's), or nothing
        when NER read the pair as one person. None when the name is no such pair ("Smith-Jones said": one
        double-barrelled surname)."""
        a, end = m.start_token, m.end_token
        if end - a != 3 or ctx.lowers[a + 1] != "-" or end >= len(ctx.doc) or ctx.lowers[end] not in EVENT_TRIGGERS \
                or ctx.starts[a + 1] != ctx.ends[a] or ctx.ends[a + 1] != ctx.starts[a + 2]:
            return None
        parts = [(i, ctx.span_text(i, i + 1)) for i in (a, a + 2)]
        if not all(_name_word(text) and text[:1].isupper() for _, text in parts) \
                or any(self.gaz.country(text) or self.gaz.organization(text) or self.gaz.city(text) for _, text in parts):
            return None  # "EU-Mercosur talks", "US-China talks": parties the gazetteer knows, split below
        if not any(self.gaz.is_leader_surname(text) for _, text in parts):
            return [] if m.ner == "PERSON" else None  # "the Lund-Berg talks": two people's, neither known
        return [Mention(text, "PERSON", i, i + 1, ctx.span(ctx.starts[i], ctx.ends[i])) for i, text in parts
                if self.gaz.is_leader_surname(text)]

    def _split_pair(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "the EU-Mercosur deal", "the India-UAE CEPA": NER read the two parties of an agreement, joined by a
        hyphen, as one name (a body, a building); give back each party the gazetteer knows on its own, as the
        gazetteer ruler does ("US-China talks"), and leave out an agreement's acronym after them."""
        lowers = ctx.lowers
        people = self._leader_pair(m, ctx)
        if people is not None:
            return people
        if m.ner not in ("ORG", "FAC", "GPE", "LOC", "NORP") or "-" not in lowers[m.start_token + 1:m.end_token - 1]:
            return [m]
        end = m.end_token - 1 if _agreement_acronym(ctx.span_text(m.end_token - 1, m.end_token)) else m.end_token
        hyphens = [i for i in range(m.start_token + 1, end - 1) if lowers[i] == "-"]
        if len(hyphens) != 1:
            return [m]
        cut = hyphens[0]
        if ctx.starts[cut] != ctx.ends[cut - 1] or ctx.ends[cut] != ctx.starts[cut + 1]:
            return [m]
        out = []
        for a, b in ((m.start_token, cut), (cut + 1, end)):
            text = ctx.span_text(a, b)
            if self.gaz.country(text):
                out.append(Mention(text, "GPE", a, b, ctx.span(ctx.starts[a], ctx.ends[b - 1])))
            elif self.gaz.organization(text):
                out.append(Mention(text, "ORG", a, b, ctx.span(ctx.starts[a], ctx.ends[b - 1])))
            else:
                return [m]
        return out

    def _split_owner(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "Rosatom's Alexei Likhachev met ...": NER read an owner's possessive and the name of two or three name words
        after it as one name; give back the owner (a place's when the gazetteer knows one, else a body's) and the
        name, a person's when it opens with a given name or ends in a family name of the census, else of no type.
        A name after the "'s" with a word of a body's, a firm's or a portfolio's ("Moody's Investors Service") is
        left whole."""
        lowers = ctx.lowers
        if m.ner not in ("ORG", "PERSON", "GPE", "LOC", "FAC"):
            return [m]
        cuts = [i for i in range(m.start_token + 1, m.end_token - 2) if lowers[i] in ("'s", "\u2019s")]
        if len(cuts) != 1:
            return [m]
        cut = cuts[0]
        owner, name = ctx.doc[m.start_token:cut], ctx.doc[cut + 1:m.end_token]
        words = [normalize_name(t.text) for t in name]
        if not all(_name_word(t.text) for t in owner) or not all(_name_word(t.text) for t in name) \
                or not 2 <= len(name) <= 3 or self.gaz.organization(m.text) \
                or not (_OWNED_PERSON_NOT_WORDS | NOT_SURNAME_WORDS | FIRM_NAME_ENDINGS | PORTFOLIO_WORDS).isdisjoint(words):
            return [m]
        place = self.gaz.country(owner.text) or self.gaz.city(owner.text) or self.gaz.region_countries(owner.text)
        person = is_given_name(name[0].text) or words[-1] in CENSUS_FAMILY_NAMES
        return [Mention(owner.text, "GPE" if place else "ORG", owner.start, owner.end,
                        ctx.span(owner.start_char, owner.end_char)),
                Mention(name.text, "PERSON" if person else "UNTYPED", name.start, name.end,
                        ctx.span(name.start_char, name.end_char))]

    def _given_name_read_as_body(self, m: Mention, ctx: ParagraphContext) -> bool:
        """ "included Alison McBride of the ...": a given name and a surname that NER read as a body, with no
        word of a body's name, are a person's name (unless the article calls the name a firm, or takes it up
        by "it": "Louis Dreyfus said it would ...")."""
        if m.ner != "ORG":
            return False  # (most names)
        words = m.text.split()
        norm = normalize_name(m.text)
        return 2 <= len(words) <= 3 and is_given_name(words[0]) \
            and _looks_like_name(m.text) and all(w.isalpha() for w in words[1:]) \
            and not set(norm.split()) & _NOT_GIVEN_NAME_SURNAME_WORDS \
            and norm not in self.firm_names and norm not in self.company_short_names \
            and not self.gaz.organization(m.text) and not self.gaz.country(m.text) and not self.gaz.city(m.text) \
            and _pronoun_after_speaker(m, ctx) != ORGANIZATION

    def _learn_named_bodies(self, contexts: list[ParagraphContext]) -> None:
        """The bodies the article names with capitals and no country before them ("the Ministry of Commerce,
        Industry and Tourism said", not "China's Ministry of Commerce"), by their head words: what a lower-case
        "the trade ministry" may stand for."""
        unowned: dict[str, set[str]] = {}
        owned: set[str] = set()
        for ctx in contexts:
            for m in ctx.mentions:
                if m.ner != "ORG" or m.text.islower() or not m.text[:1].isupper():
                    continue
                label = m.text
                if self._owner_named_before(m.span.start):
                    owned.add(label)
                    continue
                for word in normalize_name(label).split():
                    if word in ORGANIZATION_HEAD_WORDS:
                        unowned.setdefault(word, set()).add(label)
        self._unowned_bodies = {w: labels - owned for w, labels in unowned.items()}

    def _owner_named_before(self, start: int) -> bool:
        """Whether a country is named as owner right before offset `start` ("China's ")."""
        return self._owner_before(start) is not None

    def _owner_before(self, start: int):
        """The country (a gazetteer record) named as owner right before offset `start` ("China's "), or None."""
        return country_named_before(self.collector.article.text, start, self.gaz)

    def _firm_owner_before(self, start: int) -> bool:
        """Whether a body the gazetteer knows is named as owner right before offset `start` ("Lukoil's "): what it owns
        is its unit as often as its officer."""
        owner = OWNER_BEFORE.search(self.collector.article.text, max(0, start - 40), start)
        words = owner.group(1).split() if owner else []
        return any(self.gaz.organization(" ".join(words[k:])) for k in range(len(words)))

    def _common_name_of_body(self, m: Mention) -> tuple[str | None, str] | None:
        """ "the trade ministry said": a lower-case name is no body's name of its own. With no owner before it,
        it is the one body of that head word the article names without an owner; else no node."""
        if m.ner != "ORG" or not m.text.islower():
            return None
        if self._owner_named_before(m.span.start):
            return None  # "China's commerce ministry": read as before
        head = normalize_name(m.text).split()[-1:]
        labels = self._unowned_bodies.get(head[0], set()) if head else set()
        if len(labels) == 1:
            return ORGANIZATION, next(iter(labels))
        return None, "a body's common name, and no one body of the article it stands for"

    def _split_posting(self, m: Mention, ctx: ParagraphContext) -> list[Mention]:
        """ "Ambassador to Chile Ana Ruiz": NER read the country an envoy is posted to and the envoy's name as
        one name; give back the country and the person."""
        doc, start = ctx.doc, m.start_token
        if m.ner not in ("ORG", "PERSON") or m.end_token - start < 3 or start < 2 \
                or doc[start - 1].lower_ != "to" or not _envoy_title_before(doc, start - 1):
            return [m]
        for cut in range(start + 1, min(start + 4, m.end_token - 1)):
            if not self.gaz.country(doc[start:cut].text):
                continue
            name = doc[cut:m.end_token]
            if not all(_capitalised_name_word(t.text) and t.lower_ not in _NOT_NAME_WORDS for t in name):
                return [m]
            country = doc[start:cut]
            return [Mention(country.text, "GPE", country.start, country.end,
                            ctx.span(country.start_char, country.end_char)),
                    Mention(name.text, "PERSON", name.start, name.end, ctx.span(name.start_char, name.end_char))]
        return [m]

    def _learn_firms(self, contexts: list[ParagraphContext]) -> None:
        """Names the article shows to be firms: one called a firm anywhere is a firm everywhere, and the
        first words of a company's name ending in a legal form ("Orion Trade" of "Orion Trade Ltd") are
        that company when used alone."""
        short: dict[str, set[str]] = {}
        for ctx in contexts:
            for m in ctx.mentions:
                if m.ner in _FIRM_LABELS and _firm_context(m, ctx) or m.ner == "GPE" and (_shares_of(m, ctx)
                                                                                or _in_firm_slot(m, ctx)):
                    self.firm_names.add(normalize_name(m.text))
                words = m.text.split()
                if m.ner == "ORG" and len(words) >= 3 and words[-1].lower() in COMPANY_SUFFIXES:
                    known = self.gaz.organization(m.text)
                    for size in range(1, len(words)):
                        short.setdefault(normalize_name(" ".join(words[:size])), set()).add(
                            known.label if known else m.text)
        self.company_short_names = {name: next(iter(full)) for name, full in short.items()
                                    if len(full) == 1 and len(name.split()) > 1}
        # a company's first word alone ("Cisco" of "Cisco Systems Inc."), which NER may take for a place
        self.company_first_words = {name: next(iter(full)) for name, full in short.items()
                                    if len(full) == 1 and len(name.split()) == 1}

    def _name_after_title(self, m: Mention, ctx: ParagraphContext) -> Mention | None:
        if m.ner != "ORG" or m.end_token - m.start_token < 3 or ctx.lowers[m.start_token] not in TITLE_HEAD_WORDS:
            return None
        doc = ctx.doc
        tokens = list(doc[m.start_token:m.end_token])
        last = tokens[-1]
        if normalize_name(last.text) not in self.person_names or not last.text[:1].isupper():
            return None
        start = len(tokens) - 1
        before = tokens[start - 1]
        if before.is_alpha and before.text[:1].isupper() and before.lower_ not in TITLE_HEAD_WORDS \
                and before.lower_ not in TITLE_MODIFIER_WORDS and before.lower_ not in ORGANIZATION_HEAD_WORDS \
                and tokens[start - 2].text[:1].isupper():
            start -= 1  # a given name before the surname ("Maren Okafor")
        name = doc[tokens[start].i:m.end_token]
        return Mention(name.text, "PERSON", name.start, name.end, ctx.span(name.start_char, name.end_char))

    def assign(self, ctx: ParagraphContext) -> None:
        doc = ctx.doc
        for m in ctx.mentions:
            kind, label = self.classify(m, ctx)
            kind, label = self.places.reading(m, ctx, kind, label)
            metonym = False
            if kind == PLACE and _agentive(ctx.root(m.start_token, m.end_token)):
                # "Washington broadened ...", "Beijing's vow": a capital acting is its country
                acting = self.acting_for(label)
                if acting:
                    kind, label = acting
                    metonym = True
            if kind is None:
                self.collector.report(m.text, m.span, label)
                continue
            if kind == "Demonym":
                continue
            if kind == ORGANIZATION and label == m.text and normalize_name(label) in self._names_ending_in_s \
                    and not self.gaz.organization(label):
                label = label + "'s"  # "Moody's cut Ghana's rating": the "'s" is the name's, no owner's
            earlier = self._shortened_organization(label, m.span.start) if kind == ORGANIZATION else None
            if earlier is not None and self._owned_apart(m.span.start, earlier):
                earlier = None  # "Iraq's Kataib Hezbollah ... Lebanon's Hezbollah": two groups, not one named short
            if earlier is not None:
                # "the Commission's" after "the European Commission", "the Security Council" after "the UN
                # Security Council": a shortened name of a body named before
                key = self.collector.entity(kind, label, m.span, key=earlier)
                for i in range(m.start_token, m.end_token):
                    ctx.tok_entity[i] = key
                continue
            if kind == ORGANIZATION and normalize_name(label) in BARE_BODY_WORDS:
                self.collector.report(m.text, m.span, "a body's common name, naming no body on its own")
                continue
            if kind == ORGANIZATION and normalize_name(label) in BACK_REFERENCE_HEAD_WORDS:
                self.collector.report(m.text, m.span, "a bare organization word with no body named before it")
                continue
            key = self.collector.entity(kind, label, m.span)
            if kind == PLACE and key not in self.venue_cities and is_venue_name(label, self.gaz):
                city = city_written_after(ctx, m.end_token, self.gaz)
                if city is not None:
                    self.venue_cities[key] = city
            alias = m.text
            if kind == PERSON and len(alias.split()) > 1 and alias.split()[0].lower() in TITLE_HEAD_WORDS \
                    and label.split()[0].lower() != alias.split()[0].lower():
                alias = alias.split(" ", 1)[1]  # "DPM Tellan" read as one name: the title is no part of the name
            if label != alias and not metonym:
                self.collector.entities[key].aliases.add(alias)
            for i in range(m.start_token, m.end_token):
                ctx.tok_entity[i] = key
            if kind == PERSON:
                bisect.insort(self._person_positions, (m.span.start, key))
        for m in ctx.mentions:
            if m.ner == "VENUE":
                self._venue_in_its_city(m, ctx)

    def _venue_in_its_city(self, m: Mention, ctx: ParagraphContext) -> None:
        """ "signed at State House, Accra", "talks at Lancaster House in London": a venue with no node of its own
        stands for the place written right after it, so that what happens at it happens there."""
        i = m.end_token
        if i < len(ctx.doc) and ctx.lowers[i] in (",", "in"):
            key = ctx.tok_entity.get(i + 1)
            if key is not None and self.collector.entities[self.collector.canonical(key)].kind == PLACE:
                for j in range(m.start_token, m.end_token):
                    ctx.tok_entity[j] = key

    def _learn_defined_acronyms(self, contexts: list[ParagraphContext]) -> None:
        """ "the Harbour Trade Commission (HTC)": an acronym in brackets right after a body's name whose words'
        initials (its last ones, or all of them with "of") spell it is that body all through the article, whatever
        other body the gazetteer knows by those letters."""
        for ctx in contexts:
            for prev, m in zip(ctx.mentions, ctx.mentions[1:]):
                if m.ner in ("ORG", "PERSON", "NORP", "GPE") and prev.ner == "ORG" \
                        and m.start_token == prev.end_token + 1 and ctx.lowers[prev.end_token] == "(" \
                        and m.end_token < len(ctx.lowers) and ctx.lowers[m.end_token] == ")" \
                        and _spells(m.text, prev.text) and not self.gaz.country(m.text):
                    self._defined_acronyms.setdefault(m.text, (prev, ctx))

    def classify(self, m: Mention, ctx: ParagraphContext) -> tuple[str | None, str]:
        """(kind, label) for a mention, or (None, why it cannot be mapped)."""
        defined = self._defined_acronyms.get(m.text)
        if defined is not None and defined[0] is not m:
            return self.classify(*defined)
        doc = ctx.doc
        text, norm = m.text, normalize_name(m.text)
        words = text.split()
        if m.ner == "ORG" and len(words) >= 2 and words[0].lower() in TITLE_HEAD_WORDS and _looks_like_name(" ".join(words[1:])) \
                and not set(normalize_name(" ".join(words[1:])).split()) & _BODY_OR_TITLE_WORDS:
            rest = " ".join(words[1:])  # "PM Odgerel", "CS Kamau": a title and a name read as a body
            if len(words) > 2 or normalize_name(rest) in self.full_person_names or normalize_name(rest) in self.person_names:
                return PERSON, self.full_person_names.get(normalize_name(rest), rest)
        if m.ner == "ORG" and not self.gaz.organization(text) and (_part_of_title(m, ctx.lowers) or (
                # (a body's head word that is also a portfolio's, "Cooperation", heads no body in a title's chain)
                not set(norm.split()) & ORGANIZATION_HEAD_WORDS - PORTFOLIO_WORDS and _portfolio_of_title(doc, m.start_token)
                and not self.gaz.organization(text))) \
                and not _firm_officer_of(m, ctx.lowers):  # ("chief executive of Kenya Airways": a firm, no portfolio)
            return None, "part of a person's title, not an organization of its own"
        if m.ner in ("ORG", "NORP") and len(words) == 2 and norm.endswith(" party") and self.gaz.is_demonym(words[0]):
            # "Vietnamese Party General Secretary To Lam": the country's ruling party, unnamed; no body of that name
            return None, "a demonym and 'Party': a country's party left unnamed, not a body's name"
        if m.ner in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and _LIST_NAME.search(norm) and not self.gaz.organization(text) \
                and not _reports(ctx, m):
            # "the Entity List", "the Specially Designated Nationals List", "the List of Terrorist Entities": a
            # register of names a body keeps, no body ("Angie's List said": a firm, saying something)
            return None, "a list's name, no body"
        if m.ner == "ORG" and _only_post_words(norm):
            return None, "a post, not an organization"  # "the press service of the Head of State"
        if m.ner in ("ORG", "GPE", "LOC", "FAC", "PERSON") and 0 < m.start_token and m.end_token < len(doc) \
                and ctx.lowers[m.start_token - 1] in ("its", "their") and ctx.lowers[m.end_token] in PRODUCT_LINE_NOUNS \
                and not self.gaz.city(text) and not self.gaz.country(text) and not self.gaz.organization(text):
            return None, "a firm's line of goods ('its Dynasty series'), no body or place"
        if m.ner == "ORG" and _name_runs_on_into_a_modifier(m, ctx) and not self.gaz.organization(text):
            # "the Mail on Sunday report": NER cut a name that runs on over "on"/"of" and capitalised words into a
            # noun it modifies; the part is some other body's name, and the whole one is not sure
            return None, "part of a longer name NER cut short"
        if m.ner == "ORG" and _portfolios_before_plural(m, ctx, norm) and not self.gaz.organization(text):
            # "Trade, Industry and Energy officials met": a ministry's portfolios, no body's name, modifying its
            # people; which ministry (which country's) is not said
            return None, "a ministry's portfolios modifying a plural noun, not a body's name"
        if len(words) == 1 and (m.ner == "PERSON" and (norm in GATHERING_NOUNS or norm in OFFICIAL_GROUP_NOUNS or (
                norm.endswith("s") and norm[:-1] in TITLE_HEAD_WORDS)) or m.ner == "ORG" and norm in MEAL_NOUNS):
            # "attended the Luncheon hosted by ...", "both Ministers witnessed": a common noun written capitalised
            return None, "a gathering's or a group's common noun, capitalised, no one's name"
        if m.ner in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and not self.gaz.organization(text) \
                and (norm.split()[-1] in PLAN_NAME_ENDINGS or _cut_before_a_plan(m, ctx)):
            # "the Belt and Road Initiative" (NER: persons "Belt" and "Road Initiative"): a plan's name, no one's
            return None, "a plan's or a scheme's name, or a piece of one, not an agent or a place"
        if m.ner in ("GPE", "LOC", "FAC") and len(words) > 1 and norm.split()[-1] in GATHERING_NAME_ENDINGS \
                and not self.gaz.city(text) and not self.gaz.country(text):
            return None, "a gathering's name ('the Indian Ocean Conference'), no place"
        if m.ner in ("GPE", "LOC") and len(words) > 1 and m.end_token < len(doc) \
                and ctx.lowers[m.end_token] in GATHERING_NAME_ENDINGS and doc[m.end_token].text[:1].isupper() \
                and not self.gaz.city(text) and not self.gaz.country(text) and not self.gaz.region_countries(text):
            # "the Arctic Region | Dialogue": NER cut the gathering's name before its last word; a region of no
            # country or city we know, named only so, is the gathering's, no place
            return None, "the head of a gathering's name ('the Arctic Region Dialogue'), no place"
        if m.ner in ("GPE", "LOC", "FAC", "ORG", "PERSON") and len(words) == 2 and _ORDINAL.fullmatch(words[0]) \
                and (norm.split()[-1] in MISSION_NOUNS or norm.split()[-1] in ORGANIZATION_HEAD_WORDS
                     or norm.split()[-1] in GATHERING_NOUNS):
            # "opening our 43rd Embassy in X", "the 12th Session": a count of a common noun, no name
            return None, "an ordinal and a common noun, no one's name"
        if m.ner in ("PERSON", "GPE", "LOC", "FAC", "NORP") and m.start_token > 0 and m.end_token < len(doc) \
                and ctx.lowers[m.start_token - 1] == "the" and ctx.lowers[m.end_token] in MEDIA_NOUNS \
                and not self.gaz.country(text) and not self.gaz.city(text) and not self.gaz.region_countries(text) \
                and not self.gaz.is_demonym(text) and not self.gaz.leader(text) and not self.gaz.is_leader_surname(text) \
                and norm not in self.full_person_names and not any(
                    o is not m and o.ner == "PERSON" and normalize_name(o.text) == norm and not (
                        o.end_token < len(c.lowers) and c.lowers[o.end_token] in MEDIA_NOUNS)
                    for c in self._contexts for o in c.mentions):
            # (not a person the article names elsewhere: "the Ana Lupu website" after "President Ana Lupu said")
            org = self.gaz.organization(text)
            return ORGANIZATION, org.label if org else text  # "told the Lao Dong newspaper": the outlet's name
        if len(words) == 1 and m.start_token > 0 and ctx.lowers[m.start_token - 1] in _POSSESSIVE_PRONOUNS \
                and doc[m.start_token].tag_ in ("NNS", "NNPS") and not self.gaz.organization(text) \
                and not self.gaz.country(text) and not self.gaz.city(text) and not self.gaz.is_demonym(text):
            # "In its Conclusions, the Council", "their Recommendations": a plural noun a body or person owns
            return None, "a plural common noun after a possessive pronoun, capitalised, no one's name"
        if len(words) == 1 and norm in COMPASS_WORDS and m.end_token + 1 < len(doc) \
                and ctx.lowers[m.end_token] in ("and", "&", "or") and doc[m.end_token + 1].text[:1].isupper():
            # "South and Central Asia", "East and Southern Africa": a region's name the coordination cut short
            return None, "a compass word cut from a region's name by 'and', no place of its own"
        if self._state_abbreviation_after_city(m, ctx):
            return None, "a US state's abbreviation after its city ('Austin, TX', 'Washington, D.C.'), no body"
        if m.ner == "UNTYPED":
            return None, "a name that speaks with nothing to tell a person's from a firm's"
        if m.ner == "NAME":
            return None, "a name NER took for a place, met or speaking as a person and never shown as a place"
        if m.ner == "VESSEL":
            return VESSEL, text
        if m.ner == "VENUE":
            return None, "a building the article shows only as a venue: no body, and not the city it is in"
        if norm in BARE_STATE_WORDS:
            return None, "a state's common noun ('the Kingdom'), naming no place of its own"
        if m.ner in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and not self.gaz.organization(text) \
                and _glued_list_words(doc, m.start_token, m.end_token, ctx.lowers) is not None \
                and (m.ner == "PERSON" or _name_list_goes_on(ctx, m.end_token)):
            # "Suluhu, Ruto and Museveni signed" with "Suluhu, Ruto" read as one name: a list, no one and no body
            return None, "one-word names of a list NER read as one name"
        if m.ner in ("PERSON", "ORG", "GPE") and len(words) >= 2 \
                and words[-1].lower().rstrip(".") in US_STATE_POST_WORDS \
                and normalize_name(" ".join(words[:-1])) in US_STATE_NAMES:
            # "Georgia Lt. Governor X" with "Georgia Lt" read as a name: the state and the post's first word
            state = " ".join(words[:-1])
            return PLACE, f"{state} State" if self.gaz.city(state) else state
        if m.ner in ("GPE", "LOC", "ORG") and (norm in self._us_states or _us_state_post(m, ctx)):
            # "Georgia Governor X": the US state, not the country; "Washington Governor X", "New York Governor X":
            # named as the state, not as the city of that name (the capital or the city the gazetteer knows)
            return PLACE, f"{text} State" if self.gaz.city(text) else text
        if m.ner in ("ORG", "GPE", "LOC") and len(words) == 1 and not _ACRONYM.fullmatch(text) \
                and norm not in self.firm_names and not _place_context(m, ctx) \
                and norm not in self.company_short_names \
                and self.gaz.is_leader_surname(text) \
                and not self.gaz.organization(text) and not self.gaz.country(text) and not self.gaz.city(text):
            # "had spoken by phone with Trump", "Modi's office": a sitting leader's surname NER took for a body or a place
            return PERSON, self.full_person_names.get(norm, text)
        if m.ner in ("ORG", "GPE", "LOC", "FAC") and len(words) == 1 and not self.gaz.organization(text) \
                and not self.gaz.country(text) and not self.gaz.city(text):
            relation = _relation_after_possessive(m, ctx.lowers)
            if relation in KIN_NOUNS:
                return PERSON, self.full_person_names.get(norm, text)  # "Navalny's widow": only a person has one
            if relation in CLOSE_ONE_NOUNS and any(
                    other.ner == "PERSON" and other.start_token == m.end_token + 2 for other in ctx.mentions):
                # "Orban's ally Peter Szijjarto": a person's ally as often as a group's ("Hamas's ally Hezbollah")
                return None, "a name whose ally or friend, a person, is named after it: a person's or a group's"
        if m.ner in ("ORG", "GPE", "LOC", "FAC", "NORP") and 2 <= len(words) <= 3 and m.start_token > 0 \
                and _kin_noun_before(ctx.lowers, m.start_token) in KIN_NOUNS and _looks_like_name(text) \
                and _NOT_GIVEN_NAME_SURNAME_WORDS.isdisjoint(norm.split()) and not self.gaz.organization(text) \
                and not self.gaz.country(text) and not self.gaz.city(text) and not self.gaz.region_countries(text):
            return PERSON, text  # "Navalny's widow Yulia Navalnaya", "his son Hunter Biden": kin are people
        if text in TERM_ACRONYMS:
            return None, "an abbreviation of a term (LNG, FDI), not of a body"
        if norm in NEWS_TERMS:
            return None, "a term news writes capitalised (Covid, Brexit), no one's name"
        if _goods_acronym(m, ctx) and not self.gaz.organization(text) and not self.gaz.country(text):
            return None, "a good's acronym after a trade measure's or flow's noun ('duties on PVDF'), not a body"
        if text in WIRE_END_MARKERS and ctx.text.strip(" ()[]-*#/\n\t") == text:
            return None, "a wire story's end marker ('(END)'), not a body"
        if _law_name_part(m, ctx) and not self.gaz.organization(text) \
                and not (m.ner == "ORG" and set(norm.split()) & ORGANIZATION_HEAD_WORDS):
            # "the Companies (Amendment) Bill": NER cut a law's name at its parenthesis, giving a body "Companies"
            # and a person "Bill"
            return None, "a piece of a law's name cut at a parenthesis, not a body or a person"
        if len(words) >= 2 and norm.split()[-1] in LAW_NAME_ENDINGS and not self.gaz.organization(text) \
                and ORGANIZATION_HEAD_WORDS.isdisjoint(norm.split()) and not (m.ner == "PERSON" and norm.endswith(" law")):
            return None, "a law's or a treaty's name ('Travel Act', 'Abraham Accords'), not a body or a person"
        if not self.gaz.organization(text) and (_agreement_acronym(words[-1]) or _agreement_after(m, ctx)):
            return None, "a trade agreement or a party's part of its name (CPTPP, IEU-CEPA), not a body or a place"
        if text in self.shared_abbreviations:
            return None, "an abbreviation the article uses for something other than a body"
        common = self._common_name_of_body(m)
        if common is not None:
            return common
        if m.ner == "ORG" and len(words) > 1 and self.gaz.region_countries(text) and not self.gaz.organization(text) \
                and ORGANIZATION_HEAD_WORDS.isdisjoint(norm.split()):
            return PLACE, text  # "Baja California Sur said it would hire": a region of several words, no body
        if m.ner in ("FAC", "ORG", "GPE", "LOC") and len(words) > 1 and text[:1].isupper() \
                and (norm.split()[0] in MISSION_BODY_WORDS or norm.split()[-1] in MISSION_BODY_WORDS):
            return ORGANIZATION, text  # "the Embassy of the United States", "the US Embassy": a mission
        if self._spoken_with_by_person(m, ctx):
            return None, "a one-word name a person talks with, never acting as a body: most likely a surname"
        if m.ner == "ORG" and not self.gaz.organization(text):
            not_a_body = self._not_a_body(m, ctx, norm)
            if not_a_body:
                return not_a_body
        if m.ner in ("ORG", "PERSON") and (_after_place_noun(m, ctx) or _place_noun_after(m, ctx)) \
                and not self.gaz.organization(text):
            return PLACE, text  # "the island of Tavua", "Kalo international container port"
        previous = ctx.lowers[m.start_token - 1] if m.start_token > 0 else None  # the word before, lower-case
        if m.ner == "ORG" and (_person_apposition(m, ctx) or is_given_name(words[0]) and _person_apposition(
                m, ctx, definite=True)) and _looks_like_name(text) and 2 <= len(words) <= 3 \
                and not self.gaz.organization(text) and not set(norm.split()) & ORGANIZATION_HEAD_WORDS:
            return PERSON, text  # "Eli Roth, an executive at the family firm,": the post is a person's
        if m.ner in _FIRM_LABELS and (norm in self.firm_names or _firm_context(m, ctx)) \
                or m.ner == "GPE" and (_shares_of(m, ctx) or norm in self.firm_names and not self.gaz.country(text)
                                       and not self.gaz.city(text)):
            org = self.gaz.organization(text)
            return ORGANIZATION, org.label if org else text
        if m.ner in ("ORG", "PERSON") and norm in self.company_short_names:
            return ORGANIZATION, self.company_short_names[norm]  # "Orion Trade" for "Orion Trade Ltd"
        if m.ner in ("GPE", "LOC") and norm in self.company_first_words and not self.gaz.city(text) \
                and not self.gaz.country(text) and not self.gaz.region_countries(text) and not self.gaz.is_demonym(text):
            # "Cisco spokeswoman X" after "Cisco Systems Inc.": the company's first word, no place the gazetteer knows
            return ORGANIZATION, self.company_first_words[norm]
        if m.ner == "PERSON" and _ACRONYM.fullmatch(text):
            return ORGANIZATION, text  # "KOTRA said": people are not named in capitals
        if m.ner == "ORG" and previous is not None and (previous in PERSON_ROLE_NOUNS or previous in TITLE_HEAD_WORDS
                                                        or previous in COUNTERPART_WORDS) \
                and _looks_like_name(text) and 2 <= len(text.split()) <= 3 and not self.gaz.organization(text) \
                and not set(norm.split()) & ORGANIZATION_HEAD_WORDS:
            # "former MP Ion Vasko", "his counterpart Ana Quispe", "Dana Hale, a trade envoy,": NER took the
            # name for a body
            return PERSON, text
        if norm in VEHICLE_NAMES:
            return None, "a leader's aircraft, not an agent or place"
        if previous is not None and previous in VEHICLE_PREPOSITIONS:
            return None, f"a vehicle (after '{doc[m.start_token - 1].text}'), not an agent or place"
        single = len(text.split()) == 1
        if m.ner == "PERSON" and all(w in _TITLE_WORDS_ALL for w in norm.split()):
            return None, "a title without a name"
        if m.ner == "PERSON" and single and norm not in self.full_person_names and self.gaz.city(text) \
                and norm not in self._people_named_like_cities:
            return PLACE, self.gaz.city(text).label  # "the Lima-based firm": a city read as a name
        if m.ner == "PERSON" and single and norm not in self.full_person_names and _modifies_plural_noun(m, ctx) \
                and not is_given_name(text) and not _person_before(m, ctx) \
                and not self.gaz.is_leader_surname(text):
            # "Kurd leaders", "Tuareg fighters", "Rice traders": a people's or a good's name before a plural noun
            return None, "a word before a plural noun that names no one the article names in full"
        family = _family_name(norm)
        if (family or single) and norm in self._shared_family_names and self._titled_leader(m, ctx, text) is None:
            # "Smith said" after "John Smith" and "Jane Smith": either, so neither, and no third person "Smith"
            return None, "a family name alone that two people of the article bear"
        if m.ner == "PERSON" or norm in self.person_names or ((single or family) and norm in self.full_person_names):
            if _looks_like_name(text) and not self.gaz.country(text) and not self.gaz.organization(text):
                full = self.full_person_names.get(norm) if single or family else None
                if full is not None:  # "President Lula" after "Maria Lula, a union leader": the president
                    full = self._titled_leader(m, ctx, full) or full
                elif norm in self._shared_family_names:  # "President Trump" after "Eric Trump" and "Donald Trump"
                    full = self._titled_leader(m, ctx, text)
                if norm in self._long_forms:
                    full = self._person_labels.get(self._long_forms[norm])
                return PERSON, full or text
        if m.ner in ("FAC", "LOC") and _says_something(m, ctx) and self._owner_named_before(m.span.start) \
                and not self.gaz.city(text) and not self.gaz.country(text) and not self.gaz.region_countries(text):
            # "China's Great Wall said it would cut prices": a landmark's name a country owns that speaks is a
            # firm's or a body's named after it, no place; a body for sure only when "it" takes it up
            if _it_acting_after_speaker(m, ctx):
                org = self.gaz.organization(text)
                return ORGANIZATION, org.label if org else text
            return None, "a landmark's name owned by a country that speaks: a body named after it, or no one"
        country = self.gaz.country(text)
        if country and m.ner in ("GPE", "LOC", "ORG", "NORP", "PERSON"):
            if m.ner == "NORP":
                return "Demonym", country.label
            return COUNTRY, country.label
        kind = NER_LABEL_KIND.get(m.ner)
        if kind is None:
            return None, f"spaCy label {m.ner} has no class in the ontology"
        if kind == "Demonym":
            return ("Demonym", text) if self.gaz.is_demonym(text) else (None, f"group name ({m.ner}) that names no country")
        last_word = norm.split()[-1] if norm else ""
        org = self.gaz.organization(text)
        city = self.gaz.city(text)
        if city and not org and m.ner == "ORG" and last_word not in ORGANIZATION_HEAD_WORDS:
            return PLACE, city.label  # NER often tags a city ("Nairobi", "Bergen") as an organization
        if not org and m.ner == "ORG" and single and not _ACRONYM.fullmatch(text) and not is_given_name(text) \
                and self.gaz.region_countries(text):
            return PLACE, text  # ... and a region ("Crimea's Ion Bondar said", "Sichuan")
        acronym = _CLASSIFIED_ACRONYM.fullmatch(text) is not None and not self.gaz.city(text)
        if kind == ORGANIZATION or org or last_word in ORGANIZATION_HEAD_WORDS or acronym:
            return ORGANIZATION, org.label if org else text
        if kind == PERSON:
            return None, "tagged PERSON but does not look like a person's name"
        return PLACE, city.label if city else text

    def _state_abbreviation_after_city(self, m: Mention, ctx: ParagraphContext) -> bool:
        """ "Austin, TX", "WASHINGTON, D.C. -": a US state's abbreviation right after a city the gazetteer knows and
        a comma qualifies the city; NER often reads it as a body."""
        i = m.start_token
        if m.ner not in ("ORG", "GPE", "LOC", "PERSON", "NORP") or i < 2 or ctx.lowers[i - 1] != "," \
                or (m.text if m.text in US_STATE_ABBREVIATIONS else m.text.replace(" ", "")) not in US_STATE_ABBREVIATIONS:
            return False
        # the city's words before the comma (a dateline's city in capitals is no mention of its own)
        return any(all(ctx.doc[k].text[:1].isupper() for k in range(start, i - 1))
                   and self.gaz.city(ctx.span_text(start, i - 1)) is not None for start in range(max(0, i - 4), i - 1))

    def _titled_leader(self, m: Mention, ctx: ParagraphContext, full: str) -> str | None:
        """A surname after a head of state's or government's title ("President Trump") that one sitting leader
        of the gazetteer bears in that post, where the one full name of the article with that word is someone
        else ("Eric Trump"): the leader's name, not that namesake's."""
        i = m.start_token
        title = ctx.lowers[i - 1] if i > 0 else ""
        if i > 1 and title == "minister" and ctx.lowers[i - 2] == "prime":
            title = "prime minister"
        if title not in LEADER_TITLES:
            return None
        leader = self.gaz.leader_by_surname(m.text)
        if leader is None or title not in normalize_name(leader.position) or self.gaz.leader(full) is not None:
            return None
        return leader.label

    def body_named_before(self, word: str, position: int) -> str | None:
        """ "Commission Chair A": a bare head word of a body ("Commission", "Forum") before a title is the
        body of that head named last before it, or else the one such body the article names."""
        word = normalize_name(word)
        if word not in ORGANIZATION_HEAD_WORDS:
            return None
        before = self._shortened_organization(word, position)
        if before is not None:
            return before
        # a live page or a wire may name the body in full only further down: then only if it is the one such body
        bodies = [d.key for d in self.collector.entities.values() if d.kind == ORGANIZATION
                  and normalize_name(d.label).split()[-1:] == [word] and len(d.label.split()) > 1]
        return bodies[0] if len(bodies) == 1 else None

    def _owned_apart(self, start: int, body: str) -> bool:
        """Whether the name at offset `start` has a country named as its owner ("Lebanon's ") and the body `body`
        has another one before its mentions ("Iraq's "): the name is not that body's shortened name."""
        owner = self._owner_before(start)
        if owner is None:
            return False
        owners = {r.label for span in self.collector.entities[self.collector.canonical(body)].mentions
                  if (r := self._owner_before(span.start)) is not None}
        return bool(owners) and owner.label not in owners

    def _shortened_organization(self, label: str, position: int) -> str | None:
        """The organization named last before `position` whose name holds `label` as a word ("Treasury" in "US
        Treasury Department") or ends with it ("Security Council"); None when there is none, or `label`
        is a known name of its own or an acronym."""
        words = normalize_name(label).split()
        if not words or _ACRONYM.fullmatch(label) or self.gaz.organization(label):
            return None
        best, best_start = None, -1
        for draft in self.collector.entities.values():
            if draft.kind != ORGANIZATION:
                continue
            names = normalize_name(draft.label).split()
            if len(names) <= len(words) or (words[0] not in names if len(words) == 1 else names[-len(words):] != words):
                continue
            start = max((span.start for span in draft.mentions if span.start < position), default=-1)
            if start > best_start:
                best, best_start = draft.key, start
        return best

    def _not_a_body(self, m: Mention, ctx: ParagraphContext, norm: str) -> tuple[str | None, str] | None:
        """What an ORG-tagged name is when its words or its neighbours say it is no body: a venue, a
        treaty, a border post, an adjective."""
        doc = ctx.doc
        words = norm.split()
        if len(words) >= 2 and words[-2] in VENUE_MODIFIERS and words[-1] in VENUE_HEADS:
            return PLACE, m.text  # "the Harbour Convention Centre"
        before = doc[m.start_token - 1] if m.start_token > 0 else None
        if before is not None and before.lower_ == "the" and m.start_token > 1:
            before = doc[m.start_token - 2]
        if len(words) >= 2 and words[-1] in VENUE_ONLY_WORDS and before is not None and before.lower_ == "at":
            return PLACE, m.text  # "talks at the Hyatt Regency Hotel": a venue
        if words and (words[0] in AGREEMENT_WORDS or words[-1] in AGREEMENT_WORDS):
            return None, "a treaty or agreement, not an organization"
        if _spelled_out_before(m, doc):
            return None, "an acronym of the lower-case words before it: a term, not an organization"
        if len(words) == 1 and doc[m.start_token].pos_ == "ADJ":
            return None, "an adjective, not an organization"  # "Riparian states", "Nordic ministers"
        first = doc[m.start_token]
        if len(words) == 1 and first.pos_ == "NOUN" and first.is_sent_start and first.dep_ == "compound" \
                and first.text.istitle():
            # "Software developer Ola Dahl said": a common noun, capitalised only because it opens the sentence
            return None, "a common noun opening a sentence, not an organization"
        if words == ["state"]:
            return None, "the state in general, not a body"  # "the State and its citizens"
        if len(words) >= 2 and set(words) - {"and", "&"} <= COMMODITY_WORDS:
            return None, "goods written in capitals, not an organization"  # "duties on Steel and Aluminium"
        if _place_noun_after(m, ctx) and not set(words) & ORGANIZATION_HEAD_WORDS:
            return PLACE, m.text  # "the Tarsa border post"
        return None

    def fold_acronyms(self) -> None:
        """ "MITI" is the "Ministry of Investment, Trade and Industry" named in the same article: one node.

        An acronym folds into the one organization whose capitalised words' initials spell it, also
        after leading head words ("Office of the United States Trade Representative" -> "USTR").
        """
        organizations = [d for d in self.collector.entities.values() if d.kind == ORGANIZATION]
        spelled: dict[str, set[str]] = {}
        for draft in organizations:
            words = [w for w in re.split(r"[\s,]+", draft.label.replace("-", " ")) if w and w[0].isupper()]
            for start in range(len(words)):
                if start and normalize_name(words[start - 1]) not in ORGANIZATION_HEAD_WORDS:
                    break
                initials = "".join(w[0] for w in words[start:])
                if len(initials) >= 2:
                    spelled.setdefault(initials, set()).add(draft.key)
        for draft in organizations:
            number = _group_number(draft.label)  # "Group of 20" / "Group of Twenty" -> "G20"
            if number is not None:
                spelled.setdefault(f"G{number}", set()).add(draft.key)
        for draft in organizations:
            acronym = draft.label.replace(".", "")
            short = re.fullmatch(r"G[-\s]?(\d{1,2})", acronym)  # "G20", "G-20", "G 7"
            if short is not None:
                acronym = f"G{int(short.group(1))}"
            elif not re.fullmatch(r"[A-Z]{2,8}", acronym):
                continue
            owners = spelled.get(acronym, set()) - {draft.key}
            if len(owners) == 1:
                self.collector.merge(draft.key, owners.pop())

    def acting_for(self, place_label: str) -> tuple[str, str] | None:
        """The (kind, label) a place stands for when it acts: a capital is its country."""
        if place_label in PLACE_METONYMS:
            return PLACE_METONYMS[place_label]
        capital = self.gaz.capital_country(place_label)
        return (COUNTRY, capital.label) if capital else None

    def last_person_before(self, position: int, floor: int = 0) -> str | None:
        i = bisect.bisect_left(self._person_positions, (position, ""))
        if not i or self._person_positions[i - 1][0] < floor:
            return None
        return self._person_positions[i - 1][1]

    def pronoun_person(self, token, ctx: ParagraphContext) -> str | None:
        """The person a "he", "she", "his" or "her" stands for: the last one named before it in its paragraph,
        or in the paragraph before when the pronoun is the subject of its paragraph's first sentence ("He said")."""
        if token.lower_ in _PRONOUNS_PERSON:
            floor = ctx.offset
            if token.sent.start == 0 and token.dep_ in ("nsubj", "nsubjpass"):
                earlier = [start for start in self._paragraph_starts if start < ctx.offset]
                floor = earlier[-1] if earlier else 0
            key = self.last_person_before(ctx.offset + token.idx, floor)
            return self.collector.canonical(key) if key else None
        return None


def _venue(m: Mention, ctx: ParagraphContext, events_only: bool = False) -> bool:
    """A name where something happens: after "at"/"in"... ("held at Lancaster House") or hosting it. With
    `events_only`, only a verb's or an event noun's "at" counts: "an economist at the School of Economics in
    Bergen" is where she works, a body."""
    root = ctx.root(m.start_token, m.end_token)
    if root.dep_ == "pobj" and root.head.lower_ in VENUE_PREPOSITIONS:
        owner = root.head.head
        return not events_only or owner.pos_ in ("VERB", "AUX") or owner.lemma_.lower() in EVENT_TRIGGERS
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in PLACE_HOST_VERBS


def _acting(m: Mention, ctx: ParagraphContext) -> bool:
    """A name doing something other than hosting, or owning something: "State House said", "its report"."""
    root = ctx.root(m.start_token, m.end_token)
    if root.dep_ == "poss" or (root.dep_ == "pobj" and root.head.dep_ == "agent"):
        return True
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() not in PLACE_HOST_VERBS


def _modifies_plural_noun(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a one-word name stands right before a plural common noun it modifies ("Kurd leaders")."""
    i = m.end_token
    if i >= len(ctx.lowers) or not ctx.lowers[i].isalpha():
        return False
    token, after = ctx.doc[m.start_token], ctx.doc[i]
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i == i and after.tag_ == "NNS"


def _one_word_names(contexts, ners: tuple[str, ...], picks) -> tuple[dict, set[str]]:
    """One-word capitalised names NER tagged one of ``ners``: each name's (mention, context) pairs, and the
    names ``picks(mention, context)`` holds for at one mention or more."""
    found: dict[str, list[tuple[Mention, ParagraphContext]]] = {}
    picked: set[str] = set()
    for ctx in contexts:
        for m in ctx.mentions:
            if m.ner in ners and m.end_token == m.start_token + 1 and m.text.isalpha() and m.text.istitle():
                found.setdefault(normalize_name(m.text), []).append((m, ctx))
                if picks(m, ctx):
                    picked.add(normalize_name(m.text))
    return found, picked


def _full_person_words(contexts) -> set[str]:
    """The words of the article's names of two words or more NER tagged PERSON."""
    return {normalize_name(w) for ctx in contexts for m in ctx.mentions if m.ner == "PERSON" and " " in m.text
            for w in m.text.split()}


def _untype_doubted(contexts, ner: str, shown_otherwise, doubted) -> None:
    """The names NER tagged ``ner`` that ``doubted(mention, context, name)`` holds for at a mention get no type all
    through the article, unless ``shown_otherwise`` (asked first) holds at any mention of theirs."""
    doubts, shown = set(), set()
    for ctx in contexts:
        for m in ctx.mentions:
            if m.ner != ner:
                continue
            norm = normalize_name(m.text)
            if shown_otherwise(m, ctx, norm):
                shown.add(norm)
            elif doubted(m, ctx, norm):
                doubts.add(norm)
    _untype(contexts, ner, doubts - shown)


def _untype(contexts, ner: str, names: set[str]) -> None:
    """Every mention NER tagged ``ner`` whose name is one of ``names`` gets no type, all through the article."""
    for ctx in contexts:
        for m in ctx.mentions:
            if m.ner == ner and normalize_name(m.text) in names:
                m.ner = "UNTYPED"


def _person_before(m: Mention, ctx: ParagraphContext) -> bool:
    """A title word, a role noun, a kin noun or an honorific right before a mention: "Minister Ellis", "Mr Evans",
    "his son-in-law Berat Albayrak" (only a person has kin)."""
    before = ctx.lowers[m.start_token - 1] if m.start_token else ""
    # (one-word honorifics only: "the" opens "the Hon", and "the Houthis" is no honorific's)
    return before in _TITLE_WORDS or before in PERSON_ROLE_NOUNS or _honorific_lower(before) in _HONORIFIC_WORDS \
        or (m.start_token > 0 and _kin_noun_before(ctx.lowers, m.start_token) in KIN_NOUNS)


def _plural_group(m: Mention, ctx: ParagraphContext, gaz) -> bool:
    """Whether the sentence treats a one-word name as a plural: "the Houthis", "Houthis have fired", "Houthis,
    who control", or "Yemen's Houthis said they"."""
    doc = ctx.doc
    root = ctx.root(m.start_token, m.end_token)
    if m.start_token and ctx.lowers[m.start_token - 1] == "the" \
            or any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return True
    if any(c.dep_ == "relcl" and c.tag_ == "VBP" for c in root.children):
        return True
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = root.head
    if head.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in head.children):
        return True
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    return owner is not None and gaz.country(owner.text) is not None \
        and any(t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass") for t in head.subtree)


def _addressee(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name is whom something is told ("told Bloomberg that"), who holds an interview ("in an
    interview with Politico") or whom news is credited to ("according to Fitch")."""
    root = ctx.root(m.start_token, m.end_token)
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() == "interview"


_LIST_LINKS = ([","], ["and"], [",", "and"], ["&"], ["or"], [",", "or"])


def _listed_with_a_body(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether the name right before or after a mention in a list ("A, m and B", "A and m") is one NER tagged ORG."""
    lowers = ctx.lowers
    return any(o.ner == "ORG" and (lowers[o.end_token:m.start_token] in _LIST_LINKS
                                   or lowers[m.end_token:o.start_token] in _LIST_LINKS) for o in ctx.mentions)


_LIST_CONJUNCTIONS = frozenset({"and", "or"})


def _split_list(m: Mention, ctx: ParagraphContext) -> list[Mention]:
    """ "Shares of Bayer, Henkel and Beiersdorf": NER read the head of a list of bodies as one name ("Bayer, Henkel
    and", "Bayer, Henkel" right before the "and", "Bayer, Henkel and Symrise"). No name ends in a conjunction, and
    names of one capitalised word each, between commas, in a list with an "and" or "or", are names of the list: give
    back each."""
    lowers = ctx.lowers
    if m.ner != "ORG" or m.end_token - m.start_token < 2:
        return [m]
    inside = lowers[m.start_token:m.end_token]
    if lowers[m.end_token - 1] not in _LIST_CONJUNCTIONS and not ("," in inside and (
            m.end_token < len(lowers) and lowers[m.end_token] in _LIST_CONJUNCTIONS
            or not _LIST_CONJUNCTIONS.isdisjoint(inside))):
        return [m]
    out, start = [], m.start_token
    for i in range(m.start_token, m.end_token):
        if lowers[i] in (",", *_LIST_CONJUNCTIONS) or i == m.end_token - 1:
            end = i + 1 if lowers[i] not in (",", *_LIST_CONJUNCTIONS) else i
            if end > start:
                if end - start > 1 or not ctx.doc[start].is_alpha or not ctx.doc[start].text[:1].isupper() \
                        or lowers[start] in PORTFOLIO_WORDS or lowers[start] in ORGANIZATION_HEAD_WORDS:
                    # (a name of several words may hold a comma: "Skadden, Arps, Slate"; "Trade, Industry and
                    # Energy" is a body's portfolios)
                    return [m]
                out.append(Mention(ctx.span_text(start, end), "ORG", start, end,
                                   ctx.span(ctx.starts[start], ctx.ends[end - 1])))
            start = i + 1
    return out


def _shown_as_place(m: Mention, ctx: ParagraphContext, gaz) -> bool:
    """Whether the text around a one-word name shows a place's: a place's preposition before it ("in Okafor", "from
    Erbil"), a place noun beside it, a hyphen joined to it ("Okafor-based"), a known place after its comma ("Okafor,
    Nigeria") or a dateline's comma at its paragraph's start."""
    lowers, i, end = ctx.lowers, m.start_token, m.end_token
    if i and lowers[i - 1] in PLACE_PREPOSITIONS and not _spoken_to(m, ctx) or _place_context(m, ctx) \
            or _place_noun_after(m, ctx) or _after_place_noun(m, ctx):
        return True
    if end < len(lowers) and lowers[end] in ("-", "\u2013") and ctx.starts[end] == ctx.ends[end - 1]:
        return True
    if end + 1 < len(lowers) and lowers[end] == ",":
        if i == 0:
            # (not "Bianchi, Rossi and Ferrari voted": the first of a list of names, no dateline)
            return not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in ctx.root(i, end).children)
        # "Okafor, Nigeria" (not "Okafor, Nigeria's trade minister")
        after = ctx.doc[end + 1].text
        return (gaz.country(after) is not None or gaz.city(after) is not None) \
            and (end + 2 >= len(lowers) or lowers[end + 2] not in ("'s", "\u2019s"))
    return False


# "Ho Chi Minh City", "Quezon City": the last word of a city's name that may open with a person's
_CITY_WORDS = frozenset({"city", "town"})
_DATELINE_SEPARATORS = frozenset({"-", "--", "\u2013", "\u2014", ":"})


def _dateline_end(ctx: ParagraphContext) -> int | None:
    """Where a dateline at a paragraph's start ends, its separator's index: a place in capitals, a comma, one to
    three capitalised words (a region or a country), an agency in brackets and a dash or a colon ("NUSA DUA,
    Indonesia (Reuters) -"); None when the paragraph opens with no such dateline."""
    doc, lowers = ctx.doc, ctx.lowers
    if "," not in lowers[1:6]:
        return None  # (the comma after the place, read before any Token is made: most paragraphs have none there)
    i = 0
    while i < min(len(doc), 5) and doc[i].is_alpha and doc[i].text.isupper() and len(doc[i].text) > 1:
        i += 1
    if i == 0 or i >= len(doc) or lowers[i] != ",":
        return None
    j = i + 1
    while j < min(len(doc), i + 5) and (doc[j].text[:1].isupper() or doc[j].text == "."):
        j += 1
    if j == i + 1 or j >= len(doc) or lowers[j] != "(":
        return None
    close = next((k for k in range(j + 1, min(len(doc), j + 5)) if lowers[k] == ")"), None)
    if close is None or close == j + 1 or close + 1 >= len(doc) or lowers[close + 1] not in _DATELINE_SEPARATORS:
        return None
    return close + 1


def _where_people_gather(m: Mention, ctx: ParagraphContext) -> bool:
    """ "met in Erbil", "talks in Erbil", "arrived in Erbil", "Erbil, the capital of ...": a place's name."""
    i = m.start_token
    if i and ctx.lowers[i - 1] == "in":
        token = ctx.doc[i]
        return token.dep_ == "pobj" and token.head.i == i - 1 and token.head.head.lemma_.lower() in GATHERING_WORDS
    return _place_context(m, ctx) and not (i and ctx.lowers[i - 1] == "to")


_SPOKEN_TO_VERBS = frozenset({"speak", "talk", "write", "complain", "apologise", "apologize", "explain"})


def _spoken_to(m: Mention, ctx: ParagraphContext) -> bool:
    """ "spoke to Adeyemi", "Speaking to Bloomberg": someone or some body spoken to, which no place is."""
    root = ctx.root(m.start_token, m.end_token)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in _SPOKEN_TO_VERBS


def _met_or_speaking(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name is someone met, spoken with or to ("met Okafor", "talks with Adeyemi"), speaking ("Mensah
    said", "Mensah met") or voting or signing ("Mensah voted against"), which no place is; not a speaker "it" takes up ("Ontario said it would")."""
    root = ctx.root(m.start_token, m.end_token)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "met Okafor and Adeyemi"
    head = root.head
    if root.dep_ == "dobj":
        return head.lemma_.lower() in PERSON_OBJECT_VERBS
    if root.dep_ == "pobj":
        return (head.lower_ == "with" and head.head.lemma_.lower() in TALKING_WITH_WORDS) or _spoken_to(m, ctx)
    if root.dep_ == "nsubj" and head.lemma_.lower() in REPORTING_VERBS | VOTING_VERBS | {"meet", "talk", "speak"}:
        return _pronoun_after_speaker(m, ctx) != ORGANIZATION
    return False


def _post_beside(m: Mention, ctx: ParagraphContext) -> bool:
    """ "Okafor, Nigeria's trade minister,": a post or a person's role set beside the name."""
    root = ctx.root(m.start_token, m.end_token)
    return any(c.dep_ == "appos" and (c.lower_ in TITLE_HEAD_WORDS or c.lower_ in PERSON_ROLE_NOUNS)
               for c in root.children)


def _person_apposition(m: Mention, ctx: ParagraphContext, definite: bool = False) -> bool:
    """ "Dana Hale, a trade envoy from Ohio,", "Eli Roth, an executive at ...": the name set off by a comma
    and a person's post or role, which no body is; with `definite`, "the" may open the post too ("Szijjarto,
    the foreign minister,")."""
    doc = ctx.doc
    end = m.end_token
    if end + 2 >= len(doc) or ctx.lowers[end] != "," \
            or ctx.lowers[end + 1] not in (("a", "an", "the") if definite else ("a", "an")):
        return False
    root = ctx.root(m.start_token, end)
    return any(child.dep_ == "appos" and child.i > end and (child.lower_ in PERSON_ROLE_NOUNS
                                                         or child.lower_ in TITLE_HEAD_WORDS)
               for child in root.children)


# words that make a name NER tagged ORG a body's, whatever pronoun takes it up
_OWNED_PERSON_NOT_WORDS = _NOT_NAME_WORDS | FIRM_HEAD_WORDS | ARMED_GROUP_WORDS | MISSION_BODY_WORDS
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
# a building's or a place's words: "the White House said" is its staff speaking, no one's name
_SPEAKING_BODY_WORDS = VENUE_WORDS | _PLACE_HEAD_WORDS
# words of a building's, a site's or a place's name ("Blair House", "Kalo port", "Rift Valley", "Bay Province")
_PLACE_NAME_WORDS = _SPEAKING_BODY_WORDS | PLACE_NOUNS_AFTER | PLACE_NOUNS_BEFORE_OF | LANDFORM_NOUNS_AFTER \
    | VENUE_BUILDING_WORDS
_THING_PRONOUNS = frozenset({"it", "its"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their"})  # a firm's staff or other people: neither way


def _pronoun_after_speaker(m: Mention, ctx: ParagraphContext) -> str | None:
    """PERSON when a name says something ("X said", "X told") and the first pronoun after it, in its sentence or
    the next, is a person's ("he", "his") with no other person named between; ORGANIZATION when it is a
    thing's ("it", "its"); None when the name says nothing, no pronoun follows or "they" comes first."""
    doc, lowers = ctx.doc, ctx.lowers
    root = ctx.root(m.start_token, m.end_token)
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    end = root.sent.end
    if end < len(doc):
        end = doc[end].sent.end  # the next sentence too: "... said on Monday. He added ..."
    people = {i for other in ctx.mentions if other.ner == "PERSON" and other.start_token >= m.end_token
              for i in range(other.start_token, other.end_token)}
    for i in range(m.end_token, end):
        if i in people or lowers[i] in _GROUP_PRONOUNS:
            return None
        if lowers[i] in _PERSON_PRONOUNS:
            return PERSON
        if lowers[i] in _THING_PRONOUNS:
            return ORGANIZATION
    return None


# verbs "it" is the subject of without standing for anyone: "said it was a good deal", "said it would take time"
_EXPLETIVE_IT_VERBS = frozenset({"be", "seem", "appear", "look", "remain", "become", "take", "make", "mean", "matter",
                                 "depend", "happen", "sound", "feel"})


def _name_word(word: str) -> bool:
    """A capitalised word of letters, not in capitals: "Kapoor", "McBride", not "MOL" or "Al-Sisi"."""
    return word.isalpha() and word[:1].isupper() and not word.isupper()


def _relative_after(m: Mention, ctx: ParagraphContext) -> str | None:
    """ "which" or "who" when it opens a clause about the name right after the name's comma ("X, which builds
    tankers,"): a thing's or a person's; else None."""
    end, lowers = m.end_token, ctx.lowers
    if end + 1 >= len(lowers) or lowers[end] != "," or lowers[end + 1] not in ("which", "who"):
        return None
    clause = ctx.doc[end + 1].head
    return lowers[end + 1] if clause.dep_ == "relcl" and m.start_token <= clause.head.i < end else None


def _tells_the_press(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name is the subject of "tell" whose object is the press ("X told reporters", "X told journalists")."""
    root = ctx.root(m.start_token, m.end_token)
    return root.dep_ == "nsubj" and root.head.lemma_.lower() == "tell" \
        and any(c.dep_ == "dobj" and c.lower_ in PRESS_AUDIENCES for c in root.head.children)


def _says_something(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name is the subject of a reporting verb ("X said", "X told reporters")."""
    root = ctx.root(m.start_token, m.end_token)
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS


def _does_what_people_do(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name, or the list it is in, is the subject of a verb of PERSON_SUBJECT_VERBS ("Brandt vetoed",
    "Lind, Berg and Holm abstained") or votes on what a legislature votes on ("Costa and Ferrari voted against the
    bill")."""
    root = ctx.root(m.start_token, m.end_token)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_.lower() in PERSON_SUBJECT_VERBS:
        return True
    return verb.lemma_.lower() == "vote" and any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in LEGISLATIVE_VOTE_OBJECTS for o in c.children)
        for c in verb.children)


def _meets_someone(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name is the subject of a verb of meeting a person (PERSON_MEETING_VERBS: "Njeri Wanjiku met the envoy")."""
    root = ctx.root(m.start_token, m.end_token)
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in PERSON_MEETING_VERBS


def _taken_up_as_person(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether "he", "she", "his" or "her" follows a name, in its sentence or the next, with no other person named
    between ("Wang Tao said it would help. He added ...")."""
    doc, lowers = ctx.doc, ctx.lowers
    end = doc[m.start_token].sent.end
    if end < len(doc):
        end = doc[end].sent.end
    people = {i for other in ctx.mentions if other.ner == "PERSON" and other.start_token >= m.end_token
              for i in range(other.start_token, other.end_token)}
    for i in range(m.end_token, end):
        if i in people:
            return False
        if lowers[i] in _PERSON_PRONOUNS:
            return True
    return False


def _it_acting_after_speaker(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name says something and the first pronoun after it is "its" or "it" as the subject of a verb
    that is no copula's or impersonal's ("said it would cut prices", not "said it was a good deal")."""
    if _pronoun_after_speaker(m, ctx) != ORGANIZATION:
        return False
    i = next(i for i in range(m.end_token, len(ctx.lowers)) if ctx.lowers[i] in _THING_PRONOUNS)
    token = ctx.doc[i]
    if token.lower_ == "its":
        return token.dep_ == "poss"
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() not in _EXPLETIVE_IT_VERBS


def _part_of_title(m: Mention, lowers: list[str]) -> bool:
    """ "European Trade" in "European Trade Commissioner Maros Sefcovic", "Minister of Trade and Industry",
    and "Verification" in "Under Secretary for Verification": pieces of a title, not bodies."""
    words = lowers[m.start_token:m.end_token]
    after = m.end_token
    while after < len(lowers) and (lowers[after] in PORTFOLIO_WORDS or (
            lowers[after] in ("and", "&", ",") and after + 1 < len(lowers) and lowers[after + 1] in PORTFOLIO_WORDS)):
        # "Dutch Foreign | Trade Minister", "Energy | and Mines Minister": the rest of the portfolio before the title word
        after += 1
    following = lowers[after] if after < len(lowers) else None
    if following is not None and following in TITLE_HEAD_WORDS and words and (
            (after == m.end_token and any(w in TITLE_MODIFIER_WORDS for w in words))
            or all(w in PORTFOLIO_WORDS for w in words)  # "Pakistan's Planning Minister": NER's body is a portfolio
            or (len(words) >= 2 and _demonym(words[0]) and all(w in PORTFOLIO_WORDS for w in words[1:]))):
        return True  # (and "Dutch Foreign" of "Dutch Foreign Trade Minister": a demonym and a portfolio)
    lead = next((w for w in words if w not in TITLE_MODIFIER_WORDS), "")  # past "Federal", "Special"
    if lead in TITLE_HEAD_WORDS - {"general", "head", "chief", "executive"} \
            and not any(w in ORGANIZATION_HEAD_WORDS for w in words):
        return True  # "Minister of Trade and Industry", "Federal Councillor for ..." read as a body
    # a complement of a title: "Vice Minister for International Affairs", "Minister for Food, Agriculture and Light Industry"
    i = m.start_token - 1
    if i >= 1 and lowers[i] in ("for", "of") and not any(w in ORGANIZATION_HEAD_WORDS for w in words) \
            and not _place_led_name(words):
        # (and "Minister-in-charge of Trade Relations", "Minister in charge of Trade Relations")
        return lowers[i - 1] in TITLE_HEAD_WORDS \
            or (lowers[i - 1] == "charge" and i >= 3 and lowers[i - 2] in ("in", "-") and "in" in lowers[i - 3:i - 1])
    return False


_PORTFOLIO_LINKS = frozenset({"of", "the", "and", "&", ","})


def _place_led_name(words: list[str]) -> bool:
    """ "Kenya Airways", "Norway Seafoods" after "head of": a known country or city and then words of no
    portfolio are a body's name holding a place's, not a title's portfolio ("Minister for Europe Affairs")."""
    gaz = gazetteer()
    return any((gaz.country(" ".join(words[:k]).title()) or gaz.city(" ".join(words[:k]).title()))
               and words[k:] and not set(words[k:]) <= PORTFOLIO_WORDS | _PORTFOLIO_LINKS
               for k in range(1, min(len(words), 3)))


def _demonym(word: str) -> bool:
    return gazetteer().is_demonym(word.capitalize())


def _portfolio_of_title(doc, start: int) -> bool:
    """ "Verification" in "Under Secretary of State for Verification and ...", "Security Affairs" in "Special
    Representative for Andean Trade and Security Affairs": capitalised words and links lead back, through
    "for", to a capitalised title word."""
    through_for = False
    for i in range(start - 1, max(start - 16, 0) - 1, -1):
        token = doc[i]
        if token.lower_ == "for":
            through_for = True
        elif token.lower_ not in _PORTFOLIO_LINKS:
            if not (token.is_alpha and token.text[:1].isupper()):
                return False
            if through_for and token.lower_ in TITLE_HEAD_WORDS:
                return True
            if token.lower_ in ORGANIZATION_HEAD_WORDS:
                return False  # "... of the Bank for ...": the chain belongs to a body
        if token.is_sent_start:
            return False
    return False


def _envoy_title_before(doc, to: int) -> bool:
    """A title ends right before "to": "Ambassador to", or "Ambassador of Chile to" (the country it serves)."""
    if to >= 1 and doc[to - 1].lower_ in TITLE_HEAD_WORDS:
        return True
    for of in range(to - 2, max(to - 5, 0), -1):
        if doc[of].lower_ == "of":
            return doc[of - 1].lower_ in TITLE_HEAD_WORDS and all(t.text[:1].isupper() for t in doc[of + 1:to])
    return False


def _place_noun_after(m: Mention, ctx: ParagraphContext, landforms_only: bool = False) -> bool:
    """ "the Tavua border post", "Kalo international container port", "the Amazon rainforest": a place noun
    after the name, with at most two lower-case words between."""
    doc, lowers = ctx.doc, ctx.lowers
    for i in range(m.end_token, min(m.end_token + 3, len(doc))):
        if lowers[i] in LANDFORM_NOUNS_AFTER or (lowers[i] in PLACE_NOUNS_AFTER and not landforms_only):
            return True
        token = doc[i]
        if not (token.is_lower and token.pos_ in ("ADJ", "NOUN")):
            return False
    return False


_PARENTHESISED_LAW_END = re.compile(r"\s*(?:\(\s*[A-Z][\w ]*?\s*)?\)\s*([A-Z][a-z]+)\b")


def _law_name_part(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name is a piece of a law's name set around a parenthesis: the last word after it ("Bill" of "(Amendment)
    Bill"), or the words before it ("Companies" of "the Companies (Amendment) Bill")."""
    if m.start_token > 0 and ctx.lowers[m.start_token - 1] == ")" and m.end_token == m.start_token + 1:
        return ctx.lowers[m.start_token] in LAW_NAME_ENDINGS
    found = _PARENTHESISED_LAW_END.match(ctx.text, m.span.end - ctx.offset)
    return found is not None and "(" in ctx.text[m.span.end - ctx.offset:found.end()] \
        and found.group(1).lower() in LAW_NAME_ENDINGS


def _name_runs_on_into_a_modifier(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether "on" or "of" and capitalised words follow a name, the last one modifying a lower-case noun right after
    them ("Mail | on Sunday report"): the name runs on, as a premodifier of that noun."""
    doc, i = ctx.doc, m.end_token
    if i + 2 >= len(doc) or ctx.lowers[i] not in ("on", "of"):
        return False
    k = i + 1
    while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and k - i <= 3:
        k += 1
    if k == i + 1 or k >= len(doc):
        return False
    after = doc[k]
    return after.is_lower and after.pos_ == "NOUN" and doc[k - 1].head.i == k and doc[k - 1].dep_ in ("compound", "nmod", "amod")


def _portfolios_before_plural(m: Mention, ctx: ParagraphContext, norm: str) -> bool:
    """Whether a name is only a list of portfolios' words ("Trade, Industry and Energy") modifying the plural noun
    right after it ("... officials"); not one word, which a body goes by alone ("Treasury officials")."""
    words = norm.split()
    if not words or not all(w in PORTFOLIO_WORDS or w in ("and", "&") for w in words) or m.end_token >= len(ctx.doc):
        return False
    after = ctx.doc[m.end_token]
    root = ctx.root(m.start_token, m.end_token)
    listed = "and" in words or "&" in words
    while root.dep_ == "conj" and root.head.i < root.i and root.head.lower_ in PORTFOLIO_WORDS:
        root, listed = root.head, True  # "Foreign Affairs and | Trade officials"
    return listed and after.tag_ == "NNS" and root.head.i == after.i


def _only_post_words(norm: str) -> bool:
    """ "Head of State", "Heads of Government", "Deputy Head of Mission": only a post's words (plurals too)."""
    words = [w[:-1] if w.endswith("s") and w[:-1] in TITLE_HEAD_WORDS else w for w in norm.split()]
    if words[:1] and words[0] in CHAMBER_WORDS and words[1:2] == ["of"]:
        return False  # "House of Representatives": a legislature
    return any(w in TITLE_HEAD_WORDS for w in words) and not any(w in ORGANIZATION_HEAD_WORDS for w in words) and all(
        w in TITLE_HEAD_WORDS or w in TITLE_MODIFIER_WORDS or w in _POST_OBJECT_WORDS for w in words)


_POST_OBJECT_WORDS = frozenset({"of", "the", "and", "state", "government", "mission", "delegation"})


def _place_context(m: Mention, ctx: ParagraphContext) -> bool:
    """ "X, the former royal capital,", "travelled from Vientiane to X": the text shows the name is a place's."""
    doc, lowers = ctx.doc, ctx.lowers
    end = m.end_token
    if end + 2 < len(doc) and lowers[end] == "," and lowers[end + 1] in ("the", "a", "an"):
        for i in range(end + 2, min(end + 7, len(doc))):
            # (lower-case words before any preposition: not "X, an economist at Capital Economics,")
            if not (doc[i].is_alpha and doc[i].is_lower) or doc[i].pos_ == "ADP":
                break
            if lowers[i] in PLACE_APPOSITION_NOUNS:
                return True
    start = m.start_token
    if start >= 2 and lowers[start - 1] == "to":
        head = doc[start - 1].head
        return head.pos_ == "VERB" and head.lemma_.lower() in MOTION_VERBS
    if start >= 1 and end == start + 1 and lowers[start - 1] == "in" and doc[start].dep_ == "pobj" \
            and (end >= len(doc) or lowers[end] not in ("'s", "\u2019s", "'")):
        return True  # "held talks with X in Akorda": one word after "in" (not "in Smith's view") is where
    return False


def _after_place_noun(m: Mention, ctx: ParagraphContext) -> bool:
    """ "the island of Tavua", "the town of Kalo": the name is a place's."""
    return m.start_token >= 2 and ctx.lowers[m.start_token - 1] == "of" \
        and ctx.lowers[m.start_token - 2] in PLACE_NOUNS_BEFORE_OF


def _spelled_out_before(m: Mention, doc) -> bool:
    """ "deep ultraviolet (DUV)": the lower-case words before the bracket spell the acronym."""
    text = m.text.lower()
    bracket = m.start_token - 1
    if not _ACRONYM.fullmatch(m.text) or bracket < 1 or doc[bracket].text != "(":
        return False
    for size in range(min(len(text), bracket), 0, -1):
        words = doc[bracket - size:bracket]
        if not all(t.is_alpha and t.is_lower and t.lower_ not in ORGANIZATION_HEAD_WORDS for t in words):
            continue
        if words[0].text[0] != text[0] or not all(t.text[0] in text for t in words):
            continue
        letters = iter("".join(t.text for t in words))
        if all(c in letters for c in text):  # the acronym's letters in order ("deep ultraviolet": DUV)
            return True
    return False


def _shares_of(m: Mention, ctx: ParagraphContext) -> bool:
    """ "Shares of Hanwha Ocean rose", "bought a stake in Nvidia": the name of a firm one holds shares in (not a
    country or city the gazetteer knows, nor an owner: "a stake in Europe's future")."""
    lowers, i, end = ctx.lowers, m.start_token, m.end_token
    if not (i >= 2 and lowers[i - 1] in ("of", "in") and lowers[i - 2] in SHARE_NOUNS
            and not (end < len(lowers) and lowers[end] in ("'s", "\u2019s", "'", "\u2019"))) \
            and not _shares_after(m, ctx):
        return False
    gaz = gazetteer()
    return gaz.country(m.text) is None and gaz.city(m.text) is None


def _commodity_firm(text: str) -> bool:
    """A name of two or three words ending in a commodity ("Mumias Sugar", "Kestrel Steel") whose first word is no
    given name ("Alan Sugar", "Michael Steel" are people's names) and whose last is no common surname ("Rice")."""
    words = text.split()
    last = words[-1].lower() if words else ""
    return 2 <= len(words) <= 3 and last in COMMODITY_WORDS and last not in COMMON_SURNAMES \
        and not is_given_name(words[0]) and all(w[:1].isupper() for w in words)


def _shares_after(m: Mention, ctx: ParagraphContext) -> bool:
    """ "Embraer shares fell", "Petrobras and Embraer shares rose": a name (or one of names joined by "and") that
    modifies a share noun after it; "Smith shares his view" is a verb, and "Tokyo shares" a city's market, which
    the gazetteer's cities keep out."""
    node = ctx.root(m.start_token, m.end_token)
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head  # "Petrobras and Embraer shares": the first of the names joined
    head = node.head
    return node.dep_ in ("compound", "nmod") and head.i > node.i and head.pos_ == "NOUN" and head.lower_ in SHARE_NOUNS


# "the Oslo-listed ...", "state-owned ...", "family-owned ...": what is listed on an exchange or owned is no person
_FIRM_PARTICIPLES = frozenset({"listed", "owned"})


def _listed_or_owned_before(m: Mention, lowers: list[str]) -> bool:
    """Whether a hyphened "-listed" or "-owned" stands right before a name, "the" or "a" between or not."""
    j = m.start_token - 1
    if j >= 0 and lowers[j] in ("the", "a", "an"):
        j -= 1
    return j >= 2 and lowers[j] in _FIRM_PARTICIPLES and lowers[j - 1] in ("-", "\u2013")


# "X reported a jump in profit", "X posted a net loss": a firm's results, which no person reports as their own
_RESULTS_VERBS = frozenset({"report", "post", "book", "announce", "record", "log"})
_RESULTS_NOUNS = frozenset({"profit", "profits", "revenue", "revenues", "earnings", "loss", "losses", "turnover",
                            "sales"})


def _reports_results(m: Mention, ctx: ParagraphContext) -> bool:
    """Whether a name (no known country or city: "Kenya posted revenue of ...") is the subject of a verb of
    reporting results whose object is a results noun, or a change in one ("reported a 40% jump in profit")."""
    root = ctx.root(m.start_token, m.end_token)
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in _RESULTS_VERBS:
        return False
    # a person may report results too: a chief executive, a farmer ("reported a loss on his crop")
    before = ctx.doc[m.start_token - 1] if m.start_token else None
    if is_given_name(m.text.split()[0]) or _person_before(m, ctx) or _taken_up_as_person(m, ctx) \
            or (before is not None and before.text.istitle() and is_given_name(before.text)):
        return False
    for obj in (c for c in root.head.children if c.dep_ == "dobj"):
        if obj.lower_ in _RESULTS_NOUNS or any(p.lower_ in _RESULTS_NOUNS for c in obj.children if c.dep_ == "prep"
                                               and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"):
            gaz = gazetteer()
            return gaz.country(m.text) is None and gaz.city(m.text) is None
    return False


# posts only a firm has, before "of" and its name ("chief executive of X"): not "president" or "spokesperson", which
# a country or a person has
_FIRM_ONLY_OFFICERS = frozenset({("chief", "executive"), ("executive", "officer"), ("ceo",), ("chairman",),
                                 ("chairwoman",), ("managing", "director")})


def _firm_officer_of(m: Mention, lowers: list[str]) -> bool:
    """ "Ola Dahl, chief executive of Halvorsen Marine,": a name after a firm's officer and "of" (with "the" or
    not) is a firm's, unless a known country or city."""
    j = m.start_token - 1
    if j >= 0 and lowers[j] == "the":
        j -= 1
    if j < 1 or lowers[j] != "of" or not any(tuple(lowers[max(0, j - len(post)):j]) == post
                                             for post in _FIRM_ONLY_OFFICERS):
        return False
    if any(k < len(lowers) and lowers[k] in ("'s", "\u2019s", "'", "\u2019") for k in (m.end_token - 1, m.end_token)):
        return False  # "the chairman of Ana Lupu's campaign": what is owned is the body (NER may take in the "'s")

    gaz = gazetteer()
    return gaz.country(" ".join(lowers[m.start_token:m.end_token])) is None \
        and gaz.city(" ".join(lowers[m.start_token:m.end_token])) is None


def _owns_firm_officer(m: Mention, lowers: list[str]) -> bool:
    """ "Halvorsen Marine's chief executive, Ola Dahl,": a name whose possessive owns a post only a firm has (NER
    may take the "'s" into the name), unless a known country or city."""
    k = m.end_token
    if not (k - 1 < len(lowers) and lowers[k - 1] in ("'s", "\u2019s")):
        if k >= len(lowers) or lowers[k] not in ("'s", "\u2019s"):
            return False
        k += 1
    if not any(tuple(lowers[k:k + len(post)]) == post for post in _FIRM_ONLY_OFFICERS):
        return False
    gaz = gazetteer()
    text = " ".join(lowers[m.start_token:m.end_token])
    return gaz.country(text) is None and gaz.city(text) is None


def _firm_noun_before(m: Mention, ctx: ParagraphContext) -> bool:
    """ "Ship-tracking firm Kpler said", "carmaker Juno Falk", "Gucci-owner Kering": a noun only a firm is called by
    (or a maker's or owner's hyphened to a name) right before a name
    that modifies it (not "the firm Ana Lupu founded", where the name opens a clause; not "film producer Ana
    Lupu")."""
    i = m.start_token - 1
    hyphened = i >= 2 and ctx.lowers[i] in HYPHENED_FIRM_NOUNS and ctx.lowers[i - 1] == "-" \
        and ctx.starts[i] == ctx.ends[i - 1] and ctx.doc[i - 2].text[:1].isupper()  # "Gucci-owner Kering"
    if i < 0 or (ctx.lowers[i] not in FIRM_ONLY_NOUNS and not hyphened):
        return False
    token = ctx.doc[i]
    return token.dep_ == "compound" and m.start_token <= token.head.i < m.end_token \
        and gazetteer().country(m.text) is None and gazetteer().city(m.text) is None


_STAFF_NOUNS = frozenset({"people", "person", "worker", "workers", "staff", "employee", "employees"})


def _employs_staff(m: Mention, ctx: ParagraphContext) -> bool:
    """ "Halvorsen Marine employs 4,000 people", "Kestrel Vane has 1,200 employees": a name that employs a counted
    staff is a firm's, unless a given name opens it ("Ana Lupu employs 12 workers on her farm")."""
    root = ctx.root(m.start_token, m.end_token)
    if root.dep_ != "nsubj":
        return False  # (read first: most names are no subject, and the root is found already)
    verb = root.head
    if verb.lemma_.lower() not in ("employ", "have") or is_given_name(m.text.split()[0]):
        return False
    staff = ("employee", "employees") if verb.lemma_.lower() == "have" else _STAFF_NOUNS
    return any(c.dep_ == "dobj" and c.lower_ in staff and any(n.dep_ == "nummod" for n in c.children)
               for c in verb.children)


_FIRM_OFFICERS_OPENING = tuple(officer + " " for officer in FIRM_OFFICERS)  # for `str.startswith`


def _firm_context(m: Mention, ctx: ParagraphContext) -> bool:
    """ "Kestrel Vane, a Lisbon-based consultancy," "Kestrel Vane chief executive Ana Lupu", "the Oslo-listed
    Kestrel Vane", "Kestrel Vane reported a jump in profit" or "consultancy Kestrel Vane": a firm."""
    if _shares_of(m, ctx):
        return True
    doc, lowers = ctx.doc, ctx.lowers
    if _listed_or_owned_before(m, lowers) and not _place_noun_after(m, ctx) \
            and _PLACE_NAME_WORDS.isdisjoint(normalize_name(m.text).split()):  # (not "the state-owned X Port")
        return True
    if _reports_results(m, ctx) or _firm_officer_of(m, lowers) or _firm_noun_before(m, ctx) \
            or _owns_firm_officer(m, lowers) or _employs_staff(m, ctx):
        return True
    if _in_firm_slot(m, ctx):
        return True
    start, end = m.end_token, min(len(doc), m.end_token + 8)  # the eight tokens after the name
    if m.ner == "PERSON":
        text = ctx.span_text(start, end).lower()
        # (not a country's or its people's name: "Moldovan President Maia Sandu" is the country's president)
        if text.startswith(_FIRM_OFFICERS_OPENING) and gazetteer().country(m.text) is None:
            return True
    opener = None
    if end - start > 2 and lowers[start] == ",":
        if lowers[start + 1] in ("a", "an", "the"):
            opener = start + 2
        else:  # "Kestrel Vane, Portugal's largest consultancy,": an owner's possessive opens the apposition
            owner_end = next((i for i in range(start + 1, min(start + 4, end)) if lowers[i] in ("'s", "\u2019s")), None)
            if owner_end is not None and all(doc[j].text[:1].isupper() for j in range(start + 1, owner_end)):
                opener = owner_end + 1
    if opener is not None:
        for i in range(opener, end):
            if lowers[i] in (",", ".", ";"):  # (a lower-case form is one of these only for that token text)
                break
            if (lowers[i] in PERSON_ROLE_NOUNS or lowers[i] in TITLE_HEAD_WORDS) and doc[i].head.i < start:
                return False  # "Eli Roth, an executive at the family firm": the apposition is a person's post
            if lowers[i] in FIRM_NOUNS and i + 2 < end and lowers[i + 1] in ("'s", "\u2019s") \
                    and is_given_name(m.text.split()[0]) and any(lowers[j] in TITLE_HEAD_WORDS for j in range(i + 2, end)):
                return False  # "Charlie Zhang, the company's vice president": a post the firm owns, held by a person
            if lowers[i] in FIRM_NOUNS and doc[i].pos_ == "NOUN" and (i + 1 >= len(doc) or lowers[i + 1] != "of") \
                    and (lowers[i] in FIRM_ONLY_NOUNS or not is_given_name(m.text.split()[0])):
                # (not "the Sahel, a group of states": a noun of measure; not "Ola Dahl, a film producer,": a
                # person's trade after a given name)
                return True
    return False


def _in_firm_slot(m: Mention, ctx: ParagraphContext) -> bool:
    """ "executives from Siemens, Alstom and Embraer": a one-word name NER read as a person or a place in a firm's
    slot is a firm."""
    token = ctx.doc[m.start_token]
    return m.end_token == m.start_token + 1 and m.ner in ("PERSON", "GPE", "LOC") and token.pos_ == "PROPN" \
        and _one_word_firm_in_slot(token)


def _agentive(token) -> bool:
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in PLACE_HOST_VERBS:
        return False  # "Lima hosts the summit": the city is where it is held, not its government acting
    if token.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    if _asked_to_act(token) or _gerund_subject(token):
        return True
    return token.dep_ == "conj" and _agentive(token.head)


def _asked_to_act(token) -> bool:
    """ "urged Ottawa to drop the levy", "called on Canberra to act": the one asked to do something, an agent."""
    asker = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "on" else token.head
    if token.dep_ not in ("dobj", "pobj") or asker.lemma_.lower() not in APPEAL_VERBS:
        return False
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in asker.children)


def _gerund_subject(token) -> bool:
    """ "talks hinge on Ottawa first lifting its duties", "anger over Canberra refusing": a name after a
    preposition of a cause or a condition, with a verb's -ing form right after it (one adverb between at most),
    is who does it. Not after prepositions of place ("in Ottawa meeting officials": where someone is)."""
    if token.dep_ != "pobj" or token.head.lower_ not in GERUND_SUBJECT_PREPOSITIONS:
        return False
    doc, i = token.doc, token.i + 1
    if i < len(doc) and doc[i].tag_ == "RB":
        i += 1
    return i < len(doc) and doc[i].tag_ == "VBG"


def _agreement_acronym(word: str) -> bool:
    """Whether a word is a trade agreement's acronym: "CPTPP", "USMCA", "AANZFTA", "CEPA" (not a body's: the
    gazetteer's "EFTA" is asked before)."""
    return word in AGREEMENT_ACRONYMS or (word.isupper() and word.endswith(AGREEMENT_ACRONYM_ENDINGS))


def _agreement_after(m: Mention, ctx: ParagraphContext) -> bool:
    """ "IEU-CEPA", "UAE-CEPA": a name joined by a hyphen to an agreement's acronym is part of the agreement's name."""
    i = m.end_token
    return i + 1 < len(ctx.lowers) and ctx.lowers[i] == "-" and ctx.starts[i] == ctx.ends[i - 1] \
        and ctx.ends[i] == ctx.starts[i + 1] and _agreement_acronym(ctx.span_text(i + 1, i + 2))


def _family_name(norm: str) -> bool:
    """Whether a normalized name is a family name alone that opens with a particle: an Arab one, "al thani" ("Al
    Thani", "Al-Thani"), or one of SURNAME_PARTICLES ("von der leyen", "da silva")."""
    words = norm.split()
    return (norm.startswith("al ") and len(words) == 2) or (len(words) >= 2 and words[0] in SURNAME_PARTICLES)


def _particle_surname_start(words: list[str], k: int) -> bool:
    """Whether a full name's word `k` opens its surname with a particle in lower case ("von" of "Ursula von der
    Leyen", "da" of "Luiz da Silva"), the name's last word after it."""
    return words[k] in SURNAME_PARTICLES and words[k - 1].lower() not in NAME_PARTICLES and k < len(words) - 1


def _relation_after_possessive(m: Mention, lowers: list[str]) -> str | None:
    """The noun right after a name's possessive ("Orban's ally", "Navalny's widow", "Erdogan's son-in-law")."""
    i = m.end_token
    if i + 1 >= len(lowers) or lowers[i] not in ("'s", "\u2019s", "'", "\u2019"):
        return None
    j = i + 1
    while j + 2 < len(lowers) and lowers[j + 1] == "-":
        j += 2  # "son-in-law"
    return "".join(lowers[i + 1:j + 1])


def _kin_noun_before(lowers: list[str], i: int) -> str:
    """The noun right before token i, hyphened words joined ("his son-in-law Berat Albayrak": "son-in-law")."""
    j = i - 1
    while j >= 2 and lowers[j - 1] == "-":
        j -= 2
    return "".join(lowers[max(j, 0):i])


def _untagged_name_run(ctx: ParagraphContext, i: int) -> bool:
    """Whether two or three capitalised name words NER left untagged start at token `i` and end where the capitals
    end, none a title's, body's, firm's, portfolio's or place's word ("Rosatom's | Alexei Likhachev met"): a name
    NER missed, a person's as often as not."""
    doc, lowers = ctx.doc, ctx.lowers
    end = i
    while end < len(doc) and end - i < 4 and doc[end].ent_iob_ == "O" and _capitalised_name_word(doc[end].text) \
            and doc[end].pos_ == "PROPN":
        end += 1
    if not 2 <= end - i <= 3 or (end < len(doc) and doc[end].text[:1].isupper()):
        return False
    gaz = gazetteer()
    return not any(lowers[k] in _NOT_GIVEN_NAME_SURNAME_WORDS or lowers[k] in BARE_BODY_WORDS
                   or lowers[k] in FIRM_NAME_ENDINGS or lowers[k] in _PLACE_NAME_WORDS
                   or gaz.country(doc[k].text) or gaz.city(doc[k].text) for k in range(i, end))


def _looks_like_name(text: str) -> bool:
    # an okina before a Polynesian name ("\u02bbOfa") is a letter to Python, but not the capital that starts it
    words = [w.lstrip("\u02bb") or w for w in text.split()]
    # particles inside a name are lower-case ("Maria Laura da Rocha", "Ursula von der Leyen"), never at its ends
    inner = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in NAME_PARTICLES)]
    # ... and do not count: "Faisal bin Thani bin Faisal Al Thani" is five name words
    return 1 <= len(inner) <= 5 and len(words) <= 8 and all(w[0].isupper() for w in inner if w[0].isalpha()) \
        and "\n" not in text
