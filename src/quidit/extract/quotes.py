"""Finding quotes: direct, indirect and mixed, with cue and speaker mention."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from quidit.lang import LanguageData
from quidit.records import Quote


@dataclass
class Found:
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def find_quotes(doc: Doc, language: LanguageData) -> Found:
    return Found()
