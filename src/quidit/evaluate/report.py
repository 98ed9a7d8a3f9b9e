"""Showing a score: one JSON object, rich tables, and error listings."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table

from quidit.evaluate.scoring import FIGURES, ArticleScore, Report
from quidit.records import Claim, Quote

#: The figures shown per article (the issue's four targets).
HEADLINE = ("e2e_f1", "quote_f1@0.3", "speaker_accuracy", "claim_f1")
SHORT = {"e2e_f1": "e2e", "quote_f1@0.3": "quote", "speaker_accuracy": "spk", "claim_f1": "claim"}


def to_json(report: Report) -> dict[str, Any]:
    """Totals first (every figure, then the counts), then per-article figures."""
    out: dict[str, Any] = {"articles": len(report.articles), **report.figures}
    out["counts"] = report.totals.to_dict()
    out["per_article"] = {
        a.id: {
            **{k: a.figures[k] for k in HEADLINE},
            "quotes_gold": a.counts.quotes_gold,
            "quotes_predicted": a.counts.quotes_predicted,
        }
        for a in report.articles
    }
    if report.unscored:
        out["unscored"] = list(report.unscored)
    return out


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def render(report: Report) -> RenderableType:
    """A totals table and a per-article table."""
    c = report.totals
    f = report.figures
    totals = Table(title=f"quidit eval — {len(report.articles)} articles (micro totals)")
    totals.add_column("figure")
    totals.add_column("value", justify="right")
    totals.add_column("counts", style="dim")
    notes = {
        "e2e_f1": (
            f"{c.speaker_right} right of {c.quotes_predicted} predicted, {c.quotes_gold} gold"
        ),
        "quote_f1@0.3": f"{c.matched_loose} matched",
        "quote_f1@0.8": f"{c.matched_strict} matched",
        "speaker_accuracy": f"{c.speaker_right}/{c.matched_loose}",
        "type_accuracy": f"{c.type_right}/{c.matched_loose}",
        "cue_accuracy": f"{c.cue_right}/{c.cue_gold}",
        "claim_f1": (
            f"{c.claims_matched} matched of {c.claims_predicted} predicted, {c.claims_gold} gold"
        ),
        "conflict_f1": (
            f"{c.conflicts_right} right of {c.conflicts_predicted} predicted, "
            f"{c.conflicts_found} of {c.conflicts_gold} gold found"
            if c.conflict_articles
            else "no gold conflict pairs given"
        ),
    }
    for name in FIGURES:
        style = "bold" if name in HEADLINE else None
        totals.add_row(name, _fmt(f[name]), notes.get(name, ""), style=style)

    per = Table(
        title="per article",
        caption=(
            "e2e, quote, claim: F1 (quote at t = 0.3); spk: speaker accuracy; "
            "m/g/p: matched / gold / predicted"
        ),
    )
    per.add_column("id", no_wrap=True)
    per.add_column("quotes m/g/p", justify="right", no_wrap=True)
    for name in HEADLINE[:3]:
        per.add_column(SHORT[name], justify="right")
    per.add_column("claims m/g/p", justify="right", no_wrap=True)
    per.add_column(SHORT["claim_f1"], justify="right")
    for a in report.articles:
        af = a.figures
        c = a.counts
        per.add_row(
            a.id + ("" if a.predicted else " (none)"),
            f"{c.matched_loose}/{c.quotes_gold}/{c.quotes_predicted}",
            *(_fmt(af[k]) for k in HEADLINE[:3]),
            f"{c.claims_matched}/{c.claims_gold}/{c.claims_predicted}",
            _fmt(af["claim_f1"]),
        )
    return Group(totals, per)


def _clip(s: str, n: int = 100) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _quote(q: Quote) -> str:
    who = q.speaker.name or "∅"
    cue = q.cue.text if q.cue else "∅"
    return (
        f"{q.id} {q.type} [{q.content.start}:{q.content.end}] «{_clip(q.content.text)}» "
        f"cue={cue!r} speaker={who!r}"
    )


def _claim(c: Claim) -> str:
    return (
        f"{c.id} {c.value:g} {c.qualifier} {c.unit or '∅'} [{c.span.start}:{c.span.end}] "
        f"{c.span.text!r} source={c.source!r}"
    )


def article_errors(a: ArticleScore) -> list[str]:
    """One line per error in one article: missed and spurious quotes, wrong
    speakers, types and cues on matched pairs, missed and spurious claims."""
    lines: list[str] = []
    if not a.predicted:
        lines.append("no prediction for this record")
    lines += [f"missed    {_quote(q)}" for q in a.missed]
    lines += [f"spurious  {_quote(q)}" for q in a.spurious]
    for p in a.pairs:
        if not p.speaker_right:
            lines.append(
                f"speaker   gold {p.gold.speaker.name!r} ≠ predicted {p.predicted.speaker.name!r}"
                f" on gold {p.gold.id} «{_clip(p.gold.content.text, 60)}»"
            )
        if not p.type_right:
            lines.append(
                f"type      gold {p.gold.type} ≠ predicted {p.predicted.type} on gold {p.gold.id}"
            )
        if p.cue_right is False:
            gold_cue = p.gold.cue.text if p.gold.cue else "∅"
            pred_cue = p.predicted.cue.text if p.predicted.cue else "∅"
            lines.append(
                f"cue       gold {gold_cue!r} ≠ predicted {pred_cue!r} on gold {p.gold.id}"
            )
        if p.overlap < 0.8:
            lines.append(
                f"boundary  overlap {p.overlap:.2f} on gold {p.gold.id}: "
                f"gold «{_clip(p.gold.content.text, 60)}» "
                f"predicted «{_clip(p.predicted.content.text, 60)}»"
            )
    lines += [f"claim-    missed {_claim(c)}" for c in a.claims_missed]
    lines += [f"claim+    spurious {_claim(c)}" for c in a.claims_spurious]
    lines += [f"conflict- missed {x} / {y}" for x, y in a.conflicts_missed]
    lines += [f"conflict+ spurious {x} / {y}" for x, y in a.conflicts_spurious]
    return lines


def error_listing(report: Report) -> str:
    """Every article's errors under its id, for engine debugging."""
    blocks = []
    for a in report.articles:
        lines = article_errors(a)
        if lines:
            blocks.append("\n".join([f"## {a.id}", *lines]))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
