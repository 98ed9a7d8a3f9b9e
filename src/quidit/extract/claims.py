"""Numeric claims inside attributed speech (placeholder until issue 7 lands)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from quidit.lang import LanguageData
from quidit.records import Claim, Quote


def extract_claims(doc: Doc, quotes: Sequence[Quote], language: LanguageData) -> list[Claim]:
    return []
