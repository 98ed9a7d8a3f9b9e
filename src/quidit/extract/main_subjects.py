"""The subjects of a sentence's main clauses: where news copy keeps its
topic, and so what a later subject pronoun or a quote's lead-in takes up
(see ``salience``).  Kept apart from the resolver as pure functions of a
parsed sentence."""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Dependency labels that embed a clause in another: a subject under one
#: of them is a subject of reported or background content, not the topic.
EMBEDDING = frozenset(
    {"ccomp", "acl", "acl:relcl", "advcl", "csubj", "csubj:pass", "xcomp", "obl", "nmod"}
)


def main_subjects(sent: Span, before: int, labels: frozenset[str]) -> list[Token]:
    """Subjects of ``sent``'s main clauses (the root, the verbs coordinated
    with it, an incise), latest first, before the offset ``before``.  The
    parse of wire copy often roots a sentence on the wrong word, so a clause
    is main when no embedding label lies between it and the root."""
    root = sent.root
    mains = {root.i} | {
        c.i for c in root.children if c.dep_ in {"conj", "parataxis"} and c.pos_ != "PUNCT"
    }
    strict, loose = [], []
    for tok in sent:
        if tok.dep_ not in labels or tok.idx >= before:
            continue
        if tok.head.i in mains:
            strict.append(tok)
            continue
        node, embedded = tok.head, False
        for _ in range(12):
            if node.dep_ in EMBEDDING:
                embedded = True
                break
            if node.head.i == node.i:
                break
            node = node.head
        if not embedded:
            loose.append(tok)
    if not strict and root.pos_ in {"VERB", "AUX"} and root.idx < before:
        lost = _lost_subject(sent, root)
        if lost is not None:
            loose.append(lost)
    # The root's own subjects first; the others where the parse lost the root.
    return sorted(strict, key=lambda t: t.i, reverse=True) + sorted(
        loose, key=lambda t: t.i, reverse=True
    )


def _lost_subject(sent: Span, root: Token) -> Token | None:
    """A French declarative puts its subject before the verb: where the
    parse gave the main verb no subject (« Ainsi, Dupont, maire de X, a été
    surpris » read as a coordination with « Ainsi »), the first proper noun
    before the verb outside a prepositional phrase stands for it."""
    if any(c.dep_.startswith("nsubj") or c.dep_.startswith("csubj") for c in root.children):
        return None
    for tok in sent:
        if tok.i >= root.i:
            return None
        if tok.pos_ != "PROPN" or tok.ent_type_ not in {"PER", "ORG", "PERSON"}:
            continue
        if any(c.dep_ == "case" for c in tok.children) or tok.head.pos_ == "ADP":
            return None
        return tok
    return None
