"""Incises whose verb of saying is the infinitive of a verb of wanting or
aspect: « « … », tient à préciser le préfet », « « … », a tenu à souligner
la ministre », « « … », a-t-il voulu rappeler », « « … », vient d'ajouter X ».

The finder of incises (``incises.incise_cue``) accepts only an auxiliary and
adverbials before the cue verb, so the governing verb made the whole pair of
marks go unattributed. The cue is the whole verb group (guidelines §3: the
cue is the verb group), the speaker the governing verb's inverted subject:
its clitic pronoun, or the noun phrase after the infinitive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue, noun_after
from quidit.extract.spans import text_of
from quidit.lang import LanguageData

#: Tokens a modal incise holds before its infinitive: an auxiliary, its
#: clitic subject (« -t-il »), the governing verb, « à » or « de » and one
#: adverb (« a-t-elle tenu aussitôt à préciser »): six.
MODAL_TOKENS = 6

#: Characters the same group spans at most: « avait-elle souhaité
#: immédiatement d’ », the longest of the invented tests, is 36.
MODAL_CHARS = 40

_LINKS = {"à", "de", "d'", "d’"}


def modal_incise(
    doc: Doc, after: int, candidates: Iterable[VerbCue], language: LanguageData
) -> VerbCue | None:
    """A cue infinitive governed by a verb of wanting or aspect that opens
    the incise at ``after``: the cue, widened to the whole group, with its
    speaker set as an inverted subject."""
    governors = language.extra.get("infinitive_governors", frozenset())
    pronouns = language.pronouns
    text = text_of(doc)
    span = doc.char_span(after, after + 1, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].idx != after:
        return None
    first = span[0]
    for cue in candidates:
        if cue.start - after > MODAL_CHARS or cue.verb.i - first.i > MODAL_TOKENS:
            return None
        if cue.verb.morph.get("VerbForm", []) != ["Inf"] or cue.start < after:
            continue
        governor: Token | None = None
        clitic: Token | None = None
        ok = True
        for tok in doc[first.i : cue.verb.i]:
            low = tok.lower_.lstrip("-")
            if low.startswith("t-"):
                low = low[2:]
            if governor is None and tok.pos_ == "AUX" and tok.lemma_ in {"avoir", "être"}:
                continue
            if low in pronouns and tok.pos_ == "PRON" and clitic is None:
                clitic = tok
                continue
            if low in {"", "t", "t-"}:
                continue  # the euphonic « -t- » of « a-t-il »
            if governor is None and tok.pos_ in {"VERB", "AUX"} and tok.lemma_ in governors:
                governor = tok
                continue
            if governor is not None and (tok.lower_ in _LINKS or tok.pos_ == "ADV"):
                continue
            ok = False
            break
        if not ok or governor is None:
            return None
        if clitic is not None:
            lead = len(clitic.text) - len(clitic.text.lstrip("-"))  # « -il »
            bounds = (clitic.idx + lead, clitic.idx + len(clitic))
            return replace(cue, start=after, subject=clitic, subject_start=bounds[0],
                           subject_end=bounds[1], pronoun=True, inverted=True)  # fmt: skip
        noun = noun_after(cue, language)
        if noun is None or not text[noun[0] : noun[1]].strip():
            return None
        head = doc.char_span(noun[0], noun[1], alignment_mode="expand")
        if head is None:
            return None
        return replace(cue, start=after, subject=head.root, subject_start=noun[0],
                       subject_end=noun[1], pronoun=False, inverted=True)  # fmt: skip
    return None
