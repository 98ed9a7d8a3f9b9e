"""« C'est ce qu'a déclaré X »: a cleft whose free relative (« ce que » +
verb of saying) points back to the sentence before. That sentence is what
X said (guidelines §1: the attribution may stand after the content, in a
sentence of its own); what follows the verb is its inverted subject, never
a noun-phrase content."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue
from quidit.extract.drafts import CONFIDENCE, Draft
from quidit.extract.mentions import mention_bounds
from quidit.extract.spans import clip_content, text_of, token_at
from quidit.lang import LanguageData

#: Tokens between « c'est » and « ce que » at most: « C'est, en substance,
#: ce qu'affirme X », « C'est en tout cas ce que révèle … » (5 with commas).
CLEFT_GAP = 6

_CE = frozenset({"ce"})
_BE = frozenset({"est", "était", "sera", "fut"})
_C = frozenset({"c'", "c’", "ce"})


def _relative_que(cue: VerbCue, doc: Doc, language: LanguageData) -> Token | None:
    """The « que » of « ce que » right before the cue (or before its subject)."""
    start = cue.start
    if cue.subject is not None and not cue.inverted and 0 <= cue.subject_start < start:
        start = cue.subject_start
    first = token_at(doc, start)
    if first is None or first.i < 2:
        return None
    que = doc[first.i - 1]
    if que.lower_ not in language.syntax.complementisers or doc[que.i - 1].lower_ not in _CE:
        return None
    return que


def _cleft_start(ce: Token) -> Token | None:
    """The « c' » of « c'est … ce que », a few tokens before « ce »."""
    doc = ce.doc
    for k in range(ce.i - 1, max(ce.sent.start - 1, ce.i - CLEFT_GAP - 2), -1):
        if doc[k].lower_ in _BE and k > 0 and doc[k - 1].lower_ in _C:
            return doc[k - 1]
    return None


def _inverted_mention(cue: VerbCue, doc: Doc, language: LanguageData) -> tuple[int, int] | None:
    if cue.subject is not None and cue.subject_start >= 0:
        return cue.subject_start, cue.subject_end
    after = token_at(doc, cue.end - 1)
    if after is None:
        return None
    for tok in doc[after.i + 1 : min(len(doc), after.i + 6)]:
        if tok.is_punct:
            return None
        if tok.pos_ in {"NOUN", "PROPN"}:
            return mention_bounds(tok, language.syntax)
    return None


def cleft_drafts(doc: Doc, cues: list[VerbCue], language: LanguageData) -> list[Draft]:
    """One quote per cleft: the sentence before, the cue, its subject."""
    text = text_of(doc)
    out: list[Draft] = []
    for cue in cues:
        que = _relative_que(cue, doc, language)
        if que is None:
            continue
        c = _cleft_start(doc[que.i - 1])
        if c is None or c.i == 0:
            continue
        before = doc[c.i - 1]
        if before.text not in {".", "!", "?", "»", "”", '"'}:
            continue  # « c'est » must open its sentence
        prev = before.sent
        if prev.start == c.sent.start and c.i > 0:
            prev = doc[c.i - 1].sent
        start, end = clip_content(text, prev.start_char, before.idx + len(before.text))
        if "\n" in text[start:end] or end <= start:
            continue
        # A dateline or a paragraph start inside: the sentence before only.
        para = text.rfind("\n", 0, c.idx)
        start = max(start, para + 1)
        mention = _inverted_mention(cue, doc, language)
        if mention is None:
            continue
        out.append(
            Draft("incise", start, end, (cue.start, cue.end), mention,
                  confidence=CONFIDENCE["incise"])
        )  # fmt: skip
    return out


__all__ = ["cleft_drafts"]
