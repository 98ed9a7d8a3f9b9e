"""``quidit analyze --profile``: where a run's time went.

Start-up (the interpreter and imports, until the run began), loading the
pipeline, reading inputs, parsing, extraction and writing.  Parsing and
extraction are summed over the workers; with a fork server the pipeline is
loaded once, there, and the workers' own start-up is listed beside it.
"""

from __future__ import annotations

import os

from quidit.run.runner import Summary

#: Stage names, as printed, in order.
STAGES = (
    ("load", "load (pipeline, engine set-up)"),
    ("read", "read (inputs, page extraction)"),
    ("parse", "parse (spaCy)"),
    ("extract", "extraction (quidit engine)"),
    ("write", "writing (records, journal)"),
)


def process_age() -> float | None:
    """Seconds since this process started (Linux), else None."""
    try:
        with open("/proc/self/stat", "rb") as f:
            stat = f.read()
        with open("/proc/uptime", "rb") as f:
            uptime = float(f.read().split()[0])
        # Field 22 (starttime, in clock ticks since boot) counts from after
        # the command name, which may hold spaces and parentheses.
        ticks = int(stat[stat.rindex(b")") + 2 :].split()[19])
        return max(0.0, uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


def render(summary: Summary, startup: float | None, wall: float) -> str:
    """The profile of a finished run, one stage a line."""
    t = summary.timings
    where = "in this process"
    if summary.start_method:
        where = f"summed over {summary.jobs} workers ({summary.start_method})"
    lines = [f"profile: {wall:.2f} s wall; time per stage, {where}:"]
    if startup is not None:
        lines.append(f"  {'start-up (interpreter, imports)':34} {startup:8.2f} s")
    shared = t.get("load_shared", 0.0)
    if shared:
        lines.append(
            f"  {'load, once in the fork server':34} {shared:8.2f} s  (shared by every worker)"
        )
    for key, label in STAGES:
        lines.append(f"  {label:34} {t.get(key, 0.0):8.2f} s")
    n = summary.analysed
    if n:
        per = 1000 * (t.get("parse", 0.0) + t.get("extract", 0.0)) / n
        lines.append(f"  {n} articles analysed: {per:.1f} ms of parsing and extraction each")
    return "\n".join(lines)
