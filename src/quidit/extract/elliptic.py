"""Elliptical attributed figures (guidelines §1; issue 12).

News gives competing counts in a row, the verb left out after the first:
« 9 000 selon X, 2 100 selon Y », « 18 000 pour la préfecture, 14 000
d'après le cabinet Z », « contre 4 100 selon la police », or a figure with
its source in parentheses: « 40 morts (selon l'armée) ».  Each figure is a
quote of its own whose content is the figure phrase, with its own source.

The attribution adjuncts (:mod:`quidit.extract.adjuncts`) already propose a
quote for the words before « selon Y »; this module narrows such a quote to
its figure phrase when those words are verbless (an ellipsis) or when the
source stands in parentheses right after the figure, and ends a sentence
quote of another source where such a figure begins.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from quidit.extract.drafts import Draft
from quidit.extract.numbers import Mention, find_numbers
from quidit.extract.spans import text_of
from quidit.lang import LanguageData

#: An elliptical figure phrase is short: the figure and a noun or a place
#: (« 2 100 manifestants à Brest »: 4 words); longer verbless stretches
#: before « selon » are headlines or lists, left to the adjunct reading.
MAX_WORDS = 6

#: What may stand between a figure phrase and its « selon »: spaces, a comma,
#: an opening parenthesis.
_BETWEEN = " \t\u00a0\u202f,("

_ADJUNCT_KINDS = frozenset({"adjunct", "adjunct_figure"})


def elliptic_drafts(doc: Doc, drafts: list[Draft], language: LanguageData) -> list[Draft]:
    """The drafts with elliptical figures narrowed to their figure phrase."""
    candidates = [
        d for d in drafts if d.kind in _ADJUNCT_KINDS and d.cue is not None and d.end <= d.cue[0]
    ]
    if not candidates:
        return drafts
    text = text_of(doc)
    leads = language.extra.get("ellipsis_leads", frozenset({"contre", "et", "mais", "puis"}))
    narrowed: list[Draft] = []
    for d in candidates:
        assert d.cue is not None
        # Numbers of this draft only: the whole text's are read once later,
        # for claims; a page's few adjunct drafts are short.
        inside = [
            _shifted(m, d.start)
            for m in find_numbers(text[d.start : d.end], language.numbers)
            if not m.vague
        ]
        if not inside:
            continue
        paren = text[d.start : d.cue[0]].rstrip(" \t\u00a0\u202f").endswith("(")
        figure = inside[-1]  # « 40 morts (selon l'armée) », « …, contre 4 100 selon Y »
        if not paren and not _elliptical(doc, text, d, figure, leads):
            continue
        end = d.end
        while end > figure.end and text[end - 1] in _BETWEEN:
            end -= 1
        if len(text[figure.start : end].split()) > MAX_WORDS and not paren:
            continue
        d.start, d.end = figure.start, end
        d.kind = "adjunct_figure"
        narrowed.append(d)
    if narrowed:
        _end_before(drafts, narrowed, text)
    return drafts


def _shifted(m: Mention, offset: int) -> Mention:
    return replace(
        m,
        start=m.start + offset,
        end=m.end + offset,
        num_start=m.num_start + offset,
        num_end=m.num_end + offset,
    )


def _elliptical(doc: Doc, text: str, d: Draft, first: Mention, leads: frozenset[str]) -> bool:
    """The words before the cue are a figure phrase with no verb, opened by
    the figure or by « contre » / « et »."""
    before = text[d.start : first.start].rstrip(" \t\u00a0\u202f(")
    words = before.split()
    opened = (
        not before
        or before.endswith((",", ")", ";"))
        or (bool(words) and words[-1].lower() in leads)
    )
    if not opened:
        return False
    span = doc.char_span(first.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in span)


def _end_before(drafts: list[Draft], narrowed: list[Draft], text: str) -> None:
    """A quote of one source that runs over another source's elliptical
    figure ends before it (guidelines §1: « selon X » stops where another
    source's attribution begins)."""
    for d in drafts:
        if d in narrowed or d.type == "direct":
            continue
        for n in narrowed:
            if n.mention == d.mention or not (d.start < n.start < d.end):
                continue
            assert n.cue is not None
            source_end = n.mention[1] if n.mention else n.cue[1]
            if text[source_end : d.end].strip(" ,.;)"):
                continue  # the quote goes on past the figure's source: not at its end
            end = n.start
            # Also leave out this quote's own trailing « , selon X ».
            if d.cue is not None and d.start < d.cue[0] < end:
                end = d.cue[0]
            while end > d.start and text[end - 1] in _BETWEEN + "–—-":
                end -= 1
            if end > d.start:
                d.end = end
