"""Infinitive content of verbs of saying (guidelines §1: « X affirme avoir
chassé … », from the infinitive on), right after the cue or a few words
later on the parse; after a verb of appeal or accusation, past its object
and its marker (« appelle l'État à défendre … », « accuse X d'avoir … »)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue
from quidit.lang import SyntaxData


def infinitive_after(
    cue: VerbCue,
    doc: Doc,
    syntax: SyntaxData,
    appeal: frozenset[str] = frozenset(),
    time_words: Collection[str] = frozenset(),
    fillers: Collection[str] = frozenset(),
) -> Token | None:
    """First token of an infinitive complement right after the cue."""
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    # « a affirmé jeudi avoir … »: the parser may take the day for the
    # verb's object, which hides the infinitive from ``_infinitive_child``.
    while i < len(doc) and doc[i].lower_ in time_words:
        i += 1
    # « ont annoncé, mercredi soir, avoir perdu … », « a indiqué, lui, ne
    # pas … », « a affirmé, pour sa part, avoir … »: the same, or an
    # adverbial filler, between commas.
    if i < len(doc) and doc[i].text == ",":
        j = i + 1
        while j < len(doc) and j < i + 5 and doc[j].text != ",":
            j += 1
        words = [t.lower_ for t in doc[i + 1 : j]]
        between = " ".join(words).replace("' ", "'").replace("’ ", "’")
        if (
            words
            and j < len(doc)
            and doc[j].text == ","
            and (all(w in time_words for w in words) or between in fillers)
        ):
            i = j + 1
    start = i
    # Clitic subjects, negation and short adverbs may come first.
    while i < len(doc) and i < start + 4:
        low = doc[i].lower_
        if (syntax.clitic_subjects and low.startswith("-")) or low in syntax.infinitive_lead:
            i += 1
            continue
        break
    if i >= len(doc):
        return None
    tok = doc[i]
    if "Inf" not in tok.morph.get("VerbForm", []):
        return _infinitive_child(cue, syntax, appeal)
    if tok.sent.start != cue.verb.sent.start:
        return None
    # Back up to include negation before the infinitive.
    first = i
    while first > start and doc[first - 1].lower_ in syntax.infinitive_negation:
        first -= 1
    return doc[first]


def _non_finite(token: Token) -> bool:
    """An infinitive, a gerund, or an -ing form (progressive participle)."""
    forms = token.morph.get("VerbForm", [])
    return "Inf" in forms or "Ger" in forms or token.morph.get("Aspect", []) == ["Prog"]


def _infinitive_child(
    cue: VerbCue, syntax: SyntaxData, appeal: frozenset[str] = frozenset()
) -> Token | None:
    """« a annoncé mardi avoir repris … »: an infinitive complement a few
    words after the cue, found on the parse.  After a verb of appeal or
    accusation (``appeal``) an object may come first, and the content
    starts at the infinitive (« appelle les salariés à rejoindre … »)."""
    verb = cue.verb
    complements = syntax.labels("open_complement", "clausal_complement")
    aux = syntax.labels("auxiliary")
    for child in verb.children:
        if child.i <= verb.i or child.dep_ not in complements:
            continue
        # An infinitive or a gerund ("denies taking", an -ing form, is a
        # progressive participle), or a verb with an infinitive particle or
        # auxiliary ("to have targeted", "having used").
        infinitive = _non_finite(child) or any(
            a.dep_ in aux and (_non_finite(a) or a.pos_ == "PART") for a in child.children
        )
        if not infinitive:
            return None
        first = child.left_edge
        if cue.lemma in appeal:
            return _appeal_infinitive(verb, child, first, syntax)
        # Only adverbs and temporal words may stand between (three at most,
        # the longest such insertion in the dev set being « mardi soir »).
        between = verb.doc[verb.i + 1 : first.i]
        if first.i - verb.i > 4 or any(t.pos_ in {"VERB", "PUNCT"} for t in between):
            return None
        # "warned residents to stay indoors": an object before the
        # infinitive makes an order or an appeal, not reported content.
        objects = syntax.labels("object", "addressee")
        if any(t.dep_ in objects and t.head.i == verb.i for t in between):
            return None
        return first
    if cue.lemma in appeal:
        return _marked_infinitive(verb, syntax)
    return None


#: Tokens between a verb of appeal and the marker of its infinitive when
#: the parser hung the infinitive on the object (« a accusé lundi les
#: Forces X (FX), une milice, d'avoir … »): an object with an apposition.
MARKED_WINDOW = 16


def _marked_infinitive(verb: Token, syntax: SyntaxData) -> Token | None:
    """« appellent l'ensemble des acteurs à respecter … »: the parser hung
    the infinitive on the object; found by its marker and its form, with no
    verb and no sentence break between."""
    doc = verb.doc
    markers = syntax.labels("clause_marker")
    for k in range(verb.i + 1, min(verb.i + MARKED_WINDOW, len(doc) - 1)):
        tok = doc[k]
        if tok.text in {".", ";", ":", "«", "»"} or tok.is_space:
            return None
        if tok.pos_ == "VERB" and "Inf" not in tok.morph.get("VerbForm", []):
            return None
        if tok.dep_ in markers and tok.head.i > k and _non_finite_clause(tok.head, syntax):
            return doc[k + 1]
    return None


def _non_finite_clause(head: Token, syntax: SyntaxData) -> bool:
    aux = syntax.labels("auxiliary")
    return _non_finite(head) or any(
        a.dep_ in aux and _non_finite(a) for a in head.children if a.i < head.i
    )


#: Tokens between a verb of appeal and its infinitive: an object of up
#: to eight words (« exhorte le conseil municipal de Brénac à … »).
APPEAL_WINDOW = 10


def _appeal_infinitive(verb: Token, child: Token, first: Token, syntax: SyntaxData) -> Token | None:
    """The first word of the infinitive clause of a verb of appeal, past its
    marker (« à », « de »): no verb and no sentence break in between."""
    doc = verb.doc
    if first.i - verb.i > APPEAL_WINDOW:
        return None
    if any(t.pos_ == "VERB" or t.text in {".", ";", ":"} for t in doc[verb.i + 1 : first.i]):
        return None
    markers = syntax.labels("clause_marker")
    while first.i < child.i and first.dep_ in markers:
        first = doc[first.i + 1]
    return first
