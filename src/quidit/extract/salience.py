"""Which source a pronoun or « ce dernier » takes up.

News copy keeps its topic in the subject of the main clause: « Le ministre
a rappelé que le préfet restait en poste. Il a ajouté … » is the minister
speaking again, not the prefect of the que-clause, nor a person named as
an object.  So a subject pronoun looks back, sentence by sentence (the one
it stands in first), at the subjects of the main clauses, and takes the
first that agrees in gender and number and names a source; a pronoun
subject there hands on its own referent.  Three more rules:

* a topic set out before (« Quant à l'opposition, elle … ») is the
  pronoun's referent (left dislocation);
* « ce dernier » / « cette dernière » is the last-named source before it
  that agrees, whatever its role in the sentence;
* a person the quote itself names in the third person (« Le président
  Rivière a fait un travail remarquable », a-t-il dit) is not its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quidit.extract.clusters import fold, noun_gender
from quidit.extract.main_subjects import main_subjects
from quidit.extract.mentions import mention_bounds
from quidit.extract.spans import text_of, token_at
from quidit.records import Span as TextSpan

if TYPE_CHECKING:
    from quidit.extract.clusters import Cluster
    from quidit.extract.speakers import Resolver

#: How many sentences back a pronoun may reach for its subject: the one it
#: stands in and two before (wire copy re-names a source after that).
SENTENCES_BACK = 3
#: Opening quotation marks, skipped back from a quote's content to its colon.
_OPENING = "«“\"‹‘'"
#: Prepositions that set where an impersonal « on » speaks (« on assure
#: chez X », « dans l'entourage de X », « auprès de X »), whatever the noun.
_WHERE = frozenset({"chez", "dans", "auprès", "côté"})
#: « à » / « au »: where « on » speaks, or to whom (see ``_person_like``).
_AT = frozenset({"à", "au", "aux"})
#: The surface written words are read on (« on peut lire sur … »).
_SURFACE = frozenset({"sur"})
#: Words before a noun inside its noun phrase.
_PREMODIFIERS = frozenset({"det", "amod", "nummod"})
#: Pronouns handed on from one subject to the one before: a chain longer
#: than this is left to the fallback.
CHAIN = 3


class Salience:
    def __init__(self, resolver: Resolver) -> None:
        self.r = resolver
        self.doc = resolver.doc
        self.syntax = resolver.syntax
        extra = resolver.language.extra
        self.roles: frozenset[str] = extra.get("role_nouns", frozenset())
        self.sources: frozenset[str] = extra.get("source_nouns", frozenset())
        self.persons: frozenset[str] = extra.get("person_nouns", frozenset())
        self.openers: tuple[str, ...] = extra.get("topic_openers", ())
        self.latter: dict[str, tuple[str, str]] = extra.get("latter", {})
        self.endings: dict[str, str] = extra.get("noun_gender_endings", {})
        self.subjects = self.syntax.labels("subject", "passive_subject")
        #: Bounds of the speakers' mentions at their attributions, set by
        #: the caller once the mentions are repaired.
        self._voiced: list[tuple[int, int, Token]] = []
        self._voiced_starts: list[int] = []
        self._voiced_bounds: dict[int, tuple[int, int]] = {}
        self._narrative_before: dict[int, Span] | None = None

    # -- pronouns ------------------------------------------------------------

    def pronoun(
        self, start: int, end: int, quote: TextSpan | None, depth: int = 0
    ) -> Cluster | None:
        pron = text_of(self.doc)[start:end].lower().lstrip("-")
        gender, number = self.r.language.pronouns.get(pron, ("", ""))
        here = token_at(self.doc, start)
        if here is None:
            return None
        topic = self._topic(here.sent, start)
        if topic is not None:
            return topic
        ahead = self._cataphora(here, gender, number)
        if ahead is not None:
            return ahead
        # A role the article ties to no named person and that no
        # attribution voices (« Le président de la République avait
        # demandé … », never named) waits behind a named person a verb
        # voices within reach (a quote's source).
        bystander: Cluster | None = None
        for tok in self._candidates(here):
            if tok.pos_ == "PRON":
                low = tok.lower_
                if low in self.r.language.pronouns and self._same(low, gender, number):
                    if depth >= CHAIN:
                        return None
                    found = self.pronoun(tok.idx, tok.idx + len(tok), quote, depth + 1)
                    if found is not None and not self._named_in(found, quote):
                        return found
                continue
            bounds = self._mention_of(tok)
            if self.is_latter(text_of(self.doc)[bounds[0] : bounds[1]]):
                # « Ce dernier a appelé à … « … », a-t-il dit »: the subject
                # hands on the source it takes up.
                latter = self.latter_of(*bounds)
                if latter is not None and self.r.agrees(latter, gender, number):
                    return latter
                continue
            titled = self._titled_name(tok)
            if not self._source(tok) and not titled:
                continue
            g, n = noun_gender(tok, self.endings), tok.morph.get("Number", [])
            if (
                tok.pos_ == "NOUN"
                and not titled
                and ((number and n and n[0] != number) or (gender and g and g[0] != gender))
            ):
                continue
            if (
                tok.pos_ == "PROPN"
                and number == "Plur"
                and not any(c.dep_ in self.syntax.labels("coordination") for c in tok.children)
            ):
                continue
            cluster = self.r.resolve_mention(*self._bounds(tok, bounds))
            if not self.r.agrees(cluster, gender, number) or not self.r.natural(cluster, gender):
                continue
            # « il » / « elle » for a body named by a proper noun only where
            # an article gives its gender (« la CGT … elle »), not for a bare
            # acronym.
            articles = [c for c in tok.children if c.pos_ == "DET"]
            if (
                tok.pos_ == "PROPN"
                and cluster.kind != "PER"
                and gender
                and not any(gender in c.morph.get("Gender", []) for c in articles)
            ):
                continue
            if self._named_in(cluster, quote):
                continue
            if (
                tok.pos_ == "NOUN"
                and not cluster.names
                and tok.i not in self._voiced_bounds
                and len(cluster.seen_at) == 1
            ):
                bystander = bystander or cluster
                continue
            if bystander is not None and not (
                cluster.kind == "PER" and cluster.names and tok.i in self._voiced_bounds
            ):
                return bystander
            return cluster
        return bystander

    def _cataphora(self, here: Token, gender: str, number: str) -> Cluster | None:
        """« Alors qu'elles tablaient sur …, les autorités en ont recensé … »:
        a pronoun in a subordinate clause set before its main clause refers
        ahead, to the main clause's subject."""
        verb = here.head
        if here.dep_ not in self.subjects or not any(
            c.dep_ == "mark" and c.i < here.i for c in verb.children
        ):
            return None
        # Its main clause opens after the comma that closes it (read on the
        # words: the parse often makes the subordinate clause the root).
        sent_end = here.sent.end
        comma = next(
            (t.i for t in self.doc[verb.i : sent_end] if t.text == ","),
            None,
        )
        if comma is None:
            return None
        k = comma + 1
        while k < sent_end and self.doc[k].pos_ == "DET":
            k += 1
        if k >= sent_end:
            return None
        tok = self.doc[k]
        if tok.pos_ not in {"NOUN", "PROPN"} or not self._source(tok):
            return None
        g, n = tok.morph.get("Gender", []), tok.morph.get("Number", [])
        if (number and n and n[0] != number) or (gender and g and g[0] != gender):
            return None
        return self.r.resolve_mention(*mention_bounds(tok, self.syntax))

    def _candidates(self, here: Token) -> Iterator[Token]:
        doc = self.doc
        sent = here.sent
        before = here.idx
        for _ in range(SENTENCES_BACK):
            # A source given a voice in the sentence (« …, leur a répondu le
            # ministre ») is its topic even where the parse of an inverted
            # subject lost the subject relation.
            voiced = [
                t
                for t in self._voiced_in(sent.start_char, before)
                if self.r.quoted.around(t.idx) is None
            ]
            yield from voiced
            for tok in main_subjects(sent, before, self.subjects):
                tok = self._past_object_clitic(tok)
                if self.r.quoted.around(tok.idx) is None and tok not in voiced:
                    yield tok
            if sent.start == 0:
                return
            sent = doc[sent.start - 1].sent
            # Sentences wholly inside quotation marks are the quoted voice's
            # words, not the narrative's: a quote of four sentences must not
            # use up the reach of « …, a-t-elle raconté ».
            sent = self._sentence_before_marks(sent)
            before = sent.end_char

    def _past_object_clitic(self, tok: Token) -> Token:
        """« …, leur a répondu le ministre X »: the parser may make the
        object clitic the subject and the inverted subject an object; the
        source is the noun after the verb."""
        extra = self.r.language.extra
        clitics = extra.get("incise_object_clitics", frozenset())
        verb = tok.head
        # « …, lui a demandé un journaliste »: the asker is no topic.
        asking = verb.lemma_ in extra.get("asking_verbs", frozenset())
        if tok.lower_ not in clitics - {"nous", "vous"} or tok.i > verb.i or asking:
            return tok
        after = [c for c in verb.children if c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}]
        return after[0] if after and after[0].dep_ in self.syntax.labels("object") else tok

    def _bounds(self, tok: Token, bounds: tuple[int, int]) -> tuple[int, int]:
        """``bounds`` widened to the person's name ``tok`` stands in: a
        surname the parse read as a participle (« Trouvé ») cuts the noun
        phrase short."""
        if tok.ent_type_ not in {"PER", "PERSON"}:
            return bounds
        k = bisect_right(self.r.ent_starts, tok.idx) - 1
        if k < 0:
            return bounds
        ent = self.r.ents[k]
        if not ent.start_char <= tok.idx < ent.end_char:
            return bounds
        return min(bounds[0], ent.start_char), max(bounds[1], ent.end_char)

    def set_voiced(self, bounds: list[tuple[int, int]]) -> None:
        """The speakers' mentions at their attributions (bounds once
        repaired), read once: a pronoun asks for those of each sentence it
        looks back on."""
        voiced = []
        for a, b in sorted(bounds):
            span = self.doc.char_span(a, b, alignment_mode="expand")
            if span is not None and len(span):
                voiced.append((a, b, span.root))
                self._voiced_bounds[span.root.i] = (a, b)
        self._voiced = voiced
        self._voiced_starts = [a for a, _, _ in voiced]

    def _voiced_in(self, start: int, end: int) -> list[Token]:
        """Head words of the attributions' mentions in ``[start, end)``,
        latest first."""
        k = bisect_left(self._voiced_starts, start)
        heads = []
        while k < len(self._voiced) and self._voiced[k][0] < end:
            if self._voiced[k][1] <= end:
                heads.append(self._voiced[k][2])
            k += 1
        return sorted(heads, key=lambda t: t.i, reverse=True)

    def _mention_of(self, tok: Token) -> tuple[int, int]:
        """The bounds of the mention ``tok`` heads: those the attribution
        repaired where it is a voiced source (« a déclaré le ministre sur
        Radio Lirac » is the minister, not « le ministre sur Radio Lirac »),
        else its noun phrase."""
        return self._voiced_bounds.get(tok.i) or mention_bounds(tok, self.syntax)

    def _sentence_before_marks(self, sent: Span) -> Span:
        """The nearest sentence at or before ``sent`` that does not lie
        wholly inside quotation marks (or the first sentence).  Read from a
        table built once per document: stepping back one sentence at a time
        for every pronoun made resolution quadratic in the length of an
        article made mostly of quotes."""
        if self._narrative_before is None:
            sents = list(self.doc.sents)
            table: dict[int, Span] = {}
            last = sents[0] if sents else sent
            for s in sents:
                if s.start == 0 or not self._inside_marks(s):
                    last = s
                table[s.start] = last
            self._narrative_before = table
        return self._narrative_before.get(sent.start, sent)

    def _inside_marks(self, sent: Span) -> bool:
        """Every word of ``sent`` (punctuation aside) lies inside one pair of
        quotation marks, or the sentence is punctuation only (a lone mark
        the parser split off)."""
        words = [t for t in sent if not t.is_punct and not t.is_space]
        if not words:
            return True
        pair = self.r.quoted.around(words[0].idx)
        return pair is not None and words[-1].idx < pair.close

    def _same(self, pron: str, gender: str, number: str) -> bool:
        g, n = self.r.language.pronouns.get(pron, ("", ""))
        return (not number or not n or n == number) and (not gender or not g or g == gender)

    def _titled_name(self, tok: Token) -> bool:
        """« Maître Inès Carrel », « Me Carrel » parsed with the title as the
        head noun: the phrase names a person (the title keeps the masculine
        for a woman, so its gender says nothing)."""
        return (
            tok.pos_ == "NOUN"
            and fold(tok.text) in self.r.titles
            and any(c.pos_ == "PROPN" and c.i == tok.i + 1 for c in tok.children)
        )

    def _source(self, tok: Token) -> bool:
        if tok.pos_ == "PROPN":
            return True
        return tok.pos_ == "NOUN" and (
            tok.lower_ in self.roles
            or tok.lemma_ in self.roles
            or tok.lower_ in self.sources
            or tok.lemma_ in self.sources
            or tok.lower_ in self.persons
            or tok.lemma_ in self.persons
        )

    def _topic(self, sent: Span, start: int) -> Cluster | None:
        """« Quant à Ecolo, il … »: the dislocated topic."""
        if not self.openers:
            return None
        head = text_of(self.doc)[sent.start_char : start]
        low = head.lower()
        for opener in self.openers:
            if low.startswith(opener + " ") or low.startswith(opener.replace(" à", " à l")):
                comma = head.find(",")
                if comma < 0:
                    return None
                a = sent.start_char + len(opener) + 1
                b = sent.start_char + comma
                if b > a:
                    return self.r.resolve_mention(a, b)
        return None

    def _named_in(self, cluster: Cluster, quote: TextSpan | None) -> bool:
        """The quote speaks of this person in the third person."""
        if quote is None or cluster.kind != "PER" or not cluster.names:
            return False
        content = quote.text.lower()
        for name in cluster.names:
            surname = name.split()[-1].lower()
            if len(surname) > 2 and re.search(rf"\b{re.escape(surname)}\b", content):
                return True
        return False

    def context(self, offset: int) -> Cluster | None:
        """The source a quote with no cue takes from the sentences before
        it: the first main-clause subject that names a source."""
        here = token_at(self.doc, offset)
        if here is None:
            return None
        for tok in self._candidates(here):
            if tok.pos_ == "PRON":
                if tok.lower_ in self.r.language.pronouns:
                    return self.pronoun(tok.idx, tok.idx + len(tok), None, 1)
                continue
            if self._source(tok):
                return self.r.resolve_mention(*self._mention_of(tok))
        return None

    def lead_in(self, offset: int) -> Cluster | None:
        """« L'ancien maire, X, n'en revient pas : « … » »: a quote with no
        cue that a colon opens is the source its lead-in clause sets up (the
        colon announces what follows as that source's words): the clause's
        subject where it names a source, else the last person it names
        (« Même réaction chez X : « … » »)."""
        text = text_of(self.doc)
        k = offset
        while k > 0 and (text[k - 1].isspace() or text[k - 1] in _OPENING):
            k -= 1
        if k == 0 or text[k - 1] != ":":
            return None
        colon = token_at(self.doc, k - 1)
        if colon is None:
            return None
        sent = colon.sent
        for tok in main_subjects(sent, colon.idx, self.subjects):
            if self.r.quoted.around(tok.idx) is not None:
                continue
            if tok.pos_ == "PRON":
                # « Elle a présenté ses excuses : « … » »: the subject
                # pronoun's referent sets up the words.
                if tok.lower_ in self.r.language.pronouns:
                    return self.pronoun(tok.idx, tok.idx + len(tok), None, 1)
                continue
            if self._source(tok):
                bounds = mention_bounds(tok, self.syntax)
                return self.r.resolve_mention(*self._bounds(tok, bounds))
        persons = [
            t
            for t in sent
            if t.idx < colon.idx
            and t.ent_type_ in {"PER", "PERSON"}
            and t.ent_iob_ == "B"
            and t.pos_ == "PROPN"
            and self.r.quoted.around(t.idx) is None
            and not self._genitive(t)
        ]
        if not persons:
            return None
        tok = persons[-1]
        return self.r.resolve_mention(*self._bounds(tok, (tok.idx, tok.idx + len(tok))))

    def _genitive(self, tok: Token) -> bool:
        """« l'ex-avocat de X »: a name in the « de » complement of a noun
        names that noun's possessor or object, not the clause's voice."""
        markers = self.r.language.extra.get("name_complement_markers", ())
        return tok.head.pos_ == "NOUN" and any(
            c.dep_ == "case" and c.lower_ in markers for c in tok.children
        )

    # -- « on » ----------------------------------------------------------------

    def impersonal(self, start: int) -> Cluster | None:
        """« On » hides its referent and is never the source itself
        (lang/fr/mentions.py): the body where « on » speaks (« on explique
        au ministère », « on assure dans l'entourage du maire »), the
        surface words are read on (« on peut lire sur les banderoles », « une
        pancarte sur laquelle on peut lire »), else the source the context
        gives."""
        here = token_at(self.doc, start)
        if here is None:
            return None
        verbs = [here.head] + [c for c in here.head.children if c.dep_ == "xcomp"]
        for verb in verbs:
            if verb.dep_ == "acl:relcl" and any(
                c.morph.get("PronType", []) == ["Rel"]
                and any(g.lower_ in _SURFACE for g in c.children if g.dep_ == "case")
                for v in verbs
                for c in v.children
            ):
                return self.r.resolve_mention(*self._noun_phrase(verb.head))
            for c in verb.children:
                if not c.dep_.startswith("obl") or c.pos_ not in {"NOUN", "PROPN"}:
                    continue
                cases = {g.lower_ for g in c.children if g.dep_ == "case"}
                if cases & _WHERE or (cases & _SURFACE and verb.lemma_ == "lire"):
                    return self.r.resolve_mention(*self._noun_phrase(c))
                if cases & _AT and not self._person_like(c):
                    return self.r.resolve_mention(*self._noun_phrase(c))
        return self.context(start)

    def _noun_phrase(self, tok: Token) -> tuple[int, int]:
        """The noun phrase of ``tok`` from its determiner on: the parse hangs
        fronted adverbials on a noun (« En dessous, une pancarte … »)."""
        start, end = mention_bounds(tok, self.syntax)
        k = tok.i
        while k > 0 and self.doc[k - 1].head.i == tok.i and self.doc[k - 1].dep_ in _PREMODIFIERS:
            k -= 1
        return max(start, self.doc[k].idx), end

    def _person_like(self, tok: Token) -> bool:
        """« à » after a verb of saying names the addressee when it is a
        person or people (« on explique aux parents »), the place where « on »
        speaks when it is a body or a place (« au ministère »)."""
        return (
            tok.ent_type_ in {"PER", "PERSON"}
            or tok.lower_ in self.roles
            or tok.lemma_ in self.roles
            or tok.morph.get("Number", []) == ["Plur"]
        )

    def nearest(self, start: int, end: int) -> Cluster | None:
        """The last source named before a pronoun that agrees with it,
        whatever its part in the clause: the fallback where no subject
        takes the pronoun up (« La colère de la mère de Léa ne retombe pas.
        « … », confie-t-elle »).  A singular pronoun takes a person (a
        name, a role, a person noun), as a body is taken up by its subject
        only."""
        pron = text_of(self.doc)[start:end].lower().lstrip("-")
        gender, number = self.r.language.pronouns.get(pron, ("", ""))
        here = token_at(self.doc, start)
        if here is None or not number:
            return None
        sent = here.sent
        before = here.i
        for _ in range(SENTENCES_BACK):
            for tok in reversed(self.doc[sent.start : before]):
                if self.r.quoted.around(tok.idx) is not None or not self._source(tok):
                    continue
                if tok.pos_ == "PROPN" and (
                    tok.dep_ in self.syntax.labels("name_part")
                    or self._genitive(tok)
                    or (number == "Sing" and tok.ent_type_ not in {"PER", "PERSON"})
                ):
                    continue
                if number == "Sing" and tok.pos_ == "NOUN" and not self._person_noun(tok):
                    continue
                g, n = tok.morph.get("Gender", []), tok.morph.get("Number", [])
                noun = tok.pos_ == "NOUN"
                if (n and n[0] != number) or (noun and g and gender and g[0] != gender):
                    continue
                bounds = self._bounds(tok, mention_bounds(tok, self.syntax))
                cluster = self.r.resolve_mention(*bounds)
                if self.r.agrees(cluster, gender, number):
                    return cluster
            if sent.start == 0:
                return None
            sent = self._sentence_before_marks(self.doc[sent.start - 1].sent)
            before = sent.end
        return None

    def _person_noun(self, tok: Token) -> bool:
        return any(w in self.roles or w in self.persons for w in (tok.lower_, tok.lemma_))

    # -- « ce dernier » --------------------------------------------------------

    def is_latter(self, text: str) -> bool:
        return " ".join(text.lower().split()) in self.latter

    def latter_of(self, start: int, end: int) -> Cluster | None:
        """The last source named before « ce dernier » that agrees with it."""
        gender, number = self.latter[" ".join(text_of(self.doc)[start:end].lower().split())]
        here = token_at(self.doc, start)
        if here is None:
            return None
        first = here.sent.start
        for _ in range(SENTENCES_BACK - 1):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        for tok in reversed(self.doc[first : here.i]):
            if self.r.quoted.around(tok.idx) is not None or not self._source(tok):
                continue
            if tok.pos_ == "PROPN" and tok.dep_ in self.syntax.labels("name_part"):
                continue  # the name's head comes first
            g, n = tok.morph.get("Gender", []), tok.morph.get("Number", [])
            if (n and n[0] != number) or (tok.pos_ == "NOUN" and g and g[0] != gender):
                continue
            cluster = self.r.resolve_mention(*mention_bounds(tok, self.syntax))
            if self.r.agrees(cluster, gender, number):
                return cluster
        return None
