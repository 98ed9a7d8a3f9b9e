"""The one Arrow schema of analysis records, for every Parquet writer.

``quidit analyze --format parquet`` and ``quidit spark`` both write rows of
:data:`ANALYSIS_SCHEMA` (and failed articles as rows of
:data:`ERROR_SCHEMA`), so a table written on one machine and one written by a
Spark cluster can be read, compared and concatenated alike.  Convert with
:func:`analysis_to_row` / :func:`analysis_from_row` only; never build the
columns by hand elsewhere.

The row mirrors ``Analysis.to_dict`` (``spec/output-format.md``) field for
field, with three differences that Parquet needs:

* ``warnings`` is always a list (empty when there are none);
* ``meta`` (free-form page metadata) is a JSON string, since its keys vary
  from page to page and a Parquet column needs one type;
* ``confidence`` is stored unrounded; ``to_dict`` rounds it for JSON.

List items are named ``element``, the name the Parquet format prescribes
and the one Spark and pyarrow both write, so schemas read back from either
compare equal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

from quidit.records import (
    Analysis,
    Claim,
    ClaimScope,
    Conflict,
    Entity,
    Failure,
    Quote,
    Span,
    Speaker,
)

#: Bumped when a column changes meaning or type; stored in the schema metadata.
SCHEMA_VERSION = "1"


def _list(item: pa.DataType) -> pa.DataType:
    return pa.list_(pa.field("element", item, nullable=False))


_SPAN = pa.struct(
    [
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
    ]
)

_ENTITY = pa.struct(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("type", pa.string()),
        pa.field("aliases", _list(pa.string()), nullable=False),
        # Who the source is (issue 14); null on records written before.
        pa.field("kind", pa.string()),
        pa.field("anonymous", pa.bool_()),
        pa.field("gender", pa.string()),
        pa.field("gender_evidence", pa.string()),
    ]
)

_SPEAKER = pa.struct(
    [
        pa.field("name", pa.string()),
        pa.field("entity", pa.string()),
        pa.field("mention", _SPAN),
    ]
)

_QUOTE = pa.struct(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("type", pa.string(), nullable=False),
        pa.field("content", _SPAN, nullable=False),
        pa.field("cue", _SPAN),
        pa.field("speaker", _SPEAKER, nullable=False),
        pa.field("confidence", pa.float64()),
    ]
)

_CLAIM = pa.struct(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("quote", pa.string()),
        pa.field("value", pa.float64(), nullable=False),
        pa.field("qualifier", pa.string(), nullable=False),
        pa.field("unit", pa.string()),
        pa.field("span", _SPAN, nullable=False),
        pa.field("source", pa.string()),
        # records.ClaimScope as JSON (issue 12); null where never read.
        pa.field("scope", pa.string()),
    ]
)

_CONFLICT = pa.struct(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("family", pa.string()),
        pa.field("claims", _list(pa.string()), nullable=False),
        pa.field("ratio", pa.float64()),
        # The scope both claims share, as JSON (issue 12).
        pa.field("scope", pa.string()),
    ]
)

ANALYSIS_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("lang", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("entities", _list(_ENTITY), nullable=False),
        pa.field("quotes", _list(_QUOTE), nullable=False),
        pa.field("claims", _list(_CLAIM), nullable=False),
        pa.field("conflicts", _list(_CONFLICT), nullable=False),
        pa.field("warnings", _list(pa.string()), nullable=False),
        pa.field("meta", pa.string()),
    ],
    metadata={"quidit.schema": SCHEMA_VERSION, "quidit.table": "analyses"},
)

#: Failed articles: the fields of ``Failure.to_dict``.
ERROR_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string()),
        pa.field("source", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
    ],
    metadata={"quidit.schema": SCHEMA_VERSION, "quidit.table": "errors"},
)


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def analysis_to_row(analysis: Analysis) -> dict[str, Any]:
    """One row of :data:`ANALYSIS_SCHEMA` (plain Python values)."""
    return {
        "id": analysis.id,
        "lang": analysis.lang,
        "title": analysis.title,
        "url": analysis.url,
        "text": analysis.text,
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "kind": e.kind,
                "anonymous": None if e.kind is None else e.anonymous,
                "gender": e.gender,
                "gender_evidence": e.gender_evidence,
            }
            for e in analysis.entities
        ],
        "quotes": [
            {
                "id": q.id,
                "type": q.type,
                "content": _span(q.content),
                "cue": _span(q.cue),
                "speaker": {
                    "name": q.speaker.name,
                    "entity": q.speaker.entity,
                    "mention": _span(q.speaker.mention),
                },
                "confidence": q.confidence,
            }
            for q in analysis.quotes
        ],
        "claims": [
            {
                "id": c.id,
                "quote": c.quote,
                "value": float(c.value),
                "qualifier": c.qualifier,
                "unit": c.unit,
                "span": _span(c.span),
                "source": c.source,
                "scope": _json(c.scope.to_dict() if c.scope is not None else None),
            }
            for c in analysis.claims
        ],
        "conflicts": [
            {
                "id": k.id,
                "family": k.family,
                "claims": list(k.claims),
                "ratio": k.ratio,
                "scope": _json(dict(k.scope) if k.scope is not None else None),
            }
            for k in analysis.conflicts
        ],
        "warnings": list(analysis.warnings),
        "meta": json.dumps(dict(analysis.meta), ensure_ascii=False, sort_keys=True)
        if analysis.meta
        else None,
    }


def _json(value: Mapping[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _span_from(d: Mapping[str, Any] | None) -> Span | None:
    return None if d is None else Span(int(d["start"]), int(d["end"]), str(d["text"]))


def analysis_from_row(row: Mapping[str, Any]) -> Analysis:
    """The :class:`Analysis` a row of :data:`ANALYSIS_SCHEMA` holds."""
    quotes = []
    for q in row.get("quotes") or ():
        content = _span_from(q["content"])
        assert content is not None  # not nullable in the schema
        speaker = q.get("speaker") or {}
        quotes.append(
            Quote(
                id=q["id"],
                type=q["type"],
                content=content,
                cue=_span_from(q.get("cue")),
                speaker=Speaker(
                    name=speaker.get("name"),
                    entity=speaker.get("entity"),
                    mention=_span_from(speaker.get("mention")),
                ),
                confidence=q.get("confidence"),
            )
        )
    claims = []
    for c in row.get("claims") or ():
        span = _span_from(c["span"])
        assert span is not None
        claims.append(
            Claim(
                id=c["id"],
                quote=c.get("quote"),
                value=float(c["value"]),
                qualifier=c["qualifier"],
                unit=c.get("unit"),
                span=span,
                source=c.get("source"),
                scope=ClaimScope.from_dict(json.loads(c["scope"])) if c.get("scope") else None,
            )
        )
    meta = row.get("meta")
    return Analysis(
        id=row["id"],
        lang=row["lang"],
        text=row["text"],
        title=row.get("title"),
        url=row.get("url"),
        entities=tuple(
            Entity(
                id=e["id"],
                name=e["name"],
                type=e.get("type"),
                aliases=tuple(e["aliases"]),
                kind=e.get("kind"),
                anonymous=bool(e.get("anonymous")),
                gender=e.get("gender"),
                gender_evidence=e.get("gender_evidence"),
            )
            for e in row.get("entities") or ()
        ),
        quotes=tuple(quotes),
        claims=tuple(claims),
        conflicts=tuple(
            Conflict(
                id=k["id"],
                family=k.get("family"),
                claims=tuple(k["claims"]),
                ratio=k.get("ratio"),
                scope=json.loads(k["scope"]) if k.get("scope") else None,
            )
            for k in row.get("conflicts") or ()
        ),
        warnings=tuple(row.get("warnings") or ()),
        meta=json.loads(meta) if meta else {},
    )


def failure_to_row(failure: Failure) -> dict[str, Any]:
    """One row of :data:`ERROR_SCHEMA`."""
    return {"id": failure.id, "source": failure.source, "reason": failure.reason}


def failure_from_row(row: Mapping[str, Any]) -> Failure:
    return Failure(source=row["source"], reason=row["reason"], id=row.get("id"))


def analyses_table(analyses: Iterable[Analysis]) -> pa.Table:
    """A table of :data:`ANALYSIS_SCHEMA` (for writers that buffer a batch)."""
    return pa.Table.from_pylist([analysis_to_row(a) for a in analyses], schema=ANALYSIS_SCHEMA)


def errors_table(failures: Iterable[Failure]) -> pa.Table:
    return pa.Table.from_pylist([failure_to_row(f) for f in failures], schema=ERROR_SCHEMA)
