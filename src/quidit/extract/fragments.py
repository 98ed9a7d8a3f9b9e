"""Quoted verb phrases that close their sentence.

French news quotes the source's own words for the end of a sentence the
writer began: « le syndicat a voulu « montrer aux passants la détresse du
métier » », « déterminé à « poursuivre les réformes » », « les deux hommes
« ont accepté la mission » ». The marks then hold a verb phrase in lower
case (a sentence's head is capitalised; a title too), and close the
sentence: the words are the source's, a direct quote. Its source is the
subject of the verb that governs the phrase when that subject names
someone (a name, a pronoun, a role), else the context.

Scare quotes and terms are noun phrases (« zone blanche », « transition
écologique »): a verb inside the marks, three words at least, and the end
of the sentence right after them keep them out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.extract.marks import MarkPair
from quidit.extract.mentions import mention_bounds
from quidit.extract.spans import paragraph_bounds, text_of
from quidit.lang import LanguageData

_WS = " \t\u00a0\u202f"

#: Words a verb phrase in marks must hold to be reported speech rather
#: than a term: the shortest reported predicates of news copy are three
#: words (« a été « mal compris » » is a term; « « feront rapport au Roi » »
#: is speech).
FRAGMENT_WORDS = 3

#: Tokens climbed from the phrase to the verb that governs it
#: (« a invité le gouvernement à « mettre … » »: à, invité).
CLIMB = 3

PRONOUNS = frozenset({"il", "elle", "ils", "elles"})


def closing_fragment(
    doc: Doc, pair: MarkPair, language: LanguageData
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """(cue, mention) when ``pair`` holds a verb phrase that closes its
    sentence, else None; cue and mention are None when the source comes
    from the context."""
    if not language.extra.get("fragment_quotes", False) or not pair.closed:
        return None
    text = text_of(doc)
    p_start, p_end = paragraph_bounds(text, pair.open)
    left = text[p_start : pair.open].rstrip(_WS + "'’")
    right = text[pair.end : p_end].strip(_WS)
    inner = text[pair.inner_start : pair.inner_end].strip(_WS)
    if not left or left[-1] in ".!?:" or not inner[:1].islower():
        return None
    if right and right[0] not in ".!?;":
        return None
    span = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    if span is None or len([t for t in span if t.is_alpha]) < FRAGMENT_WORDS:
        return None
    if not any(t.pos_ == "VERB" for t in span):
        return None
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    # A noun phrase (a charge, a title: « pour « omission de porter secours
    # à une personne » ») with a verb inside its complement is the source's
    # words only under a verb of saying (« a parlé d'« attaques … » »).
    nominal = bool(roots) and roots[0].pos_ in {"NOUN", "PROPN"}
    node: Token | None = roots[0] if roots else None
    for _ in range(CLIMB):
        if node is None or node.head.i == node.i:
            break
        node = node.head
        if node.i >= span.start and node.i < span.end:
            continue
        if node.pos_ in {"VERB", "AUX"}:
            if nominal and node.lower_ not in language.speech_verb_forms:
                return None
            return _source_of(node, language)
    return None if nominal else (None, None)


def _source_of(
    verb: Token, language: LanguageData
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The verb group and its subject, when the subject names someone."""
    syntax = language.syntax
    subjects = syntax.labels("subject")
    subject = next((c for c in verb.children if c.dep_ in subjects), None)
    if subject is None:
        return None, None
    roles = language.extra.get("role_nouns", frozenset())
    # The head names someone: a name, a pronoun, a role, or a noun with
    # a name in apposition (« la présidente du syndicat, Lise Amar »).
    named = (
        subject.pos_ == "PROPN"
        or subject.lower_ in PRONOUNS
        or subject.lower_ in roles
        or any(c.pos_ == "PROPN" and c.dep_ in {"appos", "flat:name"} for c in subject.children)
    )
    if not named or subject.i > verb.i:
        return None, None
    aux = [c for c in verb.children if c.dep_ in syntax.labels("auxiliary") and c.i < verb.i]
    first = aux[0] if aux else verb
    cue = (first.idx, verb.idx + len(verb))
    return cue, mention_bounds(subject, syntax)
