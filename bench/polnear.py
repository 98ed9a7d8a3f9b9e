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
import sys
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from quidit.evaluate import score
from quidit.extract.claims import extract_claims
from quidit.extract.conflicts import find_conflicts
from quidit.extract.learned import (
    Model,
    find_learned,
    layered,
    learned_model,
    merge,
    read_model,
    to_quotes,
)
from quidit.extract.quotes import find_quotes
from quidit.extract.speaker_assign import resolve_speakers
from quidit.lang import LanguageData, get_language
from quidit.records import Analysis, Ledger
from real_fr import analyse as run_engine
from real_fr import load, show

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


#: The designs compared on dev (README, "English on real news").
DESIGNS = (
    "shipped",
    "rules",
    "model",
    "combined",
    "combined-fill",
    "model+rules",
    "rules-marked+model",
    "layered",
)


def ledger_of(
    doc: Doc, language: LanguageData, design: str, model: Model | None, polnear: bool = False
) -> Ledger:
    """``extract.analyze_doc`` with the quote finders of one design."""
    rules = find_quotes(doc, language).quotes if design != "model" else []
    use_model = model is not None and design != "rules"
    found = find_learned(doc, model, polnear=polnear) if use_model else []
    learned = to_quotes(doc, found)
    if design == "rules-marked+model":
        # Rules only for quotes with quotation marks; the model for the rest.
        rules = [q for q in rules if q.type != "indirect"]
    # Which side wins where both find a quote: the model in "model+rules".
    if design == "layered":
        quotes = layered(rules, learned)
    elif design == "model+rules":
        quotes = merge(learned, rules)
    else:
        quotes = merge(rules, learned, fill=design == "combined-fill")
    entities, quotes = resolve_speakers(doc, quotes, language)
    claims = extract_claims(doc, quotes, language)
    return Ledger(
        entities=tuple(entities),
        quotes=tuple(quotes),
        claims=tuple(claims),
        conflicts=tuple(find_conflicts(claims, doc, language)),
    )


def analyse(
    gold: list[Analysis],
    design: str = "shipped",
    model_file: Path | None = None,
    threshold: float | None = None,
    polnear: bool = False,
) -> tuple[list[Analysis], float]:
    """The engine's records for each gold text (cached parses), and its own time."""
    language = get_language("en")
    model = read_model(model_file) if model_file else learned_model(language)
    if model is not None and threshold is not None:
        model = replace(model, threshold=threshold)
    if design == "shipped":
        design = "combined-fill" if model is not None else "rules"
    english = [replace(g, lang="en") for g in gold]
    return run_engine(english, lambda doc, lang: ledger_of(doc, lang, design, model, polnear))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEV)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--errors", action="store_true", help="list misses and wrong verdicts")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--speaker-by",
        choices=("mention", "name"),
        default="mention",
        help="name: for a gold with canonical speakers (data/dev-en/dev-en.jsonl)",
    )
    ap.add_argument("--design", choices=DESIGNS, default="shipped")
    ap.add_argument("--model-file", type=Path, default=None, help="weights other than shipped")
    ap.add_argument("--threshold", type=float, default=None, help="cue score threshold")
    ap.add_argument(
        "--polnear-conventions",
        action="store_true",
        help="the model keeps a leading 'that' and PolNeAR's extra attributions "
        "(measures what the guidelines cost here)",
    )
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
    predicted, engine_time = analyse(
        gold, args.design, args.model_file, args.threshold, args.polnear_conventions
    )
    report = score(predicted, gold, speaker_by=args.speaker_by)
    show(report, errors=args.errors, as_json=args.json)
    print(f"{len(gold)} articles, engine {engine_time:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
