"""``quidit serve``: the web view and JSON API over a store."""

from __future__ import annotations

import ipaddress
import socket
from typing import TYPE_CHECKING, Annotated

import typer

from quidit.cli import app
from quidit.errors import InputError, UsageError
from quidit.records import Article, Failure

if TYPE_CHECKING:
    from quidit.store import Store

#: quidit.store's DEFAULT_URL, spelt out so that the CLI does not import the
#: store (SQLAlchemy, Alembic: ~1 s) to start other commands; a test keeps
#: the two equal.
DEFAULT_URL = "sqlite:///quidit.sqlite3"


def check_port(host: str, port: int) -> None:
    """Fail with a one-line fix when the address is taken."""
    if not 0 < port < 65536:
        raise UsageError(f"port must be between 1 and 65535, got {port}")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            raise UsageError(
                f"cannot listen on {host}:{port} ({exc.strerror}); pass another --port"
            ) from None


def fetch_url(url: str) -> Article:
    """Fetch one page through ingest (its safe fetcher refuses private hosts)."""
    from quidit.ingest import read_sources

    for item in read_sources([url]):
        if isinstance(item, Failure):
            raise InputError(item.reason)
        return item
    raise InputError(f"nothing could be read from {url}")


def address(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def run_server(
    store: Store, host: str, port: int, *, token: str | None = None, rate: float = 20.0
) -> None:
    import uvicorn

    from quidit.api import Limits, create_app

    check_port(host, port)
    application = create_app(
        store, token=token, fetcher=fetch_url, limits=Limits(rate=rate, burst=int(rate * 3))
    )
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        typer.echo(f"quidit: warning: listening on {host}, reachable from other machines", err=True)
    typer.echo(f"quidit: web view of {store.url} at {address(host, port)} (Ctrl+C to stop)")
    uvicorn.run(
        application,
        host=host,
        port=port,
        log_level="warning",
        # Bounds per server: at most 200 open requests at once (more get
        # 503), idle keep-alive connections closed after 5 s.
        limit_concurrency=200,
        timeout_keep_alive=5,
        server_header=False,
    )


@app.command()
def serve(
    db: Annotated[
        str, typer.Option(help="Store: a SQLite file path or URL, or postgresql://user@host/db.")
    ] = DEFAULT_URL,
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback unless told otherwise).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="QUIDIT_TOKEN",
            help="Turn on POST /api/analyze, which then needs 'Authorization: Bearer TOKEN'.",
        ),
    ] = None,
    rate: Annotated[
        float, typer.Option(help="Requests per second allowed per client (0: no limit).")
    ] = 20.0,
) -> None:
    """Serve the web view and JSON API of a store."""
    from quidit.store import open_store

    if rate < 0:
        raise UsageError(f"rate must be 0 or more, got {rate}")
    with open_store(db) as store:
        run_server(store, host, port, token=token, rate=rate)
