"""Alembic environment: runs on the connection the store hands it.

The store applies migrations itself when it opens a database
(``quidit.store.open_store``); this file is also what ``alembic`` uses if
someone drives migrations by hand with ``-x url=…``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from quidit.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(str(url))
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
