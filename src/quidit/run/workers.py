"""Where the heavy work runs: in this process (``--jobs 1``) or in a pool of
worker processes sharing one loaded spaCy pipeline.

Two kinds of task, each a short list: *resolve* (extract a page's main text,
fetch a URL) and *analyze* (parse and find quotes).  The runner keeps a
bounded window of tasks in flight and takes results back in order.

**How workers start.**  On Linux (``start_method="auto"`` or
``"forkserver"``) one *fork server* process loads the pipeline once
(:mod:`quidit.run.preload`) and every worker is forked from it: the model's
weights and vocabulary are shared copy-on-write instead of loaded again per
worker, and a worker's start costs a fork (milliseconds), not a model load
(seconds).  The fork server is a fresh interpreter, single-threaded when it
forks, so threads in the calling process (a progress bar, a web server)
cannot leave a worker with a lock held: forking the calling process itself
would risk that, and Python 3.11 refuses worker replacement
(``max_tasks_per_child``) with plain "fork" for that reason.  Where forking
is unsafe or missing (macOS, whose system frameworks break in a forked
child, and Windows) workers start with "spawn" as before, each loading its
own copy, and the log says so.

Workers ignore Ctrl-C (the parent decides), exit when the run's process
dies (even by kill -9; the fork server exits once its workers have), and
are replaced after :data:`TASKS_PER_WORKER` tasks so that spaCy's string
store, which grows with every new word seen, cannot grow without bound.
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from quidit.errors import QuiditError
from quidit.ingest import Item, resolve
from quidit.ingest.items import item_source
from quidit.lang import get_language
from quidit.options import Options
from quidit.output.jsonl import Line
from quidit.records import Analysis, Article, Failure
from quidit.timing import Timings

log = logging.getLogger("quidit.run")

#: Tasks a worker runs before it is replaced.  For pages, half the tasks
#: extract and half analyse CHUNK (4) articles: 1,000 tasks ≈ 2,000 pages;
#: for texts, 4,000 articles.  spaCy's string store keeps every new word it
#: meets, so on real news a worker's memory grows with the vocabulary (on
#: bench/gen_pages.py's bounded vocabulary it stays flat).  A replacement
#: forked from the fork server costs milliseconds; with spawn it reloads
#: the model (3–5 s here), about 1 % of the ~200 s those articles take.
TASKS_PER_WORKER = 1000

#: Environment variable through which the fork server learns which
#: pipeline to load (JSON of the options that choose it).
PRELOAD_ENV = "QUIDIT_PRELOAD"

#: Seconds between a worker's checks that its parent is alive.
PARENT_CHECK_EVERY = 1.0

#: Third-party loggers whose messages are per-page noise (every failure
#: reaches the user as a recorded Failure instead).
NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer", "httpx")


def quiet_third_party_logs() -> None:
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


class AnalyzerLike(Protocol):
    def analyze_many(self, articles: Sequence[Article]) -> Any: ...


AnalyzerFactory = Callable[[Options], AnalyzerLike]


def default_factory(options: Options) -> AnalyzerLike:
    """quidit's Analyzer, imported only where it runs: the parent of a pool
    never imports spaCy, so it starts the workers sooner and stays small."""
    from quidit.service import Analyzer

    return Analyzer(options)


def warm_up(analyzer: AnalyzerLike, options: Options) -> None:
    """Load the pipeline now, so the first task does not pay for it."""
    pipeline = getattr(analyzer, "pipeline", None)
    if pipeline is None:
        return
    # A missing model fails each article with the reason (and the runner
    # checked the default one before starting).
    with contextlib.suppress(QuiditError):
        pipeline(get_language(options.lang if options.lang != "auto" else "fr"))


def platform() -> str:
    return sys.platform


def start_method(requested: str) -> tuple[str, str | None]:
    """The multiprocessing start method for workers, and why it is not the
    fork server when it is not."""
    if requested == "spawn":
        return "spawn", None
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return "spawn", "this platform cannot fork"
    if requested == "auto" and platform() == "darwin":
        # CPython's own default there is spawn, for the same reason.
        return "spawn", "forking is unsafe on macOS"
    return "forkserver", None


def uses_pipeline(factory: Any) -> bool:
    """Whether ``factory`` builds a real Analyzer (directly or wrapped, as
    ``--db`` does): only then is the pipeline worth preloading."""
    while factory is not None:
        if factory is default_factory or (
            isinstance(factory, type) and factory.__module__ == "quidit.service"
        ):
            return True
        factory = getattr(factory, "factory", None)
    return False


def take_timings(analyzer: Any) -> dict[str, float]:
    """The analyzer's stage timings since the last call (empty for stand-ins)."""
    timings = getattr(analyzer, "timings", None)
    if not isinstance(timings, dict):
        return {}
    taken = dict(timings)
    timings.clear()
    return taken


def analyze_safely(analyzer: AnalyzerLike, articles: Sequence[Article]) -> list[Analysis | Failure]:
    """Analyse a chunk; an engine error costs only the article that raised it."""
    try:
        return list(analyzer.analyze_many(articles))
    except Exception:
        results: list[Analysis | Failure] = []
        for article in articles:
            try:
                results.extend(analyzer.analyze_many([article]))
            except Exception as exc:
                source = article.url or str(article.meta.get("source") or article.id)
                reason = f"internal error: {type(exc).__name__}: {exc}"
                results.append(Failure(source=source, reason=reason, id=article.id))
        return results


def resolve_all(items: Sequence[Item], options: Options) -> list[Article | Failure]:
    return [resolve(item, options) for item in items]


# -- worker process side --

_options: Options | None = None
_analyzer: AnalyzerLike | None = None
#: Stage timings of this worker not yet sent back with a result.
_timings = Timings()


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, killed but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
        return stat[stat.rindex(b")") + 2 : stat.rindex(b")") + 3] != b"Z"
    except (OSError, ValueError):
        return True  # no /proc: kill(0) is all we know


def _watch_parent(run: int, parent: int) -> None:
    # Both checks: under spawn the run's process is the parent; under the
    # fork server the parent is the server, which outlives a killed run as
    # long as its workers hold its "alive" pipe (each forked child inherits
    # it), so the run's process is watched by pid.
    while True:
        time.sleep(PARENT_CHECK_EVERY)
        if os.getppid() != parent or not _alive(run):
            os._exit(1)  # orphaned: the run was killed


def _init_worker(options: Options, factory: AnalyzerFactory, run: int) -> None:
    global _options, _analyzer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(run, os.getppid()), daemon=True).start()
    quiet_third_party_logs()
    from quidit.run import preload

    if preload.load_seconds:
        # Paid once, in the fork server, for every worker: the parent keeps the largest.
        _timings["load_shared"] = preload.load_seconds
    _options = options
    started = time.perf_counter()
    _analyzer = factory(options)
    warm_up(_analyzer, options)
    take_timings(_analyzer)
    _timings.add("load", time.perf_counter() - started)


def _resolve_task(items: list[Item]) -> tuple[list[Article | Failure], dict[str, float]]:
    assert _options is not None
    started = time.perf_counter()
    results = resolve_all(items, _options)
    return results, {"read": time.perf_counter() - started}


def release_memory() -> None:
    """Hand the heap's free pages back to the system (glibc only).

    Called in the fork server before its first fork (see
    :mod:`quidit.run.preload`), so that a worker's new objects land in
    fresh pages rather than in free holes of pages the server still holds.

    Workers no longer call it after each task (``QUIDIT_TRIM_TASKS=1``
    does, to measure; bench/ingest.py ``--methods forkserver-trim``).  It
    was the largest CPU cost a worker had that ``--jobs 1`` does not: the
    pages it hands back are the next task's working memory, which the
    kernel faults in again, zeroed: ~5,500 page faults a task of 4
    articles against ~550 without it (~50 for the same articles in
    ``--jobs 1``), 3–4 ms of system CPU an article, ~8 % of a worker's CPU
    (forking children from a loaded process, 4 rounds of 100
    bench/gen_pages.py articles each: 59.5 against 54.9 ms an article,
    median).  What it saved in memory did not last: untrimmed, a worker's
    heap settles after 3 tasks (140 MB, 26 MB of it free for the next
    task, the same over 50 tasks), and a trimmed worker holds as much
    mid-task, so the tree's peak PSS over 600 articles was 628 and 630 MB
    trimmed against 633 and 634 MB untrimmed (604 against 630 MB over 200).
    """
    if _malloc_trim is not None:
        _malloc_trim(0)


def _find_malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # musl and other C libraries have none
        return None


_malloc_trim = _find_malloc_trim()

#: Set to 1 to trim a worker's heap after every task (see release_memory).
TRIM_TASKS_ENV = "QUIDIT_TRIM_TASKS"


def _analyze_task(
    articles: list[Article], lines: bool = False
) -> tuple[list[Analysis | Failure | Line], dict[str, float]]:
    """Analyse a task's articles (one spaCy batch).

    With ``lines``, each analysis comes back as its JSON Lines record,
    already serialised: a string crosses the pipe for a fraction of what
    pickling the record's objects costs here and unpickling them costs the
    parent, which shares the cores with the workers (0.65 → 0.15 ms an
    article in all, measured on bench/gen_pages.py articles).
    """
    assert _analyzer is not None
    results: list[Analysis | Failure | Line] = list(analyze_safely(_analyzer, articles))
    if lines:
        results = [Line.of(r) if isinstance(r, Analysis) else r for r in results]
    if os.environ.get(TRIM_TASKS_ENV) == "1":
        release_memory()
    _timings.merge(take_timings(_analyzer))
    sent = dict(_timings)
    _timings.clear()
    return results, sent


# -- parent side --


class Done:
    """A finished result with the interface of a Future."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value


class _Timed:
    """A worker's (results, timings) future seen as a results future; the
    timings go to the engine when the result is taken."""

    def __init__(self, future: Future[Any], timings: Timings) -> None:
        self.future = future
        self.timings = timings

    def result(self) -> Any:
        results, timings = self.future.result()
        shared = timings.pop("load_shared", 0.0)
        self.timings["load_shared"] = max(self.timings.get("load_shared", 0.0), shared)
        self.timings.merge(timings)
        return results


class Engine:
    """Runs tasks in this process."""

    jobs = 1
    #: Bumped at every restart, so a task of a pool already replaced does
    #: not make its replacement restart too.
    generation = 0

    def __init__(self, options: Options, factory: AnalyzerFactory) -> None:
        self.options = options
        self.factory = factory
        self._analyzer: AnalyzerLike | None = None
        #: Seconds per stage (see quidit.timing), summed over workers.
        self.timings = Timings()
        #: How workers started ("spawn", "forkserver"; None: no workers).
        self.method: str | None = None

    def resolve(self, items: list[Item]) -> Done | _Timed:
        with self.timings.stage("read"):
            return Done(resolve_all(items, self.options))

    def analyze(self, articles: list[Article]) -> Done | _Timed:
        if self._analyzer is None:
            started = time.perf_counter()
            self._analyzer = self.factory(self.options)
            self.timings.add("load", time.perf_counter() - started)
        results = analyze_safely(self._analyzer, articles)
        self.timings.merge(take_timings(self._analyzer))
        return Done(results)

    def restart(self, generation: int) -> None:
        pass

    def close(self, *, kill: bool = False) -> None:
        pass

    def stop(self) -> None:
        self.close()


class PoolEngine(Engine):
    """Runs tasks in ``jobs`` worker processes."""

    def __init__(
        self, options: Options, factory: AnalyzerFactory, jobs: int, *, lines: bool = False
    ) -> None:
        super().__init__(options, factory)
        self.jobs = jobs
        #: Whether workers hand analyses back as JSON Lines records (:class:`Line`).
        self.lines = lines
        method, why = start_method(options.start_method)
        if why is not None:
            log.warning(
                "workers start with %r (%s): each loads its own copy of the pipeline", method, why
            )
        self.method = method
        self._server = False
        if method == "forkserver":
            self._server = start_fork_server(options if uses_pipeline(factory) else None)
        self._pool = self._start()
        self._closed = False

    def _start(self) -> ProcessPoolExecutor:
        assert self.method is not None
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context(self.method),
            initializer=_init_worker,
            initargs=(self.options, self.factory, os.getpid()),
            max_tasks_per_child=TASKS_PER_WORKER,
        )

    def resolve(self, items: list[Item]) -> Done | _Timed:
        if all(isinstance(i, Article | Failure) for i in items):
            return Done(list(items))  # nothing to do: no round trip
        return _Timed(self._pool.submit(_resolve_task, items), self.timings)

    def analyze(self, articles: list[Article]) -> Done | _Timed:
        if not articles:
            return Done([])
        return _Timed(self._pool.submit(_analyze_task, articles, self.lines), self.timings)

    def restart(self, generation: int) -> None:
        """Replace a broken pool (once per generation)."""
        if generation != self.generation:
            return
        self.close(kill=True)
        self._pool = self._start()
        self._closed = False
        self.generation += 1

    def close(self, *, kill: bool = False) -> None:
        if self._closed:
            return
        self._closed = True
        if kill:
            # Running tasks are abandoned: their articles were never written,
            # so a resumed run does them again.
            for process in list(getattr(self._pool, "_processes", {}).values()):
                process.terminate()
        self._pool.shutdown(wait=True, cancel_futures=kill)

    def stop(self) -> None:
        """Close, and stop the fork server this engine started (it holds a model)."""
        self.close()
        if self._server:
            stop_fork_server()
            self._server = False


def start_fork_server(preload: Options | None) -> bool:
    """Start multiprocessing's fork server, loading the pipeline for ``preload``.

    Returns whether this call started it (and so should stop it).  A server
    already running (an earlier run in this process that did not stop it)
    is kept as it is: workers forked from it load what it lacks themselves.
    """
    from multiprocessing import forkserver

    server = forkserver._forkserver
    if getattr(server, "_forkserver_pid", None) is not None:
        return False
    fields = (
        {f: getattr(preload, f) for f in ("lang", "model", "fast", "batch_size", "max_chunk_chars")}
        if preload is not None
        else None
    )
    # The server imports this module by name; it reads the options from
    # its environment (it is a fresh interpreter, started right here).
    forkserver.set_forkserver_preload(["quidit.run.preload"] if fields else [])
    saved = os.environ.get(PRELOAD_ENV)
    if fields:
        os.environ[PRELOAD_ENV] = json.dumps(fields)
    try:
        forkserver.ensure_running()
    finally:
        if saved is None:
            os.environ.pop(PRELOAD_ENV, None)
        else:
            os.environ[PRELOAD_ENV] = saved
    return True


def stop_fork_server() -> None:
    from multiprocessing import forkserver

    server = forkserver._forkserver
    pid = getattr(server, "_forkserver_pid", None)
    # Its workers are gone (the pool is shut down).  SIGTERM ends it even
    # while it is still loading the pipeline (Ctrl-C in the first seconds),
    # which closing its "alive" pipe would not; ``_stop`` (the stdlib's own
    # way, used by its tests) then reaps it and forgets it.
    if pid is not None:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    with contextlib.suppress(Exception):
        server._stop()  # type: ignore[attr-defined]


def died(element: Item | Article) -> Failure:
    source = item_source(element)
    reason = "a worker process died on this article (out of memory?)"
    return Failure(source=source, reason=reason, id=getattr(element, "id", None))


__all__ = ["BrokenProcessPool", "Done", "Engine", "PoolEngine", "died", "quiet_third_party_logs"]
