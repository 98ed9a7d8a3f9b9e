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
* a set phrase names a role by other words (« le chef de l’État »), and a
  class noun takes up the body or medium named last (« l’institution »,
  « le média local »);
* a first name alone is the one person of the article who bears it;
* pronouns take the most recent speaker that agrees in gender and number,
  then the most recent agreeing mention;
* a quote with no mention takes the speaker of the quote before it.

The pass over an article's quotes that applies these rules in order is
``speaker_assign.resolve_speakers``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from quidit.extract.clusters import (
    Cluster,
    fold,
    head_word,
    noun_gender,
    unelide,
)
from quidit.extract.coordination import coordinated
from quidit.extract.descriptions import ACRONYM, Descriptions, postposed
from quidit.extract.marks import PairIndex, pairs_of
from quidit.extract.media_titles import medium_named, title_of
from quidit.extract.person_names import glued_names, name_end, name_start
from quidit.extract.roles import holders_described, lead_role, names_source, next_role, title_roles
from quidit.extract.source_words import attribute_data, first_name_gender
from quidit.extract.spans import text_of, token_at
from quidit.extract.speaker_pronouns import Pronouns
from quidit.lang import LanguageData

#: What follows an alias marker (``SyntaxData.alias_markers``): the alias in
#: quotation marks, or up to four capitalised words, with a French article.
_ALIAS_TAIL = (
    r"\s*:?\s*"
    r"(?:[«“\"]\s*([^«»“”\"\n]{2,40}?)\s*[»”\"]"
    r"|((?:(?:{articles})\s+)?[A-ZÉÈ][\w-]*(?:\s+[A-ZÉÈ][\w-]*){0,3}))"
)


class Resolver(Descriptions, Pronouns):
    def __init__(self, doc: Doc, language: LanguageData) -> None:
        self.doc = doc
        self.language = language
        self.syntax = language.syntax
        self.titles = {fold(t) for t in language.titles}
        self.determiners = {fold(t) for t in language.determiners}
        self.dropped = self.titles | self.determiners
        markers = self.syntax.alias_markers
        articles = "|".join(map(re.escape, sorted(self.syntax.definite_articles))) or "(?!)"
        tail = _ALIAS_TAIL.replace("{articles}", articles)
        self.alias = re.compile(f"(?:{markers}){tail}") if markers else None
        described = self.syntax.self_description
        self.describes = re.compile(described, re.IGNORECASE) if described else None
        # Doc.ents builds new Span objects on every access: read it once.
        self.data = attribute_data(language.code)
        self.ents = glued_names(
            doc, list(doc.ents), language.extra.get("role_nouns", frozenset()), self.data
        )
        self.ent_starts = [e.start_char for e in self.ents]
        self.clusters: list[Cluster] = []
        self.acronyms: dict[str, Cluster] = {}
        # Words inside quotation marks are the quoted source's, never a
        # mention of another source.
        self.quoted = PairIndex(
            pairs_of(
                doc,
                language.quote_pairs,
                language.extra.get("apostrophes", ()),
                language.extra.get("doubled_marks"),
            )
        )
        self._persons()

    # -- helpers ----------------------------------------------------------

    def _core_words(self, text: str) -> list[str]:
        """Words of a name without determiners and titles, case kept."""
        words = re.findall(r"[\w’'-]+", text)
        out = [w for w in words if fold(w).strip("'’") not in self.dropped]
        # « l’Olde » → « Olde »
        elisions = self.syntax.elisions
        return [unelide(w, elisions) for w in out if w]

    def _name_words(self, text: str) -> list[str]:
        """Words of a proper name without the titles and determiners before
        it; particles inside it stay (« Villeroy de Galhau »)."""
        words = re.findall(r"[\w’'-]+", text)
        k = 0
        while k < len(words) - 1 and fold(words[k]).strip("'’") in self.dropped:
            k += 1
        out = words[k:]
        if out:
            out[0] = unelide(out[0], self.syntax.elisions)
        return out

    def _new(self, kind: str) -> Cluster:
        cluster = Cluster(id=f"e{len(self.clusters) + 1}", kind=kind)
        self.clusters.append(cluster)
        return cluster

    # -- persons ------------------------------------------------------------

    def _persons(self) -> None:
        doc = self.doc
        roles = self.language.extra.get("role_nouns", frozenset())
        particles = self.language.extra.get("name_particles", frozenset())
        text = text_of(doc)
        places = frozenset(
            e.start_char for e in self.ents if self.syntax.entity_type(e.label_) != "PER"
        )
        for ent in self.ents:
            # « Ilse Van », « Katherine O' »: a name cut at a particle or an
            # apostrophe goes on to its end.
            end = name_end(text, ent.end_char, particles, places)
            words = self._name_words(text[name_start(text, ent.start_char) : end])
            # "Fed Chair Jerome Powell", « Premier ministre Kishida Fumio »:
            # a role the recogniser took into the name, which says the name
            # is a person's whatever the label.
            took = max((k + 1 for k, w in enumerate(words[:-2]) if w.lower() in roles), default=0)
            words = words[took:]
            proper = [w for w in words if fold(w) not in particles]
            if len(proper) < 2 or not all(w[:1].isupper() for w in proper):
                continue
            # The recogniser sometimes labels an unfamiliar name as a place;
            # a role tied to it (« le chef des Brigades, Ilyan Berzak ») says
            # it is a person.
            kind = self.syntax.entity_type(ent.label_)
            roles = self.language.extra.get("role_nouns", frozenset())
            if kind != "PER" and not (
                kind in {"LOC", "MISC"} and (took or self._descriptions_of(ent) & roles)
            ):
                continue
            full = " ".join(words)
            cluster = self._person_named(full)
            if cluster is None:
                cluster = self._new("PER")
                cluster.names.append(full)
            if not cluster.name_gender:
                # « Cyril Hanouna … elle affirme »: a first name the lists
                # decide gives the gender a pronoun should agree with.
                gender = first_name_gender(words[0], self.data)
                cluster.name_gender = {"male": "Masc", "female": "Fem"}.get(gender, "")
            cluster.last = max(cluster.last, ent.start_char)
            cluster.see(ent.start_char)
            for head in self._descriptions_of(ent):
                cluster.heads.add(head)
            cluster.titled |= title_roles(doc, ent, self.language.extra.get("title_roles", {}))
            cluster.qualifiers |= self._qualifiers_near(ent)
        # A person the lead presented by role only and names in the next
        # sentence holds that role, unless described otherwise or of the
        # other gender.
        # So does a person named bare whom the next sentence takes up by a
        # role no one else holds.
        held = {h for c in self.clusters for h in c.heads | c.titled}
        for c in [c for c in self.clusters if c.names and not c.heads & roles]:
            found = [(lead_role(doc, c.seen_at[0], roles, self.syntax), c.seen_at[0])]
            found += [(next_role(doc, at, roles, self.syntax), at) for at in c.seen_at]
            for role, at in found:
                if role is None or role.lower_ in held or not self._same_gender(c, role):
                    continue
                named = token_at(doc, at)
                if not self._says(role.sent) and not (named and self._says(named.sent)):
                    # « X a visité une ferme. Le ministre a reçu … »: the
                    # tie is news copy's way of presenting a source, so a
                    # verb of saying runs through the pair of sentences.
                    continue
                c.heads.add(role.lower_)
                c.qualifiers |= postposed(role)
                held.add(role.lower_)
                break
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
            owner.declared.append(alias)
        for m in ACRONYM.finditer(text_of(doc)):
            acronym = self.acronyms.setdefault(m.group(1), self._new("ORG"))
            # The name it abbreviates is the body's fullest (guidelines §2),
            # whether or not a quote gives it a voice there.
            expansion = self._expansion(m.start(), m.group(1))
            if expansion and expansion not in acronym.descriptions:
                acronym.descriptions.append(expansion)

    def _says(self, sent: Span) -> bool:
        """The sentence holds a verb of saying."""
        forms = self.language.speech_verb_forms
        return any(t.pos_ == "VERB" and t.lower_ in forms for t in sent)

    @staticmethod
    def _same_gender(c: Cluster, role: Token) -> bool:
        """The role's article (else the noun: the tagger reads the epicene
        « la ministre » as masculine) does not contradict the first name."""
        shown = [g for t in role.children if t.pos_ == "DET" for g in t.morph.get("Gender", [])]
        gender = (shown or role.morph.get("Gender", []) or [""])[0]
        return not (c.name_gender and gender and c.name_gender != gender)

    def _person_named(self, full: str) -> Cluster | None:
        f = fold(full)
        for c in self.clusters:
            for name in c.names:
                n = fold(name)
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
                c = self._person_named(" ".join(self._name_words(ent.text)))
                if c is not None and (best is None or ent.start_char > best[0]):
                    best = (ent.start_char, c)
        return best[1] if best else None

    def resolve_mention(self, start: int, end: int) -> Cluster:
        text = text_of(self.doc)[start:end]
        core = self._core_words(text)
        folded = fold(text)
        if coordinated(self.doc, start, end, self.syntax):
            # « ont déclaré l'armée et le gouverneur »: one group source,
            # named by the coordination (guidelines §2).
            for c in self.clusters:
                if c.kind == "GROUP" and any(fold(d) == folded for d in c.descriptions):
                    return self._seen(c, start, text)
            c = self._new("GROUP")
            c.descriptions.append(text)
            c.number = "Plur"
            return self._seen(c, start, text)
        # A medium named with its type noun: its title is its name.
        title = title_of(text, self.language.extra.get("media_hypernyms", frozenset()))
        if title:
            c = medium_named(self.clusters, title) or self._medium(title, head_word(text))
            c.descriptions.append(text)
            return self._seen(c, start, text)
        # A full name inside the mention.
        markers = self.language.extra.get("name_complement_markers", ())
        for c in self.clusters:
            if any(names_source(folded, fold(n), markers) for n in c.names):
                self._learn_description(c, start, end)
                return self._seen(c, start, text)
        # A surname alone or with a title: every word capitalised, so that
        # "aides to Whitcombe" is not Whitcombe (guidelines §2: two sources).
        # Not a full name the mention holds as a « de » complement (« la
        # sœur de Paul Morel »: the kin noun, a title too, leaves the core).
        complement = any(fold(n) in folded for c in self.clusters for n in c.names)
        if core and len(core) <= 3 and all(w[:1].isupper() for w in core) and not complement:
            surname = fold(core[-1])
            matches = [
                c for c in self.clusters if any(fold(n).split()[-1] == surname for n in c.names)
            ]
            if matches:
                return self._seen(self._nearest(matches, start), start, text)
            # A first name alone, where one person of the article bears it
            # (« Angèle Morin … », then « Angèle ») and no title sets it up
            # as a surname (« M. Martin »): partial names resolve to the
            # full one (guidelines §2).
            first = [
                c
                for c in self.clusters
                if c.kind == "PER" and any(fold(n).split()[0] == surname for n in c.names)
            ]
            if len(core) == 1 and len(first) == 1 and fold(text).strip() == surname:
                return self._seen(first[0], start, text)
            # « Xi Jinping … M. Xi », « Kim Jong Un … M. Kim »: East Asian
            # names put the family name first, and a title goes before it;
            # not where the word is a first name (« M. Martin » is no Martin
            # Roux) unless the name has three words.
            before = [w.strip("'’") for w in re.findall(r"[\w.’'-]+", fold(text))[:-1]]
            titled = bool(before) and all(w in self.titles for w in before)
            if len(core) == 1 and len(first) == 1 and titled:
                full = max(first[0].names, key=len)
                if len(full.split()) > 2 or not first_name_gender(core[0], self.data):
                    return self._seen(first[0], start, text)
        # A declared alias.
        for c in self.clusters:
            if (
                c.kind == "PER"
                and (c.names or c.descriptions)
                and any(fold(a) in folded or folded in fold(a) for a in c.declared if len(a) > 2)
            ):
                return self._seen(c, start, text)
        # An acronym, or a description that spells one out.
        acr = ACRONYM.search(text)
        if acr and acr.group(1) in self.acronyms:
            c = self.acronyms[acr.group(1)]
            c.descriptions.append(ACRONYM.sub("", text).strip(" ,"))
            self._agreement(c, start, end)
            return self._seen(c, start, text)
        # « le directeur de l'AMV » is a person of the body, not the body;
        # so is « le président de la FFF », whose role is also a title and
        # so left out of the core words: read the mention's own words.
        roles = self.language.extra.get("role_nouns", frozenset())
        said = {fold(w) for w in re.findall(r"[\w-]+", text)}
        for key, c in self.acronyms.items():
            if key in core and len(core) <= 2 and not {fold(r) for r in roles} & said:
                return self._seen(c, start, text)
        head = self._head_noun(start, end)
        # « le chef de l'État »: a set phrase that names a role by another
        # word (dictionaries: the head of state is the president).
        for phrase, role in self.language.extra.get("role_periphrases", {}).items():
            if phrase in folded:
                head = role
                break
        # A description tied to a named person, unless a classifying
        # adjective sets them apart (« le président tchadien » is not « le
        # président français X »; relational adjectives follow the noun, so
        # « l'ancien président » keeps its tie).
        if head:
            own = self._mention_qualifiers(start, end, head)
            persons = [
                c
                for c in self.clusters
                if c.names
                and (
                    (head in c.heads and not (own and c.qualifiers and not own & c.qualifiers))
                    or (head in c.titled and not own)
                )
            ]
            hyper: frozenset[str] = self.language.extra.get("role_hypernyms", {}).get(
                head, frozenset()
            )
            indefinite = re.match(r"(?:une?|l['’]une?\s+d(?:es|e|u))\b", folded)
            if indefinite:
                # « un porte-parole de la police », « l'un des porte-parole »:
                # an indefinite brings in someone new, not a named holder.
                persons = []
            if not persons and hyper and not indefinite:
                # « l'élu », « l'édile »: the one named holder of a role it
                # covers, with no classifying adjective setting them apart
                # (« l'entraîneur nantais » is « le coach du FC Nantes, X »).
                # « l'élue »: the hypernym's feminine form (the elided article
                # shows none) rules out a man named holder; the masculine is
                # also the generic (« l'élu » may be a woman), so rules out none.
                shown = self._mention_gender(start, end) or self._head_gender(start, end, head)
                shown = shown if shown == "Fem" else ""
                holders = [
                    c
                    for c in self.clusters
                    if c.names
                    and (c.heads | c.titled) & hyper
                    and not (own and c.qualifiers and not own & c.qualifiers)
                    and not (shown and c.name_gender and c.name_gender != shown)
                ]
                persons = holders if len(holders) == 1 else []
            if len(persons) > 1:
                # « la ministre » after « le ministre malien X » and « la
                # ministre sénégalaise Y »: the article's gender tells them.
                gender = self._mention_gender(start, end)
                # A holder whose gender is still unknown does not disagree.
                same = [c for c in persons if c.gender == gender]
                agree = same if len(same) == 1 else [c for c in persons if c.gender in {gender, ""}]
                persons = agree if gender and len(agree) == 1 else persons
            if len(persons) > 1:
                # Two holders of the role (« le procureur de Valmont, X » and
                # « le procureur de Sarlieu, Y »): the bare role names neither;
                # only the holder whose own description the mention repeats.
                persons = holders_described(self.doc, persons, core, start)
            if persons:
                c = self._nearest(persons, start)
                return self._seen(c, start, text)
            # The same description, or a fuller one with the same head (the
            # head noun as read from the parse, or the first long word: "the"
            # opens English descriptions and is no head).
            words = set(map(fold, core))
            same = [
                # A group is not one of its members (« la CGT » after « la
                # CGT, FO et Solidaires »).
                c for c in self.clusters
                if c.kind != "GROUP" and not c.names and c.descriptions and any(
                    (head_word(d) == head or head in c.heads)
                    and (words <= set(map(fold, self._core_words(d))) or
                         set(map(fold, self._core_words(d))) <= words)
                    for d in c.descriptions)
            ]  # fmt: skip
            # « une autre source »: an indefinite « autre » brings in a source
            # distinct from the one of the same kind before it.
            other = self.language.extra.get("other_markers", frozenset())
            if folded.split(" ", 1)[0] in {"un", "une"} and other & set(map(fold, core)):
                same = []
            if same:
                c = self._nearest(same, start)
                c.descriptions.append(ACRONYM.sub("", text).strip(" ,"))
                return self._seen(c, start, text)
            taken = self._taken_up(text, core, head, start)
            if taken is not None:
                return self._seen(taken, start, text)
        c = self._new(self._kind(start, end))
        c.descriptions.append(ACRONYM.sub("", text).strip(" ,"))
        if head:
            c.heads.add(head)
        self._agreement(c, start, end)
        return self._seen(c, start, text)

    def _medium(self, title: str, head: str) -> Cluster:
        c = self._new("ORG")
        c.title = title
        c.heads.add(head)
        return c

    def _learn_description(self, c: Cluster, start: int, end: int) -> None:
        """« sa directrice, Dalia Veress »: the head before the name describes her."""
        head = self._head_noun(start, end)
        roles = self.language.extra.get("role_nouns", frozenset())
        if head and head in roles:
            c.heads.add(head)
        gender = c.gender
        self._agreement(c, start, end)
        if c.kind == "PER" and c.gender == "Masc" and not gender:
            # French titles keep the masculine for women (« son secrétaire
            # général, Maëlle … »): only a feminine description tells.
            c.gender = ""

    def _mention_qualifiers(self, start: int, end: int, head: str) -> set[str]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return set()
        noun = next((t for t in span if t.lower_ == head), None)
        # A role a set phrase names (« le chef de l'État X »): any noun's.
        nouns = [noun] if noun is not None else [t for t in span if t.pos_ == "NOUN"]
        return {q for t in nouns for q in postposed(t)}

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
        endings = self.language.extra.get("noun_gender_endings", {})
        for tok in span:
            if tok.pos_ in {"DET", "NOUN"}:
                g = noun_gender(tok, endings)
                n = tok.morph.get("Number", [])
                # An elided article (« l’ ») shows no gender.
                if g and not c.gender and tok.lower_ not in self.syntax.elisions:
                    c.gender = g[0]
                if n and not c.number:
                    c.number = n[0]
                if tok.pos_ == "NOUN":
                    break

    def _mention_gender(self, start: int, end: int) -> str:
        """The gender the article or the noun of a mention shows (« la
        ministre »: Fem), "" where none does (« l'élue »: elided)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for tok in span if span is not None else ():
            if tok.pos_ in {"DET", "NOUN"} and tok.lower_ not in self.syntax.elisions:
                g = tok.morph.get("Gender", [])
                if g:
                    return str(g[0])
            if tok.pos_ == "NOUN":
                break
        return ""

    def _head_gender(self, start: int, end: int, head: str) -> str:
        """The gender the head noun's own form shows (« élue »: Fem)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        noun = next((t for t in span if t.lower_ == head), None) if span is not None else None
        return str(noun.morph.get("Gender", [""])[0]) if noun is not None else ""

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
                if kind == "ORG" and self._role_apposition(span):
                    # « X Y Z, directeur général de l'OMS, … »: a name set
                    # beside a role noun is a person's, whatever the
                    # recogniser read (long foreign names come out ORG).
                    return "PER"
                if kind and kind != "MISC":
                    return {"LOC": "GPE"}.get(kind, kind)
            # A speaker named by capitalised words only, none of them a
            # body or a place ("Hooper" read as a product): a person.
            words = self._core_words(text_of(self.doc)[start:end])
            if words and all(w[:1].isupper() for w in words):
                return "PER"
        return "ORG"

    def _role_apposition(self, span: Span) -> bool:
        """A proper name with an apposition headed by a role noun (hung on
        any word of the name: the parse of long names varies)."""
        if span.root.pos_ != "PROPN":
            return False
        roles = self.language.extra.get("role_nouns", frozenset())
        labels = self.syntax.labels("apposition")
        return any(
            c.dep_ in labels and c.i >= span.end and (c.lower_ in roles or c.lemma_ in roles)
            for tok in span
            for c in tok.children
        )

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
