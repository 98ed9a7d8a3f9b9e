"""Builders of hand-made analysis records for the scorer's tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from quidit.records import Analysis


def _find(text: str, sub: str | tuple[int, int]) -> dict[str, Any]:
    if isinstance(sub, tuple):
        start, end = sub
    else:
        start = text.index(sub)
        end = start + len(sub)
    return {"start": start, "end": end, "text": text[start:end]}


def build(
    text: str,
    quotes: Sequence[tuple[Any, ...]] = (),
    *,
    id: str = "a1",
    entities: Sequence[dict[str, Any]] = (),
    claims: Sequence[tuple[float, str, str | None]] = (),
) -> Analysis:
    """A record of ``text``; each quote is (content, speaker name, type, cue,
    entity id) with content and cue given as substrings or (start, end)."""
    qs = []
    for n, q in enumerate(quotes, 1):
        content, name, kind, cue, entity = (*q, *("direct", None, None)[len(q) - 2 :])
        qs.append(
            {
                "id": f"q{n}",
                "type": kind,
                "content": _find(text, content),
                "cue": _find(text, cue) if cue else None,
                "speaker": {"name": name, "entity": entity, "mention": None},
            }
        )
    cs = [
        {
            "id": f"c{n}",
            "quote": None,
            "value": value,
            "qualifier": "exact",
            "unit": None,
            "span": _find(text, span),
            "source": source,
        }
        for n, (value, span, source) in enumerate(claims, 1)
    ]
    return Analysis.from_dict(
        {
            "id": id,
            "lang": "fr",
            "text": text,
            "entities": list(entities),
            "quotes": qs,
            "claims": cs,
        }
    )


@pytest.fixture
def make_record():
    return build
