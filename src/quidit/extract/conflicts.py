"""Conflicts between numeric claims (placeholder until issue 7 lands)."""

from __future__ import annotations

from collections.abc import Sequence

from quidit.records import Claim, Conflict


def find_conflicts(claims: Sequence[Claim]) -> list[Conflict]:
    return []
