"""Measures: tariffs, export controls, sanctions; who imposes them, on whom, on what, and their status.

"China outlined tighter export controls on rare earths" -> China imposes an
export control (announced) that applies to rare earths. "Washington proposed
levies on Chinese ships" -> proposed, so kg:proposes, not kg:imposes.
"""
from __future__ import annotations

import datetime as dt
import re
from operator import attrgetter

from ..dates import NUMBER_WORDS, resolve_date, resolve_month, resolve_week
from ..model import COUNTRY, EXPORT_CONTROL, GOODS, MEASURE, ORGANIZATION, PERSON, SANCTION, TARIFF, VESSEL
from ..names import normalize_name
from ..tables import (APPEAL_VERBS, CONFIDENCE, DUTY_EXCLUDED_MODIFIERS, EXPORT_CONTROL_CUES, IMPOSED_STATUSES, LICENCE_NOUNS,
                      LICENCE_VERBS, LISTED_NOUN_KINDS, RATE_NOUNS, RATE_VERBS, GROUP_BACK_REFERENCES, GROUP_MEMBER_CUES,
                      PERSON_GROUP_NOUNS, LISTED_NOUNS, REPORTING_VERBS, SANCTION_BAN_MODIFIERS,
                      SHIPPING_VERBS,
                      LISTING_REACH, LISTING_VERBS, MEASURE_ANNOUNCEMENT_NOUNS, MEASURE_BREACH_WORDS, MEASURE_GRANT_MODIFIERS, MEASURE_KIND_MODIFIERS,
                      MEASURE_STATUS_ADJECTIVES,
                      MEASURE_STATUS_NOUNS, MEASURE_STATUS_VERBS, MEASURE_TRIGGERS, MEASURE_VERB_TRIGGERS,
                      BARRED_ACTIONS, STATE_ONLY_MEASURE_VERBS,
                      STATUS_CONFIDENCE, TITLE_HEAD_WORDS)
from ..tables import GOODS_FROM_VERBS
from ..tables import GENERIC_GOODS_NOUNS, MEASURE_CONTINUING_NOUNS, MEASURE_EASING_NOUNS, MEASURE_EASING_VERBS, MEASURE_REDUCING_VERBS, RATE_CHANGE_VERBS
from ..tables import MEASURE_DISCUSSION_VERBS, MEASURE_INSTRUMENT_NOUNS, MEASURE_NEW_WORDS
from ..tables import MEASURE_BASE_PHRASES, STOCK_LIMIT_LEMMAS, STOCK_LIMIT_MODIFIERS, MEASURE_CARRY_OUT_OBJECT_PHRASES, PREPOSITION_NOUNS, GOODS_ORIGIN_VERBS, MADE_IN_VERBS, MEASURE_OPPOSING_VERBS, MEASURE_ASKING_NOUNS, MEASURE_ASKING_VERBS, MEASURE_LIFTING_NOUNS, MEASURE_RETURN_NOUNS
from ..tables import MEASURE_TIMETABLE_WORDS
from ..tables import MEASURE_CHANGE_VERBS, MEASURE_HEDGE_WORDS, MEASURE_INTENT_NOUNS, MEASURE_REFUSAL_PREPS
from ..tables import MEASURE_IN_FORCE_NOUNS, MEASURE_MODIFIED_NON_MEASURES, MEASURE_STARTING_VERBS, MEASURE_STATUS_PRECEDENCE
from ..tables import MEASURE_ABILITY_NOUNS, MEASURE_ABILITY_USE_VERBS, MEASURE_READINESS_WORDS, MEASURE_HEAD_STATUS_NOUNS
from ..tables import MEASURE_OPEN_DOOR_NOUNS, MEASURE_TABLE_NOUNS, MEASURE_TABLE_PREPOSITIONS, MEASURE_PREPARING_PHRASES
from ..tables import MEASURE_ARRIVAL_VERBS, MEASURE_IMPENDING_VERBS, MEASURE_PROSPECT_NOUNS, MEASURE_ABSENCE_WORDS
from ..tables import MEASURE_DESIRE_PHRASES, MEASURE_DESIRE_VERBS, MEASURE_ENABLING_VERBS, MEASURE_WISH_VERBS
from ..tables import FIRM_PART_NOUNS, MEASURED_FIRM_NOUNS, LIST_ADDING_VERBS, LIST_REMOVING_VERBS, MEASURE_LISTS
from ..tables import MEASURE_BEARER_ADJECTIVES, MEASURE_HALT_NOUNS, MEASURE_SUM_WORDS
from ..tables import MEASURE_BACK_NOUNS, GENERIC_GOODS_OWNERS, MEASURE_PREPARATION_NOUNS, MEASURE_SCHEDULE_WORDS, MEASURE_START_VERBS
from ..tables import MEASURE_AGAINST_PREFIXES, MEASURE_DUE_NOUNS, MEASURE_PART_ADVERBS, MEASURE_PART_WORDS
from ..tables import MEASURE_CARRY_OUT_PHRASES, MEASURE_HOLD_NOUNS, MEASURE_HOLD_VERBS, MEASURE_RETREAT_PHRASES
from ..tables import MEASURE_PARTNER_NOUNS, MEASURE_TIME_MODIFIERS, MEASURE_TEXT_NOUNS, MEASURE_REJECTING_VERBS
from ..tables import MEASURE_ACTIVITY_NOUNS, MEASURE_FREEZE_NOUNS, MEASURE_REJECTING_PHRASES
from ..tables import MEASURE_CHALLENGE_PREP_VERBS, MEASURE_CHALLENGE_VERBS, MEASURE_RESTORING_VERBS, MEASURE_TAKEN_VERBS
from ..tables import MEASURE_COMMIT_VERBS, MEASURE_CONDITION_NOUNS, MEASURE_DONE_NOUNS, MEASURE_DELAY_VERBS, MEASURE_RELIEF_NOUNS
from ..tables import MEASURE_AVERTING_PHRASES, MEASURE_AVERTING_VERBS, MEASURE_EXPIRY_VERBS, MEASURE_LIFTING_PHRASES
from ..tables import CLAUSE_OBJECT_VERBS, COURT_NOUNS, MISPARSED_PREDICATE_VERBS, MEASURE_ONLY_LIFTING_VERBS
from ..tables import MEASURE_COURT_HALT_NOUNS, MEASURE_COURT_VERBS, MEASURE_ENDED_ADJECTIVES, MEASURE_VETO_VERBS
from ..tables import MEASURE_PAUSE_VERBS, MEASURE_RAISE_ADJECTIVES
from .syntax import RELATIVE_PRONOUNS, unlikely_above, with_conjuncts, with_listed

_OLD_RATE = re.compile(r"^(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:%|per ?cent|percent|pct)\s+", re.IGNORECASE)
_NEW_RATE = re.compile(r"\bto\s+(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)", re.IGNORECASE)
_RATE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)
AGREEMENT_VERBS = frozenset({"agree", "discuss", "negotiate", "talk", "debate"})
# Nouns of talking about a measure: who negotiates a deal on a tariff is not who imposed it.
_DISCUSSION_NOUNS = frozenset({"deal", "agreement", "talk", "negotiation", "dispute", "row", "discussion", "accord",
                               "pact", "truce", "war", "spat", "standoff", "conflict", "settlement", "compromise"})
# Nouns for parties, never goods: "duties on importers", "sanctions on buyers".
# Nor countries and their like: "quotas on other countries such as Chile", "tariffs on its trading partners".
_PARTY_NOUNS = MEASURED_FIRM_NOUNS | MEASURE_PARTNER_NOUNS | frozenset(
    {"people", "person", "individual", "official", "customer", "vessel", "country", "nation", "economy", "government",
     "jurisdiction"})
_REACTION_NOUNS = frozenset({"response", "retaliation", "reply", "answer", "reaction", "riposte"})
# "a range of U.S. imports", "23 types of chipmaking equipment": the goods are what the quantity noun is of
_QUANTITY_NOUNS = frozenset({"range", "number", "host", "variety", "list", "series", "basket", "array", "raft", "slew",
                             "set", "batch", "group", "type", "kind", "sort", "category", "class",
                             # "$3 billion worth of US goods", "the value of imports": what they are of
                             "worth", "value",
                             # "tariffs on the same amount of Chinese goods": how much, of what
                             "amount", "quantity", "volume", "share", "portion", "bulk",
                             # "tariffs on 150 tariff lines of products": the lines sort the goods they are of
                             "line"})
_REACTION_VERBS = frozenset({"respond", "retaliate", "react", "reply", "object", "protest", "answer"})
_RATE_WORDS = frozenset({"per", "cent", "percent", "%", "rate", "pct", "digit", "digits"})  # "triple-digit duties"
_MODALS = frozenset({"could", "would", "may", "might"})
_GOODS_STOP = frozenset({"the", "a", "an", "other", "some", "its", "their", "all", "any", "new", "more", "certain",
                         "several", "various", "many", "most", "such", "own"})  # "curbs of its own": no goods
_TRADE_FLOW_WORDS = frozenset({"export", "exports", "import", "imports", "shipments", "sales", "purchases"})
_INCLUDING = frozenset({"including"})
_CONCESSIVE_PREPS = frozenset({"despite", "notwithstanding"})
_CONCESSIVE_HEADS = frozenset({"spite", "defiance", "regardless", "irrespective"})  # "... of sanctions"
_COUNTERFACTUAL_MODALS = frozenset({"would", "could", "should"})  # "... have imposed": not done
_WHICHEVER = frozenset({"any", "whatever", "whichever"})  # a measure under these is only a possible one
_WARNED_OF = frozenset({"about", "of"})  # "warned traders about its tariffs": told of, not threatened
_TIME_MARKS = frozenset({"after", "once", "when", "before", "until", "as"})
_LISTING_LEMMAS = frozenset(LISTING_VERBS) | {"be"}  # what _read_listing reads a list after
_MEASURE_LEMMAS = frozenset(MEASURE_VERB_TRIGGERS) | frozenset(MEASURE_TRIGGERS)  # no measure without one


def read_measures(state, ctx, sent) -> None:
    sentence_span = ctx.span(sent.start_char, sent.end_char)
    measure_words = ctx.indices_with(sent, lemmas=_MEASURE_LEMMAS)  # (found once: the readers below share them)
    if not measure_words:
        _given_up_next(state, ctx, sent)
    lifted = _lifted_next(state, ctx, sent)
    if lifted is None:
        lifted = _in_force_next(state, ctx, sent)
    doc = ctx.doc
    for token in [doc[i] for i in measure_words]:
        if token.i == lifted:
            continue  # "The tariffs were lifted in May.": the measure told just before, read there
        if token.pos_ == "VERB" and token.lemma_.lower() in MEASURE_VERB_TRIGGERS:
            _verbal_measure(state, ctx, token, sentence_span)
            continue
        lemma = token.lemma_.lower()
        if token.pos_ not in ("NOUN", "PROPN") or lemma not in MEASURE_TRIGGERS or token.i in ctx.tok_entity:
            continue
        if token.dep_ == "compound" and token.head.lemma_.lower() in MEASURE_TRIGGERS:
            continue  # "export ban" is read once, at "ban"
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "tariff rate": the phrase is headed by "rate"
        if head.lower_ in _LIST_WORDS or head.lemma_.lower() in _LIST_WORDS and head.i != token.i \
                or _list_shared_head(head):
            # "its sanctions list", "export control lists": a list, read by _list_changes; "under either sanctions or
            # export control lists": the list word after the last conjunct is the first's head too
            continue
        if lemma in MEASURE_FREEZE_NOUNS and any(p.dep_ == "prep" and p.lower_ == "on" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in MEASURE_TRIGGERS for o in p.children) for p in head.children):
            continue  # "a freeze on new tariffs": a pause of measures, none itself
        if head.i != token.i and head.lemma_.lower() in MEASURE_RELIEF_NOUNS:
            continue  # "offered sanctions relief", "a tariff exemption": relief from a measure, not one
        if head.i != token.i and (head.lemma_.lower() in _DISCUSSION_NOUNS or head.lower_ in TITLE_HEAD_WORDS
                                  or head.lemma_.lower() in TITLE_HEAD_WORDS):
            # "the tariff truce", "tariff talks", "a sanctions deal": an accord or a dispute; "Japan's top tariff
            # negotiator", "the sanctions envoy": a person. No measure.
            continue
        if _absent(token) or any(_absent(w) for c in token.lefts for w in c.subtree):
            # "duty-free access", "tea duty free entry", "tariff-free quotas": the measure is what is not there
            state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)), "measure told absent")
            continue
        if any(t.lemma_.lower() in MEASURE_MODIFIED_NON_MEASURES for t in token.doc[token.i + 1:head.i + 1]):
            # "the sanctions committee", "an export control dialogue mechanism meeting", "tariff revenue", "an export
            # control cooperation memorandum" (any noun up to the head): the measure word tells what the noun is about
            state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)), "measure word as a modifier")
            continue
        left_words = {t.lower_ for c in token.lefts for t in c.subtree} | {t.lower_ for c in head.lefts for t in c.subtree}
        if (left_words | {t.lower_ for t in token.doc[token.i + 1:head.i + 1]}) & MEASURE_GRANT_MODIFIERS:
            # "under duty concession quotas", "preferential tariffs on rice": a favour granted, no measure
            state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)), "measure granted")
            continue
        if lemma == "duty" and left_words & DUTY_EXCLUDED_MODIFIERS:
            continue
        if lemma in STOCK_LIMIT_LEMMAS and left_words & STOCK_LIMIT_MODIFIERS and not left_words & EXPORT_CONTROL_CUES:
            continue  # "stock limits on wheat traders": how much traders may hold at home, no trade measure
        kind = MEASURE_TRIGGERS[lemma]
        if kind == MEASURE and lemma == "ban" and left_words & SANCTION_BAN_MODIFIERS:
            kind = SANCTION  # a travel or entry ban is aimed at people: a sanction
        targets_, goods, makers = _targets_and_goods(state, ctx, token, head)
        if kind == SANCTION:
            goods = []  # "sanctions on six officials and two companies": whom, not what
            targets_ += [k for k in makers if k not in targets_]  # "sanctions on Rosneft's tankers"
            targets_ += [k for k in _people_on(state, ctx, head) + _group_named_before(state, ctx, head)
                         if k not in targets_]
        goods_words = {w for g in goods for w in g.lower().replace("-", " ").split()}
        # "a ban on cashew exports", "curbs on exports of copper": what the measure is on tells its kind as a
        # modifier would ("an export ban on cashews"), though the flow word names no goods; also when told on the
        # participle after it ("a ban imposed in March on exports of cashews")
        # (or on the verb it is the object of, where the parser hangs "on": "imposed curbs on exports of copper")
        verb_ons = [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > head.i] \
            if head.dep_ == "dobj" and head.head.pos_ == "VERB" else []
        on_words = {o.lower_ for n in [head] + [a for a in head.children if a.dep_ == "acl"] for c in n.children
                    if c.dep_ == "prep" and c.lower_ in ("on", "against")
                    for p in c.children if p.dep_ == "pobj" for o in with_conjuncts(p)}
        on_words |= {o.lower_ for c in verb_ons for p in c.children if p.dep_ == "pobj" for o in with_conjuncts(p)}
        if kind == MEASURE and (left_words | goods_words | on_words | {token.lower_}) & EXPORT_CONTROL_CUES:
            kind = EXPORT_CONTROL
        elif lemma == "control" and token.tag_ == "NN":
            # "areas under Russian control", "assets under U.S. control", "took control of the port": power over
            # something, not a measure (a measure of control is "controls", or says exports: "export control")
            state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)), "control as power")
            continue
        imposer, imposer_rule = _imposer(state, ctx, token, head)
        if kind == SANCTION and imposer_rule == "imposer-subject" and _lifting_verb(head) is not None \
                and (_on_its_own(head) or _sanctioned_before(state, imposer) and not _others_named_on(head)) \
                and all(state.acting_country(t) == state.acting_country(imposer) for t in targets_):
            # "Russia would like to lift sanctions against its food sector", "Iran wants to lift the sanctions" (Iran
            # told as their target; not "Russia lifted its sanctions on Turkey"): who wants sanctions on itself lifted
            # is their target, not who imposed them
            targets_ += [imposer] if imposer not in targets_ else []
            imposer, imposer_rule = None, ""
        told = _told_status(ctx, token, head)
        status = _later_start(state, told or "in_force", [token, head] + (
            [head.head] if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") else []))
        effect = _effect_verb(head)
        if effect is not None:
            status = _effect_status(state, status, effect)
        told = told is not None or effect is not None or status != "in_force"
        if told and status == "in_force" and _told_as_history(token, head) and any(
                m["kind"] == kind and m["status"] == "lifted" and (imposer is None or m["imposer"] in (imposer, None))
                and (not m["goods"] or sorted(map(normalize_name, m["goods"])) == sorted(map(normalize_name, goods)))
                and (not targets_ or not m["targets"] or sorted(m["targets"]) == sorted(targets_))
                for m in state.measure_mentions):
            # "India has lifted a ban on rice exports. The ban on rice exports was imposed in 2008 to ...": how the
            # measure lifted came about, not a second one in force (one lifted with no goods told may be it too:
            # "has lifted a ban imposed in May on exports of rice. The ban on rice exports was imposed to ...")
            status, told = "lifted", False
        if imposer is None and not targets_ and not goods:
            state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)),
                                   f"{kind} with no imposer, target or goods")
            continue
        if not targets_ and not goods and any(c.dep_ == "amod" and c.lower_ in MEASURE_SUM_WORDS
                                              for c in list(token.children) + list(head.children)):
            # "taking the total levy to 35%": the sum of the rates told, no measure of its own
            state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)), f"{kind} a sum of rates")
            continue
        if status == "denied":
            state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)), f"{kind} denied")
            continue
        if any(c.dep_ == "det" and c.lower_ in _WHICHEVER for c in list(token.children) + list(head.children)):
            # "would match any US tariffs", "said it would drop any tariffs on X": whichever may come or be there,
            # no measure known to be taken, planned or lifted by anyone
            state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)), f"{kind} hypothetical")
            continue
        rate, phrase = _rate(ctx, token, sent, head), _phrase(ctx, head)
        if _rate_changer(head) is not None:
            phrase = _OLD_RATE.sub("", phrase)  # "cut its 150% tariff on cars to 75%": 150% is its rate no more
        for one in [imposer] + _co_imposers(state, ctx, imposer, sent):
            state.measure_mentions.append({
                "kind": kind, "imposer": one, "imposer_rule": imposer_rule, "status": status,
                "targets": targets_, "goods": goods, "sentence": sentence_span,
                "span": ctx.span(token.idx, token.idx + len(token.text)), "phrase": phrase, "rate": rate, "told": told,
            })
    _licence_requirements(state, ctx, sent, sentence_span)
    _list_changes(state, ctx, sent, sentence_span)
    _read_listing(state, ctx, sent, sentence_span)  # after this sentence's own measures: it may list for them
    _read_rates(state, ctx, sent, sentence_span)
    _record_groups(state, ctx, sent)



def _on_the_table(verb, measure) -> str | None:
    """The status "on the table" or "off the table" tells of the measure a verb has as subject or object ("sanctions
    remain on the table", "put tariffs on X on the table"), from MEASURE_TABLE_PREPOSITIONS; else None. The phrase
    may hang on the verb or on the goods after the measure."""
    if measure is None:
        return None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [k for p in preps + [c for c in measure.children if c.dep_ == "prep"] if p.lower_ == "on"
              for o in p.children if o.dep_ == "pobj" for k in o.children if k.dep_ == "prep"]
    return next((MEASURE_TABLE_PREPOSITIONS[p.lower_] for p in preps if p.lower_ in MEASURE_TABLE_PREPOSITIONS
                 and any(o.dep_ == "pobj" and o.lemma_.lower() in MEASURE_TABLE_NOUNS and any(
                     d.lower_ == "the" for d in o.children) for o in p.children)), None)


def _absent(token) -> bool:
    """A measure word followed by a word of its absence: "duty-free", "tariff free", "sanctions-exempt"."""
    if token.lemma_.lower() not in MEASURE_TRIGGERS:
        return False
    after = [t.lower_ for t in token.doc[token.i + 1:token.i + 3]]
    return after[:1] and after[0] in MEASURE_ABSENCE_WORDS or after[:1] == ["-"] and after[1:] \
        and after[1] in MEASURE_ABSENCE_WORDS


def _compound_heads(token) -> list:
    """The nouns a measure word is a compound modifier of, nearest first ("export control dialogue mechanism
    meeting": dialogue, mechanism, meeting)."""
    heads = []
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
        heads.append(token)
    return heads


_GROUP_CUE_STARTS = frozenset(cue[0] for cue in GROUP_MEMBER_CUES)  # (a cue can start only at one of these)


def _record_groups(state, ctx, sent) -> None:
    """ "to sanction four officials, among them A and B": a group of people with members named, for a later
    "all four officials" to point back to."""
    words = ctx.lowers[sent.start:sent.end]
    for noun in (sent.doc[i] for i in range(sent.start, sent.end)
                 if ctx.lowers[i] in PERSON_GROUP_NOUNS and sent.doc[i].tag_ == "NNS"):
        count = next((_count(c) for c in noun.children if c.dep_ == "nummod"), None)
        members = [k for a in noun.children if a.dep_ == "appos" for t in with_listed(a)
                   if (k := state.agent_key(t, ctx, allow_people=True)) and state.kind(k) == PERSON]
        for i in range(noun.i + 1, sent.end):
            if words[i - sent.start] in _GROUP_CUE_STARTS and any(
                    tuple(words[i - sent.start:i - sent.start + len(cue)]) == cue for cue in GROUP_MEMBER_CUES):
                cue = next(c for c in GROUP_MEMBER_CUES
                           if tuple(words[i - sent.start:i - sent.start + len(c)]) == c)
                members += [k for k in _named_parties(state, ctx, _list_after(sent, sent.doc[i + len(cue) - 1]))
                            if state.kind(k) == PERSON]
                break
            if ctx.lowers[i] in PERSON_GROUP_NOUNS or ctx.lowers[i] in (";", "."):  # (marks: text as lower-cased)
                break  # another group, or the end of this one's sentence
        members = list(dict.fromkeys(members))
        if members and (count is None or len(members) <= count):
            state.person_groups.append((noun.lower_, count, members, noun.idx + ctx.offset))


def _count(token) -> int | None:
    return int(token.text) if token.text.isdigit() else NUMBER_WORDS.get(token.lower_)


def _group_named_before(state, ctx, head) -> list[str]:
    """ "entry bans on all four officials": the people named in the group of that noun and count told before."""
    nodes = [head] + ([head.head] if head.dep_ == "dobj" and head.head.pos_ == "VERB" else [])
    for noun in (p for node in nodes for prep in node.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
                 for p in prep.children if p.dep_ == "pobj" and p.lower_ in PERSON_GROUP_NOUNS):
        if not any(c.lower_ in GROUP_BACK_REFERENCES for c in noun.lefts):
            continue  # "bans on four officials" names a group of its own
        count = next((_count(c) for c in noun.children if c.dep_ == "nummod"), None)
        here = noun.idx + ctx.offset
        for lemma, n, members, position in reversed(state.person_groups):
            if lemma == noun.lower_ and position < here and (count is None or n == count):
                return members
    return []


def _read_rates(state, ctx, sent, sentence_span) -> None:
    """ "The ministry said rebar and wire rod from Turkey would face the top rate of 35%, and sheet from Egypt
    would pay 24%": goods told with a rate (no measure word) join the tariff told last nearby."""
    tariffs = [m for m in state.measure_mentions if m["kind"] == TARIFF
               and 0 <= sentence_span.start - m["sentence"].start <= LISTING_REACH]
    if not tariffs:
        return
    latest = tariffs[-1]
    for verb in (sent.doc[i] for i in range(sent.start, sent.end) if ctx.lemmas[i] in RATE_VERBS
                 and sent.doc[i].pos_ in ("VERB", "AUX")):
        rates = [o for c in verb.children if c.dep_ == "dobj" for o in with_conjuncts(c)]
        if not any(o.ent_type_ == "PERCENT" or o.lemma_.lower() in RATE_NOUNS for o in rates):
            continue  # "would face a duty of 35%" is read at "duty" (`_targets_and_goods`)
        _rated_goods(state, ctx, verb, latest["targets"], latest["goods"], known_origins_only=True)


def _origins(state, ctx, subject) -> list[str]:
    """The countries goods come from: "rebar from Turkey", "Turkish rebar and wire rod"."""
    out = []
    for item in with_conjuncts(subject):
        tokens = [w for c in item.lefts for w in c.subtree] + [
            o for c in item.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj" for o in with_conjuncts(p)]
        for w in tokens:
            key = state.agent_key(w, ctx, allow_people=False) if ctx.tok_entity.get(w.i) or w.dep_ == "pobj" \
                or w.ent_type_ == "NORP" else None
            if key and state.kind(key) == COUNTRY and key not in out:
                out.append(key)
    return out


def _rated_goods(state, ctx, verb, targets_, goods, known_origins_only=False) -> None:
    """The goods a rate verb's subject names, one label each ("corrugated rebar and wire rod" parsed as one noun
    with "rebar" a modifier: two goods), and the countries they come from as targets."""
    for subject in (s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")):
        origins = _origins(state, ctx, subject)
        if known_origins_only and (not origins or any(o not in targets_ for o in origins)):
            continue  # goods from elsewhere than whom the tariff told before hits: maybe another measure
        for item in with_conjuncts(subject):
            words = sorted([item] + [w for c in item.lefts if c.dep_ in ("compound", "amod", "nmod") for w in c.subtree],
                           key=lambda w: w.i)
            cut = next((w.i for w in words if w.dep_ == "cc"), None)
            parts = [words] if cut is None else [[w for w in words if w.i < cut], [w for w in words if w.i > cut]]
            for part in parts:
                kept = []
                for w in part:
                    if w.dep_ == "amod" and w.pos_ == "VERB":
                        continue  # "corrugated rebar": a participle the label can do without
                    key = state.agent_key(w, ctx, allow_people=False) \
                        if ctx.tok_entity.get(w.i) or w.ent_type_ == "NORP" else None
                    if key and state.kind(key) == COUNTRY:  # "Turkish rebar": whose goods, not what
                        # "Chinese refiners would face curbs": the firms, not their country
                        if key not in targets_ and item.lemma_.lower() not in MEASURED_FIRM_NOUNS:
                            targets_.append(key)
                    else:
                        kept.append(w)
                label = _goods_label(kept)
                if normalize_name(label) in GENERIC_GOODS_NOUNS:
                    # "Mexican goods will face a levy": whose goods, never a bare "goods" node
                    label = _goods_label(part) if len(part) > 1 else ""
                if label and item.lemma_.lower() not in _PARTY_NOUNS and label not in goods:
                    goods.append(label)
            for origin in (o for c in item.children if c.dep_ == "prep" and c.lower_ == "from"
                           for p in c.children if p.dep_ == "pobj" for o in with_conjuncts(p)):
                key = state.agent_key(origin, ctx, allow_people=False)
                if key and state.kind(key) == COUNTRY and key not in targets_:
                    targets_.append(key)


def _people_on(state, ctx, head) -> list[str]:
    """ "entry bans on A and B", "imposed sanctions on A": people named after "on" are whom a sanction is aimed
    at (a tariff "on" a person is no reading `_read_target_or_goods` risks)."""
    nodes = [head] + ([head.head] if head.dep_ == "dobj" and head.head.pos_ == "VERB" else [])
    return [k for node in nodes for prep in node.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
            for pobj in prep.children if pobj.dep_ == "pobj" for t in with_listed(pobj)
            if (k := state.agent_key(t, ctx, allow_people=True)) and state.kind(k) == PERSON]


def _co_imposers(state, ctx, imposer, sent) -> list[str]:
    """ "Estonia, Latvia and Lithuania imposed entry bans": every subject coordinated with the imposer imposes."""
    if imposer is None:
        return []
    out = []
    for i in (i for i, key in ctx.tok_entity.items() if key == imposer and sent.start <= i < sent.end):
        token = ctx.doc[i]
        while token.dep_ == "compound" and token.head.i != token.i:
            token = token.head
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "U.S. and Vietnamese negotiators": a modifier, not the one who imposes
        for t in with_conjuncts(token)[1:]:
            key = state.agent_key(t, ctx, allow_people=False)
            if key and key != imposer and key not in out and state.kind(key) == state.kind(imposer):
                out.append(key)
    return out


def _licence_requirements(state, ctx, sent, sentence_span) -> None:
    """ "Exporters will need licences to ship X and Y to China", "it would require licences for exports
    of X to Japanese end users": a licence requirement on exports is an export control."""
    for noun in ctx.tokens_with(sent, words=LICENCE_NOUNS):
        if noun.pos_ != "NOUN":
            continue
        verb = noun.head
        if verb.lemma_.lower() not in LICENCE_VERBS or noun.dep_ != "dobj":
            continue
        goods, targets_ = [], []
        shipping = [c for c in list(verb.children) + list(noun.children)
                    if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() in SHIPPING_VERBS]
        # where the goods go: "to X" anywhere in the shipping clause or the export phrase (the parser hangs it on
        # the last of the goods as often as on the verb), or on the licence or its verb ("require licences ... to X")
        destinations = [c for c in list(noun.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ == "to"]
        for ship in shipping:
            for obj in (c for c in ship.children if c.dep_ == "dobj"):
                for t in with_conjuncts(obj):
                    _read_target_or_goods(state, ctx, t, "of", targets_, goods)
            destinations += [t for t in ship.subtree if t.dep_ == "prep" and t.lower_ == "to"]
        for prep in (c for c in list(noun.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ == "for"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.lower_ in ("exports", "export", "shipments", "sales"):
                    for t in with_conjuncts(pobj):
                        _read_target_or_goods(state, ctx, t, "of", targets_, goods)
                    destinations += [t for t in pobj.subtree if t.dep_ == "prep" and t.lower_ == "to"]
        for prep in sorted(set(destinations), key=lambda t: t.i):
            _destinations(state, ctx, prep, targets_)
        if not goods:
            continue
        status = _status(ctx, noun, noun)
        if status == "denied":
            continue
        imposer, rule = _reporting_agent(state, ctx, verb)
        state.measure_mentions.append({
            "kind": EXPORT_CONTROL, "imposer": imposer, "imposer_rule": rule, "status": status,
            "targets": targets_, "goods": goods, "sentence": sentence_span,
            "span": ctx.span(noun.idx, noun.idx + len(noun.text)), "phrase": f"{noun.text} requirement", "rate": "",
        })


_LIST_WORDS = frozenset(name.split()[-1] for name in MEASURE_LISTS)
_NOT_DONE_AUX = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "to"})


def _list_shared_head(head) -> bool:
    """ "sanctions or export control lists", "tariff and sanctions lists": a measure word coordinated with a list (of
    a measure word's name) after it shares that list word as its own head: it names a list, not a measure."""
    if any(c.i > head.i and c.lemma_.lower() in _LIST_WORDS and any(
            w.dep_ == "compound" and w.lemma_.lower() in MEASURE_TRIGGERS for w in c.lefts)
            for c in with_conjuncts(head)[1:]):
        return True
    # "its sanction and export control lists", parsed with the pair modifying the list
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ in ("compound", "nmod") and first.head.lemma_.lower() in _LIST_WORDS


def _hedged(verb) -> bool:
    """A verb not told as done: with a modal, "will" or "to" ("would remove", "plans to add"), or negated."""
    return any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in _NOT_DONE_AUX) for c in verb.children)


def _list_changes(state, ctx, sent, sentence_span) -> None:
    """ "The Commerce Department added Huawei and ZTE to its entity list", "Sberbank was removed from the EU's
    sanctions list": whom a measure list (MEASURE_LISTS) names is the measure's target; adding starts it for
    them, removing lifts it. Only an act told as done: "plans to add", "would remove", "did not add" tell none."""
    for noun in ctx.tokens_with(sent, words=_LIST_WORDS):
        name = " ".join([t.lower_ for t in noun.lefts if t.dep_ == "compound"] + [noun.lower_])
        kind = MEASURE_LISTS.get(name)
        prep = noun.head
        if kind is None or noun.dep_ != "pobj" or prep.dep_ != "prep":
            continue
        verb = prep.head
        if prep.lower_ in ("to", "on") and verb.lemma_.lower() in LIST_ADDING_VERBS:
            status = "in_force"
        elif prep.lower_ == "from" and verb.lemma_.lower() in LIST_REMOVING_VERBS:
            status = "lifted"
        else:
            continue
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or verb.dep_ in ("xcomp", "acl") \
                or _hedged(verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        targets_: list[str] = []
        for listed in (c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")):
            for t in with_conjuncts(listed):
                key = ctx.tok_entity.get(t.i)
                key = state.collector.canonical(key) if key else None
                if key and state.kind(key) in (PERSON, ORGANIZATION, VESSEL) and key not in targets_:
                    targets_.append(key)
        if not targets_:
            continue
        if passive:  # "was added to the entity list by the Commerce Department"
            by = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            imposer = next((state.agent_key(t, ctx, allow_people=False) for t in by), None)
            rule = "imposer-agent" if imposer else ""
        else:
            imposer, rule = _reporting_agent(state, ctx, verb)
        state.measure_mentions.append({
            "kind": kind, "imposer": imposer, "imposer_rule": rule, "status": status, "targets": targets_,
            "goods": [], "sentence": sentence_span, "span": ctx.span(noun.idx, noun.idx + len(noun.text)),
            "phrase": name, "rate": "",
        })


def _destinations(state, ctx, prep, targets_) -> None:
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        for t in with_conjuncts(pobj):
            for w in [t] + [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod")]:
                key = state.agent_key(w, ctx, allow_people=False)
                if key and state.kind(key) in (COUNTRY, ORGANIZATION) and key not in targets_:
                    targets_.append(key)


def _reporting_agent(state, ctx, verb):
    """Who requires the licence: the subject of the verb if it is an agent, else whoever reports it
    ("KOTRA announced that exporters would need ...", "the ministry said it would require ...")."""
    node = verb
    for _ in range(4):
        for t in _subject(node):
            key = state.agent_key(t, ctx, allow_people=False)
            if key:
                return key, "imposer-subject"
        if node.dep_ in ("ccomp", "xcomp", "conj", "advcl") and node.head.i != node.i:
            node = node.head
        else:
            break
    return None, ""


def _named_parties(state, ctx, tokens) -> list[str]:
    """Persons and organizations named among `tokens` (a list after "are" or "designated")."""
    out = []
    for t in tokens:
        key = ctx.tok_entity.get(t.i)
        if key and state.kind(key) in (PERSON, ORGANIZATION, VESSEL):
            key = state.collector.canonical(key)
            if key not in out:
                out.append(key)
    return out


_RELATIVE_WORDS = RELATIVE_PRONOUNS | {"whom"}


def _list_after(sent, verb) -> list:
    """The tokens of the list after `verb`, up to a clause break. A relative clause set off by commas is left out
    and the list goes on after it when ", and" follows ("named A, who controls X, and B")."""
    listed = []
    skipping = False
    tokens = [t for t in sent if t.i > verb.i]
    above = {a.i for a in verb.ancestors if a.pos_ in ("VERB", "AUX")}  # the clauses the listing is told in
    for k, t in enumerate(tokens):
        if t.i in above or any(n.dep_ in ("nsubj", "nsubjpass") and n.head.i in above for n in [t, *t.ancestors]):
            break  # "named conditions for lifting sanctions, the BBC reported": who reports is not listed
        if skipping:
            if t.text == ",":
                if k + 1 < len(tokens) and tokens[k + 1].lower_ == "and":
                    skipping = False
                    continue
                break
            continue
        if t.lower_ == ";" or (t.dep_ == "relcl" and listed and t.lower_ not in _RELATIVE_WORDS):
            break
        if t.lower_ in _RELATIVE_WORDS:
            if k and tokens[k - 1].text == ",":
                skipping = True  # "A, who ...": read on only if the clause closes with ", and"
                continue
            break
        listed.append(t)
    return listed


def _read_listing(state, ctx, sent, sentence_span) -> None:
    """Parties a sanction names in the sentences after it: "OFAC designated X, Y and Z", "It also named
    W", "The listed are A, B and C", "The companies are X and Y". They join the latest sanction
    mentioned nearby (within LISTING_REACH characters), with this sentence as their evidence."""
    sanctions = [m for m in state.measure_mentions if m["kind"] == SANCTION
                 and 0 <= sentence_span.start - m["sentence"].start <= LISTING_REACH]
    if not sanctions:
        return
    latest = sanctions[-1]
    if _unread_sanction_between(ctx, sent, latest["sentence"].end, sentence_span.start):
        return  # "... violations of its sanctions on Iran. OFAC on Monday sanctioned dozens of banks. The action
        # includes the designation of X": X was listed by the sanction told last, one not read, not the earlier one
    parties: list[str] = []
    for token in ctx.tokens_with(sent, words=_INCLUDING, lemmas=_LISTING_LEMMAS):
        # ("ccomp": a listing clause the parser hangs on the clause after a semicolon)
        if token.lemma_ == "be" and token.dep_ in ("ROOT", "conj", "ccomp"):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in LISTED_NOUNS:
                parties += _named_parties(state, ctx, _list_after(sent, token))
        elif token.lower_ == "including" and latest["sentence"] == sentence_span:
            # "sanctions on 12 entities ..., including Dubai-based trader X and its director Y"
            parties += _named_parties(state, ctx, _list_after(sent, token))
        elif token.lemma_.lower() in LISTING_VERBS and token.tag_ in ("VBD", "VBN", "VBZ", "VBP") \
                and not any(c.dep_ == "auxpass" for c in token.children):
            subject = [k for t in _subject(token) if (k := state.agent_key(t, ctx, allow_people=False))]
            pronoun = any(t.lower_ == "it" for t in _subject(token))
            if not pronoun and not subject:
                # the parse of a long listing is often wrong: the agent named just before the verb
                before = [t for t in sent if t.i < token.i and ctx.tok_entity.get(t.i)]
                key = state.agent_key(before[-1], ctx, allow_people=False) if before else None
                subject = [key] if key else []
            if not pronoun and not subject:
                continue
            imposer = state.acting_country(latest["imposer"]) if latest["imposer"] else None
            countries = {state.acting_country(k) for k in subject}
            if any(c and c != imposer and state.kind(c) == COUNTRY for c in countries):
                continue  # another country listing someone: not this sanction
            listed = _list_after(sent, token)
            earlier = [m for m in state.measure_mentions if m["kind"] == SANCTION and m is not latest
                       and m["sentence"].start < sentence_span.start]  # any earlier in the article
            parties += _named_parties(state, ctx, listed) + _same_parties(state, listed, earlier)
    parties = [p for p in parties if p != latest["imposer"] and p not in latest["targets"]]
    if parties:
        latest.setdefault("listed", []).extend((p, sentence_span) for p in parties)


def _unread_sanction_between(ctx, sent, start, end) -> bool:
    """A sanctioning verb between characters `start` and `end` of the article (in this paragraph): a sanction told
    there though not read as one (its imposer or target unknown)."""
    doc = sent.doc
    return any(start <= ctx.offset + ctx.starts[i] < end and doc[i].pos_ == "VERB"
               and MEASURE_VERB_TRIGGERS[ctx.lemmas[i]] == SANCTION for i in range(sent.start)
               if ctx.lemmas[i] in MEASURE_VERB_TRIGGERS)


def _same_parties(state, tokens, earlier) -> list[str]:
    """ "listed the same three vessels": the parties of that kind an earlier sanction named, when the text's
    count (if it gives one) matches how many there were."""
    out = []
    for noun in tokens:
        kind = LISTED_NOUN_KINDS.get(noun.lower_)
        if kind is None or not any(c.lower_ == "same" for c in noun.children):
            continue
        count = next((int(c.text) if c.text.isdigit() else NUMBER_WORDS.get(c.lower_)
                      for c in noun.children if c.dep_ == "nummod"), None)
        for measure in reversed(earlier):
            named = measure["targets"] + [p for p, _ in measure.get("listed", ())]
            found = list(dict.fromkeys(state.collector.canonical(p) for p in named
                                       if state.kind(p) == kind))
            if found:
                if count is None or count == len(found):
                    out += found
                break
    return out


def _verbal_measure(state, ctx, verb, sentence_span) -> None:
    """ "The EU sanctioned three Iranian banks": the verb is the measure, its object the target."""
    imposer = next((k for t in _subject(verb, lambda t: _body_acting(state, ctx, t))
                    if t.lemma_.lower() not in MEASURE_INSTRUMENT_NOUNS  # "the Executive Order on X bans": a text
                    and (k := state.agent_key(t, ctx, allow_people=True) or _body_acting(state, ctx, t))), None)
    if imposer is None:
        imposer = next((k for t in verb.children if t.dep_ == "agent" for p in t.children
                        if (k := state.agent_key(p, ctx, allow_people=True))), None)
    asked = _appeal_above(verb) is not None
    if asked:
        imposer = None  # "Washington pushed allies to restrict sales of chips": asked for, no one's measure yet
    targets_, goods = [], []
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        # "barred two officials, A and B, from ...": the names set beside the object are the targets too
        for t in with_conjuncts(obj) + [w for a in obj.children if a.dep_ == "appos" for w in with_listed(a)]:
            key = state.agent_key(t, ctx, allow_people=True)
            if key and key != imposer:
                targets_.append(key)
            elif t.lower_ in _TRADE_FLOW_WORDS:  # "banned exports of nickel ore"
                _read_target_or_goods(state, ctx, t, "of", targets_, goods)
            elif _aimed_at_parent(state, ctx, t, targets_, imposer):  # "sanctioned five US subsidiaries of Hanwha Ocean"
                continue
            else:
                # the object's own modifiers ("banned Chinese drones"), not those deeper in it ("restricting
                # their access to American tools": the tools' origin is no target)
                for w in (w for w in t.subtree if w.head.i == t.i
                          or w.head.dep_ in ("compound", "poss") and w.head.head.i == t.i):
                    owner = state.agent_key(w, ctx, allow_people=False) if w.dep_ in ("amod", "compound") else None
                    if owner and state.kind(owner) == COUNTRY and owner not in targets_ \
                            and t.lemma_.lower() not in MEASURED_FIRM_NOUNS:  # "sanctioned two Singapore shipping firms"
                        targets_.append(owner)
    if imposer is None and not targets_:
        return
    if verb.lemma_.lower() in STATE_ONLY_MEASURE_VERBS:
        if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VB") or imposer is None \
                or state.kind(state.acting_country(imposer) or imposer) != COUNTRY:
            return  # "the court barred him from ...", "barring a deal": no state's measure
        goods += _barred_goods(verb)
    objects_ = [c for c in verb.children if c.dep_ == "dobj"]
    starts = _start_dates(verb, *objects_)
    # "banned exports of bauxite from June": the label ends before when it starts
    # nor with a relative clause or a reason told of the object ("sanctioned two firms for shipping oil",
    # "sanctioned Acme, which is owned by ..."): the label is the act and whom or what it is on
    # (nor a participle clause: "sanctioned two firms involved in shipping oil", "banned vessels linked to X")
    told = [n for o in objects_ for n in o.subtree if n.dep_ == "relcl" or n.dep_ == "prep"
            and n.lower_ in _REASON_PREPS | {"including"} or n.dep_ == "acl" and n.tag_ in ("VBN", "VBG")]
    # not a comma either, before or after what is cut ("sanctioned six officials, including ..., on Monday")
    end = max([verb.i] + [t.i for o in objects_ for t in o.subtree
                          if not any(s.left_edge.i <= t.i <= s.right_edge.i for s in starts + told)
                          and not (t.is_punct and t.text not in _CLOSING_PUNCT)]) + 1
    kind = MEASURE_VERB_TRIGGERS[verb.lemma_.lower()]
    if kind == MEASURE and any(t.lower_ in EXPORT_CONTROL_CUES for o in objects_ for t in o.subtree):
        kind = EXPORT_CONTROL
    status = "lifted" if _no_longer(verb) else _status(ctx, verb, verb)  # "no longer bans imports of X": lifted
    if status == "denied" or status != "lifted" and _denial(verb, "", True) == "denied":
        return  # "Mexico did not ban imports of US corn"
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if status == "in_force" and auxes & _MODALS:
        status = "proposed"  # "Jakarta could ban exports of ore"
    elif status == "in_force" and auxes & {"will", "shall"}:
        status = "announced"  # "Manila will ban exports of nickel ore": told, not yet in force
    status = _later_start(state, status, [verb, *objects_], starts)
    # "Estonia, Latvia and Lithuania banned A and B": each of the coordinated subjects
    for one in [imposer] + _co_imposers(state, ctx, imposer, verb.sent):
        state.measure_mentions.append({
            "kind": kind, "imposer": one, "imposer_rule": "imposer-verb-subject",
            "status": "proposed" if asked else status, "targets": targets_, "goods": goods, "sentence": sentence_span,
            "span": ctx.span(verb.idx, verb.idx + len(verb.text)), "phrase": verb.doc[verb.i:end].text, "rate": "",
        })


_CLOSING_PUNCT = frozenset({")", "]", '"', "'", "”", "’"})
_START_WORDS = frozenset({"from", "starting", "beginning", "effective", "as"})
_REASON_PREPS = frozenset({"for", "over", "because"})  # "sanctioned X for / over its role in ..."


def _start_dates(*nodes) -> list:
    """The words telling from when a measure applies, hung on `nodes`: "from June", "starting July 1", "effective
    April 15", "as of next week" (the date right under the word)."""
    out = []
    for node in nodes:
        for c in node.children:
            if c.lower_ not in _START_WORDS or c.i < node.i:
                continue
            under = [g for o in c.children if o.lower_ == "of" for g in o.children] if c.lower_ == "as" else list(c.children)
            # "starting in September", "beginning on July 1": the date under the preposition
            under += [g for o in c.children if o.dep_ == "prep" and o.lower_ in ("in", "on") for g in o.children]
            if any(g.ent_type_ == "DATE" and g.dep_ in ("pobj", "npadvmod") for g in under):
                out.append(c)
        if node.tag_ in ("VBZ", "VBP", "VB") and (node.lemma_.lower() in RATE_VERBS or _of_effect(node)):
            # "Canadian lumber faces a 20% duty next month", "... in September": when the goods start to pay it; "the
            # ban enters into force in September": when it starts
            out += [c for c in node.children if c.ent_type_ == "DATE" and c.dep_ == "npadvmod" or c.dep_ == "prep"
                    and c.lower_ in ("in", "on") and any(g.ent_type_ == "DATE" and g.dep_ == "pobj" for g in c.children)]
    return out


def _scheduled_starts(nodes) -> list:
    """ "duties on cement, scheduled to start Tuesday", "set to take effect next week": the verb of starting under a
    participle of schedule hung on `nodes`, when a date hangs on it."""
    return [x for n in nodes for c in n.children if c.dep_ in ("acl", "advcl", "amod", "prep")
            and c.lemma_.lower() in MEASURE_SCHEDULE_WORDS for x in c.children
            if x.dep_ == "xcomp" and x.lemma_.lower() in MEASURE_START_VERBS
            and any(t.ent_type_ == "DATE" for t in x.subtree)]


def _later_start(state, status, nodes, starts=None) -> str:
    """A measure told as starting on a day after the article's ("Jakarta banned exports of bauxite from June",
    written in March) is not in force yet: announced. Its lifting from a day to come leaves it in force until then."""
    if status not in ("in_force", "lifted") or state.article.date is None:
        return status
    anchor = state.article.date
    if starts is None:
        for start in _scheduled_starts(nodes):
            # "had ordered duties on cement, scheduled to start Tuesday": due, whatever the tense of the ordering
            text = " ".join(t.text for t in start.subtree if t.ent_type_ == "DATE")
            found = resolve_date(text, anchor) or resolve_month(text, anchor) or resolve_week(text, anchor)
            if found is not None and found.start > anchor:
                return "announced" if status == "in_force" else "in_force"
    if any(c.dep_ == "aux" and c.lemma_ == "have" for n in nodes if n.pos_ in ("VERB", "AUX") for c in n.children):
        return status  # "has banned exports of rice from January": a start gone by
    for start in _start_dates(*nodes) if starts is None else starts:
        text = " ".join(t.text for t in start.subtree if t.ent_type_ == "DATE")
        found = resolve_date(text, anchor) or resolve_month(text, anchor) or resolve_week(text, anchor)
        if found is not None and found.start > anchor:
            return "announced" if status == "in_force" else "in_force"
    return status


def _barred_goods(verb) -> list[str]:
    """ "barred Chilean trawlers from landing hake": the goods after "from" and a verb of trade."""
    goods = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for c in prep.children:
            if c.dep_ == "pcomp" and c.lemma_.lower() in BARRED_ACTIONS:
                objects_ = [o for o in c.children if o.dep_ == "dobj"]
            elif c.dep_ == "pobj" and any(w.dep_ in ("compound", "amod") and w.lemma_.lower() in BARRED_ACTIONS
                                          for w in c.lefts):
                objects_ = [c]  # "from landing hake" parsed as one noun phrase
            else:
                continue
            for obj in objects_:
                for t in with_conjuncts(obj):
                    words = [t] + [w for child in t.lefts if child.dep_ in ("compound", "amod", "nmod")
                                   and child.lemma_.lower() not in BARRED_ACTIONS for w in child.subtree]
                    label = _goods_label(words)
                    if label and label not in goods:
                        goods.append(label)
    return goods


def _phrase(ctx, head) -> str:
    # not "either"/"both" before a pair ("either sanctions or export curbs"): they tell the pair, not the measure
    paired = any(c.dep_ == "conj" for c in head.children)
    start = min([head.i] + [t.i for c in head.lefts
                            if not (paired and c.dep_ in ("preconj", "det") and c.lower_ in _PAIR_WORDS)
                            for t in c.subtree])
    doc = head.doc
    for i in range(start, head.i):
        # "EU leaders on Friday extended economic sanctions", parsed as one noun phrase: the label starts after a
        # date inside it, unless the date owns the measure ("last year's tariffs")
        if doc[i].ent_type_ in ("DATE", "TIME") and doc[i + 1].ent_type_ != doc[i].ent_type_ \
                and doc[i + 1].tag_ != "POS":
            start = i + 1
    glued, _ = _glued_predicate_verb(head)
    start = max(start, glued.i + 1) if glued is not None else start  # not "Washington relaxed export controls"
    end = head.i + 1
    for child in _own_children(head, head):
        if child.i > head.i and child.dep_ == "prep" and child.lower_ in ("on", "against", "of", "targeting"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and not (pobj.lower_ in PREPOSITION_NOUNS and child.lower_ == "on"):
                    end = max(end, max(t.i for t in _goods_conjuncts(pobj)) + 1)  # not "... on top" (of)
    text = ctx.span_text(start, end)
    text = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", text, flags=re.IGNORECASE)
    closing = _QUOTE_PAIRS.get(text[:1])
    if closing is not None and closing not in text[1:]:
        text = text[1:].lstrip()  # 'what it said were "unjustified tariffs imposed by X"': not the quote opened
    return text


_QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}  # an opening quote and its closing one


_PAIR_WORDS = frozenset({"either", "both", "neither"})


def _is_measure_word(t) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and t.dep_ == "conj" and t.lemma_.lower() in MEASURE_TRIGGERS


def _goods_conjuncts(pobj) -> list:
    """The nouns coordinated after a measure's preposition, up to another measure the parser hung there: "tariffs
    on US ethanol and sanctions on Peru" (the sanctions are a measure of their own, not goods of the tariffs)."""
    verb = _glued_predicate(pobj)
    if verb is not None:
        return [verb.doc[verb.i - 1]]  # "tariffs on steel cost Canada billions": the goods end before the verb
    out = []
    for t in with_conjuncts(pobj):
        if _is_measure_word(t):
            break
        out.append(t)
    return out


def _glued_predicate(pobj):
    """In a clause the parser found no verb for, a verb of MISPARSED_PREDICATE_VERBS it glued to the goods as a
    compound, after a noun ("tariffs on steel cost Canada billions", also "..., officials said" and "officials said
    the tariffs on steel cost ..."), or None."""
    phrase = list(pobj.subtree)
    if not any(t.lemma_.lower() in MISPARSED_PREDICATE_VERBS for t in phrase):
        return None  # (no such verb in the phrase: none glued, whatever the clause; read before the whole sentence)
    measure = pobj.head.head if pobj.head.dep_ == "prep" else pobj
    # a participle modifying a noun ("the expired tariffs") is no verb of the clause
    if not (measure.dep_ == "dep" or measure.dep_ == "dobj" and measure.head.lemma_.lower() in CLAUSE_OBJECT_VERBS) \
            and any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod") for t in pobj.sent):
        return None
    for t in phrase:
        # "(on) steel cost Canada billions": glued as a compound; "(on) Iranian oil squeeze Tehran's budget": as the
        # noun after "on", with an object of its own
        glued = t.i < pobj.i and t.dep_ in ("compound", "nmod") \
            or t.i == pobj.i and any(c.dep_ in ("dobj", "dative") for c in t.children)
        if glued and t.lemma_.lower() in MISPARSED_PREDICATE_VERBS and t.i > 0 \
                and t.doc[t.i - 1].pos_ in ("NOUN", "PROPN") and t.doc[t.i - 1].head.i == t.i:
            return t
    return None


def _measures_after(head) -> list:
    """The measures coordinated inside `head`'s prepositional phrases ("sanctions" in "tariffs on ethanol and
    sanctions on Peru"), in order."""
    return sorted((t for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                   for t in with_conjuncts(p) if _is_measure_word(t)), key=lambda t: t.i)


def _measure_before(head):
    """The measure whose prepositional phrase the parser hung `head`, another measure, in ("tariffs" for
    "sanctions" in "tariffs on ethanol and sanctions on Peru"), or None."""
    node = head
    for _ in range(6):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.lemma_.lower() in MEASURE_TRIGGERS \
            and any(t.i == head.i for t in _measures_after(node.head.head)):
        return node.head.head
    return None


def _own_children(node, head) -> list:
    """`node`'s children that tell of the measure `head`: with another measure coordinated in its phrase, the
    prepositions after that measure are the other's ("tariffs on ethanol and sanctions on Peru": "on Peru" is the
    sanctions'), and a measure so coordinated takes the prepositions after it from the first one."""
    children = list(node.children)
    if node.i == head.i:
        after = _measures_after(head)
        if after:
            children = [c for c in children if c.dep_ != "prep" or c.i < after[0].i]
        first = _measure_before(head)
        if first is not None:
            later = [t.i for t in _measures_after(first) if t.i > head.i]
            children += [c for c in first.children if c.dep_ == "prep" and c.i > head.i
                         and (not later or c.i < later[0])]
    return children


def _rate_changer(head):
    """The verb that set the measure's rate anew, told as done: "cut its 150% tariff on whisky to 75%" (not "offered
    to cut", "will cut", "would cut it if ...")."""
    verb = head.head if head.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in RATE_CHANGE_VERBS or verb.dep_ in ("xcomp", "pcomp") or _hedged(verb) \
            or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return None
    return verb


def _rate(ctx, token, sent, head=None) -> str:
    verb = head.head if head is not None and head.dep_ == "dobj" else None
    if verb is not None and verb.lemma_.lower() in RATE_CHANGE_VERBS:
        # "cut its 150% tariff on whisky to 75%": the rate after the change, never the one before it; and none when
        # the change is only offered, planned or conditional ("offered to cut it to 20% if ...")
        if _rate_changer(head) is None:
            return ""
        after = ctx.text[token.idx:max(t.idx + len(t.text) for t in verb.subtree)]
        match = _NEW_RATE.search(after)
        return match.group(1) if match else ""
    before = ctx.text[max(sent.start_char, token.idx - 40):token.idx]
    match = _RATE.search(before)
    return match.group(1) if match else ""


def _imposer(state, ctx, token, head):
    for node in {token, head}:
        for child in node.lefts:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                for t in with_conjuncts(child):
                    key = state.agent_key(t, ctx, allow_people=True)
                    if key and state.kind(key) != "Goods":
                        return key, f"imposer-{child.dep_}"
    # "measures imposed by X"
    for child in head.children:
        if child.dep_ in ("acl", "relcl"):
            for agent in child.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        key = state.agent_key(pobj, ctx, allow_people=True)
                        if key:
                            return key, "imposer-agent"
    # "the 46% tariff Washington imposed in April": a relative clause names who imposed it
    for child in head.children:
        if child.dep_ == "relcl" and child.pos_ in ("VERB", "AUX") and _acts_on_measures(child):
            for t in _subject(child):
                key = state.agent_key(t, ctx, allow_people=True)
                if key:
                    return key, "imposer-relative-clause"
            # "the duty it slapped": "it" is the clause's subject above, found by walking up
    owner = _misparsed_subject(head) or _glued_predicate_verb(head)[1]
    if owner is not None:
        key = state.agent_key(owner, ctx, allow_people=True) or _body_acting(state, ctx, owner)
        if key:
            return key, "imposer-subject"
    # walk up to the verb whose subject acts: "China outlined tighter export controls"
    node = head
    lifting = False  # passed a verb or noun of lifting the measure on the way up
    while node.head.i != node.i:
        arrived = node.dep_
        if node.dep_ == "prep" and node.lower_ in ("to", "against") and (
                node.head.lemma_.lower() in _REACTION_VERBS or node.head.lemma_.lower() in _REACTION_NOUNS):
            # "Beijing would respond firmly to any new levy", "in response to Washington's duties": someone else's
            return None, ""
        prev, node = node, node.head
        if _infinitive_conjunct(prev):
            arrived = "xcomp"  # "recommended the continuation of X and to revoke Y": the infinitive is its object
        if node.pos_ == "NOUN" and node.lemma_.lower() in _DISCUSSION_NOUNS:
            return None, ""  # "ended talks without a deal on the tariff": whose tariff is not said here
        if _relief_above(node, arrived, prev):
            return None, ""  # "renewed a waiver from sanctions on Iraq": who grants relief is not said to impose
        if _concessive(node):
            return None, ""  # "kept buying Iranian gas despite sanctions": what is defied, not what is taken
        if node.pos_ == "VERB" and node.lemma_.lower() == "veto":
            return None, ""  # "Hungary threatened to veto the sanctions": who vetoes is not who proposes
        if node.lemma_.lower() in MEASURE_BEARER_ADJECTIVES and arrived == "prep" and prev.lower_ == "to" and (
                node.pos_ == "ADJ" or node.pos_ == "VERB" and (node.dep_ == "acl" or any(
                    c.dep_ in ("auxpass", "nsubjpass") for c in node.children))):
            # "Russians, who are subject to travel bans", "firms that were exposed to sanctions": who bears it,
            # not who imposes it (not "Canada subjected them to sanctions": active, its subject imposes)
            return None, ""
        if node.pos_ == "VERB" and arrived == "dobj" and prev.i == head.i and node.lemma_.lower() in MEASURE_CHALLENGE_VERBS:
            return None, ""  # "Mexico vowed to fight tariffs on its tomatoes": who fights them did not impose them
        if node.lemma_.lower() in (MEASURE_LIFTING_NOUNS | MEASURE_CONTINUING_NOUNS if node.pos_ == "NOUN"
                                   else _LIFTING_VERBS):
            lifting = True  # (or keeping it: "recommended the continuation of duties" is no more imposing them)
        if lifting and node.pos_ == "NOUN" and node.lemma_.lower() in MEASURE_ASKING_NOUNS:
            return None, ""  # "Libya's proposal to lift the arms embargo": who asks for it to go did not impose it
        if node.pos_ in ("NOUN", "PROPN"):  # "Beijing's vow to broaden controls"
            for child in node.children:
                if child.dep_ == "poss":
                    key = state.agent_key(child, ctx, allow_people=True)
                    if key:
                        return key, "imposer-possessive"
        if node.pos_ in ("VERB", "AUX"):
            if arrived in ("nsubj", "csubj"):
                return None, ""
            if arrived == "agent":
                return None, ""  # "Vietnam was hit by the tariffs": the measure acts, its subject bears it
            if arrived == "dobj" and node.lemma_.lower() in RATE_VERBS:
                return None, ""  # "Mexico is expected to face 30% tariffs": who faces a measure is not who imposes it
            if arrived in ("advcl", "acl") and any(c.dep_ == "dobj" and c.lemma_.lower() in _DISCUSSION_NOUNS
                                                   for c in node.children):
                return None, ""  # "A and B signed a deal cutting tariffs": the deal's, neither side's alone
            if lifting and (node.dep_ in ("xcomp", "dobj") or _infinitive_conjunct(node)) \
                    and node.head.lemma_.lower() in MEASURE_ASKING_VERBS:
                return None, ""  # "the authority recommended to revoke import curbs": advised, not its own to lift
            if node.dep_ == "xcomp" and node.head.lemma_.lower() in MEASURE_OPPOSING_VERBS:
                return None, ""  # "France opposed imposing tariffs": no one's; "opposed lifting them": not said whose
            if lifting and arrived == "dobj" and node.lemma_.lower() in MEASURE_ASKING_VERBS:
                return None, ""  # "recommended the continuation of duties", "advised the removal of the curbs"
            if lifting and _asked_for(node):
                return None, ""  # "Iran's request to lift the sanctions" (the infinitive hung elsewhere)
            owner = _infinitive_owner(state, ctx, node)
            if owner:
                return owner, "imposer-possessive"
            if arrived == "prep" and prev.lower_ == "with" and _going_ahead(node):
                # "retaliate if Washington goes ahead with tariffs", "proceeded with the levy": its subject's
                for t in _subject(node):
                    key = state.agent_key(t, ctx, allow_people=True) or _reported_it(state, ctx, t)
                    if key:
                        return key, "imposer-subject"
                return None, ""
            if arrived == "dobj" and prev.i == head.i and _authorized_only(node):
                return None, ""  # "issued rules to implement an order authorizing sanctions": no one takes them here
            if not _acts_on_measures(node):
                continue  # "negotiators discussed tariffs": talking about a measure is not taking it
            appeal = _appeal_above(node)
            if appeal is not None:
                # "Ghana urged the EU to scrap its duties": the EU's duties; "urged the EU to impose sanctions":
                # no one's yet, and never the asker's
                if node.lemma_.lower() not in MEASURE_STATUS_VERBS["lifted"] | MEASURE_REDUCING_VERBS:
                    return None, ""
                key = next((k for t in appeal if (k := state.agent_key(t, ctx, allow_people=False))), None)
                return (key, "imposer-addressee") if key else (None, "")
            subject = _subject(node, lambda t: _body_acting(state, ctx, t))
            for t in subject:
                if t.lemma_.lower() in MEASURE_INSTRUMENT_NOUNS:
                    continue  # "the Executive Order on X imposes tariffs": a text, not who issued it
                key = state.agent_key(t, ctx, allow_people=True) or _reported_it(state, ctx, t) \
                    or _body_acting(state, ctx, t)
                if key:
                    return key, "imposer-subject"
            for child in node.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        key = state.agent_key(pobj, ctx, allow_people=True)
                        if key:
                            return key, "imposer-agent"
            if subject:
                return None, ""
    return None, ""


_ACTING_VERBS = frozenset().union(*MEASURE_STATUS_VERBS.values()) | MEASURE_REDUCING_VERBS


def _acts_on_measures(verb) -> bool:
    """A verb of imposing, proposing, threatening or lifting, or one that passes its subject down ("wants to extend")."""
    lemma = verb.lemma_.lower()
    if lemma in _ACTING_VERBS:
        return True
    return any(c.dep_ == "xcomp" and _acts_on_measures(c) for c in verb.children)


def _going_ahead(verb) -> bool:
    """ "goes ahead with", "pressed ahead with", "moves forward with", "proceeds with": carrying out (a measure)."""
    return verb.lemma_.lower() == "proceed" or any(c.dep_ in ("advmod", "prt") and c.lower_ in ("ahead", "forward")
                                                   for c in verb.children)


def _reported_it(state, ctx, pronoun):
    """ "The ministry said (that) it would impose ...": "it" is whoever said so."""
    if pronoun.lower_ != "it":
        return None
    clause = pronoun.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return _reporting_agent(state, ctx, clause.head)[0]


_LIFTING_VERBS = MEASURE_STATUS_VERBS["lifted"] | MEASURE_REDUCING_VERBS


def _infinitive_conjunct(verb) -> bool:
    """A to-infinitive the parser coordinated with the finite verb it is the object of ("recommended X and to revoke
    Y")."""
    return verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ == "VERB" and verb.head.tag_ != "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _asked_for(verb) -> bool:
    """ "a request to lift", "its call to scrap": the infinitive follows a noun of asking."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    noun = verb.doc[to.i - 1] if to is not None and to.i > 0 else None
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in MEASURE_ASKING_NOUNS


def _infinitive_owner(state, ctx, verb):
    """ "Beijing's vow to broaden controls": the parser often hangs the infinitive elsewhere."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    noun = verb.doc[to.i - 1]
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            key = state.agent_key(child, ctx, allow_people=True)
            if key is None and child.tag_ == "PRP$" and _carried_out(noun):
                # "Canada made good on its threat to impose duties": "its" is whoever carried the threat out
                above = noun.head if noun.dep_ == "dobj" else noun.head.head
                key = next((k for t in _subject(above) if (k := state.agent_key(t, ctx, allow_people=True))), None)
            return key
    return None


def _subject(verb, body=None):
    """The subjects of the clause a measure verb is in; at a verb of agreeing, only one body's members ("EU ministers
    agreed to extend sanctions"), when `body` is given to tell them."""
    node = verb
    for _ in range(4):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if node.lemma_.lower() in AGREEMENT_VERBS:
            # "Mexico and the US agreed to extend a pause on tariffs": whose tariffs is not said
            return [s for s in found if body is not None and len(with_conjuncts(s)) == 1 and body(s)]
        if found:
            return [t for s in found for t in with_conjuncts(s)]
        if (node.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp") or node.dep_ == "acomp" and node.pos_ == "ADJ") \
                and node.head.i != node.i:  # (acomp: "Mexico is due to impose", the copula's subject)
            if node.dep_ in ("advcl", "acl") and any(c.dep_ == "dobj" and c.lemma_.lower() in _DISCUSSION_NOUNS
                                                     for c in node.head.children):
                return []  # "Britain and India signed a deal cutting tariffs": whose tariffs the deal cuts is not said
            node = node.head
        else:
            break
    return []


# What a body acts through: "EU leaders", "G7 finance ministers", "OPEC members", "the EU's member states".
_MEMBER_NOUNS = frozenset({"leader", "leaders", "minister", "ministers", "member", "members", "state", "states",
                           "government", "governments", "country", "countries", "nation", "nations"})


def _body_acting(state, ctx, noun):
    """The body whose leaders, ministers or members `noun` names ("EU leaders", "Leaders of the G20"): they act
    for it. Only a body of the organizations table named before the noun or after its "of", never a firm."""
    if noun.lower_ not in _MEMBER_NOUNS:
        return None
    owners = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss") and c.i < noun.i] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for owner in owners:
        key = ctx.tok_entity.get(owner.i)
        key = state.collector.canonical(key) if key else None
        if key and state.kind(key) == ORGANIZATION:
            record = state.gaz.organization(state.label(key))
            if record is not None and not record.source.startswith("nsi"):
                return key
    return None


def _glued_predicate_verb(head):
    """ "Washington relaxed export controls on chips", parsed as one noun phrase with "relaxed" as an adjective of
    "controls": the verb of acting on the measure and the name before it, its subject; else (None, None). Not "US-
    imposed tariffs" (a hyphen makes an adjective) nor "the newly imposed tariffs" (no name before)."""
    for verb in head.lefts:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _ACTING_VERBS \
                | MEASURE_EASING_VERBS:
            continue
        agent = next((c for c in verb.lefts if c.dep_ in ("npadvmod", "nsubj", "compound") and c.pos_ == "PROPN"
                      and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and c.i + 1 == verb.i), None)
        if agent is not None and not agent.whitespace_ == "":
            return verb, agent
    return None, None


def _misparsed_subject(head):
    """ "EU leaders on Friday extended sanctions on Russia", parsed as "leaders on (Friday extended sanctions)": the
    noun before "on" is the subject of the verb the parser took for an adjective of the measure."""
    if head.dep_ != "pobj" or head.head.dep_ != "prep" or head.head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    prep = head.head
    verb = next((c for c in head.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < head.i
                 and c.lemma_.lower() in _ACTING_VERBS), None)
    if verb is None or not any(t.ent_type_ == "DATE" for t in head.doc[prep.i + 1:verb.i]):
        return None
    return prep.head


def _appeal_above(verb) -> list | None:
    """The addressee of a verb of asking whose infinitive `verb` is ("urged the EU to scrap", "called on Brazil
    to lift", "pressed Ottawa into dropping"), or None when no one is asked to act ("called the step narrow")."""
    node = verb
    if node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "urged X to lift the tariffs and drop the quotas"
    if node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        asker = node.head
    elif node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
            and any(c.dep_ == "dobj" for c in node.head.children):
        asker = node.head  # "pushed allies to restrict sales", the infinitive parsed as an adverbial clause
    elif node.dep_ == "pcomp" and node.head.lower_ in ("into", "to") and node.head.head.i != node.head.i:
        asker = node.head.head
    elif node.dep_ == "ccomp" and node.tag_ == "VB" and node.head.lemma_.lower() in APPEAL_VERBS:
        # "demanded that Washington lift its tariffs", "urged that the EU impose sanctions": the subject of the
        # subjunctive is asked
        return [t for c in node.children if c.dep_ == "nsubj" for t in with_conjuncts(c)] or None
    else:
        return None
    if asker.lemma_.lower() not in APPEAL_VERBS:
        return None
    on = [p for c in asker.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in c.children
          if p.dep_ == "pobj"]
    if asker.lemma_.lower() == "call" and not on:
        return None  # "called the tariffs unfair", "called for": no one asked
    asked = [c for c in asker.children if c.dep_ == "dobj"] + on
    return [t for a in asked for t in with_conjuncts(a)]


def _status(ctx, token, head) -> str:
    return _told_status(ctx, token, head) or "in_force"


def _told_status(ctx, token, head) -> str | None:
    """The status the words around a measure tell, or None when they tell none (the measure is in force by default)."""
    lemmas = ctx.lemma_set  # (checks that need a word the paragraph lacks are skipped)
    cues: list[str] = []
    own_children = list(token.children) + list(head.children)
    # "a plan to extend levies on cars that took effect in July": the levies are in force (the clause may hang on
    # the goods, or on a verb's "on ...": cars take no effect)
    covered = [p for p in own_children + (list(head.head.children) if head.dep_ == "dobj" else [])
               if p.dep_ == "prep" and p.lower_ in ("on", "against")]
    for child in own_children:
        word = child.lower_
        for status, words in MEASURE_STATUS_ADJECTIVES.items():
            if word in words and not _carried_out(head):  # "followed through with the threatened tariffs": in force
                cues.append(status)
        if child.dep_ == "amod" and word in MEASURE_READINESS_WORDS:
            cues.append("proposed")  # "has tariffs on US goods ready to go"
        if child.dep_ in ("amod", "compound") and child.i < token.i and child.tag_ == "VBG" \
                and child.lemma_.lower() in MEASURE_STATUS_VERBS["lifted"]:
            cues.append("lifted")  # "the lifting ban on rice came after ...": the ban's lifting, said without "of"
        if child.dep_ == "amod" and child.tag_ == "VBG" and child.lemma_.lower() in MEASURE_ENABLING_VERBS:
            cues.append("proposed")  # "a decree authorizing sanctions", the verb parsed as the measure's adjective
    glued, _ = _glued_predicate_verb(head)
    if glued is not None:  # "Washington lifted export controls", the verb parsed as the measure's adjective
        cues += [status for status, words in MEASURE_STATUS_VERBS.items() if glued.lemma_.lower() in words]
    for noun in _compound_heads(token):
        # "the tariff threat against Mexico", "a sanctions proposal": the noun the measure word modifies tells
        cues += [status for status, words in MEASURE_HEAD_STATUS_NOUNS.items() if noun.lemma_.lower() in words]
    if not lemmas.isdisjoint(MEASURE_PREPARATION_NOUNS) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MEASURE_PREPARATION_NOUNS
            for n in [head, *list(head.ancestors)[:6]] if n.pos_ in ("VERB", "AUX") for c in n.children):
        cues.append("proposed")  # "preparations are on to impose curbs on rice": being readied
    node = head
    steps = 0
    acted = False  # a verb acting on the measure was passed: a verb it is coordinated with tells of other measures
    preposition = None  # the last one passed since a verb
    part = False  # "scrapped most of its counter-tariffs": a share of the measure is acted on, the rest stays
    undone_later = False  # a lifting of the measure told as to come was passed
    instrument = False  # the measure is what a verb above is done "with"
    restored = False  # lifted, then put back
    restoring = False  # the measure is what a verb of putting back acts on
    blocking = None  # the order or ruling, told in a clause, that blocked the measure
    returning = None  # the noun of putting the measure back that it is of ("a snapback of sanctions")
    verb_seen = False  # the first verb above the measure was passed
    while steps < 6:
        parent = node.head
        if parent.i == node.i:
            break
        arrived, before = node.dep_, node
        node = parent
        if _infinitive_conjunct(before):
            arrived = "xcomp"  # "recommended the continuation of X and to revoke Y": the infinitive is its object
        steps += 1
        lemma = node.lemma_.lower()
        if arrived == "prep" and before.lower_ in ("against", "to") and (lemma in _REACTION_VERBS or lemma in
                _REACTION_NOUNS and node.pos_ == "NOUN" or lemma in MEASURE_CHALLENGE_PREP_VERBS and head.head.i == before.i) \
                or arrived == "dobj" and before.i == head.i and lemma in MEASURE_CHALLENGE_VERBS:
            # "would not retaliate against US tariffs", "paused its retaliation against US tariffs": what is reacted
            # to is not what the reaction does; "asked the
            # WTO to rule against Canadian duties", "may challenge the duties": the duties are there
            break
        if arrived == "advcl" and before.tag_ == "VBD" and before.lemma_.lower() in _ACTING_VERBS and not _hedged(before):
            # "will impose duties after the US imposed tariffs last week": told done in its own clause, whatever the
            # clause above says of its own measure
            break
        if _relief_above(node, arrived, before):
            break  # "revoked a waiver from sanctions", "ended an exemption from its tariffs": done to the relief
        if _concessive(node):
            break  # "imposed duties regardless of sanctions": the verb above does not act on the sanctions
        if not cues and lemma in MEASURE_BREACH_WORDS and (node.pos_ == "VERB" and arrived == "dobj" and before.i == head.i
                                                         or node.pos_ == "NOUN" and arrived == "prep"
                                                         and before.lower_ == "of" and head.head.i == before.i):
            # "plans to prosecute firms for breaching its export controls", "rules to stop circumvention of its
            # sanctions": only a measure in force is broken
            return "in_force"
        if lemma in MEASURE_STATUS_VERBS["threatened"] and _warned_of(arrived, before, head) and not cues \
                and any(c.dep_ == "poss" or c.dep_ == "amod" and c.lower_ in ("existing", "current") for c in own_children) \
                and not any(c.lower_ in MEASURE_NEW_WORDS or c.dep_ in ("relcl", "acl") for c in own_children) \
                and not any(c.dep_ == "advcl" for c in node.children):
            # "warned exporters about its sanctions on Libya", "warned banks about breaching its tariffs": what is
            # warned of is there (not "warned Minsk of new sanctions", "of the sanctions it would face")
            return "in_force"
        if arrived == "xcomp" and (lemma in MEASURE_HEDGE_WORDS or node.lower_ in MEASURE_HEDGE_WORDS):
            # "is likely to face steep duties", "is set to impose"; "is due to impose duties from Thursday": fixed
            # (a lifting due on a day leaves the measure in force till then, as one hedged does)
            cues.append("announced" if _timetabled(node, before) and not set(cues) & {"lifted", "reduced", "changed"}
                        else "proposed")
        elif arrived == "prep" and before.lower_ == "with" and node.pos_ == "ADJ" and lemma in MEASURE_READINESS_WORDS:
            cues.append("proposed")  # "is ready with tariffs"
        if arrived == "dobj" and before.i == head.i and any(
                c.i > head.i and c.pos_ == "ADJ" and c.lemma_.lower() in MEASURE_READINESS_WORDS
                and c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in node.children):
            cues.append("proposed")  # "has duties on US dairy ready to go", "keeps sanctions ready"
        if arrived == "prep" and before.lower_ == "to" and node.lemma_.lower() == "open" and (
                node.head.lemma_.lower() in MEASURE_OPEN_DOOR_NOUNS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_OPEN_DOOR_NOUNS for c in node.head.children)):
            cues.append("proposed")  # "left the door open to tariffs"
        if arrived in ("acl", "relcl") and node.pos_ == "NOUN" and lemma in MEASURE_ABILITY_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in before.children) \
                and node.head.lemma_.lower() not in MEASURE_ABILITY_USE_VERBS:
            cues.append("proposed")  # "is in a position to impose duties", "reserves the right to": may, not did
        if set(cues) & {"lifted", "reduced"} and (
                node.pos_ in ("VERB", "AUX") and lemma in MEASURE_COMMIT_VERBS and arrived in ("xcomp", "prep")
                or node.pos_ == "NOUN" and lemma not in MEASURE_DONE_NOUNS and arrived in ("acl", "relcl")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in before.children)
                or node.pos_ == "NOUN" and lemma in MEASURE_CONDITION_NOUNS and arrived == "prep"
                and before.lower_ in ("for", "to", "of")) and not _kept(node, before):
            # "agreed to lift its tariffs", "ways to remove the duties", "conditions for lifting them": still to come
            cues.append("proposed")
        if node.pos_ == "NOUN" and arrived == "prep" and before.lower_ in ("to", "of", "on", "against") \
                and lemma in MEASURE_COURT_HALT_NOUNS and node.dep_ == "dobj" and _by_court(node.head):
            cues.append("lifted")  # "a court ordered a halt to the tariffs", "a judge granted a stay of the duties"
        if node.pos_ == "NOUN" and lemma in MEASURE_FREEZE_NOUNS and arrived == "prep" and before.lower_ == "on" \
                and head.head.i == before.i:
            # "agreed to a freeze on new duties": none taken; "a moratorium on lifting them": they stay in force
            return "in_force" if set(cues) & {"lifted", "reduced"} else "denied"
        if node.pos_ in ("VERB", "AUX") and arrived == "prep" and before.lower_ == "on" and head.head.i == before.i \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_FREEZE_NOUNS and c.right_edge.i + 1 == before.i
                        for c in node.children):
            # "extended the moratorium on customs duties", the "on" parsed as the verb's: as the freeze's above
            return "in_force" if set(cues) & {"lifted", "reduced"} else "denied"
        if node.pos_ == "NOUN" and lemma in MEASURE_TEXT_NOUNS and arrived in ("acl", "relcl", "prep") \
                and node.dep_ in ("dobj", "nsubjpass") and _rejects(node.head):
            # "the council rejected a resolution imposing an arms embargo", "a bill to lift the sanctions was voted
            # down": proposed, not taken; a lifting turned down leaves the measure in force
            return "in_force" if set(cues) & {"lifted", "reduced"} else "proposed"
        if (node.pos_ == "NOUN" and lemma in MEASURE_EASING_NOUNS | MEASURE_CONTINUING_NOUNS and arrived == "prep"
                and before.lower_ == "of"
                or node.pos_ == "VERB" and lemma in MEASURE_EASING_VERBS and arrived in ("dobj", "nsubjpass")
                and before.i == head.i) and not set(cues) - {"in_force"}:
            return "in_force"  # "signed an order easing export curbs", "a relaxation of quota restrictions": still on
        if node.pos_ == "NOUN" and arrived == "prep" and head.head.i == before.i and (
                lemma in MEASURE_LIFTING_NOUNS and before.lower_ == "of"
                or lemma in MEASURE_HALT_NOUNS and before.lower_ in ("to", "on")):
            cues.append("lifted")  # "announced the lifting of sanctions", "recommended the removal of curbs" (still on)
            if node.dep_ == "dobj" and node.head.lemma_.lower() in MEASURE_DESIRE_VERBS | APPEAL_VERBS \
                    or node.dep_ == "pobj" and (node.head.head.lemma_.lower(), node.head.lower_) in MEASURE_DESIRE_PHRASES:
                return "in_force"  # "demanded the removal of sanctions", "called for the lifting of the ban": wished
        if node.pos_ == "NOUN" and lemma in MEASURE_RETURN_NOUNS and arrived == "prep" and before.lower_ == "of":
            returning = node.i
        if node.pos_ in ("NOUN", "PROPN"):
            if lemma in MEASURE_INTENT_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
                # "has no plans to impose tariffs": none taken; "no intention of lifting them": they stay in force
                return "in_force" if set(cues) & {"lifted", "reduced"} else "denied"
            for status, words in MEASURE_STATUS_NOUNS.items():
                if lemma in words and not _carried_out(node):
                    cues.append(status)
            if lemma in MEASURE_ANNOUNCEMENT_NOUNS and not set(cues) & {"lifted", "reduced", "changed"} \
                    and not _carried_out(node):
                cues.append("announced")  # "the US announcement to impose duties": told (not of a lifting, left as is)
            if arrived == "prep" and before.lower_ == "of" and lemma in MEASURE_PROSPECT_NOUNS:
                cues.append("proposed")  # "the risk of tariffs", "fear of sanctions": possible only
        if node.pos_ == "ADP" and arrived == "pobj" and before.i == head.i and not cues \
                and (node.head.lower_, node.lower_) in MEASURE_BASE_PHRASES:
            return "in_force"  # "a hike on top of existing duties": what is added to is there already
        if node.pos_ == "ADP":
            preposition = node.lower_
            # "will act against dumping with new tariffs", "will respond with tariffs": the measure is what is done
            instrument = instrument or node.lower_ == "with" and head.head.i == node.i
        elif arrived == "prep" and before.lower_ == "of" and (node.lower_ in MEASURE_PART_WORDS or node.like_num):
            part = True  # "most of", "some of", "part of", "two of"
        if node.pos_ in ("VERB", "AUX") and not verb_seen and _no_longer(node):
            # "Japan no longer imposes tariffs on rice", "Kenya no longer has a ban on X", "steel is no longer subject
            # to duties": there no more; "no longer suspends the duties": back in force
            return "in_force" if set(cues) & {"lifted", "reduced"} or lemma in _UNDOING_VERBS else "lifted"
        if node.pos_ in ("VERB", "AUX") and verb_seen and _no_longer(node) \
                and lemma in MEASURE_STATUS_VERBS["proposed"] | MEASURE_STATUS_VERBS["threatened"]:
            # "no longer plans to impose tariffs": none planned; "no longer plans to lift them": they stay
            return "in_force" if set(cues) & {"lifted", "reduced"} else "denied"
        if node.pos_ in ("VERB", "AUX"):
            verb_seen = True
            if node.tag_ == "VBN" and {"have"} <= {c.lemma_ for c in node.children if c.dep_ == "aux"} \
                    and any(c.dep_ == "aux" and c.lower_ in _COUNTERFACTUAL_MODALS for c in node.children):
                # "would have imposed tariffs had talks failed", "should have lifted them": not done
                return "in_force" if set(cues) & {"lifted", "reduced"} or lemma in _UNDOING_VERBS else "denied"
            if blocking is not None and arrived == "dobj" and before.i == blocking and (
                    lemma in MEASURE_STATUS_VERBS["lifted"] | MEASURE_COURT_VERBS or any(
                    (lemma, c.lower_) in MEASURE_LIFTING_PHRASES for c in node.children if c.dep_ == "prt")):
                return "in_force"  # "an appeals court lifted an order that blocked the tariffs": they apply again
            court = lemma in MEASURE_COURT_VERBS and arrived in ("dobj", "nsubjpass") and before.i == head.i \
                and _by_court(node)
            if node.dep_ in ("relcl", "acl") and arrived == "dobj" and before.i == head.i and (
                    court or node.head.lemma_.lower() in COURT_NOUNS and (lemma in MEASURE_STATUS_VERBS["lifted"] or any(
                        (lemma, c.lower_) in MEASURE_LIFTING_PHRASES for c in node.children if c.dep_ == "prt"))):
                # "an order that blocked the tariffs", "a ruling striking down the tariffs": what is done to the order
                # or ruling undoes it
                blocking = node.head.i
            if arrived == "dobj" and before.i == head.i and not court and (lemma == "veto" or lemma in MEASURE_VETO_VERBS
                                                                          and any(_agent_like(k) for k in _doers(node))) \
                    and not any(c.dep_ == "neg" for c in node.children):
                # "Hungary vetoed new EU sanctions", "threatened to veto them": proposed, not adopted (nor threatened)
                return "proposed"
            if unlikely_above(node):
                # "is unlikely to impose tariffs": none taken; "is unlikely to lift them": still in force
                return "in_force" if set(cues) & {"lifted", "reduced"} or lemma in _UNDOING_VERBS else "denied"
            if arrived == "nsubj" and lemma in MEASURE_EXPIRY_VERBS and not _hedged(node) \
                    and not any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in node.children):
                cues.append("lifted")  # "the tariffs expired on Monday" (not "will expire in May": in force until then)
            table = _on_the_table(node, before if arrived in ("dobj", "nsubj", "nsubjpass", "csubj") else None) \
                if not lemmas.isdisjoint(MEASURE_TABLE_NOUNS) else None
            if table == "denied":
                # "tariffs on cars are off the table": none taken; "lifting them is off the table": still in force
                return "in_force" if set(cues) & {"lifted", "reduced"} or lemma in _UNDOING_VERBS else "denied"
            if table:
                cues.append(table)  # "sanctions remain on the table", "put tariffs on the table": possible only
            if arrived in ("nsubj", "nsubjpass") and any(c.dep_ == "acomp" and c.lemma_.lower() in MEASURE_READINESS_WORDS
                                                         for c in node.children):
                cues.append("proposed")  # "the list of tariffs on US pork is ready", "sanctions are ready"
            if arrived == "nsubj" and before.i == head.i and (lemma in MEASURE_IMPENDING_VERBS or lemma in
                    MEASURE_ARRIVAL_VERBS and any(c.dep_ == "aux" and c.lower_ in _NOT_DONE_AUX for c in node.children)):
                cues.append("proposed")  # "sanctions could follow", "more tariffs will come", "tariffs loom"
            if arrived == "nsubj" and before.i == head.i and any(
                    c.dep_ == "advcl" and c.lemma_.lower() in MEASURE_STATUS_VERBS["in_force"] and c.tag_ == "VBN"
                    and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "once") for m in c.children)
                    and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) for c in node.children):
                cues.append("proposed")  # "tariffs on rice, if imposed, would hurt farmers"
            if arrived in ("nsubj", "csubj"):
                break
            if arrived == "dobj" and before.i == head.i and (lemma in MEASURE_AVERTING_VERBS or any(
                    (lemma, c.lower_) in MEASURE_AVERTING_PHRASES for c in node.children if c.dep_ == "prt")) \
                    or arrived == "prep" and head.head.i == before.i and (lemma, before.lower_) in MEASURE_AVERTING_PHRASES:
                cues.append("proposed")  # "hopes to avoid US tariffs", "is bracing for sanctions": to come at most
            if arrived == "dobj" and before.i == head.i and any(
                    (lemma, c.lower_) in MEASURE_PREPARING_PHRASES for c in node.children if c.dep_ == "prt") \
                    or arrived == "prep" and head.head.i == before.i and (lemma, before.lower_) in MEASURE_PREPARING_PHRASES \
                    and not any(c.dep_ == "dobj" for c in node.children):
                cues.append("proposed")  # "is working on sanctions", "drew up tariffs", "lined up duties": being readied
            if arrived == "dobj" and before.i == head.i and lemma in MEASURE_DESIRE_VERBS \
                    or arrived == "prep" and head.head.i == before.i and (lemma, before.lower_) in MEASURE_DESIRE_PHRASES:
                cues.append("proposed")  # "wants sanctions on Russian gas", "pushed for duties": wished for
            if arrived in ("xcomp", "ccomp") and lemma in MEASURE_ENABLING_VERBS and head.dep_ == "dobj" \
                    and head.head.i == before.i:
                cues.append("proposed")  # "the act allows Canada to impose duties": may, not did
            if (arrived in ("dobj", "nsubjpass") and before.i == head.i or arrived == "prep" and head.head.i == before.i
                    and before.lower_ == "about") and lemma in MEASURE_DISCUSSION_VERBS \
                    and any(c.lower_ in MEASURE_NEW_WORDS for c in own_children):
                cues.append("proposed")  # "further sanctions were discussed", "talked about new tariffs": none yet
            if arrived == "dobj" and before.i == head.i and _authorized_only(node):
                # "an executive order authorizing sanctions on Iran", "a law that authorizes tariffs": they may be
                # imposed; the verbs above act on the order or law
                cues.append("proposed")
                break
            if arrived == "xcomp" and lemma in MEASURE_WISH_VERBS and head.dep_ == "dobj" and head.head.i == before.i:
                # "wants to impose tariffs", "hopes to lift its sanctions": the act on the measure is wished, not done
                # (not "wants to extend a pause on tariffs": what is wished is of the pause)
                cues.append("proposed")
            if ((lemma, preposition) in MEASURE_REFUSAL_PREPS and (lemma != "stop" or any(
                    c.lower_ == "short" for c in node.children))) or arrived == "prep" and before.lower_ == "on" \
                    and lemma == "hold" and any(c.dep_ == "prt" and c.lower_ == "off" for c in node.children):
                # "held off on retaliatory tariffs": none taken
                # "decided against imposing tariffs": none taken; "refrained from lifting them": still in force
                return "in_force" if set(cues) & {"lifted", "reduced"} else "denied"
            preposition = None
            if arrived == "dobj" and before.lemma_.lower() in _PLAN_NOUNS and lemma in _DROPPING_VERBS \
                    and not _hedged(node):
                return "denied"  # "dropped plans to impose tariffs", "scrapped a proposal to ban": none taken
            if lemma in _DENYING_VERBS and not any(c.dep_ == "neg" for c in node.children) and (
                    arrived == "ccomp" or arrived == "dobj" and before.lemma_.lower() in _REPORT_NOUNS):
                # "denied reports that Lima would impose duties", "dismissed speculation that it plans tariffs",
                # "denied that it had imposed duties": none taken; "denied that it would lift them": still in force
                return "in_force" if set(cues) & {"lifted", "reduced"} else "denied"
            if arrived in ("dobj", "xcomp") and lemma in _OFFERING_VERBS and (
                    _carried_out_after(node) or arrived == "xcomp" and _carried_out_after(before)):
                return "in_force"  # "had planned to raise tariffs and did so on Monday": the plan carried out
            if arrived in ("dobj", "xcomp") and lemma in _OFFERING_VERBS and _dropped_after(node) or arrived == \
                    "ccomp" and lemma in MEASURE_STATUS_VERBS["threatened"] and (_dropped_after(node) or _dropped_after(before)):
                # "had planned to raise tariffs, but shelved the plan", "threatened tariffs but later dropped the
                # threat": a proposal or a threat no longer
                return "denied"
            denial = _denial(node, arrived, acted)
            if denial is not None:
                # "did not impose a ban", "ruled out curbs", "refused to impose tariffs": none taken; "has not lifted its
                # tariffs", "ruled out lifting them": they stay in force; "did not rule out tariffs": still possible
                if denial == "denied" and (set(cues) & {"lifted", "reduced", "changed"} or lemma in _UNDOING_VERBS):
                    return "in_force"
                return denial
            # "lifted its counter-tariffs ... but kept duties on steel": "kept" says the duties' status, not "lifted"
            for status, words in MEASURE_STATUS_VERBS.items():
                if status == "in_force" and _on_hold(node) or status == "lifted" and (court or any(
                        (lemma, c.lower_) in MEASURE_LIFTING_PHRASES for c in node.children if c.dep_ == "prt")):
                    # "put its tariffs on hold": paused, as "suspended"; "struck down"; "a judge blocked them"
                    status, words = "lifted", {lemma}
                if status == "lifted" and lemma in words and _to_come(node):
                    undone_later = True  # "will suspend the tariff", "announced it would scrap": in force until then
                if lemma in words and not (acted and arrived == "conj") and not (status == "lifted" and _to_come(node)):
                    if status == "lifted" and (part or any(c.dep_ == "advmod" and c.lower_ in MEASURE_PART_ADVERBS
                                                           for c in node.children)):
                        status = "reduced"  # "lifted some of the sanctions", "partially lifted": the rest stays
                    cues.append(status)  # "will suspend the tariff": in force until then
            if lemma in MEASURE_RESTORING_VERBS and arrived == "dobj" and before.i == head.i:
                restoring = True
            if lemma in MEASURE_DELAY_VERBS and arrived in ("dobj", "nsubjpass") and before.i == head.i:
                cues.append("announced")  # "delayed its retaliatory tariffs until July": told, not in force yet
            if (lemma in MEASURE_DELAY_VERBS or lemma == "put" and "off" in {c.lower_ for c in node.children
                                                                              if c.dep_ == "prt"}) \
                    and arrived in ("xcomp", "dobj", "pcomp") and before.tag_ == "VBG" and not _hedged(node):
                # "postponed imposing duties", "put off imposing sanctions": not yet in force; "delayed lifting its
                # ban", "deferred raising its tariffs": they stay as they are
                if set(cues) & {"lifted", "reduced", "changed"}:
                    return "in_force"
                cues.append("announced")
            if lemma in MEASURE_REDUCING_VERBS and not (acted and arrived == "conj"):
                cues.append("reduced")  # a hedge on a cut ("would consider lowering") leaves the measure in force
            elif lemma in MEASURE_CHANGE_VERBS and arrived == "dobj" and not acted and _existing(own_children):
                # "proposed doubling its steel tariffs": the proposal is of the change, the tariffs are there (but
                # "threatened to raise tariffs on X" may be of new ones)
                cues.append("changed")
            if arrived == "dobj" and any(_lifts_it(c, MEASURE_STATUS_VERBS["lifted"] | (
                    MEASURE_COURT_VERBS if _by_court(node) else frozenset())) or _it_was_lifted(c) for c in _verbs_after(node)):
                # "slapped a duty on onions in August, then scrapped it in December", "a court ruled the tariffs
                # unlawful and blocked them" (not "would impose duties and drop them later")
                cues.append("lifted")
            elif arrived == "dobj" and node.tag_ == "VBD" and not _hedged(node) and any(
                    _lifts_it(k) for c in node.children if c.dep_ == "prep" and c.lower_ == "before" and c.i > node.i
                    for k in c.children if k.dep_ == "pcomp" and k.tag_ == "VBG"):
                cues.append("lifted")  # "imposed tariffs last year, before lifting them in May"
            if arrived == "dobj" and "lifted" in cues and any(_lifts_it(c, MEASURE_RESTORING_VERBS) for c in node.children
                                                              if c.dep_ in ("conj", "dep") and c.i > node.i
                                                              and c.tag_ in ("VBD", "VBN")):
                restored = True  # "lifted sanctions in 2023 but reimposed them in 2024"
            acted = acted or lemma in _ACTING_VERBS
            kids = list(node.children)
            children = {c.lower_ for c in kids}
            reported = node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS
            # "said it would proceed with tariffs": carrying the measure out, as imposing it
            ahead = arrived == "prep" and before.lower_ == "with" and _going_ahead(node)
            # "said it would trigger a snapback of sanctions": bringing them back, as imposing them
            coming = lemma in _COMING_VERBS and not _on_hold(node) or ahead or instrument \
                or arrived == "dobj" and before.i == returning
            if children & _MODALS and not (reported and children & {"would", "will"}):
                cues.append("proposed")
            elif reported and children & {"would", "will"} and coming:
                cues.append("announced")  # "said it would impose": the reported future is announced
            elif reported and coming and node.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids):
                cues.append("announced")  # "said he was raising the tariff": told as under way, not told in force
            elif children & {"will", "shall"} and coming:
                # "China will require licences from February 1", "Chinese steel will face a duty of 30%": told, not
                # yet in force
                cues.append("announced")
            if coming and node.dep_ == "advcl" and node.tag_ in ("VBZ", "VBP") and any(
                    c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in kids) and any(
                    c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in node.head.children):
                # "China's duties will take effect after the US imposes tariffs": the present of a time clause under
                # a future tells a future
                cues.append("announced")
            if _appeal_above(node) is not None:
                cues.append("asked")  # "urged the EU to impose", "called on X to lift"
            if node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not (
                    (node.head.lemma_.lower() in MEASURE_ABILITY_USE_VERBS or _went_on(node.head))
                    and node.head.tag_ == "VBD" and not _hedged(node.head)) and not _carried_out_before(node):
                # "ministers will meet to agree sanctions": what they meet for (not "while X cuts its levy to 10%"; not
                # "invoked a trade law to impose duties": the means used, the measure taken; not "went on to impose
                # duties": then did)
                cues.append("proposed")
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids) or any(
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                    for c in kids):
                cues.append("proposed")  # "would raise its tariff if Ottawa went ahead": a condition, not yet taken
            if ahead:
                break  # "Kenya warned it would respond if Uganda presses ahead with a ban": the verbs above are Kenya's
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in own_children):
        cues.append("proposed")  # "any new levy", "no tariffs": none in force
    for change in ("lifted", "reduced", "changed"):
        if change in cues and set(cues[cues.index(change) + 1:]) & {"proposed", "threatened", "asked"}:
            # "considering lifting tariffs", "urged X to drop its duties", "would lower its tariffs if ...": not
            # lifted or cut, still in force
            return "in_force"
    if restored or restoring and set(cues) <= {"in_force"} and cues:
        # "restored the ban that was lifted earlier this month": its lifting is what the restoring undid
        return "in_force"
    # ... or on its goods, when only a measure can be so ("tariffs on Chinese cars, which were imposed in July")
    on_goods = [c for p in covered for o in p.children for c in o.children if c.lemma_.lower() == "impose"]
    if set(cues) <= {"in_force"} and any(_then_lifted(c) for c in own_children + on_goods):
        return "lifted"  # "tariffs on steel, which the US imposed in 2024 and lifted in May"
    taken = next((status for c in own_children + on_goods for status, verbs in MEASURE_TAKEN_VERBS.items()
                  if _told_done_clause(c) and c.lemma_.lower() in verbs), None)
    if taken and not set(cues) & {"lifted", "reduced", "changed"}:
        return taken  # "proposed sanctions, which were adopted on Friday": the proposal was carried
    if set(cues) <= {"in_force"} and any(_told_done_clause(c) and _on_its_object(c) and (
            c.lemma_.lower() in MEASURE_STATUS_VERBS["lifted"] or c.lemma_.lower() in MEASURE_COURT_VERBS
            and _by_court(c)) for c in own_children):
        # "the tariffs on steel that Canada scrapped in May", "sanctions which were lifted in 2024", "imposed tariffs,
        # which it scrapped in May", "tariffs which a court blocked in May"
        return "lifted"
    if not cues and any(_ended_modifier(c) for c in own_children):
        return "lifted"  # "the lifted sanctions", "the now-scrapped tariffs", "tariffs on steel, since lifted"
    if set(cues) <= {"in_force"} and any(_lifts_measure_of_goods(c) for p in covered for o in p.children
                                         for g in with_conjuncts(o) for c in g.children):
        return "lifted"  # "tariffs on Chinese steel, which the US lifted last year": the clause hangs on the goods
    if "lifted" not in cues and any(_took_effect(c) for c in own_children + [
            c for p in covered for o in p.children for c in o.children]):
        return "in_force"  # whatever is planned for it, it applies now
    if undone_later and "lifted" not in cues and "announced" in cues:
        return "in_force"  # "announced it would scrap its sanctions": the lifting is announced, the sanctions stand
    if returning is not None and set(cues) <= {"in_force"} and not _told_done_above(token.doc[returning]):
        return "proposed"  # "pushed for the reimposition of tariffs", "a snapback of sanctions would follow": not back
    if returning is not None and set(cues) <= {"in_force"} and token.doc[returning].head.lemma_.lower() in \
            MEASURE_STARTING_VERBS and token.doc[returning].dep_ in ("dobj", "nsubjpass"):
        return "announced"  # "triggered the snapback of UN sanctions": set going, back only later
    if "asked" in cues:
        return "proposed"  # "urged the EU to impose sanctions"
    planned = next((status for c in own_children for status, words in MEASURE_STATUS_ADJECTIVES.items()
                    if c.lower_ in words and not _carried_out(head)), None)
    if "lifted" in cues and planned:
        return planned  # "the deal suspends the proposed 40% tariff": called off before it came, never in force
    if "lifted" in cues and head.dep_ in ("dobj", "nsubjpass") \
            and head.head.lemma_.lower() in MEASURE_PAUSE_VERBS | {"suspend"} \
            and any(c.dep_ == "amod" and c.lower_ in MEASURE_RAISE_ADJECTIVES for c in own_children):
        return "announced"  # "signed an order suspending higher tariffs on Laos": the raise held before it came
    for status in ("lifted", "threatened", "proposed"):
        if status in cues:
            return status
    if "announced" in cues:
        return "announced"
    return "in_force" if cues else None


def _timetabled(word, infinitive) -> bool:
    """ "Mexico is due to impose duties from Thursday", "is scheduled to lift the ban on May 2": a word of a timetable
    (MEASURE_TIMETABLE_WORDS) in the present, with a day told for the act under it (not "was due to", "is set to
    impose duties", "is set to impose duties next year")."""
    if word.lower_ not in MEASURE_TIMETABLE_WORDS:
        return False
    copula = word.head if word.dep_ == "acomp" else word
    if not any(c.dep_ in ("auxpass", "aux", "ROOT") and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be"
               for c in ([copula] if copula.lemma_ == "be" else []) + list(copula.children)):
        return False
    days = [d for n in (word, infinitive) for c in n.children if c.i > word.i for d in (
        [c] if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" else
        [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
        if c.dep_ == "prep" and c.lower_ in _START_WORDS | {"on"} else [])]
    # (whether a day is told, not which: any anchor will do)
    return any(resolve_date(" ".join(t.text for t in d.subtree if t.ent_type_ == "DATE"), _ANY_DAY) is not None
               for d in days)


_ANY_DAY = dt.date(2000, 1, 1)


def _no_longer(verb) -> bool:
    """ "no longer imposes", "is no longer subject to": what the verb tells is over."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(k.lower_ == "no" for k in c.children)
               for c in verb.children)


def _told_done_above(noun) -> bool:
    """Whether the first verb above `noun` tells it done: "completed the snapback", "the reinstatement was approved"."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "be") for c in verb.children)) and not _hedged(verb)


def _doers(verb) -> list:
    """Who does `verb`: its subject, or the agent of its passive ("were blocked by a court"), or the subject of the
    verb it is the infinitive of ("a court refused to block")."""
    doers = [verb.head if k.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else k
             for k in verb.children if k.dep_ == "nsubj"] + [
        p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return doers or (_doers(verb.head) if verb.dep_ == "xcomp" and verb.head.i != verb.i else [])


def _authorized_only(verb) -> bool:
    """ "an order authorizing sanctions", "a law that permits tariffs", "the bill authorizes duties": a verb of enabling
    done by no state, body or person, whose object is only made possible."""
    return verb.lemma_.lower() in MEASURE_ENABLING_VERBS and not any(_agent_like(k) for k in _doers(verb))


def _agent_like(token) -> bool:
    """A state, a body or a person, named or told by a pronoun ("Hungary", "the Senate", "it"): one that can veto."""
    return token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or token.lower_ in ("it", "they", "he", "she")


def _by_court(verb) -> bool:
    """ "a court blocked", "were enjoined by a federal judge", "Judge Ruiz blocked": done by a court or a judge."""
    return any(k.lemma_.lower() in COURT_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() in COURT_NOUNS
                                                      for c in k.children) for k in _doers(verb))


def _to_come(verb) -> bool:
    """ "will suspend the tariff", "said it would lift sanctions" (a reported "would" is a "will"): told as to come."""
    aux = {c.lemma_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & {"will", "shall"}) or "would" in aux and verb.dep_ == "ccomp" \
        and verb.head.lemma_.lower() in REPORTING_VERBS


def _concessive(prep) -> bool:
    """ "despite", "notwithstanding", "in spite of", "in defiance of", "regardless of", "irrespective of": what
    follows is done against, not taken."""
    return prep.pos_ in ("ADP", "SCONJ") and (prep.lower_ in _CONCESSIVE_PREPS or prep.lower_ == "of"
                                   and prep.head.lower_ in _CONCESSIVE_HEADS)


def _relief_above(node, arrived, before) -> bool:
    """Whether `node`, reached from `before`, is relief from the measure below: "a waiver from sanctions", or a verb
    whose object is the relief with the measure hung on the verb ("revoked a waiver from sanctions" parsed so)."""
    if node.pos_ == "NOUN":
        return node.lemma_.lower() in MEASURE_RELIEF_NOUNS
    return node.pos_ in ("VERB", "AUX") and arrived == "prep" and before.lower_ in ("from", "to", "on") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MEASURE_RELIEF_NOUNS for c in node.children)


def _kept(commitment, lifting) -> bool:
    """A commitment told as carried out: "agreed to lift its tariffs and lifted them on Monday", "agreed to lift
    them and did so", "the deal to lift the tariffs took effect on Monday" (the parser may hang the later verb on
    the lifting)."""
    if commitment.pos_ == "NOUN":
        verb = commitment.head
        # "made good on its pledge to lift sanctions", "delivered on its promise to scrap the duties": carried out
        return commitment.dep_ == "nsubj" and _of_effect(verb) and verb.tag_ in ("VBD", "VBN") and not _hedged(verb) \
            or _carried_out(commitment) and _told_done_above(commitment)
    return any(c.dep_ == "conj" and c.i > commitment.i and c.tag_ in ("VBD", "VBN") and (_lifts_it(c) or any(
        (c.lemma_.lower(), k.lower_) in MEASURE_CARRY_OUT_PHRASES for k in c.children if k.dep_ in ("prt", "advmod")))
               for c in list(commitment.children) + list(lifting.children))


def _on_hold(verb) -> bool:
    """ "put its tariffs on hold", "were placed on ice", "kept in abeyance"."""
    return verb.lemma_.lower() in MEASURE_HOLD_VERBS and any(_hold_noun(p) for c in verb.children if c.dep_ == "prep"
                                                              and c.lower_ in ("on", "in") for p in c.children)


def _hold_noun(t) -> bool:
    return t.dep_ == "pobj" and t.lemma_.lower() in MEASURE_HOLD_NOUNS and not any(True for _ in t.children)


def _warned_of(arrived, before, head) -> bool:
    """The measure `head` hangs on a threat verb by "about" or "of", told on the verb or on its object ("warned of
    its tariffs", "warned traders about its tariffs")."""
    if arrived == "prep":
        return before.lower_ in _WARNED_OF
    return arrived == "dobj" and any(c.dep_ == "prep" and c.lower_ in _WARNED_OF
                                     and c.left_edge.i <= head.i <= c.right_edge.i for c in before.children)


def _existing(children) -> bool:
    """A measure told as one already there: "its steel tariffs", "the duties", "existing curbs"."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "these", "those")
               or c.dep_ == "amod" and c.lower_ in ("existing", "current") for c in children)


_EFFECT_VERBS = frozenset({"take", "come", "enter", "go"})  # with "effect"/"force": "takes effect", "enters into force"
# verbs of a measure applying: with "will" (or a reported "would") the measure is announced, not in force yet
_COMING_VERBS = MEASURE_STATUS_VERBS["in_force"] | LICENCE_VERBS | RATE_VERBS
_UNDOING_VERBS = MEASURE_STATUS_VERBS["lifted"] | MEASURE_REDUCING_VERBS
_REFUSAL_VERBS = frozenset({"refuse", "decline", "fail"})
# a negation on these denies the measure under them: acting on it, deciding on it, telling of it
_DENIABLE_VERBS = _MEASURE_LEMMAS | frozenset().union(*MEASURE_STATUS_VERBS.values()) | MEASURE_REDUCING_VERBS \
    | REPORTING_VERBS | {"decide"}


def _denial(verb, arrived, acted) -> str | None:
    """ "denied" when `verb` says the act on the measure below it was not done ("did not impose", "has not imposed",
    "never sanctioned", "refused to impose", "failed to impose", "has yet to impose", "ruled out curbs", "No country
    has imposed"); "proposed" for "did not rule out tariffs"."""
    # "No country has imposed sanctions", "Neither Chile nor Bolivia imposed tariffs": negated by the subject
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("none", "nobody", "neither") or any(
            k.dep_ in ("det", "preconj") and k.lower_ in ("no", "neither") for k in c.children)) for c in verb.children)
    lemma = verb.lemma_.lower()
    if arrived == "xcomp" and lemma in ("have", "be") and not negated and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children):
        return "denied"  # "has yet to impose tariffs": not taken (and "is yet to lift them": still in force)
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return "proposed" if negated else "denied"
    if lemma in _REFUSAL_VERBS | MEASURE_OPPOSING_VERBS and arrived == "xcomp":
        return None if negated else "denied"
    if negated and (lemma in _DENIABLE_VERBS and (acted or lemma in _ACTING_VERBS or lemma in _MEASURE_LEMMAS
                                                  or arrived in ("dobj", "nsubjpass"))):
        return "denied"
    return None


# a proposal told as given up: "dropped plans to impose", "abandoned the idea", "shelved the proposal"
# (not "dropped the deadline", nor "suspended the decision to impose tariffs": those may have been taken)
_PLAN_NOUNS = (MEASURE_STATUS_NOUNS["proposed"] - MEASURE_DUE_NOUNS) | {"intention", "intent"}
_DROPPING_VERBS = frozenset(MEASURE_STATUS_VERBS["lifted"]) | {"abandon", "ditch", "retract"}


# verbs saying what is reported (by the clause under them, or a report noun's) is untrue
_DENYING_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "rebut"})
_REPORT_NOUNS = frozenset({"report", "claim", "speculation", "suggestion", "rumor", "rumour", "allegation", "story"})


_OFFERING_VERBS = MEASURE_STATUS_VERBS["proposed"] | MEASURE_STATUS_VERBS["threatened"]


def _carried_out(noun) -> bool:
    """ "followed through with his threat to", "made good on its threat to", "carried out its plan to": the threat or
    plan told as carried out, so no longer only threatened or proposed."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
        else None
    if verb is None or verb.pos_ != "VERB" or _hedged(verb):
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj", "advmod", "acomp", "oprd")}
    words |= {noun.head.lower_} if noun.dep_ == "pobj" else set()
    return any((verb.lemma_.lower(), w) in MEASURE_CARRY_OUT_OBJECT_PHRASES for w in words)


def _carried_out_before(infinitive) -> bool:
    """ "delivered on his threat to slap tariffs", the parser hanging the infinitive on "delivered" rather than on
    "threat": the infinitive is of the noun just before it, which a verb told done carries out."""
    verb = infinitive.head
    nouns = [n for c in verb.children if c.i < infinitive.i for n in ([c] if c.dep_ == "dobj" else [
        k for k in c.children if k.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    return any(n.right_edge.i + 1 == infinitive.left_edge.i and _carried_out(n) for n in nouns) \
        and verb.tag_ in ("VBD", "VBN") and not _hedged(verb)


def _dropped_after(verb) -> bool:
    """ "had planned to raise tariffs, but shelved the plan", "considered sanctions but dropped them", "threatened
    tariffs but backed down", "threatened tariffs before backing down", "warned it would impose duties but dropped the
    threat": a verb told as done after the one proposing or threatening the measure (or after the verb of the
    threat's clause), with the same subject, giving up the plan (or the measure by a pronoun)."""
    later = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.tag_ in ("VBD", "VBN")] + [
        k for c in verb.children if c.dep_ == "prep" and c.lower_ == "before" for k in c.children if k.dep_ == "pcomp"]
    return any(_gives_up(c, verb) for c in later)


def _carried_out_after(verb) -> bool:
    """ "had planned to raise tariffs and did so on Monday", "threatened tariffs and imposed them", "threatened to
    impose tariffs and went ahead": a verb told as done after the one proposing or threatening the measure (or after
    its infinitive), with the same subject, carrying it out."""
    return any(_carries_out(c, verb) for c in verb.children if c.dep_ == "conj" and c.i > verb.i
               and c.tag_ in ("VBD", "VBN"))


def _carries_out(verb, proposing) -> bool:
    if verb.pos_ != "VERB" or _hedged(verb):
        return False
    theirs = [k.lower_ for k in proposing.children if k.dep_ == "nsubj"]
    if any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ not in ("it", "they", "he", "she") and k.lower_ not in theirs
           for k in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if any((lemma, k.lower_) in MEASURE_CARRY_OUT_PHRASES for k in verb.children
           if k.dep_ in ("prt", "advmod", "oprd", "acomp")):
        return True
    return lemma in MEASURE_STATUS_VERBS["in_force"] and any(
        k.dep_ == "dobj" and k.lower_ in ("it", "them") for k in verb.children)


def _given_up_next(state, ctx, sent) -> None:
    """ "Brazil threatened tariffs on ethanol. It later dropped the threat.", "... The plan was shelved.": a sentence
    with no measure word that gives up "the" threat or plan takes back the one measure the sentence just before
    told as threatened or proposed (one in force, or two, stay). Asked only of a sentence with no measure word ("dropped
    the threat of sanctions" is read with its own measure)."""
    told = _told_just_before(state, ctx, sent)
    if not told or not all(m["status"] in ("threatened", "proposed") for m in told):
        return
    for token in ctx.tokens_with(sent, lemmas=_PLAN_NOUNS):
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _THE_ONE_TOLD for c in token.children):
            continue
        verb = token.head
        if any(c.dep_ == "poss" for c in token.children) and any(
                k.dep_ == "nsubj" and k.lower_ not in ("it", "they") for k in verb.children):
            continue  # "The US dropped its plan": whose plan the subject says, maybe not the one told before
        if token.dep_ == "nsubjpass" and verb.lemma_.lower() in _DROPPING_VERBS and not _hedged(verb) \
                or token.dep_ == "dobj" and _gives_up(verb, verb):
            for m in told:
                state.measure_mentions.remove(m)
            state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)),
                                   "measure given up in the next sentence")
            return


_THE_ONE_TOLD = frozenset({"the", "that", "this", "its", "their"})
# the lemmas of a verb of a court's ending a measure (kg.tables.MEASURE_COURT_VERBS, MEASURE_LIFTING_PHRASES)
_COURT_LEMMAS = MEASURE_COURT_VERBS | {verb for verb, _ in MEASURE_LIFTING_PHRASES}


def _told_just_before(state, ctx, sent) -> list:
    """The mentions of the one measure the sentence right before `sent` told (co-imposers' too), or []."""
    previous = state.measure_mentions[-1] if state.measure_mentions else None
    if previous is None or ctx.text[previous["sentence"].end - ctx.offset:sent.start_char].strip():
        return []
    told = [m for m in state.measure_mentions if m["sentence"] == previous["sentence"]]
    return told if len({m["span"] for m in told}) == 1 else []


def _lifted_next(state, ctx, sent) -> int | None:
    """ "India imposed tariffs on Chinese steel. It lifted them in May.", "... The tariffs were suspended in May.": a
    lifting told as done, of "them" or of "the" bare measure word of the same kind, by no one else, lifts the one
    measure in force the sentence just before told (so a putting back restores a lifted one, and a taking carries out
    a threatened or proposed one). Returns the index of the measure word so read, if any."""
    told = _told_just_before(state, ctx, sent)
    # "... lifted sanctions in 2023. It reimposed them in 2024.": a lifted one put back is in force again; "Canada
    # threatened tariffs on US steel. It imposed them on Monday.": a threat or plan carried out is in force
    after = {"in_force": ("lifted", MEASURE_STATUS_VERBS["lifted"]), "lifted": ("in_force", MEASURE_RESTORING_VERBS),
             "threatened": ("in_force", MEASURE_TAKEN_VERBS["in_force"]),
             "proposed": ("in_force", MEASURE_TAKEN_VERBS["in_force"])}
    if not told or len({m["status"] for m in told}) != 1 or told[0]["status"] not in after:
        return None
    status, verbs = after[told[0]["status"]]
    imposers = {m["imposer"] for m in told}
    # only a word hanging on a verb of the change (or such a verb that is its sentence's root) is read: the rest of
    # the words, in the sentence's order, would be passed over below
    changing = ctx.indices_with(sent, lemmas=verbs | _COURT_LEMMAS if status == "lifted" else verbs)
    doc = sent.doc
    for token in sorted({c for v in changing for c in doc[v].children} | {doc[v] for v in changing if doc[v].head.i == v},
                        key=attrgetter("i")):
        verb = token.head
        # "... A court blocked the tariffs on Monday.", "... The tariffs were struck down by a judge.": a court ends
        # a measure it did not impose
        court = status == "lifted" and verb.i != token.i and (
            verb.lemma_.lower() in MEASURE_COURT_VERBS or any((verb.lemma_.lower(), c.lower_) in MEASURE_LIFTING_PHRASES
                                                          for c in verb.children if c.dep_ == "prt")) and _by_court(verb)
        if verb.pos_ != "VERB" or not (court or verb.lemma_.lower() in verbs) or _hedged(verb) \
                or any(c.dep_ == "advmod" and c.lower_ in MEASURE_PART_ADVERBS for c in verb.children):
            continue
        doers = [k for k in verb.children if k.dep_ == "nsubj"] + [
            p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if not court and any(k.lower_ not in ("it", "they") and state.agent_key(k, ctx, allow_people=True) not in imposers
                             for k in doers):
            continue  # "China lifted them": whose measure is not said
        if token.dep_ == "dobj" and token.lower_ in ("it", "them") and next(
                iter(ctx.tokens_with(sent, lemmas=_MEASURE_LEMMAS)), None) is None:
            word = None
        elif token.dep_ in ("nsubjpass",) + (("dobj",) if court else ()) and token.lemma_.lower() in MEASURE_TRIGGERS \
                and token.pos_ == "NOUN" \
                and MEASURE_TRIGGERS[token.lemma_.lower()] == told[0]["kind"] \
                and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children) \
                and all(c.dep_ == "det" for c in token.children):
            word = token.i  # "The tariffs were lifted", not "The tariffs on cars were lifted" (another may be)
        else:
            continue
        for m in told:
            m["status"], m["told"] = status, True
        state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)),
                               f"measure {status} in the next sentence")
        return word if word is not None else -1
    return None


_IN_FORCE_PRONOUNS = frozenset({"it", "they"})
_IN_FORCE_NOUNS = frozenset(MEASURE_TRIGGERS) | MEASURE_BACK_NOUNS


def _in_force_next(state, ctx, sent) -> int | None:
    """ "Canada proposed tariffs on Mexican steel. The tariffs took effect on Monday.", "... They are now in force.":
    "the" bare measure word of the same kind (or "it", "they" with no measure word) told as taking effect or being in
    force carries the one measure the sentence just before told as proposed, threatened or announced that far ("will
    take effect" makes a proposed one announced, and one told as adopted too). Returns the index of the measure word
    so read (-1 for a pronoun)."""
    told = _told_just_before(state, ctx, sent)
    if not told or len({m["status"] for m in told}) != 1 \
            or told[0]["status"] not in ("proposed", "threatened", "announced", "in_force"):
        return None
    words = list(ctx.tokens_with(sent, lemmas=_MEASURE_LEMMAS))
    for token in ctx.tokens_with(sent, words=_IN_FORCE_PRONOUNS, lemmas=_IN_FORCE_NOUNS):  # what the subject may be
        verb = token.head
        if token.dep_ != "nsubj" or verb.i == token.i:
            continue
        negated = any(c.dep_ == "neg" for c in verb.children)
        if negated and told[0]["status"] != "in_force":
            continue
        if token.lower_ in ("it", "they") and not words:
            word = -1
        elif token.pos_ == "NOUN" and (MEASURE_TRIGGERS.get(token.lemma_.lower()) in (told[0]["kind"], MEASURE)
                                       or token.lemma_.lower() in MEASURE_BACK_NOUNS) \
                and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children) \
                and all(c.dep_ == "det" or c.dep_ == "amod" and c.lower_ in MEASURE_NEW_WORDS for c in token.children):
            # "The tariffs took effect", "The new measures will take effect", not "The tariffs on cars took effect"
            # (another may be)
            word = token.i
        else:
            continue
        if told[0]["status"] == "in_force":
            # "The EU adopted sanctions on Russia. They will take effect on Friday.": adopted, not in force yet; so
            # too "They will not take effect immediately", "They are not yet in force" (not yet, whenever they do)
            aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            if not (_of_effect(verb) and (negated or aux & {"will", "shall"}) or negated and _be_in_force(verb)):
                continue
            status = "announced"
        elif negated:
            continue
        elif _of_effect(verb):
            status = _effect_status(state, "in_force", verb)
        elif _be_in_force(verb):
            aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            status = "announced" if aux & {"will", "shall"} else None if aux & _NOT_DONE_AUX else \
                _later_start(state, "in_force", [verb])
        else:
            continue
        if status is None or told[0]["status"] != "in_force" \
                and MEASURE_STATUS_PRECEDENCE.index(status) >= MEASURE_STATUS_PRECEDENCE.index(told[0]["status"]):
            return None  # "... The tariffs could take effect in May.": no further along than told
        for m in told:
            m["status"], m["told"] = status, True
        state.collector.report(token.text, ctx.span(token.idx, token.idx + len(token.text)),
                               f"measure {status} in the next sentence")
        return word
    return None


def _gives_up(verb, proposing) -> bool:
    """ "shelved the plan", "dropped them", "withdrew the threat", "backed down", "walked back the threat", told as
    done, by no other subject than the proposing verb's (none, a pronoun, or the same words)."""
    if verb.pos_ != "VERB" or _hedged(verb):
        return False
    own = [k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")]
    theirs = [k.lower_ for k in proposing.children if k.dep_ == "nsubj"]
    if any(k.lower_ not in ("it", "they", "he", "she") and k.lower_ not in theirs for k in own):
        return False
    lemma = verb.lemma_.lower()
    particles = {k.lower_ for k in verb.children if k.dep_ in ("prt", "advmod")}
    retreat = any((lemma, p) in MEASURE_RETREAT_PHRASES for p in particles)
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    if retreat and not objects:
        return True  # "backed down", "climbed down"
    return (lemma in _DROPPING_VERBS or retreat) and any(
        k.lemma_.lower() in _PLAN_NOUNS or k.lower_ in ("it", "them") for k in objects)


def _lifts_it(verb, verbs=MEASURE_STATUS_VERBS["lifted"]) -> bool:
    """ "... then scrapped it", "and lifted them in May": a verb after the one that acted on a measure, with the
    same subject, lifting it (or doing what `verbs` do) by a pronoun, told as done."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs \
        and any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not _hedged(verb)


def _be_in_force(verb) -> bool:
    """ "are in force", "is now in effect"."""
    return verb.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in MEASURE_IN_FORCE_NOUNS for o in c.children) for c in verb.children)


def _went_on(verb) -> bool:
    """ "went on to impose": then did."""
    return verb.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)


def _rejects(verb) -> bool:
    """ "rejected", "defeated", "voted down", "vetoed" (a text proposing a measure), told as done, not denied."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and not _hedged(verb) and not any(c.dep_ == "neg" for c in verb.children) and (
        lemma in MEASURE_REJECTING_VERBS or any((lemma, c.lower_) in MEASURE_REJECTING_PHRASES
                                                 for c in verb.children if c.dep_ == "prt"))


def _lifting_verb(head):
    """The verb lifting or cutting the measure `head` is the object of ("lift sanctions", "to ease the sanctions")."""
    verb = head.head
    if head.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _UNDOING_VERBS:
        return verb
    return None


def _on_its_own(head) -> bool:
    """ "sanctions against its food sector", "on their banks": on what the subject owns (not "on its allies")."""
    return any(p.dep_ == "prep" and p.lower_ in ("on", "against") and any(
        o.dep_ == "pobj" and o.lemma_.lower() not in MEASURE_PARTNER_NOUNS and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children) for o in p.children)
        for p in head.children)


def _others_named_on(head) -> bool:
    """ "sanctions on Turkish firms", "on Syria": a state, people or a body named in what the measure is on."""
    return any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for p in head.children
               if p.dep_ == "prep" and p.lower_ in ("on", "against") for t in p.subtree)


def _sanctioned_before(state, agent) -> bool:
    """Whether the article told `agent` (or the country it acts for) as the target of sanctions before."""
    country = state.acting_country(agent)
    return any(m["kind"] == SANCTION and any(state.acting_country(t) == country for t in m["targets"])
               for m in state.measure_mentions)


def _told_as_history(token, head) -> bool:
    """ "The ban was imposed in 2008", "Egypt imposed the ban in 2008": the measure told before ("the"), told as
    taken in the past (not "reimposed", not "imposed again")."""
    verb = head.head
    if verb.i == head.i or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                   for c in list(token.children) + list(head.children)):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in MEASURE_STATUS_VERBS["in_force"] or lemma in MEASURE_RESTORING_VERBS or _hedged(verb) \
            or any(c.lower_ in ("again", "anew") for c in verb.children):
        return False
    return head.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children) \
        or head.dep_ == "dobj" and verb.tag_ == "VBD"


def _verbs_after(verb) -> list:
    """The verbs told as done after `verb` in its sentence, coordinated with it or with a verb coordinated with it
    ("imposed a ban in 2008, said it needed the rice, but this was reversed")."""
    out = []
    for c in verb.children:
        if c.dep_ in ("conj", "dep") and c.i > verb.i and c.tag_ in ("VBD", "VBN"):
            out.append(c)
            out += [k for k in c.children if k.dep_ == "conj" and k.tag_ in ("VBD", "VBN")]
    return out


def _it_was_lifted(verb) -> bool:
    """ "... but this was reversed last year", "and it was lifted in 2010": the measure acted on before, lifted."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in MEASURE_STATUS_VERBS["lifted"] and not _hedged(verb) \
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("it", "this", "that", "they") for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children)


def _effect_verb(head):
    """ "the tariffs would take effect on August 1", "the ban enters into force in September": the verb telling the
    measure (its subject) starts to apply, or None."""
    verb = head.head
    return verb if head.dep_ in ("nsubj", "nsubjpass") and verb.i != head.i and _of_effect(verb) else None


def _of_effect(verb) -> bool:
    """ "take effect", "come into force", "enter into force", "go into effect"."""
    return verb.lemma_.lower() in _EFFECT_VERBS and any(
        t.lower_ in ("effect", "force") and t.head.i in (verb.i, *[c.i for c in verb.children]) for t in verb.subtree)


def _effect_status(state, status, verb) -> str:
    """The status of a measure told as taking effect: "will take effect" is announced, "would/could take effect"
    proposed (a reported "would" announced), one taking effect on a day to come announced; "took effect" leaves it."""
    if status != "in_force" or verb.tag_ in ("VBD", "VBN"):
        return status
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & {"will", "shall"} or aux & {"would"} and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
        return "announced"
    if aux & _MODALS:
        return "proposed"
    return _later_start(state, status, [verb])


def _told_done_clause(clause) -> bool:
    """A relative clause on a measure told as done: "which were adopted on Friday", "that member states approved"
    (not "which are expected to be adopted", "that have yet to be adopted")."""
    return clause.dep_ in ("relcl", "acl") and clause.tag_ in ("VBD", "VBN") and not _hedged(clause) \
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("be", "being") for c in clause.children)


def _on_its_object(clause) -> bool:
    """A relative clause acting on the noun it hangs on: "(the tariffs) that Canada scrapped", "(the tariffs) Canada
    scrapped", "(the sanctions) which were lifted"; not "(the tariffs) that ended a truce"."""
    return any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS or c.dep_ == "nsubjpass" for c in clause.children) \
        and not any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children)


def _ended_modifier(child) -> bool:
    """A modifier telling the measure applies no more: "former", or a bare participle of lifting or expiring ("the
    lifted sanctions", "the now-scrapped tariffs", "tariffs lifted in May", "since lifted"); not "to be lifted",
    "not lifted", "lifted by half"-like clauses with a subject or an object of their own."""
    if child.dep_ == "amod" and child.lower_ in MEASURE_ENDED_ADJECTIVES:
        return True
    if not (child.dep_ in ("amod", "acl") or child.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ == "since" for c in child.children)):
        return False
    return child.tag_ == "VBN" and child.lemma_.lower() in MEASURE_STATUS_VERBS["lifted"] | MEASURE_EXPIRY_VERBS \
        and not any(c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass", "dobj") for c in child.children) \
        and not any(c.dep_ == "advmod" and c.lower_ in MEASURE_PART_ADVERBS for c in child.children)


def _then_lifted(clause) -> bool:
    """A clause on a measure, told as done, with a lifting coordinated after it that shares its object: "(tariffs)
    which the US imposed in 2024 and lifted in May"; not "... and lifted some", "... and will lift in May"."""
    return _told_done_clause(clause) and _on_its_object(clause) and any(
        c.dep_ == "conj" and c.i > clause.i and c.tag_ in ("VBD", "VBN")
        and c.lemma_.lower() in MEASURE_STATUS_VERBS["lifted"] and not _hedged(c) and not any(k.dep_ in ("nsubj", "nsubjpass", "dobj") or k.dep_ == "advmod"
                                       and k.lower_ in MEASURE_PART_ADVERBS for k in c.children)
        for c in clause.children)


def _lifts_measure_of_goods(clause) -> bool:
    """A clause on a measure's goods telling the measure was lifted, as only a measure can be: "(steel) which the US
    lifted", "(steel) which it scrapped", "(steel) which were lifted" (plural: not the steel), "(corn) which a court
    blocked"; not "(cars) which buyers cancelled", "(firms) which the US removed from its list"."""
    if clause.lemma_.lower() in MEASURE_COURT_VERBS and _by_court(clause):
        return _told_done_clause(clause) and _on_its_object(clause)
    if not (_told_done_clause(clause) and clause.lemma_.lower() in MEASURE_ONLY_LIFTING_VERBS and _on_its_object(clause)) \
            or any(c.dep_ == "prep" and c.lower_ == "from" for c in clause.children):
        return False
    goods = clause.head
    return any(c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "ORG", "NORP") or c.lower_ in ("it", "they"))
               or c.dep_ == "auxpass" and c.lower_ == "were" and goods.tag_ in ("NN", "NNP")
               for c in clause.children)


def _took_effect(clause) -> bool:
    """ "that took effect in July", "which came into force last year", "that have entered into force": a clause on
    a measure saying it already applies."""
    return clause.dep_ in ("relcl", "acl") and clause.tag_ in ("VBD", "VBN") and _of_effect(clause) and not _hedged(clause)


def _targets_and_goods(state, ctx, token, head):
    targets_: list[str] = []
    goods: list[str] = []
    makers: list[str] = []  # firms whose goods the measure covers: not whom it is aimed at (but for a sanction)
    nodes = [token, head] if token.i != head.i else [token]
    verb = head.head
    if head.dep_ == "dobj" and verb.pos_ == "VERB":
        nodes.append(verb)  # "outlined tighter export controls on rare earths": the parser may attach "on" to the verb
        if verb.lemma_.lower() in RATE_VERBS:
            # "Rebar and wire rod from Turkey will face a duty of 35%": the subject is the goods
            _rated_goods(state, ctx, verb, targets_, goods)
    for node in nodes:
        for child in _own_children(node, head):
            if node.i == verb.i and child.lower_ != "on":
                continue
            if child.dep_ == "prep" and child.lower_ in ("on", "against", "for", "of", "to"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for t in _goods_conjuncts(pobj):
                        if not _hold_noun(t):  # "put its tariffs on hold": no goods
                            _read_target_or_goods(state, ctx, t, child.lower_, targets_, goods, makers)
            if child.dep_ == "relcl" and node.i != verb.i:
                # "the duty it slapped last year on Kenyan oil", "the tariff it has applied on imports from X"
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                for t in with_conjuncts(pobj):
                                    _read_target_or_goods(state, ctx, t, prep.lower_, targets_, goods, makers)
            if child.dep_ in ("acl",) and child.lemma_ in ("target", "hit", "affect", "cover"):
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        for t in with_conjuncts(obj):
                            _read_target_or_goods(state, ctx, t, "targeting", targets_, goods, makers)
        if node.i == verb.i:
            continue
        # "rare-earth export controls": compound modifiers name the goods
        for child in node.lefts:
            if child.i == token.i or child.like_num or child.lower_ in _RATE_WORDS or child.pos_ not in ("NOUN", "PROPN") \
                    or child.lemma_.lower() in MEASURE_TRIGGERS:
                continue  # "restriction limits": a measure word before another tells what kind, not what goods
            # nor a day the parser hangs on it ("announced on Monday tariffs on ...")
            if child.lemma_.lower() in MEASURE_TIME_MODIFIERS:
                continue  # "Trump-era tariffs": when they were taken
            if _split_prefix(child) or child.i > 0 and _split_prefix(child.doc[child.i - 1]):
                continue  # "anti- dumping duties": the kind of duty, its word split by a stray space
            if child.i > 0 and child.doc[child.i - 1].tag_ in ("CC", "TO", "MD") and child.lower_ in _ACTING_VERBS:
                continue  # "modify the tariffs or enact quotas", the verb parsed as a noun before the measure
            if _quoted(child):
                continue  # "the 'Freedom Day' tariffs": the measure's name, in quotes, not its goods
            if child.dep_ in ("compound", "nmod") and child.i not in ctx.tok_entity \
                    and child.lower_ not in MEASURE_KIND_MODIFIERS and child.ent_type_ not in ("DATE", "TIME"):
                words = [t for t in child.subtree if t.i not in ctx.tok_entity]
                label = _goods_label(words)
                if label and normalize_name(label) not in EXPORT_CONTROL_CUES | _TRADE_FLOW_WORDS | {"new", "higher", "tighter"}:
                    goods.append(label)
    return targets_, goods, makers


_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "``", "''"})


def _quoted(t) -> bool:
    """The words `t` heads stand in quotation marks: "'Freedom Day' tariffs"."""
    doc, left, right = t.doc, t.left_edge.i, t.right_edge.i
    inside = [w.i for w in t.subtree if w.text in _QUOTES]
    before = left > 0 and doc[left - 1].text in _QUOTES
    after = right + 1 < len(doc) and doc[right + 1].text in _QUOTES
    return (before or bool(inside) and inside[0] == left) and (after or bool(inside) and inside[-1] == right)


def _split_prefix(t) -> bool:
    """A prefix of a measure's kind cut from its word by a space: "anti-" in "anti- dumping duty"."""
    return t.text.endswith("-") and bool(t.whitespace_) and t.text[:-1].lower() in MEASURE_AGAINST_PREFIXES


def _read_target_or_goods(state, ctx, t, prep, targets_, goods, makers=None) -> None:
    """Whom a measure is aimed at, or what goods it covers, from one noun after its preposition. A firm that owns
    the goods ("export controls on ASML's machines") goes to `makers`: the goods are controlled, not the firm
    (the caller decides; with no `makers` list it is dropped)."""
    makers = [] if makers is None else makers
    key = state.agent_key(t, ctx, allow_people=True)
    if t.lower_ in PREPOSITION_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return  # "a hike on top of existing duties": a preposition, no goods
    origins = _goods_origins(t) if prep in ("on", "against", "of") else []
    for origin in origins:
        # "duties on ODCB imported from India and Japan": where the goods come from is whom the measure hits
        where = state.agent_key(origin, ctx, allow_people=False)
        if where and state.kind(where) == COUNTRY and where not in targets_:
            targets_.append(where)
    if key and origins and state.kind(key) == ORGANIZATION:
        key = None  # goods told as imported from somewhere, an acronym the tagger took for a firm: goods
    elif key and state.kind(key) == ORGANIZATION and prep in ("on", "against", "of") and t.text.isupper() \
            and any(k and state.kind(k) == COUNTRY for k in (state.agent_key(o, ctx, allow_people=False)
                                                             for o in _from_places(t))):
        # "duties on PTFE from Russia", "on MEG from Kuwait": an acronym from a country is a chemical, not a firm;
        # the country is read as the target below
        key = None
    if key and state.kind(key) != PERSON or (key and prep in ("against", "targeting")):
        if prep in ("against", "on", "targeting", "to") and key not in targets_:
            targets_.append(key)
        return
    if t.lower_ in _RATE_WORDS and prep != "for":
        # "tariffs of 8 to 30 per cent on steel": a rate, not goods; the goods may hang on it
        for p in (p for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for q in c.children
                  if q.dep_ == "pobj" for p in _goods_conjuncts(q)):
            _read_target_or_goods(state, ctx, p, "on", targets_, goods, makers)
        return
    if prep in ("for", "to") or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
        return
    if key is not None and state.kind(key) == PERSON:
        return  # "sanctions on Moldovan minister X": the person (`_people_on`), neither goods nor their country
    if t.lemma_.lower() in _QUANTITY_NOUNS:
        inner = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children
                 if q.dep_ == "pobj" for p in with_conjuncts(q)]
        for p in inner:
            _read_target_or_goods(state, ctx, p, prep, targets_, goods, makers)
        return
    if t.lower_ in _TRADE_FLOW_WORDS:
        inner = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children
                 if q.dep_ == "pobj" for p in with_conjuncts(q)]
        # "imports of steel from Canada and Mexico": where the flow comes from is whom the measure hits
        for origin in (p for c in t.children if c.dep_ == "prep" and c.lower_ == "from" and prep in ("on", "against", "of")
                       for q in c.children if q.dep_ == "pobj" for p in with_conjuncts(q)):
            key = state.agent_key(origin, ctx, allow_people=False)
            if key and state.kind(key) in (COUNTRY, ORGANIZATION) and key not in targets_:
                targets_.append(key)
        if inner:
            for p in inner:
                _read_target_or_goods(state, ctx, p, prep, targets_, goods, makers)
            return
    if _glued_to_next(t) is not None:
        return  # read with the conjunct it is glued to
    if _aimed_at_parent(state, ctx, t, targets_):
        return  # "sanctions on the US units of Hanwha Ocean": aimed at the parent firm, not where its units sit
    words = [t] + [w for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "poss", "det") for w in c.subtree]
    words += _glued_before(t)
    glued = t.head if t.dep_ == "compound" and t.head.i == t.i + 1 else None
    pobj = glued if glued is None or glued.dep_ == "pobj" else glued.head
    if glued is not None and getattr(_glued_predicate(pobj), "i", None) == glued.i:
        # "sanctions on Russian oil cost Europe dearly", "the tariffs on Canadian steel hurt mills": "Russian",
        # "Canadian" hang on the verb read as a noun, or on the noun after it
        words += [w for n in {glued.i: glued, pobj.i: pobj}.values() for c in n.lefts
                  if c.i < t.i and c.dep_ in ("compound", "amod", "nmod", "poss", "det") for w in c.subtree]
    # "steel from China, Vietnam and Egypt": where the goods come from is whom the measure hits
    for origin in (_from_places(t) if prep in ("on", "against", "of") else []):
        key = state.agent_key(origin, ctx, allow_people=False)
        if key and state.kind(key) in (COUNTRY, ORGANIZATION) and key not in targets_:
            targets_.append(key)
    owners = []
    for w in words:  # "Chinese goods" are aimed at China, and the goods are "goods"
        made = _made_in(w, t)
        if w.i != t.i and (w.dep_ in ("amod", "compound", "poss") or w.dep_ == "conj" and w.head.dep_ in ("amod", "poss")
                           and w.head.head.i == t.i or made):  # "Russian and Belarusian fertiliser": both owners
            owner = state.agent_key(w, ctx, allow_people=False)
            if owner and state.kind(owner) in (COUNTRY, ORGANIZATION):
                # the whole name, not its last word: "South African steel" is "steel", not "South steel"
                name = next((e for e in w.doc.ents if e.start <= w.i < e.end), None)
                owners += [w] + [o for o in words if name is not None and name.start <= o.i < name.end and o.i != t.i]
                # "China-made goods": the participle and its hyphen go with the place
                owners += [made] + [p for p in made.children if p.dep_ == "punct"] if made is not None else []
                if state.kind(owner) == ORGANIZATION and not _bloc(state, owner, w):
                    if owner not in makers:
                        makers.append(owner)
                elif owner not in targets_ and t.lemma_.lower() not in MEASURED_FIRM_NOUNS:  # "on Iranian banks": the banks'
                    targets_.append(owner)
    label = _goods_label([w for w in words if w not in owners and w.dep_ != "case"]) if owners else _goods_label(words)
    if t.lower_ in GENERIC_GOODS_NOUNS and any(c.dep_ == "poss" and c.lemma_.lower() in GENERIC_GOODS_OWNERS
                                                for c in t.children):
        return  # "duties on each country's goods", "on the other side's products": no goods named
    if normalize_name(label) in GENERIC_GOODS_NOUNS:
        # "tariffs on goods such as steel and wine": the goods are the ones named after; a bare "goods" names none
        examples = [p for c in t.children if _example_prep(c) for q in c.children if q.dep_ == "pobj"
                    for p in _goods_conjuncts(q)]
        for p in examples:
            _read_target_or_goods(state, ctx, p, prep, targets_, goods, makers)
        if examples or not owners:
            return
    if owners and normalize_name(label) in GENERIC_GOODS_NOUNS:
        # "a tariff on Japanese goods": no goods of their own but by whose they are; never a bare "goods" node
        by_whom = _goods_label([w for w in words if w.dep_ != "case" and w.i != t.i])
        if not by_whom:
            return  # "tariffs on China-made goods": whose, but no goods named
        label = f'{by_whom} {t.text}'.strip()
    if normalize_name(label) in MEASURE_ACTIVITY_NOUNS:
        return  # "a ban on trading": an activity, no goods
    if normalize_name(label) in _TRADE_FLOW_WORDS and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children):
        return  # "banned onion exports, then imposed a duty on its export": the goods are named before, not "export"
    if label and t.lemma_.lower() not in _PARTY_NOUNS:  # "on Russian banks", "on buyers": whom, not what
        goods.append(label)


def _goods_origins(t) -> list:
    """The places after a participle of origin on goods `t`: "imported from India and Japan", "originating in China"."""
    # "tariffs on MDI shipped from Korea", the participle parsed as the measure's: a measure is not shipped
    above = [a for a in t.head.head.children if a.i > t.i] if t.dep_ == "pobj" and t.head.dep_ == "prep" else []
    # "will impose duties on MDI imported from Korea": with "on" hung on the verb, the parser makes the participle
    # an adverbial clause of the verb; a measure is not imported, a verb of imposing neither
    return [o for a in list(t.children) + above if (a.dep_ == "acl" or a.dep_ == "advcl" and a.head.pos_ == "VERB"
                                                    and a.head.i == t.head.head.i and a.tag_ == "VBN")
            and a.lemma_.lower() in GOODS_ORIGIN_VERBS
            and (a.tag_ in ("VBN", "VBD") or a.lower_ == "originating")  # "imported" as an acl, whatever its tag
            for c in a.children if c.dep_ == "prep" and c.lower_ in ("from", "in") for p in c.children
            if p.dep_ == "pobj" for o in with_conjuncts(p)]


def _from_places(t) -> list:
    """The nouns after a "from" hung on `t` ("PTFE from Russia and India"), or a place's name after a "from" just
    after `t` that the parser hung on the verb of the measure ("imposed duties on steel from Vietnam")."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "on" else None
    if verb is not None and verb.dep_ == "dobj" and verb.lemma_.lower() in MEASURE_TRIGGERS:
        verb = verb.head  # "slapped a surtax on steel from China": "from" hung on the verb, "on" on the measure
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in GOODS_FROM_VERBS:
        hung = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == t.right_edge.i + 1]
    else:
        hung = []
    return [o for c in [c for c in t.children if c.dep_ == "prep" and c.lower_ == "from"] + hung for p in c.children
            if p.dep_ == "pobj" for o in with_conjuncts(p) if c in t.children or o.ent_type_ == "GPE"]


def _made_in(w, t):
    """The participle when `w` names where the goods `t` are made ("China-made goods", "Mexican-built cars")."""
    made = w.head
    if w.dep_ == "npadvmod" and made.dep_ == "amod" and made.head.i == t.i and made.lemma_.lower() in MADE_IN_VERBS:
        return made
    return None


def _example_prep(prep) -> bool:
    """A preposition that brings examples of a noun: "goods such as steel", "items like wine", "products including
    cheese"."""
    if prep.dep_ != "prep":
        return False
    return prep.lower_ in ("like", "including") or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)


def _aimed_at_parent(state, ctx, t, targets_, imposer=None) -> bool:
    """Whether `t` is a firm's part named by its parent (FIRM_PART_NOUNS with an "of": "US subsidiaries of Hanwha
    Ocean"); the parents that are bodies then go to `targets_`, and the part's own modifiers name no target."""
    if t.lemma_.lower() not in FIRM_PART_NOUNS:
        return False
    parents = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for q in c.children if q.dep_ == "pobj" for p in with_conjuncts(q)]
    for p in parents:
        key = state.agent_key(p, ctx, allow_people=False)
        if key and state.kind(key) == ORGANIZATION and key != imposer and key not in targets_:
            targets_.append(key)
    return bool(parents)


def _bloc(state, organization, word) -> bool:
    """A union of states that goods come from ("European pork", "the EU's steel"), not a firm that makes them
    ("ASML's machines"): told as an adjective, or a body of the organizations table (not of the companies)."""
    if word.dep_ == "amod":
        return True
    record = state.gaz.organization(state.label(organization))
    return record is not None and not record.source.startswith("nsi")


def _glued_to_next(t):
    """The conjunct right after `t` with nothing between them ("rice, sugar and cooking oil" parsed with "cooking"
    and "oil" as two conjuncts): one noun phrase the parser split, so `t` only modifies it."""
    if t.dep_ != "conj" or t.right_edge.i + 1 >= len(t.doc):
        return None
    after = t.doc[t.right_edge.i + 1]
    if after.left_edge.i == after.i and after.dep_ == "conj" and after.head.i in (t.head.i, t.i) \
            and after.pos_ in ("NOUN", "PROPN") and t.pos_ in ("NOUN", "ADJ", "PROPN"):
        return after
    return None


def _glued_before(t) -> list:
    """The conjuncts glued before `t` (see `_glued_to_next`), with their own modifiers."""
    out = []
    i = t.left_edge.i - 1
    while i >= 0 and _glued_to_next(t.doc[i]) is not None and _glued_to_next(t.doc[i]).i == (out[0].i if out else t.i):
        out = list(t.doc[i].subtree) + out
        i = t.doc[i].left_edge.i - 1
    return out


_PARENTHESES = re.compile(r"\s*[()]\s*")
_RATE_WORDS_BUT_RATE = _RATE_WORDS - {"rate"}


def _goods_label(words) -> str:
    words = sorted(words, key=lambda w: w.i)
    # ("232 steel tariffs": the number of the law they rest on, not of the goods)
    # ("25 per cent import duties": the rate's words name no goods)
    while words and (words[0].lower_ in _GOODS_STOP or words[0].pos_ in ("DET", "CCONJ", "PUNCT", "ADP")
                     or words[0].like_num and len(words) > 1 or words[0].lower_ in _RATE_WORDS_BUT_RATE):
        words = words[1:]
    while words and (words[-1].pos_ in ("PUNCT", "CCONJ", "ADP") or words[-1].lower_ in _TRADE_FLOW_WORDS and len(words) > 1):
        words = words[:-1]
    if not words or len(words) > 6 or any(w.pos_ in ("VERB", "PRON") for w in words):
        return ""  # "Mexico, which faces similar duties": a pronoun names no goods
    # words left out in the middle ("(EUV)") leave a space, not two words glued together
    text = ""
    for previous, w in zip([None] + words[:-1], words):
        if previous is not None and (previous.whitespace_ or w.i - previous.i > 1):
            text += " "
        text += w.text
    if "(" in text or ")" in text:
        text = _PARENTHESES.sub(" ", text)
    text = text.strip()
    # "rare-earth exports" -> "rare-earth"; keep "exports" only when nothing else names the goods
    return text


def fold_measures(state) -> None:
    """One node per (imposer, kind, targets, goods, imposed-or-not) in the article."""
    c = state.collector
    groups: dict[tuple, str] = {}
    statuses: dict[str, list[str]] = {}
    # in the order told, so that a mention telling no status joins the first it may be of
    told_groups = list(dict.fromkeys(_measure_group(state, m) for m in state.measure_mentions if m.get("told", True)))
    for m in state.measure_mentions:
        imposer = state.acting_country(m["imposer"]) if m["imposer"] else None
        group = _measure_group(state, m)
        if not m.get("told", True):
            # "hopes to avert steel tariffs ... an exclusion from steel tariffs": a mention telling no status is of
            # the measure another mention tells one of, not a second one in force
            group = next((g for g in told_groups if _same_measure(g, group)), group)
        imposed = group[4]
        key = groups.get(group)
        if key is None:
            key = groups[group] = c.entity(m["kind"], m["phrase"], key=f"Measure:{len(groups) + 1}")
            statuses[key] = []
        c.entities[key].mentions.append(m["span"])
        conf = CONFIDENCE["syntax"] * STATUS_CONFIDENCE[m["status"]]
        earlier = set(statuses[key])
        if m.get("told", True) or group not in told_groups:
            statuses[key].append(m["status"])
        if m["rate"] and not (m["status"] != "lifted" and earlier == {"lifted"}):
            # "suspended reciprocal tariffs ... raising the US tariff to 125%": a rate told of a measure in force
            # is not of one told lifted that the mention joined for naming nothing else
            c.fact(key, "ratePercent", m["rate"], m["sentence"], conf, "measure-rate", literal=True, datatype="decimal")
        if imposer:
            predicate = "imposes" if imposed else "proposes"
            weaker = 1.0 if imposer == m["imposer"] else 0.9  # read through a person's country
            c.fact(imposer, predicate, key, m["sentence"], conf * weaker, m["imposer_rule"])
        for target in m["targets"]:
            # a sanction on a person is on that person, not on the country they serve
            aimed = target if m["kind"] == SANCTION and state.kind(target) == PERSON else state.acting_country(target)
            if imposer and (aimed or target) == imposer:
                continue  # "the Netherlands tightened export controls on Dutch chip tools": no one aims a measure at itself
            c.fact(key, "targets", aimed or target, m["sentence"], conf, "measure-target")
        for target, sentence in m.get("listed", ()):
            c.fact(key, "targets", target, sentence, conf * 0.9, "measure-target-listed")
        for label in m["goods"]:
            goods_key = c.entity(GOODS, label, m["span"])
            c.fact(key, "appliesTo", goods_key, m["sentence"], conf, "measure-goods")
    for key, told in statuses.items():
        # one status a node: the furthest along its course that the article tells ("announced ... took effect":
        # in force; "imposed in March ... lifted in June": lifted; "proposed ... threatened": threatened)
        c.attribute(key, "status", min(told, key=MEASURE_STATUS_PRECEDENCE.index).replace("_", " "))


def _measure_group(state, m) -> tuple:
    """What tells one measure from another in an article: (kind, imposer, targets, goods, imposed or not)."""
    imposer = state.acting_country(m["imposer"]) if m["imposer"] else None
    goods_keys = tuple(sorted(normalize_name(g) for g in m["goods"]))
    return m["kind"], imposer, tuple(sorted(m["targets"])), goods_keys, m["status"] in IMPOSED_STATUSES


def _same_measure(told, untold) -> bool:
    """Whether a mention telling no status (`untold`) may be of the measure another tells one of: same kind and goods,
    and no other imposer or targets."""
    return told[0] == untold[0] and told[3] == untold[3] and untold[1] in (None, told[1]) \
        and (not untold[2] or untold[2] == told[2]) and (told[1] is not None or told[2] or told[3])
