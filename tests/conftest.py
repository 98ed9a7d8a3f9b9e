"""Shared fixtures.  Model-loading fixtures are session-scoped: the French
pipeline loads once per test run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if not SHARED.exists():  # a git worktree under <project>/../wt/<name>
    SHARED = ROOT.parents[1] / "shared"
DEV_GOLD = SHARED / "data" / "dev" / "dev.jsonl"
SCHEMA = SHARED / "spec" / "analysis.schema.json"


@pytest.fixture(scope="session")
def nlp_fr():
    from quidit.lang import get_language
    from quidit.service import Analyzer

    return Analyzer().pipeline(get_language("fr"))


@pytest.fixture(scope="session")
def analyzer():
    from quidit.service import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def dev_gold() -> list[dict]:
    if not DEV_GOLD.exists():
        pytest.skip(f"dev gold not found at {DEV_GOLD}")
    return [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))
