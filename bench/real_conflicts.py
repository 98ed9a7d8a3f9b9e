"""Claims and conflicts on real French news, work split only (issue 12).

    .venv/bin/python bench/real_conflicts.py            # figures and per-article counts
    .venv/bin/python bench/real_conflicts.py --pairs    # plus each predicted conflict and why

Scores ``../shared/data/real-fr/real-fr.jsonl`` against its
``conflicts.jsonl`` with the scoring of ``quidit eval``: a predicted pair is
right when each side maps (same value, agreeing source) to a gold claim and
the two gold claims form a gold pair.  ``fre-21`` … ``fre-40`` are never
read here (issue 11's held-out passages).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_fr
from quidit.evaluate import read_conflict_pairs, score

FIGURES = ("claim_p", "claim_r", "claim_f1", "conflict_p", "conflict_r", "conflict_f1")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=real_fr.REAL_FR)
    ap.add_argument("--pairs", action="store_true", help="list predicted conflicts and their scope")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"skipped: {args.gold} is absent (real news stays in ../shared/)", file=sys.stderr)
        return 0
    records = [r for r in real_fr.load(args.gold) if not real_fr.is_held_out(r.id)]
    lines = args.gold.with_name("conflicts.jsonl").read_text(encoding="utf-8").splitlines()
    kept = {r.id for r in records}
    pairs = {k: v for k, v in read_conflict_pairs(lines).items() if k in kept}
    predicted, engine = real_fr.analyse(records)
    report = score(predicted, records, pairs)
    f = report.figures
    c = report.totals
    print(f"work split: {len(records)} passages, engine {engine:.2f} s")
    print("  ".join(f"{k} {f[k]:.3f}" for k in FIGURES if f[k] is not None))
    print(
        f"claims {c.claims_matched} matched of {c.claims_predicted} predicted, "
        f"{c.claims_gold} gold;"
        f" conflicts {c.conflicts_right} right of {c.conflicts_predicted} predicted,"
        f" {c.conflicts_found} of {c.conflicts_gold} gold found"
    )
    by_id = {p.id: p for p in predicted}
    for a in report.articles:
        k = a.counts
        if not (k.conflicts_predicted or k.conflicts_gold):
            continue
        print(f"{a.id}: {k.conflicts_right}/{k.conflicts_predicted} right, "
              f"{k.conflicts_found}/{k.conflicts_gold} gold found")  # fmt: skip
        if args.pairs:
            claims = {c.id: c for c in by_id[a.id].claims}
            for x in by_id[a.id].conflicts:
                sides = " / ".join(
                    f"{claims[i].value:g} {claims[i].source!r}" for i in x.claims if i in claims
                )
                print(f"    {x.id} {sides}  scope={dict(x.scope or {})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
