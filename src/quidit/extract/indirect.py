"""Indirect quotes from verbs of saying: a que/that clause (with or without
the complementiser), an infinitive or gerund, a noun phrase with a figure,
and inverted incises after plain content.  Attribution adjuncts (selon,
according to …) are in ``adjuncts.py``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.extract.comme_clauses import comme_clause
from quidit.extract.content_cuts import (
    CueMaps,
    before_main_clause,
    coordinated_report_cut,
    main_clause_cut,
    new_clause_cut,
    shared_act_cut,
    subordinate_cut,
    without_dangling_coordinator,
    word_end,
)
from quidit.extract.controlled import controlled_cut
from quidit.extract.cues import (
    VerbCue,
    conjunct_cut,
    mention_bounds,
    misread_content,
)
from quidit.extract.drafts import (
    CONFIDENCE,
    Draft,
    mention_of,
    sentence_end,
)
from quidit.extract.incise_content import CLOSERS, incise_content
from quidit.extract.infinitives import detached_predicate_end, infinitive_after
from quidit.extract.marks import PairIndex
from quidit.extract.np_content import NOT_FOUND, in_incise, np_content
from quidit.extract.que_clauses import before_finite_conjunct, que_after
from quidit.extract.que_clauses import clause_end as _clause_end
from quidit.extract.self_descriptions import self_description
from quidit.extract.spans import clip_content, text_of, token_at
from quidit.lang import LanguageData, SyntaxData

_NONE: frozenset[str] = frozenset()


def _stance_noun_before(que: Token | None, language: LanguageData) -> bool:
    """« a donné l'assurance que … »: a noun of assurance or stance right
    before the complementiser makes its clause the content of a cue that
    otherwise reports only a noun phrase."""
    if que is None or que.i == 0:
        return False
    return que.doc[que.i - 1].lower_ in language.extra.get("stance_nouns", _NONE)


def _restrictive_que(cue: VerbCue, doc: Doc, language: LanguageData) -> Token | None:
    """The « que » of « ne … que » (only) right after the cue group, on a
    verb negated by « ne » alone (« n'ont signalé que trois … »)."""
    syntax = language.syntax
    children = list(cue.verb.children)
    if not any(c.lower_ in syntax.restrictive_negation for c in children):
        return None
    if any(c.lower_ in syntax.full_negation for c in children):
        return None
    k = token_at(doc, cue.end - 1)
    if k is None:
        return None
    for i in range(k.i + 1, min(k.i + 3, len(doc))):
        if doc[i].lower_ in syntax.complementisers:
            return doc[i]
    return None


def _restricted_np(cue: VerbCue, doc: Doc, language: LanguageData) -> tuple[int, int] | None:
    """« Les secouristes n'ont recensé que deux blessés légers »: « ne … que »
    restricts the count, which the parser hangs on the verb as a clause;
    the noun phrase after « que », with its figure, is the content."""
    que = _restrictive_que(cue, doc, language)
    if que is None or que.i + 1 >= len(doc):
        return None
    head = que.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.i <= que.i:
        return None
    words = doc[que.i + 1 : head.right_edge.i + 1]
    if not any(_is_figure(t) for t in words):
        return None
    last = words[-1]
    return words[0].idx, last.idx + len(last)


def _past_restrictive_que(
    cue: VerbCue, doc: Doc, start: int, end: int, language: LanguageData
) -> int:
    """A noun-phrase content that starts with the « que » of « ne … que »
    (« n'a recensé que 200 manifestants ») starts after it."""
    que = _restrictive_que(cue, doc, language)
    if que is None or que.idx != start or que.i + 1 >= len(doc) or doc[que.i + 1].idx >= end:
        return start
    return doc[que.i + 1].idx


def _is_figure(token: Token) -> bool:
    """A number, in digits or words; ordinals ("a third figure") are not,
    nor an article that is also a numeral word (« marcher vers un accord »:
    « un » tagged a determiner); digits count whatever their tag."""
    return token.pos_ == "NUM" or (
        token.like_num and (token.pos_ not in {"ADJ", "DET"} or token.text[:1].isdigit())
    )


def _np_with_figure(
    cue: VerbCue, doc: Doc, syntax: SyntaxData, responsibility: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """A noun-phrase object that states a figure (« annonce 17 tués »), or
    whose figure follows in an adposition of the verb ("put the turnout at
    6,000", "estimated the spill at 700 tonnes").  A claim of
    responsibility is an act, never a quote ("claimed responsibility")."""
    arguments = syntax.labels("object", "oblique", "passive_subject")
    adpositions = syntax.labels("adposition")
    children = [c for c in cue.verb.children if c.i > cue.verb.i]
    for n, child in enumerate(children):
        if child.dep_ not in arguments:
            continue
        if child.lower_ in responsibility or child.lemma_ in responsibility:
            return None
        sub = list(child.subtree)
        start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
        if not any(_is_figure(t) for t in sub):
            nxt = children[n + 1] if n + 1 < len(children) else None
            if nxt is None or nxt.dep_ not in adpositions or nxt.i != sub[-1].i + 1:
                continue
            if not any(_is_figure(t) for t in nxt.subtree):
                continue
            end = nxt.right_edge.idx + len(nxt.right_edge)
        # Drop a leading preposition (« fait état de », « table sur »).
        if sub[0].pos_ == "ADP" and len(sub) > 1:
            start = sub[1].idx
        # "…at 700 tonnes, based on satellite images": a participle after a
        # comma is the writer's addition.
        span = doc.char_span(start, end, alignment_mode="expand")
        for tok in span if span is not None else ():
            if tok.text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "VERB":
                end = tok.idx
                break
        return start, end
    return None


def _only_a_date(doc: Doc, span: tuple[int, int], language: LanguageData) -> bool:
    """The span holds nothing but time words and a date."""
    time_words = language.extra.get("time_words", _NONE)
    months = language.extra.get("months", _NONE)
    toks = [t for t in doc if span[0] <= t.idx < span[1]]
    # A bare figure is a count (« a fait état de 41 316 »), not a date.
    dated = any(t.lower_ in time_words or t.lower_ in months for t in toks)
    return dated and all(t.lower_ in time_words or t.lower_ in months or t.like_num for t in toks)


def _adnominal_participle(cue: VerbCue, syntax: SyntaxData) -> bool:
    """A participle that modifies a noun, with no auxiliary and no subject
    ("the trial, expected to last …", « le procès, prévu pour … »)."""
    verb = cue.verb
    return (
        cue.subject is None
        and verb.dep_ in syntax.labels("clause_modifier")
        and verb.morph.get("VerbForm", []) == ["Part"]
        and verb.morph.get("Tense", []) == ["Past"]
        and not any(c.dep_ in syntax.labels("auxiliary") for c in verb.children)
    )


def _complement_end(cue: VerbCue, que: Token, sent_end: int, language: LanguageData) -> int:
    """End of the clause a complementiser opens, when the parse hangs it on
    the cue (or on a conjunct of its clause); else the sentence end."""
    syntax = language.syntax
    head = que.head
    complements = syntax.labels("clausal_complement", "open_complement")
    node = head
    while node.dep_ in syntax.labels("coordination") and node.head.i != node.i:
        node = node.head
    if node.head.i != cue.verb.i or node.dep_ not in complements:
        return sent_end
    return _before_trailing_participle(node, _clause_end(node, que, sent_end, syntax), language)


def _before_trailing_participle(head: Token, end: int, language: LanguageData) -> int:
    """Where a content clause ends before a trailing verb of saying in -ing
    ("said it would cut 1,200 jobs, blaming a drop in orders"): that is the
    speaker's own act (its subject is the cue's), not part of what is
    reported; another -ing clause ("…, affecting 200,000 passengers") is."""
    doc = head.doc
    syntax = language.syntax
    for child in head.rights:
        if (
            child.lower_ in language.speech_verb_forms
            and child.dep_ in syntax.labels("participle_clause")
            and child.morph.get("Aspect", []) == ["Prog"]
            and child.i > 0
            and doc[child.i - 1].text == ","
            and child.left_edge.i == child.i
            and child.idx < end
        ):
            return doc[child.i - 1].idx
    return end


def _impersonal_passive(cue: VerbCue, language: LanguageData) -> bool:
    """A passive of saying takes a que-clause only with the impersonal « il »
    as its subject (« il a été précisé par X que … »); with a noun subject
    (« le plan a été annoncé par X que … ») the « que » opens a relative or
    a comparison."""
    subjects = language.syntax.labels("passive_subject", "subject")
    expletives = language.extra.get("passive_expletives", _NONE)
    return all(
        c.lower_ in expletives for c in cue.verb.children if c.dep_ in subjects and c.i < cue.verb.i
    )


def _judged_infinitive(cue: VerbCue, doc: Doc, language: LanguageData) -> tuple[int, int] | None:
    """« a jugé nécessaire de rouvrir les négociations »: a verb of judgment,
    an adjective of necessity or timeliness, then « de » and an
    infinitive. The judgment (adjective and infinitive clause) is the
    content, to the end of the infinitive's clause."""
    judged = language.extra.get("judged_adjectives", _NONE)
    if cue.lemma not in language.extra.get("judgment_lemmas", _NONE):
        return None
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    while i < len(doc) and doc[i].lower_ in language.extra.get("time_words", _NONE):
        i += 1  # « a jugé mercredi nécessaire de … »
    # « a jugé « peu probable » d'atteindre … »: the adjective group may be
    # graded by adverbs and quoted; a quoted one is the source's own word
    # whatever the adjective.
    start = i
    quoted = i < len(doc) and doc[i].text in _OPENERS
    j = i + 1 if quoted else i
    graded = j
    while j < len(doc) and j < graded + _GRADING_ADVERBS and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc) or not (doc[j].lower_ in judged or (quoted and doc[j].pos_ == "ADJ")):
        return None
    if quoted:
        if j + 1 >= len(doc) or doc[j + 1].text not in CLOSERS:
            return None
        j += 1
    if j + 2 >= len(doc):
        return None
    marker, verb = doc[j + 1], doc[j + 2]
    if marker.lower_ not in {"de", "d'", "d’"} or "Inf" not in verb.morph.get("VerbForm", []):
        return None
    sent_end = sentence_end(doc, cue.verb)
    end = _clause_end(verb, verb, sent_end, language.syntax)
    return doc[start].idx, before_finite_conjunct(doc, verb, end, language.syntax)


#: Degree adverbs before a judged adjective (« peu », « très », « tout à
#: fait »: three words).
_GRADING_ADVERBS = 3
_OPENERS = {"«", "“", '"', "‹"}


def _bare_clause(cue: VerbCue, doc: Doc, language: LanguageData) -> tuple[int, int] | None:
    """A content clause with no complementiser ("said the plan was dead",
    "told reporters the plan was dead"): a clausal complement of the cue on
    its right, with only the addressee, a time or place phrase between."""
    syntax = language.syntax
    if not syntax.bare_complements:
        return None
    verb = cue.verb
    clausal = syntax.labels("clausal_complement")
    open_ = syntax.labels("open_complement")
    markers = syntax.labels("clause_marker")
    last = token_at(doc, cue.end - 1)
    if last is None:
        return None
    for child in verb.children:
        if child.i <= last.i:
            continue
        # A finite verb read as an open complement is a clause too ("which
        # they say sends 90 lorries a day").
        finite = child.morph.get("VerbForm", []) == ["Fin"]
        if child.dep_ not in clausal and not (child.dep_ in open_ and finite):
            continue
        # "asked whether …", "said if …": a question or a condition, not a report.
        if any(c.dep_ in markers for c in child.children if c.i < child.i):
            return None
        first = child.left_edge
        if first.i <= last.i:
            return None
        between = doc[last.i + 1 : first.i]
        if any(t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", ":", "!", "?"} for t in between):
            return None
        if any(t.head.i > first.i and t.head.i != verb.i for t in between if not t.is_punct):
            return None
        sent_end = sentence_end(doc, verb)
        end = _clause_end(child, first, sent_end, syntax)
        return first.idx, _before_trailing_participle(child, end, language)
    return None


def verb_drafts(
    doc: Doc, cues: list[VerbCue], language: LanguageData, pairs: PairIndex
) -> list[Draft]:
    drafts: list[Draft] = []
    needs_que = language.extra.get("needs_que", frozenset())
    responsibility = language.extra.get("responsibility_nouns", frozenset())
    audience = language.extra.get("audience_nouns", frozenset())
    ce_que = language.extra.get("ce_que_lemmas", _NONE)
    syntax = language.syntax
    maps = CueMaps(cues)
    objects = syntax.labels("object")
    for cue in cues:
        if any(c.dep_ in objects and c.lower_ in responsibility for c in cue.verb.children):
            continue  # "claimed responsibility for …": an act, not a report
        if _adnominal_participle(cue, syntax):
            continue  # "The trial, expected to last three weeks": no one speaks
        mention, pronoun = mention_of(cue)
        if cue.subject is not None and cue.subject.lower_ in audience:
            # "…, a court heard", "…, jury told": the audience, not the
            # speaker, who comes from the context.
            mention, pronoun = None, False
        sent = cue.verb.sent
        sent_end = sentence_end(doc, cue.verb)
        np_only = cue.lemma in language.extra.get("np_only", ())
        que = que_after(cue, doc, syntax, ce_que)
        if np_only and not _stance_noun_before(que, language):
            que = None  # « donne l'assurance que … » only: see STANCE_NOUNS
        kind = ""
        start = end = -1
        bare = _bare_clause(cue, doc, language)
        if bare is not None and que is not None and que.idx <= bare[0]:
            bare = None  # "said on Monday that …": the complementiser's clause
        judged = _judged_infinitive(cue, doc, language) if que is None else None
        described = self_description(cue, doc, language)
        if described is not None:
            kind, start, end = "infinitive", described[0], described[1]
        elif bare is None and judged is not None:
            kind, start, end = "infinitive", judged[0], judged[1]
        elif bare is not None:
            kind, start, end = "que", bare[0], bare[1]
        elif que is not None and que.i + 1 < sent.end:
            kind, start, end = "que", doc[que.i + 1].idx, sent_end
            end = main_clause_cut(cue, que, end, syntax, language.speech_verb_forms)
            end = coordinated_report_cut(que, end, syntax, language.speech_verb_forms)
            end = shared_act_cut(cue, que, end, syntax)
            end = before_main_clause(cue, que, end, language.extra)
            if syntax.bare_complements:
                # Where the complementiser is optional, the clause is read
                # on the parse: its subtree, not the rest of the sentence
                # ("said that … , blaming …").
                end = _complement_end(cue, que, sent_end, language)
        elif (
            cue.lemma not in needs_que
            and not np_only
            and cue.lemma not in language.extra.get("no_infinitive", _NONE)
        ):
            inf = infinitive_after(
                cue,
                doc,
                syntax,
                language.extra.get("appeal_lemmas", _NONE),
                language.extra.get("time_words", _NONE),
                language.extra.get("incise_fillers", _NONE),
                frozenset(language.numbers.months),
            )
            # « a fait savoir »: the tail of a multi-word cue is no content.
            if inf is not None and inf.idx < cue.end:
                inf = None
            # An infinitive cue takes an infinitive content only with a
            # subject of its own (« avant de préciser vouloir … »: the main
            # clause's); « pour expliquer avoir … » has none.
            if inf is not None and (
                cue.verb.morph.get("VerbForm", []) != ["Inf"] or cue.subject is not None
            ):
                verb_of = inf if "Inf" in inf.morph.get("VerbForm", []) else inf.head
                # « affirme être au courant de … »: a copula hangs on its
                # predicate, whose subtree is the clause.
                if verb_of.dep_ in syntax.labels("copula") and verb_of.head.i > inf.i:
                    verb_of = verb_of.head
                clause_end = _clause_end(verb_of, inf, sent_end, syntax)
                clause_end = detached_predicate_end(inf, cue.verb, clause_end, sent_end, syntax)
                end = before_finite_conjunct(doc, inf, clause_end, syntax)
                kind, start = "infinitive", inf.idx
        if not kind and not np_only:
            comme = comme_clause(cue, doc, language)
            if comme is not None:
                kind, start, end, mention, pronoun = "incise", comme[0], comme[1], comme[2], False
        if not kind:
            span = np_content(cue, doc, language, pairs, sent_end)
            if (
                span == NOT_FOUND
                and cue.lemma in language.np_content_lemmas
                and cue.lemma not in needs_que
                # « …, a annoncé à l'AFP un porte-parole »: in an incise the
                # noun phrase is the inverted subject, even with « un ».
                and not (cue.subject is None and in_incise(cue, text_of(doc)))
            ):
                span = _np_with_figure(cue, doc, syntax, responsibility)
                span = span or misread_content(cue, syntax)
            if span is not None and span != NOT_FOUND and _only_a_date(doc, span, language):
                span = None  # « a rapporté jeudi 4 mars l'ONG »: a date, no content
            if (span is None or span == NOT_FOUND) and cue.lemma in language.np_content_lemmas:
                span = _restricted_np(cue, doc, language)
            if span is not None and span != NOT_FOUND:
                kind, (start, end) = "noun_phrase", span
                start = _past_restrictive_que(cue, doc, start, end, language)
        if np_only:
            pass
        elif not kind and cue.lemma in syntax.source_adpositions:
            incise = incise_content(cue, doc, language, pairs)
            source = _source_after(cue, syntax.source_adpositions[cue.lemma], syntax)
            if incise is not None and source is not None:
                kind, start, end = "incise", incise[0], incise[1]
                mention, pronoun = source, False
        elif not kind and cue.lemma not in language.weak_lemmas:
            incise = incise_content(cue, doc, language, pairs)
            if incise is not None:
                kind, start, end = "incise", incise[0], incise[1]
                if incise[2] is not None:
                    mention, pronoun = incise[2], False
        if not kind or (cue.passive and kind not in ("que", "incise")):
            continue  # « la fermeture a été confirmée par la mairie »: an act
        if cue.passive and kind == "que" and not _impersonal_passive(cue, language):
            continue  # « le plan a été annoncé par le ministre que … »: a relative
        cuts = (
            conjunct_cut(cue, maps.governed),
            subordinate_cut(cue, maps, start, end, syntax),
            new_clause_cut(cue, maps, doc, start, end, syntax),
            controlled_cut(cue, cues, start, end, language),
        )
        for cut in cuts:
            if cut is not None and start < cut < end:
                end = cut
        if cue.verb.morph.get("VerbForm", []) == ["Inf"] and mention is None:
            continue  # « Pour expliquer … »: no one is speaking
        text = text_of(doc)
        start, end = clip_content(text, start, word_end(text, end))
        end = without_dangling_coordinator(text, start, end, syntax)
        if end <= start:
            continue
        drafts.append(
            Draft(
                kind=kind,
                start=start,
                end=end,
                cue=(cue.start, cue.end),
                mention=mention,
                pronoun=pronoun,
                confidence=CONFIDENCE[kind],
            )
        )
    return drafts


#: Tokens from the verb to a bare « de » that introduces the source (« a-t-on
#: appris mardi soir de … »): a day name and a time word at most.
_BARE_SOURCE_REACH = 3


def _source_after(
    cue: VerbCue, adpositions: frozenset[str], syntax: SyntaxData
) -> tuple[int, int] | None:
    """« a-t-on appris auprès du parquet », « a-t-on appris de la
    préfecture »: the source after « auprès de » or « de », which follows
    the verb (a « de » of the content before it is no source) and, for the
    bare preposition, closely (past a day name at most)."""
    for child in cue.verb.subtree:
        if child.i <= cue.verb.i:
            continue
        if child.lower_ in adpositions and (
            child.lower_ == "auprès" or child.i - cue.verb.i <= _BARE_SOURCE_REACH
        ):
            head = child.head if child.head.i > child.i else None
            if head is None:
                for k in range(child.i + 1, min(child.i + 4, len(child.doc))):
                    if child.doc[k].pos_ in {"NOUN", "PROPN"}:
                        head = child.doc[k]
                        break
            if head is not None:
                start, end = mention_bounds(head, syntax)
                after = child.idx + len(child.text)
                return max(start, after), end
    return None
