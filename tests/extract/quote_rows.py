"""One row per quote, shared by the French quote tests: (type, content, cue, speaker).

Every row is checked against the text first, so each test also checks that
the content offsets point at the content text.
"""

from __future__ import annotations

from quidit.records import Article
from quidit.service import Analyzer

Row = tuple[str, str, str | None, str | None]


def quotes(analyzer: Analyzer, text: str) -> list[Row]:
    a = analyzer.analyze(Article(id="t", text=text))
    for q in a.quotes:
        assert text[q.content.start : q.content.end] == q.content.text
    return [
        (q.type, q.content.text, q.cue.text if q.cue else None, q.speaker.name) for q in a.quotes
    ]
