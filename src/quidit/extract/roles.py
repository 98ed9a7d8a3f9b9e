"""Roles and the named persons an article ties them to: which holder a bare
role names, the role a title gives, and a name that is a description's
complement rather than its referent (guidelines §2: two mentions are one
source only where the article says so).  Helpers of ``speakers.Resolver``."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quidit.extract.clusters import Cluster, fold
from quidit.extract.spans import text_of, token_at


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
