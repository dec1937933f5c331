"""Which language an article is written in: kg's rules read English only.

A German article run through English rules gives nonsense nodes ("Kenia",
"Prozent" as organizations), so such articles are skipped with a message.
The decision is made in two steps, so that English is never rejected by
accident:

1. English function words ("the", "of", "and", "said"...) make up a fifth to
   a third of any English prose, however many foreign names it carries; a
   body where they are at least ``ENGLISH_SHARE`` of the words is English and
   no model is needed (this is also the fast path: the model loads in ~2 s).
2. Otherwise py3langid (BSD-3-Clause; its model ships inside the wheel, no
   download) classifies the body; only a confident non-English answer
   (``MIN_PROBABILITY``) rejects it.

Texts shorter than ``MIN_WORDS`` words are not judged: too little to tell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MIN_WORDS = 25
ENGLISH_SHARE = 0.12
MIN_PROBABILITY = 0.9

# Closed-class words of English that other languages written in Latin script rarely use as words.
# ("a", "in", "on", "die", "also" are left out: they are words in German, French, Spanish or Italian too.)
_ENGLISH = frozenset("""
the of and to is was were are be been has have had that this these those with for from by at as it its
their they them he she his her who which what would will said says not but or an there than after about
into over also more which while when where because could should has been being our we you
""".split()) - {"also"}

# Names for the message; any other code is shown as it is.
LANGUAGE_NAMES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "pl": "Polish", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "fi": "Finnish", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "id": "Indonesian",
    "ms": "Malay", "vi": "Vietnamese", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic",
    "fa": "Persian", "he": "Hebrew", "hi": "Hindi", "el": "Greek",
}

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@dataclass(frozen=True)
class Language:
    code: str          # ISO 639-1 ("en", "de")
    probability: float  # 1.0 when decided by the English function words
    method: str        # "function words", "py3langid" or "too short"

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES.get(self.code, self.code)

    @property
    def english(self) -> bool:
        return self.code == "en"


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_share(text: str) -> tuple[float, int]:
    """(share of English function words among the words, number of words)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0.0, 0
    return sum(w in _ENGLISH for w in words) / len(words), len(words)


def detect(text: str) -> Language:
    """The language of a text, English unless there is enough text to say otherwise with confidence."""
    share, count = english_share(text)
    if count < MIN_WORDS:
        return Language("en", 0.0, "too short")
    if share >= ENGLISH_SHARE:
        return Language("en", 1.0, "function words")
    code, probability = _identifier().classify(text)
    if code != "en" and probability < MIN_PROBABILITY:
        return Language("en", 0.0, "py3langid (not confident)")
    return Language(code, float(probability), "py3langid")


def foreign_language(article) -> Language | None:
    """The article's language when its body is confidently not English, else None.

    Only body paragraphs are read: headlines, bylines and link lists are
    short and full of names.
    """
    body = "\n".join(article.text[p.span.start:p.span.end] for p in article.body()) or article.text
    found = detect(body)
    return None if found.english else found
