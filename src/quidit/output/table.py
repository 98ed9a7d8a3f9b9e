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
    # Two wide columns only, so that the quoted words stay readable in an
    # 80-column terminal: who said it (speaker, mention, cue, type,
    # offsets) and what was said.
    quotes = Table(title=_clip(title, 100), show_lines=True, expand=True)
    quotes.add_column("#", style="dim", no_wrap=True)
    quotes.add_column("who · cue · type", max_width=30)
    quotes.add_column("content", ratio=1)
    for q in analysis.quotes:
        who = Text(q.speaker.name or "—", style="bold cyan")
        if q.speaker.mention and q.speaker.mention.text != q.speaker.name:
            who.append(f" ({_clip(q.speaker.mention.text, 30)})", style="cyan")
        who.append(f"\n{q.cue.text if q.cue else '—'}", style="magenta")
        who.append(f" · {q.type}", style="")
        who.append(f"\n{q.content.start}–{q.content.end}", style="dim")
        quotes.add_row(q.id, who, _clip(q.content.text, 400))
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
