"""The run's files, and how an interrupted run picks up where it stopped.

Three files sit side by side: the output (``out.jsonl``, ``out.csv``; for
``out.parquet`` a JSON Lines spool ``out.parquet.spool.jsonl`` until the run
ends), the errors file (``out.errors.jsonl``: one failed article a line,
with its reason) and the progress journal (``out.progress.jsonl``: one line
per finished article, its id, status, content hash, and the sizes of the
output and errors files once it was written).

Output and errors are append-only and written before the journal line, so
after a crash (Ctrl-C, kill -9, a full disk) the last complete journal line
says exactly how much of both files is whole.  Resuming cuts both files
back to those sizes (dropping a half-written record) and skips every
article the journal lists: none is lost and none is written twice.
Every second (and at the end) the output and errors files are fsync'd
before the journal, so a journal line that survives a power cut never
points past data that did not.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from quidit.errors import UsageError
from quidit.records import Failure

#: Seconds between fsyncs.  fsync after every article would cost a disk
#: flush (1–10 ms) per article; once a second bounds what a power cut can
#: take to the last second's articles, which the journal then redoes.
SYNC_EVERY = 1.0

STATUSES = ("ok", "failed", "duplicate")


@dataclass(frozen=True, slots=True)
class RunPaths:
    output: Path
    #: Where records are appended: the output itself, or the Parquet spool.
    data: Path
    errors: Path
    progress: Path
    #: Parquet only: the file the spool is converted into before renaming.
    tmp: Path | None = None


def run_paths(output: Path, fmt: str, errors: Path | None = None) -> RunPaths:
    base = output.with_suffix("") if output.suffix else output
    errors = errors or base.with_name(base.name + ".errors.jsonl")
    progress = base.with_name(base.name + ".progress.jsonl")
    if fmt == "parquet":
        spool = output.with_name(output.name + ".spool.jsonl")
        tmp = output.with_name(output.name + ".tmp")
        return RunPaths(output, spool, errors, progress, tmp)
    return RunPaths(output, output, errors, progress)


def failure_key(failure: Failure) -> str:
    """The journal key of a failure: its id, else its source."""
    return failure.id if failure.id is not None else f"!{failure.source}"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


class Journal:
    """Open the run's files (resuming or afresh) and record each finished article."""

    def __init__(self, paths: RunPaths, *, resume: bool) -> None:
        self.paths = paths
        #: Ids (journal keys) of every finished article, this run and earlier ones.
        self.done: set[str] = set()
        #: Content hash → id of the article analysed with that content.
        self.hashes: dict[str, str] = {}
        #: Statuses of earlier runs' articles.
        self.previous: Counter[str] = Counter()
        self.resumed = False
        self._last_sync = time.monotonic()
        if resume and paths.progress.exists():
            self._recover()
        elif resume and _size(paths.output) > 0:
            # Every run writes its journal before its first record: an
            # output without one was not written by a run to resume.
            raise UsageError(
                f"cannot resume: {paths.output} has no journal ({paths.progress.name}); "
                "run without --resume to start afresh"
            )
        else:
            self._fresh()
        self.data: IO[str] = paths.data.open("a", encoding="utf-8", newline="")
        self.errors: IO[str] = paths.errors.open("a", encoding="utf-8")
        self._progress: IO[str] = paths.progress.open("a", encoding="utf-8")

    # -- opening --

    def _fresh(self) -> None:
        for path in (self.paths.data, self.paths.errors, self.paths.progress):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"")
        if self.paths.tmp is not None:
            self.paths.tmp.unlink(missing_ok=True)
            if self.paths.output != self.paths.data:
                self.paths.output.unlink(missing_ok=True)

    def _recover(self) -> None:
        p = self.paths
        if p.tmp is not None and p.tmp.exists():
            if p.data.exists():
                p.tmp.unlink()  # a conversion cut short: redo it at the end
            else:
                p.tmp.replace(p.output)  # converted, spool gone: only the rename was left
        spool_gone = p.data != p.output and not p.data.exists()
        # Pass 1 (no parsing): where the spool was last converted to Parquet.
        # Every line before that mark is whole by definition: its record is
        # in the Parquet file, and later lines count in a new spool.
        last_mark = -1
        with p.progress.open("rb") as f:
            for i, raw in enumerate(f):
                if b'"finalized"' in raw:
                    last_mark = i
        # Pass 2: keep lines while the files still reach the sizes they
        # record.  Sizes only grow, so the first line that does not fit (a
        # record lost in a power cut) ends the valid prefix; a torn last
        # line (a crash mid-write) ends it too.
        data_size, errors_size = _size(p.data), _size(p.errors)
        data_cut = errors_cut = cut_at = 0
        with p.progress.open("rb") as f:
            for i, raw in enumerate(f):
                if not raw.endswith(b"\n"):
                    break
                try:
                    entry = json.loads(raw)
                except ValueError:
                    break
                data_at = 0 if (spool_gone or i <= last_mark) else int(entry.get("out", 0))
                errors_at = int(entry.get("err", 0))
                if data_at > data_size or errors_at > errors_size:
                    break
                data_cut, errors_cut = data_at, errors_at
                cut_at += len(raw)
                key = entry.get("id")
                if key is None:
                    continue
                self.done.add(key)
                status = entry.get("status", "ok")
                self.previous[status] += 1
                if entry.get("hash") and status != "duplicate":
                    self.hashes.setdefault(entry["hash"], key)
        os.truncate(p.progress, cut_at)
        if p.data.exists() or p.data == p.output:
            p.data.touch()
            os.truncate(p.data, data_cut)
        p.errors.touch()
        os.truncate(p.errors, errors_cut)
        self.resumed = True

    # -- writing --

    def _sizes(self) -> tuple[int, int]:
        self.data.flush()
        self.errors.flush()
        return os.fstat(self.data.fileno()).st_size, os.fstat(self.errors.fileno()).st_size

    def record(
        self, key: str, status: str, *, hash: str | None = None, of: str | None = None
    ) -> None:
        """Mark ``key`` finished; call after its record or error line is written."""
        data_size, errors_size = self._sizes()
        entry: dict[str, Any] = {"id": key, "status": status}
        if hash:
            entry["hash"] = hash
        if of:
            entry["of"] = of
        entry["out"] = data_size
        entry["err"] = errors_size
        self._progress.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._progress.flush()
        self.done.add(key)
        if time.monotonic() - self._last_sync >= SYNC_EVERY:
            self.sync()

    def write_error(self, failure: Failure) -> None:
        self.errors.write(json.dumps(failure.to_dict(), ensure_ascii=False) + "\n")

    def sync(self) -> None:
        streams = [s for s in (self.data, self.errors, self._progress) if not s.closed]
        for stream in streams:
            stream.flush()
        # Data before journal: see the module docstring.
        for stream in streams:
            os.fsync(stream.fileno())
        self._last_sync = time.monotonic()

    def mark_finalized(self) -> None:
        """The spool went into the Parquet file; later offsets count in a new spool."""
        self.errors.flush()
        mark = {"finalized": True, "out": 0, "err": os.fstat(self.errors.fileno()).st_size}
        self._progress.write(json.dumps(mark) + "\n")
        self._progress.flush()
        os.fsync(self._progress.fileno())

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.sync()
        for stream in (self.data, self.errors, self._progress):
            with contextlib.suppress(OSError, ValueError):
                stream.close()
