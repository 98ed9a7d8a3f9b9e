"""Quote drafts: what each finder proposes before assembly, and the
offset helpers the finders share."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quidit.extract.cues import VerbCue
from quidit.extract.marks import MarkPair
from quidit.extract.spans import dateline_end, text_of

#: Pattern priors for ``confidence``: hand-set, ordered by how reliable
#: each pattern proved on the dev set (bench/accuracy.py error listings);
#: they rank quotes for review and are not calibrated probabilities.
CONFIDENCE = {
    "direct_incise": 0.95,
    "direct_intro": 0.9,
    "direct_context": 0.75,
    "direct_label": 0.85,
    "que": 0.9,
    "infinitive": 0.85,
    "noun_phrase": 0.75,
    "incise": 0.8,
    "adjunct": 0.85,
    "adjunct_figure": 0.8,
    "headline": 0.7,
}


@dataclass
class Draft:
    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    pronoun: bool = False
    type: str = "indirect"
    confidence: float = 0.8
    pairs: list[MarkPair] = field(default_factory=list)
    # An adjunct's own adverbs before its cue (« toujours selon X »): where
    # the attribution begins in the text; -1 when it begins on the cue.
    lead: int = -1


def sentence_end(doc: Doc, token: Token) -> int:
    """End offset of the token's sentence, never past its paragraph.

    The parser sometimes cuts a sentence in two (« … 612 accouchements |
    l’an dernier, … »); a "sentence" whose last word is not followed by
    a full stop goes on into the next, so they are joined back.
    """
    sent = token.sent
    para_end = text_of(doc).find("\n", token.idx)
    if para_end < 0:
        para_end = len(text_of(doc))
    last = sent.end - 1
    while sent.end < len(doc):
        nxt = doc[sent.end]
        if nxt.idx >= para_end:
            break
        if _ends_sentence(doc, sent):
            break
        sent = nxt.sent
        last = sent.end - 1
    end = doc[last].idx + len(doc[last])
    return min(end, para_end)


def _ends_sentence(doc: Doc, sent: Span) -> bool:
    """The parser's sentence really ends: its last word is followed by a
    full stop, a question or exclamation mark (possibly inside closing marks)."""
    for tok in reversed(sent):
        if tok.is_space or tok.text in {"»", "”", '"', ")"}:
            continue
        return tok.text in {".", "!", "?", "…", ":", ";"}
    return True


def sentence_start(doc: Doc, token: Token) -> int:
    """Start offset of the token's sentence, joined back like ``sentence_end``."""
    sent = token.sent
    para_start = text_of(doc).rfind("\n", 0, token.idx) + 1
    while sent.start > 0 and doc[sent.start].idx > para_start:
        previous = doc[sent.start - 1].sent
        if _ends_sentence(doc, previous):
            break
        sent = previous
    start = max(doc[sent.start].idx, para_start)
    if not text_of(doc)[para_start:start].strip():  # spaces may open the paragraph
        start = max(start, min(dateline_end(text_of(doc), para_start), token.idx))
    return start


def mention_of(cue: VerbCue) -> tuple[tuple[int, int] | None, bool]:
    if cue.subject is None or cue.subject_start < 0:
        return None, False
    return (cue.subject_start, cue.subject_end), cue.pronoun


def _skip(text: str, i: int, chars: str) -> int:
    while i < len(text) and text[i] in chars:
        i += 1
    return i


def _skip_back(text: str, i: int, chars: str) -> int:
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i


_WS = " \t\u00a0\u202f"
