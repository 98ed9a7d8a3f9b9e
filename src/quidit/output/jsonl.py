"""JSON Lines: one analysis record per line (``spec/output-format.md``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import IO

from quidit.records import Analysis


def dumps(analysis: Analysis) -> str:
    return json.dumps(analysis.to_dict(), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Line:
    """An analysis already serialised (by a worker process), with what the
    run's summary counts of it."""

    text: str
    quotes: int

    @classmethod
    def of(cls, analysis: Analysis) -> Line:
        return cls(dumps(analysis), len(analysis.quotes))


class JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, analysis: Analysis | Line) -> None:
        text = analysis.text if isinstance(analysis, Line) else dumps(analysis)
        self.stream.write(text + "\n")
        self.stream.flush()
