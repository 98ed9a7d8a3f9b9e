"""Loading spaCy pipelines and parsing texts of any length.

Names are imported on first use: :mod:`quidit.nlp.models` (which pipeline,
is it installed) must not import spaCy through this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quidit.nlp.pipeline import load_pipeline, parse, parse_many, split_points

__all__ = ["load_pipeline", "parse", "parse_many", "split_points"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from quidit.nlp import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
