"""Connecting to a store's database: the URL a user typed, the engine
(SQLite's pragmas), and the schema migrations applied on open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from quidit.errors import UsageError

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_URL = "sqlite:///quidit.sqlite3"
SUPPORTED = ("sqlite", "postgresql")


def database_url(url: str | None) -> str:
    """A SQLAlchemy URL from what a user typed: a URL or a file path."""
    if not url:
        return DEFAULT_URL
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser())
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UsageError(f"bad database URL {url!r}: {exc}") from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED:
        raise UsageError.choice("database", backend, SUPPORTED)
    if backend == "postgresql" and parsed.drivername == "postgresql":
        # psycopg 3 is the driver quidit pins; SQLAlchemy's default is psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets pages read while a writer writes; NORMAL sync is safe with WAL
    # (a crash loses at most the last commits, never corrupts).
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # 5 s: long enough to wait out one writer's batch commit.
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(url: str) -> Engine:
    url = database_url(url)
    if url.startswith("sqlite"):
        db = make_url(url).database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
