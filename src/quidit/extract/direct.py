"""Direct quotes: pairs of quotation marks attributed by an incise after
them, an introduction before them, a label (« Name : « … » »), or the
context when they stand alone."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc

from quidit.extract.cues import AdjunctCue, VerbCue, noun_after
from quidit.extract.drafts import _WS, CONFIDENCE, Draft, _skip, _skip_back, mention_of
from quidit.extract.fragments import PRONOUNS, closing_fragment
from quidit.extract.headlines import label_after_quote
from quidit.extract.incises import (
    FILLER_CHARS,
    incise_cue,
    inverted_subject,
    noun_phrase,
    past_object_clitic,
    refine_mention,
    surface_incise,
)
from quidit.extract.intros import display_after, display_verb, intro_cue, intro_mention
from quidit.extract.labels import (
    headline_label,
    label_mention,
    lead_label,
    name_line_label,
    signoff_label,
)
from quidit.extract.marks import MarkPair, PairIndex, inner_bounds
from quidit.extract.modal_incises import MODAL_CHARS, modal_incise
from quidit.extract.passages import (
    PASSAGE_WORDS,
    clause,
    comma_closes,
    complement_start,
    lead_in,
    loose_adjunct,
    named,
    passage,
    scare_quoted,
    sentence_start,
    speech,
    stands_alone,
)
from quidit.extract.quoted_objects import quoted_attribute, quoted_object
from quidit.extract.spans import paragraph_bounds, text_of
from quidit.lang import LanguageData

# --------------------------------------------------------------------------
# 3. direct quotes


class CueIndex:
    """Cues sorted by start, for the questions asked once per pair of marks
    (asked by scanning every cue, they made extraction quadratic in the
    number of quotes)."""

    def __init__(self, cues: Iterable[VerbCue]) -> None:
        self.cues = sorted(cues, key=lambda c: c.start)
        self.starts = [c.start for c in self.cues]
        self.by_verb = {c.verb.i: c for c in self.cues}
        self.by_subject: dict[int, list[VerbCue]] = {}
        for c in self.cues:
            self.by_subject.setdefault(c.subject_start, []).append(c)

    def between(self, lo: int, hi: int) -> list[VerbCue]:
        """Cues whose words start in ``[lo, hi)``."""
        return self.cues[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def _cue_starting_at(doc: Doc, offset: int, cues: CueIndex) -> VerbCue | None:
    """A verb cue whose words start at ``offset`` (after « », »)."""
    found = cues.between(offset, offset + 1)
    return found[0] if found else None


def direct_drafts(
    doc: Doc,
    pairs: list[MarkPair],
    index: PairIndex,
    verb_cues: list[VerbCue],
    adjuncts: list[AdjunctCue],
    taken: list[Draft],
    language: LanguageData,
    inner_cues: list[VerbCue] | None = None,
) -> list[Draft]:
    text = text_of(doc)
    drafts: list[Draft] = []
    syntax = language.syntax
    passive_aux = syntax.labels("passive_auxiliary")
    cues = CueIndex(verb_cues)
    inner_index = CueIndex(inner_cues or ())
    adjunct_at = {a.start: a for a in reversed(adjuncts) if a.source is not None}
    # Drafts by start, with the furthest end reached so far: a pair lies in
    # some draft when a draft starting before it reaches past it.
    spans = sorted((d.start, d.end) for d in taken)
    taken_starts = [a for a, _ in spans]
    reach: list[int] = []
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    in_taken: set[int] = set()
    # « « A, a-t-il estimé, ajoutant : « B ». »: marks left open and cut at
    # an inserted attribution; the pairs after the cut stand on their own.
    promoted: set[int] = set()
    all_opens = [p.open for p in pairs]  # ``pairs`` is sorted by opening offset
    for pair in pairs:
        if pair.depth and pair.open not in promoted:
            continue
        inner_start, inner_end = inner_bounds(text, pair)
        if inner_end <= inner_start:
            continue
        k = bisect_right(taken_starts, pair.open)
        # (A promoted pair is in a quotation: a reading over it starts
        # inside the quotation and gives way to it, ``quotes``.)
        if k and pair.end <= reach[k - 1] + 1 and pair.open not in promoted:
            in_taken.add(pair.open)
            continue  # a fragment of an indirect quote: mixed
        if scare_quoted(doc, pair, language) or named(doc, pair, language):
            continue
        p_start, _ = paragraph_bounds(text, pair.open)
        cue: VerbCue | None = None
        unclosed_mention: tuple[int, int] | None = None
        end_inner = inner_end
        if not pair.closed:
            # Unclosed: end at an inserted attribution (« …, a dénoncé X »).
            for c in cues.between(inner_start + 1, inner_end):
                before = _skip_back(text, c.start, _WS)
                if before == 0 or text[before - 1] != ",":
                    continue
                if c.inverted or c.pronoun:
                    cue, end_inner = c, before - 1
                    break
                noun = noun_after(c, language)
                if noun is not None:
                    cue, end_inner = c, before - 1
                    unclosed_mention = noun
                    break
        if cue is not None:
            # Only the pairs opening after the cut (bisect: never a scan of
            # every pair per unclosed one).
            lo, hi = bisect_right(all_opens, end_inner), bisect_left(all_opens, inner_end)
            promoted.update(p.open for p in pairs[lo:hi] if p.depth and p.close <= inner_end)
        after = _skip(text, pair.end, _WS + ",")
        mention: tuple[int, int] | None = None
        pronoun = False
        if cue is not None and unclosed_mention is not None:
            mention = unclosed_mention
        elif cue is None:
            verb_at = past_object_clitic(doc, after, language)
            cue = (
                # « », tient à préciser le préfet: a verb of wanting first
                # (« avait souhaité » is a cue of its own).
                modal_incise(
                    doc, verb_at, cues.between(verb_at, verb_at + MODAL_CHARS + 1), language
                )
                or _cue_starting_at(doc, verb_at, cues)
                or incise_cue(
                    doc, verb_at, cues.between(verb_at, verb_at + FILLER_CHARS + 1), language
                )
            )
            if cue is not None:
                mention, pronoun = mention_of(cue)
                passive = any(c.dep_ in passive_aux for c in cue.verb.children)
                # « », a de son côté estimé X: the parser takes the
                # adverbial's noun, inside the verb group, for the subject;
                # « », lui a répondu X: it takes the object clitic for it.
                clitic_read = after <= cue.subject_start < verb_at
                misread = clitic_read or (
                    not (cue.inverted or cue.pronoun) and (cue.start <= cue.subject_start < cue.end)
                )
                preceded = not (cue.inverted or cue.pronoun or misread) and (
                    cue.subject is not None and cue.subject.i < cue.verb.i
                )
                if passive or preceded:
                    # « Rempart de pierre » avait été lancée; un groupe
                    # « X » a revendiqué …: the marks sit in the subject.
                    cue = None
                elif misread or not (cue.inverted or cue.pronoun):
                    # The parser often takes an inverted subject for an
                    # object: « », a lancé le Grand Jo ».
                    mention = noun_after(cue, language) or inverted_subject(cue, language)
                    pronoun = False
                    if mention is None:
                        cue = None  # « » avait été lancée: not an incise
                    elif not comma_closes(text, pair, after) and not clause(doc, pair):
                        cue = None  # « X » a revendiqué …: no comma, no incise
        else:
            mention, pronoun = mention_of(cue)
        if cue is None and syntax.subject_first_incises:
            cue = _cue_after_subject(text, pair, after, cues, passive_aux)
            if cue is not None:
                mention, pronoun = mention_of(cue)
        if cue is None and pair.closed and comma_closes(text, pair, after) and speech(doc, pair):
            surface = surface_incise(doc, past_object_clitic(doc, after, language), language)
            if surface is not None:
                drafts.append(
                    Draft("direct_incise", inner_start, end_inner, surface[0], surface[1],
                          surface[2], "direct", CONFIDENCE["direct_incise"])
                )  # fmt: skip
                continue
        if cue is not None and mention is not None and not pronoun and mention[0] > cue.start:
            mention = refine_mention(doc, mention, language)
        if cue is not None:
            lead = lead_in(doc, pair, p_start, index, language) if pair.closed else None
            own = cues.between(lead, pair.open) if lead is not None else []
            if lead is not None and own:
                # « X a affirmé avoir « … », a-t-elle affirmé »: the lead's
                # own cue governs; the content starts at its complement.
                start, cue = lead, own[-1]
                lead = complement_start(doc, cue, pair.open, syntax)
                mention, pronoun = mention_of(cue)
                if mention is None or cue.start <= mention[0] < cue.end:
                    # « X a de son côté affirmé »: the parser's subject is
                    # the adverbial's noun, or none; the noun phrase that
                    # opens the sentence is it.
                    first = doc.char_span(start, cue.start, alignment_mode="expand")
                    mention = (
                        noun_phrase(doc, first[0].i, cue.verb.i) if first is not None else None
                    )
                    pronoun = False
            if lead is not None:
                # « Cette instance « n’est pas intègre », a-t-il accusé »: the
                # content runs past the marks, from its sentence's start.
                drafts = [d for d in drafts if not (lead <= d.start and d.end <= pair.end)]
                drafts.append(
                    Draft("direct_mixed", lead, pair.end, (cue.start, cue.end), mention,
                          pronoun, "indirect", CONFIDENCE["incise"])
                )  # fmt: skip
                continue
            drafts.append(
                Draft("direct_incise", inner_start, end_inner, (cue.start, cue.end), mention,
                      pronoun, "direct", CONFIDENCE["direct_incise"])
            )  # fmt: skip
            continue
        shown_after = (
            display_after(doc, after, language) if speech(doc, pair) or passage(doc, pair) else None
        )
        # (The inverted clitic marks the incise, with or without a comma.)
        if shown_after is not None:
            drafts.append(
                Draft("direct_intro", inner_start, end_inner, shown_after, None, False,
                      "direct", CONFIDENCE["direct_context"])
            )  # fmt: skip
            continue
        adj = adjunct_at.get(after)
        if adj is not None and loose_adjunct(text, pair, adj, language):
            adj = None
        if adj is not None:
            drafts.append(
                Draft("direct_incise", inner_start, end_inner, (adj.start, adj.end),
                      (adj.source_start, adj.source_end), False, "direct",
                      CONFIDENCE["direct_incise"])
            )  # fmt: skip
            continue
        before = _skip_back(text, pair.open, _WS)
        if before > p_start and text[before - 1] == ":":
            intro = intro_cue(doc, before - 1, cues, p_start, syntax)
            if intro is not None:
                mention, pronoun = _incise_mention(drafts, intro) or intro_mention(intro, cues)
                drafts.append(
                    Draft("direct_intro", inner_start, end_inner, (intro.start, intro.end),
                          mention, pronoun, "direct", CONFIDENCE["direct_intro"])
                )  # fmt: skip
                continue
            s_start = sentence_start(text, p_start, before - 1)
            label = label_mention(doc, s_start, before - 1, language)
            if label is not None:
                drafts.append(
                    Draft("direct_label", inner_start, end_inner, None, label, False,
                          "direct", CONFIDENCE["direct_label"])
                )  # fmt: skip
                continue
            # « X a proposé que la fédération aide les arbitres : « … » »:
            # the colon hands the floor to the speaker of its sentence.
            intro = next(
                (
                    c
                    for c in cues.between(s_start, before - 1)
                    if c.subject and index.around(c.start) is None
                ),
                None,
            )
            if intro is not None:
                mention, pronoun = mention_of(intro)
                drafts.append(
                    Draft("direct_intro", inner_start, end_inner, (intro.start, intro.end),
                          mention, pronoun, "direct", CONFIDENCE["direct_context"])
                )  # fmt: skip
                continue
        # « des actes qui, assure-t-il, « … » »: an inverted clitic incise
        # set off by commas right before the marks attributes them.
        clitic = _clitic_incise_before(text, before, cues, p_start)
        if clitic is not None:
            mention, pronoun = mention_of(clitic)
            drafts.append(
                Draft("direct_incise", inner_start, end_inner, (clitic.start, clitic.end),
                      mention, pronoun, "direct", CONFIDENCE["direct_incise"])
            )  # fmt: skip
            continue
        # A cue right before the marks (« a lancé « … » »).
        intro = intro_cue(doc, before, cues, p_start, syntax, adjacent=True)
        if intro is not None and not passage(doc, pair):
            intro = None  # « relever « un peu » sa prévision »: a term in marks
        if intro is not None:
            mention, pronoun = _incise_mention(drafts, intro) or intro_mention(intro, cues)
            drafts.append(
                Draft("direct_intro", inner_start, end_inner, (intro.start, intro.end),
                      mention, pronoun, "direct", CONFIDENCE["direct_intro"])
            )  # fmt: skip
            continue
        # « a dénoncé une « provocation » »: a term in marks as the object
        # of a verb of judging or appeal (``quoted_objects``).
        near = cues.between(max(0, pair.open - 80), pair.open)
        judged = quoted_object(doc, pair, near, language) or quoted_attribute(
            doc, pair, near, language
        )
        if judged is not None:
            mention, pronoun = mention_of(judged[1])
            drafts.append(
                Draft("direct_mixed", judged[0], pair.end, (judged[1].start, judged[1].end),
                      mention, pronoun, "indirect", CONFIDENCE["incise"])
            )  # fmt: skip
            continue
        shown = display_verb(doc, before, language) if passage(doc, pair) else None
        if shown is not None:
            drafts.append(
                Draft("direct_intro", inner_start, end_inner, shown[0], shown[1], False,
                      "direct", CONFIDENCE["direct_context"])
            )  # fmt: skip
            continue
        # "accused councillors of “balancing the books …”", "described the
        # plan as “a betrayal of …”": a quoted passage inside the clause of
        # a verb of saying is that speaker's words, even after a verb of
        # blame (guidelines §1: "unless a quoted passage follows").
        governing = _governing_cue(doc, pair, cues)
        if governing is not None:
            mention, pronoun = mention_of(governing)
            drafts.append(
                Draft("direct_intro", inner_start, end_inner,
                      (governing.start, governing.end), mention, pronoun, "direct",
                      CONFIDENCE["direct_intro"])
            )  # fmt: skip
            continue
        label = (
            signoff_label(doc, pair, language)
            or label_after_quote(doc, pair, language)
            or headline_label(doc, pair, language)
            or lead_label(doc, pair, language)
            or name_line_label(doc, pair, language)
        )
        if label is not None:
            drafts.append(
                Draft("direct_label", inner_start, end_inner, None, label, False,
                      "direct", CONFIDENCE["direct_label"])
            )  # fmt: skip
            continue
        # « A, explique X, B »: an incise inside the marks attributes them.
        inner = next(
            (
                c
                for c in inner_index.between(inner_start + 1, inner_end)
                if (c.inverted or c.pronoun) and text[_skip_back(text, c.start, _WS) - 1] == ","
            ),
            None,
        )
        inner_mention = None
        if inner is None:
            inner, inner_mention = _inner_incise_with_object(text, inner_start, inner_end,
                                                             inner_index, language)  # fmt: skip
        if inner is not None and stands_alone(text, pair, doc):
            mention, pronoun = mention_of(inner)
            if inner_mention is not None:
                mention, pronoun = inner_mention, False
            drafts.append(
                Draft("direct_incise", inner_start, end_inner, (inner.start, inner.end),
                      mention, pronoun, "direct", CONFIDENCE["direct_incise"])
            )  # fmt: skip
            continue
        # A fragment only where no other reading touches the marks (an
        # indirect content cut short by the parser ends inside them).
        k = bisect_left(taken_starts, pair.end)
        touched = bool(k) and reach[k - 1] > pair.open
        fragment = None if touched else closing_fragment(doc, pair, language)
        if fragment is not None:
            frag_cue, mention = fragment
            pronoun = mention is not None and text[mention[0] : mention[1]].lower() in PRONOUNS
            drafts.append(
                Draft("direct_context", inner_start, end_inner, frag_cue, mention, pronoun,
                      "direct", CONFIDENCE["direct_context"])
            )  # fmt: skip
            continue
        if stands_alone(text, pair, doc) or _resumes_after_incise(text, pair, index, cues):
            drafts.append(
                Draft("direct_context", inner_start, end_inner, None, None, False, "direct",
                      CONFIDENCE["direct_context"])
            )  # fmt: skip
    top = [p for p in pairs if p.depth == 0 and p.closed and p.open not in in_taken]
    return drafts + _coordinated(text, top, drafts, language)


def _clitic_incise_before(text: str, before: int, cues: CueIndex, p_start: int) -> VerbCue | None:
    """The cue of « …, dit-il, » ending at ``before`` (the opening mark's
    offset past spaces): a verb with an inverted clitic subject between two
    commas, in the paragraph of the marks."""
    if before <= p_start or text[before - 1] != ",":
        return None
    comma = _skip_back(text, before - 1, _WS)
    for c in reversed(cues.between(max(p_start, comma - INCISE_BEFORE_CHARS), comma)):
        if not (c.inverted and c.pronoun) or c.subject_end != comma:
            continue
        opening = _skip_back(text, c.start, _WS)
        if opening > p_start and text[opening - 1] == ",":
            return c
    return None


#: Characters a clitic incise before marks spans (« a-t-elle précisé »).
INCISE_BEFORE_CHARS = 30


def _incise_mention(
    drafts: list[Draft], cue: VerbCue
) -> tuple[tuple[int, int] | None, bool] | None:
    """« « A », explique X, en gilet rouge : « B » »: a cue that already
    attributes the marks before it as an incise introduces the next ones
    too; its speaker is the incise's (the parser takes a word inside the
    first marks for the verb's subject)."""
    for d in drafts:
        if d.cue == (cue.start, cue.end) and d.type == "direct" and d.mention is not None:
            return d.mention, d.pronoun
    return None


def _inner_incise_with_object(
    text: str, start: int, end: int, inner_index: CueIndex, language: LanguageData
) -> tuple[VerbCue | None, tuple[int, int] | None]:
    """« A, explique la gardienne. B »: an incise inside the marks whose
    inverted subject the parser took for an object; the noun phrase after
    the verb, closed by a stop or a comma, is the speaker."""
    for c in inner_index.between(start + 1, end):
        if c.inverted or c.pronoun or text[_skip_back(text, c.start, _WS) - 1] != ",":
            continue
        if c.subject is not None and c.subject.i < c.verb.i:
            continue
        noun = noun_after(c, language)
        if noun is None or text[noun[1] : noun[1] + 1] not in {".", ",", ";", "!", "?"}:
            continue
        return c, noun
    return None, None


def _coordinated(
    text: str, top: list[MarkPair], drafts: list[Draft], language: LanguageData
) -> list[Draft]:
    """« « A », « B » ou encore « C », scandaient les manifestants »: a
    pair with no attribution of its own, joined to an attributed neighbour
    by commas or a coordinator, is another quote of the same source."""
    joins = language.extra.get("quote_joiners", frozenset())
    by_start = {d.start: d for d in drafts if d.type == "direct"}
    found: dict[int, Draft] = {}
    own = [by_start.get(inner_bounds(text, p)[0]) for p in top]

    def joined(a: MarkPair, b: MarkPair) -> bool:
        words = text[a.end : b.open].replace(",", " ").lower().split()
        return "\n" not in text[a.end : b.open] and (not words or " ".join(words) in joins)

    for order in (range(1, len(top)), range(len(top) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            source = own[j] or found.get(j)
            if own[i] is not None or i in found or source is None:
                continue
            a, b = (top[j], top[i]) if j < i else (top[i], top[j])
            if not joined(a, b):
                continue
            start, end = inner_bounds(text, top[i])
            if end > start:
                found[i] = Draft(source.kind, start, end, source.cue, source.mention,
                                 source.pronoun, "direct", source.confidence)  # fmt: skip
    return list(found.values())


#: Words an attribution between two pairs of marks may hold ("…,” said
#: the regional director of the union, “…”): nine, the longest such
#: incise with a title and a two-word name.
INCISE_WORDS = 9


def _resumes_after_incise(text: str, pair: MarkPair, pairs: PairIndex, cues: CueIndex) -> bool:
    """ "“We will not stop,” he said, “until the law changes.”": a pair that
    goes on after an attribution inserted between two pairs is a quote of
    its own, its speaker the one just named (from the context)."""
    prev = pairs.last_before(pair.open)
    if prev is None or not prev.closed or prev.end > pair.open or not pair.closed:
        return False
    between = text[prev.end : pair.open]
    if "\n" in between or not between.rstrip(_WS).endswith(","):
        return False
    if len(between.split()) > INCISE_WORDS or any(ch in between for ch in ".!?;:"):
        return False
    return bool(cues.between(prev.end, pair.open))


def _cue_after_subject(
    text: str, pair: MarkPair, after: int, cues: CueIndex, passive: frozenset[str]
) -> VerbCue | None:
    """ "“…,” Reid said", "“…,” its coordinator, Inés Calvo, said": a cue
    whose subject starts right after the marks and is followed by its verb.
    The quoted sentence must end in a comma, a question or an exclamation
    mark, inside or outside the closing mark, or it is a subject in marks
    ("“Paper Moon” topped the charts")."""
    if not pair.closed:
        return None
    last = text[pair.inner_start : pair.inner_end].rstrip(_WS)[-1:]
    if last not in {",", "?", "!"} and "," not in text[pair.end : after]:
        return None
    for cue in cues.by_subject.get(after, ()):
        subject = cue.subject
        if subject is None or subject.i > cue.verb.i:
            continue
        if text[cue.subject_end : cue.start].strip(_WS + ","):
            continue
        if any(c.dep_ in passive for c in cue.verb.children):
            continue
        return cue
    return None


#: Tokens climbed from the passage to its verb: "accused councillors of
#: “…”" is three (of, councillors, accused).
PASSAGE_CLIMB = 4


def _governing_cue(doc: Doc, pair: MarkPair, cues: CueIndex) -> VerbCue | None:
    """The verb of saying whose clause holds the whole quoted passage as a
    constituent, with no other verb between."""
    if not pair.closed:
        return None
    span = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    if span is None or len([t for t in span if t.is_alpha]) < PASSAGE_WORDS:
        return None
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if len(roots) != 1:
        return None
    by_verb = cues.by_verb
    node = roots[0]
    verbal = any(t.pos_ in {"VERB", "AUX"} for t in span)
    for _ in range(PASSAGE_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.i in by_verb:
            cue = by_verb[node.i]
            return cue if cue.end <= pair.open else None
        if node.pos_ in {"VERB", "AUX"}:
            return None
        # « dénoncer l’intolérance face aux « nuisances … » »: a verbless
        # passage that complements a noun names or qualifies it (a term,
        # irony); one with a verb (« une déclaration « placée sous … » »)
        # is the speaker's wording.
        if node.pos_ in {"NOUN", "PROPN"} and node.i < roots[0].i and not verbal:
            return None
    return None
