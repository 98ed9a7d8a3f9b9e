"""Batch throughput and memory of ``quidit analyze`` over generated HTML pages.

    python bench/ingest.py [--pages 2000] [--rounds 1] [--work DIR] [--no-memory]
    python bench/ingest.py --articles 600 [--methods forkserver,spawn] [--rounds 1]

With ``--articles N`` (issue 15) the input is N distinct plain-text
articles of about 1,600 characters in one JSON Lines file, and the runs are,
side by side: ``--jobs 1``, then ``--jobs 2`` with each start method of
``--methods``; for each, wall and CPU time, and the peak memory of the whole
process tree as the sum of each process's RSS *and* of its PSS.  RSS counts
a page shared by two processes twice, so it cannot show what forked workers
share; PSS (proportional set size, Linux's ``smaps_rollup``) splits each
shared page among the processes that map it, and sums to the memory the
tree really holds.  Targets: ``--jobs 2`` ≥ 1.7 × ``--jobs 1`` (≥ 1.85 × on
2,000 articles); tree memory with ``--jobs 2`` ≤ 1.25 × ``--jobs 1``;
outputs byte for byte identical.  With ``--jobs 2`` the CPU time is split
between the command itself (reading, writing, journal), the fork server
(loading the pipeline) and the workers, and printed per article beside
``--jobs 1``'s with the speed-up 2 idle cores would give from those CPU
times: a loaded machine stretches wall times but distorts CPU times far
less.

1. Generates N realistic French news pages (``bench/gen_pages.py``).
2. Runs ``quidit analyze DIR -o OUT.jsonl`` with ``--jobs 1`` and
   ``--jobs 2`` and reports pages per second, both over the whole run
   (start-up and model loading included) and in the steady state (from the
   first record written to the last), with the CPU time each page cost.
   Target: ``--jobs 2`` at least 1.7 × ``--jobs 1`` on a 2-core machine.
3. Runs ``--jobs 2`` again over 2N pages and reports the peak resident
   memory of the whole process tree (the command and its workers, summed)
   for N and 2N.  Target: flat (2N within a few percent of N).

Figures depend on what else runs on the machine: the load average before
and after each run is printed beside it, ``--rounds R`` alternates the two
settings R times and keeps the fastest of each, and the speed-up 2 idle
cores would give is also derived from the CPU time each page cost.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_pages

#: Seconds between two samples of the process tree's memory and progress.
SAMPLE_EVERY = 0.25

TICKS = os.sysconf("SC_CLK_TCK")

#: Runs the command, then writes the CPU seconds of its own process (not of
#: its children) to the file named by the first argument, at exit.
COMMAND = """import atexit, resource, sys
def _own_cpu(path=sys.argv.pop(1)):
    r = resource.getrusage(resource.RUSAGE_SELF)
    with open(path, "w") as f:
        f.write(repr(r.ru_utime + r.ru_stime))
atexit.register(_own_cpu)
from quidit.cli import main
main()
"""


@dataclass
class RunResult:
    jobs: int
    pages: int
    wall: float
    steady_rate: float
    cpu: float
    peak_rss_mb: float
    peak_worker_mb: float
    load_before: float
    load_after: float
    peak_pss_mb: float = 0.0
    method: str = ""
    #: Largest private memory (USS) of a process other than the first
    #: (a worker or the fork server): what copy-on-write could not share.
    peak_worker_uss_mb: float = 0.0
    #: CPU seconds of the command's own process (the parent of the workers).
    parent_cpu: float = 0.0
    #: CPU seconds of the fork server (loading the pipeline, forking).
    server_cpu: float = 0.0

    @property
    def worker_cpu(self) -> float:
        """CPU seconds of the workers (and of multiprocessing's resource tracker)."""
        return self.cpu - self.parent_cpu - self.server_cpu

    @property
    def rate(self) -> float:
        return self.pages / self.wall


def _tree(root: int, cpu: dict[int, tuple[int, float]] | None = None) -> list[int]:
    """``root`` and its descendants; with ``cpu``, each one's (parent, CPU seconds) noted there."""
    children: dict[int, list[int]] = {}
    seconds: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # "pid (comm) state ppid …": comm may hold spaces and parentheses.
        fields = stat[stat.rindex(b")") + 2 :].split()
        ppid = int(fields[1])
        children.setdefault(ppid, []).append(int(entry))
        # utime and stime (fields 14 and 15), in clock ticks.
        seconds[int(entry)] = (int(fields[11]) + int(fields[12])) / TICKS
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        for child in children.get(pid, []):
            todo.append(child)
            if cpu is not None:
                cpu[child] = (pid, seconds.get(child, 0.0))
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_uss_kb(pid: int) -> tuple[int, int]:
    """Proportional and unique (private) set size of a process."""
    pss = uss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith(("Private_Clean:", "Private_Dirty:")):
                    uss += int(line.split()[1])
    except OSError:
        pass
    return pss, uss


def _lines(path: Path) -> int:
    try:
        with path.open("rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return 0


def run(sources: list[Path], out: Path, jobs: int, pages: int, method: str = "auto") -> RunResult:
    own_cpu = out.with_name(out.name + ".cpu")
    own_cpu.unlink(missing_ok=True)
    cmd = [
        sys.executable, "-c", COMMAND, str(own_cpu), "analyze",
        *map(str, sources), "-o", str(out), "--jobs", str(jobs), "--no-progress",
    ]  # fmt: skip
    env = dict(os.environ)
    if method.endswith("-nofreeze"):  # the fork server without gc.freeze()
        method = method.removesuffix("-nofreeze")
        env["QUIDIT_NO_GC_FREEZE"] = "1"
    if method.endswith("-nowarm"):  # the fork server without its warm-up and malloc_trim
        method = method.removesuffix("-nowarm")
        env["QUIDIT_NO_WARM_UP"] = "1"
    if method.endswith("-trim"):  # workers that trim their heap after every task (as before)
        method = method.removesuffix("-trim")
        env["QUIDIT_TRIM_TASKS"] = "1"
    if method != "auto":  # "auto" runs on code from before the option too (before/after runs)
        cmd += ["--start-method", method]
    # A previous round's output would read as instant progress.
    for stale in (out, *out.parent.glob(out.stem + ".*.jsonl")):
        stale.unlink(missing_ok=True)
    load_before = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = peak_worker = peak_pss = peak_uss = 0
    first: tuple[float, int] | None = None
    stop = threading.Event()
    #: Every process seen below the command: pid → (parent pid, CPU seconds at the last sample).
    cpu_seen: dict[int, tuple[int, float]] = {}

    def sample() -> None:
        nonlocal peak, peak_worker, peak_pss, peak_uss, first
        while not stop.is_set():
            tree = _tree(proc.pid, cpu_seen)
            sizes = [_rss_kb(pid) for pid in tree]
            peak = max(peak, sum(sizes))
            shares = [_pss_uss_kb(pid) for pid in tree]
            peak_pss = max(peak_pss, sum(p for p, _ in shares))
            peak_uss = max(peak_uss, max((u for _, u in shares[1:]), default=0))
            peak_worker = max(peak_worker, max(sizes[1:], default=0))
            if first is None:
                n = _lines(out)
                if n:
                    first = (time.monotonic(), n)
            stop.wait(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    ended = time.monotonic()
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    written = _lines(out)
    if written != pages:
        raise SystemExit(f"expected {pages} records, got {written}:\n{stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # The fork server: the command's child that has children of its own (the
    # workers).  It is idle once it has forked them, so its last sample is
    # its whole CPU time; the workers' is then what the command's own
    # (exact, from inside) and the server's leave of the exact total.
    servers = {ppid for ppid, _ in cpu_seen.values() if ppid != proc.pid}
    server_cpu = sum(c for pid, (ppid, c) in cpu_seen.items() if pid in servers)
    parent_cpu = float(own_cpu.read_text()) if own_cpu.exists() else 0.0
    steady = (pages - first[1]) / (ended - first[0]) if first and ended > first[0] else 0.0
    return RunResult(
        jobs=jobs,
        pages=pages,
        wall=ended - started,
        steady_rate=steady,
        cpu=cpu,
        peak_rss_mb=peak / 1024,
        peak_worker_mb=peak_worker / 1024,
        load_before=load_before,
        load_after=os.getloadavg()[0],
        peak_pss_mb=peak_pss / 1024,
        method=method if jobs > 1 else "",
        peak_worker_uss_mb=peak_uss / 1024,
        parent_cpu=parent_cpu,
        server_cpu=server_cpu,
    )


def show(r: RunResult) -> None:
    how = f" ({r.method})" if r.method else ""
    print(
        f"  --jobs {r.jobs}{how}, {r.pages} inputs: {r.wall:7.1f} s, {r.rate:5.2f}/s overall, "
        f"{r.steady_rate:5.2f}/s steady, CPU {r.cpu:6.1f} s ({1000 * r.cpu / r.pages:4.0f} ms "
        f"each), peak tree RSS {r.peak_rss_mb:5.0f} MB, PSS {r.peak_pss_mb:5.0f} MB (largest "
        f"process but the first: {r.peak_worker_mb:4.0f} MB RSS, "
        f"{r.peak_worker_uss_mb:4.0f} MB private), "
        f"load {r.load_before:.1f}→{r.load_after:.1f}",
        flush=True,
    )
    if r.jobs > 1:
        print(
            f"    CPU: command {r.parent_cpu:.2f} s, fork server {r.server_cpu:.2f} s, "
            f"workers {r.worker_cpu:.2f} s",
            flush=True,
        )


def projected(one: RunResult, two: RunResult) -> float:
    """``--jobs 2`` / ``--jobs 1`` on 2 idle cores, from the CPU each process spent.

    ``--jobs 1`` takes its CPU time.  ``--jobs 2``: the fork server's load
    first (nothing else can run meanwhile: the workers are forked from it),
    then the command and its workers share the two cores, and the command
    cannot take less than its own CPU time.  Spawned workers load the
    pipeline themselves, side by side, so that load is halved with the rest.
    """
    rest = max(two.parent_cpu, (two.parent_cpu + two.worker_cpu) / 2)
    return one.cpu / (two.server_cpu + rest)


def cpu_breakdown(one: RunResult, two: RunResult, serial: float) -> None:
    """Where ``--jobs 2`` spends CPU per article, beside ``--jobs 1`` (issue 15)."""
    n = one.pages
    alone = 1000 * (one.cpu - serial) / n
    worker = 1000 * two.worker_cpu / n
    print(
        f"  CPU breakdown ({two.method}): --jobs 1 {alone:.1f} ms an article beyond the "
        f"serial part ({serial:.1f} s); --jobs 2: command {1000 * two.parent_cpu / n:.2f} ms "
        f"an article (its start-up included), workers {worker:.1f} ms an article "
        f"({worker / alone:.2f}× --jobs 1), fork server {two.server_cpu:.1f} s once; "
        f"projected on 2 idle cores: {projected(one, two):.2f}×",
        flush=True,
    )


def articles_bench(args: argparse.Namespace, work: Path) -> None:
    """Issue 15: --jobs 1 against --jobs 2 with each start method, side by side."""
    n = args.articles
    source = gen_pages.generate_jsonl(work / f"articles-{n}.jsonl", n, seed=11)
    print(
        f"{n} distinct generated articles of ~1,600 characters in {source}; "
        f"{os.cpu_count()} CPUs; load average before: {os.getloadavg()}",
        flush=True,
    )
    methods = args.methods.split(",")
    # The serial part, for a projection to 2 idle cores: what one short text
    # costs (start-up, loading the pipeline, exit) in CPU seconds.
    one_text = work / "one.jsonl"
    one_text.write_text(source.read_text(encoding="utf-8").split("\n", 1)[0] + "\n")
    serial = run([one_text], work / "one-out.jsonl", 1, 1).cpu
    print(f"  serial part (one article, --jobs 1): {serial:.1f} s CPU", flush=True)
    results: dict[str, list[RunResult]] = {"1": [], **{m: [] for m in methods}}
    for _ in range(args.rounds):  # alternated, so all see the same background load
        results["1"].append(run([source], work / "jobs1.jsonl", 1, n))
        show(results["1"][-1])
        for m in methods:
            results[m].append(run([source], work / f"jobs2-{m}.jsonl", 2, n, m))
            results[m][-1].method = m
            show(results[m][-1])
    one = min(results["1"], key=lambda r: r.wall)
    reference = (work / "jobs1.jsonl").read_bytes()
    for m in methods:
        two = min(results[m], key=lambda r: r.wall)
        same = (work / f"jobs2-{m}.jsonl").read_bytes() == reference
        print(
            f"  {m}: speed-up --jobs 2 / --jobs 1 (best of {args.rounds}): wall "
            f"{one.wall / two.wall:.2f}×, steady {two.steady_rate / one.steady_rate:.2f}×; "
            f"on 2 idle cores, from CPU time: {one.cpu / (serial + (two.cpu - serial) / 2):.2f}× "
            f"(serial part once, the rest halved; {2 * one.cpu / two.cpu:.2f}× if all of it "
            "were halved); "
            f"tree memory --jobs 2 / --jobs 1: RSS {two.peak_rss_mb / one.peak_rss_mb:.2f}×, "
            f"PSS {two.peak_pss_mb / one.peak_pss_mb:.2f}×; output identical: {same}",
            flush=True,
        )
        cpu_breakdown(
            min(results["1"], key=lambda r: r.cpu), min(results[m], key=lambda r: r.cpu), serial
        )
    print(f"load average after: {os.getloadavg()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--work", type=Path, default=None, help="keep pages and outputs here")
    parser.add_argument("--no-memory", action="store_true", help="skip the 2N memory run")
    parser.add_argument("--rounds", type=int, default=1, help="alternate jobs 1 and 2 this often")
    parser.add_argument("--articles", type=int, default=0, help="plain-text articles (issue 15)")
    parser.add_argument(
        "--methods",
        default="forkserver,spawn",
        help="start methods to compare (forkserver-nofreeze: without gc.freeze(); "
        "forkserver-nowarm: without the server's warm-up analysis and malloc_trim; "
        "forkserver-trim: workers with malloc_trim after every task; "
        "auto: whatever the code under test does, for runs of older code)",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="quidit-bench-ingest-"))
    if args.articles:
        articles_bench(args, work)
        return
    n = args.pages
    first, second = work / "pages-a", work / "pages-b"
    gen_pages.generate(first, n, seed=11)
    if not args.no_memory:
        gen_pages.generate(second, n, seed=11, start=n)
    kb = sum(p.stat().st_size for p in first.iterdir()) / n / 1000
    print(f"{n} generated pages ({kb:.0f} KB each) in {work}; {os.cpu_count()} CPUs", flush=True)

    print("throughput:", flush=True)
    ones, twos = [], []
    for _ in range(args.rounds):  # alternated, so both see the same background load
        ones.append(run([first], work / "jobs1.jsonl", 1, n))
        show(ones[-1])
        twos.append(run([first], work / "jobs2.jsonl", 2, n))
        show(twos[-1])
    # The fastest of each: the run least slowed by other work on the machine.
    one = max(ones, key=lambda r: r.rate)
    two = max(twos, key=lambda r: r.rate)
    same = (work / "jobs1.jsonl").read_bytes() == (work / "jobs2.jsonl").read_bytes()
    overall, steady = two.rate / one.rate, two.steady_rate / one.steady_rate
    print(
        f"  speed-up --jobs 2 / --jobs 1 (best of {args.rounds}): {overall:.2f}× overall, "
        f"{steady:.2f}× steady (target ≥ 1.7×); outputs identical: {same}"
    )
    # What 2 idle cores would give: twice the work per second, less what the
    # second process costs in CPU (its model load, the hand-over of pages).
    print(f"  on 2 idle cores, from CPU time per page: {2 * one.cpu / two.cpu:.2f}×")
    if args.no_memory:
        return
    print("memory (--jobs 2):", flush=True)
    double = run([first, second], work / "double.jsonl", 2, 2 * n)
    show(double)
    print(
        f"  peak RSS {n} pages: {two.peak_rss_mb:.0f} MB; {2 * n} pages: "
        f"{double.peak_rss_mb:.0f} MB ({100 * (double.peak_rss_mb / two.peak_rss_mb - 1):+.1f} %)"
    )


if __name__ == "__main__":
    main()
