"""Accuracy of who each source is: kind, anonymity, gender, share of women.

    .venv/bin/python bench/attributes.py                # real French work split + dev-en
    .venv/bin/python bench/attributes.py --errors       # plus the misses (work split only)
    .venv/bin/python bench/attributes.py --json
    .venv/bin/python bench/attributes.py --held-out --only fr   # fre-21 … fre-40: score them last

Gold: ``../shared/data/real-fr/entity-attributes.jsonl`` (fre-21 … fre-40
are held out: read only with ``--held-out``, figures only) and
``data/dev-en/entity-attributes.jsonl``
(the same fields for the invented English set).  The engine's entities of an article are
matched to the gold entities of the same article by name (the gold name or
one of its aliases equal to the predicted name or one of its aliases, else
most shared words), so a figure measures the attributes, not the speaker
engine; unmatched entities are counted apart.

Figures (issue 14):
- kind accuracy, on matched entities;
- gender accuracy, on matched gold persons whose gender is female or male
  (decided by the text or a common first name);
- unknown rate, on matched gold persons whose gender is unknown;
- anonymous-source precision, recall and F1, on matched entities;
- share of women among named persons with a known gender: from the
  engine's output (all its persons, one per surname and article, since the
  speaker engine may list « Ms Marsh » beside « Helen Marsh ») and from the
  gold (all gold persons, counted the same way).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quidit.extract.attributes import words_of
from quidit.records import Analysis, Entity
from real_fr import analyse, is_held_out, load

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    for base in (ROOT.parent, ROOT.parent.parent, Path("/work")):
        if (base / "shared" / "data" / "real-fr").exists():
            return base / "shared" / "data" / "real-fr"
    return ROOT.parent / "shared" / "data" / "real-fr"


REAL_FR = _shared() / "real-fr.jsonl"
REAL_FR_ATTRIBUTES = _shared() / "entity-attributes.jsonl"
DEV_EN = ROOT / "data" / "dev-en" / "dev-en.jsonl"
DEV_EN_ATTRIBUTES = ROOT / "data" / "dev-en" / "entity-attributes.jsonl"


def _key(name: str) -> str:
    return " ".join(words_of(name))


def _content(name: str) -> set[str]:
    return {w for w in words_of(name) if len(w) > 2}


def match(predicted: Sequence[Entity], gold: Sequence[Entity]) -> list[tuple[Entity, Entity]]:
    """Pairs (predicted, gold) of one article, each entity used once."""
    pairs: list[tuple[float, int, int]] = []
    for i, p in enumerate(predicted):
        pnames = {_key(n) for n in (p.name, *p.aliases)}
        for j, g in enumerate(gold):
            gnames = {_key(n) for n in (g.name, *g.aliases)}
            if pnames & gnames:
                pairs.append((2.0, i, j))
                continue
            pw, gw = _content(p.name), _content(g.name)
            if pw and gw:
                overlap = len(pw & gw) / len(pw | gw)
                if overlap >= 0.5 or (gw <= pw and len(gw) >= 1 and overlap >= 0.25):
                    pairs.append((overlap, i, j))
    pairs.sort(key=lambda t: -t[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((predicted[i], gold[j]))
    return out


def with_gold_attributes(
    records: list[Analysis], path: Path, held_out: bool = False
) -> list[Analysis]:
    """Real French records with the attributes of ``entity-attributes.jsonl``."""
    from dataclasses import replace

    rows: dict[tuple[str, str], dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if is_held_out(row["article"]) != held_out:
            continue
        rows[(row["article"], row["entity"])] = row
    out = []
    for r in records:
        entities = []
        for e in r.entities:
            row = rows.get((r.id, e.id))
            if row is None:
                entities.append(e)
                continue
            entities.append(
                replace(
                    e,
                    kind=row["kind"],
                    anonymous=bool(row["anonymous"]),
                    gender=row["gender"],
                    gender_evidence=row["gender_evidence"],
                )
            )
        out.append(replace(r, entities=tuple(entities)))
    return out


#: Letters and suffixes written after a surname ("Helen Marsh KC", "Bill
#: Moody Jr."): not the surname that makes one person of two entities.
_POST_NOMINALS = frozenset({"kc", "qc", "mp", "mep", "jr", "jr.", "sr", "sr.", "ii", "iii"})


def _surname(name: str) -> str:
    words = [w for w in name.replace(",", " ").split() if w[:1].isupper()]
    while len(words) > 1 and words[-1].lower() in _POST_NOMINALS:
        words.pop()
    return words[-1].lower() if words else name.lower()


def _people(entities: Sequence[Entity]) -> list[Entity]:
    """Persons with a decided gender, one per surname in an article: the
    speaker engine sometimes lists « Ms Marsh » beside « Helen Marsh »."""
    seen: dict[str, Entity] = {}
    for e in entities:
        if e.kind == "person" and e.gender in ("female", "male"):
            seen.setdefault(e.name if e.anonymous else _surname(e.name), e)
    return list(seen.values())


def score(predicted: list[Analysis], gold: list[Analysis]) -> tuple[dict, list[str]]:
    by_id = {p.id: p for p in predicted}
    kind_ok = kind_n = 0
    gender_ok = gender_n = unknown_ok = unknown_n = 0
    tp = fp = fn = 0
    matched = gold_total = 0
    errors: list[str] = []
    women = Counter()
    gold_women = Counter()
    for g in gold:
        p = by_id.get(g.id)
        pents = p.entities if p else ()
        for e in _people(pents):
            women[e.gender or "unknown"] += 1
        for e in _people(g.entities):
            gold_women[e.gender or "unknown"] += 1
        gold_total += len(g.entities)
        pairs = match(pents, g.entities)
        matched += len(pairs)
        matched_gold = {ge.id for _, ge in pairs}
        for ge in g.entities:
            if ge.anonymous and ge.id not in matched_gold:
                pass  # the speaker engine missed it: not an attribute error
        for pe, ge in pairs:
            where = f"{g.id} {ge.id} {ge.name!r} ~ {pe.name!r}"
            kind_n += 1
            if pe.kind == ge.kind:
                kind_ok += 1
            else:
                errors.append(f"kind   {where}: {pe.kind} for {ge.kind}")
            if pe.anonymous and ge.anonymous:
                tp += 1
            elif pe.anonymous:
                fp += 1
                errors.append(f"anon+  {where}")
            elif ge.anonymous:
                fn += 1
                errors.append(f"anon-  {where}")
            if ge.kind != "person":
                continue
            got = pe.gender if pe.kind == "person" else None
            if ge.gender in ("female", "male"):
                gender_n += 1
                if got == ge.gender:
                    gender_ok += 1
                else:
                    errors.append(
                        f"gender {where}: {got} ({pe.gender_evidence}) for {ge.gender}"
                        f" ({ge.gender_evidence})"
                    )
            else:
                unknown_n += 1
                if got in (None, "unknown"):
                    unknown_ok += 1
                else:
                    errors.append(f"gender {where}: {got} ({pe.gender_evidence}) for unknown")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def share(c: Counter) -> float:
        n = c["female"] + c["male"]
        return c["female"] / n if n else 0.0

    figures = {
        "entities_gold": gold_total,
        "entities_matched": matched,
        "kind_accuracy": kind_ok / kind_n if kind_n else 0.0,
        "kind_n": kind_n,
        "gender_accuracy": gender_ok / gender_n if gender_n else 0.0,
        "gender_n": gender_n,
        "unknown_rate": unknown_ok / unknown_n if unknown_n else 1.0,
        "unknown_n": unknown_n,
        "anonymous_precision": precision,
        "anonymous_recall": recall,
        "anonymous_f1": f1,
        "anonymous_gold_matched": tp + fn,
        "women_share_engine": share(women),
        "women_share_gold": share(gold_women),
        "women_engine": dict(women),
        "women_gold": dict(gold_women),
    }
    return figures, errors


def render(name: str, f: dict) -> str:
    return (
        f"{name}: {f['entities_matched']}/{f['entities_gold']} gold entities matched\n"
        f"  kind accuracy      {f['kind_accuracy']:.3f}  (n={f['kind_n']})\n"
        f"  gender accuracy    {f['gender_accuracy']:.3f}  (n={f['gender_n']} decided persons)\n"
        f"  unknown rate       {f['unknown_rate']:.3f}  (n={f['unknown_n']} undecided persons)\n"
        f"  anonymous P/R/F1   {f['anonymous_precision']:.3f} / {f['anonymous_recall']:.3f}"
        f" / {f['anonymous_f1']:.3f}  (gold anonymous matched: {f['anonymous_gold_matched']})\n"
        f"  share of women     engine {f['women_share_engine']:.3f} {f['women_engine']}"
        f"  gold {f['women_share_gold']:.3f} {f['women_gold']}\n"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list misses (work split only)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--only", choices=("fr", "en"), default=None)
    ap.add_argument(
        "--held-out",
        action="store_true",
        help="French: score only fre-21 … fre-40 (figures only; score them last)",
    )
    args = ap.parse_args(argv)
    if args.held_out and args.errors:
        print("--errors is refused on the held-out passages", file=sys.stderr)
        return 2
    results = {}
    sets: list[tuple[str, list[Analysis]]] = []
    if args.only in (None, "fr"):
        if REAL_FR.exists() and REAL_FR_ATTRIBUTES.exists():
            held = bool(args.held_out)
            records = [r for r in load(REAL_FR) if is_held_out(r.id) == held]
            name = "real-fr (held out)" if held else "real-fr (work split)"
            sets.append((name, with_gold_attributes(records, REAL_FR_ATTRIBUTES, held)))
        else:
            print(f"skipped: {REAL_FR} is absent", file=sys.stderr)
    if args.only in (None, "en") and DEV_EN.exists():
        sets.append(("dev-en", with_gold_attributes(load(DEV_EN), DEV_EN_ATTRIBUTES)))
    for name, gold in sets:
        predicted, _ = analyse(gold)
        figures, errors = score(predicted, gold)
        results[name] = figures
        sys.stdout.write(render(name, figures))
        if args.errors:
            for line in errors:
                print("  " + line)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
