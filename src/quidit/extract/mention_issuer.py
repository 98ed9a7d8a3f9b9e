"""A document's or a count's issuer as its source (guidelines §2), split
from :mod:`quidit.extract.mention_repair`: « un rapport de l'armée »,
« le bilan communiqué par le gouvernement », « un bilan donné mardi soir
par X », « un sondage Ifop », « celles du gouvernement ».
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quidit.extract.mentions import mention_bounds
from quidit.lang import SyntaxData

#: Prepositions of origin before the issuer a participle names.
_FROM = frozenset({"de", "du", "des", "d'", "d’"})


class IssuerReading:
    """The issuer reading of :class:`~quidit.extract.mention_repair.Repairer`,
    which sets these attributes."""

    doc: Doc
    syntax: SyntaxData
    documents: frozenset[str]
    demonstratives: frozenset[str]
    issuing: frozenset[str]
    origin: frozenset[str]
    reading: tuple[str, ...]
    sources: frozenset[str]
    _span: Callable[[int, int], Span | None]
    _trim: Callable[[int, int], tuple[int, int]]

    def _issuer(self, start: int, end: int) -> tuple[int, int]:
        """A document's source is its issuer where the text names one."""
        span = self._span(start, end)
        if span is None:
            return start, end
        if len(span) > 2 and span[0].lower_ in self.demonstratives:
            # « celles du gouvernement »: the count or document of X is X's.
            owner = next((t for t in span[1:] if t.pos_ in {"NOUN", "PROPN"}), None)
            if owner is not None and any(c.dep_ == "case" for c in owner.children):
                return self._sub(owner, end)
        head = next((t for t in span if t.pos_ in {"NOUN", "PROPN"}), None)
        if head is None or head.lower_ not in self.documents:
            return start, end
        # « un sondage Ifop »: a name right after the noun.
        nxt = head.nbor(1) if head.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.i < span.end:
            return self._sub(nxt, end)
        for child in head.children:
            # The finder may stop before the participle (« le bilan
            # officiel | communiqué par le gouvernement »).
            if not span.start <= child.i < span.end and child.dep_ != "acl":
                continue
            cases = [c.lower_ for c in child.children if c.dep_ == "case"]
            if (
                cases
                and cases[0] == "par"
                and child.pos_ in {"NOUN", "PROPN"}
                and any(self._issuing(c) for c in head.children if c.i < child.i)
            ):
                # « un bilan établi vendredi par la mission »: the parser
                # hangs the agent on the document, past the time word.
                return self._sub(child, end)
            if child.dep_ == "nmod" and cases and cases[0] in {"de", "du", "des", "d'", "d’"}:
                # « le bilan de l'attaque » names no issuer: only a body,
                # a person or a name does.
                if child.pos_ == "PROPN" or child.lower_ in self.sources:
                    return self._sub(child, end)
                continue
            if child.dep_ == "acl" and child.lemma_ in self.origin:
                # « un communiqué émanant du ministère », « signé du
                # porte-parole »: the body it comes from issued it.
                for agent in child.children:
                    agent_cases = {c.lower_ for c in agent.children if c.dep_ == "case"}
                    if agent_cases & _FROM and agent.pos_ in {"NOUN", "PROPN"}:
                        return self._sub(agent, end)
            if self._issuing(child):
                for agent in child.children:
                    agent_cases = {c.lower_ for c in agent.children if c.dep_ == "case"}
                    # « publié par X »; « paru dans X »: the medium.  A time
                    # between the participle and « par X » (« donné mardi
                    # soir par le directeur ») makes the parser hang the
                    # agent under another label: « par » alone tells it.
                    if ("par" in agent_cases and agent.pos_ in {"NOUN", "PROPN"}) or (
                        agent.dep_ in {"obl:agent", "obl", "obl:mod"} and "dans" in agent_cases
                    ):
                        return self._sub(agent, end)
        # « les données officielles rendues publiques lundi »: with no issuer
        # named, the participle says when the document came out; the
        # document's name stops before it.
        out = [
            c
            for c in head.children
            if c.dep_ == "acl" and c.lemma_ in self.issuing and span.start < c.i < span.end
        ]
        if out:
            prev = self.doc[out[0].i - 1]
            return start, prev.idx + len(prev.text)
        return start, end

    def _issuing(self, child: Token) -> bool:
        """A participle on a document that names its author by « par »
        (« publié », « établi »), not its reader (« consulté »)."""
        reader = child.lower_.startswith(self.reading) if self.reading else True
        return child.dep_ == "acl" and (child.lemma_ in self.issuing or not reader)

    def _sub(self, tok: Token, end: int) -> tuple[int, int]:
        """The issuer's own phrase, with the sources coordinated with it
        (« des syndicats et de la police »), without a participle that
        names the document's reader (« consulté par l'AFP »)."""
        doc = self.doc
        s, e = mention_bounds(tok, self.syntax)
        # « donné mardi soir par le directeur »: a time word the parser
        # hung on the agent stands before its « par ».
        agent = next((c for c in tok.children if c.dep_ == "case" and c.lower_ == "par"), None)
        if agent is not None:
            s = max(s, agent.idx + len(agent))
        conj = self.syntax.labels("coordination")
        for c in tok.children:
            if c.dep_ in conj and c.pos_ in {"NOUN", "PROPN"}:
                e = max(e, mention_bounds(c, self.syntax)[1])
        span = self._span(s, e)
        if span is not None:
            for t in span:
                if t.i > tok.i and t.pos_ in {"VERB", "AUX"}:
                    prev = doc[t.i - 1]
                    e = prev.idx + len(prev.text)
                    break
        return self._trim(s, e)
