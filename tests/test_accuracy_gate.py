"""The accuracy gate: the engine on the dev set must not fall below the floors
in ``tests/accuracy_floors.json`` (set just below the last measured figures;
raise them as the engine improves)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gates import below_floors, floors_above_measured, load_floors
from quidit.evaluate import score
from quidit.records import Analysis, Article

FLOORS = Path(__file__).with_name("accuracy_floors.json")


def test_floors_file_is_well_formed() -> None:
    floors = load_floors(FLOORS)
    for name in ("e2e_f1", "quote_f1@0.3", "speaker_accuracy", "claim_f1"):
        assert name in floors
    assert all(0.0 <= v <= 1.0 for v in floors.values())
    above = floors_above_measured(FLOORS)
    assert not above, f"floors above the measured figures: {above}"


@pytest.mark.slow
def test_dev_set_scores_stay_above_floors(analyzer, dev_gold: list[dict]) -> None:
    gold = [Analysis.from_dict(d) for d in dev_gold]
    results = list(
        analyzer.analyze_many(
            Article(id=g.id, text=g.text, title=g.title, url=g.url, lang=g.lang or None)
            for g in gold
        )
    )
    predicted = [r for r in results if isinstance(r, Analysis)]
    assert len(predicted) == len(gold), [r for r in results if not isinstance(r, Analysis)]
    below = below_floors(score(predicted, gold).figures, load_floors(FLOORS))
    assert not below, "below the floor (measured < floor): " + below
