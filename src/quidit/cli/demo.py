"""``quidit demo``: analyse the bundled sample articles into the embedded
SQLite store and serve the web view (the README's main command)."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quidit.cli import app
from quidit.cli.serve import check_port, run_server
from quidit.errors import UsageError
from quidit.records import Analysis, Article, Failure

if TYPE_CHECKING:
    from quidit.store import Store

#: Ports tried in turn when the default one is taken (a demo should start).
PORT_TRIES = 10


def default_db() -> Path:
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "quidit" / "demo.sqlite3"


def sample_paths() -> list[str]:
    folder = files("quidit") / "samples"
    return sorted(str(p) for p in folder.iterdir() if p.name.endswith(".txt"))


def with_sample_meta(article: Article) -> Article:
    """The sample's outlet, date and language from ``samples/index.json``
    (plain text files carry none), so the statistics pages have sites
    and months to show."""
    index = json.loads((files("quidit") / "samples" / "index.json").read_text(encoding="utf-8"))
    found = index.get(Path(str(article.meta.get("source", ""))).name)
    if not found:
        return article
    return replace(
        article,
        url=article.url or found.get("url"),
        lang=article.lang or found.get("lang"),
        meta={**article.meta, "site": found.get("site"), "date": found.get("date")},
    )


def free_port(host: str, port: int) -> int:
    for candidate in range(port, port + PORT_TRIES):
        try:
            check_port(host, candidate)
            return candidate
        except UsageError:
            continue
    raise UsageError(f"ports {port}–{port + PORT_TRIES - 1} are all taken; pass another --port")


def store_corpus_conflicts(store: Store, analyses: list[Analysis]) -> int:
    """Find conflicts across the articles (``quidit.extract.corpus``) and
    store them; returns how many were new.  Within-article conflicts come
    with each record already."""
    from quidit.extract.corpus import corpus_conflicts
    from quidit.lang import available_languages
    from quidit.store import ClaimRef, CorpusConflict

    languages = available_languages()
    rows, _, _ = corpus_conflicts(analyses, languages.get, within=False, across=True)
    return store.save_corpus_conflicts(
        CorpusConflict(
            ClaimRef(k.sides[0].article, k.sides[0].claim),
            ClaimRef(k.sides[1].article, k.sides[1].claim),
            k.family,
            k.ratio,
        )
        for k in rows
    )


@app.command()
def demo(
    db: Annotated[
        str | None,
        typer.Option(help="Store to fill (default: ~/.local/share/quidit/demo.sqlite3)."),
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (the next free one if taken).")] = 8000,
    serve: Annotated[bool, typer.Option(help="Serve the web view after storing.")] = True,
) -> None:
    """Analyse the sample articles into a store and open the web view."""
    from quidit.ingest import read_sources
    from quidit.service import Analyzer
    from quidit.store import open_store

    url = db or str(default_db())
    paths = sample_paths()
    analyses: list[Analysis] = []
    with open_store(url, command="quidit demo") as store:
        articles = [with_sample_meta(a) for a in read_sources(paths) if not isinstance(a, Failure)]
        for result in Analyzer().analyze_many(articles):
            if isinstance(result, Failure):
                typer.echo(f"quidit: failed {result.source}: {result.reason}", err=True)
            else:
                analyses.append(result)
        saved = store.save_many(analyses)
        across = store_corpus_conflicts(store, analyses)
        quotes = sum(len(a.quotes) for a in analyses)
        conflicts = sum(len(a.conflicts) for a in analyses)
        typer.echo(
            f"quidit: {len(analyses)} sample articles analysed ({quotes} quotes, "
            f"{conflicts} conflicts within articles, {across} new across them): "
            f"{saved.added} added, {saved.replaced} updated, {saved.unchanged} unchanged "
            f"in {store.url}"
        )
        if serve:
            run_server(store, host, free_port(host, port))
