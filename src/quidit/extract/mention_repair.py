"""Mending a speaker mention before it is resolved.

The quote finders hand over the words they took for the source; some are
cut short or run long on real copy.  Each repair below follows from how
French (and English) news writes a source, not from one article:

* a cue with no mention (« …, précisant que », « Une autre personne décrit
  … et indique … ») takes the subject of its own verb, else of the verb it
  hangs on (a participle, a gerund, a coordinated verb share the main
  verb's subject);
* a clitic « -t- » (« a-t-elle ») is the pronoun after it;
* a mention made only of a time (« ce mercredi ») is the noun phrase after
  it (« a indiqué ce mercredi le parquet »);
* a title alone (« Mme », « Me ») goes on over the name after it;
* a name the recogniser cut at a particle or an apostrophe (« Katherine
  O' », « Ilse Van ») goes on to the end of the name;
* a mention stops before a circumstance of the clause (« dans un
  communiqué », « lors d'une allocution », « mercredi », «, mandaté … »);
* a description followed by a name in apposition (« Son secrétaire
  général, Maëlle Kerdoncuff, affirme ») takes the name in;
* a document, count or call (« un rapport de l'armée », « le bilan
  communiqué par le gouvernement », « un sondage Ifop ») is its issuer's
  when the text names one (guidelines §2).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Span, Token

from quidit.extract.mention_edges import (
    addressee,
    apposed_subject,
    coordinated_start,
    dateline,
    inverted_clitic,
    past_medium,
    tail,
)
from quidit.extract.mention_issuer import IssuerReading
from quidit.extract.mentions import mention_bounds
from quidit.extract.person_names import name_end
from quidit.extract.spans import expanded_span, text_of, token_at
from quidit.extract.subjects import past_age
from quidit.lang import LanguageData
from quidit.records import Quote

_WORD = re.compile(r"[\w’'-]+")


class Repairer(IssuerReading):
    def __init__(self, doc: Doc, language: LanguageData) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.language = language
        self.syntax = language.syntax
        extra: Mapping[str, Any] = language.extra
        self.particles: frozenset[str] = extra.get("name_particles", frozenset())
        self.circumstance: frozenset[str] = extra.get("circumstance_prepositions", frozenset())
        self.documents: frozenset[str] = extra.get("document_nouns", frozenset())
        self.issuing: frozenset[str] = extra.get("issuing_participles", frozenset())
        self.origin: frozenset[str] = extra.get("origin_participles", frozenset())
        self.demonstratives: frozenset[str] = extra.get("demonstrative_pronouns", frozenset())
        self.reading: tuple[str, ...] = tuple(extra.get("reading_stems", ()))
        self.time_words: frozenset[str] = extra.get("mention_time_words", frozenset())
        self.sources: frozenset[str] = extra.get("source_nouns", frozenset()) | extra.get(
            "role_nouns", frozenset()
        )
        # A particle before a place or a body ends the name (« Gabriel
        # Martin de Québec solidaire »).
        self.places = frozenset(
            e.start_char for e in doc.ents if self.syntax.entity_type(e.label_) != "PER"
        )
        self.audience: frozenset[str] = extra.get("audience_nouns", frozenset())
        self.addressees: frozenset[str] = extra.get("addressee_nouns", frozenset())
        self.adversative: frozenset[str] = extra.get("adversative_coordinators", frozenset())
        self.ages: frozenset[str] = extra.get("age_nouns", frozenset())
        cap = r"[A-ZÀ-Þ][\w’'-]+"
        particle = "|".join(map(re.escape, sorted(self.particles))) or "(?!)"
        self.apposed = re.compile(
            rf",[ \u00a0]+(?P<lead>(?:[\w.-]+[ \u00a0]+){{0,3}}?)"
            rf"(?P<name>{cap}(?:[ \u00a0]+(?:{cap}|{particle}))*?[ \u00a0]+{cap})"
            r"[ \u00a0]*(?=[,.;:)]|$)"
        )
        self.titles = {t.lower() for t in language.titles}
        self.determiners = {t.lower() for t in language.determiners}
        self.pronouns = language.pronouns
        self.subjects = self.syntax.labels("subject", "passive_subject")

    def _span(self, start: int, end: int) -> Span | None:
        return expanded_span(self.doc, start, end)

    # -- entry -----------------------------------------------------------

    def repair(self, quote: Quote) -> tuple[int, int] | None:
        """The mended bounds of ``quote``'s speaker mention (``None``: none)."""
        m = quote.speaker.mention
        if m is None:
            found = self._subject_of_cue(quote)
            if found is None or self._audience(*found):
                return None
            start, end = found
        else:
            start, end = m.start, m.end
        start, end = self._clitic(start, end)
        start, end = dateline(self.doc, self.text, start, end, self.syntax)
        start, end = coordinated_start(self.doc, start, end, self.syntax, self.adversative)
        start, end = self._after_time(start, end, quote)
        start, end = self._issuer(start, end)
        start, end = self._trim(start, end)
        start, end = self._whole_name(start, end)
        start, end = tail(self.doc, start, end, self.syntax)
        start, end = self._list_start(start, end, quote)
        start, end = self._group(start, end, quote)
        start, end = self._apposed_name(start, end)
        start, end = past_medium(self.doc, self.text, start, end, self.circumstance)
        return (start, end) if end > start else None

    def _audience(self, start: int, end: int) -> bool:
        """ "a court heard", "jury told": the audience is not the source."""
        words = [w.lower() for w in _WORD.findall(self.text[start:end])]
        return bool(words) and words[-1] in self.audience

    # -- a cue with no mention -------------------------------------------

    def _subject_of_cue(self, quote: Quote) -> tuple[int, int] | None:
        if quote.cue is None:
            return None
        tok = token_at(self.doc, quote.cue.end - 1)
        if tok is None or tok.pos_ not in {"VERB", "AUX"}:
            return None
        if _after_comma(self.doc, tok):
            found = self._textual_subject(quote)
            if found is not None:
                return found
        inside = (quote.content.start, quote.content.end)
        for _ in range(3):
            subject = self._subject(tok, inside)
            if subject is not None:
                return mention_bounds(subject, self.syntax)
            clitic = inverted_clitic(tok, self.pronouns)
            if clitic is not None:
                return clitic
            # A participle, a gerund or a coordinated verb shares the
            # subject of the verb it hangs on.
            if tok.dep_ in {"conj", "advcl", "xcomp"} or (
                tok.dep_ == "acl" and tok.morph.get("VerbForm", []) == ["Part"]
            ):
                head = tok.head
                if head.i == tok.i or head.pos_ not in {"VERB", "AUX"}:
                    break
                tok = head
                continue
            break
        return self._textual_subject(quote)

    def _textual_subject(self, quote: Quote) -> tuple[int, int] | None:
        """Where the parse gives the cue no subject, the word order does:
        the noun phrase just before a verb (« un témoin rapporte : »), or,
        for a participle after a comma, the source of the verb of saying
        before it (« a affirmé un responsable, soulignant que … »)."""
        assert quote.cue is not None
        doc = self.doc
        cue = token_at(doc, quote.cue.start)
        if cue is None:
            return None
        content = (quote.content.start, quote.content.end)
        k = cue.i - 1
        while k >= 0 and (
            doc[k].pos_ in {"AUX", "ADV", "PART"} or doc[k].lower_ in self.syntax.reflexive_clitics
        ):
            k -= 1
        if k < 0 or content[0] <= doc[k].idx < content[1]:
            return None
        if doc[k].pos_ in {"NOUN", "PROPN"}:
            return self._noun_phrase_ending(k)
        if doc[k].lower_ == "en":
            k -= 1
        if k < 0 or doc[k].text != ",":
            return None
        if cue.morph.get("VerbForm", []) != ["Part"] and (
            name := apposed_subject(doc, k, self.syntax)
        ):
            return name
        speech = self.language.speech_verb_forms
        sent_start = cue.sent.start
        for v in range(k - 1, sent_start - 1, -1):
            if doc[v].lower_ in speech and doc[v].pos_ in {"VERB", "AUX"} and doc[v].dep_ != "acl":
                subject = self._subject(doc[v], content)
                if subject is not None and subject.i < v:
                    return mention_bounds(subject, self.syntax)
                # No subject before the verb: an incise, its subject after it.
                for n in range(v + 1, k):
                    if (
                        doc[n].pos_ in {"NOUN", "PROPN"}
                        and doc[n].lower_ not in self.time_words
                        and not content[0] <= doc[n].idx < content[1]
                    ):
                        return self._noun_phrase_from(n, k)
                return None
        return None

    def _noun_phrase_ending(self, k: int) -> tuple[int, int]:
        doc = self.doc
        left = k
        while left > 0 and doc[left - 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
            left -= 1
        return doc[left].idx, doc[k].idx + len(doc[k])

    def _noun_phrase_from(self, n: int, stop: int) -> tuple[int, int]:
        """From the noun at ``n`` (with its determiner) to the token before ``stop``."""
        doc = self.doc
        left = n
        while left > 0 and doc[left - 1].pos_ == "DET":
            left -= 1
        last = doc[stop - 1]
        return doc[left].idx, last.idx + len(last)

    def _subject(self, verb: Token, inside: tuple[int, int]) -> Token | None:
        for child in verb.children:
            if child.dep_ in self.subjects and not inside[0] <= child.idx < inside[1]:
                if any(c.dep_ == "case" for c in child.children):
                    continue  # a misparse: a subject has no preposition
                if child.pos_ == "PRON" and child.lower_ in self.syntax.relative_pronouns:
                    # « le festival, qui reconnaît … »: the antecedent.
                    rel = verb if verb.dep_ == "acl:relcl" else None
                    return past_age(rel.head, self.language) if rel is not None else None
                return child
        return None

    # -- small mends -----------------------------------------------------

    def _clitic(self, start: int, end: int) -> tuple[int, int]:
        """« a-t-elle »: a mention that is the euphonic « t » is the pronoun after it."""
        if self.text[start:end].strip("-").lower() != "t":
            return start, end
        m = re.match(r"-?(\w+)", self.text[end : end + 8])
        if m and m.group(1).lower() in self.pronouns:
            return end + m.start(1), end + m.end(1)
        return start, end

    def _after_time(self, start: int, end: int, quote: Quote) -> tuple[int, int]:
        """« a indiqué ce mercredi le parquet »: the source is after the time."""
        words = [w.lower() for w in _WORD.findall(self.text[start:end])]
        content = [w for w in words if w not in self.determiners]
        if not content or not all(w in self.time_words for w in content):
            return start, end
        last = token_at(self.doc, end - 1)
        if last is None:
            return start, end
        for tok in self.doc[last.i + 1 : min(len(self.doc), last.i + 6)]:
            if tok.is_punct or quote.content.start <= tok.idx < quote.content.end:
                break
            if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ not in self.time_words:
                head = tok
                while head.dep_ in self.syntax.labels("name_part") and head.head.i < head.i:
                    head = head.head
                return mention_bounds(head, self.syntax)
        return start, end

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        """Stop before a circumstance, a time or a participle after a comma."""
        span = self._span(start, end)
        if span is None or len(span) < 2:
            return start, end
        nouns_seen = False
        for k, tok in enumerate(span):
            if k and nouns_seen:
                low = tok.lower_
                cut = (
                    # « lors de » is tagged an adverb as often as a preposition.
                    (tok.pos_ in {"ADP", "ADV", "SCONJ"} and low in self.circumstance)
                    or (
                        low in self.time_words
                        and tok.pos_ != "PROPN"
                        and span[k - 1].pos_ not in {"ADP", "DET"}
                    )
                    or (
                        low == ","
                        and k + 1 < len(span)
                        and span[k + 1].morph.get("VerbForm", []) == ["Part"]
                    )
                    or addressee(span, k, self.addressees)
                    # « Solène, 45 ans »: the age set beside the name.
                    or (
                        low == ","
                        and k + 2 < len(span)
                        and span[k + 1].like_num
                        and span[k + 2].lower_ in self.ages
                    )
                )
                if cut:
                    prev = span[k - 1]
                    return start, max(start + 1, prev.idx + len(prev.text))
            if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
                nouns_seen = True
        return start, end

    def _whole_name(self, start: int, end: int) -> tuple[int, int]:
        """Go on over a name cut short: a title alone (« Mme », « Me »), an
        apostrophe, a particle."""
        words = _WORD.findall(self.text[start:end])
        if not words:
            return start, end
        if all(w.lower() in self.titles | self.determiners for w in words):
            # A title alone: the capitalised words after it are the name.
            m = re.match(r"(?:[ \u00a0]+[A-ZÀ-Þ][\w’'-]*){1,3}", self.text[end : end + 80])
            if not m:
                return start, end
            end += m.end()
        elif not words[-1][:1].isupper() and self.text[end - 1 : end] not in "'’":
            return start, end
        return start, name_end(self.text, end, self.particles, self.places)

    def _group(self, start: int, end: int, quote: Quote) -> tuple[int, int]:
        """Sources coordinated at the head of the mention are one group
        (« ont déclaré Anne Roy et Marc Lenoir »): the finder stops at the
        first."""
        span = self._span(start, end)
        if span is None:
            return start, end
        head = span.root
        conj = self.syntax.labels("coordination")
        last = None
        for c in head.children:
            coordinators = [k for k in c.children if k.dep_ in self.syntax.labels("coordinator")]
            if (
                c.dep_ in conj
                and c.pos_ in {"NOUN", "PROPN"}
                and c.i >= span.end - 1
                and coordinators
                and not any(k.lower_ in self.adversative for k in coordinators)
            ):
                if quote.content.start <= c.idx < quote.content.end:
                    break
                if _own_figure(c):
                    break  # « selon X, et 55 000 selon Y »: another source's figure
                last = c
        if last is None:
            last = self._list_after(span, quote)
        if last is None:
            return start, end
        if head.pos_ == "PROPN" and last.pos_ == "PROPN":
            # Persons: each name whole.
            edge = last
            while edge.i + 1 < len(self.doc) and self.doc[edge.i + 1].dep_ in self.syntax.labels(
                "name_part"
            ):
                edge = self.doc[edge.i + 1]
            return start, edge.idx + len(edge)
        return self._trim(start, last.right_edge.idx + len(last.right_edge))

    def _list_start(self, start: int, end: int, quote: Quote) -> tuple[int, int]:
        """« à l'appel de la FSU, de SUD et des parents, qui dénoncent … »:
        a mention that is a later conjunct of a list (the antecedent of the
        relative is its nearest noun) stands for the whole list, from its
        first conjunct."""
        span = self._span(start, end)
        conj = self.syntax.labels("coordination")
        if span is None or span.root.dep_ not in conj or span.root.head.i >= span.start:
            return start, end
        after = span.end
        if after + 1 < len(self.doc) and self.doc[after].pos_ == "ADP":
            after += 1  # « … et les organisateurs à 107 000 »: the gapped « à »
        if after < len(self.doc) and self.doc[after].like_num:
            # « …, et la préfecture 7 850 »: the subject of a gapped clause
            # with its own figure, which the parser hangs on the list before.
            return start, end
        if _own_figure(span.root):
            return start, end  # « selon X, et 55 000 selon Y »: Y is no later conjunct of X
        second = span.root
        while second.head.dep_ in conj and second.head.i < second.i:
            second = second.head
        top = second.head
        if top.i >= second.i or top.pos_ not in {"NOUN", "PROPN"}:
            return start, end
        # « l'appel de la FSU, SUD et … » with SUD hung on « appel »: the
        # list opens on the complement of the governing noun.
        inner = [
            c
            for c in top.children
            if top.i < c.i < second.i and c.pos_ in {"NOUN", "PROPN"} and c.dep_ not in conj
        ]
        first = inner[0].left_edge if inner else top.left_edge
        # « de la FSU »: the preposition belongs to the governing noun.
        while first.i + 1 < span.end and first.dep_ in {"case", "punct"}:
            first = self.doc[first.i + 1]
        if quote.content.start <= first.idx < quote.content.end:
            return start, end
        return first.idx, end

    def _list_after(self, span: Span, quote: Quote) -> Token | None:
        """« ont dénoncé la CGT, FO, Solidaires et des associations »: the
        parser often hangs the second source of a list on the verb (a
        sibling of the first) and the rest on it. The list still follows
        the mention comma by comma and ends on a coordinator; its last
        conjunct (``None``: no such list)."""
        after = span.end
        if after + 1 >= len(self.doc) or self.doc[after].text != ",":
            return None
        conj = self.syntax.labels("coordination")
        first = self.doc[after + 1]
        if first.dep_ not in conj:
            first = first.head
        if (
            first.dep_ not in conj
            or first.pos_ not in {"NOUN", "PROPN"}
            # The comma itself may hang on the conjunct.
            or first.left_edge.i not in (after, after + 1)
            # Hung on the mention's head (a chained list: « A, B et C » with
            # C on B), or on the verb beside it.
            or (
                first.head.i != span.root.i
                and (
                    first.head.i != span.root.head.i or first.head.i in range(span.start, span.end)
                )
            )
        ):
            return None
        # The list's conjuncts hang from ``first`` (following conj links
        # only: each token is visited once).
        chain = [first]
        stack = [first]
        while stack:
            tok = stack.pop()
            for c in tok.children:
                if c.dep_ in conj and c.pos_ in {"NOUN", "PROPN"} and c.i > tok.i:
                    chain.append(c)
                    stack.append(c)
        last = max(chain, key=lambda t: t.i)
        coordinators = [k for k in last.children if k.dep_ in self.syntax.labels("coordinator")]
        if not coordinators or any(k.lower_ in self.adversative for k in coordinators):
            return None
        if any(_own_figure(t) for t in chain):
            return None
        if any(quote.content.start <= t.idx < quote.content.end for t in chain):
            return None
        return last

    # -- apposition and issuer ---------------------------------------------

    def _apposed_name(self, start: int, end: int) -> tuple[int, int]:
        """« Son secrétaire général, Maëlle Kerdoncuff, affirme »: the name in.

        After the comma: at most three words of title or role (« le
        lieutenant-colonel »), then two capitalised words or more, with
        particles between, closed by punctuation."""
        span = self._span(start, end)
        if span is None or any(
            self.syntax.entity_type(t.ent_type_) == "PER" and t.pos_ == "PROPN" for t in span
        ):
            return start, end
        if not any(t.pos_ == "NOUN" for t in span):
            return start, end
        m = self.apposed.match(self.text, end, min(len(self.text), end + 120))
        if not m:
            return start, end
        lead = [w.lower() for w in _WORD.findall(m.group("lead") or "")]
        if any(w not in self.titles | self.determiners | self.sources for w in lead):
            return start, end
        return start, m.end("name")


def repair_mentions(
    doc: Doc, quotes: list[Quote], language: LanguageData
) -> list[tuple[int, int] | None]:
    """The mended mention bounds of each quote, in order.

    A participle or gerund cue with no subject of its own (« a indiqué
    M. Popko, précisant que … », « a estimé X, dénonçant … ») shares the
    source of the cue before it in the same sentence: French hangs the
    participle on the main clause, whatever the parser attached it to."""
    repairer = Repairer(doc, language)
    # How many contents hold an offset: those starting at or before it less
    # those ending at or before it (bisect over sorted bounds, so long texts
    # with thousands of quotes stay linear-logarithmic, not quotes × quotes).
    starts = sorted(q.content.start for q in quotes)
    ends = sorted(q.content.end for q in quotes)
    out: list[tuple[int, int] | None] = []
    for k, q in enumerate(quotes):
        m = q.speaker.mention
        # A mention inside another quote's content is a subject of that
        # content (« a annoncé que le pont fermerait, précisant … »), not
        # the participle's.
        stray = False
        if m is not None:
            holding = bisect_right(starts, m.start) - bisect_right(ends, m.start)
            own = q.content.start <= m.start < q.content.end
            stray = holding - own > 0
        host = _host(doc, quotes, out, k) if m is None or stray else None
        out.append(host if host is not None else repairer.repair(q))
    return out


def _host(
    doc: Doc, quotes: list[Quote], done: list[tuple[int, int] | None], k: int
) -> tuple[int, int] | None:
    cue = quotes[k].cue
    tok = token_at(doc, cue.start) if cue is not None else None
    if tok is None or cue is None:
        return None
    if not _after_comma(doc, tok):
        return None
    sent = tok.sent
    for j in range(k - 1, -1, -1):
        other = quotes[j].cue
        bounds = done[j]
        if other is None or bounds is None or other.start >= cue.start:
            continue
        host = token_at(doc, other.start)
        if host is None or host.pos_ not in {"VERB", "AUX"}:
            continue  # « selon X » hosts no participle
        if sent.start_char <= other.start and sent.start_char <= bounds[0] < cue.start:
            return bounds
    return None


def _own_figure(conjunct: Token) -> bool:
    """A conjunct that opens on a figure (« …, et 55 000 selon les
    syndicats », « et huit morts selon Y ») is the next figure of an
    elliptical series with its own source, not a source coordinated with
    the mention: sources are named, never counted."""
    return any(t.like_num for t in conjunct.subtree if t.i < conjunct.i)


def _after_comma(doc: Doc, tok: Token) -> bool:
    """A present participle or a gerund set off by a comma (« …, précisant
    que », « …, en soulignant que »): an adjunct of the main clause."""
    participle = tok.morph.get("VerbForm", []) == ["Part"] and tok.morph.get("Tense", []) == [
        "Pres"
    ]
    k = tok.i - 1
    if k >= 0 and doc[k].lower_ == "en":
        participle, k = True, k - 1
    return participle and k >= 0 and doc[k].text == ","
