"""Pronouns and person descriptions that point back at a source named
before them: the agreeing source mentioned last, the subject of the
sentence before, the person quoted last.  Helpers ``speakers.Resolver``
inherits."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.extract.clusters import Cluster
from quidit.extract.cues import mention_bounds
from quidit.extract.marks import PairIndex
from quidit.extract.spans import text_of, token_at
from quidit.lang import LanguageData, SyntaxData


class Pronouns:
    doc: Doc
    language: LanguageData
    syntax: SyntaxData
    clusters: list[Cluster]
    quoted: PairIndex
    #: Whether a first name's gender must agree with a pronoun (see ``agrees``).
    strict_names: bool = True

    def resolve_mention(self, start: int, end: int) -> Cluster:
        raise NotImplementedError

    def _seen(self, c: Cluster, offset: int, text: str) -> Cluster:
        raise NotImplementedError

    def resolve_pronoun(self, start: int, end: int, history: set[str]) -> Cluster | None:
        """The agreeing source mentioned last before the pronoun: a person
        named in the sentence before outranks an earlier speaker."""
        pron = text_of(self.doc)[start:end].lower().lstrip("-")
        gender, number = self.language.pronouns.get(pron, ("", ""))
        best: tuple[int, Cluster] | None = None
        for c in self.clusters:
            if not self.agrees(c, gender, number) or not self._natural(c, gender):
                continue
            last = c.last_before(start)
            if last is None:
                continue
            # Speakers already quoted count from their quote's mention; other
            # entities only through mentions of their own.
            if c.id not in history and not c.names:
                continue
            if best is None or last > best[0]:
                best = (last, c)
        subject = self._subject_before(start, gender, number)
        if subject is not None and (best is None or subject.idx > best[0]):
            return self.resolve_mention(*mention_bounds(subject, self.syntax))
        return best[1] if best else None

    def _subject_before(self, offset: int, gender: str, number: str) -> Token | None:
        """The subject noun of the sentence before (« Le président a décrété
        … « … », a-t-il promis »), when it names a role or a source."""
        doc = self.doc
        roles = self.language.extra.get("role_nouns", frozenset())
        sources = self.language.extra.get("source_nouns", frozenset())
        here = token_at(doc, offset)
        if here is None:
            return None
        # The current and the previous sentence: a pronoun refers back that far.
        first = doc[here.sent.start - 1].sent.start if here.sent.start > 0 else here.sent.start
        subjects = self.syntax.labels("subject")
        for tok in reversed(doc[first : here.i]):
            if tok.dep_ not in subjects or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            if self.quoted.around(tok.idx) is not None:
                continue
            if tok.pos_ == "NOUN" and tok.lower_ not in roles and tok.lower_ not in sources:
                continue
            personal = self.syntax.personal_genders
            if personal and gender:
                # "he" and "she" name persons, "it" never does.
                person = tok.lower_ in roles or (
                    tok.pos_ == "PROPN" and self.syntax.entity_type(tok.ent_type_) == "PER"
                )
                if person != (gender in personal):
                    continue
            g, n = tok.morph.get("Gender", []), tok.morph.get("Number", [])
            if (number and n and n[0] != number) or (
                gender and g and g[0] != gender and number != "Plur"
            ):
                continue
            return tok
        return None

    def person_before(self, offset: int, history: list[Cluster], text: str) -> Cluster | None:
        """The person quoted last, else the person named last, before ``offset``."""
        for c in reversed(history):
            if c.kind == "PER" and c.last_before(offset) is not None:
                return self._seen(c, offset, text)
        named = [c for c in self.clusters if c.kind == "PER" and c.last_before(offset) is not None]
        if not named:
            return None
        return max(named, key=lambda c: c.last_before(offset) or -1)

    def agrees(self, c: Cluster, gender: str, number: str) -> bool:
        # A first name of the other gender rules a person out while
        # ``strict_names`` holds: the caller tries strictly first, then,
        # where nothing agrees, without (the pronoun is the text's word).
        if (
            self.strict_names
            and gender
            and number != "Plur"
            and c.name_gender
            and c.name_gender != gender
        ):
            return False
        return self._agrees(c, gender, number)

    def natural(self, c: Cluster, gender: str) -> bool:
        return self._natural(c, gender)

    def _natural(self, c: Cluster, gender: str) -> bool:
        """Where pronouns have natural gender (English), "he" and "she" refer
        to persons (a named person or a role: "the spokesman") and "it" to
        bodies; elsewhere (French « il » for « le gouvernement ») any."""
        personal = self.syntax.personal_genders
        if not personal or not gender:
            return True
        roles = self.language.extra.get("role_nouns", frozenset())
        person = c.kind == "PER" or bool(c.heads & roles)
        return person == (gender in personal)

    @staticmethod
    def _agrees(c: Cluster, gender: str, number: str) -> bool:
        if number and c.number and c.number != number:
            return False
        if number == "Plur" and not c.number:
            return False
        return not (gender and c.gender and c.gender != gender and number != "Plur")
