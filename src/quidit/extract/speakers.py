"""Resolving speaker mentions to one canonical entity per source."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from quidit.lang import LanguageData
from quidit.records import Entity, Quote


def resolve_speakers(
    doc: Doc, quotes: Sequence[Quote], language: LanguageData
) -> tuple[list[Entity], list[Quote]]:
    return [], list(quotes)
