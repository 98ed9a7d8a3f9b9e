"""Numeric claims inside attributed speech (``spec/annotation-guidelines.md`` §4).

Every number of a quote's content that counts or measures something becomes
a :class:`~quidit.records.Claim`: its value and qualifier come from the text
(:mod:`quidit.extract.numbers`), its unit from the parse, and its source is
the quote's speaker.  The unit is, in order:

1. a currency sign or a money noun ("4,6 millions d'euros" → euro);
2. an event word right after the number ("deux morts", "dont deux mortels");
3. the predicate that says what happened to people ("34 assaillants ont été
   tués" → tué, "deux personnes ont perdu la vie" → mort, "dix ont été
   blessées" → blessé);
4. the counted noun ("612 accouchements", "5,2 % de grévistes");
5. for a percentage, what the clause measures ("la participation a atteint
   61,4 %" → participation);
6. borrowed from a figure of the same kind in the same sentence, else in
   the three sentences before ("Quelque 350 tracteurs selon la police,
   plus de 1 000 selon les organisateurs"); a bare "7 milliards" takes the
   currency of the article's last sum of money.

Units it cannot name stay ``None``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cached_property

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Span, Token

from quidit.extract.claim_tails import tail_claims
from quidit.extract.counted import mistagged_noun
from quidit.extract.numbers import Mention, find_numbers
from quidit.extract.numbers_filter import gloss_factor
from quidit.extract.scope import with_scopes
from quidit.extract.spans import text_of
from quidit.lang import LanguageData
from quidit.records import Claim, Quote
from quidit.records import Span as TextSpan

#: A bare figure borrows its unit from figures at most this many sentences
#: back: the seed-style "Ils étaient 4 300 selon la préfecture" follows the
#: sentence naming the marchers within one or two sentences in agency copy.
BORROW_SENTENCES = 3

#: Figures looked back over for the currency of a bare "7 milliards": a
#: news article holds a few dozen figures; the bound keeps a 5 MB text linear.
MONEY_LOOKBACK = 200

#: Words scanned after a number for its noun ("deux nouveaux cas" skips one
#: adjective; "une bonne centaine de familles" skips "de").
NOUN_LOOKAHEAD = 4

#: Tokens scanned after a count for an event participle: "avaient été
#: « légèrement blessés »" is 6 tokens with its quotation marks.
EVENT_LOOKAHEAD = 6

# Universal Dependencies labels (the French pipelines).  A language whose
# pipeline labels otherwise (English: ClearNLP) names its labels by role in
# ``extra["dependencies"]``; they are added to these.
#: "une magnitude de 6,2", "une hausse de plus de 4 %": the measured noun
#: stands at most this many tokens before its figure.
MEASURED_DISTANCE = 5

_SUBJ_OBJ = frozenset(
    {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent"}
)
_CLIMB = frozenset(
    {"nummod", "det", "fixed", "flat", "flat:name", "conj", "appos", "nmod", "amod", "advmod"}
)
#: « les manifestants étaient 782 000 »: a plural subject, a form of
#: « être », the figure.
_COPULA_BEFORE = re.compile(
    r"\b(?:les|des|ces|nos|leurs|ses)\s+([^\W\d_]+)\s+"
    r"(?:étaient|sont|seraient|furent|ont\s+été|auraient\s+été)\s+(?:au\s+moins\s+|plus\s+de\s+|près\s+de\s+|environ\s+)?$",
    re.IGNORECASE,
)
_ARGUMENT_ROLES = ("subject", "passive_subject", "object")
_CLIMB_ROLES = ("modifier", "coordination", "apposition", "name_part")


def extract_claims(doc: Doc, quotes: Sequence[Quote], language: LanguageData) -> list[Claim]:
    """The claims of every quote, in text order, with ids c1, c2 …"""
    if not quotes or not language.numbers.text2num_lang:
        return []
    units = UnitFinder(doc, language)
    found: list[tuple[int, int, str, Mention, Quote]] = []
    seen: set[tuple[int, int]] = set()
    # A claim inside nested quotes belongs to the innermost (guidelines §1):
    # « 9 000 personnes, selon X, 2 100 selon Y » puts 2 100 in X's sentence
    # quote and in Y's figure quote; Y's is the shorter, so it is seen first.
    for quote in sorted(quotes, key=lambda q: (len(q.content), q.content.start)):
        for m in units.mentions_in(quote.content.start, quote.content.end):
            if (m.start, m.end) in seen:
                continue  # a figure inside nested quotes counts once
            if quote.type == "indirect" and gloss_factor(units.text, language.numbers, m):
                continue  # « avancent 30 000 manifestants, huit fois plus »: the writer's
            seen.add((m.start, m.end))
            found.append((m.start, m.end, quote.id, m, quote))
    for m, quote in list(
        tail_claims(doc, units.text, quotes, units.mentions_in, seen, language.numbers)
    ):
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            found.append((m.start, m.end, quote.id, m, quote))
    found.sort(key=lambda f: (f[0], f[1]))
    claims: list[Claim] = []
    for n, (start, end, _qid, m, quote) in enumerate(found, 1):
        claims.append(
            Claim(
                id=f"c{n}",
                quote=quote.id,
                value=m.value,
                qualifier=m.qualifier,
                unit=units.unit(m),
                span=TextSpan.of(units.text, start, end),
                source=quote.speaker.name,
            )
        )
    return with_scopes(claims, units.text, language)


class UnitFinder:
    """Numbers of one parsed text and what each counts."""

    def __init__(self, doc: Doc, language: LanguageData) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.numbers = language.numbers
        self.data = language.units
        self.mentions = find_numbers(self.text, self.numbers)
        roles = language.extra.get("dependencies") or {}
        self.arguments = _SUBJ_OBJ.union(*(roles.get(r, ()) for r in _ARGUMENT_ROLES))
        self.climb = _CLIMB.union(*(roles.get(r, ()) for r in _CLIMB_ROLES))
        extra_args = sorted(self.arguments - _SUBJ_OBJ)
        self.adposition_objects = frozenset(roles.get("adposition_object", ()))
        self.adpositions = frozenset(roles.get("adposition", ()))
        self.measured_deps = ("obj", "nsubj", "nsubj:pass", *extra_args)
        # Marks that only close a quotation: a count's noun never lies beyond.
        self.closing_marks = frozenset(language.quote_pairs.values()) - frozenset(
            language.quote_pairs
        )
        self._starts = [m.num_start for m in self.mentions]
        self._direct: dict[int, tuple[str | None, bool]] = {}
        self._final: dict[int, str | None] = {}
        #: Figures followed by a counting participle: they borrow only
        #: within their sentence.
        self._counted_by: set[int] = set()

    # -- which numbers are claims ------------------------------------------

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Claimable numbers whose figure lies inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out: list[Mention] = []
        while i < len(self.mentions) and self.mentions[i].num_start < end:
            m = self.mentions[i]
            i += 1
            if m.vague or m.num_end > end:
                continue
            if m.ambiguous and not self._is_numeral(m):
                continue
            out.append(m)
        return out

    def _is_numeral(self, m: Mention) -> bool:
        # "neuf patients" (NUM/DET) against "un bâtiment neuf" (ADJ).
        span = self._span(m)
        if span is None:
            return False
        tok = span[0]
        if tok.dep_ == "amod":
            return False
        prev = tok.nbor(-1) if tok.i > 0 else None
        return not (tok.pos_ == "ADJ" and prev is not None and prev.pos_ == "NOUN")

    # -- units ---------------------------------------------------------------

    def unit(self, m: Mention) -> str | None:
        key = m.num_start
        if key in self._final:
            return self._final[key]
        self._final[key] = None  # guards against borrowing cycles
        unit, pronoun = self._direct_unit(m)
        if unit is None and not pronoun:
            unit = self._borrow(m)
        self._final[key] = unit
        return unit

    def _span(self, m: Mention) -> Span | None:
        span = self.doc.char_span(m.num_start, m.num_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span

    def _direct_unit(self, m: Mention) -> tuple[str | None, bool]:
        """(unit, the number counts a pronoun's antecedent) from the parse."""
        key = m.num_start
        if key not in self._direct:
            try:
                self._direct[key] = self._compute_direct(m)
            except (IndexError, ValueError):  # a parse too odd to read
                self._direct[key] = (None, False)
        return self._direct[key]

    def _compute_direct(self, m: Mention) -> tuple[str | None, bool]:
        if m.currency:
            return m.currency, False
        span = self._span(m)
        if span is None:
            return None, False
        noun, next_event, pronoun = self._counted(span, m)
        noun_lemma = self._lemma(noun) if noun is not None else None
        if noun is not None and noun_lemma in self.data.count_nouns:
            # « à 198 000 le nombre de manifestants »: what the count counts.
            noun_lemma = self._of_count(noun)
        if noun_lemma and self._family(noun_lemma) in self.data.currency_families:
            return noun_lemma, False
        if next_event:
            return next_event, False
        if noun is not None and noun_lemma and self._is_person(noun_lemma):
            # « la mort de 40 soldats », « le décès de 123 personnes »: the
            # people are the complement of an event noun, which names the unit.
            event_head = self._event_head(noun)
            if event_head:
                return event_head, False
            # « 8 soldats ont été tués, 80 personnes blessées »: the
            # participle on the noun itself outranks a predicate the parser
            # reached through a coordination.
            for child in noun.children:
                if child.dep_ in ("amod", "acl") and child.i == noun.i + 1:
                    event = self._event_word(child)
                    if event:
                        return event, False
        root = self._root(span)
        predicate = self._predicate(root)
        event = None
        if predicate is not None:
            event = self._event_of(predicate, noun_lemma)
        if event is None and (noun_lemma is None or self._is_person(noun_lemma)):
            event = self._event_after(noun if noun is not None else span[-1])
        if event and (noun_lemma is None or self._is_person(noun_lemma)):
            return event, False
        if noun_lemma:
            return noun_lemma, False
        subject = self._copula_subject(m) if not m.percent else None
        if subject is not None:
            return subject, False
        if not pronoun and (m.percent or m.multiplied == 1.0):
            # A bare "7 milliards" takes the article's currency instead.
            measured = self._measured(root, m.percent, m.start if m.start < m.num_start else -1)
            if measured:
                return measured, False
        return None, pronoun

    def _counted(self, span: Span, m: Mention) -> tuple[Token | None, str | None, bool]:
        """The noun a number counts, an event word right after it, and
        whether it counts a pronoun ("une vingtaine d'entre eux")."""
        doc = self.doc
        i = span.end
        # Skip a post-qualifier ("15 au moins") and whitespace tokens.
        while i < len(doc) and (doc[i].idx < m.end or doc[i].is_space):
            i += 1
        seen = 0
        partitive = False
        while i < len(doc) and seen < NOUN_LOOKAHEAD:
            tok = doc[i]
            low = tok.lower_.replace("’", "'")
            if tok.is_space or (tok.is_quote and low not in self.closing_marks):
                i += 1
                continue
            if tok.is_punct or (tok.is_sent_start and tok.i != span.end):
                return None, None, False
            if low in self.closing_marks:
                return None, None, False  # « de moins de 7 milliards » une fois …
            if low in self.numbers.time_words or low in self.numbers.not_claim_after:
                return None, None, False
            if low in self.data.counting_participles:
                # « 8 500 décomptés par la préfecture »: what the sentence counts
                self._counted_by.add(m.num_start)
                return None, None, False
            event = self._event_word(tok)
            if event and tok.pos_ in ("ADJ", "VERB", "NOUN") and not partitive:
                return None, event, False
            if partitive and low in ("entre", "eux", "elles"):
                return None, None, True
            if tok.pos_ in ("NOUN", "PROPN") and low not in self.numbers.time_words:
                return tok, None, False
            if seen == 0 and mistagged_noun(tok, span):
                return tok, None, False
            if low in self.numbers.partitive_words and not partitive:
                if seen == 1 and doc[i - 1].lower_ in self.numbers.other_words:
                    # « 140 maisons et 95 autres de façon partielle »:
                    # « autres » takes up the noun before; « de » opens no count
                    return None, None, False
                partitive = True
            elif tok.pos_ in ("DET", "ADJ") or low in self.numbers.restrictive_modifiers:
                pass  # "deux de ses hommes", "aucun nouveau cas"
            else:
                return None, None, False
            seen += 1
            i += 1
        return None, None, False

    def _event_after(self, tok: Token) -> str | None:
        """An event participle closing the clause: "trois de ses soldats
        avaient été « légèrement blessés »", when the parse lost the link."""
        doc = self.doc
        for i in range(tok.i + 1, min(len(doc), tok.i + 1 + EVENT_LOOKAHEAD)):
            t = doc[i]
            if t.is_space or t.is_quote:
                continue
            if t.is_punct or t.is_sent_start or t.pos_ in ("CCONJ", "SCONJ"):
                return None
            event = self._event_word(t) if t.pos_ in ("VERB", "ADJ", "NOUN", "AUX") else None
            if event:
                return event
            if t.pos_ in ("NOUN", "PROPN"):
                return None  # another noun phrase begins
        return None

    def _root(self, span: Span) -> Token:
        tokens = [t for t in span if not t.is_space]
        for t in reversed(tokens):
            if not (span.start <= t.head.i < span.end) or t.head.i == t.i:
                return t
        return tokens[-1] if tokens else span.root

    def _predicate(self, tok: Token) -> Token | None:
        """The verb or predicate the counted phrase is subject or object of."""
        x = tok
        for _ in range(4):
            dep = x.dep_
            if any(
                c.dep_ == "case" and c.lower_.replace("’", "'") not in self.numbers.partitive_words
                for c in x.children
            ):
                return None  # "sur les 200 salariés": a frame, not who was hit
            if dep in self.arguments:
                return x.head
            if dep in self.climb and x.head.i != x.i:
                x = x.head
                continue
            break
        return None

    def _event_of(self, pred: Token, noun_lemma: str | None) -> str | None:
        data = self.data
        event = self._event_word(pred)
        if event:
            return event
        plemma = pred.lemma_.lower()
        for child in pred.children:
            clemma = child.lemma_.lower()
            if child.dep_ in ("xcomp", "acomp"):
                event = self._event_word(child)
                if event:
                    return event
            phrase = data.event_phrases.get((plemma, clemma)) or data.event_phrases.get(
                (clemma, plemma)
            )
            if phrase:
                return phrase
        loss = data.loss_verbs.get(plemma)
        if loss and noun_lemma and self._is_person(noun_lemma):
            return loss
        if noun_lemma is None:
            return data.bare_event_units.get(plemma) or data.bare_event_units.get(pred.lower_)
        return None

    def _measured(self, root: Token, percent: bool, qualifier_start: int = -1) -> str | None:
        """What a bare figure measures: "une magnitude de 6,2", "le nombre de
        victimes est passé à 19"; for a percentage also the clause's subject
        or object ("la participation a atteint 61,4 %")."""
        head = root.head
        if 0 <= qualifier_start <= head.idx < root.idx and head.i != root.i:
            # « aux alentours de 53 % »: the qualifier's noun measures
            # nothing; what the phrase hangs on does
            root, head = head, head.head
        if (
            root.dep_ == "nmod"
            and head.pos_ == "NOUN"
            and 0 < root.i - head.i <= MEASURED_DISTANCE
            and any(
                c.dep_ == "case" and c.lower_ in self.numbers.partitive_words for c in root.children
            )
        ):
            return self._of_count(head)  # "une magnitude de 6,2"
        nouns: list[Token] = []
        if root.dep_ in self.arguments:
            nouns += [c for c in head.children if c.i != root.i]
        elif root.dep_ in self.adposition_objects and head.dep_ in self.adpositions:
            # "inflation rose to 3.2 percent": through the preposition.
            nouns += [c for c in head.head.children if c.i != head.i]
        nouns += list(root.children)
        for dep in self.measured_deps:
            for noun in nouns:
                if noun.dep_ != dep or noun.pos_ != "NOUN":
                    continue
                lemma = self._lemma(noun)
                if lemma in self.data.count_nouns:
                    return self._of_count(noun)
                if percent:
                    return lemma
        return None

    def _copula_subject(self, m: Mention) -> str | None:
        """« les manifestants étaient 782 000 »: the figure is the predicate
        of « être », and its subject, a noun of people, is what it counts.
        Read from the words (the parser often takes the figure for a noun's
        dependent here)."""
        found = _COPULA_BEFORE.search(self.text, max(0, m.start - 60), m.start)
        if found is None:
            return None
        word = found.group(1).lower()
        forms = [word[: -len(x)] for x in self.numbers.plural_suffixes if word.endswith(x)]
        forms.append(word)
        for form in forms:
            if self._is_person(form) or self._family(form):
                return form
        return None

    def _event_head(self, noun: Token) -> str | None:
        """The unit an event noun governing ``noun`` through « de » names."""
        head = noun.head
        if noun.dep_ != "nmod" or head.i == noun.i or head.pos_ != "NOUN":
            return None
        if not any(
            c.dep_ == "case" and c.lower_ in self.numbers.partitive_words for c in noun.children
        ):
            return None
        return self._event_word(head)

    def _of_count(self, noun: Token) -> str | None:
        """ "le nombre de morts" → mort; « l'exécution de 31 civils » → tué;
        any other noun is its own lemma."""
        lemma = self._lemma(noun)
        if lemma not in self.data.count_nouns:
            return (self._event_word(noun) if noun.pos_ == "NOUN" else None) or lemma
        for child in noun.children:
            if child.dep_ == "nmod" and child.pos_ == "NOUN":
                return self._event_word(child) or self._lemma(child)
        return None

    def _event_word(self, tok: Token) -> str | None:
        events = self.data.event_units
        for form in self._forms(tok):
            if form in events:
                return events[form]
        return None

    def _forms(self, tok: Token) -> list[str]:
        low = tok.lower_
        forms = [tok.lemma_.lower(), low]
        for suffix in self.numbers.plural_suffixes:
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                forms.append(low[: -len(suffix)])
        return forms

    def _lemma(self, tok: Token) -> str:
        lemma = tok.lemma_.lower() or tok.lower_
        return lemma.replace("’", "'")

    def _family(self, lemma: str) -> str | None:
        return self.data.families.get(lemma)

    def _is_person(self, lemma: str) -> bool:
        data = self.data
        if lemma in data.person_nouns or lemma in data.groups:
            return True
        return any(
            lemma.endswith(s) and lemma[: -len(s)] in data.person_nouns
            for s in self.numbers.plural_suffixes
        )

    # -- borrowing -----------------------------------------------------------

    @cached_property
    def _sent_starts(self) -> list[int]:
        # Read from arrays, not ``doc.sents``: building a Span per sentence
        # cost 3 ms a page (bench/scale.py --profile), and few pages borrow.
        doc = self.doc
        if not doc.has_annotation("SENT_START"):
            return [0]
        flags = doc.to_array(SENT_START).astype("int64")
        offsets = doc.to_array(IDX)
        starts = [int(o) for o in offsets[flags == 1]]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        return starts

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self._sent_starts, offset) - 1

    def _borrow(self, m: Mention) -> str | None:
        """A bare figure's unit from a figure of the same kind nearby."""
        here = self._sentence(m.num_start)
        back = BORROW_SENTENCES
        if m.multiplied != 1.0 and not m.percent and not self._counts_en(m):
            # « 7 milliards » alone is a sum; « la CGT en a compté 2,3
            # millions » counts what the clitic « en » stands for; with no
            # sum before, « 782 000 selon X, 2,3 millions selon Y » counts
            # what its sentence's other figure counts.
            currency = self._currency_before(m)
            if currency is not None:
                return currency
            back = 0
        if m.num_start in self._counted_by:
            back = 0
        elif self._counts_en(m):
            # « il y en aurait une cinquantaine » after « des personnes
            # disparues »: « en » stands for the last noun that names a unit.
            antecedent = self._en_antecedent(m)
            if antecedent is not None:
                return antecedent
        first = self._sent_starts[max(0, here - back)]
        last = self._sent_starts[here + 1] if here + 1 < len(self._sent_starts) else len(self.text)
        lo = bisect.bisect_left(self._starts, first)
        hi = bisect.bisect_left(self._starts, last)
        best: tuple[int, int, str] | None = None
        part = self._is_part(m)
        for other in self.mentions[lo:hi]:
            if other is m or other.percent != m.percent:
                continue
            if part and other.num_start > m.num_start:
                continue  # « 8 000 personnes, dont 900 à Brest »: the whole's unit
            sent = self._sentence(other.num_start)
            if sent > here:
                continue
            unit, _ = self._direct_unit(other)
            if unit is None and sent == here and other.num_start < m.num_start:
                unit = self.unit(other)
            if unit is None:
                continue
            rank = (0 if sent == here else 1, abs(other.num_start - m.num_start), unit)
            if best is None or rank[:2] < best[:2]:
                best = rank
        return best[2] if best else None

    def _is_part(self, m: Mention) -> bool:
        """The figure follows a subset marker (« dont 900 à Brest »)."""
        before = self.text[max(0, m.start - 12) : m.start].split()
        return bool(before) and before[-1].lower() in self.numbers.subset_markers

    def _counts_en(self, m: Mention) -> bool:
        """The figure is the object of a verb with the clitic « en »: it
        counts the antecedent « en » stands for (« ils en ont recensé 2 millions »)."""
        span = self._span(m)
        if span is None:
            return False
        x = self._root(span)
        for _ in range(2):
            if x.head.i == x.i:
                break
            x = x.head
            if x.pos_ in ("VERB", "AUX"):
                return any(
                    c.pos_ == "PRON" and c.lower_ in self.numbers.en_clitics and c.i < span.start
                    for c in x.children
                )
        return False

    def _en_antecedent(self, m: Mention) -> str | None:
        """The unit of the nearest noun or participle before the figure,
        back to the start of the previous sentence, that names one; none
        when a figure stands in between (then the figure's unit serves)."""
        here = self._sentence(m.num_start)
        first = self._sent_starts[max(0, here - 1)]
        span = self._span(m)
        if span is None:
            return None
        for i in range(span.start - 1, -1, -1):
            tok = self.doc[i]
            if tok.idx < first:
                break
            if tok.like_num:
                return None
            if tok.pos_ not in ("NOUN", "ADJ", "VERB"):
                continue
            event = self._event_word(tok)
            if event:
                return event
            lemma = self._lemma(tok)
            if tok.pos_ == "NOUN" and self._family(lemma):
                return lemma
        return None

    def _currency_before(self, m: Mention) -> str | None:
        """ "7 milliards" alone: the currency of the last sum before it."""
        i = bisect.bisect_left(self._starts, m.num_start)
        for other in reversed(self.mentions[max(0, i - MONEY_LOOKBACK) : i]):
            unit, _ = self._direct_unit(other)
            if unit and self._family(unit) in self.data.currency_families:
                return unit
        return None
