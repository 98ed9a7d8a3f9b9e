"""Where a run's time goes: seconds per stage, summed across calls and processes.

Stages: ``load`` (spaCy pipelines and the engine's set-up), ``parse``
(spaCy), ``extract`` (the quidit engine), ``read`` (inputs and pages),
``write`` (records, errors and journal).  ``quidit analyze --profile``
prints them (:func:`quidit.run.profile.render`).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager


class Timings(dict[str, float]):
    """Seconds per stage."""

    def add(self, stage: str, seconds: float) -> None:
        self[stage] = self.get(stage, 0.0) + seconds

    def merge(self, other: dict[str, float]) -> None:
        for stage, seconds in other.items():
            self.add(stage, seconds)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - started)
