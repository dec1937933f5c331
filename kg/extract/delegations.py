"""Delegations: who leads which side's team, who joins it, which country it represents.

"Kenji Sato led the Japanese side and was joined by Aiko Mori and Taro Ueda."
"Leading the Peruvian delegation is Ana Rojas, while the Chilean team will be represented by A and B."
"the delegation led by X", "X headed the US team", "X was accompanied by Y".
"""
from __future__ import annotations

from ..model import COUNTRY, ORGANIZATION

# who a delegation can speak for: a country, or an organization such as the EU or ASEAN
SIDE_KINDS = (COUNTRY, ORGANIZATION)
from ..tables import (ATTENDANCE_COPULAS, CONFIDENCE, DELEGATION_ABSENCE_ADJECTIVES, DELEGATION_ABSENCE_NOUNS,
                      DELEGATION_ABSENCE_PREPOSITIONS, DELEGATION_NEW_DETERMINERS, DELEGATION_NOUNS, DELEGATION_REFERENCES,
                      DELEGATION_SENDING_VERBS, LEADER_SIDE_NOUNS, RESPECTIVE_TEAM_NOUNS, RESPECTIVE_WORDS,
                      EVENT_TRIGGERS,
                      LEAD_VERBS, MEMBER_CUES, MEMBER_VERBS)
from .syntax import agents, attendance_list, objects, subjects, with_conjuncts


_COMPANION_LEMMAS = frozenset({"join", "accompany"})
_SURFACE_WORDS = (frozenset(DELEGATION_NOUNS) | frozenset(DELEGATION_REFERENCES) | frozenset(MEMBER_CUES)
                  | {"he", "she"} | ATTENDANCE_COPULAS)


def delegation_sides(state, ctx, noun) -> list[str]:
    """Countries named as the side of a delegation noun: "Chinese side", "US team", "China's delegation"."""
    if noun.lower_ not in DELEGATION_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    if _told_missing(noun):
        return []  # "in the absence of a Canadian delegation": no team of that side was there
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
    if not sides and noun.dep_ == "dobj" and noun.head.lemma_ in DELEGATION_SENDING_VERBS:
        # "Brazil sent a delegation headed by X": the sender is the side (a person who sends one names none)
        for subject in subjects(noun.head):
            key = state.agent_key(subject, ctx, allow_people=False)
            if key and state.kind(key) in SIDE_KINDS and key not in sides:
                sides.append(key)
    return sides


def read_delegations(state, ctx, sent) -> list[str]:
    """Adds delegation facts for one sentence; returns the delegation keys mentioned."""
    sentence_span = ctx.span(sent.start_char, sent.end_char)
    found: list[str] = []
    leaders_here: dict[str, str] = {}  # person key -> delegation key
    for noun in ctx.tokens_with(sent, words=DELEGATION_NOUNS):
        for country in delegation_sides(state, ctx, noun) or _leader_side(state, ctx, noun):
            delegation = state.delegation(country, ctx.span(noun.idx, noun.idx + len(noun.text)), sentence_span)
            found.append(delegation)
            for person, role, rule, confidence in _people_for(state, ctx, noun):
                state.collector.fact(person, role, delegation, sentence_span, confidence, rule)
                if role == "leads":
                    leaders_here[person] = delegation
                elif rule == "member-represent":
                    # "represented by A and B" names who speaks for the side; "comprised A and B" lists members only
                    state.represented_by.setdefault(delegation, []).append((person, sentence_span))
    _country_represented_by(state, ctx, sent, found, sentence_span)
    _respective_teams(state, ctx, sent, found, leaders_here, sentence_span)
    _surface_roles(state, ctx, sent, found, leaders_here, sentence_span)
    # "... led the Peruvian side and was joined by Rojas and Vera": companions join the leader's delegation
    for token in ctx.tokens_with(sent, lemmas=_COMPANION_LEMMAS):
        if token.lemma_ in _COMPANION_LEMMAS and token.pos_ in ("VERB", "AUX"):
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


def _leader_side(state, ctx, noun) -> list[str]:
    """ "A delegation led by Indian Commerce Minister X": a team named with no side speaks for the country its one
    leader is known to act for."""
    if noun.lower_ not in LEADER_SIDE_NOUNS or _told_missing(noun) \
            or any(c.dep_ == "amod" and c.lower_ in ("other", "opposing", "joint") for c in noun.children):
        return []
    leaders = {p for p, role, _, _ in _people_for(state, ctx, noun) if role == "leads"}
    country = state.acting_country(next(iter(leaders))) if len(leaders) == 1 else None
    return [country] if country and state.kind(country) == COUNTRY else []


def _told_missing(noun) -> bool:
    """A team named only as missing: "in the absence of the X delegation", "without a X team",
    "the X delegation was absent"."""
    if noun.dep_ == "pobj":
        prep = noun.head
        if prep.lower_ in DELEGATION_ABSENCE_PREPOSITIONS:
            return True
        if prep.lower_ == "of" and prep.head.lemma_.lower() in DELEGATION_ABSENCE_NOUNS:
            return True
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return any(c.dep_ == "acomp" and c.lower_ in DELEGATION_ABSENCE_ADJECTIVES for c in noun.head.children)
    return False


def _respective_teams(state, ctx, sent, found, leaders_here, sentence_span) -> None:
    """ "Kenyan Minister A and Ghanaian Minister B led their respective delegations": each leads the team of
    the country they are known to act for; none when two of them act for one country or one for none known."""
    for noun in ctx.tokens_with(sent, words=RESPECTIVE_TEAM_NOUNS):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in LEAD_VERBS \
                or not any(c.lower_ in RESPECTIVE_WORDS for c in noun.children if c.dep_ in ("amod", "poss")):
            continue
        # "her Ghanaian counterpart Kofi Mensah": the name stands in apposition to "counterpart"
        people = [p for t in subjects(verb)
                  if (p := state.person_key(t, ctx) or next((k for c in t.children if c.dep_ == "appos"
                                                              and (k := state.person_key(c, ctx))), None))]
        countries = [state.acting_country(p) for p in people]
        if len(people) < 2 or None in countries or len(set(countries)) < len(countries) \
                or any(state.kind(c) != COUNTRY for c in countries):
            continue
        for person, country in zip(people, countries):
            delegation = state.delegation(country, ctx.span(noun.idx, noun.idx + len(noun.text)), sentence_span)
            found.append(delegation)
            state.collector.fact(person, "leads", delegation, sentence_span, CONFIDENCE["syntax"],
                                 f"lead-{verb.lemma_}-respective")
            leaders_here[person] = delegation


def _by_after(doc, verb, sent) -> int | None:
    """The "by" of "joined by", or of "joined in Lima on Monday by": a few words of place or time may stand
    between, but no clause break."""
    for i in range(verb.i + 1, min(sent.end, verb.i + 7)):
        token = doc[i]
        if token.lower_ == "by":
            return i
        if token.text in (",", ";", ":") or token.pos_ in ("VERB", "AUX"):
            return None
    return None


_REPRESENT_LEMMAS = frozenset({"represent"})


def _country_represented_by(state, ctx, sent, found, sentence_span) -> None:
    """ "Chile was represented by Deputy Minister A", "Peru was represented at the talks by B and C":
    the people a country is represented by make up its team (the first named leads it, unless someone else is
    said to)."""
    for verb in ctx.tokens_with(sent, lemmas=_REPRESENT_LEMMAS):
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in DELEGATION_NOUNS):
            side = state.agent_key(subject, ctx, allow_people=False)
            if side is None or state.kind(side) not in SIDE_KINDS:
                continue
            people = [p for t in agents(verb) if (p := state.person_key(t, ctx))]
            by = next((t for t in ctx.doc[verb.i + 1:sent.end] if t.lower_ == "by"), None)
            if not people and by is not None:
                # "represented at the talks by A": the parser may hang "by" on the talks
                people = [p for p, _ in persons_from(state, ctx, sent, by.i + 1, first_only=False)]
            if not people:
                continue
            delegation = state.delegation(side, ctx.span(subject.idx, subject.idx + len(subject.text)), sentence_span)
            found.append(delegation)
            for person in people:
                state.collector.fact(person, "memberOf", delegation, sentence_span, CONFIDENCE["syntax"],
                                     "member-country-represented-by")
                state.represented_by.setdefault(delegation, []).append((person, sentence_span))


def _people_for(state, ctx, noun):
    verb = noun.head
    out = []
    # "X led/headed the Chinese side"
    if verb.lemma_ in LEAD_VERBS and noun.dep_ in ("dobj", "attr"):
        people = [p for p in (state.person_key(t, ctx) for t in subjects(verb)) if p]
        if not people and verb.dep_ in ("csubj", "advcl", "acl", "ccomp", "nsubj"):
            # "Leading the Chilean delegation is Ana Souza"
            head = verb.head
            people = [p for t in head.children if t.dep_ in ("attr", "nsubj", "dobj")
                      for c in with_conjuncts(t) if (p := state.person_key(c, ctx))]
        rule, confidence = f"lead-{verb.lemma_}", CONFIDENCE["syntax"]
        if not people:
            # "Leading the Peruvian delegation is Trade Minister Ana Rojas": the parse is often wrong here,
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


def persons_from(state, ctx, sent, start: int, *, first_only: bool) -> list[tuple[str, int]]:
    """Persons named from token `start` on, up to the end of the list: titles, honorifics, commas and
    "and" may stand between them; a verb, a clause break or another delegation ends the list."""
    out: list[tuple[str, int]] = []
    doc = ctx.doc
    i = start
    while i < sent.end:
        token = doc[i]
        key = ctx.tok_entity.get(i)
        if key and state.kind(key) == "Person":
            key = state.collector.canonical(key)
            if key not in [k for k, _ in out]:
                out.append((key, i))
            if first_only:
                return out
            while i + 1 < sent.end and ctx.tok_entity.get(i + 1) == ctx.tok_entity.get(i):
                i += 1
        elif token.lower_ in (";", "while", "whereas", "but") or token.lower_ in DELEGATION_NOUNS:
            break
        elif token.pos_ in ("VERB", "AUX") and token.lower_ not in MEMBER_CUES and not token.text[:1].isupper() \
                and not (out and token.tag_ == "VBN"):
            break
        i += 1
    return out


# the words that can name the team _surface_roles reads about: its noun, a reference back to it, a pronoun
_TEAM_WORDS = frozenset(DELEGATION_NOUNS) | frozenset(DELEGATION_REFERENCES) | {"he", "she"}


def _heads_other_phrase(verb) -> bool:
    """ "led by X" that the parse hangs on a noun other than a team word ("officials headed by X",
    "a panel chaired by X"), a noun some verb takes as its object: X leads that phrase, not the team."""
    if verb.dep_ not in ("acl", "relcl"):
        return False
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _TEAM_WORDS:
        return False
    if noun.dep_ == "pobj" and noun.head.head.lower_ in _TEAM_WORDS:
        return False  # "a delegation of senior officials headed by X" is still the team
    return noun.dep_ in ("dobj", "pobj", "attr", "conj", "appos")


def _surface_roles(state, ctx, sent, found, leaders_here, sentence_span) -> None:
    """What the parse of a long sentence often misses: "the Malaysian side was headed by Minister of
    X Datuk Seri A", "The UK team, led by B of the Department ..., included C", "It included D and E".

    Read over the tokens: a lead verb followed by "by" gives the first person after it; a member cue
    ("included", "comprised", "accompanied by", "along with") gives every person listed after it.
    """
    doc, lowers = ctx.doc, ctx.lowers
    delegation = None
    for i in ctx.indices_with(sent, words=_SURFACE_WORDS, lemmas=LEAD_VERBS):  # no other token changes anything
        if delegation is None and lowers[i] not in _TEAM_WORDS:
            continue  # only a team word (or a pronoun for a team's member) tells which team the words after are about
        token = doc[i]
        sides = delegation_sides(state, ctx, token)
        if sides:
            delegation = state.delegation(sides[0], None, None)
        elif token.lower_ in DELEGATION_REFERENCES and token.i <= sent.start + 1 and state.last_delegation \
                and not (token.i > sent.start and doc[token.i - 1].lower_ in DELEGATION_NEW_DETERMINERS):
            delegation = state.last_delegation  # "It included ...", "The delegation also comprised ..."
        elif token.lower_ in ("he", "she") and token.i == sent.start:
            # "He was accompanied by ...": the team of the person the pronoun stands for
            delegation = state.delegation_of(state.entities.pronoun_person(token, ctx))
        if delegation is None:
            continue
        nxt = doc[token.i + 1] if token.i + 1 < sent.end else None
        if token.lemma_ in LEAD_VERBS and token.tag_ == "VBN" and nxt is not None and nxt.lower_ == "by" \
                and not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in EVENT_TRIGGERS for c in token.children) \
                and not _heads_other_phrase(token):
            # ("the talks were chaired by X" tells who chaired the talks, not who leads the team;
            # "met Korean officials headed by X": X heads those officials, not the team named before)
            people = persons_from(state, ctx, sent, token.i + 2, first_only=True)
            leaders = [p for p, d in leaders_here.items() if d == delegation]
            for person, _ in people:
                if not leaders:
                    state.collector.fact(person, "leads", delegation, sentence_span, CONFIDENCE["pattern"],
                                         f"lead-{token.lemma_}-by-surface")
                    leaders_here[person] = delegation
        elif token.lower_ in ATTENDANCE_COPULAS:
            # "Present at the talks for the Thai team were A and B": those listed are on that side's team
            if attendance_list(sent) == token.i + 1:
                for person, _ in persons_from(state, ctx, sent, token.i + 1, first_only=False):
                    if person not in leaders_here:
                        state.collector.fact(person, "memberOf", delegation, sentence_span, CONFIDENCE["pattern"],
                                             "member-attending-surface")
        elif token.lower_ in MEMBER_CUES and not (token.lower_ == "with" and doc[token.i - 1].lower_ != "along"):
            start = token.i + 1
            if token.lower_ in ("accompanied", "joined"):
                by = _by_after(ctx.doc, token, sent)
                if by is None:
                    continue
                start = by + 1
            for person, _ in persons_from(state, ctx, sent, start, first_only=False):
                if person not in leaders_here:
                    state.collector.fact(person, "memberOf", delegation, sentence_span, CONFIDENCE["pattern"],
                                         f"member-{token.lower_}-surface")
    if delegation is not None:
        state.last_delegation = delegation
