"""Where the heavy work runs: in this process (``--jobs 1``) or in a pool of
worker processes, each with one Analyzer whose spaCy pipeline loads once.

Two kinds of task, each a short list: *resolve* (extract a page's main text,
fetch a URL) and *analyze* (parse and find quotes).  The runner keeps a
bounded window of tasks in flight and takes results back in order.

Workers are started with "spawn" (a fresh interpreter, no threads or locks
inherited from the parent), ignore Ctrl-C (the parent decides), exit when
the parent dies (even by kill -9), and are replaced after
:data:`TASKS_PER_WORKER` tasks so that spaCy's string store, which grows
with every new word seen, cannot grow without bound.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
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
from quidit.records import Analysis, Article, Failure

#: Tasks a worker runs before it is replaced.  Half the tasks extract
#: pages, half analyse CHUNK articles: 1,000 tasks ≈ 4,000 articles.
#: spaCy's string store keeps every new word it meets, so on real news a
#: worker's memory grows with the vocabulary (on bench/gen_pages.py's
#: bounded vocabulary it stays flat); a replacement reloads the model
#: (3–5 s here), about 1 % of the ~400 s those 4,000 articles take.
TASKS_PER_WORKER = 1000

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


def warm_up(analyzer: AnalyzerLike, options: Options) -> None:
    """Load the pipeline now, so the first task does not pay for it."""
    pipeline = getattr(analyzer, "pipeline", None)
    if pipeline is None:
        return
    # A missing model fails each article with the reason (and the runner
    # checked the default one before starting).
    with contextlib.suppress(QuiditError):
        pipeline(get_language(options.lang if options.lang != "auto" else "fr"))


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


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_EVERY)
        if os.getppid() != parent:
            os._exit(1)  # orphaned: the parent was killed


def _init_worker(options: Options, factory: AnalyzerFactory, parent: int) -> None:
    global _options, _analyzer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    quiet_third_party_logs()
    _options = options
    _analyzer = factory(options)
    warm_up(_analyzer, options)


def _resolve_task(items: list[Item]) -> list[Article | Failure]:
    assert _options is not None
    return resolve_all(items, _options)


def _analyze_task(articles: list[Article]) -> list[Analysis | Failure]:
    assert _analyzer is not None
    return analyze_safely(_analyzer, articles)


# -- parent side --


class Done:
    """A finished result with the interface of a Future."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value


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

    def resolve(self, items: list[Item]) -> Done | Future[list[Article | Failure]]:
        return Done(resolve_all(items, self.options))

    def analyze(self, articles: list[Article]) -> Done | Future[list[Analysis | Failure]]:
        if self._analyzer is None:
            self._analyzer = self.factory(self.options)
        return Done(analyze_safely(self._analyzer, articles))

    def restart(self, generation: int) -> None:
        pass

    def close(self, *, kill: bool = False) -> None:
        pass


class PoolEngine(Engine):
    """Runs tasks in ``jobs`` worker processes."""

    def __init__(self, options: Options, factory: AnalyzerFactory, jobs: int) -> None:
        super().__init__(options, factory)
        self.jobs = jobs
        self._pool = self._start()
        self._closed = False

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.options, self.factory, os.getpid()),
            max_tasks_per_child=TASKS_PER_WORKER,
        )

    def resolve(self, items: list[Item]) -> Done | Future[list[Article | Failure]]:
        if all(isinstance(i, Article | Failure) for i in items):
            return Done(list(items))  # nothing to do: no round trip
        return self._pool.submit(_resolve_task, items)

    def analyze(self, articles: list[Article]) -> Done | Future[list[Analysis | Failure]]:
        if not articles:
            return Done([])
        return self._pool.submit(_analyze_task, articles)

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


def died(element: Item | Article) -> Failure:
    source = item_source(element)
    reason = "a worker process died on this article (out of memory?)"
    return Failure(source=source, reason=reason, id=getattr(element, "id", None))


__all__ = ["BrokenProcessPool", "Done", "Engine", "PoolEngine", "died", "quiet_third_party_logs"]
