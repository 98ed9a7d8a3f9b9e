"""Accuracy on real French news (``../shared/data/real-fr/``), split honestly.

    .venv/bin/python bench/real_fr.py                  # the 70 passages worked on
    .venv/bin/python bench/real_fr.py --errors         # plus their error listing
    .venv/bin/python bench/real_fr.py --ids 'fra-*'    # any subset of the work split
    .venv/bin/python bench/real_fr.py --held-out       # the 20 set aside: score them last
    .venv/bin/python bench/real_fr.py --json           # one JSON object on the last line

Issue 11 sets ``fre-21`` … ``fre-40`` aside: nobody reads them or their
errors while the engine is being worked on, so the figure on them is the
honest estimate of accuracy on unseen news.  ``--errors`` therefore refuses
the held-out passages.

Parses are cached under ``bench/out/parses/`` (one DocBin per text, keyed by
the model and the text), so re-scoring after an engine change costs only the
engine's own time: the spaCy parse is ~80 % of the path and does not change
while the rules do.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from rich.console import Console
from spacy.tokens import Doc, DocBin

from quidit.component import QuiditComponent
from quidit.evaluate import Report, read_conflict_pairs, score
from quidit.evaluate.report import error_listing, render, to_json
from quidit.evaluate.splits import is_held_out
from quidit.lang import LanguageData, get_language
from quidit.nlp.pipeline import PARSE_REVISION, load_pipeline, parse
from quidit.records import Analysis, Ledger
from quidit.service import _Prepared, _record

ROOT = Path(__file__).resolve().parents[1]
REAL_FR = ROOT.parent / "shared" / "data" / "real-fr" / "real-fr.jsonl"
if not REAL_FR.exists():  # a worktree under /work/wt/<name>: shared/ is two levels up
    REAL_FR = ROOT.parents[1] / "shared" / "data" / "real-fr" / "real-fr.jsonl"
#: QUIDIT_PARSE_CACHE lets several checkouts share one cache of parses.
CACHE = Path(os.environ.get("QUIDIT_PARSE_CACHE", ROOT / "bench" / "out" / "parses"))


def load(path: Path) -> list[Analysis]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Analysis.from_dict(json.loads(line)) for line in lines if line.strip()]


def cached_doc(model: str, text: str) -> Doc:
    nlp = load_pipeline(model)
    salt = f"{model}\0{spacy.__version__}\0{PARSE_REVISION}"
    key = hashlib.sha1(f"{salt}\0{text}".encode()).hexdigest()
    path = CACHE / f"{key}.spacy"
    if path.exists():
        return next(DocBin().from_disk(path).get_docs(nlp.vocab))
    doc = parse(nlp, text, disable=["quidit"])
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin(store_user_data=False)
    bin_.add(doc)
    bin_.to_disk(path)
    return doc


def _component_ledger(doc: Doc, language: LanguageData) -> Ledger:
    return QuiditComponent(language)(doc)._.quidit


def analyse(
    gold: list[Analysis],
    ledger_of: Callable[[Doc, LanguageData], Ledger] = _component_ledger,
) -> tuple[list[Analysis], float]:
    """The engine's records for each gold text (cached parses), and the
    engine's own time; ``ledger_of`` runs the engine (bench/polnear.py
    passes its designs)."""
    predicted = []
    engine_time = 0.0
    for g in gold:
        language = get_language(g.lang or "fr")
        doc = cached_doc(language.default_model, g.text)
        started = time.perf_counter()
        ledger = ledger_of(doc, language)
        engine_time += time.perf_counter() - started
        prepared = _Prepared(g, language, ())  # type: ignore[arg-type]
        predicted.append(_record(prepared, ledger))
    return predicted, engine_time


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=REAL_FR)
    ap.add_argument("--ids", default="", help="comma-separated id globs (default: work split)")
    ap.add_argument("--held-out", action="store_true", help="score only fre-21 … fre-40")
    ap.add_argument("--errors", action="store_true", help="list misses (work split only)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"skipped: {args.gold} is absent (real news stays in ../shared/)", file=sys.stderr)
        return 0
    records = load(args.gold)
    if args.held_out:
        if args.errors:
            print("--errors is refused on the held-out passages", file=sys.stderr)
            return 2
        chosen = [r for r in records if is_held_out(r.id)]
    else:
        chosen = [r for r in records if not is_held_out(r.id)]
        if args.ids:
            globs = [g.strip() for g in args.ids.split(",") if g.strip()]
            chosen = [r for r in chosen if any(fnmatch.fnmatch(r.id, g) for g in globs)]
    predicted, engine_time = analyse(chosen)
    conflicts_path = args.gold.parent / "conflicts.jsonl"
    pairs = None
    if conflicts_path.exists():
        kept = {r.id for r in chosen}
        lines = conflicts_path.read_text(encoding="utf-8").splitlines()
        pairs = {k: v for k, v in read_conflict_pairs(lines).items() if k in kept}
    report = score(predicted, chosen, pairs)
    show(report, errors=args.errors, as_json=args.json)
    print(f"{len(chosen)} passages, engine {engine_time:.2f} s", file=sys.stderr)
    return 0


def show(report: Report, *, errors: bool, as_json: bool) -> None:
    """The error listing (asked for), the tables, and the JSON line last."""
    if errors:
        sys.stdout.write(error_listing(report))
    Console().print(render(report))
    if as_json:
        print(json.dumps(to_json(report), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    sys.exit(main())
