from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quidit.api import Limits, create_app
from quidit.store import Store, open_store
from store.builders import FLOOD, FOLLOW_UP, XSS, build


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path / 'api.db'}")
    store.save_many([build(FLOOD), build(FOLLOW_UP), build(XSS)])
    yield store
    store.close()


@pytest.fixture
def client(filled: Store) -> TestClient:
    return TestClient(create_app(filled, limits=Limits(rate=0)))
