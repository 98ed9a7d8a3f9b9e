"""Whether a speaker mention coordinates sources at its head (« ont
déclaré l'armée et le gouverneur »: one group source, guidelines §2) or
only inside a complement (« le ministère de l'Économie et des Finances »).
A helper of ``speakers.Resolver``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.lang import SyntaxData


def coordinated(doc: Doc, start: int, end: int, syntax: SyntaxData) -> bool:
    """The mention coordinates sources at its head (not inside a
    complement: « le ministère de l'Économie et des Finances »)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    conj = syntax.labels("coordination")
    cc = syntax.labels("coordinator")
    # A coordinator word, not a comma alone (an apposition parsed as a
    # conjunct: « son secrétaire général, Maëlle Kerbrat »).
    # A conjunct a preposition opens (« le ministre de la Forêt et de
    # l'Agriculture », parsed on the head) is a complement's, not a source.
    if any(
        c.dep_ in conj
        and c.pos_ in {"NOUN", "PROPN"}
        and span.start <= c.i < span.end
        and any(k.dep_ in cc for k in c.children)
        and not _complement_conjunct(span.root, c)
        for c in span.root.children
    ):
        return True
    # « la CGT, FO et des associations » parsed as a chain (each
    # conjunct on the one before) or with FO hung on the verb (see
    # mention_repair._list_after): a coordinator on a conjunct whose
    # chain of conjuncts goes up to the mention's head or beside it.
    inside = range(span.start, span.end)
    for t in span:
        if t.dep_ not in cc or t.head.dep_ not in conj or t.head.i not in inside:
            continue
        if _complement_conjunct(span.root, t.head):
            continue
        top = t.head
        while top.dep_ in conj and top.head.i in inside and top.head.i != span.root.i:
            top = top.head
        # The chain must end on a conjunct: climbing out of it into a
        # complement (« le ministère de l'Eau et de la Forêt ») coordinates
        # complements, not sources.
        if (top.dep_ in conj and top.head.i == span.root.i) or (
            top.dep_ in conj and top.head.i not in inside and top.head == span.root.head
        ):
            return True
    return False


def _prepositional(tok: Token) -> bool:
    """A preposition opens the word's phrase (« et de l'Économie »)."""
    return any(k.pos_ == "ADP" and k.i < tok.i for k in tok.children)


def _complement_conjunct(root: Token, conjunct: Token) -> bool:
    """« le ministre de la Forêt et de l'Agriculture »: a conjunct a
    preposition opens, after a complement of the head that one opens too,
    coordinates complements (the parse hangs it on the head).  Not « la
    CGT, FO et des organisations », where « des » is tagged a preposition
    but the head has no complement."""
    return _prepositional(conjunct) and any(
        root.i < k.i < conjunct.i and k.pos_ in {"NOUN", "PROPN"} and _prepositional(k)
        for k in root.children
    )
