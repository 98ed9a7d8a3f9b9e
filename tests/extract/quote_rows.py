"""What the French extraction tests read off an analysis, in one place.

``quotes`` gives one row per quote, (type, content, cue, speaker); the tests
that need fewer columns project these rows.  Every row is checked against
the text first, so each test also checks that the content offsets point at
the content text.
"""

from __future__ import annotations

from quidit.records import Article
from quidit.service import Analyzer

Row = tuple[str, str, str | None, str | None]


def quotes(analyzer: Analyzer, text: str, lang: str | None = None) -> list[Row]:
    a = analyzer.analyze(Article(id="t", text=text, lang=lang))
    for q in a.quotes:
        assert text[q.content.start : q.content.end] == q.content.text
    return [
        (q.type, q.content.text, q.cue.text if q.cue else None, q.speaker.name) for q in a.quotes
    ]


def names(analyzer: Analyzer, text: str) -> list[str | None]:
    """The speaker of each quote of a French text, in order."""
    return [speaker for _, _, _, speaker in quotes(analyzer, text, lang="fr")]
