"""Figures of a part (« dont … ») that close a quote's sentence past its content.

A count is often split after its attribution or after its counted noun:

- « Le cortège a réuni 9 000 personnes, selon la mairie, dont 2 000 à
  Vannes. »: the part belongs to the mairie's count, though the adjunct
  « selon la mairie » ends the content before it;
- « La préfecture a recensé 1 200 sinistrés, dont 300 à Dol et plus de
  100 à Combourg. »: the content read as a noun phrase may stop at the
  figure, the parts still being the préfecture's.

A figure that opens a « dont » tail (the language's ``subset_markers``)
right after the content, its counted noun or its attribution, in the same
sentence, is the quote's claim, and so are the figures coordinated after it
up to the sentence end, a semicolon, or another quote's attribution.  The
figures any quote holds are left to it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Doc

from quidit.extract.numbers import Mention
from quidit.lang import NumberData
from quidit.records import Quote

#: Words at most between the content's end and « dont » when no attribution
#: stands there: the counted noun and an adjective (« sinistrés », « blessés
#: graves »).
MAX_NOUN_WORDS = 3

#: An attribution between content and tail is short: « , selon le ministère
#: de l'Intérieur, ».
MAX_ATTRIBUTION_CHARS = 120

_TAIL_TYPES = frozenset({"indirect", "mixed"})


def tail_claims(
    doc: Doc,
    text: str,
    quotes: Sequence[Quote],
    mentions_in: Callable[[int, int], list[Mention]],
    taken: set[tuple[int, int]],
    data: NumberData,
) -> Iterable[tuple[Mention, Quote]]:
    """(mention, quote) for every figure of a « dont » tail not yet taken."""
    if not data.subset_markers:
        return
    token_starts = [t.idx for t in doc]
    cue_starts = sorted(q.cue.start for q in quotes if q.cue is not None)
    for quote in quotes:
        if quote.type not in _TAIL_TYPES:
            continue
        end = quote.content.end
        sent_end = _sentence_end(doc, token_starts, end)
        if sent_end is None:
            continue
        marker = _marker_after(text, quote, end, sent_end, data)
        if marker is None:
            continue
        stop = _tail_stop(text, marker, sent_end, cue_starts)
        if quote.cue is not None:
            again = text.lower().find(quote.cue.text.lower(), marker, stop)
            if again >= 0:
                # « dont 2 100 à Vannes, 5 000 selon le syndicat »: the same
                # attribution again closes another source's figure
                comma = text.rfind(",", marker, again)
                stop = comma if comma >= 0 else marker
        found = mentions_in(marker, stop)
        if not found or text[marker : found[0].start].strip():
            continue  # « dont le maire a dit … 3 »: no figure right after « dont »
        for m in found:
            if (m.start, m.end) not in taken:
                yield m, quote


def _sentence_end(doc: Doc, token_starts: list[int], offset: int) -> int | None:
    i = bisect.bisect_left(token_starts, offset)
    if i >= len(doc):
        return None
    sent = doc[i].sent
    return sent.end_char


def _marker_after(text: str, quote: Quote, end: int, sent_end: int, data: NumberData) -> int | None:
    """Offset just past « dont » when the gap before it is the content's
    noun or its attribution; None otherwise."""
    window = text[end : min(sent_end, end + MAX_ATTRIBUTION_CHARS + 20)]
    low = window.lower()
    for marker in sorted(data.subset_markers):
        at = low.find(f", {marker} ")
        if at < 0:
            continue
        gap = window[:at]
        if _gap_is_noun(gap) or _gap_is_attribution(text, quote, end, end + at):
            return end + at + len(marker) + 2
    return None


def _gap_is_noun(gap: str) -> bool:
    words = gap.split()
    if len(words) > MAX_NOUN_WORDS:
        return False
    return all(w.replace("-", "").isalpha() for w in words)


def _gap_is_attribution(text: str, quote: Quote, start: int, end: int) -> bool:
    """The gap is the quote's own cue and speaker, with commas and spaces
    only around them."""
    if quote.cue is None or end - start > MAX_ATTRIBUTION_CHARS:
        return False
    mention = quote.speaker.mention
    first = quote.cue.start
    last = quote.cue.end
    if mention is not None:
        first, last = min(first, mention.start), max(last, mention.end)
        between = text[min(quote.cue.end, mention.end) : max(quote.cue.start, mention.start)]
        if between.strip(" ,\u00a0"):
            return False  # « a annoncé mardi soir le ministère »: allowed words only
    if not start <= first or last > end:
        return False
    return not text[start:first].strip(" ,\u00a0") and not text[last:end].strip(" ,\u00a0")


def _tail_stop(text: str, start: int, sent_end: int, cue_starts: list[int]) -> int:
    stop = sent_end
    semicolon = text.find(";", start, sent_end)
    if semicolon >= 0:
        stop = semicolon
    j = bisect.bisect_left(cue_starts, start)
    if j < len(cue_starts) and cue_starts[j] < stop:
        stop = cue_starts[j]
    return stop
