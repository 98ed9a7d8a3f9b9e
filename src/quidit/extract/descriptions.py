"""What the text says of a named source around its name (the role nouns
tied to it, the adjectives of those roles) and the class nouns that take
up a body named before: helpers ``speakers.Resolver`` inherits."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from quidit.extract.clusters import Cluster
from quidit.extract.marks import PairIndex
from quidit.extract.spans import text_of
from quidit.lang import LanguageData, SyntaxData

ACRONYM = re.compile(r"\(([A-ZÉ][A-Za-zÉ0-9]{1,9})\)")


class Descriptions:
    doc: Doc
    language: LanguageData
    syntax: SyntaxData
    ents: list[Span]
    ent_starts: list[int]
    clusters: list[Cluster]
    quoted: PairIndex
    describes: re.Pattern[str] | None

    def resolve_mention(self, start: int, end: int) -> Cluster:
        raise NotImplementedError

    def _core_words(self, text: str) -> list[str]:
        raise NotImplementedError

    def _qualifiers_near(self, ent: Span) -> set[str]:
        """Postposed adjectives of the role nouns just before a name or in
        its apposition (« le président français X », « X, ministre
        malien »)."""
        roles = self.language.extra.get("role_nouns", frozenset())
        doc = self.doc
        window = [*doc[max(0, ent.start - 6) : ent.start], *doc[ent.end : ent.end + 6]]
        nouns = [t for t in window if t.lower_ in roles or t.lemma_ in roles]
        return {q for t in nouns for q in postposed(t)}

    def _descriptions_of(self, ent: Span) -> set[str]:
        """Head nouns of descriptions the text ties to a named person."""
        roles = self.language.extra.get("role_nouns", frozenset())
        appos = self.syntax.labels("apposition")
        heads: set[str] = set()
        root = ent.root
        for tok in (root.head, *root.children, *[c for t in ent for c in t.children]):
            if tok.pos_ == "NOUN" and (
                tok.dep_ in appos or (root.dep_ in appos and tok.i == root.head.i)
            ):
                heads.add(tok.lower_)
        # A role noun just before the name: « la romancière Lucie Armagnan ».
        doc = self.doc
        k = ent.start - 1
        markers = self.language.extra.get("name_complement_markers", ())
        if (k >= 0 and doc[k].lower_ in markers) or self._governed(ent):
            # « l'avocate de Jean Roux », « le procureur de la République de
            # Valmont »: a name a preposition governs is the role's
            # complement, not its holder.
            k = -1
        while k >= max(0, ent.start - 6):
            tok = doc[k]
            if tok.is_punct and tok.text != ",":
                break
            if tok.lower_ in roles or tok.lemma_ in roles:
                heads.add(tok.lower_)
                break
            if tok.pos_ in {"VERB", "AUX"}:
                break
            k -= 1
        # « X, porte-parole du collectif » and « X, qui se décrit comme le chef … »
        after = text_of(doc)[ent.end_char : ent.end_char + 120]
        m = self.describes.search(after[:60]) if self.describes else None
        window = after[m.end() :] if m else after[:40] if after.startswith(",") else ""
        base = ent.end_char + (m.end() if m else 0)
        for match in list(re.finditer(r"[\w-]+", window))[:4]:
            word = match.group()
            if word.lower() in roles:
                heads.add(word.lower())
                break
            if self._in_person(base + match.start()):
                # « X, Jean Roy, ministre de … »: the role after another
                # name is that name's.
                break
        return heads

    def _in_person(self, offset: int) -> bool:
        k = bisect_left(self.ent_starts, offset + 1) - 1
        if k < 0:
            return False
        ent = self.ents[k]
        return ent.start_char <= offset < ent.end_char and (
            self.syntax.entity_type(ent.label_) == "PER"
        )

    def _governed(self, ent: Span) -> bool:
        """A preposition stands before the name, inside its noun phrase
        (« de la République de Valmont »: ``case`` on the name's head, with
        at most a determiner between)."""
        doc = self.doc
        k = ent.start - 1
        while k >= 0 and doc[k].pos_ == "DET" and doc[k].head.i == ent.root.i:
            k -= 1
        return k >= 0 and doc[k].pos_ == "ADP" and doc[k].head.i == ent.root.i

    # -- resolution --------------------------------------------------------

    def _taken_up(self, text: str, core: list[str], head: str, start: int) -> Cluster | None:
        """« l'institution », « le quotidien », « le média local »: a definite
        description whose head is a class noun of bodies or media takes up
        the body or medium the article named last (news copy varies the
        name so, never to bring in a new source)."""
        bodies = self.language.extra.get("body_hypernyms", frozenset())
        hypernyms = bodies | self.language.extra.get("media_hypernyms", frozenset())
        first = text.lower().replace("’", "'").split(" ", 1)[0]
        definite = (
            first in self.syntax.definite_articles
            or first in {"l'", "l’"}
            or (first[:2] in {"l'", "l’"})
        )
        if (
            head not in hypernyms
            or not definite
            or self._proper(text)
            or self._names_inside(start, start + len(text))
        ):
            return None
        named = [
            c
            for c in self.clusters
            if c.kind not in {"PER", "GROUP"}
            and not c.names
            and c.last_before(start) is not None
            and any(len(self._core_words(d)) and self._proper(d) for d in c.descriptions)
        ]
        if named and (head not in bodies or len(named) == 1):
            # A body noun takes up a body only where one is named: several
            # (a company and the ministry that warned it) leave it open.
            return max(named, key=lambda c: c.last_before(start) or -1)
        if named:
            return None
        # No body a quote gave a voice yet: the last one the text names (the
        # recogniser does not tell a medium from another body).
        k = bisect_left(self.ent_starts, start) - 1
        while k >= 0 and head in bodies:
            ent = self.ents[k]
            if (
                self.syntax.entity_type(ent.label_) == "ORG"
                and ent.end_char <= start
                and self.quoted.around(ent.start_char) is None
            ):
                return self.resolve_mention(ent.start_char, ent.end_char)
            k -= 1
        return None

    def _proper(self, description: str) -> bool:
        """A description that holds a proper name (a capitalised word once
        the determiners are left aside, or an acronym)."""
        return any(w[:1].isupper() for w in self._core_words(description)) or bool(
            ACRONYM.search(description)
        )

    def _names_inside(self, start: int, end: int) -> bool:
        """A person or a body the recogniser found inside ``[start, end)``: a
        description that names its own source (« la société de Jean Roy »)
        takes up no other (a place does not: « l'entreprise de Valmont »)."""
        k = bisect_left(self.ent_starts, start)
        while k < len(self.ents) and self.ents[k].start_char < end:
            if self.syntax.entity_type(self.ents[k].label_) in {"PER", "ORG"}:
                return True
            k += 1
        return False


def postposed(noun: Token) -> set[str]:
    """Adjectives that follow ``noun`` and modify it."""
    return {
        c.lower_ for c in noun.children if c.pos_ == "ADJ" and c.dep_ == "amod" and c.i > noun.i
    }
