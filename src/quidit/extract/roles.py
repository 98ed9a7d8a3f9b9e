"""Roles and the named persons an article ties them to: which holder a bare
role names, the role a title gives, and a name that is a description's
complement rather than its referent, and the role a news lead gives a
person it names in the next sentence (guidelines §2: two mentions are one
source only where the article says so).  Helpers of ``speakers.Resolver``."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quidit.extract.clusters import Cluster, fold
from quidit.extract.spans import text_of, token_at
from quidit.lang import SyntaxData


def title_roles(doc: Doc, ent: Span, titles: dict[str, frozenset[str]]) -> frozenset[str]:
    """The role a title before the name (or taken into it) gives: « Me Inès
    Carrel » is a lawyer."""
    first = ent[0]
    if first.lower_ in titles:
        return titles[first.lower_]
    if ent.start > 0 and doc[ent.start - 1].lower_ in titles:
        return titles[doc[ent.start - 1].lower_]
    return frozenset()


def holders_described(
    doc: Doc, persons: list[Cluster], core: list[str], start: int
) -> list[Cluster]:
    """The one person of ``persons`` whose mentions before ``start`` share a
    sentence with every word of the description ``core`` (its head and
    complement: « le procureur de Sarlieu »), else none: of two holders,
    a bare role names neither."""
    text = text_of(doc)
    words = {fold(w) for w in core if len(w) > 2}
    found = []
    for c in persons:
        for at in c.seen_at:
            if at >= start:
                break
            # An apposition or a title sits in the name's sentence.
            tok = token_at(doc, at)
            if tok is None:
                continue
            sent = tok.sent
            near = set(map(fold, re.findall(r"[\w-]+", text[sent.start_char : sent.end_char])))
            if words <= near:
                found.append(c)
                break
    return found if len(found) == 1 else []


def names_source(mention: str, name: str, markers: tuple[str, ...]) -> bool:
    """The full name ``name`` is in the folded ``mention`` as the source, not
    as the complement of a description after one of ``markers`` (« l'avocate
    de Jean Roux » is Jean Roux's lawyer, another person)."""
    k = mention.find(name)
    while k >= 0:
        before = mention[:k].rstrip()
        complement = any(
            before.endswith(m) and (len(before) == len(m) or not before[-len(m) - 1].isalnum())
            for m in markers
            if m and not m.endswith(("'", "’"))
        ) or any(before.endswith(m) for m in markers if m.endswith(("'", "’")))
        if not complement:
            return True
        k = mention.find(name, k + 1)
    return False


#: How far into an article a lead that names a person by role only is read
#: (sentences: a headline, the lead, the sentence that names the person).
LEAD_SENTENCES = 4


def _nameless_role(sent: Span, roles: frozenset[str], syntax: SyntaxData) -> Token | None:
    """The definite, singular role noun subject of ``sent`` with no
    person's name in its phrase (« Le leader de la France insoumise »)."""
    subjects = syntax.labels("subject")
    for role in sent:
        if role.dep_ not in subjects or role.pos_ != "NOUN" or role.lower_ not in roles:
            continue
        if role.morph.get("Number", []) == ["Plur"]:
            continue
        if not any(
            c.pos_ == "DET" and c.lower_.rstrip("'’") in {"le", "la", "l"} for c in role.children
        ):
            continue
        if any(
            t.pos_ == "PROPN"
            and syntax.entity_type(t.ent_type_) == "PER"
            and doc_word(t, -1) != "("
            for t in role.subtree
        ):
            continue  # the role's holder is named there (not a body's acronym in brackets)
        return role
    return None


def next_role(doc: Doc, last: int, roles: frozenset[str], syntax: SyntaxData) -> Token | None:
    """« « … », a déclaré Jean Roux. Le leader du parti a appelé … »: news
    copy names a person bare, then takes them up by role as the subject of
    the next sentence.  That role noun, where the name at ``last`` is the
    only person's name of its sentence; else ``None``."""
    tok = token_at(doc, last)
    if tok is None or tok.sent.end >= len(doc):
        return None
    sent = tok.sent
    if len([e for e in sent.ents if syntax.entity_type(e.label_) == "PER"]) != 1:
        return None
    nxt = doc[sent.end].sent
    while not any(t.is_alpha for t in nxt) and nxt.end < len(doc):
        # An opening mark the parser cut off as a sentence of its own: the
        # next sentence is the one with words (« « … », a déclaré le président »).
        nxt = doc[nxt.end].sent
    return _nameless_role(nxt, roles, syntax)


def lead_role(doc: Doc, first: int, roles: frozenset[str], syntax: SyntaxData) -> Token | None:
    """« Le ministre guinéen de la Santé a apporté des précisions. Edouard
    Lamah a annoncé … »: news leads present a person by role and name them
    as the subject of the next sentence.  The role noun of the sentence
    before, where the name at ``first`` is the subject of its own sentence
    near the top of the article and the role is the definite, singular,
    nameless subject of the one before; else ``None``."""
    tok = token_at(doc, first)
    if tok is None:
        return None
    subjects = syntax.labels("subject")
    name = tok
    while name.dep_ not in subjects and name.head.i != name.i and name.head.pos_ == "PROPN":
        name = name.head
    if name.dep_ not in subjects or tok.sent.start == 0:
        return None
    sents = list(doc.sents)[:LEAD_SENTENCES]
    if not any(s.start == tok.sent.start for s in sents[1:]):
        return None
    return _nameless_role(doc[tok.sent.start - 1].sent, roles, syntax)


def doc_word(tok: Token, step: int) -> str:
    """The text of the token ``step`` away from ``tok`` ("" past the edge)."""
    k = tok.i + step
    return tok.doc[k].text if 0 <= k < len(tok.doc) else ""
