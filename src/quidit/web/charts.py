"""Small charts as inline SVG (no script, no library): bars of counts.

Every label is escaped; links are built by the caller from ids, never
taken from stored text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from quidit.store.stats import Breakdown
from quidit.store.views import MonthCount

#: Months shown on a timeline: ten years; older months are summed into the first bar.
MAX_MONTHS = 120


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    href: str | None = None


def bar_chart(bars: Sequence[Bar], *, title: str, width: int = 560) -> Markup:
    """Horizontal bars, one row per item, labelled on the left."""
    if not bars:
        return Markup("")
    row, label_w, pad = 24, 190, 6
    top = max(b.value for b in bars) or 1
    height = row * len(bars) + pad
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, b in enumerate(bars):
        y = pad + i * row
        w = max(1, round((width - label_w - 60) * b.value / top))
        label = b.label if len(b.label) <= 28 else b.label[:27] + "…"
        bar = (
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 2}" width="{w}" height="{row - 8}" class="bar"/>'
            f'<text x="{label_w + w + 4}" y="{y + 14}">{b.value}</text>'
        )
        if b.href:
            bar = f'<a href="{escape(b.href)}"><title>{escape(b.label)}</title>{bar}</a>'
        parts.append(bar)
    parts.append("</svg>")
    return Markup("".join(parts))


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out: list[str] = []
    while (y, m) <= (ly, lm) and len(out) <= MAX_MONTHS * 12:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def timeline_chart(months: Sequence[MonthCount], *, title: str, width: int = 560) -> Markup:
    """Quotes per month as vertical bars, empty months included."""
    dated = {m.month: m.count for m in months if m.month != "undated"}
    if not dated:
        return Markup("")
    keys = _months(min(dated), max(dated))
    if len(keys) > MAX_MONTHS:
        older = sum(dated.get(k, 0) for k in keys[: -MAX_MONTHS + 1])
        keys = keys[-MAX_MONTHS + 1 :]
        dated = {**dated, keys[0]: older + dated.get(keys[0], 0)}
    height, base, pad = 140, 116, 4
    top = max(dated.values()) or 1
    step = (width - 2 * pad) / len(keys)
    bar_w = max(1.0, step - 2)
    parts = [
        f'<svg class="chart timeline" role="img" viewBox="0 0 {width} {height}" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, k in enumerate(keys):
        v = dated.get(k, 0)
        h = round((base - 10) * v / top)
        x = pad + i * step
        parts.append(
            f'<rect x="{x:.1f}" y="{base - h}" width="{bar_w:.1f}" height="{h}" class="bar">'
            f"<title>{escape(k)}: {v}</title></rect>"
        )
    parts.append(f'<text x="{pad}" y="{height - 6}">{escape(keys[0])}</text>')
    if len(keys) > 1:
        parts.append(
            f'<text x="{width - pad}" y="{height - 6}" text-anchor="end">{escape(keys[-1])}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def gender_chart(b: Breakdown, *, title: str, people: bool = False, width: int = 560) -> Markup:
    """One stacked bar: female, male and unknown, each with its count and share."""
    counts = b.people_by_gender if people else b.quotes_by_gender
    total = sum(counts.values())
    if not total:
        return Markup("")
    height, pad, bar_h = 58, 4, 26
    parts = [
        f'<svg class="chart gender" role="img" viewBox="0 0 {width} {height}" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    x = float(pad)
    span = width - 2 * pad
    for g in ("female", "male", "unknown"):
        n = counts[g]
        w = span * n / total
        if n:
            parts.append(
                f'<rect x="{x:.1f}" y="{pad}" width="{w:.1f}" height="{bar_h}" class="g-{g}">'
                f"<title>{g}: {n} ({100 * n / total:.0f} %)</title></rect>"
            )
        x += w
    x = float(pad)
    for g in ("female", "male", "unknown"):
        n = counts[g]
        parts.append(
            f'<text x="{x:.0f}" y="{height - 8}" class="g-label">'
            f"{g} {n} ({100 * n / total:.0f} %)</text>"
        )
        x += span / 3
    parts.append("</svg>")
    return Markup("".join(parts))


def women_share_chart(
    slices: Sequence[Breakdown], *, title: str, link: str | None = None, width: int = 560
) -> Markup:
    """Horizontal bars: the share of women among the people each slice quotes."""
    rows = [b for b in slices if b.women_share_people is not None]
    if not rows:
        return Markup("")
    row, label_w, pad = 24, 190, 6
    height = row * len(rows) + pad
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, b in enumerate(rows):
        share = b.women_share_people or 0.0
        y = pad + i * row
        w = max(1, round((width - label_w - 70) * share))
        label = b.label if len(b.label) <= 28 else b.label[:27] + "…"
        bar = (
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 2}" width="{w}" height="{row - 8}" class="bar g-female"/>'
            f'<text x="{label_w + w + 4}" y="{y + 14}">{100 * share:.0f} %</text>'
        )
        if link:
            href = link + quote(b.label, safe="")
            bar = f'<a href="{escape(href)}"><title>{escape(b.label)}</title>{bar}</a>'
        parts.append(bar)
    parts.append("</svg>")
    return Markup("".join(parts))
