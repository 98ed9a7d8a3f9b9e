"""A table a person can read in a terminal."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from quidit.records import Analysis


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def render_table(analysis: Analysis) -> RenderableType:
    title = f"{analysis.id} [{analysis.lang}] — {analysis.title or ''}".rstrip(" —")
    quotes = Table(title=_clip(title, 100), show_lines=False, expand=True)
    # The content is what a reader checks: it gets the room, the other
    # columns wrap within small fixed widths.
    quotes.add_column("#", style="dim", no_wrap=True)
    quotes.add_column("type", no_wrap=True, max_width=8)
    quotes.add_column("speaker", style="bold cyan", max_width=22)
    quotes.add_column("cue", style="magenta", max_width=16)
    quotes.add_column("content", ratio=1, min_width=30)
    quotes.add_column("at", style="dim", no_wrap=True)
    for q in analysis.quotes:
        speaker = q.speaker.name or "—"
        if q.speaker.mention and q.speaker.mention.text != speaker:
            speaker += f" ({_clip(q.speaker.mention.text, 30)})"
        quotes.add_row(
            q.id,
            q.type,
            speaker,
            q.cue.text if q.cue else "—",
            _clip(q.content.text, 160),
            f"{q.content.start}–{q.content.end}",
        )
    parts: list[RenderableType] = [quotes]
    if analysis.claims:
        claims = Table(title="numeric claims", expand=True)
        for col in ("#", "quote", "source", "value", "qualifier", "unit", "wording"):
            claims.add_column(col)
        for c in analysis.claims:
            claims.add_row(
                c.id,
                c.quote or "—",
                c.source or "—",
                f"{c.value:g}",
                c.qualifier,
                c.unit or "—",
                c.span.text,
            )
        parts.append(claims)
    if analysis.conflicts:
        by_id = {c.id: c for c in analysis.claims}
        conflicts = Table(title="conflicts", expand=True)
        for col in ("#", "family", "claims", "ratio"):
            conflicts.add_column(col)
        for k in analysis.conflicts:
            sides = " vs ".join(
                f"{by_id[c].source}: {by_id[c].span.text}" if c in by_id else c for c in k.claims
            )
            conflicts.add_row(k.id, k.family or "—", sides, f"{k.ratio:g}" if k.ratio else "—")
        parts.append(conflicts)
    for w in analysis.warnings:
        parts.append(Text(f"warning: {w}", style="yellow"))
    return Group(*parts)
