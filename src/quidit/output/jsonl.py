"""JSON Lines: one analysis record per line (``spec/output-format.md``)."""

from __future__ import annotations

import json
from typing import IO

from quidit.records import Analysis


def dumps(analysis: Analysis) -> str:
    return json.dumps(analysis.to_dict(), ensure_ascii=False)


class JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, analysis: Analysis) -> None:
        self.stream.write(dumps(analysis) + "\n")
        self.stream.flush()
