"""Finding quotes: direct, indirect and mixed, with cue and speaker mention.

The stages, in order:

1. indirect quotes from verbs of saying (que-clauses, infinitives, noun
   phrases with a figure, and inverted incises after plain content);
2. indirect quotes from attribution adjuncts (selon, d'après, pour …);
3. direct quotes from pairs of quotation marks, attributed by an incise
   after them, an introduction before them, or the context;
4. quotation marks inside an indirect quote's content make it mixed; a
   content that the marks hold whole makes it direct.

Speaker *mentions* are found here; resolving them to entities is
``speaker_assign.resolve_speakers``'s work.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc

from quidit.extract.adjuncts import adjunct_drafts
from quidit.extract.agent_participles import agent_drafts
from quidit.extract.clefts import cleft_drafts
from quidit.extract.content_cuts import at_sentence_breaks
from quidit.extract.controlled import controlled_subjects
from quidit.extract.cues import VerbCue, find_adjunct_cues, find_verb_cues
from quidit.extract.direct import direct_drafts
from quidit.extract.drafts import CONFIDENCE, Draft
from quidit.extract.elliptic import elliptic_drafts
from quidit.extract.headlines import headline_drafts
from quidit.extract.indirect import verb_drafts
from quidit.extract.marks import PairIndex, continued, inner_bounds, pairs_of
from quidit.extract.passages import named
from quidit.extract.polarity import (
    circumstance_subject,
    negated_report,
    writer_imperative,
    writer_on,
)
from quidit.extract.spans import clip_content, text_of
from quidit.lang import LanguageData
from quidit.records import Quote, Span, Speaker


@dataclass
class Found:
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# 4. assembly


def find_quotes(doc: Doc, language: LanguageData) -> Found:
    text = text_of(doc)
    found = Found()
    pairs = pairs_of(
        doc,
        language.quote_pairs,
        language.extra.get("apostrophes", ()),
        language.extra.get("doubled_marks"),
    )
    # Where a quotation may run over paragraphs, a paragraph left open
    # before one that reopens the marks is no error, and is inside the quote.
    continuing = language.extra.get("paragraph_continuation", False)
    running = [p for p in pairs if continuing and continued(text, p, language.quote_pairs)]
    if any(not p.closed and p not in running for p in pairs):
        found.warnings.append("unbalanced quotation marks")
    quoted = PairIndex([p for p in pairs if p.depth == 0 and p.closed] + running)
    index = PairIndex(pairs)
    # Attributions inside a direct quote are not marked (guidelines §1).
    # A negated verb of telling or the writer's « Rappelons que » reports
    # nothing a source said.
    all_cues = [
        c
        for c in controlled_subjects(find_verb_cues(doc, language), language)
        if not negated_report(c, language)
        and not writer_imperative(c, language)
        and not writer_on(c, language)
        and not circumstance_subject(c, language)
    ]
    verb_cues = [c for c in all_cues if quoted.around(c.verb.idx) is None]
    inner_cues = [c for c in all_cues if quoted.around(c.verb.idx) is not None]
    adjuncts = [a for a in find_adjunct_cues(doc, language) if quoted.around(a.start) is None]
    drafts = verb_drafts(doc, verb_cues, language, index)
    # « C'est ce qu'a déclaré X »: the sentence before, not what follows.
    clefts = cleft_drafts(doc, verb_cues, language)
    cleft_cues = {d.cue for d in clefts}
    drafts = [d for d in drafts if d.cue not in cleft_cues and not _connective_only(doc, d)]
    drafts += clefts
    # « le chiffre de 300, avancé par la police »: the participle credits
    # the figure before it to its agent.
    drafts += agent_drafts(doc, verb_cues, language)
    # An adjunct inside a verb quote's content that already covers it is
    # still its own quote (« X affirme que, selon Y, … » is nested).
    by_adjunct = _before_incises(text, adjunct_drafts(doc, adjuncts, language), verb_cues, language)
    drafts = _before_adjuncts(doc, drafts, by_adjunct) + by_adjunct
    drafts = _one_sentence(text, drafts, index, language)
    drafts = elliptic_drafts(doc, drafts, language)
    drafts = _drop_overlapping_incises(drafts)
    # Cues that report only by their noun phrase (« la police parle de
    # 3 000 personnes ») attribute no quoted passage of their own: « parlent
    # de « zone blanche » » names a term.
    np_only = language.extra.get("np_only", frozenset())
    speech_cues = [c for c in verb_cues if c.lemma not in np_only]
    drafts = headline_drafts(doc, speech_cues, pairs, language, drafts)
    drafts = _split_coordinated(text, drafts, index, language)
    drafts += direct_drafts(doc, pairs, index, speech_cues, adjuncts, drafts, language, inner_cues)
    drafts = _not_the_speaker(drafts)
    # An incise reading cut through a pair of marks that has its own
    # attribution (« En revanche, « A, B », martèle X »: the parser's
    # clause ends at the comma inside the marks) loses to the direct quote.
    drafts = _drop_overlapping_incises(drafts)
    drafts = _drop_inside_direct(drafts)
    for d in drafts:
        if d.type == "direct":
            continue
        # « « A. » « B », explique X »: an incise's content read back from
        # its cue may start on the closing mark of the pair before; that
        # mark closes another quotation.
        closing = index.closing_at(d.start)
        if closing is not None and closing.open < d.start:
            d.start = _skip_spaces(text, d.start + 1, d.end)
        # The parser may end a clause inside the marks that open it (at a
        # bracket, a question, a sentence break within the quotation: « a
        # répondu que « A. B ? » »): the marks hold the whole content.
        p = index.last_before(d.start + 1)
        if (
            p is not None
            and p.closed
            and d.end < p.close
            and not text[p.open + 1 : d.start].strip()
            and p.open <= d.start
        ):
            d.type, (d.start, d.end) = "direct", inner_bounds(text, p)
            continue
        # The parser may leave an opening mark out of the clause it opens.
        p = index.last_before(d.start)
        if (
            p is not None
            and p.closed
            and p.close <= d.end
            and not text[p.open + 1 : d.start].strip()
        ):
            d.start = p.open
        # « … n'a « jamais été protégé. » »: the content stopped at the full
        # stop inside the marks; the marks it opened close it.
        # « que la ville « n'a pas cédé. Elle ne cédera pas » »: the parser
        # ended the clause at a sentence break inside the marks; a content
        # never stops inside a quoted fragment it opened (guidelines §1:
        # the fragment is part of it), in the same paragraph.
        for p in index.opening_in(d.start, d.end):
            if (
                p.closed
                and p.end > d.end + 1
                and (
                    not text[d.end : p.close].strip(_END_STOPS)
                    or (p.open > d.start and "\n" not in text[d.end : p.close])
                )
            ):
                d.end = p.end
        d.end = _through_joined_pairs(text, d, index, language)
        d.end = _before_gloss(text, d.start, d.end, language)
        d.end = _before_credit(text, d.start, d.end, language)
        inside = [p for p in index.opening_in(d.start, d.end + 1) if p.end <= d.end + 1]
        # A name in marks (« des drones « Shahed » ») is no quoted fragment:
        # the content stays indirect.
        inside = [p for p in inside if not named(doc, p, language, capitalised=True)]
        if not inside:
            continue
        whole = inside[0]
        opens = whole.open <= d.start + 1 and whole.end < d.end
        if opens and (
            (
                _adjunct_after(doc, whole.end, d.end)
                and not language.extra.get("adjuncts_after_marks_reported", False)
            )
            or _clause_after(doc, whole.end, d.end, language)
        ):
            # "Residents say ‘enough is enough’ over quarry lorries": the
            # marks hold the words; the phrase after them is the writer's.
            d.end = whole.end
        i_start, i_end = inner_bounds(text, whole)
        opens = whole.open <= d.start + 1 or (
            d.kind == "incise" and _connective(text[d.start : whole.open], language)
        )
        if len(inside) == 1 and opens and d.end <= whole.end:
            d.type, d.start, d.end = "direct", i_start, i_end
        else:
            d.type = "mixed"
            d.end = max(d.end, max(p.end for p in inside if p.closed) if any(
                p.closed for p in inside) else d.end)  # fmt: skip
    drafts = _one_reading_per_pair(drafts)
    drafts.sort(key=lambda d: (d.start, -d.end, d.mention is None))
    unique: list[Draft] = []
    for d in drafts:
        if unique and unique[-1].start == d.start and unique[-1].end == d.end:
            continue
        unique.append(d)
    for i, d in enumerate(unique, 1):
        content = Span.of(text, d.start, d.end)
        cue = Span.of(text, *d.cue) if d.cue else None
        mention = Span.of(text, *d.mention) if d.mention else None
        found.quotes.append(
            Quote(
                id=f"q{i}",
                type=d.type,
                content=content,
                cue=cue,
                speaker=Speaker(mention=mention),
                confidence=d.confidence,
            )
        )
    return found


#: What may stand between a content's end and the closing mark of the
#: marks it opened: the sentence's own full stop, set inside them.
_END_STOPS = " \u00a0\u202f.!?…"

#: Words of a sentence-initial connective before a quotation (« En
#: revanche, « … », dit-il »): two at most; three or more are a subject and
#: its verb, and the content runs past the marks (``direct.LEAD_WORDS``).
CONNECTIVE_WORDS = 2


def _connective(prefix: str, language: LanguageData) -> bool:
    """``prefix`` is a connective set off by a comma, or a coordinator."""
    words = prefix.replace(",", " ").split()
    joins = language.extra.get("quote_joiners", frozenset())
    if len(words) == 1 and words[0].lower() in joins:
        return True
    return 0 < len(words) <= CONNECTIVE_WORDS and prefix.rstrip().endswith(",")


def _split_coordinated(
    text: str, drafts: list[Draft], index: PairIndex, language: LanguageData
) -> list[Draft]:
    """« « A », et « B », a-t-il ajouté »: an incise whose content is
    only pairs of marks joined by commas and coordinators is one direct
    quote per pair (guidelines §1: one pair of marks, one quote), each with
    the incise's cue and speaker."""
    joins = language.extra.get("quote_joiners", frozenset())
    out: list[Draft] = []
    for d in drafts:
        inside = [p for p in index.opening_in(d.start, d.end) if p.end <= d.end + 1]
        if d.kind != "incise" or len(inside) < 2 or not all(p.closed for p in inside):
            out.append(d)
            continue
        gaps = [text[d.start : inside[0].open]]
        gaps += [text[a.end : b.open] for a, b in pairwise(inside)]
        gaps.append(text[inside[-1].end : d.end])
        if not all(_only_joiners(g, joins) for g in gaps):
            out.append(d)
            continue
        for p in inside:
            start, end = inner_bounds(text, p)
            out.append(Draft("direct_incise", start, end, d.cue, d.mention, d.pronoun,
                             "direct", CONFIDENCE["direct_incise"]))  # fmt: skip
    return out


def _through_joined_pairs(text: str, d: Draft, index: PairIndex, language: LanguageData) -> int:
    """« annonce que les habitants « refusent A », « exigent B » et
    « demandent C » »: the parser hangs the later quoted parts on the cue
    (or leaves them out), yet each goes on what was said. Quoted parts that
    follow the content's last pair with only a comma or a coordinator
    between, in the same paragraph, are one quote with it, mixed
    (guidelines §1: the whole indirect content, fragments included; the
    gold marks « « A » et ses « B » » so). An incise's content stays: « « A »,
    et « B », a-t-il ajouté » is one quote per pair."""
    if d.kind == "incise" or d.cue is None or d.cue[1] > d.start:
        return d.end
    joins = language.extra.get("quote_joiners", frozenset())
    end = d.end
    last = index.last_before(end)
    if last is None or not last.closed or last.open < d.start or not last.close < end <= last.end:
        return end
    while True:
        following = index.opening_in(end, end + _JOINER_REACH)
        if not following:
            return end
        nxt = following[0]
        gap = text[end : nxt.open]
        if (
            not nxt.closed
            or "\n" in text[end : nxt.end]
            or not gap.strip(" \u00a0\u202f")  # « A » « B »: two quotations
            or not _only_joiners(gap, joins)
        ):
            return end
        end = nxt.end


#: Characters from a quoted part's closing mark to the next one's opening
#: mark in a list: a comma and the longest joiner (« ou encore », 10) with
#: spaces, rounded up.
_JOINER_REACH = 16


def _before_incises(
    text: str, drafts: list[Draft], cues: list[VerbCue], language: LanguageData
) -> list[Draft]:
    """« Selon X, A, avait annoncé le parquet » · « Pour X, A explique-t-il
    au journal »: an inverted incise at the end of an adjunct's content
    is another attribution of it (guidelines §1: « selon X » stops where
    another source's attribution begins); the content ends before it."""
    closers = tuple(language.quote_pairs.values())
    for d in drafts:
        for c in cues:
            if not (d.start < c.start < d.end and (c.inverted or c.pronoun)):
                continue
            if c.subject_start >= 0 and c.subject_start < c.start:
                continue  # a subject before the verb: no incise
            before = text[d.start : c.start].rstrip(" \u00a0\u202f")
            # A comma or a closing mark before the verb, or a clitic subject
            # fixed to it (« explique-t-il »).
            clitic = "-" in text[c.start : c.end + 4]
            if before.endswith((",", *closers)) or (c.pronoun and clitic):
                d.end = d.start + len(before.rstrip(","))
                break
    return [d for d in drafts if d.end > d.start]


def _before_gloss(text: str, start: int, end: int, language: LanguageData) -> int:
    """« … pour « poursuivre leur avance », allusion aux troupes régulières »:
    the writer's gloss after a comma names what the words refer to; it is
    no part of what was said."""
    pattern = language.extra.get("gloss_after_content")
    if not isinstance(pattern, re.Pattern):
        return end
    found = pattern.search(text, start, end)
    return clip_content(text, start, found.start())[1] if found else end


def _before_credit(text: str, start: int, end: int, language: LanguageData) -> int:
    """« … serait tenu (AFP). »: an agency's credit closing the paragraph
    is the writer's byline, not the source's words."""
    pattern = language.extra.get("wire_credit")
    if not isinstance(pattern, re.Pattern):
        return end
    found = pattern.search(text, start, end)
    return clip_content(text, start, found.start())[1] if found and found.start() > start else end


def _before_adjuncts(doc: Doc, drafts: list[Draft], adjuncts: list[Draft]) -> list[Draft]:
    """« X a déclaré que A, selon Y »: the adjunct credits Y with the whole
    sentence, X's saying included; X's content is A and stops before it
    (guidelines §1: content stops where another source's attribution
    begins). Only after a finite verb of the content: in « X a dit que les
    prix, selon Y, ont monté », the adjunct sits inside what X said."""
    text = text_of(doc)
    for d in drafts:
        if d.kind == "incise" or d.cue is None or d.cue[1] > d.start:
            continue
        for a in adjuncts:
            if a.cue is None or not (d.start < a.cue[0] < d.end):
                continue
            if d.start < a.start < a.cue[0] and a.end >= d.end:
                # « X a dit avoir fermé le pont pendant la crue qui a noyé,
                # selon Y, deux cents caves »: the relative clause that
                # closes the content is Y's.
                d.end = clip_content(text, d.start, a.start)[1]
                break
            if a.start > d.cue[0]:
                continue
            begins = a.lead if a.lead >= 0 else a.cue[0]
            before = text[d.start : begins].rstrip(" \u00a0\u202f")
            if not before.endswith(","):
                continue
            comma = d.start + len(before) - 1
            span = doc.char_span(d.start, comma, alignment_mode="contract")
            if span is not None and any(
                t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in span
            ):
                d.end = clip_content(text, d.start, comma)[1]
                break
    return [d for d in drafts if d.end > d.start]


def _one_sentence(
    text: str, drafts: list[Draft], index: PairIndex, language: LanguageData
) -> list[Draft]:
    """Indirect contents end at their sentence's end (``at_sentence_breaks``),
    on the side away from the cue."""
    titles = frozenset(t.rstrip(".") for t in language.titles)
    for d in drafts:
        if d.cue is None or d.cue[0] < d.start < d.cue[1] or d.start < d.cue[0] < d.end:
            continue  # a cue inside its content (« …, selon X, … »): whole sentence
        forward = d.cue[1] <= d.start
        d.start, d.end = at_sentence_breaks(text, d.start, d.end, forward, index, titles)
    return [d for d in drafts if d.end > d.start]


def _only_joiners(gap: str, joins: frozenset[str]) -> bool:
    words = gap.replace(",", " ").replace("\u00a0", " ").replace("\u202f", " ").lower().split()
    return " ".join(words) in joins or not words


def _adjunct_after(doc: Doc, start: int, end: int) -> bool:
    """``[start, end)`` is a verbless phrase opened by an adposition (not
    « « 60 % des exploitations » du département dégagent … »)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.idx >= start and not t.is_space] if span is not None else []
    return (
        bool(words) and words[0].pos_ == "ADP" and not any(t.pos_ in {"VERB", "AUX"} for t in words)
    )


def _clause_after(doc: Doc, start: int, end: int, language: LanguageData) -> bool:
    """``[start, end)`` is a new clause coordinated after the closing mark
    (« a assuré que « tout allait bien », et le directeur a répondu … »):
    a comma, a coordinator, then a subject with its own finite verb; a
    second completive (« , et que … ») stays in the content."""
    text = text_of(doc)
    rest = text[start:end].lstrip(" \u00a0\u202f")
    if not rest.startswith(","):
        return False
    span = doc.char_span(start + text[start:end].index(",") + 1, end, alignment_mode="expand")
    words = [t for t in span if not t.is_space] if span is not None else []
    syntax = language.syntax
    if len(words) < 3 or words[0].lower_ not in syntax.coordinators:
        return False
    subjects = syntax.labels("subject", "passive_subject")
    first = words[1]
    if first.lower_ in syntax.complementisers:
        return False
    return any(
        t.dep_ in subjects
        and t.i < t.head.i
        and span is not None
        and span.start <= t.head.i < span.end
        and any("Fin" in v.morph.get("VerbForm", []) for v in (t.head, *t.head.children))
        for t in words[1:]
    )


#: Parts of speech that carry no content of their own: « Enfin, dit
#: encore l'avocate : « … » » reads « Enfin » before the inverted verb.
_FUNCTION_POS = frozenset({"ADV", "CCONJ", "SCONJ", "ADP", "PUNCT", "SPACE"})


def _not_the_speaker(drafts: list[Draft]) -> list[Draft]:
    """A content read forward from a cue that holds the speaker another
    reading of the same cue found after it (« « … », a de son côté estimé le
    chef du parti, X, dénonçant … », where the parser took the inverted
    subject for an object) is that speaker, not what was said."""
    speakers: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for d in drafts:
        if d.cue is not None and d.mention is not None and d.mention[0] >= d.cue[1]:
            speakers.setdefault(d.cue, []).append(d.mention)
    keep: list[Draft] = []
    for d in drafts:
        found = speakers.get(d.cue, []) if d.cue is not None else []
        if any(d.start <= a and b <= d.end and d.mention != (a, b) for a, b in found):
            continue
        keep.append(d)
    return keep


def _connective_only(doc: Doc, d: Draft) -> bool:
    """An incise content made only of adverbs and connectives: the inverted
    verb introduces what follows (the colon's quotation), it reports
    nothing before it."""
    if d.kind != "incise":
        return False
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    return span is not None and all(t.pos_ in _FUNCTION_POS for t in span)


def _skip_spaces(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \u00a0\u202f,":
        start += 1
    return start


def _one_reading_per_pair(drafts: list[Draft]) -> list[Draft]:
    """One pair of marks is one quote (guidelines §1). A direct reading of
    marks that a mixed content already holds as its fragment (« elle indique
    que ses clientes « vivent un deuil difficile ». « … », explique-t-elle »)
    is that quote again; an indirect reading that starts inside a direct
    quote's marks (« exhorte « les autorités à prendre des mesures » »: the
    infinitive after the cue) or stops at its closing mark is the same words
    read twice."""
    directs = sorted((d.start, d.end) for d in drafts if d.type == "direct")
    mixed = [(d.start, d.end) for d in drafts if d.type == "mixed"]
    # The furthest end of the directs opening before each one: a reading
    # that starts past it is inside none (the common case, read in log n).
    starts = [a for a, _ in directs]
    reach: list[int] = []
    for _, b in directs:
        reach.append(max(b, reach[-1]) if reach else b)
    keep: list[Draft] = []
    for d in drafts:
        if d.type == "direct":
            # The marks stand one character outside the inner text. A cue
            # of its own inside the mixed content is a nested attribution
            # (« Selon X, Y a affirmé que « … » »): two quotes.
            cue = d.cue[0] if d.cue is not None else -1
            if any(
                a <= d.start - 1 and d.end + 1 <= b and (a, b) != (d.start - 1, d.end + 1)
                and not a < cue < b
                for a, b in mixed
            ):  # fmt: skip
                continue
        else:
            k = bisect_left(starts, d.start)
            if (
                k
                and reach[k - 1] > d.start
                and any(
                    a < d.start < b < d.end + 2 or a < d.start < d.end <= b for a, b in directs[:k]
                )
            ):
                continue
        keep.append(d)
    return keep


def _drop_inside_direct(drafts: list[Draft]) -> list[Draft]:
    """Attributions inside a direct quote are not marked (guidelines §1):
    a reading whose cue stands in a direct quote's content goes (marks left
    open hide it from the cue filter, « « A, je pense que B, a-t-il dit »)."""
    spans = sorted((d.start, d.end) for d in drafts if d.type == "direct")
    starts = [a for a, _ in spans]
    keep: list[Draft] = []
    for d in drafts:
        if d.type != "direct" and d.cue is not None:
            k = bisect_right(starts, d.cue[0]) - 1
            if k >= 0 and d.cue[1] <= spans[k][1]:
                continue
        keep.append(d)
    return keep


def _drop_overlapping_incises(drafts: list[Draft]) -> list[Draft]:
    """An incise reading (content before the cue) loses to any other
    reading of the same stretch, except an attribution adjunct nested in
    its content (« 300 selon X, 450 selon Y, ont défilé, a constaté Z »:
    guidelines §1, nested attribution is two quotes)."""
    others = [d for d in drafts if d.kind != "incise"]
    keep: list[Draft] = []
    for d in drafts:
        if d.kind == "incise" and any(
            o.start < d.end and d.start < o.end and not _nested_adjunct(o, d) for o in others
        ):
            continue
        keep.append(d)
    return keep


def _nested_adjunct(inner: Draft, outer: Draft) -> bool:
    """``inner`` is an adjunct reading wholly inside ``outer``'s content,
    cue included, and not fronting it (« Selon X, « … », a annoncé Y »
    keeps the one reading of the marks)."""
    cue = inner.cue
    return (
        cue is not None
        and inner.kind in _ADJUNCT_KINDS
        and outer.start <= inner.start
        and inner.end <= outer.end
        and outer.start < cue[0]
        and cue[1] <= outer.end
    )


_ADJUNCT_KINDS = frozenset({"adjunct", "adjunct_figure"})


__all__ = ["Found", "find_quotes"]
