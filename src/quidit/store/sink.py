"""Store records as they are analysed (``quidit analyze --db``).

The batch runner builds its analysers from a factory, in worker processes
when it runs several.  :class:`StoringFactory` wraps that factory so each
analyser saves every record it yields; it pickles as a URL and the inner
factory, so each worker opens its own connection.  The store never imports
the engine: the inner factory is handed in by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from quidit.records import Analysis, Article
from quidit.store.store import Store, open_store


class StoringAnalyzer:
    def __init__(self, inner: Any, store: Store) -> None:
        self.inner = inner
        self.store = store

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Any]:
        for result in self.inner.analyze_many(articles):
            if isinstance(result, Analysis):
                self.store.save(result)
            yield result

    def __getattr__(self, name: str) -> Any:
        # Everything else (pipeline loading, options) is the inner analyser's.
        if name in ("inner", "store"):
            raise AttributeError(name)
        return getattr(self.inner, name)


class StoringFactory:
    def __init__(self, url: str, factory: Callable[[Any], Any], command: str | None = None) -> None:
        self.url = url
        self.factory = factory
        self.command = command
        # Open once now: a bad URL fails before any work, and migrations run
        # in one process rather than racing in the workers.
        open_store(url).close()

    def __call__(self, options: Any) -> StoringAnalyzer:
        return StoringAnalyzer(self.factory(options), open_store(self.url, command=self.command))
