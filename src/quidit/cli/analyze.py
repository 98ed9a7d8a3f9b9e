"""``quidit analyze``: articles in, analysis records out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from quidit.cli import app
from quidit.errors import UsageError
from quidit.ingest import read_sources
from quidit.options import Options
from quidit.output import JsonlWriter, render_table
from quidit.records import Failure
from quidit.service import Analyzer

FORMATS = ("jsonl", "table")


def _format_for(fmt: str | None, output: Path | None) -> str:
    if fmt is None:
        if output is not None and output.suffix.lstrip(".") in FORMATS:
            return output.suffix.lstrip(".")
        return "jsonl" if output is not None or not sys.stdout.isatty() else "table"
    if fmt not in FORMATS:
        raise UsageError.choice("format", fmt, FORMATS)
    return fmt


@app.command()
def analyze(
    sources: Annotated[list[str], typer.Argument(help="Text or JSON Lines files; - for stdin.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write records here (default: stdout).")
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="jsonl or table (default: by -o, else a table on a terminal).")
    ] = None,
    lang: Annotated[str, typer.Option(help="Language code, or 'auto' to detect per article.")] = "auto",
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use instead of the default.")] = None,
    fast: Annotated[bool, typer.Option(help="Use the language's small pipeline.")] = False,
    batch_size: Annotated[int, typer.Option(help="Texts per spaCy batch.")] = 64,
) -> None:
    """Find every quote, its speaker and cue, and the numeric claims in them."""
    options = Options(lang=lang, model=model, fast=fast, batch_size=batch_size)
    fmt = _format_for(fmt, output)
    analyzer = Analyzer(options)
    err = Console(stderr=True)
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    console = Console(file=stream) if fmt == "table" else None
    writer = JsonlWriter(stream) if fmt == "jsonl" else None
    analysed = 0
    failed: list[Failure] = []
    read_failures: list[Failure] = []

    def articles():  # type: ignore[no-untyped-def]
        for item in read_sources(sources):
            if isinstance(item, Failure):
                read_failures.append(item)
            else:
                yield item

    try:
        for result in analyzer.analyze_many(articles()):
            if isinstance(result, Failure):
                failed.append(result)
                continue
            analysed += 1
            if writer:
                writer.write(result)
            elif console:
                console.print(render_table(result))
    finally:
        if output:
            stream.close()
    failed = read_failures + failed
    for f in failed:
        err.print(f"[red]failed[/red] {f.source}: {f.reason}", highlight=False)
    if failed or not sys.stdout.isatty():
        err.print(f"{analysed} analysed, {len(failed)} failed", highlight=False)
    if failed:
        raise typer.Exit(1)
