"""The entities the engine finds in an invented text, by name: the helper
the attribute tests share."""

from __future__ import annotations

from quidit.records import Article, Entity


def entities(analyzer, text: str, lang: str = "fr") -> dict[str, Entity]:
    result = analyzer.analyze(Article(id="t", text=text, lang=lang))
    return {e.name: e for e in result.entities}


def find(found: dict[str, Entity], part: str) -> Entity:
    """The first entity whose name holds ``part``."""
    for name, e in found.items():
        if part in name:
            return e
    raise AssertionError(f"no entity with {part!r} in {list(found)}")
