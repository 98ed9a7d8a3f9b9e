"""Which spaCy pipeline a language uses, and whether it is installed, without
importing spaCy (the parent of a worker pool never needs it)."""

from __future__ import annotations

import importlib.util

from quidit.errors import ModelNotFound
from quidit.lang import LanguageData, install_hint


def require_model(model: str) -> None:
    """Raise ModelNotFound, with a one-line fix, when ``model`` is not installed."""
    if importlib.util.find_spec(model.replace("-", "_")) is None:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed; install it with: {install_hint(model)}"
        )


def model_for(language: LanguageData, model: str | None, fast: bool) -> str:
    if model:
        return model
    if fast and language.fast_model:
        return language.fast_model
    return language.default_model
