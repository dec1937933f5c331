"""People: titles and affiliations from premodifiers and appositions.

"US Treasury Secretary Scott Bessent" -> title "Treasury Secretary", affiliated with the United States.
"He Lifeng, China's vice premier," -> title "vice premier", affiliated with China.
"Lin Tao, a trade expert at the Hong Kong Policy Institute" -> title "trade expert", affiliated with the institute.
"""
from __future__ import annotations

import re

from ..model import PERSON
from ..tables import CONFIDENCE, NOT_TITLES, TITLE_HEAD_WORDS, TITLE_MODIFIER_WORDS

_APPOSITION = re.compile(
    r"^\s*,\s*(?:(?:an?|the)\s+)?(?:(?P<owner>[A-Z][\w.\- ]{1,40}?)(?:'s|\u2019s)\s+)?"
    r"(?P<role>[a-z][a-z\- ]{1,60}?)"
    r"(?:\s+(?:at|of|for|with|from)\s+(?:the\s+)?(?P<org>[A-Z][^,.;]{1,80}?))?\s*(?:[,.;)]|$)"
)


def read_titles(state, ctx, sent) -> None:
    sentence_span = ctx.span(sent.start_char, sent.end_char)
    seen = set()
    for m in ctx.mentions:
        key = ctx.tok_entity.get(m.start_token)
        if key is None or m.start_token < sent.start or m.end_token > sent.end or key in seen:
            continue
        key = state.collector.canonical(key)
        if state.collector.entities[key].kind != PERSON:
            continue
        seen.add(key)
        _premodifier_title(state, ctx, sent, m, key, sentence_span)
        _apposition_title(state, ctx, sent, m, key, sentence_span)
        _of_affiliation(state, ctx, sent, m, key, sentence_span)


def _premodifier_title(state, ctx, sent, m, key, sentence_span) -> None:
    doc = ctx.doc
    i = m.start_token - 1
    title_tokens = []
    while i >= sent.start:
        token = doc[i]
        word = token.lower_
        if word in TITLE_HEAD_WORDS or word in TITLE_MODIFIER_WORDS:
            title_tokens.insert(0, token)
            i -= 1
            continue
        # "Secretary of State", "Minister for Foreign Affairs": a linking word inside a title
        if word in ("of", "for", "and") and title_tokens and i - 1 >= sent.start and (
                doc[i - 1].lower_ in TITLE_HEAD_WORDS or doc[i - 1].lower_ in TITLE_MODIFIER_WORDS):
            title_tokens.insert(0, token)
            i -= 1
            continue
        break
    if not title_tokens or not any(t.lower_ in TITLE_HEAD_WORDS for t in title_tokens):
        return
    # drop modifier words dangling before the first head or modifier that starts the title ("former" stays)
    title = " ".join(t.text for t in title_tokens)
    state.collector.fact(key, "title", title, sentence_span, CONFIDENCE["syntax"], "title-premodifier", literal=True)
    owner = _owner_before(state, ctx, sent, i)
    if owner:
        state.collector.fact(key, "affiliatedWith", owner, sentence_span, CONFIDENCE["syntax"], "title-premodifier")


def _owner_before(state, ctx, sent, i):
    """The country or organization named just before a title: "US", "Chinese", "China's"."""
    if i < sent.start:
        return None
    doc = ctx.doc
    token = doc[i]
    if token.lower_ in ("'s", "\u2019s") and i - 1 >= sent.start:
        token = doc[i - 1]
    return state.agent_key(token, ctx, allow_people=False)


def _of_affiliation(state, ctx, sent, m, key, sentence_span) -> None:
    """ "Foreign Minister Ingrid Dahl of Norway": a country or organization right after the name."""
    doc = ctx.doc
    if m.end_token + 1 >= sent.end or doc[m.end_token].lower_ not in ("of", "from"):
        return
    owner = state.agent_key(doc[m.end_token + 1], ctx, allow_people=False)
    if owner is None and m.end_token + 2 < sent.end and doc[m.end_token + 1].lower_ == "the":
        owner = state.agent_key(doc[m.end_token + 2], ctx, allow_people=False)
    if owner:
        state.collector.fact(key, "affiliatedWith", owner, sentence_span, CONFIDENCE["pattern"], "affiliation-of")


def _apposition_title(state, ctx, sent, m, key, sentence_span) -> None:
    rest = ctx.doc.text[ctx.doc[m.end_token - 1].idx + len(ctx.doc[m.end_token - 1].text):sent.end_char]
    match = _APPOSITION.match(rest)
    if not match:
        return
    role = match["role"].strip()
    words = role.split()
    if not words or len(words) > 6 or words[-1] not in TITLE_HEAD_WORDS or words[-1] in NOT_TITLES:
        return
    state.collector.fact(key, "title", role, sentence_span, CONFIDENCE["pattern"], "title-apposition", literal=True)
    base = ctx.doc[m.end_token - 1].idx + len(ctx.doc[m.end_token - 1].text)
    for group in ("owner", "org"):
        if match[group]:
            owner = _key_at(state, ctx, base + match.start(group), match[group])
            if owner:
                state.collector.fact(key, "affiliatedWith", owner, sentence_span, CONFIDENCE["pattern"],
                                     f"affiliation-apposition-{group}")


def _key_at(state, ctx, char, text):
    token = ctx.doc.char_span(char, char + len(text), alignment_mode="expand")
    if token is None:
        return None
    for t in token:
        found = state.agent_key(t, ctx, allow_people=False)
        if found:
            return found
    return None
