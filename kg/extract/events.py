"""Events: talks, meetings, summits; their place, dates and participants; one node per event.

Mentions are read sentence by sentence, then folded together across the
article: a mention joins an earlier event when nothing contradicts it (place,
dates) and something ties them (same place, overlapping dates, shared
participants, or a bare definite mention like "the talks").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..dates import NUMBER_WORDS, DateRange, resolve_date, resolve_month, resolve_week, resolve_year
from ..names import fold_accents, normalize_name
from ..model import COUNTRY, DELEGATION, MEETING, ORGANIZATION, PERSON, PLACE, SUMMIT, Span
from ..tables import (ABSENCE_VERBS, ATTENDING_VERBS, BRIEFING_VERBS, CANCEL_ADJECTIVES, CANCEL_PHRASES, CANCEL_VERBS,
                      CHAIR_NOUNS, CONFIDENCE, CONTINUE_ADVERBS, CONTINUE_VERBS, SITTING_WORDS, DAYS_FROM_PREVIOUS_EVENT, DAYS_FROM_PREVIOUS_EVENT_RE, END_VERBS,
                      EVENT_PRONOUN_VERBS, EVENT_SPAN_DAYS, EVENT_TRIGGERS, EVENT_TRIGGERS_AFTER, GUEST_VERBS,
                      MOTION_VERBS, NOT_EVENT_MODIFIERS, NOT_STATE_LEADERS, ORDINALS, PLURAL_ONLY_EVENT_WORDS, PAIR_NOUNS, PAIR_WORDS, SEPARATE_WORDS, AFTERWARDS_ADVERBS,
                      EVENT_FRAME_NOUNS, FOSTERING_VERBS, RELATIONSHIP_EVENT_WORDS, RELATIONSHIP_MODIFIERS,
                      PARTITIVE_NOUNS, PLACE_HOST_VERBS, PLACE_NOUNS_BEFORE_OF, PRECEDES_CUE_WORDS, PRECEDES_CUES, PRESENCE_WORDS,
                      PRESS_AUDIENCES, REPORTING_VERBS, SPEECH_NOUNS, START_VERBS, SUMMIT_MODIFIERS, VERB_EVENT_TRIGGERS, VIRTUAL_EVENT_ADVERBS, VIRTUAL_EVENT_WORDS,
                      VERB_EVENT_TRIGGERS_NEEDING_PLACE, VISIT_VERBS, WEAK_EVENT_TRIGGERS)
from ..dates import WEEK_OF_BEFORE, WEEKDAY_RANGE_TAIL
from ..tables import TITLE_HEAD_WORDS, EVENT_PROPOSING_VERBS, EVENT_WEIGHING_VERBS, SEPARATELY_WORDS, SEVERAL_WORDS, VALUING_VERBS, MORE_TO_COME_MODIFIERS, INSTEAD_WORDS, INTENT_VERBS
from ..tables import (ABSENCE_ADJECTIVES, EVENT_ENABLING, EVENT_HOLDING_VERBS, EVENT_NEED_VERBS, EVENT_NEED_WORDS, EVENT_PROPOSAL_NOUNS,
                      EVENT_READINESS_NOUNS, EVENT_READY_WORDS, EVENT_REFUSAL_VERBS, EVENT_REJECTING_VERBS, EVENT_WISH_VERBS,
                      OFFICIAL_GROUP_NOUNS, COUNTERPART_WORDS, UNDATED_EVENT_GAP_DAYS, WHERE_CLAUSE_DEPS, WHERE_WORDS, DATE_PREPOSITIONS, CENSUS_SEXES_OF_GIVEN_NAMES, PERSON_SUBJECT_PRONOUNS, STAND_IN_VERBS, TOPIC_NOUNS, TOPIC_PREPOSITIONS, TOPIC_VERBS)
from ..tables import ALSO_ADVERBS, TRIP_END_VERBS, TRIP_START_VERBS, WITH_TAKING_NOUNS, EVENT_PROGRESS_NOUNS, EVENT_PROGRESS_VERBS, EVENT_SIDE_COUNT_WORDS, NEED_VERBS, GOING_HOME_VERBS, TRIP_MAKING_VERBS, TRIP_NOUNS
from ..tables import CONTINENT_WORDS, COUNT_CHANGE_NOT_PARTICLES, COUNT_CHANGE_VERBS, COUNT_NOUNS, COUNT_SCALE_WORDS, EARLIER_PLAN_ADVERBS, KIND_OF_EVENT_MODIFIERS, MEASURE_DUE_NOUNS, PLAN_WORDS, RESCHEDULE_VERBS, SINCE_WORDS, TIME_PARTITIVES
from .delegations import persons_from
from .syntax import SUBJECT_DEPS, agents, attendance_list, governing_verb, subjects, tense, unlikely_above, with_conjuncts, with_listed

_EVENT_VERBS_WITH_PARTICIPANT_SUBJECT = frozenset({
    "lead", "head", "co-chair", 
    "begin", "start", "kick", "hold", "attend", "convene", "host", "open", "resume", "conclude", "end", "wrap",
    "enter", "launch", "join", "meet", "have", "stage", "chair", "finish", "complete", "continue", "witness",
    "address", "sign"})


@dataclass
class EventMention:
    kind: str
    phrase: str
    trigger_span: Span
    sentence: Span
    order: int
    location: str | None = None
    dates: DateRange | None = None
    date_text: str = ""
    participants: list[str] = field(default_factory=list)
    definite: bool = False
    sidelines_of: int | None = None  # index of another mention in the same sentence
    sidelines_host: "EventMention | None" = None  # "On its sidelines, A met B": the mention of an earlier sentence
    ordinal: int | None = None  # "the second round of talks" -> 2
    date_role: str | None = None  # "start" or "end" when a verb says the date opens or closes the event
    date_on_end_verb: bool = False  # the date hangs on a verb of ending ("the talks ended on Friday")
    month: DateRange | None = None  # "in September": a month with no day, for telling events apart only
    event: str | None = None  # the event entity key after folding
    refers_to: "EventMention | None" = None  # "It will take place in X": the mention "it" stands for
    tense: str = ""  # of the trigger's clause: "past" ("talks in X had been useful"), "future" or ""
    continues: bool = False  # "the talks continue tomorrow", "a closed session tomorrow": a later day of an event
    set_against: bool = False  # "meet again after the summit": placed against another event, never any event told
    one_of_several: bool = False  # "held meetings with A and B": the meeting with one of them, its own unless it matches
    listed_apart: bool = False  # "the Oslo meeting between A and B and the G-8 meeting": named beside another, its own
    # "talks ahead of a meeting between A and B": orders of the sentence's mentions on the other side of a precedes cue
    cued_apart: set = field(default_factory=set)
    virtual: bool = False  # "virtual talks", "met by video link": held in no place
    subordinates: bool = False  # "their foreign ministers held talks": held by others than those named before
    afterwards: bool = False  # "A later met C", "A separately held talks with D": after or apart from those told
    moved: bool = False  # "the meeting was moved to Monday": its day is the event's new day, not one more day of it
    moved_back: bool = False  # "pushed back to Saturday": to a day after the one told before
    side_count: int | None = None  # "bilateral talks" -> 2, "a trilateral dialogue" -> 3, "multilateral" -> 0

    @property
    def bare(self) -> bool:
        return self.location is None and self.dates is None and not self.participants


# unions of tables the rules test words against, made once
_PRONOUN_OR_START_VERBS = EVENT_PRONOUN_VERBS | START_VERBS
_PLAN_OR_INTENT_WORDS = PLAN_WORDS | INTENT_VERBS
_MOTION_OR_VISIT_VERBS = MOTION_VERBS | VISIT_VERBS
_MOTION_VISIT_HOLDING_VERBS = MOTION_VERBS | VISIT_VERBS | EVENT_HOLDING_VERBS
_PROPOSING_OR_WEIGHING_VERBS = EVENT_PROPOSING_VERBS | EVENT_WEIGHING_VERBS
_PROPOSING_WEIGHING_WISH_VERBS = EVENT_PROPOSING_VERBS | EVENT_WEIGHING_VERBS | EVENT_WISH_VERBS
_REFUSAL_OR_ABSENCE_VERBS = EVENT_REFUSAL_VERBS | ABSENCE_VERBS
_ATTENDING_OR_VISIT_VERBS = ATTENDING_VERBS | VISIT_VERBS
_VIRTUAL_WORDS = VIRTUAL_EVENT_WORDS | VIRTUAL_EVENT_ADVERBS

# a trigger is one of these words, or has one of these lemmas (kg.tables)
_TRIGGER_WORDS = frozenset(EVENT_TRIGGERS)
_TRIGGER_LEMMAS = frozenset(EVENT_TRIGGERS) | frozenset(VERB_EVENT_TRIGGERS)


def read_event_mentions(state, ctx, sent) -> list[EventMention]:
    if not hasattr(state, "event_paragraphs"):
        state.event_paragraphs = []  # the paragraphs read so far: a pronoun opening one may stand for someone before
    if not state.event_paragraphs or state.event_paragraphs[-1] is not ctx:
        state.event_paragraphs.append(ctx)
    sentence_span = ctx.span(sent.start_char, sent.end_char)
    triggers = [t for t in ctx.tokens_with(sent, words=_TRIGGER_WORDS, lemmas=_TRIGGER_LEMMAS) if _is_trigger(t, ctx, state)]
    if not triggers:
        return _event_pronoun(state, ctx, sent, sentence_span)
    cues = _cue_spans(ctx, sent)
    semicolons = ";" in ctx.lowers[sent.start:sent.end]
    out: list[EventMention] = []
    called_off = [t for t in triggers if _called_off(t)]
    # (no moving without a verb of RESCHEDULE_VERBS in the paragraph)
    moved = [t for t in triggers if _moved_later(t)] if not ctx.lemma_set.isdisjoint(RESCHEDULE_VERBS) else []
    for token in triggers:
        if token in called_off or _called_off_after(token, called_off):
            continue  # "he would cancel his meeting with X": no event held, so none to tell of
        if (any(a in called_off for a in token.ancestors) or _in_called_off_trip(token)) \
                and (tense(token) == "future" or _scheduled(token) or _was_to(token)) \
                and any(a.dep_ == "relcl" for a in token.ancestors):
            continue  # "cancelled a visit (a trip) to Berlin, where he was due to meet X": the meeting went with it
        if (tense(token) == "future" or _was_to(token)) and _called_off_after(token, [m for m in moved if m.i > token.i
                                                                   and not _possible_move(m)]):
            continue  # "were due to meet in Accra on Tuesday, but the meeting was moved to Friday": not on Tuesday
        if token in moved and _possible_move(token) and any(
                _called_off_after(t, [token]) for t in triggers if t.i < token.i and tense(t) == "future"):
            continue  # "will meet on Tuesday, but the meeting could be moved to Friday": the same one, maybe moved
        if _not_held(token):
            continue  # "did not meet in Lima", "the summit will not take place", "no talks are planned"
        if not ctx.word_set.isdisjoint(INSTEAD_WORDS) and _given_up_instead(token, triggers):  # (it needs "instead")
            continue  # "were due to meet in Accra, but met in Lome instead": not in Accra
        if _only_possible(token):
            continue  # "Ghana and Togo could meet in Accra", "if the talks go ahead on Tuesday": not told as held or set
        others = [t for t in triggers if t.i != token.i]
        scope = _scope(ctx, token, others, cues, sent if semicolons else None)
        if token.pos_ == "VERB":
            kind = VERB_EVENT_TRIGGERS[token.lemma_.lower()]
        else:
            kind = EVENT_TRIGGERS[token.lower_] if token.lower_ in EVENT_TRIGGERS else EVENT_TRIGGERS[token.lemma_.lower()]
        if kind == MEETING and token.lower_ != "summit" and _summit_modified(token):
            kind = SUMMIT
        mention = EventMention(
            kind=kind, phrase=_phrase(ctx, token), trigger_span=ctx.span(token.idx, token.idx + len(token.text)),
            sentence=sentence_span, order=len(state.event_mentions) + len(out),
            definite=any(c.lower_ in ("the", "this", "these", "that", "those") for c in token.lefts),
        )
        mention.ordinal = _ordinal(token)
        mention.side_count = _side_count(token)
        # "Before the summit, ministers met ...": the main clause's tense is not the summit's
        fronted = [direction for start, end, direction in cues if _fronted_cue_end(token, start, end) is not None]
        mention.tense = "" if fronted else tense(token)
        if fronted and set(fronted) == {"reverse"} and tense(sent.root) == "past":
            mention.tense = "past"  # "After meetings between A and B, the ministry said ...": held before a past telling
        mention.virtual = not ctx.word_set.isdisjoint(_VIRTUAL_WORDS) and _virtual(token)  # (it needs one of them)
        mention.location = None if mention.virtual else _location(state, ctx, token, scope)
        mention.dates, mention.date_text, mention.date_on_end_verb = _dates(state, ctx, token, scope, cues)
        if mention.dates is None:
            mention.dates, mention.date_text = _day_from_previous_event(state, ctx, sent, scope)
        if mention.location is None and mention.dates is None and token.pos_ == "VERB" \
                and token.lemma_.lower() in GUEST_VERBS:
            continue  # "received X at the headquarters": a reception neither placed nor dated is no event to fold
        mention.month = _period(state, ctx, scope) if mention.dates is None else None
        if mention.dates is not None:
            mention.date_role = _date_role(token)
            mention.dates = _with_duration(token, mention.dates, mention.date_role)
        mention.moved = mention.dates is not None and token in moved and not _possible_move(token)
        mention.moved_back = mention.moved and _moved_back(token)
        if token in moved and _possible_move(token) and _bare_definite(token):
            mention.dates, mention.date_text, mention.month = None, "", None  # "could be moved to Monday": not yet
        mention.participants = _participants(state, ctx, token, scope, sent)
        if token.i in ctx.tok_entity:  # "the NATO Summit" taken for a body: the name is the summit's, no party to it
            mention.participants = [p for p in mention.participants
                                    if state.collector.canonical(p) != state.collector.canonical(ctx.tok_entity[token.i])]
        # (only a group noun of OFFICIAL_GROUP_NOUNS holds an event for others)
        mention.subordinates = not ctx.word_set.isdisjoint(OFFICIAL_GROUP_NOUNS) and _held_by_subordinates(token)
        mention.afterwards = _told_afterwards(token)
        mention.continues = _continues(token, mention)
        mention.set_against = token.pos_ == "VERB" and _set_against_event(token)
        mention.listed_apart = _listed_apart(token, others)
        counterparts = _separate_counterparts(state, ctx, token, mention.participants)
        if counterparts:
            # "held meetings with A and B", "separate talks with A and B": one meeting with each, not one of all
            shared = [p for p in mention.participants if p not in counterparts]
            several = state.event_mentions[-1] if token.pos_ == "VERB" and not any(
                c.dep_ == "advmod" and c.lower_ in SEPARATELY_WORDS for c in token.children) else None
            if several is not None:
                # "He will hold meetings with several leaders in Oslo on Monday. He will meet A, B and C": each
                # meeting is one of those told before, held where and when they are
                mention.location = mention.location or several.location
                if mention.dates is None and several.dates is not None:
                    mention.dates, mention.date_text, mention.date_role = several.dates, several.date_text, several.date_role
                mention.sidelines_host = mention.sidelines_host or several.sidelines_host
                mention.virtual = mention.virtual or several.virtual
            for n, other in enumerate(counterparts):
                # each keeps the place and day the sentence gives: kg.resolve names each one apart
                one = replace(mention, participants=shared + [other], phrase=_singular_phrase(ctx, token),
                              order=mention.order + n, one_of_several=True)
                out.append(one)
                state.trigger_token_of[id(one)] = token
            continue
        apart = _places_apart(state, ctx, token, scope) if mention.location is not None else None
        if apart == [] and (token.tag_ != "NNS" or token.lower_ in PLURAL_ONLY_EVENT_WORDS):
            mention.location = None  # "talks in Geneva and London": held in both, or in one not said; kept as one
        elif apart is not None:
            # "rounds in Geneva and London": a round in each, neither dated by the other's day; "rounds in Geneva or
            # London": in neither for sure
            mention.dates, mention.date_text, mention.date_role, mention.month, mention.ordinal = None, "", None, None, None
            mention.location = None
            for n, place in enumerate(apart):
                one = replace(mention, location=place, phrase=_singular_phrase(ctx, token), order=mention.order + n)
                out.append(one)
                state.trigger_token_of[id(one)] = token
            if apart:
                continue
        out.append(mention)
        state.trigger_token_of[id(mention)] = token
    if not out:  # every event word here told of one called off: "it" may still stand for the one told before
        _drop_called_off_before(state, ctx, sent, called_off)
        return _event_pronoun(state, ctx, sent, sentence_span)
    out += _elliptical_rounds(state, ctx, sent, sentence_span, out)
    _listed_weekdays_in_order(state, ctx, out, cues)
    _apart_across_cues(state, out, cues)
    _held_at_events(state, out)
    # "talks on the sidelines of the summit in X" take the summit's place
    for mention in out if "sidelines" in ctx.word_set else ():
        token = state.trigger_token_of[id(mention)]
        # ... or fronted on a verb above the event word: "On the sidelines of the SCO meeting, he is expected to hold
        # a bilateral meeting with Y"
        above, node = [], token
        while node.dep_ in ("dobj", "xcomp", "ccomp", "pobj", "prep", "nsubjpass") and node.head.i != node.i:
            node = node.head  # up the event word's own clause: not into a clause it is told in ("A, who met B, ...")
            above.append(node)
        fronted = [p for a in above for c in a.children if c.dep_ == "prep"
                   for p in c.children if p.dep_ == "pobj" and p.lower_ == "sidelines" and token not in p.subtree]
        for t in list(token.subtree) + fronted:
            if t.lower_ == "sidelines":
                for j, other in enumerate(out):
                    if other is not mention and state.trigger_token_of[id(other)] in t.subtree:
                        mention.sidelines_of = j
                        mention.location = mention.location or other.location
                if mention.sidelines_of is None and state.event_mentions and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                    # "On its sidelines, A met B", "on the sidelines, ...": of the event told before
                    mention.sidelines_host = state.event_mentions[-1]
    return out


_POSSIBLE_MODALS = frozenset({"could", "might", "may"})
_POSSIBLE_WORDS = frozenset({"possible", "likely", "unlikely", "doubtful", "uncertain", "conceivable"})
_BARE_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def _held_at_events(state, out) -> None:
    """ "will meet with Xi at the G20 meeting", "will hold an extended meeting at the G20 summit": a meeting with
    someone named, or told by an event word of its own, held at another event is a meeting during it (as on its
    sidelines), not that event. Not "leaders met at the summit": no one met apart, the summit itself."""
    tokens = [state.trigger_token_of[id(m)] for m in out]
    for mention, token in zip(out, tokens):
        if mention.sidelines_of is not None:
            continue
        if token.pos_ == "VERB":
            if not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
                continue
            holders = [token]
        else:
            holders = [token] + ([token.head] if token.dep_ == "dobj" and token.head.pos_ == "VERB" else [])
        # the parser may hang "at the summit" on the one met: "meet with Xi at the summit", "met Scholz at the talks"
        holders += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj"] \
            + [c for h in holders if h.pos_ == "VERB" for c in h.children if c.dep_ == "dobj" and c.i != token.i]
        held_at = {p.i for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "during")
                   for p in c.children if p.dep_ == "pobj"}
        # "at the Group of 20 meeting": the parser may take the name's head for the place of the event word
        held_at |= {p.i for i in held_at for c in tokens[0].doc[i].children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"}
        j = next((j for j, t in enumerate(tokens) if t.i in held_at and t.i != token.i), None)
        if j is not None:
            mention.sidelines_of = j
            mention.location = mention.location or out[j].location  # held where that event is


def _listed_weekdays_in_order(state, ctx, out, cues) -> None:
    """ "will meet in Accra on Tuesday and in Lome on Friday", written on a Friday: bare weekdays listed in one
    future sentence come in the order of the days, so a later one that fell before an earlier one (the article's own
    day, or "on Thursday and on Monday") is of the week after. Not across a cue that may reverse the order ("on
    Thursday, after talks on Monday")."""
    anchor = state.article.date
    dated = sorted((m for m in out if m.dates is not None and m.dates.relative and m.tense == "future"
                    and _BARE_WEEKDAY.fullmatch(m.date_text.strip())), key=lambda m: m.trigger_span.start)
    for first, then in zip(dated, dated[1:]):
        if anchor is None or first.dates.start < anchor or not then.dates.start < first.dates.start:
            continue
        a, b = state.trigger_token_of[id(first)].i, state.trigger_token_of[id(then)].i
        if any(a < start < b and direction != "forward" for start, _, direction in cues):
            continue
        week = dt.timedelta(days=7)
        then.dates = replace(then.dates, start=then.dates.start + week,
                             end=then.dates.end + week if then.dates.end else None)


def _virtual(token) -> bool:
    """An event held by video or phone: "virtual talks", "a video conference", "held talks by video link", "talks
    were held via videoconference", "met virtually on Monday"."""
    if any(c.lower_ in VIRTUAL_EVENT_WORDS for c in token.lefts if c.dep_ in ("amod", "compound")):
        return True
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB" else [])
    return any(c.dep_ == "prep" and c.lower_ in ("by", "via", "over") and any(
        w.lower_ in VIRTUAL_EVENT_WORDS for w in c.subtree) for h in holders for c in h.children) or (
        token.pos_ == "VERB" and any(w.dep_ == "advmod" and w.lower_ in VIRTUAL_EVENT_ADVERBS
                                     for c in token.children for w in [c, *c.children]))


def _continues(token, mention) -> bool:
    """ "The talks will continue tomorrow", "the talks move to a closed session", "the two sides meet again on
    Wednesday", "a closed session tomorrow" (a sitting with no place, people or number of its own): the mention
    tells a later day of an event, and its date is no start of one."""
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    if _set_against_event(verb):
        return False  # "agreed to meet again after the summit": a meeting set against another event, not a later day
    if verb is not None and (verb.lemma_.lower() in CONTINUE_VERBS
                             or any(c.dep_ == "advmod" and c.lower_ in CONTINUE_ADVERBS for c in verb.children)):
        # the verb itself, its subject or object, or where it moves to ("move to a closed session"); not an
        # event named further on ("meet again on June 26, ahead of a summit")
        anchor = _partitive_anchor(token)
        if token.i == verb.i or anchor.head.i == verb.i and anchor.dep_ in ("nsubj", "nsubjpass", "dobj") or (
                anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "into") and anchor.head.head.i == verb.i):
            return True
    return token.lower_ in SITTING_WORDS and mention.location is None and not mention.participants \
        and mention.ordinal is None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _apart_across_cues(state, out, cues) -> None:
    """ "Delegations will hold talks ahead of a meeting between A and B", "Before the summit, ministers met": the event
    named under a precedes cue and the one the cue sets it against are two events, neither the other."""
    for start, end, _ in cues:
        # "after talks broke down": the cue marks the clause the event word is in
        marked = {w.head.i for m in out[:1] for w in state.trigger_token_of[id(m)].doc[start:end] if w.dep_ == "mark"}
        under = [m for m in out if any(start <= a.i < end or a.i in marked for a in state.trigger_token_of[id(m)].ancestors)
                 or state.trigger_token_of[id(m)].i in marked]
        rest = [m for m in out if m not in under and not start <= state.trigger_token_of[id(m)].i < end]
        for m in under:
            m.cued_apart.update(r.order for r in rest)
        for r in rest:
            r.cued_apart.update(m.order for m in under)


def _under_cue(ctx, token, sent) -> bool:
    """Whether the event word is named under a precedes cue of its sentence ("talks ahead of a meeting")."""
    return any(start <= a.i < end for start, end, _ in _cue_spans(ctx, sent) for a in token.ancestors)


def _listed_apart(token, others) -> bool:
    """ "the Oslo meeting and the G-8 meeting", "the talks between A and B and the Lima summit": an event word
    coordinated below another one and named by a word of its own is another event, not the one told before it
    ("talks and meetings with X" name no other)."""
    if token.dep_ != "conj" or token.pos_ != "NOUN" \
            or not any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in token.lefts):
        return False
    return any(a.i == o.i for a in token.ancestors for o in others)


def _set_against_event(verb) -> bool:
    """ "meet again after the summit", "will meet before the vote on Friday": the clause's verb is placed
    before or after an event named in it."""
    return verb is not None and any(c.dep_ == "prep" and c.lower_ in ("after", "before", "following") and any(
        p.dep_ == "pobj" and (p.lower_ in _TRIGGER_WORDS or p.lemma_.lower() in _TRIGGER_WORDS) for p in c.children)
        for c in verb.children)


def _elliptical_rounds(state, ctx, sent, sentence_span, told) -> list[EventMention]:
    """ "The first round was held in London, and the third will open there on Tuesday": an ordinal standing for
    the event word of a numbered round told in the same sentence, "there" being that round's place."""
    numbered = [m for m in told if m.ordinal is not None]
    out = []
    if not numbered:
        return out
    for token in (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and _ordinal_value(t) is not None
                  and any(c.lower_ == "the" for c in t.children)):
        verb = token.head
        if verb.lemma_.lower() not in _PRONOUN_OR_START_VERBS:
            continue
        model = numbered[0]
        scope = {t.i for t in verb.subtree}
        mention = EventMention(kind=model.kind, phrase=f"{token.lower_} {_head_word(model)}",
                               trigger_span=ctx.span(token.idx, token.idx + len(token.text)), sentence=sentence_span,
                               order=len(state.event_mentions) + len(told) + len(out), definite=True,
                               ordinal=_ordinal_value(token))
        mention.location = _location(state, ctx, token, scope)
        if mention.location is None and any(c.lower_ == "there" for c in verb.children):
            mention.location = model.location  # "... in London, and the third will open there"
        mention.dates, mention.date_text, mention.date_on_end_verb = _dates(state, ctx, token, scope)
        if mention.dates is not None:
            mention.date_role = _date_role(token)
        state.trigger_token_of[id(mention)] = token
        out.append(mention)
    return out


def _ordinal_value(token) -> int | None:
    number = ORDINALS.get(token.lower_)
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", token.lower_)
    return number if number is not None else (int(digits.group(1)) if digits else None)


def _event_pronoun(state, ctx, sent, sentence_span) -> list[EventMention]:
    """ "A regional summit is planned for July 20. It will take place in Kigali.": "it", the subject of a verb of
    holding, stands for the event the sentence just before told; its place and date are that event's."""
    previous = state.event_mentions[-1] if state.event_mentions else None
    if previous is None or ctx.text[previous.sentence.end - ctx.offset:sent.start_char].strip():
        return []  # only right after the sentence that told the event
    for token in (ctx.doc[i] for i in range(sent.start, sent.end) if ctx.lowers[i] == "it"):
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in EVENT_PRONOUN_VERBS:
            continue
        if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
            continue
        if verb.lemma_.lower() == "hold" and token.dep_ != "nsubjpass":
            continue  # "it holds the view that ...": not an event being held
        scope = {t.i for t in verb.subtree}
        mention = EventMention(kind=previous.kind, phrase=previous.phrase,
                               trigger_span=ctx.span(token.idx, token.idx + len(token.text)), sentence=sentence_span,
                               order=len(state.event_mentions), definite=True, refers_to=previous)
        mention.location = _location(state, ctx, token, scope)
        mention.dates, mention.date_text, mention.date_on_end_verb = _dates(state, ctx, token, scope)
        if mention.dates is not None:
            mention.date_role = _date_role(token)
        if mention.location is None and mention.dates is None:
            return []
        state.trigger_token_of[id(mention)] = token
        return [mention]
    return []


def _called_off(token) -> bool:
    """An event cancelled or put off: the object or passive subject of a cancelling verb ("cancelling his meeting",
    "the summit was called off"), or one a cancelling participle modifies ("the postponed talks")."""
    if any(c.lower_ in CANCEL_ADJECTIVES for c in token.lefts) or any(
            c.dep_ in ("acl", "relcl") and _cancels(c) for c in token.children):
        return True  # "the postponed talks", "the talks, which were cancelled"
    anchor = _partitive_anchor(token)
    if anchor.dep_ == "nsubj" and any(_cancels(c) and any(a.dep_ == "auxpass" for a in c.children)
                                      for c in anchor.head.children if c.dep_ == "xcomp"):
        return True  # "the meeting had to be postponed", "the talks needed to be cancelled"
    if anchor.dep_ not in ("dobj", "nsubjpass", "pobj" if anchor.head.lower_ == "of" else "-"):
        return False
    verb = anchor.head if anchor.dep_ != "pobj" else anchor.head.head
    # "The Monterrey meeting was originally planned for last week but was postponed": a verb coordinated with the
    # event's own, with no subject of its own, says the same of it
    return _cancels(verb) or anchor.dep_ == "nsubjpass" and any(
        c.dep_ == "conj" and _cancels(c) and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in verb.children)


def _moved_later(token) -> bool:
    """ "the meeting was moved to Friday", "they pushed the talks back": a bare definite event word that a verb of
    moving acts on (a later clause that moves the event told first: see `_called_off_after`)."""
    verb = token.head
    dep = token.dep_
    if dep == "nsubj":
        # "the talks needed to be rescheduled", "the meeting had to be moved": the passive under the subject's verb
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in c.children)),
                    verb)
        dep = "nsubjpass" if verb is not token.head else dep
    lemma = verb.lemma_.lower()
    return token.pos_ == "NOUN" and _bare_definite(token) and dep in ("nsubjpass", "dobj") \
        and lemma in RESCHEDULE_VERBS and (lemma not in ("push", "bring", "put") or any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "forward", "up") for c in verb.children))


def _moved_back(token) -> bool:
    """ "pushed back", "delayed", "postponed to": a move to a later day."""
    verb = token.head
    if token.dep_ == "nsubj":
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    return verb.lemma_.lower() in ("delay", "postpone", "defer") or any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def _possible_move(token) -> bool:
    """ "the meeting could be moved to Friday": a move told only as possible (or denied). But "would" on a verb of
    need ("officials said the talks would have to be moved") is a reported "will have to": the move is told."""
    head = token.head
    need = head.lemma_.lower() in NEED_VERBS and any(c.dep_ == "xcomp" for c in head.children)
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE_MODALS | ({"should", "can"} if need else {"would", "should", "can"})
               or c.dep_ == "neg" for c in head.children)


def _not_held(token) -> bool:
    """An event told as not held: a negated event verb ("did not meet", "will not meet"), one turned down ("refused
    to meet", "did not agree to meet", "has no plans to meet"), an event word under a negated verb of holding ("the
    summit will not take place", "never held the talks", "talks that did not open") or with "no" ("no talks are
    planned"). Not "will not meet until Friday" (held then) nor "not only met ... but".)"""
    if _rejected(token):
        return True
    if token.pos_ == "VERB":
        if _negated(token):
            return True
        head = token.head
        if token.dep_ in ("xcomp", "acl") and head.i != token.i:
            if head.pos_ in ("VERB", "AUX") and (_negated(head) or head.lemma_.lower() in EVENT_REFUSAL_VERBS):
                return True
            if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
                return True  # "has no plans to meet"
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in EVENT_HOLDING_VERBS and _negated(c) for c in token.children):
        return True
    anchor = _partitive_anchor(token)
    verb = anchor.head
    return anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.lemma_.lower() in EVENT_HOLDING_VERBS and (
        _negated(verb) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in EVENT_REFUSAL_VERBS)


def _only_possible(token) -> bool:
    """An event told only as possible: its own verb, or the verb holding it, hedged by "could", "might" or "may"
    ("could meet in Accra", "might hold talks", "a summit may take place") or put under "if"/"unless" ("if the talks
    go ahead on Tuesday"). Not "could last three days" (held; only its length is hedged), nor "may have met"."""
    if token.pos_ == "VERB":
        verb = token
        head = verb.head
        if verb.dep_ == "xcomp" and head.lower_ == "supposed" and any(
                c.dep_ == "auxpass" and c.tag_ == "VBD" for c in head.children):
            return True  # "were supposed to meet in Accra on Tuesday": planned, and told as not held
        wished = _first_infinitive(verb)  # "willing to find a solution and to meet Y" is wished as "to find" is
        head = wished.head
        if wished.dep_ == "xcomp" and head.lower_ in EVENT_READY_WORDS \
                or wished.dep_ == "acl" and head.lemma_.lower() in EVENT_READINESS_NOUNS \
                or wished.dep_ in ("xcomp", "ccomp") and head.pos_ == "VERB" and head.lemma_.lower() in EVENT_WISH_VERBS:
            return True  # "said he was ready to meet Y", "expressed willingness to meet Y", "wants to meet Y": wished for
    else:
        anchor = _partitive_anchor(token)
        verb = anchor.head
        if anchor.dep_ == "nsubj" and verb.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lower_ in _POSSIBLE_WORDS for c in verb.children):
            return True  # "a meeting with Togo on Tuesday was possible", "talks are unlikely"
        indefinite = not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in anchor.children)
        if indefinite and (anchor.dep_ == "nsubj" and verb.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lower_ in EVENT_NEED_WORDS for c in verb.children)
                or anchor.dep_ == "nsubjpass" and verb.lemma_.lower() in EVENT_NEED_VERBS):
            return True  # "a meeting between A and B was needed", "talks are necessary": wished for, not told as held
        if anchor.dep_ == "nsubj" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in anchor.children) \
                and verb.lemma_.lower() not in EVENT_HOLDING_VERBS and any(
                    c.dep_ == "aux" and c.lower_ in _POSSIBLE_MODALS | {"would"} for c in verb.children):
            return True  # "a summit between A and B would help", "a meeting could ease tensions": what one would do
        if anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "for") and anchor.head.head.lower_ in EVENT_READY_WORDS:
            return True  # "open to talks with Y", "ready for a summit"
        if indefinite and anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "for") and _enabling(anchor.head.head):
            return True  # "the law allows for meetings", "paves the way for talks": made possible, not held or set
        wished = _first_infinitive(verb)
        if anchor.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in EVENT_HOLDING_VERBS and wished.dep_ in (
                "xcomp", "acl") and (wished.head.lower_ in EVENT_READY_WORDS
                                     or wished.head.lemma_.lower() in EVENT_READINESS_NOUNS
                                     or wished.head.pos_ == "VERB" and wished.head.lemma_.lower() in EVENT_WISH_VERBS):
            return True  # "willing to hold talks", "his readiness to hold a summit", "wants to hold talks"
        if anchor.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in EVENT_WISH_VERBS:
            return True  # "sought a meeting with Y", "is seeking talks"
        if anchor.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.lemma_.lower() not in EVENT_HOLDING_VERBS:
            return False
    if unlikely_above(verb):
        return True  # "are unlikely to meet before August"
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "would" in aux and "have" in aux and verb.tag_ == "VBN":
        return True  # "would have met in Accra had the talks not collapsed": not held
    if aux & _POSSIBLE_MODALS and "have" not in aux:
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _enabling(holder) -> bool:
    """Whether the word "for"/"to" hangs on makes an event possible: "allows (for)", "paves the way (for)"."""
    if holder.pos_ == "VERB":
        return (holder.lemma_.lower(), "") in EVENT_ENABLING
    return holder.pos_ == "NOUN" and holder.head.pos_ == "VERB" and (
        holder.head.lemma_.lower(), holder.lower_) in EVENT_ENABLING


def _first_infinitive(verb):
    """The first of the infinitives a bare infinitive is coordinated with ("ready to find a solution and to meet Y":
    "find"), which tells what both hang on; the verb itself otherwise (a finite verb after "and" is told as done)."""
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ == "VB":
        verb = verb.head
    return verb


def _rejected(token) -> bool:
    """ "ruled out a meeting with Togo", "rejected a proposal for talks", "denied that its ministers met", "dismissed
    reports of a summit": the event (or a proposal or report of it) is the object of a verb rejecting it."""
    node = token if token.pos_ == "VERB" else _partitive_anchor(token)
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            rejects = lemma in EVENT_REJECTING_VERBS or lemma == "rule" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
            return node.dep_ in ("dobj", "ccomp") and rejects and not _negated(head)
        if not (head.pos_ == "NOUN" and head.lemma_.lower() in EVENT_PROPOSAL_NOUNS
                or head.pos_ == "ADP" and node.dep_ == "pobj" and head.lower_ in ("for", "of")):
            return False
        node = head
    return False


def _negated(verb) -> bool:
    """Negated ("not", "never", "n't", or a subject of none: "Neither A nor B met"), but not "not ... until Friday"
    (held then)."""
    return (any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("none", "nobody", "neither") or any(
            k.dep_ in ("det", "preconj") and k.lower_ in ("no", "neither") for k in c.children)) for c in verb.children)) \
        and not any(c.dep_ == "prep" and c.lower_ in ("until", "till", "before") for c in verb.children)


def _has_instead(verb) -> bool:
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in INSTEAD_WORDS for c in verb.children)


def _given_up_instead(token, triggers) -> bool:
    """ "Instead of meeting in Geneva, they held talks in Vienna"; "The leaders, who were due to meet in Accra, met in
    Lome instead", "had planned to meet in Kampala, but met in Nairobi instead": the plan given up for the event held
    (a planned or intended event, not coordinated with the one "instead" is said of)."""
    node, planned = token, False
    for _ in range(5):
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "of" and (
                node.head.head.lower_ in INSTEAD_WORDS or any(c.lower_ in INSTEAD_WORDS for c in node.head.children)):
            return True  # "instead of meeting in Geneva", "instead of holding talks in Geneva"
        if node.lemma_.lower() in _PLAN_OR_INTENT_WORDS and node.pos_ in ("VERB", "ADJ"):
            planned = True
            break
        if node.dep_ == "conj" or node.head.i == node.i or _has_instead(node):
            return False  # "... but met in Lome instead": the event held, or one not planned
        node = node.head
    if not planned:
        return False
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    return any(_has_instead(t if t.pos_ == "VERB" else governing_verb(t)) for t in triggers
               if t.i != token.i and (t if t.pos_ == "VERB" else governing_verb(t)) is not verb)


def _called_off_after(token, called_off) -> bool:
    """ "Ministers were due to meet in Accra on Tuesday, but the meeting was called off", "A summit in Lima had been
    scheduled for Monday, but the summit was postponed": the event told first is the one a later clause of the same
    sentence calls off by a bare definite event word of its kind, whose cancelling verb is joined to the clause
    telling it."""
    for other in called_off:
        if other.i < token.i or other.pos_ != "NOUN" or _trigger_kind(other) != _trigger_kind(token) \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in other.children) \
                or any(c.dep_ not in ("det", "punct") for c in other.children):
            continue
        verb = other.head
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
            verb = verb.head  # "..., but a spokesman said the talks needed to be rescheduled"
        if verb.dep_ == "conj" and (verb.head.i == token.i or verb.head in token.ancestors):
            return True
    return False


def _drop_called_off_before(state, ctx, sent, called_off) -> None:
    """ "Ministers were due to meet in Accra on Tuesday. The meeting was called off.": a sentence that only calls
    off "the" event word, bare, takes back the one event of its kind the sentence just before told as still to
    come (one told as held stays: "met in Oslo ... The meeting was postponed" says something else)."""
    previous = state.event_mentions[-1] if state.event_mentions else None
    if previous is None or ctx.text[previous.sentence.end - ctx.offset:sent.start_char].strip():
        return  # only right after the sentence that told the event
    told = [m for m in state.event_mentions if m.sentence == previous.sentence]
    for token in called_off:
        if token.pos_ != "NOUN" or not _bare_definite(token):
            continue
        same_kind = [m for m in told if m.kind == _trigger_kind(token)]
        if len(same_kind) == 1 and same_kind[0].tense == "future":
            state.event_mentions.remove(same_kind[0])
            state.trigger_token_of.pop(id(same_kind[0]), None)
            return


def _bare_definite(token) -> bool:
    """ "the meeting", "that summit": a definite event word with nothing else said of it."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "those", "these") for c in token.children) \
        and all(c.dep_ in ("det", "punct") for c in token.children)


def _trigger_kind(token) -> str:
    if token.pos_ == "VERB" and token.lemma_.lower() in VERB_EVENT_TRIGGERS:
        return VERB_EVENT_TRIGGERS[token.lemma_.lower()]
    return EVENT_TRIGGERS.get(token.lower_) or EVENT_TRIGGERS.get(token.lemma_.lower(), "")


def _cancels(verb) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in CANCEL_VERBS or lemma.split("-")[0] in CANCEL_VERBS or any(
        (lemma, c.lower_) in CANCEL_PHRASES for c in verb.children if c.dep_ == "prt")


def _with_xcomps(verb) -> list:
    """The verb's children and those of its open complements: "received visiting Minister X at the palace" is
    parsed with X and the place under "visiting"."""
    return [c for v in [verb] + [x for x in verb.children if x.dep_ == "xcomp"] for c in v.children]


def _is_person(state, ctx, token) -> bool:
    key = ctx.tok_entity.get(token.i)
    if key is not None and state is not None:
        return state.kind(key) == PERSON
    return token.ent_type_ == "PERSON"


def _guests(verb) -> list:
    """Who is received or hosted: the objects of the verb (or of its open complement) and their conjuncts."""
    objects = [t for c in _with_xcomps(verb) if c.dep_ == "dobj" for t in with_conjuncts(c)]
    # "hosted her counterpart, Eli Kodjo, at ...": the name set beside the object
    return objects + [a for o in objects for a in o.children if a.dep_ == "appos"]


def _summit_modified(token) -> bool:
    """ "a summit meeting", "the Andean leaders' meeting": a meeting of heads of state or government."""
    # its modifiers or, for a verb, its subject: not a phrase set before it ("Ahead of the summit, ministers meet")
    # nor a clause on its subject ("X, who hosted the summit last year, met Y")
    lefts = [c for c in token.lefts if c.dep_ not in ("prep", "advcl", "advmod", "npadvmod", "punct")]
    clauses = {t.i for c in lefts for r in c.children if r.dep_ == "relcl" for t in r.subtree}
    words = {t.lower_.rstrip("'\u2019") for c in lefts for t in c.subtree if t.i not in clauses}
    return bool(words & SUMMIT_MODIFIERS) and not words & NOT_STATE_LEADERS


def _is_trigger(token, ctx, state=None) -> bool:
    if token.pos_ == "VERB":
        lemma = token.lemma_.lower()
        if lemma not in VERB_EVENT_TRIGGERS:
            return False
        # "the ministers met in Luxembourg": a meeting told by its verb; "met at a summit" is the summit
        at_event = any(c.dep_ == "prep" and c.lower_ in ("at", "for", "during") and any(
            _is_trigger(p, ctx) for p in c.children if p.dep_ == "pobj") for c in token.children)
        if lemma in VERB_EVENT_TRIGGERS_NEEDING_PLACE and not any(
                c.dep_ == "prep" and c.lower_ in ("at", "in") and any(
                    ctx.tok_entity.get(p.i) and p.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for p in c.subtree)
                for c in _with_xcomps(token) + (
                    [c for g in _guests(token) for c in g.children] if lemma in GUEST_VERBS else [])):
            return False
        if lemma in VISIT_VERBS:
            # "Minister X visited Nairobi": a named visitor and a place visited; "visited Nairobi for talks" is
            # told by the talks, "tourists visited the museum" by no one named
            places = [w for o in _guests(token) for w in o.subtree if (k := ctx.tok_entity.get(w.i)) and (
                state.kind(k) in (PLACE, COUNTRY) if state is not None else w.ent_type_ in ("GPE", "LOC", "FAC"))]
            visitors = [t for t in subjects(token) if ctx.tok_entity.get(t.i) or (state is not None and state.participant_key(t, ctx))]
            within = any(_is_trigger(t, ctx, state) for t in token.subtree if t.i != token.i and t.lower_ in _TRIGGER_WORDS)
            return bool(places and visitors) and not within and not at_event
        if lemma in BRIEFING_VERBS and (not _guests(token) or any(o.lower_ in PRESS_AUDIENCES for o in _guests(token))):
            return False  # "briefed reporters in Geneva": press remarks; "was briefed in Geneva": whom not said
        if lemma in GUEST_VERBS and not any(_is_person(state, ctx, o) for o in _guests(token)):
            return False  # "received a shipment in Mombasa", "hosted a dinner at the palace"
        return not at_event
    word = token.lower_
    if token.pos_ not in ("NOUN", "PROPN") or (word not in EVENT_TRIGGERS and token.lemma_.lower() not in EVENT_TRIGGERS):
        return False
    if token.i in ctx.tok_entity and not (word in ("summit", "summits") and (
            ctx.tok_entity.get(token.i + 1) != ctx.tok_entity[token.i] or token.nbor().pos_ == "ADP")):
        return False  # but "the NATO Summit (in Oslo)" that NER takes for a body is a summit all the same
    if word in EVENT_TRIGGERS_AFTER and not (token.dep_ == "pobj" and token.head.lower_ in EVENT_TRIGGERS_AFTER[word]):
        return False  # "a retreat in prices", "the army's retreat"
    if any(c.lower_ in NOT_EVENT_MODIFIERS for c in token.lefts):
        return False  # "a news conference" is not talks
    if any(c.lower_ in KIND_OF_EVENT_MODIFIERS for c in token.lefts):
        return False  # "the first such trip since 2023": no event of its own
    if _counted(token):
        return False  # "visits rose 5% last year", "the number of visits grew": a statistic, no event held
    if token.dep_ in ("compound", "nmod", "amod") and token.head.lemma_.lower() in EVENT_FRAME_NOUNS:
        return False  # "the dialogue process", "the talks mechanism": a standing arrangement, no meeting held
    if word in RELATIONSHIP_EVENT_WORDS and _relationship(token):
        return False  # "political dialogue", "to intensify the dialogue": a relationship, no meeting held
    if word in WEAK_EVENT_TRIGGERS or token.lemma_.lower() in WEAK_EVENT_TRIGGERS:
        # "round of talks": the talks are the event; a bare "round" is not
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    return True


def _counted(token) -> bool:
    """A plural event noun counted as a statistic: the subject of a verb of change ("visits fell") or of one told with
    a percentage ("visits were up 5%"), or counted by a noun ("the number of visits", "a record tally of visits")."""
    if token.tag_ != "NNS":
        return False
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "in") and token.head.head.lower_ in COUNT_NOUNS:
        return True  # "the number of visits", "thousands of visits", "a rise in visits"
    if any(c.dep_ == "nummod" and any(w.lower_ in COUNT_SCALE_WORDS for w in c.subtree) for c in token.children):
        return True  # "recorded 2 million visits"
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if any(c.dep_ in ("prt", "acomp") or c.lower_ in COUNT_CHANGE_NOT_PARTICLES for c in verb.children):
        return False  # "talks fell apart", "talks fell through": what became of talks held
    return verb.lemma_.lower() in COUNT_CHANGE_VERBS or any(
        t.ent_type_ == "PERCENT" or t.ent_type_ == "CARDINAL" and t.lower_ in COUNT_SCALE_WORDS
        for c in verb.children if c.i > token.i and c.dep_ not in ("prep", "advcl", "ccomp", "conj") for t in c.subtree)


def _relationship(token) -> bool:
    """ "political dialogue", "strengthen the dialogue", "deepen engagement and trade": an event word naming a
    relationship kept up (lower-case modifiers only: "the Strategic Dialogue" is a meeting's name)."""
    head = token.head if token.dep_ == "conj" else token
    verb = head.head.lemma_.lower() if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None
    if verb in FOSTERING_VERBS:
        return True
    if verb in VALUING_VERBS and not any(c.dep_ in ("acl", "relcl", "npadvmod") or c.dep_ == "prep" and c.lower_
                                         not in ("between", "with", "among", "of") for c in token.children):
        return True  # "both countries prize their dialogue"; "hailed the dialogue in Accra on Monday" is one held
    modifiers = {c.text for c in token.lefts if c.dep_ == "amod"}
    if modifiers & MORE_TO_COME_MODIFIERS:
        # "agreed to hold further engagements": more of the relationship; "held further engagements in Accra" is one
        clause = head.head if head.dep_ == "dobj" else head
        return not any(t.ent_type_ == "DATE" or t.ent_type_ in ("GPE", "LOC", "FAC") and t.head.lower_ in ("in", "at")
                       for t in clause.subtree)
    # "held a political dialogue in Nairobi" is still one held
    return verb not in EVENT_HOLDING_VERBS and bool(modifiers & RELATIONSHIP_MODIFIERS)


def _scope(ctx, token, others, cues: list[tuple[int, int, str]], semicolon_sentence=None) -> set[int]:
    """Token indices that can describe this trigger: its clause, minus other triggers' own phrases.

    A precedes cue ("ahead of", "groundwork for") splits a sentence in two:
    what stands after it describes the later event, not this one.
    """
    anchor = token
    # "two days of talks", "a new round of talks": the clause attaches to the quantity noun
    while (anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN"
           and anchor.head.head.lemma_.lower() in PARTITIVE_NOUNS):
        anchor = anchor.head.head
    verb = governing_verb(anchor) if token.pos_ != "VERB" else token
    clause_level = token.pos_ == "VERB" or anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") or (
        anchor.dep_ == "pobj" and verb is not None and anchor.head.head.i == verb.i)
    root = verb if verb is not None and clause_level else anchor
    # the token and its ancestors: `token in x.subtree` is `x.i in line` (no walk of x's subtree)
    line = {token.i} | {a.i for a in token.ancestors}
    scope = {t.i for t in root.subtree}
    if root is verb and verb is not None:
        # "Round one took place in X, and round three opens there on Monday": a coordinated
        # clause with a subject of its own tells of something else
        for clause in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
            own = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
            if own and clause.i not in line and not any(s.i in line for s in own):
                scope -= {t.i for t in clause.subtree}
        # "Troops will stay in Goma, the president said during a meeting with X": what is said during the event
        # tells of other things, not its place or day
        if verb.lemma_.lower() in REPORTING_VERBS and token.pos_ != "VERB":
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i not in line):
                scope -= {t.i for t in clause.subtree}
        # "Lena Moravec, who hosted the summit in Prague last year, met X in Berlin on Monday": a relative clause on
        # whoever takes part tells of another time and place
        for party in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i not in line):
            for clause in (r for r in party.children if r.dep_ == "relcl" and r.i not in line):
                scope -= {t.i for t in clause.subtree}
    for other in others:
        if other.i in scope and other.i not in line or token.is_ancestor(other):
            scope -= {t.i for t in other.subtree if t.i != token.i}
            # "The first round was held in X, and the last round will take place in Y next week": the
            # coordinated clause the other trigger heads tells of the other event
            clause = governing_verb(other)
            if clause is not None and clause.dep_ == "conj" and verb is not None and clause.i != verb.i \
                    and clause.i not in line:
                scope -= {t.i for t in clause.subtree}
        scope.discard(other.i)
    # "The talks were to take place in Oslo on Monday but were instead held in Stockholm": the place and day of the
    # plan given up are none of the event's
    doc = token.doc
    for planned in [t for i in sorted(scope) if (t := doc[i]).pos_ in ("VERB", "AUX")] \
            if not ctx.word_set.isdisjoint(INSTEAD_WORDS) else ():  # (no plan given up without "instead")
        held = [c for c in planned.children if c.dep_ == "conj" and _has_instead(c) and c.i not in line]
        if held and not _has_instead(planned):
            for c in planned.children:
                if c.dep_ in ("prep", "npadvmod") and c.i not in line:
                    scope -= {t.i for t in c.subtree}
    for start, end, _ in cues:
        if token.i < start:
            scope = {i for i in scope if i < start}
        elif (comma := _fronted_cue_end(token, start, end)) is not None:
            # "Before the summit, ministers met in Durban on Wednesday": a cue opening the sentence ends at its
            # comma; the main clause tells of the other event
            scope = set(range(end, comma))
        elif (comma := _opening_cue_comma(token, start, end)) is not None:
            # "Before heading to Geneva for talks next week, the minister met X in Bern on Monday": the main
            # clause after the opening cue's comma; the cue's own places and days tell of the other event
            scope = {i for i in scope if i > comma}
        elif token.i >= end:
            # "... groundwork for a summit in Seoul on March 20": all after the cue tells of the later event
            scope = {i for i in scope if i >= end} | set(range(end, token.sent.end))
            own = {t.i for t in token.subtree}
            for other in others:
                if other.i >= end:
                    scope -= {t.i for t in other.subtree} - own
    return _within_semicolons(token, scope, semicolon_sentence) if semicolon_sentence is not None else scope


def _within_semicolons(token, scope: set[int], sent) -> set[int]:
    """ "Leaders will gather in Brasilia next week; their sherpas met in Rio on Sunday": a semicolon between two
    clauses of their own (each a verb with its subject) closes what can describe an event on the other side. A list
    set off by semicolons ("A, of X; B, of Y; and C") is no clause and stays in scope."""
    semicolons = [t.i for t in sent if t.text == ";"]
    bounds = [sent.start - 1] + semicolons + [sent.end]
    segments = [range(a + 1, b) for a, b in zip(bounds, bounds[1:])]
    clauses = [_has_clause(token.doc, segment) for segment in segments]
    low, high = sent.start - 1, sent.end
    for k, semicolon in enumerate(semicolons):  # between segments k and k + 1
        if not (clauses[k] and clauses[k + 1]):
            continue
        if semicolon < token.i:
            low = semicolon
        else:
            high = min(high, semicolon)
    return {i for i in scope if low < i < high}


def _has_clause(doc, positions: range) -> bool:
    return any(doc[i].pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[i].children)
               for i in positions)


def _fronted_cue_end(token, start: int, end: int) -> int | None:
    """The comma closing a cue phrase that opens the sentence and holds the trigger ("Before the summit, ..."),
    or None."""
    if token.i < end or start != token.sent.start:
        return None
    return next((i for i in range(end, token.sent.end) if token.doc[i].text == ","
                 and i > token.i), None)


def _opening_cue_comma(token, start: int, end: int) -> int | None:
    """The comma closing a cue phrase that opens the sentence ("Before heading to Geneva, ...", "After the talks
    in Doha, ...") when the trigger stands after it, in the main clause; else None. The cue must hang on what
    stands after the comma (the main clause), not on a word of its own phrase."""
    if start != token.sent.start or token.i < end:
        return None
    doc = token.doc
    comma = next((i for i in range(end, token.i) if doc[i].text == ","), None)
    if comma is None:
        return None
    head = doc[start].head
    return comma if head.i > comma or head.i == start else None


def _date_role(token) -> str | None:
    """ "The round opened on Monday" (start), "talks, which ended on Thursday" (end), "wrapped up talks" (end)."""
    anchor = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PARTITIVE_NOUNS:
        anchor = token.head.head
    verbs = [c for c in anchor.children if c.dep_ in ("relcl", "acl")]
    if token.pos_ == "VERB":
        verbs.append(token)
    elif anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and anchor.head.pos_ in ("VERB", "AUX"):
        verbs.append(anchor.head)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in START_VERBS:
            return "start"
        if lemma in END_VERBS:
            return "end"
    if token.pos_ == "NOUN" and token.lemma_.lower() in TRIP_NOUNS and token.dep_ == "pobj" \
            and token.head.head.pos_ == "VERB":
        lemma = token.head.head.lemma_.lower()  # "arrived on Monday on a four-day visit": the day it began
        if lemma in TRIP_START_VERBS:
            return "start"
        if lemma in TRIP_END_VERBS:
            return "end"
    return None


def _with_duration(token, dates: DateRange, role: str | None) -> DateRange:
    """ "The four-day round opened on Monday": Monday to Thursday; "the three-day round ended on Thursday":
    Tuesday to Thursday. Without a length or a role the date stays as told."""
    if role is None or dates.end is not None:
        return dates
    anchor = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PARTITIVE_NOUNS:
        anchor = token.head.head
    left = " ".join(t.lower_ for c in anchor.lefts for t in c.subtree)
    match = re.search(r"\b(two|three|four|five|six|seven|[2-7])\s*-?\s*day\b", left)
    if not match:
        return dates
    days = NUMBER_WORDS.get(match.group(1)) or int(match.group(1))
    span = dt.timedelta(days=days - 1)
    if role == "end":
        return DateRange(dates.start - span, dates.start, True)
    return DateRange(dates.start, dates.start + span, True)


def _side_count(token) -> int | None:
    """How many sides the event word's own modifiers say meet: "bilateral meetings" -> 2,
    "the Trilateral Foreign Ministers' Dialogue" -> 3."""
    for child in token.lefts:
        for t in child.subtree:
            if t.lower_ in EVENT_SIDE_COUNT_WORDS:
                return EVENT_SIDE_COUNT_WORDS[t.lower_]
    return None


def _side_counts_differ(a: int, b: int) -> bool:
    """Two counts of sides that cannot be one meeting's ("multilateral", 0, is any count from three)."""
    if 0 in (a, b):
        return min(a, b) == 0 and max(a, b) == 2
    return a != b


def _ordinal(token) -> int | None:
    """The number of a round: on the trigger ("the second round") or on its partitive ("second round of talks")."""
    nodes = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PARTITIVE_NOUNS:
        if token.head.head.lemma_.lower() in TIME_PARTITIVES:
            return None  # "the second day of talks": a later day of the talks, not a second round
        nodes.append(token.head.head)
    for node in nodes:
        for child in node.lefts:
            number = ORDINALS.get(child.lower_)
            digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", child.lower_)
            if number is None and digits:
                number = int(digits.group(1))  # "the 14th round"
            if number and child.dep_ in ("amod", "nummod", "compound", "npadvmod"):
                return number
    return None


def _cue_spans(ctx, sent) -> list[tuple[int, int, str]]:
    """(first token, end token, direction) of each precedes cue in the sentence ("ahead of", "after")."""
    out = []
    text = ctx.text[sent.start_char:sent.end_char]  # Span.text joins its tokens again on every call
    for match, direction in cue_matches(text):
        span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        if span is not None:
            out.append((span.start, span.end, direction))
    return out


# Letters that a case-blind regex reads as an ASCII letter though `str.lower` does not make them one (the dotted and
# dotless i, the long s, the Kelvin sign): in a text holding one, every cue pattern is tried.
_CASE_FOLDED_APART = frozenset("\u0130\u0131\u017f\u212a")


@lru_cache(maxsize=64)
def cue_matches(text: str) -> tuple:
    """(match, direction) of each PRECEDES_CUES cue in a sentence's text, row by row in the table's order. A row's
    pattern is tried only on a text holding one of its PRECEDES_CUE_WORDS; cached, as two rules read the same
    sentences."""
    lowered = text.lower()
    gated = _CASE_FOLDED_APART.isdisjoint(text)
    return tuple((match, direction) for (pattern, direction), words in zip(PRECEDES_CUES, PRECEDES_CUE_WORDS)
                 if not gated or any(w in lowered for w in words) for match in pattern.finditer(text))


def _phrase(ctx, token) -> str:
    if token.pos_ == "VERB":
        return "meeting"
    left = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") and c.pos_ != "DET"]
    start = min([token.i] + [t.i for c in left for t in c.subtree])
    while start < token.i and ctx.lowers[start] in ("the", "a", "an"):
        start += 1  # "the Andean ministers' meeting": the possessive's own "the" is no part of the name
    return ctx.span_text(start, token.i + 1)


def _location(state, ctx, token, scope) -> str | None:
    doc = ctx.doc
    best, modifier_place = None, None
    anchor = _partitive_anchor(token)
    modifier_agents = {ctx.tok_entity.get(c.i) for c in token.lefts for c in c.subtree} - {None}
    # "asked about the meeting at a press conference in Vienna": an event that is only talked about is not held at
    # the place of the talking; only a place told with the event word itself counts
    topic = token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPOSITIONS and token.head.head.pos_ in ("VERB", "AUX")
    for i in sorted(scope):
        key = ctx.tok_entity.get(i)
        if key is None or topic and not _told_with_event(doc[i], token):
            continue
        t = doc[i]
        kind = state.kind(key)
        if kind not in (PLACE, COUNTRY):
            continue
        prep = _preposition(t)
        compound_of_trigger = t.head.i == token.i and t.dep_ in ("compound", "nmod", "amod")
        # "flew to Riyadh for talks": where people travel to is where the event is; not a trip told in another
        # clause ("envoys will travel to Beijing, the president said during a meeting")
        goes = _preposition_head(t)
        travel = prep == "to" and (goes.lemma_.lower() in MOTION_VERBS and (token in goes.subtree or goes in token.subtree)
                                   or goes.i == token.i and token.lemma_.lower() in ("visit", "trip"))
        # "Lima hosts the summit": the place that hosts an event is where it is held
        host = anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in PLACE_HOST_VERBS and t.dep_ == "nsubj" \
            and t.head.i == anchor.head.i
        # "visited Nairobi for talks", "visited Lach Huyen port": the place visited
        head = t
        while head.dep_ in ("compound", "nmod") and head.head.i != head.i:
            head = head.head  # "Lach Huyen international gateway port": the port visited
        head = _place_phrase_head(head)  # "toured the port of Haiphong"
        visited = head.dep_ == "dobj" and head.head.lemma_.lower() in VISIT_VERBS and (
            head.head.i == token.i or token.i in {w.i for w in head.head.subtree})
        if _region(state, t, key):
            # "his first trip to Asia", "met on the sidelines of a summit in Asia": a continent or region is too broad
            # to be where an event is held
            continue
        if prep in ("in", "at") and _topic_place(t, token):
            continue  # "discussed the conflict in Sudan", "agreed to end the offensive in Congo": what, not where
        if prep in ("in", "at") and _other_clause(t, token):
            continue  # "met on Monday and pledged to build a railway in Uganda": where the railway is, not the meeting
        if (prep in ("in", "at") or travel or visited) and _old_plan(t) and not _held_apart_from_plan(t):
            continue  # "had been set to visit Istanbul for the talks", "originally planned in Abuja": a plan given up
        if prep in ("in", "at") or travel or host or visited:
            best = state.more_specific(best, state.place_key(key))
        elif compound_of_trigger and len(modifier_agents) == 1:
            modifier_place = state.place_key(key)  # "the Malaysia meeting"
        elif kind == PLACE and t.dep_ == "poss" and t.head.i == token.i:
            # "Pittsburgh's G-20 summit": a city owns an event only as its host, whatever place the sentence names
            # elsewhere ("the summit in London and Pittsburgh's summit")
            return state.place_key(key)
    return best or modifier_place or _where_clause_place(state, ctx, token)


def _where_clause_place(state, ctx, token) -> str | None:
    """ "visited Kyiv on Monday, where he met Y", "flew to Oslo last week, where she held talks": an event told in
    a "where" clause is held at the place named right before it, past only a date and commas (the parser may hang the
    clause on the date or on the verb); not at a region ("travelled to Asia, where she met Y")."""
    clause = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    if clause is None or clause.dep_ not in WHERE_CLAUSE_DEPS \
            or not any(c.dep_ == "advmod" and c.lower_ in WHERE_WORDS for c in clause.children):
        return None
    where = next(c for c in clause.children if c.dep_ == "advmod" and c.lower_ in WHERE_WORDS)
    i = where.i - 1
    while i >= clause.sent.start and (ctx.doc[i].is_punct or ctx.doc[i].ent_type_ in ("DATE", "TIME")
                                      or ctx.doc[i].lower_ in DATE_PREPOSITIONS) and not ctx.tok_entity.get(i):
        i -= 1
    key = ctx.tok_entity.get(i) if i >= clause.sent.start else None
    if key is None or state.kind(key) not in (PLACE, COUNTRY) or _region(state, ctx.doc[i], key):
        return None
    return state.place_key(key)


def _told_with_event(t, token) -> bool:
    """A place told with the event word itself: "the talks in Geneva", "the meeting held in Oslo", "the Oslo
    meeting"; not one of another noun below it ("about the talks at a briefing in Berlin")."""
    if t.head.i == token.i and t.dep_ in ("compound", "nmod", "amod"):
        return True
    owner = _preposition_head(t)
    return owner.i == token.i or owner.pos_ == "VERB" and owner.head.i == token.i


def _held_apart_from_plan(t) -> bool:
    """A place in a clause coordinated with the plan's ("had planned to meet in Kampala, but met in Nairobi"): where
    the event was held, not the plan given up."""
    node = t
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "conj":
            return True
        node = node.head
        if node.lemma_.lower() in PLAN_WORDS:
            return False
    return False


def _other_clause(t, token) -> bool:
    """A place in a clause of its own below the event's verb: the verb nearest above it is reached from the event only
    through a coordinated, complement or adverbial clause ("met ... and pledged to build a railway in Uganda")."""
    node = _preposition_head(t)
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.i == token.i or token in node.subtree:
        return False
    anchor = token if token.pos_ == "VERB" else governing_verb(token)
    if anchor is None or node not in anchor.subtree:
        return False
    path = []
    while node.i != anchor.i:
        path.append(node)
        node = node.head
    # a verb of motion or of visiting tells where people went for the event ("arrived in Lima and met X")
    return any(v.dep_ in ("conj", "xcomp", "advcl", "ccomp") and v.pos_ in ("VERB", "AUX")
               and v.lemma_.lower() not in _MOTION_VISIT_HOLDING_VERBS for v in path)


def _topic_place(t, token) -> bool:
    """A place told of a state of affairs: its preposition hangs on a topic noun ("the crisis in Haiti"), or on a verb
    other than the event's acting on one ("end their offensive in Congo", "to discuss peace in Sudan")."""
    head = _preposition_head(t)
    if head.i == token.i:
        return False
    if head.lower_ in TOPIC_NOUNS:
        return True
    if head.pos_ == "NOUN" and not head.ent_type_ and (
            head.dep_ == "dobj" and head.head.lemma_.lower() in TOPIC_VERBS
            or head.dep_ == "pobj" and head.head.lower_ in TOPIC_PREPOSITIONS and head.head.head.i in (
                token.i, getattr(governing_verb(token), "i", token.i))):
        return True  # "to discuss investment in Kenya", "talks about refugees in Kenya"
    return head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in TOPIC_NOUNS for c in head.children)


def _places_apart(state, ctx, token, scope) -> list[str] | None:
    """A plural event noun ("rounds", "meetings", "summits"; not "talks") held in places joined by "and" under one
    "in"/"at", none inside another ("rounds in Geneva and London"): those places, one event in each; [] when "or"
    joins them (held in one, which is not said); None when the mention has one place. Talks or one event word in the
    singular held in two places ("talks in Geneva and London", "met in Paris and later in Berlin"): [] (no place
    for sure)."""
    doc = ctx.doc
    for i in sorted(scope):
        key = ctx.tok_entity.get(i)
        if key is None:
            continue  # (before a Token is made: most words are no name's)
        t = doc[i]
        if t.dep_ != "pobj" or state.kind(key) not in (PLACE, COUNTRY):
            continue
        # "visits to Kabul and Tehran": a visit to each place, as "meetings in Kabul and Tehran"
        trip_to = _preposition(t) == "to" and _preposition_head(t).i == token.i and token.lemma_.lower() in TRIP_NOUNS
        if _preposition(t) not in ("in", "at") and not trip_to:
            continue
        joined = [c for c in with_conjuncts(t)[1:] if c.i in scope] + _places_under_next_preposition(ctx, t, scope)
        places = [state.place_key(key)]
        for c in joined:
            other = ctx.tok_entity.get(c.i)
            if other is not None and state.kind(other) in (PLACE, COUNTRY) and state.place_key(other) not in places:
                places.append(state.place_key(other))
        if len(places) < 2 or any(state.place_relation(a, b) is not None for a in places for b in places if a != b):
            continue
        if token.tag_ != "NNS" or token.lower_ in PLURAL_ONLY_EVENT_WORDS:
            return []
        if any(w.lower_ == "or" for c in joined for w in doc[t.i + 1:c.i]):
            return []
        return places
    return None


def _places_under_next_preposition(ctx, t, scope) -> list:
    """ "held in Geneva and then in London", "met in Paris and later in Berlin": the places under an "in"/"at" joined
    by "and" (or "or") to the one over `t`, as its conjunct or the next preposition of the same word."""
    prep = t.head
    others = [c for c in prep.children if c.dep_ == "conj"] + [
        c for c in prep.head.children if c.dep_ in ("prep", "conj") and c.i > prep.i]
    out = []
    for p in others:
        if p.lower_ not in ("in", "at") or p.i == prep.i:
            continue
        objects = [o for o in p.children if o.dep_ == "pobj" and o.i in scope and ctx.tok_entity.get(o.i) is not None]
        if objects and any(w.dep_ == "cc" and w.lower_ in ("and", "or") for w in ctx.doc[t.i + 1:p.i]):
            out += with_conjuncts(objects[0])
    return out


def _singular_phrase(ctx, token) -> str:
    """The mention's phrase with its event word in the singular: "previous rounds" -> "previous round"."""
    phrase = _phrase(ctx, token)
    if not phrase.endswith(token.text):
        return phrase  # a verb's phrase names the event ("met separately with A and B": "meeting"), not the verb
    return phrase[:len(phrase) - len(token.text)] + token.lemma_.lower()


# Event words of travelling: where a trip or visit goes is no place of a meeting when it is a whole region.
_TRAVEL_WORDS = frozenset({"trip", "visit", "tour"}) | VISIT_VERBS


def _region(state, token, key) -> bool:
    """A continent or region ("Asia", "Southeast Asia", "the Middle East"): a place NER tags LOC, or one named by a
    continent ("East Africa"), that the tables know as no city or country."""
    label = state.label(key)
    continental = label.split()[-1].lower() in CONTINENT_WORDS if label.split() else False
    if label.lower() in CONTINENT_WORDS:
        return True  # "Antarctica", "Eurasia": a continent, whatever a gazetteer files it under
    return (token.ent_type_ == "LOC" or continental) and state.gaz.city(label) is None and state.gaz.country(label) is None


def _partitive_anchor(token):
    """ "the next round of talks": the quantity noun the clause attaches to."""
    anchor = token
    while (anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN"
           and anchor.head.head.lemma_.lower() in PARTITIVE_NOUNS):
        anchor = anchor.head.head
    return anchor


def _place_phrase_head(node):
    """ "the island of Tavua", "the port city of X": the place noun stands where the name does."""
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in PLACE_NOUNS_BEFORE_OF:
        return node.head.head
    return node


def _preposition(token) -> str | None:
    node = token
    while node.dep_ in ("compound", "conj", "appos") and node.head.i != node.i:
        node = node.head
    node = _place_phrase_head(node)
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        return node.head.lower_
    return None


def _preposition_head(token):
    node = token
    while node.dep_ in ("compound", "conj", "appos") and node.head.i != node.i:
        node = node.head
    node = _place_phrase_head(node)
    return node.head.head


def _dates(state, ctx, token, scope, cues=None) -> tuple[DateRange | None, str, bool]:
    """The date that describes the trigger, its text, and whether it hangs on a verb of ending ("ended on
    Friday", not "a round on August 28 ended")."""
    held = _partitive_anchor(token)
    if held.dep_ == "pobj" and held.head.head.lemma_.lower() in MEASURE_DUE_NOUNS:
        return None, "", False  # "extended the deadline for talks to July 15": the deadline's day, not the talks'
    anchor = state.article.date
    direction = None  # the trigger's tense, read at the first date that can describe it
    best: tuple[DateRange | None, str, bool] = (None, "", False)
    moved: tuple[DateRange, str, bool] | None = None
    planned: tuple[DateRange, str, bool] | None = None  # the day told by a clause of a plan in the past
    proposer = _proposed_by(token)
    for ent in ctx.ents:
        # "this morning" is a TIME to NER, yet names the article's day
        if ent.label_ not in ("DATE", "TIME") or scope.isdisjoint(range(ent.start, ent.end)):
            continue
        text = ctx.span_text(ent.start, ent.end)
        before = ctx.text[ent.sent.start_char:ent.start_char]
        if before.count("(") > before.count(")"):
            continue  # "(November 17, 1954 - November 17, 2026)": history told in passing, not the event's day
        if ent.start > 0 and ctx.lowers[ent.start - 1] == "by":
            continue  # "to reach a deal by July 21": a deadline, not the event's day
        if _counted_since(ctx, ent):
            continue  # "their first meeting since March 2024": another time, not this one's day
        if _old_plan(ent.root) or _deadline_day(ent.root):
            continue  # "originally planned for last week", "a deadline of August 1": not the event's day
        if _day_of_telling(ent.root, token):
            continue  # "Carney said on Friday he had ended talks": the day he said so
        if _day_of_going_home(ent.root, token):
            continue  # "will visit Oslo and return home on May 2": the day of going back
        moved_to = _moved_to(ent)
        if moved_to is False:
            continue  # "moved on Monday to Thursday": the day it was moved, not a day of it
        if WEEK_OF_BEFORE.search(ctx.text[max(ent.sent.start_char, ent.start_char - 30):ent.start_char]):
            continue  # "the week beginning 22 February": a day of that week, not the 22nd
        if proposer is not None and (_BARE_WEEKDAY.fullmatch(text.strip()) or not (
                held.left_edge.i <= ent.root.i <= held.right_edge.i) and not any(ch.isdigit() for ch in text)):
            # "Ghana called for a summit in Accra on Tuesday" (on "called"), "proposed talks on Tuesday": maybe the day
            # of proposing, wherever the parser hangs a bare weekday
            continue
        if direction is None:
            # a proposed event is still to come, whatever the tense of the proposing
            direction = "future" if proposer is not None else tense(token) or _scheduled(token)
            if direction == "past" and _later_than_its_clause(token, _cue_spans(ctx, token.sent) if cues is None else cues):
                direction = ""  # "met in Lima on Monday ahead of a summit in Quito on Friday": not the past Friday
        own = _relative_clause_of(token, ent.root)
        if own is not None and tense(own):
            # "The talks, which began on Thursday, are expected to end on Saturday": Thursday is told in the past
            plan = _past_plan(ent.root) if tense(own) == "future" else ""
            if plan == "reported" and _BARE_WEEKDAY.fullmatch(text.strip()):
                continue
            found = resolve_date(text, anchor, "past" if plan and _BARE_WEEKDAY.fullmatch(text.strip()) else tense(own))
            if plan:
                # "The summit, which was scheduled for Wednesday, opened on Thursday": the plan's day, only if no
                # other day is told
                planned = planned or (found and (found, text, False))
                continue
            if found and (best[0] is None or (best[0].relative and not found.relative)):
                best = (found, text, _on_end_verb(ent.root))
            continue
        # "from March 3 to 5", "from Tuesday to Thursday": spaCy may split the range; look at the text that follows
        if moved_to is not None:
            # "pushed back on Friday to July 1" (one entity to NER), "moved to Thursday": the day it is moved to, ahead;
            # over any other day told of it ("planned for Thursday, has been brought forward to Monday")
            found = resolve_date(moved_to, anchor, "future")
            if found and (moved is None or (moved[0].relative and not found.relative)):
                moved = (found, moved_to, False)
            continue
        tail = ctx.text[ent.end_char:ent.end_char + 20]
        weekday_end = WEEKDAY_RANGE_TAIL.match(tail)
        whole = text + (weekday_end.group(0) if weekday_end else tail[:12] if tail[:12].lstrip().startswith(
            ("to ", "-", "\u2013", "through")) else "")
        plan = _past_plan(ent.root) if direction == "future" and _BARE_WEEKDAY.fullmatch(text.strip()) else ""
        if plan == "reported":
            continue  # "said the ministers were due to meet on Tuesday": this week's past Tuesday or the next one
        found = resolve_date(whole, anchor, plan or direction)
        if found and _BARE_WEEKDAY.fullmatch(text.strip()) and _pluperfect(token) and (found.start == anchor or any(
                m.tense == "past" and m.dates is not None and m.dates.start < found.start for m in state.event_mentions)):
            # "Leaders met in Accra on Monday. They had met in Lome on Friday (or Thursday).": the pluperfect tells a
            # day before the past one told, so not today nor a day after that one; which week is not said
            continue
        if found and (best[0] is None or (best[0].relative and not found.relative)):
            best = (found, text, _on_end_verb(ent.root))
    return moved or (best if best[0] is not None or planned is None else planned)


def _day_of_going_home(date_word, trigger) -> bool:
    """A date on a verb of going back or away coordinated after the event's own verb ("will visit Oslo and return
    home on May 2", "met X and left for Quito on Friday"); not one whose verb tells the event ("will return to the
    talks on Monday") nor the verb of going to it ("will fly to Oslo on Monday for talks")."""
    verb = date_word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    event_verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GOING_HOME_VERBS or event_verb is None \
            or verb.i == event_verb.i or trigger in verb.subtree:
        return False
    return verb.dep_ == "conj" and verb.head.i == event_verb.i
    

def _pluperfect(token) -> bool:
    """The trigger's clause is in the pluperfect: "had met", "had been held", "had held talks"."""
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    return verb is not None and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _proposed_by(token):
    """The verb proposing the event ("proposed talks", "called for a summit", "invited Togo to talks"), or None."""
    node = _partitive_anchor(token) if token.pos_ != "VERB" else token
    head = node.head
    if node.dep_ == "pobj" and head.lower_ in ("for", "to") and head.dep_ == "prep":
        node, head = head, head.head
    elif node.dep_ == "xcomp" and token.pos_ != "VERB":
        pass  # "invited Togo to talks": the parser may make the event word the verb's complement
    elif node.dep_ != "dobj":
        return None
    if node.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ in ("xcomp", "dobj", "pcomp") \
            and head.lemma_.lower() in EVENT_HOLDING_VERBS | {"host"}:
        # "discussed holding a summit", "proposed hosting talks": the holding is weighed or proposed
        weighing = head.head if head.dep_ != "pcomp" else head.head.head
        if weighing.pos_ == "VERB" and weighing.lemma_.lower() in _PROPOSING_OR_WEIGHING_VERBS:
            return weighing
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB" or lemma not in EVENT_PROPOSING_VERBS or lemma in ("call", "ask") and node.lower_ != "for" \
            or lemma == "invite" and node.dep_ == "dobj":
        return None
    return head


def _old_plan(date_word) -> bool:
    """A day an event was once set for and is no more: "originally scheduled for last week", "first set for June 3",
    "had been due to start on Monday", "rescheduled from April"."""
    prep = date_word.head
    # (the "from" of "rescheduled from April", read once; each `.head` makes a Token)
    from_head = prep.head.i if prep.dep_ == "prep" and prep.lower_ == "from" else None
    node = date_word
    for _ in range(4):
        if (head := node.head).i == node.i:
            return False
        node = head
        lemma = node.lemma_.lower()
        if from_head == node.i and lemma in RESCHEDULE_VERBS:
            return True
        if lemma in PLAN_WORDS and node.pos_ in ("VERB", "ADJ"):
            words = [c.lower_ for c in node.children if c.dep_ in ("advmod", "aux", "auxpass")]
            return bool(EARLIER_PLAN_ADVERBS.intersection(words)) or "had" in words
    return False


def _past_plan(date_word) -> str:
    """For a day an event was set for, told in the past ("were due to meet on Tuesday", "was scheduled for Tuesday",
    "were expected to meet on Tuesday", "were going to meet on Tuesday"): "past" (the plan is told as of the week gone by), or "reported" when what
    tells it is reported speech ("officials said the talks were due to start on Tuesday": maybe the coming Tuesday,
    told in the past by the reporting); else ""."""
    node = date_word
    for _ in range(4):
        if (head := node.head).i == node.i:
            return ""
        node = head
        if node.lemma_.lower() in PLAN_WORDS and node.pos_ in ("VERB", "ADJ") or node.lemma_.lower() == "go" \
                and node.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in node.children):  # "were going to meet"
            verb = node.head if node.dep_ == "acomp" else node  # "were due": the copula
            if not any(w.lower_ in ("was", "were") for w in [verb] + [c for c in verb.children
                                                                    if c.dep_ in ("aux", "auxpass")]):
                return ""
            return "reported" if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS else "past"
    return ""


def _moved_to(ent):
    """For a date on a verb that moves an event (RESCHEDULE_VERBS): False for the day of moving ("moved on Monday to
    Thursday", "rescheduled the meeting on Tuesday to next week"), the text of the day it is moved to ("pushed back to
    July 1", NER's "Friday to July 1"); None for any other date."""
    word = ent.root
    prep = word if word.dep_ == "prep" else word.head if word.head.dep_ == "prep" else None
    verb = prep.head if prep is not None else word.head if word.dep_ == "npadvmod" else None
    if verb is not None and verb.dep_ in ("prep", "prt", "advmod") and verb.lower_ in ("up", "back", "forward"):
        verb = verb.head  # "moved up to Monday": the parser hangs "to" on "up"
    if verb is None or verb.lemma_.lower() not in RESCHEDULE_VERBS:
        return None
    doc = word.doc
    if prep is not None and prep.lower_ in ("to", "until", "till") and prep.i >= ent.start:
        return doc[prep.i + 1:ent.end].text  # "Friday to July 1" read as one date
    if prep is not None and prep.lower_ in ("to", "until", "till"):
        return doc[ent.start:ent.end].text
    if prep is None or prep.lower_ == "on":
        moves_to = any(c.dep_ == "prep" and c.lower_ in ("to", "until", "till") and any(
            g.ent_type_ == "DATE" for g in c.subtree) for c in verb.children)
        return False if moves_to else None
    return None


def _day_of_telling(date_word, trigger) -> bool:
    """ "said on Friday he had ended talks", "told reporters Monday the talks had collapsed": a day written between
    a verb of reporting and the subject of the clause it reports is the reporting's, wherever the parser hung it;
    so is a day on the verb of reporting itself, for an event in what it reports ("China suspended the controls
    after the Lisbon meeting, the ministry said on Sunday")."""
    node = date_word.head if date_word.head.dep_ == "prep" else date_word
    verb = node.head
    if verb.lemma_.lower() in REPORTING_VERBS and any(
            c.dep_ == "ccomp" and c.left_edge.i <= trigger.i <= c.right_edge.i for c in verb.children):
        return True
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and verb.head.i < node.i < subject.left_edge.i


def _deadline_day(date_word) -> bool:
    """ "a deadline of August 1", "the July 9 deadline": a day in the phrase of a deadline."""
    node = date_word
    for _ in range(3):
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
        if node.lemma_.lower() in MEASURE_DUE_NOUNS:
            return True
    return False


def _on_end_verb(date_word) -> bool:
    head = date_word.head
    if head.dep_ == "prep":
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in END_VERBS


def _relative_clause_of(token, word):
    """The relative clause on the event word (or on its partitive noun) that `word` sits in, or None."""
    anchor = _partitive_anchor(token) if token.pos_ != "VERB" else token
    node = word
    for _ in range(6):
        if node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX") and (
                node.head.i in (token.i, anchor.i) or node.head in anchor.subtree and node.head.dep_ == "pobj"):
            return node  # the parser may hang it on the last noun of the phrase: "the talks in Nairobi, which began"
        if node.head.i == node.i or node.i in (token.i, anchor.i):
            return None
        node = node.head
    return None


def _later_than_its_clause(token, cues: list[tuple[int, int, str]]) -> bool:
    """An event word after a forward cue ("ahead of", "paving the way for") whose clause verb stands before the
    cue: the clause's tense tells of the earlier event, not of this one."""
    verb = governing_verb(token) if token.pos_ != "VERB" else None
    if verb is None or verb.i > token.i:
        return False
    return any(direction == "forward" and verb.i <= start and end <= token.i for start, end, direction in cues)


def _counted_since(ctx, ent) -> bool:
    """ "the ninth since 2012", "their first talks since March": a date that counts events since then (an ordinal
    shortly before "since"), not "under way since Monday", which does date the event."""
    if ent.start == 0 or ctx.lowers[ent.start - 1] not in SINCE_WORDS:
        return False
    return any(ctx.lowers[k] in ORDINALS or ctx.lowers[k] in ("last", "such", "only")
               for k in range(max(ent.sent.start, ent.start - 7), ent.start - 1))


def _day_from_previous_event(state, ctx, sent, scope) -> tuple[DateRange | None, str]:
    """ "The day before, they had met in Tallinn", "The same day, the prime minister received X": a day counted
    from the event dated last in the sentences before, when that event has one day."""
    text = ctx.text[sent.start_char:sent.end_char]
    if "day" not in text.lower():
        return None, ""  # (every phrase of DAYS_FROM_PREVIOUS_EVENT has "day": no need to run the pattern)
    for match in DAYS_FROM_PREVIOUS_EVENT_RE.finditer(text):
        span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        if span is None or scope.isdisjoint(range(span.start, span.end)):
            continue
        here = ctx.span(sent.start_char, sent.end_char)
        if text[:match.start()].strip(" \"'\u201c,") and text[match.end():].strip(" .\"'\u201d"):
            continue  # "organised on the same day and in the same city": told against something else
        previous = next((m for m in reversed(state.event_mentions) if m.dates and m.sentence.start < here.start), None)
        if previous is None or previous.dates.end is not None:
            return None, ""
        days = DAYS_FROM_PREVIOUS_EVENT[match.group(1).lower()]
        return DateRange(previous.dates.start + dt.timedelta(days=days), None, True), match.group(0)
    return None, ""


def _in_called_off_trip(token) -> bool:
    """The event word in a relative clause on a trip called off, or on the trip's place (the parser may hang
    "to Rome" on the verb): "cancelled her trip to Rome, where she was to meet X"."""
    clause = next((a for a in [token] + list(token.ancestors) if a.dep_ == "relcl"), None)
    if clause is None:
        return False
    anchor = clause.head
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "of", "in"):
        anchor = anchor.head.head  # "trip to Rome" or "cancelled ... to Rome"
    trips = [anchor] if anchor.pos_ == "NOUN" else [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in TRIP_NOUNS and _called_off(t) for t in trips)


def _was_to(token) -> bool:
    """ "A was to meet B in Rome", "where he was to hold talks": a plan told in the past, still to come then."""
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    return verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ == "VBD" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _scheduled(token) -> str:
    """ "Technical teams meet in Istanbul on Monday", "EU leaders gather in Brussels on Thursday": news body text
    tells what is scheduled in the simple present, so its weekday is the coming one."""
    verbs = [token] if token.pos_ == "VERB" else [c for c in token.children if c.dep_ in ("relcl", "acl")] + [
        governing_verb(token)]  # "the talks, which resume on Tuesday": the clause on the event word first
    verb = next((v for v in verbs if v is not None), None)
    if verb is not None and verb.tag_ in ("VBP", "VBZ") and verb.lemma_.lower() not in ("be", "have", "say", "tell") \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return "future"
    if verb is not None and verb.tag_ in ("VBG", "VBN") and verb.lemma_.lower() not in ("say", "tell") and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re", "'s") for c in verb.children) and (
            verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)):
        return "future"  # "the leaders are meeting in Lome on Thursday", "talks are being held on Monday": arranged
    return ""


def _period(state, ctx, token_scope) -> DateRange | None:
    """ "An opening round took place in Oslo in March": the month, never a day (no startDate is written
    from it), so that the September round and next week's round in London stay two events."""
    for ent in ctx.ents:
        if ent.label_ == "DATE" and not token_scope.isdisjoint(range(ent.start, ent.end)):
            if _counted_since(ctx, ent) or _old_plan(ent.root):
                continue  # "the ninth since 2012", "rescheduled from April": not when this one is held
            text = ctx.span_text(ent.start, ent.end)
            found = resolve_month(text, state.article.date) or resolve_week(text, state.article.date) \
                or resolve_year(text, state.article.date)
            if found:
                return found
    return None


def _told_afterwards(token) -> bool:
    """ "Jaishankar later met Han Zheng", "he separately held talks with C": the clause sets its event after or apart
    from those told before."""
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in AFTERWARDS_ADVERBS for c in verb.children)


def _held_by_subordinates(token) -> bool:
    """ "Their foreign ministers held talks on Tuesday", "his envoys met in Lome", "officials will meet in London":
    the event's subject is a group of officials belonging to someone told before, or named by no one, so it is not
    the event of the leaders told before."""
    def unnamed_group(s) -> bool:
        # "officials", "senior officials"; not "Icelandic officials", "the ministers", "ministers of the bloc"
        return s.lower_ in OFFICIAL_GROUP_NOUNS and not any(w.ent_type_ for w in s.subtree) \
            and all(c.dep_ in ("amod", "advmod", "nummod") for c in s.children)

    if token.pos_ != "VERB" and any(unnamed_group(p) for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                                    for p in c.children if p.dep_ == "pobj"):
        return True  # "discussions by officials"
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    if verb is None or token.pos_ != "VERB" and token.dep_ not in ("dobj", "pobj"):
        return False
    if any(s.lower_ in OFFICIAL_GROUP_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("their", "his", "her", "its")
                                                    for c in s.children) for s in subjects(verb)):
        return True
    # "Tanzanian officials also attended the meeting": they join the event told, not one of their own
    return verb.lemma_.lower() not in ATTENDING_VERBS and any(unnamed_group(s) for s in subjects(verb))


def _names_next_event(t, token) -> bool:
    """ "talks between Egypt and Sudan and the African Union talks" (the parser joins the Union to the sides): a
    conjunct right before another event word names that event, and is no side of this one."""
    following = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.dep_ == "conj" and following is not None and following.i != token.i and following.lower_ in _TRIGGER_WORDS


def _counterpart_named(state, ctx, t, key, sent):
    """ "meet (with) her Austrian counterpart Tomas Varga" (the name parsed apart from the counterpart word): Varga
    takes part, not Austria."""
    named, i = None, t.i + 1
    # past a title the name may follow ("his Iranian counterpart Brigadier General Amir Hatami")
    while t.lower_ in COUNTERPART_WORDS and i < min(sent.end, t.i + 5):
        named = ctx.tok_entity.get(i)
        if named or not ctx.doc[i].is_title:
            break
        i += 1
    if key and state.kind(key) == COUNTRY and named and state.kind(named) == PERSON:
        return named
    return key


def _participants(state, ctx, token, scope, sent) -> list[str]:
    out: list[str] = []

    def add(key):
        if key and key not in out:
            out.append(key)

    if token.pos_ == "VERB" and token.lemma_.lower() in VISIT_VERBS and _attendance_only_asked(token):
        return out  # "invited Y to visit Nairobi": neither the host nor the guest is told to go
    if token.pos_ == "VERB":  # "Xi and Trump met", "the ministers will meet", "Rubio met Wang"
        objects = _guests(token) if token.lemma_.lower() in GUEST_VERBS else [] if token.lemma_.lower() in VISIT_VERBS \
            else [o for c in token.children if c.dep_ == "dobj" for o in with_conjuncts(c)]  # a place visited takes no part
        for t in subjects(token) + objects:
            key = _counterpart_named(state, ctx, t, _subject_key(state, ctx, t, sent), sent)
            add(key)
            if key is None and t.dep_ in ("nsubj", "nsubjpass"):
                for person in _pair_before(state, ctx, t, sent):
                    add(person)
            if t.dep_ != "nsubj" and (key is None or state.kind(key) != PERSON):
                add(_person_within(state, ctx, t))  # "met Canada's Minister of Trade Ana Lima"
    # "held under the co-chairmanship of A and B": on the event noun, or on the clause that tells of it
    verb = governing_verb(token)
    holders = [token] + ([verb] if verb is not None and token.dep_ in ("nsubj", "nsubjpass") else [])
    for chair in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "under"
                  for p in c.children if p.dep_ == "pobj" and p.lower_ in CHAIR_NOUNS):
        chairs = [w for c in chair.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj" for w in with_conjuncts(p)]
        # the parser may hang the second chair's name on the first ("A and Peruvian Minister B": B appos of A)
        for t in chairs + [a for w in chairs for a in w.children if a.dep_ == "appos"]:
            add(state.participant_key(t, ctx) or _person_within(state, ctx, t))
    # "talks between Xi and Trump", "a meeting with Xi"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("between", "with", "among"):
            if _with_of_other_noun(child):
                continue  # "skipped the summit in solidarity with X": X is with whom the solidarity is
            for pobj in child.children:
                for t in with_listed(pobj):
                    if not _names_next_event(t, token):
                        add(_counterpart_named(state, ctx, t, state.participant_key(t, ctx), sent))
    # "the Trump-Xi summit", "his first meeting", "US-China talks"
    modifiers = []
    # a verb's own modifiers are its subject's ("US and Chinese officials met"), not a fronted phrase's ("in addition
    # to talks with the Chinese president, he will meet X")
    for child in (c for c in token.lefts if (token.pos_ != "VERB" or c.dep_ in SUBJECT_DEPS)
                  and not _dateline_subject(state, ctx, c)):  # (its person is the subject's, taken above)
        for t in child.subtree:
            if t.i in scope and not _owner_of_other(state, ctx, t, token):
                key = _subject_key(state, ctx, t, sent)
                if key and key not in modifiers and not _country_of_person(state, ctx, t, token, key):
                    modifiers.append(key)
    countries = [k for k in modifiers if state.kind(k) == COUNTRY]
    if len(countries) == 1 and len(modifiers) == 1:
        modifiers = []  # "the Malaysia meeting" names its place
    for key in modifiers:
        add(key)
    # "US and Chinese officials kicked off talks"
    verb = governing_verb(token)
    if verb is not None and token.dep_ == "dobj" and verb.lemma_ in _EVENT_VERBS_WITH_PARTICIPANT_SUBJECT:
        # "X held talks with Y": the parser may hang "with Y" on the verb
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "between") and not _with_of_other_noun(child):
                for pobj in child.children:
                    for t in with_conjuncts(pobj):
                        # "held a meeting with his Russian counterpart A": A, not Russia
                        add(_counterpart_named(state, ctx, t, state.participant_key(t, ctx), sent))
    at_event = token.dep_ == "pobj" and token.head.lower_ in ("at", "during") and verb is not None and token.head.head.i == verb.i
    # "The session began with a keynote by X": the speaker at the opening takes part
    if verb is not None and token.dep_ == "nsubj" and verb.lemma_.lower() in START_VERBS:
        for speech in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                       if p.dep_ == "pobj" and p.lemma_.lower() in SPEECH_NOUNS):
            for t in (w for c in speech.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                      if p.dep_ == "pobj" for w in with_conjuncts(p)):
                add(state.person_key(t, ctx) or _person_within(state, ctx, t))  # "by Federal Councillor A"
            for t in (c for c in speech.children if c.dep_ == "appos"):
                add(state.person_key(t, ctx))  # the parser may hang the speaker's name on the speech itself
    # "She was in Geneva for talks": being somewhere for an event is taking part in it
    # ... and so is going somewhere for one: "visited Nairobi for talks", "flew to Riyadh for talks"
    at_event = at_event or (token.dep_ == "pobj" and token.head.lower_ == "for" and verb is not None
                            and (verb.lemma_ == "be" or verb.lemma_.lower() in _MOTION_OR_VISIT_VERBS)
                            and token.head.head.i == verb.i)
    if verb is not None and (_not_attending(verb) or _attendance_only_asked(verb)):
        return out  # "X did not attend the round", "Y skipped the summit": absent people take no part
    # "A paid a visit to Oslo", "B made two trips to Lima": whoever makes a trip is on it
    # (a single visit only when made by named people themselves: "a delegation led by A is paying a visit to X" still
    # folds as before, into the meeting held during it)
    trip = token.dep_ == "dobj" and token.lemma_.lower() in TRIP_NOUNS \
        and verb.lemma_.lower() in TRIP_MAKING_VERBS and (token.tag_ == "NNS" or _named_people_only(state, ctx, verb)) \
        if verb is not None else False
    if verb is not None and (at_event or trip or token.dep_ in ("dobj", "pobj") and verb.lemma_ in _EVENT_VERBS_WITH_PARTICIPANT_SUBJECT) \
            and not _under_cue(ctx, token, sent):  # "X will hold talks ahead of a meeting": X holds the talks only
        stand_in = verb.lemma_.lower() in STAND_IN_VERBS and any(c.dep_ == "auxpass" for c in verb.children)
        if stand_in:
            for t in agents(verb):  # "Uganda was represented at the talks by Foreign Minister A": A was there
                add(state.participant_key(t, ctx) or _person_within(state, ctx, t))
        for subject in subjects(verb):
            key = ctx.tok_entity.get(subject.i)
            if verb.lemma_.lower() in PLACE_HOST_VERBS and key and state.kind(key) == PLACE:
                continue  # "Lima hosts the summit": the host city is the event's place (`_location`)
            if stand_in and key and state.kind(key) == PERSON:
                continue  # "President X was represented at the summit by his deputy": X was not there
            add(_subject_key(state, ctx, subject, sent))
            for child in subject.children if not _dateline_subject(state, ctx, subject) else ():
                if child.dep_ in ("amod", "compound", "nmod", "poss"):
                    for t in with_conjuncts(child):
                        if not _owner_of_other(state, ctx, t, token):
                            add(state.participant_key(t, ctx))
    # "The talks were attended by X and Y"
    if verb is not None and token.dep_ == "nsubjpass" and verb.lemma_.lower() in ATTENDING_VERBS:
        for t in agents(verb):
            add(state.participant_key(t, ctx))
    # "a summit chaired by X", "talks hosted by Y": the same, said of the event noun itself
    for child in (c for acl in token.children if acl.dep_ == "acl" for c in with_conjuncts(acl)):
        if child.tag_ == "VBN" and child.lemma_.lower() in ATTENDING_VERBS:
            for t in agents(child):
                add(state.participant_key(t, ctx))
    # "Attending the talks were A and B": the people listed after the copula
    start = attendance_list(sent)
    if start is not None and token.i < start:
        for person, _ in persons_from(state, ctx, sent, start, first_only=False):
            add(person)
    # "Also present at the meeting were X and Y", "X and Y were present at the talks"
    if token.dep_ == "pobj" and token.head.lower_ in ("at", "for") and token.head.head.lower_ in PRESENCE_WORDS:
        copula = token.head.head.head
        for t in (c for c in copula.children if c.dep_ in ("nsubj", "attr") and c.i != token.head.head.i):
            for w in with_conjuncts(t):
                add(state.participant_key(w, ctx) or _person_within(state, ctx, w))
    return out


def _named_people_only(state, ctx, verb) -> bool:
    """Every subject of the verb is a person named by that very word ("President A and B paid a visit"), not a group
    or a body ("a delegation led by A", "the ministry")."""
    people = [t for s in subjects(verb) for t in with_conjuncts(s)]
    return bool(people) and all((key := ctx.tok_entity.get(t.i)) and state.kind(key) == PERSON for t in people)


def _with_of_other_noun(prep) -> bool:
    """A "with" right after a noun that takes it ("in solidarity with X", "in line with Y"), however it is parsed."""
    return prep.i > 0 and prep.doc[prep.i - 1].lower_ in WITH_TAKING_NOUNS


def _separate_counterparts(state, ctx, token, participants) -> list[str]:
    """The counterparts met one by one: those listed after "with" on a plural event word that is no plural-only one
    ("held meetings with A and B"), on one told "separate" ("separate talks with A and B") or on a verb told
    "separately" ("met separately with A and B"), when two or more."""
    if token.pos_ == "VERB":
        if not any(c.dep_ == "advmod" and c.lower_ in SEPARATELY_WORDS for c in token.children):
            return _met_after_several(state, ctx, token, participants)
    elif token.tag_ != "NNS":
        return []
    if token.lower_ in PLURAL_ONLY_EVENT_WORDS and not any(c.lower_ in SEPARATE_WORDS for c in token.lefts):
        return []
    verb = governing_verb(token)
    holders = [token] + ([verb] if verb is not None and token.dep_ == "dobj" else [])
    found = []
    for pobj in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"):
        for t in with_listed(pobj):
            key = state.participant_key(t, ctx)
            if key in participants and key not in found:
                found.append(key)
    # "met A and B at separate meetings": the verb's objects, one at each
    if not found and verb is not None and token.dep_ == "pobj" and token.head.lower_ == "at" \
            and token.head.head.i == verb.i and verb.lemma_.lower() in VERB_EVENT_TRIGGERS \
            and any(c.lower_ in SEPARATE_WORDS for c in token.lefts):
        for t in (w for c in verb.children if c.dep_ == "dobj" for w in with_conjuncts(c)):
            key = _counterpart_named(state, ctx, t, state.participant_key(t, ctx), t.sent) \
                or _person_within(state, ctx, t)
            if key and key not in found:
                found.append(key)
    return found if len(found) >= 2 else []


def _met_after_several(state, ctx, token, participants) -> list[str]:
    """ "X will hold meetings with several leaders. He will meet A, B and C": after meetings told with counterparts
    only as many (the sentence before, in the same paragraph, by someone meeting here too), those met are each met
    apart, as after "held meetings with A, B and C"."""
    if not state.event_mentions or token.lemma_.lower() not in VERB_EVENT_TRIGGERS:
        return []
    before = state.event_mentions[-1]
    told = state.trigger_token_of.get(id(before))
    if told is None or told.sent.end != token.sent.start or not _same_paragraph(
                state, before.sentence, ctx.span(token.sent.start_char, token.sent.end_char)) \
            or told.tag_ != "NNS" or told.lower_ in PLURAL_ONLY_EVENT_WORDS and not any(
                c.lower_ in SEPARATE_WORDS for c in told.lefts) \
            or not any(c.dep_ == "prep" and c.lower_ == "with" and any(
                p.dep_ == "pobj" and p.tag_ == "NNS" and any(m.lower_ in SEVERAL_WORDS for m in p.lefts)
                for p in c.children) for c in told.children) \
            or not set(before.participants) & set(participants):
        return []
    found = []
    for t in (w for c in token.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with"
              for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"]) for w in with_listed(o)):
        key = state.participant_key(t, ctx)
        if key in participants and key not in found and key not in before.participants:
            found.append(key)
    return found if len(found) >= 2 else []


def _owner_of_other(state, ctx, t, token) -> bool:
    """ "Samsung's Lee met X", "Erdogan's son-in-law met X", "Jordan's King Abdullah met X": a person, body or
    country owning someone else than the event (not "Xi's meeting") is not there; a country is that person's
    affiliation, not a participant."""
    for w in [t] + list(t.ancestors):
        if w.i == token.i:
            return False
        if w.dep_ == "poss" and w.head.i != token.i:
            return True
    return False


def _country_of_person(state, ctx, t, token, key) -> bool:
    """ "French President Emmanuel Macron met X", "U.S. President A and B met": a country naming a person's post is
    the person's affiliation, not a side of the meeting ("Chinese officials met" keeps China: no one named)."""
    if state.kind(state.collector.canonical(key)) != COUNTRY:
        return False
    for w in t.ancestors:
        if w.i == token.i:
            return False
        if (k := ctx.tok_entity.get(w.i)) and k != key and state.kind(k) == PERSON:
            return True
    return False


def _subject_key(state, ctx, t, sent) -> str | None:
    """ "A will meet B on Tuesday. She will also meet C", "... Her visit": a "he" or "she" opening a clause (a "his"
    or "her" owning the event) stands for the subject of the sentence that last named people, not for the last one
    named (B); when that sentence named two people or more and none of them as its subject, it is unclear whom the
    pronoun stands for, and no one is taken."""
    key = state.participant_key(t, ctx)
    if _dateline_subject(state, ctx, t):
        # "New Delhi: Minister A held talks" (a dateline parsed as the subject, A set beside it): A, not the city's
        # country
        return next((k for a in t.children if a.dep_ == "appos" and a.i > t.i
                     if (k := _person_within(state, ctx, a))), None)
    if key is None or t.lower_ not in PERSON_SUBJECT_PRONOUNS or t.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return key
    clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
    if clause is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in clause.children):
        # "X welcomed Y, who is on his first visit": "his" is the one the clause tells of, Y
        owner = state.participant_key(clause.head, ctx) or _person_within(state, ctx, clause.head)
        if owner is not None and state.kind(owner) == PERSON:
            return owner

    def people(pctx, start, end):
        # a pronoun names no one anew: "A held talks with B. He praised the meeting. He also met C" - the second "he"
        # is read against the sentence that named A and B, not against whoever the first "he" was taken for
        return {state.collector.canonical(k) for i in range(start, end)
                if (k := pctx.tok_entity.get(i)) and state.kind(k) == PERSON and pctx.doc[i].pos_ != "PRON"}

    def titled_subject(pctx, told, found, verbs):
        # "The minister met his Italian counterpart A. He also met B": "he" is more likely the minister (no one
        # named) than A; unclear, so no one is taken
        return len(found) == 1 and state.collector.canonical(key) in found and any(
            s.i != t.i and s.lemma_.lower() in TITLE_HEAD_WORDS and not any(pctx.tok_entity.get(w.i) for w in s.subtree)
            for v in verbs for s in subjects(v))

    named = [(s, found) for s in ctx.doc.sents if s.start <= t.i and (found := people(ctx, s.start, min(s.end, t.i)))]
    if named:
        pctx, (told, found) = ctx, named[-1]
        verbs = [v for v in with_conjuncts(told.root) if v.i < t.i]
        if len(found) < 2:
            return None if titled_subject(ctx, told, found, verbs) else key
    else:
        # opening a paragraph: read against the last sentence of the paragraph before that named people, the one
        # named there alone included ("A met B.\n\nHe also met C": A)
        pctx = state.event_paragraphs[-2] if len(state.event_paragraphs) > 1 else None
        told = next((s for s in reversed(list(pctx.doc.sents)) if people(pctx, s.start, s.end)), None) \
            if pctx is not None else None
        if told is None:
            return key
        found, verbs = people(pctx, told.start, told.end), with_conjuncts(told.root)
        if titled_subject(pctx, told, found, verbs) or any(s.pos_ == "PRON" for v in verbs for s in subjects(v)):
            return None  # ("He met B.\n\nHe also met C": whom the first stood for is not read again here)
    doers = {k for v in verbs for s in subjects(v) if pctx is not ctx or s.i != t.i
             if (k := state.participant_key(s, pctx)) and state.kind(k) == PERSON}
    if key in doers or not doers and len(found) == 1:
        return key  # (no one named doing anything there: "A meeting took place between A and the president.")
    if len(doers) != 1:
        return None
    doer = next(iter(doers))
    sexes = CENSUS_SEXES_OF_GIVEN_NAMES.get(fold_accents(normalize_name(state.label(doer).split()[0])), set())
    return None if sexes and PERSON_SUBJECT_PRONOUNS[t.lower_] not in sexes else doer


def _dateline_subject(state, ctx, t) -> bool:
    """A place set before a colon and parsed as the subject: "New Delhi: Minister A held talks"."""
    return t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ":" and bool(key := ctx.tok_entity.get(t.i)) \
        and state.kind(key) in (PLACE, COUNTRY)


def _pair_before(state, ctx, subject, sent) -> list[str]:
    """ "The two last met in Seoul", "Both men met in Oslo": the two people named in the sentence before, when it
    names exactly two."""
    phrase = list(subject.subtree)
    words = {t.lower_ for t in phrase}
    # "the two", "both men", "the pair" ("The two last met" is parsed with "last" as the noun)
    if len(phrase) > 3 or any(ctx.tok_entity.get(t.i) for t in phrase) or not words & PAIR_WORDS \
            or not ("the" in words or "both" in words) or words - PAIR_WORDS - PAIR_NOUNS - {"the", "last"}:
        return []
    before = [s for s in ctx.doc.sents if s.end <= sent.start]
    if not before:
        return []
    people = list(dict.fromkeys(k for i in range(before[-1].start, before[-1].end)
                                if (k := ctx.tok_entity.get(i)) and state.kind(k) == PERSON))
    return people if len(people) == 2 else []


def _person_within(state, ctx, token):
    """The person named inside a noun phrase whose head is a title ("Trade Secretary Ana Lima")."""
    return next((k for w in token.subtree if (k := ctx.tok_entity.get(w.i)) and state.kind(k) == PERSON
                 and not any(c.dep_ == "conj" and w in c.subtree for c in token.children)), None)


def _one_series(state, a, b) -> bool:
    """Two events of one negotiation: rounds or sessions both, or sharing a side or a person."""
    def rounds(info):
        return any(set(m.phrase.lower().split()) & _SERIES_WORDS or m.ordinal for m in info["mentions"])

    sides = lambda info: {state.side_of(p) for p in info["participants"]} - {None}  # noqa: E731
    return (rounds(a) and rounds(b)) or bool(sides(a) & sides(b)) or bool(a["participants"] & b["participants"])


_SERIES_WORDS = frozenset({"round", "session", "rounds", "sessions"})


def _not_attending(verb) -> bool:
    """A clause that says its subject was not there: negated, or a verb of staying away, or under a verb turning it
    down ("refused to attend the talks", "failed to attend", "did not want to attend")."""
    if verb.lemma_.lower() in ABSENCE_VERBS:
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and (head.pos_ in ("VERB", "AUX") and (
            head.lemma_.lower() in _REFUSAL_OR_ABSENCE_VERBS or _negated(head))
            or head.lower_ in ABSENCE_ADJECTIVES):
        return True
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) or any(
        c.dep_ == "prep" and c.lower_ == "by" and any(p.lower_ in ("video", "videolink", "phone") for p in c.subtree)
        for c in children)  # "joined the talks by video link"


def _attendance_only_asked(verb) -> bool:
    """A verb of attending or visiting told only as asked, weighed or possible: "was invited to attend the summit",
    "asked to join the talks", "is considering attending", "may attend": no one is told to be there."""
    if verb.lemma_.lower() not in _ATTENDING_OR_VISIT_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _POSSIBLE_MODALS for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.pos_ == "VERB" and head.lemma_.lower() in _PROPOSING_WEIGHING_WISH_VERBS


# --- folding mentions into events ------------------------------------------

def _hosts_first(mentions: list[EventMention]) -> tuple[list[EventMention], dict[int, EventMention]]:
    """The mentions in order, but each one told "on the sidelines of" an event mentioned after it in its sentence
    moved to just after that event's mention; and each such mention's host."""
    by_sentence: dict = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    hosts = {id(m): by_sentence[m.sentence][m.sidelines_of] for m in mentions
             if m.sidelines_of is not None and m.sidelines_of < len(by_sentence[m.sentence])}
    hosts.update((id(m), m.sidelines_host) for m in mentions if m.sidelines_host is not None)
    ordered = [m for m in mentions if id(m) not in hosts]
    for m in mentions:
        if id(m) in hosts:
            host = hosts[id(m)]
            at = next((k for k, o in enumerate(ordered) if o is host), None)
            ordered.insert(len(ordered) if at is None else at + 1, m)
    # keep the article's order where the host came first anyway
    return (mentions if ordered == mentions else ordered), hosts


def fold_events(state, mentions: list[EventMention]) -> None:
    events: list[dict] = []
    home: dict[int, dict] = {}  # id(mention) -> its event
    mentions, hosts = _hosts_first(mentions)
    for mention in mentions:
        target = None
        host = home.get(id(hosts[id(mention)])) if id(mention) in hosts else None
        if host is not None and mention.location is None and host["location"] and not mention.virtual:
            # "talks on the sidelines of the summit" (the summit told before): held where the summit is
            mention.location = host["location"]
        best_score = 0
        unmade_trip = _unmade_trip(state, mention)
        going_on = _event_going_on(state, events, mention) if mention.continues else None
        if going_on is host:
            going_on = None  # a meeting on a summit's sidelines is no later day of the summit
        if going_on is not None:
            # a later day of the event told before: its date extends that event's days, or (the event told with
            # no day) says nothing of them
            if going_on["dates"] is None:
                mention.dates, mention.date_text, mention.date_role = None, "", None
            _absorb(state, going_on, mention)
            home[id(mention)] = going_on
            continue
        referred = home.get(id(mention.refers_to)) if mention.refers_to is not None else None
        if referred is not None and referred is not host and _match_score(state, referred, mention) is not None:
            _absorb(state, referred, mention)  # "It will take place in Kigali": the event just told
            home[id(mention)] = referred
            continue
        for event in events:
            if any(m.order in mention.cued_apart for m in event["mentions"]):
                continue  # "talks ahead of a meeting": set against each other in one sentence
            score = _match_score(state, event, mention) if event is not host else None
            if score is not None and score > best_score:
                target, best_score = event, score
        if target is None and not mention.set_against and not mention.one_of_several and not mention.listed_apart \
                and not unmade_trip:
            # a bare mention ("the talks") is the main event of its kind, and a bare event takes the first details given
            # and one that contradicts nothing joins the first event of its kind (news tells one story)
            # "the session" with no place or date, in the paragraph of an event told since the first one, refers
            # back to that event, as a reader takes it (a roundup tells several stories)
            candidates = events
            if mention.definite and mention.location is None and mention.dates is None:
                told = [(m.order, m, e) for e in events for m in e["mentions"] if not m.bare]
                _, latest, last = max(told, key=lambda x: x[0], default=(None, None, None))
                head = _head_word(mention)
                # a distinct event word ("the retreat", "the signing") names the one event told with it; "the
                # round" or "the talks" may be any of a negotiation's rounds
                named = [] if head in _GENERIC_EVENT_WORDS else [
                    e for e in events if any(_head_word(m) == head for m in e["mentions"])]
                if len(named) == 1:
                    candidates = named + [e for e in events if e not in named]  # "the retreat": the one retreat
                elif not named and last is not None and _same_paragraph(state, latest.sentence, mention.sentence):
                    candidates = [last] + [e for e in events if e is not last]
            target = next((e for e in candidates if e["kind"] == mention.kind and e is not host
                           and not any(m.order in mention.cued_apart for m in e["mentions"])
                           and _match_score(state, e, mention) is not None), None)
        if target is None:
            target = {"kind": mention.kind, "location": None, "dates": None, "participants": set(), "mentions": [],
                      "kinds": set(), "ordinal": None, "during": [], "virtual": False}
            events.append(target)
        if host is not None and host not in target["during"]:
            target["during"].append(host)  # held while the host goes on: neither precedes the other
        _absorb(state, target, mention)
        home[id(mention)] = target
    for n, event in enumerate(events, start=1):
        first = event["mentions"][0]
        key = state.collector.entity(event["kind"], first.phrase, key=f"Event:{n}")
        for mention in event["mentions"]:
            mention.event = key
            state.collector.entities[key].mentions.append(mention.trigger_span)
        state.event_info[key] = event


def _event_going_on(state, events, mention) -> dict | None:
    """The event told last before a mention of its later day, in an earlier sentence, when the places agree."""
    told = [(m.order, e) for e in events for m in e["mentions"] if m.sentence.end <= mention.sentence.start]
    if not told or mention.month is not None:
        return None  # "they will meet again in May": another meeting
    event = max(told, key=lambda x: x[0])[1]
    if event["location"] and mention.location and state.place_relation(event["location"], mention.location) is None \
            or event["virtual"] and mention.location:
        return None
    if mention.location and not event["location"] and mention.tense == "future" \
            and {m.tense for m in event["mentions"]} == {"past"}:
        return None  # "A met B. Their ministers will meet again in Arusha on Tuesday": a meeting to come, not the one held
    if mention.dates is not None:
        # the next days only: "meet again next month" is another meeting
        since = event["dates"] or (DateRange(state.article.date, None, True) if state.article.date else None)
        if since is None or mention.dates.start < since.start or _gap_days(since, mention.dates) > EVENT_SPAN_DAYS:
            return None
    return event


_GENERIC_EVENT_WORDS = frozenset({"round", "session", "meeting", "talk", "negotiation", "discussion", "consultation",
                                  "dialogue", "engagement", "meet", "conference"})


def _head_word(mention) -> str:
    """The event word of a mention, singular: "the retreat", "talks" -> "talk"."""
    words = mention.phrase.lower().split()
    return words[-1].rstrip("s") if words else ""


def _same_paragraph(state, a: Span, b: Span) -> bool:
    return any(p.span.start <= min(a.start, b.start) and max(a.end, b.end) <= p.span.end
               for p in state.article.paragraphs)


def _unmade_trip(state, mention) -> bool:
    """ "a tour with visits to Kabul and Tehran" with no visitor named: whose visit it is is not told, so no meeting
    of others ("A met B", "C met D in Kabul") is that visit (plural only: "a working visit to X" with no visitor
    still folds into the meeting held during it)."""
    return not mention.participants and not mention.definite and mention.location is not None \
        and _head_word(mention) in TRIP_NOUNS and getattr(state.trigger_token_of.get(id(mention)), "tag_", "") == "NNS"


def _match_score(state, event, mention) -> int | None:
    """None when the two cannot be one event; else how much ties them."""
    score = 0
    if (_unmade_trip(state, mention) or all(_unmade_trip(state, m) for m in event["mentions"])) \
            and not (mention.definite and mention.location is None and mention.dates is None):
        return None
    persons_event = {p for p in event["participants"] if state.kind(p) == PERSON}
    persons_mention = {p for p in mention.participants if state.kind(p) == PERSON}
    shared_people = persons_event & persons_mention
    if event["kind"] != mention.kind and len(shared_people) < 2:
        return None
    if mention.one_of_several and any(m.one_of_several and m.trigger_span == mention.trigger_span
                                      for m in event["mentions"]):
        return None  # "held meetings with A and B": the meeting with A is not the one with B, even in one place
    if event["ordinal"] is not None and mention.ordinal is not None and event["ordinal"] != mention.ordinal:
        return None  # the first and the third round are two meetings, even in one city
    if event["virtual"] and mention.location or mention.virtual and event["location"]:
        return None  # talks held by video link are no meeting in a city
    if mention.side_count is not None and any(
            m.side_count is not None and _side_counts_differ(m.side_count, mention.side_count) for m in event["mentions"]):
        return None  # "bilateral meetings" and "a trilateral dialogue": two meetings, even with one side in both
    if event["location"] and mention.location:
        relation = state.place_relation(event["location"], mention.location)
        if relation is None:
            return None
        score += 2
    if event["dates"] and mention.dates:
        if not event["dates"].overlaps(mention.dates) and not mention.moved:
            if (mention.ordinal or 0) > 1 and event["ordinal"] is None:
                return None  # "talks began on Tuesday ... a second round on Wednesday": a new round, another meeting
            # "the round opened on Monday" ... "wrapped up the round on Thursday": one event told by its ends
            # (a day told with the event's length leaves no other end to tell: "arrived on Monday on a two-day
            # visit" ends on Tuesday, and a meeting on Thursday is another)
            told_by_ends = mention.date_role and mention.dates.end is None or any(
                m.date_role and m.dates.end is None for m in event["mentions"] if m.dates)
            if not told_by_ends or _gap_days(event["dates"], mention.dates) > EVENT_SPAN_DAYS:
                return None
        score += 2
    if _other_time(state, event, mention):
        return None  # "talks in X had been useful" is not the round to be held on Thursday
    months = [m.month or m.dates for m in event["mentions"] if m.month or m.dates]
    mine = mention.month or mention.dates
    if mine is not None and months and (mention.month or any(m.month for m in event["mentions"])) \
            and not any(mine.overlaps(other) for other in months):
        return None  # "in September" and "next week": two events, even in one city
    sides_event = {state.side_of(p) for p in event["participants"]} - {None}
    sides_mention = {state.side_of(p) for p in mention.participants} - {None}
    score += len(shared_people) + len(sides_event & sides_mention)
    bodies = lambda keys: {p for p in keys if state.kind(p) == ORGANIZATION}  # noqa: E731
    if bodies(mention.participants) and not persons_mention >= persons_event and not bodies(event["participants"]) \
            and len([p for p in event["participants"] if state.kind(p) in (PERSON, COUNTRY)]) >= 2:
        return None  # "A held talks with B ... on the sidelines of the SCO meet": a body's meeting, not their talks
    if bodies(mention.participants) and event.get("during") and not bodies(event["participants"]):
        return None  # "an extended meeting at the G20 summit ... the Group of 20 meeting": the body's, not the one held at it
    if mention.subordinates and persons_event and not shared_people:
        return None  # "A met B. Their foreign ministers held talks on Tuesday": another meeting
    if persons_mention and not mention.subordinates and all(m.subordinates for m in event["mentions"]) \
            and not (mention.definite and mention.location is None and mention.dates is None):
        return None  # "Officials will hold discussions. A said his discussions with B were useful": two events
    verb = state.trigger_token_of.get(id(mention))
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in VERB_EVENT_TRIGGERS \
            and any(c.dep_ == "advmod" and c.lower_ in ALSO_ADVERBS for c in verb.children) \
            and persons_event and persons_mention - persons_event \
            and all(m.sentence.end <= mention.sentence.start for m in event["mentions"]):
        return None  # "A held talks with B's minister. He also met C in Lima": another meeting
    if mention.afterwards and all(m.sentence.end <= mention.sentence.start for m in event["mentions"]) \
            and not (mention.definite and mention.location is None and mention.dates is None):
        return None  # "A and B met in Beijing. A later met C": another meeting
    if any(m.sentence == mention.sentence and _relative_clause_apart(state, m, mention) for m in event["mentions"]) \
            and not (mention.definite and mention.location is None and mention.dates is None):
        return None  # "A, who met B last month, held talks in Nairobi on Tuesday": two meetings
    if event["kind"] == mention.kind == MEETING and len(persons_event) >= 2 \
            and (len(persons_mention) >= 2 and persons_mention - persons_event or sides_mention - sides_event) \
            and not (mention.definite and mention.location is None and mention.dates is None
                     and not (shared_people and len(persons_mention) >= 2)):
        # "A and B met. It was the first meeting between A and C": one of them with someone new, another meeting
        # "A and B met in Seoul. A also met C", "A, who met B last month, held talks with Tanzanian officials":
        # someone new, or a new country's side, in a meeting of others is another meeting; but "C attended the
        # meeting" is the one told
        return None
    if event["kind"] == mention.kind == MEETING and len(persons_event) == 1 and persons_event <= persons_mention \
            and persons_mention - persons_event and not (event["location"] and mention.location) \
            and not (event["dates"] and mention.dates) \
            and any(state.kind(p) in (COUNTRY, ORGANIZATION) for p in event["participants"]) \
            and not ({state.side_of(p) for p in persons_mention - persons_event} - {None}) & sides_event \
            and not (mention.definite and mention.location is None and mention.dates is None):
        # "A met his Chinese counterpart in Beijing. A had a discussion with B before leaving": the counterpart not
        # named, someone new of no side of that meeting, told with no place or day of it, is in another meeting
        return None
    # a side shared only through a country's officials is not its leader's: "A met Museveni", "A held talks with
    # Ugandan officials" are two meetings
    person_sides = lambda persons: {state.side_of(p) for p in persons} - {None}  # noqa: E731
    if persons_event and persons_mention and not shared_people \
            and not (person_sides(persons_event) & person_sides(persons_mention)) \
            and not (mention.definite and mention.location is None and mention.dates is None):
        return None  # other people, another event; but "the meeting" with no place or date is the one told
    return score


def _relative_clause_apart(state, a, b) -> bool:
    """One of two event words of a sentence sits in a relative clause the other is not in ("A, who met B last month,
    held talks on Tuesday")."""
    ta, tb = state.trigger_token_of.get(id(a)), state.trigger_token_of.get(id(b))
    if ta is None or tb is None or ta.i == tb.i:
        return False
    for x, y in ((ta, tb), (tb, ta)):
        clause = next((w for w in [x] + list(x.ancestors) if w.dep_ == "relcl"), None)
        if clause is not None and y not in clause.subtree:
            return True
    return False


def _side_of_article(state, dates: DateRange | None) -> str:
    """ "past" or "future" for a date or period wholly before or after the article's date, else ""."""
    anchor = state.article.date
    if dates is None or anchor is None:
        return ""
    if dates.start > anchor:
        return "future"
    return "past" if (dates.end or dates.start) < anchor else ""


def _other_time(state, event, mention) -> bool:
    """An undated mention told in the past of an event dated or set after the article ("talks in X had been
    useful", the round on Thursday), or in the future of one before it; and a mention dated or set on one side
    of the article of an event only ever told, undated, on the other ("hosted X for the talks" and "an ASEAN
    meeting in June"): two events."""
    opposite = {"past": "future", "future": "past"}
    mine = _side_of_article(state, mention.dates or mention.month)
    told = {m.tense for m in event["mentions"] if m.dates is None and m.month is None}
    sides = {_side_of_article(state, m.dates or m.month) for m in event["mentions"] if m.dates or m.month}
    if not mine and mention.dates is None and mention.month is None:
        return bool(mention.tense) and opposite[mention.tense] in sides
    anchor = state.article.date
    if mention.month is not None and mention.month.precision == "year" and not sides and anchor is not None \
            and (mention.month.end or mention.month.start) < anchor - dt.timedelta(days=UNDATED_EVENT_GAP_DAYS):
        return True  # "they sat down for talks ...; she has also met X in 2019": a meeting of another year
    return bool(mine) and not sides and told == {opposite[mine]}


def _gap_days(a: DateRange, b: DateRange) -> int:
    first, second = (a, b) if a.start <= b.start else (b, a)
    return (second.start - (first.end or first.start)).days


def _absorb(state, event, mention) -> None:
    event["mentions"].append(mention)
    event["kinds"].add(mention.kind)
    event["virtual"] = event["virtual"] or mention.virtual
    if mention.ordinal is not None:
        event["ordinal"] = mention.ordinal
    if mention.month is not None and event.get("period") is None:
        event["period"] = mention.month
    if mention.location:
        event["location"] = state.more_specific(event["location"], mention.location)
    if mention.dates:
        if event["dates"] is not None and mention.moved_back and mention.dates.relative \
                and not any(m.tense == "past" for m in event["mentions"] if m is not mention) \
                and mention.dates.precision == "day" and mention.dates.end is None \
                and mention.dates.start <= event["dates"].start and _BARE_WEEKDAY.fullmatch(mention.date_text.strip()):
            # "will meet on Tuesday ... pushed back to Saturday": the Saturday after that Tuesday
            weeks = (event["dates"].start - mention.dates.start).days // 7 + 1
            mention.dates = replace(mention.dates, start=mention.dates.start + dt.timedelta(days=7 * weeks))
        moved = mention.moved and not any(m.tense == "past" for m in event["mentions"] if m is not mention)  # a meeting held is not moved
        if event["dates"] is None or moved:
            event["dates"] = mention.dates  # "The meeting was moved to Monday": no longer on the day told before
        elif _visit_around(event, mention):
            pass  # "The meeting took place in Accra on March 24. A is on a visit to Ghana from March 23 to 26": the
            # visit's other days are not the meeting's (named by the meeting, the event keeps its day)
        else:
            old = event["dates"]
            start = min(old.start, mention.dates.start)
            end = max(old.end or old.start, mention.dates.end or mention.dates.start)
            event["dates"] = DateRange(start, end if end != start else None, old.relative and mention.dates.relative)
    event["participants"].update(mention.participants)


def _visit_around(event, mention) -> bool:
    """A visit (trip, tour) folded into an event named by another event word, its days taking in the event's."""
    old, new = event["dates"], mention.dates
    return _head_word(mention) in TRIP_NOUNS and _head_word(event["mentions"][0]) not in TRIP_NOUNS \
        and new.end is not None and new.start <= old.start and (old.end or old.start) <= new.end


def main_event(state) -> str | None:
    """The event the article is about: news tells it first, so the event of the lede weighs most."""
    best = None
    today = state.article.date
    # a live page's "tomorrow leaders travel to X" told first is a preview, not the story: the first event told
    # that is not dated after the article's day weighs most
    told = [item for item in state.event_info.items()
            if not (today and item[1]["dates"] and item[1]["dates"].start > today)] or list(state.event_info.items())
    first = min(told, key=lambda item: min(m.trigger_span.start for m in item[1]["mentions"]), default=(None, None))[0]
    for key, event in state.event_info.items():
        score = (len(event["mentions"]) + (event["location"] is not None) + (event["dates"] is not None)
                 + 2 * any(state.kind(p) == DELEGATION for p in event["participants"]) + 3 * (key == first))
        if best is None or score > best[0]:
            best = (score, key)
    return best[1] if best else None


def emit_event_facts(state) -> None:
    c = state.collector
    for key, event in state.event_info.items():
        # "The talks in Geneva ended on Friday", and no day told of their start: Friday is when they ended, which
        # need not be when they began (but "a first round on August 28 ended" dates the round)
        dated = [m for m in event["mentions"] if m.dates]
        ended_only = bool(dated) and event["dates"] is not None and event["dates"].end is None \
            and all(m.date_role == "end" and m.date_on_end_verb for m in dated)
        for mention in event["mentions"]:
            conf = CONFIDENCE["syntax"]
            if ended_only and mention.dates:
                c.fact(key, "endDate", event["dates"].start.isoformat(), mention.sentence, conf, "event-end-date",
                       literal=True, datatype="date")
            if mention.location:
                rule = "event-place" if mention.sidelines_of is None else "event-place-sidelines"
                if mention.location == event["location"] or state.place_relation(event["location"], mention.location) == "same":
                    c.fact(key, "location", event["location"], mention.sentence, conf, rule)
            if mention.dates and event["dates"] and mention.dates.start == event["dates"].start and not ended_only:
                date_conf = CONFIDENCE["relative_date"] if mention.dates.relative else conf
                c.fact(key, "startDate", event["dates"].start.isoformat(), mention.sentence, date_conf, "event-date",
                       literal=True, datatype="date")
            if mention.dates and event["dates"] and event["dates"].end and (mention.dates.end or mention.dates.start) == event["dates"].end:
                c.fact(key, "endDate", event["dates"].end.isoformat(), mention.sentence, conf, "event-date",
                       literal=True, datatype="date")
            for participant in mention.participants:
                c.fact(key, "participant", participant, mention.sentence, CONFIDENCE["pattern"], "event-participant")
        kinds = event["kinds"] - {event["kind"]}
        for other in sorted(kinds):
            c.attribute(key, "alsoKind", other)
        if any(m.one_of_several for m in event["mentions"]):
            c.attribute(key, "oneOfSeveral", "true")  # kept apart from its sister meetings (kg.resolve)


# "Before that,", "After this,": a cue whose object is what the sentence before told
_ANAPHORIC_CUE_END = re.compile(r"\s*(?:that|then|this)\s*[,.;]", re.IGNORECASE)


def _event_told_before(state, span: Span) -> str | None:
    earlier = [m for m in state.event_mentions if m.sentence.end <= span.start and m.event]
    return max(earlier, key=lambda m: m.trigger_span.start).event if earlier else None


def _by_event_word(mentions: list[EventMention]) -> list[tuple[str, ...]]:
    """The events of mentions in order, those told by one event word together ("rounds in Geneva and London": a
    round in each, both before or after what a cue sets them against)."""
    out: list[tuple[str, ...]] = []
    spans: list[Span] = []
    for m in mentions:
        if spans and spans[-1] == m.trigger_span:
            out[-1] += (m.event,)
        else:
            out.append((m.event,))
            spans.append(m.trigger_span)
    return out


def _held_during(state, key1, key2) -> bool:
    """Whether one of two events is held while the other goes on ("a meeting on the sidelines of the summit"):
    then neither precedes the other, whatever the sentence's cue ("after a meeting on the sidelines of ...")."""
    info1, info2 = state.event_info.get(key1), state.event_info.get(key2)
    if info1 is None or info2 is None:
        return False
    return any(h is info1 for h in info2["during"]) or any(h is info2 for h in info1["during"])


# dependencies that open a clause of its own: a cue in one of them orders none of the events of another
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "parataxis", "relcl", "acl", "csubj"})


def _clause_head(token):
    while token.head.i != token.i and not (
            token.dep_ in _CLAUSE_DEPS
            or token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)):
        token = token.head
    return token


def _making_way(state, mentions, group) -> bool:
    """The group's event word is the subject of a verb of going on ("the talks made headway", "negotiations gained
    momentum", "the talks stalled"): an event in progress, not one held once."""
    for mention in mentions:
        token = state.trigger_token_of.get(id(mention))
        if mention.event not in group or token is None or token.pos_ != "NOUN":
            continue
        token = _partitive_anchor(token)  # "the current round of trade talks made headway"
        if token.dep_ != "nsubj":
            continue
        verb = token.head
        if verb.lemma_.lower() in EVENT_PROGRESS_VERBS or any(
                c.dep_ in ("dobj", "attr") and c.lemma_.lower() in EVENT_PROGRESS_NOUNS for c in verb.children):
            return True
    return False


def _governed_by_cue(state, mentions, groups, cue: int, cue_text: str) -> list[tuple[str, ...]]:
    """The groups (`_by_event_word`) of events a cue's own clause tells, the cue set against another event: "Ministers
    met on Monday after the summit", "talks in Accra ahead of the summit", "the talks, held after the summit"; not
    "Ministers met on Monday, and following the summit, they issued a statement" nor "the talks ended on Tuesday, the
    ministry said after the summit". With no parse to read, all of them."""
    tokens = {m.event: state.trigger_token_of.get(id(m)) for m in mentions}
    span, root = _cue_tokens(state, mentions, cue, cue_text)
    if root is None:
        return groups
    if root.dep_ == "mark":
        anchor = root.head.head  # "met on Monday before the summit opened": the clause "before" is set in
    elif root.pos_ in ("VERB", "AUX"):
        # "the talks paved the way for the summit"; "talks were held in Accra, followed by a summit": the clause the
        # cue's own clause hangs on
        anchor = root.head if root.dep_ in ("advcl", "acl", "conj", "xcomp") else root
    else:
        anchor = root.head  # "met after the summit", "talks ahead of the summit"
    doc, sent = root.doc, root.sent
    before = next((doc[i] for i in range(span.start - 1, sent.start - 1, -1) if not doc[i].is_punct), None)
    if before is None or before.lower_ in ("and", "but"):
        # "..., and following the summit in Vienna, they issued a statement": a cue opening a clause belongs to the
        # clause after its comma, however the parser hangs it
        comma = next((i for i in range(span.end, sent.end) if doc[i].text == ","), None)
        subject = next((doc[i] for i in range(comma + 1, sent.end) if doc[i].dep_ in ("nsubj", "nsubjpass")
                        and doc[i].head.i > comma), None) if comma is not None else None
        if subject is not None:
            anchor = subject.head
    clause = _clause_head(anchor)

    def governed(token) -> bool:
        if token is None:
            return True
        return _clause_head(token) == clause or clause.head.i == token.i and clause.dep_ in ("acl", "relcl")
    return [group for group in groups if all(governed(tokens.get(e)) for e in group)]


def _cue_tokens(state, mentions, cue: int, cue_text: str):
    """The tokens of a cue found in a sentence's text, and the first of them the rest hang on; (None, None) with no
    parse to read."""
    some = next(((m, t) for m in mentions if (t := state.trigger_token_of.get(id(m))) is not None), None)
    if some is None:
        return None, None
    offset = some[0].trigger_span.start - some[1].idx
    span = some[1].doc.char_span(cue - offset, cue - offset + len(cue_text), alignment_mode="expand")
    if span is None:
        return None, None
    roots = [t for t in span if not t.is_punct and (t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i)]
    return (span, roots[0]) if roots else (None, None)


def _under_cue_phrase(state, mentions, group, cue: int, cue_text: str) -> bool:
    """The events of a group are told inside the cue's own phrase ("ahead of the summit", "before talks open"), not in
    the clause the cue hangs on ("Before his departure, A met B": what comes before is no event). With no parse to
    read, true."""
    tokens = [t for m in mentions if m.event in group and (t := state.trigger_token_of.get(id(m))) is not None]
    span, root = _cue_tokens(state, mentions, cue, cue_text)
    if not tokens or root is None:
        return True
    # "before the talks open": "before" marks the clause of the event; "ahead of the summit": the event under it
    under = set(root.head.subtree) if root.dep_ == "mark" else {w for t in span for w in t.subtree}
    return all(t in under for t in tokens)


def read_precedes(state, sentences) -> None:
    """Event order from cue phrases in one sentence, and from dates across the article."""
    main = main_event(state)
    by_sentence: dict[Span, list[EventMention]] = {}
    for mention in state.event_mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for span, text in sentences:
        mentions = by_sentence.get(span)
        if not mentions:
            continue  # a cue orders only events the sentence mentions
        for match, direction in cue_matches(text):
            cue = span.start + match.start()
            before = _by_event_word([m for m in mentions if m.trigger_span.start < cue])
            after = _by_event_word([m for m in mentions if m.trigger_span.start > cue + len(match.group(0)) - 1])
            if not after:
                continue
            told = _event_told_before(state, span) if not before and _ANAPHORIC_CUE_END.match(
                text, match.end()) else None
            if told is not None and direction in ("forward", "reverse"):
                # "Before that, ministers meet in X": they meet before what the sentence before told
                earlier, later = ([after[0]], [(told,)]) if direction == "forward" else ([(told,)], [after[0]])
                confidence = CONFIDENCE["pattern"]
            elif direction == "forward":
                if before and not (before := _governed_by_cue(state, mentions, before, cue, match.group(0))):
                    continue  # "A met in X, and ahead of the summit, they said ...": the cue is another clause's
                if not before and not _under_cue_phrase(state, mentions, after[0], cue, match.group(0)):
                    continue  # "Before his departure, A held a meeting with B": before no event told
                earlier, later = (before[-1:] or ([(main,)] if main else [])), after[:1]
                confidence = CONFIDENCE["pattern"] if before else CONFIDENCE["default"]
            elif before and (before := _governed_by_cue(state, mentions, before, cue, match.group(0))):
                # not "The talks ended on Tuesday, the ministry said after the summit": the cue is the saying's
                if _making_way(state, mentions, before[-1]):
                    continue  # "the talks made headway after meetings in Delhi": those meetings are the talks'
                earlier, later = after[:1], before[-1:]
                confidence = CONFIDENCE["pattern"]
            elif direction == "reverse-main" and main and not any(m.trigger_span.start < cue for m in mentions):
                earlier, later = after[:1], [(main,)]
                confidence = CONFIDENCE["default"]
            elif len(after) > 1:
                # "After the meeting in Doha, the ministers flew to Riyadh for talks."; not "Following the
                # summit, officials said the talks had gone well": the talks are the saying's, not the cue's
                if not (rest := _governed_by_cue(state, mentions, after[1:], cue, match.group(0))):
                    continue
                earlier, later = after[:1], rest[:1]
                confidence = CONFIDENCE["pattern"]
            else:
                continue
            for e1 in [e for group in earlier for e in group]:
                for e2 in [e for group in later for e in group]:
                    if e1 and e2 and e1 != e2 and not _held_during(state, e1, e2):
                        state.collector.fact(e1, "precedes", e2, span, confidence, f"precedes-cue-{direction}")
    # numbered rounds: each comes after the one numbered just before it
    numbered = sorted((info["ordinal"], key, info) for key, info in state.event_info.items() if info["ordinal"])
    for (n1, key1, _), (n2, key2, info2) in zip(numbered, numbered[1:]):
        if n1 < n2:
            sentence = next(m.sentence for m in info2["mentions"] if m.ordinal == n2)
            state.collector.fact(key1, "precedes", key2, sentence, CONFIDENCE["pattern"], "precedes-ordinal")
    # by dates, and by the month or week of events told without a day ("in September", "next week")
    dated = sorted((span.start, key, info, span) for key, info in state.event_info.items()
                   if (span := info["dates"] or info.get("period")))
    for i, (start1, key1, info1, span1) in enumerate(dated):
        for start2, key2, info2, span2 in dated[i + 1:]:
            end1 = span1.end or start1
            if (not info1["dates"] or not info2["dates"]) and not _one_series(state, info1, info2):
                continue  # a month or a week orders only the rounds of one negotiation, not unrelated news
            if _held_during(state, key1, key2):
                continue  # a meeting on a summit's sidelines is held during the summit, not after its first day
            if end1 < start2:
                sentence = info2["mentions"][0].sentence
                state.collector.fact(key1, "precedes", key2, sentence, CONFIDENCE["date_order"], "precedes-dates")
