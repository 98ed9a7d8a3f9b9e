"""Quotes in headlines, where the parse fails most: headline grammar drops
verbs and articles ("ministry says 31 dead", "6,000 say police"), and the
parser trained on full sentences misreads it.

A headline is cut into segments at commas, semicolons, colons (outside
quotation marks) and subordinating conjunctions ("… as minister insists
…"); a verb of saying, found by its written form, attributes within its
segment by surface pattern:

* source first: « SOURCE says CONTENT » ("aid group fears more than 60");
* content first: « CONTENT say SOURCE » ("6,000 say police", "‘It was
  terrifying’ say fans");
* source and verb alone: « CONTENT, SOURCE says » ("Oil spill larger than
  first thought, coastguard says"), content from the segment before;
* a quotation before a colon and a clause with a named subject:
  « "…": NAME verbs … ».

The content of the first two must state something: a figure, a quotation or
a verb (a bare noun phrase after a verb of praise or blame is an act:
« les syndicats dénoncent la réforme »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue, mention_bounds
from quidit.extract.drafts import CONFIDENCE, Draft
from quidit.extract.marks import MarkPair
from quidit.extract.spans import clip_content, text_of
from quidit.lang import LanguageData

#: The same bound as ``service._headline``: a first line longer than this is
#: a body paragraph (news headlines run 60–120 characters).
HEADLINE_CHARS = 200

#: A headline source is a short noun phrase: the longest in the English and
#: French dev sets are four words ("the Mountain Relief Network", « les
#: sinistrés de Sorlhac »); six leaves room for a title and a name.
SOURCE_WORDS = 6

#: Share of capitalised words above which a headline is in title case:
#: title-case headlines leave only short function words ("of", "in", "a")
#: in lower case, a quarter of the words at most; sentence-case headlines
#: capitalise the first word and names, rarely half of them.
TITLE_CASE_SHARE = 0.7

_BOUNDARIES = {",", ";", ":"}


@dataclass
class _Segment:
    start: int  # token indices, end exclusive
    end: int


def headline_end(doc: Doc) -> int:
    """End offset of the headline (the first line), or 0 when the text
    does not open with one."""
    text = text_of(doc)
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or end - lead > HEADLINE_CHARS:
        return 0
    line = text[lead:end].rstrip()
    if not line or line.endswith("."):
        return 0  # a sentence, not a headline
    return lead + len(line)


def headline_drafts(
    doc: Doc,
    cues: list[VerbCue],
    pairs: list[MarkPair],
    language: LanguageData,
    drafts: list[Draft],
) -> list[Draft]:
    """``drafts`` with the headline's quotes read by surface pattern: a
    draft of the parse-based finders is kept unless its content runs over
    a segment boundary or holds another verb of saying, and a cue with no
    draft gets one from its pattern."""
    end = headline_end(doc)
    if not end:
        return drafts
    span = doc.char_span(0, end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    if not tokens:
        return drafts
    text = text_of(doc)
    inside = [(p.open, p.end) for p in pairs if p.depth == 0 and p.open < end]
    segments = _segments(tokens, inside)
    forms = language.speech_verb_forms
    words = [t for t in tokens if t.is_alpha]
    # Title case ("Ministry Says 31 Dead"): capitals tell nothing there.
    title_case = sum(t.text[0].isupper() for t in words) > TITLE_CASE_SHARE * len(words)
    cue_tokens = [
        t
        for t in tokens
        if t.lower_ in forms
        and t.i > 0
        and not _in_pairs(t.idx, inside)
        # « la ministre des Comptes publics »: a name, not a verb.
        and not t.ent_type_
        and (title_case or not t.text[0].isupper())
        and _with_tail(t, language)
        and not _bare_participle(t, language)
    ]
    if not cue_tokens:
        return drafts
    boundaries = [doc[s.start - 1].idx for s in segments[1:]]
    keep: list[Draft] = []
    for d in drafts:
        if d.start >= end or d.cue is None or d.cue[0] >= end:
            keep.append(d)
            continue
        crosses = any(d.start <= b < d.end and not _in_pairs(b, inside) for b in boundaries)
        other_cue = any(d.start <= t.idx < d.end and t.idx != d.cue[0] for t in cue_tokens)
        if not (crosses or other_cue):
            keep.append(d)
    by_start = {c.start: c for c in cues}
    for tok in cue_tokens:
        seg = next(s for s in segments if s.start <= tok.i < s.end)
        found = _read(doc, tok, seg, segments, inside, language)
        if found is None:
            continue
        c_start, c_end, mention = found
        c_start, c_end = clip_content(text, c_start, c_end)
        if language.speech_verb_forms.get(tok.lower_) in language.extra.get(
            "tail_required", frozenset()
        ):
            # « la Croix-Rouge fait état de 9 blessés »: the locution's « de » opens
            # no part of the figure (the body's reading of the same words).
            lead = _LOCUTION_DE.match(text, c_start, c_end)
            if lead:
                c_start += lead.end()
        if c_end <= c_start:
            continue
        # « « … », a assuré X »: the segment before the verb is its
        # auxiliary alone, no content.
        words_in = doc.char_span(c_start, c_end, alignment_mode="expand")
        if words_in is not None and all(t.pos_ in {"AUX", "PUNCT"} for t in words_in):
            continue
        # A draft of the parse for this cue stands unless the pattern reads
        # more of the segment ("Police say suspect in shooting acted alone").
        same = [d for d in keep if d.cue is not None and d.cue[0] <= tok.idx < d.cue[1]]
        if any(not (c_start <= d.start and d.end <= c_end) or (d.start, d.end) == (c_start, c_end)
               for d in same):  # fmt: skip
            continue
        keep = [d for d in keep if d not in same]
        cue = by_start.get(tok.idx)
        cue_span = (cue.start, cue.end) if cue is not None else (tok.idx, tok.idx + len(tok))
        audience = language.extra.get("audience_nouns", frozenset())
        if mention is not None and text[mention[0] : mention[1]].lower() in audience:
            mention = None  # "…, jury told": the speaker comes from the context
        keep.append(
            Draft("headline", c_start, c_end, cue_span, mention, confidence=CONFIDENCE["headline"])
        )
    return keep


#: The preposition a locution cue's noun takes before its object (« faire
#: état de », « faire mention de »), as np_content drops it in the body.
_LOCUTION_DE = re.compile(r"(?:[dD]e\s+|[dD]['’])")


def _bare_participle(tok: Token, language: LanguageData) -> bool:
    """« une enquête après un « tricheur » lancé en séance »: a past
    participle with no auxiliary qualifies the noun before it; headline
    verbs of saying are finite (« disent », « assure », "say")."""
    if tok.morph.get("VerbForm", []) != ["Part"] or tok.morph.get("Tense", []) != ["Past"]:
        return False
    auxiliaries = language.syntax.labels("auxiliary", "passive_auxiliary")
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return not any(c.dep_ in auxiliaries for c in tok.children) and not (
        prev is not None and prev.pos_ == "AUX"
    )


def _with_tail(tok: Token, language: LanguageData) -> bool:
    """« la tempête fait 9 blessés »: a verb that is a cue only with
    its tail (« fait état », « fait savoir ») is none without it."""
    lemma = language.speech_verb_forms.get(tok.lower_)
    required = language.extra.get("tail_required", frozenset())
    if lemma is None or lemma not in required:
        return True
    doc = tok.doc
    tails = language.multiword_cues.get(lemma, ())
    return any(
        all(tok.i + 1 + k < len(doc) and doc[tok.i + 1 + k].lower_ == w for k, w in enumerate(tail))
        for tail in tails
    )


def label_after_quote(doc: Doc, pair: MarkPair, language: LanguageData) -> tuple[int, int] | None:
    """« "We were a shambles": Hooper slams Rovers »: in a headline, a
    quotation followed by a colon and a clause whose subject is a
    capitalised word (a name) is that name's; returns the subject's mention."""
    end = headline_end(doc)
    text = text_of(doc)
    if not end or pair.open >= end or not pair.closed:
        return None
    after = pair.end
    while after < end and text[after] in " \u00a0\u202f":
        after += 1
    if after >= end or text[after] not in ":,":
        return None
    # « « Nous ne lâcherons rien » : les éleveurs bloquent … »: a
    # quoted clause (a verb in the marks: no title) is the words of the
    # noun phrase that opens the clause after it, a name or not; after a
    # comma too (« « … », les soignants manifestent »).
    inner = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    spoken = inner is not None and any(t.pos_ in {"VERB", "AUX"} for t in inner)
    if text[after] == "," and not spoken:
        return None
    subjects = language.syntax.labels("subject")
    span = doc.char_span(after + 1, end, alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.idx <= after:
            continue
        if tok.is_punct or tok.is_space:
            continue
        # The first word after the colon heads the subject, a name.
        head = tok
        while head.head.i != head.i and head.head.i < head.i + 4 and head.dep_ not in subjects:
            if head.head.idx >= end:
                break
            head = head.head
        # A name: the tagger often misreads a lone surname ("Hooper" as ADJ).
        named = head.pos_ == "PROPN" or (head.is_alpha and head.text[0].isupper())
        described = spoken and head.pos_ == "NOUN" and tok.pos_ == "DET"
        if head.dep_ in subjects and (named or described):
            return mention_bounds(head, language.syntax)
        return None
    return None


# --------------------------------------------------------------------------


def _in_pairs(offset: int, inside: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in inside)


def _segments(tokens: list[Token], inside: list[tuple[int, int]]) -> list[_Segment]:
    segments: list[_Segment] = []
    start = tokens[0].i
    for tok in tokens:
        if _in_pairs(tok.idx, inside):
            continue
        if tok.text in _BOUNDARIES:
            if tok.i > start:
                segments.append(_Segment(start, tok.i))
            start = tok.i + 1
        elif tok.pos_ == "SCONJ" and tok.i > start:
            segments.append(_Segment(start, tok.i))
            start = tok.i + 1
    last = tokens[-1].i + 1
    if last > start:
        segments.append(_Segment(start, last))
    return segments


def _read(
    doc: Doc,
    cue: Token,
    seg: _Segment,
    segments: list[_Segment],
    inside: list[tuple[int, int]],
    language: LanguageData,
) -> tuple[int, int, tuple[int, int] | None] | None:
    """(content start, content end, mention) of the cue's pattern, if any."""
    tail = language.multiword_cues.get(language.speech_verb_forms[cue.lower_], ())
    after = cue.i + 1
    for words in tail:
        if [t.lower_ for t in doc[after : after + len(words)]] == list(words):
            after += len(words)
            break
    left = list(doc[seg.start : cue.i])
    right = list(doc[after : seg.end])
    lemma = language.speech_verb_forms[cue.lower_]
    weak = lemma in language.weak_lemmas
    if left and not right and _is_source(left, inside):
        # « CONTENT, SOURCE says »: the segment before holds the content.
        k = segments.index(seg)
        if k == 0 or doc[seg.start - 1].text != ",":
            return None
        prev = segments[k - 1]
        first = prev.start
        # Back over earlier segments joined by commas, to a colon.
        while k - 1 > 0 and doc[prev.start - 1].text == ",":
            k -= 1
            prev = segments[k - 1]
            first = prev.start
        return doc[first].idx, _end(doc[seg.start - 2]), _span(left)
    if left and right and _is_source(left, inside) and _states(right, inside, weak):
        if right[0].lower_ in language.syntax.complementisers and len(right) > 1:
            right = right[1:]  # « … assure que … »: the content starts after « que »
        return right[0].idx, _end(right[-1]), _span(left)
    if left and right and _is_source(right, inside) and _states(left, inside, weak=False):
        return left[0].idx, _end(left[-1]), _span(right)
    return None


def _is_source(words: list[Token], inside: list[tuple[int, int]]) -> bool:
    """A short noun phrase with no verb, figure or quotation."""
    content = [t for t in words if not t.is_punct]
    return (
        0 < len(content) <= SOURCE_WORDS
        and any(t.pos_ in {"NOUN", "PROPN"} for t in content)
        and not any(t.pos_ in {"VERB", "AUX", "NUM"} or t.like_num for t in content)
        and not any(_in_pairs(t.idx, inside) for t in words)
    )


def _states(words: list[Token], inside: list[tuple[int, int]], weak: bool) -> bool:
    """The words state something: a quotation, a verb, or (after a verb that
    is not one of praise or blame) a figure."""
    if any(_in_pairs(t.idx, inside) for t in words):
        return True
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return True
    return not weak and any(t.pos_ == "NUM" or t.like_num for t in words)


def _span(words: list[Token]) -> tuple[int, int]:
    return words[0].idx, _end(words[-1])


def _end(tok: Token) -> int:
    return tok.idx + len(tok)
