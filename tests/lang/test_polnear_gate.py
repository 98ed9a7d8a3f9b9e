"""The English gate on real news: PolNeAR's dev split (``../shared/data/polnear/``).

Speakers are judged by mention span (PolNeAR has no coreference).  To keep
the run short, the gate analyses a fixed subset, every fourth dev article
(21 of 84, ~550 attributions, about 30 s of parsing on one core); the
floors in ``polnear_floors.json`` are that subset's figures last measured,
minus 0.02.  The whole dev split's figures are in the README
(``bench/polnear.py``).  The test split is held out and is never read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quidit.evaluate import FIGURES, score
from quidit.options import Options
from quidit.records import Analysis, Article
from quidit.service import Analyzer

FLOORS = Path(__file__).with_name("polnear_floors.json")
ROOT = Path(__file__).resolve().parents[2]
#: ../shared beside the checkout; a worktree sits one level deeper.
CANDIDATES = [base / "shared" / "data" / "polnear" for base in (ROOT.parent, ROOT.parent.parent)]
#: Every STEP-th dev article is scored.
STEP = 4


def dev_path() -> Path | None:
    return next((p / "polnear-dev.jsonl" for p in CANDIDATES if p.is_dir()), None)


def load_floors() -> dict[str, float]:
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    unknown = set(data["floors"]) - set(FIGURES)
    assert not unknown, f"{FLOORS.name} names unknown figures: {sorted(unknown)}"
    return {k: float(v) for k, v in data["floors"].items()}


def test_floors_sit_under_the_measured_figures() -> None:
    floors = load_floors()
    measured = json.loads(FLOORS.read_text(encoding="utf-8"))["measured"]
    for name in ("e2e_f1", "quote_f1@0.3", "quote_f1@0.8", "cue_accuracy"):
        assert name in floors
    assert all(floor <= measured[name] for name, floor in floors.items())


@pytest.mark.slow
def test_polnear_dev_subset_stays_above_floors() -> None:
    path = dev_path()
    if path is None or not path.exists():
        pytest.skip("PolNeAR dev split absent (it stays in ../shared/data/polnear/)")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [Analysis.from_dict(json.loads(line)) for line in lines[::STEP]]
    articles = [Article(id=g.id, text=g.text) for g in gold]
    results = list(Analyzer(Options(lang="en")).analyze_many(articles))
    predicted = [r for r in results if isinstance(r, Analysis)]
    assert len(predicted) == len(gold)
    figures = score(predicted, gold, speaker_by="mention").figures
    below = {
        name: (figures[name], floor)
        for name, floor in load_floors().items()
        if (figures[name] or 0.0) < floor
    }
    assert not below, "below the floor (measured, floor): " + ", ".join(
        f"{name} {got} < {floor}" for name, (got, floor) in below.items()
    )
