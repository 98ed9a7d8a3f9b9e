"""What every accuracy gate shares: floors files and the check against them.

A floors file holds ``measured`` figures and ``floors`` (the measured figure
less a small margin), either at its top level or under named sections (one
per split of a gold set).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from quidit.evaluate import FIGURES


def _section(data: dict[str, Any], section: str | None) -> dict[str, Any]:
    return data if section is None else data[section]


def load_floors(path: Path, section: str | None = None) -> dict[str, float]:
    floors = _section(json.loads(path.read_text(encoding="utf-8")), section)["floors"]
    unknown = set(floors) - set(FIGURES)
    assert not unknown, f"{path.name} names unknown figures: {sorted(unknown)}"
    return {name: float(value) for name, value in floors.items()}


def floors_above_measured(path: Path, section: str | None = None) -> list[str]:
    """Floors set higher than the figure they were measured from (a file error)."""
    data = _section(json.loads(path.read_text(encoding="utf-8")), section)
    return [name for name, floor in data["floors"].items() if floor > data["measured"][name]]


def below_floors(figures: Mapping[str, float | None], floors: Mapping[str, float]) -> str:
    """An empty string when every figure reaches its floor, else what fell short."""
    below = {
        name: (figures[name], floor)
        for name, floor in floors.items()
        if (figures[name] or 0.0) < floor
    }
    return ", ".join(f"{name} {got} < {floor}" for name, (got, floor) in below.items())
