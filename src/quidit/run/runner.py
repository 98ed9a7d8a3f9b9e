"""``run_batch``: every input through extraction and analysis, on all cores,
into one output, resumable.

The stream, in order::

    read inputs ─► skip those already done ─► resolve (extract, fetch) ─►
    drop duplicates (same text) ─► analyze ─► write record / error, journal it

Reading happens here; resolving and analysing run in worker processes (see
:mod:`quidit.run.workers`) through a bounded window of small tasks, so
memory stays flat however large the input, and results are written in input
order, so an interrupted output is always a prefix of the uninterrupted one.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from quidit.errors import UsageError
from quidit.ingest import Item, iter_items, text_hash
from quidit.ingest.sources import source_bound
from quidit.lang import get_language
from quidit.nlp.models import model_for, require_model
from quidit.options import Options
from quidit.output.csv import CsvWriter
from quidit.output.jsonl import JsonlWriter, Line
from quidit.records import Analysis, Article, Failure
from quidit.run.journal import Journal, RunPaths, failure_key, run_paths
from quidit.run.progress import Reporter
from quidit.run.workers import (
    AnalyzerFactory,
    BrokenProcessPool,
    Done,
    Engine,
    PoolEngine,
    default_factory,
    died,
    quiet_third_party_logs,
)
from quidit.timing import Timings

log = logging.getLogger("quidit.run")

FORMATS = ("jsonl", "csv", "parquet", "table")

#: Articles per task, and so per spaCy batch.  A task's round trip costs
#: ~1 ms; four ~1,600-character articles take 0.2–0.4 s to analyse, so the
#: overhead stays under 0.5 %.  Four rather than eight: a worker's private
#: memory peaks with the batch being parsed (~66 MB at 4, ~90 MB at 8 on
#: bench/gen_pages.py articles), and with the model shared by fork that
#: peak is most of what a second worker adds.  The output does not depend
#: on it (batch sizes 1 and 64 gave the same bytes).
CHUNK = 4

#: Tasks in flight per worker: enough that a worker never waits while the
#: parent writes results (2 would do; 4 absorbs uneven article lengths),
#: few enough that at most 4 × CHUNK articles per worker sit in memory.
WINDOW_PER_JOB = 4

#: A worker pays for itself after this many articles: loading the model
#: costs 3–5 s, an article 0.05–0.15 s.  Fewer known articles per worker and
#: the run uses fewer workers (one: no pool at all).
MIN_ARTICLES_PER_WORKER = 32

T = TypeVar("T")
P = TypeVar("P")

#: An article or failure on its way to the output: (element, content hash, id it duplicates).
Slot = tuple[Article | Failure, str | None, str | None]


@dataclass
class Summary:
    analysed: int = 0
    failed: int = 0
    duplicates: int = 0
    #: Articles an earlier run had finished (``--resume``).
    skipped: int = 0
    quotes: int = 0
    elapsed: float = 0.0
    jobs: int = 1
    interrupted: bool = False
    #: Counts of the earlier runs, by status.
    previous: Counter[str] = field(default_factory=Counter)
    paths: RunPaths | None = None
    #: Failures of this run, when there is no errors file to hold them.
    failures: list[Failure] = field(default_factory=list)
    #: Seconds per stage (quidit.timing), summed over workers.
    timings: Timings = field(default_factory=Timings)
    #: How workers started ("forkserver", "spawn"), None without workers.
    start_method: str | None = None

    @property
    def total_failed(self) -> int:
        return self.failed + self.previous["failed"]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Broken:
    def result(self) -> Any:
        raise BrokenProcessPool("worker pool broken")


def ordered(
    engine: Engine,
    submit: Callable[[list[Any]], Any],
    payloads: Iterable[P],
    inputs: Callable[[P], list[Any]],
    window: int,
) -> Iterator[tuple[P, list[Any]]]:
    """Submit each payload's inputs as a task; yield (payload, results) in order.

    At most ``window`` tasks are in flight.  When a worker dies (the pool
    breaks), the pending tasks are redone one input at a time, and the
    input that breaks the pool again becomes a Failure.
    """

    def send(batch: list[Any]) -> tuple[Any, int]:
        generation = engine.generation
        try:
            return submit(batch), generation
        except BrokenProcessPool:
            return _Broken(), generation

    def isolate(batch: list[Any]) -> list[Any]:
        # An input is to blame when the pool breaks under it twice in a
        # row: once could be another task still running beside it.
        out: list[Any] = []
        for element in batch:
            for attempt in range(2):
                future, generation = send([element])
                try:
                    out.extend(future.result())
                    break
                except BrokenProcessPool:
                    engine.restart(generation)
                    if attempt == 1:
                        out.append(died(element))
        return out

    pending: deque[tuple[P, Any, int]] = deque()

    def pop() -> tuple[P, list[Any]]:
        payload, future, generation = pending.popleft()
        try:
            return payload, future.result()
        except BrokenProcessPool:
            log.warning("a worker process died; redoing its tasks one article at a time")
            redo = [(payload, future, generation), *pending]
            pending.clear()
            engine.restart(generation)  # unless another stage already did
            for p, _, _ in redo:
                pending.append((p, Done(isolate(inputs(p))), engine.generation))
            return pop()

    for payload in payloads:
        pending.append((payload, *send(inputs(payload))))
        if len(pending) >= window:
            yield pop()
    while pending:
        yield pop()


def format_for(fmt: str | None, output: Path | None, *, terminal: bool) -> str:
    """The output format: as given, else by the output's extension, else by where it goes."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise UsageError.choice("format", fmt, FORMATS)
        return fmt
    if output is not None:
        suffix = output.suffix.lower().lstrip(".")
        if suffix in ("jsonl", "ndjson", "json"):
            return "jsonl"
        if suffix in ("csv", "parquet"):
            return suffix
        if suffix in ("txt", "table"):
            return "table"
        return "jsonl"
    return "table" if terminal else "jsonl"


def check_model(options: Options) -> None:
    """Fail before starting when the pipeline every article needs is missing."""
    code = options.lang if options.lang != "auto" else "fr"
    require_model(model_for(get_language(code), options.model, options.fast))


def plan_jobs(sources: Sequence[str], options: Options) -> int:
    bound = source_bound(sources)
    if bound is None:
        return options.jobs
    return max(1, min(options.jobs, bound // MIN_ARTICLES_PER_WORKER))


def _todo(payload: tuple[list[Slot], list[Article]]) -> list[Article]:
    return payload[1]


def item_key(item: Item) -> str:
    return failure_key(item) if isinstance(item, Failure) else item.id


class _TableWriter:
    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console

        self.console = Console(file=stream)

    def write(self, analysis: Analysis) -> None:
        from quidit.output.table import render_table

        self.console.print(render_table(analysis))


def timed(items: Iterable[T], timings: Timings, stage: str) -> Iterator[T]:
    """``items``, the time spent producing them added to ``stage``."""
    clock = time.perf_counter
    iterator = iter(items)
    while True:
        started = clock()
        try:
            item = next(iterator)
        except StopIteration:
            timings.add(stage, clock() - started)
            return
        timings.add(stage, clock() - started)
        yield item


def run_batch(
    sources: Sequence[str],
    options: Options,
    *,
    output: Path | None = None,
    fmt: str = "jsonl",
    errors: Path | None = None,
    stream: IO[str] | None = None,
    reporter: Reporter | None = None,
    analyzer_factory: AnalyzerFactory | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> Summary:
    """Analyse every input; write records to ``output`` (else ``stream``).

    Failures go to the errors file beside ``output``; without one, to
    ``on_failure`` as they happen (else into ``Summary.failures``).
    """
    if fmt not in FORMATS:
        raise UsageError.choice("format", fmt, FORMATS)
    if fmt == "parquet" and output is None:
        raise UsageError("Parquet needs an output file: add -o OUT.parquet")
    if options.resume and (output is None or fmt == "table"):
        raise UsageError("--resume needs an output file in jsonl, csv or parquet (-o OUT)")
    if analyzer_factory is None:
        check_model(options)
        analyzer_factory = default_factory
    quiet_third_party_logs()
    reporter = reporter or Reporter()
    summary = Summary()
    journal: Journal | None = None
    out: IO[str]
    if output is not None and fmt != "table":
        summary.paths = run_paths(output, fmt, errors)
        journal = Journal(summary.paths, resume=options.resume)
        summary.previous = journal.previous
        out = journal.data
        done, hashes = journal.done, journal.hashes
    else:
        out = output.open("w", encoding="utf-8") if output else (stream or sys.stdout)
        done, hashes = set(), {}
    writer: Any
    if fmt == "table":
        writer = _TableWriter(out)
    elif fmt == "csv":
        writer = CsvWriter(out, header=not out.seekable() or os.fstat(out.fileno()).st_size == 0)
    else:
        writer = JsonlWriter(out)
    jobs = plan_jobs(sources, options)
    summary.jobs = jobs
    engine = (
        # JSON Lines (and the Parquet spool) come back serialised by the workers.
        PoolEngine(options, analyzer_factory, jobs, lines=fmt in ("jsonl", "parquet"))
        if jobs > 1
        else Engine(options, analyzer_factory)
    )
    summary.start_method = engine.method
    summary.timings = engine.timings
    timings = engine.timings
    window = jobs * WINDOW_PER_JOB
    started = time.monotonic()

    def fail(failure: Failure, key: str, h: str | None = None) -> None:
        summary.failed += 1
        if journal is not None:
            journal.write_error(failure)
            journal.record(key, "failed", hash=h)
        else:
            if on_failure is not None:
                on_failure(failure)
            else:
                summary.failures.append(failure)
            done.add(key)
        reporter.advance("failed")

    def fresh() -> Iterator[Item]:
        for item in timed(iter_items(sources, options), timings, "read"):
            if item_key(item) in done:
                summary.skipped += 1
                reporter.advance("skipped")
                continue
            yield item

    def resolved() -> Iterator[Article | Failure]:
        for _, results in ordered(engine, engine.resolve, chunked(fresh(), CHUNK), list, window):
            yield from results

    def slots() -> Iterator[tuple[list[Slot], list[Article]]]:
        for chunk in chunked(resolved(), CHUNK):
            planned: list[Slot] = []
            todo: list[Article] = []
            for element in chunk:
                if isinstance(element, Failure):
                    planned.append((element, None, None))
                    continue
                h = text_hash(element.text)
                if h in hashes:
                    planned.append((element, h, hashes[h]))
                else:
                    hashes[h] = element.id
                    planned.append((element, h, None))
                    todo.append(element)
            yield planned, todo

    reporter.start()
    try:
        for (planned, _), results in ordered(engine, engine.analyze, slots(), _todo, window):
            analysed = iter(results)
            for element, h, of in planned:
                if isinstance(element, Failure):
                    fail(element, item_key(element))
                elif of is not None:
                    summary.duplicates += 1
                    if journal is not None:
                        journal.record(element.id, "duplicate", hash=h, of=of)
                    done.add(element.id)
                    reporter.advance("duplicate")
                else:
                    result = next(analysed)
                    if isinstance(result, Failure):
                        fail(result, element.id, h)
                        continue
                    started_writing = time.perf_counter()
                    writer.write(result)
                    summary.analysed += 1
                    summary.quotes += (
                        result.quotes if isinstance(result, Line) else len(result.quotes)
                    )
                    if journal is not None:
                        journal.record(element.id, "ok", hash=h)
                    done.add(element.id)
                    timings.add("write", time.perf_counter() - started_writing)
                    reporter.advance("ok")
        engine.close()
        if journal is not None and fmt == "parquet":
            with timings.stage("write"):
                _finalize_parquet(journal)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        # After Ctrl-C or an error (a full disk): running tasks are dropped;
        # their articles were not written, so a resumed run does them.
        engine.close(kill=True)
        engine.stop()
        reporter.stop()
        summary.elapsed = time.monotonic() - started
        if journal is not None:
            with timings.stage("write"):
                journal.close()
        elif output is not None:
            out.close()
        else:
            out.flush()
    return summary


def _finalize_parquet(journal: Journal) -> None:
    """Spool → Parquet: write a temporary file, drop the spool, rename (see journal.py)."""
    from quidit.output.parquet import spooled, write_parquet

    paths = journal.paths
    assert paths.tmp is not None
    journal.sync()
    journal.data.close()
    previous = paths.output if paths.output.exists() else None
    write_parquet(spooled(paths.data), paths.tmp, prepend=previous)
    with paths.tmp.open("rb") as f:
        os.fsync(f.fileno())
    paths.data.unlink()
    paths.tmp.replace(paths.output)
    journal.mark_finalized()


def summary_line(summary: Summary) -> str:
    parts = [f"{summary.analysed} analysed", f"{summary.failed} failed"]
    if summary.duplicates:
        parts.append(f"{summary.duplicates} duplicates skipped")
    if summary.skipped:
        parts.append(f"{summary.skipped} already done")
    line = ", ".join(parts)
    n = summary.analysed + summary.failed + summary.duplicates
    if summary.elapsed > 0 and n:
        rate = n / summary.elapsed
        line += f" in {summary.elapsed:.1f} s ({rate:.1f} articles/s, {summary.jobs} jobs)"
    if summary.previous:
        p = summary.previous
        line += f"; earlier runs: {p['ok']} analysed, {p['failed']} failed"
    return line


def failure_dump(failures: Iterable[Failure]) -> str:
    return "\n".join(json.dumps(f.to_dict(), ensure_ascii=False) for f in failures)
