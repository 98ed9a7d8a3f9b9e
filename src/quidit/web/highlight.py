"""Article text as HTML with every quote, cue, speaker mention and claim
marked, built from character offsets.

Spans may nest or overlap (a claim inside a quote, a mention inside
another quote, two quotes sharing words), so the text is cut at every span
boundary and each piece is wrapped in one element whose classes say which
spans cover it; the innermost quote gives its colour.  Every piece of text
and every attribute value is escaped, so nothing in an article can become
markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from quidit.store import ClaimView, QuoteView

#: Distinct speaker colours (CSS classes sp-0 … sp-11 in static/style.css).
#: Twelve is the most a reader tells apart at a glance; an article with more
#: speakers reuses them in order, and the side list still names each quote.
PALETTE_SIZE = 12


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    kind: str  # quote | cue | mention | claim
    ref: str  # quote or claim id
    order: int


def speaker_colours(quotes: Sequence[QuoteView]) -> dict[str, int]:
    """Colour index per speaker, in order of first quote."""
    colours: dict[str, int] = {}
    for q in quotes:
        key = speaker_key(q)
        if key is not None and key not in colours:
            colours[key] = len(colours) % PALETTE_SIZE
    return colours


def speaker_key(q: QuoteView) -> str | None:
    if q.speaker_id is not None:
        return f"id:{q.speaker_id}"
    return f"name:{q.speaker}" if q.speaker else None


def colour_class(q: QuoteView, colours: dict[str, int]) -> str:
    key = speaker_key(q)
    return f"sp-{colours[key]}" if key is not None and key in colours else "sp-none"


def describe(q: QuoteView) -> str:
    """The hover text of a quote: speaker, type and confidence."""
    conf = "" if q.confidence is None else f" · confidence {q.confidence:.2f}"
    return f"{q.speaker or 'unknown speaker'} · {q.type}{conf} ({q.id})"


def _attr(name: str, value: str) -> str:
    return f' {name}="{escape(value)}"'


def highlight(text: str, quotes: Sequence[QuoteView], claims: Sequence[ClaimView] = ()) -> Markup:
    n = len(text)
    spans: list[_Span] = []

    def add(start: int | None, end: int | None, kind: str, ref: str) -> None:
        if start is None or end is None:
            return
        s, e = max(0, min(start, n)), max(0, min(end, n))
        if s < e:
            spans.append(_Span(s, e, kind, ref, len(spans)))

    by_id = {q.id: q for q in quotes}
    for q in quotes:
        add(q.content.start, q.content.end, "quote", q.id)
        if q.cue:
            add(q.cue.start, q.cue.end, "cue", q.id)
        if q.mention:
            add(q.mention.start, q.mention.end, "mention", q.id)
    for c in claims:
        add(c.span.start, c.span.end, "claim", c.id)
    colours = speaker_colours(quotes)

    starts: dict[int, list[_Span]] = {}
    ends: dict[int, list[_Span]] = {}
    for sp in spans:
        starts.setdefault(sp.start, []).append(sp)
        ends.setdefault(sp.end, []).append(sp)
    cuts = sorted({0, n, *starts, *ends})

    out: list[str] = []
    active: dict[int, _Span] = {}
    for i, pos in enumerate(cuts[:-1]):
        for sp in ends.get(pos, ()):
            active.pop(sp.order, None)
        for sp in starts.get(pos, ()):
            active[sp.order] = sp
            out.append(_anchor(sp, by_id))
        piece = text[pos : cuts[i + 1]]
        if not active:
            out.append(str(escape(piece)))
        else:
            out.append(_wrap(piece, list(active.values()), by_id, colours))
    return Markup("".join(out))


def _anchor(sp: _Span, by_id: dict[str, QuoteView]) -> str:
    """An empty target where a quote or claim starts (links land there)."""
    if sp.kind == "quote":
        q = by_id[sp.ref]
        return (
            f'<span class="qstart"{_attr("id", "quote-" + sp.ref)}'
            f"{_attr('data-speaker', q.speaker or '')}></span>"
            f'<a class="qref" href="#side-{escape(sp.ref)}" aria-label="quote {escape(sp.ref)}">'
            f"{escape(sp.ref)}</a>"
        )
    if sp.kind == "claim":
        return f'<span class="cstart"{_attr("id", "claim-" + sp.ref)}></span>'
    return ""


def _wrap(
    piece: str, active: list[_Span], by_id: dict[str, QuoteView], colours: dict[str, int]
) -> str:
    kinds = {sp.kind for sp in active}
    quotes = [sp for sp in active if sp.kind == "quote"]
    classes: list[str] = []
    attrs = ""
    if quotes:
        # The innermost (shortest, then latest-starting) quote gives colour and hover.
        inner = min(quotes, key=lambda sp: (sp.end - sp.start, -sp.start))
        q = by_id[inner.ref]
        classes += ["q", colour_class(q, colours), f"t-{q.type}"]
        attrs += _attr(
            "data-quote", " ".join(sp.ref for sp in sorted(quotes, key=lambda s: s.order))
        )
        attrs += _attr("data-speaker", q.speaker or "")
        attrs += _attr("title", describe(q))
    for kind in ("cue", "mention", "claim"):
        if kind in kinds:
            classes.append(kind)
    if not quotes:
        # A cue or mention outside its quote still shows whose it is.
        sp = min(active, key=lambda s: s.order)
        if sp.kind in ("cue", "mention"):
            q = by_id[sp.ref]
            classes.append(colour_class(q, colours))
            what = "cue" if sp.kind == "cue" else "speaker"
            attrs += _attr("title", f"{what} of {q.id}: {describe(q)}")
            attrs += _attr(f"data-{sp.kind}-of", sp.ref)
    tag = "mark" if quotes else "span"
    return f"<{tag}{_attr('class', ' '.join(classes))}{attrs}>{escape(piece)}</{tag}>"
