"""The accuracy gate on real French news (``../shared/data/real-fr/``).

The engine on the real passages must not fall below the floors in
``real_accuracy_floors.json``: one section for the 70 passages the engine
was worked on, one for the 20 set aside (``quidit.evaluate.splits``), whose
floors come from their one first-look score.  Real news text stays in
``../shared/``: where it is absent, the gate is skipped and says so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED
from gates import below_floors, floors_above_measured, load_floors
from quidit.evaluate import score
from quidit.evaluate.splits import is_held_out
from quidit.records import Analysis, Article

FLOORS = Path(__file__).with_name("real_accuracy_floors.json")
REAL_FR = SHARED / "data" / "real-fr" / "real-fr.jsonl"
SECTIONS = ("worked", "held_out")


def _sections() -> list[str]:
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    return [s for s in SECTIONS if s in data]


def test_floors_file_is_well_formed() -> None:
    assert "worked" in _sections()
    for section in _sections():
        floors = load_floors(FLOORS, section)
        for name in ("e2e_f1", "quote_f1@0.3", "quote_p@0.3", "speaker_accuracy", "claim_f1"):
            assert name in floors, (section, name)
        above = floors_above_measured(FLOORS, section)
        assert not above, f"{section}: floors above the measured figures: {above}"


@pytest.fixture(scope="module")
def real_gold() -> list[Analysis]:
    if not REAL_FR.exists():
        pytest.skip(f"real French gold not found at {REAL_FR} (it stays in ../shared/)")
    lines = REAL_FR.read_text(encoding="utf-8").splitlines()
    return [Analysis.from_dict(json.loads(line)) for line in lines if line.strip()]


@pytest.mark.slow
def test_real_news_scores_stay_above_floors(analyzer, real_gold: list[Analysis]) -> None:
    results = list(
        analyzer.analyze_many(
            Article(id=g.id, text=g.text, title=g.title, url=g.url, lang=g.lang or None)
            for g in real_gold
        )
    )
    predicted = [r for r in results if isinstance(r, Analysis)]
    assert len(predicted) == len(real_gold), [r for r in results if not isinstance(r, Analysis)]
    failures = []
    for section in _sections():
        held = section == "held_out"
        gold = [g for g in real_gold if is_held_out(g.id) == held]
        ids = {g.id for g in gold}
        figures = score([p for p in predicted if p.id in ids], gold).figures
        below = below_floors(figures, load_floors(FLOORS, section))
        if below:
            failures.append(f"{section}: {below}")
    assert not failures, "below the floor (measured < floor): " + "; ".join(failures)
