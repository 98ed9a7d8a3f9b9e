"""``quidit analyze``: articles in, analysis records out.

Inputs of every kind mixed freely (text, HTML, URLs, WARC, JSON Lines, CSV,
directories, ``-``); a thin shell over :func:`quidit.run.run_batch`.
"""

from __future__ import annotations

import logging
import signal
import sys
import time
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from quidit.cli import app
from quidit.options import START_METHODS, Options
from quidit.run import FORMATS, format_for, run_batch, summary_line
from quidit.run.progress import LogReporter, Reporter, RichReporter, count_in_background


def _terminate(signum: int, frame: FrameType | None) -> None:
    # SIGTERM (a scheduler stopping the job) ends the run like Ctrl-C: what
    # is written stays consistent and --resume finishes the rest.
    raise KeyboardInterrupt


@app.command()
def analyze(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files (text, HTML, WARC, JSON Lines, CSV), directories, http(s) URLs; "
            "- for stdin."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write records here (default: stdout)."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=f"{', '.join(FORMATS)} (default: by -o's extension, else a table on a terminal).",
        ),
    ] = None,
    lang: Annotated[str, typer.Option(help="Language code, or 'auto' to detect per article.")] = (
        "auto"
    ),
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline to use instead of the default.")
    ] = None,
    fast: Annotated[bool, typer.Option(help="Use the language's small pipeline.")] = False,
    batch_size: Annotated[int, typer.Option(help="Texts per spaCy batch.")] = 64,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", help="Worker processes (default: all cores)."),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Finish an interrupted run: skip what OUTPUT already holds.")
    ] = False,
    allow_private: Annotated[
        bool,
        typer.Option(help="Fetch URLs on private, loopback and link-local networks too."),
    ] = False,
    text_column: Annotated[str, typer.Option(help="JSON Lines / CSV column with text.")] = "text",
    html_column: Annotated[str, typer.Option(help="JSON Lines / CSV column with HTML.")] = "html",
    id_column: Annotated[str, typer.Option(help="JSON Lines / CSV column with ids.")] = "id",
    url_column: Annotated[str, typer.Option(help="JSON Lines / CSV column with URLs.")] = "url",
    title_column: Annotated[str, typer.Option(help="JSON Lines / CSV column with titles.")] = (
        "title"
    ),
    lang_column: Annotated[
        str, typer.Option(help="JSON Lines / CSV column with language codes.")
    ] = "lang",
    timeout: Annotated[float, typer.Option(help="Seconds allowed per URL, all in.")] = 20.0,
    max_bytes: Annotated[
        int, typer.Option(help="Largest page, file or archive record read, in bytes.")
    ] = 10_000_000,
    errors: Annotated[
        Path | None,
        typer.Option(help="Errors file (default: OUTPUT's name with .errors.jsonl)."),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(help="Show a progress bar (default: when stderr is a terminal)."),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(help="Also store each record in this store (SQLite path or DB URL)."),
    ] = None,
    profile: Annotated[
        bool,
        typer.Option(
            help="Print where the time went: start-up, model load, reading, parsing, "
            "extraction, writing."
        ),
    ] = False,
    start_method: Annotated[
        str,
        typer.Option(
            help=f"How worker processes start ({', '.join(START_METHODS)}): forkserver loads "
            "the pipeline once and forks every worker from it (auto: on Linux); "
            "spawn loads it in each worker."
        ),
    ] = "auto",
) -> None:
    """Find every quote, its speaker and cue, and the numeric claims in them."""
    fields: dict[str, object] = {}
    if jobs is not None:
        fields["jobs"] = jobs
    options = Options(
        lang=lang,
        model=model,
        fast=fast,
        batch_size=batch_size,
        resume=resume,
        allow_private=allow_private,
        text_column=text_column,
        html_column=html_column,
        id_column=id_column,
        url_column=url_column,
        title_column=title_column,
        lang_column=lang_column,
        fetch_timeout=timeout,
        max_page_bytes=max_bytes,
        start_method=start_method,
        profile=profile,
        **fields,  # type: ignore[arg-type]
    )
    fmt = format_for(fmt, output, terminal=sys.stdout.isatty())
    # soft_wrap: a failure stays one line however long its path, even in a log file.
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    terminal = sys.stderr.isatty()
    reporter: Reporter
    if progress if progress is not None else terminal and output is not None:
        reporter = RichReporter()
        if "-" not in sources:
            count_in_background(lambda: _count(sources, options), reporter)
    elif output is not None:
        reporter = LogReporter()
    else:
        reporter = Reporter()
    if not logging.getLogger("quidit").handlers:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s quidit: %(message)s", "%H:%M:%S"))
        logging.getLogger("quidit").addHandler(handler)
    factory = None
    if db is not None:  # store each record as it is analysed (quidit.store.sink)
        from quidit.run.runner import check_model
        from quidit.run.workers import default_factory
        from quidit.store.sink import StoringFactory

        check_model(options)
        factory = StoringFactory(db, default_factory, command="quidit analyze")
    previous = signal.signal(signal.SIGTERM, _terminate)
    started = time.perf_counter()
    try:
        summary = run_batch(
            sources,
            options,
            output=output,
            fmt=fmt,
            errors=errors,
            reporter=reporter,
            analyzer_factory=factory,
            on_failure=lambda f: err.print(
                f"[red]failed[/red] {escape(f.source)}: {escape(f.reason)}"
            ),
        )
    except OSError as exc:  # the output cannot be written (full disk, no permission)
        where = f" {exc.filename}" if exc.filename else ""
        err.print(f"quidit: error: cannot write{escape(where)}: {escape(str(exc.strerror or exc))}")
        if output is not None:
            err.print("what was written is kept; fix the cause and re-run with --resume")
        raise typer.Exit(2) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if options.profile:
        from quidit.run.profile import process_age, render

        age = process_age()
        startup = None if age is None else age - (time.perf_counter() - started)
        wall = summary.elapsed if age is None else age
        err.print(render(summary, startup, wall), markup=False, highlight=False)
    line = summary_line(summary)
    if summary.paths is not None and summary.total_failed:
        line += f" — failures listed in {summary.paths.errors}"
    if summary.interrupted:
        err.print(f"interrupted: {line}")
        if output is not None and fmt != "table":
            err.print(f"re-run the same command with --resume to finish ({output})")
        raise typer.Exit(130)
    if output is not None or summary.total_failed or not sys.stdout.isatty():
        err.print(line)
    if summary.total_failed:
        raise typer.Exit(1)


def _count(sources: list[str], options: Options) -> int:
    from quidit.ingest import iter_items

    return sum(1 for _ in iter_items(sources, options))


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at each record, not the stream
    of the first run: a library caller (or a test runner) may replace and
    close stderr between two runs in one process."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)
