"""People: titles and affiliations from premodifiers and appositions.

"US Commerce Secretary Ana Ortiz" -> title "Commerce Secretary", affiliated with the United States.
"Tan Wei, Singapore's deputy prime minister," -> title "deputy prime minister", affiliated with Singapore.
"Mara Lind, a tariff analyst at the Baltic Policy Centre" -> title "tariff analyst", affiliated with the centre.
"""
from __future__ import annotations

import re

from ..model import COUNTRY, DELEGATION, ORGANIZATION, PERSON
from ..names import normalize_name
from ..tables import (BARE_BODY_WORDS, CONFIDENCE, LEGISLATURE_WORDS, DESCRIPTIVE_ROLE_HEADS, DESCRIPTIVE_ROLE_MODIFIERS, GROUP_MEMBER_CUES,
                      JOINT_VERBS, MEETING_PAIR_VERBS, MISSION_NOUNS, NATIONAL_POST_WORDS, NOT_TITLES,
                      OBJECT_OF_VERBS, OFFICIAL_GROUP_NOUNS, OWN_ACT_VERBS, POSTS_OF_ONE_COUNTRY, REPORTING_VERBS,
                      PORTFOLIO_WORDS, ROYAL_STYLE_WORDS, STAND_IN_CUES, TITLE_BODY_WORDS, TITLE_HEAD_WORDS,
                      TITLE_MODIFIER_WORDS, ABBREVIATED_TITLE_MODIFIERS, CENSUS_FAMILY_NAMES, ORGANIZATION_HEAD_WORDS,
                      is_given_name)
from .delegations import persons_from
from .mentions import honorific_at
from .syntax import with_conjuncts

_APPOSITION = re.compile(
    r"^\s*,\s*(?:(?:an?|the)\s+)?(?:(?P<owner>[A-Z][\w.\- ]{1,40}?)(?:'s|\u2019s)\s+)?"
    r"(?:[a-z]+(?:'s|\u2019s)\s+)?"  # "the bloc's", "the ministry's": an owner the text does not name
    r"(?P<role>[A-Za-z][A-Za-z\- ]{1,60}?)"
    # a lower-case complement says what the post covers, not whom it serves: left out of the title
    r"(?:\s+(?:for|of|in|on)\s+[a-z][a-z\- ]{0,60}?)?"
    # "ambassador to Switzerland": where an envoy is posted, not whom they serve
    r"(?:\s+to\s+(?:the\s+)?[A-Z][^,.;]{1,60}?)?"
    # "an economist at the Lima Institute": whom the person works for ("for Asia" is a portfolio, skipped)
    r"(?:\s+for\s+(?:the\s+)?[A-Z][^,.;]{1,60}?)?"
    r"(?:\s+(?:at|of|with|from)\s+(?:the\s+)?(?P<org>[A-Z][^,.;]{1,80}?))?\s*(?:[,.;)]|$)"
)


# "X, who heads the Andes Policy Forum,": the head of an organization; "X, who runs the Asia desk of the Lima
# Institute,": the head of a unit inside one, who works for it
_WHO_HEADS = re.compile(r"^\s*,\s*who\s+(?:heads|chairs|runs|directs)\s+(?:the\s+)?"
                        r"(?:(?P<unit>[a-z][a-z\- ]{1,60}?)\s+(?:at|of)\s+(?:the\s+)?)?"
                        r"(?P<org>[A-Z][^,.;]{1,80}?)\s*(?:[,.;)]|$)")
_NOT_HEADED = frozenset({"delegation", "team", "side", "talks", "negotiations", "round"})
_TITLE_WORDS_ALL = TITLE_HEAD_WORDS | TITLE_MODIFIER_WORDS  # made once: read for every word of a role


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
        _counterpart_affiliation(state, ctx, sent, m, key, sentence_span)
        _apposition_title(state, ctx, sent, m, key, sentence_span)
        _of_affiliation(state, ctx, sent, m, key, sentence_span)
    _group_member_affiliations(state, ctx, sent, sentence_span)
    _stand_ins(state, ctx, sent, sentence_span)
    _facing_pairs(state, ctx, sent, sentence_span)
    _reporting_bodies(state, ctx, sent)


def _reporting_bodies(state, ctx, sent) -> None:
    """ "Colombia will impose duties ..., the trade ministry said": a ministry with no owner named that reports a
    country's own act is that country's. Kept for `affiliate_by_post` (its minister serves the country)."""
    for verb in ctx.tokens_with(sent, lemmas=REPORTING_VERBS):
        bodies = [k for t in verb.children if t.dep_ == "nsubj" if (k := ctx.tok_entity.get(t.i))
                  and state.kind(k) == ORGANIZATION]
        acts = [t for t in verb.children if t.dep_ == "ccomp" and t.lemma_.lower() in OWN_ACT_VERBS]
        if len(bodies) != 1 or len(acts) != 1:
            continue
        body = state.collector.canonical(bodies[0])
        if state.owners_named(body) or state.kind(state.acting_country(body)) == COUNTRY:
            continue  # "China's ministry said Colombia will ...": whose it is, is said
        countries = {k for t in acts[0].children if t.dep_ == "nsubj"
                     if (k := state.agent_key(t, ctx, allow_people=False)) and state.kind(k) == COUNTRY}
        if len(countries) == 1:
            state.reporting_bodies.setdefault(body, set()).add(countries.pop())


def _facing_pairs(state, ctx, sent, sentence_span) -> None:
    """People set face to face in one sentence: "A and B co-chaired", "A received B", "A shakes hands with B",
    "the U.S. delegation called on A". Kept for `_affiliate_bilateral`."""
    doc = ctx.doc
    pairs = state.facing_pairs
    for i in range(sent.start, sent.end):
        key = ctx.tok_entity.get(i)
        if not key or state.kind(key) != PERSON:
            continue  # (before a Token is made: most words are no person's)
        token = doc[i]
        head = token.head  # (each `.head` makes a Token: read once)
        if head.i == i or ctx.tok_entity.get(head.i) == key:
            continue  # (only a name's last word hangs outside it)
        others = []
        if token.dep_ == "nsubj" and _joint_verb(head):
            # "A and Peru's Minister B co-chaired": subjects who met, chaired or signed together face each other;
            # "A and B witnessed", or guests received together, are no two sides
            others += [c for c in token.children if c.dep_ == "conj"]
        if token.dep_ in ("nsubj", "dobj", "pobj"):
            verb = head.head if token.dep_ == "pobj" and head.dep_ == "prep" else head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in MEETING_PAIR_VERBS:
                # the subject faces the objects ("received A and Togo's Minister B"), never an object another
                for child in verb.children:
                    if child.dep_ == "nsubj" and token.dep_ != "nsubj":
                        others += with_conjuncts(child)
                    elif token.dep_ == "nsubj" and child.dep_ == "dobj":
                        others += with_conjuncts(child)
                    elif token.dep_ == "nsubj" and child.dep_ == "prep" and child.lower_ in ("with", "on"):
                        others += [t for c in child.children if c.dep_ == "pobj" for t in with_conjuncts(c)]
        for other in others:
            if other.i == i:
                continue
            found = state.participant_key(other, ctx)
            if found and state.collector.canonical(found) != state.collector.canonical(key):
                pairs += [(key, found, sentence_span), (found, key, sentence_span)]


def _joint_verb(verb) -> bool:
    """A verb two sides do together ("met", "co-chaired", "signed"), or one joined to such a verb ("co-|chaired")."""
    return verb.pos_ in ("VERB", "NOUN", "PROPN") and any(
        v.lemma_.lower() in JOINT_VERBS for v in [verb] + [c for c in verb.children if c.dep_ == "conj"])


_STAND_IN_LEMMAS = {lemma: words for lemma, words in STAND_IN_CUES}


def _stand_ins(state, ctx, sent, sentence_span) -> None:
    """ "Dr. Mwakyusa stood in for President Shauri": the two, read here, share a country once one of them is known
    to serve it (`affiliate_by_post`)."""
    doc, lemmas = ctx.doc, ctx.lemmas
    for i in ctx.indices_with(sent, lemmas=frozenset(_STAND_IN_LEMMAS)):
        words = _STAND_IN_LEMMAS[lemmas[i]]
        if doc[i].pos_ != "VERB" or tuple(ctx.lowers[i + 1:i + 1 + len(words)]) != words:
            continue
        # "A, who stood in for B,": the relative clause's subject is the name it hangs on
        subjects = [doc[i].head] if doc[i].dep_ == "relcl" else [t for t in doc[i].children if t.dep_ == "nsubj"]
        subject = next((k for t in subjects if (k := state.person_key(t, ctx))), None)
        other = persons_from(state, ctx, sent, i + 1 + len(words), first_only=True)
        if subject and other and other[0][0] != subject:
            state.stand_ins.append((subject, other[0][0], sentence_span))


_COMPLEMENT_WORDS = frozenset({"of", "for", "to", "without"})  # "without": "Minister without Portfolio"
_LIST_WORDS = frozenset({"and", "&", ","})
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                            "north-east", "south-east", "north-west", "south-west", "northeast", "southeast"})
_APPOSITION_END = frozenset({",", ".", ";", ")", ":", "and"})


def _skip_honorifics_back(ctx, i: int, low: int, name_start: int) -> int:
    """The index left of any honorifics that end at `i` ("Minister Datuk Seri | Azlan")."""
    doc, lowers = ctx.doc, ctx.lowers
    moved = True
    while moved and i >= low:
        moved = False
        for j in range(max(low, i - 3), i + 1):
            if j + honorific_at(doc, j, lowers=lowers) == i + 1 and i + 1 <= name_start:
                i, moved = j - 1, True
                break
    return i


def _title_word(token) -> bool:
    return token.lower_ in TITLE_HEAD_WORDS or token.lower_ in TITLE_MODIFIER_WORDS


# Portfolio words that, before a title, say whose post it is rather than what it covers ("European Trade
# Commissioner" serves the European Union): not read as the title's portfolio
_OWNER_PORTFOLIO_WORDS = frozenset({"european", "europe"})


def _portfolio_before_title(token) -> bool:
    """ "Planning" in "Planning Minister", "Culture" in "Culture Secretary": a capitalised portfolio word."""
    return token.lower_ in PORTFOLIO_WORDS and token.lower_ not in _OWNER_PORTFOLIO_WORDS and token.text[:1].isupper()


def _title_tokens_before(ctx, sent, i: int) -> tuple[list, int]:
    """The title ending at token `i`, read leftwards, and the index just left of it.

    A title is modifiers and a head ("Deputy Permanent Secretary"), optionally followed by a capitalised
    complement ("Minister of Investment, Trade and Industry", "Director for Sri Lanka, Maldives and
    Nepal"); "to X" after an envoy's title names where they are posted ("Ambassador to Qatar").
    """
    doc = ctx.doc
    # "Speaker National Assembly | Ana Lupu", "Chairman Senate | Ola Dahl": a title with its chamber after it, no "of"
    if ctx.lowers[i] in LEGISLATURE_WORDS and not ctx.tok_entity.get(i):
        k = i - 1
        while k >= max(sent.start, i - 3) and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and ctx.lowers[k] not in TITLE_HEAD_WORDS and not ctx.tok_entity.get(k):
            k -= 1
        if k >= sent.start and ctx.lowers[k] in TITLE_HEAD_WORDS:
            title, left = _title_tokens_before(ctx, sent, k)
            if title:
                return title + list(doc[k + 1:i + 1]), left
    seq = []
    j = i
    while j >= sent.start:
        token = doc[j]
        if ctx.tok_entity.get(j, "").startswith(PERSON + ":"):
            break  # "Minister Ana Ruiz and Trade Envoy Li Wei": a name ends the title before it
        if _title_word(token) or token.lower_ in _COMPLEMENT_WORDS or token.lower_ in _LIST_WORDS \
                or (seq and _portfolio_before_title(token)):
            seq.insert(0, token)
        elif token.text == "-" and token.whitespace_ == "" and seq:
            seq.insert(0, token)
        elif token.lower_ == "the" and seq and j > sent.start and doc[j - 1].lower_ in _COMPLEMENT_WORDS:
            seq.insert(0, token)  # "Secretary of the Treasury for ..."
        elif token.is_alpha and token.text[:1].isupper() and not token.is_sent_start:
            seq.insert(0, token)  # capitalised words: part of a complement, or the owner (checked below)
        elif token.ent_type_ in ("GPE", "ORG", "NORP") and not token.is_sent_start:
            seq.insert(0, token)  # "U.S."
        else:
            break
        j -= 1
    # the complement: from the first "of/for/to" that follows a head word
    cut = next((k for k, t in enumerate(seq) if t.lower_ in _COMPLEMENT_WORDS and k
                and seq[k - 1].lower_ in TITLE_HEAD_WORDS), None)
    if cut is not None and len(seq) - cut > 2 and seq[-1].lower_ in TITLE_HEAD_WORDS:
        # a complement ends in a name or a portfolio, not a title word: "General Secretary of the Communist Party of
        # Vietnam To Lam and Chinese Premier | Li Qiang" is someone else's title, then Li's, "Premier"
        cut = None
    core, complement = (seq[:cut], seq[cut:]) if cut is not None else (seq, [])
    # the core, read from its right end: title words, capitalised entities between title words
    kept = []
    k = len(core) - 1
    while k >= 0:
        token = core[k]
        if kept and _inside_body_name(ctx, token.i):
            break  # "East African Community | Secretary General": the end of the body's name, not the post's
        if _title_word(token) or (token.text == "-" and kept):
            kept.insert(0, token)
        elif token.lower_ in ("and", "&") and kept and k > 0 and _title_word(core[k - 1]) \
                and kept[0].lower_ not in TITLE_HEAD_WORDS:
            kept.insert(0, token)  # "Industry and Trade Minister"
        elif token.text == "," and kept and k > 0 and _title_word(core[k - 1]) \
                and any(t.lower_ in ("and", "&") for t in kept) and kept[0].lower_ not in TITLE_HEAD_WORDS:
            kept.insert(0, token)  # "Trade, Industry and Energy Minister"
        elif kept and _portfolio_before_title(token):
            kept.insert(0, token)  # "Planning Minister", "Culture Secretary", "Human Rights Commissioner"
        elif kept and token.ent_type_ in ("GPE", "ORG"):
            # "Assistant U.S. Trade Representative", "Assistant United States Trade Representative"
            first = k
            while first > 0 and core[first - 1].ent_type_ == token.ent_type_ and core[first - 1].ent_iob_ != "O" \
                    and token.ent_iob_ != "B" and core[first].ent_iob_ != "B":
                first -= 1
            if first > 0 and _title_word(core[first - 1]):
                kept[:0] = core[first:k + 1]
                k = first - 1
                continue
            break
        else:
            break
        k -= 1
    while kept and kept[0].lower_ not in TITLE_HEAD_WORDS and kept[0].lower_ not in TITLE_MODIFIER_WORDS \
            and not _portfolio_before_title(kept[0]):
        kept.pop(0)
    while len(kept) > 1 and kept[0].lower_ in _FIRM_NAME_MODIFIERS and kept[0].i > sent.start \
            and kept[1].lower_ not in PORTFOLIO_WORDS and _ends_a_firms_name(doc[kept[0].i - 1]):
        kept.pop(0)  # "WaterHealth International President", "Amnesty International Secretary General": the body's name
    if not kept or not any(t.lower_ in TITLE_HEAD_WORDS for t in kept) or kept[-1].lower_ not in TITLE_HEAD_WORDS:
        return [], i
    if complement:
        words = [t for t in complement[1:] if t.lower_ not in _LIST_WORDS | _COMPLEMENT_WORDS | {"the"}]
        proper = all(t.text[:1].isupper() or t.text == "-" for t in words) and words
        # "secretary of commerce", "minister of trade and industry": a post written in lower case keeps its
        # portfolio when every word of it is a portfolio's
        proper = proper or (words and all(t.is_lower and t.lower_ in PORTFOLIO_WORDS for t in words)
                            and kept[-1].is_lower)
        places = all(t.ent_type_ in ("GPE", "LOC", "NORP") or t.lower_ in _COMPASS_WORDS for t in words)
        if complement[0].lower_ == "to" or not proper or cut + len(complement) != len(seq) or places:
            complement = []  # a region a post covers ("Director for Chile and Peru") is not part of its name
        while complement and complement[-1].lower_ in _LIST_WORDS:
            complement.pop()
    left = kept[0].i - 1
    return kept + complement, left


def _abbreviated_modifier_before(doc, start: int) -> int:
    """Where a title starting at `start` starts with the abbreviated modifier before it ("Lt." of "Georgia Lt.
    Governor Burt Jones": a lieutenant governor, no governor), else `start`."""
    j = start - 1
    if j >= 1 and doc[j].text == "." and doc[j - 1].lower_ in ABBREVIATED_TITLE_MODIFIERS and doc[j - 1].text[:1].isupper():
        return j - 1
    if j >= 0 and doc[j].lower_.rstrip(".") in ABBREVIATED_TITLE_MODIFIERS and doc[j].text.endswith(".") \
            and doc[j].text[:1].isupper():
        return j
    return start


# Title modifiers that also end bodies' names ("Amnesty International", "Acme Global")
_FIRM_NAME_MODIFIERS = frozenset({"international", "global"})


def _ends_a_firms_name(token) -> bool:
    """Whether a capitalised word before "International" or "Global" makes it part of a body's name: a name word, no
    title or portfolio word, no country's or people's name ("Canadian International Trade Minister")."""
    return token.is_alpha and token.text[:1].isupper() and (token.pos_ == "PROPN" or not token.is_sent_start) \
        and not _title_word(token) \
        and not _portfolio_before_title(token) and token.ent_type_ not in ("GPE", "NORP", "LOC")


def _inside_body_name(ctx, i: int) -> bool:
    """Whether token `i` ends a body's name that starts before it ("Community" in "East African Community", "Forum"
    in "Pacific Islands Forum"); a country inside a title ("Assistant United States Trade Representative") is not."""
    key = ctx.tok_entity.get(i)
    return key is not None and key.startswith(ORGANIZATION + ":") and i > 0 and ctx.tok_entity.get(i - 1) == key


def _descriptive_role(words: list[str]) -> bool:
    """ "senior official", "top diplomat": a rank and a generic post word describe someone; they name no post."""
    words = [w.lower() for w in words]
    return len(words) >= 2 and words[-1] in DESCRIPTIVE_ROLE_HEADS \
        and all(w in DESCRIPTIVE_ROLE_MODIFIERS for w in words[:-1])


def _premodifier_title(state, ctx, sent, m, key, sentence_span) -> None:
    """ "Trade Minister Ana Souza", "Minister of State for Foreign Trade Dr. Khalifa Said", and the
    comma form "Qatar's Minister of State, Dr. Khalifa Said," (the name closed by punctuation)."""
    doc, lowers = ctx.doc, ctx.lowers
    name_start = m.start_token
    while name_start < m.end_token - 1 and lowers[name_start] in TITLE_HEAD_WORDS:
        name_start += 1  # "Deputy PM Odgerel": NER took "PM" into the name; the title takes it back
    i = _skip_honorifics_back(ctx, name_start - 1, sent.start, name_start)
    if i > sent.start and lowers[i] in ROYAL_STYLE_WORDS and lowers[i - 1] in TITLE_HEAD_WORDS \
            and lowers[i - 1] not in ROYAL_STYLE_WORDS:
        i -= 1  # "Energy Minister Prince Abdulaziz": a prince's style after his post is no part of it
    rule = "title-premodifier"
    if i >= sent.start and lowers[i] == ",":
        if m.end_token < sent.end and lowers[m.end_token] not in _APPOSITION_END:
            return  # "After meeting the Finance Minister, Smith said": not an apposition
        i -= 1
        rule = "title-apposition-before"
    if i < sent.start or i >= name_start:
        return
    if lowers[i] in _LIST_WORDS or lowers[i] in _COMPLEMENT_WORDS:
        return  # "..., the envoy for Asia, and Lee Min": what stands before "and" is someone else's
    title_tokens, left = _title_tokens_before(ctx, sent, i)
    if not title_tokens or title_tokens[0].lower_ in NOT_TITLES:
        return
    if rule == "title-apposition-before" and left >= sent.start and doc[left].pos_ in ("VERB", "ADP") \
            and doc[left].lower_ not in ("'s", "\u2019s"):
        return  # "he met the Trade Minister, Ana Souza, ..." is fine, but not "told Trade Minister, X"
    # "Minister for Foreign Affairs of Japan, Kamikawa", "the Foreign Minister of Pakistan Ali Noor": a country
    # ending the post after "of" is whom the holder serves, not part of the post's name
    of_country, last = _country_ending_title(state, ctx, title_tokens[0].i, name_start)
    if of_country and last < title_tokens[-1].i:
        title_tokens = [t for t in title_tokens if t.i <= last]
    title = ctx.span_text(_abbreviated_modifier_before(doc, title_tokens[0].i), title_tokens[-1].i + 1)
    if not _descriptive_role(title.split()):
        state.collector.fact(key, "title", title, sentence_span, CONFIDENCE["syntax"], rule, literal=True)
    owner = _owner_before(state, ctx, sent, left) or of_country
    if owner is None and rule == "title-premodifier":
        owner = _owner_of_title_before(state, ctx, sent, m, left)
    if owner is None:
        # "Assistant U.S. Trade Representative": a country inside the title is whom the person serves
        core_end = next((t.i for t in title_tokens if t.lower_ in _COMPLEMENT_WORDS), title_tokens[-1].i)
        owner = next((k for t in title_tokens if t.i < core_end and t.ent_type_ in ("GPE", "NORP")
                      and (k := state.agent_key(t, ctx, allow_people=False))), None)
        if owner is None:
            owner = _country_named_in(state, ctx, [t for t in title_tokens if t.i < core_end])
    if owner is None:
        owner = _body_named_in(state, ctx, title_tokens)
    if owner:
        state.collector.fact(key, "affiliatedWith", owner, sentence_span, CONFIDENCE["syntax"], rule)


def _country_ending_title(state, ctx, start: int, name_start: int):
    """The country named after an "of (the)" that follows a title's or a portfolio's word ("Minister of", "Affairs
    of"; not "Bank of") among the words from a title's start to its holder's name, when that country's name ends
    them (a comma may close it), and the index of the title's last word before that "of";
    (None, -1) when there is none."""
    doc, lowers = ctx.doc, ctx.lowers
    end = name_start
    while end > start and lowers[end - 1] in (",", "\u2014", "-"):
        end -= 1
    for k in range(start + 1, end - 1):
        if lowers[k] != "of" or not (lowers[k - 1] in TITLE_HEAD_WORDS or lowers[k - 1] in PORTFOLIO_WORDS):
            continue
        first = k + 2 if lowers[k + 1] == "the" else k + 1
        if first >= end:
            continue
        entity = ctx.tok_entity.get(first)
        if entity:  # the whole of one name, no more
            if ctx.tok_entity.get(k) == entity or any(ctx.tok_entity.get(t) != entity for t in range(first, end)) \
                    or (end < len(lowers) and ctx.tok_entity.get(end) == entity):
                continue
            owner = state.agent_key(doc[first], ctx, allow_people=False)
        else:  # a country's name NER glued to the holder's ("of Peru Ana Lupu"), split off since
            record = state.gaz.country(doc[first:end].text) \
                if all(t.is_alpha and t.text[:1].isupper() for t in doc[first:end]) else None
            owner = state.country(record, ctx.span(doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text))) \
                if record else None
        if owner and state.kind(owner) == COUNTRY:
            return owner, k - 1
    return None, -1


def _body_named_in(state, ctx, title_tokens):
    """ "Under Secretary of the Treasury for Terrorism": a body word after the title's "of" names the body the
    holder serves, when the article names one body (and only one) that holds the word ("US Treasury Department")."""
    words = list(title_tokens)
    of = next((k for k, t in enumerate(words) if t.lower_ == "of" and k and words[k - 1].lower_ in TITLE_HEAD_WORDS),
              None)
    if of is None:
        return None
    run = words[of + 1:]
    if run and run[0].lower_ == "the":
        run = run[1:]
    end = next((k for k, t in enumerate(run) if not t.text[:1].isupper()), len(run))
    run = run[:end]
    if len(run) != 1 or run[0].lower_ not in TITLE_BODY_WORDS:
        return None  # "Minister of Foreign Affairs": a portfolio, not a body
    token = run[0]
    key = ctx.tok_entity.get(token.i)
    if key and state.kind(key) == ORGANIZATION and len(state.label(key).split()) > 1:
        return state.collector.canonical(key)
    return state.entities.only_body_holding(token.text)


def _country_named_in(state, ctx, tokens):
    """A country's name among a title's words, when NER tagged it as part of a body ("United States Trade
    Representative" read as one name): the longest run of capitalised words the gazetteer knows."""
    for size in (3, 2, 1):
        for k in range(len(tokens) - size + 1):
            run = tokens[k:k + size]
            if all(t.text[:1].isupper() for t in run) and run[-1].i - run[0].i == size - 1:
                record = state.gaz.country(ctx.doc[run[0].i:run[-1].i + 1].text)
                if record and run[-1].lower_ not in TITLE_HEAD_WORDS:
                    return state.country(record, ctx.span(run[0].idx, run[-1].idx + len(run[-1].text)))
    return None


_COUNTERPARTS = frozenset({"counterpart", "counterparts"})


def _counterpart_affiliation(state, ctx, sent, m, key, sentence_span) -> None:
    """ "his Samoan counterpart, Tui Lemalu", "Chile's counterpart Ana Ruiz": whom the counterpart serves."""
    doc = ctx.doc
    i = _skip_honorifics_back(ctx, m.start_token - 1, sent.start, m.start_token)
    if i >= sent.start and doc[i].text == ",":
        i -= 1
    if i <= sent.start or doc[i].lower_ not in _COUNTERPARTS:
        return
    owner = _owner_before(state, ctx, sent, i - 1)
    if owner:
        state.collector.fact(key, "affiliatedWith", owner, sentence_span, CONFIDENCE["syntax"], "affiliation-counterpart")


def _owner_of_title_before(state, ctx, sent, m, left: int):
    """ "Chile's chief negotiator, Ambassador Ana Ruiz, said": the owner of a second title set off by commas
    before the first. The name must be set off too (a comma or "of" after it), else the comma may end a clause."""
    doc = ctx.doc
    after = doc[m.end_token] if m.end_token < sent.end else None
    if left <= sent.start or doc[left].text != "," or after is None or after.lower_ not in (",", "of"):
        return None
    title_tokens, before = _title_tokens_before(ctx, sent, left - 1)
    if not title_tokens or title_tokens[0].lower_ in NOT_TITLES:
        return None
    return _owner_before(state, ctx, sent, before)


def _owner_before(state, ctx, sent, i):
    """The country or organization named just before a title: "US", "Chinese", "China's"."""
    if i < sent.start:
        return None
    doc = ctx.doc
    token = doc[i]
    if token.lower_ in ("'s", "\u2019s") and i - 1 >= sent.start:
        token = doc[i - 1]
    if token.lower_ == "its":
        return _its_owner(state, ctx, sent, i)
    owner = state.agent_key(token, ctx, allow_people=False)
    if owner is None and token.i not in ctx.tok_entity and token.text[:1].isupper():
        if token.i > sent.start and state.gaz.is_demonym(doc[token.i - 1].text):
            # "Vietnamese Party General Secretary": that country's party, not the Chinese one named before
            return state.agent_key(doc[token.i - 1], ctx, allow_people=False)
        owner = state.entities.body_named_before(token.text, ctx.offset + token.idx)
    return owner


def _its_owner(state, ctx, sent, i):
    """ "Peru was represented by its lead negotiator": "its" is the country or body named last before it,
    when no other noun stands between ("the plan and its author" is the plan's)."""
    doc = ctx.doc
    for j in range(i - 1, sent.start - 1, -1):
        if j in ctx.tok_entity:
            return state.agent_key(doc[j], ctx, allow_people=False)
        if doc[j].pos_ in ("NOUN", "PROPN", "PRON"):
            return None
    return None


def _of_affiliation(state, ctx, sent, m, key, sentence_span) -> None:
    """ "Foreign Minister Ingrid Dahl of Norway": a country or organization right after the name."""
    doc = ctx.doc
    if m.end_token + 1 >= sent.end or doc[m.end_token].lower_ not in ("of", "from"):
        return
    first = m.end_token + 2 if m.end_token + 2 < sent.end and doc[m.end_token + 1].lower_ == "the" else m.end_token + 1
    if _based_in(ctx, first):
        # "Analyst A of Lima-based Andes Risk": the city is where the firm sits, not whom A serves; A serves the firm
        based = next(i for i in range(first, sent.end) if ctx.lowers[i] == "based")
        owner = state.agent_key(doc[based + 1], ctx, allow_people=False) if based + 1 < sent.end else None
        if owner and state.kind(owner) == ORGANIZATION:
            state.collector.fact(key, "affiliatedWith", owner, sentence_span, CONFIDENCE["pattern"], "affiliation-of")
        return
    # "assured Minister Ola Dahl of Norway's support": an owner's possessive after "of" is the verb's, not whom
    # the person serves
    j = first
    while ctx.tok_entity.get(first) and j + 1 < sent.end and ctx.tok_entity.get(j + 1) == ctx.tok_entity.get(first):
        j += 1
    if j + 1 < sent.end and ctx.lowers[j + 1] in ("'s", "\u2019s", "'", "\u2019"):
        return
    # the same when NER kept the bare apostrophe inside the name ("of the United Nations' mandate")
    if j > first and ctx.lowers[j] in ("'", "\u2019", "'s", "\u2019s") and doc[j].dep_ == "case":
        return
    # "reminded Envoy A of the United Nations", "accused Minister B of the bank of fraud": the object of a verb
    # that takes an "of" of its own; the first "of" is the title's only when the verb's own complement follows it
    # (a second "of", or a clause: "reminded Minister B of Norway that ...")
    last = doc[m.end_token - 1]
    if last.dep_ == "dobj" and last.head.lemma_ in OBJECT_OF_VERBS \
            and not (j + 1 < sent.end and ctx.lowers[j + 1] in ("of", "that", "about")) \
            and not any(c.dep_ in ("ccomp", "xcomp") and c.i > j for c in last.head.children):
        return
    owner = state.agent_key(doc[m.end_token + 1], ctx, allow_people=False)
    if owner is None and first == m.end_token + 2:
        owner = state.agent_key(doc[first], ctx, allow_people=False)
    if owner:
        state.collector.fact(key, "affiliatedWith", owner, sentence_span, CONFIDENCE["pattern"], "affiliation-of")


def _based_in(ctx, i: int) -> bool:
    """ "Lima-based", "Lima based": the name at `i` (through its last word) only says where something sits."""
    key = ctx.tok_entity.get(i)
    j = i
    while key and j + 1 < len(ctx.lowers) and ctx.tok_entity.get(j + 1) == key:
        j += 1
    rest = ctx.lowers[j + 1:j + 3]
    return rest[:1] == ["based"] or rest == ["-", "based"]


_CLAUSE_WORDS = frozenset({"by", "with", "from", "at", "as", "who", "whom", "which", "that", "while", "after",
                           "before", "when"})


def _clause_word(word: str) -> bool:
    """A word that opens a clause or a phrase inside an apposition, which a post's name never holds ("accompanied
    by", "joined by", "speaking at"): a preposition, a relative, or a participle that is no title word."""
    lower = word.lower()
    if lower in _CLAUSE_WORDS:
        return True
    return word.islower() and lower.endswith(("ed", "ing")) and lower not in TITLE_MODIFIER_WORDS \
        and lower not in TITLE_HEAD_WORDS and lower not in PORTFOLIO_WORDS


def _apposition_title(state, ctx, sent, m, key, sentence_span) -> None:
    base = ctx.end_char(m.end_token - 1)
    rest = ctx.text[base:sent.end_char]
    heads = _WHO_HEADS.match(rest)
    if heads and heads["org"].split()[-1].lower() not in _NOT_HEADED \
            and not (heads["unit"] and heads["unit"].split()[-1] in _NOT_HEADED):
        owner = _key_at(state, ctx, base + heads.start("org"), heads["org"])
        if owner:
            state.collector.fact(key, "title", "head", sentence_span, CONFIDENCE["pattern"], "title-who-heads", literal=True)
            state.collector.fact(key, "affiliatedWith", owner, sentence_span, CONFIDENCE["pattern"], "title-who-heads")
        return
    match = _APPOSITION.match(rest)
    if not match:
        return
    role = match["role"].strip()
    words = role.split()
    if words[:1] and words[0].lower() in ("and", "or"):
        return  # "A, and Chief of Staff B,": the next item of a list, not A's post
    if not words or len(words) > 6 or words[-1].lower() not in TITLE_HEAD_WORDS or words[-1].lower() in NOT_TITLES:
        return
    if any(w[:1].isupper() and w.lower() not in _TITLE_WORDS_ALL for w in words):
        return  # a capitalised word that is no title word: a name, not a post
    if any(_clause_word(w) for w in words[:-1]):
        return  # "A, accompanied by Director B": a clause about the person, not a post
    if match["org"] and (_names_a_person(ctx, base + match.start("org"), base + match.end("org"))
                         or _runs_into_the_next_name(match["org"])):
        return  # "A, Vice President of International Affairs B and ...": the next person's post, not A's
    joint = re.match(r"\s+(?:of|for)\s+", rest[match.end("role"):]) if words[-1].lower() in _PORTFOLIO_POSTS else None
    portfolios = _portfolio_list_at(rest, match.end("role") + joint.end()) if joint else None
    if portfolios is not None:
        # "X, Minister of Trade and Industry,": the capitalised portfolios are the post's, no body X works at
        role = f"{role}{joint.group()}{portfolios}"
    elif match["org"] and normalize_name(match["org"]) in BARE_BODY_WORDS:
        # "X, the Leader of the House,": a bare chamber's or government's word names no body; it is the post's
        role = rest[match.start("role"):match.end("org")]
    if not _descriptive_role(words):
        state.collector.fact(key, "title", role, sentence_span, CONFIDENCE["pattern"], "title-apposition", literal=True)
    for group in ("owner", "org"):
        if match[group] and not (group == "org" and portfolios is not None):
            owner = _owner_named(state, ctx, base + match.start(group), match[group])
            if owner:
                state.collector.fact(key, "affiliatedWith", owner, sentence_span, CONFIDENCE["pattern"],
                                     f"affiliation-apposition-{group}")


_LIST_GOES_ON = re.compile(r"\sand\s+[a-z]")
# posts named for their portfolios ("Minister of Trade and Industry", "Secretary of Commerce")
_PORTFOLIO_POSTS = frozenset({"minister", "secretary", "commissioner", "minister-designate"})
_PORTFOLIO_LIST_WORD = re.compile(r"\s*(,|&|and\b|[A-Z][A-Za-z-]*)")


def _portfolio_list_at(text: str, start: int) -> str | None:
    """The list of capitalised portfolio words starting at `start` ("Trade and Industry", "Economy, Trade and
    Industry") when the apposition closes right after it (a comma, a full stop, the end); else None."""
    pos, end, words = start, None, 0
    while (found := _PORTFOLIO_LIST_WORD.match(text, pos)) is not None:
        word = found.group(1)
        if word not in (",", "&", "and"):
            if word.lower() not in PORTFOLIO_WORDS:
                return None
            end, words = found.end(), words + 1
        pos = found.end()
    if end is None or not re.match(r"\s*(?:[,.;)]|$)", text[end:]):
        return None
    return text[start:end].strip()


def _runs_into_the_next_name(org: str) -> bool:
    """Whether the words after a post's "of" that NER left untagged run on into a list ("A, Head of Sales B and
    others": an "and" before a lower-case word, which no body's name holds) or end in a person's name (a given name
    or a family name in its last two capitalised words, after the portfolio's): the next person's post."""
    if _LIST_GOES_ON.search(org):
        return True
    words = org.split()
    # (capitalised words only: "Research at Standard Bank" names where the post is held)
    return len(words) >= 3 and all(w[:1].isupper() for w in words) and normalize_name(words[-1]) not in \
        ORGANIZATION_HEAD_WORDS and (is_given_name(words[-2]) or normalize_name(words[-1]) in CENSUS_FAMILY_NAMES)


def _names_a_person(ctx, start: int, end: int) -> bool:
    """Whether a person's name the article tags starts between paragraph characters `start` and `end`."""
    return any(start <= ctx.starts[i] < end and key.startswith(PERSON + ":") and (i == 0 or ctx.tok_entity.get(i - 1) != key)
               for i, key in ctx.tok_entity.items())


_POSTED_IN = re.compile(r"\s+in\s+")
_MISSION_OF = re.compile(r"^(?:the\s+)?(?:%s)\s+of\s+(?:the\s+)?(?P<country>.+)$" % "|".join(
    sorted((re.escape(noun) for noun in MISSION_NOUNS), key=len, reverse=True)), re.IGNORECASE)


def _owner_named(state, ctx, char, text):
    """Whom a body named in an apposition stands for: "the Embassy of Chile in Lima" is Chile's (Lima is only
    where it sits); any other body is itself."""
    text = _POSTED_IN.split(text, maxsplit=1)[0]
    mission = _MISSION_OF.match(text)
    if mission:
        record = state.gaz.country(mission["country"])
        return state.country(record, ctx.span(char, char + len(text))) if record else None
    return _key_at(state, ctx, char, text)


def _key_at(state, ctx, char, text):
    token = ctx.doc.char_span(char, char + len(text), alignment_mode="expand")
    if token is None:
        return None
    for t in token:
        found = state.agent_key(t, ctx, allow_people=False)
        if found:
            return found
    return None


# How far (tokens) the cue may stand after the group noun: "three Iranian officials accused of abuses during the
# strike in the port city, among them".
_GROUP_CUE_REACH = 15


def _group_member_affiliations(state, ctx, sent, sentence_span) -> None:
    """ "five Iranian officials, including Oil Minister A", "three Belarusian diplomats ..., among them B and C": the
    people listed act for the country named on the group."""
    doc = ctx.doc
    for noun in ctx.tokens_with(sent, words=OFFICIAL_GROUP_NOUNS):
        owners = [t for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss") for t in with_conjuncts(c)]
        countries = {k for t in owners
                     if (k := state.agent_key(t, ctx, allow_people=False)) and state.kind(k) == COUNTRY}
        if len(countries) != 1:
            continue  # no country, or "US and Chinese officials": whose is whose is not said
        country = countries.pop()
        for i in range(noun.i + 1, min(sent.end, noun.i + _GROUP_CUE_REACH)):
            token = doc[i]
            if token.lower_ in OFFICIAL_GROUP_NOUNS or token.text == ";" or (
                    token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBG", "VBN")):
                break  # another group, or a new clause
            cue = next((c for c in GROUP_MEMBER_CUES if tuple(t.lower_ for t in doc[i:i + len(c)]) == c), None)
            if cue is None:
                continue
            for person, _ in persons_from(state, ctx, sent, i + len(cue), first_only=False):
                if not _serves_a_country(state, person):
                    state.collector.fact(person, "affiliatedWith", country, sentence_span, CONFIDENCE["pattern"],
                                         "affiliation-group-member")
            break


def _serves_a_country(state, person) -> bool:
    return any(f.subject == person and f.predicate == "affiliatedWith" and state.kind(f.object) == COUNTRY
               for f in state.collector.facts)


# "Mines and Energy Minister" / "Minister of Mines and Energy"; "Mines and Energy Ministry" / "Ministry of ...".
_MINISTER_TITLE = re.compile(r"^(?:(?P<before>[A-Za-z ,&\-]+?)\s+Minister"
                             r"|Minister\s+(?:of|for)\s+(?:the\s+)?(?P<after>[A-Za-z ,&\-]+))$")
_MINISTRY_NAME = re.compile(r"^(?:(?P<before>[A-Za-z ,&\-]+?)\s+[Mm]inistry"
                            r"|Ministry\s+(?:of|for)\s+(?:the\s+)?(?P<after>[A-Za-z ,&\-]+))$")


def _portfolio(match) -> frozenset[str]:
    text = match["before"] or match["after"] or ""
    return frozenset(w for w in normalize_name(text).split() if w not in ("and", "of", "for", "the"))


def _affiliate_stand_ins(state, serving: set) -> None:
    """A stand-in and the one stood in for serve the same country: the one with none takes the other's, when the
    other serves exactly one and the one without holds a post."""
    c = state.collector
    for a, b, sentence in state.stand_ins:
        a, b = c.canonical(a), c.canonical(b)
        for known, unknown in ((a, b), (b, a)):
            countries = {c.canonical(f.object) for f in c.facts if c.canonical(f.subject) == known
                         and f.predicate == "affiliatedWith" and state.kind(f.object) == COUNTRY}
            titled = any(c.canonical(f.subject) == unknown and f.predicate == "title" for f in c.facts)
            if len(countries) == 1 and unknown not in serving and titled:
                c.fact(unknown, "affiliatedWith", countries.pop(), sentence, CONFIDENCE["default"],
                       "affiliation-stand-in")
                serving.add(unknown)


def _headline_countries(state) -> set[str]:
    """The countries the article's headline names (its title and the headings before the body): for a story
    between two countries, the two sides."""
    article = state.article
    texts = [article.title]
    for paragraph in article.paragraphs:
        if paragraph.role == "body":
            break
        if paragraph.role == "heading":
            texts.append(article.text[paragraph.span.start:paragraph.span.end])
    found = set()
    for text in texts:
        words = re.findall(r"[\w'\u2019.-]+", text)
        k = 0
        while k < len(words):
            for size in (4, 3, 2, 1):
                run = words[k:k + size]
                if len(run) == size and run[0][:1].isupper():
                    record = state.gaz.country(" ".join(run).rstrip(".,"))
                    if record and not state.gaz.is_demonym(" ".join(run)):
                        found.add(record.label)
                        k += size - 1
                        break
            k += 1
    return found


def _affiliate_bilateral(state, serving: set) -> None:
    """ "Kenya, Tanzania sign accord": in a story whose headline names two countries and no other, a head of state
    or government or a minister with no country set face to face with someone of one side serves the other side."""
    pairs = state.facing_pairs
    sides = _headline_countries(state) if pairs else set()
    if len(sides) != 2:
        return
    c = state.collector
    affiliated = {c.canonical(f.subject) for f in c.facts if f.predicate == "affiliatedWith"}
    posts = {}
    for f in c.facts:
        if f.predicate == "title":
            words = set(normalize_name(f.object).split())
            if words & NATIONAL_POST_WORDS and not words & TITLE_BODY_WORDS:
                posts.setdefault(c.canonical(f.subject), f.object)
    # the sides known before this rule: one guess is never the ground for another
    known = {c.canonical(b): _side_of(state, c.canonical(b)) for _, b, _ in pairs}
    for a, b, sentence in pairs:
        a, b = c.canonical(a), c.canonical(b)
        if a in affiliated or a in serving or a not in posts or state.kind(a) != PERSON:
            continue
        side = known.get(b)
        if side is None or state.label(side) not in sides:
            continue
        other = next(iter(sides - {state.label(side)}))
        record = state.gaz.country(other)
        if record:
            c.fact(a, "affiliatedWith", state.country(record), sentence, CONFIDENCE["default"],
                   "affiliation-bilateral-counterpart")
            serving.add(a)


def _side_of(state, key):
    """The one country a person, a delegation or a country stands for, or None."""
    c = state.collector
    kind = state.kind(key)
    if kind == COUNTRY:
        return key
    if kind == DELEGATION:
        represents = c.entities[key].attributes.get("represents", [])
        return c.canonical(represents[0]) if len(represents) == 1 and state.kind(represents[0]) == COUNTRY else None
    if kind == PERSON:
        countries = {c.canonical(f.object) for f in c.facts if c.canonical(f.subject) == key
                     and f.predicate == "affiliatedWith" and state.kind(f.object) == COUNTRY}
        return countries.pop() if len(countries) == 1 else None
    return None


def affiliate_by_post(state) -> None:
    """People of a national body serve its country; a post only one country has ("Federal Councillor") serves that
    country. And "Mines and Energy Minister A" in an article that names "Peru's Ministry of Mines and Energy": a
    minister with no country named serves the country of the one ministry of that very portfolio."""
    c = state.collector
    serving = {f.subject for f in c.facts if f.predicate == "affiliatedWith" and state.kind(f.object) == COUNTRY}
    _affiliate_stand_ins(state, serving)
    _affiliate_bilateral(state, serving)
    ministries: dict[frozenset, list[str]] = {}
    for draft in list(c.entities.values()):
        for name in [draft.label, *sorted(draft.aliases)] if draft.kind == ORGANIZATION else []:
            match = _MINISTRY_NAME.match(name)  # "the trade ministry" may be another name of the ministry
            if match and _portfolio(match) and draft.key not in ministries.get(_portfolio(match), []):
                ministries.setdefault(_portfolio(match), []).append(draft.key)
    for fact in list(c.facts):
        if fact.predicate == "affiliatedWith" and fact.subject not in serving \
                and state.kind(fact.object) == ORGANIZATION:
            # "a State Department envoy", "an adviser at Chile's finance ministry": a national body's
            # people serve its country
            country = state.acting_country(fact.object)
            if country and state.kind(country) == COUNTRY:
                c.fact(fact.subject, "affiliatedWith", country, fact.sentence, CONFIDENCE["default"],
                       "affiliation-national-body")
                serving.add(fact.subject)
            continue
        if fact.predicate != "title" or fact.subject in serving:
            continue
        post = next((country for name, country in POSTS_OF_ONE_COUNTRY.items()
                     if (normalize_name(fact.object) + " ").startswith(name + " ")), None)
        record = state.gaz.country(post) if post else None
        if record:
            c.fact(fact.subject, "affiliatedWith", state.country(record), fact.sentence, CONFIDENCE["pattern"],
                   "affiliation-post-of-one-country")
            serving.add(fact.subject)
            continue
        match = _MINISTER_TITLE.match(fact.object)
        found = ministries.get(_portfolio(match), []) if match and _portfolio(match) else []
        if len(found) != 1 or len(state.owners_named(found[0])) > 1:
            continue  # no such ministry, or one name for ministries of several countries
        country = state.acting_country(found[0])
        reported = state.reporting_bodies.get(c.canonical(found[0]), set())
        if (not country or state.kind(country) != COUNTRY) and len(reported) == 1:
            country = next(iter(reported))  # the country whose own act the ministry reported
        if country and state.kind(country) == COUNTRY:
            c.fact(fact.subject, "affiliatedWith", country, fact.sentence, CONFIDENCE["default"],
                   "affiliation-ministry-portfolio")
            serving.add(fact.subject)
