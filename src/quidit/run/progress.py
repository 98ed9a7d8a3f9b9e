"""Telling the user how a batch goes: a live bar on a terminal, a line a
minute in logs, nothing at all when asked."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

log = logging.getLogger("quidit.run")

#: Seconds between two log lines when stderr is not a terminal: quiet enough
#: for a cron mail, often enough to see a stuck batch.
LOG_EVERY = 60.0


class Reporter:
    """Counts articles by status; subclasses show the counts."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {"ok": 0, "failed": 0, "duplicate": 0, "skipped": 0}
        self.started = time.monotonic()

    @property
    def finished(self) -> int:
        return sum(self.counts.values())

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.finished / elapsed if elapsed > 0 else 0.0

    def start(self) -> None:
        self.started = time.monotonic()

    def advance(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1

    def set_total(self, total: int) -> None:
        pass

    def stop(self) -> None:
        pass


class LogReporter(Reporter):
    def advance(self, status: str) -> None:
        super().advance(status)
        now = time.monotonic()
        if now - getattr(self, "_last", self.started) >= LOG_EVERY:
            self._last = now
            c = self.counts
            log.warning(
                "%d articles (%d failed, %d duplicates), %.1f/s",
                self.finished, c["failed"], c["duplicate"], self.rate(),
            )  # fmt: skip


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("  –/s" if speed is None else f"{speed:5.1f}/s", style="cyan")


class RichReporter(Reporter):
    """A live progress bar: count, rate, failures, elapsed and time left."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        super().__init__()
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]analysing"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TextColumn("[red]{task.fields[failed]} failed"),
            TextColumn("{task.fields[dupes]} dup"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=stream, stderr=stream is None),
            transient=False,
        )
        self.task = self.progress.add_task("analysing", total=None, failed=0, dupes=0)

    def start(self) -> None:
        super().start()
        self.progress.start()

    def advance(self, status: str) -> None:
        super().advance(status)
        self.progress.update(
            self.task,
            advance=1,
            failed=self.counts["failed"],
            dupes=self.counts["duplicate"],
        )

    def set_total(self, total: int) -> None:
        self.progress.update(self.task, total=total)

    def stop(self) -> None:
        self.progress.stop()


def count_in_background(count: Callable[[], int], reporter: Reporter) -> threading.Thread:
    """Count the inputs beside the run, then give the bar its total (and ETA)."""

    def work() -> None:
        try:
            reporter.set_total(count())
        except Exception:  # a count is a nicety; the run reports its own errors
            log.debug("counting inputs failed", exc_info=True)

    thread = threading.Thread(target=work, name="quidit-count", daemon=True)
    thread.start()
    return thread
