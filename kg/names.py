"""Name normalization and IRI slugs, shared by every stage.

One place decides when two strings name the same thing, so that resolution,
linking and IRI minting agree.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_DASHES = re.compile(r"[\u2010-\u2015\-_/]")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_POSSESSIVE_S = re.compile(r"'s\b")
_LEADING_THE = re.compile(r"^the ")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text safe to put in an RDF literal: NFC, no control characters, no lone surrogates."""
    if text.isascii() and text.isprintable():  # (most texts) already all of these: the steps below would keep it
        return text
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub(" ", text)


@lru_cache(maxsize=1 << 16)  # the rules ask for the same few names again and again
def normalize_name(text: str) -> str:
    """Lower-case, punctuation-free key for comparing names ("The U.S." -> "us")."""
    if text.isascii() and text.replace(" ", "").isalpha() and "  " not in text:
        # ASCII letters and single spaces (most names): nothing for the steps below to do but lower-case,
        # strip and drop a leading "the "
        text = text.lower().strip()
        return text[4:] if text.startswith("the ") else text
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = _POSSESSIVE_S.sub("", text)
    text = text.replace(".", "")
    text = _DASHES.sub(" ", text)
    text = _NON_WORD.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


@lru_cache(maxsize=1 << 16)  # the rules fold the same few names again and again (`is_given_name`)
def fold_accents(text: str) -> str:
    """The text without its accents ("José" -> "Jose", "Zoë" -> "Zoe"): name tables built from unaccented
    sources (the US census) still match a name written with them. Letters with no base letter stay."""
    if text.isascii():
        return text  # (NFKD leaves ASCII as it is, with nothing combining)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)  # every window mints IRIs for the same countries, people and places again
def slugify(text: str, max_length: int = 60) -> str:
    """Readable, stable IRI segment: ASCII where the name allows it, never empty.

    Names with no ASCII letters (Chinese, Arabic, emoji) keep their letters,
    percent-free, because IRIs allow them; anything left that is not a letter
    or digit becomes a hyphen.
    """
    text = unicodedata.normalize("NFKD", normalize_name(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_").lower()
    text = text.replace("_", "-")
    if not text:
        return "x" + short_hash(text or "empty")
    return text[:max_length].rstrip("-")


def short_hash(text: str, length: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


@lru_cache(maxsize=1 << 14)  # asked of every person's name of every article, most of them again
def standalone_name_words(name: str) -> tuple[tuple[int, str], ...]:
    """The words of a full name (index, word) that may stand alone for its bearer: not a particle before a
    father's name ("bin", "ibn"), nor the father's name after it - "Faisal" alone is not "Omar bin Faisal"
    but, most likely, his father."""
    from .tables import PATRONYMIC_PARTICLES  # kg.tables imports this module
    words = name.split()
    return tuple((i, word) for i, word in enumerate(words)
                 if word.lower() not in PATRONYMIC_PARTICLES and not (i and words[i - 1].lower() in PATRONYMIC_PARTICLES))
