"""Accuracy on the French dev set, against the targets of issue 2.

    .venv/bin/python bench/accuracy.py                 # figures, seed page apart
    .venv/bin/python bench/accuracy.py --errors out/   # plus one error listing per article
    .venv/bin/python bench/accuracy.py --json          # one JSON object on the last line

Runs the engine (``quidit.service.Analyzer``) on the texts of
``../shared/data/dev/dev.jsonl`` and scores the result per ``spec/scoring.md``.
The seed page (``seed-belgorod``, the real article of the issue) is shown
apart from the fourteen written passages.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from quidit.evaluate import Report, score
from quidit.evaluate.report import article_errors, error_listing, render
from quidit.options import Options
from quidit.records import Analysis, Article, Failure
from quidit.service import Analyzer

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT.parent / "shared" / "data" / "dev" / "dev.jsonl"
SEED = "seed-belgorod"

#: Issue 2's targets on the dev set.
TARGETS = {
    "e2e_f1": 0.90,
    "quote_f1@0.3": 0.93,
    "speaker_accuracy": 0.92,
    "claim_f1": 0.90,
}


def load(path: Path) -> list[Analysis]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Analysis.from_dict(json.loads(line)) for line in lines if line.strip()]


def run_engine(gold: list[Analysis], options: Options) -> tuple[list[Analysis], float]:
    analyzer = Analyzer(options)
    # Load the pipeline before the clock starts: the time is analysis only.
    next(analyzer.analyze_many([Article(id="warm-up", text="Il a dit que tout allait bien.")]))
    started = time.perf_counter()
    predicted = []
    for result in analyzer.analyze_many(
        Article(id=g.id, text=g.text, title=g.title, url=g.url, lang=g.lang or None) for g in gold
    ):
        if isinstance(result, Failure):
            print(f"failed {result.id}: {result.reason}", file=sys.stderr)
        else:
            predicted.append(result)
    return predicted, time.perf_counter() - started


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def targets_table(report: Report, written: Report) -> Table:
    table = Table(title="issue 2 targets (dev set)")
    table.add_column("figure")
    table.add_column("all 15", justify="right")
    table.add_column("dev-01…14", justify="right")
    table.add_column("target", justify="right")
    table.add_column("met")
    for name, target in TARGETS.items():
        value = report.figures[name]
        met = value is not None and value >= target
        table.add_row(
            name,
            _fmt(value),
            _fmt(written.figures[name]),
            f"≥ {target:.2f}",
            "[green]yes[/green]" if met else "[red]no[/red]",
        )
    return table


def seed_summary(report: Report) -> str:
    seed = report.article(SEED)
    c = seed.counts
    return (
        f"seed page ({SEED}): {c.matched_loose}/{c.quotes_gold} quotes found at t = 0.3 "
        f"({c.matched_strict}/{c.quotes_gold} at t = 0.8), "
        f"{c.speaker_right}/{c.quotes_gold} with the right speaker, "
        f"{c.quotes_predicted} predicted; "
        f"claims {c.claims_matched}/{c.claims_gold} ({c.claims_predicted} predicted)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEV_GOLD, help="gold JSON Lines")
    parser.add_argument(
        "--errors", type=Path, metavar="DIR", help="write DIR/<id>.txt error listings"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object, last line")
    parser.add_argument("--fast", action="store_true", help="use the small pipeline")
    args = parser.parse_args(argv)

    gold = load(args.gold)
    predicted, seconds = run_engine(gold, Options(fast=args.fast))
    report = score(predicted, gold)
    written = score([p for p in predicted if p.id != SEED], [g for g in gold if g.id != SEED])
    has_seed = any(g.id == SEED for g in gold)

    if args.errors:
        args.errors.mkdir(parents=True, exist_ok=True)
        for article in report.articles:
            lines = article_errors(article)
            (args.errors / f"{article.id}.txt").write_text(
                "".join(line + "\n" for line in lines), encoding="utf-8"
            )
        (args.errors / "all.txt").write_text(error_listing(report), encoding="utf-8")

    if args.json:
        out = {
            "all": report.figures,
            "written": written.figures,
            "counts": report.totals.to_dict(),
            "seconds": round(seconds, 2),
        }
        if has_seed:
            seed = report.article(SEED)
            out["seed"] = {**seed.figures, "counts": seed.counts.to_dict()}
        print(json.dumps(out))
        return 0

    console = Console()
    console.print(render(report))
    console.print(targets_table(report, written))
    if has_seed:
        console.print(seed_summary(report), highlight=False)
    console.print(
        f"engine time: {seconds:.1f} s for {len(gold)} articles "
        "(the machine's 2 cores may be shared with other processes)",
        highlight=False,
    )
    if args.errors:
        console.print(f"error listings written to {args.errors}/", highlight=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
