"""Delegations: who leads which side's team, who joins it, which country it represents.

"He Lifeng led the Chinese side and was joined by Li Chenggang and Liao Min."
"Leading the Chinese delegation is He Lifeng, while the U.S. team will be represented by A and B."
"the delegation led by X", "X headed the US team", "X was accompanied by Y".
"""
from __future__ import annotations

from ..model import COUNTRY, ORGANIZATION

# who a delegation can speak for: a country, or an organization such as the EU or ASEAN
SIDE_KINDS = (COUNTRY, ORGANIZATION)
from ..tables import CONFIDENCE, DELEGATION_NOUNS, LEAD_VERBS, MEMBER_VERBS
from .syntax import agents, objects, subjects, with_conjuncts


def delegation_sides(state, ctx, noun) -> list[str]:
    """Countries named as the side of a delegation noun: "Chinese side", "US team", "China's delegation"."""
    if noun.lower_ not in DELEGATION_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    sides = []
    for child in noun.children:
        owner = child
        if child.dep_ == "poss" and child.lemma_.lower() == "country":
            owner = next((c for c in child.children if c.dep_ == "poss"), child)
        if owner.dep_ == "poss" and owner.lower_ in ("his", "her", "their"):
            person = state.entities.pronoun_person(owner, ctx) if owner.lower_ != "their" else None
            country = state.acting_country(person) if person else None
            if country and state.kind(country) == COUNTRY and country not in sides:
                sides.append(country)  # "Marles led his country's delegation"
            continue
        if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
            for token in with_conjuncts(child):
                key = state.agent_key(token, ctx, allow_people=False)
                if key and state.kind(key) in SIDE_KINDS and key not in sides:
                    sides.append(key)
    for child in noun.children:  # "the delegation of China"
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                key = state.agent_key(pobj, ctx, allow_people=False)
                if key and state.kind(key) in SIDE_KINDS and key not in sides:
                    sides.append(key)
    return sides


def read_delegations(state, ctx, sent) -> list[str]:
    """Adds delegation facts for one sentence; returns the delegation keys mentioned."""
    sentence_span = ctx.span(sent.start_char, sent.end_char)
    found: list[str] = []
    leaders_here: dict[str, str] = {}  # person key -> delegation key
    for noun in sent:
        for country in delegation_sides(state, ctx, noun):
            delegation = state.delegation(country, ctx.span(noun.idx, noun.idx + len(noun.text)), sentence_span)
            found.append(delegation)
            for person, role, rule, confidence in _people_for(state, ctx, noun):
                state.collector.fact(person, role, delegation, sentence_span, confidence, rule)
                if role == "leads":
                    leaders_here[person] = delegation
                else:
                    state.represented_by.setdefault(delegation, []).append((person, sentence_span))
    # "... led the Chinese side and was joined by Li and Liao": companions join the leader's delegation
    for token in sent:
        if token.lemma_ in ("join", "accompany") and token.pos_ in ("VERB", "AUX"):
            people = [token.head if s.lower_ in ("who", "that") and token.dep_ == "relcl" else s for s in subjects(token)]
            leads = [leaders_here.get(state.person_key(s, ctx)) or state.delegation_of(state.person_key(s, ctx))
                     for s in people]
            delegation = next((d for d in leads if d), None)
            if delegation:
                for person_token in agents(token):
                    person = state.person_key(person_token, ctx)
                    if person:
                        state.collector.fact(person, "memberOf", delegation, sentence_span, CONFIDENCE["syntax"],
                                             f"member-{token.lemma_}ed-by")
    return found


def _people_for(state, ctx, noun):
    verb = noun.head
    out = []
    # "X led/headed the Chinese side"
    if verb.lemma_ in LEAD_VERBS and noun.dep_ in ("dobj", "attr"):
        people = [p for p in (state.person_key(t, ctx) for t in subjects(verb)) if p]
        if not people and verb.dep_ in ("csubj", "advcl", "acl", "ccomp", "nsubj"):
            # "Leading the Chinese delegation is He Lifeng"
            head = verb.head
            people = [p for t in head.children if t.dep_ in ("attr", "nsubj", "dobj")
                      for c in with_conjuncts(t) if (p := state.person_key(c, ctx))]
        rule, confidence = f"lead-{verb.lemma_}", CONFIDENCE["syntax"]
        if not people:
            # "Leading the Chinese delegation is Vice Premier He Lifeng": the parse is often wrong here,
            # so take the next person named in the clause
            people = _next_person(state, ctx, noun)
            rule, confidence = f"lead-{verb.lemma_}-nearest", CONFIDENCE["pattern"]
        out += [(p, "leads", rule, confidence) for p in people]
    # "Mexico's delegation is headed by X"
    if verb.lemma_ in LEAD_VERBS and noun.dep_ == "nsubjpass":
        out += [(p, "leads", f"lead-{verb.lemma_}-passive", CONFIDENCE["syntax"])
                for t in agents(verb) if (p := state.person_key(t, ctx))]
    # "the delegation led by X"
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_ in LEAD_VERBS:
            out += [(p, "leads", f"lead-{child.lemma_}-by", CONFIDENCE["syntax"])
                    for t in agents(child) if (p := state.person_key(t, ctx))]
        if child.dep_ in ("acl", "relcl") and child.lemma_ in MEMBER_VERBS:
            out += [(p, "memberOf", f"member-{child.lemma_}", CONFIDENCE["syntax"])
                    for t in agents(child) + objects(child) if (p := state.person_key(t, ctx))]
    # "the U.S. team will be represented by A and B"; "the delegation included A and B"
    if verb.lemma_ in MEMBER_VERBS and noun.dep_ in ("nsubjpass", "nsubj"):
        people = [p for t in agents(verb) + objects(verb) if (p := state.person_key(t, ctx))]
        out += [(p, "memberOf", f"member-{verb.lemma_}", CONFIDENCE["syntax"]) for p in people]
    # "X, head of the Chinese delegation"
    if noun.dep_ == "pobj" and noun.head.head.lower_ in ("head", "leader", "chief") and noun.head.head.dep_ == "appos":
        person = state.person_key(noun.head.head.head, ctx)
        if person:
            out.append((person, "leads", "lead-apposition", CONFIDENCE["pattern"]))
    return out


def _next_person(state, ctx, noun) -> list[str]:
    sent = noun.sent
    for token in sent.doc[noun.i + 1:sent.end]:
        if token.lower_ in DELEGATION_NOUNS or token.lower_ in ("by", "while", "whereas", ";"):
            return []
        person = state.person_key(token, ctx)
        if person:
            return [person]
    return []
