"""CSV: one row per quote, for spreadsheets.

Columns (:data:`COLUMNS`): the article (id, url, title), the quote (id,
type), the speaker (canonical name, entity id, the mention as written and
its offsets, and who the source is: kind, anonymous, gender and the words
that decided the gender), the cue and its offsets, the quoted content and
its offsets, and the engine's confidence.  Offsets are character offsets into the
article's text, which the CSV does not repeat (use JSON Lines or Parquet
for it).  An article with no quote has no row.
"""

from __future__ import annotations

import csv
from typing import IO, Any

from quidit.records import Analysis, Span

COLUMNS = (
    "article_id",
    "article_url",
    "article_title",
    "quote_id",
    "type",
    "speaker",
    "speaker_entity",
    "speaker_mention",
    "speaker_mention_start",
    "speaker_mention_end",
    "speaker_kind",
    "speaker_anonymous",
    "speaker_gender",
    "speaker_gender_evidence",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "content_start",
    "content_end",
    "confidence",
)


def _span(span: Span | None) -> tuple[str, int | str, int | str]:
    return ("", "", "") if span is None else (span.text, span.start, span.end)


def quote_rows(analysis: Analysis) -> list[dict[str, Any]]:
    rows = []
    entities = {e.id: e for e in analysis.entities}
    for q in analysis.quotes:
        e = entities.get(q.speaker.entity or "")
        known = e is not None and e.kind is not None
        mention, m_start, m_end = _span(q.speaker.mention)
        cue, c_start, c_end = _span(q.cue)
        rows.append(
            {
                "article_id": analysis.id,
                "article_url": analysis.url or "",
                "article_title": analysis.title or "",
                "quote_id": q.id,
                "type": q.type,
                "speaker": q.speaker.name or "",
                "speaker_entity": q.speaker.entity or "",
                "speaker_mention": mention,
                "speaker_mention_start": m_start,
                "speaker_mention_end": m_end,
                "speaker_kind": e.kind if known and e else "",
                "speaker_anonymous": ("true" if e.anonymous else "false") if known and e else "",
                "speaker_gender": (e.gender or "") if known and e else "",
                "speaker_gender_evidence": (e.gender_evidence or "") if known and e else "",
                "cue": cue,
                "cue_start": c_start,
                "cue_end": c_end,
                "content": q.content.text,
                "content_start": q.content.start,
                "content_end": q.content.end,
                "confidence": "" if q.confidence is None else round(q.confidence, 3),
            }
        )
    return rows


class CsvWriter:
    """Writes the header once (unless the stream already has rows), then quote rows."""

    def __init__(self, stream: IO[str], *, header: bool = True) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        if header:
            self.writer.writeheader()
            self.stream.flush()

    def write(self, analysis: Analysis) -> None:
        self.writer.writerows(quote_rows(analysis))
        self.stream.flush()
