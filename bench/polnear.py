"""Accuracy on real English news: PolNeAR's dev split (``../shared/data/polnear/``).

    .venv/bin/python bench/polnear.py                 # dev split, every figure
    .venv/bin/python bench/polnear.py --errors        # plus the listing of misses
    .venv/bin/python bench/polnear.py --limit 20      # the first 20 articles
    .venv/bin/python bench/polnear.py --json          # one JSON object on the last line

PolNeAR has no coreference, so speakers are judged by mention span
(``quidit eval --speaker-by mention``): a speaker is right when its mention
overlaps the gold one.  Its test split is held out and is not here; the
train split trains the learned component (``scripts/train_en_attribution.py``)
and is never scored.

Parses are cached as in ``bench/real_fr.py`` (one DocBin per text, keyed by
the model, spaCy's version and the text), so re-scoring after an engine
change costs only the engine's own time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rich.console import Console

from quidit.component import QuiditComponent
from quidit.evaluate import score
from quidit.evaluate.report import error_listing, render, to_json
from quidit.lang import get_language
from quidit.records import Analysis
from quidit.service import _Prepared, _record
from real_fr import cached_doc, load

ROOT = Path(__file__).resolve().parents[1]


def _polnear_dir() -> Path:
    """``../shared/data/polnear`` beside the checkout (a worktree sits one
    level deeper, under ``wt/``)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "data" / "polnear").is_dir():
            return base / "shared" / "data" / "polnear"
    return ROOT.parent / "shared" / "data" / "polnear"


POLNEAR = _polnear_dir()
DEV = POLNEAR / "polnear-dev.jsonl"


def analyse(gold: list[Analysis]) -> tuple[list[Analysis], float]:
    """The engine's records for each gold text (cached parses), and its own time."""
    language = get_language("en")
    component = QuiditComponent(language)
    predicted = []
    engine_time = 0.0
    for g in gold:
        doc = cached_doc(language.default_model, g.text)
        started = time.perf_counter()
        ledger = component(doc)._.quidit
        engine_time += time.perf_counter() - started
        prepared = _Prepared(g, language, ())  # type: ignore[arg-type]
        predicted.append(_record(prepared, ledger))
    return predicted, engine_time


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEV)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--errors", action="store_true", help="list misses and wrong verdicts")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"skipped: {args.gold} is absent (real news stays in ../shared/)", file=sys.stderr)
        return 0
    if "test" in args.gold.name:
        print("the PolNeAR test split is held out: not scored here", file=sys.stderr)
        return 2
    gold = load(args.gold)
    if args.limit:
        gold = gold[: args.limit]
    predicted, engine_time = analyse(gold)
    report = score(predicted, gold, speaker_by="mention")
    if args.errors:
        sys.stdout.write(error_listing(report))
    Console().print(render(report))
    print(f"{len(gold)} articles, engine {engine_time:.2f} s", file=sys.stderr)
    if args.json:
        print(json.dumps(to_json(report), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
