"""Claim accuracy on GOLD quotes: the claim stage alone, measured apart
from the quote engine.

For every record of the dev file, the gold quotes (content span and gold
speaker name) are handed to ``extract_claims`` over the parsed gold text,
and the claims are scored against the gold claims by rule 7 of
``spec/scoring.md`` (values equal and sources agree).  Prints P/R/F1, the
misses and false alarms, and the within-article conflicts found.

    .venv/bin/python bench/claims_on_gold.py [GOLD.jsonl] [--quiet]

Each record is read with its own language (``lang``), so the English dev
file (``data/dev-en/dev-en.jsonl``) is measured the same way.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from quidit.evaluate.scoring import match_claims, prf
from quidit.extract.claims import extract_claims
from quidit.extract.conflicts import find_conflicts
from quidit.lang import get_language
from quidit.nlp.pipeline import load_pipeline, parse
from quidit.records import Analysis, Claim, Conflict

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev" / "dev.jsonl"


def run(gold_path: Path, quiet: bool = False) -> dict[str, float]:
    records = [
        Analysis.from_dict(json.loads(line))
        for line in gold_path.read_text("utf-8").splitlines()
        if line
    ]
    found = predicted = expected = 0
    t0 = time.perf_counter()
    for gold in records:
        language = get_language(gold.lang or "fr")
        nlp = load_pipeline(language.default_model)
        doc = parse(nlp, gold.text)
        claims = extract_claims(doc, gold.quotes, language)
        conflicts = find_conflicts(claims, doc, language)
        pairs = match_claims(claims, gold.claims, gold.entities)
        found += len(pairs)
        predicted += len(claims)
        expected += len(gold.claims)
        if not quiet:
            _report(gold, claims, conflicts, pairs)
    elapsed = time.perf_counter() - t0
    p, r, f = prf(found, predicted, expected)
    print(
        f"claims on gold quotes: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
        f"({found} matched, {predicted} predicted, {expected} gold; {elapsed:.1f} s)"
    )
    return {"precision": p, "recall": r, "f1": f}


def _show(c: Claim) -> str:
    return f"{c.id} {c.value:g} {c.qualifier} {c.unit} {c.span.text!r} [{c.source}]"


def _report(
    gold: Analysis, claims: list[Claim], conflicts: list[Conflict], pairs: list[tuple[int, int]]
) -> None:
    hit_p = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    print(f"== {gold.id}: {len(pairs)}/{len(gold.claims)} gold, {len(claims)} predicted")
    for i, c in enumerate(claims):
        mark = " " if i in hit_p else "+"
        print(f"  {mark} {_show(c)}")
    for j, g in enumerate(gold.claims):
        if j not in hit_g:
            print(f"  - {_show(g)}")
    by_id = {c.id: c for c in claims}
    for k in conflicts:
        a, b = (by_id[c] for c in k.claims)
        print(f"  ! {k.family}: {_show(a)}  vs  {_show(b)}  ratio {k.ratio}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    run(Path(args[0]) if args else DEV, quiet="--quiet" in sys.argv)
