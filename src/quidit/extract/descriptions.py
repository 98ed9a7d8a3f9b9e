"""What the text says of a named source around its name (the role nouns
tied to it, the adjectives of those roles) and the class nouns that take
up a body named before: helpers ``speakers.Resolver`` inherits."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from quidit.extract.clusters import Cluster, fold
from quidit.extract.marks import PairIndex
from quidit.extract.spans import text_of
from quidit.lang import LanguageData, SyntaxData

ACRONYM = re.compile(r"\(([A-ZÉ][A-Za-zÉ0-9]{1,9})\)")


#: Relative pronouns after « dans » that open what a document holds.
_IN_WHICH = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})


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
        # « le chef de l'État valdorien X »: the adjective after the set
        # phrase qualifies the role it names.
        nouns += [
            doc[t.i + 3]
            for t in nouns
            if t.i + 3 < len(doc) and self._periphrase_roles(t.idx) and doc[t.i + 3] in window
        ]
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
        # Six words of description, or twelve past an acronym in brackets
        # (« le directeur de l'Agence mondiale des virus (AMV), X »: a body's
        # long name and its acronym sit between the role and the name).
        reach = 6
        while k >= max(0, ent.start - reach):
            tok = doc[k]
            if tok.text == ")" and k >= 2 and doc[k - 2].text == "(" and doc[k - 1].is_upper:
                k -= 3
                reach = 12
                continue
            if tok.is_punct and tok.text != ",":
                break
            # An adjective or participle inside the role (« le directeur
            # général délégué du groupe X ») is no verb of the sentence nor
            # a role of its own: it qualifies the role noun before it.
            participle = tok.morph.get("VerbForm", []) == ["Part"] and tok.head.pos_ == "NOUN"
            qualifier = participle or (tok.pos_ == "ADJ" and tok.head.i < tok.i)
            if (tok.lower_ in roles or tok.lemma_ in roles) and not qualifier:
                heads.add(tok.lower_)
                heads |= self._periphrase_roles(tok.idx)
                break
            if tok.pos_ in {"VERB", "AUX"} and not participle:
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
                heads |= self._periphrase_roles(base + match.start())
                break
            if self._in_person(base + match.start()):
                # « X, Jean Roy, ministre de … »: the role after another
                # name is that name's.
                break
        return heads

    def _periphrase_roles(self, offset: int) -> set[str]:
        """The role a set phrase starting at ``offset`` names by other words
        (« le chef de l'État X » is a president: a later « le président »
        takes X up, as « le chef de l'État » takes up « le président X »)."""
        folded = fold(text_of(self.doc)[offset : offset + 40]).replace("’", "'")
        periphrases = self.language.extra.get("role_periphrases", {})
        return {role for phrase, role in periphrases.items() if folded.startswith(phrase)}

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
        demonstrative = first in self.language.extra.get("demonstratives", frozenset())
        definite = (
            first in self.syntax.definite_articles
            or first in {"l'", "l’"}
            or (first[:2] in {"l'", "l’"})
            or demonstrative
        )
        classes = self.language.extra.get("body_class_nouns", frozenset())
        # « cette ONG »: a class noun written as an acronym is no name.
        proper = self._proper(text) and not (len(core) == 1 and core[0].lower() in classes)
        if definite and not proper and not self._names_inside(start, start + len(text)):
            found = self._class_body(head, start, demonstrative)
            if found is None:
                found = self._document_issuer(head, start)
            if found is not None:
                return found
            if (
                head in self.language.extra.get("acronym_class_nouns", frozenset())
                and self._bare(text, head)
                and not self._class_named(head, start)
            ):
                # « le syndicat » after « la CGT »: the body was named by its
                # acronym or name alone, never with the class noun.
                return self._last_body(start, head)
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
        return self._last_body(start, None) if head in bodies else None

    def _last_body(self, start: int, head: str | None) -> Cluster | None:
        """The last body the recogniser found before ``start``, outside
        quotation marks.  A person's title it read as a body (« la ministre
        du Travail ») is none; for a class noun (``head``), a body whose name
        holds another kind (« l'Agence X » for « le syndicat ») is none."""
        extra = self.language.extra
        roles = extra.get("role_nouns", frozenset())
        kinds = extra.get("body_class_nouns", frozenset()) | extra.get(
            "body_hypernyms", frozenset()
        )
        k = bisect_left(self.ent_starts, start) - 1
        while k >= 0:
            ent = self.ents[k]
            k -= 1
            if (
                self.syntax.entity_type(ent.label_) != "ORG"
                or ent.end_char > start
                or self.quoted.around(ent.start_char) is not None
            ):
                continue
            words = {t.lower_ for t in ent}
            if words & roles:
                continue
            if head is not None and words & kinds and head not in words:
                continue
            return self.resolve_mention(ent.start_char, ent.end_char)
        return None

    def _bare(self, text: str, head: str) -> bool:
        """« le syndicat », « cette organisation syndicale »: the class noun
        right after the determiner, with no complement of its own (« le
        collectif des médias » is a body of its own, « les porte-parole du
        parti » are people)."""
        words = re.split(r"[\s'’]+", text.lower())[1:]
        links = {"de", "du", "des", "d", "à", "au", "aux"}
        return bool(words) and words[0] == head and not links & set(words[1:])

    def _class_named(self, head: str, start: int) -> bool:
        """Whether the class noun ``head`` stood before ``start`` with a name
        after it (« le syndicat Force Rurale »): that body, not the last
        one named, is the one the bare noun could take up."""
        for tok in self.doc:
            if tok.idx >= start:
                return False
            if tok.lower_ == head and self._named_after(tok) is not None:
                return True
        return False

    def _class_body(self, head: str, start: int, demonstrative: bool) -> Cluster | None:
        """« cette ONG », « le syndicat », « le ministère »: a noun of a kind
        of body takes up the body of that kind the article named before
        (« l'ONG Terre Claire », « le ministère de l'Intérieur »).  A
        definite article needs one such body; a demonstrative points at the
        nearest."""
        if head not in self.language.extra.get("body_class_nouns", frozenset()):
            return None
        found: dict[str, tuple[int, int]] = {}
        for tok in self.doc:
            if tok.idx >= start:
                break
            if tok.lower_ != head or self.quoted.around(tok.idx) is not None:
                continue
            bounds = self._named_after(tok)
            if bounds is not None:
                key = text_of(self.doc)[tok.idx : bounds[1]].lower()
                found.pop(key, None)  # the latest occurrence last
                found[key] = bounds
        if not found or (len(found) > 1 and not demonstrative):
            return None
        return self.resolve_mention(*list(found.values())[-1])

    def _named_after(self, noun: Token) -> tuple[int, int] | None:
        """The bounds of « l'ONG Terre Claire », « le ministère des Affaires
        étrangères »: the class noun with the proper name that follows it
        (capitalised words, « de » and articles between them, adjectives
        after them); None where no capitalised word follows."""
        doc = self.doc
        links = {"de", "du", "des", "d'", "d’", "l'", "l’", "la", "le", "les"}
        end: int | None = None
        j = noun.i + 1
        while j < len(doc) and j <= noun.i + 8:
            t = doc[j]
            if t.text[:1].isupper() and t.text[:1].isalpha():
                end = j
            elif t.lower_ in links:
                pass
            elif not (end is not None and t.pos_ == "ADJ" and t.text.islower()):
                break
            elif end is not None:
                end = j
            j += 1
        if end is None:
            return None
        k = noun.i
        if k > 0 and doc[k - 1].pos_ == "DET":
            k -= 1
        return doc[k].idx, doc[end].idx + len(doc[end])

    def _document_issuer(self, head: str, start: int) -> Cluster | None:
        """« Le communiqué précise », « le texte ajoute »: a document taken up
        after the article named its issuer (« X a publié un communiqué »,
        « dans un communiqué, X affirme », « un communiqué du ministère »)
        has that issuer as its source (guidelines §2)."""
        extra = self.language.extra
        documents = extra.get("document_nouns", frozenset())
        take_up = extra.get("document_take_up", frozenset())
        if head not in documents and head not in take_up:
            return None
        wanted = documents if head in take_up else {head}
        introduced: Token | None = None
        for tok in self.doc:
            if tok.idx >= start:
                break
            if (
                tok.lower_ in wanted
                and tok.pos_ == "NOUN"
                and self.quoted.around(tok.idx) is None
                and any(c.dep_ == "det" and c.lower_ in {"un", "une"} for c in tok.children)
            ):
                introduced = tok
        if introduced is None:
            return None
        issuer = self._issuer_of(introduced)
        if issuer is None:
            return None
        return self.resolve_mention(*issuer)

    def _issuer_of(self, document: Token) -> tuple[int, int] | None:
        """The body a document is « de » (« un communiqué de la préfecture »),
        else the subject of the verb it is the object or the frame of (« X a
        publié un communiqué », « dans un communiqué, X dénonce »)."""
        subject = self.syntax.labels("subject")
        for child in document.children:
            if (
                child.dep_.startswith("nmod")
                and child.pos_ in {"NOUN", "PROPN"}
                and any(c.lower_ in {"de", "du", "des", "d'", "d’"} for c in child.children)
                # « un communiqué de presse » names no issuer: a determiner
                # (« de la préfecture », « du ministère ») or a name does.
                and (
                    child.pos_ == "PROPN"
                    or any(c.dep_ == "det" or c.lower_ in {"du", "des"} for c in child.children)
                )
            ):
                return self._phrase(child)
        for clause in document.children:
            # « un communiqué dans lequel l'état-major fait état de … »: the
            # subject of the relative that says what is in the document.
            rel = [c for c in clause.children if c.i < clause.i and c.lower_ in _IN_WHICH]
            if clause.dep_ == "acl:relcl" and rel:
                for child in clause.children:
                    if child.dep_ in subject and child.pos_ in {"NOUN", "PROPN"}:
                        return self._phrase(child)
        verb = document.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i == document.i:
            return None
        for child in verb.children:
            if child.dep_ in subject and child.pos_ in {"NOUN", "PROPN"}:
                return self._phrase(child)
        return None

    def _phrase(self, head: Token) -> tuple[int, int]:
        """A noun phrase's bounds, cut before a comma (an apposition or a
        relative clause after it is no part of the name)."""
        # « le ministère de l'Eau et de la Forêt »: a conjunct with its own
        # preposition coordinates complements, which the parser may hang on
        # the head; the mention bounds of quotes leave it out, and so does
        # this, that both name the body alike.
        cut = {
            t.i
            for c in head.children
            if c.dep_ == "conj" and any(g.dep_ == "case" for g in c.children)
            for t in c.subtree
        }
        cut |= {c.i for c in head.children if c.dep_ == "cc" and c.i + 1 in cut}
        toks = [t for t in head.subtree if (t.dep_ != "case" or t.i > head.i) and t.i not in cut]
        first, last = toks[0].i, head.i
        for t in toks:
            if t.i > head.i and t.is_punct:
                break
            last = max(last, t.i)
        doc = self.doc
        return doc[first].idx, doc[last].idx + len(doc[last])

    def source_noun_before(self, start: int) -> Cluster | None:
        """« une source ministérielle … selon cette source »: the formula
        takes up the last noun phrase built on « source » before it, outside
        quotation marks and not itself a formula pointing back."""
        noun = self.language.extra.get("source_noun", "")
        pointing = self.language.extra.get("demonstratives", frozenset()) | {"même", "ladite"}
        found: Token | None = None
        for tok in self.doc:
            if tok.idx >= start:
                break
            if (
                tok.lower_ == noun
                and self.quoted.around(tok.idx) is None
                and not any(c.lower_ in pointing for c in tok.children)
                and not (tok.i > 0 and self.doc[tok.i - 1].lower_ in pointing)
            ):
                found = tok
        if found is None:
            return None
        return self.resolve_mention(*self._phrase(found))

    def _expansion(self, paren: int, acronym: str) -> str:
        """« l'Institut national de la veille sanitaire (INVS) »: the name the
        acronym in brackets at ``paren`` abbreviates, the noun phrase just
        before the bracket when a proper name opens it; "" otherwise."""
        k = bisect_left([t.idx for t in self.doc], paren) - 1
        if k < 0:
            return ""
        tok = self.doc[k]
        inner = {
            "nmod",
            "amod",
            "flat",
            "flat:name",
            "compound",
            "fixed",
            "case",
            "det",
            "conj",
            "cc",
        }
        while tok.head.i < tok.i and tok.dep_ in inner:
            tok = tok.head
        first = tok.left_edge
        text = text_of(self.doc)[first.idx : paren].strip(" ,")
        core = self._core_words(text)
        if len(core) < 2 or not core[0][:1].isupper():
            return ""
        # An acronym is built on the initials of its name, in order, the
        # first word's first (« (Insee) », « (OMS) »); a party or a dateline
        # after a person's or a town's name (« Jean Roy (PS) ») is not one.
        initials = iter(fold(w)[0] for c in core for w in c.split("-") if w)
        letters = fold(acronym)
        if fold(core[0])[0] != letters[0] or not all(ch in initials for ch in letters):
            return ""
        return text

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
