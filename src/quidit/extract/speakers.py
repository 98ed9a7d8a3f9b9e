"""Resolving speaker mentions to one canonical entity per source.

Within one article every way of naming a source resolves to one entity
whose name is the fullest proper name the article gives it (else its
fullest description):

* a person's full name (two words or more, titles dropped) anchors a
  person; a surname alone, or with a title (« M. Kapustin », « le général
  Kapustin »), is that person;
* descriptions the article ties to a name — an apposition (« le préfet de
  l’Olde, Bertrand Ozanne »), a title before it (« la romancière Lucie
  Armagnan »), « qui se décrit comme le chef de … » — make later mentions
  built on the same noun (« le préfet », « le chef de la milice ») that
  person;
* declared aliases (« sous son nom de soldat : White Rex », « surnommé
  le Sorcier », « sous le pseudonyme de Kraken ») are that person;
* a description with no name joins the fullest description with the same
  head noun (« l’armée » → « l’armée kessarienne »), and an acronym in
  brackets (« (ARS) ») joins its expansion;
* pronouns take the most recent speaker that agrees in gender and number,
  then the most recent agreeing mention;
* a quote with no mention takes the speaker of the quote before it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from quidit.extract.cues import mention_bounds
from quidit.extract.marks import PairIndex, pairs_of
from quidit.extract.spans import text_of, token_at
from quidit.lang import LanguageData, SyntaxData
from quidit.records import Entity, Quote, Speaker

#: What follows an alias marker (``SyntaxData.alias_markers``): the alias in
#: quotation marks, or up to four capitalised words, with a French article.
_ALIAS_TAIL = (
    r"\s*:?\s*"
    r"(?:[«“\"]\s*([^«»“”\"\n]{2,40}?)\s*[»”\"]"
    r"|((?:(?:{articles})\s+)?[A-ZÉÈ][\w-]*(?:\s+[A-ZÉÈ][\w-]*){0,3}))"
)
_ACRONYM = re.compile(r"\(([A-ZÉ][A-Za-zÉ0-9]{1,9})\)")


@lru_cache(maxsize=4096)
def _fold(s: str) -> str:
    # Cached: the same few hundred names and words are folded again and
    # again while mentions are compared (cProfile on the English dev set).
    s = unicodedata.normalize("NFD", s.lower().replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass
class Cluster:
    id: str
    kind: str
    names: list[str] = field(default_factory=list)  # full proper names (persons)
    descriptions: list[str] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)  # description head nouns
    aliases: list[str] = field(default_factory=list)
    gender: str = ""
    number: str = ""
    last: int = -1  # offset of the latest mention
    seen_at: list[int] = field(default_factory=list)  # every mention's offset, sorted

    def see(self, offset: int) -> None:
        insort(self.seen_at, offset)

    def last_before(self, offset: int) -> int | None:
        """The latest mention before ``offset``, if any."""
        k = bisect_left(self.seen_at, offset)
        return self.seen_at[k - 1] if k else None

    @property
    def name(self) -> str:
        if self.names:
            return max(self.names, key=lambda n: (len(n.split()), len(n)))
        if self.descriptions:
            return max(self.descriptions, key=len)
        return self.aliases[0] if self.aliases else "?"

    def add_alias(self, text: str) -> None:
        text = " ".join(text.split())
        if text and text not in self.aliases:
            self.aliases.append(text)


class Resolver:
    def __init__(self, doc: Doc, language: LanguageData) -> None:
        self.doc = doc
        self.language = language
        self.syntax = language.syntax
        self.titles = {_fold(t) for t in language.titles}
        self.determiners = {_fold(t) for t in language.determiners}
        self.dropped = self.titles | self.determiners
        markers = self.syntax.alias_markers
        articles = "|".join(map(re.escape, sorted(self.syntax.definite_articles))) or "(?!)"
        tail = _ALIAS_TAIL.replace("{articles}", articles)
        self.alias = re.compile(f"(?:{markers}){tail}") if markers else None
        described = self.syntax.self_description
        self.describes = re.compile(described, re.IGNORECASE) if described else None
        # Doc.ents builds new Span objects on every access: read it once.
        self.ents = list(doc.ents)
        self.ent_starts = [e.start_char for e in self.ents]
        self.clusters: list[Cluster] = []
        self.acronyms: dict[str, Cluster] = {}
        # Words inside quotation marks are the quoted source's, never a
        # mention of another source.
        self.quoted = PairIndex(
            pairs_of(doc, language.quote_pairs, language.extra.get("apostrophes", ()))
        )
        self._persons()

    # -- helpers ----------------------------------------------------------

    def _core_words(self, text: str) -> list[str]:
        """Words of a name without determiners and titles, case kept."""
        words = re.findall(r"[\w’'-]+", text)
        out = [w for w in words if _fold(w).strip("'’") not in self.dropped]
        # « l’Olde » → « Olde »
        elisions = self.syntax.elisions
        return [_unelide(w, elisions) for w in out if w]

    def _new(self, kind: str) -> Cluster:
        cluster = Cluster(id=f"e{len(self.clusters) + 1}", kind=kind)
        self.clusters.append(cluster)
        return cluster

    # -- persons ------------------------------------------------------------

    def _persons(self) -> None:
        doc = self.doc
        roles = self.language.extra.get("role_nouns", frozenset())
        for ent in self.ents:
            words = self._core_words(ent.text)
            # "Fed Chair Jerome Powell": a role the recogniser took into the name.
            while len(words) > 2 and words[0].lower() in roles:
                words = words[1:]
            if len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            # The recogniser sometimes labels an unfamiliar name as a place;
            # a role tied to it (« le chef des Brigades, Ilyan Berzak ») says
            # it is a person.
            kind = self.syntax.entity_type(ent.label_)
            roles = self.language.extra.get("role_nouns", frozenset())
            if kind != "PER" and not (
                kind in {"LOC", "MISC"} and self._descriptions_of(ent) & roles
            ):
                continue
            full = " ".join(words)
            cluster = self._person_named(full)
            if cluster is None:
                cluster = self._new("PER")
                cluster.names.append(full)
            cluster.last = max(cluster.last, ent.start_char)
            cluster.see(ent.start_char)
            for head in self._descriptions_of(ent):
                cluster.heads.add(head)
        # Declared aliases hang on the nearest person named before them in
        # the same sentence, else start a person of their own.
        for m in self.alias.finditer(text_of(doc)) if self.alias else ():
            alias = (m.group(1) or m.group(2) or "").strip()
            if not alias or (
                not alias[:1].isupper()
                and alias.lower().split(" ", 1)[0] not in self.syntax.definite_articles
            ):
                continue
            owner = self._person_before(m.start())
            if owner is None:
                owner = self._new("PER")
                owner.descriptions.append(alias)
            owner.add_alias(alias)
        for m in _ACRONYM.finditer(text_of(doc)):
            self.acronyms.setdefault(m.group(1), self._new("ORG"))

    def _person_named(self, full: str) -> Cluster | None:
        f = _fold(full)
        for c in self.clusters:
            for name in c.names:
                n = _fold(name)
                if f == n or f in n or n in f:
                    if len(f) > len(n):
                        c.names.append(full)
                    return c
        return None

    def _person_before(self, offset: int) -> Cluster | None:
        sent_start = max(
            text_of(self.doc).rfind("\n", 0, offset), text_of(self.doc).rfind(". ", 0, offset)
        )
        best: tuple[int, Cluster] | None = None
        for ent in self.ents:
            per = self.syntax.entity_type(ent.label_) == "PER"
            if per and sent_start < ent.start_char < offset:
                c = self._person_named(" ".join(self._core_words(ent.text)))
                if c is not None and (best is None or ent.start_char > best[0]):
                    best = (ent.start_char, c)
        return best[1] if best else None

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
        for word in re.findall(r"[\w-]+", window)[:4]:
            if word.lower() in roles:
                heads.add(word.lower())
                break
        return heads

    # -- resolution --------------------------------------------------------

    def resolve_mention(self, start: int, end: int) -> Cluster:
        text = text_of(self.doc)[start:end]
        core = self._core_words(text)
        folded = _fold(text)
        # A full name inside the mention.
        for c in self.clusters:
            if any(_fold(n) in folded for n in c.names):
                self._learn_description(c, start, end)
                return self._seen(c, start, text)
        # A surname alone or with a title: every word capitalised, so that
        # "aides to Whitcombe" is not Whitcombe (guidelines §2: two sources).
        if core and len(core) <= 3 and all(w[:1].isupper() for w in core):
            surname = _fold(core[-1])
            matches = [
                c for c in self.clusters if any(_fold(n).split()[-1] == surname for n in c.names)
            ]
            if matches:
                return self._seen(self._nearest(matches, start), start, text)
        # A declared alias.
        for c in self.clusters:
            if (
                c.kind == "PER"
                and (c.names or c.descriptions)
                and any(_fold(a) in folded or folded in _fold(a) for a in c.aliases if len(a) > 2)
            ):
                return self._seen(c, start, text)
        # An acronym, or a description that spells one out.
        acr = _ACRONYM.search(text)
        if acr and acr.group(1) in self.acronyms:
            c = self.acronyms[acr.group(1)]
            c.descriptions.append(_ACRONYM.sub("", text).strip(" ,"))
            self._agreement(c, start, end)
            return self._seen(c, start, text)
        for key, c in self.acronyms.items():
            if key in core and len(core) <= 2:
                return self._seen(c, start, text)
        head = self._head_noun(start, end)
        # A description tied to a named person.
        if head:
            persons = [c for c in self.clusters if head in c.heads and c.names]
            if persons:
                c = self._nearest(persons, start)
                return self._seen(c, start, text)
            # The same description, or a fuller one with the same head (the
            # head noun as read from the parse, or the first long word: "the"
            # opens English descriptions and is no head).
            words = set(map(_fold, core))
            same = [
                c for c in self.clusters if not c.names and c.descriptions and any(
                    (_head(d) == head or head in c.heads)
                    and (words <= set(map(_fold, self._core_words(d))) or
                         set(map(_fold, self._core_words(d))) <= words)
                    for d in c.descriptions)
            ]  # fmt: skip
            if same:
                c = self._nearest(same, start)
                c.descriptions.append(_ACRONYM.sub("", text).strip(" ,"))
                return self._seen(c, start, text)
        c = self._new(self._kind(start, end))
        c.descriptions.append(_ACRONYM.sub("", text).strip(" ,"))
        if head:
            c.heads.add(head)
        self._agreement(c, start, end)
        return self._seen(c, start, text)

    def _learn_description(self, c: Cluster, start: int, end: int) -> None:
        """« sa directrice, Dalia Veress »: the head before the name describes her."""
        head = self._head_noun(start, end)
        roles = self.language.extra.get("role_nouns", frozenset())
        if head and head in roles:
            c.heads.add(head)
        self._agreement(c, start, end)

    def _head_noun(self, start: int, end: int) -> str:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return ""
        # The first common noun; a name before it qualifies it ("the
        # Whitcombe campaign" is a campaign).  A name alone is its own head.
        nouns = [tok for tok in span if tok.pos_ in {"NOUN", "PROPN"}]
        common = next((tok for tok in nouns if tok.pos_ == "NOUN"), None)
        head = common if common is not None else (nouns[0] if nouns else None)
        return head.lower_ if head is not None else ""

    def _agreement(self, c: Cluster, start: int, end: int) -> None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        # The head's number first: "Operations manager Neil Faraday" is one
        # person whatever its first noun says.
        head_number = span.root.morph.get("Number", [])
        if span.root.pos_ in {"NOUN", "PROPN"} and head_number and not c.number:
            c.number = head_number[0]
        for tok in span:
            if tok.pos_ in {"DET", "NOUN"}:
                g = tok.morph.get("Gender", [])
                n = tok.morph.get("Number", [])
                # An elided article (« l’ ») shows no gender.
                if g and not c.gender and tok.lower_ not in self.syntax.elisions:
                    c.gender = g[0]
                if n and not c.number:
                    c.number = n[0]
                if tok.pos_ == "NOUN":
                    break

    def _kind(self, start: int, end: int) -> str:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            # The entities inside the span, from the list read once (Span.ents
            # rebuilds every entity of the Doc).
            k = bisect_left(self.ent_starts, span.start_char)
            inside = []
            while k < len(self.ents) and self.ents[k].end_char <= span.end_char:
                inside.append(self.ents[k])
                k += 1
            for ent in inside:
                kind = self.syntax.entity_type(ent.label_)
                if kind and kind != "MISC":
                    return {"LOC": "GPE"}.get(kind, kind)
            # A speaker named by capitalised words only, none of them a
            # body or a place ("Hooper" read as a product): a person.
            words = self._core_words(text_of(self.doc)[start:end])
            if words and all(w[:1].isupper() for w in words):
                return "PER"
        return "ORG"

    def _nearest(self, clusters: list[Cluster], offset: int) -> Cluster:
        before = [c for c in clusters if c.last <= offset]
        if before:
            return max(before, key=lambda c: c.last)
        return min(clusters, key=lambda c: c.last)

    def _seen(self, c: Cluster, offset: int, text: str) -> Cluster:
        if not c.gender:
            # "Mr Greer", "Ms. Lind": the title tells the gender.
            genders = self.language.extra.get("title_genders", {})
            for word in re.findall(r"[\w.]+", text.lower()):
                if word in genders:
                    c.gender = genders[word]
                    break
        c.last = max(c.last, offset)
        c.see(offset)
        c.add_alias(text)
        return c

    def resolve_pronoun(self, start: int, end: int, history: set[str]) -> Cluster | None:
        """The agreeing source mentioned last before the pronoun: a person
        named in the sentence before outranks an earlier speaker."""
        pron = text_of(self.doc)[start:end].lower().lstrip("-")
        gender, number = self.language.pronouns.get(pron, ("", ""))
        best: tuple[int, Cluster] | None = None
        for c in self.clusters:
            if not self._agrees(c, gender, number) or not self._natural(c, gender):
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


def _head(description: str) -> str:
    words = [w for w in re.findall(r"[\w-]+", description.lower()) if len(w) > 2]
    return words[0] if words else ""


def _cue_gender(doc: Doc, quote: Quote, syntax: SyntaxData) -> str:
    """« s'est félicitée »: the participle agrees with its subject."""
    if quote.cue is None or not syntax.agreeing_auxiliaries:
        return ""
    tok: Token | None = token_at(doc, quote.cue.end - 1)
    if tok is None:
        return ""
    if tok.morph.get("VerbForm", []) == ["Part"] and any(
        c.lower_ in syntax.agreeing_auxiliaries for c in tok.children
    ):
        g = tok.morph.get("Gender", [])
        return g[0] if g else ""
    return ""


def resolve_speakers(
    doc: Doc, quotes: Sequence[Quote], language: LanguageData
) -> tuple[list[Entity], list[Quote]]:
    resolver = Resolver(doc, language)
    adjunct_words = {_fold(words[0]) for words in language.adjunct_cues}
    pattern = language.extra.get("age_description", "")
    age = re.compile(pattern, re.IGNORECASE) if pattern else None
    history: list[Cluster] = []
    quoted_ids: set[str] = set()
    assigned: list[Cluster | None] = []
    verb_cued: list[Cluster] = []
    for q in quotes:
        mention = q.speaker.mention
        cluster: Cluster | None = None
        if mention is not None:
            low = mention.text.lower().lstrip("-")
            if low in language.pronouns:
                cluster = resolver.resolve_pronoun(mention.start, mention.end, quoted_ids)
            elif age is not None and age.search(mention.text):
                # "The 54-year-old insisted …": the person last quoted or named.
                cluster = resolver.person_before(mention.start, history, mention.text)
                if cluster is None:
                    cluster = resolver.resolve_mention(mention.start, mention.end)
            else:
                cluster = resolver.resolve_mention(mention.start, mention.end)
            if cluster is not None:
                gender = _cue_gender(doc, q, language.syntax)
                if gender and not cluster.gender:
                    cluster.gender = gender
                if low in language.pronouns:
                    g, n = language.pronouns[low]
                    cluster.gender = cluster.gender or (g if n == "Sing" else "")
                    cluster.number = cluster.number or n
        elif verb_cued or history:
            # The paragraph goes on quoting the last speaker given a voice
            # by a verb (an adjunct's source is a report, not a voice).
            cluster = (verb_cued or history)[-1]
        assigned.append(cluster)
        if cluster is not None:
            history.append(cluster)
            quoted_ids.add(cluster.id)
            if q.cue is None or _fold(q.cue.text).split()[0] not in adjunct_words:
                verb_cued.append(cluster)
    # A quote before any speaker (a headline, "…, a court heard") with no
    # mention of its own is the next quoted speaker's: the article names
    # its source further down.
    following: Cluster | None = None
    for k in range(len(quotes) - 1, -1, -1):
        if assigned[k] is None and quotes[k].speaker.mention is None:
            assigned[k] = following
        elif assigned[k] is not None:
            following = assigned[k]
    used: dict[str, Cluster] = {}
    for c in assigned:
        if c is not None:
            used.setdefault(c.id, c)
    entities: list[Entity] = []
    ids: dict[str, str] = {}
    for index, c in enumerate(used.values(), 1):
        ids[c.id] = f"e{index}"
        name = c.name
        aliases = tuple(
            a for a in dict.fromkeys(c.aliases) if a != name and a.lower() not in language.pronouns
        )
        entities.append(Entity(id=f"e{index}", name=name, type=c.kind, aliases=aliases))
    resolved = [
        replace(q, speaker=Speaker(name=c.name, entity=ids[c.id], mention=q.speaker.mention))
        if c is not None
        else q
        for q, c in zip(quotes, assigned, strict=True)
    ]
    return entities, resolved


def _unelide(word: str, elisions: tuple[str, ...]) -> str:
    """« l’Olde » → « Olde »: an elided article glued to a name."""
    for e in elisions:
        if word.startswith(e) and len(word) > len(e):
            return word[len(e) :]
    return word
